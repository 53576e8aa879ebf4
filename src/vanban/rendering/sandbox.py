"""The Jinja sandbox every template renders in (hộp cát của mẫu).

A user template (``--template my.docx``) is code from outside. Jinja's immutable sandbox keeps it
from Python internals and from changing the data it is given (``signature_lines.append(…)``
is refused); on top of that:

- **user text never becomes markup**: ``|safe`` returns the text as it is, to be escaped like
  any other, and ``{% autoescape false %}`` is refused, so a summary holding
  ``</w:t>…<w:fldSimple …>`` stays text;
- **the work of a render is bounded**: ``range`` gives at most :data:`MAX_RANGE` numbers and
  all ranges of a render :data:`MAX_STEPS` together; a power, a repetition (``'a' * n``), a
  join (``~``, ``|join``), a replacement, a padding width or a filter's size argument that would
  make a value of more than :data:`MAX_SIZE` characters or items is refused; every call,
  attribute, item and piece of output is counted against :data:`MAX_STEPS`, and a render stops
  after :data:`MAX_SECONDS`;
- **no other file is read**: ``include``, ``import`` and ``extends`` are refused;
- a runtime failure (``1/0``, a macro calling itself, a number too large to print) is a
  template error naming the part and the place, not an internal error.

Each refusal is a :class:`SandboxError` with its code: ``template_too_costly``,
``template_include``, ``template_markup``, ``template_runtime``.
"""

from __future__ import annotations

import contextvars
import itertools
import re
import time
from collections.abc import Mapping
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace

__all__ = [
    "MAX_RANGE",
    "MAX_SECONDS",
    "MAX_SIZE",
    "MAX_STEPS",
    "SandboxEnvironment",
    "SandboxError",
    "render_bounded",
]

#: Numbers one ``range`` may give (Jinja's own sandbox allows 100,000).
MAX_RANGE = 100_000
#: Operations of one render: calls, attributes, items, numbers of ranges, pieces of output.
#: A 100-page document takes well under a tenth of this.
MAX_STEPS = 5_000_000
#: Characters or items a value made by a template may hold (and characters of a part's output,
#: times :data:`OUTPUT_FACTOR`).
MAX_SIZE = 1_000_000
OUTPUT_FACTOR = 300  # room for the XML of a document as large as the loader accepts
#: Bits of an integer a power may make: 10**1000 is about 3,300.
MAX_BITS = 4_096
#: Seconds one part's render may take: minutes of work for no document.
MAX_SECONDS = 60.0
_CHECK_CLOCK = 4_096  # steps between looks at the clock
_PIECES = 64  # pieces of output taken at a time
_WIDTH = re.compile(r"%[-#0 +]*(\*|\d+)|\{[^{}]*:[^{}]*?(\d+)[^{}]*\}")


