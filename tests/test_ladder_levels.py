"""Each level of a ladder says its case and weight; the Decree's default otherwise."""

from __future__ import annotations

import io
import re

import docx
import pytest

import vanban
from vanban.checks import check
from vanban.errors import InputError
from vanban.formatting.levels import Case, Level
from vanban.formatting.numbering import LevelStyle
from vanban.loading import read_data
from vanban.rendering.parts import flatten_body

from .conftest import PLAN_EXAMPLE

# Sections four deep, an item under each: every depth of the ladder is printed.
BODY = [
    {"section": "Mục đích, yêu cầu", "children": [
        {"item": "Nâng cao hiệu quả."},
        {"section": "Mục đích", "children": [
            {"item": "Tuyên truyền pháp luật."},
            {"section": "Đối tượng", "children": [
                {"item": "Người dân."},
                {"section": "Phạm vi", "children": [{"item": "Các thôn."}]},
            ]},
        ]},
    ]},
]  # fmt: skip


def _plan(numbering: list[object]) -> vanban.Document:
    data = read_data(PLAN_EXAMPLE)[0]
    data["numbering"] = numbering
    data["body"] = BODY
    return vanban.parse(data)


def _blocks(numbering: list[object]) -> list[tuple[str, str]]:
    document = _plan(numbering)
    return [(b.style, b.text) for b in flatten_body(document.body, document.numbering)]  # type: ignore[attr-defined]


def test_the_default_prints_the_top_level_in_capitals_and_headings_bold() -> None:
    assert _blocks(["I.", "1.", "a)", "-"]) == [
        ("heading1", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("body", "1. Nâng cao hiệu quả."),
        ("heading2", "2. Mục đích"),
        ("body", "a) Tuyên truyền pháp luật."),
        ("heading3", "b) Đối tượng"),
        ("body", "- Người dân."),
        ("heading3", "- Phạm vi"),
        ("body", "- Các thôn."),
    ]


def test_a_sentence_case_top_level_prints_as_written() -> None:
    assert _blocks([{"style": "1.", "case": "sentence"}, "a)", "-"])[:3] == [
        ("heading1", "1. Mục đích, yêu cầu"),
        ("body", "a) Nâng cao hiệu quả."),
        ("heading2", "b) Mục đích"),
    ]


#: (depth, the node's text) of each block of BODY, in order.
DEPTHS = [(0, "Mục đích, yêu cầu"), (1, "Nâng cao hiệu quả."), (1, "Mục đích"),
          (2, "Tuyên truyền pháp luật."), (2, "Đối tượng"), (3, "Người dân."), (3, "Phạm vi"),
          (4, "Các thôn.")]  # fmt: skip


@pytest.mark.parametrize("depth", [0, 1, 2, 3, 4])
def test_case_and_weight_apply_at_every_depth(depth: int) -> None:
    styles: list[object] = ["I.", "1.", "a)", "-", "+"]
    styles[depth] = {"style": styles[depth], "case": "upper", "bold": False}
    default = _blocks(["I.", "1.", "a)", "-", "+"])
    for (node_depth, text), (style, line), (old_style, _) in zip(
        DEPTHS, _blocks(styles), default, strict=True
    ):
        printed = line.split(" ", 1)[1]
        if node_depth == depth:
            # Upper case at this depth; its heading (if any) not bold: a body paragraph.
            assert (printed, style) == (text.upper(), "body")
        else:
            assert style == old_style
            assert printed == (text.upper() if node_depth == 0 else text)


def test_a_level_written_plainly_is_the_bare_style() -> None:
    assert Level(LevelStyle.ARABIC).is_plain()
    assert not Level(LevelStyle.ARABIC, Case.SENTENCE).is_plain()
    assert _plan([{"style": "I."}, "1."]).numbering[0].style is LevelStyle.ROMAN  # type: ignore[union-attr]


def test_levels_round_trip_through_yaml() -> None:
    document = _plan([{"style": "1.", "case": "sentence", "bold": False}, "a)"])
    again = vanban.load_text(document.to_yaml())
    assert again == document
    assert "case: sentence" in document.to_yaml()


@pytest.mark.parametrize(
    ("level", "message"),
    [
        ({"style": "9."}, "numbering[0].style:"),
        ({"style": "1.", "case": "title"}, "numbering[0].case:"),
        ({"style": "1.", "weight": "bold"}, "numbering[0].weight:"),
    ],
)
def test_a_wrong_level_names_its_place(level: dict[str, str], message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)):
        _plan([level, "a)"])


def test_a_sentence_case_plan_renders_and_passes_the_checker() -> None:
    rendered = _plan([{"style": "1.", "case": "sentence"}, "a)", "-", "+"]).to_docx()
    lines = [p.text for p in docx.Document(io.BytesIO(rendered)).paragraphs]
    assert "1. Mục đích, yêu cầu" in lines
    report = check(rendered)
    assert report.ok, report.to_text()
