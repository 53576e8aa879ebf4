"""Shared pydantic plumbing: the model config and the text type every field uses."""

from __future__ import annotations

import datetime as dt
import re
import typing
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    GetJsonSchemaHandler,
    StringConstraints,
    ValidationError,
    WithJsonSchema,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema
from pydantic_core.core_schema import ErrorType

from vanban.errors import InputError
from vanban.formatting.dates import parse_written_date
from vanban.formatting.text import ForbiddenCharacterError, clean_text
from vanban.i18n import N_, Message, custom_error
from vanban.models.docstrings import describe_fields

_BUILTIN_ERRORS = frozenset(typing.get_args(ErrorType))

__all__ = [
    "MAX_NUMBER",
    "Day",
    "Model",
    "ModelInputError",
    "Number",
    "Text",
    "TextForm",
    "number_problem",
]

#: Numbers a document holds are below this (10^18): above any count, or any amount in đồng
#: (a year's state budget is about 2·10^15). Larger ones are mistakes, and past 28 digits the
#: decimal arithmetic that prints them fails.
MAX_NUMBER = Decimal(10) ** 18


def number_problem(value: Decimal) -> Message | None:
    """Why a number cannot be in a document, or None."""
    if value.is_finite() and abs(value) >= MAX_NUMBER:
        return N_(
            "a number of {digits:,} digits; no document holds one of 10^18 or more "
            "(check the data, or write it as text)",
            digits=value.adjusted() + 1,
        )
    return None


def _bounded(value: Decimal) -> Decimal:
    problem = number_problem(value)
    if problem is not None:
        raise custom_error("number_too_large", problem)
    return value


#: A number as documents hold it: finite, below :data:`MAX_NUMBER`.
Number = Annotated[Decimal, AfterValidator(_bounded)]


def _clean(value: Any) -> Any:
    if not isinstance(value, str):
        return value  # the str schema reports the wrong type
    try:
        return clean_text(value)
    except ForbiddenCharacterError as exc:
        raise custom_error(exc.code, exc.message) from exc


#: Text as it will be printed: stripped, NFC, line breaks as "\n", never empty. Cleaned before
#: it is stripped, so that a forbidden character is refused wherever it stands ("\f" at an end
#: would otherwise be trimmed away as whitespace).
Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    BeforeValidator(_clean),
]


def _day(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if re.fullmatch(r"\s*\d{4}-\d{1,2}-\d{1,2}\s*", value):
        return value.strip()  # ISO, as YAML and JSON write it: pydantic reads it
    year, month, day = parse_written_date(value) or (0, None, None)
    if month is None or day is None:
        raise custom_error(
            "date_format",
            N_(
                'expected a date, day first: "01/7/2026", "ngày 01 tháng 7 năm 2026" or '
                '2026-07-01; got "{value}"',
                value=value,
            ),
        )
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise custom_error(
            "date_impossible", N_("{value} is not a date in the calendar", value=value)
        ) from None


#: A full date, written as Vietnamese write it (day first) or as ISO: 01/7/2026, 2026-07-01.
Day = Annotated[
    dt.date,
    BeforeValidator(_day),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
            r"|[Nn]gày\s*\d{1,2}\s*,?\s*tháng\s*\d{1,2}\s*năm\s*\d{4})\s*$",
            "description": 'day first: "01/7/2026", "ngày 01 tháng 7 năm 2026", or 2026-07-01',
        }
    ),
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

    if not TYPE_CHECKING:  # type checkers keep the fields' signature (dataclass_transform)

        def __init__(self, /, **data: Any) -> None:
            try:
                super().__init__(**data)
            except ValidationError as exc:
                raise ModelInputError.of(exc, type(self)) from None

        # Not a custom __init__ to pydantic: validating nested data does not go through it
        # (as RootModel does); only a constructor called by a program does.
        __init__.__pydantic_base_init__ = True

        def __setattr__(self, name: str, value: Any) -> None:
            # validate_assignment: plan.summary = "" is the same InputError as a constructor's.
            try:
                super().__setattr__(name, value)
            except ModelInputError:
                raise
            except ValidationError as exc:
                raise ModelInputError.of(exc, type(self)) from None


class ModelInputError(InputError, ValidationError):
    """Wrong values given to a model's constructor: an :class:`~vanban.errors.InputError` with
    the codes and field paths of ``vanban.parse``, and still pydantic's ``ValidationError``.
    """

    def __init__(self, *args: Any) -> None:
        pass  # pydantic's side is made by from_exception_data; vanban's by of()

    @classmethod
    def of(cls, exc: ValidationError, model: type[BaseModel]) -> ModelInputError:
        from vanban.loading import issues_of

        errors: list[Any] = []
        for error in exc.errors():
            kind = error["type"]
            if kind in _BUILTIN_ERRORS:
                errors.append(
                    {k: v for k, v in error.items() if k in ("type", "loc", "input", "ctx")}
                )
            else:  # vanban's own codes: the message is already formatted
                message = error["msg"].replace("{", "{{").replace("}", "}}")
                errors.append(
                    {
                        "type": PydanticCustomError(kind, message),
                        "loc": error["loc"],
                        "input": error["input"],
                    }
                )
        out = cls.from_exception_data(exc.title, errors)
        InputError.__init__(out, issues_of(exc, model, {}, None))
        return out

    def __str__(self) -> str:
        return self.message


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
