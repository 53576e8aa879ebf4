"""Text hygiene and measurement: NFC, characters Word cannot hold, and line widths.

The character rule (documented in README, "Text rules"):

- text is normalised to NFC (Decree 30 asks for Unicode TCVN 6909:2001; decomposed Vietnamese
  from macOS or the web renders with detached accents in some fonts);
- "\\r\\n" and "\\r" become "\\n", and "\\v" (Word's manual line break when text is copied out of
  Word) becomes "\\n": each "\\n" renders as a line break inside its paragraph;
- every other character XML 1.0 forbids (C0 controls other than tab and newline, lone
  surrogates, U+FFFE, U+FFFF) is **rejected** with the field and position named — removing it
  silently could change a figure or a name, and vanban never drops a value silently;
- everything else, including tabs, zero-width and non-breaking spaces and emoji, is kept verbatim.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

__all__ = ["ForbiddenCharacterError", "break_name", "clean_text", "text_width_pt"]

_FORBIDDEN = re.compile("[\x00-\x08\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class ForbiddenCharacterError(ValueError):
    """Text holds a character a Word document cannot store."""

    def __init__(self, char: str, position: int) -> None:
        self.char = char
        self.position = position
        super().__init__(
            f"character U+{ord(char):04X} at position {position + 1} cannot be stored in a "
            "Word document (a control character or a broken surrogate, usually from copy-paste); "
            "remove it"
        )


def clean_text(text: str) -> str:
    """Normalise text to NFC with "\\n" line breaks; reject characters Word cannot store.

    >>> clean_text("Ho\\u0300a gia\\u0309i") == "Hòa giải"
    True
    >>> clean_text("dòng 1\\r\\ndòng 2\\vdòng 3")
    'dòng 1\\ndòng 2\\ndòng 3'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n")
    bad = _FORBIDDEN.search(text)
    if bad is not None:
        raise ForbiddenCharacterError(bad.group(), bad.start())
    return unicodedata.normalize("NFC", text)


# Advance widths in 1/1000 em of Times (Adobe AFM, the metrics Times New Roman and Liberation Serif
# share). Accented Vietnamese letters take the width of their base letter, which is close enough
# to size a rule under a line of text.
_REGULAR = dict(
    zip(
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
        "abcdefghijklmnopqrstuvwxyz{|}~",
        (
            250,
            333,
            408,
            500,
            500,
            833,
            778,
            180,
            333,
            333,
            500,
            564,
            250,
            333,
            250,
            278,
            *([500] * 10),
            278,
            278,
            564,
            564,
            564,
            444,
            921,
            722,
            667,
            667,
            722,
            611,
            556,
            722,
            722,
            333,
            389,
            722,
            611,
            889,
            722,
            722,
            556,
            722,
            667,
            556,
            611,
            722,
            722,
            944,
            722,
            722,
            611,
            333,
            278,
            333,
            469,
            500,
            333,
            444,
            500,
            444,
            500,
            444,
            333,
            500,
            500,
            278,
            278,
            500,
            278,
            778,
            500,
            500,
            500,
            500,
            333,
            389,
            278,
            500,
            500,
            722,
            500,
            500,
            444,
            480,
            200,
            480,
            541,
        ),
        strict=True,
    )
)
_BOLD = dict(
    zip(
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
        "abcdefghijklmnopqrstuvwxyz{|}~",
        (
            250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
            *([500] * 10), 333, 333, 570, 570, 570, 500, 930,
            722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611,
            778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333,
            500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556,
            556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
        ),
        strict=True,
    )
)  # fmt: skip
_SPECIAL = {"Đ": "D", "đ": "d", "–": "-", "—": "-", "“": '"', "”": '"', "‘": "'", "’": "'"}


def _base(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    return unicodedata.normalize("NFD", char)[:1] or char


def text_width_pt(text: str, size_pt: float, *, bold: bool = False) -> float:
    """Approximate printed width of one line of Times New Roman text, in points.

    >>> round(text_width_pt("ỦY BAN NHÂN DÂN", 13, bold=True))
    122
    """
    return _units(text, bold) * size_pt / 1000


@functools.lru_cache(maxsize=1024)
def _units(text: str, bold: bool) -> int:
    # Cached: the header lines measured for the rules repeat in every document of a batch.
    table = _BOLD if bold else _REGULAR
    return sum(table.get(_base(c), 500) for c in text)


#: Words that open the name of an administrative unit: a body's name breaks before them
#: ("ỦY BAN NHÂN DÂN / QUẬN LONG BIÊN"), never inside the unit's own name.
_UNIT_WORDS = frozenset({"TỈNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG"})
_UNIT_PAIRS = frozenset({("THÀNH", "PHỐ"), ("THỊ", "XÃ"), ("THỊ", "TRẤN")})


def break_name(line: str, width: Callable[[str], float], available: float) -> list[str]:
    """A body's name too wide for its column, as lines that fit: broken at a space before an
    administrative unit where that fits, else where the lines come out most even. Only the
    space broken at is replaced; the text is otherwise kept as written.

    >>> chars = len  # one unit of width per character
    >>> break_name("ỦY BAN NHÂN DÂN QUẬN LONG BIÊN", chars, 20)
    ['ỦY BAN NHÂN DÂN', 'QUẬN LONG BIÊN']
    >>> break_name("TRUNG TÂM TRỢ GIÚP PHÁP LÝ NHÀ NƯỚC", chars, 20)
    ['TRUNG TÂM TRỢ GIÚP', 'PHÁP LÝ NHÀ NƯỚC']
    >>> break_name("PHÒNG TƯ PHÁP", chars, 20)
    ['PHÒNG TƯ PHÁP']
    """
    if width(line) <= available:
        return [line]
    best: tuple[bool, bool, float, int] | None = None
    for cut, char in enumerate(line):
        if char != " " or not line[:cut].strip() or not line[cut + 1 :].strip():
            continue
        head, tail = line[:cut], line[cut + 1 :]
        widest = max(width(head), width(tail))
        following = tail.split(" ", 2)
        unit = following[0] in _UNIT_WORDS or tuple(following[:2]) in _UNIT_PAIRS
        key = (widest > available, not unit, widest, cut)
        best = key if best is None or key < best else best
    if best is None:
        return [line]
    cut = best[3]
    return [
        *break_name(line[:cut], width, available),
        *break_name(line[cut + 1 :], width, available),
    ]
