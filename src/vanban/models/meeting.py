"""The parts of a meeting that minutes record — diễn biến cuộc họp (Phụ lục III, Mẫu 1.9).

People and groups present or absent, the chair and the secretary, the reports presented and the
opinions given with the answers to them. :mod:`vanban.models.minutes` puts them together.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, WithJsonSchema, model_validator

from vanban.i18n import N_, custom_error
from vanban.models.base import Model, Text
from vanban.models.body import BodyNode
from vanban.models.parts import check_signer_name

__all__ = [
    "BLANK",
    "Answer",
    "Attendee",
    "Chair",
    "ChairRole",
    "Discussion",
    "MeetingTime",
    "Opinion",
    "OptionalCount",
    "OptionalTime",
    "Person",
    "PresentedReport",
    "Secretary",
]


def _parse_time(value: Any) -> Any:
    if isinstance(value, dt.time):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and 60 <= value < 24 * 60:
        # YAML 1.1 reads an unquoted 8:30 as the base-60 number 510: minutes since midnight.
        return dt.time(value // 60, value % 60)
    if isinstance(value, str):
        text = value.strip().lower().replace("giờ", ":").replace("h", ":").replace(" ", "")
        hours, _, minutes = text.partition(":")
        if hours.isdigit() and (minutes.isdigit() or minutes == "") and len(minutes) <= 2:
            hour, minute = int(hours), int(minutes or 0)
            if hour < 24 and minute < 60:
                return dt.time(hour, minute)
    raise custom_error(
        "time_format", N_('expected a time of day as 8:30 or "08:30", got {value}'), value=value
    )


#: A time of day, written 8:30 or "08:30".
MeetingTime = Annotated[
    dt.time,
    BeforeValidator(_parse_time),
    WithJsonSchema({"type": "string", "pattern": r"^\d{1,2}:\d{2}$", "examples": ["08:00"]}),
]

#: What a value left blank to be filled in by hand is written as: "…" (or "...").
BLANK = "…"


def is_blank(value: Any) -> bool:
    """Whether a value is the mark of a blank to fill in by hand ("…" or "...")."""
    return isinstance(value, str) and value.strip() in (BLANK, "...")


def _count_or_blank(value: Any) -> Any:
    if is_blank(value):
        return BLANK
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise custom_error(
            "count_format",
            N_('expected a head-count (26), or … for a blank to fill in by hand; got "{value}"'),
            value=str(value),
        )
    return value


#: A head-count, or "…" for a blank "(……… người)" filled in by hand.
OptionalCount = Annotated[
    int | Literal["…"],
    BeforeValidator(_count_or_blank),
    WithJsonSchema(
        {
            "anyOf": [{"type": "integer", "minimum": 1}, {"enum": ["…", "..."]}],
            "description": "Số người (26), hoặc … để trống điền tay",
        }
    ),
]


def _time_or_blank(value: Any) -> Any:
    return BLANK if is_blank(value) else _parse_time(value)


#: A time of day, or "…" for a blank "……… giờ ……… phút" filled in by hand.
OptionalTime = Annotated[
    dt.time | Literal["…"],
    BeforeValidator(_time_or_blank),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^(\d{1,2}:\d{2}|…|\.\.\.)$",
            "examples": ["08:00", "…"],
            "description": "Giờ (8:30), hoặc … để trống điền tay",
        }
    ),
]


class Person(Model):
    """Person — người tham dự: a full name and, usually, a title or position."""

    name: Text = Field(title="Họ và tên")
    """Full name: Lê Đăng Lễ; "…" leaves it blank to be filled in by hand."""

    title: Text | None = Field(default=None, title="Chức vụ")
    """Position as written after the name: Đảng ủy viên, Phó Chủ tịch UBND phường."""

    honorific: Text | None = Field(default=None, title="Cách gọi riêng người này")
    """The word before this person's name when not the minutes' own: ông (bà), Cô, đồng chí."""

    @property
    def blank(self) -> bool:
        """Whether the name is left blank to be filled in by hand."""
        return is_blank(self.name)


class Attendee(Model):
    """Attendee — thành phần tham dự: a named person with a title, or a group with a count.

    Absentees are written the same way, each with the reason for the absence.
    """

    name: Text | None = Field(default=None, title="Họ và tên")
    """A named person: Lê Đăng Lễ; "…" leaves the name blank to be filled in by hand."""

    honorific: Text | None = Field(default=None, title="Cách gọi riêng người này")
    """The word before this person's name when not the minutes' own: ông (bà), Cô, đồng chí."""

    title: Text | None = Field(default=None, title="Chức vụ")
    """The person's position."""

    group: Text | None = Field(default=None, title="Nhóm thành phần")
    """A group, as written: Tổ trưởng tổ hòa giải của 26 tổ dân phố."""

    count: OptionalCount | None = Field(default=None, title="Số người (… để trống)")
    """How many of the group were there; "…" leaves a blank to fill in by hand."""

    unit: Text = Field(default="người", title="Đơn vị đếm")
    """The word after the count: người, đồng chí, đại biểu."""

    note: Text | None = Field(default=None, title="Ghi chú")
    """Printed in parentheses after the entry: dự, chỉ đạo hội nghị."""

    reason: Text | None = Field(default=None, title="Lý do vắng mặt")
    """For an absentee: why they were absent."""

    @model_validator(mode="after")
    def _check(self) -> Attendee:
        if (self.name is None) == (self.group is None):
            raise custom_error(
                "attendee_shape",
                N_(
                    "an attendee is a person (name, with a title) or a group (group, with a "
                    "count); give exactly one of name and group"
                ),
            )
        if self.group is not None and self.title is not None:
            raise custom_error(
                "attendee_shape", N_("a group has no title; write it into the group's text")
            )
        if self.name is not None and self.count is not None:
            raise custom_error("attendee_shape", N_("a person has no count"))
        return self


