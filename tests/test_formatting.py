"""Pure formatting: numbering labels, the date line, numbers, text hygiene."""

from __future__ import annotations

import doctest
import importlib

import pytest

from vanban.formatting.dates import format_date_line, format_day, format_month
from vanban.formatting.numbering import (
    POINT_LETTERS,
    LevelStyle,
    format_label,
    point_letter,
    roman,
)
from vanban.formatting.numbers import RateError, format_number, format_percent, format_rate
from vanban.formatting.text import ForbiddenCharacterError, break_name, clean_text, text_width_pt


@pytest.mark.parametrize(
    "module",
    ["dates", "names", "numbering", "numbers", "text"],
)
def test_doctests(module: str) -> None:
    result = doctest.testmod(importlib.import_module(f"vanban.formatting.{module}"))
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize(
    ("number", "expected"),
    [(1, "I"), (2, "II"), (3, "III"), (4, "IV"), (5, "V"), (9, "IX"), (10, "X"), (14, "XIV"),
     (19, "XIX"), (40, "XL"), (49, "XLIX"), (90, "XC"), (400, "CD"), (1994, "MCMXCIV")],
)  # fmt: skip
def test_roman(number: int, expected: str) -> None:
    assert roman(number) == expected


def test_roman_rejects_zero() -> None:
    with pytest.raises(ValueError, match="start at 1"):
        roman(0)


def test_point_letters_follow_the_vietnamese_alphabet() -> None:
    letters = [point_letter(n) for n in range(1, 24)]
    assert letters[:7] == ["a", "b", "c", "d", "đ", "e", "g"]
    assert "đ" in letters
    for missing in "fjwz":
        assert missing not in letters
    assert letters == POINT_LETTERS
    assert point_letter(24) == "aa"


@pytest.mark.parametrize(
    ("style", "number", "expected"),
    [
        (LevelStyle.ROMAN, 3, "III."),
        (LevelStyle.ARABIC, 12, "12."),
        (LevelStyle.LETTER, 5, "đ)"),
        (LevelStyle.LETTER, 6, "e)"),
        (LevelStyle.DASH, 7, "-"),
        (LevelStyle.PLUS, 2, "+"),
        (LevelStyle.STAR, 1, "*"),
        (LevelStyle.CAPITAL, 1, "A."),
        (LevelStyle.CAPITAL, 5, "Đ."),
        (LevelStyle.CAPITAL, 6, "E."),
        (LevelStyle.ROMAN_SLASH, 4, "IV/."),
        (LevelStyle.ARABIC_SLASH, 10, "10/."),
    ],
)
def test_each_level_style(style: LevelStyle, number: int, expected: str) -> None:
    assert format_label(style, number) == expected


def test_nested_arabic_uses_the_parent_number() -> None:
    assert format_label(LevelStyle.NESTED, 3, parent_label="2.") == "2.3."
    assert format_label(LevelStyle.NESTED, 1, parent_label="2.3.") == "2.3.1."
    # Under a non-numeric parent the nested style starts its own count.
    assert format_label(LevelStyle.NESTED, 4, parent_label="a)") == "4."
    assert format_label(LevelStyle.NESTED, 2, parent_label="3/.") == "3.2."


def test_ordinal_words_to_twenty_and_beyond() -> None:
    from vanban.formatting.numbering import ordinal_words

    words = [ordinal_words(n) for n in range(1, 22)]
    assert words[:10] == ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"]
    assert words[10:15] == ["mười một", "mười hai", "mười ba", "mười bốn", "mười lăm"]
    assert words[19:] == ["hai mươi", "hai mươi mốt"]
    with pytest.raises(ValueError):
        ordinal_words(0)


@pytest.mark.parametrize(
    ("day", "month", "expected"),
    [
        (5, 1, "Hà Nội, ngày 05 tháng 01 năm 2020"),
        (29, 6, "Hà Nội, ngày 29 tháng 6 năm 2020"),
        (5, 3, "Hà Nội, ngày 05 tháng 3 năm 2020"),
        (10, 2, "Hà Nội, ngày 10 tháng 02 năm 2020"),
        (31, 12, "Hà Nội, ngày 31 tháng 12 năm 2020"),
        (9, 10, "Hà Nội, ngày 09 tháng 10 năm 2020"),
    ],
)
def test_date_line_padding(day: int, month: int, expected: str) -> None:
    assert format_date_line("Hà Nội", 2020, month, day) == expected


def test_draft_date_leaves_blanks() -> None:
    line = format_date_line("Đoàn Kết", 2023, 5)
    assert line.startswith("Đoàn Kết, ngày ")
    assert line.endswith(" tháng 5 năm 2023")
    assert line.split("ngày")[1].split("tháng")[0].strip() == ""
    assert format_day(None).isspace() and format_month(None).isspace()


def test_months_three_to_twelve_are_not_padded() -> None:
    assert [format_month(m) for m in range(1, 13)] == [
        "01", "02", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
    ]  # fmt: skip


