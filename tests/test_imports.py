"""A program pays at import only for what it uses: the kinds it renders, not the whole library."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import vanban

from .conftest import EXAMPLES, PLAN_EXAMPLE

#: Modules that build pydantic models of one kind only.
MINUTES_ONLY = {"vanban.models.minutes", "vanban.models.meeting"}
REPORT_ONLY = {"vanban.models.report", "vanban.models.period"}
MINUTES_EXAMPLE = EXAMPLES / "minutes-giao-ban-hoa-giai-ngoc-thuy.yaml"


def loaded_after(code: str) -> set[str]:
    """The modules of interest a fresh interpreter holds after running ``code``."""
    script = (
        f"import sys, json\n{code}\n"
        "print(json.dumps(sorted(m for m in sys.modules "
        "if m.startswith(('vanban', 'pydantic', 'jinja2', 'docx', 'babel', 'yaml')))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(json.loads(done.stdout))


def test_import_vanban_builds_nothing() -> None:
    loaded = loaded_after("import vanban")
    assert not any(name.startswith(("pydantic", "jinja2", "docx", "yaml")) for name in loaded)
    assert not any(name.startswith("vanban.models.") for name in loaded)


def test_rendering_a_plan_builds_no_minutes_or_report_models() -> None:
    loaded = loaded_after(f"import vanban\nvanban.render_bytes(vanban.load({str(PLAN_EXAMPLE)!r}))")
    assert "vanban.models.plan" in loaded
    assert not loaded & (MINUTES_ONLY | REPORT_ONLY)


def test_rendering_minutes_imports_the_minutes_models() -> None:
    loaded = loaded_after(
        f"import vanban\nvanban.render_bytes(vanban.load({str(MINUTES_EXAMPLE)!r}))"
    )
    assert loaded >= MINUTES_ONLY
    assert not loaded & REPORT_ONLY


@pytest.mark.parametrize("name", vanban.__all__)
def test_every_public_name_is_the_defining_modules_object(name: str) -> None:
    value = getattr(vanban, name)
    module = getattr(value, "__module__", None)
    if module is not None and module.startswith("vanban."):
        assert getattr(sys.modules[module], name) is value


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        vanban.no_such_thing  # noqa: B018
    assert "Plan" in dir(vanban)


def test_babel_is_imported_only_when_a_figure_is_printed() -> None:
    loaded = loaded_after(f"import vanban\nvanban.load({str(PLAN_EXAMPLE)!r})")
    assert not any(name.startswith("babel") for name in loaded)
    loaded = loaded_after("from vanban.formatting import format_number\nformat_number(1315)")
    assert "babel.numbers" in loaded
