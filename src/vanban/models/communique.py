"""Communique — Thông cáo (TC)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from vanban.models.body import BodyNode
from vanban.models.document import NamedDocument

__all__ = ["Communique"]


class Communique(NamedDocument):
    """Communique — Thông cáo (TC).

    Makes an event, a decision or a result of the issuer's work known to the public.

    Laid out on the form for documents with a type name (Phụ lục III, Mẫu 1.4): "THÔNG CÁO",
    the summary and its rule, the body, the signature and Nơi nhận.
    """

    kind: Literal["communique"] = Field(default="communique", title="Loại văn bản")
    """Always "communique" (thông cáo)."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung (ô 6)")
    """Paragraphs, sections, items, tasks and tables, numbered by depth."""

    def body_nodes(self) -> list[BodyNode]:
        return self.body
