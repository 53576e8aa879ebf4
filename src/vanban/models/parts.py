"""The parts every administrative document shares (thể thức văn bản, Điều 8 and Phụ lục I).

Issuing body (ô 2), number and symbol (ô 3), place and date (ô 4), signature (ô 7) and
recipients (ô 9b). Minutes, plans and reports reuse them unchanged.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from enum import StrEnum
from typing import Annotated, Any, ClassVar

from pydantic import (
    BeforeValidator,
    Field,
    PositiveInt,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)

from vanban import nd30
from vanban.formatting.dates import parse_written_date
from vanban.i18n import N_, custom_error
from vanban.models.base import Model, Text, TextForm

__all__ = [
    "Authority",
    "IssueDate",
    "Issuer",
    "Signature",
    "Urgency",
    "UrgencyMark",
    "check_signer_name",
]

_CODE_RE = rf"^{nd30.SYMBOL_CODE_PATTERN}$"


def _join_lines(value: Any) -> Any:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    return value


#: A name printed on one or more lines; a YAML list is one line per item.
Lines = Annotated[
    Text,
    BeforeValidator(_join_lines),
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}),
]

#: An abbreviation inside a symbol: "UBND", "TP", "UBND-VP" (no spaces, no slash).
Code = Annotated[str, StringConstraints(strip_whitespace=True, pattern=_CODE_RE)]


class Issuer(Model):
    """Issuing body — cơ quan, tổ chức ban hành văn bản (ô 2)."""

    name: Lines = Field(
        title="Tên cơ quan, tổ chức ban hành", examples=["ỦY BAN NHÂN DÂN\nXÃ ĐOÀN KẾT"]
    )
    """Name of the issuing body, printed bold in capitals; one line per list item or "\\n"."""

    parent: Lines | None = Field(default=None, title="Tên cơ quan, tổ chức chủ quản trực tiếp")
    """Name of the direct parent body, printed above the issuing body in regular capitals."""

    code: Code | None = Field(default=None, title="Chữ viết tắt tên cơ quan", examples=["UBND"])
    """Abbreviation of the issuing body used in the symbol: Số: 12/KH-**UBND**. Required
    whenever the document prints its number; minutes with ``numbered: false`` may leave it out."""

    name_in_text: Text | None = Field(
        default=None,
        title="Tên cơ quan viết trong câu",
        examples=["Ủy ban nhân dân phường Ngọc Thụy"],
    )
    """The name as a sentence writes it, for "(Kèm theo … của <name>)" under an appendix."""


class IssueDate(TextForm):
    """Date of issue — thời gian ban hành (ô 4); a draft may leave the day (and month) blank.

    Accepts a date, "2023-05-12", "2023-05" (a draft dated by month) or a mapping.
    """

    year: int = Field(ge=1945, le=2999, title="Năm")
    month: int | None = Field(default=None, ge=1, le=12, title="Tháng")
    day: int | None = Field(default=None, ge=1, le=31, title="Ngày")

    text_pattern: ClassVar[str] = (
        r"^\s*(\d{4}(-\d{1,2}(-\d{1,2})?)?|(\d{1,2}[/.-]){1,2}\d{4}"
        r"|([Nn]gày[\s\d]*,?\s*)?[Tt]háng\s*\d{0,2}\s*(năm|[/.-])\s*\d{4})\s*$"
    )
    text_description: ClassVar[str] = (
        'day first: "02/10/2026", "ngày 02 tháng 10 năm 2026" or 2026-10-02; a draft whose day '
        'is filled in at signing: "10/2026" or 2026-10'
    )
    schema_title: ClassVar[str] = "Thời gian ban hành"

    @model_validator(mode="before")
    @classmethod
    def _parse(cls, value: Any) -> Any:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return {"year": value.year, "month": value.month, "day": value.day}
        if isinstance(value, int) and not isinstance(value, bool):
            return {"year": value}
        if isinstance(value, str):
            match = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*", value)
            if match:
                year, month, day = match.groups()
                return {"year": int(year), "month": month and int(month), "day": day and int(day)}
            written = parse_written_date(value)  # day first, as Vietnamese write a date
            if written is None:
                raise custom_error(
                    "date_format",
                    N_(
                        'expected a date, day first: "02/10/2026", "ngày 02 tháng 10 năm 2026" or '
                        '2026-10-02; for a draft dated by month "10/2026" or 2026-10; got "{value}"'
                    ),
                    value=value,
                )
            year_, month_, day_ = written
            return {"year": year_, "month": month_, "day": day_}
        return value

    @model_validator(mode="after")
    def _check(self) -> IssueDate:
        if self.day is not None:
            if self.month is None:
                raise custom_error("date_day_without_month", N_("a day needs a month"))
            try:
                dt.date(self.year, self.month, self.day)
            except ValueError:
                raise custom_error(
                    "date_impossible",
                    N_("{value} is not a date in the calendar"),
                    value=f"{self.year}-{self.month:02d}-{self.day:02d}",
                ) from None
        return self

    @property
    def is_complete(self) -> bool:
        return self.day is not None and self.month is not None

    def as_date(self) -> dt.date | None:
        """The full date, or ``None`` for a draft."""
        if self.day is None or self.month is None:
            return None
        return dt.date(self.year, self.month, self.day)


class Authority(StrEnum):
    """Signing authority — thẩm quyền ký (Điều 13, Phụ lục I mục II.7)."""

    TM = nd30.SIGNING_WORDS["TM"]
    """Thay mặt: on behalf of a collective body (TM. ỦY BAN NHÂN DÂN)."""
    KT = nd30.SIGNING_WORDS["KT"]
    """Ký thay: a deputy signs for the head (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)."""
    TL = nd30.SIGNING_WORDS["TL"]
    """Thừa lệnh: a unit head signs by order of the head of the body."""
    TUQ = nd30.SIGNING_WORDS["TUQ"]
    """Thừa ủy quyền: signs under a written delegation from the head."""
    Q = nd30.SIGNING_WORDS["Q"]
    """Quyền: the acting head (Q. GIÁM ĐỐC)."""


def _parse_authority(value: Any) -> Any:
    if value is None or isinstance(value, Authority):
        return value
    if isinstance(value, str):
        key = value.strip().upper().rstrip(".")
        if key in Authority.__members__:
            return Authority[key]
    raise custom_error(
        "authority",
        N_('expected one of TM, KT, TL, TUQ, Q (thẩm quyền ký), got "{value}"'),
        value=value,
    )


# Heuristics for the two rules Decree 30 states in words: TM. stands before a collective body, and
# KT./TL./TUQ. before the title of the head. A title begins with one of these words; a collective
# body with one of the others. Anything else is accepted.
_PERSON_TITLES = (
    "CHỦ TỊCH", "PHÓ ", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "TRƯỞNG ",
    "CHÁNH ", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "VIỆN TRƯỞNG", "HIỆU TRƯỞNG", "THỦ TRƯỞNG",
    "CHỦ NHIỆM", "BÍ THƯ", "THỦ TƯỚNG", "TỔNG CỤC TRƯỞNG", "TRƯỞNG BAN", "TRƯỞNG PHÒNG",
)  # fmt: skip
_COLLECTIVES = (
    "ỦY BAN", "UỶ BAN", "HỘI ĐỒNG", "BAN ", "CHÍNH PHỦ", "THƯỜNG TRỰC", "ĐOÀN ", "TẬP THỂ",
    "ĐẢNG ỦY", "ĐẢNG UỶ", "TỔ ", "HỘI ",
)  # fmt: skip
_DEPUTY_TITLES = ("PHÓ ", "THỨ TRƯỞNG")


def check_signer_name(name: str) -> None:
    """Reject an academic title before a signer's name (TS., ThS. …; Phụ lục I, II.7).

    The list is the checker's too (:data:`vanban.nd30.ACADEMIC_TITLE`), with or without the dot:
    what the model accepts, vanban's own checker does not fail.
    """
    if nd30.ACADEMIC_TITLE.match(name):
        raise custom_error(
            "signature_academic_title",
            N_('the signer\'s name carries no academic title (Phụ lục I, II.7): got "{name}"'),
            name=name,
        )


def _starts(text: str, prefixes: tuple[str, ...]) -> bool:
    upper = text.upper() + " "
    return any(upper.startswith(p) for p in prefixes)


class Signature(Model):
    """Signature block — quyền hạn, chức vụ, họ tên người ký (ô 7a, 7b).

    The printed lines, in capitals and bold, are built from the authority
    (:func:`vanban.rendering.parts.signature_lines`):

    - no authority: ``title`` ("CHỦ TỊCH");
    - TM.: "TM. <on_behalf_of>", [then "KT. <deputy_for>"], ``title``;
    - KT., TUQ.: "KT. <on_behalf_of>", ``title``;
    - TL.: "TL. <on_behalf_of>", [then "KT. <deputy_for>"], ``title``;
    - Q.: "Q. <title>".
    """

    authority: Annotated[
        Authority | None,
        BeforeValidator(_parse_authority),
        WithJsonSchema(
            {
                "anyOf": [
                    {"enum": [a.name for a in Authority] + [a.value for a in Authority]},
                    {"type": "null"},
                ]
            }
        ),
    ] = Field(default=None, title="Thẩm quyền ký (TM., KT., TL., TUQ., Q.)")
    """TM, KT, TL, TUQ or Q; leave out when the head signs in their own name."""

    on_behalf_of: Text | None = Field(default=None, title="Thay mặt / ký thay cho")
    """TM.: the collective body (ỦY BAN NHÂN DÂN). KT., TL., TUQ.: the title of the head."""

    deputy_for: Text | None = Field(default=None, title="Ký thay (dòng KT. thứ hai)")
    """With TM. or TL.: the head a deputy signs for, printed as a "KT. …" line."""

    title: Text = Field(title="Chức vụ người ký", examples=["CHỦ TỊCH"])
    """The signer's own title (for Q., the title of the head they act as)."""

    name: Text = Field(title="Họ và tên người ký", examples=["Phạm Xuân Luân"])
    """Full name, no academic titles (TS., ThS. …) before it."""

    @model_validator(mode="after")
    def _check(self) -> Signature:
        auth, behalf, deputy_for = self.authority, self.on_behalf_of, self.deputy_for
        check_signer_name(self.name)
        if auth is None or auth is Authority.Q:
            if behalf is not None or deputy_for is not None:
                raise custom_error(
                    "signature_unexpected_behalf",
                    N_(
                        "on_behalf_of and deputy_for go with TM., KT., TL. or TUQ.; "
                        "set authority or remove them"
                    ),
                )
            return self
        if behalf is None:
            raise custom_error(
                "signature_missing_behalf",
                N_("{auth} needs on_behalf_of: {what}"),
                auth=auth.value,
                what=N_("the collective body (e.g. ỦY BAN NHÂN DÂN)")
                if auth is Authority.TM
                else N_("the title of the head (e.g. CHỦ TỊCH)"),
            )
        if auth is Authority.TM and _starts(behalf, _PERSON_TITLES):
            raise custom_error(
                "signature_tm_not_collective",
                N_(
                    'TM. (thay mặt) acts for a collective body such as ỦY BAN NHÂN DÂN; "{behalf}" '
                    "is a person's title — use KT., TL. or TUQ. for a head"
                ),
                behalf=behalf,
            )
        if auth is not Authority.TM and _starts(behalf, _COLLECTIVES):
            raise custom_error(
                "signature_not_for_collective",
                N_(
                    '{auth} stands before the title of the head, not a collective body: "{behalf}" '
                    "— use TM. for a collective"
                ),
                auth=auth.value,
                behalf=behalf,
            )
        if deputy_for is not None and auth not in (Authority.TM, Authority.TL):
            raise custom_error(
                "signature_unexpected_deputy",
                N_(
                    "deputy_for adds a KT. line under TM. or TL. only; with {auth} put the head in "
                    "on_behalf_of"
                ),
                auth=auth.value,
            )
        head = deputy_for if deputy_for is not None else (behalf if auth is Authority.KT else None)
        if head is not None and not _starts(self.title, _DEPUTY_TITLES):
            raise custom_error(
                "signature_kt_needs_deputy",
                N_(
                    'KT. (ký thay) is signed by a deputy for the head "{head}": the title must be '
                    'a deputy\'s (PHÓ …, THỨ TRƯỞNG), got "{title}"'
                ),
                head=head,
                title=self.title,
            )
        return self


