"""Introduction letter — Giấy giới thiệu (GGT)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from vanban.models.base import Day, Text
from vanban.models.body import BodyNode
from vanban.models.document import NamedDocument
from vanban.models.host import host_name, require_host

__all__ = ["Introduction"]


class Introduction(NamedDocument):
    """Introduction letter — Giấy giới thiệu (GGT), Phụ lục III, Mẫu 1.8.

    "GIẤY GIỚI THIỆU" and its rule, without a summary; "<issuer> trân trọng giới thiệu:", the
    lines "Ông (bà): …", "Chức vụ: …", "Được cử đến: …", "Về việc: …", the request to assist
    and "Giấy này có giá trị đến hết ngày …./.".
    """

    kind: Literal["introduction"] = Field(default="introduction", title="Loại văn bản")
    """Always "introduction" (giấy giới thiệu)."""

    summary: str = Field(default="", title="Trích yếu (giấy giới thiệu không có)")
    """Mẫu 1.8 prints no summary under its type name; leave it out."""

    host: Text | None = Field(default=None, title="Cơ quan giới thiệu (trong câu)")
    """The issuer as the sentence names it, else from its name (UBND …)."""

    person: Text = Field(title="Ông (bà)")
    """Who is introduced: "Nguyễn Văn Bình"."""

    position: Text = Field(title="Chức vụ")
    """Their position: "Công chức Tư pháp - Hộ tịch"."""

    sent_to: Text = Field(title="Được cử đến")
    """The body they are sent to."""

    purpose: Text = Field(title="Về việc")
    """What for."""

    valid_until: Day = Field(title="Có giá trị đến hết ngày")
    """The last day the letter is valid."""

    body: list[BodyNode] = Field(default_factory=list, title="Nội dung thêm")
    """Further paragraphs before the request to assist, rarely needed."""

    @model_validator(mode="after")
    def _check_host(self) -> Introduction:
        require_host("Introduction", self.issuer, self.host, "introduction_host", "the sentence")
        return self

    def host_name(self) -> str:
        """The issuer as the opening sentence names it."""
        return host_name(self.issuer, self.host)

    def body_nodes(self) -> list[BodyNode]:
        return self.body
