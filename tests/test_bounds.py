"""Every input bounded: small hostile inputs are refused or rendered within a bound that does not
depend on the machine (a count of operations, or a generous ``timeout``), never a hang."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import vanban
from vanban import InputError
from vanban.cli import main
from vanban.formatting.text import MAX_MARKS, break_name, text_width_pt
from vanban.loading import read_data

from .conftest import PLAN_EXAMPLE, time_bound


def plan_data() -> dict[str, Any]:
    data, _ = read_data(PLAN_EXAMPLE)
    assert isinstance(data, dict)
    return data


# --- item 1: a long issuer name is broken in near-linear work ------------------------------


def test_breaking_a_long_name_measures_each_character_once() -> None:
    calls = 0

    def width(text: str) -> float:
        nonlocal calls
        calls += 1
        return text_width_pt(text, 13, bold=True)

    name = ("ỦY BAN NHÂN DÂN " * 4000).strip()
    lines = break_name(name, width, 200)
    assert " ".join(lines) == name
    assert all(text_width_pt(line, 13, bold=True) <= 200 for line in lines)
    assert calls <= len(name) + 1  # was two measurements of both halves at every space


@pytest.mark.parametrize("field", ["name", "parent"])
def test_a_huge_issuer_name_renders(field: str) -> None:
    data = plan_data()
    data["issuer"][field] = ("Ủy ban nhân dân " * 8000).strip()  # 128 KB: minutes before
    with time_bound(120):
        assert vanban.parse(data).to_docx().startswith(b"PK")


def test_the_width_cache_keeps_no_long_text() -> None:
    from vanban.formatting.text import _cached_units

    _cached_units.cache_clear()
    text_width_pt("A" * 10_000, 13)
    assert _cached_units.cache_info().currsize == 0


# --- item 3: combining marks are bounded per letter ----------------------------------------


def test_a_run_of_combining_marks_is_refused_naming_the_place() -> None:
    data = plan_data()
    data["summary"] = "Kế hoạch e" + "\u0301\u0323" * 500_000  # 1 MB: > 120 s to normalise before
    with time_bound(60), pytest.raises(InputError) as info:
        vanban.parse(data)
    [issue] = info.value.issues
    assert (issue.code, issue.path) == ("combining_marks", "summary")
    assert f"position {len('Kế hoạch e') + MAX_MARKS + 1}" in issue.message


def test_vietnamese_marks_decomposed_are_still_fine() -> None:
    data = plan_data()
    data["summary"] = "Ke\u0302\u0301 hoa\u0323ch"  # "Kế hoạch" as macOS writes it
    assert vanban.parse(data).summary == "Kế hoạch"


@pytest.mark.parametrize("char", ["\x80", "\x85", "\x9f"])
def test_c1_controls_are_refused(char: str) -> None:
    data = plan_data()
    data["summary"] = f"Kế hoạch{char} năm 2023"
    with pytest.raises(InputError) as info:
        vanban.parse(data)
    assert info.value.issues[0].code == "forbidden_character"
    assert f"U+{ord(char):04X} at position 9" in info.value.issues[0].message


# --- item 2: aliases are bounded by the characters they expand to --------------------------


def test_one_long_text_aliased_many_times_is_refused() -> None:
    text = (
        "kind: plan\nsummary: &s " + "x" * 1_300_000 + "\nx: [" + ", ".join(["*s"] * 1000) + "]\n"
    )
    with time_bound(60), pytest.raises(InputError) as info:
        vanban.load_text(text, "aliases.yaml")  # was 24 s, 5.3 GB and a MemoryError
    [issue] = info.value.issues
    assert (issue.code, issue.file) == ("yaml_too_large", "aliases.yaml")
    assert "characters with aliases expanded" in issue.message


# --- item 6: reads are bounded whatever the file claims to be ------------------------------


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused_not_read(device: str, capsys: pytest.CaptureFixture[str]) -> None:
    with time_bound(30):
        assert main(["render", device]) == 2
    assert f"vanban: {device}: is a device or special file" in capsys.readouterr().err


def test_a_fifo_without_a_writer_is_refused_not_waited_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "plan.yaml"
    os.mkfifo(fifo)
    with time_bound(30):
        assert main(["render", str(fifo)]) == 2
    assert (
        "is a pipe, not a regular file; expected a YAML file [not_a_file]"
        in capsys.readouterr().err
    )


def test_a_file_that_grows_past_its_size_is_read_only_to_the_bound(tmp_path: Path) -> None:
    from vanban.reading import read_bounded

    path = tmp_path / "plan.yaml"
    path.write_bytes(b"x" * 101)
    with pytest.raises(InputError) as info:
        read_bounded(path, 100)
    assert info.value.issues[0].code == "file_too_large"
    assert read_bounded(path, 101) == b"x" * 101


# --- item 16: YAML merges, line separators ---------------------------------------------------


def test_a_merge_key_is_overridden_by_a_key_written_beside_it() -> None:
    text = PLAN_EXAMPLE.read_text(encoding="utf-8").replace(
        "signature:\n", "signature:\n  <<: &signer {name: Người Khác, title: Chủ tịch}\n", 1
    )
    text += "\nx-other: {<<: *signer}\n"
    from vanban.loading import _Builder, _compose

    builder = _Builder("merge.yaml")
    built = builder.build(_compose(text, "merge.yaml"))
    assert not builder.issues
    written = plan_data()["signature"]
    assert built["signature"]["name"] == written["name"]  # the key written wins
    assert built["x-other"] == {"name": "Người Khác", "title": "Chủ tịch"}


def test_of_merged_mappings_the_first_listed_wins() -> None:
    text = "a: &a {x: 1}\nb: &b\n  <<: *a\n  x: 2\nc: {<<: [*b, *a]}\nd: {<<: [*a, *b]}\n"
    from vanban.loading import _Builder, _compose

    builder = _Builder("merge.yaml")
    built = builder.build(_compose(text, "merge.yaml"))
    assert (built["b"], built["c"], built["d"]) == ({"x": 2}, {"x": 2}, {"x": 1})


def test_a_line_separator_inside_quotes_is_kept_and_outside_refused() -> None:
    from vanban.loading import _Builder, _compose

    for quote in "'\"":
        builder = _Builder("q.yaml")
        node = _compose(f"summary: {quote}Đầu\u2028cuối{quote}\n", "q.yaml")
        assert builder.build(node) == {"summary": "Đầu\u2028cuối"}
    text = PLAN_EXAMPLE.read_text(encoding="utf-8")
    plain = text + "x-note: a\u2028b: c\n"  # would silently be two keys
    with pytest.raises(InputError) as info:
        vanban.load_text(plain, "p.yaml")
    [issue] = info.value.issues
    assert issue.code == "yaml_character" and issue.line == text.count("\n") + 1
