"""Check results — kết quả kiểm tra thể thức: outcomes, severities, findings and the report."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

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
    where: str | None = None
    """Where in the document: "header table, right cell: 'Độc lập - Tự do…'", "paragraph 12 '…'"."""

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

    def to_text(self) -> str:
        label = {
            Outcome.PASS: "pass",
            Outcome.FAIL: self.severity.value,
            Outcome.NOT_APPLICABLE: "n/a",
            Outcome.NOT_EVALUATED: "unchecked",
        }[self.outcome]
        where = f"{self.where}: " if self.where else ""
        return f"{label:<9} {self.code:<28} {where}{self.message} ({self.clause})"


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

    def summary(self) -> str:
        counts = self.counts()
        errors, warnings = len(self.errors), len(self.warnings)
        verdict = (
            "follows Decree 30"
            if self.ok and not warnings
            else (f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
        )
        return (
            f"{self.path}: {verdict} — rules: {counts['PASS']} passed, {counts['FAIL']} failed, "
            f"{counts['NOT_APPLICABLE']} not applicable, {counts['NOT_EVALUATED']} not evaluated"
        )

    def to_text(self, *, verbose: bool = False) -> str:
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
        lines = [f"  {f.to_text()}" for f in shown]
        return "\n".join([self.summary(), *lines])
