"""Running the rules over a document — kiểm tra thể thức văn bản."""

from __future__ import annotations

import os
from typing import IO, Any

from lxml import etree

from vanban.checks.model import CheckReport, Finding, Outcome
from vanban.checks.parts import Located, locate
from vanban.checks.props import StyleResolver
from vanban.checks.rules import RULES, Result
from vanban.errors import InputError
from vanban.i18n import N_, language
from vanban.ooxml.package import PackageError, open_document

__all__ = ["check"]

Source = str | os.PathLike[str] | bytes | IO[bytes]


def check(source: Source, *, name: str | None = None, lang: str | None = None) -> CheckReport:
    """Check a .docx against Decree 30 — kiểm tra thể thức: every rule, in order.

    ``source`` is a path, the bytes of a .docx or a binary file object; ``name`` is what the
    report calls it (the path by default). Raises ``InputError`` when the file cannot be read as
    a Word document, with the codes of :mod:`vanban.ooxml.package` (``not_a_docx``,
    ``docx_damaged``, ``docx_too_large`` …). ``lang`` ("vi", "en") is the language of the
    findings' messages (the current one by default); codes and clauses are the same in both.
    """
    with language(lang):
        return _check(source, name)


def _check(source: Source, name: str | None) -> CheckReport:
    label = name or (os.fspath(source) if isinstance(source, str | os.PathLike) else "<document>")
    located = _read(source, label)
    findings: list[Finding] = []
    for rule in RULES.values():
        try:
            results = list(rule.check(located)) or [
                Result(Outcome.NOT_EVALUATED, N_("nothing to check"))
            ]
        except Exception as exc:  # a rule tripping on an odd document must not hide the others
            why = N_(
                "the rule could not read this document ({error}: {exc})",
                error=type(exc).__name__,
                exc=str(exc),
            )
            results = [Result(Outcome.NOT_EVALUATED, why)]
        findings.extend(
            Finding.of(rule.code, rule.clause, rule.severity, r.outcome, r.message, r.where)
            for r in _capped(results)
        )
    return CheckReport(path=label, findings=tuple(findings))


#: At most this many findings per rule; the last one says how many more there are.
LIMIT = 5


def _capped(results: list[Result]) -> list[Result]:
    if len(results) <= LIMIT:
        return results
    last = results[LIMIT - 1]
    more = len(results) - LIMIT
    tail = Result(
        last.outcome,
        N_("{message} (and {more} more like it)", message=last.message, more=more),
        last.where,
    )
    return [*results[: LIMIT - 1], tail]


def _read(source: Source, label: str) -> Located:
    try:
        document = open_document(source)
    except PackageError as exc:
        raise InputError.single(exc.code, exc.reason, file=label) from None
    part = document.part
    try:
        resolver = StyleResolver(
            _related(part, "styles"), _related(part, "theme"), _related(part, "numbering")
        )

        def part_xml(rid: str | None) -> etree._Element | None:
            if rid is None or rid not in part.rels:
                return None
            return _root(part.rels[rid].target_part)

        return locate(document.element.body, resolver, part_xml)
    except etree.XMLSyntaxError as exc:
        why = N_("the .docx is damaged and cannot be read ({reason})", reason=str(exc))
        raise InputError.single("docx_damaged", why, file=label) from None


def _root(part: Any) -> etree._Element | None:
    element = getattr(part, "element", None)
    if element is not None:
        return element  # type: ignore[no-any-return]
    blob = getattr(part, "blob", None)
    return etree.fromstring(blob) if blob else None


def _related(part: Any, kind: str) -> etree._Element | None:
    for rel in part.rels.values():
        if not rel.is_external and rel.reltype.endswith(f"/{kind}"):
            return _root(rel.target_part)
    return None