class ChairRole(StrEnum):
    """Role of the person leading the meeting — chủ trì or chủ tọa."""

    CHAIRING = "chủ trì"
    """Chủ trì: leads a working meeting."""
    PRESIDING = "chủ tọa"
    """Chủ tọa: presides over a conference or a session."""


class Chair(Person):
    """Chair — chủ trì (chủ tọa): leads the meeting and signs the minutes on the right."""

    role: ChairRole = Field(default=ChairRole.CHAIRING, title="Chủ trì hay chủ tọa")
    """chủ trì (default) or chủ tọa: printed in the body and as the signature heading."""

    on_behalf_of: Text | None = Field(default=None, title="Thay mặt (dòng TM.)")
    """When the meeting speaks for a body: prints "TM. <body>" above the heading."""

    signing_title: Text | None = Field(default=None, title="Chức vụ dưới dòng chủ tọa")
    """A government title printed under CHỦ TỌA, if needed (Mẫu 1.9)."""

    @model_validator(mode="after")
    def _check_name(self) -> Chair:
        if not self.blank:
            check_signer_name(self.name)
        return self


class Secretary(Person):
    """Secretary — thư ký (người ghi biên bản): writes the minutes and signs them on the left."""

    @model_validator(mode="after")
    def _check_name(self) -> Secretary:
        if not self.blank:
            check_signer_name(self.name)
        return self


class PresentedReport(Model):
    """Report presented — báo cáo trình bày tại cuộc họp: its title, presenter and main points."""

    title: Text = Field(alias="report", title="Tên báo cáo")
    """What was presented, printed as a section heading."""

    presenter: Person | None = Field(default=None, title="Người trình bày")
    """Who presented it."""

    content: list[BodyNode] = Field(default_factory=list, title="Nội dung chính")
    """The main points, as body nodes (paragraphs, items, tables)."""


class Answer(Model):
    """Answer — trả lời, giải trình: a reply to an opinion or question."""

    speaker: Person = Field(title="Người trả lời")
    """Who replied."""

    text: Text = Field(alias="answer", title="Nội dung trả lời")
    """What they replied."""


class Opinion(Model):
    """Opinion — ý kiến phát biểu: who spoke, what they said, and the answers to it."""

    speaker: Person = Field(title="Người phát biểu")
    """Who spoke."""

    text: Text = Field(alias="opinion", title="Nội dung ý kiến")
    """What they said, or asked."""

    children: list[BodyNode] = Field(default_factory=list, title="Các ý cụ thể")
    """Points of the opinion, one level down."""

    answers: list[Answer] = Field(default_factory=list, title="Trả lời")
    """Replies given at the meeting."""


def _to_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


class Discussion(Model):
    """Discussion — thảo luận: an introduction, the opinions in order, and what followed."""

    intro: Annotated[
        list[Text],
        BeforeValidator(_to_list),
        WithJsonSchema(
            {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
        ),
    ] = Field(default_factory=list, title="Mở đầu")
    """Paragraphs before the opinions: "Hội nghị đã có 4 ý kiến trao đổi về …"."""

    opinions: list[Opinion] = Field(min_length=1, title="Các ý kiến")
    """The opinions, numbered in the order given."""

    closing: list[BodyNode] = Field(default_factory=list, title="Sau các ý kiến")
    """What followed the opinions: a general reply, a vote."""
