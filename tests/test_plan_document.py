"""The example plan, rendered and read back as a clerk would check it."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

import vanban

from .conftest import DATA, PLAN_EXAMPLE
from .docx_read import collapse, find, full_text, open_docx, paragraphs

SEED = DATA / "seeds" / "004-plan-doan-ket.txt"

# Typing slips of the source corrected in the example (everything else is reproduced as written).
CORRECTIONS = {
    "kinh tế- xã hội": "kinh tế - xã hội",
    "Kế hoạch số 56 KH/HU": "Kế hoạch số 56-KH/HU",
    "28/ 12/2022": "28/12/2022",
    "09-CT-TW": "09-CT/TW",
    "1213/KH- UBND": "1213/KH-UBND",
    "truyền thông đoàn kết": "truyền thống đoàn kết",
    "hòa hòa giải": "hòa giải",
    "Tài Chính- Kế toán": "Tài chính - Kế toán",
    "Tư Pháp": "Tư pháp",
    "thực hiện quả công tác": "thực hiện hiệu quả công tác",
    "an ninh tổ quốc": "an ninh Tổ quốc",
    "Nghị Quyết": "Nghị quyết",
    "hòa giải...Sàng lọc": "hòa giải... Sàng lọc",
}


def seed_units() -> list[str]:
    """Each non-empty line of the seed, corrected, as it must appear in the rendered text."""
    text = SEED.read_text(encoding="utf-8").replace("**", "")
    for wrong, right in CORRECTIONS.items():
        assert wrong in text, f"correction {wrong!r} no longer matches the seed"
        text = text.replace(wrong, right)
    return [collapse(line) for line in text.splitlines() if line.strip()]


def test_every_sentence_of_the_seed_in_order(plan_example_bytes: bytes) -> None:
    rendered = full_text(open_docx(plan_example_bytes))
    position = 0
    for unit in seed_units():
        found = rendered.find(unit, position)
        assert found >= 0, f"not found after position {position}: {unit[:80]!r}"
        position = found + len(unit)


def test_numbering_and_task_lines(plan_example_bytes: bytes) -> None:
    texts = [p.text for p in paragraphs(open_docx(plan_example_bytes))]
    headings = [t for t in texts if re.match(r"^[IVX]+\. ", t)]
    assert headings == ["I. MỤC ĐÍCH YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"]
    assert "1. Mục đích" in texts and "2. Yêu cầu" in texts and "3. Lãnh đạo các thôn" in texts
    assert texts.count("- Chủ trì: Công chức Tư pháp – Hộ tịch.") == 3
    assert "- Phối hợp: UBMTTQ xã, Ban công tác mặt trận các thôn." in texts
    assert "+ Tiêu chí đánh giá công tác hòa giải ở cơ sở:" in texts
    assert sum(t.startswith("* ") for t in texts) == 4
    assert texts[texts.index("Cụ thể như sau:") - 1].startswith("- Xây dựng kế hoạch")


def test_page_setup(plan_example_bytes: bytes) -> None:
    section = open_docx(plan_example_bytes).sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert abs(section.page_width - Mm(210)) < Mm(0.1) and abs(section.page_height - Mm(297)) < Mm(
        0.1
    )
    assert Mm(20) <= section.top_margin <= Mm(25)
    assert Mm(20) <= section.bottom_margin <= Mm(25)
    assert Mm(30) <= section.left_margin <= Mm(35)
    assert Mm(15) <= section.right_margin <= Mm(20)


def test_page_number_in_the_header_not_on_page_one(plan_example_bytes: bytes) -> None:
    section = open_docx(plan_example_bytes).sections[0]
    assert section.different_first_page_header_footer
    assert section.first_page_header.paragraphs[0].text == ""
    number = section.header.paragraphs[0]
    assert (
        number.alignment == WD_ALIGN_PARAGRAPH.CENTER
        or number.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    )
    instructions = number._p.xpath(".//w:instrText")
    assert [i.text.strip() for i in instructions] == ["PAGE"]
    assert number.style.font.size in (Pt(13), Pt(14))


def effective(paragraph, attribute: str):  # type: ignore[no-untyped-def]
    """A run attribute as it prints: the run's own value, else its paragraph style's."""
    runs = [r for r in paragraph.runs if r.text.strip()]
    values = {getattr(r.font, attribute) for r in runs}
    if values == {None}:
        style = paragraph.style
        while style is not None and getattr(style.font, attribute) is None:
            style = style.base_style
        return None if style is None else getattr(style.font, attribute)
    (value,) = values
    return value


def centred(paragraph) -> bool:  # type: ignore[no-untyped-def]
    alignment = paragraph.alignment or paragraph.style.paragraph_format.alignment
    return alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_header_block(plan_example_bytes: bytes) -> None:
    document = open_docx(plan_example_bytes)
    header = document.tables[0]
    left, right = header.rows[0].cells
    assert left.paragraphs[0].text == "ỦY BAN NHÂN DÂN\nXÃ ĐOÀN KẾT"
    issuer = left.paragraphs[0]
    assert effective(issuer, "bold") is True and effective(issuer, "size") in (Pt(12), Pt(13))
    national, motto = right.paragraphs[0], right.paragraphs[1]
    assert national.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert effective(national, "bold") is True and effective(national, "size") in (Pt(12), Pt(13))
    assert motto.text == "Độc lập - Tự do - Hạnh phúc"
    assert effective(motto, "bold") is True and effective(motto, "size") in (Pt(13), Pt(14))
    assert all(centred(p) for p in (issuer, national, motto))
    number, date = header.rows[1].cells
    assert collapse(number.paragraphs[0].text) == "Số: /KH-UBND"
    assert collapse(date.paragraphs[0].text) == "Đoàn Kết, ngày tháng 5 năm 2023"
    assert effective(date.paragraphs[0], "italic") is True
    assert effective(date.paragraphs[0], "size") in (Pt(13), Pt(14))
    # No borders: the header is laid out by a table, not drawn as one.
    borders = header._tbl.xpath("./w:tblPr/w:tblBorders/*/@w:val")
    assert borders and set(borders) == {"nil"}


def rule_width_twips(paragraph, available: int) -> int:  # type: ignore[no-untyped-def]
    ind = paragraph._p.xpath("./w:pPr/w:ind")[0]
    left = int(ind.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}left"))
    right = int(ind.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}right"))
    return available - left - right


def test_short_rules_are_sized_from_the_text_above(plan_example_bytes: bytes) -> None:
    from vanban.formatting.text import text_width_pt

    document = open_docx(plan_example_bytes)
    left, right = document.tables[0].rows[0].cells
    issuer_rule = left.paragraphs[-1]
    motto_rule = right.paragraphs[-1]
    for rule in (issuer_rule, motto_rule):
        assert rule.text == ""
        assert rule._p.xpath("./w:pPr/w:pBdr/w:bottom") or rule.style.element.xpath(
            ".//w:pBdr/w:bottom"
        )
    issuer_text = text_width_pt("ỦY BAN NHÂN DÂN", 13, bold=True) * 20
    ratio = rule_width_twips(issuer_rule, left.width.twips) / issuer_text
    assert 1 / 3 <= ratio <= 1 / 2
    motto_text = text_width_pt("Độc lập - Tự do - Hạnh phúc", 14, bold=True) * 20
    assert rule_width_twips(motto_rule, right.width.twips) == pytest.approx(motto_text, abs=2)


def test_type_name_and_summary(plan_example_bytes: bytes) -> None:
    document = open_docx(plan_example_bytes)
    title = find(document, "KẾ HOẠCH")
    assert effective(title, "bold") is True and centred(title)
    summary = next(p for p in document.paragraphs if p.text.startswith("Nâng cao chất lượng"))
    assert effective(summary, "bold") is True and centred(summary)
    assert effective(summary, "size") in (Pt(13), Pt(14))


def test_body_paragraphs(plan_example_bytes: bytes) -> None:
    document = open_docx(plan_example_bytes)
    body = [p for p in document.paragraphs if p.style.name.startswith("VB Body")]
    assert len(body) > 30
    fmt = body[0].style.paragraph_format
    assert fmt.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert fmt.first_line_indent in (Mm(10), Pt(36)) or abs(fmt.first_line_indent - Mm(12.7)) < Mm(
        0.1
    )
    assert fmt.space_before >= Pt(6)
    assert effective(body[0], "size") in (Pt(13), Pt(14))
    assert body[-1].text.endswith("xã Đoàn Kết./.")


def test_closing_block(plan_example_bytes: bytes) -> None:
    document = open_docx(plan_example_bytes)
    closing = document.tables[-1]
    left, right = closing.rows[0].cells
    label, *items = left.paragraphs
    assert label.text == "Nơi nhận:"
    assert (
        effective(label, "bold")
        and effective(label, "italic")
        and effective(label, "size") == Pt(12)
    )
    # "UBND huyện" is kept on one line by a non-breaking space.
    assert [p.text.replace("\xa0", " ") for p in items] == [
        "- UBND huyện;",
        "- Thường trực Đảng ủy;",
        "- Thường trực HĐND xã;",
        "- Lãnh đạo UBND xã;",
        "- Các ban ngành, đoàn thể của xã;",
        "- Các thành viên có liên quan;",
        "- Lưu: VT.",
    ]
    assert all(effective(p, "size") == Pt(11) for p in items)
    lines = [p.text for p in right.paragraphs]
    assert lines == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Xuân Luân"]
    assert all(effective(p, "bold") for p in right.paragraphs)
    # The last body paragraph is kept on the page of the signature.
    before = closing._tbl.getprevious()
    assert before.xpath("./w:pPr/w:keepNext")


def test_every_run_and_style_is_times_new_roman(plan_example_bytes: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(plan_example_bytes)) as archive:
        xml = b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".xml"))
    slots = re.findall(rb"<w:rFonts ([^>]*)/>", xml)
    assert slots
    fonts = {font for slot in slots for font in re.findall(rb'w:\w+="([^"]+)"', slot)}
    assert fonts == {b"Times New Roman"}


def test_two_renders_are_byte_identical() -> None:
    plan = vanban.load(PLAN_EXAMPLE)
    assert vanban.render_bytes(plan) == vanban.render_bytes(vanban.load(PLAN_EXAMPLE))
    with zipfile.ZipFile(io.BytesIO(vanban.render_bytes(plan))) as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "2023-05-01T00:00:00Z" in core  # from the document's date, not the clock


def test_user_text_comes_out_verbatim() -> None:
    plan = vanban.load(PLAN_EXAMPLE)
    tricky = [
        "Phòng Tài chính & Kế hoạch",
        "<b>đậm</b>",
        "{{ x }}",
        "{% if %}",
        "{#",
        "a \"b\" 'c'",
        "{_{",
    ]
    plan = plan.model_copy(update={"body": [*tricky, *plan.body], "recipients": tricky})
    plan = type(plan).model_validate(plan.model_dump(by_alias=True))
    texts = [p.text for p in paragraphs(open_docx(plan.to_docx()))]
    for text in tricky:
        assert text in texts
        assert f"- {text};" in texts


def test_line_breaks_inside_a_paragraph() -> None:
    plan = vanban.load(PLAN_EXAMPLE)
    plan = plan.model_copy(update={"body": ["Dòng một\nDòng hai"]})
    document = open_docx(plan.to_docx())
    paragraph = find(document, "Dòng một\nDòng hai./.")
    assert len(paragraph._p.xpath(".//w:br")) == 1


@pytest.mark.parametrize(
    ("parent", "name", "printed_parent", "printed_name"),
    [
        # One string too wide for the left column: broken before the unit, as a clerk writes it.
        (
            "Ủy ban nhân dân quận Long Biên",
            "Phòng Tư pháp",
            ["ỦY BAN NHÂN DÂN", "QUẬN LONG BIÊN"],
            ["PHÒNG TƯ PHÁP"],
        ),
        (None, "Ủy ban nhân dân phường Ngọc Thụy", None, ["ỦY BAN NHÂN DÂN", "PHƯỜNG NGỌC THỤY"]),
        # Lines given by the writer, or a name that fits, are printed as given.
        (
            ["Ủy ban nhân dân quận", "Long Biên"],
            "Phòng Tư pháp",
            ["ỦY BAN NHÂN DÂN QUẬN", "LONG BIÊN"],
            ["PHÒNG TƯ PHÁP"],
        ),
        ("Sở Tư pháp", "Phòng Hành chính", ["SỞ TƯ PHÁP"], ["PHÒNG HÀNH CHÍNH"]),
    ],
)
def test_a_long_name_in_the_header_breaks_before_the_unit(
    parent: object, name: str, printed_parent: list[str] | None, printed_name: list[str]
) -> None:
    from vanban.formatting.text import text_width_pt

    text = PLAN_EXAMPLE.read_text(encoding="utf-8")
    plan = vanban.load_text(text, "plan.yaml")
    issuer = plan.issuer.model_copy(update={"parent": None, "name": name})
    if parent is not None:
        issuer = issuer.model_copy(
            update={"parent": "\n".join(parent) if isinstance(parent, list) else parent}
        )
    document = open_docx(vanban.render_bytes(plan.model_copy(update={"issuer": issuer})))
    left = document.tables[0].rows[0].cells[0]
    lines = [p.text.split("\n") for p in left.paragraphs if p.text]
    assert lines == ([printed_parent] if printed_parent else []) + [printed_name]
    # The rule under the name is sized to its widest printed line, not to the unbroken name.
    widest = max(text_width_pt(line, 13, bold=True) for line in printed_name) * 20
    ratio = rule_width_twips(left.paragraphs[-1], left.width.twips) / widest
    assert 1 / 3 <= ratio <= 1 / 2 + 0.01
