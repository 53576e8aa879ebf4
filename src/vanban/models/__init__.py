"""The document models: validated, NFC-normalised, free of anything Word-specific."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vanban._lazy import lazy_names

if TYPE_CHECKING:
    from vanban.models.appendix import Appendix
    from vanban.models.body import BodyNode, Item, Paragraph, Section, Task
    from vanban.models.document import Document, NamedDocument
    from vanban.models.figures import Figure
    from vanban.models.kinds import DocumentType
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
    from vanban.models.minutes import Minutes
    from vanban.models.parts import Authority, IssueDate, Issuer, Signature
    from vanban.models.period import ReportPeriod
    from vanban.models.plan import Plan
    from vanban.models.report import NextTasks, Proposals, Report, Results, Shortcomings
    from vanban.models.table import Column, ColumnType, Table

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
    "Minutes",
    "NamedDocument",
    "NextTasks",
    "Opinion",
    "Paragraph",
    "Person",
    "Plan",
    "PresentedReport",
    "Proposals",
    "Report",
    "ReportPeriod",
    "Results",
    "Secretary",
    "Section",
    "Shortcomings",
    "Signature",
    "Table",
    "Task",
]

#: Name → defining module, imported on first use (see :mod:`vanban._lazy`).
_SOURCES: dict[str, str] = {
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
    "Minutes": "vanban.models.minutes",
    "NamedDocument": "vanban.models.document",
    "NextTasks": "vanban.models.report",
    "Opinion": "vanban.models.meeting",
    "Paragraph": "vanban.models.body",
    "Person": "vanban.models.meeting",
    "Plan": "vanban.models.plan",
    "PresentedReport": "vanban.models.meeting",
    "Proposals": "vanban.models.report",
    "Report": "vanban.models.report",
    "ReportPeriod": "vanban.models.period",
    "Results": "vanban.models.report",
    "Secretary": "vanban.models.meeting",
    "Section": "vanban.models.body",
    "Shortcomings": "vanban.models.report",
    "Signature": "vanban.models.parts",
    "Table": "vanban.models.table",
    "Task": "vanban.models.body",
}

__getattr__, __dir__ = lazy_names(__name__, _SOURCES)
