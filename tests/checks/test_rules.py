"""Single rules on variants of the hand-built document: how rules are drawn, forms both accepted."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from vanban.checks import CheckReport, Outcome, check
from vanban.formatting.text import text_width_pt

from .conftest import following, open_docx, paragraph_with, remove_border, save, set_text

MOTTO = "Độc lập - Tự do - Hạnh phúc"
MOTTO_PT = text_width_pt(MOTTO, 13, bold=True)  # the hand-built document's motto: 13 pt bold

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _checked(document: DocxDocument) -> CheckReport:
    return check(save(document))


def _motto_rule_as(standin: bytes, run_xml: str) -> CheckReport:
    document = open_docx(standin)
    rule = following(paragraph_with(document, "Độc lập"))
    remove_border(rule)
    rule._p.append(parse_xml(run_xml))
    return _checked(document)


def _wps_line(length_pt: float, *, fallback: str = "") -> str:
    cx = round(length_pt * 12700)
    fallback_xml = f"<mc:Fallback><w:pict>{fallback}</w:pict></mc:Fallback>" if fallback else ""
    return (
        f"<w:r {_NS}><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>"
        f"<wp:anchor><wp:extent cx='{cx}' cy='0'/><a:graphic>"
        "<a:graphicData uri='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
        f"<wps:wsp><wps:spPr><a:xfrm><a:off x='0' y='0'/><a:ext cx='{cx}' cy='0'/></a:xfrm>"
        "<a:prstGeom prst='line'><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp>"
        f"</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>{fallback_xml}"
        "</mc:AlternateContent></w:r>"
    )


def _vml_line(start: str, end: str) -> str:
    return f"<w:r {_NS}><w:pict><v:line from='{start}' to='{end}'/></w:pict></w:r>"


# -- how a short rule is drawn ---------------------------------------------------------------------


def test_rule_drawn_as_a_line_shape_is_measured(standin: bytes) -> None:
    report = _motto_rule_as(
        standin, _wps_line(MOTTO_PT, fallback="<v:line from='0,0' to='9pt,0'/>")
    )
    assert report.outcome("ND30-MOTTO-RULE") is Outcome.PASS
    assert report.outcome("ND30-RULE-DRAWN") is Outcome.PASS
    short = _motto_rule_as(standin, _wps_line(MOTTO_PT / 2))
    assert short.failed_codes() == {"ND30-MOTTO-RULE"}
    assert "50% of the text" in short.failures[0].message


def test_rule_drawn_as_a_vml_line_is_measured_when_its_units_are_known(standin: bytes) -> None:
    measured = _motto_rule_as(standin, _vml_line("10pt,6pt", f"{10 + MOTTO_PT:.1f}pt,6pt"))
    assert measured.outcome("ND30-MOTTO-RULE") is Outcome.PASS
    unknown = _motto_rule_as(standin, _vml_line("0,0", "200,0"))
    assert unknown.outcome("ND30-MOTTO-RULE") is Outcome.NOT_EVALUATED
    assert unknown.failures == []


def test_rule_typed_as_underscores_is_measured_and_warned_about(standin: bytes) -> None:
    document = open_docx(standin)
    rule = following(paragraph_with(document, "Độc lập"))
    remove_border(rule)
    run = rule.add_run("_" * round(MOTTO_PT / text_width_pt("_", 13)))
    run.font.size = Pt(13)
    report = _checked(document)
    assert report.outcome("ND30-MOTTO-RULE") is Outcome.PASS
    assert report.failed_codes() == {"ND30-RULE-DRAWN"}
    assert report.ok  # a warning only


def test_rule_as_the_bottom_border_of_the_text_itself(standin: bytes) -> None:
    document = open_docx(standin)
    motto = paragraph_with(document, "Độc lập")
    rule = following(motto)
    motto._p.get_or_add_pPr().append(rule._p.pPr.find(qn("w:pBdr")))
    indent = rule.paragraph_format.left_indent
    motto.paragraph_format.left_indent = motto.paragraph_format.right_indent = indent
    rule._p.getparent().remove(rule._p)
    assert _checked(document).failures == []


def test_underlined_text_is_not_a_rule(standin: bytes) -> None:
    document = open_docx(standin)
    motto = paragraph_with(document, "Độc lập")
    remove_border(following(motto))
    for run in motto.runs:
        run.font.underline = True
    report = _checked(document)
    assert report.failed_codes() == {"ND30-MOTTO-RULE"}
    assert "underlined instead" in report.failures[0].message


# -- forms accepted ----------------------------------------------------------------------------


def test_both_spellings_of_the_national_name_are_accepted(standin: bytes) -> None:
    document = open_docx(standin)
    set_text(paragraph_with(document, "CỘNG HÒA"), "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert _checked(document).failures == []


def test_all_caps_formatting_counts_as_capitals(standin: bytes) -> None:
    document = open_docx(standin)
    national = paragraph_with(document, "CỘNG HÒA")
    set_text(national, "Cộng hòa xã hội chủ nghĩa Việt Nam")
    national.runs[0].font.all_caps = True
    assert _checked(document).failures == []


def test_draft_date_without_day_and_month(standin: bytes) -> None:
    document = open_docx(standin)
    set_text(paragraph_with(document, "Ninh Bình,"), "Ninh Bình, ngày      tháng      năm 2026")
    report = _checked(document)
    assert report.failures == []
    assert report.outcome("ND30-DATE-PADDING") is Outcome.NOT_APPLICABLE


def test_acting_head_signs_with_q(standin: bytes) -> None:
    document = open_docx(standin)
    set_text(paragraph_with(document, "KT. GIÁM ĐỐC"), "Q. GIÁM ĐỐC")
    paragraph = paragraph_with(document, "PHÓ GIÁM ĐỐC")
    paragraph._p.getparent().remove(paragraph._p)
    report = _checked(document)
    assert report.failures == []
    assert report.outcome("ND30-SIGN-PREFIX") is Outcome.PASS


def test_landscape_is_allowed_for_a_section_holding_a_table(standin: bytes) -> None:
    document = open_docx(standin)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    assert _checked(document).failed_codes() >= {"ND30-PAGE-ORIENTATION"}
    anchor = paragraph_with(document, "2. Phấn đấu")
    table = document.add_table(rows=2, cols=2)
    anchor._p.addnext(table._tbl)
    assert "ND30-PAGE-ORIENTATION" not in _checked(document).failed_codes()


# -- fonts resolved through styles and the theme -----------------------------------------------


def test_theme_font_in_the_styles_is_found(standin: bytes) -> None:
    document = open_docx(standin)
    fonts = document.styles["Normal"].element.get_or_add_rPr().find(qn("w:rFonts"))
    fonts.set(qn("w:cstheme"), "minorBidi")  # python-docx's theme has no complex-script face
    report = _checked(document)
    assert report.failed_codes() == {"ND30-FONT"}
    assert report.failures[0].message.startswith("theme font minorBidi (no typeface) in the cs")


def test_font_named_on_the_run_only_leaves_other_slots_to_the_defaults() -> None:
    import docx

    document = docx.Document()  # python-docx's template: Calibri through the theme
    run = document.add_paragraph().add_run("Cộng hòa")
    run.font.name = "Times New Roman"  # sets ascii and hAnsi only
    report = check(save(document))
    messages = " | ".join(f.message for f in report.failures if f.code == "ND30-FONT")
    assert "in the eastAsia font slot" in messages and "in the cs font slot" in messages
    assert "ascii" not in messages


# -- the body -----------------------------------------------------------------------------------


def test_long_centred_paragraph_is_not_a_heading(standin: bytes) -> None:
    document = open_docx(standin)
    paragraph = paragraph_with(document, "Căn cứ Luật")
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    report = _checked(document)
    assert report.failed_codes() == {"ND30-BODY-JUSTIFIED"}
    heading = paragraph_with(document, "II. TỔ CHỨC")
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    assert _checked(document).failed_codes() == {"ND30-BODY-JUSTIFIED"}  # still only the long one


def test_one_centimetre_indent_and_exact_line_spacing(standin: bytes) -> None:
    document = open_docx(standin)
    for paragraph in document.paragraphs:
        if paragraph.paragraph_format.first_line_indent:
            paragraph.paragraph_format.first_line_indent = Cm(1)
            paragraph.paragraph_format.line_spacing = Pt(18)  # "exactly 18 pt", common practice
    assert _checked(document).failures == []
    paragraph_with(document, "Căn cứ Luật").paragraph_format.line_spacing = Pt(26)
    assert _checked(document).failed_codes() == {"ND30-BODY-LINE-SPACING"}


def test_blank_lines_in_the_signature_gap_are_allowed(standin: bytes) -> None:
    report = check(standin)
    assert report.outcome("ND30-EMPTY-PARAGRAPHS") is Outcome.PASS  # four blank lines to sign in


def test_missing_part_is_reported_once_and_dependent_rules_are_not_evaluated(
    standin: bytes,
) -> None:
    document = open_docx(standin)
    for start in ("Số:",):
        paragraph = paragraph_with(document, start)
        paragraph._p.getparent().remove(paragraph._p)
        paragraph_cell = document.tables[0].cell(1, 0)
        paragraph_cell._tc.append(OxmlElement("w:p"))
    report = _checked(document)
    assert report.failed_codes() == {"ND30-PARTS"}
    assert "the number and symbol" in report.failures[0].message
    for code in ("ND30-NUMBER-FORM", "ND30-NUMBER-PADDING", "ND30-NUMBER-TYPE-CODE"):
        assert report.outcome(code) is Outcome.NOT_EVALUATED


def test_header_as_stacked_paragraphs(standin: bytes) -> None:
    """A header typed line under line, without a table or tabs, is still found."""
    document = open_docx(standin)
    header = document.tables[0]
    for row in header.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                header._tbl.addprevious(paragraph._p)
    header._tbl.getparent().remove(header._tbl)
    report = _checked(document)
    assert report.outcome("ND30-ISSUER-BOLD") is Outcome.PASS
    assert report.outcome("ND30-PARENT-REGULAR") is Outcome.PASS
    assert report.outcome("ND30-DATE-ITALIC") is Outcome.PASS
    # the rules kept the indents set for the narrow cells, so on the full width they are too long
    assert report.failed_codes() == {"ND30-ISSUER-RULE", "ND30-MOTTO-RULE"}


def test_line_shape_anchored_anywhere_in_the_cell(standin: bytes) -> None:
    document = open_docx(standin)
    national = paragraph_with(document, "CỘNG HÒA")
    remove_border(following(paragraph_with(document, "Độc lập")))
    national._p.append(parse_xml(_wps_line(MOTTO_PT)))  # anchored to the line above the motto
    assert _checked(document).failures == []
