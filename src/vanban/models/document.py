"""What every rendered document has in common — thể thức chung (Điều 8)."""

from __future__ import annotations

import inspect
import typing
from typing import Annotated, Any, ClassVar, Protocol

from pydantic import BeforeValidator, Discriminator, Field, Tag, ValidationError, model_validator
from pydantic_core import InitErrorDetails

from vanban.formatting.numbering import DEFAULT_LADDER, LevelStyle
from vanban.i18n import N_, Message, custom_error
from vanban.models.appendix import Appendix
from vanban.models.base import Model, Text
from vanban.models.body import BodyNode, node_kind, union_tags
from vanban.models.figures import Figures, fill_placeholders, format_figures
from vanban.models.kinds import DocumentType
from vanban.models.ladder import LadderLevel
from vanban.models.parts import DocumentNumber, IssueDate, Issuer, Signature, UrgencyMark
from vanban.registry import FORMS, Form, Part

__all__ = ["Addressed", "Document", "Ladder", "LegalDocument", "NamedDocument"]


def _parse_ladder(value: Any) -> Any:
    if isinstance(value, list | tuple):
        out = []
        for token in value:
            if isinstance(token, LevelStyle | LadderLevel | dict):
                out.append(token)  # a mapping says the level's case and weight too
                continue
            try:
                out.append(LevelStyle(str(token).strip()))
            except ValueError:
                raise custom_error(
                    "numbering_style",
                    N_('expected each level as one of {choices}, got "{token}"'),
                    choices=", ".join(s.value for s in LevelStyle),
                    token=token,
                ) from None
        return tuple(out)
    return value


#: The tags of a ladder entry's union, which errors leave out of the field path.
LADDER_TAGS = frozenset({"ladder-level", "ladder-style"})


def _level_tag(value: Any) -> str:
    return "ladder-level" if isinstance(value, dict | LadderLevel) else "ladder-style"


#: A ladder entry: the bare style, or a mapping that says the level's case and weight too.
_LadderEntry = Annotated[
    Annotated[LevelStyle, Tag("ladder-style")] | Annotated[LadderLevel, Tag("ladder-level")],
    Discriminator(_level_tag),
]

Ladder = Annotated[tuple[_LadderEntry, ...], BeforeValidator(_parse_ladder), Field(min_length=1)]


class Addressed(Protocol):
    """A document whose form has Kính gửi (ô 9a): its model carries ``addressees``."""

    @property
    def addressees(self) -> list[str]: ...


#: Optional parts of a form (vanban.registry.Part) that are a field of the model.
_PART_FIELDS = {Part.ADDRESSEES: "addressees", Part.LEGAL_BASES: "legal_bases"}


