"""Finding the text a decision issues or approves — văn bản kèm theo (Phụ lục III, Mẫu 1.3).

It follows the decision's closing block on a new page: a header (issuing body, national name
and motto, no number), a type name ("QUY CHẾ", "KẾ HOẠCH" …) and summary, the italic line
"(Ban hành kèm theo Quyết định số …)" with a short rule, then its body and a signature. The
decision's own parts are found before it (:mod:`vanban.checks.parts` ends the closing block at
the section or page break), so nothing here changes what the decision's rules read.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field

from vanban.checks.parts import PREFIX, TYPE_HEADINGS, Located
from vanban.checks.view import Block, Line, Paragraph, Table, key, normal
from vanban.models.kinds import DocumentType

__all__ = ["REFERENCE_SHAPE", "Attached", "after_closing", "find_attached", "reference_text"]

#: "(Ban hành kèm theo Quyết định số …)", "(Kèm theo Quyết định số …)", over one or two lines.
REFERENCE_SHAPE = re.compile(
    r"^\((ban hành |phê duyệt )?kèm theo quyết định số\b.+\)$", re.IGNORECASE
)
#: How far after the closing block the attached text's type name may stand (header blocks).
_HEADER_REACH = 12


@dataclass(eq=False)
class Attached:
    """The attached text's parts, as found."""

    header_lines: list[Line]
    type_name: Paragraph
    document_type: DocumentType
    summary: list[Paragraph] = field(default_factory=list)
    reference: Paragraph | None = None
    body: list[Paragraph] = field(default_factory=list)
    """Its running text, up to its signature: chapters and articles, or a plan's sections."""


def _lines(block: Block) -> Iterator[Line]:
    if isinstance(block, Paragraph):
        yield from block.lines
    else:
        yield from block.lines()


def _looks_national(line: Line) -> bool:
    k = key(line.text)
    return k.startswith(("cộng hòa", "cộng hoà")) or "chủ nghĩa việt nam" in k


def _signs(block: Block) -> bool:
    for line in _lines(block):
        text = normal(line.shown)
        match = PREFIX.match(text)
        rest = text[match.end() :] if match else ""
        if match and rest == rest.upper() and any(c.isalpha() for c in rest):
            return True
    return False


def reference_text(paragraph: Paragraph) -> str:
    """The reference line's words on one line: "(Ban hành kèm theo Quyết định số … của …)"."""
    return " ".join(normal(paragraph.text).split())


def after_closing(doc: Located) -> list[Block]:
    """The blocks after the closing block (signature, Nơi nhận): appendices, an attached text."""
    if not doc.closing_blocks:
        return []
    last = doc.closing_blocks[-1]
    start = next((i for i, b in enumerate(doc.blocks) if b is last), len(doc.blocks)) + 1
    return doc.blocks[start:]


#: Each checked document's attached text, found once for the several rules that read it.
_FOUND: weakref.WeakKeyDictionary[Located, Attached | None] = weakref.WeakKeyDictionary()


def find_attached(doc: Located) -> Attached | None:
    """The attached text after a decision's closing block, or None when there is none.

    An appendix ("Phụ lục …") there is not an attached text: it has no header of its own.
    """
    if doc not in _FOUND:
        _FOUND[doc] = _find(doc)
    return _FOUND[doc]


def _find(doc: Located) -> Attached | None:
    rest = after_closing(doc)
    header: list[Line] = []
    for index, block in enumerate(rest[:_HEADER_REACH]):
        if isinstance(block, Paragraph) and key(block.text).startswith("phụ lục"):
            return None
        if isinstance(block, Paragraph) and key(block.text) in TYPE_HEADINGS:
            if not any(_looks_national(line) for line in header):
                return None
            found = Attached(header, block, TYPE_HEADINGS[key(block.text)])
            _read_title_and_body(found, rest[index + 1 :])
            return found
        header.extend(_lines(block))
    return None


def _read_title_and_body(found: Attached, blocks: list[Block]) -> None:
    at = 0
    while at < len(blocks) and len(found.summary) < 3:
        block = blocks[at]
        if not isinstance(block, Paragraph) or block.is_rule:
            break
        text = reference_text(block)
        if text.startswith("(") and "kèm theo" in key(text):
            break
        if text:
            found.summary.append(block)
        at += 1
    if at < len(blocks):
        block = blocks[at]
        if isinstance(block, Paragraph) and reference_text(block).startswith("("):
            found.reference = block
            at += 1
    for block in blocks[at:]:
        if isinstance(block, Table):
            if _signs(block):
                break
            continue
        if _signs(block) or key(block.text).startswith("phụ lục"):
            break
        if block.text.strip() and not block.is_rule:
            found.body.append(block)
        if block.ends_section:
            break
