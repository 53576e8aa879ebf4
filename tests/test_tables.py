"""Data tables: every model rule with a failing case, and the rendered table read back."""

from __future__ import annotations

import shutil
from decimal import Decimal
from typing import Any

import pytest
from docx.oxml.ns import qn
from lxml import etree

import vanban
from vanban import InputError, Table
from vanban.rendering.context import build_context
from vanban.rendering.datatable import Layout, format_layout, parse_layout
from vanban.rendering.tables import scale_widths

from .docx_read import open_docx
from .samples import report, table


def parse_table(**changes: Any) -> Table:
    document = vanban.parse(report(body=[table(**changes)]))
    node = document.body[0]
    assert isinstance(node, Table)
    return node


def rejects(code: str, **changes: Any) -> vanban.Issue:
    with pytest.raises(InputError) as info:
        vanban.parse(report(body=[table(**changes)]))
    matching = [i for i in info.value.issues if i.code == code]
    assert matching, str(info.value)
    return matching[0]


# --- values -----------------------------------------------------------------------------------
def test_index_rates_and_totals_are_computed() -> None:
    node = parse_table()
    assert node.values() == [
        [Decimal(1), "Tổ 1", Decimal(4), Decimal(3), Decimal("0.75")],
        [Decimal(2), "Tổ 2", Decimal(1311), Decimal(1230), Decimal(1230) / Decimal(1311)],
    ]
    totals = node.totals()
    assert totals[:4] == [None, None, Decimal(1315), Decimal(1233)]
    # The total's rate comes from the totals, not from adding or averaging the rows' rates.
    assert totals[4] == Decimal(1233) / Decimal(1315)
    assert node.label_span() == 2


def test_rows_may_be_mappings_by_column_key() -> None:
    node = parse_table(rows=[{"team": "Tổ 1", "received": 2, "settled": 1}, {"team": "Tổ 2"}])
    assert node.values()[0][4] == Decimal("0.5")
    assert node.values()[1][2:] == [None, None, None]  # missing values stay empty, no rate


def test_no_total_row_without_a_label() -> None:
    assert parse_table(total=None).totals() == []


# --- rules, each with the case that breaks it -------------------------------------------------
def test_row_with_the_wrong_number_of_values() -> None:
    issue = rejects("table_row_length", rows=[["Tổ 1", 4, 3], ["Tổ 2", 4]])
    assert issue.path == "body[0].rows[1]"
    assert "expected 3 values (Tổ hòa giải, Tiếp nhận, Hòa giải thành), got 2" in issue.message


def test_text_in_a_number_column() -> None:
    issue = rejects("table_cell", rows=[["Tổ 1", "bốn", 3]])
    assert issue.path == "body[0].rows[0][1]"
    assert 'expected a number in a number column, got "bốn"' in issue.message


@pytest.mark.parametrize("value", [True, {"a": 1}, [1]])
def test_a_cell_holds_text_or_a_number(value: Any) -> None:
    rejects("table_cell", rows=[["Tổ 1", value, 3]])


def test_a_row_is_a_list_or_a_mapping() -> None:
    rejects("table_row", rows=["Tổ 1"])


def test_unknown_key_in_a_row_mapping() -> None:
    issue = rejects("table_row_key", rows=[{"team": "Tổ 1", "recieved": 2}])
    assert issue.path == "body[0].rows[0].recieved"
    assert "team, received, settled" in issue.message


def test_a_computed_column_takes_no_input() -> None:
    rejects("table_row_key", rows=[{"team": "Tổ 1", "received": 1, "settled": 1, "x": 1}])


def test_rate_between_columns_that_are_not_number_columns() -> None:
    columns = table()["columns"]
    columns[3] = {"header": "Tỷ lệ", "rate": ["settled", "team"]}
    issue = rejects("table_rate_column", columns=columns)
    assert issue.path == "body[0].columns[3].rate[1]"


