"""Power of attorney — Giấy ủy quyền (GUQ)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails

from vanban.i18n import N_, custom_error
from vanban.models.base import Day, Model, Text
from vanban.models.body import BodyNode
from vanban.models.document import LegalDocument

__all__ = ["Party", "PowerOfAttorney"]

#: The closing commitments of common practice, when the document gives none.
COMMITMENTS = (
    "Bên được ủy quyền thực hiện đúng nội dung được ủy quyền, không ủy quyền lại cho người "
    "khác và báo cáo kết quả thực hiện với Bên ủy quyền.",
    "Giấy ủy quyền này có hiệu lực kể từ ngày ký.",
)


class Party(Model):
    """A party to a power of attorney — bên ủy quyền, bên được ủy quyền.

    Decree 30 gives Giấy ủy quyền only its type name and code (Phụ lục III, mục I) and the
    Mẫu 1.4 frame; the fields are those common practice writes for each party.
    """

    name: Text = Field(title="Ông (bà)")
    """Full name: "Nguyễn Văn Hùng"."""

    position: Text | None = Field(default=None, title="Chức vụ")
    """"Giám đốc"."""

    office: Text | None = Field(default=None, title="Cơ quan, đơn vị công tác")
    """"Sở Tư pháp tỉnh Quảng Ninh"."""

    identity: Text | None = Field(default=None, title="Số định danh cá nhân")
    """The citizen identity number, with where and when issued if the office writes them."""

    address: Text | None = Field(default=None, title="Địa chỉ")
    """Where they live or work, when the office writes it."""


class PowerOfAttorney(LegalDocument):
    """Power of attorney — giấy ủy quyền (GUQ), on the Mẫu 1.4 frame (Phụ lục III, mục I).

    "GIẤY ỦY QUYỀN", its summary and rule, the legal bases; the two parties (Bên ủy quyền,
    Bên được ủy quyền) with their fields, the scope (nội dung ủy quyền), the period, the
    commitments; the two parties' signatures side by side, the grantee's on the left and the
    grantor's — the document's signature — on the right, as common practice sets them: the
    decree prescribes no layout for it.
    """

    kind: Literal["power_of_attorney"] = Field(default="power_of_attorney", title="Loại văn bản")
    """Always "power_of_attorney" (giấy ủy quyền)."""

    grantor: Party = Field(title="Bên ủy quyền (Bên A)")
    """Who delegates: usually the head who signs the document."""

    grantee: Party = Field(title="Bên được ủy quyền (Bên B)")
    """Who acts under the delegation; signs on the left."""

    scope: list[Text] = Field(min_length=1, title="Nội dung ủy quyền")
    """What the grantee may do, one matter per line."""

    start: Day = Field(title="Thời gian ủy quyền: từ ngày")
    """The first day of the delegation."""

    end: Day = Field(title="Thời gian ủy quyền: đến hết ngày")
    """The last day of the delegation."""

    commitments: list[Text] = Field(default_factory=lambda: list(COMMITMENTS), title="Cam kết")
    """The closing paragraphs: what the grantee undertakes, when the delegation takes effect."""

    body: list[BodyNode] = Field(default_factory=list, title="Nội dung thêm")
    """Further paragraphs before the commitments, rarely needed."""

    @model_validator(mode="after")
    def _check_period(self) -> PowerOfAttorney:
        if self.end < self.start:
            error = custom_error(
                "attorney_period",
                N_(
                    "expected the last day of the delegation on or after its first ({start}), "
                    "got {end}",
                    start=self.start.isoformat(),
                    end=self.end.isoformat(),
                ),
            )
            raise ValidationError.from_exception_data(
                "PowerOfAttorney",
                [InitErrorDetails(type=error, loc=("end",), input=self.end.isoformat())],
            )
        return self

    def body_nodes(self) -> list[BodyNode]:
        return self.body
