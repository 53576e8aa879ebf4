"""Build the shipped .docx templates from this source: ``python templates/build.py``.

Each template is a real Word document that a user can open and restyle (fonts, spacing, a logo):
every paragraph has a named style ("VB …"), and the docxtpl tags it holds are only ``{{ }}``,
plain loops and ifs over the context that ``vanban.rendering.context`` prepares. The frame —
A4 page, margins, the borderless header and closing tables, the short rules, the PAGE field in a
different-first-page header — lives here, in one place, for every document kind.

The build is deterministic (fixed zip metadata): tests/test_templates.py rebuilds every template
and fails when a committed file differs from what this script makes.

Measures are twentieths of a point (twips) unless said otherwise; 1 mm = 56.7 twips.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

from vanban import nd30
from vanban.registry import STATE
from vanban.rendering.packaging import CoreProperties, write_package

OUT = Path(__file__).resolve().parent.parent / "src" / "vanban" / "templates"

# --- Page setup (Phụ lục I, mục I): A4 portrait, margins inside the prescribed ranges ----------
# The decree's numbers are vanban.nd30's; the names below are this builder's shorthand.
PAGE_W, PAGE_H = nd30.PAGE_WIDTH_TWIPS, nd30.PAGE_HEIGHT_TWIPS  # A4, 210 × 297 mm
MARGIN_TOP = nd30.MARGINS["top"].template_twips  # 20 mm (20–25)
MARGIN_BOTTOM = nd30.MARGINS["bottom"].template_twips  # 20 mm (20–25)
MARGIN_LEFT = nd30.MARGINS["left"].template_twips  # 30 mm (30–35)
MARGIN_RIGHT = nd30.MARGINS["right"].template_twips  # 15 mm (15–20)
HEADER_DISTANCE = nd30.HEADER_DISTANCE_TWIPS  # the page number 10 mm from the top edge
TEXT_W = nd30.text_width_twips()  # 9354 twips, 165 mm

# Header table columns: the right one must hold the national name (≈ 9.6 cm at 13 pt bold) on one
# line; the official samples use about 6–7 cm + 9.5–10.3 cm.
HEAD_LEFT = 3600
HEAD_RIGHT = TEXT_W - HEAD_LEFT
# Closing table: Nơi nhận ≈ 37 %, signature ≈ 63 % (§8 of the spec).
CLOSE_LEFT = 3500
CLOSE_RIGHT = TEXT_W - CLOSE_LEFT

# The State's profile (vanban.registry.STATE); another profile builds its own templates.
NATIONAL_NAME = STATE.national_name  # the rule text's "HÒA" (spec §18.2)
MOTTO = STATE.motto or ""

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FONT = nd30.FONT


# --- Styles ----------------------------------------------------------------------------------
# (style id, name, based on, paragraph properties, run properties). Sizes are half-points.
def _ppr(
    *,
    jc: str | None = None,
    before: int = 0,
    after: int = 0,
    line: int = 240,
    rule: str = "auto",
    first_line: int | None = None,
    left: int | None = None,
    hanging: int | None = None,
    tab: int | None = None,
    keep_next: bool = False,
    border_bottom: bool = False,
    box: str | None = None,
    border_top: bool = False,
) -> str:
    parts = []
    if keep_next:
        parts.append("<w:keepNext/>")
    if box is not None:
        # A single-line frame in the given colour; 2 pt between the text and its top and bottom.
        sides = "".join(
            f'<w:{side} w:val="single" w:sz="6" w:space="{2 if side in ("top", "bottom") else 0}" '
            f'w:color="{box}"/>'
            for side in ("top", "left", "bottom", "right")
        )
        parts.append(f"<w:pBdr>{sides}</w:pBdr>")
    if border_top:
        # 1 pt between the rule and the text under it.
        parts.append(
            '<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'
        )
    if border_bottom:
        parts.append(
            '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:pBdr>'
        )
    if tab is not None:
        parts.append(f'<w:tabs><w:tab w:val="left" w:pos="{tab}"/></w:tabs>')
    parts.append(
        f'<w:spacing w:before="{before}" w:after="{after}" w:line="{line}" w:lineRule="{rule}"/>'
    )
    indent = {"left": left, "hanging": hanging, "firstLine": first_line}
    if any(v is not None for v in indent.values()):
        attrs = " ".join(f'w:{k}="{v}"' for k, v in indent.items() if v is not None)
        parts.append(f"<w:ind {attrs}/>")
    if jc:
        parts.append(f'<w:jc w:val="{jc}"/>')
    return "".join(parts)


def _rpr(
    *, size: int | None = None, bold: bool = False, italic: bool = False, color: str | None = None
) -> str:
    parts = []
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if color is not None:
        parts.append(f'<w:color w:val="{color}"/>')
    if size is not None:
        parts.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    return "".join(parts)


BODY_INDENT = nd30.BODY_INDENT_TWIPS  # first-line indent 1.27 cm (1 or 1.27 cm)
BODY_BEFORE = nd30.BODY_SPACE_BEFORE_TWIPS  # 6 pt between paragraphs (at least 6 pt)
CELL_SPACE = 40  # 2 pt above and below the text of a table cell
# Kính gửi (ô 9a): the label from 4 cm, the recipients lined up after it (Phụ lục I, II.9).
ADDRESSEE_LEFT = 2268
ADDRESSEE_LABEL = 1247  # "Kính gửi: " at 14 pt, 22 mm
# Minutes have no date line beside the number: "BIÊN BẢN" stands ~21 mm below it (Mẫu 1.9).
MINUTES_TYPE_BEFORE = 860
RECIPIENT_HANG = 128  # "- " at 11 pt
ADDRESSEE_DASH = 567  # several recipients: their dashes 1 cm in from the label (Mẫu 1.5)


def _sz(part: str) -> int:
    """The templates' size of a part in half-points (vanban.nd30.SIZES)."""
    return nd30.SIZES[part].template_half_points


