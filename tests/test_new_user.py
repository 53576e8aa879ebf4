"""What a new user writes: numbers, dates and texts as a Vietnamese clerk types them."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import vanban
from vanban import InputError
from vanban.cli import main
from vanban.errors import InputWarning
from vanban.registry import KINDS

from .conftest import PLAN_EXAMPLE

PLAN = PLAN_EXAMPLE.read_text(encoding="utf-8")


def plan_with(old: str, new: str) -> str:
    assert old in PLAN
    return PLAN.replace(old, new, 1)


# --- 1. integers ------------------------------------------------------------------------------
@pytest.mark.parametrize(("written", "number"), [("012", 12), ("05", 5), ("08", 8), ("7", 7)])
def test_a_leading_zero_is_decimal_not_octal(written: str, number: int) -> None:
    plan = vanban.load_text(plan_with("number: null ", f"number: {written} "))
    assert plan.number == number


@pytest.mark.parametrize(
    ("written", "says"),
    [("0x1A", "hexadecimal"), ("0b101", "binary"), ("1_000", '"_"'), ("0o17", "whole number")],
)
def test_other_bases_and_underscores_are_refused(written: str, says: str) -> None:
    with pytest.raises(InputError) as info:
        vanban.load_text(plan_with("number: null ", f"number: {written} "), "p.yaml")
    (issue,) = info.value.issues
    assert issue.path == "number" and issue.line is not None
    assert says in issue.message


def test_every_integer_field_reads_leading_zeros_as_decimal() -> None:
    text = (
        Path(PLAN_EXAMPLE.parent / "report-hoa-giai-quy-ii-2020-ngoc-thuy.yaml")
        .read_text(encoding="utf-8")
        .replace("received: 4", "received: 010", 1)
    )
    assert "received: 010" in text
    report = vanban.load_text(text)
    assert report.figures["received"].number == 10  # type: ignore[attr-defined]


def test_a_table_cell_with_a_leading_zero_is_decimal() -> None:
    text = "\n".join(
        [
            "  - table: null",
            "    columns: [{header: Tổ}, {header: Số vụ, type: number}]",
            "    rows:",
            "      - [Tổ 1, 012]",
            "",
        ]
    )
    plan = vanban.load_text(PLAN.replace("\nbody:\n", "\nbody:\n" + text, 1))
    table = plan.body[0]
    assert str(table.rows[0][1]) == "12"  # type: ignore[union-attr]


def test_a_time_written_with_a_colon_stays_text() -> None:
    plan = vanban.load_text(plan_with("  name: Phạm Xuân Luân", "  name: Phạm Xuân Luân 7:30"))
    assert plan.signature.name.endswith("7:30")


# --- 10. dates as Vietnamese write them -------------------------------------------------------
@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("02/10/2026", (2026, 10, 2)),
        ("2/10/2026", (2026, 10, 2)),
        ('"ngày 02 tháng 10 năm 2026"', (2026, 10, 2)),
        ("tháng 10/2026", (2026, 10, None)),
        ("10/2026", (2026, 10, None)),
    ],
)
def test_dates_are_read_day_first(written: str, expected: tuple[int, int, int | None]) -> None:
    plan = vanban.load_text(plan_with("date: 2023-05 ", f"date: {written} "))
    assert (plan.date.year, plan.date.month, plan.date.day) == expected


def test_a_date_not_understood_says_what_to_write() -> None:
    with pytest.raises(InputError) as info:
        vanban.load_text(plan_with("date: 2023-05 ", "date: 10/02 "), "p.yaml")
    (issue,) = info.value.issues
    assert issue.code == "date_format" and issue.path == "date"
    assert '"02/10/2026"' in issue.message and "day first" in issue.message


# --- 9. plain hints for ": " and indentation --------------------------------------------------
def test_a_colon_in_a_text_says_to_quote_it() -> None:
    text = plan_with("  Nâng cao chất lượng, hiệu quả", "  Kế hoạch: Nâng cao chất lượng, hiệu quả")
    text = text.replace("summary: >-\n  Kế hoạch:", "summary: Kế hoạch:", 1)
    with pytest.raises(InputError) as info:
        vanban.load_text(text, "p.yaml")
    (issue,) = info.value.issues
    assert issue.code == "yaml_syntax"
    assert 'put the whole text in quotes: summary: "' in issue.message


def test_a_colon_in_a_list_item_says_to_quote_it() -> None:
    text = "kind: plan\nbody:\n  - item: Yêu cầu: làm ngay\n"
    with pytest.raises(InputError) as info:
        vanban.load_text(text, "p.yaml")
    assert 'item: "Yêu cầu: làm ngay"' in str(info.value)
    assert info.value.issues[0].line == 3


@pytest.mark.parametrize(
    "text", ["issuer:\n  name: a\n code: b\n", "issuer:\n  name: a\n    code: b\n"]
)
def test_bad_indentation_says_so(text: str) -> None:
    with pytest.raises(InputError) as info:
        vanban.load_text("kind: plan\n" + text, "p.yaml")
    (issue,) = info.value.issues
    assert issue.line == 4
    assert "indentation of line 4" in issue.message and "the line above (2 spaces)" in issue.message


# --- 2. a flow list split at a comma ----------------------------------------------------------
def plan_with_recipients(line: str) -> str:
    """The example plan with its Nơi nhận replaced by one line."""
    lines = PLAN.split("\n")
    start = next(i for i, text in enumerate(lines) if text.startswith("recipients:"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i] and lines[i][0] != " ")
    return "\n".join([*lines[:start], line, *lines[end:]])


SPLIT = "recipients: [Sở Tư pháp, Công an tỉnh (để báo cáo, phối hợp)]"


def test_a_flow_list_split_inside_an_item_warns() -> None:
    with pytest.warns(InputWarning, match=r"p.yaml:\d+: .*\"Công an tỉnh \(để báo cáo\".*quotes"):
        vanban.load_text(plan_with_recipients(SPLIT), "p.yaml")


def test_a_quoted_flow_list_does_not_warn() -> None:
    text = plan_with_recipients('recipients: [Sở Tư pháp, "Công an tỉnh (để báo cáo, phối hợp)"]')
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        plan = vanban.load_text(text, "p.yaml")
    assert len(plan.recipients) == 2  # type: ignore[attr-defined]


def test_a_flow_list_split_into_too_many_values_hints_in_the_error() -> None:
    text = "kind: plan\nnumbering: [I., 1., a), sau đó, -]\n"
    with pytest.raises(InputError) as info:
        vanban.load_text(text, "p.yaml")
    assert any("put that item in quotes" in i.message for i in info.value.issues if i.line == 2)


def test_the_command_line_prints_the_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "p.yaml"
    source.write_text(plan_with_recipients(SPLIT), encoding="utf-8")
    assert main(["render", str(source)]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"vanban: warning: {source}:") and "quotes" in err


# --- 6. a saved draft reloads -----------------------------------------------------------------
EXAMPLES = sorted(PLAN_EXAMPLE.parent.glob("*.yaml"))


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_example_round_trips_as_data_and_as_yaml(path: Path) -> None:
    import json

    document = vanban.load(path)
    data = document.to_data()
    assert data["kind"] == document.kind  # type: ignore[attr-defined]
    again = vanban.parse(json.loads(json.dumps(data, ensure_ascii=False)))
    assert again == document
    assert again.to_docx() == document.to_docx()
    assert vanban.load_text(document.to_yaml(), "back.yaml") == document


def test_a_document_built_in_python_round_trips() -> None:
    plan = vanban.load(PLAN_EXAMPLE)
    built = type(plan)(**{name: getattr(plan, name) for name in type(plan).model_fields})
    assert vanban.parse(built.to_data()) == plan


# --- 7. one exception type for one mistake ----------------------------------------------------
def test_a_constructor_raises_input_error_with_the_codes_and_paths_of_parse() -> None:
    from pydantic import ValidationError

    with pytest.raises(InputError) as built:
        vanban.Section(title="Mục", children=[vanban.Item(text="a"), {"item": "b", "lead": 1}])
    with pytest.raises(InputError) as parsed:
        vanban.parse(
            {
                **vanban.load(PLAN_EXAMPLE).to_data(),
                "body": [{"section": "Mục", "children": [{"item": "a"}, {"item": "b", "lead": 1}]}],
            }
        )
    (issue,) = built.value.issues
    assert (issue.code, issue.path, issue.loc) == (
        "extra_forbidden",
        "children[1].lead",
        ("children", 1, "lead"),
    )
    (other,) = parsed.value.issues
    assert (other.code, other.path) == ("extra_forbidden", "body[0].children[1].lead")
    assert other.loc == ("body", 0, "children", 1, "lead")
    # Still pydantic's error too, for programs that caught that before.
    assert isinstance(built.value, ValidationError)
    assert built.value.errors()[0]["type"] == "extra_forbidden"
    assert "children[1].lead: unknown key" in str(built.value)


def test_a_nested_model_error_keeps_vanbans_message() -> None:
    with pytest.raises(InputError) as info:
        vanban.Issuer(name="ỦY BAN\x00", code="UBND")
    assert info.value.issues[0].code == "forbidden_character"
    assert info.value.issues[0].loc == ("name",)


# --- 8. the public namespace ------------------------------------------------------------------
def test_dir_shows_only_public_names() -> None:
    shown = {name for name in dir(vanban) if not name.startswith("__")}
    assert shown == {name for name in vanban.__all__ if not name.startswith("__")}
    assert not {"Any", "TYPE_CHECKING", "annotations", "lazy_names"} & set(dir(vanban))


def test_the_readme_python_example_passes_mypy_strict_with_the_documented_plugin(
    tmp_path: Path,
) -> None:
    import re
    import subprocess
    import sys

    readme = (PLAN_EXAMPLE.parent.parent / "README.md").read_text(encoding="utf-8")
    (example,) = [
        block
        for block in re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
        if "vanban.Plan(" in block
    ]
    (config,) = re.findall(r"```toml\n(\[tool\.mypy\].*?)```", readme, flags=re.DOTALL)
    (tmp_path / "example.py").write_text(example, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(config, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "example.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- 4. the command line's output rules -------------------------------------------------------
def test_one_input_o_is_the_file_and_its_folder_is_made(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "plan.docx"
    assert main(["render", str(PLAN_EXAMPLE), "-o", str(target)]) == 0
    assert target.read_bytes()[:2] == b"PK"


def test_a_trailing_slash_or_an_existing_folder_means_into_it(tmp_path: Path) -> None:
    assert main(["render", str(PLAN_EXAMPLE), "-o", f"{tmp_path / 'new'}/"]) == 0
    assert (tmp_path / "new" / "plan-hoa-giai-doan-ket.docx").is_file()
    (tmp_path / "there").mkdir()
    assert main(["render", str(PLAN_EXAMPLE), "-o", str(tmp_path / "there")]) == 0
    assert (tmp_path / "there" / "plan-hoa-giai-doan-ket.docx").is_file()


@pytest.mark.parametrize("output", ["out.pdf", "plan"])
def test_one_input_o_without_docx_is_refused_not_made_a_folder(
    tmp_path: Path, output: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["render", str(PLAN_EXAMPLE), "-o", str(tmp_path / output)]) == 2
    err = capsys.readouterr().err
    assert "[output_name]" in err and '("out/")' in err
    assert not (tmp_path / output).exists()


def test_several_inputs_refuse_a_docx_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["render", str(PLAN_EXAMPLE), str(PLAN_EXAMPLE), "-o", str(tmp_path / "single.docx")]
    assert main(args) == 2
    assert "several documents go into a folder" in capsys.readouterr().err
    assert not (tmp_path / "single.docx").exists()


def test_o_dash_writes_the_docx_to_stdout_and_dash_reads_stdin(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "vanban", "render", "-", "-o", "-"],
        input=PLAN_EXAMPLE.read_bytes(),
        capture_output=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == vanban.load(PLAN_EXAMPLE).to_docx()


def test_stdin_needs_a_file_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", "-"]) == 2
    assert '"-o -"' in capsys.readouterr().err


def test_render_has_a_description() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "vanban", "render", "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert "Render YAML documents" in result.stdout and "standard output" in result.stdout


# --- 5. a starter per kind --------------------------------------------------------------------
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_has_a_starter_that_renders_and_checks(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", kind]) == 0
    text = capsys.readouterr().out
    assert text.startswith("#") and f"kind: {kind}" in text
    comments = [line.split("#", 1)[1] for line in text.splitlines() if "# " in line]
    # Vietnamese comments, saying what the fields print.
    assert sum(not c.isascii() for c in comments) >= 15
    document = vanban.load_text(text, f"{kind}.yaml")
    assert document.kind == kind  # type: ignore[attr-defined]
    target = tmp_path / f"{kind}.docx"
    vanban.render(document, target)
    report = vanban.check(target)
    assert report.ok and not report.warnings, report.summary()


def test_new_refuses_an_unknown_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "letterhead"]) == 2
    err = capsys.readouterr().err
    assert "expected one of" in err and "(loại văn bản)" in err
    assert all(kind in err for kind in KINDS)


# --- 11. README runs as written ---------------------------------------------------------------
README_TEXT = (PLAN_EXAMPLE.parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_a_virtual_environment() -> None:
    first = README_TEXT.split("```bash\n", 1)[1].splitlines()[0]
    assert first == "python3 -m venv .venv && . .venv/bin/activate"


def test_readme_examples_use_the_two_tier_local_government() -> None:
    # Since 1 July 2025 there are no districts: tỉnh/thành phố, then xã/phường/đặc khu. The prose
    # may name the old units (to say they are gone); the examples never do.
    import re

    examples = "\n".join(re.findall(r"```\w*\n(.*?)```", README_TEXT, re.DOTALL)).lower()
    assert examples
    assert "huyện" not in examples and " quận" not in examples


def test_the_readme_check_example_runs_on_the_shipped_cong_van(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """examples/cong-van.docx is tests/checks/conftest.py's build_foreign(), saved."""
    import re

    section = README_TEXT[README_TEXT.index("## Checking a document against Decree 30") :]
    command, *expected = re.findall(r"```console\n(.*?)```", section, re.DOTALL)[0].splitlines()
    monkeypatch.chdir(PLAN_EXAMPLE.parent)
    assert command == "$ vanban check cong-van.docx"
    assert main(command.split()[2:]) == 1
    assert capsys.readouterr().out.splitlines() == expected


