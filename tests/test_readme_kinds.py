"""README's table of kinds says what vanban.registry.FORMS declares, one row per kind."""

from __future__ import annotations

import re

from vanban.registry import FORMS

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _rows() -> dict[str, list[str]]:
    section = README.split("## The kinds", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")][1:]  # no header
    cells = [[c.strip() for c in row.strip("|").split("|")] for row in rows]
    return {c[0].strip("`"): c for c in cells}


def test_every_kind_has_its_row() -> None:
    assert set(_rows()) == set(FORMS)


def test_each_row_says_what_its_form_declares() -> None:
    for kind, (_, term, slug, sample, number) in _rows().items():
        form = FORMS[kind]
        assert slug == f"`{form.slug}`", kind
        assert sample.startswith(f"Mẫu {form.sample}"), kind
        if form.document_type is None:
            assert term == "Công văn" and "no type code" in number
        else:
            assert term == form.document_type.term, kind
            assert re.fullmatch(rf"…/{re.escape(form.document_type.code)}-…", number), kind
