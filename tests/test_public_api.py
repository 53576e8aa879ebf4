"""The public API is small, sorted and pinned: a change to it is a deliberate change here."""

from __future__ import annotations

import vanban

PUBLIC = [
    "Answer",
    "Appendix",
    "AttachedKind",
    "AttachedText",
    "Attendee",
    "Authority",
    "Chair",
    "ChairRole",
    "Column",
    "ColumnType",
    "Communique",
    "Decision",
    "Directive",
    "Discussion",
    "DispatchSlip",
    "Document",
    "DocumentType",
    "Figure",
    "Guidance",
    "InputError",
    "Introduction",
    "Invitation",
    "Issue",
    "IssueDate",
    "Issuer",
    "Item",
    "LeaveCertificate",
    "Letter",
    "Minutes",
    "MoneyArticle",
    "MoneyLine",
    "NamedDocument",
    "NextTasks",
    "Notice",
    "NotificationSlip",
    "Opinion",
    "OutputError",
    "Paragraph",
    "Party",
    "Person",
    "Plan",
    "PowerOfAttorney",
    "PresentedReport",
    "Programme",
    "Project",
    "Proposal",
    "Proposals",
    "Regulation",
    "RenderResult",
    "Report",
    "ReportPeriod",
    "Resolution",
    "Results",
    "Rule",
    "Scheme",
    "Secretary",
    "Section",
    "Shortcomings",
    "Signature",
    "Submission",
    "Table",
    "Task",
    "Telegram",
    "TemplateError",
    "TransferSlip",
    "VanbanError",
    "__version__",
    "check",
    "json_schema",
    "language",
    "load",
    "load_text",
    "parse",
    "render",
    "render_bytes",
    "render_many",
]


def test_all_is_pinned_and_sorted() -> None:
    assert vanban.__all__ == PUBLIC
    assert vanban.__all__ == sorted(vanban.__all__)


def test_every_name_exists() -> None:
    for name in vanban.__all__:
        assert hasattr(vanban, name), name


def test_to_docx_is_render_bytes() -> None:
    from .conftest import PLAN_EXAMPLE

    plan = vanban.load(PLAN_EXAMPLE)
    assert plan.to_docx() == vanban.render_bytes(plan)
