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
from vanban.formatting.amounts import amount_in_words
from vanban.formatting.dates import format_date_line
from vanban.formatting.numbers import format_number
from vanban.models.body import BodyNode, Item, Section, Task
from vanban.models.decision import Decision
from vanban.models.resolution import MoneyArticle, MoneyLine, Resolution
from vanban.registry import form_of
from vanban.rendering.attached_context import attached_article, attached_context
from vanban.rendering.context import named_context
from vanban.rendering.parts import Block, blocks_data, end_with

__all__ = [
    "article_count",
    "closing_sentence",
    "decision_context",
    "implementation_text",
    "resolution_context",
]

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
    first = attached_article(decision)
    if first is not None:
        nodes.insert(0, first)  # Mẫu 1.3: Điều 1 issues or approves the attached text
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
    context["blocks"] = blocks_data(words) + context["blocks"]
    context["authority_line"] = decision.authority.upper().split("\n")
    context["attached"] = attached_context(decision)
    return context


def _money_item(line: MoneyLine, in_words: bool) -> Item:
    text = f"{end_with(line.text, '')}: {format_number(line.amount)} đồng"
    if in_words:
        text += f" (Bằng chữ: {amount_in_words(line.amount)})"
    parts = [_money_item(p, in_words=False) for p in line.parts]
    return Item.model_validate({"item": end_with(text, ";"), "children": parts})


def money_nodes(article: MoneyArticle) -> Item:
    """A money article as an item whose khoản are its lines ("1. Tổng thu: 3.486.250.000 đồng;")."""
    lines = [_money_item(line, article.in_words) for line in article.lines]
    last = lines[-1]
    lines[-1] = last.model_copy(update={"text": end_with(last.text, ".")})
    return Item.model_validate({"item": article.text, "children": lines})


def closing_sentence(resolution: Resolution) -> str:
    """ "Nghị quyết này đã được Hội đồng nhân dân xã … Khóa …, Kỳ họp thứ … thông qua ngày …
    và có hiệu lực …." (Mẫu 1.1)."""
    day = resolution.passed_on
    passed = format_date_line("", day.year, day.month, day.day)
    effective = end_with(resolution.effective, ".")
    return (
        f"{form_of(resolution).term} này đã được {resolution.authority} {resolution.session} "
        f"thông qua {passed} và có hiệu lực {effective}"
    )


def resolution_context(resolution: Resolution) -> dict[str, Any]:
    """The template context of a resolution (Mẫu 1.1)."""
    nodes: list[BodyNode] = [
        money_nodes(n) if isinstance(n, MoneyArticle) else n for n in resolution.body
    ]
    recipients = [r for r in resolution.recipients if not _AS_ARTICLE.match(r.lstrip("- "))]
    if resolution.implementers:
        names = ", ".join(end_with(i, "") for i in resolution.implementers)
        nodes.append(_item(f"Giao {names} tổ chức thực hiện {form_of(resolution).term} này."))
        recipients.insert(0, f"Như Điều {article_count(nodes)}")
    nodes.append(closing_sentence(resolution))
    context = named_context(resolution.model_copy(update={"recipients": recipients}), nodes)
    words = promulgation_block(form_of(resolution).code)
    context["blocks"] = blocks_data(words) + context["blocks"]
    context["authority_line"] = [resolution.authority.upper(), resolution.session.upper()]
    return context
