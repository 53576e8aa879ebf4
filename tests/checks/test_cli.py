"""``vanban check``: output, exit status, and files that cannot be read."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from vanban.checks.cli import run


@pytest.fixture
def files(tmp_path: Path, standin: bytes, foreign: bytes) -> dict[str, Path]:
    good = tmp_path / "ke-hoach.docx"
    good.write_bytes(standin)
    bad = tmp_path / "cong-van.docx"
    bad.write_bytes(foreign)
    return {"good": good, "bad": bad, "dir": tmp_path}


def test_exit_0_when_nothing_fails(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([str(files["good"])]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{files['good']}: follows Decree 30")


def test_exit_1_when_a_rule_fails(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([str(files["good"]), str(files["bad"])]) == 1
    out = capsys.readouterr().out
    assert "ND30-NUMBER-PADDING" in out and "paragraph 4, left side 'Số: 5/CV-UBND'" in out


def test_json_output(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert run([str(files["bad"]), "--format", "json"]) == 1
    (report,) = json.loads(capsys.readouterr().out)
    assert report["file"] == str(files["bad"])
    assert "ND30-FONT" in {f["code"] for f in report["findings"] if f["outcome"] == "FAIL"}


def test_warnings_fail_only_when_strict(
    tmp_path: Path, standin: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    from docx.oxml import OxmlElement

    from .conftest import open_docx, save

    document = open_docx(standin)
    for _ in range(3):  # blank lines as spacing: a warning
        document.paragraphs[3]._p.addnext(OxmlElement("w:p"))
    path = tmp_path / "blank-lines.docx"
    path.write_bytes(save(document))
    assert run([str(path)]) == 0
    assert run([str(path), "--strict"]) == 1
    assert "warning   ND30-EMPTY-PARAGRAPHS" in capsys.readouterr().out


def test_all_lists_passing_rules(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    run([str(files["good"]), "--all"])
    assert "pass      ND30-MARGIN-LEFT" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [
        ("missing.docx", None, "no such file"),
        ("notes.docx", b"just some text", "not a Word document (.docx): not a zip"),
        ("sheet.docx", "zip", "a zip archive, but not a Word document"),
    ],
)
def test_exit_2_for_a_file_it_cannot_read(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | str | None,
    why: str,
) -> None:
    path = tmp_path / name
    if content == "zip":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("hello.txt", "not a document")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    assert run([str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith(f"vanban check: {path}: ")
    assert why in captured.err
    assert "Traceback" not in captured.err


def test_unreadable_file_in_json_and_other_files_still_checked(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    missing = files["dir"] / "missing.docx"
    assert run([str(missing), str(files["good"]), "--format", "json"]) == 2
    first, second = json.loads(capsys.readouterr().out)
    assert first == {
        "file": str(missing),
        "error": {"code": "file_not_found", "message": "no such file"},
    }
    assert second["ok"] is True


def test_directory_and_bad_arguments(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([str(files["dir"])]) == 2
    assert "is a folder, not a .docx file" in capsys.readouterr().err
    assert run([]) == 2
    assert run(["--format", "xml", str(files["good"])]) == 2
    assert "usage: vanban check" in capsys.readouterr().err
    assert run(["--help"]) == 0


def test_exit_2_for_a_damaged_document(
    tmp_path: Path, standin: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    damaged = tmp_path / "damaged.docx"
    with zipfile.ZipFile(io.BytesIO(standin)) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, data[:200] if item.filename == "word/document.xml" else data)
    assert run([str(damaged)]) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and "Traceback" not in err
