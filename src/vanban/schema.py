"""JSON Schema of each document kind, for editors that complete and explain the YAML."""

from __future__ import annotations

from typing import Any

from vanban.errors import InputError
from vanban.i18n import N_
from vanban.registry import FORMS, resolve_kind

__all__ = ["json_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of a document kind ("plan", …), its titles carrying the Vietnamese terms."""
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
    schema = form.load_model().model_json_schema(by_alias=True)
    # A kind without a type (công văn) has no code to show.
    named = f"{form.term} ({form.code})" if form.code else form.term
    return {
        "$schema": DIALECT,
        "$id": f"https://vanban.invalid/schema/{form.kind}.json",
        **schema,
        "title": f"{named} — vanban {form.kind}",
    }
