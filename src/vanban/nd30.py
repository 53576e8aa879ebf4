"""The numbers and words of Decree 30/2020/NĐ-CP — Nghị định 30/2020/NĐ-CP, in one place.

Page set-up and margins (Phụ lục I, mục I), the size of each part (mục II), the length of the
short rules, the national name and the motto (mục II.1), the shape of the symbol (mục II.3),
the signing words (Điều 13, mục II.7), the academic titles a signer's name never carries
(mục II.7.c) and the document types with their codes (Phụ lục III, mục I).

The template builder (``templates/build.py``), the models' validators and rendering read them
here; so can the checker, which states the same ranges. Only the standard library is imported:
``import vanban`` pays nothing for it.

Measures are twentieths of a point (twips) or points, as named; 1 mm = 56.7 twips.

>>> MARGINS["left"].low_mm, MARGINS["left"].template_mm
(30, 30.0)
>>> SIZES["body"].template_half_points
28
>>> bool(ACADEMIC_TITLE.match("TS Phạm Xuân Luân")), bool(ACADEMIC_TITLE.match("Tăng Văn A"))
(True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType

__all__ = [
    "ACADEMIC_TITLE",
    "ACADEMIC_TITLES",
    "ATTACHED_VERBS",
    "BODY_INDENT_RANGE_TWIPS",
    "BODY_INDENT_TWIPS",
    "BODY_LINE_SPACING",
    "BODY_SPACE_BEFORE_TWIPS",
    "COPY_CODES",
    "FONT",
    "HEADER_DISTANCE_TWIPS",
    "MARGINS",
    "MOTTO",
    "MOTTO_RULE_RATIO",
    "NATIONAL_NAME",
    "NATIONAL_NAMES",
    "PAGE_HEIGHT_TWIPS",
    "PAGE_TOLERANCE_TWIPS",
    "PAGE_WIDTH_TWIPS",
    "PROMULGATION_WORDS",
    "REPLACED_CODES",
    "SHORT_RULE_ACCEPTED",
    "SHORT_RULE_RATIO",
    "SHORT_RULE_TARGET",
    "SIGNING_WORDS",
    "SINGLE_LINE_RATIO",
    "SIZES",
    "SYMBOL_CODE",
    "SYMBOL_CODE_PATTERN",
    "TWIPS_PER_MM",
    "TYPED_RULE_SLACK",
    "URGENCY_COLOR",
    "URGENCY_FRAME_HEIGHT_MM",
    "URGENCY_FRAME_TOLERANCE_MM",
    "URGENCY_MARKS",
    "URGENCY_WIDTHS_MM",
    "DocumentType",
    "Margin",
    "Size",
    "text_width_twips",
]

TWIPS_PER_MM = 1440 / 25.4

# --- Page set-up (Phụ lục I, mục I) -----------------------------------------------------------

#: A4 portrait, 210 × 297 mm (mục I.1, I.2).
PAGE_WIDTH_TWIPS, PAGE_HEIGHT_TWIPS = 11906, 16838
#: A4 is written 11906 × 16838 or 11907 × 16840: 20 twips (0.35 mm) either way is still A4.
PAGE_TOLERANCE_TWIPS = 20
#: The page number's distance from the top edge, inside the top margin (mục I.7).
HEADER_DISTANCE_TWIPS = 567
#: Times New Roman in every run (mục I.4).
FONT = "Times New Roman"


@dataclass(frozen=True)
class Margin:
    """A page margin — lề trang (mục I.3): the decree's range in mm and the templates' value."""

    low_mm: int
    high_mm: int
    template_twips: int

    @property
    def template_mm(self) -> float:
        """The templates' margin in mm, to a tenth."""
        return round(self.template_twips / TWIPS_PER_MM, 1)


#: Top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; the templates use the smallest
#: (850 twips would be 14.99 mm on the right, so 851).
MARGINS = MappingProxyType(
    {
        "top": Margin(20, 25, 1134),
        "bottom": Margin(20, 25, 1134),
        "left": Margin(30, 35, 1701),
        "right": Margin(15, 20, 851),
    }
)


def text_width_twips() -> int:
    """The width of the text between the templates' margins, about 165 mm.

    >>> text_width_twips()
    9354
    """
    return PAGE_WIDTH_TWIPS - MARGINS["left"].template_twips - MARGINS["right"].template_twips


#: The body's first-line indent: 1 cm or 1.27 cm (mục II.6); the templates use 1.27 cm.
BODY_INDENT_TWIPS = 720
#: The indents the checker accepts: 1 to 1.27 cm, 6 twips either way for rounding.
BODY_INDENT_RANGE_TWIPS = (567 - 6, 720 + 6)
#: At least 6 pt between the body's paragraphs (mục II.6).
BODY_SPACE_BEFORE_TWIPS = 120
#: Line spacing of the body: single to 1.5 lines (mục II.6.e), 0.01 either way for rounding.
BODY_LINE_SPACING = (0.99, 1.51)
#: Times New Roman's single line is about 1.15 times the font size.
SINGLE_LINE_RATIO = 1.15


