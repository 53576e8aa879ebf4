"""Plan — Kế hoạch (KH)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from vanban.models.document import Document
from vanban.models.kinds import DocumentType

__all__ = ["Plan"]


class Plan(Document):
    """Plan — Kế hoạch (KH): purpose and requirements, tasks with their lead units, organisation.

    Laid out on the form for documents with a type name (Phụ lục III, Mẫu 1.4).
    """

    document_type: ClassVar[DocumentType] = DocumentType.PLAN

    kind: Literal["plan"] = Field(default="plan", title="Loại văn bản")
    """Always "plan" (kế hoạch)."""
