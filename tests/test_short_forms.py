"""The last short forms of issue 16: Công điện (Mẫu 1.6) and the urgency stamp (ô 10b)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from docx.oxml.ns import qn

import vanban
from vanban import nd30

from .conftest import EXAMPLES

TELEGRAM = EXAMPLES / "telegram-cong-dien-ung-pho-bao-quang-ninh-2026.yaml"
PLAN = EXAMPLES / "plan-pho-bien-phap-luat-an-thinh-2026.yaml"


def _data(path: Path, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.update(changes)
    return data


def _document(data: dict[str, Any]) -> Any:
    return docx.Document(io.BytesIO(vanban.render_bytes(vanban.parse(data))))


def _header_left(document: Any) -> list[Any]:
    return list(document.tables[0].cell(1, 0).paragraphs)


def test_a_telegram_prints_its_sender_line_and_addressees_above_the_body() -> None:
    document = _document(_data(TELEGRAM))
    body = [p.text for p in document.paragraphs]
    at = body.index("CÔNG ĐIỆN")
    assert body[at + 1] == "Về việc tập trung ứng phó khẩn cấp với bão số 5 và mưa lũ sau bão"
    sender = document.paragraphs[at + 3]
    assert sender.text == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH điện:"
    # The sender bold, "điện:" regular (Mẫu 1.6 centres the line).
    assert [(r.text.strip(), bool(r.bold)) for r in sender.runs] == [
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", True),
        ("điện:", False),
    ]
    assert body[at + 4 : at + 7] == [
        "- Giám đốc các Sở, ban, ngành tỉnh;",
        "- Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Giám đốc Công an tỉnh;",
        "- Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu.",
    ]
    # A telegram's points are 1., 2. …, and its symbol carries CĐ.
    assert any(t.startswith("1. Chủ tịch Ủy ban nhân dân các xã") for t in body)
    assert "Số: 07/CĐ-UBND" in [p.text for p in _header_left(document)]


def test_the_sender_defaults_to_the_issuers_name_in_capitals() -> None:
    data = _data(TELEGRAM)
    del data["sender"]
    body = [p.text for p in _document(data).paragraphs]
    assert "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH điện:" in body


def test_the_urgency_stamp_stands_under_the_number_red_bold_in_its_frame() -> None:
    left = _header_left(_document(_data(TELEGRAM)))
    texts = [p.text for p in left]
    stamp = left[texts.index("HỎA TỐC")]
    assert texts.index("HỎA TỐC") > texts.index("Số: 07/CĐ-UBND")
    assert stamp.style.name == "VB Urgency"
    font = stamp.style.font
    assert font.bold and font.color.rgb == docx.shared.RGBColor.from_string("FF0000")
    sides = stamp.style.element.pPr.find(qn("w:pBdr"))
    assert [s.tag.split("}")[1] for s in sides] == ["top", "left", "bottom", "right"]
    # The frame is the stamp's width: the cell (63.5 mm) less the indents.
    indent = stamp.paragraph_format.left_indent
    assert stamp.paragraph_format.right_indent == indent
    assert 63.5 - 2 * indent.mm == pytest.approx(30, abs=0.2)


@pytest.mark.parametrize(("written", "mark"), [("khẩn", "KHẨN"), ("Thượng khẩn", "THƯỢNG KHẨN")])
def test_any_kind_may_carry_an_urgency_mark(written: str, mark: str) -> None:
    document = vanban.parse(_data(PLAN, urgency=written))
    assert document.urgency is not None and document.urgency.value == mark
    left = _header_left(_document(_data(PLAN, urgency=written)))
    stamp = next(p for p in left if p.text == mark)
    width = 63.5 - 2 * stamp.paragraph_format.left_indent.mm
    assert width == pytest.approx(nd30.URGENCY_WIDTHS_MM[mark], abs=0.2)


def test_without_urgency_the_header_has_no_stamp() -> None:
    texts = [p.text for p in _header_left(_document(_data(PLAN)))]
    assert not set(texts) & set(nd30.URGENCY_MARKS)
    # A telegram is KHẨN unless it says otherwise, and may say null.
    telegram = _data(TELEGRAM)
    del telegram["urgency"]
    assert vanban.parse(telegram).urgency is not None
    assert vanban.parse(_data(TELEGRAM, urgency=None)).urgency is None


def test_an_unknown_urgency_is_an_input_error_naming_the_field() -> None:
    with pytest.raises(vanban.InputError) as info:
        vanban.parse(_data(PLAN, urgency="rất khẩn"))
    (issue,) = info.value.issues
    assert issue.path == "urgency" and issue.code == "urgency"
    assert "KHẨN, THƯỢNG KHẨN, HỎA TỐC" in issue.message


def test_the_telegram_example_passes_the_checker_with_its_rules() -> None:
    from vanban.checks import Outcome, check

    report = check(vanban.render_bytes(vanban.load(TELEGRAM)), name=TELEGRAM.name)
    assert not report.failures, report.to_text()
    for code in ("ND30-URGENCY-MARK", "ND30-TELEGRAM-SENDER"):
        assert report.outcome(code) is Outcome.PASS
