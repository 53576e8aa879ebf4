"""Resolutions (Nghị quyết, Mẫu 1.1): session line, QUYẾT NGHỊ:, money lines, closing sentence."""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any

import docx
import pytest

import vanban
from vanban import InputError
from vanban.checks import check
from vanban.loading import read_data

EXAMPLE = (
    Path(__file__).parent.parent / "examples" / "resolution-dieu-chinh-du-toan-an-thinh-2026.yaml"
)


def _data() -> dict[str, Any]:
    return copy.deepcopy(read_data(EXAMPLE)[0])


def _texts(data: bytes) -> list[str]:
    document = docx.Document(io.BytesIO(data))
    return [p.text for p in document.paragraphs if p.text.strip()]


def test_example_prints_the_parts_of_mau_1_1() -> None:
    data = vanban.render_bytes(vanban.parse(_data()))
    texts = _texts(data)
    assert texts[texts.index("HỘI ĐỒNG NHÂN DÂN XÃ AN THỊNH") + 1] == "KHÓA I, KỲ HỌP THỨ NĂM"
    assert "QUYẾT NGHỊ:" in texts
    assert (
        "1. Tổng thu ngân sách xã sau điều chỉnh: 3.486.250.000 đồng (Bằng chữ: Ba tỷ bốn trăm "
        "tám mươi sáu triệu hai trăm năm mươi nghìn đồng);"
    ) in texts
    assert "a) Thu ngân sách xã hưởng theo phân cấp: 1.286.250.000 đồng;" in texts
    assert any(
        t.startswith("3. Điều chỉnh giảm chi sự nghiệp kinh tế: -120.000.000 đồng") for t in texts
    )
    assert "Điều 3. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này." in texts
    closing = next(t for t in texts if t.startswith("Nghị quyết này đã được"))
    assert closing == (
        "Nghị quyết này đã được Hội đồng nhân dân xã An Thịnh Khóa I, Kỳ họp thứ năm thông qua "
        "ngày 20 tháng 12 năm 2026 và có hiệu lực kể từ ngày thông qua./."
    )
    cells = [
        p.text
        for t in docx.Document(io.BytesIO(data)).tables
        for c in t._cells
        for p in c.paragraphs
    ]
    assert cells[cells.index("Nơi nhận:") + 1] == "- Như Điều 3;"
    assert "TM. HỘI ĐỒNG NHÂN DÂN" in cells
    report = check(data)
    assert report.ok, report.to_text()


def test_parts_that_do_not_add_up_are_refused() -> None:
    data = _data()
    data["body"][0]["lines"][0]["parts"][0]["amount"] = 1286250001
    with pytest.raises(InputError) as info:
        vanban.parse(data)
    issue = info.value.issues[0]
    assert issue.code == "money_total"
    assert issue.path == "body[0].lines[0]"
    assert "3486250001" in issue.message


def test_a_resolution_is_signed_on_behalf_of_the_council() -> None:
    data = _data()
    data["signature"] = {"title": "Chủ tịch", "name": "Phạm Văn Đức"}
    with pytest.raises(InputError) as info:
        vanban.parse(data)
    assert info.value.issues[0].code == "resolution_signature"
    assert info.value.issues[0].path == "signature.authority"


def test_without_implementers_no_as_article() -> None:
    data = _data()
    del data["implementers"]
    rendered = vanban.render_bytes(vanban.parse(data))
    cells = [
        p.text
        for t in docx.Document(io.BytesIO(rendered)).tables
        for c in t._cells
        for p in c.paragraphs
    ]
    assert not [c for c in cells if c.startswith("- Như Điều")]
    assert check(rendered).ok
