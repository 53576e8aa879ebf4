"""A document as plain data again — the round trip of ``vanban.parse`` and ``vanban.load``.

``model_dump`` gives what the models hold, not what they read: body nodes lose the key that
names their kind when it is null (``table: null``), Decimals become strings that a number
column refuses, times print with seconds. :func:`to_data` writes what ``vanban.parse`` reads
back into an equal document: only the fields that differ from their defaults, under the names
YAML uses, numbers as numbers, dates and times as a clerk writes them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from vanban.formatting.emphasis import has_marks
from vanban.models.richtext import run_list

__all__ = ["to_data", "to_yaml"]


def to_data(document: BaseModel) -> dict[str, Any]:
    """Plain JSON-able data that ``vanban.parse`` turns back into an equal document."""
    data = document.model_dump(mode="python", by_alias=True, exclude_defaults=True)
    # The kind is a default, but without it the data says nothing of what it is.
    kind = data.pop("kind", None) or type(document).model_fields["kind"].default
    out: dict[str, Any] = {"kind": kind}
    out.update(_plain(data))
    return out


def to_yaml(document: BaseModel) -> str:
    """YAML text that ``vanban.load_text`` reads back into an equal document."""
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        # PyYAML writes NEL (U+0085) raw in its plain styles, and YAML reads it as a line break.
        style = '"' if "\x85" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, text)
    out: str = yaml.dump(
        to_data(document), Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100
    )
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, Decimal):
        # An integral amount stays an int; otherwise the shortest float that reads back equal.
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, str) and has_marks(value):
        # A text with emphasis is written as its runs, as YAML gives them.
        return run_list(value)
    return value
