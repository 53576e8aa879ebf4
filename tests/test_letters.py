"""Letters and short forms (issue 16): what each kind prints beyond the Mẫu 1.4 frame."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import yaml

import vanban

from .conftest import EXAMPLES

LETTER = EXAMPLES / "letter-cong-van-hoa-giai-so-tu-phap-quang-ninh-2026.yaml"
SUBMISSION = EXAMPLES / "submission-to-trinh-cong-nhan-tieu-chi-an-thinh-2026.yaml"


def _data(path: Path, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.update(changes)
    return data


def _texts(data: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The body's paragraphs and the header table's paragraphs of the rendered document."""
    document = docx.Document(io.BytesIO(vanban.render_bytes(vanban.parse(data))))
    header = [p.text for row in document.tables[0].rows for c in row.cells for p in c.paragraphs]
    return [p.text for p in document.paragraphs], header


def test_a_letter_prints_its_summary_as_v_v_under_the_number_and_no_type_name() -> None:
    body, header = _texts(_data(LETTER))
    at = header.index("Số: 152/STP-PBGDPL")
    assert header[at + 1] == "V/v tăng cường công tác hòa giải ở cơ sở năm 2026"
    assert not any(t.startswith("V/v") for t in body)
    assert body[0].startswith("Kính gửi:\n- Ủy ban nhân dân xã An Thịnh;")
    # A letter's points are 1., 2. … — no Roman part numbers.
    assert any(t.startswith("1. Rà soát") for t in body)


def test_a_summary_already_starting_with_v_v_is_not_prefixed_twice() -> None:
    _, header = _texts(_data(LETTER, summary="V/v tăng cường công tác hòa giải"))
    assert "V/v tăng cường công tác hòa giải" in header
    assert not any("V/v V/v" in t for t in header)


def test_a_submission_ends_with_its_request_to_the_first_addressee() -> None:
    body, _ = _texts(_data(SUBMISSION))
    assert "Kính trình Ủy ban nhân dân tỉnh Quảng Ninh xem xét, quyết định./." in body


def test_a_submissions_closing_replaces_the_customary_request() -> None:
    closing = "Kính trình Ủy ban nhân dân tỉnh xem xét, công nhận"
    body, _ = _texts(_data(SUBMISSION, closing=closing))
    assert f"{closing}./." in body
    assert not any("quyết định./." in t for t in body)
