"""A leave certificate's template context — giấy nghỉ phép (Mẫu 1.10)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from vanban.formatting.dates import format_date_line
from vanban.models.body import BodyNode
from vanban.models.leave import LeaveCertificate
from vanban.rendering.context import named_context
from vanban.rendering.parts import end_with

__all__ = ["CERTIFICATION", "leave_context", "leave_lines"]

#: The box at the bottom left of Mẫu 1.10, where the place of leave certifies it.
CERTIFICATION = (
    "Xác nhận của cơ quan (tổ chức) hoặc chính quyền địa phương nơi nghỉ phép",
    "(Chữ ký, dấu)",
)


def _day(day: dt.date) -> str:
    return format_date_line("", day.year, day.month, day.day)


def leave_lines(document: LeaveCertificate) -> list[BodyNode]:
    """The request it answers, who, the period and place, and what the days count against."""
    days = document.leave_days()
    lines: list[BodyNode] = [
        f"Xét Đơn đề nghị nghỉ phép {_day(document.requested_on)} của ông (bà) "
        f"{end_with(document.person, '')}, {document.host_name()} cấp cho:",
        f"Ông (bà): {end_with(document.person, '')}",
        f"Chức vụ: {end_with(document.position, '')}",
        f"Được nghỉ phép trong thời gian {days:02d} ngày, kể từ {_day(document.start)} "
        f"đến hết {_day(document.end)} tại {end_with(document.leave_place, '.')}",
        *document.body,
        f"Số ngày nghỉ phép nêu trên được tính vào thời gian {end_with(document.counted_as, '.')}",
    ]
    return lines


def leave_context(document: LeaveCertificate) -> dict[str, Any]:
    """The named form's context, with no summary, the leave as its body and the box."""
    context = named_context(document, body=leave_lines(document))
    context["certification"] = list(CERTIFICATION) if document.certification else []
    return context
