"""Inline emphasis: runs of bold, italic and underline inside body text, escaped as plain text."""

from __future__ import annotations

import io
from typing import Any

import docx
import pytest

import vanban
from vanban import InputError
from vanban.checks import check
from vanban.formatting.emphasis import emphasise, plain, runs, unbalanced
from vanban.formatting.text import clean_text
from vanban.loading import read_data

from .conftest import PLAN_EXAMPLE

RUNS: list[Any] = [
    "Các thôn gửi báo cáo ",
    {"bold": "trước ngày 30/6/2026"},
    " (sau đây gọi tắt là ",
    {"italic": "báo cáo quý"},
    "), ",
    {"text": "đúng mẫu", "bold": True, "underline": True},
    " <&> {{ x }} </w:t><w:b/>.",
]


def _plan(body: list[Any]) -> vanban.Document:
    data = read_data(PLAN_EXAMPLE)[0]
    data["body"] = body
    return vanban.parse(data)


def _runs_of(rendered: bytes, start: str) -> list[tuple[str, bool, bool, bool]]:
    for paragraph in docx.Document(io.BytesIO(rendered)).paragraphs:
        if paragraph.text.startswith(start):
            return [
                (r.text, bool(r.bold), bool(r.italic), bool(r.underline)) for r in paragraph.runs
            ]
    raise AssertionError(f"no paragraph starts with {start!r}")


@pytest.mark.parametrize("key", ["item", "paragraph", "task"])
def test_runs_print_bold_italic_underlined_and_escaped(key: str) -> None:
    label = "I. " if key != "paragraph" else ""
    rendered = _plan([{key: RUNS}]).to_docx()
    assert _runs_of(rendered, label + "Các thôn") == [
        (label + "Các thôn gửi báo cáo ", False, False, False),
        ("trước ngày 30/6/2026", True, False, False),
        (" (sau đây gọi tắt là ", False, False, False),
        ("báo cáo quý", False, True, False),
        ("), ", False, False, False),
        ("đúng mẫu", True, False, True),
        (" <&> {{ x }} </w:t><w:b/>./.", False, False, False),
    ]
    report = check(rendered)
    assert report.ok, report.to_text()


def test_the_dump_sees_the_runs() -> None:
    from vanban.dump import dump_docx

    text = dump_docx(_plan([{"item": RUNS}]).to_docx())
    assert 'run 2 "trước ngày 30/6/2026"\n    bold: true' in text
    assert 'run 6 "đúng mẫu"\n    bold: true\n    underline: single' in text


def test_placeholders_and_case_work_through_runs() -> None:
    data = read_data(PLAN_EXAMPLE)[0]
    data["figures"] = {"cases": 12}
    data["numbering"] = [{"style": "1.", "case": "upper"}]
    data["body"] = [{"item": ["Có ", {"bold": "{cases} vụ"}, " việc"]}]
    document = vanban.parse(data)
    assert _runs_of(document.to_docx(), "1.") == [
        ("1. CÓ ", False, False, False),
        ("12 VỤ", True, False, False),
        (" VIỆC./.", False, False, False),
    ]


def test_runs_round_trip_as_yaml() -> None:
    document = _plan([{"item": RUNS}])
    again = vanban.load_text(document.to_yaml())
    assert again == document
    assert "bold: trước ngày 30/6/2026" in document.to_yaml()


def test_marks_are_refused_outside_body_text_and_unbalanced_ones_everywhere() -> None:
    data = read_data(PLAN_EXAMPLE)[0]
    data["summary"] = "Kế hoạch \ufdd0năm 2026\ufdd1"
    with pytest.raises(InputError) as info:
        vanban.parse(data)
    assert info.value.issues[0].code == "forbidden_character"
    with pytest.raises(ValueError):
        clean_text("\ufdd4")
    with pytest.raises(InputError) as info:
        _plan([{"item": "a\ufdd0b"}])
    assert info.value.issues[0].code == "forbidden_character"
    # Balanced marks, as a model's own dump holds them, read back into the same runs.
    document = _plan([{"item": RUNS}])
    again = type(document).model_validate(document.model_dump(by_alias=True))
    assert again == document


@pytest.mark.parametrize(
    "run",
    [{"bold": 5}, {"bold": "a", "italic": "b"}, {"text": "a", "bold": "yes"}, {"weight": "a"}, 7],
)
def test_a_wrong_run_names_its_place(run: Any) -> None:
    with pytest.raises(InputError) as info:
        _plan([{"item": ["Đầu ", run]}])
    issue = info.value.issues[0]
    assert (issue.code, issue.path) == ("text_run", "body[0].item")
    assert "run 1" in issue.message


def test_emphasis_functions() -> None:
    text = "a" + emphasise("b", bold=True, italic=True) + "c"
    assert runs(text) == [
        ("a", frozenset()),
        ("b", frozenset({"bold", "italic"})),
        ("c", frozenset()),
    ]
    assert plain(text) == "abc"
    assert unbalanced(text) is None
    assert unbalanced("\ufdd0a") == "bold is not closed"
    assert unbalanced("a\ufdd1") == "bold is closed without being opened"
