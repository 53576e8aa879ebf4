"""Minutes → template context (Phụ lục III, Mẫu 1.9).

=================  ===========================================================================
key                what it holds
=================  ===========================================================================
parent_body …      the header keys of every kind (see :mod:`vanban.rendering.context`);
                   ``number_line`` is "" for internal minutes, ``date_line`` always ""
blocks             the body: meeting facts, then the proceedings numbered by the ladder,
                   the closing time and the copies, ending with "./."
secretary_lines    ["THƯ KÝ"] (left column)
secretary_name     the secretary's name
chair_lines        ["TM. …"], "CHỦ TRÌ" or "CHỦ TỌA", [a title] (right column)
chair_name         the chair's name
recipients         Nơi nhận items under the left column, or [] when there is none
appendices         as for every kind
=================  ===========================================================================
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from vanban.formatting.dates import format_date_line, format_month
from vanban.models.body import BodyNode, Item, Paragraph, Section
from vanban.models.meeting import Attendee, Chair, Opinion, Person, is_blank
from vanban.models.minutes import Minutes
from vanban.nd30 import SIGNING_WORDS
from vanban.rendering.parts import (
    Block,
    appendix_contexts,
    blocks_data,
    end_with,
    flatten_body,
    header_fields,
    recipient_lines,
    with_end_mark,
)

__all__ = ["minutes_context"]

SECRETARY = "Thư ký (người ghi biên bản)"

#: Dotted leaders printed for what a form leaves to be filled in by hand: room for two digits
#: of a time or a count, and for a full name or a title.
LEADER_SHORT = "………"
LEADER_NAME = "…………………………"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def format_time(value: dt.time | str) -> str:
    """A time as minutes write it: "08 giờ 30 phút"; a blank one "……… giờ ……… phút"."""
    if not isinstance(value, dt.time):
        return f"{LEADER_SHORT} giờ {LEADER_SHORT} phút"
    return f"{value.hour:02d} giờ {value.minute:02d} phút"


def _filled(text: str, leader: str = LEADER_NAME) -> str:
    return leader if is_blank(text) else text


def mention(person: Person, honorific: str | None, *, start: bool = False) -> str:
    """The person as a sentence names them: "đồng chí Lê Đăng Lễ, Phó Chủ tịch UBND phường".

    ``start`` capitalises the first letter, for a sentence or a list entry. The person's own
    honorific replaces the minutes' one; a blank name or title prints as a dotted leader.
    """
    word = person.honorific or honorific
    name = _filled(person.name)
    text = f"{word} {name}" if word else name
    if person.title:
        text += f", {_filled(person.title)}"
    return _capitalise(text) if start else text


def attendee_line(attendee: Attendee, honorific: str | None) -> str:
    """The entry as listed, without the leading "-" or the trailing ";"."""
    if attendee.name is not None:
        person = Person(name=attendee.name, title=attendee.title, honorific=attendee.honorific)
        text = mention(person, honorific, start=True)
    else:
        assert attendee.group is not None  # checked by the model
        text = attendee.group
        if attendee.count is not None:
            count = LEADER_SHORT if is_blank(attendee.count) else str(attendee.count)
            text += f" ({count} {attendee.unit})"
    notes = [n for n in (attendee.note, attendee.reason and f"lý do: {attendee.reason}") if n]
    if notes:
        text += f" ({'; '.join(notes)})"
    return text


def chair_lines(chair: Chair) -> list[str]:
    """The bold lines above the chair's signature: [TM. …], CHỦ TRÌ or CHỦ TỌA, [title]."""
    lines = [f"{SIGNING_WORDS['TM']} {chair.on_behalf_of.upper()}"] if chair.on_behalf_of else []
    lines.append(chair.role.value.upper())
    if chair.signing_title:
        lines.append(chair.signing_title.upper())
    return lines


def _listing(label: str, entries: list[str]) -> list[Block]:
    """A label line and its entries: "- …;" each, the last ending with "."."""
    out = [Block("body", f"{label}:")]
    for index, entry in enumerate(entries):
        mark = "." if index == len(entries) - 1 else ";"
        out.append(Block("body", f"- {end_with(entry, mark)}"))
    return out


def _attendance(minutes: Minutes) -> list[Block]:
    honorific = minutes.honorific
    out = _listing("Thành phần tham dự", [attendee_line(a, honorific) for a in minutes.attendees])
    absent: list[Attendee] | None = minutes.absentees
    if absent is not None:
        if absent:
            out.extend(_listing("Vắng mặt", [attendee_line(a, honorific) for a in absent]))
        else:
            out.append(Block("body", "Vắng mặt: không."))
    return out


