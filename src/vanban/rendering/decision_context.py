"""Decisions (Mẫu 1.2) and resolutions (Mẫu 1.1): the authority line, "QUYẾT ĐỊNH:", the
closing articles and "- Như Điều N;".

The articles the user writes are numbered as any body; the effective-date and implementation
articles are made here from the model's fields, so that "Như Điều N" always names the right one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from vanban import nd30
from vanban.models.body import BodyNode, Item, Section, Task
from vanban.models.decision import Decision
from vanban.registry import form_of
from vanban.rendering.context import named_context
from vanban.rendering.parts import Block, end_with

__all__ = ["article_count", "decision_context", "implementation_text"]

_AS_ARTICLE = re.compile(r"^Như Điều \d+\W*$")


def article_count(nodes: Sequence[BodyNode]) -> int:
    """The articles among the top-level nodes: every item, task or section."""
    return sum(isinstance(n, Section | Item | Task) for n in nodes)


def implementation_text(implementers: Sequence[str], term: str) -> str:
    """The implementation article's text.

    >>> implementation_text(["Chánh Văn phòng", "Trưởng các thôn"], "Quyết định")
    'Chánh Văn phòng, Trưởng các thôn chịu trách nhiệm thi hành Quyết định này.'
    """
    names = ", ".join(end_with(i, "") for i in implementers)
    return f"{names} chịu trách nhiệm thi hành {term} này."


def _item(text: str) -> Item:
    return Item.model_validate({"item": text})


def decision_body(decision: Decision) -> tuple[list[BodyNode], int]:
    """The articles with the closing ones added, and the implementation article's number."""
    term = form_of(decision).term
    nodes: list[BodyNode] = list(decision.body)
    if decision.effective is not None:
        nodes.append(_item(f"{term} này có hiệu lực {end_with(decision.effective, '.')}"))
    nodes.append(_item(implementation_text(decision.implementers, term)))
    return nodes, article_count(nodes)


def promulgation_block(code: str | None) -> list[Block]:
    """The centred "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" line before the articles, if the type has one."""
    words = nd30.PROMULGATION_WORDS.get(code or "")
    return [Block("promulgation", words)] if words else []


def decision_context(decision: Decision) -> dict[str, Any]:
    """The template context of a decision (Mẫu 1.2)."""
    nodes, implementation = decision_body(decision)
    as_article = f"Như Điều {implementation}"
    # "Như Điều N" is derived; one typed by hand (perhaps with an old number) is replaced.
    recipients = [r for r in decision.recipients if not _AS_ARTICLE.match(r.lstrip("- "))]
    context = named_context(
        decision.model_copy(update={"recipients": [as_article, *recipients]}), nodes
    )
    words = promulgation_block(form_of(decision).code)
    context["blocks"] = [
        {"style": b.style, "text": b.text, "table": None, "lead": ""} for b in words
    ] + context["blocks"]
    context["authority_line"] = decision.authority.upper().split("\n")
    return context
