"""The shipped templates are exactly what templates/build.py makes, and render like docxtpl."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path

import pytest
from docx import Document

import vanban
from vanban.rendering import core_properties, default_template
from vanban.rendering.context import build_context
from vanban.rendering.engine import PreparedTemplate, render_reference

from .conftest import PLAN_EXAMPLE, ROOT


def load_build_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("template_build", ROOT / "templates" / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_templates_match_the_build_script(tmp_path: Path) -> None:
    build = load_build_script()
    written = build.build(tmp_path)
    assert written
    shipped = ROOT / "src" / "vanban" / "templates"
    for path in written:
        committed = shipped / path.name
        assert committed.exists(), f"{path.name} is built but not committed"
        assert committed.read_bytes() == path.read_bytes(), (
            f"{path.name} differs from templates/build.py; run: python templates/build.py"
        )


def test_templates_open_in_python_docx_with_named_styles() -> None:
    for path in (ROOT / "src" / "vanban" / "templates").glob("*.docx"):
        document = Document(str(path))
        names = {s.name for s in document.styles}
        assert {"VB Body", "VB Heading 1", "VB Issuer", "VB Motto", "VB Signer Name"} <= names
        with zipfile.ZipFile(path) as archive:
            # Slim: only the parts a document needs (no 300 KB default style sheet).
            assert sum(i.file_size for i in archive.infolist()) < 60_000


def test_fast_path_matches_docxtpl_byte_for_byte() -> None:
    plan = vanban.load(PLAN_EXAMPLE)
    path = default_template(plan)
    context, core = build_context(plan), core_properties(plan)
    assert PreparedTemplate(path).render(context, core) == render_reference(path, context, core)


def test_rendered_document_is_a_valid_package(plan_example_bytes: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(plan_example_bytes)) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
    assert names[:2] == ["[Content_Types].xml", "_rels/.rels"]
    assert names[2:] == sorted(names[2:])


@pytest.mark.parametrize("missing", ["summary", "blocks"])
def test_undefined_variable_is_an_error_naming_it(missing: str) -> None:
    plan = vanban.load(PLAN_EXAMPLE)
    context = build_context(plan)
    del context[missing]
    with pytest.raises(vanban.TemplateError) as info:
        PreparedTemplate(default_template(plan)).render(context, core_properties(plan))
    assert missing in str(info.value)
    assert info.value.code == "template_undefined"
