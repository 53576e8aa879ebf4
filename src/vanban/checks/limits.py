"""Decree 30's numbers and words as the checker holds them — các thông số của Nghị định 30.

The decree's values come from :mod:`vanban.nd30`, which the template builder and the models
read too; here they take the shape the rules compare against (casefolded names, ranges in the
units the rules measure). Only the checker's own heuristics are stated here.
"""

from __future__ import annotations

from vanban import nd30

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
A4_TWIPS = (nd30.PAGE_WIDTH_TWIPS, nd30.PAGE_HEIGHT_TWIPS)
#: 0.35 mm: A4 is written 11906 × 16838 or 11907 × 16840.
A4_TOLERANCE_TWIPS = nd30.PAGE_TOLERANCE_TWIPS
#: Định lề trang (mục I.3), in mm: (least, most) per side.
MARGINS_MM = {side: (m.low_mm, m.high_mm) for side, m in nd30.MARGINS.items()}
#: Cỡ chữ (mục II and Phụ lục I's table), in pt: (least, most) per part, as findings name them.
SIZES_PT = {
    shown: (nd30.SIZES[part].low, nd30.SIZES[part].high)
    for shown, part in (
        ("national name", "national_name"),
        ("motto", "motto"),
        ("issuer", "body_name"),
        ("title", "type_name"),
        ("subject", "subject"),
        ("body", "body"),
        ("page number", "page_number"),
        ("recipients label", "recipients_label"),
        ("recipient", "recipient"),
    )
}
#: Lùi đầu dòng (mục II.6.e): 1 cm to 1.27 cm, in twips, with 6 twips of rounding either way.
INDENT_TWIPS = nd30.BODY_INDENT_RANGE_TWIPS
#: One line of single spacing, in font sizes (Times New Roman's line height).
SINGLE_LINE = nd30.SINGLE_LINE_RATIO

#: Quốc hiệu (mục II.1.a), compared case-insensitively: HÒA and HOÀ both occur in official files.
NATIONAL_NAMES = frozenset(name.casefold() for name in nd30.NATIONAL_NAMES)
#: Tiêu ngữ (mục II.1.b).
MOTTO = nd30.MOTTO
#: The rule under the motto: as long as the motto's line (mục II.1.b), as a ratio.
MOTTO_RULE_RATIO = nd30.MOTTO_RULE_RATIO
#: The rules under the issuer and the summary: one third to one half of their line (II.2.b, II.5.b),
#: with the slack a measured rule needs.
SHORT_RULE_RATIO = nd30.SHORT_RULE_ACCEPTED
#: How much longer a rule typed as underscores may measure than a drawn one.
TYPED_RULE_SLACK = nd30.TYPED_RULE_SLACK

#: Trích yếu in thường (mục II.5.b): this many letters all in capitals are a summary in capitals.
SUMMARY_CAPITALS_FROM = 8

#: Ký hiệu (mục II.3): the symbol after "Số: …/", its parts joined by hyphens.
SYMBOL = nd30.SYMBOL_CODE_PATTERN.replace("(-", "(?:-")
#: Type codes of Decree 110/2004 that Decree 30 (Phụ lục III) renamed: old → new.
OLD_CODES = dict(nd30.REPLACED_CODES)
#: Copy codes (bản sao, Phụ lục III): not a document type.
COPY_CODES = nd30.COPY_CODES

#: Mức độ khẩn (mục III.2.b): the stamps that print red.
STAMPS = frozenset(mark.casefold() for mark in nd30.URGENCY_MARKS)
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
#: Học hàm, học vị (mục II.7.c): not written before the signer's name — the models' one list.
ACADEMIC_TITLE = nd30.ACADEMIC_TITLE
