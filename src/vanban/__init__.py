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
    from vanban.i18n import language
    from vanban.loading import load, load_text, parse

    # Imported 'as' themselves, re-exported for type checkers: __all__ is computed.
    from vanban.models import Answer as Answer
    from vanban.models import Appendix as Appendix
    from vanban.models import Attendee as Attendee
    from vanban.models import Authority as Authority
    from vanban.models import Chair as Chair
    from vanban.models import ChairRole as ChairRole
    from vanban.models import Column as Column
    from vanban.models import ColumnType as ColumnType
    from vanban.models import Communique as Communique
    from vanban.models import Directive as Directive
    from vanban.models import Discussion as Discussion
    from vanban.models import DispatchSlip as DispatchSlip
    from vanban.models import Document as Document
    from vanban.models import DocumentType as DocumentType
    from vanban.models import Figure as Figure
    from vanban.models import Guidance as Guidance
    from vanban.models import Introduction as Introduction
    from vanban.models import Invitation as Invitation
    from vanban.models import IssueDate as IssueDate
    from vanban.models import Issuer as Issuer
    from vanban.models import Item as Item
    from vanban.models import LeaveCertificate as LeaveCertificate
    from vanban.models import Letter as Letter
    from vanban.models import Minutes as Minutes
    from vanban.models import NamedDocument as NamedDocument
    from vanban.models import NextTasks as NextTasks
    from vanban.models import Notice as Notice
    from vanban.models import NotificationSlip as NotificationSlip
    from vanban.models import Opinion as Opinion
    from vanban.models import Paragraph as Paragraph
    from vanban.models import Party as Party
    from vanban.models import Person as Person
    from vanban.models import Plan as Plan
    from vanban.models import PowerOfAttorney as PowerOfAttorney
    from vanban.models import PresentedReport as PresentedReport
    from vanban.models import Programme as Programme
    from vanban.models import Project as Project
    from vanban.models import Proposal as Proposal
    from vanban.models import Proposals as Proposals
    from vanban.models import Report as Report
    from vanban.models import ReportPeriod as ReportPeriod
    from vanban.models import Results as Results
    from vanban.models import Scheme as Scheme
    from vanban.models import Secretary as Secretary
    from vanban.models import Section as Section
    from vanban.models import Shortcomings as Shortcomings
    from vanban.models import Signature as Signature
    from vanban.models import Submission as Submission
    from vanban.models import Table as Table
    from vanban.models import Task as Task
    from vanban.models import Telegram as Telegram
    from vanban.models import TransferSlip as TransferSlip
    from vanban.rendering import render, render_bytes
    from vanban.schema import json_schema

__version__ = "0.1.0"

#: The models' names (each kind's from its declaration, vanban.registry.FORMS) and the
#: functions and errors; sorted, and pinned by tests/test_public_api.py.
__all__ = [
    "InputError",
    "Issue",
    "OutputError",
    "RenderResult",
    "TemplateError",
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
__all__ += [name for name in _models.__all__ if name != "BodyNode"]
__all__.sort()

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
    "language": "vanban.i18n",
    "load": "vanban.loading",
    "load_text": "vanban.loading",
    "parse": "vanban.loading",
    "render": "vanban.rendering",
    "render_bytes": "vanban.rendering",
    "render_many": "vanban.batch",
}

__getattr__, __dir__ = lazy_names(__name__, _SOURCES)


def check(path: Any, *, lang: str | None = None) -> CheckReport:
    """Check a .docx file against the Decree 30 format rules (``vanban check``); ``lang``
    ("vi", "en") is the language of the findings' messages."""
    from vanban.checks import check as _check

    return _check(path, lang=lang)
