"""YAML (or plain data) → a validated document model, with file:line in every error.

PyYAML composes the file into nodes that keep their marks; this module builds the plain data
from those nodes itself, so that it can remember the line of every key and value, reject
duplicate keys (YAML libraries silently keep the last one) and bound alias expansion (a
"billion laughs" file is rejected in milliseconds). Pydantic then validates the data, and each
of its errors is turned into an :class:`~vanban.errors.Issue` that names the file, the line, the
field path, what was expected and what was found — all of them at once, in file order.
"""

from __future__ import annotations

import difflib
import os
import typing
from collections.abc import Mapping
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails
from pydantic_core.core_schema import ErrorType

from vanban.errors import InputError, Issue
from vanban.modelpath import allowed_keys, field_title
from vanban.models.document import LADDER_TAGS, Document
from vanban.quickread import quick_data
from vanban.reading import (
    MergeError,
    Pair,
    bad_character,
    check_characters,
    decode,
    find_surrogates,
    merged_entries,
    read_bounded,
)
from vanban.registry import KINDS
from vanban.yamlread import NumberProblem, plain_number, syntax_hint, with_hints

__all__ = ["load", "load_text", "parse", "read_data", "validate"]

Loc = tuple[str | int, ...]

#: Upper bound on the nodes visited while building the data, aliases counted each time they are
#: used: far above any real document, far below what an alias bomb expands to.
MAX_NODES = 200_000
#: Upper bound on the nesting of mappings and lists. A body seven levels deep nests about fifteen;
#: libyaml's composer recurses in C and crashes the process on a few tens of thousands.
MAX_DEPTH = 100
#: Upper bound on the size of a YAML file: a 100-page plan is well under 1 MB.
MAX_BYTES = 20_000_000
#: Upper bound on the characters of all texts with aliases expanded: one long text aliased a
#: thousand times is a few values but gigabytes.
MAX_CHARS = MAX_BYTES

# libyaml is much faster when PyYAML was built with it.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR, _SEQ, _MAP, _NULL, _INT, _FLOAT = (
    f"tag:yaml.org,2002:{t}" for t in ("str", "seq", "map", "null", "int", "float")
)


