"""The Decree 30 date line — "Đoàn Kết, ngày 05 tháng 01 năm 2023" (địa danh và thời gian ban hành).

No locale formats it: days 1–9 and months 1–2 take a leading zero, months 3–12 do not
(Phụ lục I, mục II.4). A draft leaves the day (and possibly the month) blank for the clerk to fill
in at signing, so each part may be ``None``.
"""

from __future__ import annotations

import re

#: What stands in for a part left blank in a draft: wide enough to write two digits by hand.
BLANK = " " * 6


def format_day(day: int | None) -> str:
    """The day of the month, zero-padded below 10; blank in a draft.

    >>> format_day(5), format_day(29)
    ('05', '29')
    """
    return BLANK if day is None else f"{day:02d}"


def format_month(month: int | None) -> str:
    """The month, zero-padded for January and February only; blank in a draft.

    >>> format_month(1), format_month(2), format_month(3), format_month(12)
    ('01', '02', '3', '12')
    """
    if month is None:
        return BLANK
    return f"{month:02d}" if month <= 2 else str(month)


def format_date_line(
    place: str, year: int, month: int | None = None, day: int | None = None
) -> str:
    """The place and date line of a document (ô 4).

    >>> format_date_line("Hà Nội", 2020, 3, 5)
    'Hà Nội, ngày 05 tháng 3 năm 2020'
    >>> format_date_line("Đoàn Kết", 2023, 5)
    'Đoàn Kết, ngày        tháng 5 năm 2023'
    """
    prefix = f"{place}, " if place else ""
    return f"{prefix}ngày {format_day(day)} tháng {format_month(month)} năm {year}"


_DAY_FIRST = re.compile(r"(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})")
_WORDS = re.compile(
    r"(?:ngày\s*(\d{1,2})?\s*[,]?\s*)?tháng\s*(\d{1,2})?\s*(?:năm\s*|[/.-]\s*)(\d{4})",
    re.IGNORECASE,
)


def parse_written_date(text: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of a date as Vietnamese write it, day first; ``None`` if it is not one.

    A draft may leave the day, or the day and the month, blank.

    >>> parse_written_date("02/10/2026"), parse_written_date("ngày 2 tháng 10 năm 2026")
    ((2026, 10, 2), (2026, 10, 2))
    >>> parse_written_date("tháng 10/2026"), parse_written_date("10/2026")
    ((2026, 10, None), (2026, 10, None))
    >>> parse_written_date("ngày    tháng 10 năm 2026"), parse_written_date("10/02")
    ((2026, 10, None), None)
    """
    text = " ".join(text.split())
    found = _DAY_FIRST.fullmatch(text) or _WORDS.fullmatch(text)
    if found is None:
        return None
    day, month, year = found.groups()
    if day is not None and month is None:
        return None
    return int(year), int(month) if month else None, int(day) if day else None


#: Monday … Sunday as a Vietnamese date names them: "thứ Hai, ngày 05 tháng 01 năm 2026".
WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
