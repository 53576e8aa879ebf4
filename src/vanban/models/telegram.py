"""Telegram — Công điện (CĐ)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from vanban.models.base import Text
from vanban.models.body import BodyNode
from vanban.models.document import Ladder, NamedDocument
from vanban.models.letter import LETTER_LADDER
from vanban.models.parts import Urgency, UrgencyMark

__all__ = ["Telegram"]


class Telegram(NamedDocument):
    """Telegram — Công điện (CĐ), Phụ lục III, Mẫu 1.6: an urgent instruction to many bodies.

    "CÔNG ĐIỆN", its summary and rule; the centred line "<sender> điện:" ("CHỦ TỊCH ỦY BAN
    NHÂN DÂN TỈNH QUẢNG NINH điện:"), the bodies it goes to one per line with "-", ";" and "."
    at the end; the body. It nearly always carries an urgency stamp (ô 10b), KHẨN unless said.
    """

    kind: Literal["telegram"] = Field(default="telegram", title="Loại văn bản")
    """Always "telegram" (công điện)."""

    sender: Text | None = Field(default=None, title="Cơ quan, chức danh điện")
    """Who sends it, the body or its head's title: "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh";
    printed in capitals before "điện:". Left out, the issuer's name."""

    to: list[Text] = Field(min_length=1, title="Cơ quan, tổ chức nhận điện")
    """The bodies the telegram goes to, one per line: "Giám đốc các Sở, ban, ngành tỉnh"."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung điện (ô 6)")
    """Paragraphs, sections, items and tables, numbered by depth."""

    numbering: Ladder = Field(default=LETTER_LADDER, title="Cách đánh số đề mục")
    """Label style per depth; a telegram's points are 1., a), -, + unless given."""

    urgency: UrgencyMark | None = Field(default=Urgency.URGENT, title="Mức độ khẩn (ô 10b)")
    """KHẨN (the default), THƯỢNG KHẨN or HỎA TỐC; null for a telegram without a stamp."""

    def sender_line(self) -> str:
        """The sender as the "… điện:" line names it, before capitals are applied."""
        return self.sender or " ".join(self.issuer.name.split())

    def body_nodes(self) -> list[BodyNode]:
        return self.body