def test_numbers_the_vietnamese_way() -> None:
    assert format_number(1315) == "1.315"
    assert format_number(222) == "222"
    assert format_number(1234567.25) == "1.234.567,25"
    assert format_percent(0.938) == "93,8%"
    assert format_percent(0.95) == "95%"
    assert format_rate(3, 4) == "75%"
    assert format_rate(1, 3) == "33,3%"


def test_rate_with_zero_denominator_is_an_error() -> None:
    with pytest.raises(RateError, match="denominator is zero"):
        format_rate(3, 0)


def test_clean_text_normalises_to_nfc() -> None:
    decomposed = "Hòa giải".encode().decode()
    import unicodedata

    nfd = unicodedata.normalize("NFD", decomposed)
    assert nfd != decomposed
    assert clean_text(nfd) == decomposed


def test_clean_text_turns_word_line_breaks_into_newlines() -> None:
    assert clean_text("a\r\nb\rc\vd") == "a\nb\nc\nd"


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x0c", "\x1f", "\ud800", "\uffff"])
def test_clean_text_rejects_what_word_cannot_store(char: str) -> None:
    with pytest.raises(ForbiddenCharacterError) as info:
        clean_text(f"ab{char}c")
    assert info.value.position == 2
    assert f"U+{ord(char):04X}" in str(info.value)


def test_clean_text_keeps_tabs_nbsp_zero_width_and_emoji() -> None:
    text = "a\tb\u00a0c\u200bd 😀"
    assert clean_text(text) == text


def test_text_width_grows_with_size_and_weight() -> None:
    regular = text_width_pt("ỦY BAN NHÂN DÂN", 13)
    assert text_width_pt("ỦY BAN NHÂN DÂN", 13, bold=True) > regular
    assert text_width_pt("ỦY BAN NHÂN DÂN", 26) == pytest.approx(2 * regular)
    # The motto at 14 pt bold measures about 6 cm, as the spec says of the printed motto.
    motto_cm = text_width_pt("Độc lập - Tự do - Hạnh phúc", 14, bold=True) / 72 * 2.54
    assert 5.8 < motto_cm < 6.6


@pytest.mark.parametrize(
    "line",
    [
        "ỦY BAN  NHÂN DÂN XÃ\xa0ĐOÀN KẾT HUYỆN ĐOAN HÙNG",  # two spaces, a non-breaking one
        "TRUNG TÂM TRỢ GIÚP PHÁP LÝ NHÀ NƯỚC THÀNH PHỐ HÀ NỘI",
        "MỘTTỪRẤTDÀIKHÔNGCÓCHỖNGẮT",
    ],
)
def test_a_name_breaks_only_at_plain_spaces_and_keeps_its_text(line: str) -> None:
    lines = break_name(line, len, 18)
    assert " ".join(lines) == line  # each break stands where one space stood
    assert all(len(part) <= 18 for part in lines) or len(lines) == 1
    assert not any("\xa0" in part and part.endswith("\xa0") for part in lines)


def test_a_name_breaks_before_the_unit_even_when_another_cut_is_more_even() -> None:
    # "BAN CHỈ HUY" / "QUÂN SỰ HUYỆN GIA LÂM" would be more even; the unit's name stays whole.
    assert break_name("BAN CHỈ HUY QUÂN SỰ HUYỆN GIA LÂM", len, 22) == [
        "BAN CHỈ HUY QUÂN SỰ",
        "HUYỆN GIA LÂM",
    ]
    # Where the unit's line would not fit, the most even cut that fits is taken instead.
    assert break_name("BAN CHỈ HUY QUÂN SỰ HUYỆN GIA LÂM", len, 18) == [
        "BAN CHỈ HUY QUÂN",
        "SỰ HUYỆN GIA LÂM",
    ]


def test_a_reference_line_breaks_before_cua_else_evenly() -> None:
    from vanban.formatting.names import break_line

    def width(text: str) -> float:
        return float(len(text))

    assert break_line("short", width, 40) == "short"
    text = "(Kèm theo Báo cáo số 96 ngày 03 tháng 8 của Ủy ban nhân dân phường)"
    assert break_line(text, width, 45) == (
        "(Kèm theo Báo cáo số 96 ngày 03 tháng 8\ncủa Ủy ban nhân dân phường)"
    )
    # When "của …" is itself too long for a line, the two lines come out even.
    head, tail = break_line("a b c d e f g h của i j k l m n o p q r s", width, 22).split("\n")
    assert abs(len(head) - len(tail)) <= 2


def test_only_local_government_names_are_turned_into_sentence_case() -> None:
    from vanban.formatting.names import sentence_name

    assert sentence_name("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI") == "Ủy ban nhân dân thành phố Hà Nội"
    assert sentence_name("HỘI ĐỒNG NHÂN DÂN\nĐẶC KHU PHÚ QUỐC") == (
        "Hội đồng nhân dân đặc khu Phú Quốc"
    )
    assert sentence_name("ỦY BAN NHÂN DÂN\nBAN CHỈ ĐẠO") is None  # no unit: nothing guessed
    assert sentence_name("SỞ TƯ PHÁP") is None
