"""Shared fixtures: paths of the examples and test data, and a rendered example plan."""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml  # noqa: F401
from hypothesis import settings

# PyYAML is imported here, before any test runs pytest inside pytest (pytester): a module first
# imported inside such a run is dropped from sys.modules when it ends, and imported again later
# its Python half (yaml.nodes) is new while its C half (yaml._yaml, which cannot be reloaded)
# keeps the old node classes — the resolver then tags every scalar None.

# Property tests: "ci", the default, runs 500 examples each; VANBAN_HYPOTHESIS=thorough 10,000.
settings.register_profile("ci", max_examples=500, deadline=None)
settings.register_profile("thorough", max_examples=10_000, deadline=None)
settings.load_profile(os.environ.get("VANBAN_HYPOTHESIS", "ci"))

# Messages are English in the suite whatever the machine's locale says (tests of the language
# choice set their own); the CLI's subprocesses inherit it.
os.environ["VANBAN_LANG"] = "en"

# Prepared templates are cached on disk; the suite keeps its cache out of the user's home.
os.environ.setdefault("VANBAN_CACHE_DIR", tempfile.mkdtemp(prefix="vanban-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = ROOT / "examples"
PLAN_EXAMPLE = EXAMPLES / "plan-hoa-giai-doan-ket.yaml"


@contextlib.contextmanager
def time_bound(seconds: int) -> Iterator[None]:
    """Fail, rather than hang, when the body takes longer than a generous ``seconds``: a bound
    on runaway work, never a speed assert."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="session")
def plan_example_bytes() -> bytes:
    import vanban

    return vanban.render_bytes(vanban.load(PLAN_EXAMPLE))
