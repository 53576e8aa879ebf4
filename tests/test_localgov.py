"""Which units a document of a given date may name: the two-tier local government of 2025."""

from __future__ import annotations

import datetime as dt
import doctest

import pytest

from vanban import localgov
from vanban.localgov import PROVINCES_ENDED, outdated_units

AFTER = dt.date(2026, 3, 10)
BEFORE = dt.date(2024, 11, 20)


def test_doctests() -> None:
    assert doctest.testmod(localgov).failed == 0


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("UBND huyện Thanh Miện", ["huyện"]),
        ("ỦY BAN NHÂN DÂN QUẬN LONG BIÊN", ["quận"]),
        ("Phòng Tư pháp thị xã Sơn Tây", ["thị xã"]),
        ("UBND thị trấn Đông Anh", ["thị trấn"]),
        ("Huyện ủy Thanh Miện", ["huyện ủy"]),
        ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA – VŨNG TÀU", ["tỉnh Bà Rịa - Vũng Tàu"]),
        ("Sở Tư pháp tỉnh Hải Dương; UBND huyện Gia Lộc", ["tỉnh Hải Dương", "huyện"]),
        ("UBND thành phố Thủ Đức", ["thành phố Thủ Đức"]),
    ],
)
def test_names_gone_since_july_2025_are_found(text: str, found: list[str]) -> None:
    assert [u.found for u in outdated_units(text, AFTER)] == found
    assert outdated_units(text, BEFORE) == []


@pytest.mark.parametrize(
    "text",
    [
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH",
        "UBND phường Ngọc Thụy, thành phố Hà Nội",
        "Thành phố Hồ Chí Minh, ngày 05 tháng 3 năm 2026",
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ",
        "Phường Bắc Giang",  # a ward that took the old city's name
        "các thành phố trực thuộc trung ương",
        "Văn phòng HĐND và UBND xã Đoàn Kết",
        "UBND đặc khu Phú Quốc",
        "Chuyên viên Phòng Kinh tế xã",
    ],
)
def test_current_units_pass(text: str) -> None:
    assert outdated_units(text, AFTER) == []


def test_a_merged_province_says_what_replaced_it_and_why() -> None:
    (unit,) = outdated_units("UBND tỉnh Quảng Nam", AFTER)
    assert unit.now == "thành phố Đà Nẵng"
    assert "202/2025/QH15" in unit.source
    assert unit.since == dt.date(2025, 7, 1)


def test_the_day_of_the_change_is_the_first_day_judged_by_the_new_structure() -> None:
    assert outdated_units("UBND huyện Gia Lộc", dt.date(2025, 6, 30)) == []
    assert outdated_units("UBND huyện Gia Lộc", dt.date(2025, 7, 1)) != []


def test_twenty_nine_province_names_ended() -> None:
    # 63 provinces became 34 (Nghị quyết 202/2025/QH15).
    assert len({e.name for e in PROVINCES_ENDED}) == 63 - 34


def test_a_city_is_central_only_from_its_day() -> None:
    assert [u.found for u in outdated_units("UBND thành phố Đồng Nai", dt.date(2026, 3, 1))] == [
        "thành phố Đồng Nai"
    ]
    assert outdated_units("UBND thành phố Đồng Nai", dt.date(2026, 5, 1)) == []