STYLES: list[tuple[str, str, str | None, str, str]] = [
    # Body (ô 6): 14 pt, justified, first-line indent, 6 pt between paragraphs, single spacing.
    ("VBBody", "VB Body", "Normal",
     _ppr(jc="both", before=BODY_BEFORE, first_line=BODY_INDENT), ""),
    ("VBHeading1", "VB Heading 1", "VBBody", _ppr(jc="both", before=BODY_BEFORE,
     first_line=BODY_INDENT, keep_next=True), _rpr(bold=True)),
    ("VBHeading2", "VB Heading 2", "VBBody", _ppr(jc="both", before=BODY_BEFORE,
     first_line=BODY_INDENT, keep_next=True), _rpr(bold=True)),
    ("VBHeading3", "VB Heading 3", "VBBody", _ppr(jc="both", before=BODY_BEFORE,
     first_line=BODY_INDENT, keep_next=True), _rpr(bold=True, italic=True)),
    # Legal texts (Phụ lục I, II.6): "Chương I" and its heading centred and bold on lines of
    # their own; "Điều 1. …" bold with the body's indent; a centred line of the body.
    ("VBTitledLabel", "VB Titled Label", "VBBody", _ppr(jc="center", before=BODY_BEFORE,
     first_line=0, keep_next=True), _rpr(bold=True)),
    ("VBTitledHeading", "VB Titled Heading", "VBBody", _ppr(jc="center", before=BODY_BEFORE, first_line=0,
     keep_next=True), _rpr(bold=True)),
    ("VBArticle", "VB Article", "VBBody", _ppr(jc="both", before=BODY_BEFORE,
     first_line=BODY_INDENT, keep_next=True), _rpr(bold=True)),
    ("VBCentred", "VB Centred", "VBBody", _ppr(jc="center", before=BODY_BEFORE, first_line=0,
     keep_next=True), _rpr(bold=True)),
    # The promulgation line ("QUYẾT ĐỊNH:") and the authority line above the legal bases; Mẫu
    # 1.2 sets the authority line ~17 mm below the summary's last line (24 pt above it here).
    ("VBPromulgation", "VB Promulgation", "VBBody", _ppr(jc="center", before=240, after=120,
     first_line=0, keep_next=True), _rpr(bold=True)),
    ("VBAuthority", "VB Authority", "VBBody", _ppr(jc="center", before=480, after=120,
     first_line=0, keep_next=True), _rpr(bold=True)),
    # Căn cứ ban hành (Phụ lục I, II.6.a): italic, one basis per line.
    ("VBLegalBasis", "VB Legal Basis", "VBBody", _ppr(jc="both", before=BODY_BEFORE,
     first_line=BODY_INDENT), _rpr(italic=True)),
    # Header block (ô 1–4).
    ("VBParentBody", "VB Parent Body", "Normal", _ppr(jc="center"), _rpr(size=_sz("body_name"))),
    ("VBIssuer", "VB Issuer", "Normal", _ppr(jc="center"), _rpr(size=_sz("body_name"), bold=True)),
    ("VBNationalName", "VB National Name", "Normal", _ppr(jc="center"), _rpr(size=_sz("national_name"), bold=True)),
    ("VBMotto", "VB Motto", "Normal", _ppr(jc="center"), _rpr(size=_sz("motto"), bold=True)),
    ("VBNumber", "VB Number", "Normal", _ppr(jc="center", before=120), _rpr(size=_sz("number"))),
    ("VBDateLine", "VB Date Line", "Normal", _ppr(jc="center", before=120),
     _rpr(size=_sz("date_line"), italic=True)),
    # Short rules: an empty paragraph whose bottom border is the rule; vanban sets its indents
    # from the text above it when it renders (1/3–1/2 of it, or all of it under the motto).
    ("VBRuleShort", "VB Rule Short", "Normal",
     _ppr(jc="center", line=100, rule="exact", border_bottom=True), _rpr(size=2)),
    ("VBRuleText", "VB Rule Text Width", "Normal",
     _ppr(jc="center", line=100, rule="exact", border_bottom=True), _rpr(size=2)),
    # Type name and summary (ô 5a).
    # 34 pt above the type name: the "Số:" line stands ~18 mm above it, as in Mẫu 1.4.
    ("VBTypeName", "VB Type Name", "Normal", _ppr(jc="center", before=680, keep_next=True),
     _rpr(size=_sz("type_name"), bold=True)),
    ("VBSummary", "VB Summary", "Normal", _ppr(jc="center", keep_next=True),
     _rpr(size=_sz("summary"), bold=True)),
    # Closing block: Nơi nhận (ô 9b) and the signature (ô 7).
    ("VBRecipientsLabel", "VB Recipients Label", "Normal", _ppr(keep_next=True),
     _rpr(size=_sz("recipients_label"), bold=True, italic=True)),
    # Each item hangs: a long one wraps under its text, not under its "- " (11 pt: 128 twips).
    ("VBRecipient", "VB Recipient", "Normal",
     _ppr(keep_next=True, left=RECIPIENT_HANG, hanging=RECIPIENT_HANG),
     _rpr(size=_sz("recipient"))),
    ("VBSignature", "VB Signature", "Normal", _ppr(jc="center", before=0, keep_next=True),
     _rpr(size=_sz("signature"), bold=True)),
    ("VBSignerName", "VB Signer Name", "Normal", _ppr(jc="center", before=1560),
     _rpr(size=_sz("signature"), bold=True)),
    # Page number in the top margin (Phụ lục I, I.7).
    ("VBPageNumber", "VB Page Number", "Normal", _ppr(jc="center"), _rpr(size=_sz("page_number"))),
    # Kính gửi (ô 9a): one recipient after the label; several on lines of their own, dashes
    # lined up 1 cm in from the label.
    ("VBAddressee", "VB Addressee", "Normal", _ppr(before=240, after=120,
     left=ADDRESSEE_LEFT + ADDRESSEE_DASH, hanging=ADDRESSEE_DASH,
     tab=ADDRESSEE_LEFT + ADDRESSEE_LABEL), _rpr(size=_sz("addressee"))),
    # Data tables (bảng số liệu): title and unit above, 13 pt cells, a note below.
    ("VBTableTitle", "VB Table Title", "Normal",
     _ppr(jc="center", before=BODY_BEFORE, after=60, keep_next=True), _rpr(size=_sz("body"), bold=True)),
    # The unit, "(Đơn vị tính: vụ việc)", centred under the title like a one-line heading.
    ("VBTableUnit", "VB Table Unit", "Normal",
     _ppr(jc="center", before=BODY_BEFORE, after=60, keep_next=True), _rpr(size=_sz("table"), italic=True)),
    ("VBTableHead", "VB Table Head", "Normal",
     _ppr(jc="center", before=CELL_SPACE, after=CELL_SPACE), _rpr(size=_sz("table"), bold=True)),
    ("VBTableText", "VB Table Text", "Normal",
     _ppr(jc="left", before=CELL_SPACE, after=CELL_SPACE), _rpr(size=_sz("table"))),
    ("VBTableNumber", "VB Table Number", "Normal",
     _ppr(jc="center", before=CELL_SPACE, after=CELL_SPACE), _rpr(size=_sz("table"))),
    ("VBTableTotal", "VB Table Total", "Normal",
     _ppr(jc="center", before=CELL_SPACE, after=CELL_SPACE), _rpr(size=_sz("table"), bold=True)),
    ("VBTableNote", "VB Table Note", "VBBody", _ppr(jc="both", before=BODY_BEFORE,
     first_line=BODY_INDENT), _rpr(size=_sz("table"), italic=True)),
    # An empty paragraph after a table: two tables side by side would merge into one in Word.
    ("VBTableEnd", "VB Table End", "Normal", _ppr(line=120, rule="exact"), _rpr(size=4)),
    # Appendices (Phụ lục I, mục III.1): "Phụ lục I", the title, the "(Kèm theo …)" line.
    ("VBAppendixLabel", "VB Appendix Label", "Normal", _ppr(jc="center", keep_next=True),
     _rpr(size=_sz("type_name"), bold=True)),
    ("VBAppendixTitle", "VB Appendix Title", "Normal", _ppr(jc="center", keep_next=True),
     _rpr(size=_sz("type_name"), bold=True)),
    ("VBAppendixReference", "VB Appendix Reference", "Normal",
     _ppr(jc="center", keep_next=True), _rpr(size=_sz("body"), italic=True)),
    # Nơi nhận under the signatures of minutes (Mẫu 1.9): below the secretary's column.
    ("VBRecipientsLabelBelow", "VB Recipients Label Below", "VBRecipientsLabel",
     _ppr(before=360, keep_next=True), ""),
    # The urgency stamp (ô 10b, mục III.2.b) under the number: 13 pt bold capitals, red, in a
    # single-line red frame 8 mm high (17 pt line, 2 pt inside the frame above and below); the
    # frame's width is the paragraph's, set by its indents for each stamp.
    ("VBUrgency", "VB Urgency", "Normal", _ppr(jc="center", before=120, line=340, rule="exact",
     box=nd30.URGENCY_COLOR), _rpr(size=_sz("number"), bold=True, color=nd30.URGENCY_COLOR)),
]  # fmt: skip