class _Builder:
    """Plain data from a composed YAML node tree, with the line of every path."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.lines: dict[Loc, int] = {}
        self.issues: list[Issue] = []
        self._visited = 0
        self._chars = 0
        self._active: set[int] = set()
        self._flattened: dict[int, list[Pair]] = {}  # mapping node → its entries, merges resolved
        self._constructor = yaml.SafeLoader("")

    def build(self, node: yaml.Node, loc: Loc = ()) -> Any:
        self._visited += 1
        if len(loc) > MAX_DEPTH:  # only aliases nest this deep: _scan bounds what is written
            raise _too_deep(self.source, node.start_mark.line + 1)
        if self._visited > MAX_NODES:
            raise InputError.single(
                "yaml_too_large",
                f"the file expands to more than {MAX_NODES:,} values (aliases counted each time "
                "they are used); an alias bomb, or a document far larger than any real one",
                file=self.source,
                line=node.start_mark.line + 1,
            )
        self.lines.setdefault(loc, node.start_mark.line + 1)
        if not self._plain_tag(node):
            self.issues.append(
                Issue(
                    "yaml_tag",
                    f"the YAML tag {_shown_tag(node.tag)} is not supported here; write the "
                    "value plainly "
                    "(in quotes if it must stay text)",
                    _path(loc),
                    self.source,
                    node.start_mark.line + 1,
                )
            )
            return None
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, loc)
        if id(node) in self._active:
            raise InputError.single(
                "yaml_recursive",
                "an alias refers to a node that contains it; the data would be infinite",
                file=self.source,
                line=node.start_mark.line + 1,
            )
        self._active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [self.build(child, (*loc, i)) for i, child in enumerate(node.value)]
            assert isinstance(node, yaml.MappingNode)
            return self._mapping(node, loc)
        finally:
            self._active.discard(id(node))

    def _scalar(self, node: yaml.ScalarNode, loc: Loc) -> Any:
        self._chars += len(node.value)
        if self._chars > MAX_CHARS:
            raise InputError.single(
                "yaml_too_large",
                f"the texts of the file come to more than {MAX_CHARS:,} characters with "
                "aliases expanded; an alias bomb, or a document far larger than any real one",
                file=self.source,
                line=node.start_mark.line + 1,
            )
        if node.tag == "tag:yaml.org,2002:timestamp":
            return node.value  # dates are validated by the models, with their own messages
        try:
            if not node.style and node.tag in (_INT, _FLOAT):  # unquoted (libyaml says "")
                # A number as a clerk means it: "012" is twelve (vanban.yamlread).
                number = plain_number(node.tag, node.value)
                if number is not None:
                    return number
            return self._constructor.construct_object(node)
        except NumberProblem as exc:
            self.issues.append(
                Issue("yaml_number", str(exc), _path(loc), self.source, node.start_mark.line + 1)
            )
            return None
        except ValueError:  # Python refuses to read an integer of more than 4,300 digits
            self.issues.append(
                Issue(
                    "number_too_large",
                    f"a number of {len(node.value):,} digits, more than any document holds; "
                    "put it in quotes if it is meant as text",
                    _path(loc),
                    self.source,
                    node.start_mark.line + 1,
                )
            )
            return None

    def _plain_tag(self, node: yaml.Node) -> bool:
        """Whether the node's tag is one plain data has: text, a number, a date, a list …

        An explicit tag is accepted only where it changes nothing or makes a scalar text
        (``!!str 12``): ``!!binary``, ``!!set``, ``!!python/…`` and ``!custom`` tags are
        refused, and so is ``!!null x``, which would silently drop "x".
        """
        if isinstance(node, yaml.SequenceNode):
            return node.tag == _SEQ
        if isinstance(node, yaml.MappingNode):
            return node.tag == _MAP
        implicit = self._constructor.resolve(  # type: ignore[no-untyped-call]
            yaml.ScalarNode, node.value, (True, False)
        )
        return node.tag in (_STR, implicit)

    def _mapping(self, node: yaml.MappingNode, loc: Loc) -> dict[Any, Any]:
        try:
            entries = merged_entries(node, self._flattened, MAX_DEPTH)
        except MergeError as exc:
            if exc.line is None:  # merges nested (or looping) past the depth bound
                raise _too_deep(self.source, node.start_mark.line + 1) from None
            self.issues.append(
                Issue(
                    "yaml_merge",
                    'a merge key "<<" takes an alias of a mapping (<<: *defaults) or a list '
                    "of them",
                    _path(loc),
                    self.source,
                    exc.line,
                )
            )
            return {}
        out: dict[Any, Any] = {}
        first_line: dict[Any, int] = {}
        for key_node, value_node in entries:
            key = self.build(key_node, (*loc, "<key>"))
            if isinstance(key_node, yaml.ScalarNode):
                key = key_node.value  # keys are names: "1:" or "no:" means the text written
            line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                self.issues.append(
                    Issue(
                        "yaml_key_type",
                        f"a key must be plain text, got {_describe(key)}",
                        _path(loc),
                        self.source,
                        line,
                    )
                )
                continue
            if key in out:
                self.issues.append(
                    Issue(
                        "yaml_duplicate_key",
                        f'the key "{key}" appears twice in this mapping (first on line '
                        f"{first_line[key]}); YAML would silently keep only the last value",
                        _path((*loc, str(key))),
                        self.source,
                        line,
                    )
                )
                continue
            first_line[key] = line
            self.lines[(*loc, str(key))] = line
            out[key] = self.build(value_node, (*loc, str(key)))
        return out


def _shown_tag(tag: str) -> str:
    """A tag as it is written in YAML: "!!binary", "!custom"."""
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org") else tag


def _path(loc: Loc) -> str:
    """A field path as users write it: body[2].children[0].task."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _too_deep(source: str, line: int | None) -> InputError:
    return InputError.single(
        "yaml_too_deep",
        f"mappings and lists are nested more than {MAX_DEPTH} levels deep here; "
        "no real document is",
        file=source,
        line=line,
    )


def _line_of(event: yaml.Event) -> int | None:
    return event.start_mark.line + 1 if event.start_mark is not None else None


def _scan(text: str, source: str) -> None:
    """Bound nesting and size on the event stream, before anything recursive sees the file."""
    depth = nodes = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep(source, _line_of(event))
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
            continue
        elif not isinstance(event, yaml.ScalarEvent | yaml.AliasEvent):
            continue
        nodes += 1
        if nodes > MAX_NODES:
            raise InputError.single(
                "yaml_too_large",
                f"the file holds more than {MAX_NODES:,} values; far more than any real document",
                file=source,
                line=_line_of(event),
            )


