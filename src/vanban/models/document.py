"""What every rendered document has in common — thể thức chung (Điều 8)."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

from pydantic import BeforeValidator, Field
from pydantic_core import PydanticCustomError

from vanban.formatting.numbering import DEFAULT_LADDER, LevelStyle
from vanban.models.base import Model, Text
from vanban.models.body import BodyNode
from vanban.models.kinds import DocumentType
from vanban.models.parts import DocumentNumber, IssueDate, Issuer, Signature, format_number_line

__all__ = ["Document"]


def _parse_ladder(value: Any) -> Any:
    if isinstance(value, list | tuple):
        out = []
        for token in value:
            if isinstance(token, LevelStyle):
                out.append(token)
                continue
            try:
                out.append(LevelStyle(str(token).strip()))
            except ValueError:
                raise PydanticCustomError(
                    "numbering_style",
                    'expected each level as one of {choices}, got "{token}"',
                    {"choices": ", ".join(s.value for s in LevelStyle), "token": token},
                ) from None
        return tuple(out)
    return value


Ladder = Annotated[tuple[LevelStyle, ...], BeforeValidator(_parse_ladder), Field(min_length=1)]


class Document(Model):
    """Administrative document — văn bản hành chính: the parts every kind shares."""

    document_type: ClassVar[DocumentType]

    issuer: Issuer = Field(title="Cơ quan ban hành (ô 2)")
    """The issuing body, with its parent body and the code used in the symbol."""

    number: DocumentNumber | None = Field(default=None, title="Số (ô 3)")
    """The running number of the year; leave out in a draft for the clerk to fill in."""

    place: Text = Field(title="Địa danh (ô 4)", examples=["Đoàn Kết"])
    """Where the issuing body has its seat, as in the date line."""

    date: IssueDate = Field(title="Thời gian ban hành (ô 4)")
    """Date of issue: YYYY-MM-DD, or YYYY-MM in a draft whose day the clerk fills in."""

    summary: Text = Field(title="Trích yếu nội dung (ô 5a)")
    """One short sentence saying what the document is about."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung (ô 6)")
    """Paragraphs, sections, items and tasks, numbered by depth."""

    numbering: Ladder = Field(default=DEFAULT_LADDER, title="Cách đánh số đề mục")
    """Label style per depth, e.g. [I., 1., a), -, +]; deeper levels repeat the last style."""

    signature: Signature = Field(title="Chữ ký (ô 7)")
    """Authority, titles and name of the signer."""

    recipients: list[Text] = Field(min_length=1, title="Nơi nhận (ô 9b)")
    """One recipient or group per line, without the leading "-" or trailing ";"."""

    archive: list[Text] = Field(default_factory=lambda: ["VT"], min_length=1, title="Lưu")
    """The archive line: "VT" (văn thư) then the drafting unit's code, e.g. [VT, TP]."""

    @property
    def number_line(self) -> str:
        """The "Số:" line (ô 3)."""
        return format_number_line(self.number, self.document_type.code, self.issuer.code)

    @property
    def date_line(self) -> str:
        """The place and date line (ô 4)."""
        return self.date.line(self.place)

    def to_docx(self) -> bytes:
        """Render this document to the bytes of a .docx file."""
        from vanban.rendering import render_bytes

        return render_bytes(self)
