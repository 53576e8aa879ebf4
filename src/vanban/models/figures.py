"""Figures — số liệu: named numbers, percentages and rates, printed the Vietnamese way.

A document may declare its figures once and write them into any text as ``{name}``::

    figures:
      received: 4                          # a number          → 4        (1315 → 1.315)
      settled: 3
      settled_rate: {rate: [settled, received]}   # a rate     → 75%      (3/4)
      district_rate: {percent: 0.938}      # a ratio           → 93,8%
      budget: {amount: 3486250000, in_words: true}   # → 3.486.250.000 đồng (Bằng chữ: Ba tỷ …)
    body:
      - Tỷ lệ hòa giải thành {settled}/{received} vụ, đạt {settled_rate}.

In a document that has named values, a placeholder is a name between single braces — ``{name}``,
letters, digits and "_" only — and is replaced by the formatted value; a placeholder naming no
figure is an error ("did you mean …?"), so a misspelt name never reaches the page. Every other
brace prints as written, so "{{ x }}", "{% if %}", "{ a b }" or a lone "{" in user text come out
verbatim in every kind of document. A rate whose denominator is zero is an error in the data,
never "0%".
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    Field,
    GetJsonSchemaHandler,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import InitErrorDetails, core_schema

from vanban.formatting.amounts import format_amount
from vanban.formatting.numbers import format_number, format_percent
from vanban.i18n import N_, Message, custom_error
from vanban.models.base import Model, Number, number_problem

__all__ = ["Figure", "FigureName", "Figures", "fill_placeholders", "format_figures"]

Loc = tuple[str | int, ...]

#: A figure's name as written between braces: letters, digits and "_", not starting with a digit.
FigureName = Annotated[
    str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
]

#: One side of a rate: the name of a number figure, or a number written out.
Operand = FigureName | Decimal


def _shorthand(value: Any) -> Any:
    # A bare number is the common case: "received: 4" means {number: 4}.
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return {"number": value}
    return value


class Figure(Model):
    """Figure — số liệu: exactly one of a number, an amount, a percentage or a rate."""

    number: Number | None = Field(default=None, title="Số")
    """A count or amount: 1315 prints as 1.315, 2.5 as 2,5."""

    amount: Number | None = Field(default=None, title="Số tiền (đồng)")
    """A whole amount in đồng: 3486250000 prints as 3.486.250.000 đồng, -120000000 as
    -120.000.000 đồng."""

    in_words: bool = Field(default=False, title="Ghi số tiền bằng chữ")
    """With an amount: adds its reading, "(Bằng chữ: Ba tỷ … đồng)"."""

    percent: Number | None = Field(default=None, title="Tỷ lệ phần trăm (dạng 0,938)")
    """A ratio: 0.938 prints as 93,8%."""

    rate: tuple[Operand, Operand] | None = Field(default=None, title="Tỷ lệ [tử số, mẫu số]")
    """[numerator, denominator], each a figure name or a number: [settled, received] → 75%."""

    decimals: int | None = Field(default=None, ge=0, le=4, title="Số chữ số thập phân")
    """Decimals shown at most (trailing zeros dropped); 2 for numbers, 1 for percentages."""

    @field_validator("rate")
    @classmethod
    def _bounded_operands(cls, rate: tuple[Operand, Operand] | None) -> Any:
        for operand in rate or ():
            problem = number_problem(operand) if isinstance(operand, Decimal) else None
            if problem is not None:
                raise custom_error("number_too_large", problem)
        return rate

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        mapping = handler(schema)
        return {"anyOf": [{"type": "number"}, mapping], "title": "Số liệu"}

    @model_validator(mode="after")
    def _exactly_one(self) -> Figure:
        kinds = ("number", "amount", "percent", "rate")
        given = [name for name in kinds if getattr(self, name) is not None]
        if len(given) != 1:
            raise custom_error(
                "figure_shape",
                N_(
                    "a figure is a number, a mapping amount: 3486250000 (đồng), a mapping "
                    "percent: 0.938 or a mapping rate: [numerator, denominator]; got {found}"
                ),
                found=" and ".join(given) if given else "none of them",
            )
        if self.amount is not None and self.amount != self.amount.to_integral_value():
            raise custom_error(
                "amount_whole",
                N_("an amount is a whole number of đồng; got {amount}"),
                amount=str(self.amount),
            )
        if self.in_words and self.amount is None:
            raise custom_error(
                "figure_in_words", N_("in_words: true reads an amount; give amount: … (đồng)")
            )
        if self.amount is not None and self.decimals is not None:
            raise custom_error("figure_shape", N_("an amount is whole đồng; remove decimals"))
        return self


Figures = dict[FigureName, Annotated[Figure, BeforeValidator(_shorthand)]]


def _error(code: str, message: Message, loc: Loc, value: Any, **ctx: Any) -> InitErrorDetails:
    return InitErrorDetails(type=custom_error(code, message, **ctx), loc=loc, input=value)


def format_figures(
    figures: Mapping[str, Figure], loc: Loc = ("figures",)
) -> tuple[dict[str, str], list[InitErrorDetails]]:
    """Each figure as printed, and the errors found: unknown operands, zero denominators."""
    out: dict[str, str] = {}
    errors: list[InitErrorDetails] = []
    for name, figure in figures.items():
        if figure.number is not None:
            out[name] = format_number(
                figure.number, 2 if figure.decimals is None else figure.decimals
            )
        elif figure.amount is not None:
            out[name] = format_amount(int(figure.amount), in_words=figure.in_words)
        elif figure.percent is not None:
            out[name] = format_percent(
                figure.percent, 1 if figure.decimals is None else figure.decimals
            )
    for name, figure in figures.items():
        if figure.rate is None:
            continue
        values: list[Decimal] = []
        for index, operand in enumerate(figure.rate):
            if isinstance(operand, Decimal):
                values.append(operand)
                continue
            target = figures.get(operand)
            if target is None or target.number is None:
                known = sorted(n for n, f in figures.items() if f.number is not None)
                close = difflib.get_close_matches(operand, known, n=1)
                errors.append(
                    _error(
                        "figure_unknown",
                        N_('a rate is taken between number figures; "{name}" is {what}{hint}'),
                        (*loc, name, "rate", index),
                        operand,
                        name=operand,
                        what=N_("not one") if target is not None else N_("not declared"),
                        hint=N_(' (did you mean "{close}"?)', close=close[0]) if close else "",
                    )
                )
                break
            values.append(target.number)
        if len(values) != 2:
            continue
        if values[1] == 0:
            errors.append(
                _error(
                    "rate_zero_denominator",
                    N_(
                        "rate {numerator}/{denominator}: the denominator is 0, so there is no "
                        "rate; correct the data"
                    ),
                    (*loc, name, "rate"),
                    list(figure.rate),
                    numerator=str(figure.rate[0]),
                    denominator=str(figure.rate[1]),
                )
            )
            continue
        out[name] = format_percent(
            values[0] / values[1], 1 if figure.decimals is None else figure.decimals
        )
    return out, errors


# A placeholder is "{name}" not doubled on either side: "{{x}}" and "{{ x }}" stay literal text.
_PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})")


def _fill(
    text: str, values: Mapping[str, str], absent: Mapping[str, str | Message] | None = None
) -> tuple[str, Message | None]:
    """The text with its placeholders filled, and the first problem found (or None).

    ``absent`` names the values the document could have but does not, with the reason.
    """
    for match in _PLACEHOLDER.finditer(text):
        name = match.group(1)
        if absent and name in absent and name not in values:
            return text, N_(
                '"{{{name}}}" cannot be printed: {reason}', name=name, reason=absent[name]
            )
        if name not in values:
            close = difflib.get_close_matches(name, list(values), n=1)
            known = ", ".join(sorted(values)) or N_("none")
            if close:
                return text, N_(
                    '"{{{name}}}" names no figure; did you mean "{{{close}}}"? (declared: {known})',
                    name=name,
                    close=close[0],
                    known=known,
                )
            return text, N_(
                '"{{{name}}}" names no figure (declared: {known})', name=name, known=known
            )
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], text), None


#: The tag pydantic puts in an error location after the index of a tagged-union member.
TagOf = Callable[[Any], str | None]


def _texts(
    value: Any, loc: Loc, skip: frozenset[str], tag_of: TagOf
) -> Iterator[tuple[Loc, Any, str | int]]:
    """(location, container, key) of every plain string under a validated model."""
    if isinstance(value, BaseModel):
        for name, field in type(value).model_fields.items():
            if name in skip:
                continue
            key = field.alias or name
            item = value.__dict__.get(name)
            if type(item) is str:
                yield (*loc, key), value.__dict__, name
            else:
                yield from _texts(item, (*loc, key), frozenset(), tag_of)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if type(item) is str:
                yield (*loc, index), value, index
            else:
                tag = tag_of(item) if isinstance(item, BaseModel) else None
                at = (*loc, index, tag) if tag else (*loc, index)
                yield from _texts(item, at, frozenset(), tag_of)
    elif isinstance(value, dict):
        for key, item in value.items():
            if type(item) is str:
                yield (*loc, key), value, key
            else:
                yield from _texts(item, (*loc, key), frozenset(), tag_of)


def fill_placeholders(
    model: BaseModel,
    values: Mapping[str, str],
    *,
    skip: frozenset[str] = frozenset(),
    tag_of: TagOf = lambda _: None,
    absent: Mapping[str, str | Message] | None = None,
) -> list[InitErrorDetails]:
    """Replace ``{name}`` in every text of ``model`` in place; returns the errors found.

    The model holds the printed text afterwards, so renderers need not know about figures.
    ``tag_of`` names the union tag of a list item, so that error locations read as pydantic's.
    ``absent`` maps a value the document lacks ("period" of a report without one) to why.
    """
    errors: list[InitErrorDetails] = []
    for loc, container, key in list(_texts(model, (), skip, tag_of)):
        text = container[key]
        if "{" not in text and "}" not in text:
            continue
        filled, problem = _fill(text, values, absent)
        if problem is not None:
            errors.append(_error("placeholder", problem, loc, text))
        else:
            container[key] = filled
    return errors
