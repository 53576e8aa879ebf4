"""Documents to check: every example rendered by vanban, a hand-built correct one, a foreign one.

``build_standin`` lays a document out with python-docx the way practice does it (borderless
two-column header table, short rules as bordered empty paragraphs, a justified body, a two-column
closing table, a PAGE field in a different-first-page header), independently of vanban's
templates. ``build_foreign`` types a công văn the way it is often done by hand: plain paragraphs
with tabs, underscores for rules, Arial 12 pt, "Số: 5/CV-UBND", "ngày 5 tháng 3", no page numbers.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from vanban.formatting.text import text_width_pt

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


@pytest.fixture(scope="session")
def rendered() -> dict[str, bytes]:
    """Every example in examples/, rendered by vanban."""
    import vanban

    return {path.name: vanban.render_bytes(vanban.load(path)) for path in EXAMPLES}


@pytest.fixture(scope="session")
def standin() -> bytes:
    return build_standin()


@pytest.fixture(scope="session")
def foreign() -> bytes:
    return build_foreign()


# -- reading and writing with python-docx ---------------------------------------------------------


def open_docx(data: bytes) -> DocxDocument:
    return docx.Document(io.BytesIO(data))


def save(document: DocxDocument) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def all_paragraphs(document: DocxDocument) -> Iterator[Paragraph]:
    """Body paragraphs and table-cell paragraphs, in reading order."""
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    yield from cell.paragraphs
        else:
            yield block


def paragraph_with(document: DocxDocument, start: str) -> Paragraph:
    """The first paragraph whose text starts with ``start``."""
    for paragraph in all_paragraphs(document):
        if paragraph.text.strip().startswith(start):
            return paragraph
    raise AssertionError(f"no paragraph starts with {start!r}")


def set_text(paragraph: Paragraph, text: str) -> None:
    """Replace a paragraph's text, keeping the formatting of its first run."""
    runs = paragraph.runs
    runs[0].text = text
    for run in runs[1:]:
        run.text = ""


def following(paragraph: Paragraph) -> Paragraph:
    nxt = paragraph._p.getnext()
    assert nxt is not None and nxt.tag == qn("w:p")
    return Paragraph(nxt, paragraph._parent)


