"""Page set-up — thể thức trình bày chung (Phụ lục I, mục I): paper, margins, font, page numbers."""

from __future__ import annotations

import re
import unicodedata

from vanban.checks.limits import A4_TOLERANCE_TWIPS, A4_TWIPS, MARGINS_MM, SIZES_PT, STAMPS
from vanban.checks.model import Severity
from vanban.checks.parts import Located
from vanban.checks.props import FONT_SLOTS
from vanban.checks.rules.base import (
    Result,
    _has_text,
    _mm,
    _pt,
    aligned,
    fail,
    not_applicable,
    ok,
    rule,
    unchecked,
)
from vanban.checks.view import Container, Paragraph, key
from vanban.i18n import N_, _
from vanban.ooxml.ns import W

#: The margins' names as findings say them.
_SIDES = {"top": N_("top"), "bottom": N_("bottom"), "left": N_("left"), "right": N_("right")}


@rule("ND30-PAGE-SIZE", "Phụ lục I, mục I.1")
def page_size(doc: Located) -> list[Result]:
    """Khổ giấy (paper size): A4, 210 × 297 mm."""
    out = []
    for section in doc.sections:
        where = _("section {number}", number=section.number)
        if section.page_width is None or section.page_height is None:
            out.append(unchecked(N_("no page size is set, or it is unreadable"), where))
            continue
        short, long = sorted((section.page_width, section.page_height))
        if (
            abs(short - A4_TWIPS[0]) > A4_TOLERANCE_TWIPS
            or abs(long - A4_TWIPS[1]) > A4_TOLERANCE_TWIPS
        ):
            out.append(
                fail(
                    N_(
                        "the page is {page_width} × {page_height} mm; Decree 30 uses A4 (210 × "
                        "297 mm)",
                        page_width=_mm(section.page_width),
                        page_height=_mm(section.page_height),
                    ),
                    where,
                )
            )
    if not doc.sections:
        return [unchecked(N_("the document has no section properties"))]
    return out or [ok(N_("A4 in every section"))]


@rule("ND30-PAGE-ORIENTATION", "Phụ lục I, mục I.2")
def page_orientation(doc: Located) -> list[Result]:
    """Kiểu trình bày (orientation): portrait; landscape only for a section holding tables."""
    out = []
    notes = []
    for section in doc.sections:
        width, height = section.page_width, section.page_height
        landscape = section.orient == "landscape" or (
            width is not None and height is not None and width > height
        )
        if not landscape:
            continue
        where = _("section {number}", number=section.number)
        if section.data_tables:
            notes.append(where)
        else:
            out.append(
                fail(
                    N_("landscape without a table to justify it; Decree 30 uses portrait"),
                    where,
                )
            )
    if not doc.sections:
        return [unchecked(N_("the document has no section properties"))]
    if out:
        return out
    if notes:
        return [
            ok(
                N_(
                    "portrait, and landscape only where a table needs it ({notes})",
                    notes=", ".join(notes),
                )
            )
        ]
    return [ok(N_("portrait"))]


def _margin_rule(side: str, low: int, high: int, term: str) -> None:
    def check(doc: Located) -> list[Result]:
        out = []
        for section in doc.sections:
            where = _("section {number}", number=section.number)
            value = section.margins.get(side)
            if value is None:
                out.append(
                    unchecked(
                        N_(
                            "no {side} margin is set, or it is unreadable",
                            side=_SIDES[side],
                        ),
                        where,
                    )
                )
                continue
            millimetres = value * 25.4 / 1440
            if not low - 0.1 <= millimetres <= high + 0.1:
                out.append(
                    fail(
                        N_(
                            "{side} margin {value} mm; Decree 30 sets {low}–{high} mm",
                            side=_SIDES[side],
                            value=_mm(value),
                            low=low,
                            high=high,
                        ),
                        where,
                    )
                )
        if not doc.sections:
            return [unchecked(N_("the document has no section properties"))]
        return out or [
            ok(
                N_(
                    "{side} margin within {low}–{high} mm",
                    side=_SIDES[side],
                    low=low,
                    high=high,
                )
            )
        ]

    check.__doc__ = f"{term} ({side} margin): {low}–{high} mm."
    check.__name__ = f"margin_{side}"
    rule(f"ND30-MARGIN-{side.upper()}", "Phụ lục I, mục I.3")(check)


