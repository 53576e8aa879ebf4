"""The body — nội dung văn bản (Phụ lục I, mục II.6): size, alignment, indents and spacing."""

from __future__ import annotations

import itertools

from vanban.checks.limits import INDENT_TWIPS, SINGLE_LINE, SIZES_PT
from vanban.checks.model import Severity
from vanban.checks.parts import Located
from vanban.checks.rules.base import (
    Result,
    _cm,
    _has_text,
    _pt,
    _sizes,
    aligned,
    fail,
    ok,
    rule,
    unchecked,
)
from vanban.checks.view import Paragraph, Table
from vanban.i18n import N_


def _body(doc: Located, *, with_addressees: bool = False) -> list[Paragraph]:
    if with_addressees:
        return doc.body
    skip = {id(p) for p in doc.addressees}
    return [p for p in doc.body if id(p) not in skip]


@rule("ND30-BODY-SIZE", "Phụ lục I, mục II.6.e")
def body_size(doc: Located) -> list[Result]:
    """Cỡ chữ phần nội dung (body size): 13–14 pt."""
    body = _body(doc, with_addressees=True)
    if not body:
        return [unchecked(N_("no body paragraphs found"))]
    out = []
    for paragraph in body:
        bad = [s for s in _sizes(paragraph.lines) if not _BODY[0] <= s <= _BODY[1]]
        if bad:
            sizes = ", ".join(_pt(s) for s in bad)
            out.append(
                fail(
                    N_(
                        "text at {sizes} pt; the body is 13–14 pt",
                        sizes=sizes,
                    ),
                    paragraph.where,
                )
            )
    return out or [
        ok(
            N_(
                "{body} paragraphs at 13–14 pt",
                body=len(body),
            )
        )
    ]


def _fits_one_line(paragraph: Paragraph) -> bool:
    room = paragraph.width_pt
    return room is not None and all(line.width_pt() < room for line in paragraph.lines)


@rule("ND30-BODY-JUSTIFIED", "Phụ lục I, mục II.6.e")
def body_justified(doc: Located) -> list[Result]:
    """Canh đều hai lề (body justified); short centred headings are allowed."""
    body = _body(doc)
    if not body:
        return [unchecked(N_("no body paragraphs found"))]
    out = [
        fail(
            N_(
                "aligned {align}; body text is justified",
                align=aligned(p.props.align),
            ),
            p.where,
        )
        for p in body
        if not p.props.justified and not (p.props.centred and _fits_one_line(p))
    ]
    return out or [
        ok(
            N_(
                "{body} paragraphs justified or centred headings",
                body=len(body),
            )
        )
    ]


# 1 cm and 1.27 cm are 567 and 720 twips; a few twips of rounding either way are accepted.
_BODY = SIZES_PT["body"]


def _indent_name(first_line: int) -> str:
    if first_line < 0:
        return f"a hanging indent of {_cm(-first_line)} cm, not a first-line indent"
    return f"first-line indent {_cm(first_line)} cm"


@rule("ND30-BODY-INDENT", "Phụ lục I, mục II.6.e")
def body_indent(doc: Located) -> list[Result]:
    """Lùi đầu dòng (first-line indent): 1 cm to 1.27 cm."""
    body = [p for p in _body(doc) if not p.props.centred]
    if not body:
        return [unchecked(N_("no body paragraphs found"))]
    out = [
        fail(
            N_(
                "{first_line}; Decree 30 sets 1 or 1.27 cm",
                first_line=_indent_name(p.props.first_line),
            ),
            p.where,
        )
        for p in body
        if not INDENT_TWIPS[0] <= p.props.first_line <= INDENT_TWIPS[1]
    ]
    return out or [
        ok(
            N_(
                "{body} paragraphs indented 1–1.27 cm",
                body=len(body),
            )
        )
    ]