#: Styles only the letter template has: the other templates stay byte for byte as they were.
LETTER_STYLES: list[tuple[str, str, str | None, str, str]] = [
    # A công văn's summary under its number (ô 5b): "V/v …", 12–13 pt, regular (Mẫu 1.5).
    ("VBSubject", "VB Subject", "Normal", _ppr(jc="center", before=60), _rpr(size=_sz("subject"))),
    # The issuer's address line at the foot of page 1 (ô 13): 11 pt, under a full-width rule.
    ("VBAddressLine", "VB Address Line", "Normal", _ppr(jc="center", border_top=True),
     _rpr(size=_sz("address"))),
]  # fmt: skip


#: Mẫu 1.6's addressees: their dashes 35.5 % of the text width in, as the sample form sets them.
TELEGRAM_TO_LEFT = round(TEXT_W * 0.355)
TELEGRAM_TO_HANG = 227  # "- " at 14 pt, 4 mm

#: Styles only the telegram template has (Mẫu 1.6).
TELEGRAM_STYLES: list[tuple[str, str, str | None, str, str]] = [
    # "<SENDER> điện:" centred, 14 pt, ~15 mm under the summary's top as on Mẫu 1.6; the
    # sender's run is bold.
    ("VBTelegramSender", "VB Telegram Sender", "Normal",
     _ppr(jc="center", before=460, after=60, keep_next=True), _rpr(size=_sz("addressee"))),
    # The addressees, one per line, lined up from a third of the line; the last leaves room
    # above the body, as the sample form does.
    ("VBTelegramTo", "VB Telegram To", "Normal", _ppr(before=120, keep_next=True,
     left=TELEGRAM_TO_LEFT + TELEGRAM_TO_HANG, hanging=TELEGRAM_TO_HANG),
     _rpr(size=_sz("addressee"))),
    ("VBTelegramToLast", "VB Telegram To Last", "VBTelegramTo", _ppr(before=120, after=560,
     left=TELEGRAM_TO_LEFT + TELEGRAM_TO_HANG, hanging=TELEGRAM_TO_HANG), ""),
]  # fmt: skip


