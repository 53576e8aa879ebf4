"""Check results — kết quả kiểm tra thể thức: outcomes, severities, findings and the report."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from vanban.i18n import N_, Message, current_language, text

__all__ = ["CheckReport", "Finding", "Outcome", "Severity"]


class Outcome(StrEnum):
    """What a rule concluded about one document (or one place in it)."""

    PASS = "PASS"
    """The part was found and follows the rule."""
    FAIL = "FAIL"
    """The part was found and breaks the rule, or a required part is missing."""
    NOT_APPLICABLE = "NOT_APPLICABLE"
    """The rule does not concern this document (no parent body, a công văn has no type name…)."""
    NOT_EVALUATED = "NOT_EVALUATED"
    """The rule applies but could not be checked (the part was not found, a shape's length…)."""


class Severity(StrEnum):
    """How much a failure matters: an error breaks Decree 30; a warning breaks common practice."""

    ERROR = "error"
    WARNING = "warning"


#: The label of a failure, by severity.
_SEVERITY = {Severity.ERROR: N_("error"), Severity.WARNING: N_("warning")}
_PASS, _NOT_APPLICABLE, _UNCHECKED = N_("pass"), N_("n/a"), N_("unchecked")
_OUTCOME_WORDS = (_PASS, _NOT_APPLICABLE, _UNCHECKED)


@dataclass(frozen=True)
class Finding:
    """One result of one rule — kết quả kiểm tra một quy tắc."""

    code: str
    """Stable rule code, e.g. ND30-MARGIN-LEFT."""
    clause: str
    """The clause of Decree 30 the rule enforces, e.g. "Phụ lục I, Phần I, mục I.3"."""
    severity: Severity
    outcome: Outcome
    message: str
    """In the language current when the document was checked; :meth:`text` in another."""
    where: str | None = None
    """Where in the document: "header table, right cell: 'Độc lập - Tự do…'", "paragraph 12 '…'"."""
    msg: Message | None = field(default=None, compare=False, repr=False)
    where_msg: Message | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(
        cls,
        code: str,
        clause: str,
        severity: Severity,
        outcome: Outcome,
        message: str | Message,
        where: str | Message | None = None,
    ) -> Finding:
        """A finding whose message (a Message keeps its id) is put into words now."""
        return cls(
            code,
            clause,
            severity,
            outcome,
            text(message),
            None if where is None else text(where),
            message if isinstance(message, Message) else None,
            where if isinstance(where, Message) else None,
        )

    def text(self, lang: str | None = None) -> str:
        """The message in ``lang`` ("vi", "en"; the current language when None)."""
        return text(self.msg if self.msg is not None else self.message, lang)

    def place(self, lang: str | None = None) -> str | None:
        """Where, in ``lang`` when the rule gave a Message; else as worded when checked."""
        if self.where_msg is not None:
            return self.where_msg.text(lang)
        return self.where

    @property
    def failed(self) -> bool:
        return self.outcome is Outcome.FAIL

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "clause": self.clause,
            "severity": self.severity.value,
            "outcome": self.outcome.value,
            "message": self.message,
            "where": self.where,
        }

    def to_text(self, lang: str | None = None) -> str:
        label = {
            Outcome.PASS: _PASS,
            Outcome.FAIL: _SEVERITY[self.severity],
            Outcome.NOT_APPLICABLE: _NOT_APPLICABLE,
            Outcome.NOT_EVALUATED: _UNCHECKED,
        }[self.outcome].text(lang)
        width = max(len(w.text(lang)) for w in (*_SEVERITY.values(), *_OUTCOME_WORDS))
        place = self.place(lang)
        where = f"{place}: " if place else ""
        return f"{label:<{width}} {self.code:<28} {where}{self.text(lang)} ({self.clause})"


@dataclass(frozen=True)
class CheckReport:
    """Every finding about one document — báo cáo kiểm tra thể thức văn bản."""

    path: str
    findings: tuple[Finding, ...]

    @property
    def failures(self) -> list[Finding]:
        return [f for f in self.findings if f.failed]

    @property
    def errors(self) -> list[Finding]:
        """Failures of rules Decree 30 states."""
        return [f for f in self.failures if f.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        """Failures of rules taken from the sample forms or common practice."""
        return [f for f in self.failures if f.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        """No error: the document follows every rule Decree 30 states that could be checked."""
        return not self.errors

    def failed_codes(self) -> set[str]:
        return {f.code for f in self.failures}

    def outcome(self, code: str) -> Outcome:
        """The overall outcome of one rule: FAIL if any finding fails, then NOT_EVALUATED, PASS."""
        outcomes = {f.outcome for f in self.findings if f.code == code}
        for candidate in (
            Outcome.FAIL,
            Outcome.NOT_EVALUATED,
            Outcome.PASS,
            Outcome.NOT_APPLICABLE,
        ):
            if candidate in outcomes:
                return candidate
        raise KeyError(code)

    def counts(self) -> dict[str, int]:
        """How many rules ended in each outcome (a rule counts once, with its overall outcome)."""
        codes = dict.fromkeys(f.code for f in self.findings)
        tally = Counter(self.outcome(code).value for code in codes)
        return {o.value: tally.get(o.value, 0) for o in Outcome}

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.path,
            "ok": self.ok,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "rules": self.counts(),
            "findings": [f.to_dict() for f in self.findings],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def summary(self, lang: str | None = None) -> str:
        lang = current_language(lang)
        counts = self.counts()
        errors, warnings = len(self.errors), len(self.warnings)
        if self.ok and not warnings:
            verdict = N_("follows Decree 30")
        else:
            verdict = N_(
                "{errors} {errors_word}, {warnings} {warnings_word}",
                errors=errors,
                errors_word=N_("error") if errors == 1 else N_("errors"),
                warnings=warnings,
                warnings_word=N_("warning") if warnings == 1 else N_("warnings"),
            )
        return N_(
            "{path}: {verdict} — rules: {passed} passed, {failed} failed, "
            "{not_applicable} not applicable, {not_evaluated} not evaluated",
            path=self.path,
            verdict=verdict,
            passed=counts["PASS"],
            failed=counts["FAIL"],
            not_applicable=counts["NOT_APPLICABLE"],
            not_evaluated=counts["NOT_EVALUATED"],
        ).text(lang)

    def to_text(self, *, verbose: bool = False, lang: str | None = None) -> str:
        """Failures and unchecked rules, one per line, then a summary; every finding if verbose."""
        shown = [
            f
            for f in self.findings
            if verbose or f.outcome in (Outcome.FAIL, Outcome.NOT_EVALUATED)
        ]
        order = {
            Outcome.FAIL: 0,
            Outcome.NOT_EVALUATED: 1,
            Outcome.PASS: 2,
            Outcome.NOT_APPLICABLE: 3,
        }
        shown.sort(key=lambda f: (order[f.outcome], f.severity is not Severity.ERROR))
        lang = current_language(lang)
        lines = [f"  {f.to_text(lang)}" for f in shown]
        return "\n".join([self.summary(lang), *lines])
