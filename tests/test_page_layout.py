"""Page details a clerk sees, measured on the LibreOffice PDF against the forms of Phụ lục III.

The forms' positions were measured the same way (``pdftotext -bbox`` of nd30-Phuluc3.docx as
LibreOffice prints it, millimetres from the page's top left corner): Mẫu 1.5 prints "Kính gửi:"
at x 70.1 and the dashes of its recipients at x 80.1; Mẫu 1.4 has its "Số:" line 17.8 mm above
the type name and its first body line 7.8 mm below the summary's rule; Mẫu 2.1 draws the rule
under "(Kèm theo …)" 15.7 mm long. All documents are converted in one LibreOffice call.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import vanban
from vanban.pdf import to_pdf

from .conftest import EXAMPLES

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None
    or shutil.which("pdftotext") is None
    or shutil.which("pdftoppm") is None,
    reason="LibreOffice (soffice) and poppler (pdftotext, pdftoppm) are not installed",
)

MM = 25.4 / 72  # PDF points to millimetres
REPORT = EXAMPLES / "report-hoa-giai-quy-ii-2020-ngoc-thuy.yaml"
PLAN = EXAMPLES / "plan-hoa-giai-doan-ket.yaml"


@dataclass(frozen=True)
class Word:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


@dataclass(frozen=True)
class Laid:
    """One document as LibreOffice lays it out: its words, and its PDF for the rules."""

    pdf: Path
    words: list[Word]

    def lines(self, page: int) -> list[list[Word]]:
        """The page's words grouped into lines (by their top), top to bottom."""
        rows: dict[float, list[Word]] = {}
        for word in (w for w in self.words if w.page == page):
            key = next((k for k in rows if abs(k - word.y0) < 1.0), word.y0)
            rows.setdefault(key, []).append(word)
        return [sorted(rows[k], key=lambda w: w.x0) for k in sorted(rows)]

    def line_text(self, line: list[Word]) -> str:
        return " ".join(w.text for w in line)

    def find(self, start: str, page: int | None = None) -> list[Word]:
        """The first line starting with ``start`` (on ``page``, or on any)."""
        pages = sorted({w.page for w in self.words}) if page is None else [page]
        for number in pages:
            for line in self.lines(number):
                if self.line_text(line).startswith(start):
                    return line
        raise AssertionError(f"no line starts with {start!r}")

    def page_of(self, start: str) -> int:
        return self.find(start)[0].page

    def rules(self, page: int) -> list[tuple[float, float, float]]:
        """Horizontal rules drawn on the page: (y, x0, x1) in mm, from a 200 dpi raster."""
        stem = self.pdf.with_suffix("")
        out = Path(f"{stem}-p{page}")
        subprocess.run(
            [
                "pdftoppm",
                "-gray",
                "-r",
                "200",
                "-f",
                str(page),
                "-l",
                str(page),
                str(self.pdf),
                str(out),
            ],
            check=True,
            timeout=300,
        )
        (image,) = out.parent.glob(f"{out.name}*.pgm")
        data = image.read_bytes()
        image.unlink()
        magic, width, height, _, pixels = _pgm(data)
        assert magic == b"P5"
        scale = 25.4 / 200
        found: list[tuple[float, float, float]] = []
        for row in range(height):
            line = pixels[row * width : (row + 1) * width]
            for match in re.finditer(rb"[\x00-\x80]{40,}", line):  # ≥ 5 mm of dark pixels
                found.append((row * scale, match.start() * scale, match.end() * scale))
        merged: list[tuple[float, float, float]] = []
        for y, x0, x1 in found:  # a rule is a few pixel rows thick: keep its first
            if merged and abs(merged[-1][0] - y) < 0.6 and abs(merged[-1][1] - x0) < 1:
                continue
            merged.append((y, x0, x1))
        return merged


def _pgm(data: bytes) -> tuple[bytes, int, int, int, bytes]:
    fields = data.split(maxsplit=4)
    return (
        fields[0],
        int(fields[1]),
        int(fields[2]),
        int(fields[3]),
        fields[4][-int(fields[1]) * int(fields[2]) :],
    )


