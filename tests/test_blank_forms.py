"""Blank and partly filled minutes, printed to be filled in by hand; honorifics per person."""

from __future__ import annotations

from typing import Any

import pytest

import vanban
from vanban import InputError
from vanban.rendering.context import build_context

from .samples import minutes


def _texts(**changes: Any) -> list[str]:
    return [b["text"] for b in build_context(vanban.parse(minutes(**changes)))["blocks"]]


@pytest.mark.parametrize("blank", ["…", "...", " … "])
def test_blank_times_print_as_dotted_leaders(blank: str) -> None:
    texts = _texts(start=blank, end=blank)
    assert texts[0] == "Thời gian bắt đầu: ……… giờ ……… phút, ngày 06 tháng 8 năm 2020."
    assert "Cuộc họp kết thúc vào ……… giờ ……… phút cùng ngày./." in texts


def test_one_time_blank_is_not_compared_with_the_other() -> None:
    texts = _texts(start="14:00", end="…")
    assert texts[0].startswith("Thời gian bắt đầu: 14 giờ 00 phút")


def test_a_date_without_its_day_leaves_dotted_blanks() -> None:
    assert _texts(date="2026-03")[0].endswith("ngày ……… tháng 3 năm 2026.")


def test_blank_names_counts_venue_and_secretary() -> None:
    context = build_context(
        vanban.parse(
            minutes(
                venue="…",
                attendees=[
                    {"name": "…", "title": "…"},
                    {"group": "Thành viên Tổ hòa giải", "count": "…"},
                ],
                secretary={"name": "…"},
                honorific="ông (bà)",
            )
        )
    )
    texts = [b["text"] for b in context["blocks"]]
    assert "Địa điểm: ………………………….." not in texts  # the leader is not doubled
    assert "Địa điểm: …………………………." in texts
    assert "- Ông (bà) …………………………, …………………………;" in texts
    assert "- Thành viên Tổ hòa giải (……… người)." in texts
    assert "Thư ký (người ghi biên bản): Ông (bà) …………………………." in texts
    # The name under the signature is written by hand.
    assert context["secretary_name"] == ""


def test_each_person_may_have_an_honorific_of_their_own() -> None:
    texts = _texts(
        honorific="ông (bà)",
        attendees=[
            {"name": "Trần Văn Bình", "title": "Bí thư Chi bộ", "honorific": "đồng chí"},
            {"name": "Nguyễn Thị Lan", "title": "giáo viên", "honorific": "Cô"},
            {"name": "Lê Văn Hùng"},
        ],
    )
    assert "- Đồng chí Trần Văn Bình, Bí thư Chi bộ;" in texts
    assert "- Cô Nguyễn Thị Lan, giáo viên;" in texts
    assert "- Ông (bà) Lê Văn Hùng." in texts


def test_unnumbered_minutes_need_no_issuer_code() -> None:
    data = minutes(numbered=False, number=None)
    del data["issuer"]["code"]
    document = vanban.parse(data)
    assert build_context(document)["number_line"] == ""
    assert vanban.load_text(document.to_yaml()) == document


@pytest.mark.parametrize("changes", [{}, {"numbered": True}])
def test_numbered_documents_still_need_the_issuer_code(changes: dict[str, Any]) -> None:
    data = minutes(**changes)
    del data["issuer"]["code"]
    with pytest.raises(InputError) as info:
        vanban.parse(data)
    issue = info.value.issues[0]
    assert (issue.code, issue.path) == ("issuer_code_missing", "issuer.code")
    assert "Số: …/BB-UBND" in issue.message and "numbered: false" in issue.message


def test_a_wrong_time_is_still_refused() -> None:
    with pytest.raises(InputError) as info:
        vanban.parse(minutes(start="giữa trưa"))
    assert [i.code for i in info.value.issues] == ["time_format"]


@pytest.mark.parametrize("count", ["vài", 0, -3, True, 2.5])
def test_a_count_is_a_whole_head_count_or_the_blank_mark(count: object) -> None:
    with pytest.raises(InputError) as info:
        vanban.parse(minutes(attendees=[{"group": "Tổ viên", "count": count}]))
    issue = info.value.issues[0]
    assert (issue.code, issue.path) == ("count_format", "attendees[0].count")
    assert len(info.value.issues) == 1


def test_a_blank_form_round_trips() -> None:
    document = vanban.parse(
        minutes(
            start="…", end="…", secretary={"name": "…"}, attendees=[{"group": "A", "count": "…"}]
        )
    )
    assert vanban.load_text(document.to_yaml()) == document
