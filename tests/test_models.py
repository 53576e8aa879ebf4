"""Every model rule, each with a case that passes and one that fails with its error code."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pydantic import ValidationError

from vanban import IssueDate, Issuer, Plan, Signature, nd30
from vanban.formatting.dates import format_date_line
from vanban.models.document import Document
from vanban.rendering.context import flatten_body, recipient_lines
from vanban.rendering.parts import date_line, number_line, signature_lines


def plan_data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "issuer": {"name": ["ỦY BAN NHÂN DÂN", "XÃ ĐOÀN KẾT"], "code": "UBND"},
        "number": 12,
        "place": "Đoàn Kết",
        "date": "2023-05-12",
        "summary": "Nâng cao chất lượng hòa giải",
        "body": ["Đoạn mở đầu."],
        "signature": {
            "authority": "TM",
            "on_behalf_of": "Ủy ban nhân dân",
            "title": "Chủ tịch",
            "name": "Phạm Xuân Luân",
        },
        "recipients": ["UBND huyện"],
    }
    data.update(changes)
    return data


def error_codes(exc: ValidationError) -> set[str]:
    return {e["type"] for e in exc.errors()}


def rejects(code: str, **changes: Any) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        Plan.model_validate(plan_data(**changes))
    assert code in error_codes(info.value), info.value
    return info.value


def test_valid_plan() -> None:
    plan = Plan.model_validate(plan_data())
    assert number_line(plan) == "Số: 12/KH-UBND"
    assert date_line(plan) == "Đoàn Kết, ngày 12 tháng 5 năm 2023"
    assert plan.issuer.name == "ỦY BAN NHÂN DÂN\nXÃ ĐOÀN KẾT"


# --- number and symbol (ô 3) -------------------------------------------------------------------
def test_number_below_ten_is_zero_padded() -> None:
    assert number_line(Plan.model_validate(plan_data(number=5))) == "Số: 05/KH-UBND"


def test_draft_number_is_blank() -> None:
    line = number_line(Plan.model_validate(plan_data(number=None)))
    assert line.startswith("Số: ") and line.endswith("/KH-UBND")
    assert line[4:-8].isspace()


@pytest.mark.parametrize("number", [0, -3])
def test_number_must_be_positive(number: int) -> None:
    rejects("greater_than", number=number)


@pytest.mark.parametrize("code", ["ubnd", "UB ND", "UBND/TP", "-UBND", ""])
def test_issuer_code_shape(code: str) -> None:
    rejects("string_pattern_mismatch", issuer={"name": "UBND XÃ A", "code": code})


def test_issuer_code_may_have_groups() -> None:
    issuer = Issuer(name="VĂN PHÒNG", code="UBND-VP")
    assert issuer.code == "UBND-VP"


# --- place and date (ô 4) -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "line"),
    [
        ("2023-05-05", "X, ngày 05 tháng 5 năm 2023"),
        ("2024-01-09", "X, ngày 09 tháng 01 năm 2024"),
        ({"year": 2024, "month": 2, "day": 29}, "X, ngày 29 tháng 02 năm 2024"),
    ],
)
def test_dates(value: Any, line: str) -> None:
    date = IssueDate.model_validate(value)
    assert format_date_line("X", date.year, date.month, date.day) == line


def test_month_only_draft() -> None:
    date = IssueDate.model_validate("2023-05")
    assert (date.year, date.month, date.day) == (2023, 5, None)
    assert not date.is_complete and date.as_date() is None


def test_impossible_date() -> None:
    err = rejects("date_impossible", date="2023-02-31")
    assert "2023-02-31" in str(err)


def test_day_without_month() -> None:
    rejects("date_day_without_month", date={"year": 2023, "day": 3})


def test_date_format() -> None:
    # Day first is how Vietnamese write a date ("12/5/2023" is 12 May): only nonsense is refused.
    rejects("date_format", date="12/5")
    rejects("date_format", date="5/2023/12")


@pytest.mark.parametrize("month", [0, 13])
def test_month_range(month: int) -> None:
    with pytest.raises(ValidationError):
        IssueDate(year=2023, month=month)


# --- signature (ô 7) ----------------------------------------------------------------------------
def sig(**kwargs: Any) -> Signature:
    kwargs.setdefault("name", "Nguyễn Văn A")
    return Signature.model_validate(kwargs)


def sig_error(code: str, **kwargs: Any) -> None:
    with pytest.raises(ValidationError) as info:
        sig(**kwargs)
    assert code in error_codes(info.value), info.value


def test_signature_lines() -> None:
    def lines(**kwargs: Any) -> list[str]:
        return signature_lines(sig(**kwargs))

    assert lines(title="Chủ tịch") == ["CHỦ TỊCH"]
    tm = lines(authority="TM", on_behalf_of="Ủy ban nhân dân", title="Chủ tịch")
    assert tm == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    tm_kt = lines(
        authority="TM.", on_behalf_of="ỦY BAN NHÂN DÂN", deputy_for="CHỦ TỊCH", title="PHÓ CHỦ TỊCH"
    )
    assert tm_kt == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    kt = lines(authority="kt", on_behalf_of="Bộ trưởng", title="Thứ trưởng")
    assert kt == ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"]
    tl = lines(authority="TL", on_behalf_of="Bộ trưởng", title="Vụ trưởng Vụ Pháp chế")
    assert tl == ["TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ PHÁP CHẾ"]
    tuq = lines(authority="TUQ", on_behalf_of="Chủ tịch", title="Chánh Văn phòng")
    assert tuq == ["TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]
    assert lines(authority="Q", title="Giám đốc") == ["Q. GIÁM ĐỐC"]


def test_unknown_authority() -> None:
    with pytest.raises(ValidationError) as info:
        sig(authority="KY THAY", title="Chủ tịch")
    assert 'got "KY THAY"' in str(info.value)
    assert "TM, KT, TL, TUQ, Q" in str(info.value)


def test_kt_needs_a_deputy() -> None:
    sig_error(
        "signature_kt_needs_deputy", authority="KT", on_behalf_of="Chủ tịch", title="Chủ tịch"
    )


def test_tm_kt_needs_a_deputy() -> None:
    sig_error(
        "signature_kt_needs_deputy",
        authority="TM",
        on_behalf_of="Ủy ban nhân dân",
        deputy_for="Chủ tịch",
        title="Chánh văn phòng",
    )


def test_tm_acts_for_a_collective() -> None:
    sig_error(
        "signature_tm_not_collective", authority="TM", on_behalf_of="Chủ tịch", title="Chủ tịch"
    )


def test_kt_is_not_placed_before_a_collective() -> None:
    sig_error(
        "signature_not_for_collective",
        authority="KT",
        on_behalf_of="Ủy ban nhân dân",
        title="Phó Chủ tịch",
    )


@pytest.mark.parametrize("authority", ["TM", "KT", "TL", "TUQ"])
def test_authority_needs_on_behalf_of(authority: str) -> None:
    sig_error("signature_missing_behalf", authority=authority, title="Phó Chủ tịch")


def test_direct_signature_takes_no_on_behalf_of() -> None:
    sig_error("signature_unexpected_behalf", on_behalf_of="Ủy ban nhân dân", title="Chủ tịch")


def test_deputy_for_only_with_tm_or_tl() -> None:
    sig_error(
        "signature_unexpected_deputy",
        authority="TUQ",
        on_behalf_of="Chủ tịch",
        deputy_for="Chánh văn phòng",
        title="Phó Chánh văn phòng",
    )


@pytest.mark.parametrize(
    "name",
    [
        "TS. Nguyễn Văn A",
        "ThS.Nguyễn Văn B",
        "PGS. Trần C",
        "TS Phạm Xuân Luân",
        "NCS. Lê Văn D",
        "NCS Lê Văn D",
        "PGS.TS. Trần C",
        "GS. Hoàng E",
        "Ths Nguyễn F",
        "TSKH Đỗ G",
        "KS. Vũ H",
        "BS Phan I",
        "CN. Mai K",
    ],
)
def test_no_academic_title_before_the_name(name: str) -> None:
    sig_error("signature_academic_title", title="Chủ tịch", name=name)


def _named(title: str, form: str) -> str:
    return {"dot": f"{title}. Phạm Xuân Luân", "glued": f"{title}.Phạm Xuân Luân"}.get(
        form, f"{title} Phạm Xuân Luân"
    )


@pytest.mark.parametrize("title", nd30.ACADEMIC_TITLES)
@pytest.mark.parametrize("form", ["dot", "glued", "bare"])
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_the_model_refuses_every_title_in_every_form(
    title: str, form: str, case: Callable[[str], str]
) -> None:
    sig_error("signature_academic_title", title="Chủ tịch", name=_named(case(title), form))


@pytest.mark.parametrize("name", ["Tăng Văn Bình", "Cù Thị Nga", "Giáp Văn Sơn", "Ksor H'Bia"])
def test_names_that_merely_start_like_a_title_are_accepted(name: str) -> None:
    assert sig(title="Chủ tịch", name=name).name == name


# --- recipients (ô 9b) -------------------------------------------------------------------------
def test_recipients_are_required() -> None:
    rejects("recipients_missing", recipients=[])


def test_recipient_punctuation() -> None:
    assert recipient_lines(["UBND huyện;", "- Đảng ủy", "HĐND xã."], ["VT", "TP (2)"]) == [
        "- UBND\xa0huyện;",  # kept on one line
        "- Đảng ủy;",
        "- HĐND\xa0xã;",
        "- Lưu: VT, TP (2).",
    ]


def test_archive_defaults_to_the_clerical_office() -> None:
    assert Plan.model_validate(plan_data()).archive == ["VT"]


# --- text and body -----------------------------------------------------------------------------
def test_text_must_not_be_empty() -> None:
    rejects("string_too_short", summary="   ")


def test_text_with_forbidden_character_names_it() -> None:
    err = rejects("forbidden_character", summary="Kế hoạch\x00")
    assert "U+0000" in str(err)


def test_body_must_not_be_empty() -> None:
    rejects("too_short", body=[])


def test_unknown_body_node() -> None:
    rejects("body_node", body=[{"sektion": "X"}])


def test_unknown_key_rejected() -> None:
    rejects("extra_forbidden", summery="x")


def test_numbering_ladder_tokens() -> None:
    rejects("numbering_style", numbering=["I.", "1.", "x)"])
    plan = Plan.model_validate(plan_data(numbering=["I.", "1.", "-", "+", "*"]))
    assert [s.value for s in plan.numbering] == ["I.", "1.", "-", "+", "*"]


def test_text_is_nfc_and_stripped() -> None:
    import unicodedata

    plan = Plan.model_validate(
        plan_data(summary="  " + unicodedata.normalize("NFD", "Hòa giải") + " ")
    )
    assert plan.summary == "Hòa giải"


def test_plan_is_a_document_with_the_kh_code() -> None:
    assert issubclass(Plan, Document)
    assert Plan.document_type.code == "KH"
    assert Plan.document_type.heading == "KẾ HOẠCH"


# --- numbering of the body --------------------------------------------------------------------
def body(nodes: list[Any], ladder: list[str] | None = None) -> list[tuple[str, str]]:
    data = plan_data(body=nodes)
    if ladder is not None:
        data["numbering"] = ladder
    plan = Plan.model_validate(data)
    return [(b.style, b.text) for b in flatten_body(plan.body, plan.numbering)]


def test_ladder_levels_and_restart_per_parent() -> None:
    nodes = [
        "Mở đầu.",
        {"section": "Mục đích", "children": [
            {"section": "Yêu cầu chung", "children": [
                {"item": "Điểm một", "children": [
                    {"item": "Ý một", "children": [{"item": "Ý nhỏ"}]},
                ]},
                {"item": "Điểm hai"},
            ]},
            {"section": "Yêu cầu riêng", "children": [{"item": "Điểm một lại"}]},
        ]},
        {"section": "Nội dung", "children": ["Cụ thể như sau:", {"item": "Việc một"}]},
    ]  # fmt: skip
    assert body(nodes) == [
        ("body", "Mở đầu."),
        ("heading1", "I. MỤC ĐÍCH"),
        ("heading2", "1. Yêu cầu chung"),
        ("body", "a) Điểm một"),
        ("body", "- Ý một"),
        ("body", "+ Ý nhỏ"),
        ("body", "b) Điểm hai"),
        ("heading2", "2. Yêu cầu riêng"),
        ("body", "a) Điểm một lại"),
        ("heading1", "II. NỘI DUNG"),
        ("body", "Cụ thể như sau:"),
        ("body", "1. Việc một"),
    ]


def test_free_paragraphs_are_not_counted() -> None:
    nodes = [{"section": "A", "children": ["x", {"item": "một"}, "y", {"item": "hai"}]}]
    assert body(nodes)[1:] == [("body", "x"), ("body", "1. một"), ("body", "y"), ("body", "2. hai")]


def test_deeper_levels_repeat_the_last_style() -> None:
    nodes = [{"item": "1", "children": [{"item": "2", "children": [{"item": "3"}]}]}]
    assert body(nodes, ["I.", "-"]) == [("body", "I. 1"), ("body", "- 2"), ("body", "- 3")]


def test_explicit_label_wins() -> None:
    assert body([{"item": "Bước đầu", "label": "Bước 1:"}]) == [("body", "Bước 1: Bước đầu")]


def test_task_lines_as_the_seed_plan_writes_them() -> None:
    nodes = [{"section": "Nội dung", "children": [
        {"task": "Tuyên truyền.", "lead": "Công chức Tư pháp – Hộ tịch",
         "partners": ["Công an xã", "Đoàn thanh niên"], "deadline": "Quý III/2023"},
    ]}]  # fmt: skip
    assert body(nodes, ["I.", "1.", "-"])[1:] == [
        ("body", "1. Tuyên truyền."),
        ("body", "- Chủ trì: Công chức Tư pháp – Hộ tịch."),
        ("body", "- Phối hợp: Công an xã, Đoàn thanh niên."),
        ("body", "- Thời gian thực hiện: Quý III/2023."),
    ]


def test_task_lines_fall_back_to_a_dash_under_a_counting_level() -> None:
    nodes = [{"task": "Việc", "lead": "UBND xã"}]
    # The level under the task counts (1.), but its responsibility lines are not sub-tasks.
    assert body(nodes, ["I.", "1."]) == [("body", "I. Việc"), ("body", "- Chủ trì: UBND xã.")]