def _words(pdf: Path) -> list[Word]:
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    out: list[Word] = []
    for number, page in enumerate(html.split("<page ")[1:], start=1):
        for x0, y0, x1, y1, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            page,
        ):
            out.append(
                Word(number, float(x0) * MM, float(y0) * MM, float(x1) * MM, float(y1) * MM, text)
            )
    return out


def lay_out(folder: Path, documents: dict[str, vanban.Document]) -> dict[str, Laid]:
    """Each document rendered into ``folder`` and laid out by LibreOffice, in one call."""
    paths = []
    for name, document in documents.items():
        paths.append(folder / f"{name}.docx")
        vanban.render(document, paths[-1])
    pdfs = to_pdf(paths)
    return {name: Laid(pdf, _words(pdf)) for name, pdf in zip(documents, pdfs, strict=True)}


def _report(**changes: Any) -> vanban.Document:
    data = vanban.load(REPORT).to_data()
    data.update(changes)
    return vanban.parse(data)


def _table_at(lines: int) -> vanban.Document:
    """A plan whose table with a note comes after ``lines`` one-line paragraphs."""
    data = vanban.load(PLAN).to_data()
    table = {
        "table": "Kết quả",
        "columns": [{"header": "Tổ"}, {"header": "Số vụ", "type": "number"}],
        "rows": [[f"Tổ {n}", n] for n in range(1, 5)],
        "note": "Ghi chú dưới bảng.",
    }
    data["body"] = [*(f"Đoạn {n}." for n in range(lines)), table, "Đoạn cuối."]
    return vanban.parse(data)


def _plan(**changes: Any) -> vanban.Document:
    data = vanban.load(PLAN).to_data()
    data.update(changes)
    return vanban.parse(data)


LONG_RECIPIENTS = [
    "Đài Phát thanh và Truyền hình tỉnh Quảng Ninh (để phối hợp đưa tin)",
    "Chủ tịch, các Phó Chủ tịch UBND phường Ngọc Thụy (để chỉ đạo)",
]
NOTE_AT = range(10, 30, 2)
DOCUMENTS: dict[str, Callable[[], vanban.Document]] = {
    **{f"note-{n}": (lambda n=n: _table_at(n)) for n in NOTE_AT},  # type: ignore[misc]
    "report": lambda: vanban.load(REPORT),
    "plan": lambda: vanban.load(PLAN),
    "minutes": lambda: vanban.load(EXAMPLES / "minutes-giao-ban-hoa-giai-ngoc-thuy.yaml"),
    "report-derived-name": lambda: _report(
        issuer={"name": ["ỦY BAN NHÂN DÂN", "PHƯỜNG NGỌC THỤY"], "code": "UBND"}
    ),
    "long-recipients": lambda: _plan(recipients=LONG_RECIPIENTS),
    "two-addressees": lambda: _report(
        addressees=["Ủy ban nhân dân thành phố Hà Nội", "Sở Tư pháp thành phố Hà Nội"]
    ),
}


@pytest.fixture(scope="module")
def laid(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Laid]:
    documents = {name: build() for name, build in DOCUMENTS.items()}
    return lay_out(tmp_path_factory.mktemp("layout"), documents)


# --- 12. Kính gửi with two or more addressees -------------------------------------------------
def test_several_addressees_go_under_kinh_gui_with_their_dashes_lined_up(
    laid: dict[str, Laid],
) -> None:
    document = laid["two-addressees"]
    label = document.find("Kính gửi:")
    assert document.line_text(label) == "Kính gửi:"  # alone on its line
    assert label[0].x0 == pytest.approx(70.1, abs=1.0)
    first = document.find("- Ủy ban nhân dân thành phố Hà Nội;")
    second = document.find("- Sở Tư pháp thành phố Hà Nội.")
    assert first[0].y0 > label[0].y0 + 3 and second[0].y0 > first[0].y0 + 3
    assert first[0].x0 == pytest.approx(80.1, abs=1.0)
    assert second[0].x0 == pytest.approx(first[0].x0, abs=0.2)


def test_one_addressee_stays_on_the_label_line(laid: dict[str, Laid]) -> None:
    document = laid["report"]
    line = document.find("Kính gửi:")
    assert document.line_text(line).startswith("Kính gửi: Phòng Tư pháp quận Long Biên")


