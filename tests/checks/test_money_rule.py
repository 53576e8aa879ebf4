"""ND30-MONEY-TOTAL: a money list's totals agree with their parts and with the appendix table."""

from __future__ import annotations

import pytest

import vanban
from vanban.checks import check
from vanban.checks.model import Outcome

from .conftest import EXAMPLES, open_docx, save, set_text

RESOLUTION = next(e for e in EXAMPLES if e.name.startswith("resolution-dieu-chinh-du-toan"))


@pytest.fixture(scope="module")
def rendered() -> bytes:
    return vanban.render_bytes(vanban.load(RESOLUTION))


def _messages(data: bytes) -> list[str]:
    return [f.message for f in check(data).findings if f.code == "ND30-MONEY-TOTAL"]


def _changed(data: bytes, old: str, new: str) -> bytes:
    document = open_docx(data)
    paragraphs = [*document.paragraphs]
    paragraphs += [p for t in document.tables for c in t._cells for p in c.paragraphs]
    (paragraph,) = [p for p in paragraphs if old in p.text]
    set_text(paragraph, paragraph.text.replace(old, new))
    return save(document)


def test_the_budget_resolution_agrees_with_itself(rendered: bytes) -> None:
    assert _messages(rendered) == ["3 amounts agree with their parts and the appendix"]


def test_a_part_that_does_not_add_up_is_found(rendered: bytes) -> None:
    data = _changed(rendered, "tỉnh: 2.200.000.000 đồng", "tỉnh: 2.100.000.000 đồng")
    assert _messages(data) == [
        "'Tổng thu ngân sách xã sau điều chỉnh' is 3.486.250.000 đồng, its parts add up to "
        "3.386.250.000 đồng"
    ]


def test_an_appendix_row_that_disagrees_with_the_body_is_found(rendered: bytes) -> None:
    document = open_docx(rendered)
    cells = [p for t in document.tables for c in t._cells for p in c.paragraphs]
    (cell,) = [p for p in cells if p.text == "2.380.000.000"]
    set_text(cell, "2.390.000.000")
    assert _messages(save(document)) == [
        "the appendix row 'Chi thường xuyên' does not show the 2.380.000.000 đồng of the body"
    ]


def test_a_document_without_amounts_is_not_concerned() -> None:
    plan = next(e for e in EXAMPLES if e.name.startswith("plan-pho-bien"))
    report = check(vanban.render_bytes(vanban.load(plan)))
    assert report.outcome("ND30-MONEY-TOTAL") is Outcome.NOT_APPLICABLE