# --- Font sizes per part (Phụ lục I, mục II; Phụ lục I's table of sizes) ----------------------


@dataclass(frozen=True)
class Size:
    """The font size of a part — cỡ chữ: the decree's range and the templates' value, in points."""

    low: float
    high: float
    template: float

    @property
    def template_half_points(self) -> int:
        """The templates' size as WordprocessingML writes it (``w:sz``)."""
        return round(self.template * 2)


#: Part → size. The keys name the parts as the templates' styles do.
SIZES = MappingProxyType(
    {
        "national_name": Size(12, 13, 13),  # Quốc hiệu, mục II.1
        "motto": Size(13, 14, 14),  # Tiêu ngữ, mục II.1
        "body_name": Size(12, 13, 13),  # tên cơ quan ban hành và chủ quản, mục II.2
        "number": Size(13, 13, 13),  # số, ký hiệu, mục II.3
        "date_line": Size(13, 14, 14),  # địa danh, thời gian, mục II.4
        "type_name": Size(13, 14, 14),  # tên loại và trích yếu, mục II.5.b
        "summary": Size(13, 14, 14),  # trích yếu, mục II.5.b
        "subject": Size(12, 13, 13),  # trích yếu của công văn (V/v …) dưới số, mục II.5.b
        "body": Size(13, 14, 14),  # nội dung, mục II.6
        "addressee": Size(13, 14, 14),  # Kính gửi, mục II.9.b
        "signature": Size(13, 14, 14),  # quyền hạn, chức vụ, họ tên người ký, mục II.7
        "recipients_label": Size(12, 12, 12),  # "Nơi nhận:", mục II.9.b
        "recipient": Size(11, 11, 11),  # the items of Nơi nhận, mục II.9.b
        "page_number": Size(13, 14, 14),  # số trang, mục I.7
        "table": Size(13, 13, 13),  # cells of a data table, as the sample forms print them
        "address": Size(11, 12, 11),  # địa chỉ cơ quan, thư điện tử … (ô 13), mục III.4
    }
)

# --- The short rules (mục II.1, II.2, II.5) --------------------------------------------------

#: The rule under the motto is as long as the motto: read as within 10 % of it.
MOTTO_RULE_RATIO = (0.9, 1.1)
#: The rules under the issuing body and under the summary are 1/3 to 1/2 of the text above.
SHORT_RULE_RATIO = (1 / 3, 1 / 2)
#: What rendering draws: inside the 1/3–1/2 band, away from its ends.
SHORT_RULE_TARGET = 0.4
#: What the checker accepts for a short rule: text widths are estimated from Times metrics and
#: rules drawn by hand, so 30–55 %.
SHORT_RULE_ACCEPTED = (0.30, 0.55)
#: A rule typed as underscores grows a character at a time: 5 points more either way.
TYPED_RULE_SLACK = 0.05

# --- National name and motto (mục II.1) ------------------------------------------------------

