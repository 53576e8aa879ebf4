"""Decisions as LibreOffice lays them out, measured against the sample form Mẫu 1.2.

Mẫu 1.2 (``pdftotext -bbox`` of nd30-Phuluc3.docx as LibreOffice prints it, mm from the top of
the page): summary 73.2, THẨM QUYỀN BAN HÀNH 90.3, first "Căn cứ" 98.1, the last basis's last
line 119.3, "QUYẾT ĐỊNH:" 130.7, "Điều 1." 138.5. Distances between these parts are compared.
"""

from __future__ import annotations

import re
import shutil
import subprocess
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
DECISION = EXAMPLES / "decision-ban-chi-dao-ngay-phap-luat-doan-ket-2026.yaml"
_WORD = re.compile(
    r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>'
)


def _first_page_lines(pdf: Path) -> list[tuple[float, str]]:
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout
    rows: dict[float, list[str]] = {}
    for top, text in _WORD.findall(html):
        y = float(top) * MM
        key = next((k for k in rows if abs(k - y) < 0.5), y)
        rows.setdefault(key, []).append(text)
    return [(k, " ".join(rows[k])) for k in sorted(rows)]


@pytest.fixture(scope="module")
def lines(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[float, str]]:
    path = tmp_path_factory.mktemp("legal") / "decision.docx"
    vanban.render(vanban.load(DECISION), path)
    (pdf,) = to_pdf([path])
    return _first_page_lines(pdf)


def _top(lines: list[tuple[float, str]], start: str) -> float:
    return next(y for y, text in lines if text.startswith(start))


def test_authority_line_promulgation_and_first_article_stand_as_in_mau_1_2(
    lines: list[tuple[float, str]],
) -> None:
    summary_end = _top(lines, "hội chủ nghĩa Việt Nam năm 2026")  # the summary's last line
    authority = _top(lines, "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐOÀN KẾT")
    first_basis = _top(lines, "Căn cứ Luật Tổ chức")
    last_basis = _top(lines, "Theo đề nghị của")
    enacting = _top(lines, "QUYẾT ĐỊNH:")
    article = _top(lines, "Điều 1.")
    assert authority - summary_end == pytest.approx(90.3 - 73.2, abs=2.0)
    assert first_basis - authority == pytest.approx(98.1 - 90.3, abs=2.0)
    assert enacting - last_basis == pytest.approx(130.7 - 119.3, abs=2.0)
    assert article - enacting == pytest.approx(138.5 - 130.7, abs=2.0)
