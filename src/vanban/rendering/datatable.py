"""A data table as the template prints it: header rows, body rows, the total row, all as text.

The template loops over ``rows`` and their ``cells`` (docxtpl ``{%tr for %}`` / ``{%tc for %}``)
and spans a cell over ``span`` grid columns (``{% colspan %}``). What a template tag cannot set
in a file Word opens — the column widths, the header cells merged down over two rows and the
header rows repeated on every page — travels as ``layout`` in the table's description and is
applied after rendering by :mod:`vanban.rendering.tables`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vanban.formatting.amounts import CURRENCY
from vanban.formatting.numbers import format_number, format_percent
from vanban.formatting.text import text_width_pt
from vanban.models.table import CellValue, Column, ColumnType, Table
from vanban.nd30 import SIZES

__all__ = [
    "DataTable",
    "Layout",
    "TableCell",
    "TableRow",
    "data_table",
    "format_layout",
    "parse_layout",
]

#: Prefix of a table description that holds a layout for the post-render step.
LAYOUT_PREFIX = "vanban-table"


@dataclass(frozen=True)
class TableCell:
    """One cell: its text, its paragraph style (head, text, number, total) and its span."""

    text: str
    style: str
    span: int = 1


@dataclass(frozen=True)
class TableRow:
    cells: list[TableCell]


@dataclass(frozen=True)
class Layout:
    """Relative column widths, the number of header rows, the cells merged into the one above.

    ``minimums`` is the width, in twips, of each column's widest word (cell margins not
    counted): the finishing step never makes a column narrower, so no figure wraps inside.
    """

    widths: list[float]
    header_rows: int
    merged: list[tuple[int, int]] = field(default_factory=list)
    landscape: bool = False
    minimums: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class DataTable:
    """What the template needs to print a table."""

    unit: str
    note: str
    layout: str
    rows: list[TableRow]


def format_layout(layout: Layout) -> str:
    """The layout as the description carries it.

    >>> format_layout(Layout([1.0, 4.0, 1.6], 2, [(1, 0), (1, 1)], minimums=[130, 600, 1495]))
    'vanban-table widths=1:4:1.6 header=2 merged=1.0,1.1 min=130:600:1495'
    """
    widths = ":".join(f"{w:g}" for w in layout.widths)
    merged = ",".join(f"{r}.{c}" for r, c in layout.merged)
    text = f"{LAYOUT_PREFIX} widths={widths} header={layout.header_rows}"
    if merged:
        text += f" merged={merged}"
    if layout.minimums:
        text += " min=" + ":".join(str(m) for m in layout.minimums)
    return f"{text} landscape=1" if layout.landscape else text


def parse_layout(text: str) -> Layout | None:
    """The layout a description carries, or None when it is not a vanban table's."""
    words = text.split()
    if not words or words[0] != LAYOUT_PREFIX:
        return None
    fields = dict(word.partition("=")[::2] for word in words[1:])
    merged = [
        (int(r), int(c))
        for r, _, c in (pair.partition(".") for pair in fields.get("merged", "").split(",") if pair)
    ]
    return Layout(
        widths=[float(w) for w in fields["widths"].split(":")],
        header_rows=int(fields.get("header", "1")),
        merged=merged,
        landscape=fields.get("landscape") == "1",
        minimums=[int(m) for m in fields["min"].split(":")] if fields.get("min") else [],
    )


def _format(value: CellValue, column: Column) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    kind = column.kind
    if kind in (ColumnType.PERCENT, ColumnType.RATE):
        return format_percent(value, 1 if column.decimals is None else column.decimals)
    if kind in (ColumnType.INDEX, ColumnType.AMOUNT):
        return format_number(value, 0)
    return format_number(value, 2 if column.decimals is None else column.decimals)


#: The unit line of a table of amounts that gives none.
_AMOUNT_UNIT = f"(Đơn vị tính: {CURRENCY})"


def _style(column: Column) -> str:
    return "text" if column.kind is ColumnType.TEXT else "number"


def _header_rows(table: Table) -> tuple[list[TableRow], list[tuple[int, int]]]:
    if not table.has_groups:
        return [TableRow([TableCell(c.header, "head") for c in table.columns])], []
    top: list[TableCell] = []
    bottom: list[TableCell] = []
    merged: list[tuple[int, int]] = []
    grid = 0
    for column in table.columns:
        if column.is_group:
            top.append(TableCell(column.header, "head", len(column.columns)))
            bottom.extend(TableCell(c.header, "head") for c in column.columns)
            grid += len(column.columns)
        else:
            # A column outside any group stands over both header rows: the cell below is
            # empty here and merged into this one after rendering.
            top.append(TableCell(column.header, "head"))
            bottom.append(TableCell("", "head"))
            merged.append((1, grid))
            grid += 1
    return [TableRow(top), TableRow(bottom)], merged


def _widest_word_twips(text: str, size_pt: float, *, bold: bool) -> float:
    """The printed width of the widest word of ``text``: lines break between words only."""
    return max((text_width_pt(w, size_pt, bold=bold) * 20 for w in text.split()), default=0.0)


def _widest_words(rows: list[TableRow], columns: int) -> list[int]:
    """Per grid column, the width (twips) of its widest word among the cells that span it alone.

    A column narrower than its widest figure wraps it ("1.106.250.0" / "00"), which no clerk
    accepts; the finishing step never makes a column narrower than this.
    """
    size = SIZES["table"].template
    widest = [0.0] * columns
    for row in rows:
        col = 0
        for cell in row.cells:
            if cell.span == 1 and col < columns:
                bold = cell.style in ("head", "total")
                widest[col] = max(widest[col], _widest_word_twips(cell.text, size, bold=bold))
            col += cell.span
    return [round(w) for w in widest]


def data_table(table: Table) -> DataTable:
    """The table's rows as printed text, and its layout."""
    leaves = table.leaves()
    rows, merged = _header_rows(table)
    header_rows = len(rows)
    for values in table.values():
        rows.append(
            TableRow(
                [TableCell(_format(v, c), _style(c)) for v, c in zip(values, leaves, strict=True)]
            )
        )
    if table.total is not None:
        span = table.label_span()
        cells = [TableCell(table.total, "total", span)]
        cells.extend(
            TableCell(_format(v, c), "total")
            for v, c in zip(table.totals()[span:], leaves[span:], strict=True)
        )
        rows.append(TableRow(cells))
    layout = Layout(
        [c.relative_width for c in leaves],
        header_rows,
        merged,
        table.landscape,
        _widest_words(rows, len(leaves)),
    )
    return DataTable(
        unit=table.unit or (_AMOUNT_UNIT if ColumnType.AMOUNT in {c.kind for c in leaves} else ""),
        note=table.note or "",
        layout=format_layout(layout),
        rows=rows,
    )
