"""What docxtpl does to rendered XML, done once on the parsed tree instead of on the text.

docxtpl turns tabs and line breaks in printed values into ``w:tab`` runs and ``w:br`` with
nested regular expressions over the rendered XML (``resolve_listing``), parses the result with
a forgiving parser to fix table grids (``fix_tables``) and renumbers drawings. Done on the tree
that vanban parses strictly anyway, the output is the same, byte for byte (tests compare both
on generated input), for a fraction of the cost.

The tree form assumes plain paragraphs: a template with text boxes, nested runs or
self-closing text elements is flagged by :func:`needs_text_pass` and rendered the docxtpl way.
"""

from __future__ import annotations

import copy
import math
import re

from lxml import etree

from vanban.ooxml.ns import WP_NS, W
from vanban.ooxml.units import parse_number

__all__ = [
    "fix_grids",
    "needs_text_pass",
    "renumber_drawings",
    "split_emphasis",
    "split_tabs_and_breaks",
]

_WP_DOCPR = f"{{{WP_NS}}}docPr"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
#: Template markup that docxtpl's text pass treats differently from the tree: text boxes and
#: alternate content (paragraphs inside runs) and ``<w:t .../>``, which its patterns misread.
_IRREGULAR = re.compile(r"<w:txbxContent|<mc:AlternateContent|<w:t [^>]*/>|<w:r [^>]*/>")
#: First id docxtpl gives a drawing (``docx_ids_index`` starts at 1000 and counts up first).
FIRST_DRAWING_ID = 1001


def needs_text_pass(source_xml: str) -> bool:
    """Whether a part's template holds markup that only docxtpl's own text pass handles alike."""
    return _IRREGULAR.search(source_xml) is not None


def _new_text(text: str) -> etree._Element:
    element = etree.Element(f"{W}t")
    element.set(_XML_SPACE, "preserve")
    element.text = text or None
    return element


def _split_breaks(text_element: etree._Element) -> None:
    """A line break in one ``w:t`` → ``w:t``, ``w:br``, ``w:t`` (the new one keeping spaces)."""
    pieces = (text_element.text or "").split("\n")
    if len(pieces) == 1:
        return
    tail, text_element.tail = text_element.tail, None
    text_element.text = pieces[0] or None
    anchor = text_element
    for piece in pieces[1:]:
        br = etree.Element(f"{W}br")
        anchor.addnext(br)
        anchor = _new_text(piece)
        br.addnext(anchor)
    anchor.tail = tail


def _split_tabs(text_element: etree._Element) -> list[etree._Element]:
    """A ``w:t`` holding tabs → the text before the first tab, then for each tab a run with a
    ``w:tab`` and a run with the text after it, both with the run's properties; whatever
    followed the text in its run moves into the last new run. Returns every text element."""
    pieces = (text_element.text or "").split("\t")
    if len(pieces) == 1:
        return [text_element]
    run = text_element.getparent()
    assert run is not None
    properties = run.find(f"{W}rPr")
    rest = list(text_element.itersiblings())
    tail, text_element.tail = text_element.tail, None
    run_tail, run.tail = run.tail, None
    text_element.text = pieces[0] or None
    anchor, texts = run, [text_element]
    for piece in pieces[1:]:
        for content in (etree.Element(f"{W}tab"), _new_text(piece)):
            new_run = etree.Element(f"{W}r")
            if properties is not None:
                new_run.append(copy.deepcopy(properties))
            new_run.append(content)
            anchor.addnext(new_run)
            anchor = new_run
        texts.append(content)
    texts[-1].tail = tail
    anchor.extend(rest)
    anchor.tail = run_tail
    return texts


def split_tabs_and_breaks(root: etree._Element) -> None:
    """Tabs and line breaks in printed text → ``w:tab`` runs and ``w:br``, as docxtpl does."""
    found = [t for t in root.iter(f"{W}t") if t.text and ("\t" in t.text or "\n" in t.text)]
    for text_element in found:
        for piece in _split_tabs(text_element):
            _split_breaks(piece)


#: The order of run properties in the schema (CT_RPr), so that added ones go in their place.
_RPR_NAMES = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr",
    "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish",
    "oMath",
)  # fmt: skip
_RPR_ORDER = {name: rank for rank, name in enumerate(_RPR_NAMES)}
_STYLE_ELEMENTS = {"bold": ("b",), "italic": ("i",), "underline": ("u",)}


