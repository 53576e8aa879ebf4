"""DispatchSlip — Phiếu gửi (PG)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from vanban.models.body import BodyNode
from vanban.models.document import NamedDocument

__all__ = ["DispatchSlip"]


class DispatchSlip(NamedDocument):
    """DispatchSlip — Phiếu gửi (PG).

    Accompanies documents sent to another body and asks it to acknowledge them.

    Laid out on the form for documents with a type name (Phụ lục III, Mẫu 1.4): "PHIẾU GỬI",
    the summary and its rule, the body, the signature and Nơi nhận.
    """

    kind: Literal["dispatch_slip"] = Field(default="dispatch_slip", title="Loại văn bản")
    """Always "dispatch_slip" (phiếu gửi)."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung (ô 6)")
    """Paragraphs, sections, items, tasks and tables, numbered by depth."""

    def body_nodes(self) -> list[BodyNode]:
        return self.body
