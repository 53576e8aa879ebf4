"""Every failure exact: hostile rows, numbers, names and streams end in a clear error (exit 2)
naming the file, line and field, or in the right document — never in exit 3 or a wrong one."""

from __future__ import annotations

import os
import shlex
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import vanban
from vanban import InputError
from vanban.cli import main
from vanban.loading import read_data

from .conftest import DATA, EXAMPLES, PLAN_EXAMPLE
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


# --- item 12: names no file system holds, a PDF target that is a folder ---------------------


def test_an_output_name_over_255_bytes_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / ("ư" * 130 + ".docx")  # 265 bytes
    assert main(["render", str(PLAN_EXAMPLE), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "the file name is 265 bytes long; file systems allow 255" in err
    assert err.rstrip().endswith("[output_name]")


def test_a_merge_name_over_255_bytes_is_an_error_naming_the_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert merge(ROWS / "thousands.csv", tmp_path, "--name", "x" * 300 + "{row}.docx") == 2
    err = capsys.readouterr().err
    assert f"{ROWS / 'thousands.csv'}:2: the file name" in err and "[row_name]" in err
    assert not list(tmp_path.iterdir())


def test_a_pdf_target_that_is_a_folder_is_an_error(tmp_path: Path) -> None:
    from vanban.errors import OutputError
    from vanban.pdf import find_soffice, to_pdf

    if find_soffice() is None:
        pytest.skip("LibreOffice is not installed")
    docx = tmp_path / "plan.docx"
    docx.write_bytes(b"PK")
    (tmp_path / "plan.pdf").mkdir()
    with pytest.raises(OutputError) as info:
        to_pdf([docx])
    assert info.value.code == "output_is_dir" and "plan.pdf: is a folder" in str(info.value)


def test_a_failed_conversion_keeps_the_previous_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vanban import pdf
    from vanban.errors import OutputError

    monkeypatch.setattr(pdf, "require_soffice", lambda: "soffice")
    monkeypatch.setattr(pdf, "_convert", lambda program, files, folder: "Error: source file")
    docx = tmp_path / "plan.docx"
    docx.write_bytes(b"PK")
    (tmp_path / "plan.pdf").write_bytes(b"%PDF the signed one")
    with pytest.raises(OutputError) as info:
        pdf.to_pdf([docx])
    assert info.value.code == "pdf_failed"
    assert (tmp_path / "plan.pdf").read_bytes() == b"%PDF the signed one"  # was deleted first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.docx", "plan.pdf"]


# --- item 13: a closed pipe or a console that cannot show Vietnamese ------------------------


def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> tuple[int, str]:
    """``vanban ARGS | head -1`` in a shell; returns vanban's exit status and what it said."""
    command = " ".join(shlex.quote(a) for a in [sys.executable, "-m", "vanban", *args])
    done = subprocess.run(
        ["bash", "-c", f"{command} 2>err.txt | head -1 > /dev/null; echo ${{PIPESTATUS[0]}}"],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=300,
        check=True,
    )
    return int(done.stdout.split()[-1]), (cwd / "err.txt").read_text() if cwd else ""


def test_a_closed_pipe_does_not_stop_a_batch(tmp_path: Path) -> None:
    inputs = []
    for number in range(40):
        path = tmp_path / f"p{number:02d}.yaml"
        path.write_bytes(PLAN_EXAMPLE.read_bytes())
        inputs.append(path.name)
    out = "o" * 200  # 40 lines of 200 bytes overflow the pipe's buffer: the pipe closes mid-run
    status, err = run("render", *inputs, "-o", out, cwd=tmp_path)
    assert status == 0 and "Error" not in err
    assert len(list((tmp_path / out).glob("*.docx"))) == 40  # was 2 of 1,000


@pytest.mark.parametrize(
    "args", [["schema", "plan"], ["check", "--all", "{docx}"], ["dump", "{docx}"]]
)
def test_a_closed_pipe_ends_quietly(
    args: list[str], tmp_path: Path, plan_example_bytes: bytes
) -> None:
    docx = tmp_path / "plan.docx"
    docx.write_bytes(plan_example_bytes)
    status, err = run(*(a.replace("{docx}", str(docx)) for a in args), cwd=tmp_path)
    assert status in (0, 1, 141) and "Traceback" not in err and "internal error" not in err


@pytest.mark.parametrize("args", [["check", "{docx}"], ["dump", "{docx}"], ["render", "{rows}"]])
def test_a_console_that_cannot_show_vietnamese_degrades(
    args: list[str], tmp_path: Path, plan_example_bytes: bytes
) -> None:
    docx = tmp_path / "plan.docx"
    docx.write_bytes(plan_example_bytes)
    merge_args = [str(REPORT), "--rows", str(ROWS / "thousands.csv"), "-o", str(tmp_path)]
    expanded = [
        part
        for a in args
        for part in ([a.replace("{docx}", str(docx))] if a != "{rows}" else merge_args)
    ]
    done = subprocess.run(
        [sys.executable, "-m", "vanban", *expanded],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "cp1258"},
        timeout=300,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr.decode("cp1258", "replace")
    assert b"Traceback" not in done.stderr and done.stdout


# --- item 17: an input is never overwritten -------------------------------------------------


def test_rendering_a_yaml_named_docx_does_not_overwrite_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "plan.docx"  # in fact the YAML source
    source.write_bytes(PLAN_EXAMPLE.read_bytes())
    assert main(["render", str(source)]) == 2
    assert "is the input file itself" in capsys.readouterr().err
    assert main(["render", str(source), str(PLAN_EXAMPLE), "-o", str(tmp_path)]) == 2
    assert "[output_is_input]" in capsys.readouterr().err
    assert source.read_bytes() == PLAN_EXAMPLE.read_bytes()


# --- item 18: modes ----------------------------------------------------------------------------


def test_output_follows_the_umask_and_keeps_an_existing_mode(tmp_path: Path) -> None:
    from vanban.rendering.output import write_atomic

    previous = os.umask(0o077)
    try:
        new = write_atomic(tmp_path / "new.docx", b"PK")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(new.stat().st_mode) == 0o600  # was always 0644
    existing = tmp_path / "old.docx"
    existing.write_bytes(b"old")
    existing.chmod(0o640)
    write_atomic(existing, b"PK")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640


# --- item 9: numbers no document holds ----------------------------------------------------------


def report_data() -> dict[str, Any]:
    data, _ = read_data(REPORT)
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize(
    ("figure", "path"),
    [
        ({"number": "1e26"}, "figures.x.number"),
        (10**31, "figures.x.number"),  # a 32-digit integer
        (10**5000, "figures.x.number"),
        ({"percent": "1e400"}, "figures.x.percent"),
        ({"rate": [10**30, 3]}, "figures.x.rate"),
    ],
    ids=["1e26", "32-digits", "5000-digits", "percent-1e400", "rate"],
)
def test_a_number_too_large_for_a_document_is_refused(figure: Any, path: str) -> None:
    data = report_data()
    data["figures"]["x"] = figure
    with pytest.raises(InputError) as info:
        vanban.parse(data)  # was decimal.InvalidOperation: exit 3
    [issue] = info.value.issues
    assert (issue.code, issue.path) == ("number_too_large", path)


def test_a_table_cell_of_ten_to_the_thirty_is_refused(tmp_path: Path) -> None:
    text = REPORT.read_text(encoding="utf-8").replace(
        "- [Quý I/2020, 3, 2, 1]", "- [Quý I/2020, 1000000000000000000000000000000, 2, 1]", 1
    )
    path = tmp_path / "report.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        vanban.load(path)
    [issue] = [i for i in info.value.issues if i.code == "number_too_large"]
    line = 1 + text[: text.index("1000000000000000000000000000000")].count("\n")
    assert issue.file == str(path) and issue.line == line and "31 digits" in issue.message


# --- item 11: lone surrogates through the Python API ---------------------------------------------


@pytest.mark.parametrize(
    ("example", "path"),
    [
        (PLAN_EXAMPLE, ("date",)),
        (PLAN_EXAMPLE, ("numbering", 0)),
        (PLAN_EXAMPLE, ("signature", "authority")),
        (EXAMPLES / "minutes-giao-ban-hoa-giai-ngoc-thuy.yaml", ("start",)),
        (EXAMPLES / "minutes-giao-ban-hoa-giai-ngoc-thuy.yaml", ("end",)),
        (REPORT, ("period",)),
        (REPORT, ("appendices", 0, "body", 0, "rows", 0, 2)),
    ],
    ids=["date", "numbering", "authority", "start", "end", "period", "table-number-cell"],
)
def test_a_lone_surrogate_is_a_forbidden_character_everywhere(
    example: Path, path: tuple[str | int, ...], tmp_path: Path
) -> None:
    data, _ = read_data(example)
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = "2020\ud800"
    with pytest.raises(InputError) as info:
        vanban.parse(data)  # was UnicodeEncodeError from pydantic's errors()
    [issue] = info.value.issues
    assert issue.code == "forbidden_character" and "U+D800 at position 5" in issue.message
    shown = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
    assert issue.path == shown
    [result] = vanban.render_many([("x.docx", data)], tmp_path)
    assert result.code == "forbidden_character"  # was "internal"
