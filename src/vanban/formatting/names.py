"""Names of bodies and units as a sentence writes them, and where a line of them may break.

A header prints "ỦY BAN NHÂN DÂN / PHƯỜNG NGỌC THỤY"; a sentence writes "Ủy ban nhân dân
phường Ngọc Thụy" (the unit word in lowercase, the proper name capitalised). A line is broken
where a clerk breaks it — before "của", never inside a name — and a unit word keeps the name
after it on its line ("UBND phường", "xã Đoàn Kết") through a non-breaking space.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["UNIT_WORDS", "break_line", "keep_units_together", "sentence_name"]

#: Administrative units and the words that name a body before them, longest first.
UNIT_WORDS = (
    "thành phố", "đặc khu", "thị trấn", "thị xã", "tỉnh", "phường", "xã", "quận", "huyện",
)  # fmt: skip
_COLLECTIVE = ("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN")
NBSP = "\u00a0"
_UNIT_SPLIT = tuple(u.split() for u in UNIT_WORDS)
_FIRST_WORDS = frozenset(u[0] for u in _UNIT_SPLIT)
_TRAILING = ";,.:)"


def _capitalised(words: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in words.split())


def _unit_line(line: str) -> str | None:
    lower = line.lower()
    for unit in UNIT_WORDS:
        if lower == unit or lower.startswith(unit + " "):
            rest = line[len(unit) :].strip()
            return f"{unit} {_capitalised(rest)}".strip()
    return None


def sentence_name(name: str) -> str | None:
    """A body's name as a sentence writes it, from its name as the header prints it.

    Only the collective bodies of local government are turned from capitals ("ỦY BAN NHÂN
    DÂN" and its unit); a name already written in lowercase is kept; for any other name in
    capitals nothing is guessed (None).

    >>> sentence_name("ỦY BAN NHÂN DÂN\\nPHƯỜNG NGỌC THỤY")
    'Ủy ban nhân dân phường Ngọc Thụy'
    >>> sentence_name("Ủy ban nhân dân xã Đoàn Kết"), sentence_name("SỞ TƯ PHÁP")
    ('Ủy ban nhân dân xã Đoàn Kết', None)
    """
    lines = [" ".join(line.split()) for line in name.split("\n") if line.strip()]
    if not lines:
        return None
    joined = " ".join(lines)
    if joined != joined.upper():
        return joined
    for collective in _COLLECTIVE:
        if joined.startswith(collective):
            rest = joined[len(collective) :].strip()
            unit = _unit_line(rest) if rest else ""
            if unit is None:
                return None
            return f"{collective.capitalize()} {unit}".strip()
    return None


def keep_units_together(text: str) -> str:
    """Non-breaking spaces that keep "UBND", a unit word and the name after it on one line.

    >>> keep_units_together("Chủ tịch UBND phường Ngọc Thụy;")
    'Chủ tịch UBND\xa0phường\xa0Ngọc\xa0Thụy;'
    >>> keep_units_together("UBND xã Đoàn Kết; Hòa giải")
    'UBND\xa0xã\xa0Đoàn\xa0Kết; Hòa giải'
    >>> keep_units_together("các Phó Chủ tịch UBND phường;")
    'các Phó Chủ tịch UBND\xa0phường;'
    >>> keep_units_together("Đài Phát thanh và Truyền hình tỉnh Quảng Ninh")
    'Đài Phát thanh và Truyền hình tỉnh\xa0Quảng\xa0Ninh'
    """
    words = text.split(" ")
    keys = [w.lower().rstrip(_TRAILING) for w in words]
    if _FIRST_WORDS.isdisjoint(keys):  # most texts name no unit: nothing to join
        return text
    out: list[str] = []
    i = 0
    while i < len(words):
        unit = None
        if keys[i] in _FIRST_WORDS:
            unit = next((u for u in _UNIT_SPLIT if keys[i : i + len(u)] == u), None)
        if unit is None:
            out.append(words[i])
            i += 1
            continue
        size = len(unit)
        name_end = i + size
        while (
            name_end < len(words)
            and words[name_end][:1].isupper()
            and not words[name_end - 1].endswith((";", ",", ".", ":", ")"))
        ):
            name_end += 1  # the name runs on while capitalised, up to its punctuation
        after_body = bool(out) and out[-1] in ("UBND", "HĐND")
        if name_end == i + size and not after_body:  # "Đảng ủy phường;": nothing to keep
            out.append(words[i])
            i += 1
            continue
        group = NBSP.join(words[i:name_end])
        out.append(out.pop() + NBSP + group if after_body else group)
        i = name_end
    return " ".join(out)


def break_line(
    text: str, width: Callable[[str], float], available: float, *, before: str = " của "
) -> str:
    """``text`` with a line break where a clerk puts it, if it does not fit on one line.

    Before the last ``before`` ("của …") when both parts fit, else at the space that makes
    the two lines most even; text that fits, or cannot be broken in two, is left as it is.
    """
    if width(text) <= available:
        return text
    at = text.rfind(before)
    if at > 0:
        head, tail = text[:at], text[at + 1 :]
        if width(head) <= available and width(tail) <= available:
            return f"{head}\n{tail}"
    spaces = [m.start() for m in re.finditer(" ", text)]
    fitting = [
        s for s in spaces if width(text[:s]) <= available and width(text[s + 1 :]) <= available
    ]
    if not fitting:
        return text
    best = min(fitting, key=lambda s: abs(width(text[:s]) - width(text[s + 1 :])))
    return f"{text[:best]}\n{text[best + 1 :]}"
