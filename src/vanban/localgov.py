"""Local government units by date — đơn vị hành chính: what a document dated on a day may name.

From 1 July 2025 local government has two tiers: the province or centrally-run city, then the
xã, phường and đặc khu (Luật Tổ chức chính quyền địa phương số 72/2025/QH15). The district
level — huyện, quận, thị xã, the district-level thành phố — and the thị trấn are gone, and 63
provinces became 34 (Nghị quyết 202/2025/QH15). A document dated before a change is judged by
the structure of its day.

Every change is one dated line with its source, so that the next reorganisation is one line
more: :data:`UNIT_TYPES_ENDED` for unit types, :data:`PROVINCES_ENDED` for province names,
:data:`CENTRAL_CITIES` for the centrally-run cities (thành phố trực thuộc trung ương), whose
"thành phố" stays a province-level name.

>>> import datetime as dt
>>> [u.found for u in outdated_units("UBND huyện Thanh Miện", dt.date(2026, 1, 5))]
['huyện']
>>> outdated_units("UBND huyện Thanh Miện", dt.date(2024, 5, 10))
[]
>>> [u.found for u in outdated_units("Sở Tư pháp tỉnh Hải Dương", dt.date(2026, 1, 5))]
['tỉnh Hải Dương']
>>> outdated_units("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", dt.date(2026, 1, 5))
[]
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "CENTRAL_CITIES",
    "PROVINCES_ENDED",
    "UNIT_TYPES_ENDED",
    "OutdatedUnit",
    "outdated_units",
]

#: The day the two-tier local government began.
TWO_TIERS = dt.date(2025, 7, 1)
_LAW_72 = "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"
# NQ 202/2025/QH15 took effect on 12/6/2025, but the provinces it formed began to work, and the
# old ones to stop issuing documents, on 1/7/2025 (Điều 2 of the resolution).
_NQ_202 = "Nghị quyết số 202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh"


@dataclass(frozen=True)
class Ended:
    """A name that no longer names a unit from ``since`` on, with what replaced it."""

    name: str
    since: dt.date
    source: str
    now: str


#: Unit types that no longer exist (phrases are matched as whole words, any case).
UNIT_TYPES_ENDED: tuple[Ended, ...] = (
    Ended("huyện", TWO_TIERS, _LAW_72, "xã, phường hoặc đặc khu thuộc tỉnh"),
    Ended("quận", TWO_TIERS, _LAW_72, "phường thuộc thành phố"),
    Ended("thị xã", TWO_TIERS, _LAW_72, "xã hoặc phường thuộc tỉnh"),
    Ended("thị trấn", TWO_TIERS, _LAW_72, "xã hoặc phường"),
    Ended("huyện ủy", TWO_TIERS, _LAW_72, "đảng ủy xã, phường hoặc đặc khu"),
    Ended("quận ủy", TWO_TIERS, _LAW_72, "đảng ủy phường"),
    Ended("thị ủy", TWO_TIERS, _LAW_72, "đảng ủy xã hoặc phường"),
)

_CITIES_2025 = ("Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ")

#: Province names merged into another province (the new unit kept the first name of the group).
PROVINCES_ENDED: tuple[Ended, ...] = tuple(
    Ended(old, TWO_TIERS, _NQ_202, f"{'thành phố' if new in _CITIES_2025 else 'tỉnh'} {new}")
    for new, olds in (
        ("Tuyên Quang", ("Hà Giang",)),
        ("Lào Cai", ("Yên Bái",)),
        ("Thái Nguyên", ("Bắc Kạn",)),
        ("Phú Thọ", ("Vĩnh Phúc", "Hòa Bình")),
        ("Bắc Ninh", ("Bắc Giang",)),
        ("Hưng Yên", ("Thái Bình",)),
        ("Hải Phòng", ("Hải Dương",)),
        ("Ninh Bình", ("Hà Nam", "Nam Định")),
        ("Quảng Trị", ("Quảng Bình",)),
        ("Đà Nẵng", ("Quảng Nam",)),
        ("Quảng Ngãi", ("Kon Tum",)),
        ("Gia Lai", ("Bình Định",)),
        ("Khánh Hòa", ("Ninh Thuận",)),
        ("Lâm Đồng", ("Đắk Nông", "Bình Thuận")),
        ("Đắk Lắk", ("Phú Yên",)),
        ("Hồ Chí Minh", ("Bình Dương", "Bà Rịa - Vũng Tàu")),
        ("Đồng Nai", ("Bình Phước",)),
        ("Tây Ninh", ("Long An",)),
        ("Cần Thơ", ("Sóc Trăng", "Hậu Giang")),
        ("Vĩnh Long", ("Bến Tre", "Trà Vinh")),
        ("Đồng Tháp", ("Tiền Giang",)),
        ("Cà Mau", ("Bạc Liêu",)),
        ("An Giang", ("Kiên Giang",)),
    )
    for old in olds
)

#: Centrally-run cities and the day each became one: "thành phố X" names a province-level unit
#: only for these; any other "thành phố" was a district-level city, gone with the districts.
CENTRAL_CITIES: tuple[tuple[str, dt.date, str], ...] = (
    ("Hà Nội", dt.date(1976, 7, 2), "Hiến pháp; Luật Thủ đô"),
    ("Hồ Chí Minh", dt.date(1976, 7, 2), "Nghị quyết Quốc hội khóa VI, kỳ họp thứ nhất"),
    ("Hải Phòng", dt.date(1976, 7, 2), "Nghị quyết Quốc hội khóa VI, kỳ họp thứ nhất"),
    ("Đà Nẵng", dt.date(1997, 1, 1), "Nghị quyết Quốc hội khóa IX, kỳ họp thứ 10"),
    ("Cần Thơ", dt.date(2004, 1, 1), "Nghị quyết số 22/2003/QH11"),
    ("Huế", dt.date(2025, 1, 1), "Nghị quyết số 175/2024/QH15"),
    # The three below are reported by several public sources for 2026 and not yet checked
    # against the resolutions' texts; a later document naming them is not flagged.
    ("Đồng Nai", dt.date(2026, 4, 30), "Nghị quyết số 30/2026/QH16 (chưa đối chiếu văn bản)"),
    ("Quảng Ninh", dt.date(2026, 9, 1), "Nghị quyết số 36/2026/QH16 (chưa đối chiếu văn bản)"),
    ("Bắc Ninh", dt.date(2026, 9, 20), "Nghị quyết số 39/2026/QH16 (chưa đối chiếu văn bản)"),
)


@dataclass(frozen=True)
class OutdatedUnit:
    """A unit named in a text that did not exist on the document's date."""

    found: str
    """The unit as this module names it: "huyện", "tỉnh Hải Dương", "thành phố Thủ Đức"."""
    now: str
    """What took its place."""
    source: str
    """The legal basis of the change."""
    since: dt.date


