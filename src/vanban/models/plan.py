"""Plan — Kế hoạch (KH)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from vanban.models.body import BodyNode
from vanban.models.document import LegalDocument

__all__ = ["Plan"]


class Plan(LegalDocument):
    """Plan — Kế hoạch (KH): purpose and requirements, tasks with their lead units, organisation.

    Laid out on the form for documents with a type name (Phụ lục III, Mẫu 1.4).
    """

    kind: Literal["plan"] = Field(default="plan", title="Loại văn bản")
    """Always "plan" (kế hoạch)."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung (ô 6)")
    """Paragraphs, sections, items, tasks and tables, numbered by depth."""

    def body_nodes(self) -> list[BodyNode]:
        return self.body