class Document(Model):
    """Administrative document — văn bản hành chính: the parts every kind shares.

    Issuing body, number and symbol, date, type name and summary, the numbering ladder of the
    body, the archive line, named figures and appendices. :class:`NamedDocument` adds the place
    and date line, the signature and the recipients of a document with a type name (Mẫu 1.4);
    minutes lay those out their own way (Mẫu 1.9).
    """

    #: The kind's declaration (:mod:`vanban.registry`), found from the ``kind`` field's value
    #: when the model class is built; the two below are read from it.
    form: ClassVar[Form]
    #: The type name and code, or None for a kind without one (công văn).
    document_type: ClassVar[DocumentType | None]
    #: The shipped template the kind renders with (``vanban/templates/<name>``).
    template_name: ClassVar[str] = "document.docx"

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        # A kind's model declares its `kind` field; subclasses of it inherit its form.
        if "kind" not in inspect.get_annotations(cls):
            return
        kind = cls.model_fields["kind"].default
        form = FORMS.get(kind) if isinstance(kind, str) else None
        if form is None:
            raise TypeError(f"{cls.__name__}: declare kind {kind!r} in vanban.registry.FORMS")
        for part, name in _PART_FIELDS.items():
            if form.has(part) != (name in cls.model_fields):
                raise TypeError(
                    f"{cls.__name__}: the form of {kind!r} "
                    f"{'has' if form.has(part) else 'has no'} {part.value}, "
                    f"the model {'lacks' if form.has(part) else 'has'} the field {name!r}"
                )
        cls.form = form
        cls.document_type = form.document_type
        cls.template_name = form.template

    issuer: Issuer = Field(title="Cơ quan ban hành (ô 2)")
    """The issuing body, with its parent body and the code used in the symbol."""

    number: DocumentNumber | None = Field(default=None, title="Số (ô 3)")
    """The running number of the year; leave out in a draft for the clerk to fill in."""

    date: IssueDate = Field(title="Thời gian ban hành (ô 4)")
    """Date of issue: YYYY-MM-DD, or YYYY-MM in a draft whose day the clerk fills in."""

    summary: Text = Field(title="Trích yếu nội dung (ô 5a)")
    """One short sentence saying what the document is about."""

    urgency: UrgencyMark | None = Field(default=None, title="Mức độ khẩn (ô 10b)")
    """KHẨN, THƯỢNG KHẨN or HỎA TỐC: the red stamp under the number; a công điện nearly
    always carries one."""

    numbering: Ladder = Field(default=DEFAULT_LADDER, title="Cách đánh số đề mục")
    """Label style per depth, e.g. [I., 1., a), -, +]; deeper levels repeat the last style.

    A level may be a mapping saying its case and weight too:
    ``{style: "1.", case: sentence}`` prints top-level headings as written, not in capitals."""

    archive: list[Text] = Field(default_factory=lambda: ["VT"], min_length=1, title="Lưu")
    """The archive line: "VT" (văn thư) then the drafting unit's code, e.g. [VT, TP]."""

    figures: Figures = Field(default_factory=dict, title="Số liệu")
    """Named numbers, percentages and rates, written into any text as {name}."""

    appendices: list[Appendix] = Field(default_factory=list, title="Phụ lục")
    """Appendices after the signature, each on new pages with its own page numbers."""

    def has_number(self) -> bool:
        """Whether the document carries a number and symbol (ô 3) at all."""
        return True

    @classmethod
    def union_tag(cls, node: Any) -> str | None:
        """The tag of a body node in this kind's union (as pydantic writes it in errors)."""
        return node_kind(node)

    @classmethod
    def body_tags(cls) -> frozenset[str]:
        """The tags of the body nodes this kind takes: "text", "section", … and its own."""
        tags = union_tags(BodyNode)
        body = cls.model_fields.get("body")
        if body is not None:
            for item in typing.get_args(body.annotation):
                tags |= union_tags(item)
        return tags

    def named_values(self) -> dict[str, str] | None:
        """The values ``{name}`` may print in this document's texts, or None when it has none."""
        if not self.figures:
            return None
        values, _ = format_figures(self.figures)
        return values

    @model_validator(mode="after")
    def _need_issuer_code(self) -> Document:
        if self.issuer.code is None and self.has_number():
            raise ValidationError.from_exception_data(
                type(self).__name__,
                [
                    InitErrorDetails(
                        type=custom_error(
                            "issuer_code_missing",
                            N_(
                                "expected the issuing body's abbreviation (UBND), printed in the "
                                'symbol "Số: {symbol}"; only a document that prints no number '
                                "(minutes with numbered: false) may leave it out"
                            ),
                            symbol=f"…/{self.form.code}-UBND" if self.form.code else "…/UBND",
                        ),
                        loc=("issuer", "code"),
                        input=None,
                    )
                ],
            )
        return self

    def absent_values(self) -> dict[str, str | Message]:
        """Placeholders this kind may print but this document cannot, each with the reason."""
        return {}

    @model_validator(mode="after")
    def _fill_figures(self) -> Document:
        errors: list[InitErrorDetails] = []
        if self.figures:
            errors.extend(format_figures(self.figures)[1])
        values = self.named_values()
        if values is not None and not errors:
            errors.extend(
                fill_placeholders(
                    self,
                    values,
                    skip=frozenset({"figures"}),
                    tag_of=self.union_tag,
                    absent=self.absent_values(),
                )
            )
        if errors:
            raise ValidationError.from_exception_data(type(self).__name__, errors)
        return self

    def to_data(self) -> dict[str, Any]:
        """Plain JSON-able data that :func:`vanban.parse` reads back into an equal document."""
        from vanban.models.data import to_data

        return to_data(self)

    def to_yaml(self) -> str:
        """YAML text that :func:`vanban.load_text` reads back into an equal document."""
        from vanban.models.data import to_yaml

        return to_yaml(self)

    def to_docx(self) -> bytes:
        """Render this document to the bytes of a .docx file."""
        from vanban.rendering import render_bytes

        return render_bytes(self)


