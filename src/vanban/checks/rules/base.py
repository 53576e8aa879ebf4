"""What every rule is made of — quy tắc thể thức: the rule record, the register, the results.

Every rule has a stable code, the clause of Decree 30 it enforces (Phụ lục I, Phần I unless said
otherwise: "mục I.3" is mục I, khoản 3), a severity and a function that reads the located parts
of a document and returns results. A rule never passes a part it could not find: it reports
NOT_EVALUATED instead, and ND30-PARTS reports the missing part.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from vanban.checks.model import Outcome, Severity
from vanban.checks.parts import Located
from vanban.checks.view import Line, normal
from vanban.i18n import N_, Message

__all__ = ["RULES", "Result", "Rule"]


@dataclass(frozen=True)
class Result:
    """What a rule function returns: an outcome, a message and where it applies."""

    outcome: Outcome
    message: str | Message
    where: str | Message | None = None


Check = Callable[[Located], Sequence[Result]]


@dataclass(frozen=True)
class Rule:
    """A format rule — quy tắc thể thức: stable code, clause, severity and the function."""

    code: str
    clause: str
    severity: Severity
    title: str
    """The first line of the function's docstring: the Vietnamese term and what is checked."""
    check: Check


#: Every rule, by code, in the order they are run and reported.
RULES: dict[str, Rule] = {}


def rule(code: str, clause: str, severity: Severity = Severity.ERROR) -> Callable[[Check], Check]:
    """Register a rule function under a stable code."""

    def register(function: Check) -> Check:
        if code in RULES:
            raise ValueError(f"rule {code} is registered twice")
        title = (function.__doc__ or code).strip().splitlines()[0]
        RULES[code] = Rule(code=code, clause=clause, severity=severity, title=title, check=function)
        return function

    return register


def ok(message: str | Message, where: str | Message | None = None) -> Result:
    return Result(Outcome.PASS, message, where)


def fail(message: str | Message, where: str | Message | None = None) -> Result:
    return Result(Outcome.FAIL, message, where)


def not_applicable(message: str | Message) -> Result:
    return Result(Outcome.NOT_APPLICABLE, message)


def unchecked(message: str | Message, where: str | Message | None = None) -> Result:
    return Result(Outcome.NOT_EVALUATED, message, where)


def _pt(value: float) -> str:
    return f"{value:g}"


def _mm(twips: float) -> str:
    return f"{twips * 25.4 / 1440:.1f}".rstrip("0").rstrip(".")


def _cm(twips: float) -> str:
    return f"{twips * 2.54 / 1440:.2f}".rstrip("0").rstrip(".")


def _sizes(lines: Iterable[Line]) -> list[float]:
    return sorted({p.props.size_pt for line in lines for p in line.visible})


def _size_problems(
    lines: Sequence[Line], low: float, high: float, what: str | Message
) -> list[Result]:
    out = []
    for line in lines:
        bad = [s for s in _sizes([line]) if not low <= s <= high]
        if bad:
            sizes = ", ".join(_pt(s) for s in bad)
            span = _pt(low) if low == high else f"{_pt(low)}–{_pt(high)}"
            out.append(
                fail(
                    N_(
                        "{what} is {sizes} pt; Decree 30 sets {span} pt",
                        what=what,
                        sizes=sizes,
                        span=span,
                    ),
                    line.where,
                )
            )
    return out


def _not_bold(lines: Sequence[Line], what: str | Message) -> list[Result]:
    return [
        fail(
            N_(
                "{what} is not bold",
                what=what,
            ),
            line.where,
        )
        for line in lines
        if not all(p.props.bold for p in line.visible)
    ]


def _not_capitals(lines: Sequence[Line], what: str | Message) -> list[Result]:
    return [
        fail(
            N_(
                "{what} is not in capitals: '{shown}'",
                what=what,
                shown=normal(line.shown),
            ),
            line.where,
        )
        for line in lines
        if normal(line.shown) != normal(line.shown).upper()
    ]


# -- shared by the sections -------------------------------------------------------------------


def _has_text(doc: Located) -> bool:
    return any(paragraph.text.strip() for paragraph in doc.paragraphs)


#: Word's paragraph alignments (w:jc) as a finding words them.
_ALIGNMENTS = {
    "left": N_("left"),
    "start": N_("left"),
    "right": N_("right"),
    "end": N_("right"),
    "center": N_("centre"),
    "both": N_("justified"),
    "distribute": N_("distributed"),
}


def aligned(value: str | None) -> str | Message:
    """An alignment as a finding says it ("căn trái" in Vietnamese)."""
    return _ALIGNMENTS.get(value or "", value or N_("left"))
