"""The document kinds vanban renders — one declaration (:class:`Form`) per kind.

Everything that makes a kind that kind is declared here, once: its name in ``kind:``, its model,
the sample form of Phụ lục III it follows, its type name and code (none for a công văn), its
template, the function that builds its template context, the optional parts it has, and the
format profile (:class:`Profile`) it belongs to. The YAML loader, the JSON Schema command, the
CLI help, the public API and the tests that iterate over kinds read these declarations.

The declarations name modules and functions as strings, so that looking a kind up imports
nothing: a plan render never builds the minutes or report models.

>>> FORMS["plan"].sample, FORMS["plan"].term, FORMS["plan"].model_name
('1.4', 'Kế hoạch', 'Plan')
>>> Part.ADDRESSEES in FORMS["report"].parts, Part.ADDRESSEES in FORMS["plan"].parts
(True, False)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from vanban import nd30
from vanban.nd30 import DocumentType

if TYPE_CHECKING:
    from vanban.models.document import Document

__all__ = [
    "FORMS",
    "KINDS",
    "STATE",
    "Form",
    "Part",
    "Profile",
    "form_of",
    "kind_list",
    "resolve_kind",
    "slugify",
]


@dataclass(frozen=True)
class Profile:
    """Format profile — thể thức: the frame a family of documents shares.

    Administrative documents of the State follow Decree 30 (:data:`STATE`). Another family —
    Party documents, with "ĐẢNG CỘNG SẢN VIỆT NAM" in place of the national name and motto,
    "Số 05-NQ/ĐU" without a colon, T/M and K/T — is another profile: its data here, its
    templates beside the others, and forms that name it.
    """

    name: str
    #: The national name and the motto (ô 1), or the line that replaces them.
    national_name: str
    motto: str | None
    #: The number and symbol (ô 3), from the number, the type code and the issuer's code:
    #: "Số: {number}/{code}-{issuer}" ("Số: 05/KH-UBND"); Party documents write
    #: "Số {number}-{code}/{issuer}" ("Số 05-NQ/ĐU").
    number_format: str
    #: The same for a kind without a type code (công văn): "Số: {number}/{issuer}".
    number_format_untyped: str
    #: The signing words (TM., KT. …) by their key.
    signing_words: Mapping[str, str]

    @property
    def number_label(self) -> str:
        """What stands before the number: "Số: "."""
        return self.number_format.partition("{number}")[0]


#: Administrative documents under Decree 30/2020/NĐ-CP — văn bản hành chính.
STATE = Profile(
    name="state",
    national_name=nd30.NATIONAL_NAME,
    motto=nd30.MOTTO,
    number_format="Số: {number}/{code}-{issuer}",
    number_format_untyped="Số: {number}/{issuer}",
    signing_words=nd30.SIGNING_WORDS,
)


class Part(StrEnum):
    """An optional part of the frame of Phụ lục III — thành phần thể thức, on or off per form."""

    DATE_LINE = "date_line"
    """Địa danh và thời gian ban hành (ô 4) in the header; minutes date their body instead."""
    ADDRESSEES = "addressees"
    """Kính gửi (ô 9a): the bodies the document is addressed to; Nơi nhận starts "- Như trên;"."""
    LEGAL_BASES = "legal_bases"
    """Căn cứ ban hành: the italic lines under the summary."""
    PROMULGATION = "promulgation"
    """The centred promulgation line: "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"."""
    ARTICLES = "articles"
    """Điều 1., Điều 2. … in the body."""
    APPENDICES = "appendices"
    """Phụ lục after the signature, each on new pages."""
    RECIPIENTS = "recipients"
    """Nơi nhận (ô 9b) in the closing block."""
    TWO_SIGNERS = "two_signers"
    """Two signatures side by side (the secretary and the chair of minutes)."""


def _import(path: str) -> Any:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


@dataclass(frozen=True)
class Form:
    """A document kind, declared once — mẫu trình bày văn bản (Phụ lục III).

    ``model`` and ``context`` are "module:name" paths, imported on first use.
    """

    kind: str
    """The name in ``kind:`` and on the command line: "plan"."""
    model: str
    """The pydantic model: "vanban.models.plan:Plan"."""
    sample: str
    """The sample form of Phụ lục III it follows: "1.4"."""
    document_type: DocumentType | None
    """Its type name and code; None for a công văn, which has neither."""
    context: str
    """The function building its template context from a model."""
    template: str = "document.docx"
    """The shipped template (``vanban/templates/<name>``)."""
    parts: frozenset[Part] = frozenset()
    """The optional parts it has."""
    profile: Profile = STATE
    """The family of documents whose frame it uses."""
    public: tuple[str, ...] = ()
    """Further public names its model module defines (beside the model itself)."""
    term_override: str | None = field(default=None, repr=False)
    """The kind's name in a sentence when it has no type ("Công văn")."""

    @property
    def slug(self) -> str:
        """The kind's Vietnamese name as a command word, accents dropped: "ke-hoach".

        >>> FORMS["plan"].slug, FORMS["minutes"].slug
        ('ke-hoach', 'bien-ban')
        """
        return slugify(self.term)

    @property
    def module(self) -> str:
        """The module that defines the model."""
        return self.model.partition(":")[0]

    @property
    def model_name(self) -> str:
        """The model's class name: "Plan"."""
        return self.model.partition(":")[2]

    @property
    def term(self) -> str:
        """The kind's name in a sentence: "Kế hoạch" ("Kèm theo Kế hoạch số …")."""
        if self.term_override is not None:
            return self.term_override
        assert self.document_type is not None, f"{self.kind}: a form without a type needs a term"
        return self.document_type.term

    @property
    def code(self) -> str | None:
        """The type code in the symbol ("KH"), or None: "Số: 152/UBND-VP"."""
        return self.document_type.code if self.document_type is not None else None

    @property
    def heading(self) -> str:
        """The type name as printed (ô 5a): "KẾ HOẠCH", or "" when it has none."""
        return self.document_type.heading if self.document_type is not None else ""

    def has(self, part: Part) -> bool:
        """Whether the form has an optional part."""
        return part in self.parts

    def load_model(self) -> type[Document]:
        """The model class (its module imported on first use)."""
        model: type[Document] = _import(self.model)
        return model

    def load_context(self) -> Callable[[Any], dict[str, Any]]:
        """The function building the template context."""
        builder: Callable[[Any], dict[str, Any]] = _import(self.context)
        return builder


