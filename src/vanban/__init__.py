"""vanban — Vietnamese administrative documents (văn bản hành chính) to Decree 30/2020/NĐ-CP.

>>> import vanban
>>> plan = vanban.load("examples/plan-hoa-giai-doan-ket.yaml")   # doctest: +SKIP
>>> vanban.render(plan, "plan.docx")                               # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vanban.batch import RenderResult, render_many
    from vanban.checks import CheckReport
    from vanban.errors import InputError, Issue, OutputError, TemplateError, VanbanError
    from vanban.loading import load, load_text, parse
    from vanban.models.appendix import Appendix
    from vanban.models.body import Item, Paragraph, Section, Task
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

#: Public name → the module that defines it. Imported on first use (PEP 562), so that a program
#: — or a one-document ``vanban render`` — builds only the models and machinery it touches.
_LAZY: dict[str, str] = {
    "Answer": "vanban.models.meeting",
    "Appendix": "vanban.models.appendix",
    "Attendee": "vanban.models.meeting",
    "Authority": "vanban.models.parts",
    "Chair": "vanban.models.meeting",
    "ChairRole": "vanban.models.meeting",
    "Column": "vanban.models.table",
    "ColumnType": "vanban.models.table",
    "Discussion": "vanban.models.meeting",
    "Document": "vanban.models.document",
    "DocumentType": "vanban.models.kinds",
    "Figure": "vanban.models.figures",
    "InputError": "vanban.errors",
    "Issue": "vanban.errors",
    "IssueDate": "vanban.models.parts",
    "Issuer": "vanban.models.parts",
    "Item": "vanban.models.body",
    "Minutes": "vanban.models.minutes",
    "NamedDocument": "vanban.models.document",
    "NextTasks": "vanban.models.report",
    "Opinion": "vanban.models.meeting",
    "OutputError": "vanban.errors",
    "Paragraph": "vanban.models.body",
    "Person": "vanban.models.meeting",
    "Plan": "vanban.models.plan",
    "PresentedReport": "vanban.models.meeting",
    "Proposals": "vanban.models.report",
    "RenderResult": "vanban.batch",
    "Report": "vanban.models.report",
    "ReportPeriod": "vanban.models.period",
    "Results": "vanban.models.report",
    "Secretary": "vanban.models.meeting",
    "Section": "vanban.models.body",
    "Shortcomings": "vanban.models.report",
    "Signature": "vanban.models.parts",
    "Table": "vanban.models.table",
    "Task": "vanban.models.body",
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


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'vanban' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def check(path: Any) -> CheckReport:
    """Check a .docx file against the Decree 30 format rules (``vanban check``)."""
    from vanban.checks import check as _check

    return _check(path)
