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


# -- Giấy nghỉ phép (Mẫu 1.10) ----------------------------------------------------------------

LEAVE = EXAMPLES / "leave-giay-nghi-phep-an-thinh-2026.yaml"


def test_a_leave_certificate_prints_the_form_lines() -> None:
    document = _document(_data(LEAVE))
    body = [p.text for p in document.paragraphs]
    at = body.index("GIẤY NGHỈ PHÉP")
    # No summary: the rule follows the type name.
    assert body[at + 1] == ""
    assert body[at + 2 : at + 5] == [
        "Xét Đơn đề nghị nghỉ phép ngày 01 tháng 7 năm 2026 của ông (bà) Nguyễn Thị Lan, Ủy ban"
        " nhân dân xã An Thịnh cấp cho:",
        "Ông (bà): Nguyễn Thị Lan",
        "Chức vụ: Công chức Văn phòng - Thống kê, Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"
        " xã",
    ]
    # Two weeks from Monday to Friday: 10 days, derived from the dates.
    assert body[at + 5] == (
        "Được nghỉ phép trong thời gian 10 ngày, kể từ ngày 13 tháng 7 năm 2026 đến hết ngày 24"
        " tháng 7 năm 2026 tại phường Hạ Long, tỉnh Quảng Ninh."
    )
    last = body.index("Số ngày nghỉ phép nêu trên được tính vào thời gian nghỉ phép năm 2026./.")
    assert last > at + 5
    assert "Số: 09/GNP-UBND" in [p.text for p in _header_left(document)]


def test_the_certification_box_stands_under_the_closing_block_on_the_left() -> None:
    document = _document(_data(LEAVE))
    closing, box = document.tables[-2], document.tables[-1]
    assert any(p.text == "Hoàng Văn Bình" for p in closing.cell(0, 1).paragraphs)
    left = [p.text for p in box.cell(0, 0).paragraphs if p.text]
    assert left == [
        "Xác nhận của cơ quan (tổ chức) hoặc chính quyền địa phương nơi nghỉ phép",
        "(Chữ ký, dấu)",
    ]
    assert box.cell(0, 0).paragraphs[0].style.font.italic
    assert not [p.text for p in box.cell(0, 1).paragraphs if p.text]
    # Without it ("nếu cần"), the closing table is the last.
    plain = _document(_data(LEAVE, certification=False))
    assert len(plain.tables) == len(document.tables) - 1


def test_the_days_given_are_printed_and_held_to_the_dates() -> None:
    body = [p.text for p in _document(_data(LEAVE, days=9)).paragraphs]
    assert any(t.startswith("Được nghỉ phép trong thời gian 09 ngày,") for t in body)
    with pytest.raises(vanban.InputError) as info:
        vanban.parse(_data(LEAVE, days=13))
    (issue,) = info.value.issues
    assert issue.path == "days" and issue.code == "leave_days"
    assert "at most 12 days" in issue.message
    with pytest.raises(vanban.InputError) as info:
        vanban.parse(_data(LEAVE, end="2026-07-10"))
    (issue,) = info.value.issues
    assert issue.path == "end" and issue.code == "leave_period"


def test_the_leave_example_passes_the_checker_with_its_rule() -> None:
    from vanban.checks import Outcome, check

    report = check(vanban.render_bytes(vanban.load(LEAVE)), name=LEAVE.name)
    assert not report.failures, report.to_text()
    assert report.outcome("ND30-LEAVE-CERTIFICATION") is Outcome.PASS
    plain = check(vanban.render_bytes(vanban.parse(_data(LEAVE, certification=False))))
    assert not plain.failures, plain.to_text()
    assert plain.outcome("ND30-LEAVE-CERTIFICATION") is Outcome.NOT_APPLICABLE


# -- the công văn's address line (ô 13) -----------------------------------------------------

LETTER = EXAMPLES / "letter-cong-van-hoa-giai-so-tu-phap-quang-ninh-2026.yaml"
ADDRESS = (
    "Số 8, đường Nguyễn Văn Cừ, phường Hạ Long, tỉnh Quảng Ninh; ĐT: 0203.3835.xxx; "
    "E-mail: stp@quangninh.gov.vn; Website: sotuphap.quangninh.gov.vn"
)


def test_the_address_line_is_in_the_first_page_footer_only() -> None:
    document = _document(_data(LETTER))
    section = document.sections[0]
    assert section.different_first_page_header_footer
    first = [p for p in section.first_page_footer.paragraphs if p.text]
    assert [p.text for p in first] == [ADDRESS]
    assert first[0].style.name == "VB Address Line"
    assert first[0].style.font.size.pt == 11
    assert first[0].style.element.pPr.find(qn("w:pBdr")).find(qn("w:top")) is not None
    assert not [p.text for p in section.footer.paragraphs if p.text]


