"""Shared pydantic plumbing: the model config and the text type every field uses."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, ClassVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    GetJsonSchemaHandler,
    StringConstraints,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from vanban.formatting.text import ForbiddenCharacterError, clean_text
from vanban.models.docstrings import describe_fields

__all__ = ["MAX_NUMBER", "Model", "Number", "Text", "TextForm", "number_problem"]

#: Numbers a document holds are below this (10^18): above any count, or any amount in đồng
#: (a year's state budget is about 2·10^15). Larger ones are mistakes, and past 28 digits the
#: decimal arithmetic that prints them fails.
MAX_NUMBER = Decimal(10) ** 18


def number_problem(value: Decimal) -> str | None:
    """Why a number cannot be in a document, or None."""
    if value.is_finite() and abs(value) >= MAX_NUMBER:
        digits = value.adjusted() + 1
        return (
            f"a number of {digits:,} digits; no document holds one of 10^18 or more "
            "(check the data, or write it as text)"
        )
    return None


def _bounded(value: Decimal) -> Decimal:
    problem = number_problem(value)
    if problem is not None:
        raise PydanticCustomError("number_too_large", problem)
    return value


#: A number as documents hold it: finite, below :data:`MAX_NUMBER`.
Number = Annotated[Decimal, AfterValidator(_bounded)]


def _clean(value: Any) -> Any:
    if not isinstance(value, str):
        return value  # the str schema reports the wrong type
    try:
        return clean_text(value)
    except ForbiddenCharacterError as exc:
        raise PydanticCustomError(exc.code, "{reason}", {"reason": str(exc)}) from exc


#: Text as it will be printed: stripped, NFC, line breaks as "\n", never empty. Cleaned before
#: it is stripped, so that a forbidden character is refused wherever it stands ("\f" at an end
#: would otherwise be trimmed away as whitespace).
Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    BeforeValidator(_clean),
]


class Model(BaseModel):
    """Base of every vanban model: unknown keys rejected, names or aliases accepted."""

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
        validate_by_alias=True,
        validate_assignment=True,
        # Field docstrings become schema descriptions when a schema is asked for, not at import.
        json_schema_extra=describe_fields,
    )


class TextForm(Model):
    """A model that YAML may also write as one string ("2023-05", "2020-Q2").

    Subclasses parse the string in a ``mode="before"`` validator and declare its shape here, so
    the JSON Schema offers an editor both forms.
    """

    text_pattern: ClassVar[str]
    text_description: ClassVar[str]
    schema_title: ClassVar[str]

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        text = {"type": "string", "pattern": cls.text_pattern, "description": cls.text_description}
        return {"anyOf": [text, handler(schema)], "title": cls.schema_title}
