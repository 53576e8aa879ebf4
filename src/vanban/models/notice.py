"""Notice — Thông báo (TB)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from vanban.models.body import BodyNode
from vanban.models.document import LegalDocument

__all__ = ["Notice"]


class Notice(LegalDocument):
    """Notice — Thông báo (TB): makes a decision, a schedule or a result known to those concerned.

    Laid out on the form for documents with a type name (Phụ lục III, Mẫu 1.4): "THÔNG BÁO", the
    summary and its rule, the body, the signature and Nơi nhận.
    """

    kind: Literal["notice"] = Field(default="notice", title="Loại văn bản")
    """Always "notice" (thông báo)."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung (ô 6)")
    """Paragraphs, sections, items and tables, numbered by depth."""

    def body_nodes(self) -> list[BodyNode]:
        return self.body
