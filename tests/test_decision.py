"""Decisions (Quyết định, Mẫu 1.2): the authority line, "QUYẾT ĐỊNH:", derived articles."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

import vanban
from vanban import InputError
from vanban.checks import check
from vanban.loading import read_data

from .checks.conftest import build_standin, open_docx, paragraph_with, save, set_text

EXAMPLES = Path(__file__).parent.parent / "examples"
EXAMPLE = EXAMPLES / "decision-ban-chi-dao-ngay-phap-luat-doan-ket-2026.yaml"


def _data(**changes: Any) -> dict[str, Any]:
    return {**read_data(EXAMPLE)[0], **changes}


def _texts(document: vanban.Document) -> list[str]:
    paragraphs = docx.Document(io.BytesIO(vanban.render_bytes(document))).paragraphs
    return [p.text for p in paragraphs if p.text.strip()]


def test_closing_articles_and_as_article_are_derived() -> None:
    data = vanban.render_bytes(vanban.parse(_data()))
    document = docx.Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs if p.text.strip()]
    last_basis = texts[texts.index("QUYẾT ĐỊNH:") - 1]
    assert last_basis == "Theo đề nghị của công chức Tư pháp - Hộ tịch xã."
    assert "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐOÀN KẾT" in texts
    assert "Điều 2. Quyết định này có hiệu lực kể từ ngày ký." in texts
    assert texts[-1].startswith("Điều 3. Chánh Văn phòng")
    assert texts[-1].endswith("chịu trách nhiệm thi hành Quyết định này./.")
    cells = [p.text for t in document.tables for c in t._cells for p in c.paragraphs]
    assert cells[cells.index("Nơi nhận:") + 1] == "- Như Điều 3;"
    assert check(data).ok


def test_one_more_article_moves_as_article() -> None:
    data = _data()
    data["body"] = [*data["body"], {"item": "Giao công chức Văn hóa - Xã hội phối hợp."}]
    data["recipients"] = ["Như Điều 3", *data["recipients"]]  # typed by hand: replaced, not kept
    texts = vanban.render_bytes(vanban.parse(data))
    report = check(texts)
    assert report.ok, report.to_text()
    document = docx.Document(io.BytesIO(texts))
    cells = [p.text for t in document.tables for c in t._cells for p in c.paragraphs]
    assert [c for c in cells if c.startswith("- Như")] == ["- Như Điều 4;"]


def test_without_an_effective_article() -> None:
    texts = _texts(vanban.parse(_data(effective=None)))
    assert texts[-1].startswith("Điều 2. Chánh Văn phòng")


@pytest.mark.parametrize(
    ("authority", "signature"),
    [
        ("Chủ tịch Ủy ban nhân dân xã Đoàn Kết",
         {"authority": "TM", "on_behalf_of": "Ủy ban nhân dân", "title": "Chủ tịch", "name": "A"}),
        ("Ủy ban nhân dân xã Đoàn Kết", {"title": "Chủ tịch", "name": "A"}),
        ("Ủy ban nhân dân xã Đoàn Kết",
         {"authority": "KT", "on_behalf_of": "Chủ tịch", "title": "Phó Chủ tịch", "name": "A"}),
    ],
)  # fmt: skip
def test_signature_disagreeing_with_the_authority_line_is_rejected(
    authority: str, signature: dict[str, str]
) -> None:
    with pytest.raises(InputError) as info:
        vanban.parse(_data(authority=authority, signature=signature))
    assert info.value.issues[0].code == "decision_signature"
    assert info.value.issues[0].path == "signature.authority"
    assert "Mẫu 1.2" in str(info.value)


@pytest.mark.parametrize(
    ("authority", "signature"),
    [
        ("Ủy ban nhân dân xã Đoàn Kết",
         {"authority": "TM", "on_behalf_of": "Ủy ban nhân dân", "title": "Chủ tịch", "name": "A"}),
        ("Chủ tịch Ủy ban nhân dân xã Đoàn Kết",
         {"authority": "KT", "on_behalf_of": "Chủ tịch", "title": "Phó Chủ tịch", "name": "A"}),
    ],
)  # fmt: skip
def test_signatures_agreeing_with_the_authority_line(
    authority: str, signature: dict[str, str]
) -> None:
    document = vanban.parse(_data(authority=authority, signature=signature))
    assert check(vanban.render_bytes(document)).ok


def test_numbering_must_start_with_articles() -> None:
    with pytest.raises(InputError) as info:
        vanban.parse(_data(numbering=["I.", "1."]))
    assert info.value.issues[0].code == "decision_articles"


def test_foreign_decision_mistakes_are_caught_exactly() -> None:
    """A decision laid out by hand with the usual mistakes: the authority line in regular type,
    "Điều 1:" with a colon, no "QUYẾT ĐỊNH:" line."""
    document = open_docx(build_standin())
    set_text(paragraph_with(document, "KẾ HOẠCH"), "QUYẾT ĐỊNH")
    set_text(paragraph_with(document, "Số: 05/KH-STP"), "Số: 05/QĐ-STP")
    first_basis = paragraph_with(document, "Căn cứ Nghị định")
    authority = first_basis.insert_paragraph_before("GIÁM ĐỐC SỞ TƯ PHÁP")
    authority.alignment = WD_ALIGN_PARAGRAPH.CENTER
    authority.runs[0].font.size, authority.runs[0].font.bold = Pt(14), False
    authority.paragraph_format.space_before = Pt(12)
    set_text(paragraph_with(document, "I. MỤC ĐÍCH"), "Điều 1: Mục đích, yêu cầu")
    set_text(paragraph_with(document, "II. TỔ CHỨC"), "Điều 2. Tổ chức thực hiện")
    report = check(save(document))
    assert report.failed_codes() == {
        "ND30-AUTHORITY-LINE",
        "ND30-ARTICLE",
        "ND30-PROMULGATION",
    }, report.to_text()
    messages = {f.code: f.message for f in report.failures}
    assert "'Điều 1:'" in messages["ND30-ARTICLE"]
    assert messages["ND30-AUTHORITY-LINE"] == "the authority line is not bold"
