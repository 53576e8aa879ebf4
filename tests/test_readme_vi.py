"""README.vi.md, the clerk's guide, runs as written: new → render → check → PDF."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from vanban.cli import main

from .conftest import ROOT

GUIDE = (ROOT / "README.vi.md").read_text(encoding="utf-8")


def commands() -> list[str]:
    blocks = re.findall(r"```bash\n(.*?)```", GUIDE, flags=re.DOTALL)
    return [line for block in blocks for line in block.splitlines() if line.startswith("vanban ")]


def test_the_guide_shows_the_whole_way() -> None:
    words = [shlex.split(c)[1] for c in commands()]
    assert words == ["new", "render", "check", "render"]
    assert "README.vi.md" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert (ROOT / "docs" / "plan-page1.png").is_file()  # the screenshot the guide shows


def test_the_guide_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for command in commands():
        args, _, redirect = command.partition(" > ")
        argv = shlex.split(args)[1:]
        if "--pdf" in argv and not (shutil.which("soffice") and shutil.which("pdfinfo")):
            continue  # tests/test_cli_batch.py covers --pdf where LibreOffice is installed
        capsys.readouterr()
        assert main(argv) == 0, (command, capsys.readouterr().err)
        if redirect:
            Path(redirect.strip()).write_text(capsys.readouterr().out, encoding="utf-8")
    assert (tmp_path / "ke-hoach.docx").read_bytes()[:2] == b"PK"


def test_the_error_shown_is_the_one_vanban_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("VANBAN_LANG", "vi")  # the guide shows a Vietnamese machine's words
    shown = re.search(r"```text\n(vanban: ke-hoach\.yaml:.*?)\n```", GUIDE, flags=re.DOTALL)
    assert shown is not None
    assert main(["new", "ke-hoach"]) == 0
    text = capsys.readouterr().out
    assert "authority: TM " in text
    Path("ke-hoach.yaml").write_text(text.replace("authority: TM ", "authority: KY THAY "), "utf-8")
    assert main(["render", "ke-hoach.yaml", "-o", "ke-hoach.docx"]) == 2
    assert capsys.readouterr().err.strip() == shown.group(1)
    assert not Path("ke-hoach.docx").exists()