def _compose(text: str, source: str) -> yaml.Node | None:
    try:
        check_characters(text, source)
        _scan(text, source)
        return yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        if "maximum nesting depth" in problem:
            # libyaml (as bundled in PyYAML 6.0.3+) has a depth bound of its own; it can fire
            # before our event scan reaches MAX_DEPTH, since the scanner reads ahead.
            raise _too_deep(source, mark.line + 1 if mark else None) from None
        context = f" ({exc.context})" if exc.context else ""
        if mark and _char_at(text, mark.line, mark.column) == "\t":
            problem, context = "a tab cannot indent YAML or start a value; use spaces", ""
        elif mark and (hint := syntax_hint(problem, text, mark.line, mark.column)):
            problem, context = f"{problem}: {hint}", ""
        raise InputError.single(
            "yaml_syntax",
            f"YAML syntax error: {problem}{context}",
            file=source,
            line=mark.line + 1 if mark else None,
        ) from None
    except yaml.reader.ReaderError as exc:
        raise bad_character(text, source, exc) from None
    except yaml.YAMLError as exc:
        raise InputError.single("yaml_syntax", f"YAML syntax error: {exc}", file=source) from None


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n")
    return lines[line][column : column + 1] if 0 <= line < len(lines) else ""


def load_text(text: str, source: str = "<string>") -> Document:
    """Parse and validate a document written in YAML."""
    data = quick_data(text, MAX_DEPTH, MAX_NODES, MAX_CHARS)
    if data is not None:
        try:
            return with_hints(text, source, lambda: _validate(data, {}, source, plain=True))
        except InputError:
            pass  # read again the full way, so that the errors carry their lines
    node = _compose(text, source)
    if node is None or (isinstance(node, yaml.ScalarNode) and node.tag == _NULL and not node.value):
        # "---" alone is a document with nothing in it, as empty as an empty file.
        raise InputError.single(
            "empty", "the file is empty; expected a document starting with kind: plan", file=source
        )
    builder = _Builder(source)
    data = builder.build(node)
    if builder.issues:
        raise InputError(builder.issues)
    return with_hints(text, source, lambda: _validate(data, builder.lines, source))


def load(path: str | os.PathLike[str]) -> Document:
    """Read a document from a YAML file: ``vanban.load("plan.yaml")``."""
    return load_text(_read_text(path), str(path))


def read_data(path: str | os.PathLike[str]) -> tuple[Any, dict[Loc, int]]:
    """The plain data of a YAML file, not yet validated, and the line of every field path.

    For documents assembled from several files (a mail merge's base document and its rows),
    which :func:`validate` checks once assembled.
    """
    source = str(path)
    node = _compose(_read_text(path), source)
    if node is None:
        return None, {}
    builder = _Builder(source)
    data = builder.build(node)
    if builder.issues:
        raise InputError(builder.issues)
    return data, builder.lines


def validate(data: Any, lines: Mapping[Loc, int], source: str | None) -> Document:
    """Validate plain data into a document; errors name ``source`` and the line from ``lines``."""
    return _validate(data, lines, source)


def _read_text(path: str | os.PathLike[str]) -> str:
    return decode(read_bounded(path, MAX_BYTES, "YAML file"), str(path))


def parse(data: Mapping[str, Any], source: str | None = None) -> Document:
    """Validate plain data (a dict, as from JSON) into a document; errors name field paths."""
    return _validate(data, {}, source)


def _validate(
    data: Any, lines: Mapping[Loc, int], source: str | None, *, plain: bool = False
) -> Document:
    """``plain``: the data was read quickly (vanban.quickread), which holds no lone surrogate."""
    if not isinstance(data, Mapping):
        raise InputError.single(
            "document_type",
            f"expected a mapping of fields (kind: plan, issuer: …), got {_describe(data)}",
            file=source,
            line=lines.get((), None),
        )
    kind = data.get("kind")
    model = KINDS.get(kind) if isinstance(kind, str) else None
    if model is None:
        expected = ", ".join(sorted(KINDS))
        found = "nothing" if kind is None else f'"{kind}"'
        raise InputError.single(
            "kind",
            f"expected one of {expected} (loại văn bản), got {found}",
            path="kind",
            file=source,
            line=lines.get(("kind",), lines.get((), None)),
        )
    broken = [
        Issue("forbidden_character", str(error), _path(loc), source, _line(loc, lines))
        for loc, error in ([] if plain else find_surrogates(data))
    ]
    if broken:
        raise InputError(broken)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InputError(issues_of(exc, model, lines, source)) from None


def issues_of(
    exc: ValidationError, model: type[BaseModel], lines: Mapping[Loc, int], source: str | None
) -> list[Issue]:
    """Pydantic's errors as vanban's issues, in file order (also for the models' constructors)."""
    issues = [_issue(error, model, lines, source) for error in exc.errors()]
    return sorted(issues, key=lambda i: (i.line or 0, i.path))


def _strip_tags(loc: Loc, tags: frozenset[str]) -> Loc:
    """Drop the union tags pydantic inserts after a list index (body[2].section.title → …)."""
    out: list[str | int] = []
    for i, part in enumerate(loc):
        if i > 0 and isinstance(loc[i - 1], int) and part in tags:
            continue
        out.append(part)
    return tuple(out)


