"""Report → template context (Phụ lục III, Mẫu 1.4): the usual parts printed as sections.

A report's body holds its usual parts (results, shortcomings, next tasks, proposals) beside
free nodes; each part is printed as a section of the ladder under its customary heading, or
the heading the report gives it. Everything else is the context of any Mẫu 1.4 document
(:func:`vanban.rendering.context.named_context`).
"""

from __future__ import annotations

from typing import Any

from vanban.models.body import BodyNode, Section
from vanban.models.report import NextTasks, Report, ReportPart
from vanban.rendering.context import named_context

__all__ = ["part_heading", "report_body", "report_context"]

#: What a heading of the next period says when the report's period has no successor.
NEXT_PERIOD_UNKNOWN = "thời gian tới"


def part_heading(part: ReportPart, next_period: str | None) -> str:
    """A usual part's heading as written (capitals are applied at the top level).

    The next period follows the customary heading of the next tasks: "Phương hướng, nhiệm vụ
    quý III năm 2020".
    """
    if part.title:
        return part.title
    if isinstance(part, NextTasks):
        return f"{part.default_title} {next_period or NEXT_PERIOD_UNKNOWN}"
    return part.default_title


def report_body(report: Report) -> list[BodyNode]:
    """The body as the nodes that are numbered and printed: each usual part a section."""
    following = report.period.following() if report.period is not None else None
    next_text = following.text if following is not None else None
    out: list[BodyNode] = []
    for node in report.body:
        if isinstance(node, ReportPart):
            out.append(Section(title=part_heading(node, next_text), children=node.children))
        else:
            out.append(node)
    return out


def report_context(report: Report) -> dict[str, Any]:
    """The template context of a report."""
    return named_context(report, report_body(report))
