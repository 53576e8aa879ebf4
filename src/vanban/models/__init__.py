"""The document models: validated, NFC-normalised, free of anything Word-specific."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vanban._lazy import lazy_names
from vanban.registry import FORMS

if TYPE_CHECKING:
    # A kind's names are imported "as" themselves: __all__ adds them from the kinds'
    # declarations, which a type checker cannot read.
    from vanban.models.appendix import Appendix
    from vanban.models.body import BodyNode, Item, Paragraph, Section, Task
    from vanban.models.communique import Communique as Communique
    from vanban.models.directive import Directive as Directive
    from vanban.models.dispatch_slip import DispatchSlip as DispatchSlip
    from vanban.models.document import Document, NamedDocument
    from vanban.models.figures import Figure
    from vanban.models.guidance import Guidance as Guidance
    from vanban.models.introduction import Introduction as Introduction
    from vanban.models.invitation import Invitation as Invitation
    from vanban.models.kinds import DocumentType
    from vanban.models.leave import LeaveCertificate as LeaveCertificate
    from vanban.models.letter import Letter as Letter
    from vanban.models.meeting import (
        Answer,
        Attendee,
        Chair,
        ChairRole,
        Discussion,
        Opinion,
        Person,
        PresentedReport,
        Secretary,
    )
    from vanban.models.minutes import Minutes as Minutes
    from vanban.models.notice import Notice as Notice
    from vanban.models.notification_slip import NotificationSlip as NotificationSlip
    from vanban.models.parts import Authority, IssueDate, Issuer, Signature
    from vanban.models.period import ReportPeriod
    from vanban.models.plan import Plan as Plan
    from vanban.models.power_of_attorney import Party as Party
    from vanban.models.power_of_attorney import PowerOfAttorney as PowerOfAttorney
    from vanban.models.programme import Programme as Programme
    from vanban.models.project import Project as Project
    from vanban.models.proposal import Proposal as Proposal
    from vanban.models.report import NextTasks as NextTasks
    from vanban.models.report import Proposals as Proposals
    from vanban.models.report import Report as Report
    from vanban.models.report import Results as Results
    from vanban.models.report import Shortcomings as Shortcomings
    from vanban.models.scheme import Scheme as Scheme
    from vanban.models.submission import Submission as Submission
    from vanban.models.table import Column, ColumnType, Table
    from vanban.models.telegram import Telegram as Telegram
    from vanban.models.transfer_slip import TransferSlip as TransferSlip

#: The names shared by every kind; each kind's model and its further public names are added
#: from its declaration (vanban.registry.FORMS).
__all__ = [
    "Answer",
    "Appendix",
    "Attendee",
    "Authority",
    "BodyNode",
    "Chair",
    "ChairRole",
    "Column",
    "ColumnType",
    "Discussion",
    "Document",
    "DocumentType",
    "Figure",
    "IssueDate",
    "Issuer",
    "Item",
    "NamedDocument",
    "Opinion",
    "Paragraph",
    "Person",
    "PresentedReport",
    "ReportPeriod",
    "Secretary",
    "Section",
    "Signature",
    "Table",
    "Task",
]

#: Name → defining module, imported on first use (see :mod:`vanban._lazy`).
_SOURCES: dict[str, str] = {
    **{name: form.module for form in FORMS.values() for name in (form.model_name, *form.public)},
    "Answer": "vanban.models.meeting",
    "Appendix": "vanban.models.appendix",
    "Attendee": "vanban.models.meeting",
    "Authority": "vanban.models.parts",
    "BodyNode": "vanban.models.body",
    "Chair": "vanban.models.meeting",
    "ChairRole": "vanban.models.meeting",
    "Column": "vanban.models.table",
    "ColumnType": "vanban.models.table",
    "Discussion": "vanban.models.meeting",
    "Document": "vanban.models.document",
    "DocumentType": "vanban.models.kinds",
    "Figure": "vanban.models.figures",
    "IssueDate": "vanban.models.parts",
    "Issuer": "vanban.models.parts",
    "Item": "vanban.models.body",
    "NamedDocument": "vanban.models.document",
    "Opinion": "vanban.models.meeting",
    "Paragraph": "vanban.models.body",
    "Person": "vanban.models.meeting",
    "PresentedReport": "vanban.models.meeting",
    "ReportPeriod": "vanban.models.period",
    "Secretary": "vanban.models.meeting",
    "Section": "vanban.models.body",
    "Signature": "vanban.models.parts",
    "Table": "vanban.models.table",
    "Task": "vanban.models.body",
}

__all__ += [name for name in _SOURCES if name not in __all__]
__all__.sort()

__getattr__, __dir__ = lazy_names(__name__, _SOURCES)
