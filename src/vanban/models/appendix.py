"""Appendix — phụ lục (Phụ lục I, mục III.1): a title and a body printed after the signature.

Each appendix starts a new page and numbers its pages from 1. Its heading is "Phụ lục" alone when
the document has one appendix and "Phụ lục I", "Phụ lục II" … when it has several; under the
title comes the italic line "(Kèm theo Báo cáo số …/BC-UBND ngày … của …)" built from the
document, unless ``reference`` gives it. The main text must mention every appendix.
"""

from __future__ import annotations

from pydantic import Field

from vanban.models.base import Model, Text
from vanban.models.body import BodyNode

__all__ = ["Appendix"]


class Appendix(Model):
    """Appendix — phụ lục: its title and its body (paragraphs, sections, tables)."""

    title: Text = Field(title="Tên phụ lục")
    """The title, printed in capitals, bold, centred."""

    body: list[BodyNode] = Field(min_length=1, title="Nội dung phụ lục")
    """Paragraphs, sections, items and tables, numbered like the main body."""

    label: Text | None = Field(default=None, title="Số phụ lục (tự đặt)")
    """A heading replacing the computed "Phụ lục I"; rarely needed."""

    reference: Text | None = Field(default=None, title="Dòng (Kèm theo …) (tự đặt)")
    """The reference line in full, replacing the one built from the document."""
