"""Reading WordprocessingML into the laid-out view — đọc văn bản: paragraphs, tables, sections.

Runs are read through every wrapper (:mod:`vanban.ooxml.walk`) with their effective formatting
(:mod:`vanban.checks.props`); drawn lines (DrawingML and VML shapes) are measured, so that the
short rules under the header names can be judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from vanban.checks.props import RunProps, StyleResolver
from vanban.checks.view import (
    Block,
    Column,
    Container,
    Line,
    Paragraph,
    Piece,
    Section,
    Table,
)
from vanban.i18n import _
from vanban.ooxml.ns import A_NS, MC_NS, R_NS, V_NS, WP_NS, Element, w
from vanban.ooxml.units import EMU_PER_PT, twips
from vanban.ooxml.walk import iter_blocks, iter_cells, iter_runs

__all__ = ["read_body"]


def _length(value: str) -> float | None:
    """A VML length in points ("12pt", "1.5in", "2cm"); None for unit-less pixels or garbage."""
    match = re.fullmatch(r"\s*(-?(?:\d+(?:\.\d*)?|\.\d+))\s*(pt|in|cm|mm|pc|px)\s*", value)
    if not match:
        return None
    number = float(match.group(1))
    return (
        number
        * {"pt": 1, "in": 72, "cm": 72 / 2.54, "mm": 72 / 25.4, "pc": 12, "px": 0.75}[
            match.group(2)
        ]
    )


def _vml_style(element: Element) -> dict[str, str]:
    out = {}
    for item in (element.get("style") or "").split(";"):
        if ":" in item:
            name, value = item.split(":", 1)
            out[name.strip().lower()] = value.strip()
    return out


def _shapes(paragraph: Element) -> tuple[list[float | None], bool]:
    """Flat drawn shapes in a paragraph (their lengths) and whether it holds any drawing at all."""
    lengths: list[float | None] = []
    if next(paragraph.iter(w("drawing"), w("pict"), f"{{{MC_NS}}}AlternateContent"), None) is None:
        return lengths, False
    for anchor in paragraph.iter(f"{{{WP_NS}}}anchor", f"{{{WP_NS}}}inline"):
        if any(a.tag == f"{{{MC_NS}}}Fallback" for a in anchor.iterancestors()):
            continue
        extent = anchor.find(f"{{{WP_NS}}}extent")
        geometry = next(anchor.iter(f"{{{A_NS}}}prstGeom"), None)
        if extent is None or geometry is None:
            continue
        try:
            cx, cy = int(extent.get("cx", "0")), int(extent.get("cy", "0"))
        except ValueError:
            lengths.append(None)
            continue
        if geometry.get("prst") in ("line", "straightConnector1") or cy <= 2 * EMU_PER_PT:
            lengths.append(max(cx, cy) / EMU_PER_PT)
    for shape in paragraph.iter(f"{{{V_NS}}}line", f"{{{V_NS}}}shape", f"{{{V_NS}}}rect"):
        if any(a.tag == f"{{{MC_NS}}}Fallback" for a in shape.iterancestors()):
            continue
        if shape.tag == f"{{{V_NS}}}line":
            start = [_length(v) for v in (shape.get("from") or "").split(",")]
            end = [_length(v) for v in (shape.get("to") or "").split(",")]
            if len(start) == 2 and len(end) == 2 and None not in start + end:
                x1, y1, x2, y2 = (v for v in start + end if v is not None)
                lengths.append(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5)
            else:
                lengths.append(None)
            continue
        style = _vml_style(shape)
        height = _length(style.get("height", ""))
        if height is not None and height <= 2:
            lengths.append(_length(style.get("width", "")))
    return lengths, True


def _columns(groups: list[list[Piece]]) -> list[tuple[list[Piece], Column]]:
    """Assign the tab-separated groups of one printed line to the left or right column."""
    filled = [(i, g) for i, g in enumerate(groups) if "".join(p.text for p in g).strip()]
    if len(filled) >= 2:
        return [(g, "left" if n == 0 else "right") for n, (_, g) in enumerate(filled)]
    if len(filled) == 1:
        index, group = filled[0]
        return [(group, "right" if index > 0 else None)]
    return []


def _trim(pieces: list[Piece]) -> tuple[Piece, ...]:
    out = list(pieces)
    while out and not out[0].text.strip():
        out.pop(0)
    while out and not out[-1].text.strip():
        out.pop()
    if out:
        out[0] = Piece(out[0].text.lstrip(), out[0].props)
        out[-1] = Piece(out[-1].text.rstrip(), out[-1].props)
    return tuple(out)


class _Reader:
    """Turns the XML into Paragraph, Table and Container objects."""

    def __init__(self, resolver: StyleResolver) -> None:
        self.resolver = resolver
        self.paragraphs: list[Paragraph] = []
        self.table_count = 0
        self.body_number = 0

    def paragraph(self, element: Element, container: Container) -> Paragraph:
        tokens: list[tuple[str, RunProps]] = []
        breaks_page = False
        for run in iter_runs(element):
            props = self.resolver.run_props(run, element)
            if props.hidden:
                continue
            for child in run:
                tag = child.tag
                if tag == w("t"):
                    tokens.append((child.text or "", props))
                elif tag == w("tab"):
                    tokens.append(("\t", props))
                elif tag in (w("br"), w("cr")):
                    if child.get(w("type")) == "page":
                        breaks_page = True
                    tokens.append(("\n", props))
                elif tag == w("noBreakHyphen"):
                    tokens.append(("-", props))
        lines_groups: list[list[list[Piece]]] = [[[]]]
        for text, props in tokens:
            for part in re.split(r"([\t\n])", text):
                if part == "\n":
                    lines_groups.append([[]])
                elif part == "\t":
                    lines_groups[-1].append([])
                elif part:
                    lines_groups[-1][-1].append(Piece(part, props))
        shapes, has_drawing = _shapes(element)
        p_pr = element.find(w("pPr"))
        paragraph = Paragraph(
            element=element,
            props=self.resolver.paragraph_props(element),
            mark=self.resolver.paragraph_mark_props(element),
            container=container,
            index=len(container.paragraphs),
            number=0,
            text="".join(t for t, _ in tokens),
            lines=[],
            shapes=shapes,
            has_drawing=has_drawing,
            breaks_page=breaks_page
            or (p_pr is not None and p_pr.find(w("pageBreakBefore")) is not None),
            ends_section=p_pr is not None and p_pr.find(w("sectPr")) is not None,
        )
        for groups in lines_groups:
            for pieces, column in _columns(groups):
                if container.column is not None:
                    column = container.column
                trimmed = _trim(pieces)
                if trimmed:
                    paragraph.lines.append(Line(trimmed, paragraph, column))
        if container.kind == "body":
            self.body_number += 1
            paragraph.number = self.body_number
        container.paragraphs.append(paragraph)
        self.paragraphs.append(paragraph)
        for box in element.iter(w("txbxContent")):
            if next(box.iterancestors(w("p")), None) is element:
                inner = Container(
                    kind="textbox",
                    width_twips=None,
                    label=_("text box in {where}", where=paragraph.where),
                )
                self.blocks(box, inner)
        return paragraph

    def table(self, element: Element, label: str | None = None) -> Table:
        if label is None:
            self.table_count += 1
            label = f"table {self.table_count}"
        table = Table(element=element, label=label)
        grid = [twips(col, "w") or 0 for col in element.iterfind(f"{w('tblGrid')}/{w('gridCol')}")]
        table.grid_columns = len(grid)
        margin_left, margin_right = self.resolver.table_cell_margins(element)
        for row_number, row in enumerate(element.iterfind(w("tr")), start=1):
            cells: list[Container] = []
            position = 0
            before = row.find(f"{w('trPr')}/{w('gridBefore')}")
            if before is not None:
                position = twips(before, "val") or 0
            for cell_number, cell in enumerate(iter_cells(row), start=1):
                tc_pr = cell.find(w("tcPr"))
                span_el = tc_pr.find(w("gridSpan")) if tc_pr is not None else None
                span = (twips(span_el, "val") or 1) if span_el is not None else 1
                cell_width: float | None = sum(grid[position : position + span]) or None
                if cell_width is None and tc_pr is not None:
                    tc_w = tc_pr.find(w("tcW"))
                    if tc_w is not None and tc_w.get(w("type"), "dxa") == "dxa":
                        cell_width = twips(tc_w, "w")
                left, right = margin_left, margin_right
                mar = tc_pr.find(w("tcMar")) if tc_pr is not None else None
                if mar is not None:
                    left = next(
                        (
                            v
                            for n in ("left", "start")
                            if (v := twips(mar.find(w(n)), "w")) is not None
                        ),
                        left,
                    )
                    right = next(
                        (
                            v
                            for n in ("right", "end")
                            if (v := twips(mar.find(w(n)), "w")) is not None
                        ),
                        right,
                    )
                column: Column = None
                if len(grid) >= 2:
                    column = "left" if position < len(grid) / 2 else "right"
                container = Container(
                    kind="cell",
                    width_twips=None if cell_width is None else cell_width - left - right,
                    table=table,
                    row=row_number,
                    cell=cell_number,
                    column=column,
                )
                self.blocks(cell, container)
                cells.append(container)
                position += span
            table.rows.append(cells)
        return table

    def blocks(self, parent: Element, container: Container) -> list[Block]:
        out: list[Block] = []
        for element in iter_blocks(parent):
            if element.tag == w("p"):
                out.append(self.paragraph(element, container))
            else:
                nested = None if container.kind == "body" else f"table in {container.describe()}"
                out.append(self.table(element, nested))
        return out


# -- sections and page headers --------------------------------------------------------------------


def _page_setup(
    sect_pr: Element,
) -> tuple[int | None, int | None, str | None, dict[str, int | None]]:
    size = sect_pr.find(w("pgSz"))
    margins = sect_pr.find(w("pgMar"))
    out: dict[str, int | None] = {}
    for side in ("top", "bottom", "left", "right"):
        value = twips(margins, side)
        out[side] = None if value is None else abs(value)
    return (
        twips(size, "w"),
        twips(size, "h"),
        size.get(w("orient")) if size is not None else None,
        out,
    )


def _sections(
    body: Element,
    blocks: list[Block],
    reader: _Reader,
    part_xml: Any,
) -> list[Section]:
    """Sections in order, with their page setup and effective page headers and footers."""
    enders: list[tuple[int, Element]] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            sect_pr = block.element.find(f"{w('pPr')}/{w('sectPr')}")
            if sect_pr is not None:
                enders.append((index, sect_pr))
    final = body.find(w("sectPr"))
    if final is not None:
        enders.append((len(blocks), final))
    sections: list[Section] = []
    headers: dict[str, Container | None] = {"default": None, "first": None, "even": None}
    footers: dict[str, Container | None] = {"default": None, "first": None, "even": None}
    start = 0
    for number, (end, sect_pr) in enumerate(enders, start=1):
        width, height, orient, margins = _page_setup(sect_pr)
        text_width = (
            None
            if width is None or None in (margins["left"], margins["right"])
            else (width - (margins["left"] or 0) - (margins["right"] or 0))
        )
        headers = dict(headers)
        footers = dict(footers)
        for tag, store, noun in (
            ("headerReference", headers, "header"),
            ("footerReference", footers, "footer"),
        ):
            for ref in sect_pr.iterfind(w(tag)):
                kind = ref.get(w("type"), "default")
                root = part_xml(ref.get(f"{{{R_NS}}}id"))
                if root is None:
                    continue
                name = {
                    "default": _("page header") if noun == "header" else _("page footer"),
                    "first": _("first-page header") if noun == "header" else _("first-page footer"),
                    "even": _("even-page header") if noun == "header" else _("even-page footer"),
                }
                container = Container(
                    kind="header" if noun == "header" else "footer",
                    width_twips=text_width,
                    label=_("{name} (section {number})", name=name.get(kind, noun), number=number),
                )
                reader.blocks(root, container)
                store[kind] = container
        title_pg = sect_pr.find(w("titlePg"))
        section = Section(
            number=number,
            element=sect_pr,
            page_width=width,
            page_height=height,
            orient=orient,
            margins=margins,
            title_page=bool(
                title_pg is not None and title_pg.get(w("val"), "1") not in ("0", "false", "off")
            ),
            headers=headers,
            footers=footers,
            blocks=blocks[start : end + 1],
        )
        sections.append(section)
        start = end + 1
    return sections


def _set_width(container: Container, blocks: Iterable[Block], width: int | None) -> None:
    """Give the body and its top-level tables the text width of the page."""
    container.width_twips = width
    for block in blocks:
        if isinstance(block, Table):
            for cell in block.containers():
                if cell.width_twips is None and width is not None and block.grid_columns:
                    cell.width_twips = width / max(1, len(block.rows[0]) if block.rows else 1)


def read_body(
    body: Element, resolver: StyleResolver, part_xml: Any
) -> tuple[list[Section], list[Block], list[Paragraph]]:
    """The sections, top-level blocks and every paragraph of a document body, as laid out.

    ``part_xml`` maps a relationship id of the main document part to the root element of the
    related part (used for page headers and footers), or None.
    """
    reader = _Reader(resolver)
    container = Container(kind="body", width_twips=None)
    blocks = reader.blocks(body, container)
    sections = _sections(body, blocks, reader, part_xml)
    width = next((s.text_width for s in sections if s.text_width is not None), None)
    _set_width(container, blocks, width)
    return sections, blocks, reader.paragraphs
