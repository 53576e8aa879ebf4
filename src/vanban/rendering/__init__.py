"""Rendering: model → context → prepared docxtpl template → deterministic .docx bytes."""

from __future__ import annotations

import datetime as dt
import os
from importlib import resources
from pathlib import Path

from vanban.models.document import Document
from vanban.registry import form_of
from vanban.rendering.context import build_context
from vanban.rendering.engine import prepared
from vanban.rendering.output import write_atomic
from vanban.rendering.packaging import CoreProperties
from vanban.rendering.parts import number_line

__all__ = ["core_properties", "default_template", "render", "render_bytes"]


def default_template(document: Document) -> Path:
    """The template shipped with vanban for a document's kind."""
    name = type(document).template_name
    return Path(str(resources.files("vanban") / "templates" / name))


def core_properties(document: Document) -> CoreProperties:
    """Document properties derived from the content only, so output does not depend on the clock."""
    date = document.date.as_date() or dt.date(document.date.year, document.date.month or 1, 1)
    return CoreProperties(
        title=document.summary,
        subject=form_of(document).term,
        creator=document.issuer.name.replace("\n", " "),
        keywords=number_line(document).removeprefix("Số:").strip(),
        date=date,
    )


def render_bytes(document: Document, *, template: str | os.PathLike[str] | None = None) -> bytes:
    """Render a document to the bytes of a .docx file."""
    path = Path(template) if template is not None else default_template(document)
    return prepared(path).render(build_context(document), core_properties(document))


def render(
    document: Document,
    path: str | os.PathLike[str],
    *,
    template: str | os.PathLike[str] | None = None,
    durable: bool = True,
) -> Path:
    """Render a document into a .docx file, atomically; returns the path written.

    ``durable=False`` leaves flushing the file to disk to the caller (a batch syncs once).
    """
    return write_atomic(path, render_bytes(document, template=template), durable=durable)
