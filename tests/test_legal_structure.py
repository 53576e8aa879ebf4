"""The structures legal texts stand on: Phần/Chương/Mục/Điều, legal bases, centred body lines."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

import vanban
from vanban.checks import check
from vanban.formatting.numbering import LevelStyle, format_label, ordinal_words
from vanban.loading import read_data
from vanban.rendering.context import legal_basis_lines
from vanban.rendering.parts import flatten_body

from .conftest import PLAN_EXAMPLE

ORDINALS = [
    "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
    "mười một", "mười hai", "mười ba", "mười bốn", "mười lăm", "mười sáu", "mười bảy",
    "mười tám", "mười chín", "hai mươi", "hai mươi mốt",
]  # fmt: skip


def test_ordinal_part_labels_up_to_twenty_one() -> None:
    got = [format_label(LevelStyle.PART_ORDINAL_UPPER, n) for n in range(1, 22)]
    assert got == [f"PHẦN THỨ {w.upper()}" for w in ORDINALS]
    assert format_label(LevelStyle.PART_ORDINAL, 20) == "Phần thứ hai mươi"
    assert [ordinal_words(n) for n in range(1, 22)] == ORDINALS


def _plan(body: list[object], numbering: list[str], **extra: object) -> vanban.Document:
    data = read_data(PLAN_EXAMPLE)[0]
    return vanban.parse({**data, "body": body, "numbering": numbering, **extra})


def _blocks(document: vanban.Document) -> list[tuple[str, str, str]]:
    return [
        (b.style, b.lead, b.text)
        for b in flatten_body(document.body_nodes(), document.numbering)  # type: ignore[attr-defined]
    ]


CHAPTERS = [
    {"section": "Quy định chung", "children": [
        {"section": "Phạm vi điều chỉnh", "children": [
            {"item": "Quy chế này quy định việc tổ chức.", "children": [{"item": "Điểm một."}]},
            {"section": "Đối tượng áp dụng"},
        ]},
        {"item": "Giải thích từ ngữ."},
    ]},
    {"section": "Tổ chức thực hiện", "children": [
        {"section": "Trách nhiệm thi hành", "children": [{"item": "Khoản một."}]},
    ]},
]  # fmt: skip


def test_articles_number_on_across_chapters_and_khoan_restart() -> None:
    blocks = _blocks(_plan(CHAPTERS, ["Chương I", "Điều 1.", "1.", "a)"]))
    assert blocks == [
        ("titled_label", "", "Chương I"),
        ("titled_heading", "", "QUY ĐỊNH CHUNG"),
        ("article", "", "Điều 1. Phạm vi điều chỉnh"),
        ("body", "", "1. Quy chế này quy định việc tổ chức."),
        ("body", "", "a) Điểm một."),
        ("heading2", "", "2. Đối tượng áp dụng"),
        ("article_item", "Điều 2.", " Giải thích từ ngữ."),
        ("titled_label", "", "Chương II"),
        ("titled_heading", "", "TỔ CHỨC THỰC HIỆN"),
        ("article", "", "Điều 3. Trách nhiệm thi hành"),
        ("body", "", "1. Khoản một."),
    ]


@pytest.mark.parametrize(
    ("style", "labels"),
    [
        ("Phần I", ["Phần I", "Phần II"]),
        ("PHẦN I", ["PHẦN I", "PHẦN II"]),
        ("Phần thứ nhất", ["Phần thứ nhất", "Phần thứ hai"]),
        ("PHẦN THỨ NHẤT", ["PHẦN THỨ NHẤT", "PHẦN THỨ HAI"]),
        ("Chương I", ["Chương I", "Chương II"]),
        ("Mục 1", ["Mục 1", "Mục 2"]),
        ("Tiểu mục 1", ["Tiểu mục 1", "Tiểu mục 2"]),
    ],
)
def test_titled_levels_at_every_depth_restart_per_parent(style: str, labels: list[str]) -> None:
    # The titled style at depth 0, then at depth 1 under two parents: it restarts under each.
    body = [{"section": "Một", "children": [{"section": "Con"}]},
            {"section": "Hai", "children": [{"section": "Con"}, {"section": "Con"}]}]  # fmt: skip
    top = [t for s, _, t in _blocks(_plan(body, [style, "I."])) if s == "titled_label"]
    assert top == labels
    below = [t for s, _, t in _blocks(_plan(body, ["I.", style])) if s == "titled_label"]
    assert below == [labels[0], labels[0], labels[1]]


def test_legal_basis_punctuation_added_never_doubled() -> None:
    assert legal_basis_lines(["Căn cứ Luật A.", "Xét đề nghị;"]) == [
        "Căn cứ Luật A;",
        "Xét đề nghị.",
    ]
    assert legal_basis_lines([]) == []


def _paragraphs(data: bytes) -> list[docx.text.paragraph.Paragraph]:
    return [p for p in docx.Document(io.BytesIO(data)).paragraphs if p.text.strip()]


def test_rendered_titled_levels_articles_bases_and_centred_heading() -> None:
    body = [*CHAPTERS, {"heading": "PHẦN KẾT LUẬN"}, "Kết luận."]
    bases = ["Căn cứ Luật Tổ chức chính quyền địa phương", "Theo đề nghị của Công chức Tư pháp"]
    document = _plan(body, ["Chương I", "Điều 1.", "1.", "a)"], legal_bases=bases)
    data = vanban.render_bytes(document)
    by_text = {p.text: p for p in _paragraphs(data)}
    label, heading = by_text["Chương I"], by_text["QUY ĐỊNH CHUNG"]
    for p in (label, heading, by_text["PHẦN KẾT LUẬN"]):
        assert p.alignment == WD_ALIGN_PARAGRAPH.CENTER or p.style.paragraph_format.alignment == (
            WD_ALIGN_PARAGRAPH.CENTER
        )
    article = by_text["Điều 2. Giải thích từ ngữ."]
    assert [(r.text, r.bold) for r in article.runs] == [
        ("Điều 2.", True),
        (" Giải thích từ ngữ.", None),
    ]
    basis = by_text["Căn cứ Luật Tổ chức chính quyền địa phương;"]
    assert basis.style.font.italic
    assert "Theo đề nghị của Công chức Tư pháp." in by_text
    report = check(data)
    assert report.ok, report.to_text()
