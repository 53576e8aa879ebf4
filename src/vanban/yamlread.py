"""What YAML leaves to chance, read the way a Vietnamese clerk means it.

YAML 1.1, which PyYAML implements, reads ``012`` as the octal number 10, ``0x1A`` as 26,
``1_000`` as 1000 and ``7:30`` as 450 (base 60). A clerk who writes ``number: 012`` means
twelve, so :func:`plain_number` reads a leading zero as decimal, keeps ``7:30`` as the text
written, and refuses hexadecimal, binary and underscores with a hint. :func:`syntax_hint`
turns the parser's words ("mapping values are not allowed in this context") into what to do,
and :func:`flow_list_hints` warns of a comma that split one list item into two.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

from vanban.errors import InputError, InputWarning, Issue
from vanban.i18n import N_, Message

T = TypeVar("T")

__all__ = ["NumberProblem", "flow_list_hints", "plain_number", "syntax_hint", "with_hints"]

_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BASE_60 = re.compile(r"[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?")


class NumberProblem(ValueError):
    """A plain number written in a form vanban refuses; the message says what to write."""

    @property
    def message(self) -> Message:
        message = self.args[0]
        return message if isinstance(message, Message) else Message("{text}", (("text", message),))


def plain_number(tag: str, text: str) -> Any:
    """The value of an unquoted scalar that YAML 1.1 resolved as a number.

    >>> plain_number("tag:yaml.org,2002:int", "012"), plain_number("tag:yaml.org,2002:int", "7:30")
    (12, '7:30')
    """
    if tag not in (_INT, _FLOAT):
        raise ValueError(tag)
    bare = text.lstrip("+-")
    if _BASE_60.fullmatch(text):
        return text  # a time or a ratio written with ":", never a number in base 60
    if "_" in text:
        raise NumberProblem(
            N_(
                'the number "{text}" has "_" in it; write the digits alone '
                "({digits}), or put it in quotes if it is text",
                text=text,
                digits=text.replace("_", ""),
            )
        )
    if tag == _INT and bare[:2].lower() in ("0x", "0b"):
        base = N_("a hexadecimal") if bare[1] in "xX" else N_("a binary")
        raise NumberProblem(
            N_(
                '"{text}" is {base} number; write the number in decimal digits, '
                "or put it in quotes if it is text",
                text=text,
                base=base,
            )
        )
    if tag == _INT:
        return int(text, 10)  # "012" is twelve, as written, not octal ten
    return None  # a plain float: the caller constructs it as YAML does


def syntax_hint(problem: str, text: str, line: int, column: int) -> Message | None:
    """A plain explanation of a YAML syntax error at ``line``/``column`` (0-based), if known."""
    lines = text.split("\n")
    if not 0 <= line < len(lines):
        return None
    current = lines[line]
    if problem.startswith("mapping values are not allowed"):
        before = current[:column].lstrip()
        before = before[2:] if before.startswith("- ") else before
        if ": " in before or before.endswith(":"):
            key, _, rest = current.lstrip().removeprefix("- ").partition(": ")
            shown = rest.strip()
            shown = shown if len(shown) <= 40 else shown[:37] + "…"
            return N_(
                'the text after "{key}:" contains ": ", which YAML reads as a new key; put the '
                'whole text in quotes: {key}: "{shown}"',
                key=key,
                shown=shown,
            )
        return _indentation_hint(lines, line)
    if problem.startswith(("did not find expected key", "did not find expected '-'")) or (
        problem.startswith("expected <block end>")
    ):
        return _indentation_hint(lines, line)
    return None


def _indentation_hint(lines: list[str], line: int) -> Message:
    current = lines[line]
    indent = len(current) - len(current.lstrip(" "))
    above = next(
        (lines[i] for i in range(line - 1, -1, -1) if lines[i].strip() and not _comment(lines[i])),
        "",
    )
    above_indent = len(above) - len(above.lstrip(" "))
    return N_(
        "check the indentation of line {line} ({indent} spaces) against the line above "
        "({above} spaces): the keys of one mapping start in the same column, and so do "
        'the items of one list ("- "); a key cannot follow a list at the list\'s own level',
        line=line + 1,
        indent=indent,
        above=above_indent,
    )


def _comment(line: str) -> bool:
    return line.lstrip().startswith("#")


_FLOW_LIST = re.compile(r":\s*\[(.*)\]\s*(?:#.*)?$")


def flow_list_hints(text: str) -> list[tuple[int, Message]]:
    """Lines whose ``[a, b, c]`` list looks split at a comma inside one item, with a hint.

    An item ending in an unclosed "(" or starting with a lowercase word after a comma was
    almost surely one text with a comma in it: ``[Sở Tư pháp, Công an (để báo cáo, phối hợp)]``.
    """
    out: list[tuple[int, Message]] = []
    if "[" not in text:  # most files have no flow list at all
        return out
    for number, line in enumerate(text.split("\n"), start=1):
        found = _FLOW_LIST.search(line) if "[" in line else None
        if found is None or any(mark in found.group(1) for mark in "\"'{"):
            continue
        items = [item.strip() for item in found.group(1).split(",")]
        suspect = next(
            (
                item
                for i, item in enumerate(items)
                if item.count("(") > item.count(")")
                or (i > 0 and item[:1].islower() and item[:1].isalpha())
            ),
            None,
        )
        if suspect is not None:
            out.append(
                (
                    number,
                    N_(
                        'the list is split at every comma, so "{suspect}" became an item of its '
                        'own; if an item has a comma in it, put that item in quotes ("…, …")',
                        suspect=suspect,
                    ),
                )
            )
    return out


def with_hints(text: str, source: str, validate: Callable[[], T]) -> T:
    """Validate, adding the flow-list hints (vanban.yamlread) to the errors of their lines."""
    hints = dict(flow_list_hints(text))
    if not hints:
        return validate()
    try:
        result = validate()
    except InputError as exc:
        issues = [
            Issue(
                i.code,
                N_("{message}; {hint}", message=i.msg or i.message, hint=hints[i.line]),
                i.path,
                i.file,
                i.line,
                i.loc,
            )
            if i.line in hints
            else i
            for i in exc.issues
        ]
        raise InputError(issues) from None
    for line, hint in sorted(hints.items()):
        warnings.warn(f"{source}:{line}: {hint}", InputWarning, stacklevel=3)
    return result