def _line(loc: Loc, lines: Mapping[Loc, int]) -> int | None:
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _issue(
    error: ErrorDetails, model: type[BaseModel], lines: Mapping[Loc, int], source: str | None
) -> Issue:
    raw_loc: Loc = tuple(error["loc"])
    # The tags of the kind's body nodes (a report's parts are body nodes too).
    # Any other model (a Section built in Python) may hold body nodes too: the shared tags.
    tags = model.body_tags() if issubclass(model, Document) else Document.body_tags()
    loc = _strip_tags(raw_loc, tags | LADDER_TAGS)
    kind = error["type"]
    found = error.get("input")
    if kind == "missing":
        title = field_title(model, raw_loc)
        message = f"required field is missing{f' ({title})' if title else ''}"
        line = _line(loc[:-1], lines)
    elif kind == "extra_forbidden":
        key = str(loc[-1])
        allowed = allowed_keys(model, raw_loc[:-1])
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        hint = f'; did you mean "{close[0]}"?' if close else ""
        choices = (
            f" (expected one of: {', '.join(sorted(allowed))})" if allowed and not close else ""
        )
        message = f'unknown key "{key}"{hint}{choices}'
        line = _line(loc, lines)
    else:
        message = _message(error, found)
        line = _line(loc, lines)
    return Issue(code=kind, message=message, path=_path(loc), file=source, line=line, loc=loc)


_EXPECTED = {
    "string_type": "expected text",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "list_type": 'expected a list (lines starting with "- ")',
    "model_type": "expected a mapping of fields",
    "model_attributes_type": "expected a mapping of fields",
    "dict_type": "expected a mapping of fields",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
}


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "…"
        return f'"{shown}"'
    if isinstance(value, list):
        return f"a list of {len(value)}"
    if isinstance(value, Mapping):
        keys = ", ".join(str(k) for k in list(value)[:4])
        return f"a mapping ({keys})"
    return type(value).__name__


def _message(error: ErrorDetails, found: Any) -> str:
    return _plain_message(error, found) + (_kind_hint(error, found) or _colon_hint(found))


def _kind_hint(error: ErrorDetails, found: Any) -> str:
    """A body entry whose key is a misspelt kind ("sectoin:"): the kind it was meant to be."""
    listed = error.get("ctx", {}).get("keys") if error["type"] == "body_node" else None
    if not isinstance(listed, str) or not isinstance(found, Mapping):
        return ""
    kinds = listed.split(", ")
    for key in found:
        close = difflib.get_close_matches(str(key), kinds, n=1, cutoff=0.6)
        if close:
            return f'; did you mean "{close[0]}" for "{key}"?'
    return ""


def _colon_hint(found: Any) -> str:
    """A text with ": " in it, written unquoted, is read by YAML as a key and its value."""
    if not isinstance(found, Mapping) or len(found) != 1:
        return ""
    ((key, value),) = found.items()
    if isinstance(key, str) and " " in key.strip() and isinstance(value, str | None):
        shown = f"{key}: {value or ''}".strip()
        shown = shown if len(shown) <= 50 else shown[:47] + "…"
        return (
            f'; if "{shown}" is one text, YAML split it at ": " into a key and a value: '
            'put the whole text in quotes ("…")'
        )
    return ""


def _plain_message(error: ErrorDetails, found: Any) -> str:
    kind = error["type"]
    if kind not in _BUILTIN_ERRORS:
        # vanban's own errors already say what was expected and what was found.
        return error["msg"]
    if kind == "recursion_depth_exceeded":
        return "nested far too deeply, or a structure that contains itself"
    if kind == "string_type" and isinstance(found, bool | int | float):
        # YAML reads "no", "on", "12" or "1.5" unquoted as a flag or a number, not as text.
        return f'{_EXPECTED[kind]}, got {_describe(found)}; put the text in quotes ("…")'
    if kind in _EXPECTED:
        return f"{_EXPECTED[kind]}, got {_describe(found)}"
    message = error["msg"]
    if kind == "string_too_short" or found is None:
        return "must not be empty"
    if kind == "too_short" and isinstance(found, list | tuple):
        least = error.get("ctx", {}).get("min_length", 1)
        return f"expected at least {least} item{'s' if least != 1 else ''}, got {len(found)}"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        return f"{message[0].lower()}{message[1:]}, got {_describe(found)}"
    if kind == "string_pattern_mismatch":
        return (
            'expected an abbreviation of capital letters and digits, groups joined by "-" '
            f"(UBND, UBND-VP), got {_describe(found)}"
        )
    return f"{message[0].lower()}{message[1:]}; got {_describe(found)}"


_BUILTIN_ERRORS = frozenset(typing.get_args(ErrorType))