def _not_a_flag(value: Any) -> Any:
    # Pydantic reads true as 1; "number: yes" in YAML is a slip, never document number 1.
    if isinstance(value, bool):
        raise custom_error(
            "int_type", N_("expected a whole number, got {value}"), value=str(value).lower()
        )
    return value


DocumentNumber = Annotated[PositiveInt, BeforeValidator(_not_a_flag), Field(title="Số văn bản")]


class Urgency(StrEnum):
    """Mức độ khẩn (ô 10b): the urgency stamp under the number (Điều 4, mục III.2.b)."""

    URGENT = "KHẨN"
    """Khẩn: a 20 mm stamp."""
    TOP_URGENT = "THƯỢNG KHẨN"
    """Thượng khẩn: a 40 mm stamp."""
    FLASH = "HỎA TỐC"
    """Hỏa tốc: a 30 mm stamp."""


def _parse_urgency(value: Any) -> Any:
    if value is None or isinstance(value, Urgency):
        return value
    if isinstance(value, str):
        # Both spellings of "hỏa" (HỎA, HOẢ) and any case: the stamp prints upper case.
        wanted = unicodedata.normalize("NFC", " ".join(value.split())).upper()
        wanted = wanted.replace("HOẢ", "HỎA")
        for mark in Urgency:
            if mark.value == wanted:
                return mark
    raise custom_error(
        "urgency",
        N_('expected one of KHẨN, THƯỢNG KHẨN, HỎA TỐC (mức độ khẩn), got "{value}"', value=value),
    )


#: The urgency field's type: the mark as written, in any case.
UrgencyMark = Annotated[
    Urgency,
    BeforeValidator(_parse_urgency),
    WithJsonSchema({"type": "string", "enum": [m.value for m in Urgency]}),
]
