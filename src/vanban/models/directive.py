"""Directive — Chỉ thị (CT)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from vanban.models.body import BodyNode
from vanban.models.document import NamedDocument

__all__ = ["Directive"]


class Directive(NamedDocument):
    """Directive — Chỉ thị (CT).

    Gives binding instructions to the units and people under the issuer: the situation, then what
    each must do.

    Laid out on the form for documents with a type name (Phụ lục III, Mẫu 1.4): "CHỈ THỊ",
    the summary and its rule, the body, the signature and Nơi nhận.
    """

    kind: Literal["directive"] = Field(default="directive", title="Loại văn bản")
    """Always "directive" (chỉ thị)."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung (ô 6)")
    """Paragraphs, sections, items, tasks and tables, numbered by depth."""

    def body_nodes(self) -> list[BodyNode]:
        return self.body
