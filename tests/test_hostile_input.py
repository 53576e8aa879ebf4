"""Hostile and broken input ends in a correct document or a clear error, never anything else.

The bad YAML files are under tests/data/invalid (one per case, each with its expected code,
checked by test_loading.py); this module covers what a file cannot show: the command line on
each of them, sizes and depths, encodings, and the character rule carried through to the .docx.
"""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

import vanban
from vanban import InputError, Plan
from vanban.cli import main
from vanban.loading import MAX_BYTES

from .conftest import DATA, PLAN_EXAMPLE
from .docx_read import open_docx, paragraphs

INVALID = sorted((DATA / "invalid").glob("*.yaml"))


@pytest.mark.parametrize("path", INVALID, ids=[p.name for p in INVALID])
def test_command_line_exits_2_naming_the_file(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.docx"
    assert main(["render", str(path), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("vanban: ") and str(path) in err
    assert "Traceback" not in err and "internal error" not in err
    assert not out.exists()


def plan_data() -> dict[str, Any]:
    return vanban.load(PLAN_EXAMPLE).model_dump(by_alias=True, mode="json", exclude_none=True)


# --- size, depth, encodings ------------------------------------------------------------------


def test_file_larger_than_any_document_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as stream:
        stream.truncate(MAX_BYTES + 1)  # sparse: nothing is written, nothing need be read
    with pytest.raises(InputError) as info:
        vanban.load(path)
    assert info.value.code == "file_too_large"


@pytest.mark.parametrize(
    "text",
    [
        "kind: plan\nbody:\n" + "  - Đoạn văn.\n" * 250_000,
        (DATA / "invalid" / "alias-bomb.yaml").read_text(encoding="utf-8"),
    ],
    ids=["many-values", "alias-bomb"],
)
def test_too_many_values_are_refused_fast(text: str) -> None:
    started = time.perf_counter()
    with pytest.raises(InputError) as info:
        vanban.load_text(text, "big.yaml")
    assert info.value.code == "yaml_too_large"
    assert time.perf_counter() - started < 10  # bounded: milliseconds, not minutes


@pytest.mark.parametrize("depth", [101, 100_000])
def test_deep_nesting_is_an_error_not_a_crash(depth: int) -> None:
    # libyaml's composer recurses in C: 100,000 levels used to kill the process.
    for text in (
        "x: " + "[" * depth + "]" * depth,
        "x:\n" + "".join(" " * i + "- \n" for i in range(1, min(depth, 2000))),
    ):
        with pytest.raises(InputError) as info:
            vanban.load_text(text, "deep.yaml")
        assert info.value.code == "yaml_too_deep"


def test_deep_data_from_python_is_an_error_not_a_recursion_error() -> None:
    node: dict[str, Any] = {"item": "Nội dung."}
    for _ in range(400):
        node = {"section": "Mục", "children": [node]}
    with pytest.raises(InputError) as info:
        vanban.parse({**plan_data(), "body": [node]})
    assert info.value.code == "recursion_depth_exceeded"
    assert "nested far too deeply" in str(info.value)


def test_deep_models_built_in_python_are_refused_as_they_are_built() -> None:
    node: vanban.Item | vanban.Section = vanban.Item(text="Nội dung.")
    with pytest.raises(ValidationError) as info:
        for _ in range(25):
            node = vanban.Section(title="Mục", children=[node])
    assert info.value.errors()[0]["type"] == "body_too_deep"


@pytest.mark.parametrize(
    ("encoding", "code"), [("utf-16", "encoding"), ("cp1252", "encoding"), ("utf-8-sig", None)]
)
def test_encodings(tmp_path: Path, encoding: str, code: str | None) -> None:
    path = tmp_path / "plan.yaml"
    path.write_bytes(PLAN_EXAMPLE.read_text(encoding="utf-8").encode(encoding, errors="replace"))
    if code is None:
        assert vanban.load(path) == vanban.load(PLAN_EXAMPLE)
        return
    with pytest.raises(InputError) as info:
        vanban.load(path)
    assert info.value.code == code and "save it as UTF-8" in str(info.value)


def test_a_bom_does_not_shift_line_numbers(tmp_path: Path) -> None:
    bad = DATA / "invalid" / "bad-authority.yaml"
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + bad.read_bytes())
    with pytest.raises(InputError) as info:
        vanban.load(path)
    assert info.value.issues[0].line == 15


def test_windows_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "crlf.yaml"
    path.write_bytes(PLAN_EXAMPLE.read_bytes().replace(b"\n", b"\r\n"))
    assert vanban.load(path) == vanban.load(PLAN_EXAMPLE)


@pytest.mark.parametrize(
    "text", ["", "\n\n   \n", "# only\n# comments\n", "---\n", "--- # nothing\n...\n"]
)
def test_nothing_in_the_file(text: str) -> None:
    with pytest.raises(InputError) as info:
        vanban.load_text(text, "empty.yaml")
    assert info.value.code == "empty"


@pytest.mark.parametrize(
    ("value", "code"),
    [("!!binary aGVsbG8=", "yaml_tag"), ("!!set {a, b}", "yaml_tag"), ("!!omap [a: 1]", "yaml_tag"),
     ("!!str 2023", None), ("!!int 12", None)],
)  # fmt: skip
def test_yaml_tags(value: str, code: str | None) -> None:
    text = PLAN_EXAMPLE.read_text(encoding="utf-8").replace("number: null", f"number: {value}")
    if code is None:
        try:
            vanban.load_text(text, "plan.yaml")
        except InputError as error:  # !!str 2023 is text where a number belongs: a type error
            assert error.code == "int_parsing" or "yaml" not in error.code
        return
    with pytest.raises(InputError) as info:
        vanban.load_text(text, "plan.yaml")
    assert info.value.code == code and info.value.issues[0].path == "number"


# --- the character rule, carried through to the document ------------------------------------


def rendered(**fields: Any) -> list[str]:
    document = vanban.parse({**plan_data(), **fields})
    return [p.text for p in paragraphs(open_docx(document.to_docx()))]


def test_text_comes_out_as_the_rule_says() -> None:
    nfd = "Ho\u0300a gia\u0309i ơ\u0309 cơ sơ\u0309"
    long_word = "Đường" * 300
    body = [
        nfd,
        "Dòng một\vdòng hai\r\ndòng ba\rdòng bốn",
        "Cột\tcột\ttab",
        "zero\u200bwidth, no\xa0break, joiner 👨\u200d👩\u200d👧 🇻🇳",
        long_word,
        "&amp; <b> \"quoted\" 'single' {{ x }} {% if %} {# c",
    ]
    texts = rendered(body=body)
    assert "Hòa giải ở cơ sở" in texts
    assert "Dòng một\ndòng hai\ndòng ba\ndòng bốn" in texts
    assert "Cột\tcột\ttab" in texts
    assert "zero\u200bwidth, no\xa0break, joiner 👨\u200d👩\u200d👧 🇻🇳" in texts
    assert long_word in texts
    assert "&amp; <b> \"quoted\" 'single' {{ x }} {% if %} {# c./." in texts


def test_line_breaks_and_tabs_are_word_breaks_and_tabs() -> None:
    document = vanban.parse({**plan_data(), "body": ["Một\vhai\tba"]})
    with zipfile.ZipFile(io.BytesIO(document.to_docx())) as archive:
        xml = archive.read("word/document.xml").decode()
    assert "Một</w:t><w:br/>" in xml and "<w:tab/>" in xml


@pytest.mark.parametrize("char", ["\x00", "\x0c", "\x1f", "\ud800", "\ufffe"])
@pytest.mark.parametrize(
    ("field", "path"),
    [
        ({"summary": "Trích {} yếu"}, "summary"),
        ({"recipients": ["UBND huyện", "Đảng {} ủy"]}, "recipients[1]"),
        ({"body": ["Mở đầu", {"section": "Mục", "children": [{"task": "Việc", "lead": "A{}"}]}]},
         "body[1].children[0].lead"),
    ],
)  # fmt: skip
def test_a_forbidden_character_names_the_field(char: str, field: dict[str, Any], path: str) -> None:
    def insert(value: Any) -> Any:
        if isinstance(value, str):
            return value.replace("{}", char)
        if isinstance(value, list):
            return [insert(v) for v in value]
        return {k: insert(v) for k, v in value.items()}

    with pytest.raises(InputError) as info:
        vanban.parse({**plan_data(), **insert(field)})
    (issue,) = info.value.issues
    assert (issue.code, issue.path) == ("forbidden_character", path)
    assert f"U+{ord(char):04X}" in issue.message


def test_a_forbidden_character_at_either_end_is_refused_not_trimmed() -> None:
    for value in ("\x0cTrích yếu", "Trích yếu\x0c"):
        with pytest.raises(InputError) as info:
            vanban.parse({**plan_data(), "summary": value})
        assert info.value.code == "forbidden_character"


def test_the_models_apply_the_same_rule() -> None:
    with pytest.raises(ValidationError) as info:
        vanban.Issuer(name="ỦY BAN\x00", code="UBND")
    assert info.value.errors()[0]["loc"] == ("name",)
    assert vanban.Item(text="Ho\u0300a\v", label=" a\u0300) ").label == "à)"


# --- meaning ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "code", "path"),
    [
        ({"date": "2023-02-31"}, "date_impossible", "date"),
        ({"date": "2023-02-29"}, "date_impossible", "date"),
        ({"date": "2024-13"}, "less_than_equal", "date.month"),
        ({"number": 0}, "greater_than", "number"),
        ({"number": -1}, "greater_than", "number"),
        ({"number": True}, "int_type", "number"),
        ({"recipients": []}, "recipients_missing", "recipients"),
        ({"body": []}, "too_short", "body"),
        ({"signature": {"authority": "KT", "on_behalf_of": "Chủ tịch", "title": "Chủ tịch",
                        "name": "Phạm Xuân Luân"}}, "signature_kt_needs_deputy", "signature"),
    ],
)  # fmt: skip
def test_impossible_meaning_is_a_clear_error(fields: dict[str, Any], code: str, path: str) -> None:
    with pytest.raises(InputError) as info:
        vanban.parse({**plan_data(), **fields})
    assert [(i.code, i.path) for i in info.value.issues] == [(code, path)], str(info.value)


def test_a_leap_day_is_a_date() -> None:
    assert isinstance(vanban.parse({**plan_data(), "date": "2024-02-29"}), Plan)
    assert any("ngày 29 tháng 02 năm 2024" in t for t in rendered(date="2024-02-29"))
