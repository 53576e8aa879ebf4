"""Đọc văn bản (reading a .docx): any Word document → dump records.

Only what shows on paper is read: page setup, headers and footers, paragraphs with their
effective formatting, tables and section breaks. Nothing that changes from one save to the
next is read (core properties, revision ids, zip order, rendering hints such as
``w:lastRenderedPageBreak``), so the same document always gives the same records.

Fields, pictures and breaks appear in paragraph text in braces: ``{PAGE}``, ``{image}``,
``{page break}``; a line break is ``\\n`` and a tab ``\\t``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from lxml import etree

from vanban.dump.model import (
    Attrs,
    Block,
    BodyItem,
    Cell,
    DocumentDump,
    Paragraph,
    Row,
    Run,
    Section,
    Story,
    Table,
)
from vanban.dump.ooxml import Element, attr, child, is_on, iter_content, r, w
from vanban.dump.properties import (
    PARAGRAPH_PROPERTIES,
    PARAGRAPH_SIDES,
    RUN_PROPERTIES,
    TABLE_SIDES,
    border_side,
    border_value,
    format_borders,
)
from vanban.dump.styles import Level, StyleSheet, resolve
from vanban.errors import InputError
from vanban.ooxml.ns import REL_SETTINGS, REL_STYLES
from vanban.ooxml.package import DocxSource, PackageError, open_document
from vanban.ooxml.units import format_number, parse_twips, twips_to_mm
from vanban.ooxml.walk import TEXT_WRAPPERS

__all__ = ["DocxSource", "open_docx", "read_docx"]


_STYLES_REL = REL_STYLES
_SETTINGS_REL = REL_SETTINGS

_BLOCKS = frozenset({w("p"), w("tbl")})
_ROWS = frozenset({w("tr")})
_CELLS = frozenset({w("tc")})
_STARTS = {
    "nextPage": "new page",
    "continuous": "continuous",
    "evenPage": "even page",
    "oddPage": "odd page",
    "nextColumn": "new column",
}
_STORY_KINDS = (("header", "default"), ("header", "first"), ("header", "even"))
_STORY_PREFIX = {"default": "", "first": "first-page ", "even": "even-page "}
_RUN_KEYS = (*(key for key, _getter in RUN_PROPERTIES), "character style")


def open_docx(source: DocxSource) -> Any:
    """Open ``source`` with python-docx; anything that is not a .docx is an ``InputError``."""
    name: str | None = None
    if isinstance(source, str | os.PathLike):
        name = os.fspath(source)
    elif not isinstance(source, bytes | bytearray | memoryview):
        label = getattr(source, "name", None)
        name = label if isinstance(label, str) else None
    try:
        return open_document(source)
    except PackageError as exc:
        raise InputError.single(exc.code, exc.reason, file=name) from None


def read_docx(source: DocxSource) -> DocumentDump:
    """Bản kết xuất (the dump records) of any .docx, ours or foreign."""
    document = open_docx(source)
    part = document.part
    reader = _Reader(
        styles=StyleSheet(_related_root(part, _STYLES_REL)),
        part=part,
        even_and_odd=_even_and_odd(_related_root(part, _SETTINGS_REL)),
    )
    return DocumentDump(body=reader.body(document.element.body))


def _related_root(part: Any, reltype: str) -> Element | None:
    # Looked up by relationship, not through python-docx's accessors, which would put a default
    # styles or settings part in place of a missing one and dump formatting the file does not have.
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            element = getattr(rel.target_part, "element", None)
            return element if isinstance(element, etree._Element) else None
    return None


def _even_and_odd(settings: Element | None) -> bool:
    found = child(settings, "evenAndOddHeaders")
    return found is not None and is_on(found)


@dataclass(frozen=True)
class _Piece:
    """A stretch of paragraph text with the run properties it was written with."""

    text: str
    rpr: Element | None


@dataclass
class _Reader:
    styles: StyleSheet
    part: Any
    even_and_odd: bool

    # --- body and sections ------------------------------------------------------------------

    def body(self, body: Element) -> list[BodyItem]:
        blocks = list(iter_content(body, _BLOCKS))
        sect_prs = [
            sect_pr
            for block in blocks
            if (sect_pr := child(child(block, "pPr"), "sectPr")) is not None
        ]
        final = child(body, "sectPr")
        if final is not None:
            sect_prs.append(final)
        items: list[BodyItem] = []
        opened = 0
        if sect_prs:
            items.append(self.section(sect_prs[0], 0))
            opened = 1
        for block in blocks:
            items.append(self.block(block, []))
            ends_section = child(child(block, "pPr"), "sectPr") is not None
            if ends_section and opened < len(sect_prs):
                items.append(self.section(sect_prs[opened], opened))
                opened += 1
        return items

    def section(self, sect_pr: Element, index: int) -> Section:
        attrs: Attrs = {}
        attrs["start"] = _STARTS.get(attr(child(sect_pr, "type"), "val") or "", "new page")
        size = child(sect_pr, "pgSz")
        width, height = attr(size, "w"), attr(size, "h")
        if width is not None and height is not None:
            attrs["page size"] = _page_size(width, height)
        if size is not None:
            attrs["orientation"] = attr(size, "orient") or "portrait"
        margins = child(sect_pr, "pgMar")
        for key, name in (
            ("top margin", "top"),
            ("bottom margin", "bottom"),
            ("left margin", "left"),
            ("right margin", "right"),
            ("gutter", "gutter"),
            ("header distance", "header"),
            ("footer distance", "footer"),
        ):
            value = twips_to_mm(attr(margins, name))
            if value is not None and not (name == "gutter" and value == "0 mm"):
                attrs[key] = value
        columns = attr(child(sect_pr, "cols"), "num")
        if columns not in (None, "1"):
            attrs["columns"] = str(columns)
        title_page = child(sect_pr, "titlePg")
        different_first = title_page is not None and is_on(title_page)
        if different_first:
            attrs["different first page"] = "true"
        if self.even_and_odd:
            attrs["different odd and even pages"] = "true"
        numbering = child(sect_pr, "pgNumType")
        if attr(numbering, "start") is not None:
            attrs["page numbers start at"] = str(attr(numbering, "start"))
        if attr(numbering, "fmt") is not None:
            attrs["page number format"] = str(attr(numbering, "fmt"))
        stories: list[Story] = []
        for kind in ("header", "footer"):
            for variant in ("default", "first", "even"):
                label = f"{_STORY_PREFIX[variant]}{kind}"
                content = self._story_root(sect_pr, kind, variant)
                if content is not None:
                    stories.append(Story(label, {}, self.blocks(content, [])))
                elif index > 0 and (
                    variant == "default"
                    or (variant == "first" and different_first)
                    or (variant == "even" and self.even_and_odd)
                ):
                    stories.append(Story(label, {"linked to previous": "true"}, []))
        return Section(attrs, stories)

    def _story_root(self, sect_pr: Element, kind: str, variant: str) -> Element | None:
        for reference in sect_pr.iterchildren(w(f"{kind}Reference")):
            if (attr(reference, "type") or "default") != variant:
                continue
            rel_id = reference.get(r("id"))
            target = self.part.related_parts.get(rel_id) if rel_id else None
            element = getattr(target, "element", None)
            return element if isinstance(element, etree._Element) else None
        return None

    # --- blocks -------------------------------------------------------------------------------

    def blocks(self, parent: Element, table_styles: list[Element]) -> list[Block]:
        return [self.block(element, table_styles) for element in iter_content(parent, _BLOCKS)]

    def block(self, element: Element, table_styles: list[Element]) -> Block:
        if element.tag == w("tbl"):
            return self.table(element)
        return self.paragraph(element, table_styles)

    # --- paragraphs -----------------------------------------------------------------------------

    def paragraph(self, p: Element, table_styles: list[Element]) -> Paragraph:
        ppr = child(p, "pPr")
        style_id = attr(child(ppr, "pStyle"), "val")
        attrs: Attrs = {}
        style_name = self.styles.name(style_id, "paragraph")
        if style_name is not None:
            attrs["style"] = style_name
        levels = self.styles.paragraph_levels(ppr, style_id, table_styles)
        for key, getter in PARAGRAPH_PROPERTIES:
            value = resolve(levels, getter)
            if value is not None and not value.startswith(("false", "none")):
                attrs[key] = value
        sides = [
            (side, value)
            for side, names in PARAGRAPH_SIDES
            if (value := resolve(levels, border_side("pBdr", names))) is not None
            and not value.startswith("none")
        ]
        if sides:
            attrs["borders"] = format_borders(sides, len(PARAGRAPH_SIDES))

        # Run properties: the paragraph's own (style chain) levels, below each run's.
        style_levels = self.styles.paragraph_run_levels(style_id, table_styles)
        pieces = _merge(
            [
                (piece.text, self._run_attrs(piece.rpr, style_levels))
                for piece in _pieces(p)
                if piece.text
            ]
        )
        base: Attrs = {}
        if pieces:
            from_style = self._run_attrs(None, style_levels)
            for key in _RUN_KEYS:
                values = {piece_attrs.get(key) for _text, piece_attrs in pieces}
                # When the runs disagree the paragraph shows its style's value, runs their own.
                value = values.pop() if len(values) == 1 else from_style.get(key)
                if value is not None:
                    base[key] = value
        else:
            # An empty paragraph (a rule under the issuing body …) still has a height: the one
            # its paragraph mark gives it.
            base = self._run_attrs(child(ppr, "rPr"), style_levels)
        attrs.update(base)
        runs = [
            Run(number, text, differing)
            for number, (text, piece_attrs) in enumerate(pieces, start=1)
            if (differing := _differing(piece_attrs, base))
        ]
        return Paragraph("".join(text for text, _attrs in pieces), attrs, runs)

    def _run_attrs(self, rpr: Element | None, style_levels: list[Level]) -> Attrs:
        style_id = attr(child(rpr, "rStyle"), "val")
        levels = [*self.styles.character_levels(rpr, style_id), *style_levels]
        attrs: Attrs = {}
        for key, getter in RUN_PROPERTIES:
            value = resolve(levels, getter)
            if value is not None and not value.startswith(("false", "none")):
                attrs[key] = value
        if style_id is not None:
            attrs["character style"] = self.styles.name(style_id, "character") or style_id
        return attrs

    # --- tables ---------------------------------------------------------------------------------

    def table(self, tbl: Element) -> Table:
        tbl_pr = child(tbl, "tblPr")
        style_id = attr(child(tbl_pr, "tblStyle"), "val")
        chain = self.styles.chain(style_id, "table")
        attrs: Attrs = {}
        style_name = self.styles.name(style_id, "table")
        if style_name is not None:
            attrs["style"] = style_name
        width = _table_width(child(tbl_pr, "tblW"))
        if width is not None:
            attrs["width"] = width
        alignment = attr(child(tbl_pr, "jc"), "val")
        if alignment is not None:
            attrs["alignment"] = {"start": "left", "end": "right"}.get(alignment, alignment)
        indent = twips_to_mm(attr(child(tbl_pr, "tblInd"), "w"))
        if indent is not None and indent != "0 mm":
            attrs["indent"] = indent
        layout = attr(child(tbl_pr, "tblLayout"), "type")
        if layout is not None:
            attrs["layout"] = layout
        grid_element = child(tbl, "tblGrid")
        grid = [
            twips_to_mm(attr(column, "w")) or "?"
            for column in ([] if grid_element is None else grid_element.iterchildren(w("gridCol")))
        ]
        if grid:
            attrs["columns"] = ", ".join(grid)
        levels = [Level(tbl_pr, ""), *(Level(child(s, "tblPr"), "table style") for s in chain)]
        sides = [
            (side, resolve(levels, border_side("tblBorders", names)) or "none")
            for side, names in TABLE_SIDES
        ]
        attrs["borders"] = format_borders(sides, len(TABLE_SIDES))
        rows = [self.row(tr, chain) for tr in iter_content(tbl, _ROWS)]
        return Table(attrs, rows)

    def row(self, tr: Element, table_styles: list[Element]) -> Row:
        tr_pr = child(tr, "trPr")
        attrs: Attrs = {}
        height = child(tr_pr, "trHeight")
        if height is not None and twips_to_mm(attr(height, "val")) is not None:
            rule = attr(height, "hRule") or "atLeast"
            prefix = "exactly " if rule == "exact" else "at least " if rule == "atLeast" else ""
            attrs["height"] = f"{prefix}{twips_to_mm(attr(height, 'val'))}"
        for key, tag in (("repeat as header", "tblHeader"), ("keep on one page", "cantSplit")):
            found = child(tr_pr, tag)
            if found is not None and is_on(found):
                attrs[key] = "true"
        return Row(attrs, [self.cell(tc, table_styles) for tc in iter_content(tr, _CELLS)])

    def cell(self, tc: Element, table_styles: list[Element]) -> Cell:
        tc_pr = child(tc, "tcPr")
        attrs: Attrs = {}
        width = _table_width(child(tc_pr, "tcW"))
        if width is not None:
            attrs["width"] = width
        span = attr(child(tc_pr, "gridSpan"), "val")
        if span not in (None, "1"):
            attrs["span"] = f"{span} columns"
        merge = child(tc_pr, "vMerge")
        if merge is not None:
            restart = attr(merge, "val") == "restart"
            attrs["vertical merge"] = "start" if restart else "continue"
        borders = child(tc_pr, "tcBorders")
        if borders is not None:
            sides: list[tuple[str, str]] = []
            for side, names in TABLE_SIDES[:4]:
                found = [b for name in names if (b := child(borders, name)) is not None]
                if found:
                    sides.append((side, border_value(found[0])))
            if sides:
                attrs["borders"] = format_borders(sides, 4)
        valign = attr(child(tc_pr, "vAlign"), "val")
        if valign is not None:
            attrs["vertical alignment"] = valign
        fill = attr(child(tc_pr, "shd"), "fill")
        if fill is not None and fill.lower() not in ("auto", "none"):
            attrs["shading"] = fill.upper()
        return Cell(attrs, self.blocks(tc, table_styles))


def _page_size(width: str, height: str) -> str:
    text = f"{(twips_to_mm(width) or '?').removesuffix(' mm')} × {twips_to_mm(height) or '?'}"
    w_twips, h_twips = parse_twips(width) or 0.0, parse_twips(height) or 0.0
    if {round(w_twips / 20), round(h_twips / 20)} == {595, 842}:
        text += " (A4)"
    return text


def _table_width(element: Element | None) -> str | None:
    if element is None:
        return None
    kind = attr(element, "type") or "dxa"
    value = attr(element, "w")
    if kind == "auto" or (kind != "nil" and value in (None, "0")):
        return "auto"
    if kind == "nil":
        return None
    if kind == "pct":
        assert value is not None
        if value.endswith("%"):
            return value
        try:
            return f"{format_number(float(value) / 50)}%"
        except ValueError:
            return value
    return twips_to_mm(value)


def _merge(pieces: list[tuple[str, Attrs]]) -> list[tuple[str, Attrs]]:
    # Word splits runs for reasons no reader sees (spell checking, edit sessions): runs that
    # look the same are one.
    merged: list[tuple[str, Attrs]] = []
    for text, attrs in pieces:
        if merged and merged[-1][1] == attrs:
            merged[-1] = (merged[-1][0] + text, attrs)
        else:
            merged.append((text, attrs))
    return merged


def _differing(attrs: Attrs, base: Attrs) -> Attrs:
    differing: Attrs = {}
    for key in _RUN_KEYS:
        mine, theirs = attrs.get(key), base.get(key)
        if mine != theirs:
            differing[key] = mine if mine is not None else _absent(theirs)
    return differing


def _absent(other: str | None) -> str:
    if other is not None and other.startswith("true"):
        return "false"
    return "none"


# --- paragraph text ---------------------------------------------------------------------------


def _pieces(p: Element) -> list[_Piece]:
    return _TextWalker().walk(p)


class _TextWalker:
    """Collects a paragraph's text through hyperlinks, fields and content controls."""

    def __init__(self) -> None:
        self.pieces: list[_Piece] = []
        self.field_depth = 0
        self.field_code: list[str] = []
        self.field_rpr: Element | None = None
        self.in_code = False

    def walk(self, parent: Element) -> list[_Piece]:
        self._children(parent)
        return self.pieces

    def _children(self, parent: Element) -> None:
        for element in parent:
            tag = element.tag
            if tag == w("r"):
                self._run(element)
            elif tag in TEXT_WRAPPERS:  # hyperlinks, insertions, dir/bdo…: their runs print
                self._children(element)
            elif tag == w("sdt"):
                content = child(element, "sdtContent")
                if content is not None:
                    self._children(content)
            elif tag == w("fldSimple"):
                first_run = child(element, "r")
                code = attr(element, "instr") or ""
                if self.field_depth == 0:
                    self.pieces.append(_Piece(_field(code), child(first_run, "rPr")))
            elif isinstance(tag, str) and tag.endswith(("}oMath", "}oMathPara")):
                self.pieces.append(_Piece("{equation}", None))

    def _run(self, run: Element) -> None:
        rpr = child(run, "rPr")
        for element in run:
            tag = element.tag
            if tag == w("fldChar"):
                self._field_char(attr(element, "fldCharType"), rpr)
            elif self.field_depth > 0:
                if tag == w("instrText") and self.field_depth == 1 and self.in_code:
                    self.field_code.append(element.text or "")
            else:
                text = _run_child_text(element)
                if text:
                    self.pieces.append(_Piece(text, rpr))

    def _field_char(self, kind: str | None, rpr: Element | None) -> None:
        if kind == "begin":
            self.field_depth += 1
            if self.field_depth == 1:
                self.field_code, self.field_rpr, self.in_code = [], rpr, True
        elif kind == "separate":
            if self.field_depth == 1:
                self.in_code = False
        elif kind == "end" and self.field_depth > 0:
            self.field_depth -= 1
            if self.field_depth == 0:
                self.pieces.append(_Piece(_field("".join(self.field_code)), self.field_rpr))


