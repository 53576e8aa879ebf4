"""Text hygiene and measurement: NFC, characters Word cannot hold, and line widths.

The character rule (documented in README, "Text rules"):

- text is normalised to NFC (Decree 30 asks for Unicode TCVN 6909:2001; decomposed Vietnamese
  from macOS or the web renders with detached accents in some fonts);
- "\\r\\n" and "\\r" become "\\n", and "\\v" (Word's manual line break when text is copied out of
  Word) becomes "\\n": each "\\n" renders as a line break inside its paragraph;
- every other character XML 1.0 forbids (C0 controls other than tab and newline, lone
  surrogates, U+FFFE, U+FFFF) and the C1 controls U+0080–U+009F (which print as nothing) are
  **rejected** with the field and position named — removing one silently could change a figure
  or a name, and vanban never drops a value silently;
- more than :data:`MAX_MARKS` combining marks on one letter are rejected too: no Vietnamese
  letter carries more than two, and long runs make Unicode normalisation quadratic;
- everything else, including tabs, zero-width and non-breaking spaces and emoji, is kept verbatim.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable

from vanban.i18n import N_, Message

__all__ = [
    "MAX_MARKS",
    "CombiningMarksError",
    "ForbiddenCharacterError",
    "break_name",
    "clean_text",
    "text_width_pt",
]

# U+FDD0–U+FDEF are noncharacters; vanban holds inline emphasis with some of them
# (vanban.formatting.emphasis), so user text may not bring its own.
_FORBIDDEN_RANGES = (
    (0x00, 0x08), (0x0C, 0x0C), (0x0E, 0x1F), (0x80, 0x9F), (0xD800, 0xDFFF), (0xFDD0, 0xFDEF),
    (0xFFFE, 0xFFFF),
)  # fmt: skip
_FORBIDDEN = re.compile(
    "[" + "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in _FORBIDDEN_RANGES) + "]"
)
# The same characters as a set: telling that a text holds none of them is faster this way than
# by searching it, and a text almost always holds none.
_FORBIDDEN_CHARS = frozenset(
    chr(code) for low, high in _FORBIDDEN_RANGES for code in range(low, high + 1)
)
#: Combining marks accepted on one letter (dấu): Vietnamese needs two at most (ệ = e + ̂ + ̣).
MAX_MARKS = 4


class ForbiddenCharacterError(ValueError):
    """Text holds a character a Word document cannot store."""

    code = "forbidden_character"

    def __init__(self, char: str, position: int, reason: Message | None = None) -> None:
        self.char = char
        self.position = position
        self.message = N_(
            "character U+{code:04X} at position {position} {reason}",
            code=ord(char),
            position=position + 1,
            reason=reason
            or N_(
                "cannot be stored in a Word document (a control character or a broken "
                "surrogate, usually from copy-paste); remove it"
            ),
        )
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message.text()


class CombiningMarksError(ForbiddenCharacterError):
    """Text stacks more combining marks (dấu) on one letter than any script needs."""

    code = "combining_marks"

    def __init__(self, char: str, position: int) -> None:
        super().__init__(
            char,
            position,
            N_(
                "is one of more than {count} combining marks on one letter; no Vietnamese "
                "letter carries more than two (dấu thanh and dấu mũ): remove the extra marks",
                count=MAX_MARKS,
            ),
        )


@functools.cache
def _marks() -> frozenset[str]:
    """Every character of a non-zero combining class (built on first use)."""
    return frozenset(chr(i) for i in range(0x300, 0x1F000) if unicodedata.combining(chr(i)))


@functools.cache
def _mark_runs() -> re.Pattern[str]:
    """Runs of more than MAX_MARKS characters of a non-zero combining class (built on first use)."""
    marks = sorted(_marks())
    ranges: list[str] = []
    for char in marks:
        if ranges and ord(ranges[-1][-1]) + 1 == ord(char):
            ranges[-1] = ranges[-1][0] + char
        else:
            ranges.append(char)
    body = "".join(r if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in ranges)
    return re.compile(f"[{body}]{{{MAX_MARKS + 1}}}")


def clean_text(text: str) -> str:
    """Normalise text to NFC with "\\n" line breaks; reject characters Word cannot store.

    >>> clean_text("Ho\\u0300a gia\\u0309i") == "Hòa giải"
    True
    >>> clean_text("dòng 1\\r\\ndòng 2\\vdòng 3")
    'dòng 1\\ndòng 2\\ndòng 3'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n")
    chars = set(text)
    if not _FORBIDDEN_CHARS.isdisjoint(chars):
        bad = _FORBIDDEN.search(text)
        assert bad is not None
        raise ForbiddenCharacterError(bad.group(), bad.start())
    # Text in NFC, as typed on Windows and the web, has no combining marks at all: its set of
    # characters tells so several times faster than searching it for runs.
    if not text.isascii() and not _marks().isdisjoint(chars):
        stacked = _mark_runs().search(text)
        if stacked is not None:
            raise CombiningMarksError(text[stacked.end() - 1], stacked.end() - 1)
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
_SPECIAL["\xa0"] = " "  # a no-break space is as wide as a space


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


