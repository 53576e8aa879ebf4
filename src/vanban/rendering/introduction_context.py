"""An introduction letter's template context — giấy giới thiệu (Mẫu 1.8)."""

from __future__ import annotations

from typing import Any

from vanban.formatting.dates import format_date_line
from vanban.models.body import BodyNode
from vanban.models.introduction import Introduction
from vanban.rendering.context import named_context
from vanban.rendering.parts import end_with

__all__ = ["introduction_context", "introduction_lines"]

#: The request Mẫu 1.8 prints after the fields.
ASSIST = "Đề nghị Quý cơ quan tạo điều kiện để ông (bà) có tên ở trên hoàn thành nhiệm vụ."


def introduction_lines(document: Introduction) -> list[BodyNode]:
    """The introduction, its labelled fields, the request and the validity line."""
    until = document.valid_until
    lines: list[BodyNode] = [
        f"{document.host_name()} trân trọng giới thiệu:",
        f"Ông (bà): {end_with(document.person, '')}",
        f"Chức vụ: {end_with(document.position, '')}",
        f"Được cử đến: {end_with(document.sent_to, '')}",
        f"Về việc: {end_with(document.purpose, '.')}",
        *document.body,
        ASSIST,
        "Giấy này có giá trị đến hết "
        + format_date_line("", until.year, until.month, until.day)
        + ".",
    ]
    return lines


def introduction_context(document: Introduction) -> dict[str, Any]:
    """The named form's context, with no summary and the introduction as its body."""
    return named_context(document, body=introduction_lines(document))