def test_rate_type_without_operands() -> None:
    columns = table()["columns"]
    columns[3] = {"header": "Tỷ lệ", "type": "rate"}
    rejects("table_rate_column", columns=columns)


def test_zero_denominator_is_an_error_naming_the_cell() -> None:
    issue = rejects("rate_zero_denominator", rows=[["Tổ 1", 4, 3], ["Tổ 2", 0, 0]])
    assert issue.path == "body[0].rows[1][1]"
    assert '"Tỷ lệ" = 0/0: the denominator "received" is 0' in issue.message


def test_zero_denominator_in_the_total_row() -> None:
    # Rows with no figures have no rate; their total of 0 has none either.
    issue = rejects("rate_zero_denominator", rows=[["Tổ 1", None, None]], total="Cộng")
    assert issue.path == "body[0].total"


def test_when_zero_says_what_a_rate_without_denominator_prints() -> None:
    columns = table()["columns"]
    columns[3] = {"header": "Tỷ lệ", "rate": ["settled", "received"], "when_zero": "-"}
    node = parse_table(columns=columns, rows=[["Tổ 1", 0, 0], ["Tổ 2", 4, 3]])
    assert node.values()[0][4] == "-"
    assert node.totals()[4] == Decimal("0.75")


def test_when_zero_belongs_to_rate_columns() -> None:
    columns = table()["columns"]
    columns[1] = {"header": "Tổ hòa giải", "key": "team", "when_zero": "-"}
    rejects("table_when_zero", columns=columns)


def test_two_columns_with_one_key() -> None:
    columns = table()["columns"]
    columns[1]["key"] = "received"
    issue = rejects("table_column_key", columns=columns)
    assert issue.path == "body[0].columns[2].columns[0].key"


def test_group_header_has_no_key_or_type() -> None:
    columns = table()["columns"]
    columns[2]["key"] = "cases"
    rejects("table_group", columns=columns)


def test_groups_have_one_level() -> None:
    columns = table()["columns"]
    columns[2]["columns"][0]["columns"] = [{"header": "x", "type": "number"}]
    rejects("table_group", columns=columns)


def test_only_number_columns_add_up() -> None:
    columns = table()["columns"]
    columns[1]["total"] = True
    issue = rejects("table_total_column", columns=columns)
    assert issue.path == "body[0].columns[1].total"


def test_total_row_needs_a_first_column_for_its_label() -> None:
    columns = table()["columns"][2:]
    rejects("table_total_label", columns=columns, rows=[[4, 3]])


def test_unknown_column_type() -> None:
    columns = table()["columns"]
    columns[1]["type"] = "money"
    rejects("enum", columns=columns)


# --- layout string and widths -------------------------------------------------------------------
def test_layout_round_trip() -> None:
    layout = Layout([1.0, 4.0, 1.6], 2, [(1, 0), (1, 2)])
    assert parse_layout(format_layout(layout)) == layout
    assert parse_layout("a picture of a table") is None


@pytest.mark.parametrize("weights", [[1], [1, 1, 1], [1, 4, 1.6, 1.6, 1.6, 1.6], [0.3] * 17])
def test_widths_add_up_to_the_text_width(weights: list[float]) -> None:
    widths = scale_widths(weights, 9354)
    assert sum(widths) == 9354
    assert max(widths) - min(widths) <= 9354 * (max(weights) - min(weights)) / sum(weights) + 2


# --- rendered, read back with python-docx -----------------------------------------------------
@pytest.fixture(scope="module")
def rendered() -> Any:
    return open_docx(vanban.render_bytes(vanban.parse(report(body=["Mở đầu.", table()]))))


def data_tables(document: Any) -> list[Any]:
    return [t for t in document.tables if t.rows[0].cells[0].text == "TT"]


def cells(row: Any) -> list[Any]:
    """The w:tc elements of a row (python-docx repeats a spanned cell once per grid column)."""
    return row._tr.findall(qn("w:tc"))


