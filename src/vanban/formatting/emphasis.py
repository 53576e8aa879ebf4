"""Inline emphasis — chữ in đậm, in nghiêng, gạch chân trong một đoạn: runs of a paragraph.

A text with emphasis is held as one string in which each emphasised stretch stands between two
marks, noncharacters of Unicode (U+FDD0–U+FDD5) that user text may not contain (they are refused
as forbidden characters), so that every text function — placeholders, capitals, punctuation —
works on it unchanged, and the marks can never carry Word markup. Rendering splits the printed
run at the marks into runs of their own (bold, italic, underlined).

>>> text = "Nộp trước " + emphasise("ngày 30/6/2026", bold=True) + "."
>>> runs(text)
[('Nộp trước ', frozenset()), ('ngày 30/6/2026', frozenset({'bold'})), ('.', frozenset())]
>>> plain(text)
'Nộp trước ngày 30/6/2026.'
"""

from __future__ import annotations

__all__ = [
    "MARKS",
    "MARK_CHARACTERS",
    "STYLES",
    "emphasise",
    "has_marks",
    "plain",
    "runs",
    "unbalanced",
]

#: The emphasis styles, in the order their marks nest.
STYLES = ("bold", "italic", "underline")
#: Each style's opening and closing mark.
MARKS: dict[str, tuple[str, str]] = {
    "bold": ("\ufdd0", "\ufdd1"),
    "italic": ("\ufdd2", "\ufdd3"),
    "underline": ("\ufdd4", "\ufdd5"),
}
_OPEN = {mark[0]: style for style, mark in MARKS.items()}
_CLOSE = {mark[1]: style for style, mark in MARKS.items()}
_ALL = frozenset(_OPEN) | frozenset(_CLOSE)
#: Every mark: a text holding none of them has no emphasis.
MARK_CHARACTERS = _ALL


def emphasise(
    text: str, *, bold: bool = False, italic: bool = False, underline: bool = False
) -> str:
    """The text between the marks of the given styles."""
    flags = {"bold": bold, "italic": italic, "underline": underline}
    for style in reversed(STYLES):
        if flags[style]:
            opening, closing = MARKS[style]
            text = f"{opening}{text}{closing}"
    return text


def has_marks(text: str) -> bool:
    """Whether the text holds any emphasis."""
    return not _ALL.isdisjoint(text)


def plain(text: str) -> str:
    """The text without its marks, as it reads."""
    return "".join(c for c in text if c not in _ALL) if has_marks(text) else text


def unbalanced(text: str) -> str | None:
    """What is wrong with the marks of a text (a style opened twice, or never closed), or None."""
    active: set[str] = set()
    for char in text:
        if char in _OPEN:
            if _OPEN[char] in active:
                return f"{_OPEN[char]} is opened inside {_OPEN[char]}"
            active.add(_OPEN[char])
        elif char in _CLOSE:
            if _CLOSE[char] not in active:
                return f"{_CLOSE[char]} is closed without being opened"
            active.discard(_CLOSE[char])
    return f"{sorted(active)[0]} is not closed" if active else None


def runs(text: str) -> list[tuple[str, frozenset[str]]]:
    """The text as runs: (text, styles), empty runs left out."""
    out: list[tuple[str, frozenset[str]]] = []
    active: set[str] = set()
    piece: list[str] = []
    for char in text:
        if char in _ALL:
            if piece:
                out.append(("".join(piece), frozenset(active)))
                piece = []
            if char in _OPEN:
                active.add(_OPEN[char])
            else:
                active.discard(_CLOSE[char])
        else:
            piece.append(char)
    if piece:
        out.append(("".join(piece), frozenset(active)))
    return out
