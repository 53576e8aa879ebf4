"""Leave certificate — Giấy nghỉ phép (GNP)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, PositiveInt, ValidationError, model_validator
from pydantic_core import InitErrorDetails

from vanban.i18n import N_, custom_error
from vanban.models.base import Day, Text
from vanban.models.body import BodyNode
from vanban.models.document import NamedDocument
from vanban.models.host import host_name, require_host

__all__ = ["LeaveCertificate", "working_days"]


def working_days(start: dt.date, end: dt.date) -> int:
    """The days from ``start`` to ``end`` inclusive, Saturdays and Sundays left out.

    Civil servants rest on Saturday and Sunday: a week's leave from Monday to Friday is 5 days.

    >>> working_days(dt.date(2026, 3, 16), dt.date(2026, 3, 20))
    5
    >>> working_days(dt.date(2026, 3, 13), dt.date(2026, 3, 16))
    2
    """
    days = (end - start).days + 1
    return sum(1 for n in range(days) if (start + dt.timedelta(n)).weekday() < 5)


class LeaveCertificate(NamedDocument):
    """Leave certificate — Giấy nghỉ phép (GNP), Phụ lục III, Mẫu 1.10.

    "GIẤY NGHỈ PHÉP" and its rule, without a summary; "Xét Đơn đề nghị nghỉ phép ngày … của
    ông (bà) …, <issuer> cấp cho:", "Ông (bà): …", "Chức vụ: …", "Được nghỉ phép trong thời
    gian … ngày, kể từ ngày … đến hết ngày … tại …", the entitlement it counts against, and at
    the bottom left the box where the place of leave certifies it.
    """

    kind: Literal["leave"] = Field(default="leave", title="Loại văn bản")
    """Always "leave" (giấy nghỉ phép)."""

    summary: str = Field(default="", title="Trích yếu (giấy nghỉ phép không có)")
    """Mẫu 1.10 prints no summary under its type name; leave it out."""

    host: Text | None = Field(default=None, title="Cơ quan cấp giấy (trong câu)")
    """The issuer as the sentence names it, else from its name (UBND …)."""

    requested_on: Day = Field(title="Ngày của Đơn đề nghị nghỉ phép")
    """The day of the leave request the certificate answers."""

    person: Text = Field(title="Ông (bà)")
    """Who takes leave: "Nguyễn Thị Lan"."""

    position: Text = Field(title="Chức vụ")
    """Their position and unit: "Công chức Văn phòng - Thống kê, Ủy ban nhân dân xã …"."""

    start: Day = Field(title="Kể từ ngày")
    """The first day of leave."""

    end: Day = Field(title="Đến hết ngày")
    """The last day of leave."""

    days: PositiveInt | None = Field(default=None, title="Số ngày nghỉ phép")
    """The days of leave; left out, the days from start to end less Saturdays and Sundays."""

    leave_place: Text = Field(title="Nơi nghỉ phép")
    """Where the leave is spent: "xã Tiên Lãng, thành phố Hải Phòng"."""

    counted_as: Text = Field(title="Được tính vào thời gian")
    """The entitlement the days count against: "nghỉ phép năm 2026"."""

    body: list[BodyNode] = Field(default_factory=list, title="Nội dung thêm")
    """Further paragraphs after the period, rarely needed."""

    certification: bool = Field(default=True, title="Ô xác nhận của nơi nghỉ phép")
    """Whether to print the box where the place of leave certifies it (Mẫu 1.10: "nếu cần")."""

    @model_validator(mode="after")
    def _check_period(self) -> LeaveCertificate:
        require_host("LeaveCertificate", self.issuer, self.host, "leave_host", "the sentence")
        errors: list[InitErrorDetails] = []
        span = (self.end - self.start).days + 1
        if span < 1:
            errors.append(
                InitErrorDetails(
                    type=custom_error(
                        "leave_period",
                        N_(
                            "expected the last day of leave on or after its first ({start}), "
                            "got {end}",
                            start=self.start.isoformat(),
                            end=self.end.isoformat(),
                        ),
                    ),
                    loc=("end",),
                    input=self.end.isoformat(),
                )
            )
        elif self.days is not None and self.days > span:
            errors.append(
                InitErrorDetails(
                    type=custom_error(
                        "leave_days",
                        N_(
                            "expected at most {span} days of leave from {start} to {end}, "
                            "got {days}",
                            span=span,
                            start=self.start.isoformat(),
                            end=self.end.isoformat(),
                            days=self.days,
                        ),
                    ),
                    loc=("days",),
                    input=self.days,
                )
            )
        if errors:
            raise ValidationError.from_exception_data("LeaveCertificate", errors)
        return self

    def leave_days(self) -> int:
        """The days of leave printed: as given, or counted from the dates."""
        return self.days if self.days is not None else working_days(self.start, self.end)

    def host_name(self) -> str:
        """The issuer as the opening sentence names it."""
        return host_name(self.issuer, self.host)

    def body_nodes(self) -> list[BodyNode]:
        return self.body
