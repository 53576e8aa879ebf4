"""Reports without a fixed period, with Kính gửi and money: what real reports need."""

from __future__ import annotations

from typing import Any

import pytest

import vanban
from vanban import InputError, Report
from vanban.loading import read_data
from vanban.rendering.context import build_context

from .conftest import PLAN_EXAMPLE
from .samples import report


def _without_period(**changes: Any) -> dict[str, Any]:
    data = report(
        summary="Tổng kết 03 năm thực hiện công tác hòa giải ở cơ sở",
        body=[
            "Mở đầu.",
            {"results": [{"item": "Kết quả một."}]},
            {"next_tasks": [{"item": "Nhiệm vụ một."}]},
        ],
    )
    del data["period"]
    data.update(changes)
    return data


def test_a_report_may_have_no_period() -> None:
    document = vanban.parse(_without_period())
    assert isinstance(document, Report)
    assert document.period is None
    texts = [b["text"] for b in build_context(document)["blocks"]]
    assert "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI" in texts
    assert vanban.load_text(document.to_yaml()) == document
    assert document.to_docx()[:2] == b"PK"


@pytest.mark.parametrize("name", ["period", "next_period"])
def test_a_period_placeholder_without_a_period_is_refused_clearly(name: str) -> None:
    with pytest.raises(InputError) as info:
        vanban.parse(_without_period(summary=f"Kết quả {{{name}}}"))
    issue = info.value.issues[0]
    assert (issue.code, issue.path) == ("placeholder", "summary")
    assert f'"{{{name}}}" cannot be printed: the report has no period' in issue.message


def test_figures_still_print_in_a_report_without_a_period() -> None:
    document = vanban.parse(_without_period(figures={"cases": 12}, summary="Có {cases} vụ"))
    assert document.summary == "Có 12 vụ"


def test_next_period_after_a_range_says_why() -> None:
    with pytest.raises(InputError, match="a range of dates has no next period"):
        vanban.parse(
            report(period={"from": "2026-01-01", "to": "2026-06-30"}, summary="{next_period}")
        )


# --- Kính gửi and a Nơi nhận of "Như trên" alone ------------------------------------------------
@pytest.mark.parametrize("recipients", [[], None])
def test_with_addressees_recipients_may_be_left_out(recipients: list[str] | None) -> None:
    data = report(addressees=["Ủy ban nhân dân tỉnh Lâm Đồng"], archive=["VT", "VHXH"])
    if recipients is None:
        del data["recipients"]
    else:
        data["recipients"] = recipients
    context = build_context(vanban.parse(data))
    assert context["recipients"] == ["- Như trên;", "- Lưu: VT, VHXH."]
    assert context["addressees"] == "Kính gửi:\tỦy ban nhân dân tỉnh Lâm Đồng."


@pytest.mark.parametrize("recipients", [[], None])
def test_without_addressees_recipients_are_required_and_the_error_says_why(
    recipients: list[str] | None,
) -> None:
    data = report()
    if recipients is None:
        del data["recipients"]
    else:
        data["recipients"] = recipients
    with pytest.raises(InputError) as info:
        vanban.parse(data)
    issue = info.value.issues[0]
    assert (issue.code, issue.path) == ("recipients_missing", "recipients")
    assert '"- Như trên;"' in issue.message and "addressees (Kính gửi)" in issue.message


def test_a_plan_without_kinh_gui_still_needs_its_recipients() -> None:
    data = read_data(PLAN_EXAMPLE)[0]
    data["recipients"] = []
    with pytest.raises(InputError) as info:
        vanban.parse(data)
    assert [i.code for i in info.value.issues] == ["recipients_missing"]
    assert "Như trên" not in info.value.issues[0].message


# --- money ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("figure", "printed"),
    [
        ({"amount": 3486250000}, "3.486.250.000 đồng"),
        ({"amount": -120000000}, "-120.000.000 đồng"),
        ({"amount": 0}, "0 đồng"),
        (
            {"amount": 3486250000, "in_words": True},
            "3.486.250.000 đồng (Bằng chữ: Ba tỷ bốn trăm tám mươi sáu triệu hai trăm năm mươi "
            "nghìn đồng)",
        ),
        (
            {"amount": -120000000, "in_words": True},
            "-120.000.000 đồng (Bằng chữ: Âm một trăm hai mươi triệu đồng)",
        ),
    ],
)
def test_amounts_print_in_dong_with_words_if_asked(figure: dict[str, Any], printed: str) -> None:
    document = vanban.parse(report(figures={"budget": figure}, summary="Kinh phí {budget}"))
    assert document.summary == f"Kinh phí {printed}"


@pytest.mark.parametrize(
    ("figure", "code"),
    [
        ({"amount": 1500.5}, "amount_whole"),
        ({"amount": 10**18}, "number_too_large"),
        ({"number": 5, "in_words": True}, "figure_in_words"),
        ({"amount": 5, "number": 5}, "figure_shape"),
        ({"amount": 5, "decimals": 2}, "figure_shape"),
    ],
)
def test_wrong_amounts_are_refused_at_their_place(figure: dict[str, Any], code: str) -> None:
    with pytest.raises(InputError) as info:
        vanban.parse(report(figures={"budget": figure}))
    issue = info.value.issues[0]
    assert issue.code == code
    assert issue.path.startswith("figures.budget")


def test_an_amount_round_trips() -> None:
    document = vanban.parse(
        report(figures={"budget": {"amount": 3486250000, "in_words": True}}, summary="{budget}")
    )
    assert "in_words: true" in document.to_yaml()
    assert vanban.load_text(document.to_yaml()) == document


def _budget_table(**changes: Any) -> dict[str, Any]:
    table: dict[str, Any] = {
        "table": "Kinh phí thực hiện năm 2026",
        "columns": [
            {"header": "TT", "type": "index"},
            {"header": "Nội dung"},
            {"header": "Dự toán", "type": "amount", "key": "planned"},
            {"header": "Thực hiện", "type": "amount", "key": "spent"},
            {"header": "Tỷ lệ", "rate": ["spent", "planned"]},
        ],
        "rows": [["Tuyên truyền", 3486250000, 3366250000], ["Điều chỉnh", -120000000, None]],
        "total": "Tổng cộng",
    }
    table.update(changes)
    return table


def test_amount_columns_print_whole_dong_add_up_and_say_their_unit() -> None:
    document = vanban.parse(report(body=[_budget_table(), {"results": ["Đạt."]}]))
    table = build_context(document)["blocks"][0]["table"]
    assert table["unit"] == "(Đơn vị tính: đồng)"
    rows = [[c["text"] for c in row["cells"]] for row in table["rows"]]
    assert rows[1:] == [
        ["1", "Tuyên truyền", "3.486.250.000", "3.366.250.000", "96,6%"],
        ["2", "Điều chỉnh", "-120.000.000", "", ""],
        ["Tổng cộng", "3.366.250.000", "3.366.250.000", "100%"],
    ]


def test_a_table_gives_its_own_unit_line() -> None:
    document = vanban.parse(
        report(body=[_budget_table(unit="(Đơn vị tính: triệu đồng)"), {"results": ["Đạt."]}])
    )
    assert build_context(document)["blocks"][0]["table"]["unit"] == "(Đơn vị tính: triệu đồng)"


def test_an_amount_cell_is_whole_dong() -> None:
    with pytest.raises(InputError) as info:
        vanban.parse(report(body=[_budget_table(rows=[["A", 10.5, 1]]), {"results": ["Đạt."]}]))
    issue = info.value.issues[0]
    assert (issue.code, issue.path) == ("amount_whole", "body[0].rows[0][1]")