#: Mẫu 1.10's certification box: centred 35 mm from the left margin (21 % of the text width),
#: so its column is 70 mm wide.
CERTIFICATION_W = 3969

#: Styles only the leave certificate's template has (Mẫu 1.10).
LEAVE_STYLES: list[tuple[str, str, str | None, str, str]] = [
    # "Xác nhận của … nơi nghỉ phép" and "(Chữ ký, dấu)", 12 pt italic, centred in the box.
    ("VBCertification", "VB Certification", "Normal", _ppr(jc="center", keep_next=True),
     _rpr(size=_sz("recipients_label"), italic=True)),
    ("VBCertificationSign", "VB Certification Sign", "VBCertification",
     _ppr(jc="center", before=120, keep_next=True), ""),
    # Room to sign and stamp, then the certifier's name written by hand (Mẫu 1.10: 13 mm).
    ("VBCertificationSpace", "VB Certification Space", "Normal", _ppr(line=1080, rule="exact"),
     _rpr(size=_sz("signature"))),
]  # fmt: skip


def styles_xml(extra: Iterable[tuple[str, str, str | None, str, str]] = ()) -> str:
    fonts = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
    out = [
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W_NS}">',
        "<w:docDefaults><w:rPrDefault><w:rPr>",
        fonts,
        f'<w:color w:val="000000"/><w:sz w:val="{_sz("body")}"/><w:szCs w:val="{_sz("body")}"/>',
        '<w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/>',
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>",
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
        "</w:pPr></w:pPrDefault></w:docDefaults>",
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        f'<w:qFormat/><w:rPr>{fonts}<w:sz w:val="{_sz("body")}"/><w:szCs w:val="{_sz("body")}"/>'
        "</w:rPr></w:style>",
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>",
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>'
        '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    ]
    for style_id, name, based_on, ppr, rpr in [*STYLES, *extra]:
        based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
        out.append(
            f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{style_id}">'
            f'<w:name w:val="{name}"/>{based}<w:qFormat/>'
            f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
        )
    out.append("</w:styles>")
    return "".join(out)


# --- Document fragments ----------------------------------------------------------------------
def p(style: str, text: str = "", *, raw: bool = False) -> str:
    """A paragraph of one style holding one run (text may be a docxtpl tag)."""
    run = ""
    if text:
        body = text if raw else escape(text)
        run = f'<w:r><w:t xml:space="preserve">{body}</w:t></w:r>'
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{run}</w:p>'


def lead_paragraph(style: str, lead: str, text: str) -> str:
    """A paragraph whose bold lead ("Điều 1.") is followed by regular text (docxtpl tags)."""
    return (
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
        f'<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">{lead}</w:t></w:r>'
        f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    )


def tag(statement: str, level: str = "p") -> str:
    """A paragraph holding only a docxtpl tag ({%p … %}); it disappears on render.

    ``level`` "tr" or "tc" makes the tag stand for its whole table row or cell (docxtpl's
    ``{%tr … %}`` and ``{%tc … %}``).
    """
    return f'<w:p><w:r><w:t xml:space="preserve">{{%{level} {statement} %}}</w:t></w:r></w:p>'


def cell(width: int, content: Iterable[str], *, valign: str = "top") -> str:
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="{valign}"/>'
        f"</w:tcPr>{''.join(content)}</w:tc>"
    )


def table(widths: list[int], rows: list[list[str]], *, caption: str, top: int = 0) -> str:
    """A borderless, fixed-layout table; ``caption`` names it for the renderer and for readers."""
    none = "".join(
        f'<w:{side} w:val="nil"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = "".join(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{''.join(r)}</w:tr>" for r in rows)
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        f'<w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>{none}</w:tblBorders>'
        f'<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="{top}" w:type="dxa"/>'
        '<w:left w:w="0" w:type="dxa"/>'
        '<w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
        f'<w:tblLook w:val="0000"/><w:tblCaption w:val="{caption}"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"
    )