class SandboxError(jinja2.TemplateRuntimeError):
    """A template refused by the sandbox, with the stable code of the reason."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


class _Budget:
    __slots__ = ("deadline", "next_check", "steps")

    def __init__(self) -> None:
        self.steps = 0
        self.next_check = _CHECK_CLOCK
        self.deadline = time.monotonic() + MAX_SECONDS

    def check(self) -> None:
        """Every few thousand steps: the step bound and the clock."""
        if self.steps > MAX_STEPS:
            raise _too_costly(f"more than {MAX_STEPS:,} operations")
        if time.monotonic() > self.deadline:
            raise _too_costly(f"more than {MAX_SECONDS:.0f} seconds")
        self.next_check = self.steps + _CHECK_CLOCK


_BUDGET: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar(
    "vanban_template_budget", default=None
)


def _spend(steps: int = 1) -> None:
    # Kept cheap: it runs for every attribute a template reads.
    budget = _BUDGET.get()
    if budget is not None:  # None outside render_bounded (the docxtpl reference path)
        budget.steps += steps
        if budget.steps >= budget.next_check:
            budget.check()


def _too_costly(what: str) -> SandboxError:
    return SandboxError(
        f"the template takes {what} to render; no document needs that (a loop over a huge "
        "range, a huge power or repetition)",
        "template_too_costly",
    )


def _check_size(size: int, what: str) -> None:
    if size > MAX_SIZE:
        raise SandboxError(
            f"{what} would make a value of {size:,} characters or items; at most "
            f"{MAX_SIZE:,} are allowed",
            "template_too_costly",
        )


def _bounded_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise SandboxError(
            f"range() of {len(numbers):,} numbers; at most {MAX_RANGE:,} are allowed",
            "template_too_costly",
        )
    _spend(len(numbers))
    return numbers


def _check_widths(text: str, what: str) -> None:
    """Refuse a format string whose padding width would allocate a huge text."""
    for match in _WIDTH.finditer(text):
        width = match.group(1) or match.group(2)
        if width == "*" or (width and int(width[:8]) > MAX_SIZE):
            _check_size(MAX_SIZE + 1, what)


def _plain_text(value: Any) -> Any:
    """``|safe`` in a vanban template: the value as it is, escaped like any other."""
    return str(value) if isinstance(value, str) else value


class _Namespace(Namespace):
    """``namespace()``, whose attributes may not grow past the bound (a text doubled in a loop)."""

    def __setitem__(self, name: str, value: Any) -> None:
        _spend()
        if isinstance(value, str | list | tuple):
            _check_size(len(value), f"setting {name}")
        super().__setitem__(name, value)


def _guarded(name: str, function: Any) -> Any:
    value_at = 1 if hasattr(function, "jinja_pass_arg") else 0  # @pass_context & co. come first

    def guarded(*args: Any, **kwargs: Any) -> Any:
        _spend()
        # A size argument (center(n), indent(n), batch(n, fill) …) allocates what it says.
        for argument in [*args[value_at + 1 :], *kwargs.values()]:
            if isinstance(argument, int) and not isinstance(argument, bool):
                _check_size(abs(argument), f"the filter {name}({argument})")
        value = args[value_at] if len(args) > value_at else None
        if name == "format" and isinstance(value, str):
            _check_widths(value, "the filter format")
        elif name == "join" and isinstance(value, list | tuple):
            _check_size(sum(len(v) for v in value if isinstance(v, str)), "the filter join")
        elif name == "replace" and isinstance(value, str) and len(args) > value_at + 2:
            old, new = str(args[value_at + 1]), str(args[value_at + 2])
            grows = value.count(old) * max(len(new) - len(old), 0) if old else len(new) * len(value)
            _check_size(len(value) + grows, "the filter replace")
        elif name == "indent" and isinstance(value, str):
            width = next((a for a in [*args[value_at + 1 :], *kwargs.values()] if _is_int(a)), 4)
            _check_size(len(value) + (value.count("\n") + 1) * abs(width), "the filter indent")
        return function(*args, **kwargs)

    for attribute in ("jinja_pass_arg",):  # keep @pass_context and its kind working
        if hasattr(function, attribute):
            setattr(guarded, attribute, getattr(function, attribute))
    return guarded


class _Generator(CodeGenerator):
    """Jinja's code generator, with the parts of a ``~`` checked before they are joined."""

    @optimizeconst
    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        # As Jinja writes it, but the tuple of parts goes through environment.bounded_parts.
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            join = "markup_join"
        else:
            join = "str_join"
        self.write(f"{join}(environment.bounded_parts((")
        for part in node.nodes:
            self.visit(part, frame)
            self.write(", ")
        self.write(")))")


class _NoLoader(jinja2.BaseLoader):
    def get_source(self, environment: jinja2.Environment, template: str) -> Any:
        raise SandboxError(
            f'a template cannot include, import or extend another ("{template[:80]}"); put '
            "everything in the one .docx",
            "template_include",
        )


class SandboxEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with the bounds and refusals described in this module."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})
    code_generator_class = _Generator

    def __init__(self, **options: Any) -> None:
        super().__init__(loader=_NoLoader(), **options)
        self.globals["range"] = _bounded_range
        self.globals["namespace"] = _Namespace
        self.filters["safe"] = _plain_text

    def add_filters(self, filters: Mapping[str, Any]) -> None:
        """Register filters, each counted and its size arguments bounded like the built-ins."""
        self.filters.update(filters)
        self.filters.update({n: _guarded(n, f) for n, f in self.filters.items() if n != "safe"})

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for modifier in tree.find_all((nodes.EvalContextModifier,)):
            if any(k.key == "autoescape" for k in modifier.options):
                raise SandboxError(
                    "{% autoescape %} cannot be used: escaping stays on, so that user text "
                    "never becomes markup",
                    "template_markup",
                )
        return tree

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        _spend()
        if operator == "**" and _is_int(left) and _is_int(right) and right > 0 and abs(left) > 1:
            if right * abs(left).bit_length() > MAX_BITS:
                raise SandboxError(
                    f"{left} ** {right} is a number of more than {MAX_BITS:,} bits",
                    "template_too_costly",
                )
        elif operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if isinstance(sequence, str | list | tuple) and _is_int(count):
                    _check_size(len(sequence) * count, "a repetition")
        elif operator == "+" and isinstance(left, str | list | tuple):
            _check_size(len(left) + len(right) if hasattr(right, "__len__") else 0, "joining")
        elif operator == "%" and isinstance(left, str):
            _check_widths(left, "a % format")
        return super().call_binop(context, operator, left, right)

    def call(
        __self, __context: jinja2.runtime.Context, __obj: Any, *args: Any, **kwargs: Any
    ) -> Any:
        _spend()
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str):
            name = getattr(__obj, "__name__", "")
            if name in ("format", "format_map"):
                _check_widths(owner, "str.format")
            elif name == "replace" and len(args) >= 2 and isinstance(args[0], str):
                grows = owner.count(args[0]) * max(len(str(args[1])) - len(args[0]), 0)
                _check_size(len(owner) + grows, "str.replace")
            for argument in [*args, *kwargs.values()]:
                if _is_int(argument):
                    _check_size(abs(argument), f"str.{name}({argument})")
        for argument in [*args, *kwargs.values()]:  # a macro doubling a text as it recurses
            if isinstance(argument, str | list | tuple):
                _check_size(len(argument), "a call's argument")
        return super().call(__context, __obj, *args, **kwargs)

    @staticmethod
    def bounded_parts(parts: tuple[Any, ...]) -> tuple[Any, ...]:
        """The parts of a ``~``, refused when joined they would make too long a text."""
        _spend()
        _check_size(sum(len(p) for p in parts if isinstance(p, str)), "joining texts with ~")
        return parts

    def getattr(self, obj: Any, attribute: str) -> Any:
        budget = _BUDGET.get()  # _spend() written out: this is the hottest path
        if budget is not None:
            budget.steps += 1
            if budget.steps >= budget.next_check:
                budget.check()
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            # The prepared context is plain dicts: Jinja would try the attribute first and
            # take the key after an AttributeError; a name no dict has goes to the key at once.
            try:
                return obj[attribute]
            except KeyError:
                pass
        elif attribute in ("format", "format_map") and isinstance(obj, str):
            _check_widths(obj, "str.format")  # the sandbox hands out its own wrapper of it
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        _spend()
        return super().getitem(obj, argument)


#: The attributes every dict has: ``d.items`` is the method, not a key named "items".
_DICT_ATTRIBUTES = frozenset(dir(dict))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def render_bounded(template: jinja2.Template, context: Mapping[str, Any]) -> str:
    """Render ``template`` within the bounds; any failure is a :class:`jinja2.TemplateError`."""
    token = _BUDGET.set(_Budget())
    limit = MAX_SIZE * OUTPUT_FACTOR
    try:
        pieces: list[str] = []
        size = 0
        output = template.generate(context)
        # In small batches, so that the per-piece work is done in C and a huge output is still
        # stopped within a few pieces of the bound.
        while batch := list(itertools.islice(output, _PIECES)):
            pieces += batch
            size += sum(map(len, batch))
            if size > limit:
                raise SandboxError(
                    f"the template writes more than {limit:,} characters into one part",
                    "template_too_costly",
                )
            _spend(len(batch))
        return "".join(pieces)
    except jinja2.TemplateError:
        raise
    except Exception as exc:  # the template's own failure: 1/0, recursion, a huge number
        error = SandboxError(
            f"the template failed while rendering: {type(exc).__name__}: {str(exc)[:200]}",
            "template_runtime",
        )
        raise error.with_traceback(exc.__traceback__) from None
    finally:
        _BUDGET.reset(token)