class NamedDocument(Document):
    """Document with a type name — văn bản có tên loại (Mẫu 1.4): plans, reports.

    Adds the place and date line (ô 4), one signature (ô 7) and the Nơi nhận list (ô 9b).
    """

    place: Text = Field(title="Địa danh (ô 4)", examples=["Đoàn Kết"])
    """Where the issuing body has its seat, as in the date line."""

    signature: Signature = Field(title="Chữ ký (ô 7)")
    """Authority, titles and name of the signer."""

    recipients: list[Text] = Field(title="Nơi nhận (ô 9b)")
    """One recipient or group per line, without the leading "-" or trailing ";". A document
    with Kính gửi may leave it out: Nơi nhận then holds "- Như trên;" and the archive line."""

    @model_validator(mode="before")
    @classmethod
    def _recipients_optional_when_addressed(cls, data: Any) -> Any:
        # Required where the form has no Kính gửi, so that a missing list is reported with
        # the other missing fields; with Kính gửi the after-validator judges an empty list.
        form = getattr(cls, "form", None)
        if (
            isinstance(data, dict)
            and "recipients" not in data
            and form
            and form.has(Part.ADDRESSEES)
        ):
            return {**data, "recipients": []}
        return data

    @model_validator(mode="after")
    def _need_recipients(self) -> NamedDocument:
        if self.recipients:
            return self
        addressed = self.form.has(Part.ADDRESSEES)
        if addressed and getattr(self, "addressees", None):
            return self  # Nơi nhận is "- Như trên;" and "- Lưu: …"
        # A form with Kính gửi says how the list may be left out.
        message = (
            N_(
                "expected at least one recipient (Nơi nhận), or addressees (Kính gửi): with "
                "addressees, recipients may be left out and Nơi nhận is "
                '"- Như trên;" and "- Lưu: …"'
            )
            if addressed
            else N_("expected at least one recipient (Nơi nhận), one per line")
        )
        raise ValidationError.from_exception_data(
            type(self).__name__,
            [
                InitErrorDetails(
                    type=custom_error("recipients_missing", message),
                    loc=("recipients",),
                    input=self.recipients,
                )
            ],
        )

    def body_nodes(self) -> list[BodyNode]:
        """The body as the nodes that are numbered and printed.

        A kind whose body holds other nodes too (a report's usual parts) leaves this to its
        context builder, which knows how they print.
        """
        raise NotImplementedError(f"{type(self).__name__}: its context builder gives its body")


class LegalDocument(NamedDocument):
    """Document with legal bases — văn bản có căn cứ ban hành: plans, reports, decisions.

    Adds the italic lines under the summary (Phụ lục I, II.6.a), one basis per line.
    """

    legal_bases: list[Text] = Field(default_factory=list, title="Căn cứ ban hành")
    """One basis per line: "Căn cứ Luật …", "Xét đề nghị của …"; ";" and the final "." are
    added when missing and never doubled."""
