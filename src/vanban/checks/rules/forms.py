"""What a sample form of Phụ lục III adds to the frame — thành phần riêng của từng mẫu.

Each rule concerns the documents of one type and does not apply to the others.
"""

from __future__ import annotations

import datetime as dt
import re

from vanban.checks.parts import Located
from vanban.checks.rules.base import Result, fail, not_applicable, ok, rule
from vanban.checks.view import Paragraph, key, normal
from vanban.formatting.dates import WEEKDAYS
from vanban.i18n import N_
from vanban.models.kinds import DocumentType

#: The labelled fields of Mẫu 1.7 an invitation cannot do without.
INVITATION_FIELDS = ("Thời gian", "Địa điểm")

_DATED_WEEKDAY = re.compile(
    "(" + "|".join(WEEKDAYS) + r"),?\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
    re.IGNORECASE,
)


def _labelled(doc: Located, label: str) -> Paragraph | None:
    start = key(f"{label}:")
    return next((p for p in doc.body if key(p.text).startswith(start)), None)


@rule("ND30-INVITATION-FIELDS", "Phụ lục III, Mẫu 1.7")
def invitation_fields(doc: Located) -> list[Result]:
    """Giấy mời: Thời gian, Địa điểm (an invitation's time and place, its weekday right)."""
    if doc.document_type is not DocumentType.INVITATION:
        return [not_applicable(N_("not an invitation (giấy mời)"))]
    out: list[Result] = []
    found = {label: _labelled(doc, label) for label in INVITATION_FIELDS}
    for label, paragraph in found.items():
        if paragraph is None:
            out.append(
                fail(
                    N_(
                        "no '{label}:' line (Mẫu 1.7)",
                        label=label,
                    ),
                    doc.type_name.where if doc.type_name else "",
                )
            )
    time = found["Thời gian"]
    if time is not None:
        match = _DATED_WEEKDAY.search(normal(time.text))
        if match is not None:
            weekday, day, month, year = match.groups()
            try:
                real = WEEKDAYS[dt.date(int(year), int(month), int(day)).weekday()]
            except ValueError:
                out.append(
                    fail(
                        N_(
                            "no such day: {day}/{month}/{year}",
                            day=day,
                            month=month,
                            year=year,
                        ),
                        time.where,
                    )
                )
            else:
                if real.casefold() != weekday.casefold():
                    out.append(
                        fail(
                            N_(
                                "{day}/{month}/{year} is a {real}, not a {weekday}",
                                day=day,
                                month=month,
                                year=year,
                                real=real,
                                weekday=weekday,
                            ),
                            time.where,
                        )
                    )
    return out or [
        ok(
            N_("Thời gian and Địa điểm given; the weekday matches the date"),
            time.where if time else "",
        )
    ]