def header_block(*, subject: bool = False) -> str:
    """Ô 1–4: issuing body and number on the left, national name, motto and date on the right.

    ``subject`` puts a công văn's "V/v …" summary under the number (ô 5b, Mẫu 1.5).
    """
    left_top = cell(
        HEAD_LEFT,
        [
            tag("if parent_body"),
            p("VBParentBody", "{{ parent_body }}", raw=True),
            tag("endif"),
            p("VBIssuer", "{{ issuer_name }}", raw=True),
            p("VBRuleShort"),
        ],
    )
    right_top = cell(
        HEAD_RIGHT,
        [p("VBNationalName", NATIONAL_NAME), p("VBMotto", MOTTO), p("VBRuleText")],
    )
    # "Số" and the date sit in one row so that they stay on the same line (Phụ lục I, II.4.c).
    left_bottom = cell(
        HEAD_LEFT,
        [
            tag("if number_line"),
            p("VBNumber", "{{ number_line }}", raw=True),
            tag("else"),
            p("VBNumber"),
            tag("endif"),
            *([p("VBSubject", "{{ subject }}", raw=True)] if subject else []),
            urgency_block(),
        ],
    )
    right_bottom = cell(
        HEAD_RIGHT,
        [
            tag("if date_line"),
            p("VBDateLine", "{{ date_line }}", raw=True),
            tag("else"),
            p("VBDateLine"),
            tag("endif"),
        ],
    )
    return table(
        [HEAD_LEFT, HEAD_RIGHT],
        [[left_top, right_top], [left_bottom, right_bottom]],
        caption="header",
    )


def urgency_block() -> str:
    """Ô 10b: the urgency stamp, centred under the number, as wide as the ready-made stamp."""
    out = [tag("if urgency")]
    for index, (mark, width_mm) in enumerate(nd30.URGENCY_WIDTHS_MM.items()):
        side = round((HEAD_LEFT - width_mm * nd30.TWIPS_PER_MM) / 2)
        out.append(tag(f"{'if' if index == 0 else 'elif'} urgency == '{mark}'"))
        out.append(
            p("VBUrgency", "{{ urgency }}", raw=True).replace(
                '<w:pStyle w:val="VBUrgency"/>',
                f'<w:pStyle w:val="VBUrgency"/><w:ind w:left="{side}" w:right="{side}"/>',
            )
        )
    out += [tag("endif"), tag("endif")]
    return "".join(out)


def title_block(before: int | None = None) -> str:
    """Ô 5a: the type name and the summary, with the short rule under it.

    ``before`` replaces the style's space above the type name (twips), for a form whose
    header has no date line beside the number (Mẫu 1.9).
    """
    type_name = p("VBTypeName", "{{ type_name }}", raw=True)
    if before is not None:
        type_name = type_name.replace(
            '<w:pStyle w:val="VBTypeName"/>',
            f'<w:pStyle w:val="VBTypeName"/><w:spacing w:before="{before}"/>',
        )
    return (
        type_name
        + tag("if summary")
        + p("VBSummary", "{{ summary }}", raw=True)
        + tag("endif")
        + p("VBRuleShort")
    )


def telegram_block() -> str:
    """Mẫu 1.6: "<SENDER> điện:" (the sender bold) and the addressees under it."""
    sender = (
        '<w:p><w:pPr><w:pStyle w:val="VBTelegramSender"/></w:pPr>'
        '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">{{ sender }}</w:t></w:r>'
        '<w:r><w:t xml:space="preserve"> {{ sent_word }}</w:t></w:r></w:p>'
    )
    return (
        sender
        + tag("for line in telegram_to")
        + tag("if loop.last")
        + p("VBTelegramToLast", "{{ line }}", raw=True)
        + tag("else")
        + p("VBTelegramTo", "{{ line }}", raw=True)
        + tag("endif")
        + tag("endfor")
    )


def legal_block() -> str:
    """The authority line (thẩm quyền ban hành) and the legal bases (căn cứ ban hành) under
    the summary; each is left out when the context has none."""
    return (
        tag("for line in authority_line")
        + p("VBAuthority", "{{ line }}", raw=True)
        + tag("endfor")
        + tag("for line in legal_bases")
        + p("VBLegalBasis", "{{ line }}", raw=True)
        + tag("endfor")
    )


def addressee_block() -> str:
    """Ô 9a: "Kính gửi:" and the recipients, under the summary (reports sent upward)."""
    return tag("if addressees") + p("VBAddressee", "{{ addressees }}", raw=True) + tag("endif")


def body_block(source: str = "blocks") -> str:
    """Ô 6: the body as prepared blocks; labels and capitals are already in the text.

    ``source`` names the list of blocks: the document's, or an appendix's.
    """
    return (
        tag(f"for block in {source}")
        + tag("if block.style == 'heading1'")
        + p("VBHeading1", "{{ block.text }}", raw=True)
        + tag("elif block.style == 'heading2'")
        + p("VBHeading2", "{{ block.text }}", raw=True)
        + tag("elif block.style == 'heading3'")
        + p("VBHeading3", "{{ block.text }}", raw=True)
        + tag("elif block.style == 'titled_label'")
        + p("VBTitledLabel", "{{ block.text }}", raw=True)
        + tag("elif block.style == 'titled_heading'")
        + p("VBTitledHeading", "{{ block.text }}", raw=True)
        + tag("elif block.style == 'article'")
        + p("VBArticle", "{{ block.text }}", raw=True)
        + tag("elif block.style == 'article_item'")
        + lead_paragraph("VBBody", "{{ block.lead }}", "{{ block.text }}")
        + tag("elif block.style == 'centred'")
        + p("VBCentred", "{{ block.text }}", raw=True)
        + tag("elif block.style == 'promulgation'")
        + p("VBPromulgation", "{{ block.text }}", raw=True)
        + tag("elif block.style == 'table'")
        + data_table_block()
        + tag("else")
        + p("VBBody", "{{ block.text }}", raw=True)
        + tag("endif")
        + tag("endfor")
    )


