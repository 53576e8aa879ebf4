"""Checking any .docx against Decree 30/2020/NĐ-CP — kiểm tra thể thức văn bản hành chính.

>>> from vanban.checks import check
>>> report = check("plan.docx")  # doctest: +SKIP
>>> report.ok, [f.code for f in report.failures]  # doctest: +SKIP
(False, ['ND30-FONT', 'ND30-NUMBER-PADDING'])
"""

from __future__ import annotations

from vanban.checks.model import CheckReport, Finding, Outcome, Severity
from vanban.checks.rules import RULES, Rule
from vanban.checks.runner import check

__all__ = ["RULES", "CheckReport", "Finding", "Outcome", "Rule", "Severity", "check"]
