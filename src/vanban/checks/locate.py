"""Finding the parts of a document — các thành phần thể thức (Điều 8; Phụ lục I, mục IV).

Reads the WordprocessingML of any .docx, ours or foreign, and finds the national name and motto,
the issuing body, the "Số:" line, the place and date, the type name and summary, the body, the
signature and the "Nơi nhận" list. The header and the closing block are found whether they are
laid out in a borderless table (the usual way) or as plain paragraphs, with tabs separating the
left and right columns. Every piece remembers where it is, for the findings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from lxml import etree

from vanban.checks.props import ParagraphProps, RunProps, StyleResolver, twips, w
from vanban.formatting.text import text_width_pt
from vanban.models.kinds import DocumentType

__all__ = [
    "Container",
    "Line",
    "Located",
    "Paragraph",
    "Piece",
    "RuleMark",
    "Section",
    "Table",
    "find_rule_under",
    "key",
    "locate",
]

Element = etree._Element
Column = Literal["left", "right"] | None

_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_V = "urn:schemas-microsoft-com:vml"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_EMU_PER_PT = 12700

#: The type names of Phụ lục III, compared case-insensitively: "kế hoạch" → PLAN.
TYPE_HEADINGS = {t.heading.casefold(): t for t in DocumentType}

_NUMBER_START = re.compile(r"^số\b", re.IGNORECASE)
# A whole line that is a place and date, not a sentence that mentions one.
_DATE_WORDS = re.compile(
    r"^[^,;:]{0,60}?,?\s*ngày\b[^;:]{0,20}\btháng\b[^;:]{0,12}\bnăm\b[\s\d.…]*$", re.IGNORECASE
)
_DATE_NUMERIC = re.compile(r"^[^,;:]{1,60},\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*$")
_RULE_TEXT = re.compile(r"[\s_\-‐‑–—‾]*")
#: An authority prefix at the start of a signature line, in the state form (TM.) or not (T/M, TM).
PREFIX = re.compile(
    r"^(?P<prefix>T\s?/\s?M|K\s?/\s?T|T\s?/\s?L|TUQ|TM|KT|TL|Q)(?P<dot>\.?)\s+(?=\S)"
)

# Words that start the name of a body. In a header such as "ỦY BAN NHÂN DÂN TỈNH X / SỞ TƯ PHÁP"
# a line starting with one of them begins a new name (the issuing body under its parent); a line
# such as "XÃ ĐOÀN KẾT" continues the name above it.
_BODY_STARTS = (
    "ỦY BAN", "UỶ BAN", "UBND", "HĐND", "HỘI ĐỒNG", "BỘ ", "SỞ ", "CỤC ", "TỔNG CỤC", "CHI CỤC",
    "VỤ ", "VIỆN ", "BAN ", "VĂN PHÒNG", "PHÒNG ", "TRUNG TÂM", "TRƯỜNG ", "BỆNH VIỆN",
    "CÔNG AN", "THANH TRA", "KHO BẠC", "TÒA ÁN", "TOÀ ÁN", "ĐẢNG ", "ĐOÀN ", "MẶT TRẬN",
    "HỘI ", "TỔNG CÔNG TY", "CÔNG TY", "CHI NHÁNH", "ĐẠI HỌC", "HỌC VIỆN", "TẬP ĐOÀN",
    "TỔ ", "BỘ CHỈ HUY", "ĐÀI ", "BÁO ",
)  # fmt: skip


def normal(text: str) -> str:
    """NFC text with every run of white space (tabs, non-breaking spaces) made one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def key(text: str) -> str:
    """``normal`` text, case-folded: the form parts are recognised by."""
    return normal(text).casefold()


def is_rule_text(text: str) -> bool:
    """A line drawn with characters: "__________" or "-----------"."""
    stripped = text.strip()
    marks = sum(1 for c in stripped if not c.isspace())
    return marks >= 3 and _RULE_TEXT.fullmatch(stripped) is not None


