"""Shared fixtures: paths of the examples and test data, and a rendered example plan."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = ROOT / "examples"
PLAN_EXAMPLE = EXAMPLES / "plan-hoa-giai-doan-ket.yaml"


@pytest.fixture(scope="session")
def plan_example_bytes() -> bytes:
    import vanban

    return vanban.render_bytes(vanban.load(PLAN_EXAMPLE))
