"""A telegram's template context — công điện (Mẫu 1.6): "<sender> điện:" and its addressees."""

from __future__ import annotations

from typing import Any

from vanban.models.telegram import Telegram
from vanban.rendering.context import named_context
from vanban.rendering.parts import end_with

__all__ = ["SENT_WORD", "telegram_context", "telegram_lines"]

#: What follows the sender on the line before the addressees (Mẫu 1.6): "… điện:".
SENT_WORD = "điện:"


def telegram_lines(addressees: list[str]) -> list[str]:
    """The addressees of a telegram, one per line with "-", ";" after each and "." last.

    >>> telegram_lines(["Giám đốc các Sở", "Chủ tịch UBND các xã, phường, đặc khu;"])
    ['- Giám đốc các Sở;', '- Chủ tịch UBND các xã, phường, đặc khu.']
    """
    lines = [f"- {end_with(a, ';')}" for a in addressees[:-1]]
    return [*lines, f"- {end_with(addressees[-1], '.')}"]


def telegram_context(document: Telegram) -> dict[str, Any]:
    """The named form's context with the sender line and the addressees above the body.

    The sender is printed in capitals, bold, "điện:" after it in regular weight (as issued
    telegrams print "THỦ TƯỚNG CHÍNH PHỦ điện:"; Mẫu 1.6 shows the line centred, 14 pt).
    """
    context = named_context(document)
    context["sender"] = " ".join(document.sender_line().split()).upper()
    context["sent_word"] = SENT_WORD
    context["telegram_to"] = telegram_lines(document.to)
    return context
