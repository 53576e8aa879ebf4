"""The issuer as a sentence names it — tên cơ quan trong câu: "… trân trọng kính mời:".

Giấy mời and giấy giới thiệu open with a sentence whose subject is the issuer. A local
government body's name is derived from its capitals ("ỦY BAN NHÂN DÂN / XÃ AN THỊNH" → "Ủy ban
nhân dân xã An Thịnh"); any other body says it with ``host:`` or ``issuer.name_in_text``.
"""

from __future__ import annotations

from pydantic import ValidationError
from pydantic_core import InitErrorDetails

from vanban.formatting.names import sentence_name
from vanban.i18n import N_, custom_error
from vanban.models.parts import Issuer

__all__ = ["host_name", "require_host"]


def _derived(issuer: Issuer) -> str | None:
    return issuer.name_in_text or sentence_name(issuer.name)


def require_host(model: str, issuer: Issuer, host: str | None, code: str, sentence: str) -> None:
    """Refuse a document whose opening ``sentence`` cannot name its issuer."""
    if host is None and _derived(issuer) is None:
        error = custom_error(
            code,
            N_(
                'write host: the issuer as {sentence} names it ("Sở Tư pháp tỉnh Quảng Ninh"); '
                'it cannot be derived from "{name}"'
            ),
            sentence=sentence,
            name=" ".join(issuer.name.split()),
        )
        raise ValidationError.from_exception_data(
            model, [InitErrorDetails(type=error, loc=("host",), input=None)]
        )


def host_name(issuer: Issuer, host: str | None) -> str:
    """The issuer as the opening sentence names it (checked by :func:`require_host`)."""
    name = host or _derived(issuer)
    assert name is not None
    return name
