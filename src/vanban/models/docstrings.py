"""Field descriptions from attribute docstrings, read only when a JSON Schema is made.

Each field is documented by the string literal under it. Pydantic's ``use_attribute_docstrings``
would read every model's source file when the class is created — a third of the time a
one-document ``vanban render`` spends importing — although the text is only ever shown in the
JSON Schema. Here the source is parsed on the first schema request instead, once per module.
"""

from __future__ import annotations

import ast
import functools
import inspect
import itertools
import sys
from typing import Any

from pydantic import BaseModel

__all__ = ["describe_fields"]


@functools.cache
def _module_docstrings(module_name: str) -> dict[str, dict[str, str]]:
    """Class qualname → field name → cleaned docstring, for every class in one module."""
    module = sys.modules.get(module_name)
    try:
        source = inspect.getsource(module) if module is not None else ""
    except (OSError, TypeError):  # no source shipped (frozen, zip without .py): no descriptions
        return {}
    found: dict[str, dict[str, str]] = {}

    def visit(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, ast.ClassDef):
                qualname = f"{prefix}{node.name}"
                found[qualname] = _class_docstrings(node.body)
                visit(node.body, f"{qualname}.")

    visit(ast.parse(source).body, "")
    return found


def _class_docstrings(body: list[ast.stmt]) -> dict[str, str]:
    docs: dict[str, str] = {}
    for statement, following in itertools.pairwise(body):
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[statement.target.id] = inspect.cleandoc(following.value.value)
    return docs


def field_docstrings(model: type[BaseModel]) -> dict[str, str]:
    """Field name → docstring, a subclass's own docstring before the one it inherits."""
    docs: dict[str, str] = {}
    for klass in reversed(model.__mro__):
        if issubclass(klass, BaseModel) and klass is not BaseModel:
            docs.update(_module_docstrings(klass.__module__).get(klass.__qualname__, {}))
    return docs


def describe_fields(schema: dict[str, Any], model: type[BaseModel]) -> None:
    """``json_schema_extra`` hook: give each property without a description its docstring."""
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        return
    docs = field_docstrings(model)
    for name, field in model.model_fields.items():
        doc = docs.get(name)
        if doc is None or field.description is not None:
            continue
        by_validation = field.validation_alias if isinstance(field.validation_alias, str) else None
        for key in (by_validation, field.alias, name):
            if key is not None and key in properties:
                properties[key].setdefault("description", doc)
                break
