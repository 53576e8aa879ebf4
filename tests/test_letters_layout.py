"""The letters' parts where the sample forms put them, measured on the LibreOffice PDF.

The forms' positions (``pdftotext -bbox`` of ../shared/reference/nd30-Phuluc3.docx as
LibreOffice prints it, millimetres from the page's top left corner), Mẫu 1.5: "Số:" at y 35.5,
"V/v" under it at y 40.8 in the left column (x 51.0), "Kính gửi:" at x 70.1, y 56.4, the dashes
of its addressees at x 80.1. Mẫu 1.7: "Tới dự", "Chủ trì:", "Thời gian:" and "Địa điểm:" each
begin a line at x 45.0 (the first-line indent), 7.8 mm apart.
"""

from __future__ import annotations

import itertools

import pytest

import vanban

from .conftest import EXAMPLES
from .test_page_layout import Laid, lay_out, pytestmark

__all__ = ["pytestmark"]

#: Words left of this (mm) are in the header's left column.
LEFT_COLUMN_END = 105

LETTER = EXAMPLES / "letter-cong-van-hoa-giai-so-tu-phap-quang-ninh-2026.yaml"
INVITATION = EXAMPLES / "invitation-giay-moi-tong-ket-hoa-giai-an-thinh-2026.yaml"


@pytest.fixture(scope="module")
def laid(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Laid]:
    sources = {"letter": LETTER, "invitation": INVITATION}
    documents = {name: vanban.load(source) for name, source in sources.items()}
    return lay_out(tmp_path_factory.mktemp("letters"), documents)


@pytest.fixture
def letter(laid: dict[str, Laid]) -> Laid:
    return laid["letter"]


def test_the_subject_stands_under_the_number_in_the_left_column(letter: Laid) -> None:
    # The date stands on the same line as "Số:", in the right column.
    number = [w for w in letter.find("Số: 152/STP-PBGDPL", page=1) if w.x1 < LEFT_COLUMN_END]
    subject = [w for w in letter.find("V/v tăng cường", page=1) if w.x1 < LEFT_COLUMN_END]
    # Mẫu 1.5: 5.3 mm from the top of "Số:" to the top of "V/v".
    assert subject[0].y0 - number[0].y0 == pytest.approx(5.3, abs=2.0)
    # Centred under the number, in the left column (the right one starts near 110 mm).
    middle = (number[0].x0 + number[-1].x1) / 2
    assert (subject[0].x0 + subject[-1].x1) / 2 == pytest.approx(middle, abs=3.0)
    # Long enough to wrap: its second line follows in the same column, still left of the date.
    lines = letter.lines(1)
    at = next(i for i, line in enumerate(lines) if line[0] is subject[0])
    following = [w for w in lines[at + 1] if w.x1 < LEFT_COLUMN_END]
    assert following and following[0].y0 - subject[0].y0 < 7


def test_kinh_gui_follows_the_header_with_the_addressees_lined_up(letter: Laid) -> None:
    subject = letter.find("V/v tăng cường", page=1)
    label = letter.find("Kính gửi:", page=1)
    assert letter.line_text(label) == "Kính gửi:"
    assert label[0].x0 == pytest.approx(70.1, abs=1.0)
    # Below the subject's two lines; the form has 15.6 mm under a one-line subject.
    assert 8 < label[0].y0 - subject[0].y0 < 22
    dashes = [letter.find(f"- Ủy ban nhân dân {name}", page=1) for name in ("xã", "phường")]
    assert all(d[0].x0 == pytest.approx(80.1, abs=1.0) for d in dashes)


def test_the_invitations_labelled_fields_line_up_as_in_mau_1_7(laid: dict[str, Laid]) -> None:
    invitation = laid["invitation"]
    invite = invitation.find("Ủy ban nhân dân xã An Thịnh trân trọng kính mời:", page=1)
    lines = [invitation.find(start, page=1) for start in ("Tới dự", "Chủ trì:", "Thời gian:")]
    lines.append(invitation.find("Địa điểm:", page=1))
    assert invite[0].y0 < lines[0][0].y0
    for line in lines:
        assert line[0].x0 == pytest.approx(45.0, abs=3.0)
    # Chủ trì, Thời gian, Địa điểm follow one another a line apart, as on the form (7.8 mm).
    tops = [line[0].y0 for line in lines[1:]]
    assert all(5 < b - a < 10 for a, b in itertools.pairwise(tops))
