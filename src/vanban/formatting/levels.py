"""A level of the numbering ladder — cấp đề mục: its label style, its case and its weight.

The Decree's default (Phụ lục I mục II.6) prints the headings of the first level in capitals,
bold, and the deeper headings as written, bold; items (khoản, điểm) are regular text as written.
Real plans also print "1. Mục đích" in sentence case at the top level: a ladder says so per
level, and only what differs from the default is written::

    numbering: [{style: "1.", case: sentence}, "a)", "-"]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from vanban.formatting.numbering import LevelStyle

__all__ = ["Case", "Level", "apply_case", "level_at"]


class Case(StrEnum):
    """How a level's text is cased — kiểu chữ: in capitals or as written."""

    UPPER = "upper"
    """In capitals — chữ in hoa: "I. MỤC ĐÍCH, YÊU CẦU"."""
    SENTENCE = "sentence"
    """As written — chữ in thường: "1. Mục đích"."""


@dataclass(frozen=True)
class Level:
    """One level of the ladder — cấp đề mục: its label style, and its case and weight if said.

    ``case`` and ``bold`` left as None take the Decree's default for the level's depth.
    """

    style: LevelStyle
    case: Case | None = None
    bold: bool | None = None

    def heading_case(self, depth: int) -> Case:
        """The case of a heading at this level: capitals at the top level unless said otherwise."""
        if self.case is not None:
            return self.case
        return Case.UPPER if depth == 0 else Case.SENTENCE

    def item_case(self) -> Case:
        """The case of an item's text at this level: as written unless said otherwise."""
        return self.case if self.case is not None else Case.SENTENCE

    def heading_bold(self) -> bool:
        """Whether a heading at this level prints bold: yes unless said otherwise."""
        return True if self.bold is None else self.bold

    def is_plain(self) -> bool:
        """Whether the level says nothing but its style (written as the bare style in YAML)."""
        return self.case is None and self.bold is None


def apply_case(text: str, case: Case) -> str:
    """The text in the given case.

    >>> apply_case("Mục đích, yêu cầu", Case.UPPER), apply_case("Mục đích", Case.SENTENCE)
    ('MỤC ĐÍCH, YÊU CẦU', 'Mục đích')
    """
    return text.upper() if case is Case.UPPER else text


def level_at(ladder: Sequence[LevelStyle | Level], depth: int) -> Level:
    """The level of a 0-based depth; levels past the end of the ladder repeat its last one."""
    entry = ladder[min(depth, len(ladder) - 1)]
    return entry if isinstance(entry, Level) else Level(entry)
