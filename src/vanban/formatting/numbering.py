"""Literal Vietnamese numbering labels — I. → 1. → a) → - → + (đánh số đề mục).

Labels are text, computed from the depth of an item in the document tree, never Word
auto-numbering: Word lists restart wrongly across template loops and cannot produce the point
letter "đ". Phụ lục I (mục II.6 and table V.6) backs the first levels (Roman section, Arabic
khoản, letter điểm); "-" and "+" below them are common practice, and so are the capital
letters "A." of a level above the Roman one and the slash-dot labels "I/.", "1/." of schools
and public-service units.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

__all__ = [
    "DEFAULT_LADDER",
    "POINT_LETTERS",
    "TITLED_LEVELS",
    "Ladder",
    "LevelStyle",
    "format_label",
    "ordinal_words",
    "roman",
]

#: The letters of điểm (points): the Vietnamese alphabet without its accented letters (ă, â, ê,
#: ô, ơ, ư) and without f, j, w, z, which it does not have. "đ" follows "d".
POINT_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()  # noqa: SIM905

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


class LevelStyle(StrEnum):
    """How one level of the ladder is labelled; the value is the label of the first item."""

    CAPITAL = "A."
    ROMAN = "I."
    ROMAN_SLASH = "I/."
    ARABIC = "1."
    ARABIC_SLASH = "1/."
    NESTED = "1.1."
    LETTER = "a)"
    DASH = "-"
    PLUS = "+"
    STAR = "*"
    # Titled levels of legal texts (Phụ lục I, II.6): the word and its number on a line of
    # their own, centred, the heading on the next line in capitals.
    PART = "Phần I"
    PART_UPPER = "PHẦN I"
    PART_ORDINAL = "Phần thứ nhất"
    PART_ORDINAL_UPPER = "PHẦN THỨ NHẤT"
    CHAPTER = "Chương I"
    DIVISION = "Mục 1"
    SUBDIVISION = "Tiểu mục 1"
    # Điều: "Điều 1." numbered through the whole text, across chapters and parts.
    ARTICLE = "Điều 1."


Ladder = tuple[LevelStyle, ...]

#: The titled levels: their label stands on its own centred line above the heading.
TITLED_LEVELS = frozenset(
    {
        LevelStyle.PART,
        LevelStyle.PART_UPPER,
        LevelStyle.PART_ORDINAL,
        LevelStyle.PART_ORDINAL_UPPER,
        LevelStyle.CHAPTER,
        LevelStyle.DIVISION,
        LevelStyle.SUBDIVISION,
    }
)

#: The usual ladder of plans and reports: I. → 1. → a) → - → +.
DEFAULT_LADDER: Ladder = (
    LevelStyle.ROMAN,
    LevelStyle.ARABIC,
    LevelStyle.LETTER,
    LevelStyle.DASH,
    LevelStyle.PLUS,
)


def roman(number: int) -> str:
    """Upper-case Roman numeral.

    >>> roman(4), roman(9), roman(14), roman(2024)
    ('IV', 'IX', 'XIV', 'MMXXIV')
    """
    if number < 1:
        raise ValueError(f"Roman numerals start at 1, got {number}")
    out = []
    for value, symbol in _ROMAN:
        count, number = divmod(number, value)
        out.append(symbol * count)
    return "".join(out)


def point_letter(number: int) -> str:
    """The letter of the n-th điểm (1-based); past "y" the letters double (aa, bb …).

    >>> point_letter(1), point_letter(5), point_letter(6), point_letter(24)
    ('a', 'đ', 'e', 'aa')
    """
    if number < 1:
        raise ValueError(f"points are numbered from 1, got {number}")
    rounds, index = divmod(number - 1, len(POINT_LETTERS))
    return POINT_LETTERS[index] * (rounds + 1)


def ordinal_words(number: int) -> str:
    """The ordinal in words after "thứ": 1 → "nhất", 4 → "tư", then the number read out.

    >>> [ordinal_words(n) for n in (1, 2, 4, 10, 11, 14, 20, 21, 24)]
    ['nhất', 'hai', 'tư', 'mười', 'mười một', 'mười bốn', 'hai mươi', 'hai mươi mốt', 'hai mươi tư']
    """
    if number < 1:
        raise ValueError(f"ordinals start at 1, got {number}")
    if number in (1, 4):
        return "nhất" if number == 1 else "tư"
    from vanban.formatting.amounts import number_in_words

    return number_in_words(number, tu=True)


def format_label(style: LevelStyle, number: int, parent_label: str = "") -> str:
    """The label of the ``number``-th sibling (1-based) at a level of the given style.

    ``parent_label`` is only used by the nested style ("1.2.").

    >>> [format_label(s, 5) for s in LevelStyle if s is not LevelStyle.NESTED][:9]
    ['Đ.', 'V.', 'V/.', '5.', '5/.', 'đ)', '-', '+', '*']
    >>> [format_label(s, 4) for s in sorted(TITLED_LEVELS)]
    ['Chương IV', 'Mục 4', 'PHẦN IV', 'PHẦN THỨ TƯ', 'Phần IV', 'Phần thứ tư', 'Tiểu mục 4']
    >>> format_label(LevelStyle.ARTICLE, 12)
    'Điều 12.'
    >>> format_label(LevelStyle.NESTED, 2, parent_label="3.")
    '3.2.'
    """
    if style is LevelStyle.CAPITAL:
        return f"{point_letter(number).upper()}."
    if style is LevelStyle.ROMAN:
        return f"{roman(number)}."
    if style is LevelStyle.ROMAN_SLASH:
        return f"{roman(number)}/."
    if style is LevelStyle.ARABIC:
        return f"{number}."
    if style is LevelStyle.ARABIC_SLASH:
        return f"{number}/."
    if style is LevelStyle.NESTED:
        stem = parent_label.rstrip("/.")
        return f"{stem}.{number}." if stem and stem[0].isdigit() else f"{number}."
    if style is LevelStyle.LETTER:
        return f"{point_letter(number)})"
    titled = _titled_label(style, number)
    return style.value if titled is None else titled


def _titled_label(style: LevelStyle, number: int) -> str | None:
    if style is LevelStyle.PART:
        return f"Phần {roman(number)}"
    if style is LevelStyle.PART_UPPER:
        return f"PHẦN {roman(number)}"
    if style is LevelStyle.PART_ORDINAL:
        return f"Phần thứ {ordinal_words(number)}"
    if style is LevelStyle.PART_ORDINAL_UPPER:
        return f"PHẦN THỨ {ordinal_words(number).upper()}"
    if style is LevelStyle.CHAPTER:
        return f"Chương {roman(number)}"
    if style is LevelStyle.DIVISION:
        return f"Mục {number}"
    if style is LevelStyle.SUBDIVISION:
        return f"Tiểu mục {number}"
    if style is LevelStyle.ARTICLE:
        return f"Điều {number}."
    return None


def style_at(ladder: Sequence[LevelStyle], depth: int) -> LevelStyle:
    """The style of a 0-based depth; levels past the end of the ladder repeat its last style."""
    return ladder[min(depth, len(ladder) - 1)]
