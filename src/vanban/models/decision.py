"""Decision — Quyết định (QĐ), Mẫu 1.2: the authority line, legal bases, "QUYẾT ĐỊNH:", articles."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails

from vanban.formatting.numbering import LevelStyle
from vanban.i18n import N_, Message, custom_error
from vanban.models.base import Text
from vanban.models.body import BodyNode
from vanban.models.document import Ladder, LegalDocument
from vanban.models.ladder import articles_first
from vanban.models.parts import Authority, Signature

__all__ = ["ARTICLE_LADDER", "Decision", "authority_mismatch"]

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

    body: list[BodyNode] = Field(min_length=1, title="Các điều")
    """The articles: each top-level item or section is "Điều N.", its children khoản and điểm."""

    effective: Text | None = Field(default="kể từ ngày ký", title="Hiệu lực thi hành")
    """When the decision takes effect: printed as the article "Quyết định này có hiệu lực …";
    null leaves the article out (the body says it)."""

    implementers: list[Text] = Field(min_length=1, title="Cơ quan, cá nhân thi hành")
    """Who carries the decision out: "Chánh Văn phòng Ủy ban nhân dân xã", "… các thôn"; the
    last article names them, and Nơi nhận starts with "- Như Điều N;"."""

    def body_nodes(self) -> list[BodyNode]:
        return self.body

    @model_validator(mode="after")
    def _agree(self) -> Decision:
        errors: list[InitErrorDetails] = []
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