#: As the rule text writes it, "HÒA" (the sample forms also write "HOÀ").
NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
#: Both spellings occur in official files and are accepted.
NATIONAL_NAMES = frozenset({NATIONAL_NAME, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"})
MOTTO = "Độc lập - Tự do - Hạnh phúc"

# --- Number and symbol (mục II.3) ------------------------------------------------------------

#: One code inside a symbol: "UBND", "TP", "ĐA"; codes joined by "-" ("QĐ-UBND", "UBND-VP").
SYMBOL_CODE_PATTERN = r"[A-ZĐ][A-Za-zĐđ0-9&]*(-[A-ZĐ][A-Za-zĐđ0-9&]*)*"
SYMBOL_CODE = re.compile(rf"^{SYMBOL_CODE_PATTERN}$")
#: Codes of Circular 01/2011 that Decree 30 replaced, and what replaced them.
REPLACED_CODES = MappingProxyType(
    {"GN": "BGN", "TTh": "BTT", "NP": "GNP", "UQ": "GUQ", "GT": "GGT", "TS": "TrS"}
)
#: The codes of copies (bản sao): sao y, trích sao, sao lục (Điều 25, Phụ lục I mục IV).
COPY_CODES = frozenset({"SY", "TrS", "SL"})

# --- Urgency (mục II.10) ---------------------------------------------------------------------

#: Độ khẩn: the marks of urgency, as printed (both spellings of "hỏa").
URGENCY_MARKS = frozenset({"KHẨN", "THƯỢNG KHẨN", "HỎA TỐC", "HOẢ TỐC"})


#: The ready-made urgency stamps (mục III.2.b): mark → the frame's width in mm. Each is printed
#: upper case, Times New Roman 13–14 bold, centred in a single-line frame 8 mm high, in red.
URGENCY_WIDTHS_MM = MappingProxyType({"KHẨN": 20, "THƯỢNG KHẨN": 40, "HỎA TỐC": 30})
#: The urgency stamp's frame: 8 mm high (mục III.2.b), drawn in red.
URGENCY_FRAME_HEIGHT_MM = 8
URGENCY_COLOR = "FF0000"
#: How far the checker lets a frame's width or height differ from the stamp's.
URGENCY_FRAME_TOLERANCE_MM = 2.0

# --- Signing (Điều 13; mục II.7) -------------------------------------------------------------

#: The signing words, as printed before the body or the head's title.
#: The centred promulgation line before the articles (Mẫu 1.1, 1.2, 1.3), by type code.
PROMULGATION_WORDS = MappingProxyType({"QĐ": "QUYẾT ĐỊNH:", "NQ": "QUYẾT NGHỊ:"})

#: Mẫu 1.3, by what the decision does to the attached text: the verb of its summary and its
#: Điều 1 ("Ban hành kèm theo Quyết định này …"), and the opening of the reference line under
#: the attached text's title ("(Ban hành kèm theo Quyết định số …)", "(Kèm theo …)").
ATTACHED_VERBS = MappingProxyType(
    {"issue": ("Ban hành", "Ban hành kèm theo"), "approve": ("Phê duyệt", "Kèm theo")}
)

SIGNING_WORDS = MappingProxyType(
    {
        "TM": "TM.",  # thay mặt: on behalf of a collective body
        "KT": "KT.",  # ký thay: a deputy for the head
        "TL": "TL.",  # thừa lệnh: by order of the head
        "TUQ": "TUQ.",  # thừa ủy quyền: under a written delegation
        "Q": "Q.",  # quyền: the acting head
    }
)

#: Academic titles and degrees that never stand before a signer's name (mục II.7.c): giáo sư,
#: phó giáo sư, tiến sĩ (khoa học), thạc sĩ, nghiên cứu sinh, kỹ sư, bác sĩ, cử nhân.
ACADEMIC_TITLES = ("GS", "PGS", "TS", "TSKH", "ThS", "NCS", "KS", "BS", "CN")
#: A name that starts with one of them, with its dot ("TS.", "PGS.TS.") or without, then a space
#: ("TS Phạm Xuân Luân"); in any case ("Ths.").
ACADEMIC_TITLE = re.compile(
    rf"^(?:{'|'.join(sorted(ACADEMIC_TITLES, key=len, reverse=True))})(?:\.\s*|\s)",
    re.IGNORECASE,
)

# --- Document types (Phụ lục III, mục I) ------------------------------------------------------


class DocumentType(Enum):
    """Administrative document type — tên loại văn bản hành chính, with its code in the symbol.

    Only the codes Decree 30 uses. The codes of Circular 01/2011 it replaced (GN, TTh, NP, UQ,
    GT) and "CV", which a công văn never carries, are not here, so they cannot be produced.
    """

    RESOLUTION = ("Nghị quyết", "NQ")
    DECISION = ("Quyết định", "QĐ")
    DIRECTIVE = ("Chỉ thị", "CT")
    REGULATION = ("Quy chế", "QC")
    RULE = ("Quy định", "QyĐ")
    COMMUNIQUE = ("Thông cáo", "TC")
    NOTICE = ("Thông báo", "TB")
    GUIDANCE = ("Hướng dẫn", "HD")
    PROGRAMME = ("Chương trình", "CTr")
    PLAN = ("Kế hoạch", "KH")
    SCHEME = ("Phương án", "PA")
    PROPOSAL = ("Đề án", "ĐA")
    PROJECT = ("Dự án", "DA")
    REPORT = ("Báo cáo", "BC")
    MINUTES = ("Biên bản", "BB")
    SUBMISSION = ("Tờ trình", "TTr")
    CONTRACT = ("Hợp đồng", "HĐ")
    TELEGRAM = ("Công điện", "CĐ")
    MEMORANDUM = ("Bản ghi nhớ", "BGN")
    AGREEMENT = ("Bản thỏa thuận", "BTT")
    POWER_OF_ATTORNEY = ("Giấy ủy quyền", "GUQ")
    INVITATION = ("Giấy mời", "GM")
    INTRODUCTION = ("Giấy giới thiệu", "GGT")
    LEAVE = ("Giấy nghỉ phép", "GNP")
    DISPATCH_SLIP = ("Phiếu gửi", "PG")
    TRANSFER_SLIP = ("Phiếu chuyển", "PC")
    NOTIFICATION_SLIP = ("Phiếu báo", "PB")

    def __init__(self, term: str, code: str) -> None:
        self.term = term
        self.code = code

    @property
    def heading(self) -> str:
        """The type name as printed above the summary: "KẾ HOẠCH"."""
        return self.term.upper()

    @classmethod
    def codes(cls) -> frozenset[str]:
        """Every current type code."""
        return frozenset(t.code for t in cls)
