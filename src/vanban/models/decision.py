"""Decision — Quyết định (QĐ), Mẫu 1.2 and 1.3: the authority line, legal bases, "QUYẾT ĐỊNH:",
articles, and the text a decision issues or approves (văn bản kèm theo)."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails

from vanban import nd30
from vanban.formatting.numbering import DEFAULT_LADDER, LevelStyle
from vanban.i18n import N_, Message, custom_error
from vanban.models.base import Model, Text
from vanban.models.body import BodyNode
from vanban.models.document import Ladder, LegalDocument
from vanban.models.kinds import DocumentType
from vanban.models.ladder import articles_first, as_level
from vanban.models.parts import Authority, Signature
from vanban.models.regulation import CHAPTER_LADDER

__all__ = ["ARTICLE_LADDER", "AttachedKind", "AttachedText", "Decision", "authority_mismatch"]

#: The ladder of a text made of articles: Điều 1. → khoản 1. → điểm a) → - → +.
ARTICLE_LADDER = (
    LevelStyle.ARTICLE,
    LevelStyle.ARABIC,
    LevelStyle.LETTER,
    LevelStyle.DASH,
    LevelStyle.PLUS,
)


def _key(text: str) -> str:
    return " ".join(text.upper().split())


def authority_mismatch(authority: str, signature: Signature) -> Message | None:
    """Why the signature does not agree with the authority line (thẩm quyền ban hành), or None.

    The head decides ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …"): the head signs, or a deputy "KT. CHỦ
    TỊCH". The collective decides ("ỦY BAN NHÂN DÂN XÃ …"): it is signed "TM. ỦY BAN NHÂN DÂN"
    (Điều 13; Mẫu 1.2).

    >>> s = Signature(authority="TM", on_behalf_of="Ủy ban nhân dân", title="Chủ tịch", name="A")
    >>> authority_mismatch("Ủy ban nhân dân xã Đoàn Kết", s) is None
    True
    >>> str(authority_mismatch("Chủ tịch Ủy ban nhân dân xã Đoàn Kết", s))[:40]
    'the authority line names the head (CHỦ T'
    """
    line = _key(authority)
    auth = signature.authority
    if auth is Authority.TM:
        body = _key(signature.on_behalf_of or "")
        if line.startswith(body):
            return None
        return N_(
            "the authority line names the head ({line}); a decision of the head is signed by "
            'the head or "KT. {title}", not "TM. {body}"',
            line=line,
            title=_key(signature.title),
            body=body,
        )
    head = signature.on_behalf_of if auth in (Authority.KT, Authority.TL, Authority.TUQ) else None
    head_key = _key(head or signature.title)
    if line.startswith(head_key):
        return None
    return N_(
        "the authority line names {line}, the signature {head}; a decision of a collective "
        'is signed "TM. <the collective>", a decision of the head by the head or "KT. <head>"',
        line=line,
        head=head_key,
    )


# -- the text a decision issues or approves (Mẫu 1.3) ----------------------------------------


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
            error = custom_error(
                "attached_articles",
                N_(
                    'a {term} is made of articles: its numbering has "Điều 1."',
                    term=self.type.document_type.term.lower(),
                ),
            )
            raise ValidationError.from_exception_data(
                type(self).__name__,
                [InitErrorDetails(type=error, loc=("numbering",), input=self.numbering)],
            )
        return self


class Decision(LegalDocument):
    """Decision — Quyết định (QĐ): decided by the head or by a collective, in articles.

    Laid out on Mẫu 1.2: "QUYẾT ĐỊNH", the summary ("Về việc …"), the authority line, the
    legal bases in italic, the centred "QUYẾT ĐỊNH:", the articles, then the effective-date
    and implementation articles, and Nơi nhận starting "- Như Điều N;" (N the implementation
    article's number, derived).
    """

    kind: Literal["decision"] = Field(default="decision", title="Loại văn bản")
    """Always "decision" (quyết định)."""

    authority: Text = Field(title="Thẩm quyền ban hành")
    """Who decides, as a sentence writes it: "Chủ tịch Ủy ban nhân dân xã Đoàn Kết" (the head)
    or "Ủy ban nhân dân tỉnh …" (the collective); printed centred, bold, in capitals."""

    numbering: Ladder = Field(default=ARTICLE_LADDER, title="Cách đánh số đề mục")
    """Label style per depth; a decision's top level is its articles (Điều 1.)."""

    body: list[BodyNode] = Field(default_factory=list, title="Các điều")
    """The articles: each top-level item or section is "Điều N.", its children khoản and điểm.
    With an attached text, Điều 1 is written from it and these follow as Điều 2, 3 …"""

    effective: Text | None = Field(default="kể từ ngày ký", title="Hiệu lực thi hành")
    """When the decision takes effect: printed as the article "Quyết định này có hiệu lực …";
    null leaves the article out (the body says it)."""

    implementers: list[Text] = Field(min_length=1, title="Cơ quan, cá nhân thi hành")
    """Who carries the decision out: "Chánh Văn phòng Ủy ban nhân dân xã", "… các thôn"; the
    last article names them, and Nơi nhận starts with "- Như Điều N;"."""

    attached: AttachedText | None = Field(default=None, title="Văn bản kèm theo (Mẫu 1.3)")
    """The Quy chế, Kế hoạch … the decision issues or approves, printed after its Nơi nhận on
    a new page; Điều 1 ("Ban hành kèm theo Quyết định này …") is written from it."""

    def body_nodes(self) -> list[BodyNode]:
        return self.body

    @model_validator(mode="after")
    def _agree(self) -> Decision:
        errors: list[InitErrorDetails] = []
        errors.extend(self._attached_errors())
        article_error = articles_first(self.numbering, "decision_articles", N_("a decision"))
        if article_error is not None:
            errors.append(article_error)
        why = authority_mismatch(self.authority, self.signature)
        if why is not None:
            errors.append(
                InitErrorDetails(
                    type=custom_error(
                        "decision_signature", N_("{why} (Điều 13, Mẫu 1.2)"), why=why
                    ),
                    loc=("signature", "authority"),
                    input=self.signature.authority,
                )
            )
        if errors:
            raise ValidationError.from_exception_data(type(self).__name__, errors)
        return self

    def _attached_errors(self) -> list[InitErrorDetails]:
        """A decision without articles needs an attached text; with one, its summary says
        what it does with it ("Ban hành Quy chế …", Mẫu 1.3)."""
        if self.attached is None:
            if self.body:
                return []
            error = custom_error(
                "decision_body",
                N_(
                    "expected at least one article, or an attached text (attached) whose "
                    "Điều 1 is written from it (Mẫu 1.3)"
                ),
            )
            return [InitErrorDetails(type=error, loc=("body",), input=self.body)]
        verb = nd30.ATTACHED_VERBS[self.attached.verb][0]
        term = self.attached.type.document_type.term
        out = []
        summary = " ".join(self.summary.split()).casefold().removeprefix("về việc ")
        if not summary.startswith(f"{verb} {term}".casefold()):
            message = (
                N_('a decision that issues a {term} is summarised "{verb} {name} …" (Mẫu 1.3)')
                if self.attached.verb == "issue"
                else N_(
                    'a decision that approves a {term} is summarised "{verb} {name} …" (Mẫu 1.3)'
                )
            )
            error = custom_error(
                "decision_attached_summary", message, term=term.lower(), name=term, verb=verb
            )
            out.append(InitErrorDetails(type=error, loc=("summary",), input=self.summary))
        first = self.body[0] if self.body else None
        written = str(getattr(first, "text", None) or getattr(first, "title", None) or "")
        if " ".join(written.split()).casefold().startswith(f"{verb} kèm theo".casefold()):
            # Copied from an old decision, it would print twice: as Điều 1 and Điều 2.
            error = custom_error(
                "decision_attached_article",
                N_(
                    'Điều 1 ("{verb} kèm theo Quyết định này …") is written from attached; '
                    "leave it out of body, which holds the articles after it",
                    verb=verb,
                ),
            )
            out.append(InitErrorDetails(type=error, loc=("body", 0), input=written))
        return out
