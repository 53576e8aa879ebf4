"""Every example in README runs: the Python block, the YAML block and the CI command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import vanban

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


PYTHON = [b for b in blocks("python") if "docx_regression" not in b]


@pytest.mark.parametrize("index", range(len(PYTHON)))
def test_python_examples_run(index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The regression-testing example is a pytest module; tests/test_pytest_plugin.py runs it.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    namespace: dict[str, object] = {"__name__": "__main__"}
    exec(compile(PYTHON[index], "README.md", "exec"), namespace)
    if "data" in namespace:
        assert (tmp_path / "ke-hoach.docx").read_bytes() == namespace["data"]
    assert list(tmp_path.rglob("*.docx"))


@pytest.mark.parametrize("index", range(len(blocks("pycon"))))
def test_interactive_examples_print_what_readme_shows(
    index: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import doctest

    # The examples name the documents shipped in examples/ ("cong-van.docx") as a user there would.
    monkeypatch.chdir(ROOT / "examples")
    text = blocks("pycon")[index]
    test = doctest.DocTestParser().get_doctest(
        text, {"vanban": vanban}, f"README.md pycon {index}", None, 0
    )
    runner = doctest.DocTestRunner()
    runner.run(test)
    assert runner.failures == 0 and runner.tries > 0


def test_yaml_example_loads_and_renders() -> None:
    for text in blocks("yaml"):
        document = vanban.load_text(text, "README.md")
        assert document.to_docx()[:2] == b"PK"


def test_ci_runs_the_readme_test_command() -> None:
    commands = [line for block in blocks("bash") for line in block.splitlines()]
    test_command = next(c for c in commands if "pytest" in c and "pip install" in c)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci


def test_readme_render_command_uses_a_real_example() -> None:
    commands = [line for block in blocks("bash") for line in block.splitlines()]
    render = next(c for c in commands if "vanban render" in c)
    example = re.search(r"vanban render (\S+)", render)
    assert example and (ROOT / example.group(1)).is_file()


def test_error_messages_shown_in_readme_are_real(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from vanban.cli import main

    monkeypatch.chdir(ROOT)
    shown = [b for b in blocks("text") if "$ vanban" in b]
    assert shown
    for block in shown:
        lines = block.strip().splitlines()
        for command, expected in zip(lines[::2], lines[1::2], strict=True):
            args = command.removeprefix("$ vanban ").split()
            assert main(args) == 2
            assert capsys.readouterr().err.strip() == expected