_margin_rule("top", *MARGINS_MM["top"], "Lề trên")
_margin_rule("bottom", *MARGINS_MM["bottom"], "Lề dưới")
_margin_rule("left", *MARGINS_MM["left"], "Lề trái")
_margin_rule("right", *MARGINS_MM["right"], "Lề phải")


@rule("ND30-FONT", "Phụ lục I, mục I.4")
def font(doc: Located) -> list[Result]:
    """Phông chữ (font): Times New Roman in every run and every font slot."""
    if not _has_text(doc):
        return [unchecked(N_("the document holds no text"))]
    found: dict[str, tuple[set[str], int, str]] = {}
    for paragraph in doc.paragraphs:
        for line in paragraph.lines:
            for piece in line.visible:
                for slot, name in piece.props.fonts:
                    if name.casefold() == "times new roman":
                        continue
                    slots, count, where = found.get(name, (set(), 0, line.where))
                    slots.add(slot)
                    found[name] = (slots, count + 1, where)
    out = []
    for name, (slots, count, where) in found.items():
        slot_list = ", ".join(s for s in FONT_SLOTS if s in slots)
        out.append(
            fail(
                N_(
                    "{name} in the {slot_list} {slot_word} of {count} {stretch_word} of"
                    " text, first here; Decree 30 uses Times New Roman",
                    name=name,
                    slot_list=slot_list,
                    slot_word=N_("font slots") if len(slots) > 1 else N_("font slot"),
                    count=count,
                    stretch_word=N_("stretches") if count > 1 else N_("stretch"),
                ),
                where,
            )
        )
    return out or [ok(N_("Times New Roman in every run and font slot"))]


def _black(piece_color: str | None, theme_color: str | None) -> bool:
    if theme_color is not None:
        return theme_color in ("text1", "dark1")
    return piece_color is None or piece_color.lower() in ("auto", "000000")


@rule("ND30-FONT-COLOR", "Phụ lục I, mục I.4", Severity.WARNING)
def font_color(doc: Located) -> list[Result]:
    """Màu chữ (text colour): black, except the red urgency stamps (mục III.2.b)."""
    if not _has_text(doc):
        return [unchecked(N_("the document holds no text"))]
    out = []
    for paragraph in doc.paragraphs:
        for line in paragraph.lines:
            if key(line.text) in STAMPS:
                continue
            colours = {
                p.props.theme_color or p.props.color or ""
                for p in line.visible
                if not _black(p.props.color, p.props.theme_color)
            }
            if colours:
                out.append(
                    fail(
                        N_(
                            "coloured text ({join}); Decree 30 uses black",
                            join=", ".join(sorted(colours)),
                        ),
                        line.where,
                    )
                )
    return out or [ok(N_("all text is black"))]


@rule("ND30-NFC", "Phụ lục I, mục I.4")
def unicode_nfc(doc: Located) -> list[Result]:
    """Bộ mã Unicode TCVN 6909:2001 (Unicode text): Vietnamese letters composed (NFC)."""
    if not _has_text(doc):
        return [unchecked(N_("the document holds no text"))]
    out = [
        fail(
            N_("decomposed Vietnamese letters (not NFC): some fonts print the accents apart"),
            p.where,
        )
        for p in doc.paragraphs
        if not unicodedata.is_normalized("NFC", p.text)
    ]
    return out or [ok(N_("all text is composed Unicode (NFC)"))]


_PAGE_FIELD = re.compile(r"(?<![A-Za-z])PAGE(?![A-Za-z])")


def _has_page_field(paragraph: Paragraph) -> bool:
    for simple in paragraph.element.iter(f"{W}fldSimple"):
        if _PAGE_FIELD.search(simple.get(f"{W}instr") or ""):
            return True
    instructions = "".join(t.text or "" for t in paragraph.element.iter(f"{W}instrText"))
    return bool(_PAGE_FIELD.search(instructions))


