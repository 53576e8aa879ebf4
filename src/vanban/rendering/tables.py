"""Data tables finished after rendering: column widths, merged header cells, repeated headers.

A template is a .docx that must open in Word, so a width or a merge mark cannot be a template
tag. The template writes the table's layout into the table description (its alt text) instead —
see :mod:`vanban.rendering.datatable` — and this step reads it and sets:

- the grid and every cell's width, the relative widths scaled to the page's text width
  (165 mm on A4 portrait with vanban's margins), so the table always fits the page;
- ``w:vMerge`` on a header cell that stands over two header rows;
- ``w:tblHeader`` on the header rows, which Word and LibreOffice repeat on every page;
- the order of each cell's properties, which the schema fixes (docxtpl's colspan puts
  ``w:gridSpan`` first);
- for a ``landscape`` table, a section of landscape A4 pages around it (with its title, unit and
  note), the section it stands in split in two.

The description is removed once applied.
"""

from __future__ import annotations

import copy

from lxml import etree

from vanban.ooxml.ns import W
from vanban.ooxml.units import twips as read_twips
from vanban.rendering.datatable import parse_layout

__all__ = [
    "finish_tables",
    "page_text_twips",
    "scale_widths",
    "section_text_twips",
    "style_id",
]


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


def fit_widths(weights: list[float], minimums: list[int], total: int) -> list[int]:
    """Widths in proportion to ``weights``, none below its minimum, adding up to ``total``.

    A column whose share is narrower than its widest word gets that width; the rest share what
    is left in proportion. When the minimums alone overflow the page, the columns are scaled to
    their minimums (a page that narrow cannot keep every figure on one line anyway).

    >>> fit_widths([1, 4, 1.6, 1.6, 1.6], [300, 900, 1700, 1700, 1700], 9355)
    [851, 3404, 1700, 1700, 1700]
    """
    if len(minimums) != len(weights):
        return scale_widths(weights, total)
    if sum(minimums) >= total:
        return scale_widths([float(m) for m in minimums], total)
    pinned: set[int] = set()
    while True:
        free = [i for i in range(len(weights)) if i not in pinned]
        room = total - sum(minimums[i] for i in pinned)
        whole = sum(weights[i] for i in free)
        short = {i for i in free if room * weights[i] / whole < minimums[i]}
        if not short:
            break
        pinned |= short
    out = list(minimums)
    shares = scale_widths([weights[i] for i in free], room)
    for i, share in zip(free, shares, strict=True):
        out[i] = share
    return out


def page_text_twips(body: etree._Element) -> int:
    """The text width of the body's last section (the only one, in most documents)."""
    return _text_twips(body.find(f"{W}sectPr"))


def section_text_twips(element: etree._Element, body: etree._Element) -> int:
    """The text width of the section a body element stands in (landscape pages are wider)."""
    return _text_twips(_governing(element, body))


def _text_twips(sect: etree._Element | None) -> int:
    size = sect.find(f"{W}pgSz") if sect is not None else None
    margins = sect.find(f"{W}pgMar") if sect is not None else None
    if size is None or margins is None:
        return 9355
    # A user template's unreadable width counts as none: A4 with Decree 30's margins.
    width = read_twips(size, "w")
    if width is None:
        return 9355
    return width - (read_twips(margins, "left") or 0) - (read_twips(margins, "right") or 0)


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


def _finish(table: etree._Element, body: etree._Element, page: int) -> None:
    tblpr = table.find(f"{W}tblPr")
    description = tblpr.find(f"{W}tblDescription") if tblpr is not None else None
    if tblpr is None or description is None:
        return
    layout = parse_layout(description.get(f"{W}val") or "")
    if layout is None:
        return
    tblpr.remove(description)
    if layout.landscape and table.getparent() is body:
        page = _landscape_section(table, body)
    margins = _cell_margins(tblpr)
    widths = fit_widths(layout.widths, [m + margins for m in layout.minimums], page)
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
            span = (read_twips(span_element, "val") or 1) if span_element is not None else 1
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
    _keep_with_note(table)


#: Room for a word beyond its estimated width: the estimate is a font's metrics, and Word and
#: LibreOffice round glyph positions differently.
_SLACK = 40


def _cell_margins(tblpr: etree._Element) -> int:
    """The left and right cell margins of the table, plus a little slack, in twips."""
    margins = tblpr.find(f"{W}tblCellMar")
    total = _SLACK
    for side, other in (("left", "start"), ("right", "end")):
        found = None
        if margins is not None:
            found = margins.find(f"{W}{side}")
            found = found if found is not None else margins.find(f"{W}{other}")
        # Word's default cell margin is 108 twips (0.19 cm) a side.
        total += (read_twips(found, "w") or 0) if found is not None else 108
    return total


