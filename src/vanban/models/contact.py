"""The issuer's address line — địa chỉ cơ quan, tổ chức (ô 13): address, telephone, e-mail, web."""

from __future__ import annotations

from pydantic import Field, model_validator

from vanban.i18n import N_, custom_error
from vanban.models.base import Model, Text

__all__ = ["Contact"]


class Contact(Model):
    """Địa chỉ; thư điện tử; trang thông tin điện tử; số điện thoại; số Fax (ô 13).

    Printed at the foot of the first page only, 11 pt, under a full-width rule (Phụ lục I,
    mục III.4): "Địa chỉ: …; ĐT: …; Fax: …; E-mail: …; Website: …". Each part is optional.
    """

    address: Text | None = Field(default=None, title="Địa chỉ")
    """Street and locality: "Số 8, đường Nguyễn Văn Cừ, phường Hạ Long, tỉnh Quảng Ninh"."""

    phone: Text | None = Field(default=None, title="Số điện thoại")
    """"0203.3835.123"."""

    fax: Text | None = Field(default=None, title="Số Fax")
    """"0203.3835.124"."""

    email: Text | None = Field(default=None, title="Thư điện tử")
    """"stp@quangninh.gov.vn"."""

    website: Text | None = Field(default=None, title="Trang thông tin điện tử")
    """"sotuphap.quangninh.gov.vn"."""

    @model_validator(mode="after")
    def _something(self) -> Contact:
        if not any(getattr(self, name) for name in type(self).model_fields):
            raise custom_error(
                "contact_empty",
                N_(
                    "expected at least one of address, phone, fax, email, website (ô 13), or "
                    "no contact at all"
                ),
            )
        return self