def cell_text(tc: Any) -> str:
    return "".join(t.text or "" for t in tc.iter(qn("w:t")))


def prop(tc: Any, name: str) -> Any:
    return tc.find(f"{qn('w:tcPr')}/{qn(name)}")


def test_header_rows_with_a_merged_group_header(rendered: Any) -> None:
    (grid,) = data_tables(rendered)
    top, bottom = (cells(r) for r in grid.rows[:2])
    assert [cell_text(c) for c in top] == ["TT", "Tổ hòa giải", "Số vụ việc", "Tỷ lệ"]
    assert prop(top[2], "w:gridSpan").get(qn("w:val")) == "2"
    assert [cell_text(c) for c in bottom] == ["", "", "Tiếp nhận", "Hòa giải thành", ""]
    # Columns outside the group stand over both header rows.
    for index in (0, 1, 3):
        assert prop(top[index], "w:vMerge").get(qn("w:val")) == "restart"
    for index in (0, 1, 4):
        merge = prop(bottom[index], "w:vMerge")
        assert merge is not None and merge.get(qn("w:val")) in (None, "continue")
    assert prop(bottom[2], "w:vMerge") is None


def test_header_rows_repeat_on_every_page(rendered: Any) -> None:
    (grid,) = data_tables(rendered)
    flags = [r._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None for r in grid.rows]
    assert flags == [True, True, False, False, False]


def test_numbers_rates_and_the_total_row_the_vietnamese_way(rendered: Any) -> None:
    (grid,) = data_tables(rendered)
    rows = [[cell_text(c) for c in cells(r)] for r in grid.rows[2:]]
    assert rows == [
        ["1", "Tổ 1", "4", "3", "75%"],
        ["2", "Tổ 2", "1.311", "1.230", "93,8%"],
        ["Tổng cộng", "1.315", "1.233", "93,8%"],
    ]
    total = cells(grid.rows[4])
    assert prop(total[0], "w:gridSpan").get(qn("w:val")) == "2"
    assert all(p.style.name == "VB Table Total" for p in grid.rows[4].cells[0].paragraphs)
    assert grid.rows[2].cells[1].paragraphs[0].style.name == "VB Table Text"
    assert grid.rows[2].cells[2].paragraphs[0].style.name == "VB Table Number"