def data_table_block() -> str:
    """A data table block: its title and unit, the table, and its note (or an empty line)."""
    return (
        tag("if block.text")
        + p("VBTableTitle", "{{ block.text }}", raw=True)
        + tag("endif")
        + tag("if block.table.unit")
        + p("VBTableUnit", "{{ block.table.unit }}", raw=True)
        + tag("endif")
        + data_table()
        + tag("if block.table.note")
        + p("VBTableNote", "{{ block.table.note }}", raw=True)
        + tag("else")
        + p("VBTableEnd")
        + tag("endif")
    )


def data_table() -> str:
    """A ruled table whose rows and cells are docxtpl loops over the prepared ones.

    The looped row has three cells: the cell loop opens in the first and closes in the third,
    so each rendered row holds one cell per prepared cell, spanning ``cell.span`` grid columns.
    Column widths, the merges down and the repeated header rows are set after rendering from
    ``block.table.layout`` (vanban.rendering.tables): Word rejects tags in those places.
    """
    lines = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    third = TEXT_W // 3
    widths = [third, third, TEXT_W - 2 * third]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)

    def tag_row(statement: str) -> str:
        return (
            f'<w:tr><w:tc><w:tcPr><w:tcW w:w="{TEXT_W}" w:type="dxa"/><w:gridSpan w:val="3"/>'
            f"</w:tcPr>{tag(statement, 'tr')}</w:tc></w:tr>"
        )

    def tc(width: int, content: str, extra: str = "") -> str:
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{extra}</w:tcPr>{content}</w:tc>'

    content = (
        tag("if cell.style == 'head'")
        + p("VBTableHead", "{% colspan cell.span %}{{ cell.text }}", raw=True)
        + tag("elif cell.style == 'number'")
        + p("VBTableNumber", "{{ cell.text }}", raw=True)
        + tag("elif cell.style == 'total'")
        + p("VBTableTotal", "{{ cell.text }}", raw=True)
        + tag("else")
        + p("VBTableText", "{{ cell.text }}", raw=True)
        + tag("endif")
    )
    row = (
        "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        + tc(widths[0], tag("for cell in row.cells", "tc"))
        + tc(widths[1], content, '<w:vAlign w:val="center"/>')
        + tc(widths[2], tag("endfor", "tc"))
        + "</w:tr>"
    )
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{TEXT_W}" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>'
        f"<w:tblBorders>{lines}</w:tblBorders>"
        '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="85" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="85" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000"/>'
        '<w:tblCaption w:val="data"/><w:tblDescription w:val="{{ block.table.layout }}"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
        + tag_row("for row in block.table.rows")
        + row
        + tag_row("endfor")
        + "</w:tbl>"
    )


def closing_block() -> str:
    """Ô 9b and ô 7: Nơi nhận on the left, level with the signature on the right."""
    left = cell(
        CLOSE_LEFT,
        [
            p("VBRecipientsLabel", "Nơi nhận:"),
            tag("for line in recipients"),
            p("VBRecipient", "{{ line }}", raw=True),
            tag("endfor"),
        ],
    )
    right = cell(
        CLOSE_RIGHT,
        [
            tag("for line in signature_lines"),
            p("VBSignature", "{{ line }}", raw=True),
            tag("endfor"),
            p("VBSignerName", "{{ signer_name }}", raw=True),
        ],
    )
    # The cell margin, not paragraph spacing, sets the gap above so both columns start level.
    return table([CLOSE_LEFT, CLOSE_RIGHT], [[left, right]], caption="signature", top=240)


def certification_block() -> str:
    """Mẫu 1.10: the box at the bottom left, under Nơi nhận, where the place of leave certifies."""
    left = cell(
        CERTIFICATION_W,
        [
            tag("for line in certification"),
            tag("if loop.first"),
            p("VBCertification", "{{ line }}", raw=True),
            tag("else"),
            p("VBCertificationSign", "{{ line }}", raw=True),
            tag("endif"),
            tag("endfor"),
            p("VBCertificationSpace"),
        ],
    )
    right = cell(TEXT_W - CERTIFICATION_W, [p("VBCertificationSpace")])
    # An empty paragraph between the two tables: side by side they would merge into one.
    return (
        tag("if certification")
        + p("VBTableEnd")
        # 6 pt above the box: its first line ~10 mm under the signer's name, as on the form.
        + table(
            [CERTIFICATION_W, TEXT_W - CERTIFICATION_W],
            [[left, right]],
            caption="certification",
            top=120,
        )
        + tag("endif")
    )


