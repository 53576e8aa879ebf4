"""Reading input with bounds (đọc dữ liệu vào có giới hạn): a file never past a limit nor waited
for; its text decoded, and the characters YAML cannot hold named where they stand; YAML merge
keys resolved; lone surrogates found anywhere in plain data.

``Path.stat().st_size`` says nothing about ``/dev/zero``, a pipe or a file under ``/proc``: they
report 0 and can give bytes without end. A FIFO with no writer blocks the ``open`` itself. So a
file is opened without blocking, refused unless it is a regular file, and read up to one byte
past the limit, whatever its size claims.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from vanban.errors import InputError
from vanban.formatting.text import ForbiddenCharacterError
from vanban.i18n import N_, Message

__all__ = [
    "MergeError",
    "Pair",
    "bad_character",
    "check_characters",
    "decode",
    "find_surrogates",
    "merged_entries",
    "read_bounded",
]

_CHUNK = 1 << 20
_FILE = N_("file")


def read_bounded(path: str | os.PathLike[str], limit: int, what: str | Message = _FILE) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or a clear :class:`InputError`.

    ``what`` names the expected file in messages ("YAML file", "rows file").
    """
    source = str(path)
    if Path(path).is_dir():
        raise InputError.single(
            "not_a_file", N_("is a folder, expected a {what}", what=what), file=source
        )
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags)
    except FileNotFoundError:
        raise InputError.single("file_not_found", N_("no such file"), file=source) from None
    except OSError as exc:
        raise InputError.single(
            "file_unreadable", N_("cannot read: {reason}", reason=exc.strerror), file=source
        ) from None
    with open(handle, "rb", buffering=0) as stream:
        mode = os.fstat(handle).st_mode
        if not stat.S_ISREG(mode):
            kind = N_("a pipe") if stat.S_ISFIFO(mode) else N_("a device or special file")
            raise InputError.single(
                "not_a_file",
                N_("is {kind}, not a regular file; expected a {what}", kind=kind, what=what),
                file=source,
            )
        if os.fstat(handle).st_size > limit:
            raise _too_large(source, limit)  # refused unread
        if hasattr(os, "set_blocking"):
            os.set_blocking(handle, True)
        chunks: list[bytes] = []
        size = 0
        try:
            while size <= limit:
                chunk = stream.read(min(_CHUNK, limit + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        except OSError as exc:
            raise InputError.single(
                "file_unreadable", N_("cannot read: {reason}", reason=exc.strerror), file=source
            ) from None
    if size > limit:
        raise _too_large(source, limit)
    return b"".join(chunks)


def _too_large(source: str, limit: int) -> InputError:
    return InputError.single(
        "file_too_large",
        N_(
            "the file is larger than {size} MB; far larger than any real document",
            size=limit // 1_000_000,
        ),
        file=source,
    )


def decode(data: bytes, source: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a UTF-8 BOM, as Windows Notepad writes it
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError.single(
            "encoding",
            N_(
                "the file is not UTF-8 text (byte 0x{byte:02x} at offset {offset}); "
                "save it as UTF-8",
                byte=data[exc.start],
                offset=exc.start,
            ),
            file=source,
            line=line,
        ) from None


def check_characters(text: str, source: str) -> None:
    """Refuse characters YAML 1.1 reads as line breaks although editors and Python do not.

    A raw NEL silently becomes a space inside quotes; a raw LINE or PARAGRAPH SEPARATOR
    outside quotes splits the line (``k: a\u2028b: c`` is two keys) and shifts the line of
    every later error. Inside quotes they are kept as written.
    """
    nel = text.find("\x85")
    if nel >= 0:
        raise _character_error(text, source, nel, _SEPARATOR_ADVICE)
    if "\u2028" not in text and "\u2029" not in text:
        return
    quoted: list[tuple[int, int]] = []
    try:  # the pure-Python scanner: its marks count characters, libyaml's bytes
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken) and token.style in ("'", '"'):
                quoted.append((token.start_mark.index, token.end_mark.index))
    except yaml.YAMLError:
        pass  # the separator broke the file: it stands after the texts scanned
    for found in re.finditer("[\u2028\u2029]", text):
        if not any(start <= found.start() < end for start, end in quoted):
            raise _character_error(text, source, found.start(), _SEPARATOR_ADVICE)


_SEPARATOR_ADVICE = N_(
    "a line separator (usually pasted from a web page or a PDF) that YAML reads as a line "
    'break or a space here; for a line break inside a text write \\n in double quotes ("…\\n…") '
    'or use a "|" block, else remove it'
)


def bad_character(text: str, source: str, exc: yaml.reader.ReaderError) -> InputError:
    """A control character written raw in the file, which YAML does not allow."""
    # libyaml reports a byte offset, PyYAML a character offset: find the character again.
    found = yaml.reader.Reader.NON_PRINTABLE.search(text)
    if found is None:
        return InputError.single(
            "yaml_syntax",
            N_("YAML syntax error: {problem}{context}", problem=str(exc), context=""),
            file=source,
        )
    if found.group() == "\v":
        advice = N_(
            "Word's manual line break cannot be written raw in YAML; for a line break inside "
            'a text write \\n in double quotes ("…\\n…") or use a "|" block'
        )
    else:
        advice = N_(
            "a control character (usually pasted by accident) cannot appear in YAML; remove it"
        )
    return _character_error(text, source, found.start(), advice)


def _character_error(text: str, source: str, position: int, advice: Message) -> InputError:
    line = text.count("\n", 0, position) + 1
    column = position - text.rfind("\n", 0, position)
    return InputError.single(
        "yaml_character",
        N_(
            "column {column}: character U+{code:04X}: {advice}",
            column=column,
            code=ord(text[position]),
            advice=advice,
        ),
        file=source,
        line=line,
    )


# --- YAML merge keys ---------------------------------------------------------------------------

_MERGE = "tag:yaml.org,2002:merge"
Pair = tuple[yaml.Node, yaml.Node]


class MergeError(Exception):
    """A "<<" whose value is not a mapping or a list of them (``line`` names it), or merges
    nested past the depth bound (``line`` is None)."""

    def __init__(self, line: int | None) -> None:
        super().__init__(line)
        self.line = line


def merged_entries(
    node: yaml.MappingNode, memo: dict[int, list[Pair]], max_depth: int, path: tuple[int, ...] = ()
) -> list[Pair]:
    """A mapping's entries with "<<" merges resolved as YAML says: a key written in the
    mapping overrides a merged one, and of merged mappings the first listed wins.

    PyYAML's own ``flatten_mapping`` tells keys apart by object identity, so that which value
    won could depend on string interning; nodes are left untouched here, and ``memo`` keeps
    each mapping's entries so that aliases of it cost nothing more.
    """
    known = memo.get(id(node))
    if known is not None:
        return known
    if len(path) > max_depth or id(node) in path:
        raise MergeError(None)
    written = [(k, v) for k, v in node.value if k.tag != _MERGE]
    sources: list[yaml.MappingNode] = []
    for key, value in node.value:
        if key.tag != _MERGE:
            continue
        listed = value.value if isinstance(value, yaml.SequenceNode) else [value]
        if not all(isinstance(s, yaml.MappingNode) for s in listed):
            raise MergeError(key.start_mark.line + 1)
        sources += listed
    taken = {_key_of(k) for k, _ in written}
    merged: list[Pair] = []
    for source in sources:
        inherited = merged_entries(source, memo, max_depth, (*path, id(node)))
        effective = {_key_of(k): (k, v) for k, v in inherited}
        for key_text, pair in effective.items():
            if key_text not in taken:
                taken.add(key_text)
                merged.append(pair)
    entries = memo[id(node)] = merged + written
    return entries


def _key_of(node: yaml.Node) -> Any:
    return node.value if isinstance(node, yaml.ScalarNode) else id(node)


# --- lone surrogates in plain data ---------------------------------------------------------------

_SURROGATE = re.compile("[\\ud800-\\udfff]")


def find_surrogates(data: Any) -> list[tuple[tuple[str | int, ...], ForbiddenCharacterError]]:
    """Lone surrogates anywhere in plain data (JSON's "\\ud800"), each with its place.

    Looked for before validation, since pydantic cannot even word an error about a value
    holding one. At most 20 are reported.
    """
    found: list[tuple[tuple[str | int, ...], ForbiddenCharacterError]] = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    seen: set[int] = set()
    while stack and len(found) < 20:
        loc, value = stack.pop()
        if isinstance(value, str):
            bad = _SURROGATE.search(value)
            if bad is not None:
                found.append((loc, ForbiddenCharacterError(bad.group(), bad.start())))
        elif isinstance(value, Mapping | list | tuple) and id(value) not in seen:
            seen.add(id(value))  # a structure that contains itself is pydantic's to report
            items = value.items() if isinstance(value, Mapping) else enumerate(value)
            for key, item in reversed(list(items)):
                stack.append(((*loc, key if isinstance(key, int) else str(key)), item))
                if isinstance(key, str):
                    stack.append(((*loc, "<key>"), key))
    return found
