"""Jinja filters available in every template: numbers and percentages the Vietnamese way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vanban.formatting.numbers import format_number, format_percent

__all__ = ["FILTERS"]

#: ``{{ 1315 | number }}`` → 1.315; ``{{ 0.938 | percent }}`` → 93,8%.
FILTERS: dict[str, Callable[..., Any]] = {
    "number": format_number,
    "percent": format_percent,
}