def minutes_closing_block(left: str = "secretary", right: str = "chair") -> str:
    """Mẫu 1.9: THƯ KÝ on the left, CHỦ TRÌ (CHỦ TỌA) on the right, names on one line;
    Nơi nhận, if any, below the secretary's column.

    ``left`` and ``right`` name the context's signers ("<name>_lines", "<name>_name"): a
    power of attorney signs its two parties the same way.
    """
    half = TEXT_W // 2

    def lines(source: str) -> list[str]:
        return [
            tag(f"for line in {source}"),
            p("VBSignature", "{{ line }}", raw=True),
            tag("endfor"),
        ]

    titles = [cell(half, lines(f"{left}_lines")), cell(TEXT_W - half, lines(f"{right}_lines"))]
    # The names share a row so that they stand level however many title lines each side has.
    names = [
        cell(half, [p("VBSignerName", f"{{{{ {left}_name }}}}", raw=True)]),
        cell(TEXT_W - half, [p("VBSignerName", f"{{{{ {right}_name }}}}", raw=True)]),
    ]
    recipients = (
        tag("if recipients")
        + p("VBRecipientsLabelBelow", "Nơi nhận:")
        + tag("for line in recipients")
        + p("VBRecipient", "{{ line }}", raw=True)
        + tag("endfor")
        + tag("endif")
    )
    return table([half, TEXT_W - half], [titles, names], caption="signature", top=240) + recipients


def section_break(*, footers: bool = False) -> str:
    """An empty paragraph ending a section: what follows starts a new page, numbered from 1."""
    return f"<w:p><w:pPr>{section_properties(footers=footers)}</w:pPr></w:p>"


def appendices_block(*, footers: bool = False) -> str:
    """Phụ lục (Phụ lục I, mục III.1): each appendix in its own section after the signature."""
    return (
        tag("for appendix in appendices")
        + section_break(footers=footers)
        + p("VBAppendixLabel", "{{ appendix.label }}", raw=True)
        + p("VBAppendixTitle", "{{ appendix.title }}", raw=True)
        + p("VBAppendixReference", "{{ appendix.reference }}", raw=True)
        + p("VBRuleShort")
        + body_block("appendix.blocks")
        + tag("endfor")
    )


def attached_block() -> str:
    """Mẫu 1.3: the text a decision issues or approves, in its own section after Nơi nhận —
    the header without a number or date, type name, summary, "(Ban hành kèm theo Quyết định
    số …)" with its rule, the body, and the decision's signature (no Nơi nhận)."""
    left = cell(
        HEAD_LEFT,
        [
            tag("if attached.parent_body"),
            p("VBParentBody", "{{ attached.parent_body }}", raw=True),
            tag("endif"),
            p("VBIssuer", "{{ attached.issuer_name }}", raw=True),
            p("VBRuleShort"),
        ],
    )
    right = cell(
        HEAD_RIGHT,
        [p("VBNationalName", NATIONAL_NAME), p("VBMotto", MOTTO), p("VBRuleText")],
    )
    signature = cell(
        CLOSE_RIGHT,
        [
            tag("for line in attached.signature_lines"),
            p("VBSignature", "{{ line }}", raw=True),
            tag("endfor"),
            p("VBSignerName", "{{ attached.signer_name }}", raw=True),
        ],
    )
    return (
        # "is defined": only a decision's context has the key; every other kind skips the block.
        tag("if attached is defined and attached")
        + section_break()
        + table([HEAD_LEFT, HEAD_RIGHT], [[left, right]], caption="attached header")
        + p("VBTypeName", "{{ attached.type_name }}", raw=True)
        + p("VBSummary", "{{ attached.summary }}", raw=True)
        + p("VBAppendixReference", "{{ attached.reference }}", raw=True)
        + p("VBRuleShort")
        + body_block("attached.blocks")
        + table(
            [CLOSE_LEFT, CLOSE_RIGHT],
            [[cell(CLOSE_LEFT, [p("VBRecipient")]), signature]],
            caption="signature",
            top=240,
        )
        + tag("endif")
    )


def section_properties(*, footers: bool = False) -> str:
    """A section's page set-up; ``footers`` adds the page footers (the letter's address line
    on the first page, vanban.rendering.footer keeping it to the document's first page)."""
    footer_refs = (
        '<w:footerReference w:type="default" r:id="rIdFooterDefault"/>'
        '<w:footerReference w:type="first" r:id="rIdFooterFirst"/>'
        if footers
        else ""
    )
    return (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeaderDefault"/>'
        '<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>'
        + footer_refs
        +         f'<w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}"/>'
        f'<w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_RIGHT}" w:bottom="{MARGIN_BOTTOM}" '
        f'w:left="{MARGIN_LEFT}" w:header="{HEADER_DISTANCE}" w:footer="{HEADER_DISTANCE}" '
        'w:gutter="0"/><w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>'
    )


def document_xml(parts: Iterable[str], *, footers: bool = False) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>'
        + "".join(parts)
        + section_properties(footers=footers)
        + "</w:body></w:document>"
    )


def header_xml(*paragraphs: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:hdr xmlns:w="{W_NS}" xmlns:r="{R_NS}">' + "".join(paragraphs) + "</w:hdr>"
    )


def footer_xml(*paragraphs: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}">' + "".join(paragraphs) + "</w:ftr>"
    )


def address_footer() -> str:
    """Ô 13 at the foot of page 1: the issuer's address line, or an empty paragraph."""
    return footer_xml(
        tag("if address_line")
        + p("VBAddressLine", "{{ address_line }}", raw=True)
        + tag("else")
        + "<w:p/>"
        + tag("endif")
    )


