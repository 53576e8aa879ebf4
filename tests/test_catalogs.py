"""The message catalogs are complete: what the code marks is what the catalogs hold, every
message has its Vietnamese, placeholders agree, and the committed .mo are the .po compiled."""

from __future__ import annotations

import io
import string
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

import vanban

PACKAGE = Path(vanban.__file__).resolve().parent
SOURCE = Path(__file__).resolve().parent.parent / "src" / "vanban"
LOCALE = SOURCE / "locale"
POT = LOCALE / "vanban.pot"
LANGS = ("vi", "en")


def _po(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "vanban.po"


def _read(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


def _ids(catalog: Catalog) -> set[str]:
    return {m.id for m in catalog if m.id and isinstance(m.id, str)}


def placeholders(text: str) -> Counter[str]:
    """The replacement fields of a str.format template, with their conversion and spec."""
    return Counter(
        f"{name}!{conversion or ''}:{spec or ''}"
        for _, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


def catalog_problems(template: Catalog, catalog: Catalog, *, translated: bool) -> list[str]:
    """Why ``catalog`` does not match ``template``; empty when it does.

    ``translated``: every message must have a non-empty, non-fuzzy translation (vi); English
    may leave one empty, as the message id is the English.
    """
    problems = []
    wanted, held = _ids(template), _ids(catalog)
    problems += [f"missing from the catalog: {m!r}" for m in sorted(wanted - held)]
    problems += [f"stale (no longer in the code): {m!r}" for m in sorted(held - wanted)]
    for message in catalog:
        if not message.id or message.id not in wanted:
            continue
        text = message.string
        if not text:
            if translated:
                problems.append(f"not translated: {message.id!r}")
            continue
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
        if placeholders(message.id) != placeholders(str(text)):
            problems.append(f"placeholders differ: {message.id!r} → {text!r}")
    return problems


@pytest.mark.skipif(not SOURCE.is_dir(), reason="needs the source tree")
def test_the_template_is_what_the_code_marks() -> None:
    extracted = {
        message
        for _, _, message, _, _ in extract_from_dir(str(SOURCE), [("**.py", "python")])
        if isinstance(message, str)
    }
    template = _ids(_read(POT))
    assert sorted(extracted - template) == [], "run the pybabel commands of README, Languages"
    assert sorted(template - extracted) == [], "stale entries: run pybabel extract and update"


@pytest.mark.skipif(not SOURCE.is_dir(), reason="needs the source tree")
@pytest.mark.parametrize("lang", LANGS)
def test_each_catalog_matches_the_template(lang: str) -> None:
    assert catalog_problems(_read(POT), _read(_po(lang)), translated=lang == "vi") == []


@pytest.mark.skipif(not SOURCE.is_dir(), reason="needs the source tree")
@pytest.mark.parametrize("lang", LANGS)
def test_catalogs_are_nfc(lang: str) -> None:
    text = _po(lang).read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text


@pytest.mark.parametrize("lang", LANGS)
def test_the_committed_mo_is_the_po_compiled(lang: str) -> None:
    # The .mo is committed because the wheel needs it; this keeps it the .po's compilation.
    po = PACKAGE / "locale" / lang / "LC_MESSAGES" / "vanban.po"
    mo = po.with_suffix(".mo")
    compiled = io.BytesIO()
    write_mo(compiled, _read(po))
    assert mo.read_bytes() == compiled.getvalue(), "run: pybabel compile -d src/vanban/locale"


def test_a_missing_translation_fails(tmp_path: Path) -> None:
    """The completeness check finds a message without Vietnamese, a stale one, a bad one."""
    template = _read(POT)
    broken = _read(_po("vi"))
    first, second = sorted(_ids(broken))[:2]
    broken[first].string = ""
    broken.delete(second)
    broken.add("a message no code has", "một thông báo")
    with_fields = next(m for m in broken if m.id and "{" in str(m.id) and m.id > second)
    with_fields.string = "không có chỗ điền"
    path = tmp_path / "vanban.po"
    with path.open("wb") as handle:
        write_po(handle, broken)
    problems = catalog_problems(template, _read(path), translated=True)
    assert f"not translated: {first!r}" in problems
    assert f"missing from the catalog: {second!r}" in problems
    assert "stale (no longer in the code): 'a message no code has'" in problems
    assert any(p.startswith(f"placeholders differ: {with_fields.id!r}") for p in problems)
    assert len(problems) == 4, problems