def _page_field(container: Container | None) -> Paragraph | None:
    if container is None:
        return None
    return next((p for p in container.paragraphs if _has_page_field(p)), None)


def _field_size(doc: Located, paragraph: Paragraph) -> tuple[float, bool]:
    """Size and italic of the page number: its printed digits, else the field's own run."""
    pieces = [p for line in paragraph.lines for p in line.visible]
    if pieces:
        return pieces[0].props.size_pt, any(p.props.italic for p in pieces)
    for run in paragraph.element.iter(f"{W}r"):
        parent = run.getparent()
        in_simple_field = parent is not None and parent.tag == f"{W}fldSimple"
        if in_simple_field or run.find(f"{W}instrText") is not None:
            props = doc.resolver.run_props(run, paragraph.element)
            return props.size_pt, props.italic
    return paragraph.mark.size_pt, paragraph.mark.italic


@rule("ND30-PAGE-NUMBER", "Phụ lục I, mục I.7")
def page_number(doc: Located) -> list[Result]:
    """Số trang (page number): a PAGE field centred in the page header, 13–14 pt, upright."""
    out = []
    seen: set[int] = set()
    passed = []
    for section in doc.sections:
        header = section.headers.get("default")
        if header is not None and id(header) in seen:
            continue
        if header is not None:
            seen.add(id(header))
        where = header.label if header is not None else _("section {number}", number=section.number)
        paragraph = _page_field(header)
        if paragraph is None:
            in_footer = _page_field(section.footers.get("default"))
            if in_footer is not None:
                out.append(
                    fail(
                        N_("the page number is in the page footer; Decree 30 puts it at the top"),
                        in_footer.where,
                    )
                )
            else:
                out.append(fail(N_("no page number (PAGE field) in the page header"), where))
            continue
        size, italic = _field_size(doc, paragraph)
        if not paragraph.props.centred:
            out.append(
                fail(
                    N_(
                        "the page number is aligned {align}, not centred",
                        align=aligned(paragraph.props.align),
                    ),
                    paragraph.where,
                )
            )
        if not SIZES_PT["page number"][0] <= size <= SIZES_PT["page number"][1]:
            out.append(
                fail(
                    N_(
                        "the page number is {size} pt; Decree 30 sets 13–14 pt",
                        size=_pt(size),
                    ),
                    paragraph.where,
                )
            )
        if italic:
            out.append(
                fail(N_("the page number is italic; Decree 30 sets it upright"), paragraph.where)
            )
        passed.append(paragraph.where)
    if not doc.sections:
        return [unchecked(N_("the document has no section properties"))]
    return out or [ok(N_("PAGE field centred in the page header"), ", ".join(passed))]


@rule("ND30-PAGE-NUMBER-FIRST", "Phụ lục I, mục I.7")
def page_number_first(doc: Located) -> list[Result]:
    """Không hiển thị số trang thứ nhất (no number on page 1): an empty first-page header."""
    if not doc.sections:
        return [unchecked(N_("the document has no section properties"))]
    # Only the document's own first page: whether an appendix that restarts its numbering shows
    # the number on its first page is not specified (Phụ lục I, mục III.1.đ), so either is fine.
    section = doc.sections[0]
    numbered = _page_field(section.headers.get("default")) or _page_field(
        section.footers.get("default")
    )
    if numbered is None:
        return [not_applicable(N_("there is no page number (see ND30-PAGE-NUMBER)"))]
    if not section.title_page:
        return [
            fail(
                N_("page 1 shows the page number: 'different first page' (titlePg) is off"),
                _("section {number}", number=section.number),
            )
        ]
    for part in (section.headers.get("first"), section.footers.get("first")):
        if part is None:
            continue
        shown = _page_field(part)
        if shown is not None:
            return [fail(N_("the first-page header or footer shows the page number"), shown.where)]
    return [
        ok(
            N_("page 1 has its own header without a page number"),
            _("section {number}", number=section.number),
        )
    ]


# -- national name and motto (mục II.1) ---------------------------------------------------------
