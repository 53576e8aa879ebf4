"""The public API is small, sorted and pinned: a change to it is a deliberate change here."""

from __future__ import annotations

import vanban

PUBLIC = [
    "Answer",
    "Appendix",
    "Attendee",
    "Authority",
    "Chair",
    "ChairRole",
    "Column",
    "ColumnType",
    "Decision",
    "Discussion",
    "Document",
    "DocumentType",
    "Figure",
    "InputError",
    "Issue",
    "IssueDate",
    "Issuer",
    "Item",
    "Minutes",
    "MoneyArticle",
    "MoneyLine",
    "NamedDocument",
    "NextTasks",
    "Notice",
    "Opinion",
    "OutputError",
    "Paragraph",
    "Person",
    "Plan",
    "PresentedReport",
    "Proposals",
    "Regulation",
    "RenderResult",
    "Report",
    "ReportPeriod",
    "Resolution",
    "Results",
    "Rule",
    "Secretary",
    "Section",
    "Shortcomings",
    "Signature",
    "Table",
    "Task",
    "TemplateError",
    "VanbanError",
    "__version__",
    "check",
    "json_schema",
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