# --- 13. a table's note stays with its last rows ----------------------------------------------
def test_a_tables_note_is_never_cut_off_from_its_last_rows(laid: dict[str, Laid]) -> None:
    broken = []
    for n in NOTE_AT:
        document = laid[f"note-{n}"]
        note = document.find("Ghi chú dưới bảng.")
        last_row = document.find("Tổ 4")
        if note[0].page != last_row[0].page:
            broken.append(n)
    assert not broken, f"the note starts a page alone after {broken} paragraphs"
    # Somewhere in the range the page does break inside or after the table.
    pages = {laid[f"note-{n}"].find("Ghi chú dưới bảng.")[0].page for n in NOTE_AT}
    assert pages == {1, 2}


# --- 14. the appendix reference line --------------------------------------------------------
@pytest.mark.parametrize("name", ["report", "report-derived-name"])
def test_the_appendix_reference_breaks_before_cua_with_its_rule_short(
    laid: dict[str, Laid], name: str
) -> None:
    document = laid[name]
    page = document.page_of("Phụ lục")
    lines = document.lines(page)
    first = next(i for i, line in enumerate(lines) if document.line_text(line).startswith("(Kèm"))
    assert document.line_text(lines[first]) == (
        "(Kèm theo Báo cáo số 96/BC-UBND ngày 03 tháng 8 năm 2020"
    )
    # Without name_in_text, the name comes from the issuer's capitals, as a sentence writes it.
    assert document.line_text(lines[first + 1]) == "của Ủy ban nhân dân phường Ngọc Thụy)"
    bottom = lines[first + 1][0].y1
    (rule, *_) = [r for r in document.rules(page) if bottom < r[0] < lines[first + 2][0].y0]
    assert rule[2] - rule[1] == pytest.approx(15.7, abs=2.0)  # Mẫu 2.1


# --- 15. Nơi nhận items hang under their text ---------------------------------------------------
def test_a_long_recipient_wraps_under_its_text_and_keeps_unit_names_whole(
    laid: dict[str, Laid],
) -> None:
    document = laid["long-recipients"]
    page = document.page_of("Nơi nhận:")
    lines = [document.line_text(line) for line in document.lines(page)]
    laid_lines = document.lines(page)
    for start in ("- Đài Phát thanh", "- Chủ tịch, các Phó"):
        index = next(i for i, text in enumerate(lines) if text.startswith(start))
        dash, text = laid_lines[index][0], laid_lines[index][1]
        following = laid_lines[index + 1]
        # The left column's words only: the signature block shares the lines.
        continuation = [w for w in following if w.x0 < 100]
        assert continuation and continuation[0].x0 == pytest.approx(text.x0, abs=0.5)
        assert continuation[0].x0 > dash.x0 + 1
    left = [
        " ".join(w.text for w in line if w.x0 < 100).replace("\u00a0", " ") for line in laid_lines
    ]
    for together in ("UBND phường Ngọc Thụy", "tỉnh Quảng Ninh"):
        assert any(together in line for line in left), f"{together!r} is broken across lines"


# --- 16. page 1 spaced as the forms are -------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "type_name", "expected"),
    [("plan", "KẾ HOẠCH", 17.8), ("report", "BÁO CÁO", 17.8), ("minutes", "BIÊN BẢN", 20.9)],
)
def test_the_number_line_stands_where_the_forms_put_it(
    laid: dict[str, Laid], name: str, type_name: str, expected: float
) -> None:
    document = laid[name]
    number = document.find("Số:", 1)
    title = document.find(type_name, 1)
    assert title[0].y0 - number[0].y0 == pytest.approx(expected, abs=2.0)


@pytest.mark.parametrize(
    ("name", "first"), [("plan", "Trong những năm qua"), ("minutes", "Thời gian")]
)
def test_the_body_starts_below_the_summary_rule_as_in_mau_1_4(
    laid: dict[str, Laid], name: str, first: str
) -> None:
    document = laid[name]
    body = document.find(first, 1)
    rule = max(r for r in document.rules(1) if r[0] < body[0].y0)
    assert body[0].y0 - rule[0] == pytest.approx(4.9, abs=2.0)
