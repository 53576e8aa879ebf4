"""Amounts in words against an independent speller, vn-numberwords, over many random numbers."""

from __future__ import annotations

import doctest
import random

import pytest

from vanban.formatting import amounts
from vanban.formatting.amounts import amount_in_words, number_in_words

oracle = pytest.importorskip("vn_numberwords")

#: Compared below a thousand billion (10**12). Above it vn-numberwords repeats "tỷ" after the
#: thousands of billions ("hai nghìn tỷ bảy trăm tỷ" for 2.700 tỷ) where the written form reads
#: the groups before one "tỷ" ("hai nghìn bảy trăm tỷ"); those are pinned by known readings below.
LIMIT = 10**12


def _oracle(n: int, *, south: bool) -> str:
    words: str = oracle.number_to_words(n, oracle.SouthDictionary() if south else None)
    # Its one known slip: "năm" instead of "lăm" after sáu/bảy/tám/chín mươi (65 → "sáu mươi
    # năm"); "lăm" follows every "mươi" (Từ điển tiếng Việt, Hoàng Phê: "lăm" — năm, sau số chục).
    return words.replace("mươi năm", "mươi lăm")


def _numbers(count: int, seed: int) -> list[int]:
    """Numbers of every length, zeros frequent: the zero groups are where spellers go wrong."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        length = rng.randint(1, 12)
        digits = [rng.choice("0000123456789") for _ in range(length)]
        digits[0] = rng.choice("123456789")
        n = int("".join(digits)) % LIMIT
        out.append(-n if rng.random() < 0.1 else n)
    return out


def test_doctests() -> None:
    assert doctest.testmod(amounts).failed == 0


@pytest.mark.parametrize("south", [False, True], ids=["north", "south"])
def test_agrees_with_the_oracle_on_random_numbers(south: bool) -> None:
    numbers = _numbers(100_000, seed=2026 + south)
    wrong = [
        (n, mine, theirs)
        for n in numbers
        if (mine := number_in_words(n, variant="south" if south else "north", tu=south))
        != (theirs := _oracle(n, south=south))
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (5, "năm"),
        (10, "mười"),
        (14, "mười bốn"),
        (15, "mười lăm"),
        (20, "hai mươi"),
        (25, "hai mươi lăm"),
        (65, "sáu mươi lăm"),
        (101, "một trăm linh một"),
        (110, "một trăm mười"),
        (1_000_001, "một triệu không trăm linh một"),
        (1_001_000_000_000, "một nghìn không trăm linh một tỷ"),
        (10**21 + 5, "một nghìn tỷ tỷ không trăm linh năm"),
        (2_790 * 10**9, "hai nghìn bảy trăm chín mươi tỷ"),
        (25_300 * 10**9 + 1, "hai mươi lăm nghìn ba trăm tỷ không trăm linh một"),
        (-1, "âm một"),
    ],
)
def test_known_readings(n: int, words: str) -> None:
    assert number_in_words(n) == words


def test_southern_variant() -> None:
    assert number_in_words(1_004, variant="south") == "một ngàn không trăm lẻ bốn"
    assert number_in_words(34, variant="south", tu=True) == "ba mươi tư"


def test_amount_line() -> None:
    assert amount_in_words(0) == "Không đồng"
    assert amount_in_words(1_500, currency="đô la Mỹ") == "Một nghìn năm trăm đô la Mỹ"


@pytest.mark.parametrize("value", [1.5, "12", True])
def test_only_whole_numbers(value: object) -> None:
    with pytest.raises(TypeError):
        number_in_words(value)  # type: ignore[arg-type]
