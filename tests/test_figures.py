"""Figures written into text as {name}: formatted the Vietnamese way, every mistake an error."""

from __future__ import annotations

from typing import Any

import pytest

import vanban
from vanban import InputError, Minutes, Report

from .samples import minutes, report
from .test_models import plan_data


def plan(**changes: Any) -> vanban.Plan:
    document = vanban.parse({"kind": "plan", **plan_data(**changes)})
    assert isinstance(document, vanban.Plan)
    return document


def rejects(code: str, data: dict[str, Any]) -> vanban.Issue:
    with pytest.raises(InputError) as info:
        vanban.parse(data)
    matching = [i for i in info.value.issues if i.code == code]
    assert matching, str(info.value)
    return matching[0]


FIGURES = {
    "received": 4,
    "settled": 3,
    "settled_rate": {"rate": ["settled", "received"]},
    "district_rate": {"percent": 0.938},
    "mediators": 1315,
    "average": 2.5,
    "precise": {"percent": 0.93756, "decimals": 2},
}


def test_figures_print_the_vietnamese_way_in_any_text() -> None:
    text = (
        "{settled}/{received} vụ đạt {settled_rate}; quận {district_rate}, "
        "{mediators} hòa giải viên, bình quân {average}, {precise}."
    )
    document = plan(figures=FIGURES, body=[text], summary="Tỷ lệ {settled_rate}")
    assert document.body[0] == (
        "3/4 vụ đạt 75%; quận 93,8%, 1.315 hòa giải viên, bình quân 2,5, 93,76%."
    )
    assert document.summary == "Tỷ lệ 75%"


def test_placeholders_reach_nested_texts() -> None:
    body = [{"section": "Kết quả {settled_rate}", "children": [{"item": "{mediators} người"}]}]
    document = plan(figures=FIGURES, body=body, recipients=["Tổ {received}"])
    section = document.body[0]
    assert isinstance(section, vanban.Section)
    assert section.title == "Kết quả 75%"
    assert section.children[0].text == "1.315 người"  # type: ignore[union-attr]
    assert document.recipients == ["Tổ 4"]


def test_other_braces_print_as_written() -> None:
    text = "{{settled}} = {settled}; }} {{ x }} {% if %} {# a { b } {1abc} {a b}"
    document = plan(figures=FIGURES, body=[text])
    assert document.body[0] == "{{settled}} = 3; }} {{ x }} {% if %} {# a { b } {1abc} {a b}"


def test_without_figures_braces_print_as_written() -> None:
    assert plan(body=["{settled} {{ x }} {"]).body[0] == "{settled} {{ x }} {"


def test_unknown_name_is_an_error_naming_the_field() -> None:
    data = {"kind": "plan", **plan_data(figures=FIGURES, body=["a", {"item": "{setled} vụ"}])}
    issue = rejects("placeholder", data)
    assert issue.path == "body[1].item"
    assert '"{setled}" names no figure; did you mean "{settled}"?' in issue.message


def test_rate_with_a_zero_denominator_is_an_error_not_zero_percent() -> None:
    figures = {"received": 0, "settled": 0, "rate": {"rate": ["settled", "received"]}}
    data = {"kind": "plan", **plan_data(figures=figures)}
    issue = rejects("rate_zero_denominator", data)
    assert issue.path == "figures.rate.rate"
    assert "the denominator is 0" in issue.message


def test_rate_of_an_undeclared_figure() -> None:
    figures = {"settled": 3, "rate": {"rate": ["settled", "recieved"]}}
    issue = rejects("figure_unknown", {"kind": "plan", **plan_data(figures=figures)})
    assert issue.path == "figures.rate.rate[1]"
    assert '"recieved" is not declared' in issue.message


def test_rate_of_a_percentage_is_refused() -> None:
    figures = {"share": {"percent": 0.5}, "n": 3, "rate": {"rate": ["n", "share"]}}
    rejects("figure_unknown", {"kind": "plan", **plan_data(figures=figures)})


def test_rate_of_numbers_written_out() -> None:
    document = plan(figures={"rate": {"rate": [1, 3], "decimals": 2}}, body=["{rate}"])
    assert document.body[0] == "33,33%"


@pytest.mark.parametrize("figure", [{"number": 1, "percent": 0.5}, {}, {"decimals": 1}, "ba", True])
def test_a_figure_is_one_number_percentage_or_rate(figure: Any) -> None:
    with pytest.raises(InputError):
        vanban.parse({"kind": "plan", **plan_data(figures={"x": figure})})


def test_figure_names_are_identifiers() -> None:
    rejects("string_pattern_mismatch", {"kind": "plan", **plan_data(figures={"tỷ lệ": 1})})


def test_report_period_and_next_period_are_always_named() -> None:
    document = vanban.parse(report(summary="Kết quả {period}, nhiệm vụ {next_period}"))
    assert isinstance(document, Report)
    assert document.summary == "Kết quả quý II năm 2020, nhiệm vụ quý III năm 2020"


def test_minutes_take_figures_too() -> None:
    document = vanban.parse(minutes(figures=FIGURES, conclusions=["Đạt {settled_rate}."]))
    assert isinstance(document, Minutes)
    assert document.conclusions == ["Đạt 75%."]


def test_yaml_error_points_at_the_line_of_the_placeholder() -> None:
    text = """\
kind: plan
issuer: {name: UBND XÃ A, code: UBND}
place: A
date: 2023-05
summary: Kế hoạch
figures:
  received: 4
body:
  - Mở đầu.
  - item: Nhận {recieved} vụ.
signature: {title: Chủ tịch, name: Nguyễn Văn A}
recipients: [UBND huyện]
"""
    with pytest.raises(InputError) as info:
        vanban.load_text(text, "plan.yaml")
    (issue,) = info.value.issues
    assert (issue.code, issue.line, issue.path) == ("placeholder", 10, "body[1].item")
    assert str(issue).startswith("plan.yaml:10: body[1].item: ")