@dataclass(frozen=True)
class Piece:
    """A stretch of text with one formatting."""

    text: str
    props: RunProps

    @property
    def shown(self) -> str:
        """The text as printed: capitals when the run is formatted as all caps."""
        return self.text.upper() if self.props.caps else self.text


@dataclass(eq=False)
class Line:
    """One line of text: a paragraph, or the part of it between tabs and line breaks."""

    pieces: tuple[Piece, ...]
    paragraph: Paragraph
    column: Column

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)

    @property
    def shown(self) -> str:
        return "".join(p.shown for p in self.pieces)

    @property
    def visible(self) -> list[Piece]:
        """The pieces that print something, leaving out superscript marks ("TỔ CHỨC²") if any."""
        printed = [p for p in self.pieces if p.text.strip()]
        baseline = [p for p in printed if p.props.vert_align is None]
        return baseline or printed

    @property
    def where(self) -> str:
        columns = {line.column for line in self.paragraph.lines}
        side = self.column if self.paragraph.container.kind != "cell" and len(columns) > 1 else None
        return self.paragraph.describe(self.text, side)

    def width_pt(self) -> float:
        """Printed width of the line, at most the width it has on the page."""
        width = sum(
            text_width_pt(p.shown, p.props.size_pt * p.props.scale, bold=p.props.bold)
            for p in self.pieces
        )
        room = self.paragraph.width_pt
        return width if room is None else min(width, room)


@dataclass(eq=False)
class Table:
    """A table of the body; ``label`` names it in findings ("header table", "table 2")."""

    element: Element
    label: str
    rows: list[list[Container]] = field(default_factory=list)
    grid_columns: int = 0

    def containers(self) -> Iterator[Container]:
        for row in self.rows:
            yield from row

    def paragraphs(self) -> Iterator[Paragraph]:
        for cell in self.containers():
            yield from cell.paragraphs

    def lines(self) -> Iterator[Line]:
        for paragraph in self.paragraphs():
            yield from paragraph.lines


@dataclass(eq=False)
class Container:
    """Where paragraphs follow one another: the body, a table cell, a page header, a text box."""

    kind: Literal["body", "cell", "header", "footer", "textbox"]
    width_twips: float | None
    label: str = ""
    table: Table | None = None
    row: int = 0
    cell: int = 0
    column: Column = None
    paragraphs: list[Paragraph] = field(default_factory=list)

    def describe(self) -> str:
        if self.kind != "cell" or self.table is None:
            return self.label
        side = {"left": "left cell", "right": "right cell"}.get(
            self.column or "", f"cell {self.cell}"
        )
        if len(self.table.rows) > 1:
            return f"{self.table.label}, row {self.row}, {side}"
        return f"{self.table.label}, {side}"


@dataclass(frozen=True)
class RuleMark:
    """A short rule (đường kẻ) drawn under a line of text, and how long it is."""

    kind: Literal["border", "shape", "text"]
    length_pt: float | None
    """None when it is drawn in a way whose length cannot be read (a VML shape in pixels…)."""
    where: str


