"""A power of attorney's template context — giấy ủy quyền: the parties, scope and two signers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from vanban.formatting.dates import format_date_line
from vanban.formatting.emphasis import emphasise
from vanban.models.body import BodyNode
from vanban.models.power_of_attorney import Party, PowerOfAttorney
from vanban.rendering.context import named_context
from vanban.rendering.parts import end_with, signature_lines

__all__ = ["GRANTEE", "GRANTOR", "party_lines", "power_of_attorney_context"]

#: The parties as common practice heads them, in the body and over the signatures.
GRANTOR, GRANTEE = "Bên ủy quyền", "Bên được ủy quyền"


def party_lines(heading: str, party: Party) -> list[BodyNode]:
    """A party's heading (bold) and its fields, each on a line: "Ông (bà): …", "Chức vụ: …"."""
    fields = [
        ("Ông (bà)", party.name),
        ("Chức vụ", party.position),
        ("Cơ quan, đơn vị công tác", party.office),
        ("Số định danh cá nhân", party.identity),
        ("Địa chỉ", party.address),
    ]
    lines: list[BodyNode] = [emphasise(f"{heading}:", bold=True)]
    lines += [f"{label}: {end_with(value, '')}" for label, value in fields if value]
    return lines


def _day(day: dt.date) -> str:
    return format_date_line("", day.year, day.month, day.day)


def power_of_attorney_context(document: PowerOfAttorney) -> dict[str, Any]:
    """The named form's context with the parties, the scope and period as the body, and the
    two parties' signatures side by side (the grantee left, the grantor right)."""
    scope = [f"- {end_with(s, ';')}" for s in document.scope[:-1]]
    scope.append(f"- {end_with(document.scope[-1], '.')}")
    body: list[BodyNode] = [
        *party_lines(GRANTOR, document.grantor),
        *party_lines(GRANTEE, document.grantee),
        emphasis_line("Nội dung ủy quyền:"),
        *scope,
        f"Thời gian ủy quyền: từ {_day(document.start)} đến hết {_day(document.end)}.",
        *document.body,
        *document.commitments,
    ]
    context = named_context(document, body=body)
    words = document.form.profile.signing_words
    context["grantee_lines"] = [GRANTEE.upper()]
    context["grantee_name"] = document.grantee.name
    context["grantor_lines"] = [GRANTOR.upper(), *signature_lines(document.signature, words)]
    context["grantor_name"] = document.signature.name
    return context


def emphasis_line(text: str) -> str:
    """A bold label line of the body ("Nội dung ủy quyền:")."""
    return emphasise(text, bold=True)
