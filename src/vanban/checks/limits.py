"""Decree 30's numbers and words as the checker holds them — các thông số của Nghị định 30.

Kept together so that the checker can read them from one place in the library later; every
value names the clause it comes from (Phụ lục I unless said otherwise).
"""

from __future__ import annotations

import re

__all__ = [
    "A4_TOLERANCE_TWIPS",
    "A4_TWIPS",
    "ACADEMIC_TITLE",
    "COPY_CODES",
    "INDENT_TWIPS",
    "MARGINS_MM",
    "MOTTO",
    "MOTTO_RULE_RATIO",
    "NATIONAL_NAMES",
    "OLD_CODES",
    "SHORT_RULE_RATIO",
    "SIGNING_WORDS",
    "SINGLE_LINE",
    "SIZES_PT",
    "STAMPS",
    "SUMMARY_CAPITALS_FROM",
    "SYMBOL",
    "TYPED_RULE_SLACK",
]

#: Khổ giấy A4 (mục I.1): 210 × 297 mm, in twips.
A4_TWIPS = (11906, 16838)
#: 0.35 mm: A4 is written 11906 × 16838 or 11907 × 16840.
A4_TOLERANCE_TWIPS = 20
#: Định lề trang (mục I.3), in mm: (least, most) per side.
MARGINS_MM = {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}
#: Cỡ chữ (mục II and Phụ lục I's table), in pt: (least, most) per part.
SIZES_PT = {
    "national name": (12, 13),
    "motto": (13, 14),
    "issuer": (12, 13),
    "title": (13, 14),
    "body": (13, 14),
    "page number": (13, 14),
    "recipients label": (12, 12),
    "recipient": (11, 11),
}
#: Lùi đầu dòng (mục II.6.e): 1 cm to 1.27 cm, in twips, with 6 twips of rounding either way.
INDENT_TWIPS = (567 - 6, 720 + 6)
#: One line of single spacing, in font sizes (Times New Roman's line height).
SINGLE_LINE = 1.15

#: Quốc hiệu (mục II.1.a). The rule text writes HÒA; the decree's own example table and the
#: Công điện sample write HOÀ. Both occur in official files, so both are accepted.
NATIONAL_NAMES = frozenset(
    {"cộng hòa xã hội chủ nghĩa việt nam", "cộng hoà xã hội chủ nghĩa việt nam"}
)
#: Tiêu ngữ (mục II.1.b).
MOTTO = "Độc lập - Tự do - Hạnh phúc"
#: The rule under the motto: as long as the motto's line (mục II.1.b), as a ratio.
MOTTO_RULE_RATIO = (0.9, 1.1)
#: The rules under the issuer and the summary: one third to one half of their line (II.2.b, II.5.b).
SHORT_RULE_RATIO = (0.30, 0.55)
#: How much longer a rule typed as underscores may measure than a drawn one.
TYPED_RULE_SLACK = 0.05

#: Trích yếu in thường (mục II.5.b): this many letters all in capitals are a summary in capitals.
SUMMARY_CAPITALS_FROM = 8

#: Ký hiệu (mục II.3): the symbol after "Số: …/", its parts joined by hyphens.
SYMBOL = r"[A-ZĐ][A-Za-zĐđ0-9&]*(?:-[A-ZĐ][A-Za-zĐđ0-9&]*)*"
#: Type codes of Decree 110/2004 that Decree 30 (Phụ lục III) renamed: old → new.
OLD_CODES = {"GN": "BGN", "TTh": "BTT", "NP": "GNP", "UQ": "GUQ", "GT": "GGT", "TS": "TrS"}
#: Copy codes (bản sao, Phụ lục III): not a document type.
COPY_CODES = frozenset({"SY", "TrS", "SL"})

#: Mức độ khẩn (mục III.2.b): the stamps that print red.
STAMPS = frozenset({"khẩn", "thượng khẩn", "hỏa tốc", "hoả tốc"})
#: Words of a signer's title, which tell a signature block from a table of text.
SIGNING_WORDS = (
    "thư ký",
    "chủ tọa",
    "chủ toạ",
    "chủ trì",
    "chủ tịch",
    "giám đốc",
    "trưởng",
    "bí thư",
)
#: Học hàm, học vị (mục II.7.c): not written before the signer's name.
ACADEMIC_TITLE = re.compile(r"^(GS|PGS|TS|ThS|TSKH|KS|BS|CN|NCS)\.?\s", re.IGNORECASE)
