"""The vanban command as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vanban.cli import main

from .conftest import DATA, PLAN_EXAMPLE


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vanban", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def test_render_writes_the_docx(tmp_path: Path) -> None:
    out = tmp_path / "plan.docx"
    result = run("render", str(PLAN_EXAMPLE), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:2] == b"PK"
    assert str(out) in result.stdout


def test_render_defaults_to_next_to_the_input(tmp_path: Path) -> None:
    source = tmp_path / "kehoach.yaml"
    source.write_bytes(PLAN_EXAMPLE.read_bytes())
    assert main(["render", str(source)]) == 0
    assert (tmp_path / "kehoach.docx").exists()


def test_bad_input_exits_2_without_traceback(tmp_path: Path) -> None:
    out = tmp_path / "x.docx"
    result = run("render", str(DATA / "invalid" / "bad-authority.yaml"), "-o", str(out))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "bad-authority.yaml:15: signature.authority:" in result.stderr
    assert not out.exists()


def test_failure_keeps_the_previous_file_and_leaves_no_partial_one(tmp_path: Path) -> None:
    out = tmp_path / "plan.docx"
    out.write_bytes(b"previous")
    assert main(["render", str(DATA / "invalid" / "missing-signer.yaml"), "-o", str(out)]) == 2
    assert out.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.docx"]


def test_unwritable_target_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        assert main(["render", str(PLAN_EXAMPLE), "-o", str(locked / "p.docx")]) == 2


def test_schema_carries_vietnamese_terms(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "plan"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"].startswith("Kế hoạch (KH)")
    assert schema["properties"]["summary"]["title"] == "Trích yếu nội dung (ô 5a)"
    assert schema["additionalProperties"] is False
    signature = schema["$defs"]["Signature"]
    assert "họ tên người ký" in signature["description"]
    assert "thẩm quyền ký" in signature["properties"]["authority"]["title"].lower()


def test_schema_validates_the_example() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    from vanban import json_schema

    data = yaml.safe_load(PLAN_EXAMPLE.read_text(encoding="utf-8"))
    data["date"] = str(data["date"])
    jsonschema.validate(data, json_schema("plan"))


def test_unknown_kind_for_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "nghiquyet"]) == 2
    assert "expected one of" in capsys.readouterr().err


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("vanban ")


@pytest.mark.parametrize("kind", ["plan", "minutes", "report"])
def test_every_schema_property_is_described(kind: str) -> None:
    # Field docstrings are the descriptions; an undocumented field is a gap in the editor's help.
    from vanban import json_schema

    schema = json_schema(kind)
    missing = [
        f"{name}.{prop}"
        for name, definition in [("<root>", schema), *schema.get("$defs", {}).items()]
        for prop, value in definition.get("properties", {}).items()
        if not value.get("description")
    ]
    assert missing == []
    # The docstring under the field, cleaned as a docstring is: not its raw source text.
    assert schema["properties"]["summary"]["description"] == (
        "One short sentence saying what the document is about."
    )
