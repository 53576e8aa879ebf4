"""Letters and short forms (issue 16): what each kind prints beyond the Mẫu 1.4 frame."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml

import vanban
from vanban.cli import main

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


INVITATION = EXAMPLES / "invitation-giay-moi-tong-ket-hoa-giai-an-thinh-2026.yaml"
INVITEES = EXAMPLES / "merge" / "invitees.csv"


def test_an_invitation_prints_its_labelled_fields_with_the_weekday_from_the_date() -> None:
    body, _ = _texts(_data(INVITATION))
    invitee = "Ông Trần Văn Nam, Bí thư Chi bộ thôn Đông"
    assert body[3] == f"Ủy ban nhân dân xã An Thịnh trân trọng kính mời: {invitee}."
    assert body[4].startswith("Tới dự Hội nghị tổng kết")
    assert body[5] == "Chủ trì: Đồng chí Nguyễn Văn An, Chủ tịch Ủy ban nhân dân xã."
    assert body[6] == "Thời gian: 07 giờ 30 phút, thứ Hai, ngày 19 tháng 01 năm 2026."
    assert body[7] == "Địa điểm: Hội trường Ủy ban nhân dân xã An Thịnh."
    # A Sunday is "Chủ nhật", not "thứ …".
    body, _ = _texts(_data(INVITATION, day="2026-01-18"))
    assert body[6] == "Thời gian: 07 giờ 30 phút, Chủ nhật, ngày 18 tháng 01 năm 2026."


def test_several_invitees_go_one_per_line_under_the_invitation() -> None:
    body, _ = _texts(_data(INVITATION, invitees=["Trưởng các thôn", "Tổ trưởng các tổ hòa giải"]))
    assert body[3:6] == [
        "Ủy ban nhân dân xã An Thịnh trân trọng kính mời:",
        "- Trưởng các thôn;",
        "- Tổ trưởng các tổ hòa giải.",
    ]


def test_an_issuer_whose_sentence_name_cannot_be_derived_must_give_host() -> None:
    data = _data(
        INVITATION, issuer={"parent": "UBND TỈNH QUẢNG NINH", "name": "SỞ TƯ PHÁP", "code": "STP"}
    )
    with pytest.raises(vanban.InputError, match="host") as info:
        vanban.parse(data)
    assert [i.path for i in info.value.issues] == ["host"]
    body, _ = _texts({**data, "host": "Sở Tư pháp tỉnh Quảng Ninh"})
    assert body[3].startswith("Sở Tư pháp tỉnh Quảng Ninh trân trọng kính mời: Ông Trần Văn Nam")


def test_the_mail_merge_gives_one_checked_invitation_per_invitee(tmp_path: Path) -> None:
    args = ["render", str(INVITATION), "--rows", str(INVITEES), "--name", "giay-moi-{number}.docx"]
    assert main([*args, "-o", str(tmp_path)]) == 0
    rows = list(csv.DictReader(io.StringIO(INVITEES.read_text(encoding="utf-8"))))
    assert len(rows) == 5
    for row in rows:
        path = tmp_path / f"giay-moi-{row['number']}.docx"
        report = vanban.check(path)
        assert report.ok and not report.warnings, report.summary()
        document = docx.Document(str(path))
        texts = [p.text for p in document.paragraphs]
        cells = [
            p.text for t in document.tables for r in t.rows for c in r.cells for p in c.paragraphs
        ]
        assert f"Số: {row['number']}/GM-UBND" in cells
        assert f"trân trọng kính mời: {row['invitees[0]']}." in texts[3]
        others = [r["invitees[0]"] for r in rows if r is not row]
        assert not any(o in t for o in others for t in texts)


INTRODUCTION = EXAMPLES / "introduction-giay-gioi-thieu-an-thinh-2026.yaml"


def test_an_introduction_has_no_summary_and_prints_the_form_lines() -> None:
    body, _ = _texts(_data(INTRODUCTION))
    assert body[:3] == ["GIẤY GIỚI THIỆU", "", "Ủy ban nhân dân xã An Thịnh trân trọng giới thiệu:"]
    assert body[3:6] == [
        "Ông (bà): Nguyễn Văn Bình",
        "Chức vụ: Công chức Tư pháp - Hộ tịch, Ủy ban nhân dân xã An Thịnh",
        "Được cử đến: Sở Tư pháp tỉnh Quảng Ninh",
    ]
    assert body[6].startswith("Về việc: Liên hệ nhận tài liệu")
    assert (
        "Đề nghị Quý cơ quan tạo điều kiện để ông (bà) có tên ở trên hoàn thành nhiệm vụ." in body
    )
    assert body[-1] == "Giấy này có giá trị đến hết ngày 31 tháng 3 năm 2026./."
