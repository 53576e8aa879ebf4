"""vanban — Vietnamese administrative documents (văn bản hành chính) to Decree 30/2020/NĐ-CP.

>>> import vanban
>>> plan = vanban.load("examples/plan-hoa-giai-doan-ket.yaml")   # doctest: +SKIP
>>> vanban.render(plan, "plan.docx")                               # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vanban.errors import InputError, Issue, OutputError, TemplateError, VanbanError
from vanban.loading import load, load_text, parse
from vanban.models import (
    Authority,
    Document,
    DocumentType,
    IssueDate,
    Issuer,
    Item,
    Paragraph,
    Plan,
    Section,
    Signature,
    Task,
)
from vanban.rendering import render, render_bytes
from vanban.schema import json_schema

if TYPE_CHECKING:
    from vanban.checks import CheckReport

__version__ = "0.1.0"

__all__ = [
    "Authority",
    "Document",
    "DocumentType",
    "InputError",
    "Issue",
    "IssueDate",
    "Issuer",
    "Item",
    "OutputError",
    "Paragraph",
    "Plan",
    "Section",
    "Signature",
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
]


def check(path: Any) -> CheckReport:
    """Check a .docx file against the Decree 30 format rules (``vanban check``)."""
    from vanban.checks import check as _check

    return _check(path)