_NAMED = "vanban.rendering.context:named_context"
_DOCUMENT = frozenset({Part.DATE_LINE, Part.RECIPIENTS, Part.APPENDICES})
#: A document on Mẫu 1.4 that may open with legal bases (plans, reports, notices).
_BASED = _DOCUMENT | {Part.LEGAL_BASES}

#: kind → its declaration, in the order the CLI lists them.
FORMS: Mapping[str, Form] = MappingProxyType(
    {
        form.kind: form
        for form in (
            Form(
                kind="decision",
                model="vanban.models.decision:Decision",
                sample="1.2",
                document_type=DocumentType.DECISION,
                context="vanban.rendering.decision_context:decision_context",
                parts=_BASED | {Part.PROMULGATION, Part.ARTICLES},
                public=("AttachedKind", "AttachedText"),  # Mẫu 1.3: the text it issues
            ),
            Form(
                kind="minutes",
                model="vanban.models.minutes:Minutes",
                sample="1.9",
                document_type=DocumentType.MINUTES,
                template="minutes.docx",
                context="vanban.rendering.minutes_context:minutes_context",
                parts=frozenset({Part.TWO_SIGNERS, Part.RECIPIENTS, Part.APPENDICES}),
            ),
            Form(
                kind="notice",
                model="vanban.models.notice:Notice",
                sample="1.4",
                document_type=DocumentType.NOTICE,
                context=_NAMED,
                parts=_BASED,
            ),
            Form(
                kind="plan",
                model="vanban.models.plan:Plan",
                sample="1.4",
                document_type=DocumentType.PLAN,
                context=_NAMED,
                parts=_BASED,
            ),
            Form(
                kind="regulation",
                model="vanban.models.regulation:Regulation",
                sample="1.4",
                document_type=DocumentType.REGULATION,
                context=_NAMED,
                parts=_BASED | {Part.ARTICLES},
            ),
            Form(
                kind="report",
                model="vanban.models.report:Report",
                sample="1.4",
                document_type=DocumentType.REPORT,
                context="vanban.rendering.report_context:report_context",
                parts=_BASED | {Part.ADDRESSEES},
                public=("NextTasks", "Proposals", "Results", "Shortcomings"),
            ),
            # Letters and short forms (issue 16).
            Form(
                kind="letter",
                model="vanban.models.letter:Letter",
                sample="1.5",
                document_type=None,
                template="letter.docx",
                context="vanban.rendering.letter_context:letter_context",
                parts=_DOCUMENT | {Part.ADDRESSEES},
                term_override="Công văn",
            ),
            Form(
                kind="invitation",
                model="vanban.models.invitation:Invitation",
                sample="1.7",
                document_type=DocumentType.INVITATION,
                context="vanban.rendering.invitation_context:invitation_context",
                parts=_DOCUMENT,
            ),
            Form(
                kind="introduction",
                model="vanban.models.introduction:Introduction",
                sample="1.8",
                document_type=DocumentType.INTRODUCTION,
                context="vanban.rendering.introduction_context:introduction_context",
                parts=_DOCUMENT,
            ),
            Form(
                kind="telegram",
                model="vanban.models.telegram:Telegram",
                sample="1.6",
                document_type=DocumentType.TELEGRAM,
                template="telegram.docx",
                context="vanban.rendering.telegram_context:telegram_context",
                parts=_DOCUMENT,
            ),
            Form(
                kind="leave",
                model="vanban.models.leave:LeaveCertificate",
                sample="1.10",
                document_type=DocumentType.LEAVE,
                template="leave.docx",
                context="vanban.rendering.leave_context:leave_context",
                parts=_DOCUMENT,
            ),
            # The other types Mẫu 1.4 serves.
            Form(
                kind="power_of_attorney",
                model="vanban.models.power_of_attorney:PowerOfAttorney",
                sample="1.4",
                document_type=DocumentType.POWER_OF_ATTORNEY,
                template="power_of_attorney.docx",
                context="vanban.rendering.power_of_attorney_context:power_of_attorney_context",
                parts=_BASED | {Part.TWO_SIGNERS},
                public=("Party",),
            ),
            Form(
                kind="submission",
                model="vanban.models.submission:Submission",
                sample="1.4",
                document_type=DocumentType.SUBMISSION,
                context="vanban.rendering.submission_context:submission_context",
                parts=_DOCUMENT | {Part.ADDRESSEES},
            ),
            Form(
                kind="directive",
                model="vanban.models.directive:Directive",
                sample="1.4",
                document_type=DocumentType.DIRECTIVE,
                context=_NAMED,
                parts=_DOCUMENT,
            ),
            Form(
                kind="communique",
                model="vanban.models.communique:Communique",
                sample="1.4",
                document_type=DocumentType.COMMUNIQUE,
                context=_NAMED,
                parts=_DOCUMENT,
            ),
            Form(
                kind="guidance",
                model="vanban.models.guidance:Guidance",
                sample="1.4",
                document_type=DocumentType.GUIDANCE,
                context=_NAMED,
                parts=_DOCUMENT,
            ),
            Form(
                kind="programme",
                model="vanban.models.programme:Programme",
                sample="1.4",
                document_type=DocumentType.PROGRAMME,
                context=_NAMED,
                parts=_DOCUMENT,
            ),
            Form(
                kind="scheme",
                model="vanban.models.scheme:Scheme",
                sample="1.4",
                document_type=DocumentType.SCHEME,
                context=_NAMED,
                parts=_DOCUMENT,
            ),
            Form(
                kind="proposal",
                model="vanban.models.proposal:Proposal",
                sample="1.4",
                document_type=DocumentType.PROPOSAL,
                context=_NAMED,
                parts=_DOCUMENT,
            ),
            Form(
                kind="project",
                model="vanban.models.project:Project",
                sample="1.4",
                document_type=DocumentType.PROJECT,
                context=_NAMED,
                parts=_DOCUMENT,
            ),
            Form(
                kind="dispatch_slip",
                model="vanban.models.dispatch_slip:DispatchSlip",
                sample="1.4",
                document_type=DocumentType.DISPATCH_SLIP,
                context=_NAMED,
                parts=_DOCUMENT,
            ),
            Form(
                kind="transfer_slip",
                model="vanban.models.transfer_slip:TransferSlip",
                sample="1.4",
                document_type=DocumentType.TRANSFER_SLIP,
                context=_NAMED,
                parts=_DOCUMENT,
            ),
            Form(
                kind="notification_slip",
                model="vanban.models.notification_slip:NotificationSlip",
                sample="1.4",
                document_type=DocumentType.NOTIFICATION_SLIP,
                context=_NAMED,
                parts=_DOCUMENT,
            ),
            Form(
                kind="resolution",
                model="vanban.models.resolution:Resolution",
                sample="1.1",
                document_type=DocumentType.RESOLUTION,
                context="vanban.rendering.decision_context:resolution_context",
                parts=_BASED | {Part.PROMULGATION, Part.ARTICLES},
                public=("MoneyArticle", "MoneyLine"),
            ),
            Form(
                kind="rule",
                model="vanban.models.regulation:Rule",
                sample="1.4",
                document_type=DocumentType.RULE,
                context=_NAMED,
                parts=_BASED | {Part.ARTICLES},
            ),
        )
    }
)


