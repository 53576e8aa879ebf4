"""vanban.nd30 states the same numbers as the checker and the rendering rules that still carry
their own copies; these tests keep them equal until those read nd30 too.

The checker's copies are private names that may move between its modules; each is looked up
in every module of vanban.checks, and a test of one that is gone (read from nd30) is skipped.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import Any

import pytest

import vanban.checks
from vanban import nd30
from vanban.checks import RULES
from vanban.rendering import rules as rendering_rules


def checker_constant(name: str) -> Any:
    """The checker's own copy of a value, from whichever of its modules defines it."""
    for info in pkgutil.walk_packages(vanban.checks.__path__, "vanban.checks."):
        module = importlib.import_module(info.name)
        if name in vars(module):
            return vars(module)[name]
    pytest.skip(f"the checker has no {name} of its own any more")


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


def test_the_checkers_constants() -> None:
    assert checker_constant("_A4") == (nd30.PAGE_WIDTH_TWIPS, nd30.PAGE_HEIGHT_TWIPS)
    assert checker_constant("_A4_TOLERANCE") == nd30.PAGE_TOLERANCE_TWIPS
    assert checker_constant("_MOTTO") == nd30.MOTTO
    assert {n.casefold() for n in nd30.NATIONAL_NAMES} == checker_constant("_NATIONAL_NAMES")
    assert checker_constant("_MOTTO_RATIO") == nd30.MOTTO_RULE_RATIO
    assert checker_constant("_SHORT_RATIO") == nd30.SHORT_RULE_ACCEPTED
    assert checker_constant("_TYPED_SLACK") == nd30.TYPED_RULE_SLACK
    assert checker_constant("_INDENT") == nd30.BODY_INDENT_RANGE_TWIPS
    assert checker_constant("_SINGLE_LINE") == nd30.SINGLE_LINE_RATIO
    assert dict(nd30.REPLACED_CODES) == checker_constant("_OLD_CODES")
    assert checker_constant("_COPY_CODES") == nd30.COPY_CODES
    assert {m.casefold() for m in nd30.URGENCY_MARKS} == checker_constant("_STAMPS")
    assert re.sub(r"\(\?:", "(", checker_constant("_SYMBOL")) == nd30.SYMBOL_CODE_PATTERN


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
