"""Rules of the two-tier local government — chính quyền địa phương hai cấp (from 1 July 2025).

Decree 30 itself did not change; the units a document may name did (Luật Tổ chức chính quyền
địa phương số 72/2025/QH15, Nghị quyết số 202/2025/QH15). The dated data are in
:mod:`vanban.localgov`; a document is judged by the structure of its own date.
"""

from __future__ import annotations

import datetime as dt
import re

from vanban.checks.model import Severity
from vanban.checks.parts import Located
from vanban.checks.rules.base import Result, fail, not_applicable, ok, rule, unchecked
from vanban.checks.view import Line, normal
from vanban.i18n import N_
from vanban.localgov import TWO_TIERS, outdated_units

__all__ = ["local_units"]

_DATE = re.compile(
    r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
    r"|tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
    r"|năm\s+(\d{4})",
    re.IGNORECASE,
)


def _date(text: str) -> dt.date | None:
    """The date a line states; a draft's blank day or month counts as the first."""
    match = _DATE.search(text)
    if match is None:
        return None
    day, month, year, month2, year2, year3 = match.groups()
    try:
        if year:
            return dt.date(int(year), int(month), int(day))
        if year2:
            return dt.date(int(year2), int(month2), 1)
        return dt.date(int(year3), 1, 1)
    except ValueError:
        return None


def _document_date(doc: Located) -> dt.date | None:
    if doc.date is not None:
        return _date(normal(doc.date.text))
    # Minutes date their body ("Thời gian bắt đầu: 08 giờ 00, ngày 15 tháng 3 năm 2026").
    for paragraph in doc.body[:12]:
        for line in paragraph.lines:
            found = _date(normal(line.text))
            if found is not None:
                return found
    return None


def _named(doc: Located) -> list[tuple[str, Line]]:
    """The lines that name units: issuer and parent, the place, Kính gửi, Nơi nhận."""
    lines: list[tuple[str, Line]] = [(normal(x.text), x) for x in doc.issuing_and_parent]
    if doc.date is not None:
        place = normal(doc.date.text).partition(",")[0]
        lines.append((place, doc.date))
    lines += [(normal(x.text), x) for p in doc.addressees for x in p.lines]
    lines += [(normal(x.text), x) for x in doc.recipient_items]
    return lines


@rule("ND30-LOCAL-UNITS", "Luật 72/2025/QH15; Nghị quyết 202/2025/QH15", Severity.WARNING)
def local_units(doc: Located) -> list[Result]:
    """Đơn vị hành chính hiện hành (the units named exist on the document's date)."""
    date = _document_date(doc)
    if date is None:
        return [unchecked(N_("no date of issue found"))]
    if date < TWO_TIERS:
        return [
            not_applicable(
                N_(
                    "dated {date:%d/%m/%Y}, before the two-tier local government",
                    date=date,
                )
            )
        ]
    out = [
        fail(
            N_(
                "'{text}' names '{found}', which no longer exists on {date:%d/%m/%Y} "
                "({source}); now: {now}",
                text=text,
                found=unit.found,
                date=date,
                source=unit.source,
                now=unit.now,
            ),
            line.where,
        )
        for text, line in _named(doc)
        for unit in outdated_units(text, date)
    ]
    return out or [ok(N_("every unit named exists on the document's date"))]
