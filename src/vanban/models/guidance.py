"""Guidance — Hướng dẫn (HD)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from vanban.models.body import BodyNode
from vanban.models.document import NamedDocument

__all__ = ["Guidance"]


class Guidance(NamedDocument):
    """Guidance — Hướng dẫn (HD).

    Explains how a law, a decision or a plan is carried out: scope, steps, forms, time limits.

    Laid out on the form for documents with a type name (Phụ lục III, Mẫu 1.4): "HƯỚNG DẪN",
    the summary and its rule, the body, the signature and Nơi nhận.
    """

    kind: Literal["guidance"] = Field(default="guidance", title="Loại văn bản")
    """Always "guidance" (hướng dẫn)."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung (ô 6)")
    """Paragraphs, sections, items, tasks and tables, numbered by depth."""

    def body_nodes(self) -> list[BodyNode]:
        return self.body
