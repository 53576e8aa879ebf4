"""The last short forms' parts where the sample forms put them, measured on the LibreOffice PDF.

The forms' positions (``pdftotext -bbox`` of ../shared/reference/nd30-Phuluc3.docx as
LibreOffice prints it, millimetres from the page's top left corner; its text runs from x 35 to
x 190, ours from x 30 to x 195), Mẫu 1.6: the summary's top at y 64.7, "… điện:" centred at
y 80.3 (15.6 mm lower), its addressees' dashes at x 90.1 (35.5 % of the text width in), 7.7 mm
apart, the body 15.6 mm under the last. The urgency stamp (ô 10b) stands in the left column
under "Số:" (Phụ lục I, mục III.2.b; the forms print none). Mẫu 1.10: the certification box
under Nơi nhận, its first line 9.8 mm under the top of the signer's name, centred 32.9 mm from
the left margin (21.2 % of the text width). Ô 13, the address line: at the foot of page 1
(y 95–100 % of the text area on Phụ lục I's diagram), within the text width.
"""

from __future__ import annotations

import itertools

import pytest

import vanban

from .conftest import EXAMPLES
from .test_page_layout import Laid, lay_out, pytestmark

__all__ = ["pytestmark"]

TEXT_LEFT, TEXT_WIDTH = 30.0, 165.0
#: Words left of this (mm) are in the header's left column.
LEFT_COLUMN_END = 105

TELEGRAM = EXAMPLES / "telegram-cong-dien-ung-pho-bao-quang-ninh-2026.yaml"
LEAVE = EXAMPLES / "leave-giay-nghi-phep-an-thinh-2026.yaml"
LETTER = EXAMPLES / "letter-cong-van-hoa-giai-so-tu-phap-quang-ninh-2026.yaml"
ATTORNEY = EXAMPLES / "power_of_attorney-giay-uy-quyen-an-thinh-2026.yaml"


@pytest.fixture(scope="module")
def laid(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Laid]:
    sources = {"telegram": TELEGRAM, "leave": LEAVE, "letter": LETTER, "attorney": ATTORNEY}
    documents = {name: vanban.load(source) for name, source in sources.items()}
    return lay_out(tmp_path_factory.mktemp("short-forms"), documents)


def test_the_sender_line_and_its_addressees_stand_as_on_mau_1_6(laid: dict[str, Laid]) -> None:
    telegram = laid["telegram"]
    summary = telegram.find("Về việc tập trung", page=1)
    sender = telegram.find("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH điện:", page=1)
    assert sender[0].y0 - summary[0].y0 == pytest.approx(15.6, abs=2.0)
    # Centred on the text line.
    middle = (sender[0].x0 + sender[-1].x1) / 2
    assert middle == pytest.approx(TEXT_LEFT + TEXT_WIDTH / 2, abs=2.0)
    dashes = [
        telegram.find(start, page=1)
        for start in ("- Giám đốc các Sở", "- Chỉ huy trưởng", "- Chủ tịch Ủy ban nhân dân các")
    ]
    for dash in dashes:
        assert dash[0].x0 == pytest.approx(TEXT_LEFT + 0.355 * TEXT_WIDTH, abs=2.0)
    assert dashes[0][0].y0 - sender[0].y0 == pytest.approx(7.7, abs=2.0)
    # A wrapped addressee takes two lines: 7.7 mm between one-line ones, as on the form.
    tops = [dashes[0][0].y0, dashes[1][0].y0]
    assert all(b - a == pytest.approx(7.7, abs=2.0) for a, b in itertools.pairwise(tops))
    body = telegram.find("Theo tin của Đài", page=1)
    assert body[0].y0 - dashes[-1][0].y0 == pytest.approx(15.6, abs=2.0)


def test_the_urgency_stamp_stands_under_the_number_in_the_left_column(
    laid: dict[str, Laid],
) -> None:
    telegram = laid["telegram"]
    number = [w for w in telegram.find("Số: 07/CĐ-UBND", page=1) if w.x1 < LEFT_COLUMN_END]
    stamp = telegram.find("HỎA TỐC", page=1)
    assert 4 < stamp[0].y0 - number[0].y0 < 14
    middle = (number[0].x0 + number[-1].x1) / 2
    assert (stamp[0].x0 + stamp[-1].x1) / 2 == pytest.approx(middle, abs=2.0)
    assert stamp[-1].x1 < LEFT_COLUMN_END


def test_the_certification_box_stands_bottom_left_as_on_mau_1_10(laid: dict[str, Laid]) -> None:
    leave = laid["leave"]
    signer = leave.find("Hoàng Văn Bình", page=1)
    box = [w for w in leave.find("Xác nhận của cơ quan", page=1)]
    assert box[0].y0 - signer[0].y0 == pytest.approx(9.8, abs=2.0)
    middle = (box[0].x0 + box[-1].x1) / 2
    assert middle == pytest.approx(TEXT_LEFT + 0.212 * TEXT_WIDTH, abs=2.0)
    sign = leave.find("(Chữ ký, dấu)", page=1)
    assert (sign[0].x0 + sign[-1].x1) / 2 == pytest.approx(middle, abs=2.0)
    # Under Nơi nhận, in its column.
    label = leave.find("Nơi nhận:", page=1)
    assert label[0].y0 < box[0].y0 and box[-1].x1 < LEFT_COLUMN_END


def test_the_address_line_stands_at_the_foot_of_page_1(laid: dict[str, Laid]) -> None:
    letter = laid["letter"]
    line = letter.find("Số 8, đường Nguyễn Văn Cừ", page=1)
    # The text area runs from y 20 to y 277: the line is below 95 % of it, on the page.
    assert line[0].y0 > 20 + 0.95 * 257
    assert line[-1].y1 < 297
    assert line[0].x0 >= TEXT_LEFT - 0.5 and line[-1].x1 <= TEXT_LEFT + TEXT_WIDTH + 0.5
    # Under its full-width rule, drawn just above it.
    rules = [r for r in letter.rules(1) if r[0] < line[0].y0 and line[0].y0 - r[0] < 4]
    assert rules and rules[0][1] == pytest.approx(TEXT_LEFT, abs=2.0)
    assert rules[0][2] == pytest.approx(TEXT_LEFT + TEXT_WIDTH, abs=2.0)


def test_nhan_stays_with_the_two_signatures_and_the_last_sentence(laid: dict[str, Laid]) -> None:
    """The power of attorney's Nơi nhận stands under the parties' signatures: a page holding
    Nơi nhận alone is not a document a clerk accepts."""
    attorney = laid["attorney"]
    page = attorney.page_of("Nơi nhận:")
    assert attorney.page_of("BÊN ĐƯỢC ỦY QUYỀN") == page
    assert attorney.page_of("Giấy ủy quyền này có hiệu lực") == page
