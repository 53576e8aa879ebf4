"""JSON Schema of each document kind, for editors that complete and explain the YAML.

Its words — lược đồ JSON: each ``title`` and ``description`` — are written in the code as the
models have them: the fields' titles in Vietnamese (``Field(title=…)``, the decree's terms), the
descriptions in English (docstrings), the models' names in English. They are translated with the
gettext domain ``vanban_schema`` (``vanban/locale/<lang>/LC_MESSAGES/vanban_schema.po``; the
template is made by ``python -m vanban.schema_catalog extract``), each text keyed by its context:
:data:`TITLE`, :data:`NAME` or :data:`DESCRIPTION`. Only those strings change with the language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from vanban.errors import InputError
from vanban.i18n import N_, chosen_language, current_language
from vanban.i18n import catalog as i18n_catalog
from vanban.registry import FORMS, Form, resolve_kind

if TYPE_CHECKING:
    pass

__all__ = ["json_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
DOMAIN = "vanban_schema"

#: The contexts (msgctxt) of the schema's words, and the language each is written in.
TITLE, NAME, DESCRIPTION = "title", "name", "description"
WRITTEN_IN = {TITLE: "vi", NAME: "en", DESCRIPTION: "en"}

#: Keys whose values are data, not schema: a "title" key inside them is the user's, not a word.
_DATA_KEYS = frozenset({"default", "examples", "const", "enum"})


def json_schema(kind: str, lang: str | None = None) -> dict[str, Any]:
    """The JSON Schema of a document kind ("plan", …) in ``lang`` ("vi" or "en").

    Without ``lang`` (nor ``vanban.language``/``--lang``), the current language decides: a
    Vietnamese one (``VANBAN_LANG=vi``, ``LANG=vi_VN.UTF-8``) gives the schema in Vietnamese;
    otherwise it is as written, as before languages: Vietnamese titles carrying the decree's
    terms, English descriptions. ``lang="en"`` gives English titles too.
    """
    resolved = resolve_kind(kind)
    form = FORMS[resolved] if resolved is not None else None
    if form is None:
        raise InputError.single(
            "kind",
            N_(
                'expected one of {join}, got "{kind}"',
                join=", ".join(sorted(FORMS)),
                kind=kind,
            ),
            path="kind",
        )
    if lang is None and chosen_language() is None and current_language() == "en":
        return written_schema(form)
    catalog = i18n_catalog(current_language(lang), DOMAIN)
    return written_schema(form, lambda context, text: catalog.pgettext(context, text))


def written_schema(
    form: Form, translate: Callable[[str, str], str] | None = None
) -> dict[str, Any]:
    """The schema of ``form`` with each word passed through ``translate(context, text)``."""
    schema = form.load_model().model_json_schema(by_alias=True)
    term = form.term if translate is None else translate(TITLE, form.term)
    if translate is not None:
        schema = _translated(schema, translate)
    # A kind without a type (công văn) has no code to show.
    named = f"{term} ({form.code})" if form.code else term
    return {
        "$schema": DIALECT,
        "$id": f"https://vanban.invalid/schema/{form.kind}.json",
        **schema,
        "title": f"{named} — vanban {form.kind}",
    }


def words(schema: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Each ``(context, text)`` of a schema as written, the kind's own title left out."""
    for context, text, _ in _places(schema, root=True):
        yield context, text


def _places(node: Any, *, root: bool = False) -> Iterator[Any]:
    """(context, text, (mapping, key)) of every title and description under ``node``."""
    if isinstance(node, list):
        for item in node:
            yield from _places(item)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key in _DATA_KEYS:
            continue
        if key == "title" and isinstance(value, str):
            if not root:  # the kind's title is made of its term, translated by itself
                # pydantic's default title, a model's class name, is English; given ones are not
                named = value.isascii() and value.isidentifier()
                yield (NAME if named else TITLE), value, (node, key)
        elif key == "description" and isinstance(value, str):
            yield DESCRIPTION, value, (node, key)
        elif key == "$defs" and isinstance(value, dict):
            for definition in value.values():
                yield from _places(definition)
        elif key == "properties" and isinstance(value, dict):
            # property names are keys, not words: a field called "title" is not a title
            for prop in value.values():
                yield from _places(prop)
        else:
            yield from _places(value)


def _translated(schema: dict[str, Any], translate: Callable[[str, str], str]) -> dict[str, Any]:
    import copy

    result = copy.deepcopy(schema)
    for context, text, (mapping, key) in list(_places(result, root=True)):
        mapping[key] = translate(context, text)
    return result
