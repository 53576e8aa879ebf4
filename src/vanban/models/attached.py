"""Attached text — văn bản kèm theo (Mẫu 1.3): the Quy chế, Kế hoạch … a decision issues or
approves, printed after the decision's signature in the same file.

In YAML it is the decision's ``attached:`` mapping::

    attached:
      type: regulation          # Quy chế; rule, plan, programme, scheme, proposal, project
      summary: Tổ chức và hoạt động của tổ hòa giải
      body: [...]               # chapters and articles, or the plan's sections

The decision's Điều 1 ("Ban hành kèm theo Quyết định này Quy chế …") and the reference line
under the attached text's title are written from it, so that they cannot disagree with it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from vanban.formatting.numbering import DEFAULT_LADDER, LevelStyle
from vanban.models.base import Model, Text
from vanban.models.body import BodyNode
from vanban.models.document import Ladder
from vanban.models.kinds import DocumentType
from vanban.models.ladder import as_level
from vanban.models.regulation import CHAPTER_LADDER

__all__ = ["AttachedKind", "AttachedText"]


class AttachedKind(StrEnum):
    """Loại văn bản kèm theo: the types a decision issues or approves (Mẫu 1.3)."""

    REGULATION = "regulation"
    """Quy chế."""
    RULE = "rule"
    """Quy định."""
    PLAN = "plan"
    """Kế hoạch."""
    PROGRAMME = "programme"
    """Chương trình."""
    SCHEME = "scheme"
    """Phương án."""
    PROPOSAL = "proposal"
    """Đề án."""
    PROJECT = "project"
    """Dự án."""

    @property
    def document_type(self) -> DocumentType:
        """The type name and code of the attached text."""
        return _TYPES[self]

    @property
    def in_articles(self) -> bool:
        """Whether the text is made of chapters and articles (Quy chế, Quy định)."""
        return self in (AttachedKind.REGULATION, AttachedKind.RULE)


_TYPES = {
    AttachedKind.REGULATION: DocumentType.REGULATION,
    AttachedKind.RULE: DocumentType.RULE,
    AttachedKind.PLAN: DocumentType.PLAN,
    AttachedKind.PROGRAMME: DocumentType.PROGRAMME,
    AttachedKind.SCHEME: DocumentType.SCHEME,
    AttachedKind.PROPOSAL: DocumentType.PROPOSAL,
    AttachedKind.PROJECT: DocumentType.PROJECT,
}


class AttachedText(Model):
    """Attached text — văn bản kèm theo: its type, summary and body (Mẫu 1.3).

    Printed on a new page after the decision's Nơi nhận: the header without a number, the
    type name and summary, "(Ban hành kèm theo Quyết định số … của …)", the body, and the
    decision's signature.
    """

    type: AttachedKind = Field(title="Loại văn bản kèm theo")
    """What the decision issues or approves: regulation (Quy chế), rule (Quy định), plan (Kế
    hoạch), programme (Chương trình), scheme (Phương án), proposal (Đề án), project (Dự án)."""

    summary: Text = Field(title="Trích yếu nội dung văn bản kèm theo")
    """What the text is about, printed under its type name: "Tổ chức và hoạt động của tổ hòa
    giải"; the decision's Điều 1 names it after its type ("Quy chế tổ chức và …")."""

    action: Literal["issue", "approve"] | None = Field(
        default=None, title="Ban hành (issue) hay phê duyệt (approve)"
    )
    """Whether the decision issues (ban hành) or approves (phê duyệt) the text; by default a
    Quy chế or Quy định is issued and a plan, programme, scheme or project approved."""

    numbering: Ladder | None = Field(default=None, title="Cách đánh số đề mục")
    """Label style per depth; by default Chương I → Điều 1. → 1. → a) for a Quy chế or Quy
    định, I. → 1. → a) → - for the others."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung văn bản kèm theo")
    """Chapters and articles (Quy chế, Quy định), or sections, items and tasks (a plan)."""

    @property
    def verb(self) -> Literal["issue", "approve"]:
        """What the decision does with the text, said or by its type."""
        if self.action is not None:
            return self.action
        return "issue" if self.type.in_articles else "approve"

    @property
    def ladder(self) -> Ladder:
        """The numbering ladder, said or by its type."""
        if self.numbering is not None:
            return self.numbering
        return CHAPTER_LADDER if self.type.in_articles else DEFAULT_LADDER

    @model_validator(mode="after")
    def _in_articles(self) -> AttachedText:
        styles = {as_level(entry).style for entry in self.ladder}
        if self.type.in_articles and LevelStyle.ARTICLE not in styles:
            error = PydanticCustomError(
                "attached_articles",
                'a {term} is made of articles: its numbering has "Điều 1."',
                {"term": self.type.document_type.term.lower()},
            )
            raise ValidationError.from_exception_data(
                type(self).__name__,
                [InitErrorDetails(type=error, loc=("numbering",), input=self.numbering)],
            )
        return self