def form_of(document: Document | type[Document]) -> Form:
    """The declaration of a document's kind."""
    model = document if isinstance(document, type) else type(document)
    return model.form


def slugify(term: str) -> str:
    """A Vietnamese term as an ASCII command word: "Kế hoạch" → "ke-hoach", "Đề án" → "de-an".

    >>> slugify("Giấy nghỉ phép"), slugify("Công điện")
    ('giay-nghi-phep', 'cong-dien')
    """
    import unicodedata

    plain = unicodedata.normalize("NFD", term.replace("đ", "d").replace("Đ", "D"))
    letters = "".join(c for c in plain if not unicodedata.combining(c))
    return "-".join(letters.lower().split())


def resolve_kind(name: str) -> str | None:
    """The kind a user named, by its ``kind:`` name or its Vietnamese name ("ke-hoach")."""
    if name in FORMS:
        return name
    wanted = slugify(name)
    return next((kind for kind, form in FORMS.items() if form.slug == wanted), None)


def kind_list() -> str:
    """The kinds for a help text: "minutes, plan or report"."""
    names = sorted(FORMS)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


class _Kinds(Mapping[str, "type[Document]"]):
    """A read-only mapping kind name → model class that imports a kind on first lookup."""

    def __getitem__(self, kind: str) -> type[Document]:
        return FORMS[kind].load_model()

    def __iter__(self) -> Iterator[str]:
        return iter(FORMS)

    def __len__(self) -> int:
        return len(FORMS)

    def __contains__(self, kind: object) -> bool:
        return isinstance(kind, str) and kind in FORMS

    def __repr__(self) -> str:
        return f"KINDS({', '.join(FORMS)})"


#: kind name → model class.
KINDS: Mapping[str, type[Document]] = _Kinds()
