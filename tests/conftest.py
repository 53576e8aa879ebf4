"""Shared fixtures: paths of the examples and test data, and a rendered example plan."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests: "ci", the default, runs 500 examples each; VANBAN_HYPOTHESIS=thorough 10,000.
settings.register_profile("ci", max_examples=500, deadline=None)
settings.register_profile("thorough", max_examples=10_000, deadline=None)
settings.load_profile(os.environ.get("VANBAN_HYPOTHESIS", "ci"))

# Prepared templates are cached on disk; the suite keeps its cache out of the user's home.
os.environ.setdefault("VANBAN_CACHE_DIR", tempfile.mkdtemp(prefix="vanban-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = ROOT / "examples"
PLAN_EXAMPLE = EXAMPLES / "plan-hoa-giai-doan-ket.yaml"


@pytest.fixture(scope="session")
def plan_example_bytes() -> bytes:
    import vanban

    return vanban.render_bytes(vanban.load(PLAN_EXAMPLE))
