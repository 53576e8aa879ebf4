"""YAML → model: every bad input under tests/data/invalid gives its code, line and field path."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import vanban
from vanban import InputError, Plan

from .conftest import DATA, PLAN_EXAMPLE

INVALID = sorted((DATA / "invalid").glob("*.yaml"))
EXPECT = re.compile(r"# expect: (?P<code>\w+)(?: line (?P<line>\d+))?(?: path (?P<path>\S+))?")


def expectation(path: Path) -> re.Match[str]:
    first = path.read_bytes().split(b"\n", 1)[0].decode("ascii")
    match = EXPECT.fullmatch(first)
    assert match, f"{path.name} must start with '# expect: CODE [line N] [path P]'"
    return match


@pytest.mark.parametrize("path", INVALID, ids=[p.name for p in INVALID])
def test_invalid_input_names_code_line_and_path(path: Path) -> None:
    expected = expectation(path)
    with pytest.raises(InputError) as info:
        vanban.load(path)
    issues = info.value.issues
    matching = [i for i in issues if i.code == expected["code"]]
    assert matching, f"expected {expected['code']}, got {[str(i) for i in issues]}"
    issue = matching[0]
    assert issue.file == str(path)
    if expected["line"]:
        assert issue.line == int(expected["line"]), str(issue)
    if expected["path"]:
        assert issue.path == expected["path"], str(issue)
    # The message is for a person: it names the file and line, never a Python type.
    text = str(info.value)
    assert str(path) in text
    assert "Traceback" not in text and "pydantic" not in text.lower()


def test_unknown_key_suggests_the_right_one() -> None:
    with pytest.raises(InputError) as info:
        vanban.load(DATA / "invalid" / "unknown-key.yaml")
    assert 'did you mean "summary"?' in str(info.value)


def test_all_errors_in_a_file_are_reported_at_once_in_file_order() -> None:
    text = PLAN_EXAMPLE.read_text(encoding="utf-8")
    text = text.replace("  code: UBND", "  code: ubnd").replace(
        "  name: Phạm Xuân Luân", "  nam: X"
    )
    text = text.replace("date: 2023-05 ", "date: 2023-13 ")
    with pytest.raises(InputError) as info:
        vanban.load_text(text, "plan.yaml")
    issues = info.value.issues
    assert len(issues) >= 4
    assert [i.line for i in issues] == sorted(i.line or 0 for i in issues)
    codes = {i.code for i in issues}
    assert {"string_pattern_mismatch", "extra_forbidden", "missing"} <= codes
    for issue in issues:
        assert issue.file == "plan.yaml" and issue.line is not None


def test_error_lines_point_at_the_value() -> None:
    text = PLAN_EXAMPLE.read_text(encoding="utf-8")
    lines = text.splitlines()
    target = next(i for i, line in enumerate(lines) if line.startswith("  title: Chủ tịch")) + 1
    with pytest.raises(InputError) as info:
        vanban.load_text(text.replace("  title: Chủ tịch", "  title: 42"), "p.yaml")
    (issue,) = info.value.issues
    assert (issue.line, issue.path, issue.code) == (target, "signature.title", "string_type")
    assert "expected text, got the number 42" in issue.message


def test_missing_file_and_folder() -> None:
    with pytest.raises(InputError) as info:
        vanban.load(DATA / "no-such-file.yaml")
    assert info.value.code == "file_not_found"
    with pytest.raises(InputError) as info:
        vanban.load(DATA)
    assert info.value.code == "not_a_file"


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + PLAN_EXAMPLE.read_bytes())
    assert isinstance(vanban.load(path), Plan)


def test_example_loads() -> None:
    plan = vanban.load(PLAN_EXAMPLE)
    assert isinstance(plan, Plan)
    assert plan.number is None and plan.date.month == 5 and plan.date.day is None


def test_parse_plain_data_reports_paths() -> None:
    with pytest.raises(InputError) as info:
        vanban.parse({"kind": "plan", "issuer": {"name": "X", "code": "UBND"}})
    paths = {i.path for i in info.value.issues}
    assert {"place", "date", "summary", "body", "signature", "recipients"} <= paths
    assert all(i.file is None for i in info.value.issues)


@pytest.mark.parametrize(
    ("yaml_text", "path"),
    [
        ("body:\n  - Căn cứ Kế hoạch số 12: Ủy ban nhân dân xã xây dựng kế hoạch.\n", "body[0]"),
        ("recipients:\n  - Phòng Tư pháp: để biết\n", "recipients[0]"),
    ],
)
def test_a_text_split_by_yaml_at_a_colon_says_to_quote_it(yaml_text: str, path: str) -> None:
    with pytest.raises(InputError) as info:
        vanban.load_text("kind: plan\n" + yaml_text, "plan.yaml")
    (issue,) = [i for i in info.value.issues if i.path == path]
    assert issue.line == 3
    assert 'YAML split it at ": " into a key and a value: put the whole text in quotes' in (
        issue.message
    )


def test_a_misspelt_key_gets_no_quoting_advice() -> None:
    text = PLAN_EXAMPLE.read_text(encoding="utf-8").replace("  - section:", "  - sectoin:", 1)
    with pytest.raises(InputError) as info:
        vanban.load_text(text, "plan.yaml")
    assert "quotes" not in str(info.value)


@pytest.mark.parametrize(
    ("kind", "entry", "hint"),
    [
        (
            "plan",
            {"sectoin": "Mục đích", "children": ["Nội dung."]},
            'did you mean "section" for "sectoin"?',
        ),
        ("plan", {"itme": "Nội dung."}, 'did you mean "item" for "itme"?'),
        ("report", {"result": ["Nội dung."]}, 'did you mean "results" for "result"?'),
    ],
)
def test_a_misspelt_body_entry_gets_the_kind_it_was_meant_to_be(
    kind: str, entry: dict[str, object], hint: str
) -> None:
    with pytest.raises(InputError) as info:
        vanban.parse({"kind": kind, "body": [entry]})
    (issue,) = [i for i in info.value.issues if i.path == "body[0]"]
    assert issue.code == "body_node" and issue.message.endswith(hint)


def test_an_unrelated_body_entry_gets_no_guess() -> None:
    with pytest.raises(InputError) as info:
        vanban.parse({"kind": "plan", "body": [{"foo": "x"}]})
    (issue,) = [i for i in info.value.issues if i.path == "body[0]"]
    assert "did you mean" not in issue.message