def _keep_with_note(table: etree._Element) -> None:
    """Keep a table with the note under it (ghi chú dưới bảng): a note never starts a page alone.

    Every row keeps with the next: LibreOffice reads that as the table's own "keep with next
    paragraph", and Word as rows chained to the note; a table longer than a page still breaks.
    """
    below = table.getnext()
    if style_id(below) != "VBTableNote":
        return
    for row in table.findall(f"{W}tr"):
        for paragraph in row.iter(f"{W}p"):
            ppr = _child(paragraph, "pPr", first=True)
            if ppr.find(f"{W}keepNext") is None:
                style = ppr.find(f"{W}pStyle")  # keepNext comes right after pStyle
                ppr.insert(0 if style is None else 1, etree.Element(f"{W}keepNext"))


def finish_tables(body: etree._Element) -> None:
    """Apply the layout of every vanban data table in a rendered body."""
    page = page_text_twips(body)
    for table in list(body.iter(f"{W}tbl")):
        _finish(table, body, page)


# -- landscape sections --------------------------------------------------------------------------
_ABOVE = {"VBTableTitle", "VBTableUnit"}  # printed above a data table, kept on its page
_BELOW = {"VBTableNote", "VBTableEnd"}  # the paragraph after it: it ends the landscape section
_APPENDIX_HEADING = {"VBAppendixLabel", "VBAppendixTitle", "VBAppendixReference", "VBRuleShort"}


def style_id(element: etree._Element | None) -> str | None:
    """The paragraph style of a paragraph; None for anything else."""
    if element is None or element.tag != f"{W}p":
        return None
    style = element.find(f"{W}pPr/{W}pStyle")
    return style.get(f"{W}val") if style is not None else None


def _governing(element: etree._Element, body: etree._Element) -> etree._Element | None:
    """The section properties of the section ``element`` stands in: the next ones after it."""
    for following in element.itersiblings():
        if following.tag == f"{W}p":
            found = following.find(f"{W}pPr/{W}sectPr")
            if found is not None:
                return found
        elif following.tag == f"{W}sectPr":
            return following
    return body.find(f"{W}sectPr")


def _end_section_at(paragraph: etree._Element, sect: etree._Element) -> None:
    ppr = paragraph.find(f"{W}pPr")
    if ppr is None:
        ppr = etree.Element(f"{W}pPr")
        paragraph.insert(0, ppr)
    ppr.append(sect)  # w:sectPr comes last but for w:pPrChange, which vanban never writes


def _ends_section(below: etree._Element, sect: etree._Element) -> bool:
    """Whether nothing but an empty section-break paragraph stands between ``below`` and the
    end of its section: then a section of its own after the table would be an empty page."""
    for following in below.itersiblings():
        if following is sect:
            return True
        if following.tag == f"{W}p" and following.find(f"{W}pPr/{W}sectPr") is sect:
            return following.find(f".//{W}t") is None
        return False
    return False


def _landscape_section(table: etree._Element, body: etree._Element) -> int:
    """Put the table on landscape pages of its own; return the text width there, in twips.

    Section properties describe the section that ends with them, and its start (numbering
    restarted at 1, a first page without a number) applies where that section begins. A table
    in the middle of a section splits it: the part before keeps a copy of the properties as
    they are, the landscape part and the part after continue the pages. An appendix that opens
    with the table is landscape from its heading on, and keeps its own start; a table that
    closes its section turns that section's own pages.
    """
    sect = _governing(table, body)
    below = table.getnext()
    if sect is None or sect.find(f"{W}pgSz") is None or sect.find(f"{W}pgMar") is None:
        return page_text_twips(body)  # no page set up to turn
    if style_id(below) not in _BELOW:
        return page_text_twips(body)
    assert below is not None
    start = table
    while (previous := start.getprevious()) is not None and style_id(previous) in _ABOVE:
        start = previous
    heading = start
    while (previous := heading.getprevious()) is not None and style_id(
        previous
    ) in _APPENDIX_HEADING:
        heading = previous
    before = heading.getprevious()
    opens_section = heading is not start and (
        before is None or before.find(f"{W}pPr/{W}sectPr") is not None
    )
    if not opens_section:
        before = start.getprevious()
        if before is None or before.tag != f"{W}p":
            return page_text_twips(body)  # nothing to end a section at: left portrait
        _end_section_at(before, copy.deepcopy(sect))
    if _ends_section(below, sect):
        landscape = sect
        if not opens_section:
            _strip_start(sect)
    else:
        landscape = copy.deepcopy(sect)
        if not opens_section:
            _strip_start(landscape)
        _end_section_at(below, landscape)
        _strip_start(sect)  # the part after the table continues the pages
    size = landscape.find(f"{W}pgSz")
    assert size is not None  # checked on ``sect`` above; ``landscape`` is it or its copy
    width, height = size.get(f"{W}w") or "11906", size.get(f"{W}h") or "16838"
    size.set(f"{W}w", height)
    size.set(f"{W}h", width)
    size.set(f"{W}orient", "landscape")
    # Decree 30 gives each margin by the side of the page and says nothing of turned pages: the
    # values stay on the same sides (binding margin on the left), as the format rules read them.
    return _text_twips(landscape)


def _strip_start(sect: etree._Element) -> None:
    """No restart of the numbers, no first page of its own: the section continues the pages."""
    for name in ("titlePg", "pgNumType"):
        for found in sect.findall(f"{W}{name}"):
            sect.remove(found)