def test_column_widths_fill_the_text_width_of_a4_portrait(rendered: Any) -> None:
    (grid,) = data_tables(rendered)
    section = rendered.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    columns = [int(c.get(qn("w:w"))) for c in grid._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert len(columns) == 5
    assert sum(columns) * 635 == text_width  # twips → EMU
    assert columns[1] > columns[2] > columns[0]  # text wider than numbers, numbers than TT
    for row in grid.rows:
        position = 0
        for tc in cells(row):
            span_element = prop(tc, "w:gridSpan")
            span = int(span_element.get(qn("w:val"))) if span_element is not None else 1
            width = int(prop(tc, "w:tcW").get(qn("w:w")))
            assert width == sum(columns[position : position + span])
            position += span
        assert position == 5


def test_cell_properties_in_schema_order_and_layout_removed(rendered: Any) -> None:
    (grid,) = data_tables(rendered)
    order = ["tcW", "gridSpan", "vMerge", "vAlign"]
    for row in grid.rows:
        for tc in cells(row):
            names = [etree.QName(e).localname for e in tc.find(qn("w:tcPr"))]
            assert names == sorted(names, key=order.index)
    assert grid._tbl.tblPr.find(qn("w:tblDescription")) is None


def test_title_above_and_a_paragraph_after_each_table(rendered: Any) -> None:
    body = rendered.element.body
    table_element = data_tables(rendered)[0]._tbl
    before, after = table_element.getprevious(), table_element.getnext()
    assert "".join(t.text for t in before.iter(qn("w:t"))) == "Kết quả hòa giải"
    # Two tables next to each other would merge into one in Word: a paragraph always follows.
    assert after.tag == qn("w:p")
    assert body.index(after) == body.index(table_element) + 1


def test_a_body_ending_with_a_table_gets_its_end_mark_on_a_line_of_its_own() -> None:
    document = vanban.parse(report(body=["Mở đầu.", table()]))
    blocks = build_context(document)["blocks"]
    assert blocks[-2]["style"] == "table"
    assert blocks[-1] == {"style": "body", "text": "./.", "table": None, "lead": ""}


def test_escaping_in_cells() -> None:
    from .test_models import plan_data

    rows = [["<b>Tổ & {{ x }}</b>", 1, 1]]
    plan = vanban.parse({"kind": "plan", **plan_data(body=[table(rows=rows)])})
    (grid,) = data_tables(open_docx(vanban.render_bytes(plan)))
    assert cell_text(cells(grid.rows[2])[1]) == "<b>Tổ & {{ x }}</b>"
    # A report fills {period} placeholders in its texts; every other brace stays as written.
    document = vanban.parse(report(body=[table(rows=rows)]))
    (grid,) = data_tables(open_docx(vanban.render_bytes(document)))
    assert cell_text(cells(grid.rows[2])[1]) == "<b>Tổ & {{ x }}</b>"


# --- landscape tables ---------------------------------------------------------------------------
W_SECT = qn("w:sectPr")


def sections(data: bytes) -> list[tuple[Any, list[str]]]:
    """Each section's properties with the styles of the paragraphs and tables it holds."""
    body = open_docx(data).element.body
    out: list[tuple[Any, list[str]]] = []
    held: list[str] = []
    for element in body:
        if element.tag == W_SECT:
            out.append((element, held))
        elif element.tag == qn("w:tbl"):
            held.append("table")
        elif element.tag == qn("w:p"):
            style = element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            held.append(style.get(qn("w:val")) if style is not None else "")
            sect = element.find(f"{qn('w:pPr')}/{W_SECT}")
            if sect is not None:
                out.append((sect, held))
                held = []
    return out


def landscape(sect: Any) -> bool:
    return sect.find(qn("w:pgSz")).get(qn("w:orient")) == "landscape"


def restarts(sect: Any) -> bool:
    return sect.find(qn("w:titlePg")) is not None or sect.find(qn("w:pgNumType")) is not None


def text_width(sect: Any) -> int:
    size, margins = sect.find(qn("w:pgSz")), sect.find(qn("w:pgMar"))
    return (
        int(size.get(qn("w:w"))) - int(margins.get(qn("w:left"))) - int(margins.get(qn("w:right")))
    )


def test_a_landscape_table_gets_landscape_pages_of_its_own() -> None:
    wide = table(landscape=True, unit="Đơn vị tính: vụ việc", note="Nguồn: các tổ hòa giải.")
    data = vanban.render_bytes(vanban.parse(report(body=["Mở đầu.", wide, "Kết luận."])))
    found = sections(data)
    assert [landscape(s) for s, _ in found] == [False, True, False]
    (first, before), (turned, held), (_, after) = found
    # The title, unit, table and note turn with the table; the text before and after does not.
    assert held == ["VBTableTitle", "VBTableUnit", "table", "VBTableNote"]
    assert before[-1] == "VBBody" and after[0] == "VBBody"  # "Mở đầu." and "Kết luận."
    # A4 turned, the same margins; page numbers restart only where the document begins.
    size = turned.find(qn("w:pgSz"))
    assert (size.get(qn("w:w")), size.get(qn("w:h"))) == ("16838", "11906")
    assert [restarts(s) for s, _ in found] == [True, False, False]
    grid = open_docx(data).tables[-2]._tbl.find(qn("w:tblGrid"))
    assert sum(int(c.get(qn("w:w"))) for c in grid) == text_width(turned) > text_width(first)
    assert vanban.check(data).failures == []


def test_an_appendix_opening_with_a_landscape_table_is_landscape_from_its_heading() -> None:
    appendix = {"title": "SỐ LIỆU CHI TIẾT", "body": [table(landscape=True)]}
    data = vanban.render_bytes(vanban.parse(report(appendices=[appendix])))
    found = sections(data)
    # The document, then the appendix: no portrait page with the heading alone, no empty page.
    assert [landscape(s) for s, _ in found] == [False, True]
    sect, held = found[1]
    assert held[:2] == ["VBAppendixLabel", "VBAppendixTitle"] and "table" in held
    assert restarts(sect)  # an appendix numbers its pages from 1
    assert vanban.check(data).failures == []


def test_a_portrait_table_leaves_the_sections_alone() -> None:
    data = vanban.render_bytes(vanban.parse(report(body=["Mở đầu.", table(), "Kết luận."])))
    assert [landscape(s) for s, _ in sections(data)] == [False]


# --- columns wide enough for their figures ----------------------------------------------------
def amounts_table() -> dict[str, Any]:
    """Five columns, three of large amounts: the default weights would wrap every figure."""
    return {
        "table": "Điều chỉnh dự toán chi",
        "columns": [
            {"header": "TT", "type": "index"},
            {"header": "Nội dung", "key": "item"},
            {"header": "Dự toán đầu năm", "key": "planned", "type": "number"},
            {"header": "Điều chỉnh", "key": "change", "type": "number"},
            {"header": "Dự toán sau điều chỉnh", "key": "adjusted", "type": "number"},
        ],
        "rows": [
            ["Chi đầu tư phát triển", 1106250000, 0, 1106250000],
            ["Chi thường xuyên", 2500000000, -120000000, 2380000000],
        ],
        "total": "Tổng cộng",
    }


def test_a_column_is_never_narrower_than_its_widest_figure() -> None:
    from vanban.formatting.text import text_width_pt

    def word_twips(word: str, size: float, *, bold: bool) -> float:
        return text_width_pt(word, size, bold=bold) * 20

    document = open_docx(vanban.render_bytes(vanban.parse(report(body=[amounts_table()]))))
    (tbl,) = (t for t in document.tables if t.rows[0].cells[0].text == "TT")
    grid = [int(c.get(qn("w:w"))) for c in tbl._tbl.find(qn("w:tblGrid"))]
    assert sum(grid) == 9354  # still the whole text width (165 mm)
    margins = 2 * 85  # the shipped template's cell margins
    # The bold total "3.606.250.000" and "-120.000.000" fit inside their cells.
    assert grid[2] >= word_twips("3.606.250.000", 13, bold=True) + margins
    assert grid[3] >= word_twips("-120.000.000", 13, bold=True) + margins
    # The text column gave up the room: it is narrower than its share by weight (4 of 9.8).
    assert grid[1] < 9354 * 4 / 9.8


def test_widths_fit_minimums_and_keep_proportions_elsewhere() -> None:
    from vanban.rendering.tables import fit_widths

    assert fit_widths([1, 1], [0, 0], 1000) == [500, 500]
    assert fit_widths([1, 1, 2], [600, 0, 0], 1000) == [600, 133, 267]
    # Minimums that cannot all fit are shared in proportion to themselves.
    assert fit_widths([1, 1], [900, 300], 1000) == [750, 250]
    # A layout from an older description (no minimums) scales by weight alone.
    assert fit_widths([1, 3], [], 1000) == [250, 750]


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) and poppler (pdftotext) are not installed",
)
def test_no_figure_wraps_on_the_page(tmp_path: Any) -> None:
    from .test_page_layout import lay_out

    laid = lay_out(tmp_path, {"report": vanban.parse(report(body=[amounts_table()]))})
    words = {word.text for word in laid["report"].words}  # a wrapped figure is two words
    for figure in ("1.106.250.000", "2.500.000.000", "-120.000.000", "3.606.250.000"):
        assert figure in words, figure
