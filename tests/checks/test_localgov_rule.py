"""ND30-LOCAL-UNITS: a document dated from 1 July 2025 names only units that exist then."""

from __future__ import annotations

import datetime as dt

import pytest

import vanban
from vanban.checks import check
from vanban.checks.model import Outcome
from vanban.loading import read_data

from ..conftest import EXAMPLES, PLAN_EXAMPLE

CODE = "ND30-LOCAL-UNITS"


def _plan(date: str, recipients: list[str], **issuer: str) -> bytes:
    data = read_data(PLAN_EXAMPLE)[0]
    data["date"] = date
    data["recipients"] = recipients
    data["issuer"] = {**data["issuer"], **issuer}
    return vanban.render_bytes(vanban.parse(data))


def _findings(data: bytes) -> list[tuple[Outcome, str]]:
    return [(f.outcome, f.message) for f in check(data).findings if f.code == CODE]


def test_a_2026_plan_sent_to_an_ubnd_huyen_is_warned() -> None:
    report = check(_plan("2026-03-02", ["UBND huyện Thanh Miện", "Đảng ủy xã"]))
    (warning,) = [f for f in report.findings if f.code == CODE and f.outcome is Outcome.FAIL]
    assert "UBND huyện Thanh Miện" in warning.message and "72/2025/QH15" in warning.message
    assert warning.where
    assert report.ok  # a warning: the exit status stays 0 unless --strict
    assert CODE in {f.code for f in report.warnings}


def test_the_same_plan_dated_2024_is_judged_by_the_old_structure() -> None:
    ((outcome, message),) = _findings(_plan("2024-03-02", ["UBND huyện Thanh Miện"]))
    assert outcome is Outcome.NOT_APPLICABLE and "before" in message


def test_a_merged_province_in_the_parent_line_is_warned() -> None:
    data = _plan("2026-01-10", ["Sở Tư pháp"], parent="Ủy ban nhân dân tỉnh Hải Dương")
    ((outcome, message),) = _findings(data)
    assert outcome is Outcome.FAIL and "thành phố Hải Phòng" in message


def test_a_draft_dated_by_month_is_judged_by_its_month() -> None:
    ((outcome, _),) = _findings(_plan("2026-05", ["UBND quận Long Biên"]))
    assert outcome is Outcome.FAIL


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_every_example_names_units_of_its_day(example: str) -> None:
    data = vanban.render_bytes(vanban.load(EXAMPLES / example))
    assert all(outcome is not Outcome.FAIL for outcome, _ in _findings(data))


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_an_example_of_an_earlier_year_says_it_is_dated_as_it_was(example: str) -> None:
    from vanban.localgov import TWO_TIERS

    document = vanban.load(EXAMPLES / example)
    issued = document.date.as_date() or dt.date(document.date.year, document.date.month or 1, 1)
    header = (EXAMPLES / example).read_text(encoding="utf-8").split("\nkind:")[0]
    if issued < TWO_TIERS:
        assert "before the two-tier local government" in header
