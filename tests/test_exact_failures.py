"""Every failure exact: hostile rows, numbers, names and streams end in a clear error (exit 2)
naming the file, line and field, or in the right document — never in exit 3 or a wrong one."""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.cli import main

from .conftest import DATA, EXAMPLES
from .docx_read import open_docx, paragraphs

ROWS = DATA / "rows"
REPORT = EXAMPLES / "report-hoa-giai-quy-ii-2020-ngoc-thuy.yaml"


def text_of(path: Path) -> str:
    return " ".join(p.text for p in paragraphs(open_docx(path.read_bytes())))


def merge(rows: Path, out: Path, *extra: str) -> int:
    return main(["render", str(REPORT), "--rows", str(rows), "-o", str(out), *extra])


# --- item 14: numbers in cells are read the Vietnamese way ---------------------------------


def test_a_dot_groups_thousands_in_a_merge_cell(tmp_path: Path) -> None:
    assert merge(ROWS / "thousands.csv", tmp_path) == 0
    first = text_of(tmp_path / f"{REPORT.stem}-1.docx")
    assert "tiếp nhận 1.234 vụ việc, hòa giải thành 1.000 vụ" in first  # was "1,23 vụ"
    second = text_of(tmp_path / f"{REPORT.stem}-2.docx")
    assert "tiếp nhận 1.234 vụ việc, hòa giải thành 1.200 vụ" in second


@pytest.mark.parametrize(
    ("rows", "lines"),
    [("ambiguous-number.csv", [3]), ("not-finite.csv", [2, 3, 4, 5, 6])],
)
def test_a_cell_that_is_no_vietnamese_number_is_refused_naming_its_line(
    rows: str, lines: list[int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert merge(ROWS / rows, tmp_path / "out") == 2
    err = capsys.readouterr().err
    for line in lines:
        assert f"{ROWS / rows}:{line}: figures.received: " in err
    assert "[row_value]" in err and "internal error" not in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_the_number_rule_in_examples() -> None:
    from decimal import Decimal

    from vanban.merge import _CellError, _number

    assert [_number(c, "x") for c in ("1.234", "93,8", "1234", "0,5", "-1.000")] == [
        1234,
        Decimal("93.8"),
        1234,
        Decimal("0.5"),
        -1000,
    ]
    for cell in ("12.5", "1,234.5", "1.23", ".5", "1e3", "NaN", "1 234", ""):
        with pytest.raises(_CellError):
            _number(cell, "x")


# --- item 15: the CSV reader drops nothing silently ----------------------------------------


@pytest.mark.parametrize(
    ("rows", "line", "code", "said"),
    [
        ("duplicate-column.csv", 1, "rows_columns", 'the column "issuer.name[1]" appears twice'),
        ("unclosed-quote.csv", 2, "rows_syntax", 'a quote (") opened in this row is never closed'),
        ("short-row.csv", 3, "rows_columns", "row 2 has 2 cells for 3 columns"),
    ],
)
def test_a_broken_rows_file_is_an_error_naming_the_line(
    rows: str, line: int, code: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert merge(ROWS / rows, tmp_path) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"vanban: {ROWS / rows}:{line}: {said}")
    assert err.rstrip().endswith(f"[{code}]")
    assert not list(tmp_path.iterdir())


def test_a_cell_larger_than_the_csv_bound_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "big.csv"
    rows.write_text(f"summary,figures.received\n{'x' * 200_000},3\n", encoding="utf-8")
    assert merge(rows, tmp_path / "out") == 2
    err = capsys.readouterr().err
    assert f"{rows}:2: a cell holds more than 131,072 characters" in err and "[rows_syntax]" in err


# --- item 16: a NUL in a cell is blamed on the cell ----------------------------------------


def test_a_nul_in_a_cell_names_the_rows_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert merge(ROWS / "nul-cell.csv", tmp_path) == 2
    err = capsys.readouterr().err
    assert f"{ROWS / 'nul-cell.csv'}:3: issuer.name: character U+0000" in err
    assert "(row 2) [forbidden_character]" in err
