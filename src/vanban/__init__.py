"""vanban — Vietnamese administrative documents (văn bản hành chính) to Decree 30/2020/NĐ-CP.

>>> import vanban
>>> plan = vanban.load("examples/plan-hoa-giai-doan-ket.yaml")   # doctest: +SKIP
>>> vanban.render(plan, "plan.docx")                               # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vanban import models as _models  # names only: its models load on first use
from vanban._lazy import lazy_names

if TYPE_CHECKING:
    from vanban.batch import RenderResult, render_many
    from vanban.checks import CheckReport
    from vanban.errors import InputError, Issue, OutputError, TemplateError, VanbanError
    from vanban.loading import load, load_text, parse
    from vanban.models import (
        Answer,
        Appendix,
        Attendee,
        Authority,
        Chair,
        ChairRole,
        Column,
        ColumnType,
        Discussion,
        Document,
        DocumentType,
        Figure,
        IssueDate,
        Issuer,
        Item,
        Minutes,
        NamedDocument,
        NextTasks,
        Opinion,
        Paragraph,
        Person,
        Plan,
        PresentedReport,
        Proposals,
        Report,
        ReportPeriod,
        Results,
        Secretary,
        Section,
        Shortcomings,
        Signature,
        Table,
        Task,
    )
    from vanban.rendering import render, render_bytes
    from vanban.schema import json_schema

__version__ = "0.1.0"

__all__ = [
    "Answer",
    "Appendix",
    "Attendee",
    "Authority",
    "Chair",
    "ChairRole",
    "Column",
    "ColumnType",
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
    "NamedDocument",
    "NextTasks",
    "Opinion",
    "OutputError",
    "Paragraph",
    "Person",
    "Plan",
    "PresentedReport",
    "Proposals",
    "RenderResult",
    "Report",
    "ReportPeriod",
    "Results",
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

#: Public name → the module that defines it, imported on first use (see :mod:`vanban._lazy`);
#: the models through :mod:`vanban.models`, which imports each from its own module.
_SOURCES: dict[str, str] = {
    **{name: "vanban.models" for name in _models.__all__ if name in __all__},
    "InputError": "vanban.errors",
    "Issue": "vanban.errors",
    "OutputError": "vanban.errors",
    "RenderResult": "vanban.batch",
    "TemplateError": "vanban.errors",
    "VanbanError": "vanban.errors",
    "json_schema": "vanban.schema",
    "load": "vanban.loading",
    "load_text": "vanban.loading",
    "parse": "vanban.loading",
    "render": "vanban.rendering",
    "render_bytes": "vanban.rendering",
    "render_many": "vanban.batch",
}

__getattr__, __dir__ = lazy_names(__name__, _SOURCES)


def check(path: Any) -> CheckReport:
    """Check a .docx file against the Decree 30 format rules (``vanban check``)."""
    from vanban.checks import check as _check

    return _check(path)
