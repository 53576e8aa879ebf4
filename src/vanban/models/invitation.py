"""Invitation — Giấy mời (GM)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from vanban.models.base import Day, Text
from vanban.models.body import BodyNode
from vanban.models.document import NamedDocument
from vanban.models.host import host_name, require_host
from vanban.models.meeting import MeetingTime

__all__ = ["Invitation"]


class Invitation(NamedDocument):
    """Invitation — Giấy mời (GM), Phụ lục III, Mẫu 1.7: who is invited to what, when and where.

    "GIẤY MỜI" and the meeting's topic as its summary; "<issuer> trân trọng kính mời:" and the
    invitee(s); "Tới dự …"; the labelled fields Chủ trì, Thời gian ("07 giờ 30 phút, thứ Hai,
    ngày 05 tháng 01 năm 2026", the weekday from the date) and Địa điểm; the notes. A mail
    merge over ``invitees[0]`` gives one invitation per invitee.
    """

    kind: Literal["invitation"] = Field(default="invitation", title="Loại văn bản")
    """Always "invitation" (giấy mời)."""

    host: Text | None = Field(default=None, title="Cơ quan mời (trong câu)")
    """The issuer as the sentence names it ("Ủy ban nhân dân xã An Thịnh"), else from its name."""

    invitees: list[Text] = Field(min_length=1, title="Người, cơ quan được mời (ô 6)")
    """Name, position and unit of each invitee, or the bodies invited."""

    event: Text = Field(title="Tới dự (ô 7)")
    """The meeting, conference or seminar: "Hội nghị tổng kết công tác hòa giải năm 2025"."""

    chair: Text | None = Field(default=None, title="Chủ trì")
    """Who chairs it: "Đồng chí Nguyễn Văn An, Chủ tịch Ủy ban nhân dân xã"."""

    day: Day = Field(title="Ngày họp")
    """The day of the meeting; its weekday is printed from it."""

    time: MeetingTime = Field(title="Giờ bắt đầu")
    """When it starts, 7:30 or "07:30"."""

    venue: Text = Field(title="Địa điểm")
    """Where it is held."""

    notes: list[BodyNode] = Field(default_factory=list, title="Lưu ý (ô 8)")
    """What the invitees should bring or know, after the labelled fields."""

    @model_validator(mode="after")
    def _check_host(self) -> Invitation:
        require_host(
            "Invitation", self.issuer, self.host, "invitation_host", "the invitation sentence"
        )
        return self

    def host_name(self) -> str:
        """The issuer as the opening sentence names it."""
        return host_name(self.issuer, self.host)

    def body_nodes(self) -> list[BodyNode]:
        return self.notes
