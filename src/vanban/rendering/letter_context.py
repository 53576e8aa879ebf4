"""A letter's template context — công văn (Mẫu 1.5): the summary as "V/v …" under the number."""

from __future__ import annotations

from typing import Any

from vanban.formatting.names import keep_units_together
from vanban.models.contact import Contact
from vanban.models.letter import Letter
from vanban.rendering.context import named_context

__all__ = ["SUBJECT_PREFIX", "address_line", "letter_context", "subject_line"]

#: What stands before a công văn's summary (Phụ lục I, II.5.b): "về việc".
SUBJECT_PREFIX = "V/v"


def subject_line(summary: str) -> str:
    """The summary of a công văn as printed under its number (ô 5b).

    >>> subject_line("tăng cường công tác hòa giải ở cơ sở")
    'V/v tăng cường công tác hòa giải ở cơ sở'
    >>> subject_line("V/v tổ chức hội nghị")
    'V/v tổ chức hội nghị'
    """
    text = summary.strip()
    if text[:3].casefold() == SUBJECT_PREFIX.casefold():
        text = text[3:].lstrip()
    return f"{SUBJECT_PREFIX} {text}"


#: The labels of ô 13 after the address, as the decree's sample writes them.
CONTACT_LABELS = (("phone", "ĐT"), ("fax", "Fax"), ("email", "E-mail"), ("website", "Website"))


def address_line(contact: Contact | None) -> str:
    """The issuer's address line at the foot of page 1 (ô 13), or "" without one.

    >>> address_line(Contact(address="Số 8 Nguyễn Văn Cừ, phường Hạ Long", phone="0203.3835.123"))
    'Số 8 Nguyễn Văn Cừ, phường Hạ Long; ĐT: 0203.3835.123'
    """
    if contact is None:
        return ""
    parts = [contact.address] if contact.address else []
    for name, label in CONTACT_LABELS:
        value = getattr(contact, name)
        if value:
            parts.append(f"{label}: {value}")
    return "; ".join(parts)


def letter_context(document: Letter) -> dict[str, Any]:
    """The named form's context with the subject under the number and no type name.

    ``subject`` takes the summary's place: the template prints it in the header's left column,
    and the title block (type name, summary, rule) is absent from the letter template.
    """
    context = named_context(document)
    context["subject"] = keep_units_together(subject_line(document.summary))
    context["summary"] = ""
    context["address_line"] = address_line(document.contact)
    return context