def _emphasised(properties: etree._Element | None, styles: frozenset[str]) -> etree._Element:
    rpr = copy.deepcopy(properties) if properties is not None else etree.Element(f"{W}rPr")
    for style in sorted(styles):
        for name in _STYLE_ELEMENTS[style]:
            if rpr.find(f"{W}{name}") is not None:
                continue
            element = etree.Element(f"{W}{name}")
            if name == "u":
                element.set(f"{W}val", "single")
            rank = _RPR_ORDER[name]
            after = [c for c in rpr if _RPR_ORDER.get(etree.QName(c).localname, 99) < rank]
            if after:
                after[-1].addnext(element)
            else:
                rpr.insert(0, element)
    return rpr


def split_emphasis(root: etree._Element) -> None:
    """Runs whose text holds emphasis marks → one run per stretch, bold/italic/underlined."""
    from vanban.formatting.emphasis import has_marks, runs

    found = [t for t in root.iter(f"{W}t") if t.text and has_marks(t.text)]
    for text_element in found:
        run = text_element.getparent()
        if run is None or run.tag != f"{W}r":
            text_element.text = "".join(piece for piece, _ in runs(text_element.text or ""))
            continue
        properties = run.find(f"{W}rPr")
        pieces = runs(text_element.text or "")
        # The run keeps what precedes its text; the pieces after the first become new runs
        # that take along what followed the text in the original run.
        rest = list(text_element.itersiblings())
        text_element.text = pieces[0][0] if pieces else None
        if pieces and pieces[0][1]:
            new = _emphasised(properties, pieces[0][1])
            if properties is not None:
                properties.addprevious(new)
                run.remove(properties)
            else:
                run.insert(0, new)
        anchor = run
        for piece, styles in pieces[1:]:
            new_run = etree.Element(f"{W}r")
            if styles:
                new_run.append(_emphasised(properties, styles))
            elif properties is not None:
                new_run.append(copy.deepcopy(properties))
            new_run.append(_new_text(piece))
            anchor.addnext(new_run)
            anchor = new_run
        if anchor is not run:
            anchor.extend(rest)


def renumber_drawings(root: etree._Element) -> None:
    """Number drawings 1001, 1002, … in document order, as docxtpl does (ids must be unique)."""
    for number, doc_pr in enumerate(root.iter(_WP_DOCPR), start=FIRST_DRAWING_ID):
        doc_pr.set("id", str(number))


_NS = {"w": W[1:-1]}
# Evaluated in C, one call per row: no Python object per cell on tables of hundreds of rows.
_CELLS = etree.XPath("count(w:tc)", namespaces=_NS)
_SPANS = etree.XPath(
    "count(w:tc) + sum(w:tc/w:tcPr/w:gridSpan/@w:val) - count(w:tc/w:tcPr/w:gridSpan)",
    namespaces=_NS,
)


def _count(path: etree.XPath, row: etree._Element) -> int:
    value = path(row)
    assert isinstance(value, float)  # count() and sum() give numbers
    return int(value) if math.isfinite(value) else 0  # an unreadable gridSpan sums to NaN


def _width(column: etree._Element) -> float:
    """A grid column's width in twips; an unreadable one ("1e999", "abc") counts as 0."""
    return parse_number(column.get(f"{W}w")) or 0.0


def fix_grids(root: etree._Element) -> None:
    """Make each table's grid match its widest row, keeping the table's width.

    A ``{%tc for %}`` loop can give a row more or fewer cells than the template's grid has
    columns: columns are added (all narrowed in proportion) or the extra ones removed (their
    width shared out), with docxtpl's arithmetic so that output stays identical.
    """
    width_attr = f"{W}w"
    for table in root.iter(f"{W}tbl"):
        grid = table.find(f"{W}tblGrid")
        if grid is None:
            continue
        columns = grid.findall(f"{W}gridCol")
        rows = list(table.iter(f"{W}tr"))
        to_add = max([0, *(_count(_CELLS, row) - len(columns) for row in rows)])
        if to_add > 0:
            total = sum(_width(c) for c in columns)
            if total > 0:
                old_average = total / len(columns)
                new_average = total / (len(columns) + to_add)
                for column in columns:
                    scaled = _width(column) * new_average / old_average
                    column.set(width_attr, str(int(scaled)))
                for _ in range(to_add):
                    etree.SubElement(grid, f"{W}gridCol", {width_attr: str(int(new_average))})
            columns = grid.findall(f"{W}gridCol")
        widest = max([0, *(_count(_SPANS, row) for row in rows)])
        to_remove = len(columns) - widest
        if to_remove <= 0:
            continue
        removed = 0.0
        for column in columns[-to_remove:]:
            removed += _width(column)
            grid.remove(column)
        left = grid.findall(f"{W}gridCol")
        extra = int(removed / len(left)) if left else 0
        for column in left:
            column.set(width_attr, str(int(_width(column) + extra)))
