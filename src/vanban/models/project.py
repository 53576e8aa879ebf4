"""Project — Dự án (DA)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from vanban.models.body import BodyNode
from vanban.models.document import NamedDocument

__all__ = ["Project"]


class Project(NamedDocument):
    """Project — Dự án (DA).

    An investment or a work to be carried out: its aims, scale, place, cost and timetable.

    Laid out on the form for documents with a type name (Phụ lục III, Mẫu 1.4): "DỰ ÁN",
    the summary and its rule, the body, the signature and Nơi nhận.
    """

    kind: Literal["project"] = Field(default="project", title="Loại văn bản")
    """Always "project" (dự án)."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung (ô 6)")
    """Paragraphs, sections, items, tasks and tables, numbered by depth."""

    def body_nodes(self) -> list[BodyNode]:
        return self.body
