"""Proposal — Đề án (ĐA)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from vanban.models.body import BodyNode
from vanban.models.document import NamedDocument

__all__ = ["Proposal"]


class Proposal(NamedDocument):
    """Proposal — Đề án (ĐA).

    A proposal put to a higher body for approval: the need, the aims, the solutions, the resources.

    Laid out on the form for documents with a type name (Phụ lục III, Mẫu 1.4): "ĐỀ ÁN",
    the summary and its rule, the body, the signature and Nơi nhận.
    """

    kind: Literal["proposal"] = Field(default="proposal", title="Loại văn bản")
    """Always "proposal" (đề án)."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung (ô 6)")
    """Paragraphs, sections, items, tasks and tables, numbered by depth."""

    def body_nodes(self) -> list[BodyNode]:
        return self.body
