"""An invitation's template context — giấy mời (Mẫu 1.7): the invitation and its labelled fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

from vanban.formatting.dates import WEEKDAYS, format_date_line
from vanban.models.body import BodyNode
from vanban.models.invitation import Invitation
from vanban.rendering.context import named_context
from vanban.rendering.minutes_context import format_time
from vanban.rendering.parts import end_with

__all__ = ["format_meeting_time", "invitation_context", "invitation_lines"]

#: The labels of the fields Mẫu 1.7 prints under "Tới dự …".
CHAIR_LABEL, TIME_LABEL, VENUE_LABEL = "Chủ trì", "Thời gian", "Địa điểm"


def format_meeting_time(day: dt.date, time: dt.time) -> str:
    """The meeting's time as an invitation writes it, the weekday from the date.

    >>> format_meeting_time(dt.date(2026, 1, 5), dt.time(7, 30))
    '07 giờ 30 phút, thứ Hai, ngày 05 tháng 01 năm 2026'
    >>> format_meeting_time(dt.date(2026, 3, 15), dt.time(14, 0))
    '14 giờ 00 phút, Chủ nhật, ngày 15 tháng 3 năm 2026'
    """
    date = format_date_line("", day.year, day.month, day.day)
    return f"{format_time(time)}, {WEEKDAYS[day.weekday()]}, {date}"


def invitation_lines(document: Invitation) -> list[BodyNode]:
    """The invitation's body before its notes, as paragraphs."""
    invite = f"{document.host_name()} trân trọng kính mời:"
    lines: list[BodyNode] = []
    if len(document.invitees) == 1:
        lines.append(f"{invite} {end_with(document.invitees[0], '.')}")
    else:
        lines.append(invite)
        lines += [f"- {end_with(i, ';')}" for i in document.invitees[:-1]]
        lines.append(f"- {end_with(document.invitees[-1], '.')}")
    lines.append(f"Tới dự {end_with(document.event, '.')}")
    if document.chair is not None:
        lines.append(f"{CHAIR_LABEL}: {end_with(document.chair, '.')}")
    lines.append(f"{TIME_LABEL}: {format_meeting_time(document.day, document.time)}.")
    lines.append(f"{VENUE_LABEL}: {end_with(document.venue, '.')}")
    return lines


def invitation_context(document: Invitation) -> dict[str, Any]:
    """The named form's context with the invitation, its fields and its notes as the body."""
    return named_context(document, body=[*invitation_lines(document), *document.notes])
