"""Duyệt nội dung (walking the content): blocks, rows, cells and runs in document order.

Word wraps ordinary content in elements that change nothing on paper: content controls
(``w:sdt``), custom XML, tracked insertions and moves, smart tags, hyperlinks and the
bidirectional wrappers ``w:dir``/``w:bdo``. Every reader looks through the same list, so that a
run one reader sees is a run every reader sees.
"""

from __future__ import annotations

from collections.abc import Iterator

from vanban.ooxml.ns import Element, w

__all__ = [
    "BLOCK_WRAPPERS",
    "RUN_WRAPPERS",
    "TEXT_WRAPPERS",
    "iter_blocks",
    "iter_cells",
    "iter_content",
    "iter_runs",
]

#: Wrappers a run can sit in, inside a paragraph (``w:fldSimple`` holds its field's result).
RUN_WRAPPERS = frozenset(
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
)
#: Run wrappers whose content is read as it stands (a field and a content control are read apart).
TEXT_WRAPPERS = RUN_WRAPPERS - {w("sdt"), w("sdtContent"), w("fldSimple")}
#: Wrappers a block (paragraph, table), row or cell can sit in.
BLOCK_WRAPPERS = frozenset({w("customXml"), w("ins"), w("moveTo"), w("smartTag")})

_P, _TBL, _TC, _R, _SDT, _SDT_CONTENT = w("p"), w("tbl"), w("tc"), w("r"), w("sdt"), w("sdtContent")


def iter_runs(parent: Element) -> Iterator[Element]:
    """The runs (``w:r``) of a paragraph, through every run wrapper."""
    for element in parent:
        if element.tag == _R:
            yield element
        elif element.tag in RUN_WRAPPERS:
            yield from iter_runs(element)


def iter_content(
    parent: Element, tags: frozenset[str], wrappers: frozenset[str] = BLOCK_WRAPPERS
) -> Iterator[Element]:
    """Children of ``parent`` with one of ``tags``, looking through ``sdt`` and ``wrappers``."""
    for element in parent:
        tag = element.tag
        if tag in tags:
            yield element
        elif tag == _SDT:
            content = element.find(_SDT_CONTENT)
            if content is not None:
                yield from iter_content(content, tags, wrappers)
        elif tag in wrappers:
            yield from iter_content(element, tags, wrappers)


_BLOCKS = frozenset({_P, _TBL})
_CELLS = frozenset({_TC})


def iter_blocks(parent: Element) -> Iterator[Element]:
    """The paragraphs and tables of a body or cell, through content controls and wrappers."""
    return iter_content(parent, _BLOCKS, BLOCK_WRAPPERS)


def iter_cells(row: Element) -> Iterator[Element]:
    """The cells (``w:tc``) of a table row, through content controls and wrappers."""
    return iter_content(row, _CELLS, BLOCK_WRAPPERS)
