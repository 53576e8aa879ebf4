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
from vanban.i18n import MESSAGE_KEY, N_, Message, language
from vanban.modelpath import allowed_keys, field_title
from vanban.models.body import BODY_NODE_ERROR
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
                N_(
                    "the file expands to more than {count:,} values (aliases counted each time "
                    "they are used); an alias bomb, or a document far larger than any real one",
                    count=MAX_NODES,
                ),
                file=self.source,
                line=node.start_mark.line + 1,
            )
        self.lines.setdefault(loc, node.start_mark.line + 1)
        if not self._plain_tag(node):
            self.issues.append(
                Issue(
                    "yaml_tag",
                    N_(
                        "the YAML tag {tag} is not supported here; write the value plainly "
                        "(in quotes if it must stay text)",
                        tag=_shown_tag(node.tag),
                    ),
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
                N_("an alias refers to a node that contains it; the data would be infinite"),
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
                N_(
                    "the texts of the file come to more than {count:,} characters with "
                    "aliases expanded; an alias bomb, or a document far larger than any real one",
                    count=MAX_CHARS,
                ),
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
                Issue("yaml_number", exc.message, _path(loc), self.source, node.start_mark.line + 1)
            )
            return None
        except ValueError:  # Python refuses to read an integer of more than 4,300 digits
            self.issues.append(
                Issue(
                    "number_too_large",
                    N_(
                        "a number of {digits:,} digits, more than any document holds; "
                        "put it in quotes if it is meant as text",
                        digits=len(node.value),
                    ),
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
                    N_(
                        'a merge key "<<" takes an alias of a mapping (<<: *defaults) or a list '
                        "of them"
                    ),
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
                        N_("a key must be plain text, got {found}", found=_describe(key)),
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
                        N_(
                            'the key "{key}" appears twice in this mapping (first on line '
                            "{first}); YAML would silently keep only the last value",
                            key=key,
                            first=first_line[key],
                        ),
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
        N_(
            "mappings and lists are nested more than {depth} levels deep here; no real document is",
            depth=MAX_DEPTH,
        ),
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
                N_(
                    "the file holds more than {count:,} values; far more than any real document",
                    count=MAX_NODES,
                ),
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
        raw = exc.problem or ""  # the YAML library's English words, which the hints read
        problem: str | Message = _yaml_words(raw) if raw else N_("invalid YAML")
        if "maximum nesting depth" in raw:
            # libyaml (as bundled in PyYAML 6.0.3+) has a depth bound of its own; it can fire
            # before our event scan reaches MAX_DEPTH, since the scanner reads ahead.
            raise _too_deep(source, mark.line + 1 if mark else None) from None
        context: str | Message = ""
        if exc.context:
            context = N_(" ({context})", context=_yaml_words(exc.context))
        if mark and _char_at(text, mark.line, mark.column) == "\t":
            problem, context = N_("a tab cannot indent YAML or start a value; use spaces"), ""
        elif mark and (hint := syntax_hint(raw, text, mark.line, mark.column)):
            problem, context = N_("{problem}: {hint}", problem=problem, hint=hint), ""
        raise InputError.single(
            "yaml_syntax",
            N_("YAML syntax error: {problem}{context}", problem=problem, context=context),
            file=source,
            line=mark.line + 1 if mark else None,
        ) from None
    except yaml.reader.ReaderError as exc:
        raise bad_character(text, source, exc) from None
    except yaml.YAMLError as exc:
        raise InputError.single(
            "yaml_syntax",
            N_("YAML syntax error: {problem}{context}", problem=str(exc), context=""),
            file=source,
        ) from None


#: The YAML library's words for its commonest errors, in vanban's catalogs; others stay English.
_YAML_WORDS = {
    "but found another document": N_("but found another document"),
    "expected a single document in the stream": N_("expected a single document in the stream"),
    "found invalid Unicode character escape code": N_(
        "found invalid Unicode character escape code"
    ),
    "while parsing a quoted scalar": N_("while parsing a quoted scalar"),
    "while parsing a block mapping": N_("while parsing a block mapping"),
    "while parsing a block collection": N_("while parsing a block collection"),
    "while parsing a flow sequence": N_("while parsing a flow sequence"),
    "while parsing a flow mapping": N_("while parsing a flow mapping"),
    "while scanning a simple key": N_("while scanning a simple key"),
    "while scanning a quoted scalar": N_("while scanning a quoted scalar"),
    "did not find expected key": N_("did not find expected key"),
    "did not find expected '-' indicator": N_("did not find expected '-' indicator"),
    "did not find expected ',' or ']'": N_("did not find expected ',' or ']'"),
    "did not find expected ',' or '}'": N_("did not find expected ',' or '}}'"),
    "could not find expected ':'": N_("could not find expected ':'"),
    "mapping values are not allowed in this context": N_(
        "mapping values are not allowed in this context"
    ),
    "found character that cannot start any token": N_(
        "found character that cannot start any token"
    ),
    "found unexpected end of stream": N_("found unexpected end of stream"),
    "found undefined alias": N_("found undefined alias"),
    "expected <block end>, but found '<block mapping start>'": N_(
        "expected <block end>, but found '<block mapping start>'"
    ),
}


def _yaml_words(words: str) -> str | Message:
    return _YAML_WORDS.get(words, words)


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n")
    return lines[line][column : column + 1] if 0 <= line < len(lines) else ""


def load_text(text: str, source: str = "<string>", *, lang: str | None = None) -> Document:
    """Parse and validate a document written in YAML.

    ``lang`` ("vi", "en") is the language of the errors' messages; by default the current one
    (:func:`vanban.language`, ``VANBAN_LANG``, the locale). Codes and paths are the same in all.
    """
    with language(lang):
        return _load_text(text, source)


def _load_text(text: str, source: str) -> Document:
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
            "empty",
            N_("the file is empty; expected a document starting with kind: plan"),
            file=source,
        )
    builder = _Builder(source)
    data = builder.build(node)
    if builder.issues:
        raise InputError(builder.issues)
    return with_hints(text, source, lambda: _validate(data, builder.lines, source))


def load(path: str | os.PathLike[str], *, lang: str | None = None) -> Document:
    """Read a document from a YAML file: ``vanban.load("plan.yaml")``; ``lang`` as for
    :func:`load_text`."""
    with language(lang):
        return _load_text(_read_text(path), str(path))


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
    return decode(read_bounded(path, MAX_BYTES, N_("YAML file")), str(path))


def parse(
    data: Mapping[str, Any], source: str | None = None, *, lang: str | None = None
) -> Document:
    """Validate plain data (a dict, as from JSON) into a document; errors name field paths.

    ``lang`` ("vi", "en") is the language of the errors' messages, as for :func:`load_text`.
    """
    with language(lang):
        return _validate(data, {}, source)


def _validate(
    data: Any, lines: Mapping[Loc, int], source: str | None, *, plain: bool = False
) -> Document:
    """``plain``: the data was read quickly (vanban.quickread), which holds no lone surrogate."""
    if not isinstance(data, Mapping):
        raise InputError.single(
            "document_type",
            N_(
                "expected a mapping of fields (kind: plan, issuer: …), got {found}",
                found=_describe(data),
            ),
            file=source,
            line=lines.get((), None),
        )
    kind = data.get("kind")
    model = KINDS.get(kind) if isinstance(kind, str) else None
    if model is None:
        expected = ", ".join(sorted(KINDS))
        found = N_("nothing") if kind is None else f'"{kind}"'
        raise InputError.single(
            "kind",
            N_(
                "expected one of {expected} (loại văn bản), got {found}",
                expected=expected,
                found=found,
            ),
            path="kind",
            file=source,
            line=lines.get(("kind",), lines.get((), None)),
        )
    broken = [
        Issue("forbidden_character", error.message, _path(loc), source, _line(loc, lines))
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
        message: str | Message = (
            N_("required field is missing ({title})", title=title)
            if title
            else N_("required field is missing")
        )
        line = _line(loc[:-1], lines)
    elif kind == "extra_forbidden":
        key = str(loc[-1])
        allowed = allowed_keys(model, raw_loc[:-1])
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        if close:
            message = N_('unknown key "{key}"; did you mean "{close}"?', key=key, close=close[0])
        elif allowed:
            message = N_(
                'unknown key "{key}" (expected one of: {allowed})',
                key=key,
                allowed=", ".join(sorted(allowed)),
            )
        else:
            message = N_('unknown key "{key}"', key=key)
        line = _line(loc, lines)
    else:
        message = _message(error, found)
        line = _line(loc, lines)
    return Issue(code=kind, message=message, path=_path(loc), file=source, line=line, loc=loc)


_EXPECTED = {
    "string_type": N_("expected text"),
    "int_type": N_("expected a whole number"),
    "int_parsing": N_("expected a whole number"),
    "int_from_float": N_("expected a whole number"),
    "bool_type": N_("expected true or false"),
    "bool_parsing": N_("expected true or false"),
    "list_type": N_('expected a list (lines starting with "- ")'),
    "model_type": N_("expected a mapping of fields"),
    "model_attributes_type": N_("expected a mapping of fields"),
    "dict_type": N_("expected a mapping of fields"),
    "float_type": N_("expected a number"),
    "float_parsing": N_("expected a number"),
}


def _describe(value: Any) -> str | Message:
    if value is None:
        return N_("nothing (null)")
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, int | float):
        return N_("the number {value}", value=value)
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "…"
        return f'"{shown}"'
    if isinstance(value, list):
        return N_("a list of {count}", count=len(value))
    if isinstance(value, Mapping):
        keys = ", ".join(str(k) for k in list(value)[:4])
        return N_("a mapping ({keys})", keys=keys)
    return type(value).__name__


def _message(error: ErrorDetails, found: Any) -> str | Message:
    hint = _kind_hint(error, found) or _colon_hint(found)
    plain = _plain_message(error, found)
    return N_("{message}{hint}", message=plain, hint=hint) if hint else plain


def _kind_hint(error: ErrorDetails, found: Any) -> str | Message:
    """A body entry whose key is a misspelt kind ("sectoin:"): the kind it was meant to be."""
    listed = error.get("ctx", {}).get("keys") if error["type"] == "body_node" else None
    if not isinstance(listed, str) or not isinstance(found, Mapping):
        return ""
    kinds = listed.split(", ")
    for key in found:
        close = difflib.get_close_matches(str(key), kinds, n=1, cutoff=0.6)
        if close:
            return N_('; did you mean "{close}" for "{key}"?', close=close[0], key=key)
    return ""


def _colon_hint(found: Any) -> str | Message:
    """A text with ": " in it, written unquoted, is read by YAML as a key and its value."""
    if not isinstance(found, Mapping) or len(found) != 1:
        return ""
    ((key, value),) = found.items()
    if isinstance(key, str) and " " in key.strip() and isinstance(value, str | None):
        shown = f"{key}: {value or ''}".strip()
        shown = shown if len(shown) <= 50 else shown[:47] + "…"
        return N_(
            '; if "{shown}" is one text, YAML split it at ": " into a key and a value: '
            'put the whole text in quotes ("…")',
            shown=shown,
        )
    return ""


#: Pydantic's comparisons, in vanban's words (its own are English only).
_BOUNDS = {
    "greater_than": N_("input should be greater than {gt}, got {found}"),
    "greater_than_equal": N_("input should be greater than or equal to {ge}, got {found}"),
    "less_than": N_("input should be less than {lt}, got {found}"),
    "less_than_equal": N_("input should be less than or equal to {le}, got {found}"),
}


def _plain_message(error: ErrorDetails, found: Any) -> str | Message:
    kind = error["type"]
    ctx = error.get("ctx", {})
    if kind not in _BUILTIN_ERRORS:
        # vanban's own errors already say what was expected and what was found.
        own = ctx.get(MESSAGE_KEY)
        if isinstance(own, Message):
            return own
        if kind in _CONTEXT_ERRORS:  # pydantic keeps only the context of these
            return Message(_CONTEXT_ERRORS[kind].msgid, tuple(ctx.items()))
        return error["msg"]
    if kind == "recursion_depth_exceeded":
        return N_("nested far too deeply, or a structure that contains itself")
    if kind == "string_type" and isinstance(found, bool | int | float):
        # YAML reads "no", "on", "12" or "1.5" unquoted as a flag or a number, not as text.
        return N_(
            '{expected}, got {found}; put the text in quotes ("…")',
            expected=_EXPECTED[kind],
            found=_describe(found),
        )
    if kind in _EXPECTED:
        return N_("{expected}, got {found}", expected=_EXPECTED[kind], found=_describe(found))
    message = error["msg"]
    if kind == "string_too_short" or found is None:
        return N_("must not be empty")
    if kind == "too_short" and isinstance(found, list | tuple):
        least = ctx.get("min_length", 1)
        if least == 1:
            return N_("expected at least 1 item, got {count}", count=len(found))
        return N_("expected at least {least} items, got {count}", least=least, count=len(found))
    if kind in _BOUNDS:
        bound = _BOUNDS[kind]
        limits = {name: ctx.get(name, "") for name in ("gt", "ge", "lt", "le")}
        return Message(bound.msgid, (*limits.items(), ("found", _describe(found))))
    if kind == "string_pattern_mismatch":
        return N_(
            'expected an abbreviation of capital letters and digits, groups joined by "-" '
            "(UBND, UBND-VP), got {found}",
            found=_describe(found),
        )
    # Pydantic's own words for the rarer errors, in English.
    return N_(
        "{message}; got {found}",
        message=f"{message[0].lower()}{message[1:]}",
        found=_describe(found),
    )


_BUILTIN_ERRORS = frozenset(typing.get_args(ErrorType))
#: vanban's errors raised by pydantic itself (a discriminator), by code.
_CONTEXT_ERRORS = {"body_node": BODY_NODE_ERROR}
