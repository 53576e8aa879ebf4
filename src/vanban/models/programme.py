"""Programme — Chương trình (CTr)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from vanban.models.body import BodyNode
from vanban.models.document import NamedDocument

__all__ = ["Programme"]


class Programme(NamedDocument):
    """Programme — Chương trình (CTr).

    The work of a period or a campaign: its aims, then the tasks with their lead units and dates.

    Laid out on the form for documents with a type name (Phụ lục III, Mẫu 1.4): "CHƯƠNG TRÌNH",
    the summary and its rule, the body, the signature and Nơi nhận.
    """

    kind: Literal["programme"] = Field(default="programme", title="Loại văn bản")
    """Always "programme" (chương trình)."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung (ô 6)")
    """Paragraphs, sections, items, tasks and tables, numbered by depth."""

    def body_nodes(self) -> list[BodyNode]:
        return self.body
