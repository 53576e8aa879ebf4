"""vanban — Vietnamese administrative documents (văn bản hành chính) formatted to Decree 30/2020/NĐ-CP."""
