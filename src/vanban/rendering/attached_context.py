"""The text a decision issues or approves (Mẫu 1.3): its Điều 1 in the decision, and its own
pages after the decision's Nơi nhận.

The attached text is printed in a section of its own. Decree 30 does not say how its pages are
numbered (Phụ lục I, mục II.9 speaks only of the document and of its appendices); vanban numbers
it as it numbers an appendix — from 1 again, no number on its first page — since it is read
and often reissued on its own.
"""

from __future__ import annotations

from typing import Any

from vanban import nd30
from vanban.formatting.dates import format_day, format_month
from vanban.formatting.names import break_line, keep_units_together, sentence_name
from vanban.formatting.text import text_width_pt
from vanban.models.body import Item
from vanban.models.decision import AttachedText, Decision
from vanban.registry import form_of
from vanban.rendering.parts import (
    REFERENCE_WIDTH_PT,
    blocks_data,
    end_with,
    flatten_body,
    signature_lines,
    with_end_mark,
)

__all__ = ["attached_article", "attached_context", "attached_name", "attached_reference"]

#: What a draft leaves for the clerk in the reference line: the number, the day, the month.
_BLANK = "…"


def attached_name(attached: AttachedText) -> str:
    """The attached text as a sentence names it: its type, then its summary.

    >>> attached_name(AttachedText(type="plan", summary="Phổ biến pháp luật năm 2026",
    ...                            body=["Nội dung."]))
    'Kế hoạch phổ biến pháp luật năm 2026'
    """
    summary = " ".join(attached.summary.split())
    # "Tổ chức và …" reads "Quy chế tổ chức và …"; an abbreviation ("UBND …") keeps its capitals.
    if len(summary) > 1 and summary[1].islower():
        summary = summary[0].lower() + summary[1:]
    return f"{attached.type.document_type.term} {summary}"


def attached_article(decision: Decision) -> Item | None:
    """Điều 1 of a decision that issues or approves a text: "Ban hành kèm theo Quyết định này
    Quy chế …." (Mẫu 1.3), or None when it has none."""
    if decision.attached is None:
        return None
    verb = nd30.ATTACHED_VERBS[decision.attached.verb][0]
    term = form_of(decision).term
    text = f"{verb} kèm theo {term} này {end_with(attached_name(decision.attached), '.')}"
    return Item.model_validate({"item": text})


def attached_reference(decision: Decision) -> str:
    """The line under the attached text's title: "(Ban hành kèm theo Quyết định số 15/QĐ-UBND
    ngày 10 tháng 3 năm 2026 của Ủy ban nhân dân xã An Thịnh)"; a draft's blanks are dots."""
    assert decision.attached is not None
    form = form_of(decision)
    opening = nd30.ATTACHED_VERBS[decision.attached.verb][1]
    number = _BLANK if decision.number is None else f"{decision.number:02d}"
    assert decision.issuer.code is not None  # a decision has a number, so the model asks it
    date = decision.date
    day = _BLANK if date.day is None else format_day(date.day)
    month = _BLANK if date.month is None else format_month(date.month)
    parts = [
        f"{opening} {form.term} số {number}/{form.code}-{decision.issuer.code}",
        f"ngày {day} tháng {month} năm {date.year}",
    ]
    name = decision.issuer.name_in_text or sentence_name(decision.issuer.name)
    if name:
        parts.append(f"của {name}")
    # As an appendix's line: broken before "của" when too long, never inside the body's name.
    return break_line(f"({' '.join(parts)})", lambda t: text_width_pt(t, 14), REFERENCE_WIDTH_PT)


def attached_context(decision: Decision) -> dict[str, Any] | None:
    """The attached text's pages: header names, type name, summary, reference line, blocks and
    the decision's signature; None when the decision has no attached text."""
    attached = decision.attached
    if attached is None:
        return None
    blocks = with_end_mark(flatten_body(attached.body, attached.ladder))
    return {
        "parent_body": decision.issuer.parent.upper() if decision.issuer.parent else "",
        "issuer_name": decision.issuer.name.upper(),
        "type_name": attached.type.document_type.heading,
        "summary": keep_units_together(attached.summary),
        "reference": attached_reference(decision),
        "blocks": blocks_data(blocks),
        "signature_lines": signature_lines(
            decision.signature, form_of(decision).profile.signing_words
        ),
        "signer_name": decision.signature.name,
    }
