"""Minutes and reports through the shared render path: their templates, docxtpl, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document as open_template

import vanban
from vanban.cli import main
from vanban.registry import KINDS
from vanban.rendering import core_properties, default_template
from vanban.rendering.context import build_context
from vanban.rendering.engine import PreparedTemplate, render_reference

from .samples import MINUTES_EXAMPLE, REPORT_EXAMPLE, SEMINAR_EXAMPLE

EXAMPLES = [MINUTES_EXAMPLE, SEMINAR_EXAMPLE, REPORT_EXAMPLE]


def test_kinds_are_registered() -> None:
    assert KINDS["minutes"] is vanban.Minutes
    assert KINDS["report"] is vanban.Report
    assert issubclass(vanban.Minutes, vanban.Document)
    assert issubclass(vanban.Report, vanban.NamedDocument)
    assert vanban.Minutes.document_type.code == "BB"
    assert vanban.Report.document_type.code == "BC"


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_fast_path_matches_docxtpl_byte_for_byte(example: Path) -> None:
    document = vanban.load(example)
    path = default_template(document)
    context, core = build_context(document), core_properties(document)
    assert PreparedTemplate(path).render(context, core) == render_reference(path, context, core)


def test_minutes_use_their_own_template_and_reports_the_named_one() -> None:
    assert default_template(vanban.load(MINUTES_EXAMPLE)).name == "minutes.docx"
    assert default_template(vanban.load(REPORT_EXAMPLE)).name == "document.docx"


def test_minutes_template_is_a_word_document_with_the_shared_styles() -> None:
    path = default_template(vanban.load(MINUTES_EXAMPLE))
    names = {s.name for s in open_template(str(path)).styles}
    assert {"VB Issuer", "VB Motto", "VB Type Name", "VB Signature", "VB Signer Name"} <= names
    assert {"VB Table Head", "VB Table Number", "VB Appendix Label"} <= names


@pytest.mark.parametrize("kind", ["minutes", "report"])
def test_schema_command(kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", kind]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["properties"]["kind"]["const"] == kind
    assert schema["additionalProperties"] is False
    assert schema["$defs"]["Table"]["properties"]["table"]["title"] == "Tên bảng"


def test_render_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(MINUTES_EXAMPLE), str(REPORT_EXAMPLE), "-o", str(tmp_path)]) == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == [MINUTES_EXAMPLE.stem + ".docx", REPORT_EXAMPLE.stem + ".docx"]


def test_bad_minutes_are_an_input_error_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bb.yaml"
    bad.write_text(
        MINUTES_EXAMPLE.read_text(encoding="utf-8").replace('end: "10:30"', 'end: "07:30"'),
        encoding="utf-8",
    )
    assert main(["render", str(bad)]) == 2
    message = capsys.readouterr().err
    assert f"{bad}:" in message and "end: the meeting ends at 07:30" in message
