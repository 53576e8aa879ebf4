"""Reports: period, the usual parts, Kính gửi, appendices; the example from seed 000 read back."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

import vanban
from vanban import InputError, Report, ReportPeriod
from vanban.rendering.context import build_context

from .docx_read import collapse, find, full_text, open_docx, paragraphs
from .samples import REPORT_EXAMPLE, SEED_000, report, table


def parse(**changes: Any) -> Report:
    document = vanban.parse(report(**changes))
    assert isinstance(document, Report)
    return document


def rejects(code: str, **changes: Any) -> vanban.Issue:
    with pytest.raises(InputError) as info:
        vanban.parse(report(**changes))
    matching = [i for i in info.value.issues if i.code == code]
    assert matching, str(info.value)
    return matching[0]


# --- the period -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("written", "text", "following"),
    [
        ("2020-Q2", "quý II năm 2020", "quý III năm 2020"),
        ("2020-q4", "quý IV năm 2020", "quý I năm 2021"),
        ("2018-H1", "6 tháng đầu năm 2018", "6 tháng cuối năm 2018"),
        ("2018-H2", "6 tháng cuối năm 2018", "6 tháng đầu năm 2019"),
        ("2020-07", "tháng 7 năm 2020", "tháng 8 năm 2020"),
        ("2020-12", "tháng 12 năm 2020", "tháng 01 năm 2021"),
        ("2020-01", "tháng 01 năm 2020", "tháng 02 năm 2020"),
        (2020, "năm 2020", "năm 2021"),
        ({"quarter": 3, "year": 2021}, "quý III năm 2021", "quý IV năm 2021"),
    ],
)
def test_period_as_written_and_the_next_one(written: Any, text: str, following: str) -> None:
    period = ReportPeriod.model_validate(written)
    assert period.text == text
    assert period.following() is not None
    assert period.following().text == following  # type: ignore[union-attr]


def test_a_range_of_dates_has_no_next_period() -> None:
    period = ReportPeriod.model_validate({"from": "2020-01-01", "to": "2020-06-30"})
    assert period.text == "từ ngày 01/01/2020 đến ngày 30/6/2020"
    assert period.following() is None
    assert period.start == dt.date(2020, 1, 1)


@pytest.mark.parametrize(
    ("period", "code"),
    [
        ("2020-Q5", "less_than_equal"),
        ("quý 2", "period_format"),
        ({"year": 2020, "quarter": 2, "month": 5}, "period_shape"),
        ({"from": "2020-01-01"}, "period_shape"),
        ({"from": "2020-06-30", "to": "2020-01-01"}, "period_order"),
        ({"quarter": 2}, "period_shape"),
    ],
)
def test_period_rules(period: Any, code: str) -> None:
    assert rejects(code, period=period).path.startswith("period")


def test_next_period_is_not_named_after_a_range() -> None:
    issue = rejects(
        "placeholder",
        period={"from": "2020-01-01", "to": "2020-06-30"},
        summary="Nhiệm vụ {next_period}",
    )
    assert issue.path == "summary"


# --- the usual parts ----------------------------------------------------------------------------
def test_parts_print_as_sections_of_the_ladder() -> None:
    body = [
        "Mở đầu.",
        {"section": "Đặc điểm tình hình", "children": ["Phường có 26 tổ dân phố."]},
        {"results": [{"item": "Một."}]},
        {"shortcomings": ["Còn hạn chế."]},
        {"next_tasks": [{"item": "Hai."}]},
        {"proposals": ["Đề nghị."], "title": "Đề xuất, kiến nghị"},
        "Trên đây là báo cáo.",
    ]
    blocks = [(b["style"], b["text"]) for b in build_context(parse(body=body))["blocks"]]
    assert blocks == [
        ("body", "Mở đầu."),
        ("heading1", "I. ĐẶC ĐIỂM TÌNH HÌNH"),
        ("body", "Phường có 26 tổ dân phố."),
        ("heading1", "II. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC"),
        ("body", "1. Một."),
        ("heading1", "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
        ("body", "Còn hạn chế."),
        ("heading1", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III NĂM 2020"),
        ("body", "1. Hai."),
        ("heading1", "V. ĐỀ XUẤT, KIẾN NGHỊ"),
        ("body", "Đề nghị."),
        ("body", "Trên đây là báo cáo./."),
    ]


def test_next_tasks_after_a_range_of_dates() -> None:
    document = parse(
        period={"from": "2020-01-01", "to": "2020-06-30"},
        summary="Báo cáo",
        body=["Mở đầu.", {"next_tasks": ["Một."]}],
    )
    headings = [b["text"] for b in build_context(document)["blocks"] if b["style"] == "heading1"]
    assert headings == ["I. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"]


def test_a_part_appears_once() -> None:
    issue = rejects("report_part_repeated", body=[{"results": ["a"]}, {"results": ["b"]}])
    assert issue.path == "body[1].results"


def test_the_parts_keep_their_order() -> None:
    issue = rejects("report_part_order", body=[{"proposals": ["a"]}, {"results": ["b"]}])
    assert issue.path == "body[1].results"
    assert "results comes before proposals" in issue.message


def test_a_part_is_not_empty() -> None:
    assert rejects("too_short", body=[{"results": []}]).path == "body[0].results"


def test_unknown_body_key_lists_the_report_parts() -> None:
    issue = rejects("body_node", body=[{"result": ["a"]}])
    assert "results, shortcomings, next_tasks, proposals" in issue.message


# --- Kính gửi and Nơi nhận -----------------------------------------------------------------------
def test_addressees_add_kinh_gui_and_nhu_tren() -> None:
    context = build_context(parse(addressees=["Phòng Tư pháp quận Long Biên"]))
    assert context["addressees"] == "Kính gửi:\tPhòng Tư pháp quận Long Biên."
    assert context["recipients"][:2] == ["- Như trên;", "- Thường trực Đảng ủy;"]


def test_several_addressees_one_per_line() -> None:
    context = build_context(parse(addressees=["UBND quận", "Phòng Tư pháp quận"]))
    assert context["addressees"] == "Kính gửi:\n- UBND quận;\n- Phòng Tư pháp quận."


def test_nhu_tren_is_not_repeated() -> None:
    context = build_context(parse(addressees=["UBND quận"], recipients=["Như trên", "A"]))
    assert context["recipients"] == ["- Như trên;", "- A;", "- Lưu: VT."]


def test_without_addressees_no_kinh_gui() -> None:
    context = build_context(parse())
    assert context["addressees"] == ""
    assert context["recipients"][0] == "- Thường trực Đảng ủy;"


# --- appendices ----------------------------------------------------------------------------
def appendix(title: str = "Kết quả theo tổ") -> dict[str, Any]:
    return {"title": title, "body": [table()]}


def test_one_appendix_is_phu_luc_and_several_are_numbered() -> None:
    one = build_context(parse(appendices=[appendix()]))["appendices"]
    assert [a["label"] for a in one] == ["Phụ lục"]
    two = build_context(parse(appendices=[appendix(), appendix("Danh sách")]))["appendices"]
    assert [a["label"] for a in two] == ["Phụ lục I", "Phụ lục II"]
    assert two[1]["title"] == "DANH SÁCH"


def test_reference_line_names_the_document() -> None:
    issuer = {"name": "UBND PHƯỜNG", "code": "UBND", "name_in_text": "UBND phường Ngọc Thụy"}
    (line,) = build_context(parse(appendices=[appendix()], issuer=issuer))["appendices"]
    # Too long for one line: broken before "của", never inside the body's name.
    assert line["reference"] == (
        "(Kèm theo Báo cáo số 96/BC-UBND ngày 03 tháng 8 năm 2020\ncủa UBND phường Ngọc Thụy)"
    )
    # Without name_in_text the name comes from the issuer's capitals, as a sentence writes it.
    (draft,) = build_context(parse(appendices=[appendix()], number=None, date="2020-08"))[
        "appendices"
    ]
    assert draft["reference"] == (
        "(Kèm theo Báo cáo số       /BC-UBND ngày        tháng 8 năm 2020\n"
        "của Ủy ban nhân dân phường Ngọc Thụy)"
    )


def test_reference_line_may_be_given() -> None:
    data = {**appendix(), "reference": "(Kèm theo Báo cáo số 96/BC-UBND)"}
    (line,) = build_context(parse(appendices=[data]))["appendices"]
    assert line["reference"] == "(Kèm theo Báo cáo số 96/BC-UBND)"


# --- the example, rendered and read back ------------------------------------------------------
@pytest.fixture(scope="module")
def example_bytes() -> bytes:
    return vanban.render_bytes(vanban.load(REPORT_EXAMPLE))


@pytest.fixture(scope="module")
def example(example_bytes: bytes) -> Any:
    return open_docx(example_bytes)


def seed_text() -> str:
    return collapse(SEED_000.read_text(encoding="utf-8"))


#: Sentences of the seed as the report prints them, with the seed's wording for comparison
#: (the report writes "Ủy ban" where the news item has the older "Uỷ ban", and names the
#: quarter by the period: "quý II năm 2020").
SEED_FACTS = [
    ("tỷ lệ hòa giải thành 3/4 vụ đạt 75%", "tỷ lệ hòa giải thành 3/4 vụ đạt 75%"),
    (
        "công tác hòa giải trên địa bàn phường được sự lãnh đạo, chỉ đạo kịp thời của Đảng ủy, "
        "Uỷ ban nhân dân phường, của Chi bộ các tổ dân phố, sự phối hợp chặt chẽ của các chi hội "
        "đoàn thể và sự nhiệt tình trách nhiệm của thành viên tổ hòa giải",
        "công tác hòa giải trên địa bàn phường được sự lãnh đạo, chỉ đạo kịp thời của Đảng ủy, "
        "Ủy ban nhân dân phường, của Chi bộ các tổ dân phố, sự phối hợp chặt chẽ của các chi hội "
        "đoàn thể và sự nhiệt tình trách nhiệm của thành viên tổ hòa giải",
    ),
    (
        "đã phát hiện và hòa giải kịp thời các vụ việc mâu thuẫn phát sinh trong nội bộ nhân dân "
        "góp phần đảm bảo an ninh trật tự trên địa bàn phường, không có điểm nóng phức tạp xảy ra",
    )
    * 2,
    (
        "Tăng cường hơn nữa công tác hòa giải ở cơ sở, phát hiện kịp thời những mâu thuẫn mới phát "
        "sinh, nhanh chóng trao đổi với các bộ phận chuyên môn của phường để bố trí giải quyết kịp "
        "thời, nhất là những vụ việc phức tạp, tránh khiếu kiện đông người, vượt cấp.",
    )
    * 2,
    (
        "Đẩy mạnh công tác tuyên truyền, phổ biến giáo dục pháp luật để nhân dân nắm rõ quy định "
        "của pháp luật, đưa pháp luật đi vào cuộc sống nhằm giảm thiểu những mâu thuẫn trong nội "
        "bộ nhân dân.",
    )
    * 2,
    (
        "tập huấn nghiệp vụ do cấp trên triệu tập để nâng cao trình độ, kỹ năng hòa giải, từ đó "
        "phấn đấu tỷ lệ hòa giải thành ở các Tổ dân phố đạt 90% trở lên.",
    )
    * 2,
    (
        "hướng dẫn hoạt động hòa giải của các tổ dân phố năm 2020 sau sáp nhập tổ dân phố, về "
        "trình tự thủ tục kiện toàn tổ hòa giải, về chế độ, biểu mẫu thông tin, báo cáo, ghi chép "
        "và mở sổ theo dõi",
        "hướng dẫn hoạt động hòa giải của các tổ dân phố năm 2020 sau sáp nhập, về trình tự thủ "
        "tục kiện toàn tổ hòa giải, về chế độ, biểu mẫu thông tin, báo cáo, ghi chép và mở sổ "
        "theo dõi",
    ),
    ("quý II", "quý II năm 2020"),
    ("quý III/2020", "quý III năm 2020"),
    ("26 tổ dân phố", "26 tổ dân phố"),
    ("Phường Ngọc Thụy", "PHƯỜNG NGỌC THỤY"),
    ("Lê Đăng Lễ", "Lê Đăng Lễ"),
    ("Phó chủ tịch UBND phường", "PHÓ CHỦ TỊCH"),
]


@pytest.mark.parametrize(("in_seed", "in_report"), SEED_FACTS, ids=lambda t: t[:30])
def test_every_seed_fact_is_in_the_report(example: Any, in_seed: str, in_report: str) -> None:
    assert in_seed in seed_text()
    assert in_report in full_text(example)


def test_header_kinh_gui_and_signature(example: Any) -> None:
    texts = [p.text for p in paragraphs(example)]
    assert "Số: 96/BC-UBND" in texts
    assert "Ngọc Thụy, ngày 03 tháng 8 năm 2020" in texts
    assert "BÁO CÁO" in texts
    assert (
        "Kết quả công tác hòa giải ở cơ sở quý II năm 2020 và phương hướng, nhiệm vụ quý III "
        "năm 2020" in texts
    )
    kinh_gui = find(example, "Kính gửi:\tPhòng Tư pháp quận Long Biên.")
    assert kinh_gui.style.name == "VB Addressee"
    lines = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Đăng Lễ"]
    assert all(line in texts for line in lines)
    recipients = [t for t in texts if t.startswith("- ")]
    assert recipients[0] == "- Như trên;"
    assert recipients[-1] == "- Lưu: VT, TP."


def test_the_usual_parts_in_order(example: Any) -> None:
    headings = [p.text for p in paragraphs(example) if re.match(r"^[IVX]+\. ", p.text)]
    assert headings == [
        "I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC",
        "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III NĂM 2020",
        "IV. KIẾN NGHỊ, ĐỀ XUẤT",
    ]


def test_results_table_in_the_body(example: Any) -> None:
    grid = example.tables[1]  # after the header table
    rows = [[c.text for c in r.cells] for r in grid.rows]
    assert rows[0][1:3] == ["Kỳ báo cáo", "Số vụ việc"]
    assert rows[2] == ["1", "Quý I/2020", "3", "2", "1", "66,7%"]
    assert rows[3] == ["2", "Quý II/2020", "4", "3", "1", "75%"]
    assert rows[4][0] == rows[4][1] == "Cộng 6 tháng"  # one cell over two grid columns
    assert rows[4][2:] == ["7", "5", "2", "71,4%"]
    title = find(example, "Kết quả hòa giải ở cơ sở 6 tháng đầu năm 2020")
    assert title.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_appendix_in_its_own_section_numbered_from_one(example: Any) -> None:
    sections = example.sections
    assert len(sections) == 2
    for section in sections:
        number_type = section._sectPr.find(qn("w:pgNumType"))
        assert number_type is not None and number_type.get(qn("w:start")) == "1"
        assert section.different_first_page_header_footer
        assert section.start_type == 2  # WD_SECTION.NEW_PAGE
    label = find(example, "Phụ lục")
    title = find(example, "KẾT QUẢ HÒA GIẢI Ở CƠ SỞ QUÝ II NĂM 2020 THEO TỔ HÒA GIẢI")
    reference = find(
        example,
        "(Kèm theo Báo cáo số 96/BC-UBND ngày 03 tháng 8 năm 2020\ncủa Ủy ban nhân dân "
        "phường Ngọc Thụy)",
    )
    assert label.style.name == "VB Appendix Label"
    assert title.style.name == "VB Appendix Title"
    assert reference.style.name == "VB Appendix Reference"
    rule = reference._p.getnext()
    assert rule.pPr.pStyle.val == "VBRuleShort"
    # The appendix starts after the signature: the section break follows the closing table.
    body = example.element.body
    breaks = [
        p for p in body.iter(qn("w:p")) if p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
    ]
    assert len(breaks) == 1
    closing = breaks[0].getprevious()
    assert closing.tag == qn("w:tbl")
    assert "Nơi nhận:" in "".join(t.text for t in closing.iter(qn("w:t")))


def test_appendix_table_by_team_adds_up_to_the_quarter(example: Any) -> None:
    grid = example.tables[-1]
    rows = [[c.text for c in r.cells] for r in grid.rows]
    assert len(rows) == 2 + 26 + 1
    assert rows[4] == ["3", "Tổ dân phố số 3", "8", "2", "1", "1", "50%"]
    assert rows[2][-1] == "-"  # no case, no rate
    assert rows[-1][2:] == ["179", "4", "3", "1", "75%"]
    header_flags = [
        r._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None for r in grid.rows
    ]
    assert header_flags == [True, True] + [False] * 27


def test_rendering_twice_gives_the_same_bytes(example_bytes: bytes) -> None:
    assert vanban.render_bytes(vanban.load(REPORT_EXAMPLE)) == example_bytes


def test_schema_of_reports_validates_the_example() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    data = yaml.safe_load(REPORT_EXAMPLE.read_text(encoding="utf-8"))
    data["date"] = str(data["date"])  # YAML reads it as a date; the file holds the text
    schema = vanban.json_schema("report")
    assert schema["title"].startswith("Báo cáo (BC)")
    jsonschema.validate(data, schema)