@dataclass(eq=False)
class Paragraph:
    """A paragraph with its resolved format, its lines and its place."""

    element: Element
    props: ParagraphProps
    mark: RunProps
    container: Container
    index: int
    number: int
    """1-based position among the top-level paragraphs of the body (0 elsewhere)."""
    text: str
    lines: list[Line]
    shapes: list[float | None]
    """Flat drawn shapes (lines) in the paragraph: their length in points, or None if unknown."""
    has_drawing: bool
    breaks_page: bool
    ends_section: bool

    @property
    def width_pt(self) -> float | None:
        """Width between the paragraph's indents, in points."""
        if self.container.width_twips is None:
            return None
        return (self.container.width_twips - self.props.left - self.props.right) / 20

    @property
    def is_empty(self) -> bool:
        """Holds nothing at all: no text, no drawing, no border, no break."""
        return not (
            self.text.strip()
            or self.has_drawing
            or self.breaks_page
            or self.ends_section
            or self.props.border_bottom
        )

    @property
    def is_rule(self) -> bool:
        """Holds only a short rule: a bottom border, a drawn line or a line of underscores."""
        if self.text.strip():
            return all(is_rule_text(line.text) for line in self.lines)
        return self.props.border_bottom or bool(self.shapes)

    def describe(self, text: str | None = None, side: str | None = None) -> str:
        words = _snippet(self.text if text is None else text)
        if self.container.kind == "body":
            base = f"paragraph {self.number}" + (f", {side} side" if side else "")
            return f"{base} '{words}'" if words else f"{base} (empty)"
        base = self.container.describe()
        return f"{base}: '{words}'" if words else f"{base}, paragraph {self.index + 1} (empty)"

    @property
    def where(self) -> str:
        return self.describe()

    def following(self) -> Sequence[Paragraph]:
        return self.container.paragraphs[self.index + 1 :]


Block = Paragraph | Table


@dataclass(eq=False)
class Section:
    """A section of the document (mục trang): page setup and its page headers."""

    number: int
    element: Element
    page_width: int | None
    page_height: int | None
    orient: str | None
    margins: dict[str, int | None]
    title_page: bool
    headers: dict[str, Container | None]
    footers: dict[str, Container | None]
    blocks: list[Block] = field(default_factory=list)
    """The body's top-level paragraphs and tables in this section."""

    @property
    def data_tables(self) -> list[Table]:
        """Tables holding content: not the borderless header or closing layout tables."""
        return [
            b
            for b in self.blocks
            if isinstance(b, Table) and b.label not in ("header table", "closing table")
        ]

    @property
    def text_width(self) -> int | None:
        left, right = self.margins.get("left"), self.margins.get("right")
        if self.page_width is None or left is None or right is None:
            return None
        return self.page_width - left - right


@dataclass(eq=False)
class Located:
    """Everything found in one document."""

    sections: list[Section]
    blocks: list[Block]
    paragraphs: list[Paragraph]
    """Every paragraph: body, tables, text boxes, page headers and footers."""
    resolver: StyleResolver
    header_blocks: list[Block] = field(default_factory=list)
    national_name: Line | None = None
    motto: Line | None = None
    parent_lines: list[Line] = field(default_factory=list)
    issuer_lines: list[Line] = field(default_factory=list)
    number: Line | None = None
    date: Line | None = None
    subject: Line | None = None
    """The "V/v …" summary of a công văn (ô 5b)."""
    type_name: Paragraph | None = None
    document_type: DocumentType | None = None
    summary: list[Paragraph] = field(default_factory=list)
    body: list[Paragraph] = field(default_factory=list)
    addressees: list[Paragraph] = field(default_factory=list)
    """The "Kính gửi:" lines at the top of the body (ô 9a)."""
    table_notes: list[Paragraph] = field(default_factory=list)
    """Titles, units and notes set around tables in the body: not running text."""
    closing_blocks: list[Block] = field(default_factory=list)
    recipients_label: Line | None = None
    recipient_items: list[Line] = field(default_factory=list)
    signature_titles: list[Line] = field(default_factory=list)
    signers: list[Line] = field(default_factory=list)
    """The signers' names, one per signature (minutes have two: the secretary and the chair)."""
    signature_paragraphs: list[Paragraph] = field(default_factory=list)
    """Paragraphs of the signature block, whose blank lines leave room to sign."""

    @property
    def issuing_and_parent(self) -> list[Line]:
        return self.parent_lines + self.issuer_lines

    @property
    def title_last_line(self) -> Line | None:
        """The line the rule under the title hangs from: the summary's last, or the type name."""
        for paragraph in reversed(self.summary or ([self.type_name] if self.type_name else [])):
            if paragraph.lines:
                return paragraph.lines[-1]
        return None


