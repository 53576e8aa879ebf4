"""Reading rendered documents back in tests: text in reading order, and where things are."""

from __future__ import annotations

import io
import re

import docx
from docx.document import Document as DocxDocument
from docx.table import Table
from docx.text.paragraph import Paragraph


def open_docx(data: bytes) -> DocxDocument:
    return docx.Document(io.BytesIO(data))


def paragraphs(document: DocxDocument) -> list[Paragraph]:
    """Every paragraph in reading order, table cells row by row, left to right."""
    out: list[Paragraph] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    out.extend(cell.paragraphs)
        else:
            out.append(block)
    return out


def full_text(document: DocxDocument) -> str:
    """All text in reading order, whitespace collapsed to single spaces."""
    return collapse(" ".join(p.text for p in paragraphs(document)))


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def find(document: DocxDocument, text: str) -> Paragraph:
    for paragraph in paragraphs(document):
        if paragraph.text == text:
            return paragraph
    raise AssertionError(f"no paragraph reads {text!r}")
