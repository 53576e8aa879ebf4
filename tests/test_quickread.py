"""The quick reading of plain YAML: the same data as the full reader, or none at all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import vanban
from vanban import InputError, loading
from vanban.quickread import quick_data

from .conftest import DATA

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(
    [*(ROOT / "examples").rglob("*.yaml"), *DATA.rglob("*.yaml")],
    key=lambda p: str(p),
)


def quick(text: str) -> Any:
    return quick_data(text, loading.MAX_DEPTH, loading.MAX_NODES, loading.MAX_CHARS)


def full(text: str) -> tuple[Any, list[vanban.Issue]]:
    node = loading._compose(text, "x.yaml")
    builder = loading._Builder("x.yaml")
    return builder.build(node), builder.issues


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_quick_data_is_the_full_readers_data_or_none(path: Path) -> None:
    text = path.read_bytes().decode("utf-8", "replace")
    data = quick(text)
    if data is None:
        return
    expected, issues = full(text)
    assert not issues
    # repr tells True from 1 and 1.0 from 1, which == does not.
    assert repr(data) == repr(expected)


def test_every_example_is_read_quickly() -> None:
    examples = sorted((ROOT / "examples").glob("*.yaml"))
    assert examples
    assert all(quick(p.read_text(encoding="utf-8")) is not None for p in examples)


@pytest.mark.parametrize(
    "text",
    [
        "kind: plan\na: &x 1\nb: *x\n",  # anchor and alias
        "kind: plan\nb: !!str 12\n",  # a tag
        "kind: plan\nb: !!binary aGk=\n",
        "kind: plan\nb: !custom x\n",
        "kind: plan\nd: &d {a: 1}\ne:\n  <<: *d\n",  # a merge key
        "kind: plan\nkind: report\n",  # a duplicate key
        "kind: plan\nn: 0x1A\n",  # numbers vanban refuses
        "kind: plan\nn: 1_000\n",
        "kind: plan\n1: x\n",  # keys that are not plain text
        "kind: plan\nno: x\n",
        "kind: plan\n? [a]\n: b\n",
        "kind: plan\nt: a\x85b\n",  # separators YAML reads as line breaks
        "kind: plan\nt: 'a\u2028b'\n",
        "kind: plan\n---\nkind: plan\n",  # two documents
        "kind: plan\n\tt: x\n",  # a syntax error
        "kind: plan\nx: " + "[" * 150 + "]" * 150 + "\n",  # nesting past the bound
        "- kind: plan\n",  # not a mapping
        "",
        "kind: plan\nv: <<\n",
        "kind: plan\nv: =\n",
        "kind: plan\nn: " + "9" * 5000 + "\n",  # past Python's digits limit
        "kind: plan\nt: a\ud800b\n",  # a lone surrogate, as a Python caller can pass
        'kind: plan\nt: "a\\ud800b"\n',  # one written as an escape
    ],
)
def test_anything_unusual_is_left_to_the_full_reader(text: str) -> None:
    assert quick(text) is None


def test_the_bounds_are_the_full_readers() -> None:
    text = "kind: plan\nitems: [" + ", ".join(["a"] * 50) + "]\n"
    assert quick_data(text, 100, 10, 1000) is None
    assert quick_data(text, 100, 1000, 20) is None
    assert quick_data(text, 100, 1000, 1000) == {"kind": "plan", "items": ["a"] * 50}


def test_plain_values_are_read_as_the_full_reader_reads_them() -> None:
    text = (
        "kind: plan\na: 012\nb: 1.5\nc: true\nd: ~\ne: 2026-03-01\nf: 7:30\ng: '012'\nh: |\n  x\n"
    )
    data = quick(text)
    assert data is not None
    assert repr(data) == repr(full(text)[0])
    assert data["a"] == 12 and data["e"] == "2026-03-01" and data["f"] == "7:30"


def test_a_quickly_read_file_that_fails_validation_still_names_its_lines() -> None:
    text = "kind: plan\nissuer:\n  name: X\nsummary: 12\n"
    assert quick(text) is not None
    with pytest.raises(InputError) as info:
        vanban.load_text(text, "p.yaml")
    assert all(issue.line is not None for issue in info.value.issues)
    assert any(issue.line == 4 for issue in info.value.issues)


def test_a_plain_file_is_not_composed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The quick path is taken: the full reader is not even started."""

    def refuse(*args: object) -> None:
        raise AssertionError("composed")

    monkeypatch.setattr(loading, "_compose", refuse)
    plan = ROOT / "examples" / "plan-hoa-giai-doan-ket.yaml"
    assert vanban.load(plan).kind == "plan"


def mutants(count: int) -> list[str]:
    """Examples with lines deleted, duplicated, re-indented or given YAML's special characters."""
    import random

    chance = random.Random(18)
    sources = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.yaml"))]
    marks = ["&a ", "*a", "!!str ", "<<: ", "0x1", "1_0", "? ", "- ", "\t", '"\\u00e9', "'", "~"]
    out = []
    for _ in range(count):
        lines = chance.choice(sources).split("\n")
        for _ in range(chance.randint(1, 3)):
            at = chance.randrange(len(lines))
            action = chance.randrange(4)
            if action == 0:
                del lines[at]
            elif action == 1:
                lines.insert(at, lines[at])
            elif action == 2:
                lines[at] = " " * chance.randint(1, 4) + lines[at]
            else:
                cut = chance.randint(0, len(lines[at]))
                lines[at] = lines[at][:cut] + chance.choice(marks) + lines[at][cut:]
        out.append("\n".join(lines))
    return out


def test_mutated_examples_read_quickly_are_read_alike_fully() -> None:
    read = 0
    for text in mutants(300):
        data = quick(text)
        if data is None:
            continue
        read += 1
        expected, issues = full(text)
        assert not issues, text
        assert repr(data) == repr(expected)
    assert read > 50  # most mutants stay plain YAML
