"""Quy chế and Quy định (Mẫu 1.4): chapters and articles numbered on through them."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest

import vanban
from vanban import InputError
from vanban.checks import check
from vanban.loading import read_data

EXAMPLE = Path(__file__).parent.parent / "examples" / "regulation-hoa-giai-an-thinh-2026.yaml"


def _data(**changes: Any) -> dict[str, Any]:
    return {**read_data(EXAMPLE)[0], **changes}


def _texts(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs if p.text.strip()]


def test_two_chapters_six_articles_without_labels() -> None:
    data = vanban.render_bytes(vanban.parse(_data()))
    texts = _texts(data)
    assert [t for t in texts if t.startswith("Chương")] == ["Chương I", "Chương II"]
    articles = [t.split(".")[0] for t in texts if t.startswith("Điều ")]
    assert articles == [f"Điều {n}" for n in range(1, 7)]
    assert texts[texts.index("Chương II") + 1] == "NỘI DUNG VÀ TRÁCH NHIỆM PHỐI HỢP"
    assert "QUY CHẾ" in texts
    report = check(data)
    assert report.ok, report.to_text()


def test_a_rule_is_quy_dinh_with_its_code() -> None:
    data = vanban.render_bytes(vanban.parse(_data(kind="rule")))
    document = docx.Document(io.BytesIO(data))
    cells = [p.text for t in document.tables for c in t._cells for p in c.paragraphs]
    assert "Số: 02/QyĐ-UBND" in cells
    assert "QUY ĐỊNH" in _texts(data)
    assert check(data).ok


def test_numbering_without_articles_is_refused() -> None:
    with pytest.raises(InputError) as info:
        vanban.parse(_data(numbering=["Chương I", "1.", "a)"]))
    assert info.value.issues[0].code == "regulation_articles"
    assert "quy chế" in info.value.issues[0].message