@rule("ND30-BODY-SPACING", "Phụ lục I, mục II.6.e")
def body_spacing(doc: Located) -> list[Result]:
    """Khoảng cách giữa các đoạn (space between paragraphs): at least 6 pt."""
    body = _body(doc)
    if len(body) < 2:
        return [unchecked(N_("fewer than two body paragraphs"))]
    position = {id(block): i for i, block in enumerate(doc.blocks)}
    out = []
    pairs = 0
    for previous, current in itertools.pairwise(body):
        between = doc.blocks[position[id(previous)] + 1 : position[id(current)]]
        if between:
            continue  # a table or a blank line already separates them
        same = previous.props.style_id == current.props.style_id
        after = 0 if previous.props.contextual and same else previous.props.after
        before = 0 if current.props.contextual and same else current.props.before
        pairs += 1
        # Word adds the space after one paragraph to the space before the next.
        if after + before < 120 - 2:
            out.append(
                fail(
                    N_(
                        "{pt} pt above this paragraph; at least 6 pt",
                        pt=_pt((after + before) / 20),
                    ),
                    current.where,
                )
            )
    if not pairs:
        return [unchecked(N_("no two body paragraphs follow each other"))]
    return out or [
        ok(
            N_(
                "at least 6 pt between {value} paragraphs",
                value=pairs + 1,
            )
        )
    ]


# Times New Roman's single line is about 1.15 times the font size.


@rule("ND30-BODY-LINE-SPACING", "Phụ lục I, mục II.6.e")
def body_line_spacing(doc: Located) -> list[Result]:
    """Khoảng cách giữa các dòng (line spacing): single to 1.5 lines."""
    body = _body(doc, with_addressees=True)
    if not body:
        return [unchecked(N_("no body paragraphs found"))]
    out = []
    for paragraph in body:
        props = paragraph.props
        if props.line is None:
            continue
        if props.line_rule == "auto":
            lines = props.line / 240
            if not 0.99 <= lines <= 1.51:
                out.append(
                    fail(
                        N_(
                            "line spacing {lines:.2g} lines; Decree 30 sets single to 1.5",
                            lines=lines,
                        ),
                        paragraph.where,
                    )
                )
            continue
        size = max(_sizes(paragraph.lines) or [paragraph.mark.size_pt])
        points = props.line / 20
        lines = points / (size * SINGLE_LINE)
        if points < size or lines > 1.51:
            rule_name = "exactly" if props.line_rule == "exact" else "at least"
            out.append(
                fail(
                    N_(
                        "line spacing {rule_name} {points} pt ({lines:.2g} lines at {size} pt); "
                        "Decree 30 sets single to 1.5",
                        rule_name=rule_name,
                        points=_pt(points),
                        lines=lines,
                        size=_pt(size),
                    ),
                    paragraph.where,
                )
            )
    return out or [ok(N_("single to 1.5 lines"))]


@rule("ND30-END-MARK", "Phụ lục III, sample forms", Severity.WARNING)
def end_mark(doc: Located) -> list[Result]:
    """Dấu kết thúc "./." (end mark): the body ends with "./."."""
    if not doc.body:
        return [unchecked(N_("no body paragraphs found"))]
    last = doc.body[-1]
    # Every sample form ends its body so; "…/." (the minutes' closing time line) counts too.
    if last.text.rstrip().endswith("/."):
        return [ok(N_("the body ends with './.'"), last.where)]
    return [fail(N_("the body does not end with './.'"), last.where)]


@rule("ND30-EMPTY-PARAGRAPHS", "Phụ lục I, mục II.6.e", Severity.WARNING)
def empty_paragraphs(doc: Located) -> list[Result]:
    """Khoảng cách bằng dòng trống (blank lines as spacing): no 3 empty paragraphs in a row."""
    if not _has_text(doc):
        return [unchecked(N_("the document holds no text"))]
    exempt = {id(p) for p in doc.signature_paragraphs}
    out = []
    sequences: list[list[Paragraph | Table]] = [list(doc.blocks)]
    seen: set[int] = set()
    for paragraph in doc.paragraphs:
        container = paragraph.container
        if container.kind != "body" and id(container) not in seen:
            seen.add(id(container))
            sequences.append(list(container.paragraphs))
    for sequence in sequences:
        run: list[Paragraph] = []
        for block in [*sequence, None]:
            if isinstance(block, Paragraph) and block.is_empty and id(block) not in exempt:
                run.append(block)
                continue
            if len(run) >= 3:
                out.append(
                    fail(
                        N_(
                            "{run} empty paragraphs in a row used as spacing",
                            run=len(run),
                        ),
                        _span(run),
                    )
                )
            run = []
    return out or [ok(N_("no stacks of empty paragraphs"))]


def _span(run: list[Paragraph]) -> str:
    first, last = run[0], run[-1]
    if first.container.kind == "body":
        return f"paragraphs {first.number}–{last.number}"
    return f"{first.container.describe()}, paragraphs {first.index + 1}–{last.index + 1}"


# -- signature (mục II.7) -------------------------------------------------------------------------
