"""The "Checking a document against Decree 30" section shows real output and the real rule list."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import vanban
from vanban.checks import RULES
from vanban.checks.cli import run

from .conftest import ROOT

HEADING = "## Checking a document against Decree 30"


def section() -> str:
    """The section in README.md once merged there, else the draft in docs/readme-check.md."""
    for path in (ROOT / "README.md", ROOT / "docs" / "readme-check.md"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            if HEADING in text:
                start = text.index(HEADING)
                end = text.find("\n## ", start + len(HEADING))
                return text[start : end if end >= 0 else None]
    pytest.skip("the section is not written yet")


def block(language: str) -> str:
    (found,) = re.findall(rf"```{language}\n(.*?)```", section(), flags=re.DOTALL)
    return str(found)


def test_sample_output_is_real(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    foreign: bytes,
) -> None:
    command, *expected = block("console").splitlines()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cong-van.docx").write_bytes(foreign)
    assert command == "$ vanban check cong-van.docx"
    assert run(command.split()[3:]) == 1
    assert capsys.readouterr().out.splitlines() == expected


def test_python_example_is_real(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, foreign: bytes
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cong-van.docx").write_bytes(foreign)
    test = doctest.DocTestParser().get_doctest(
        block("pycon"), {"vanban": vanban}, "readme-check", "README", 0
    )
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0


def test_rule_table_lists_every_rule() -> None:
    rows = re.findall(
        r"^\| `(ND30-[A-Z-]+)` \| (.*?) \| (error|warning) \| (.*) \|$", section(), re.M
    )
    assert [(code, clause, severity, title) for code, clause, severity, title in rows] == [
        (r.code, r.clause, r.severity.value, r.title) for r in RULES.values()
    ]
