"""The JSON Schema in Vietnamese and English: its catalog (domain vanban_schema) is complete,
and each language changes only the titles and descriptions, never what the schema accepts."""

from __future__ import annotations

import copy
import datetime
import io
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

import vanban
from vanban.cli import main
from vanban.registry import FORMS
from vanban.schema import DESCRIPTION, NAME, TITLE, WRITTEN_IN, json_schema, words
from vanban.schema_catalog import entries

PACKAGE = Path(vanban.__file__).resolve().parent
SOURCE = Path(__file__).resolve().parent.parent / "src" / "vanban"
LOCALE = SOURCE / "locale"
POT = LOCALE / "vanban_schema.pot"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
LANGS = ("vi", "en")

#: Vietnamese letters with diacritics: in an English title they mean Vietnamese was left.
VIETNAMESE = re.compile(
    "[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", re.IGNORECASE
)
#: English words a Vietnamese sentence never holds (outside code and {placeholders}); not
#: "in" (in: print) nor "an" (An Thịnh).
ENGLISH = re.compile(r"\b(the|and|of|with|when|is|are|its|their|for|from|by|or|which|this)\b", re.I)


def _po(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "vanban_schema.po"


def _read(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


def _keys(catalog: Catalog) -> set[tuple[str, str]]:
    return {(str(m.context), str(m.id)) for m in catalog if m.id}


def schema_catalog_problems(template: Catalog, catalog: Catalog, lang: str) -> list[str]:
    """Why ``catalog`` (of ``lang``) does not match ``template``; empty when it does.

    A text written in another language than ``lang`` needs a translation, not fuzzy; a text
    written in ``lang`` may keep an empty one (the text as written is shown).
    """
    wanted, held = _keys(template), _keys(catalog)
    problems = [f"missing from the catalog: {k!r}" for k in sorted(wanted - held)]
    problems += [f"stale (no schema has it): {k!r}" for k in sorted(held - wanted)]
    for message in catalog:
        key = (str(message.context), str(message.id))
        if not message.id or key not in wanted:
            continue
        if message.fuzzy:
            problems.append(f"fuzzy: {key!r}")
        elif not message.string and WRITTEN_IN[key[0]] != lang:
            problems.append(f"not translated: {key!r}")
    return problems


def _undated(value: Any) -> Any:
    """YAML reads a date as a date; the schema describes the text the file holds."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _undated(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_undated(v) for v in value]
    return value


def _examples(kind: str) -> list[Path]:
    return [
        path
        for path in sorted(EXAMPLES.glob("*.yaml"))
        if yaml.safe_load(path.read_text(encoding="utf-8")).get("kind") == kind
    ]


def _bare(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema without its words: what must not change with the language."""
    from vanban.schema import _places

    bare = copy.deepcopy(schema)
    for _, _, (mapping, key) in list(_places(bare, root=True)):
        mapping[key] = "…"
    bare["title"] = "…"
    return bare


@pytest.mark.skipif(not SOURCE.is_dir(), reason="needs the source tree")
def test_the_template_is_what_the_schemas_hold() -> None:
    held = _keys(_read(POT))
    extracted = set(entries())
    assert sorted(extracted - held) == [], "run: python -m vanban.schema_catalog extract"
    assert sorted(held - extracted) == [], "stale entries: extract again and pybabel update"
    assert {context for context, _ in extracted} == {TITLE, NAME, DESCRIPTION}


def test_the_schemas_words_are_the_models() -> None:
    # Titles are the fields' Vietnamese terms, names the models', descriptions the docstrings.
    assert (TITLE, "Trích yếu nội dung (ô 5a)") in set(words(json_schema("plan")))
    found = set(entries())
    assert (NAME, "Signature") in found and (TITLE, "Kế hoạch") in found
    assert (DESCRIPTION, "One short sentence saying what the document is about.") in found


@pytest.mark.skipif(not SOURCE.is_dir(), reason="needs the source tree")
@pytest.mark.parametrize("lang", LANGS)
def test_each_schema_catalog_matches_the_template(lang: str) -> None:
    assert schema_catalog_problems(_read(POT), _read(_po(lang)), lang) == []


@pytest.mark.skipif(not SOURCE.is_dir(), reason="needs the source tree")
@pytest.mark.parametrize("lang", LANGS)
def test_schema_catalogs_are_nfc(lang: str) -> None:
    text = _po(lang).read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text


@pytest.mark.parametrize("lang", LANGS)
def test_the_committed_schema_mo_is_the_po_compiled(lang: str) -> None:
    po = PACKAGE / "locale" / lang / "LC_MESSAGES" / "vanban_schema.po"
    compiled = io.BytesIO()
    write_mo(compiled, _read(po))
    assert po.with_suffix(".mo").read_bytes() == compiled.getvalue(), (
        "run: pybabel compile -d src/vanban/locale -D vanban_schema"
    )


@pytest.mark.skipif(not SOURCE.is_dir(), reason="needs the source tree")
def test_a_missing_schema_translation_fails(tmp_path: Path) -> None:
    """The check finds a description without Vietnamese, a fuzzy one, a missing and a stale one."""
    template = _read(POT)
    broken = _read(_po("vi"))
    descriptions = sorted(k for k in _keys(broken) if k[0] == DESCRIPTION)
    first, second, third = descriptions[:3]
    broken.get(first[1], context=first[0]).string = ""
    broken.get(second[1], context=second[0]).flags.add("fuzzy")
    broken.delete(third[1], context=third[0])
    broken.add("A description no model has.", "Một mô tả", context=DESCRIPTION)
    title = next(k for k in sorted(_keys(broken)) if k[0] == TITLE)
    broken.get(title[1], context=title[0]).string = ""  # a Vietnamese title may stay as written
    path = tmp_path / "vanban_schema.po"
    with path.open("wb") as handle:
        write_po(handle, broken)
    problems = schema_catalog_problems(template, _read(path), "vi")
    assert f"not translated: {first!r}" in problems
    assert f"fuzzy: {second!r}" in problems
    assert f"missing from the catalog: {third!r}" in problems
    assert "stale (no schema has it): ('description', 'A description no model has.')" in problems
    assert len(problems) == 4, problems
    # The same title without English is a gap in the English catalog.
    english = _read(_po("en"))
    english.get(title[1], context=title[0]).string = ""
    assert schema_catalog_problems(template, english, "en") == [f"not translated: {title!r}"]


def _strings(schema: dict[str, Any], key: str) -> list[str]:
    from vanban.schema import _places

    # the kind's own title is left out: its code (QĐ, CĐ) is a symbol, not a word
    return [text for context, text, (_, place) in _places(schema, root=True) if place == key]


@pytest.mark.parametrize("kind", sorted(FORMS))
def test_vietnamese_schema_has_no_english_description(kind: str) -> None:
    schema = json_schema(kind, lang="vi")
    english = [
        text
        for text in _strings(schema, "description")
        if ENGLISH.search(re.sub(r"``.*?``|`.*?`|\{.*?\}|<.*?>", "", text, flags=re.S))
    ]
    assert english == []
    written = set(_strings(json_schema(kind), "description"))
    # Apart from the few written in Vietnamese or made only of an example, each one changed.
    kept = [t for t in _strings(schema, "description") if t in written]
    assert all(VIETNAMESE.search(t) for t in kept), kept


@pytest.mark.parametrize("kind", sorted(FORMS))
def test_english_schema_has_no_vietnamese_title(kind: str) -> None:
    schema = json_schema(kind, lang="en")
    assert [t for t in _strings(schema, "title") if VIETNAMESE.search(t)] == []
    # The few descriptions written in Vietnamese in the code are English too: none starts
    # with a Vietnamese word without an English one after (a quoted example may be Vietnamese).
    vietnamese = [
        t
        for t in _strings(schema, "description")
        if VIETNAMESE.search(t.split()[0]) and not t.startswith('"') and not ENGLISH.search(t)
    ]
    assert vietnamese == []
    code = f" ({FORMS[kind].code})" if FORMS[kind].code else ""
    assert schema["title"].endswith(f"{code} — vanban {kind}")
    assert not VIETNAMESE.search(schema["title"].removesuffix(f"{code} — vanban {kind}"))


@pytest.mark.parametrize("kind", sorted(FORMS))
def test_languages_change_only_the_words(kind: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    written = json_schema(kind)
    schemas = {lang: json_schema(kind, lang=lang) for lang in LANGS}
    assert schemas["vi"] != schemas["en"] != written
    for schema in schemas.values():
        jsonschema.Draft202012Validator.check_schema(schema)
        assert _bare(schema) == _bare(written)
        assert schema.keys() == written.keys()
    examples = _examples(kind)
    assert examples, f"no example of {kind}"
    for path in examples:
        data = _undated(yaml.safe_load(path.read_text(encoding="utf-8")))
        if isinstance(data.get("number"), str) and data["number"].isdigit():
            # "number: 09": YAML 1.1 (PyYAML) reads text, an editor's YAML 1.2 the number 9
            data["number"] = int(data["number"])
        for schema in (written, *schemas.values()):
            jsonschema.validate(data, schema)


def test_the_kinds_title_in_each_language() -> None:
    assert json_schema("plan", lang="vi")["title"] == "Kế hoạch (KH) — vanban plan"
    assert json_schema("plan", lang="en")["title"] == "Plan (KH) — vanban plan"
    assert json_schema("letter", lang="en")["title"] == "Letter — vanban letter"
    summary = json_schema("plan", lang="en")["properties"]["summary"]
    assert summary["title"] == "Summary (box 5a)"
    assert summary["description"] == "One short sentence saying what the document is about."
    summary = json_schema("plan", lang="vi")["properties"]["summary"]
    assert summary["title"] == "Trích yếu nội dung (ô 5a)"
    assert summary["description"] == "Một câu ngắn nêu văn bản về việc gì."


def test_the_default_keeps_the_schema_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    # No language asked for and an English one current: Vietnamese titles, English
    # descriptions, as before the schema had languages.
    monkeypatch.setenv("VANBAN_LANG", "en")
    summary = json_schema("plan")["properties"]["summary"]
    assert summary["title"] == "Trích yếu nội dung (ô 5a)"
    assert summary["description"] == "One short sentence saying what the document is about."
    with vanban.language("en"):
        assert json_schema("plan") == json_schema("plan", lang="en")
    monkeypatch.setenv("VANBAN_LANG", "vi")
    assert json_schema("plan") == json_schema("plan", lang="vi")
    monkeypatch.delenv("VANBAN_LANG")
    monkeypatch.setenv("LC_ALL", "vi_VN.UTF-8")
    assert json_schema("plan") == json_schema("plan", lang="vi")


@pytest.mark.parametrize("lang", LANGS)
def test_schema_command_lang(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "plan", "--lang", lang]) == 0
    assert json.loads(capsys.readouterr().out) == json_schema("plan", lang=lang)


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="expected one of en, vi"):
        json_schema("plan", lang="fr")


@pytest.mark.skipif(not SOURCE.is_dir(), reason="needs the source tree")
def test_extract_writes_the_committed_template(tmp_path: Path) -> None:
    from vanban.schema_catalog import main as catalog_main

    written = tmp_path / "vanban_schema.pot"
    assert catalog_main(["extract", "-o", str(written)]) == 0
    assert written.read_bytes() == POT.read_bytes()