def test_without_a_contact_the_footer_is_empty() -> None:
    data = _data(LETTER)
    del data["contact"]
    section = _document(data).sections[0]
    assert not [p.text for p in section.first_page_footer.paragraphs if p.text]


def test_an_appendixs_first_page_does_not_repeat_the_address_line() -> None:
    appendix = {"title": "Danh sách tổ hòa giải", "body": ["Tổ hòa giải thôn 1."]}
    document = _document(_data(LETTER, appendices=[appendix, appendix]))
    assert len(document.sections) == 3
    first_footers = [s.first_page_footer for s in document.sections]
    assert ADDRESS in [p.text for p in first_footers[0].paragraphs]
    for footer in first_footers[1:]:
        assert not [p.text for p in footer.paragraphs if p.text]
    from vanban.checks import Outcome, check

    report = check(vanban.render_bytes(vanban.parse(_data(LETTER, appendices=[appendix]))))
    assert report.outcome("ND30-ADDRESS-LINE") is Outcome.PASS, report.to_text()


def test_an_empty_contact_is_an_input_error() -> None:
    with pytest.raises(vanban.InputError) as info:
        vanban.parse(_data(LETTER, contact={}))
    (issue,) = info.value.issues
    assert issue.path == "contact" and issue.code == "contact_empty"


# -- Giấy ủy quyền (Mẫu 1.4) ------------------------------------------------------------------

ATTORNEY = EXAMPLES / "power_of_attorney-giay-uy-quyen-an-thinh-2026.yaml"


def test_a_power_of_attorney_prints_its_parties_scope_and_period() -> None:
    document = _document(_data(ATTORNEY))
    body = [p.text for p in document.paragraphs]
    at = body.index("GIẤY ỦY QUYỀN")
    assert body[at + 1] == "Về việc tham gia tố tụng trong vụ án hành chính về lĩnh vực đất đai"
    start = body.index("Bên ủy quyền:")
    assert body[start : start + 6] == [
        "Bên ủy quyền:",
        "Ông (bà): Nguyễn Văn An",
        "Chức vụ: Chủ tịch Ủy ban nhân dân xã An Thịnh",
        "Bên được ủy quyền:",
        "Ông (bà): Hoàng Văn Bình",
        "Chức vụ: Phó Chủ tịch Ủy ban nhân dân xã An Thịnh",
    ]
    heading = document.paragraphs[start]
    assert all(r.bold for r in heading.runs if r.text.strip())
    scope = body.index("Nội dung ủy quyền:")
    assert body[scope + 1].startswith("- Đại diện") and body[scope + 1].endswith(";")
    assert body[scope + 2].endswith("phiên tòa xét xử.")
    assert (
        "Thời gian ủy quyền: từ ngày 08 tháng 4 năm 2026 đến hết ngày 31 tháng 12 năm 2026." in body
    )
    # The commitments close the body, before the signatures.
    assert body[body.index("Nơi nhận:") - 1] == "Giấy ủy quyền này có hiệu lực kể từ ngày ký./."


def test_the_two_parties_sign_side_by_side_the_grantor_on_the_right() -> None:
    document = _document(_data(ATTORNEY))
    signatures = document.tables[-1]
    titles = [[p.text for p in c.paragraphs if p.text] for c in signatures.rows[0].cells]
    names = [[p.text for p in c.paragraphs if p.text] for c in signatures.rows[1].cells]
    assert titles == [["BÊN ĐƯỢC ỦY QUYỀN"], ["BÊN ỦY QUYỀN", "CHỦ TỊCH"]]
    assert names == [["Hoàng Văn Bình"], ["Nguyễn Văn An"]]


def test_a_delegation_ending_before_it_starts_is_an_input_error() -> None:
    with pytest.raises(vanban.InputError) as info:
        vanban.parse(_data(ATTORNEY, end="2026-04-01"))
    (issue,) = info.value.issues
    assert issue.path == "end" and issue.code == "attorney_period"


def test_the_power_of_attorney_example_passes_the_checker() -> None:
    from vanban.checks import Outcome, check

    report = check(vanban.render_bytes(vanban.load(ATTORNEY)), name=ATTORNEY.name)
    assert not report.failures, report.to_text()
    assert report.outcome("ND30-SIGN-NAME-BOLD") is Outcome.PASS
