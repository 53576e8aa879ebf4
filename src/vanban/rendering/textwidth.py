"""How wide a word prints in Times New Roman, for sizing table columns.

A column of amounts narrower than its widest figure wraps the figure ("1.106.250.0" / "00"),
which no clerk accepts. The widths here are Times New Roman's advance widths in thousandths of
an em (the Adobe metrics of Times-Roman and Times-Bold, which Liberation Serif and Word's TNR
share); a letter not listed counts as a wide one, so an estimate errs towards a wider column.

>>> round(word_twips("1.106.250.000", 13))
1495
>>> word_twips("-120.000.000", 13) > word_twips("120.000.000", 13)
True
"""

from __future__ import annotations

import unicodedata
from functools import cache

__all__ = ["longest_word_twips", "word_twips"]

_REGULAR = {
    **dict.fromkeys("0123456789", 500),
    **dict.fromkeys(".,:;'", 250),
    **dict.fromkeys("-()[]/", 333),
    " ": 250,
    "%": 833,
    "–": 500,
    "−": 564,
    "+": 564,
    "i": 278,
    "j": 278,
    "l": 278,
    "t": 278,
    "f": 333,
    "r": 333,
    "m": 778,
    "w": 722,
    "I": 333,
    "J": 389,
    "M": 889,
    "W": 944,
}
_BOLD = {**_REGULAR, "%": 1000, "-": 333, "m": 833, "M": 944, "W": 1000}
#: Unlisted letters: lower case and upper case at the wide end of the alphabet.
_LOWER, _UPPER, _OTHER = 500, 722, 722
_LOWER_BOLD, _UPPER_BOLD = 556, 778


@cache
def _em(char: str, bold: bool) -> int:
    table = _BOLD if bold else _REGULAR
    if char in table:
        return table[char]
    # A Vietnamese letter is as wide as its base letter: "ộ" as "o".
    base = unicodedata.normalize("NFD", char)[0]
    if base in table:
        return table[base]
    if base.islower():
        return _LOWER_BOLD if bold else _LOWER
    if base.isupper():
        return _UPPER_BOLD if bold else _UPPER
    return _OTHER


def word_twips(word: str, size_pt: float, *, bold: bool = False) -> float:
    """The printed width of ``word`` at ``size_pt`` points, in twips (1/20 pt)."""
    return sum(_em(c, bold) for c in word) * size_pt * 20 / 1000


def longest_word_twips(text: str, size_pt: float, *, bold: bool = False) -> float:
    """The width of the widest word of ``text``: a line can break between words, not inside one."""
    return max((word_twips(w, size_pt, bold=bold) for w in text.split()), default=0.0)
