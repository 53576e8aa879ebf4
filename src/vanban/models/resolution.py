"""Resolution — Nghị quyết (NQ), Mẫu 1.1: a council's decision, with its money lists."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails

from vanban.i18n import N_, Message, custom_error
from vanban.models.base import Model, Text
from vanban.models.body import BodyNode, body_union, node_kind
from vanban.models.decision import ARTICLE_LADDER, authority_mismatch
from vanban.models.document import Ladder, LegalDocument
from vanban.models.ladder import articles_first
from vanban.models.parts import Authority

__all__ = ["MoneyArticle", "MoneyLine", "Resolution"]


class MoneyLine(Model):
    """Money line — khoản tiền: what, and how many đồng; a total may list its parts.

    A line with parts is their total: the amounts must add up (a negative amount is a cut).
    """

    text: Text = Field(alias="line", title="Nội dung khoản tiền")
    """What the amount is for: "Tổng thu ngân sách xã"; printed before ": 3.486.250.000 đồng"."""

    amount: int = Field(title="Số tiền (đồng)")
    """The amount in đồng, negative for a reduction: -120000000 → "-120.000.000 đồng"."""

    parts: list[MoneyLine] = Field(default_factory=list, title="Chi tiết")
    """The lines this one totals; their amounts must add up to it."""

    @model_validator(mode="after")
    def _adds_up(self) -> MoneyLine:
        if self.parts:
            total = sum(p.amount for p in self.parts)
            if total != self.amount:
                raise custom_error(
                    "money_total",
                    N_("the parts of {text!r} add up to {total} đồng, not {amount}"),
                    text=self.text,
                    total=total,
                    amount=self.amount,
                )
        return self


class MoneyArticle(Model):
    """Article with money lines — điều có các khoản tiền (budget resolutions)."""

    text: Text = Field(alias="money", title="Nội dung điều")
    """The article's text before its lines: "Điều chỉnh dự toán ngân sách xã năm 2026 như sau:"."""

    lines: list[MoneyLine] = Field(min_length=1, title="Các khoản tiền")
    """The amounts, printed as khoản "1.", "2." and their parts as điểm "a)", "b)"."""

    in_words: bool = Field(default=False, title="Ghi số tiền bằng chữ")
    """Whether each top line adds "(Bằng chữ: … đồng)"."""


def resolution_node_kind(value: Any) -> str | None:
    """The tag of a resolution body node: "money" for a money article, else a body node's."""
    if isinstance(value, dict) and "money" in value:
        return "money"
    if isinstance(value, MoneyArticle):
        return "money"
    return node_kind(value)


if TYPE_CHECKING:
    ResolutionNode = BodyNode | MoneyArticle
else:
    #: A node of a resolution's body: a body node or a money article.
    ResolutionNode = body_union([("money", MoneyArticle)], resolution_node_kind)


class Resolution(LegalDocument):
    """Resolution — Nghị quyết (NQ): what a council (HĐND xã, a board) resolves, in articles.

    Laid out on Mẫu 1.1: the council's header, "NGHỊ QUYẾT" and the summary, the enacting body
    and its session centred and bold, the legal bases, "QUYẾT NGHỊ:", the articles, the
    closing sentence "Nghị quyết này đã được … thông qua ngày … và có hiệu lực …", signed
    "TM. HỘI ĐỒNG NHÂN DÂN / CHỦ TỊCH".
    """

    kind: Literal["resolution"] = Field(default="resolution", title="Loại văn bản")
    """Always "resolution" (nghị quyết)."""

    authority: Text = Field(title="Cơ quan ban hành nghị quyết")
    """The enacting body as a sentence writes it: "Hội đồng nhân dân xã An Thịnh"."""

    session: Text = Field(title="Khóa, kỳ họp")
    """The term and session: "Khóa XXI, Kỳ họp thứ hai"; printed under the body in capitals."""

    numbering: Ladder = Field(default=ARTICLE_LADDER, title="Cách đánh số đề mục")
    """Label style per depth; a resolution's top level is its articles (Điều 1.)."""

    body: list[ResolutionNode] = Field(min_length=1, title="Các điều")
    """The articles: items, sections, and money articles (`money:` with its `lines`)."""

    implementers: list[Text] = Field(default_factory=list, title="Tổ chức thực hiện")
    """Who is charged with carrying it out: "Ủy ban nhân dân xã"; adds the article "Giao … tổ
    chức thực hiện Nghị quyết này." and "- Như Điều N;" in Nơi nhận."""

    passed_on: dt.date = Field(title="Ngày thông qua")
    """The day the session passed it (YYYY-MM-DD)."""

    effective: Text = Field(default="kể từ ngày thông qua", title="Hiệu lực thi hành")
    """When it takes effect, as the closing sentence says it: "từ ngày 01 tháng 01 năm 2027"."""

    @classmethod
    def union_tag(cls, node: Any) -> str | None:
        return resolution_node_kind(node)

    def body_nodes(self) -> list[BodyNode]:
        raise NotImplementedError("a resolution's context builder gives its body")

    @model_validator(mode="after")
    def _agree(self) -> Resolution:
        errors: list[InitErrorDetails] = []
        article_error = articles_first(self.numbering, "resolution_articles", N_("a resolution"))
        if article_error is not None:
            errors.append(article_error)
        if self.signature.authority is not Authority.TM:
            why: str | Message | None = N_("the signature has no TM.")
        else:
            why = authority_mismatch(self.authority, self.signature)
        if why is not None:
            errors.append(
                InitErrorDetails(
                    type=custom_error(
                        "resolution_signature",
                        N_(
                            "a council resolves as a collective: signed 'TM. <the council>' "
                            "({why}; Mẫu 1.1)"
                        ),
                        why=why,
                    ),
                    loc=("signature", "authority"),
                    input=self.signature.authority,
                )
            )
        if errors:
            raise ValidationError.from_exception_data(type(self).__name__, errors)
        return self


MoneyLine.model_rebuild()