def test_a_closed_pipe_is_not_an_internal_error() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        f"{sys.executable} -m vanban new plan | head -1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.stdout.startswith("# ") and "internal error" not in result.stderr


def test_an_assignment_raises_the_same_input_error() -> None:
    plan = vanban.load(PLAN_EXAMPLE)
    with pytest.raises(InputError) as info:
        plan.summary = "   "
    assert [(i.code, i.loc) for i in info.value.issues] == [("string_too_short", ("summary",))]


@pytest.mark.parametrize(
    "written", [("01/01/2020", "30/6/2020"), ("ngày 01 tháng 01 năm 2020", "2020-06-30")]
)
def test_a_period_of_dates_is_read_day_first(written: tuple[str, str]) -> None:
    import datetime as dt

    data = vanban.load(PLAN_EXAMPLE.parent / "report-hoa-giai-quy-ii-2020-ngoc-thuy.yaml")
    report = vanban.parse({**data.to_data(), "period": {"from": written[0], "to": written[1]}})
    assert (report.period.start, report.period.end) == (  # type: ignore[attr-defined]
        dt.date(2020, 1, 1),
        dt.date(2020, 6, 30),
    )


def test_a_date_range_not_understood_says_what_to_write() -> None:
    data = vanban.load(PLAN_EXAMPLE.parent / "report-hoa-giai-quy-ii-2020-ngoc-thuy.yaml")
    with pytest.raises(InputError) as info:
        vanban.parse({**data.to_data(), "period": {"from": "1/2020", "to": "30/6/2020"}})
    (issue,) = info.value.issues
    assert (issue.code, issue.path) == ("date_format", "period.from")
    assert "day first" in issue.message
