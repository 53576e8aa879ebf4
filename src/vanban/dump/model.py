"""Bản kết xuất (dump records): a .docx as plain records that can be written, parsed and diffed.

A dump is a tree that mirrors what a reader of the document sees, with no Word internals::

    DocumentDump
    └── body: Section | Paragraph | Table, in document order; a Section record opens each section
        Section  ── attrs (page size, margins …), stories: headers and footers
            Story ── kind ("header", "first-page footer" …), attrs, blocks
        Table    ── attrs, rows ── Row ── attrs, cells ── Cell ── attrs, blocks
        Paragraph ── text, attrs, runs (only the runs formatted unlike the paragraph)

Attribute values are display strings (``"20 mm"``, ``"14 pt (style)"``, ``"true"``), kept in
a fixed order, so that two dumps compare attribute by attribute and every value reads as is.
Positions (paragraph 12, table 2, row 3) are not stored: they follow from the order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Attrs",
    "Block",
    "BodyItem",
    "Cell",
    "DocumentDump",
    "Paragraph",
    "Row",
    "Run",
    "Section",
    "Story",
    "Table",
]

Attrs = dict[str, str]


@dataclass
class Run:
    """Đoạn chữ (run): a stretch of a paragraph formatted unlike the paragraph as a whole."""

    number: int
    text: str
    attrs: Attrs = field(default_factory=dict)


@dataclass
class Paragraph:
    """Đoạn văn (paragraph): its text, paragraph and character formatting, and odd runs."""

    text: str
    attrs: Attrs = field(default_factory=dict)
    runs: list[Run] = field(default_factory=list)


@dataclass
class Cell:
    """Ô (table cell): width, merging, borders and the paragraphs or tables inside it."""

    attrs: Attrs = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Row:
    """Hàng (table row)."""

    attrs: Attrs = field(default_factory=dict)
    cells: list[Cell] = field(default_factory=list)


@dataclass
class Table:
    """Bảng (table): width, column widths, borders and rows."""

    attrs: Attrs = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)


@dataclass
class Story:
    """Đầu trang / chân trang (header or footer) of one section."""

    kind: str
    attrs: Attrs = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Section:
    """Phần (section): page setup and its headers and footers; it opens the content after it."""

    attrs: Attrs = field(default_factory=dict)
    stories: list[Story] = field(default_factory=list)


Block = Paragraph | Table
BodyItem = Section | Paragraph | Table


@dataclass
class DocumentDump:
    """Bản kết xuất văn bản (the whole dump of one document)."""

    body: list[BodyItem] = field(default_factory=list)

    @property
    def sections(self) -> list[Section]:
        return [item for item in self.body if isinstance(item, Section)]

    @property
    def blocks(self) -> list[Block]:
        """The body's paragraphs and tables, without the section records."""
        return [item for item in self.body if not isinstance(item, Section)]