def _units(text: str, bold: bool) -> int:
    # Short texts are cached: the header lines measured for the rules repeat in every document
    # of a batch. A long one is measured once and not kept.
    return _cached_units(text, bold) if len(text) <= 200 else _sum_units(text, bold)


@functools.lru_cache(maxsize=1024)
def _cached_units(text: str, bold: bool) -> int:
    return _sum_units(text, bold)


def _sum_units(text: str, bold: bool) -> int:
    table = _BOLD if bold else _REGULAR
    return sum(table.get(_base(c), 500) for c in text)


#: Words that open the name of an administrative unit: a body's name breaks before them
#: ("ỦY BAN NHÂN DÂN / QUẬN LONG BIÊN"), never inside the unit's own name.
_UNIT_WORDS = frozenset({"TỈNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG"})
_UNIT_PAIRS = frozenset({("THÀNH", "PHỐ"), ("THỊ", "XÃ"), ("THỊ", "TRẤN")})
#: Longest line measured exactly at every cut; a longer one (no real name is) is measured by
#: summing the widths of its characters, so that breaking it stays close to linear.
_EXACT = 256


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
    measure: Callable[[int, int], float]
    if len(line) <= _EXACT:

        def measure(start: int, end: int) -> float:
            return width(line[start:end])

    else:
        # Widths add up over characters (Times metrics, or len): prefix sums measure any
        # piece at once, where measuring every cut afresh made a long name quadratic.
        sums = list(itertools.accumulate((width(c) for c in line), initial=0.0))

        def measure(start: int, end: int) -> float:
            return sums[end] - sums[start]

    lines: list[str] = []
    pieces = [(0, len(line))]  # a stack, not recursion: a long name must not exhaust it
    while pieces:
        start, end = pieces.pop()
        fits = measure(start, end) <= available
        cut = None if fits else _cut(line, start, end, measure, available)
        if cut is None:
            lines.append(line[start:end])
        else:
            pieces += [(cut + 1, end), (start, cut)]
    return lines


def _cut(
    line: str, start: int, end: int, measure: Callable[[int, int], float], available: float
) -> int | None:
    """The space of ``line[start:end]`` to break at, or None when there is none."""
    spaces = _spaces(line, start, end)
    first = next((i for i in range(start, end) if not line[i].isspace()), end)
    last = next((i for i in range(end - 1, start - 1, -1) if not line[i].isspace()), start - 1)
    best: tuple[bool, bool, float, int] | None = None
    for number, cut in enumerate(spaces):
        if not first < cut < last:
            continue  # nothing but blanks on one side
        ends = [*spaces[number + 1 : number + 3], end, end]
        following = (line[cut + 1 : ends[0]], line[ends[0] + 1 : ends[1]])
        pair = following if number + 1 < len(spaces) else following[:1]
        unit = following[0] in _UNIT_WORDS or pair in _UNIT_PAIRS
        widest = max(measure(start, cut), measure(cut + 1, end))
        key = (widest > available, not unit, widest, cut)
        best = key if best is None or key < best else best
    return None if best is None else best[3]


def _spaces(line: str, start: int, end: int) -> list[int]:
    found: list[int] = []
    at = line.find(" ", start, end)
    while at != -1:
        found.append(at)
        at = line.find(" ", at + 1, end)
    return found