def _fold(text: str) -> str:
    # Dashes vary in "Bà Rịa - Vũng Tàu"; case and composition vary everywhere.
    text = unicodedata.normalize("NFC", text).casefold()
    return re.sub(r"\s*[-‐‑–—]\s*", " - ", re.sub(r"\s+", " ", text))


def _word(phrase: str) -> str:
    return r"(?<!\w)" + re.escape(_fold(phrase)).replace(r"\ ", r"\s+") + r"(?!\w)"


#: "thành phố trực thuộc trung ương" and the like speak of cities, not of one of them.
_GENERIC = ("trực thuộc", "thuộc", "mới", "và", "trong")
_CITY = re.compile(r"(?<!\w)thành\s+phố\s+((?:\w+\s?){1,4})")


def outdated_units(text: str, on: dt.date) -> list[OutdatedUnit]:
    """The units ``text`` names that did not exist on ``on``, in the order they occur."""
    folded = _fold(text)
    found: list[tuple[int, OutdatedUnit]] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], entry: Ended) -> None:
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            return  # "huyện ủy" is reported once, not again as "huyện"
        taken.append((start, end))
        found.append((start, OutdatedUnit(entry.name, entry.now, entry.source, entry.since)))

    for entry in sorted(UNIT_TYPES_ENDED, key=lambda e: -len(e.name)):
        if on >= entry.since:
            for match in re.finditer(_word(entry.name), folded):
                add(match, entry)
    for entry in PROVINCES_ENDED:
        if on >= entry.since:
            for match in re.finditer(_word("tỉnh " + entry.name), folded):
                add(match, Ended("tỉnh " + entry.name, entry.since, entry.source, entry.now))
    if on >= TWO_TIERS:
        cities = [_fold(name) for name, since, _ in CENTRAL_CITIES if on >= since]
        for match in _CITY.finditer(folded):
            name = match.group(1).strip()
            if name.startswith(_GENERIC) or any(
                name == c or name.startswith(c + " ") for c in cities
            ):
                continue
            shown = f"thành phố {name.title()}"
            add(match, Ended(shown, TWO_TIERS, _LAW_72, "xã hoặc phường"))
    return [unit for _, unit in sorted(found, key=lambda pair: pair[0])]
