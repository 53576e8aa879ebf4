"""The document kinds vanban renders, by the name used in ``kind:`` and on the command line."""

from __future__ import annotations

from vanban.models.document import Document
from vanban.models.minutes import Minutes
from vanban.models.plan import Plan
from vanban.models.report import Report

__all__ = ["KINDS"]

#: kind name → model class.
KINDS: dict[str, type[Document]] = {
    "minutes": Minutes,
    "plan": Plan,
    "report": Report,
}
