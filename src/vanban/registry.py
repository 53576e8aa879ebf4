"""The document kinds vanban renders, by the name used in ``kind:`` and on the command line."""

from __future__ import annotations

from vanban.models.document import Document
from vanban.models.plan import Plan

__all__ = ["KINDS"]

#: kind name → model class.
KINDS: dict[str, type[Document]] = {
    "plan": Plan,
}