def _facts(minutes: Minutes) -> list[Block]:
    date = minutes.date
    day = format_date_line("", date.year, date.month, date.day)
    if date.day is None:
        # Left to be written in by hand: the blanks of the date as dotted leaders.
        month = LEADER_SHORT if date.month is None else format_month(date.month)
        day = f"ngày {LEADER_SHORT} tháng {month} năm {date.year}"
    honorific = minutes.honorific
    chairs = [mention(minutes.chair, honorific, start=True)]
    chairs.extend(mention(p, honorific) for p in minutes.co_chairs)
    out = [
        Block("body", f"Thời gian bắt đầu: {format_time(minutes.start)}, {day}."),
        Block("body", f"Địa điểm: {end_with(_filled(minutes.venue), '.')}"),
        *_attendance(minutes),
        Block(
            "body",
            f"{_capitalise(minutes.chair.role.value)}: {end_with('; '.join(chairs), '.')}",
        ),
        Block(
            "body",
            f"{SECRETARY}: {end_with(mention(minutes.secretary, honorific, start=True), '.')}",
        ),
    ]
    if minutes.agenda:
        out.extend(_listing("Chương trình", list(minutes.agenda)))
    return out


def _opinion(opinion: Opinion, honorific: str | None) -> Item:
    speaker = mention(opinion.speaker, honorific, start=True)
    answers: list[BodyNode] = [
        Paragraph(text=f"{mention(a.speaker, honorific, start=True)} trả lời: {a.text}")
        for a in opinion.answers
    ]
    return Item(text=f"{speaker}: {opinion.text}", children=[*opinion.children, *answers])


def proceedings(minutes: Minutes) -> list[BodyNode]:
    """The proceedings as sections of the ladder: reports, discussion, conclusions."""
    honorific = minutes.honorific
    sections: list[BodyNode] = []
    for report in minutes.reports:
        children: list[BodyNode] = []
        if report.presenter is not None:
            presenter = mention(report.presenter, honorific, start=True)
            children.append(Paragraph(text=f"Người trình bày: {end_with(presenter, '.')}"))
        children.extend(report.content)
        sections.append(Section(title=report.title, children=children))
    if minutes.discussion is not None:
        discussion = minutes.discussion
        children = [Paragraph(text=t) for t in discussion.intro]
        children.extend(_opinion(o, honorific) for o in discussion.opinions)
        children.extend(discussion.closing)
        sections.append(Section(title="Thảo luận", children=children))
    if minutes.conclusions:
        sections.append(Section(title=minutes.conclusion_heading, children=minutes.conclusions))
    return sections


def _closing(minutes: Minutes) -> list[Block]:
    meeting = _capitalise(minutes.meeting)
    when = format_time(minutes.end)
    started = minutes.date.as_date()
    if minutes.end_date is not None and minutes.end_date != started:
        end = minutes.end_date
        when += ", " + format_date_line("", end.year, end.month, end.day)
    else:
        when += " cùng ngày"
    out = [Block("body", f"{meeting} kết thúc vào {when}.")]
    if minutes.approved:
        out.append(
            Block(
                "body",
                f"Biên bản đã được đọc lại cho những người dự {minutes.meeting} cùng nghe và "
                "nhất trí thông qua.",
            )
        )
    if minutes.copies is not None:
        out.append(
            Block("body", f"Biên bản được lập thành {minutes.copies:02d} bản có giá trị như nhau.")
        )
    return out


def minutes_context(minutes: Minutes) -> dict[str, Any]:
    """The template context of minutes."""
    body = flatten_body(proceedings(minutes), minutes.numbering)
    heading = [Block("heading1", f"Nội dung {minutes.meeting}:")] if body else []
    blocks = with_end_mark([*_facts(minutes), *heading, *body, *_closing(minutes)])
    recipients = recipient_lines(minutes.recipients, minutes.archive) if minutes.recipients else []
    return {
        **header_fields(minutes),
        "date_line": "",
        "blocks": blocks_data(blocks),
        "secretary_lines": ["THƯ KÝ"],
        # A blank name is signed and written by hand under the signature.
        "secretary_name": "" if minutes.secretary.blank else minutes.secretary.name,
        "chair_lines": chair_lines(minutes.chair),
        "chair_name": "" if minutes.chair.blank else minutes.chair.name,
        "recipients": recipients,
        "appendices": appendix_contexts(minutes),
    }
