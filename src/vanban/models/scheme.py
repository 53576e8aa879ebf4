"""Scheme — Phương án (PA)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from vanban.models.body import BodyNode
from vanban.models.document import NamedDocument

__all__ = ["Scheme"]


class Scheme(NamedDocument):
    """Scheme — Phương án (PA).

    How a situation (a storm, an evacuation, a reorganisation) is to be handled: the forces, the
    steps, who leads.

    Laid out on the form for documents with a type name (Phụ lục III, Mẫu 1.4): "PHƯƠNG ÁN",
    the summary and its rule, the body, the signature and Nơi nhận.
    """

    kind: Literal["scheme"] = Field(default="scheme", title="Loại văn bản")
    """Always "scheme" (phương án)."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung (ô 6)")
    """Paragraphs, sections, items, tasks and tables, numbered by depth."""

    def body_nodes(self) -> list[BodyNode]:
        return self.body
