"""The numbering ladders offices use, rendered through a whole plan and checked."""

from __future__ import annotations

import io

import docx
import pytest

import vanban
from vanban.checks import check
from vanban.loading import read_data

from .conftest import PLAN_EXAMPLE

BODY = [
    {"section": "Mục đích, yêu cầu", "children": [
        {"section": "Mục đích", "children": [
            {"item": "Nâng cao hiệu quả hòa giải ở cơ sở.", "children": [
                {"item": "Tuyên truyền pháp luật.", "children": [{"item": "Tại nhà văn hóa."}]},
            ]},
        ]},
    ]},
    {"section": "Tổ chức thực hiện", "children": [{"section": "Phân công", "children": [
        {"item": "Công chức Tư pháp - Hộ tịch chủ trì."},
        {"item": "Các tổ hòa giải phối hợp."},
    ]}]},
]  # fmt: skip


def _paragraphs(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs if p.text.strip()]


@pytest.mark.parametrize(
    ("ladder", "expected"),
    [
        (
            ["A.", "I.", "1.", "a)", "-"],
            ["A. MỤC ĐÍCH, YÊU CẦU", "I. Mục đích", "1. Nâng cao", "a) Tuyên truyền",
             "- Tại nhà", "B. TỔ CHỨC THỰC HIỆN", "I. Phân công", "1. Công chức", "2. Các tổ"],
        ),
        (
            ["I/.", "1/.", "a)", "-"],
            ["I/. MỤC ĐÍCH, YÊU CẦU", "1/. Mục đích", "a) Nâng cao", "- Tuyên truyền",
             "- Tại nhà", "II/. TỔ CHỨC THỰC HIỆN", "1/. Phân công", "a) Công chức", "b) Các tổ"],
        ),
    ],
)  # fmt: skip
def test_a_ladder_is_said_once_and_labels_every_depth(
    ladder: list[str], expected: list[str]
) -> None:
    data = read_data(PLAN_EXAMPLE)[0]
    data["numbering"] = ladder
    data["body"] = BODY
    rendered = vanban.parse(data).to_docx()
    lines = _paragraphs(rendered)
    start = next(i for i, line in enumerate(lines) if line.startswith(expected[0]))
    assert [line[: len(e)] for line, e in zip(lines[start:], expected, strict=False)] == expected
    report = check(rendered)
    assert report.ok, report.to_text()
