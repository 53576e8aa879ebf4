"""The dump of a .docx (vanban.dump): what it shows, that it is stable, and the readable diff."""

from __future__ import annotations

import datetime as dt
import doctest
import io
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

import vanban.dump.properties
import vanban.ooxml.units
from vanban.dump import (
    DocumentDump,
    DumpFormatError,
    diff_docx,
    diff_dumps,
    dump_docx,
    format_dump,
    parse_dump,
    read_docx,
)
from vanban.dump.model import Paragraph
from vanban.errors import InputError

RECIPIENTS = ("- Như trên;", "- UBND huyện;", "- Lưu: VT.")
FIXED_TIME = dt.datetime(2023, 5, 1, 8, 0, tzinfo=dt.UTC)
HEADER_TABLE = "section 1\nsection 1 header\nsection 1 header table 1\n"


# --- building documents with python-docx ----------------------------------------------------------


def _field(paragraph: DocxParagraph, code: str, cached: str) -> None:
    """A complex field (begin, code, separate, cached result, end), as Word writes PAGE."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), ("code", code), ("separate", None)):
        if text is None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        else:
            instr = OxmlElement("w:instrText")
            instr.text = text
            run._r.append(instr)
    paragraph.add_run(cached)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def _bottom_border(paragraph: DocxParagraph) -> None:
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("val", "single"), ("sz", "4"), ("space", "1"), ("color", "auto")):
        bottom.set(qn(f"w:{name}"), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _no_borders(table: DocxTable) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def sample_document(
    *,
    title_bold: bool = True,
    left_margin_mm: float = 30,
    recipients: tuple[str, ...] = RECIPIENTS,
    cell_text: str = "5",
    created: dt.datetime = FIXED_TIME,
) -> DocxDocument:
    """A small plan laid out like a Decree 30 document, built with python-docx."""
    document = docx.Document()
    document.core_properties.created = created
    document.core_properties.modified = created
    body_style = document.styles.add_style("Body", WD_STYLE_TYPE.PARAGRAPH)
    body_style.base_style = document.styles["Normal"]
    body_style.font.name = "Times New Roman"
    body_style.font.size = Pt(14)
    body_style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body_style.paragraph_format.first_line_indent = Mm(12.7)

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.different_first_page_header_footer = True
    page_number = section.header.paragraphs[0]
    page_number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(page_number, " PAGE ", "2")
    section.first_page_header.paragraphs[0].text = ""

    header = document.add_table(rows=2, cols=2)
    _no_borders(header)
    issuer = header.cell(0, 0).paragraphs[0]
    issuer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    issuer.add_run("ỦY BAN NHÂN DÂN\nXÃ ĐOÀN KẾT").bold = True
    rule = header.cell(0, 0).add_paragraph()
    rule.paragraph_format.left_indent = rule.paragraph_format.right_indent = Mm(20)
    _bottom_border(rule)
    national = header.cell(0, 1).paragraphs[0]
    national.alignment = WD_ALIGN_PARAGRAPH.CENTER
    national.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    header.cell(1, 0).paragraphs[0].add_run("Số: ")
    header.cell(1, 0).paragraphs[0].add_run("05/KH-UBND").bold = True
    date = header.cell(1, 1).paragraphs[0].add_run("Đoàn Kết, ngày 10 tháng 5 năm 2023")
    date.italic = True

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title_run = title.add_run("KẾ HOẠCH")
    title_run.bold = title_bold
    title_run.font.size = Pt(14)
    body = document.add_paragraph("Thực hiện Kế hoạch số 56-KH/HU của Huyện ủy.", style="Body")
    body.paragraph_format.space_before = Pt(6)
    body.paragraph_format.line_spacing = Pt(18)
    body.add_run(" Nhấn mạnh.").underline = True

    label = document.add_paragraph()
    label_run = label.add_run("Nơi nhận:")
    label_run.bold = label_run.italic = True
    label_run.font.size = Pt(12)
    for recipient in recipients:
        document.add_paragraph(recipient).runs[0].font.size = Pt(11)

    figures = document.add_table(rows=3, cols=3, style="Table Grid")
    figures.cell(0, 0).merge(figures.cell(0, 2)).text = "Kết quả"
    figures.cell(1, 0).merge(figures.cell(2, 0)).text = "Tổ hòa giải"
    figures.cell(1, 1).text = "Vụ việc"
    figures.cell(1, 2).text = cell_text

    appendix = document.add_section(WD_SECTION.NEW_PAGE)
    appendix.orientation = WD_ORIENT.LANDSCAPE
    appendix.page_width, appendix.page_height = Mm(297), Mm(210)
    document.add_paragraph("PHỤ LỤC")
    # Set last, so that the tables keep the widths they were given for a 30 mm margin.
    document.sections[0].left_margin = Mm(left_margin_mm)
    return document


def to_bytes(document: DocxDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def sample_docx(**changes: object) -> bytes:
    """The bytes of ``sample_document(**changes)``."""
    return to_bytes(sample_document(**changes))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def sample() -> bytes:
    return sample_docx()


@pytest.fixture(scope="module")
def dump(sample: bytes) -> str:
    return dump_docx(sample)


def record(dump: str, where: str) -> str:
    """The lines of the record that starts with ``where``."""
    lines = dump.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(where))  # the first one
    end = next(
        (i for i in range(start + 1, len(lines)) if not lines[i].startswith(" ")), len(lines)
    )
    return "\n".join(lines[start:end]) + "\n"


# --- stability ------------------------------------------------------------------------------------


def test_same_file_gives_the_same_dump_from_a_path_bytes_or_a_file(
    sample: bytes, dump: str, tmp_path: Path
) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(sample)
    assert dump_docx(path) == dump_docx(str(path)) == dump
    with path.open("rb") as handle:
        assert dump_docx(handle) == dump
    assert str(tmp_path) not in dump


def test_save_time_and_zip_order_do_not_change_the_dump() -> None:
    first = sample_docx(created=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    second = sample_docx(created=dt.datetime(2024, 12, 31, 23, 59, tzinfo=dt.UTC))
    assert first != second
    reordered = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(second)) as source, zipfile.ZipFile(reordered, "w") as target:
        for info in reversed(source.infolist()):
            target.writestr(info.filename, source.read(info.filename))
    assert dump_docx(first) == dump_docx(second) == dump_docx(reordered.getvalue())


def test_runs_split_by_an_editor_read_as_one() -> None:
    document = docx.Document()
    whole = document.add_paragraph()
    whole.add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    split = document.add_paragraph()
    for part in ("Độc lập", " - Tự do", " - Hạnh phúc"):
        split.add_run(part).bold = True
    records = read_docx(to_bytes(document)).blocks
    assert isinstance(records[0], Paragraph) and isinstance(records[1], Paragraph)
    assert records[0].runs == records[1].runs == []
    assert records[0].attrs == records[1].attrs


# --- what the dump shows --------------------------------------------------------------------------


def test_page_setup_in_mm(dump: str) -> None:
    section = record(dump, "section 1")
    assert "  page size: 210 × 297 mm (A4)" in section
    assert "  orientation: portrait" in section
    assert "  left margin: 30 mm" in section
    assert "  right margin: 15 mm" in section
    assert "  top margin: 20 mm" in section
    assert "  different first page: true" in section


def test_header_fields_are_named_not_their_cached_result(dump: str) -> None:
    assert 'section 1 header paragraph 1 "{PAGE}"' in dump
    assert "section 1 first-page header" in dump
    page = record(dump, "section 1 header paragraph 1")
    assert "  alignment: center" in page


def test_simple_fields_hyperlinks_breaks_and_pictures_show_in_the_text() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Trang ")
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), "NUMPAGES")
    cached = OxmlElement("w:r")
    cached_text = OxmlElement("w:t")
    cached_text.text = "9"
    cached.append(cached_text)
    simple.append(cached)
    paragraph._p.append(simple)
    link = OxmlElement("w:hyperlink")
    link_run = OxmlElement("w:r")
    link_text = OxmlElement("w:t")
    link_text.text = " chinhphu.vn"
    link_run.append(link_text)
    link.append(link_run)
    paragraph._p.append(link)
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    paragraph.add_run("a\tb")
    document.add_paragraph().add_run().add_picture(io.BytesIO(_png()), width=Mm(5))
    blocks = read_docx(to_bytes(document)).blocks
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        "Trang {NUMPAGES} chinhphu.vn{page break}a\tb",
        "{image}",
    ]


@pytest.mark.parametrize("wrapper", ["dir", "bdo"])
def test_text_inside_bidirectional_wrappers_is_dumped(wrapper: str) -> None:
    # The checker reads runs inside w:dir and w:bdo; the dump must show the same text.
    document = docx.Document()
    paragraph = document.add_paragraph("Số: ")
    outer = OxmlElement(f"w:{wrapper}")
    outer.set(qn("w:val"), "ltr")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "12/KH-UBND"
    run.append(text)
    outer.append(run)
    paragraph._p.append(outer)
    blocks = read_docx(to_bytes(document)).blocks
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["Số: 12/KH-UBND"]


def test_paragraph_formatting_with_its_source(dump: str) -> None:
    body = record(dump, 'paragraph 2 "Thực hiện Kế hoạch')
    assert "  style: Body" in body
    assert "  alignment: justify (style)" in body
    assert "  first line: 12.7 mm (style)" in body
    assert "  space before: 6 pt\n" in body
    assert "  line spacing: exactly 18 pt" in body
    assert "  font: Times New Roman (style)" in body
    assert "  size: 14 pt (style)" in body
    assert '  run 2 " Nhấn mạnh."\n    underline: single' in body
    title = record(dump, 'paragraph 1 "KẾ HOẠCH"')
    assert "  alignment: center\n" in title
    assert "  bold: true\n" in title
    assert "  size: 14 pt" in title
    assert "  line spacing: multiple 1.15 (default)" in title


def test_run_formatting_only_where_it_differs(dump: str) -> None:
    number = record(dump, 'table 1 row 2 cell 1 paragraph 1 "Số: 05/KH-UBND"')
    assert "\n  bold" not in number
    assert '  run 2 "05/KH-UBND"\n    bold: true' in number
    assert "run 1" not in number
    label = record(dump, 'paragraph 3 "Nơi nhận:"')
    assert "  bold: true\n  italic: true" in label
    assert "  size: 12 pt" in label
    assert "run" not in label


def test_rules_are_paragraph_borders_and_tables_say_if_theirs_are_on(dump: str) -> None:
    rule = record(dump, 'table 1 row 1 cell 1 paragraph 2 ""')
    assert "  borders: bottom single 0.5 pt" in rule
    assert "  left indent: 20 mm" in rule
    assert "  borders: none" in record(dump, "table 1")
    assert "  borders: single 0.5 pt (table style)" in record(dump, "table 2")
    assert "  style: Table Grid" in record(dump, "table 2")


def test_merged_cells_and_widths(dump: str) -> None:
    table = record(dump, "table 2")
    assert "  columns: 55 mm, 55 mm, 55 mm" in table
    assert "  span: 3 columns" in record(dump, "table 2 row 1 cell 1")
    assert "  vertical merge: start" in record(dump, "table 2 row 2 cell 1")
    assert "  vertical merge: continue" in record(dump, "table 2 row 3 cell 1")
    assert "  width: 55 mm" in record(dump, "table 2 row 2 cell 2")
    assert 'table 2 row 2 cell 3 paragraph 1 "5"' in dump


def test_line_breaks_inside_a_paragraph(dump: str) -> None:
    assert 'table 1 row 1 cell 1 paragraph 1 "ỦY BAN NHÂN DÂN\\nXÃ ĐOÀN KẾT"' in dump


def test_section_breaks_and_linked_headers(dump: str) -> None:
    # python-docx keeps the break of section 1 in an empty paragraph of its own.
    assert dump.index('paragraph 7 ""') < dump.index("\nsection 2\n")
    assert dump.index("\nsection 2\n") < dump.index('paragraph 8 "PHỤ LỤC"')
    second = record(dump, "section 2")
    assert "  start: new page" in second
    assert "  orientation: landscape" in second
    assert "  page size: 297 × 210 mm (A4)" in second
    assert "section 2 header\n  linked to previous: true" in dump


def test_document_defaults_are_marked(dump: str) -> None:
    assert "  font: theme minorHAnsi (default)" in record(dump, 'paragraph 3 "Nơi nhận:"')


# --- the text form -------------------------------------------------------------------------------


def test_text_form_parses_back_to_the_same_records(sample: bytes, dump: str) -> None:
    records = read_docx(sample)
    assert parse_dump(dump) == records
    assert format_dump(parse_dump(dump)) == dump


@pytest.mark.parametrize(
    "text",
    ['quotes " and \\ backslash', "tab\there", "line\nbreak", "sep\u2028arator", "{{ x }}", ""],
)
def test_any_text_survives_the_round_trip(text: str) -> None:
    document = docx.Document()
    document.add_paragraph(text)
    records = read_docx(to_bytes(document))
    written = format_dump(records)
    assert len(written.split("\n")) == len(written.splitlines()) + 1
    assert parse_dump(written) == records


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("hello world", "cannot tell where"),
        ('paragraph 2 "a"\n', "expected paragraph 1, found paragraph 2"),
        ("  bold: true\n", "belongs to nothing"),
        ('paragraph 1 "bad \\x escape"\n', "broken quoted text"),
        ('paragraph 1 "unterminated\n', "not a record"),
        ("# vanban docx dump, format 99\n", "format 99"),
        ("table 1 row 1 cell 2\n", "no table 1"),
        (HEADER_TABLE + "section 1 header table 1 row 2", "expected row 1"),
    ],
)
def test_parse_rejects_what_is_not_a_dump(text: str, message: str) -> None:
    with pytest.raises(DumpFormatError, match=message):
        parse_dump(text)


def test_unit_doctests() -> None:
    for module in (vanban.ooxml.units, vanban.dump.properties):
        assert doctest.testmod(module).failed == 0


# --- bad input ------------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as raised:
        dump_docx(tmp_path / "none.docx")
    assert raised.value.code == "file_not_found"
    assert "none.docx" in str(raised.value)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as raised:
        dump_docx(tmp_path)
    assert raised.value.code == "not_a_file"


@pytest.mark.parametrize(
    "content",
    [b"plain text, not a zip", b"", b"PK\x03\x04broken"],
    ids=["text", "empty", "broken-zip"],
)
def test_not_a_docx(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_bytes(content)
    for source in (path, content):
        with pytest.raises(InputError) as raised:
            dump_docx(source)
        assert raised.value.code == "not_a_docx"
        assert "Word document" in str(raised.value)


def test_a_zip_that_is_not_a_word_document() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    with pytest.raises(InputError) as raised:
        dump_docx(buffer.getvalue())
    assert raised.value.code == "not_a_docx"


# --- the readable diff ----------------------------------------------------------------------------


def test_no_change_no_lines(sample: bytes) -> None:
    assert diff_docx(sample, sample_docx(created=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))) == []


def test_title_loses_bold(sample: bytes) -> None:
    assert diff_docx(sample, sample_docx(title_bold=False)) == [
        "paragraph 1 'KẾ HOẠCH': bold true → false"
    ]


def test_margin_changes(sample: bytes) -> None:
    assert diff_docx(sample, sample_docx(left_margin_mm=25)) == [
        "section 1: left margin 30 mm → 25 mm"
    ]


def test_recipient_removed_and_inserted(sample: bytes) -> None:
    fewer = sample_docx(recipients=("- Như trên;", "- Lưu: VT."))
    assert diff_docx(sample, fewer) == ["Nơi nhận: item 2 removed (paragraph 5 '- UBND huyện;')"]
    more = sample_docx(recipients=("- Như trên;", "- UBND huyện;", "- Công an xã;", "- Lưu: VT."))
    assert diff_docx(sample, more) == ["Nơi nhận: item 3 inserted (paragraph 6 '- Công an xã;')"]


def test_table_cell_changes(sample: bytes) -> None:
    assert diff_docx(sample, sample_docx(cell_text="7")) == ["table 2 row 2 cell 3: text '5' → '7'"]


def test_an_inserted_paragraph_does_not_shift_the_rest() -> None:
    before, after = docx.Document(), docx.Document()
    for document in (before, after):
        for text in ("Một", "Hai", "Ba"):
            document.add_paragraph(text)
    new = after.paragraphs[1].insert_paragraph_before("Một rưỡi")
    new.runs[0].italic = True
    assert diff_docx(to_bytes(before), to_bytes(after)) == ["paragraph 2 inserted: 'Một rưỡi'"]


def test_edited_text_is_paired_with_its_old_version() -> None:
    long_text = " ".join(["Nội dung của kế hoạch năm 2023 được triển khai đầy đủ."] * 3)
    before, after = docx.Document(), docx.Document()
    before.add_paragraph(long_text)
    after.add_paragraph(long_text.replace("năm 2023", "năm 2024", 1))
    assert diff_docx(to_bytes(before), to_bytes(after)) == [
        "paragraph 1 'Nội dung của kế hoạch năm 2024 được…': text '…năm 2023 được…' → "
        "'…năm 2024 được…'"
    ]


def test_lines_of_one_paragraph() -> None:
    before, after = docx.Document(), docx.Document()
    before.add_paragraph("Nơi nhận:\n- Như trên;\n- UBND huyện;\n- Lưu: VT.")
    after.add_paragraph("Nơi nhận:\n- Như trên;\n- Lưu: VT.")
    assert diff_docx(to_bytes(before), to_bytes(after)) == [
        "Nơi nhận: item 2 removed (paragraph 1 '- UBND huyện;')"
    ]


def test_run_formatting_changes_name_the_run() -> None:
    before, after = docx.Document(), docx.Document()
    for document, bold in ((before, True), (after, False)):
        paragraph = document.add_paragraph("Số: ")
        paragraph.add_run("05/KH-UBND").bold = bold
    assert diff_docx(to_bytes(before), to_bytes(after)) == [
        "paragraph 1 'Số: 05/KH-UBND': run '05/KH-UBND' bold true → false"
    ]


def test_rows_sections_and_borders() -> None:
    before, after = docx.Document(), docx.Document()
    for document in (before, after):
        table = document.add_table(rows=2, cols=2, style="Table Grid")
        table.cell(0, 0).text, table.cell(1, 0).text = "Một", "Hai"
        document.add_paragraph("Cuối")
    after.tables[0].add_row().cells[0].text = "Ba"  # type: ignore[no-untyped-call]
    _no_borders(after.tables[0])
    after.add_section(WD_SECTION.CONTINUOUS)
    assert diff_docx(to_bytes(before), to_bytes(after)) == [
        "section 2 added, beginning with nothing",
        "table 1: borders single 0.5 pt (table style) → none",
        "table 1 row 3 inserted: 'Ba |'",
        # python-docx ends a section with an empty paragraph that holds the break.
        "paragraph 2 inserted: (empty)",
    ]


def test_diff_of_records_built_by_hand() -> None:
    old = DocumentDump([Paragraph("A", {"alignment": "center"})])
    new = DocumentDump([Paragraph("A", {"alignment": "center", "italic": "true"})])
    assert diff_dumps(old, new) == ["paragraph 1 'A': italic false → true"]
    assert diff_dumps(new, old) == ["paragraph 1 'A': italic true → false"]


def _png() -> bytes:
    """The smallest valid PNG: one white pixel."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )
