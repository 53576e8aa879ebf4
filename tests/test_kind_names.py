"""Kinds named in Vietnamese on the command line: `vanban new ke-hoach`, `vanban schema bao-cao`."""

from __future__ import annotations

import pytest

from vanban.cli import main
from vanban.registry import FORMS, resolve_kind, slugify
from vanban.schema import json_schema
from vanban.starters import starter


@pytest.mark.parametrize("kind", sorted(FORMS))
def test_every_kind_has_a_vietnamese_command_word(kind: str) -> None:
    slug = FORMS[kind].slug
    assert slug.isascii() and slug == slug.lower() and " " not in slug
    assert resolve_kind(slug) == kind == resolve_kind(kind)
    assert starter(slug) == starter(kind)
    assert json_schema(slug) == json_schema(kind)


def test_words_are_the_decree_terms_without_accents() -> None:
    assert [slugify(t) for t in ("Kế hoạch", "Biên bản", "Báo cáo", "Đề án", "Tờ trình")] == [
        "ke-hoach",
        "bien-ban",
        "bao-cao",
        "de-an",
        "to-trinh",
    ]
    assert resolve_kind("Kế hoạch") == "plan"  # typed with its accents, too
    assert resolve_kind("ke hoach") == "plan"


def test_an_unknown_kind_lists_both_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "ke-hoac"]) == 2
    err = capsys.readouterr().err
    assert "plan (ke-hoach)" in err and "[kind]" in err


def test_slugs_do_not_collide() -> None:
    slugs = [form.slug for form in FORMS.values()]
    assert len(set(slugs)) == len(slugs)
    assert not set(slugs) & set(FORMS)
