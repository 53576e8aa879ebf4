"""The text a decision issues or approves, as LibreOffice lays it out, against Mẫu 1.3.

The sample of the attached text in Mẫu 1.3 (``pdftotext -bbox`` of nd30-Phuluc3.docx as
LibreOffice prints it, mm from the top of the page): "TÊN LOẠI VĂN BẢN" 75.5, its one-line
summary 81.2, "(Kèm theo Quyết định số …)" 86.9, the rule under it 92.6; the reference line's
centre 112.55 mm from the left edge, the centre of the text line (35.1–190.1 mm) 112.6.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

import vanban
from vanban.pdf import to_pdf

from .conftest import EXAMPLES

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) and poppler (pdftotext) are not installed",
)

MM = 25.4 / 72
#: The text line of our pages: 30 mm from the left edge to 15 mm from the right (A4).
TEXT_CENTRE = (30 + 210 - 15) / 2
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
)
#: The examples, with the attached text's type name.
CASES = {
    "decision-ban-hanh-quy-che-hoa-giai-an-thinh-2026.yaml": "QUY CHẾ",
    "decision-phe-duyet-ke-hoach-pho-bien-phap-luat-an-thinh-2026.yaml": "KẾ HOẠCH",
}


@dataclass(frozen=True)
class Row:
    top: float
    left: float
    right: float
    text: str

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2


def _pages(pdf: Path) -> list[list[Row]]:
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        rows: dict[float, list[tuple[float, float, str]]] = {}
        for x0, y0, x1, text in _WORD.findall(page):
            y = float(y0) * MM
            key = next((k for k in rows if abs(k - y) < 0.5), y)
            rows.setdefault(key, []).append((float(x0) * MM, float(x1) * MM, text))
        pages.append(
            [
                Row(
                    k,
                    min(w[0] for w in rows[k]),
                    max(w[1] for w in rows[k]),
                    " ".join(w[2] for w in rows[k]),
                )
                for k in sorted(rows)
            ]
        )
    return pages


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[list[Row]]]:
    folder = tmp_path_factory.mktemp("attached")
    paths = []
    for name in CASES:
        path = folder / name.replace(".yaml", ".docx")
        vanban.render(vanban.load(EXAMPLES / name), path)
        paths.append(path)
    pdfs = to_pdf(paths)  # one LibreOffice start for both
    return {name: _pages(pdf) for name, pdf in zip(CASES, pdfs, strict=True)}


def _attached_page(pages: list[list[Row]], title: str) -> int:
    return next(i for i, rows in enumerate(pages) if any(r.text == title for r in rows))


@pytest.mark.parametrize("example", CASES)
def test_the_reference_line_stands_under_the_title_as_in_mau_1_3(
    laid_out: dict[str, list[list[Row]]], example: str
) -> None:
    pages = laid_out[example]
    rows = pages[_attached_page(pages, CASES[example])]
    at = next(i for i, r in enumerate(rows) if r.text == CASES[example])
    title, summary, reference = rows[at : at + 3]
    assert reference.text.startswith(("(Ban hành kèm theo", "(Kèm theo"))
    # The examples' summaries take one line, as the sample's does.
    assert summary.top - title.top == pytest.approx(81.2 - 75.5, abs=2.0)
    assert reference.top - title.top == pytest.approx(86.9 - 75.5, abs=2.0)
    # Centred on the text line, as the sample's is on its own (112.55 against 112.6 mm).
    assert reference.centre == pytest.approx(TEXT_CENTRE, abs=2.0)
    assert title.centre == pytest.approx(TEXT_CENTRE, abs=2.0)


@pytest.mark.parametrize("example", CASES)
def test_the_attached_text_begins_a_page_numbered_afresh(
    laid_out: dict[str, list[list[Row]]], example: str
) -> None:
    pages = laid_out[example]
    first = _attached_page(pages, CASES[example])
    assert first >= 1  # after the decision's own page(s)
    before = pages[first - 1]
    assert any(r.text.startswith("Nơi nhận") for r in before)  # the decision's closing block
    # Its first page opens with its header, no page number above it (a first page).
    assert pages[first][0].text.startswith("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    for later, rows in enumerate(pages[first + 1 :], start=2):
        # The following pages are numbered from 2 again, whatever the decision's length.
        assert rows[0].text == str(later)
        assert rows[0].centre == pytest.approx(TEXT_CENTRE, abs=2.0)