# -- reading paragraphs ---------------------------------------------------------------------------

_RUN_CONTAINERS = {
    w(t)
    for t in (
        "hyperlink",
        "ins",
        "smartTag",
        "sdt",
        "sdtContent",
        "fldSimple",
        "customXml",
        "moveTo",
        "dir",
        "bdo",
    )
}


def _runs(parent: Element) -> Iterator[Element]:
    for child in parent:
        if child.tag == w("r"):
            yield child
        elif child.tag in _RUN_CONTAINERS:
            yield from _runs(child)


def _snippet(text: str, words: int = 6, chars: int = 40) -> str:
    flat = normal(text)
    cut = " ".join(flat.split(" ")[:words])
    if len(cut) > chars:
        cut = cut[:chars].rstrip()
    return cut + ("…" if cut != flat else "")


def _length(value: str) -> float | None:
    """A VML length in points ("12pt", "1.5in", "2cm"); None for unit-less pixels or garbage."""
    match = re.fullmatch(r"\s*(-?[\d.]+)\s*(pt|in|cm|mm|pc|px)\s*", value)
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
    if next(paragraph.iter(w("drawing"), w("pict"), f"{{{_MC}}}AlternateContent"), None) is None:
        return lengths, False
    for anchor in paragraph.iter(f"{{{_WP}}}anchor", f"{{{_WP}}}inline"):
        if any(a.tag == f"{{{_MC}}}Fallback" for a in anchor.iterancestors()):
            continue
        extent = anchor.find(f"{{{_WP}}}extent")
        geometry = next(anchor.iter(f"{{{_A}}}prstGeom"), None)
        if extent is None or geometry is None:
            continue
        try:
            cx, cy = int(extent.get("cx", "0")), int(extent.get("cy", "0"))
        except ValueError:
            lengths.append(None)
            continue
        if geometry.get("prst") in ("line", "straightConnector1") or cy <= 2 * _EMU_PER_PT:
            lengths.append(max(cx, cy) / _EMU_PER_PT)
    for shape in paragraph.iter(f"{{{_V}}}line", f"{{{_V}}}shape", f"{{{_V}}}rect"):
        if any(a.tag == f"{{{_MC}}}Fallback" for a in shape.iterancestors()):
            continue
        if shape.tag == f"{{{_V}}}line":
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
        for run in _runs(element):
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
                    kind="textbox", width_twips=None, label=f"text box in {paragraph.where}"
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
            for cell_number, cell in enumerate(_cells(row), start=1):
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
        for element in _block_elements(parent):
            if element.tag == w("p"):
                out.append(self.paragraph(element, container))
            else:
                nested = None if container.kind == "body" else f"table in {container.describe()}"
                out.append(self.table(element, nested))
        return out


def _cells(row: Element) -> Iterator[Element]:
    for child in row:
        if child.tag == w("tc"):
            yield child
        elif child.tag in (w("sdt"), w("customXml")):
            content = child.find(w("sdtContent")) if child.tag == w("sdt") else child
            if content is not None:
                yield from _cells(content)