def _field(code: str) -> str:
    return "{" + (" ".join(code.split()) or "field") + "}"


def _run_child_text(element: Element) -> str:
    tag = element.tag
    if tag == w("t"):
        return element.text or ""
    if tag == w("tab") or tag == w("ptab"):
        return "\t"
    if tag == w("br"):
        kind = attr(element, "type")
        if kind == "page":
            return "{page break}"
        if kind == "column":
            return "{column break}"
        return "\n"
    if tag == w("cr"):
        return "\n"
    if tag == w("noBreakHyphen"):
        return "-"
    if tag == w("sym"):
        font, code = attr(element, "font"), attr(element, "char") or ""
        try:
            char = chr(int(code, 16))
        except (ValueError, OverflowError):  # not hexadecimal, or past the last code point
            return "{symbol}"
        if 0xD800 <= ord(char) <= 0xDFFF:  # half of a UTF-16 pair: no character on its own
            return "{symbol}"
        # Symbol fonts map glyphs into the private use area: name them, the character means nothing.
        return f"{{symbol {font} {code.upper()}}}" if 0xE000 <= ord(char) <= 0xF8FF else char
    if tag in (w("drawing"), w("pict"), w("object")):
        return "{image}"
    if tag == w("footnoteReference"):
        return "{footnote}"
    if tag == w("endnoteReference"):
        return "{endnote}"
    return ""
