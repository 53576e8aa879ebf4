"""Reporting period — kỳ báo cáo: a month, a quarter, six months, a year or a range of dates.

Written in YAML as ``2020-Q2``, ``2018-H1``, ``2020-07``, ``2020`` or as a mapping
(``{quarter: 2, year: 2020}``, ``{from: 2020-01-01, to: 2020-06-30}``). Printed as a report
writes it: "quý II năm 2020", "6 tháng đầu năm 2018", "tháng 7 năm 2020", "năm 2020",
"từ ngày 01/01/2020 đến ngày 30/6/2020".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, ClassVar

from pydantic import Field, model_validator

from vanban.formatting.dates import format_month
from vanban.formatting.numbering import roman
from vanban.i18n import N_, custom_error
from vanban.models.base import Day, TextForm

__all__ = ["ReportPeriod"]

_SHORT = re.compile(r"\s*(\d{4})(?:-(?:([QqHh])(\d)|(\d{1,2})))?\s*")


def _short_date(day: dt.date) -> str:
    # Inside a sentence the date is numeric, with the leading zeros of the date line.
    return f"{day.day:02d}/{format_month(day.month)}/{day.year}"


class ReportPeriod(TextForm):
    """Reporting period — kỳ báo cáo: exactly one of month, quarter, half or a date range."""

    year: int | None = Field(default=None, ge=1945, le=2999, title="Năm")
    quarter: int | None = Field(default=None, ge=1, le=4, title="Quý")
    half: int | None = Field(default=None, ge=1, le=2, title="6 tháng (1: đầu năm, 2: cuối năm)")
    month: int | None = Field(default=None, ge=1, le=12, title="Tháng")
    start: Day | None = Field(default=None, alias="from", title="Từ ngày")
    end: Day | None = Field(default=None, alias="to", title="Đến ngày")

    text_pattern: ClassVar[str] = r"^\d{4}(-([QqHh]\d|\d{1,2}))?$"
    text_description: ClassVar[str] = (
        "2020 (a year), 2020-Q2 (a quarter), 2018-H1 (six months), 2020-07"
    )
    schema_title: ClassVar[str] = "Kỳ báo cáo"

    @model_validator(mode="before")
    @classmethod
    def _parse(cls, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return {"year": value}
        if not isinstance(value, str):
            return value
        match = _SHORT.fullmatch(value)
        if not match:
            raise custom_error(
                "period_format",
                N_(
                    "expected a period as 2020, 2020-Q2, 2018-H1, 2020-07 or a mapping with from "
                    'and to; got "{value}"'
                ),
                value=value,
            )
        year, letter, number, month = match.groups()
        out: dict[str, Any] = {"year": int(year)}
        if letter:
            out["quarter" if letter in "Qq" else "half"] = int(number)
        elif month:
            out["month"] = int(month)
        return out

    @model_validator(mode="after")
    def _check(self) -> ReportPeriod:
        ranged = self.start is not None or self.end is not None
        parts = [n for n in ("quarter", "half", "month") if getattr(self, n) is not None]
        if ranged:
            if self.start is None or self.end is None or parts or self.year is not None:
                raise custom_error(
                    "period_shape",
                    N_("a range of dates gives both from and to, and nothing else"),
                )
            if self.end < self.start:
                raise custom_error(
                    "period_order",
                    N_("the period ends ({end}) before it starts ({start})"),
                    start=self.start.isoformat(),
                    end=self.end.isoformat(),
                )
            return self
        if self.year is None or len(parts) > 1:
            raise custom_error(
                "period_shape",
                N_("a period is a year, with at most one of quarter, half or month"),
            )
        return self

    @property
    def text(self) -> str:
        """The period as a sentence writes it: "quý II năm 2020"."""
        if self.start is not None and self.end is not None:
            return f"từ ngày {_short_date(self.start)} đến ngày {_short_date(self.end)}"
        year = f"năm {self.year}"
        if self.quarter is not None:
            return f"quý {roman(self.quarter)} {year}"
        if self.half is not None:
            return f"6 tháng {'đầu' if self.half == 1 else 'cuối'} {year}"
        if self.month is not None:
            return f"tháng {format_month(self.month)} {year}"
        return year

    def following(self) -> ReportPeriod | None:
        """The next period of the same length; None for a range of dates."""
        if self.year is None:
            return None
        if self.quarter is not None:
            q = self.quarter % 4 + 1
            return ReportPeriod(year=self.year + (q == 1), quarter=q)
        if self.half is not None:
            h = self.half % 2 + 1
            return ReportPeriod(year=self.year + (h == 1), half=h)
        if self.month is not None:
            m = self.month % 12 + 1
            return ReportPeriod(year=self.year + (m == 1), month=m)
        return ReportPeriod(year=self.year + 1)
