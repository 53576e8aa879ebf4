"""NotificationSlip — Phiếu báo (PB)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from vanban.models.body import BodyNode
from vanban.models.document import NamedDocument

__all__ = ["NotificationSlip"]


class NotificationSlip(NamedDocument):
    """NotificationSlip — Phiếu báo (PB).

    Tells someone briefly of a fact concerning them: a date, a result, a decision.

    Laid out on the form for documents with a type name (Phụ lục III, Mẫu 1.4): "PHIẾU BÁO",
    the summary and its rule, the body, the signature and Nơi nhận.
    """

    kind: Literal["notification_slip"] = Field(default="notification_slip", title="Loại văn bản")
    """Always "notification_slip" (phiếu báo)."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung (ô 6)")
    """Paragraphs, sections, items, tasks and tables, numbered by depth."""

    def body_nodes(self) -> list[BodyNode]:
        return self.body
