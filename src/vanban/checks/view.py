"""Reading a document as laid out — văn bản như khi in: lines, columns, tables, sections.

A paragraph is cut at its tabs and line breaks into lines, each with the pieces of text it
prints and their effective formatting; a table is rows of cells, each cell a container of
blocks; a section has its page set-up and its page headers. :mod:`vanban.checks.parts` finds
Decree 30's parts in this view and :mod:`vanban.checks.rules` judges them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

from vanban.checks.props import ParagraphProps, RunProps
from vanban.formatting.text import text_width_pt
from vanban.i18n import _
from vanban.ooxml.ns import Element

__all__ = [
    "Block",
    "Column",
    "Container",
    "Line",
    "Paragraph",
    "Piece",
    "RuleMark",
    "Section",
    "Table",
    "is_rule_text",
    "key",
    "normal",
]

Column = Literal["left", "right"] | None

_RULE_TEXT = re.compile(r"[\s_\-‐‑–—‾]*")


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
        # Places are worded when found, in the language of the check (vanban.i18n).
        side = {"left": _("left cell"), "right": _("right cell")}.get(self.column or "") or _(
            "cell {cell}", cell=self.cell
        )
        if len(self.table.rows) > 1:
            return _("{table}, row {row}, {side}", table=self.table.label, row=self.row, side=side)
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
            base = _("paragraph {number}", number=self.number)
            if side:
                sides = {"left": _("{base}, left side", base=base)}
                base = sides.get(side) or _("{base}, right side", base=base)
            return f"{base} '{words}'" if words else _("{base} (empty)", base=base)
        base = self.container.describe()
        if words:
            return f"{base}: '{words}'"
        return _("{base}, paragraph {number} (empty)", base=base, number=self.index + 1)

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


def _snippet(text: str, words: int = 6, chars: int = 40) -> str:
    flat = normal(text)
    cut = " ".join(flat.split(" ")[:words])
    if len(cut) > chars:
        cut = cut[:chars].rstrip()
    return cut + ("…" if cut != flat else "")
