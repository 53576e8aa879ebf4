"""Kết xuất văn bản (document dump): any .docx as canonical, reviewable text, and what changed.

>>> from vanban.dump import diff_docx, dump_docx          # doctest: +SKIP
>>> print(dump_docx("ke-hoach.docx"))                      # doctest: +SKIP
>>> diff_docx("old.docx", "new.docx")                      # doctest: +SKIP
["section 1: left margin 30 mm → 25 mm", "paragraph 3 'KẾ HOẠCH': bold true → false"]

The flow, one module per step::

    reader   .docx → records (model)         what a reader of the printed page sees
    text     records ⇄ canonical text         the snapshot format, parsed back for diffing
    diff     records × records → change lines "paragraph 12 'KẾ HOẠCH': bold true → false"

``vanban dump FILE.docx`` prints ``dump_docx``; the ``docx_regression`` pytest fixture keeps it
as a snapshot next to the test.
"""

from __future__ import annotations

from vanban.dump.diff import diff_dumps
from vanban.dump.model import DocumentDump
from vanban.dump.reader import DocxSource, read_docx
from vanban.dump.text import DumpFormatError, format_dump, parse_dump

__all__ = [
    "DocumentDump",
    "DocxSource",
    "DumpFormatError",
    "diff_docx",
    "diff_dumps",
    "dump_docx",
    "format_dump",
    "parse_dump",
    "read_docx",
]


def dump_docx(source: DocxSource) -> str:
    """Bản kết xuất (the canonical text dump) of a .docx given as a path, bytes or file object.

    The same document gives the same text on every run and machine. A file that is missing or
    not a .docx raises ``vanban.errors.InputError``.
    """
    return format_dump(read_docx(source))


def diff_docx(old: DocxSource, new: DocxSource, *, lang: str | None = None) -> list[str]:
    """What changed from ``old`` to ``new``, one readable line per change (empty: nothing);
    ``lang`` ("vi", "en") is the language of the lines."""
    return diff_dumps(read_docx(old), read_docx(new), lang=lang)
