"""Minutes — Biên bản (BB), on the sample form of Phụ lục III, Mẫu 1.9.

The header has no place and date line: the date and the times are part of the body. The body
follows the form — start time and date, place, attendees (and absentees), chair, secretary,
agenda — then the proceedings as sections of the numbering ladder: each report presented, the
discussion (numbered opinions with their answers), the conclusions; then the closing time and
the number of copies. The secretary signs on the left (THƯ KÝ), the chair on the right
(CHỦ TRÌ or CHỦ TỌA, with "TM. …" above when the meeting speaks for a body); Nơi nhận, if any,
goes under the secretary's column.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails

from vanban.i18n import N_, Message, custom_error
from vanban.models.base import Day, Text
from vanban.models.body import BodyNode
from vanban.models.document import Document
from vanban.models.meeting import (
    Attendee,
    Chair,
    Discussion,
    OptionalTime,
    Person,
    PresentedReport,
    Secretary,
)

__all__ = ["Minutes"]


def _error(code: str, message: Message, field: str, value: Any, **ctx: Any) -> InitErrorDetails:
    return InitErrorDetails(type=custom_error(code, message, **ctx), loc=(field,), input=value)


class Minutes(Document):
    """Minutes — Biên bản (BB): what a meeting heard, discussed and concluded.

    ``date`` is the day of the meeting; internal minutes may carry no number
    (``numbered: false``).
    """

    kind: Literal["minutes"] = Field(default="minutes", title="Loại văn bản")
    """Always "minutes" (biên bản)."""

    numbered: bool = Field(default=True, title="Có số, ký hiệu")
    """false for internal minutes that carry no "Số:" line at all."""

    meeting: Text = Field(default="cuộc họp", title="Hình thức (cuộc họp, hội nghị, hội thảo)")
    """What the meeting was, in lower case: cuộc họp, hội nghị, hội nghị tọa đàm, hội thảo."""

    start: OptionalTime = Field(title="Thời gian bắt đầu")
    """When it began, 8:00 (the day is ``date``); "…" prints "……… giờ ……… phút" to fill in."""

    end: OptionalTime = Field(title="Thời gian kết thúc")
    """When it ended, 10:30; "…" leaves it blank to fill in by hand."""

    end_date: Day | None = Field(default=None, title="Ngày kết thúc (nếu khác ngày)")
    """The day it ended, when not the day it began."""

    venue: Text = Field(title="Địa điểm")
    """Where it was held: Phòng họp số 1, Trụ sở UBND phường; "…" leaves it blank."""

    attendees: list[Attendee] = Field(min_length=1, title="Thành phần tham dự")
    """Named people with their titles, and groups with their counts."""

    absentees: list[Attendee] | None = Field(default=None, title="Vắng mặt")
    """Who was absent and why; [] prints "Vắng mặt: không."; leave out to print nothing."""

    chair: Chair = Field(title="Chủ trì (chủ tọa)")
    """Who led the meeting; signs on the right."""

    co_chairs: list[Person] = Field(default_factory=list, title="Đồng chủ tọa")
    """Other members of the presiding panel, listed after the chair."""

    secretary: Secretary = Field(title="Thư ký (người ghi biên bản)")
    """Who wrote the minutes; signs on the left."""

    agenda: list[Text] = Field(default_factory=list, title="Chương trình")
    """The items on the agenda, in order."""

    reports: list[PresentedReport] = Field(default_factory=list, title="Các báo cáo trình bày")
    """The reports presented, each a section of the proceedings."""

    discussion: Discussion | None = Field(default=None, title="Thảo luận")
    """The opinions given, with their answers."""

    conclusions: list[BodyNode] = Field(default_factory=list, title="Kết luận")
    """The conclusions or resolutions, numbered like a plan's body."""

    conclusion_heading: Text = Field(default="Kết luận", title="Tiêu đề phần kết luận")
    """The heading of the conclusions: Kết luận, Kết luận của chủ tọa, Nghị quyết."""

    approved: bool = Field(default=False, title="Đã thông qua biên bản")
    """Whether the minutes were read out and agreed at the meeting (adds a sentence)."""

    copies: int | None = Field(default=None, ge=1, title="Số bản lập")
    """How many copies of the minutes were made."""

    recipients: list[Text] = Field(default_factory=list, title="Nơi nhận")
    """Optional; printed under the secretary's column, ending with the archive line."""

    archive: list[Text] = Field(default_factory=lambda: ["VT", "Hồ sơ"], min_length=1, title="Lưu")
    """The archive line of Nơi nhận: "VT, Hồ sơ" as in Mẫu 1.9."""

    honorific: Text | None = Field(default="đồng chí", title="Cách gọi người dự họp")
    """The word before each name in the body: đồng chí, ông (bà); null for none. A person's
    own ``honorific`` replaces it for that person."""

    @model_validator(mode="after")
    def _check_meeting(self) -> Minutes:
        errors: list[InitErrorDetails] = []
        if not self.numbered and self.number is not None:
            errors.append(
                _error(
                    "minutes_number_unnumbered",
                    N_(
                        "numbered: false prints no number; remove number {number} or set "
                        "numbered: true"
                    ),
                    "number",
                    self.number,
                    number=self.number,
                )
            )
        started = self.date.as_date()
        if self.end_date is not None and started is not None and self.end_date < started:
            errors.append(
                _error(
                    "minutes_end_before_start",
                    N_("the meeting ends on {end}, before the day it starts ({start})"),
                    "end_date",
                    self.end_date.isoformat(),
                    end=self.end_date.isoformat(),
                    start=started.isoformat(),
                )
            )
        elif (
            isinstance(self.start, dt.time)
            and isinstance(self.end, dt.time)
            and (self.end_date is None or self.end_date == started)
            and self.end <= self.start
        ):
            errors.append(
                _error(
                    "minutes_end_before_start",
                    N_(
                        "the meeting ends at {end}, not after it starts at {start}; give end_date "
                        "when it ends on another day"
                    ),
                    "end",
                    self.end.strftime("%H:%M"),
                    end=self.end.strftime("%H:%M"),
                    start=self.start.strftime("%H:%M"),
                )
            )
        if errors:
            raise ValidationError.from_exception_data("Minutes", errors)
        return self

    def has_number(self) -> bool:
        """Internal minutes (``numbered: false``) carry no "Số:" line at all."""
        return self.numbered
