"""TransferSlip — Phiếu chuyển (PC)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from vanban.models.body import BodyNode
from vanban.models.document import NamedDocument

__all__ = ["TransferSlip"]


class TransferSlip(NamedDocument):
    """TransferSlip — Phiếu chuyển (PC).

    Passes a document or a petition on to the body competent to deal with it.

    Laid out on the form for documents with a type name (Phụ lục III, Mẫu 1.4): "PHIẾU CHUYỂN",
    the summary and its rule, the body, the signature and Nơi nhận.
    """

    kind: Literal["transfer_slip"] = Field(default="transfer_slip", title="Loại văn bản")
    """Always "transfer_slip" (phiếu chuyển)."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung (ô 6)")
    """Paragraphs, sections, items, tasks and tables, numbered by depth."""

    def body_nodes(self) -> list[BodyNode]:
        return self.body
