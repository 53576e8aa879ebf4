"""Walking the model classes along an error location (lần theo vị trí lỗi trong mô hình): the
type a field path of pydantic's errors leads to, the keys a mapping there allows, a field's title.
"""

from __future__ import annotations

import types
import typing
from typing import Any, Union

from pydantic import BaseModel, Tag

__all__ = ["allowed_keys", "field_title"]

Loc = tuple[str | int, ...]


def _unwrap(tp: Any) -> Any:
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        elif origin in (Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            if len(args) != 1:
                return tp
            tp = args[0]
        else:
            return tp


def _tagged(union: Any, tag: str) -> Any:
    for member in typing.get_args(union):
        if typing.get_origin(member) is typing.Annotated and any(
            isinstance(m, Tag) and m.tag == tag for m in member.__metadata__
        ):
            return typing.get_args(member)[0]
    return None


def _type_at(model: type[BaseModel], loc: Loc) -> Any:
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        origin = typing.get_origin(current)
        if isinstance(part, int):
            if origin in (list, tuple):
                current = typing.get_args(current)[0]
                continue
            return None
        if origin in (Union, types.UnionType):
            current = _tagged(current, part)
            continue
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = next(
                (f for name, f in current.model_fields.items() if part in (name, f.alias)), None
            )
            if field is None:
                return None
            current = field.annotation
            continue
        return None
    return _unwrap(current)


def allowed_keys(model: type[BaseModel], loc: Loc) -> list[str]:
    target = _type_at(model, loc)
    if not (isinstance(target, type) and issubclass(target, BaseModel)):
        return []
    return [f.alias or name for name, f in target.model_fields.items()]


def field_title(model: type[BaseModel], loc: Loc) -> str | None:
    parent = _type_at(model, loc[:-1])
    if not (isinstance(parent, type) and issubclass(parent, BaseModel)):
        return None
    for name, field in parent.model_fields.items():
        if loc[-1] in (name, field.alias):
            return field.title
    return None
