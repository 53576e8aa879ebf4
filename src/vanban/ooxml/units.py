"""Đơn vị đo (units): Word's measures as the millimetres and points a reviewer reads.

Word stores lengths in twentieths of a point (twips), font sizes in half-points, border
widths in eighths of a point and drawings in EMU (12,700 to the point). Lengths are shown in
mm rounded to 0.1 mm (finer differences cannot be seen on paper), sizes in pt.

>>> twips_to_mm("1134")
'20 mm'
>>> twips_to_mm("720")
'12.7 mm'
>>> half_points("27")
'13.5 pt'
>>> twips_to_pt("120")
'6 pt'
>>> twips_to_mm("2cm")
'20 mm'
"""

from __future__ import annotations

import math
import re

from vanban.ooxml.ns import Element, w

__all__ = [
    "EMU_PER_PT",
    "TWIPS_PER_PT",
    "eighth_points",
    "format_number",
    "half_points",
    "parse_number",
    "parse_twips",
    "twips",
    "twips_to_mm",
    "twips_to_pt",
]

#: English metric units per point (DrawingML lengths).
EMU_PER_PT = 12700
#: Twentieths of a point per point.
TWIPS_PER_PT = 20

_MEASURE = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(mm|cm|in|pt|pc|pi)?\s*$")
# Twips per unit, for the "universal measures" (ST_UniversalMeasure) some writers use.
_TWIPS_PER = {"mm": 1440 / 25.4, "cm": 14400 / 25.4, "in": 1440.0, "pt": 20.0, "pc": 240.0}


def format_number(value: float, places: int = 1) -> str:
    """Shortest decimal form of ``value`` rounded to ``places``.

    >>> format_number(20.0)
    '20'
    >>> format_number(-3.54)
    '-3.5'
    >>> format_number(0.75, 2)
    '0.75'
    """
    text = f"{round(value, places):.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def parse_twips(raw: str | None) -> float | None:
    """A twips value from an attribute: a plain number, or a number with a unit."""
    if raw is None:
        return None
    match = _MEASURE.match(raw)
    if match is None:
        return None
    number = float(match.group(1))
    unit = match.group(2)
    if unit is None:
        return number
    return number * _TWIPS_PER["pc" if unit == "pi" else unit]


def twips_to_mm(raw: str | None) -> str | None:
    """A length in twips as ``"20 mm"``."""
    twips = parse_twips(raw)
    if twips is None:
        return None
    return f"{format_number(twips * 25.4 / 1440)} mm"


def twips_to_pt(raw: str | None) -> str | None:
    """A spacing in twips as ``"6 pt"``."""
    twips = parse_twips(raw)
    if twips is None:
        return None
    return f"{format_number(twips / 20, 2)} pt"


def _points(raw: str | None, per_point: int, decimals: int) -> str | None:
    if raw is None:
        return None
    try:
        value = float(raw)
    except ValueError:
        return None
    return f"{format_number(value / per_point, decimals)} pt"


def half_points(raw: str | None) -> str | None:
    """A font size in half-points as ``"14 pt"``."""
    return _points(raw, 2, 1)


def eighth_points(raw: str | None) -> str | None:
    """A border width in eighths of a point as ``"0.5 pt"``."""
    return _points(raw, 8, 2)


def parse_number(raw: str | None) -> float | None:
    """A finite number from an attribute, or None when absent or unreadable.

    >>> parse_number("27"), parse_number("1e999"), parse_number("12pt")
    (27.0, None, None)
    """
    if raw is None:
        return None
    try:
        value = float(raw)
    except ValueError:
        return None
    # "1e999", "nan": no measure Word writes; read as unreadable rather than as infinity.
    return value if math.isfinite(value) else None


def twips(element: Element | None, name: str) -> int | None:
    """An integer ``w:`` attribute in twentieths of a point, or None when absent or unreadable.

    An unreadable value ("1e999", "12,5") sets nothing: the level above it in the style
    hierarchy decides, as if the attribute were not there.
    """
    if element is None:
        return None
    value = parse_number(element.get(w(name)))
    return None if value is None else round(value)
