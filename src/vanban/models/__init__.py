"""The document models: validated, NFC-normalised, free of anything Word-specific."""

from vanban.models.body import BodyNode, Item, Paragraph, Section, Task
from vanban.models.document import Document
from vanban.models.kinds import DocumentType
from vanban.models.parts import Authority, IssueDate, Issuer, Signature
from vanban.models.plan import Plan

__all__ = [
    "Authority",
    "BodyNode",
    "Document",
    "DocumentType",
    "IssueDate",
    "Issuer",
    "Item",
    "Paragraph",
    "Plan",
    "Section",
    "Signature",
    "Task",
]
