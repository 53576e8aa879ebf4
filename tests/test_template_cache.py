"""Prepared templates kept on disk: a new process renders without docxtpl, same bytes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import vanban
from vanban.rendering import cache, core_properties, default_template, engine
from vanban.rendering.context import build_context

from .conftest import PLAN_EXAMPLE


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("VANBAN_CACHE_DIR", str(folder))
    monkeypatch.setattr(engine, "_CACHE", {})  # each test prepares anew, into its own cache
    return folder


def test_a_prepared_template_is_reused_by_a_new_process(private_cache: Path) -> None:
    vanban.render_bytes(vanban.load(PLAN_EXAMPLE))  # prepares into the private cache
    assert list(private_cache.glob("*.prepared"))
    script = (
        "import sys, vanban; vanban.render_bytes(vanban.load(sys.argv[1])); "
        "print('docxtpl' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(PLAN_EXAMPLE)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["False"], done.stderr


def test_a_broken_cache_entry_is_prepared_again(private_cache: Path) -> None:
    plan = vanban.load(PLAN_EXAMPLE)
    expected = vanban.render_bytes(plan)
    path = default_template(plan)
    data = path.read_bytes()
    [entry] = private_cache.glob("*.prepared")
    entry.write_bytes(b"not marshal")
    assert cache.load_prepared(data, path.name) is None
    template = cache.prepare(path, data)
    assert template.render(build_context(plan), core_properties(plan)) == expected
    assert cache.load_prepared(data, path.name) is not None


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANBAN_NO_CACHE", "1")
    assert cache.cache_dir() is None