#: The footer parts of a template with ô 13, their content types and relationships.
FOOTER_TYPES = "".join(
    f'<Override PartName="/word/footer{n}.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.footer+xml"/>'
    for n in (1, 2)
)
FOOTER_RELS = (
    '<Relationship Id="rIdFooterFirst" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/footer" Target="footer1.xml"/>'
    '<Relationship Id="rIdFooterDefault" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/footer" Target="footer2.xml"/>'
)


def page_number() -> str:
    """A centred PAGE field; shown from page 2 on, since page 1 uses the empty first header."""
    runs = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>2</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    return f'<w:p><w:pPr><w:pStyle w:val="VBPageNumber"/></w:pPr>{runs}</w:p>'


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
    'package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.extended-properties+xml"/>'
    "</Types>"
)

PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
    'metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)

DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/settings" Target="settings.xml"/>'
    '<Relationship Id="rIdHeaderFirst" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/header" Target="header1.xml"/>'
    '<Relationship Id="rIdHeaderDefault" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/header" Target="header2.xml"/>'
    "</Relationships>"
)

SETTINGS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>'
    '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
    # doNotExpandShiftReturn: a line ended by a line break inside a justified paragraph is not
    # stretched across the page.
    '<w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/'
    'office/word" w:val="15"/></w:compat><w:themeFontLang w:val="vi-VN"/></w:settings>'
)

APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>vanban</Application></Properties>"
)


def package(
    body_parts: Iterable[str],
    *,
    title: str,
    styles: Iterable[tuple[str, str, str | None, str, str]] = (),
    footers: bool = False,
) -> bytes:
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/document.xml": document_xml(body_parts, footers=footers),
        "word/styles.xml": styles_xml(styles),
        "word/settings.xml": SETTINGS,
        "word/header1.xml": header_xml(p("VBPageNumber")),
        "word/header2.xml": header_xml(page_number()),
        "docProps/app.xml": APP,
    }
    if footers:
        parts["[Content_Types].xml"] = CONTENT_TYPES.replace("</Types>", FOOTER_TYPES + "</Types>")
        parts["word/_rels/document.xml.rels"] = DOCUMENT_RELS.replace(
            "</Relationships>", FOOTER_RELS + "</Relationships>"
        )
        parts["word/footer1.xml"] = address_footer()
        parts["word/footer2.xml"] = footer_xml("<w:p/>")
    data = {name: text.encode() for name, text in parts.items()}
    data["docProps/core.xml"] = CoreProperties(title=title, creator="vanban").to_xml()
    return write_package(data)


def named_document() -> bytes:
    """Documents with a type name (Phụ lục III, Mẫu 1.4): plans, reports."""
    return package(
        [
            header_block(),
            title_block(),
            addressee_block(),
            legal_block(),
            body_block(),
            closing_block(),
            attached_block(),
            appendices_block(),
        ],
        title="Văn bản có tên loại (Mẫu 1.4)",
    )


def minutes_document() -> bytes:
    """Minutes (Phụ lục III, Mẫu 1.9): no date line, two signatures side by side."""
    return package(
        [
            header_block(),
            title_block(before=MINUTES_TYPE_BEFORE),
            body_block(),
            minutes_closing_block(),
            appendices_block(),
        ],
        title="Biên bản (Mẫu 1.9)",
    )


def letter_document() -> bytes:
    """Công văn (Phụ lục III, Mẫu 1.5): no type name, "V/v …" under the number, Kính gửi, and
    the issuer's address line at the foot of page 1 (ô 13)."""
    return package(
        [
            header_block(subject=True),
            addressee_block(),
            body_block(),
            closing_block(),
            appendices_block(footers=True),
        ],
        title="Công văn (Mẫu 1.5)",
        styles=LETTER_STYLES,
        footers=True,
    )


def telegram_document() -> bytes:
    """Công điện (Phụ lục III, Mẫu 1.6): "<SENDER> điện:" and the addressees above the body."""
    return package(
        [
            header_block(),
            title_block(),
            telegram_block(),
            body_block(),
            closing_block(),
            appendices_block(),
        ],
        title="Công điện (Mẫu 1.6)",
        styles=TELEGRAM_STYLES,
    )


def leave_document() -> bytes:
    """Giấy nghỉ phép (Phụ lục III, Mẫu 1.10): the certification box under the closing block."""
    return package(
        [
            header_block(),
            title_block(),
            body_block(),
            closing_block(),
            certification_block(),
            appendices_block(),
        ],
        title="Giấy nghỉ phép (Mẫu 1.10)",
        styles=LEAVE_STYLES,
    )


def power_of_attorney_document() -> bytes:
    """Giấy ủy quyền (Mẫu 1.4 frame): the two parties' signatures side by side, Nơi nhận below
    on the left — common practice, where the decree prescribes no layout."""
    return package(
        [
            header_block(),
            title_block(),
            legal_block(),
            body_block(),
            minutes_closing_block("grantee", "grantor"),
            appendices_block(),
        ],
        title="Giấy ủy quyền (Mẫu 1.4)",
    )


TEMPLATES = {
    "document.docx": named_document,
    "minutes.docx": minutes_document,
    "letter.docx": letter_document,
    "telegram.docx": telegram_document,
    "leave.docx": leave_document,
    "power_of_attorney.docx": power_of_attorney_document,
}


def build(out: Path = OUT) -> list[Path]:
    """Write every template into ``out``; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in TEMPLATES.items():
        path = out / name
        path.write_bytes(make())
        written.append(path)
    return written


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(path)
