"""The quick reading of a plain YAML document (đọc nhanh): plain data straight from libyaml's
events, without the line of every field, for the files almost everyone writes.

:mod:`vanban.loading` builds the data from a composed node tree so that each key and value keeps
its line, duplicate keys are refused and aliases are bounded. That costs more than parsing and
validating together, and the lines are only ever read when validation fails. So
:func:`quick_data` reads the event stream once and gives up — returns None — on anything that
is not plainly data: an anchor or alias, a tag, a merge key ``<<``, a key that is not text, a
duplicate key, a number vanban reads its own way and refuses (``0x1A``, ``1_000``), a separator
character, a second document, nesting, size or text past the loader's bounds, or any error of
the parser. The caller then reads the file the full way, which gives the same errors with their
lines; data read quickly equals data read fully (tests compare them over every example and bad
input).
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from vanban.yamlread import NumberProblem, plain_number

__all__ = ["quick_data"]

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR, _INT, _FLOAT, _BOOL, _NULL, _TIME = (
    f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")
)
_resolver = yaml.resolver.Resolver()
_constructor = yaml.SafeLoader("")
_SEPARATORS = ("\x85", "\u2028", "\u2029")
_SURROGATE = re.compile("[\\ud800-\\udfff]")


class _GiveUp(Exception):
    """The text needs the full reading."""


def quick_data(text: str, max_depth: int, max_nodes: int, max_chars: int) -> dict[str, Any] | None:
    """The plain data of ``text`` when it is a mapping of plain data, else None (read it fully).

    The bounds are the full reader's; reaching one gives up, so that its error is the full one.
    """
    if any(mark in text for mark in _SEPARATORS) or _SURROGATE.search(text):
        return None  # libyaml refuses surrogates written as escapes: the data holds none
    try:
        return _read(text, max_depth, max_nodes, max_chars)
    except (_GiveUp, yaml.YAMLError, NumberProblem, ValueError, RecursionError):
        return None


def _scalar(event: Any, key: bool) -> Any:
    if event.tag is not None or event.anchor is not None:
        raise _GiveUp
    value: str = event.value
    if not event.implicit[0]:  # quoted, or a block: text as written
        return value
    tag = _resolver.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    if tag == _STR:
        return value
    if key:  # "1:", "no:" or "<<:" as a key: the full reading says what it means
        raise _GiveUp
    if tag == _TIME:
        return value  # dates are validated by the models, with their own messages
    if tag in (_INT, _FLOAT):
        number = plain_number(tag, value)  # NumberProblem for 0x1A, 1_000: read it fully
        if number is not None:
            return number
    elif tag not in (_BOOL, _NULL):
        raise _GiveUp
    # The constructor's own function, not construct_object: that would remember every node.
    construct = _constructor.yaml_constructors[tag]
    return construct(_constructor, yaml.ScalarNode(tag, value, style=event.style))


def _read(text: str, max_depth: int, max_nodes: int, max_chars: int) -> dict[str, Any] | None:
    nodes = chars = documents = 0
    # Each open collection: a list, or [mapping, key awaiting its value or _NO_KEY].
    stack: list[Any] = []
    root: Any = _NO_KEY
    event: Any
    for event in yaml.parse(text, Loader=_Loader):
        kind = type(event)
        if kind is yaml.ScalarEvent:
            nodes += 1
            chars += len(event.value)
            value = _scalar(event, _awaiting_key(stack))
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            nodes += 1
            if event.tag is not None or event.anchor is not None or len(stack) >= max_depth - 1:
                raise _GiveUp
            if _awaiting_key(stack):
                raise _GiveUp  # a mapping or a list as a key
            stack.append([{}, _NO_KEY] if kind is yaml.MappingStartEvent else _Seq())
            continue
        elif kind is yaml.MappingEndEvent:
            value = stack.pop()[0]
        elif kind is yaml.SequenceEndEvent:
            value = list(stack.pop())
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _GiveUp
            continue
        elif kind is yaml.AliasEvent:
            raise _GiveUp
        else:  # the stream's start and end, a document's end
            continue
        if nodes > max_nodes or chars > max_chars:
            raise _GiveUp
        if not stack:
            root = value
        elif type(stack[-1]) is _Seq:
            stack[-1].append(value)
        else:
            entry = stack[-1]
            if entry[1] is _NO_KEY:
                if value in entry[0]:
                    raise _GiveUp  # a duplicate key, reported with both lines
                entry[1] = value
            else:
                entry[0][entry[1]] = value
                entry[1] = _NO_KEY
    return root if type(root) is dict and root else None


def _awaiting_key(stack: list[Any]) -> bool:
    if not stack or type(stack[-1]) is _Seq:
        return False
    return bool(stack[-1][1] is _NO_KEY)


class _Seq(list[Any]):
    """A list being read (told apart from a mapping's [dict, key] entry by its type)."""


_NO_KEY: Any = object()
