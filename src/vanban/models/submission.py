"""Submission — Tờ trình (TTr)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from vanban.models.base import Text
from vanban.models.body import BodyNode
from vanban.models.document import NamedDocument

__all__ = ["Submission"]


class Submission(NamedDocument):
    """Submission — Tờ trình (TTr): puts a matter to a higher body for its consideration.

    Laid out on the form for documents with a type name (Phụ lục III, Mẫu 1.4), with "Kính gửi:"
    under the summary and Nơi nhận starting "- Như trên;". The body ends with the request "Kính
    trình … xem xét, quyết định./.", addressed to the first addressee unless ``closing`` says
    otherwise.
    """

    kind: Literal["submission"] = Field(default="submission", title="Loại văn bản")
    """Always "submission" (tờ trình)."""

    addressees: list[Text] = Field(min_length=1, title="Kính gửi (ô 9a)")
    """The bodies the matter is put to, the one that decides first."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung (ô 6)")
    """The need, the content proposed and what is asked, numbered by depth."""

    closing: Text | None = Field(default=None, title="Câu kết (Kính trình … xem xét, quyết định)")
    """The closing request in full, replacing "Kính trình <first addressee> xem xét, quyết định"."""

    def body_nodes(self) -> list[BodyNode]:
        return self.body
