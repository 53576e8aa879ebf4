"""vanban.nd30 holds the decree's numbers: the checker, the rule titles and the rendering rules
read them from there."""

from __future__ import annotations

import re

import pytest

from vanban import nd30
from vanban.checks import RULES
from vanban.rendering import rules as rendering_rules


@pytest.mark.parametrize("side", ["top", "bottom", "left", "right"])
def test_margins_are_the_checkers_and_the_templates_are_inside_them(side: str) -> None:
    margin = nd30.MARGINS[side]
    assert RULES[f"ND30-MARGIN-{side.upper()}"].title.endswith(
        f"{margin.low_mm}–{margin.high_mm} mm."
    )
    assert margin.low_mm <= margin.template_mm <= margin.high_mm


def test_the_rendering_rules_ratio() -> None:
    ratio = getattr(rendering_rules, "RULE_RATIO", None)
    assert ratio in (None, nd30.SHORT_RULE_TARGET)


def test_the_checker_reads_the_decree_from_nd30() -> None:
    from vanban.checks import limits

    assert limits.A4_TWIPS == (nd30.PAGE_WIDTH_TWIPS, nd30.PAGE_HEIGHT_TWIPS)
    assert limits.A4_TOLERANCE_TWIPS == nd30.PAGE_TOLERANCE_TWIPS
    assert limits.MOTTO is nd30.MOTTO
    assert {n.casefold() for n in nd30.NATIONAL_NAMES} == limits.NATIONAL_NAMES
    assert limits.MOTTO_RULE_RATIO is nd30.MOTTO_RULE_RATIO
    assert limits.SHORT_RULE_RATIO is nd30.SHORT_RULE_ACCEPTED
    assert limits.INDENT_TWIPS is nd30.BODY_INDENT_RANGE_TWIPS
    assert limits.ACADEMIC_TITLE is nd30.ACADEMIC_TITLE
    assert dict(nd30.REPLACED_CODES) == limits.OLD_CODES
    assert limits.COPY_CODES is nd30.COPY_CODES
    assert {m.casefold() for m in nd30.URGENCY_MARKS} == limits.STAMPS
    assert re.sub(r"\(\?:", "(", limits.SYMBOL) == nd30.SYMBOL_CODE_PATTERN
    for side, margin in nd30.MARGINS.items():
        assert limits.MARGINS_MM[side] == (margin.low_mm, margin.high_mm)


@pytest.mark.parametrize(
    ("code", "part"),
    [
        ("ND30-NATIONAL-NAME-SIZE", "national_name"),
        ("ND30-MOTTO-SIZE", "motto"),
        ("ND30-ISSUER-SIZE", "body_name"),
        ("ND30-TITLE-SIZE", "type_name"),
        ("ND30-BODY-SIZE", "body"),
        ("ND30-PAGE-NUMBER", "page_number"),
        ("ND30-RECIPIENTS-LABEL", "recipients_label"),
        ("ND30-RECIPIENTS-ITEM-SIZE", "recipient"),
    ],
)
def test_sizes_are_the_checkers(code: str, part: str) -> None:
    size = nd30.SIZES[part]
    shown = f"{size.low:g}–{size.high:g} pt" if size.low != size.high else f"{size.low:g} pt"
    assert shown in RULES[code].title
    assert size.low <= size.template <= size.high