def _block_elements(parent: Element) -> Iterator[Element]:
    for child in parent:
        if child.tag in (w("p"), w("tbl")):
            yield child
        elif child.tag == w("sdt"):
            content = child.find(w("sdtContent"))
            if content is not None:
                yield from _block_elements(content)
        elif child.tag == w("customXml"):
            yield from _block_elements(child)


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
                root = part_xml(ref.get(f"{{{_R}}}id"))
                if root is None:
                    continue
                name = {
                    "default": f"page {noun}",
                    "first": f"first-page {noun}",
                    "even": f"even-page {noun}",
                }
                container = Container(
                    kind="header" if noun == "header" else "footer",
                    width_twips=text_width,
                    label=f"{name.get(kind, noun)} (section {number})",
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


# -- the parts ------------------------------------------------------------------------------------


def _looks_national(line: Line) -> bool:
    k = key(line.text)
    return k.startswith(("cộng hòa", "cộng hoà")) or "chủ nghĩa việt nam" in k


def _looks_motto(line: Line) -> bool:
    return key(line.text).startswith("độc lập")


def _looks_number(line: Line) -> bool:
    text = normal(line.text)
    return bool(_NUMBER_START.match(text)) and ("/" in text or ":" in text)


def _looks_date(line: Line) -> bool:
    text = normal(line.text)
    return bool(_DATE_WORDS.search(text) or _DATE_NUMERIC.search(text))


def _block_lines(block: Block) -> Iterator[Line]:
    if isinstance(block, Paragraph):
        yield from block.lines
    else:
        yield from block.lines()


def _is_signature_start(line: Line) -> bool:
    text = normal(line.shown)
    match = PREFIX.match(text)
    if match is None:
        return False
    rest = text[match.end() :]
    return rest == rest.upper() and any(c.isalpha() for c in rest)


def _is_label(line: Line) -> bool:
    return key(line.text).startswith("nơi nhận")


def find_rule_under(line: Line) -> RuleMark | None:
    """The short rule right under a line of text, in the same cell or column, if there is one."""
    mark = _rule_nearby(line)
    if mark is None and line.paragraph.container.kind == "cell":
        # Word anchors a drawn line to whichever paragraph of the cell held the cursor, so any
        # flat shape in the cell is taken for the rule.
        for other in line.paragraph.container.paragraphs:
            if other.shapes:
                return RuleMark("shape", other.shapes[0], other.where)
    return mark


def _rule_nearby(line: Line) -> RuleMark | None:
    paragraph = line.paragraph
    own = paragraph.lines
    position = own.index(line)
    for later in own[position + 1 :]:
        if later.column == line.column or line.column is None:
            if is_rule_text(later.text):
                return RuleMark("text", later.width_pt(), later.where)
            break
    else:
        if paragraph.props.border_bottom:
            return RuleMark("border", paragraph.width_pt, paragraph.where)
    if paragraph.shapes:
        return RuleMark("shape", paragraph.shapes[0], paragraph.where)
    skipped = 0
    for nxt in paragraph.following()[:3]:
        if nxt.shapes:
            return RuleMark("shape", nxt.shapes[0], nxt.where)
        if not nxt.text.strip():
            if nxt.props.border_bottom:
                return RuleMark("border", nxt.width_pt, nxt.where)
            skipped += 1
            if skipped > 1:
                return None
            continue
        same = [
            candidate
            for candidate in nxt.lines
            if line.column is None or candidate.column in (line.column, None)
        ]
        for candidate in same:
            if is_rule_text(candidate.text):
                return RuleMark("text", candidate.width_pt(), candidate.where)
        if same:
            return None
    return None


def _split_issuer(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Split the lines above "Số:" into the parent body (regular) and the issuing body (bold)."""
    if not lines:
        return [], []
    starts = [
        i
        for i, line in enumerate(lines)
        if i > 0 and (normal(line.shown).upper() + " ").startswith(_BODY_STARTS)
    ]
    split = starts[-1] if starts else 0
    bold = [all(p.props.bold for p in line.visible) for line in lines]
    leading_regular = next((i for i, b in enumerate(bold) if b), len(lines))
    if 0 < leading_regular < len(lines) and all(bold[leading_regular:]):
        split = leading_regular
    return lines[:split], lines[split:]


def _find_header(located: Located) -> int:
    """Find the header parts; return the index of the first block after the header."""
    blocks = located.blocks
    title_at: int | None = None
    for index, block in enumerate(blocks[:40]):
        if isinstance(block, Paragraph) and key(block.text) in TYPE_HEADINGS:
            title_at = index
            located.type_name = block
            located.document_type = TYPE_HEADINGS[key(block.text)]
            break
    if title_at is not None:
        end = title_at
    else:
        end = 0
        for index, block in enumerate(blocks[:15]):
            if isinstance(block, Paragraph) and (
                key(block.text).startswith("kính gửi")
                or (block.props.justified and len(block.text) > 80)
            ):
                break  # the body has begun
            for line in _block_lines(block):
                if (
                    _looks_national(line)
                    or _looks_motto(line)
                    or _looks_number(line)
                    or _looks_date(line)
                    or key(line.text).startswith("v/v")
                ):
                    end = index + 1
    # The header starts at the national name, or at the capitalised lines of a body name set
    # above it; whatever comes before (a cover note, a heading) is not part of it.
    start = next(
        (i for i in range(end) if any(_looks_national(line) for line in _block_lines(blocks[i]))),
        0,
    )
    national_at = start
    for index in range(national_at - 1, max(-1, national_at - 7), -1):
        previous = blocks[index]
        if not isinstance(previous, Paragraph):
            break
        if previous.is_rule or previous.is_empty:
            continue
        shown = normal("".join(line.shown for line in previous.lines))
        if shown != shown.upper():
            break
        start = index
    located.header_blocks = blocks[start:end]
    lines = [line for block in located.header_blocks for line in _block_lines(block)]
    for line in lines:
        if located.national_name is None and _looks_national(line):
            located.national_name = line
        elif located.motto is None and located.national_name is not None and _looks_motto(line):
            located.motto = line
        elif located.number is None and _looks_number(line):
            located.number = line
        elif located.date is None and _looks_date(line):
            located.date = line
        elif located.subject is None and key(line.text).startswith("v/v"):
            located.subject = line
    found = [x for x in (located.national_name, located.number, located.date) if x is not None]
    for block in located.header_blocks:
        if isinstance(block, Table) and any(ln in found for ln in block.lines()):
            block.label = "header table"

    # The body name sits in the column of "Số:", above it: in the same table when the header is
    # a table, among the plain paragraphs otherwise.
    anchor = located.number or located.date or located.national_name
    home = next(
        (
            b
            for b in located.header_blocks
            if anchor is not None and anchor in list(_block_lines(b))
        ),
        None,
    )
    pool = (
        list(home.lines())
        if isinstance(home, Table)
        else [ln for b in located.header_blocks if isinstance(b, Paragraph) for ln in b.lines]
    )
    taken = {located.national_name, located.motto, located.number, located.date, located.subject}
    candidates: list[Line] = []
    for line in pool:
        if line is located.number or line is located.date:
            break
        if line in taken or is_rule_text(line.text):
            continue
        if located.number is not None and located.number.column is not None:
            if line.column != located.number.column:
                continue
        elif line.column == "right" or (
            located.national_name is not None
            and located.national_name.column is not None
            and line.column == located.national_name.column
        ):
            continue
        candidates.append(line)
    located.parent_lines, located.issuer_lines = _split_issuer(candidates)
    return end


def _find_title(located: Located, start: int) -> int:
    """Find the summary under the type name; return the index of the first block after them."""
    if located.type_name is None:
        return start
    blocks = located.blocks
    index = blocks.index(located.type_name) + 1
    summary: list[Paragraph] = []
    while index < len(blocks) and len(summary) < 3:
        block = blocks[index]
        if not isinstance(block, Paragraph):
            break
        if block.is_rule:
            index += 1
            break
        if not block.text.strip():
            if summary:
                break
            index += 1
            continue
        if block.props.centred or all(p.props.bold for ln in block.lines for p in ln.visible):
            summary.append(block)
            index += 1
            continue
        break
    located.summary = summary
    return index


#: Words of the titles signing minutes and other side-by-side signatures (Mẫu 1.9: THƯ KÝ, CHỦ TỌA).
_SIGNING_WORDS = (
    "thư ký",
    "chủ tọa",
    "chủ toạ",
    "chủ trì",
    "chủ tịch",
    "giám đốc",
    "trưởng",
    "bí thư",
)


def _looks_signature_table(table: Table) -> bool:
    """A small table of short lines naming who signs (THƯ KÝ | CHỦ TỌA, then the names)."""
    lines = list(table.lines())
    if not lines or len(table.rows) > 3 or any(len(normal(line.text)) > 60 for line in lines):
        return False
    return any(
        any(word in key(line.text) for word in _SIGNING_WORDS)
        and not any(c.isdigit() for c in line.text)
        for line in lines
    )


def _is_hint(line: Line) -> bool:
    """ "(Chữ ký, dấu)", "(Đã ký)": a note in the room left to sign, not a title or a name."""
    text = normal(line.text)
    return text.startswith("(") and text.endswith(")")


def _split_signature(
    sequence: list[tuple[Paragraph, list[Line]]],
) -> tuple[list[Line], Line | None]:
    """Title lines above the room to sign (blank lines), and the name below it."""
    titles: list[Line] = []
    after_gap: list[Line] = []
    gap = False
    for _, found in sequence:
        found = [ln for ln in found if not _is_hint(ln) and not is_rule_text(ln.text)]
        if found:
            (after_gap if gap else titles).extend(found)
        elif titles:
            gap = True
    if after_gap:
        return titles, after_gap[-1]
    if len(titles) >= 2:
        return titles[:-1], titles[-1]
    return titles, None


def _find_closing(located: Located, start: int) -> int:
    """Find the signature and the "Nơi nhận" list; return where the closing block starts."""
    blocks = located.blocks
    closing_at = len(blocks)
    for index in range(start, len(blocks)):
        block = blocks[index]
        lines = list(_block_lines(block))
        if (
            any(_is_label(line) or _is_signature_start(line) for line in lines)
            or (isinstance(block, Table) and _looks_signature_table(block))
            or any(key(line.text) in ("thư ký", "chủ tọa", "chủ toạ", "chủ trì") for line in lines)
        ):
            closing_at = index
            break
    end = closing_at
    while end < len(blocks):
        block = blocks[end]
        if (
            end > closing_at
            and isinstance(block, Paragraph)
            and (block.breaks_page or key(block.text).startswith("phụ lục"))
        ):
            break
        end += 1
        if isinstance(block, Paragraph) and block.ends_section:
            break
    located.closing_blocks = blocks[closing_at:end]
    if not located.closing_blocks:
        return closing_at
    for block in located.closing_blocks:
        if isinstance(block, Table):
            block.label = "closing table"

    lines = [line for block in located.closing_blocks for line in _block_lines(block)]
    label = next((line for line in lines if _is_label(line)), None)
    located.recipients_label = label
    items: list[Line] = []
    if label is not None:
        container = label.paragraph.container
        paragraph_lines = label.paragraph.lines
        for line in paragraph_lines[paragraph_lines.index(label) + 1 :]:
            if line.column == label.column:
                items.append(line)
        for paragraph in label.paragraph.following():
            if container.kind == "cell":
                if not paragraph.text.strip():
                    if items:
                        break
                    continue
                items.extend(paragraph.lines)
                continue
            own = [ln for ln in paragraph.lines if ln.column == "left"]
            loose = [ln for ln in paragraph.lines if ln.column is None]
            if own:
                items.extend(own)
            elif loose and normal(loose[0].text).startswith(("-", "–", "+")):
                items.extend(loose)
            elif loose:
                break
    located.recipient_items = items

    taken = {id(line) for line in items}
    if label is not None:
        taken.add(id(label))
    table = next((b for b in located.closing_blocks if isinstance(b, Table)), None)
    signatures: list[tuple[list[Line], Line | None]] = []
    if table is not None:
        # One signature per column, read down the rows: minutes put THƯ KÝ and CHỦ TỌA side by
        # side, with the names in the row below.
        columns: dict[int, list[Paragraph]] = {}
        for row in table.rows:
            for cell in row:
                columns.setdefault(cell.cell, []).extend(cell.paragraphs)
        for paragraphs in columns.values():
            sequence = [(p, [ln for ln in p.lines if id(ln) not in taken]) for p in paragraphs]
            if any(found for _, found in sequence):
                located.signature_paragraphs.extend(paragraphs)
                signatures.append(_split_signature(sequence))
    else:
        sequence = []
        for block in located.closing_blocks:
            if isinstance(block, Paragraph):
                located.signature_paragraphs.append(block)
                found = [ln for ln in block.lines if id(ln) not in taken and ln.column != "left"]
                sequence.append((block, found))
        signatures.append(_split_signature(sequence))
    located.signature_titles = [line for titles, _ in signatures for line in titles]
    located.signers = [name for _, name in signatures if name is not None]
    return closing_at


def locate(
    body: Element,
    resolver: StyleResolver,
    part_xml: Any,
) -> Located:
    """Read a document body and find its parts.

    ``part_xml`` maps a relationship id of the main document part to the root element of the
    related part (used for page headers and footers), or None.
    """
    reader = _Reader(resolver)
    container = Container(kind="body", width_twips=None)
    blocks = reader.blocks(body, container)
    sections = _sections(body, blocks, reader, part_xml)
    width = next((s.text_width for s in sections if s.text_width is not None), None)
    _set_width(container, blocks, width)
    located = Located(
        sections=sections, blocks=blocks, paragraphs=reader.paragraphs, resolver=resolver
    )
    header_end = _find_header(located)
    body_start = _find_title(located, header_end)
    body_end = _find_closing(located, body_start)
    body_blocks = blocks[body_start:body_end]
    located.table_notes = _table_notes(body_blocks)
    notes = {id(p) for p in located.table_notes}
    located.body = [
        b
        for b in body_blocks
        if isinstance(b, Paragraph) and b.text.strip() and not b.is_rule and id(b) not in notes
    ]
    for paragraph in located.body:
        if key(paragraph.text).startswith("kính gửi"):
            located.addressees.append(paragraph)
        elif located.addressees and normal(paragraph.text).startswith(("-", "–")):
            if located.addressees[-1] is located.body[located.body.index(paragraph) - 1]:
                located.addressees.append(paragraph)
        elif located.addressees:
            break
    return located


def _italic(paragraph: Paragraph) -> bool:
    pieces = [p for line in paragraph.lines for p in line.visible]
    return bool(pieces) and all(p.props.italic for p in pieces)


def _table_notes(blocks: Sequence[Block]) -> list[Paragraph]:
    """Captions and notes that go with a table in the body, not running text.

    Decree 30 does not format them; practice puts a centred title and a right-aligned or italic
    "Đơn vị tính: …" line above a table, and an italic note ("Ghi chú", the source) below it.
    """
    out: list[Paragraph] = []
    for index, block in enumerate(blocks):
        if not isinstance(block, Table):
            continue
        above = [b for b in blocks[max(0, index - 2) : index] if isinstance(b, Paragraph)]
        for paragraph in reversed(above):
            text = key(paragraph.text)
            if not text or not (
                paragraph.props.centred
                or paragraph.props.align == "right"
                or _italic(paragraph)
                or text.startswith(("đơn vị tính", "đvt"))
            ):
                break
            out.append(paragraph)
        below = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(below, Paragraph) and below.text.strip():
            text = key(below.text)
            if _italic(below) or text.startswith(("ghi chú", "nguồn", "(*)", "*")):
                out.append(below)
    return out


def _set_width(container: Container, blocks: Iterable[Block], width: int | None) -> None:
    """Give the body and its top-level tables the text width of the page."""
    container.width_twips = width
    for block in blocks:
        if isinstance(block, Table):
            for cell in block.containers():
                if cell.width_twips is None and width is not None and block.grid_columns:
                    cell.width_twips = width / max(1, len(block.rows[0]) if block.rows else 1)
