"""A level of the numbering ladder written with its case and weight — cấp đề mục.

In YAML a level is its label style alone ("1.") or a mapping that also says how the level
prints where it differs from the Decree's default (top-level headings in capitals, headings
bold)::

    numbering: [{style: "1.", case: sentence}, "a)", "-"]
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import Field
from pydantic_core import InitErrorDetails

from vanban.formatting.levels import Case, Level
from vanban.formatting.numbering import LevelStyle
from vanban.i18n import N_, Message, custom_error
from vanban.models.base import Model

__all__ = ["LadderLevel", "articles_first", "as_level"]


class LadderLevel(Model):
    """Level of the ladder — cấp đề mục: its label style, and its case and weight if said."""

    style: LevelStyle = Field(title="Kiểu ký hiệu")
    """The label style of the level: A., I., I/., 1., 1/., 1.1., a), -, +, *."""

    case: Case | None = Field(default=None, title="Kiểu chữ (upper: in hoa, sentence: như viết)")
    """upper prints the level's text in capitals, sentence as written; by default the top
    level's headings are in capitals and every other text as written."""

    bold: bool | None = Field(default=None, title="In đậm đề mục")
    """Whether the level's headings (section) print bold; they do by default."""


def as_level(entry: LevelStyle | LadderLevel | Level) -> Level:
    """The formatting level of a ladder entry as the model holds it."""
    if isinstance(entry, Level):
        return entry
    if isinstance(entry, LadderLevel):
        return Level(entry.style, entry.case, entry.bold)
    return Level(entry)


def articles_first(
    numbering: Sequence[LevelStyle | LadderLevel | Level], code: str, what: str | Message
) -> InitErrorDetails | None:
    """The error of a text made of articles whose ladder does not start with "Điều 1."."""
    first = as_level(numbering[0]).style
    if first is LevelStyle.ARTICLE:
        return None
    return InitErrorDetails(
        type=custom_error(
            code, N_('{what} is made of articles: its numbering starts with "Điều 1."', what=what)
        ),
        loc=("numbering", 0),
        input=first.value,
    )
