"""vanban render on many files: mail merge, --jobs, the progress bar, --pdf."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import warnings
from pathlib import Path

import pytest

import vanban
from vanban.cli import main
from vanban.progress import Progress
from vanban.rendering import engine

from .conftest import EXAMPLES, PLAN_EXAMPLE

REPORT = EXAMPLES / "report-hoa-giai-quy-ii-2020-ngoc-thuy.yaml"
HAS_PDF_TOOLS = shutil.which("soffice") is not None and shutil.which("pdfinfo") is not None


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANBAN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(engine, "_CACHE", {})


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_rows_make_one_document_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = write(
        tmp_path / "teams.csv",
        "issuer.name[1],figures.received,figures.settled,signature.name\n"
        "TỔ HÒA GIẢI SỐ 1,12,11,Nguyễn Văn An\n"
        "TỔ HÒA GIẢI SỐ 2,5,4,Trần Thị Bình\n",
    )
    status = main(
        [
            "render",
            str(REPORT),
            "--rows",
            str(rows),
            "--name",
            "{issuer.name[1]}",
            "-o",
            str(tmp_path / "out"),
        ]
    )
    assert status == 0, capsys.readouterr().err
    out = tmp_path / "out"
    assert capsys.readouterr().out.split("\n")[:2] == [
        str(out / "TỔ HÒA GIẢI SỐ 1.docx"),
        str(out / "TỔ HÒA GIẢI SỐ 2.docx"),
    ]
    # The same document written by hand: the texts that print the figures change with them.
    text = REPORT.read_text(encoding="utf-8")
    for old, new in [
        ("    - PHƯỜNG NGỌC THỤY\n", "    - TỔ HÒA GIẢI SỐ 2\n"),
        ("  received: 4\n", "  received: 5\n"),
        ("  settled: 3\n", "  settled: 4\n"),
        ("  name: Lê Đăng Lễ\n", "  name: Trần Thị Bình\n"),
    ]:
        assert text.count(old) == 1
        text = text.replace(old, new)
    second = vanban.load_text(text)
    assert (out / "TỔ HÒA GIẢI SỐ 2.docx").read_bytes() == vanban.render_bytes(second)


def test_yaml_rows_set_values_of_any_type(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = write(
        tmp_path / "rows.yaml",
        "- signature.name: Lê Văn Cường\n  recipients: [UBND huyện, Lưu VT]\n"
        "- signature.name: Đỗ Thị Dung\n",
    )
    assert main(["render", str(PLAN_EXAMPLE), "--rows", str(rows), "-o", str(tmp_path)]) == 0
    written = capsys.readouterr().out.split()
    assert [Path(p).name for p in written] == [
        "plan-hoa-giai-doan-ket-1.docx",
        "plan-hoa-giai-doan-ket-2.docx",
    ]
    first = vanban.load(PLAN_EXAMPLE)
    first.signature.name = "Lê Văn Cường"
    first.recipients = ["UBND huyện", "Lưu VT"]
    assert Path(written[0]).read_bytes() == vanban.render_bytes(first)


def test_a_bad_row_is_reported_with_its_line_and_field_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = write(
        tmp_path / "teams.csv",
        "figures.received,signature.authority\n12,TM\nmười hai,TM\n4,KY THAY\n",
    )
    out = tmp_path / "out"
    assert main(["render", str(REPORT), "--rows", str(rows), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{rows}:3: figures.received: expected a number" in err and "(row 2)" in err
    assert f"{rows}:4: signature.authority:" in err and "(row 3)" in err
    assert "2 of 3 rows are not valid; nothing was written" in err
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.parametrize(
    ("rows", "name", "message"),
    [
        ("sumary\nx\n", None, 'unknown key "sumary"; did you mean "summary"?'),
        ("signature name\nx\n", None, '"signature name" is not a field path'),
        ("signature.name\nA\nA\n", "{signature.name}", "is also row 1's"),
        ("signature.name\nA\n", "{team}", '--name uses "{team}", which is no column'),
    ],
)
def test_rows_that_cannot_work_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rows: str, name: str | None, message: str
) -> None:
    path = write(tmp_path / "rows.csv", rows)
    args = ["render", str(PLAN_EXAMPLE), "--rows", str(path), "-o", str(tmp_path / "out")]
    assert main(args + (["--name", name] if name else [])) == 2
    assert message in capsys.readouterr().err


def test_several_inputs_with_jobs_report_each_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path / "bad.yaml", "kind: plan\n")
    inputs = [str(PLAN_EXAMPLE), str(bad), str(REPORT)]
    assert main(["render", *inputs, "-o", str(tmp_path / "out"), "--jobs", "2"]) == 2
    captured = capsys.readouterr()
    assert sorted(Path(p).name for p in captured.out.split()) == [
        "plan-hoa-giai-doan-ket.docx",
        "report-hoa-giai-quy-ii-2020-ngoc-thuy.docx",
    ]
    assert "bad.yaml:1: signature: required field is missing" in captured.err
    assert "1 of 3 documents failed" in captured.err
    # No progress bar: standard error is not a terminal.
    assert "doc/s" not in captured.err and "%|" not in captured.err


@pytest.mark.parametrize("jobs", ["0", "two"])
def test_jobs_must_be_a_positive_number(jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["render", str(PLAN_EXAMPLE), "--jobs", jobs])
    assert info.value.code == 2
    assert "expected a number of processes" in capsys.readouterr().err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_shows_only_on_a_terminal() -> None:
    quiet = io.StringIO()
    with Progress(3, stream=quiet) as progress:
        progress.advance()
    assert not progress.shown and quiet.getvalue() == ""
    terminal = Terminal()
    with Progress(3, stream=terminal) as progress:
        for _ in range(3):
            progress.advance()
    assert progress.shown and "3/3" in terminal.getvalue()


def test_pdf_without_libreoffice_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert main(["render", str(PLAN_EXAMPLE), "-o", str(tmp_path / "p.docx"), "--pdf"]) == 2
    err = capsys.readouterr().err
    assert "libreoffice-writer-nogui" in err and "[pdf_unavailable]" in err
    assert not (tmp_path / "p.docx").exists()


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(
        next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:"))
    )


@pytest.mark.skipif(not HAS_PDF_TOOLS, reason="LibreOffice (soffice) and pdfinfo are not installed")
def test_pdf_copies_are_made_in_one_libreoffice_call(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    minutes = EXAMPLES / "minutes-giao-ban-hoa-giai-ngoc-thuy.yaml"
    out = tmp_path / "out"
    assert main(["render", str(PLAN_EXAMPLE), str(minutes), "-o", str(out), "--pdf"]) == 0
    printed = capsys.readouterr().out.split()
    assert [Path(p).name for p in printed[-2:]] == [
        "plan-hoa-giai-doan-ket.pdf",
        "minutes-giao-ban-hoa-giai-ngoc-thuy.pdf",
    ]
    plan_pages = pages(out / "plan-hoa-giai-doan-ket.pdf")
    assert plan_pages >= 2  # the plan runs over several pages
    first = subprocess.run(
        ["pdftotext", "-l", "1", str(out / "plan-hoa-giai-doan-ket.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "KẾ HOẠCH" in first and "XÃ ĐOÀN KẾT" in first
    assert 1 <= pages(out / "minutes-giao-ban-hoa-giai-ngoc-thuy.pdf") < plan_pages + 5


def test_the_documented_mail_merge_example_renders_coherent_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv

    from .docx_read import open_docx

    base, rows = EXAMPLES / "merge" / "team-report.yaml", EXAMPLES / "merge" / "team-reports.csv"
    args = ["render", str(base), "--rows", str(rows), "--name", "{issuer.name[1]}.docx"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing to warn of
        assert main([*args, "-o", str(tmp_path)]) == 0
    names = sorted(Path(p).name for p in capsys.readouterr().out.split("\n") if p)
    assert names == [f"TỔ DÂN PHỐ SỐ {n}.docx" for n in (1, 2, 3)]
    table = list(csv.DictReader(io.StringIO(rows.read_text(encoding="utf-8"))))
    for row in table:
        path = tmp_path / f"{row['issuer.name[1]']}.docx"
        report = vanban.check(path)
        assert report.ok and not report.warnings, report.summary()
        document = open_docx(path.read_bytes())
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        text = "\n".join([*(p.text for p in document.paragraphs), *cells])
        # Its own issuer, number, figures and signer, nothing left of another document.
        assert f"Số: {int(row['number']):02d}/BC-THG" in text
        assert row["issuer.name[1]"] in text
        assert f"tiếp nhận {row['figures.received']} vụ" in text
        assert f"thành {row['figures.settled']} vụ" in text
        assert row["signature.name"] in text
        assert "TM." not in text and "KT." not in text


def test_a_merge_giving_every_file_one_number_warns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = write(tmp_path / "rows.csv", "signature.name\nLê Văn A\nTrần Thị B\n")
    args = ["render", str(REPORT), "--rows", str(rows), "-o", str(tmp_path / "out")]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "vanban: warning:" in err and "every one of the 2 documents gets the number 96" in err


@pytest.mark.skipif(not HAS_PDF_TOOLS, reason="LibreOffice (soffice) and pdfinfo are not installed")
def test_a_landscape_table_is_laid_out_on_turned_pages(tmp_path: Path) -> None:
    from .samples import report, table

    wide = table(landscape=True, note="Nguồn: các tổ hòa giải.")
    document = vanban.parse(report(body=["Mở đầu.", wide, "Kết luận."]))
    docx = vanban.render(document, tmp_path / "report.docx")
    from vanban.pdf import to_pdf

    (pdf,) = to_pdf([docx])
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "9", str(pdf)], capture_output=True, text=True, check=True
    )
    sizes = re.findall(r"^Page +\d+ size: +([\d.]+) x ([\d.]+)", info.stdout, re.M)
    turned = ["landscape" if float(w) > float(h) else "portrait" for w, h in sizes]
    assert turned == ["portrait", "landscape", "portrait"]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    second, third = text.stdout.split("\f")[1:3]
    assert "Kết quả hòa giải" in second and "Nguồn: các tổ hòa giải." in second
    assert second.split()[0] == "2" and third.split()[0] == "3"  # the numbers run on
