"""Render the scale cases and print how long they took and the memory they needed.

    python benchmarks/scale.py plan plan.docx      # a plan of about 100 pages
    python benchmarks/scale.py report report.docx  # a report with a 2,000-row table

Each case runs in its own process (``tests/test_scale.py`` starts one per case and checks the
document it writes), so the peak resident memory printed is the case's own. The figures are
printed, never asserted: they depend on the machine and on what else it is doing.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path
from typing import Any

#: Sections × subsections × (items + tasks): 10 × 12 × (5 + 2) numbered nodes, about 1,700
#: paragraphs of body text, 110 A4 pages in LibreOffice.
PLAN_SHAPE = (10, 12, 5, 2)
#: Rows of the report's table.
REPORT_ROWS = 2_000

SENTENCE = (
    "Tiếp tục quán triệt, triển khai thực hiện có hiệu quả Luật Hòa giải ở cơ sở và các văn bản "
    "hướng dẫn thi hành; nâng cao chất lượng hoạt động của các tổ hòa giải, kịp thời phát hiện, "
    "giải quyết các mâu thuẫn, tranh chấp nhỏ trong nội bộ Nhân dân ngay từ cơ sở"
)

ISSUER = {"name": ["ỦY BAN NHÂN DÂN", "XÃ ĐOÀN KẾT"], "code": "UBND"}
SIGNATURE = {
    "authority": "TM",
    "on_behalf_of": "Ủy ban nhân dân",
    "title": "Chủ tịch",
    "name": "Phạm Xuân Luân",
}


def plan_data() -> dict[str, Any]:
    """The data of a plan of about 100 pages."""
    sections, subsections, items, tasks = PLAN_SHAPE
    body: list[Any] = ["Căn cứ Kế hoạch của UBND huyện, UBND xã ban hành Kế hoạch như sau:"]
    for s in range(1, sections + 1):
        children: list[Any] = []
        for u in range(1, subsections + 1):
            nodes: list[Any] = [
                {"item": f"Nội dung {s}.{u}.{i}: {SENTENCE}."} for i in range(1, items + 1)
            ]
            nodes += [
                {
                    "task": f"Nhiệm vụ {s}.{u}.{t}: {SENTENCE}.",
                    "lead": "Công chức Tư pháp – Hộ tịch",
                    "partners": ["Công an xã", "Ban công tác Mặt trận các thôn"],
                    "deadline": f"Quý {(t % 4) + 1}/2024",
                }
                for t in range(1, tasks + 1)
            ]
            children.append({"section": f"Nhóm nhiệm vụ {s}.{u}", "children": nodes})
        body.append({"section": f"Phần {s}", "children": children})
    body.append("Trên đây là Kế hoạch của UBND xã Đoàn Kết.")
    return {
        "kind": "plan",
        "issuer": ISSUER,
        "place": "Đoàn Kết",
        "date": "2024-01-15",
        "number": 12,
        "summary": "Nâng cao chất lượng hoạt động hòa giải ở cơ sở năm 2024",
        "body": body,
        "signature": SIGNATURE,
        "recipients": ["UBND huyện", "Thường trực Đảng ủy"],
        "archive": ["VT", "TP"],
    }


def report_data() -> dict[str, Any]:
    """The data of a report whose body is one table of 2,000 rows with rates and a total."""
    rows = [
        [f"Tổ hòa giải thôn số {r}", 3 + r % 7, r % 4 if r % 9 else 0]
        for r in range(1, REPORT_ROWS + 1)
    ]
    table = {
        "table": "Kết quả hòa giải theo tổ năm 2023",
        "unit": "Đơn vị tính: vụ việc",
        "columns": [
            {"header": "TT", "type": "index"},
            {"header": "Tổ hòa giải", "key": "team"},
            {
                "header": "Số vụ việc",
                "columns": [
                    {"header": "Tiếp nhận", "key": "received", "type": "number"},
                    {"header": "Hòa giải thành", "key": "settled", "type": "number"},
                ],
            },
            {"header": "Tỷ lệ hòa giải thành", "rate": ["settled", "received"]},
        ],
        "rows": rows,
        "total": "Tổng cộng",
    }
    return {
        "kind": "report",
        "issuer": ISSUER,
        "place": "Đoàn Kết",
        "date": "2024-01-15",
        "number": 3,
        "summary": "Kết quả công tác hòa giải ở cơ sở năm 2023",
        "period": "2023",
        "body": ["Kết quả hòa giải của các tổ hòa giải trong {period} như sau:", table],
        "signature": SIGNATURE,
        "recipients": ["UBND huyện"],
    }


CASES = {"plan": plan_data, "report": report_data}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case", choices=sorted(CASES))
    parser.add_argument("output", type=Path)
    args = parser.parse_args(argv)

    import vanban

    start = time.perf_counter()
    data = CASES[args.case]()
    document = vanban.parse(data)
    validated = time.perf_counter()
    content = vanban.render_bytes(document)
    rendered = time.perf_counter()
    args.output.write_bytes(content)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(
        f"{args.case}: validate {validated - start:.2f} s, render {rendered - validated:.2f} s, "
        f"{len(content) / 1024:.0f} KB, peak memory {peak_mb:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
