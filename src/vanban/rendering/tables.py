"""Data tables finished after rendering: column widths, merged header cells, repeated headers.

A template is a .docx that must open in Word, so a width or a merge mark cannot be a template
tag. The template writes the table's layout into the table description (its alt text) instead —
see :mod:`vanban.rendering.datatable` — and this step reads it and sets:

- the grid and every cell's width, the relative widths scaled to the page's text width
  (165 mm on A4 portrait with vanban's margins), so the table always fits the page;
- ``w:vMerge`` on a header cell that stands over two header rows;
- ``w:tblHeader`` on the header rows, which Word and LibreOffice repeat on every page;
- the order of each cell's properties, which the schema fixes (docxtpl's colspan puts
  ``w:gridSpan`` first).

The description is removed once applied.
"""

from __future__ import annotations

from lxml import etree

from vanban.rendering.datatable import parse_layout

__all__ = ["finish_tables", "scale_widths"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# CT_TcPr children in schema order.
_TCPR_ORDER = {
    f"{W}{name}": rank
    for rank, name in enumerate(
        (
            "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
            "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns",
            "cellDel", "cellMerge", "tcPrChange",
        )
    )
}  # fmt: skip


def scale_widths(weights: list[float], total: int) -> list[int]:
    """Integer widths in proportion to ``weights`` that add up to exactly ``total``.

    >>> scale_widths([1, 4, 1.6, 1.6], 9355)
    [1141, 4563, 1826, 1825]
    """
    whole = sum(weights)
    out: list[int] = []
    used = 0.0
    for weight in weights:
        used += weight
        out.append(round(total * used / whole) - sum(out))
    return out


def _page_text_twips(body: etree._Element) -> int:
    sect = body.find(f"{W}sectPr")
    size = sect.find(f"{W}pgSz") if sect is not None else None
    margins = sect.find(f"{W}pgMar") if sect is not None else None
    if size is None or margins is None:
        return 9355
    return (
        int(size.get(f"{W}w") or 0)
        - int(margins.get(f"{W}left") or 0)
        - int(margins.get(f"{W}right") or 0)
    )


def _child(parent: etree._Element, tag: str, *, first: bool = False) -> etree._Element:
    found = parent.find(f"{W}{tag}")
    if found is None:
        found = etree.Element(f"{W}{tag}")
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


def _sort_tcpr(tcpr: etree._Element) -> None:
    children = sorted(tcpr, key=lambda e: _TCPR_ORDER.get(e.tag, len(_TCPR_ORDER)))
    for child in children:
        tcpr.append(child)  # appending an existing child moves it to the end


def _finish(table: etree._Element, page: int) -> None:
    tblpr = table.find(f"{W}tblPr")
    description = tblpr.find(f"{W}tblDescription") if tblpr is not None else None
    if tblpr is None or description is None:
        return
    layout = parse_layout(description.get(f"{W}val") or "")
    if layout is None:
        return
    tblpr.remove(description)
    widths = scale_widths(layout.widths, page)
    width = _child(tblpr, "tblW")
    width.set(f"{W}w", str(sum(widths)))
    width.set(f"{W}type", "dxa")
    grid = table.find(f"{W}tblGrid")
    if grid is not None:
        for column in list(grid):
            grid.remove(column)
        for twips in widths:
            etree.SubElement(grid, f"{W}gridCol").set(f"{W}w", str(twips))
    merged = set(layout.merged)
    starts = {(row - 1, col) for row, col in merged}
    for r, row in enumerate(table.findall(f"{W}tr")):
        if r < layout.header_rows:
            _child(_child(row, "trPr", first=True), "tblHeader")
        col = 0
        for cell in row.findall(f"{W}tc"):
            tcpr = _child(cell, "tcPr", first=True)
            span_element = tcpr.find(f"{W}gridSpan")
            span = int(span_element.get(f"{W}val") or 1) if span_element is not None else 1
            if span_element is not None and span == 1:
                tcpr.remove(span_element)  # a span of one is no span
            tcw = _child(tcpr, "tcW")
            tcw.set(f"{W}w", str(sum(widths[col : col + span])))
            tcw.set(f"{W}type", "dxa")
            if (r, col) in merged:
                _child(tcpr, "vMerge")
            elif (r, col) in starts:
                _child(tcpr, "vMerge").set(f"{W}val", "restart")
            _sort_tcpr(tcpr)
            col += span


def finish_tables(body: etree._Element) -> None:
    """Apply the layout of every vanban data table in a rendered body."""
    page = _page_text_twips(body)
    for table in body.iter(f"{W}tbl"):
        _finish(table, page)
