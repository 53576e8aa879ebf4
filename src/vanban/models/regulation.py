"""Regulation — Quy chế (QC) and Quy định (QyĐ), Mẫu 1.4: chapters and articles."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from vanban.formatting.numbering import LevelStyle
from vanban.i18n import N_, custom_error
from vanban.models.body import BodyNode
from vanban.models.document import Ladder, LegalDocument
from vanban.models.ladder import as_level

__all__ = ["CHAPTER_LADDER", "Regulation", "Rule"]

#: Chương I → Điều 1. → khoản 1. → điểm a) → -: the ladder of a Quy chế or Quy định.
CHAPTER_LADDER = (
    LevelStyle.CHAPTER,
    LevelStyle.ARTICLE,
    LevelStyle.ARABIC,
    LevelStyle.LETTER,
    LevelStyle.DASH,
)


class Regulation(LegalDocument):
    """Regulation — Quy chế (QC): rules of organisation and work, in chapters and articles.

    Laid out on Mẫu 1.4: "QUY CHẾ", the summary, then "Chương I" and its heading centred,
    "Điều 1. …" numbered on through the chapters, khoản "1." and điểm "a)".
    """

    kind: Literal["regulation"] = Field(default="regulation", title="Loại văn bản")
    """Always "regulation" (quy chế)."""

    numbering: Ladder = Field(default=CHAPTER_LADDER, title="Cách đánh số đề mục")
    """Label style per depth, by default [Chương I, Điều 1., 1., a), -]; it has "Điều 1."."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung (các chương, điều)")
    """Chapters (sections at the top), their articles, khoản and điểm."""

    def body_nodes(self) -> list[BodyNode]:
        return self.body

    @model_validator(mode="after")
    def _in_articles(self) -> Regulation:
        if LevelStyle.ARTICLE not in {as_level(entry).style for entry in self.numbering}:
            raise custom_error(
                "regulation_articles",
                N_(
                    'a {term} is made of articles: its numbering has "Điều 1."',
                    term=self.form.term.lower(),
                ),
            )
        return self


class Rule(Regulation):
    """Rules — Quy định (QyĐ): what must be done on a matter, in chapters and articles (Mẫu 1.4)."""

    kind: Literal["rule"] = Field(default="rule", title="Loại văn bản")  # type: ignore[assignment]
    """Always "rule" (quy định)."""
