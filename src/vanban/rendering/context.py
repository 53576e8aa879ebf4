"""Model → template context: the only bridge between the models and the templates.

Everything a template prints is prepared here as plain, finished text — labels computed, capitals
applied, punctuation of the recipient list set — so templates hold nothing but ``{{ }}``, loops
and ifs, and a user who restyles a template in Word cannot break the format rules.

The context of a document with a type name (plans, reports):

=================  ===========================================================================
key                what it holds
=================  ===========================================================================
parent_body        parent body in capitals, or "" (ô 2)
issuer_name        issuing body in capitals; "\\n" between lines (ô 2)
number_line        "Số: 12/KH-UBND", blank number in a draft (ô 3)
date_line          "Đoàn Kết, ngày 05 tháng 01 năm 2023" (ô 4)
type_name          "KẾ HOẠCH" (ô 5a)
summary            trích yếu (ô 5a)
blocks             list of {style, text}: style is heading1, heading2, heading3 or body (ô 6)
recipients         "- UBND huyện;" … "- Lưu: VT, TP." (ô 9b)
signature_lines    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH" (ô 7a)
signer_name        "Phạm Xuân Luân" (ô 7b)
=================  ===========================================================================
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from vanban.formatting.numbering import LevelStyle, format_label, style_at
from vanban.models.body import BodyNode, Item, Paragraph, Section, Task
from vanban.models.document import Document

__all__ = ["Block", "build_context", "flatten_body", "recipient_lines"]

#: The end mark after the last paragraph of the body (dấu kết thúc: "./.").
END_MARK = "./."
_BULLETS = (LevelStyle.DASH, LevelStyle.PLUS, LevelStyle.STAR)


@dataclass(frozen=True)
class Block:
    """One paragraph of the body as the template prints it."""

    style: str
    text: str


def flatten_body(nodes: Sequence[BodyNode], ladder: Sequence[LevelStyle]) -> list[Block]:
    """The body tree as paragraphs, each numbered by its depth and its place among its siblings."""
    return list(_walk(nodes, ladder, 0, ""))


def _walk(
    nodes: Sequence[BodyNode], ladder: Sequence[LevelStyle], depth: int, parent_label: str
) -> Iterator[Block]:
    number = 0
    for node in nodes:
        if isinstance(node, str):
            yield Block("body", node)
            continue
        if isinstance(node, Paragraph):
            yield Block("body", node.text)
            continue
        number += 1
        label = node.label or format_label(style_at(ladder, depth), number, parent_label)
        if isinstance(node, Section):
            title = node.title.upper() if depth == 0 else node.title
            yield Block(f"heading{min(depth + 1, 3)}", f"{label} {title}")
        elif isinstance(node, Item | Task):
            yield Block("body", f"{label} {node.text}")
        yield from _walk(node.children, ladder, depth + 1, label)
        if isinstance(node, Task):
            yield from _task_lines(node, ladder, depth + 1)


def _task_lines(task: Task, ladder: Sequence[LevelStyle], depth: int) -> Iterator[Block]:
    # The seed plans print these as "- Chủ trì: …" one level down; a counting style there
    # (1., a)) would make them look like sub-tasks, so they fall back to a dash.
    style = style_at(ladder, depth)
    bullet = style.value if style in _BULLETS else LevelStyle.DASH.value
    fields = [
        ("Chủ trì", task.lead),
        ("Phối hợp", ", ".join(task.partners) if task.partners else None),
        ("Thời gian thực hiện", task.deadline),
    ]
    for name, value in fields:
        if value:
            yield Block("body", f"{bullet} {name}: {_end_with(value, '.')}")


def _end_with(text: str, mark: str) -> str:
    stripped = text.rstrip().rstrip(".;,")
    return stripped + mark


def with_end_mark(blocks: list[Block]) -> list[Block]:
    """Append "./." to the last paragraph: "… xã Đoàn Kết." → "… xã Đoàn Kết./."."""
    if not blocks:
        return blocks
    last = blocks[-1]
    text = last.text.rstrip()
    if not text.endswith(END_MARK):
        text = text + "/." if text.endswith(".") else text + END_MARK
    return [*blocks[:-1], Block(last.style, text)]


def recipient_lines(recipients: Sequence[str], archive: Sequence[str]) -> list[str]:
    """The Nơi nhận items: "- …;" each, and the archive line last, ending with ".".

    >>> recipient_lines(["UBND huyện", "Thường trực Đảng ủy;"], ["VT", "TP"])
    ['- UBND huyện;', '- Thường trực Đảng ủy;', '- Lưu: VT, TP.']
    """
    lines = [f"- {_end_with(_strip_dash(r), ';')}" for r in recipients]
    lines.append(f"- Lưu: {_end_with(', '.join(archive), '.')}")
    return lines


def _strip_dash(text: str) -> str:
    return text[1:].lstrip() if text.startswith("-") else text


def build_context(document: Document) -> dict[str, Any]:
    """The template context of a document with a type name."""
    blocks = with_end_mark(flatten_body(document.body, document.numbering))
    return {
        "parent_body": document.issuer.parent.upper() if document.issuer.parent else "",
        "issuer_name": document.issuer.name.upper(),
        "number_line": document.number_line,
        "date_line": document.date_line,
        "type_name": document.document_type.heading,
        "summary": document.summary,
        "blocks": [asdict(b) for b in blocks],
        "recipients": recipient_lines(document.recipients, document.archive),
        "signature_lines": document.signature.lines,
        "signer_name": document.signature.name,
    }
