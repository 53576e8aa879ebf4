"""The template of the JSON Schema's words — the gettext domain ``vanban_schema``.

``python -m vanban.schema_catalog extract`` walks the schema of every registered kind
(:data:`vanban.registry.FORMS`) as written and writes each title, model name and description
once, with its context, to ``src/vanban/locale/vanban_schema.pot``; then the usual
``pybabel update … -D vanban_schema`` and ``pybabel compile … -D vanban_schema`` (README,
"Languages"). The Vietnamese catalog translates the English (descriptions, models' names), the
English catalog the Vietnamese (titles).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from vanban.registry import FORMS
from vanban.schema import DOMAIN, TITLE, WRITTEN_IN, words, written_schema

__all__ = ["entries", "main", "template"]

TEMPLATE = Path("src") / "vanban" / "locale" / f"{DOMAIN}.pot"


def entries() -> list[tuple[str, str]]:
    """Every ``(context, text)`` of every kind's schema, once, sorted."""
    found: set[tuple[str, str]] = set()
    for form in FORMS.values():
        found.add((TITLE, form.term))
        found.update(words(written_schema(form)))
    return sorted(found)


def template() -> Catalog:
    """The catalog template of the schema's words, each noted with the language it is in."""
    catalog = Catalog(domain=DOMAIN, project="vanban", fuzzy=False)
    for context, text in entries():
        catalog.add(text, context=context, auto_comments=[f"written in {WRITTEN_IN[context]}"])
    return catalog


def main(argv: Sequence[str] | None = None) -> int:
    """``extract [-o FILE]``: write the template (default: the source tree's)."""
    parser = argparse.ArgumentParser(prog="python -m vanban.schema_catalog")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="write the template of the schema's words")
    extract.add_argument("-o", "--output", type=Path, default=TEMPLATE)
    args = parser.parse_args(argv)
    with args.output.open("wb") as handle:
        write_po(handle, template(), omit_header=True, sort_output=True)
    print(f"{args.output}: {len(entries())} entries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
