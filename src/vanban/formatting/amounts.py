"""Amounts of money — số tiền: "3.486.250.000 đồng" and "Bằng chữ: Ba tỷ … đồng".

Vietnamese reads a number in groups of three digits (hàng nghìn, triệu, tỷ; beyond a thousand
billion the groups repeat before "tỷ": "nghìn tỷ", "triệu tỷ", "tỷ tỷ"). The rules applied:

- a group after a larger group is read in full: 1.005 → "một nghìn không trăm linh năm";
- a lone unit after a hundreds place takes "linh" (Northern) or "lẻ" (Southern): 105 → "một trăm
  linh năm"; a group of zeros is skipped: 1.000.005 → "một triệu không trăm linh năm";
- "mười" for the ten alone, "mươi" after 2–9: 15 → "mười lăm", 20 → "hai mươi";
- "mốt" for 1 after "mươi" (21 → "hai mươi mốt", but 11 → "mười một", 101 → "một trăm linh một");
- "lăm" for 5 after "mười"/"mươi" (15, 25 … 95), "năm" elsewhere (5, 105);
- "tư" for 4 after "mươi" (24 → "hai mươi tư") as an option, "bốn" by default;
- "nghìn" (Northern) or "ngàn" (Southern).

The default is the Northern reading, as administrative documents of the central and Northern
offices and the State Treasury's forms write it ("linh", "nghìn", "bốn"); ``variant="south"``
gives "lẻ", "ngàn" and "tư". No maintained library spells these correctly (num2words' ``vi``
reads 2025 as "hai nghìn lẻ hai mươi lăm"), so this is a small function of its own.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["CURRENCY", "Variant", "amount_in_words", "format_amount", "number_in_words"]

Variant = Literal["north", "south"]

_UNITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_BILLION = 10**9


def _group(n: int, *, full: bool, variant: Variant, tu: bool) -> list[str]:
    """The words of one group of three digits (1–999); ``full`` reads the hundreds even if 0."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or full:
        words += [_UNITS[hundreds], "trăm"]
        if tens == 0 and units:
            words.append("lẻ" if variant == "south" else "linh")
    if tens == 1:
        words.append("mười")
    elif tens:
        words += [_UNITS[tens], "mươi"]
    if units:
        if units == 5 and tens:
            words.append("lăm")
        elif units == 1 and tens >= 2:
            words.append("mốt")
        elif units == 4 and tens >= 2 and tu:
            words.append("tư")
        else:
            words.append(_UNITS[units])
    return words


def _below_billion(n: int, *, full: bool, variant: Variant, tu: bool) -> list[str]:
    """Words of 0 < n < 10⁹; ``full`` when a larger group stands before it."""
    thousand = "ngàn" if variant == "south" else "nghìn"
    words: list[str] = []
    for scale, name in ((10**6, "triệu"), (10**3, thousand), (1, "")):
        group = (n // scale) % 1000
        if group:
            words += _group(group, full=full or bool(words), variant=variant, tu=tu)
            if name:
                words.append(name)
    return words


def _words(n: int, *, full: bool, variant: Variant, tu: bool) -> list[str]:
    high, low = divmod(n, _BILLION)
    words: list[str] = []
    if high:
        # Beyond 999 tỷ the groups repeat before "tỷ": "một nghìn tỷ", "một tỷ tỷ".
        words += [*_words(high, full=full, variant=variant, tu=tu), "tỷ"]
    if low:
        words += _below_billion(low, full=full or bool(high), variant=variant, tu=tu)
    return words


def number_in_words(n: int, *, variant: Variant = "north", tu: bool = False) -> str:
    """A whole number read in Vietnamese words, lower case.

    >>> number_in_words(2025)
    'hai nghìn không trăm hai mươi lăm'
    >>> number_in_words(1_005_000)
    'một triệu không trăm linh năm nghìn'
    >>> number_in_words(-25)
    'âm hai mươi lăm'
    >>> number_in_words(105, variant="south"), number_in_words(24, tu=True)
    ('một trăm lẻ năm', 'hai mươi tư')
    >>> number_in_words(21), number_in_words(11), number_in_words(0)
    ('hai mươi mốt', 'mười một', 'không')
    >>> number_in_words(10**18)
    'một tỷ tỷ'
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"expected a whole number, got {n!r}")
    if n == 0:
        return "không"
    words = _words(abs(n), full=False, variant=variant, tu=tu)
    return " ".join(["âm", *words] if n < 0 else words)


def amount_in_words(amount: int, *, currency: str = "đồng", variant: Variant = "north") -> str:
    """An amount as written after "Bằng chữ:": capitalised, with its currency word.

    >>> amount_in_words(3_486_250_000)
    'Ba tỷ bốn trăm tám mươi sáu triệu hai trăm năm mươi nghìn đồng'
    >>> amount_in_words(-120_000_000)
    'Âm một trăm hai mươi triệu đồng'
    """
    text = f"{number_in_words(amount, variant=variant)} {currency}".strip()
    return text[0].upper() + text[1:]


#: The currency word after an amount — đồng (Việt Nam đồng).
CURRENCY = "đồng"


def format_amount(amount: int, *, in_words: bool = False, variant: Variant = "north") -> str:
    """An amount in đồng as a sentence writes it, with its reading in words if asked.

    >>> format_amount(3_486_250_000)
    '3.486.250.000 đồng'
    >>> format_amount(-120_000_000)
    '-120.000.000 đồng'
    >>> format_amount(1_005_000, in_words=True)
    '1.005.000 đồng (Bằng chữ: Một triệu không trăm linh năm nghìn đồng)'
    """
    # Grouped by hand, not babel: an amount is whole, and the figure reads the same everywhere.
    digits = f"{abs(amount):,}".replace(",", ".")
    text = f"{'-' if amount < 0 else ''}{digits} {CURRENCY}"
    if in_words:
        text += f" (Bằng chữ: {amount_in_words(amount, currency=CURRENCY, variant=variant)})"
    return text
