"""Decisions that issue or approve a text (Quyết định, Mẫu 1.3): Điều 1 and the attached text."""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

import vanban
from vanban import InputError
from vanban.checks import check
from vanban.checks.model import Outcome
from vanban.loading import read_data
from vanban.ooxml.ns import W

from .checks.conftest import build_standin, open_docx, paragraph_with, save, set_text

EXAMPLES = Path(__file__).parent.parent / "examples"
REGULATION = EXAMPLES / "decision-ban-hanh-quy-che-hoa-giai-an-thinh-2026.yaml"
PLAN = EXAMPLES / "decision-phe-duyet-ke-hoach-pho-bien-phap-luat-an-thinh-2026.yaml"


def _data(path: Path = REGULATION, **changes: Any) -> dict[str, Any]:
    return {**read_data(path)[0], **changes}


def _texts(data: bytes) -> list[str]:
    paragraphs = docx.Document(io.BytesIO(data)).paragraphs
    return [p.text for p in paragraphs if p.text.strip()]


def _error(data: dict[str, Any]) -> tuple[str, str]:
    with pytest.raises(InputError) as info:
        vanban.parse(data)
    issue = info.value.issues[0]
    return issue.code, issue.path


def test_article_one_and_the_reference_line_are_written_from_the_attached_text() -> None:
    data = vanban.render_bytes(vanban.parse(_data()))
    texts = _texts(data)
    assert (
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của tổ hòa giải "
        "ở cơ sở." in texts
    )
    title = texts.index("QUY CHẾ")
    assert texts[title + 1] == "Tổ chức và hoạt động của tổ hòa giải ở cơ sở"
    assert " ".join(texts[title + 2].split()) == (
        "(Ban hành kèm theo Quyết định số 18/QĐ-UBND ngày 10 tháng 3 năm 2026 "
        "của Ủy ban nhân dân xã An Thịnh)"
    )
    # The attached text numbers its own articles from 1, and ends with the end mark.
    assert texts[title + 3 : title + 6] == [
        "Chương I",
        "QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng",
    ]
    assert texts[-1].endswith("sửa đổi, bổ sung./.")
    assert check(data).ok


