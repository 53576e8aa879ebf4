"""The document models: validated, NFC-normalised, free of anything Word-specific."""

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