def remove_border(paragraph: Paragraph) -> None:
    """Take away the bottom border that draws a short rule, wherever it comes from."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = p_pr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        p_pr.append(borders)
    for old in borders.findall(qn("w:bottom")):
        borders.remove(old)
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "nil")
    borders.append(bottom)


# -- building documents ---------------------------------------------------------------------------

_TEXT_WIDTH = Mm(210 - 30 - 15)
_CELL_MARGIN = 108  # twips, Word's default left and right cell margin


def _fonts(r_pr: object, name: str) -> None:
    fonts = r_pr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)  # type: ignore[attr-defined]
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for slot in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{slot}"), name)


def _new_document(font: str, size: float) -> DocxDocument:
    document = docx.Document()
    styles = document.styles.element
    _fonts(styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")), font)
    normal = document.styles["Normal"]
    normal.font.size = Pt(size)
    _fonts(normal.element.get_or_add_rPr(), font)
    fmt = normal.paragraph_format
    fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    return document


#: The stand-in plan's legal bases (căn cứ), italic, ";" then ".".
LEGAL_BASES = [
    "Căn cứ Nghị định số 15/2014/NĐ-CP ngày 27 tháng 02 năm 2014 của Chính phủ;",
    "Theo đề nghị của Trưởng phòng Phổ biến, giáo dục pháp luật.",
]


def _line(
    container: object,
    text: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = WD_ALIGN_PARAGRAPH.CENTER,
    first: bool = False,
) -> Paragraph:
    paragraph: Paragraph = (
        container.paragraphs[0] if first else container.add_paragraph()  # type: ignore[attr-defined]
    )
    paragraph.alignment = align
    run = paragraph.add_run(text)
    run.font.size, run.font.bold, run.font.italic = Pt(size), bold, italic
    return paragraph


def _rule(container: object, room_twips: int, length_pt: float) -> Paragraph:
    """An empty centred paragraph whose bottom border is a rule ``length_pt`` long."""
    paragraph: Paragraph = container.add_paragraph()  # type: ignore[attr-defined]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    side = round((room_twips - length_pt * 20) / 2)
    paragraph.paragraph_format.left_indent = side * 635  # twips → EMU
    paragraph.paragraph_format.right_indent = side * 635
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{name}"), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)
    return paragraph


def _borderless(table: Table, widths_cm: tuple[float, float]) -> None:
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)


def _page_number_header(document: DocxDocument, size: float) -> None:
    section = document.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " PAGE ")
    run = OxmlElement("w:r")
    r_pr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(int(size * 2)))
    r_pr.append(sz)
    run.append(r_pr)
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


BODY = (
    "Căn cứ Luật Hòa giải ở cơ sở năm 2013; thực hiện Kế hoạch số 1213/KH-UBND ngày 05/12/2025 "
    "của Ủy ban nhân dân tỉnh, Sở Tư pháp ban hành Kế hoạch nâng cao chất lượng hoạt động hòa "
    "giải ở cơ sở năm 2026 như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Nâng cao nhận thức của cán bộ và Nhân dân về vai trò của công tác hòa giải ở cơ sở, "
    "phòng ngừa và hạn chế vi phạm pháp luật, giữ gìn an ninh trật tự ngay từ cơ sở.",
    "2. Phấn đấu tỷ lệ hòa giải thành đạt từ 90% đến 95% số vụ việc được tiếp nhận.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Các phòng, đơn vị thuộc Sở căn cứ Kế hoạch này triển khai thực hiện; báo cáo kết quả về "
    "Sở Tư pháp trước ngày 15 tháng 12 năm 2026./.",
)


def build_standin(*, parent: bool = True) -> bytes:
    """A plan laid out by hand with python-docx, as clerks lay them out; it follows Decree 30."""
    document = _new_document("Times New Roman", 14)
    header = document.add_table(rows=2, cols=2)
    _borderless(header, (6.5, 10.0))
    left, right = header.cell(0, 0), header.cell(0, 1)
    if parent:
        _line(left, "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", 13, first=True)
        _line(left, "SỞ TƯ PHÁP", 13, bold=True)
    else:
        _line(left, "SỞ TƯ PHÁP", 13, bold=True, first=True)
    left_room = int(Cm(6.5).twips) - 2 * _CELL_MARGIN
    _rule(left, left_room, 0.4 * text_width_pt("SỞ TƯ PHÁP", 13, bold=True))
    _line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold=True, first=True)
    motto = "Độc lập - Tự do - Hạnh phúc"
    _line(right, motto, 13, bold=True)
    right_room = int(Cm(10.0).twips) - 2 * _CELL_MARGIN
    _rule(right, right_room, text_width_pt(motto, 13, bold=True))
    _line(header.cell(1, 0), "Số: 05/KH-STP", 13, first=True)
    _line(header.cell(1, 1), "Ninh Bình, ngày 05 tháng 3 năm 2026", 13, italic=True, first=True)

    title = _line(document, "KẾ HOẠCH", 14, bold=True)
    title.paragraph_format.space_before = Pt(12)
    summary = "Nâng cao chất lượng hoạt động hòa giải ở cơ sở năm 2024"
    _line(document, summary, 14, bold=True)
    _rule(document, int(_TEXT_WIDTH.twips), 0.4 * text_width_pt(summary, 14, bold=True))
    for basis in LEGAL_BASES:
        paragraph = _line(document, basis, 14, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        paragraph.paragraph_format.first_line_indent = Cm(1.27)
        paragraph.paragraph_format.space_before = Pt(6)
    for text in BODY:
        paragraph = _line(document, text, 14, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        paragraph.paragraph_format.first_line_indent = Cm(1.27)
        paragraph.paragraph_format.space_before = Pt(6)
        if text.startswith(("I.", "II.")):
            paragraph.runs[0].font.bold = True

    closing = document.add_table(rows=1, cols=2)
    _borderless(closing, (6.5, 10.0))
    recipients, signature = closing.cell(0, 0), closing.cell(0, 1)
    _line(recipients, "Nơi nhận:", 12, bold=True, italic=True, align=None, first=True)
    for item in (
        "- UBND tỉnh (để báo cáo);",
        "- Các phòng, đơn vị thuộc Sở;",
        "- Lưu: VT, PBGDPL.",
    ):
        _line(recipients, item, 11, align=None)
    _line(signature, "KT. GIÁM ĐỐC", 14, bold=True, first=True)
    _line(signature, "PHÓ GIÁM ĐỐC", 14, bold=True)
    for _ in range(4):
        _line(signature, "", 14)
    _line(signature, "Nguyễn Thị Hoa", 14, bold=True)
    _page_number_header(document, 14)
    return save(document)


def _underscores(width_pt: float, size: float) -> str:
    """As many underscores as it takes to draw a rule about ``width_pt`` long."""
    return "_" * max(3, round(width_pt / text_width_pt("_", size)))


def build_foreign() -> bytes:
    """A công văn typed by hand: Arial 12 pt, "Số: 5/CV-UBND", "ngày 5 tháng 3", no page numbers.

    Everything else follows Decree 30, so exactly those mistakes (and the typed rules) are found.
    """
    document = _new_document("Arial", 12)
    issuer, national, motto = (
        "UBND XÃ ĐOÀN KẾT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ("Độc lập - Tự do - Hạnh phúc"),
    )

    def row(
        left: str, right: str, *, left_size: float, right_size: float, **style: bool
    ) -> Paragraph:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(7))
        if left:
            run = paragraph.add_run(left)
            run.font.size = Pt(left_size)
            run.font.bold = style.get("left_bold", False)
        run = paragraph.add_run("\t" + right)
        run.font.size = Pt(right_size)
        run.font.bold = style.get("right_bold", False)
        run.font.italic = style.get("right_italic", False)
        return paragraph

    row(issuer, national, left_size=13, right_size=12, left_bold=True, right_bold=True)
    row("", motto, left_size=13, right_size=13, right_bold=True)
    row(
        _underscores(0.4 * text_width_pt(issuer, 13, bold=True), 13),
        _underscores(text_width_pt(motto, 13, bold=True), 13),
        left_size=13,
        right_size=13,
    )
    row(
        "Số: 5/CV-UBND",
        "Đoàn Kết, ngày 5 tháng 3 năm 2024",
        left_size=13,
        right_size=13,
        right_italic=True,
    )
    subject = document.add_paragraph()
    run = subject.add_run("V/v tổ chức hội nghị giao ban công tác hòa giải quý I")
    run.font.size = Pt(12)
    address = document.add_paragraph()
    address.paragraph_format.space_before = Pt(12)
    address.add_run("Kính gửi: Các Tổ hòa giải ở cơ sở trên địa bàn xã.")
    for text in (
        "Thực hiện Kế hoạch công tác tư pháp năm 2024, Ủy ban nhân dân xã tổ chức hội nghị giao "
        "ban công tác hòa giải quý I vào lúc 14 giờ ngày 15 tháng 3 năm 2024 tại hội trường Ủy "
        "ban nhân dân xã.",
        "Đề nghị các Tổ trưởng Tổ hòa giải chuẩn bị báo cáo kết quả hòa giải quý I, những khó "
        "khăn, vướng mắc và đề xuất, kiến nghị, gửi về Ủy ban nhân dân xã trước ngày hội nghị./.",
    ):
        paragraph = document.add_paragraph(text)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Cm(1)
        paragraph.paragraph_format.space_before = Pt(6)

    closing = row("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", left_size=12, right_size=13, right_bold=True)
    closing.paragraph_format.space_before = Pt(12)
    closing.runs[0].font.bold = closing.runs[0].font.italic = True
    row("- Như trên;", "CHỦ TỊCH", left_size=11, right_size=13, right_bold=True)
    row("- Lưu: VT.", "", left_size=11, right_size=13)
    document.add_paragraph()
    document.add_paragraph()
    row("", "Nguyễn Văn An", left_size=13, right_size=13, right_bold=True)
    return save(document)
