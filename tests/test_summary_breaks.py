"""A summary (trích yếu) that wraps never breaks inside the name of an administrative unit."""

from __future__ import annotations

import vanban

from .conftest import EXAMPLES
from .docx_read import open_docx
from .samples import report


def _paragraph(document: object, start: str) -> str:
    texts = [p.text for p in document.paragraphs]  # type: ignore[attr-defined]
    return next(t for t in texts if t.replace("\xa0", " ").startswith(start))


def test_a_summary_keeps_the_unit_and_its_name_together() -> None:
    summary = "Kết quả công tác hòa giải ở cơ sở năm 2026 trên địa bàn xã An Thịnh"
    document = open_docx(vanban.render_bytes(vanban.parse(report(summary=summary))))
    printed = _paragraph(document, "Kết quả công tác")
    assert printed.endswith("trên địa bàn xã\xa0An\xa0Thịnh")
    assert printed.replace("\xa0", " ") == summary  # only the spaces inside the name change


def test_a_letters_subject_keeps_the_unit_together() -> None:
    letter = vanban.load(EXAMPLES / "letter-cong-van-hoa-giai-so-tu-phap-quang-ninh-2026.yaml")
    letter = letter.model_copy(update={"summary": "hướng dẫn hòa giải tại phường Hồng Gai"})
    document = open_docx(vanban.render_bytes(letter))
    lines = [
        line
        for t in document.tables
        for r in t.rows
        for c in r.cells
        for line in c.text.split("\n")
    ]
    assert "V/v hướng dẫn hòa giải tại phường\xa0Hồng\xa0Gai" in lines
