"""JSON Schema of each document kind, for editors that complete and explain the YAML."""

from __future__ import annotations

from typing import Any

from vanban.errors import InputError
from vanban.registry import KINDS

__all__ = ["json_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of a document kind ("plan", …), its titles carrying the Vietnamese terms."""
    model = KINDS.get(kind)
    if model is None:
        raise InputError.single(
            "kind", f'expected one of {", ".join(sorted(KINDS))}, got "{kind}"', path="kind"
        )
    schema = model.model_json_schema(by_alias=True)
    term = model.document_type
    return {
        "$schema": DIALECT,
        "$id": f"https://vanban.invalid/schema/{kind}.json",
        **schema,
        "title": f"{term.term} ({term.code}) — vanban {kind}",
    }