def test_the_attached_header_has_no_number_and_the_decision_signature() -> None:
    document = docx.Document(io.BytesIO(vanban.render_bytes(vanban.parse(_data()))))
    header, *_, attached_header, signature = document.tables
    heads = [p.text for c in attached_header._cells for p in c.paragraphs if p.text.strip()]
    assert heads == [
        "ỦY BAN NHÂN DÂN\nXÃ AN THỊNH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]  # no "Số:", no place and date
    assert any(p.text.startswith("Số: 18/QĐ-UBND") for c in header._cells for p in c.paragraphs)
    signs = [p.text for c in signature._cells for p in c.paragraphs if p.text.strip()]
    assert signs == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Thành"]
    assert "Nơi nhận:" not in signs


def test_the_attached_text_is_a_section_numbered_from_one() -> None:
    document = docx.Document(io.BytesIO(vanban.render_bytes(vanban.parse(_data()))))
    body = document.element.body
    breaks = [p for p in body.iterchildren(f"{W}p") if p.find(f"{W}pPr/{W}sectPr") is not None]
    assert len(breaks) == 1  # the decision's section ends after its Nơi nhận
    for sect in body.iter(f"{W}sectPr"):
        assert sect.find(f"{W}pgNumType").get(f"{W}start") == "1"
        assert sect.find(f"{W}titlePg") is not None  # no number on the first page
    following = ["".join(t.text or "" for t in e.iter(f"{W}t")) for e in breaks[0].itersiblings()]
    assert "QUY CHẾ" in following


def test_a_draft_leaves_dots_and_an_approval_reads_kem_theo() -> None:
    texts = _texts(vanban.render_bytes(vanban.parse(_data(PLAN))))
    assert texts[texts.index("QUYẾT ĐỊNH:") + 1].startswith(
        "Điều 1. Phê duyệt kèm theo Quyết định này Kế hoạch phổ biến, giáo dục pháp luật"
    )
    title = texts.index("KẾ HOẠCH")
    assert " ".join(texts[title + 2].split()) == (
        "(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng 01 năm 2026 "
        "của Ủy ban nhân dân xã An Thịnh)"
    )
    assert texts[title + 3] == "I. MỤC ĐÍCH, YÊU CẦU"


def test_an_approved_regulation_says_so() -> None:
    data = _data(summary="Phê duyệt Quy chế tổ chức và hoạt động của tổ hòa giải")
    data["attached"] = {**data["attached"], "action": "approve"}
    texts = _texts(vanban.render_bytes(vanban.parse(data)))
    assert any(t.startswith("Điều 1. Phê duyệt kèm theo Quyết định này Quy chế") for t in texts)
    assert any(t.startswith("(Kèm theo Quyết định số 18/QĐ-UBND") for t in texts)


def test_a_type_a_decision_does_not_attach_is_refused_with_its_path() -> None:
    data = _data()
    data["attached"] = {**data["attached"], "type": "report"}
    code, path = _error(data)
    assert path == "attached.type"
    assert code == "enum"


def test_a_summary_that_does_not_name_the_attached_text_is_refused() -> None:
    assert _error(_data(summary="Về việc tổ hòa giải")) == (
        "decision_attached_summary",
        "summary",
    )
    # Issuing a Kế hoạch where the text is a Quy chế disagrees too.
    assert _error(_data(summary="Ban hành Kế hoạch tổ hòa giải"))[0] == (
        "decision_attached_summary"
    )


def test_a_regulation_without_articles_is_refused() -> None:
    data = _data()
    data["attached"] = {**data["attached"], "numbering": ["I.", "1.", "a)"]}
    assert _error(data) == ("attached_articles", "attached.numbering")


def test_a_decision_needs_articles_or_an_attached_text() -> None:
    data = _data()
    del data["attached"]
    assert _error(data) == ("decision_body", "body")


def test_an_attached_text_reads_back_from_its_data() -> None:
    document = vanban.parse(_data(PLAN))
    assert vanban.parse(document.to_data()) == document
    assert vanban.load_text(document.to_yaml()) == document


# -- the checker ---------------------------------------------------------------------------------


def _findings(data: bytes, code: str) -> list[str]:
    return [f.message for f in check(data).findings if f.code == code]


def test_the_checker_reads_the_decision_and_its_attached_text_apart() -> None:
    data = vanban.render_bytes(vanban.parse(_data()))
    report = check(data)
    assert report.ok, report.to_text()
    for code in ("ND30-ATTACHED-HEADER", "ND30-ATTACHED-REFERENCE", "ND30-AUTHORITY-LINE"):
        assert report.outcome(code) is Outcome.PASS
    # Three articles of the decision, then the Quy chế's six from Điều 1 again.
    assert _findings(data, "ND30-ARTICLE") == ["9 articles numbered in order, bold"]
    assert _findings(data, "ND30-TITLED-LEVEL") == ["2 titled levels centred and bold"]
    assert _findings(data, "ND30-AS-ARTICLE") == ['"Như Điều 3" names an article of the body']


def test_a_gap_in_the_attached_articles_is_caught() -> None:
    document = docx.Document(io.BytesIO(vanban.render_bytes(vanban.parse(_data()))))
    (fourth,) = [p for p in document.paragraphs if p.text.startswith("Điều 4. Nhiệm vụ")]
    fourth.runs[0].text = fourth.runs[0].text.replace("Điều 4.", "Điều 9.")
    out = io.BytesIO()
    document.save(out)
    report = check(out.getvalue())
    assert {f.code for f in report.failures} == {"ND30-ARTICLE"}
    assert [f.message for f in report.failures] == [
        "Điều 9 follows Điều 3",
        "Điều 5 follows Điều 9",
    ]


@pytest.mark.parametrize(
    "example",
    [
        "resolution-dieu-chinh-du-toan-an-thinh-2026.yaml",
        "report-hoa-giai-quy-ii-2020-ngoc-thuy.yaml",
    ],
)
def test_an_appendix_is_not_an_attached_text(example: str) -> None:
    report = check(vanban.render_bytes(vanban.load(EXAMPLES / example)))
    assert report.outcome("ND30-ATTACHED-REFERENCE") is Outcome.NOT_APPLICABLE
    assert report.outcome("ND30-ATTACHED-HEADER") is Outcome.NOT_APPLICABLE


def test_the_starter_s_commented_attached_block_works_once_uncommented() -> None:
    from vanban.starters import starter

    text = starter("decision")
    block = text[text.index("# attached:") :]
    opened = "\n".join(line.removeprefix("# ") for line in block.splitlines())
    text = text.replace(block, opened).replace(
        "summary: Về việc thành lập Tổ công tác",
        "summary: Ban hành Quy chế làm việc của Tổ công tác",
    )
    document = vanban.load_text(text, "quyet-dinh.yaml")
    data = vanban.render_bytes(document)
    texts = _texts(data)
    assert texts[texts.index("QUYẾT ĐỊNH:") + 1].startswith(
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Tổ công tác"
    )
    assert "QUY CHẾ" in texts
    assert check(data).ok


def test_a_foreign_decision_s_attached_text_mistakes_are_caught_exactly() -> None:
    """A Mẫu 1.3 decision laid out by hand: its Quy chế after a page break, under a copy of the
    header without its number row, with the reference line upright and no rule under it, and
    "Điều 1:" with a colon."""
    document = open_docx(build_standin())
    set_text(paragraph_with(document, "KẾ HOẠCH"), "QUYẾT ĐỊNH")
    set_text(paragraph_with(document, "Số: 05/KH-STP"), "Số: 05/QĐ-STP")
    summary = document.paragraphs[1]
    set_text(summary, "Ban hành Quy chế phối hợp hòa giải ở cơ sở")
    first_basis = paragraph_with(document, "Căn cứ Nghị định")
    authority = first_basis.insert_paragraph_before("GIÁM ĐỐC SỞ TƯ PHÁP")
    authority.alignment = WD_ALIGN_PARAGRAPH.CENTER
    authority.runs[0].font.size, authority.runs[0].font.bold = Pt(14), True
    authority.paragraph_format.space_before = Pt(12)
    heading = paragraph_with(document, "I. MỤC ĐÍCH")
    enacting = heading.insert_paragraph_before("QUYẾT ĐỊNH:")
    enacting.alignment = WD_ALIGN_PARAGRAPH.CENTER
    enacting.runs[0].font.size, enacting.runs[0].font.bold = Pt(14), True
    enacting.paragraph_format.space_before = Pt(6)
    set_text(heading, "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp hòa giải.")
    set_text(paragraph_with(document, "II. TỔ CHỨC"), "Điều 2. Quyết định này có hiệu lực.")

    body = document.element.body
    page_break = document.add_paragraph()
    page_break.add_run().add_break(WD_BREAK.PAGE)
    header = copy.deepcopy(document.tables[0]._tbl)
    header.remove(header.findall(qn("w:tr"))[1])  # no "Số:", no date line
    body.insert(list(body).index(body[-1]), header)  # before the final sectPr

    def line(text: str, *, bold: bool = False, centred: bool = True) -> None:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.font.size, run.font.bold = Pt(14), bold
        if centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.paragraph_format.first_line_indent = Cm(1.27)
        paragraph.paragraph_format.space_before = Pt(6)

    line("QUY CHẾ", bold=True)
    line("Phối hợp hòa giải ở cơ sở", bold=True)
    line("(Ban hành kèm theo Quyết định số 05/QĐ-STP ngày 05 tháng 3 năm 2026 của Sở Tư pháp)")
    line("Điều 1: Phạm vi điều chỉnh", bold=True, centred=False)
    line("Quy chế này quy định việc phối hợp hòa giải ở cơ sở.", centred=False)
    line("Điều 2. Trách nhiệm thi hành", bold=True, centred=False)
    line("Các phòng, đơn vị thuộc Sở thực hiện Quy chế này./.", centred=False)

    report = check(save(document))
    assert report.failed_codes() == {"ND30-ATTACHED-REFERENCE", "ND30-ARTICLE"}, report.to_text()
    assert sorted(f.message for f in report.failures if f.code == "ND30-ATTACHED-REFERENCE") == [
        "no short rule under the reference line",
        "the reference line is not in italic",
    ]
    (article,) = [f.message for f in report.failures if f.code == "ND30-ARTICLE"]
    assert "'Điều 1:'" in article
    assert report.outcome("ND30-ATTACHED-HEADER") is Outcome.PASS
    assert report.outcome("ND30-AUTHORITY-LINE") is Outcome.PASS


def test_a_summary_may_open_with_ve_viec() -> None:
    summary = "Về việc ban hành Quy chế tổ chức và hoạt động của tổ hòa giải"
    assert vanban.parse(_data(summary=summary)).summary == summary


def test_article_one_typed_by_hand_is_refused_as_it_would_print_twice() -> None:
    data = _data(body=[{"item": "Ban hành kèm theo Quyết định này Quy chế tổ hòa giải."}])
    assert _error(data) == ("decision_attached_article", "body[0]")
