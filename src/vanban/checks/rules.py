"""The Decree 30 format rules — quy tắc thể thức, one small function each.

Every rule has a stable code, the clause of Decree 30 it enforces (Phụ lục I, Phần I unless said
otherwise: "mục I.3" is mục I, khoản 3), a severity and a function that reads the located parts
of a document and returns results. A rule never passes a part it could not find: it reports
NOT_EVALUATED instead, and ND30-PARTS reports the missing part.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from vanban.checks.locate import (
    PREFIX,
    Container,
    Line,
    Located,
    Paragraph,
    RuleMark,
    Table,
    find_rule_under,
    key,
    normal,
)
from vanban.checks.model import Outcome, Severity
from vanban.checks.props import FONT_SLOTS
from vanban.models.kinds import DocumentType

__all__ = ["RULES", "Result", "Rule"]


@dataclass(frozen=True)
class Result:
    """What a rule function returns: an outcome, a message and where it applies."""

    outcome: Outcome
    message: str
    where: str | None = None


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


def ok(message: str, where: str | None = None) -> Result:
    return Result(Outcome.PASS, message, where)


def fail(message: str, where: str | None = None) -> Result:
    return Result(Outcome.FAIL, message, where)


def not_applicable(message: str) -> Result:
    return Result(Outcome.NOT_APPLICABLE, message)


def unchecked(message: str, where: str | None = None) -> Result:
    return Result(Outcome.NOT_EVALUATED, message, where)


def _pt(value: float) -> str:
    return f"{value:g}"


def _mm(twips: float) -> str:
    return f"{twips * 25.4 / 1440:.1f}".rstrip("0").rstrip(".")


def _cm(twips: float) -> str:
    return f"{twips * 2.54 / 1440:.2f}".rstrip("0").rstrip(".")


def _sizes(lines: Iterable[Line]) -> list[float]:
    return sorted({p.props.size_pt for line in lines for p in line.visible})


def _size_problems(lines: Sequence[Line], low: float, high: float, what: str) -> list[Result]:
    out = []
    for line in lines:
        bad = [s for s in _sizes([line]) if not low <= s <= high]
        if bad:
            sizes = ", ".join(_pt(s) for s in bad)
            span = _pt(low) if low == high else f"{_pt(low)}–{_pt(high)}"
            out.append(fail(f"{what} is {sizes} pt; Decree 30 sets {span} pt", line.where))
    return out


def _not_bold(lines: Sequence[Line], what: str) -> list[Result]:
    return [
        fail(f"{what} is not bold", line.where)
        for line in lines
        if not all(p.props.bold for p in line.visible)
    ]


def _not_capitals(lines: Sequence[Line], what: str) -> list[Result]:
    return [
        fail(f"{what} is not in capitals: '{normal(line.shown)}'", line.where)
        for line in lines
        if normal(line.shown) != normal(line.shown).upper()
    ]


# -- page setup (mục I) ---------------------------------------------------------------------------

_A4 = (11906, 16838)
_A4_TOLERANCE = 20  # twips (0.35 mm): A4 is written 11906 × 16838 or 11907 × 16840


@rule("ND30-PAGE-SIZE", "Phụ lục I, mục I.1")
def page_size(doc: Located) -> list[Result]:
    """Khổ giấy (paper size): A4, 210 × 297 mm."""
    out = []
    for section in doc.sections:
        where = f"section {section.number}"
        if section.page_width is None or section.page_height is None:
            out.append(unchecked("no page size is set", where))
            continue
        short, long = sorted((section.page_width, section.page_height))
        if abs(short - _A4[0]) > _A4_TOLERANCE or abs(long - _A4[1]) > _A4_TOLERANCE:
            out.append(
                fail(
                    f"the page is {_mm(section.page_width)} × {_mm(section.page_height)} mm; "
                    "Decree 30 uses A4 (210 × 297 mm)",
                    where,
                )
            )
    if not doc.sections:
        return [unchecked("the document has no section properties")]
    return out or [ok("A4 in every section")]


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
        where = f"section {section.number}"
        if section.data_tables:
            notes.append(where)
        else:
            out.append(
                fail("landscape without a table to justify it; Decree 30 uses portrait", where)
            )
    if not doc.sections:
        return [unchecked("the document has no section properties")]
    if out:
        return out
    if notes:
        return [ok(f"portrait, and landscape only where a table needs it ({', '.join(notes)})")]
    return [ok("portrait")]


def _margin_rule(side: str, low: int, high: int, term: str) -> None:
    def check(doc: Located) -> list[Result]:
        out = []
        for section in doc.sections:
            where = f"section {section.number}"
            value = section.margins.get(side)
            if value is None:
                out.append(unchecked(f"no {side} margin is set", where))
                continue
            millimetres = value * 25.4 / 1440
            if not low - 0.1 <= millimetres <= high + 0.1:
                out.append(
                    fail(f"{side} margin {_mm(value)} mm; Decree 30 sets {low}–{high} mm", where)
                )
        if not doc.sections:
            return [unchecked("the document has no section properties")]
        return out or [ok(f"{side} margin within {low}–{high} mm")]

    check.__doc__ = f"{term} ({side} margin): {low}–{high} mm."
    check.__name__ = f"margin_{side}"
    rule(f"ND30-MARGIN-{side.upper()}", "Phụ lục I, mục I.3")(check)


_margin_rule("top", 20, 25, "Lề trên")
_margin_rule("bottom", 20, 25, "Lề dưới")
_margin_rule("left", 30, 35, "Lề trái")
_margin_rule("right", 15, 20, "Lề phải")


def _has_text(doc: Located) -> bool:
    return any(paragraph.text.strip() for paragraph in doc.paragraphs)


@rule("ND30-FONT", "Phụ lục I, mục I.4")
def font(doc: Located) -> list[Result]:
    """Phông chữ (font): Times New Roman in every run and every font slot."""
    if not _has_text(doc):
        return [unchecked("the document holds no text")]
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
                f"{name} in the {slot_list} font slot{'s' * (len(slots) > 1)} of {count} "
                f"stretch{'es' * (count > 1)} of text, first here; Decree 30 uses Times New Roman",
                where,
            )
        )
    return out or [ok("Times New Roman in every run and font slot")]


def _black(piece_color: str | None, theme_color: str | None) -> bool:
    if theme_color is not None:
        return theme_color in ("text1", "dark1")
    return piece_color is None or piece_color.lower() in ("auto", "000000")


_STAMPS = {"khẩn", "thượng khẩn", "hỏa tốc", "hoả tốc"}


@rule("ND30-FONT-COLOR", "Phụ lục I, mục I.4", Severity.WARNING)
def font_color(doc: Located) -> list[Result]:
    """Màu chữ (text colour): black, except the red urgency stamps (mục III.2.b)."""
    if not _has_text(doc):
        return [unchecked("the document holds no text")]
    out = []
    for paragraph in doc.paragraphs:
        for line in paragraph.lines:
            if key(line.text) in _STAMPS:
                continue
            colours = {
                p.props.theme_color or p.props.color or ""
                for p in line.visible
                if not _black(p.props.color, p.props.theme_color)
            }
            if colours:
                out.append(
                    fail(
                        f"coloured text ({', '.join(sorted(colours))}); Decree 30 uses black",
                        line.where,
                    )
                )
    return out or [ok("all text is black")]


@rule("ND30-NFC", "Phụ lục I, mục I.4")
def unicode_nfc(doc: Located) -> list[Result]:
    """Bộ mã Unicode TCVN 6909:2001 (Unicode text): Vietnamese letters composed (NFC)."""
    if not _has_text(doc):
        return [unchecked("the document holds no text")]
    out = [
        fail("decomposed Vietnamese letters (not NFC): some fonts print the accents apart", p.where)
        for p in doc.paragraphs
        if not unicodedata.is_normalized("NFC", p.text)
    ]
    return out or [ok("all text is composed Unicode (NFC)")]


_PAGE_FIELD = re.compile(r"(?<![A-Za-z])PAGE(?![A-Za-z])")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _has_page_field(paragraph: Paragraph) -> bool:
    for simple in paragraph.element.iter(f"{_W}fldSimple"):
        if _PAGE_FIELD.search(simple.get(f"{_W}instr") or ""):
            return True
    instructions = "".join(t.text or "" for t in paragraph.element.iter(f"{_W}instrText"))
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
    for run in paragraph.element.iter(f"{_W}r"):
        parent = run.getparent()
        in_simple_field = parent is not None and parent.tag == f"{_W}fldSimple"
        if in_simple_field or run.find(f"{_W}instrText") is not None:
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
        where = header.label if header is not None else f"section {section.number}"
        paragraph = _page_field(header)
        if paragraph is None:
            in_footer = _page_field(section.footers.get("default"))
            if in_footer is not None:
                out.append(
                    fail(
                        "the page number is in the page footer; Decree 30 puts it at the top",
                        in_footer.where,
                    )
                )
            else:
                out.append(fail("no page number (PAGE field) in the page header", where))
            continue
        size, italic = _field_size(doc, paragraph)
        if not paragraph.props.centred:
            out.append(
                fail(
                    f"the page number is aligned {paragraph.props.align}, not centred",
                    paragraph.where,
                )
            )
        if not 13 <= size <= 14:
            out.append(
                fail(f"the page number is {_pt(size)} pt; Decree 30 sets 13–14 pt", paragraph.where)
            )
        if italic:
            out.append(
                fail("the page number is italic; Decree 30 sets it upright", paragraph.where)
            )
        passed.append(paragraph.where)
    if not doc.sections:
        return [unchecked("the document has no section properties")]
    return out or [ok("PAGE field centred in the page header", ", ".join(passed))]


@rule("ND30-PAGE-NUMBER-FIRST", "Phụ lục I, mục I.7")
def page_number_first(doc: Located) -> list[Result]:
    """Không hiển thị số trang thứ nhất (no number on page 1): an empty first-page header."""
    if not doc.sections:
        return [unchecked("the document has no section properties")]
    # Only the document's own first page: whether an appendix that restarts its numbering shows
    # the number on its first page is not specified (Phụ lục I, mục III.1.đ), so either is fine.
    section = doc.sections[0]
    numbered = _page_field(section.headers.get("default")) or _page_field(
        section.footers.get("default")
    )
    if numbered is None:
        return [not_applicable("there is no page number (see ND30-PAGE-NUMBER)")]
    if not section.title_page:
        return [
            fail(
                "page 1 shows the page number: 'different first page' (titlePg) is off",
                f"section {section.number}",
            )
        ]
    for part in (section.headers.get("first"), section.footers.get("first")):
        if part is None:
            continue
        shown = _page_field(part)
        if shown is not None:
            return [fail("the first-page header or footer shows the page number", shown.where)]
    return [ok("page 1 has its own header without a page number", f"section {section.number}")]


# -- national name and motto (mục II.1) ---------------------------------------------------------

_NATIONAL_NAMES = {
    # The rule text writes HÒA; the decree's own example table and the Công điện sample write
    # HOÀ. Both occur in official files, so both are accepted.
    "cộng hòa xã hội chủ nghĩa việt nam",
    "cộng hoà xã hội chủ nghĩa việt nam",
}
_MOTTO = "Độc lập - Tự do - Hạnh phúc"


@rule("ND30-NATIONAL-NAME-TEXT", "Phụ lục I, mục II.1.a")
def national_name_text(doc: Located) -> list[Result]:
    """Quốc hiệu (national name): "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", word for word."""
    line = doc.national_name
    if line is None:
        return [unchecked("no national name found")]
    if key(line.shown) not in _NATIONAL_NAMES:
        return [
            fail(
                f"'{normal(line.shown)}'; it reads 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'",
                line.where,
            )
        ]
    return [ok("the national name is written in full", line.where)]


@rule("ND30-NATIONAL-NAME-CAPS", "Phụ lục I, mục II.1.a")
def national_name_caps(doc: Located) -> list[Result]:
    """Quốc hiệu in hoa (national name in capitals)."""
    line = doc.national_name
    if line is None:
        return [unchecked("no national name found")]
    return _not_capitals([line], "the national name") or [ok("in capitals", line.where)]


@rule("ND30-NATIONAL-NAME-BOLD", "Phụ lục I, mục II.1.a")
def national_name_bold(doc: Located) -> list[Result]:
    """Quốc hiệu đậm, đứng (national name bold and upright)."""
    line = doc.national_name
    if line is None:
        return [unchecked("no national name found")]
    out = _not_bold([line], "the national name")
    if any(p.props.italic for p in line.visible):
        out.append(fail("the national name is italic; Decree 30 sets it upright", line.where))
    return out or [ok("bold and upright", line.where)]


@rule("ND30-NATIONAL-NAME-SIZE", "Phụ lục I, mục II.1.a")
def national_name_size(doc: Located) -> list[Result]:
    """Cỡ chữ Quốc hiệu (national name size): 12–13 pt."""
    line = doc.national_name
    if line is None:
        return [unchecked("no national name found")]
    return _size_problems([line], 12, 13, "the national name") or [ok("12–13 pt", line.where)]


@rule("ND30-MOTTO-TEXT", "Phụ lục I, mục II.1.b")
def motto_text(doc: Located) -> list[Result]:
    """Tiêu ngữ (motto): "Độc lập - Tự do - Hạnh phúc", hyphens with a space on each side."""
    line = doc.motto
    if line is None:
        return [unchecked("no motto found")]
    text = normal(line.shown)
    if text == _MOTTO:
        return [ok("the motto is written as in the decree", line.where)]
    if any(dash in text for dash in "–—‒−"):
        why = "uses a dash where the decree writes a hyphen (-)"
    elif re.search(r"\S-|-\S", text):
        why = "needs a space on each side of the hyphens"
    elif text.casefold() == _MOTTO.casefold():
        why = "capitalises only the first letter of each phrase"
    else:
        why = "differs from the decree's wording"
    return [fail(f"'{text}' {why}: '{_MOTTO}'", line.where)]


@rule("ND30-MOTTO-BOLD", "Phụ lục I, mục II.1.b")
def motto_bold(doc: Located) -> list[Result]:
    """Tiêu ngữ đậm, đứng (motto bold and upright)."""
    line = doc.motto
    if line is None:
        return [unchecked("no motto found")]
    out = _not_bold([line], "the motto")
    if any(p.props.italic for p in line.visible):
        out.append(fail("the motto is italic; Decree 30 sets it upright", line.where))
    return out or [ok("bold and upright", line.where)]


@rule("ND30-MOTTO-SIZE", "Phụ lục I, mục II.1.b")
def motto_size(doc: Located) -> list[Result]:
    """Cỡ chữ Tiêu ngữ (motto size): 13–14 pt."""
    line = doc.motto
    if line is None:
        return [unchecked("no motto found")]
    return _size_problems([line], 13, 14, "the motto") or [ok("13–14 pt", line.where)]


# The text width is estimated from Times metrics and a rule is drawn by hand in most documents,
# so "as long as the text" is read as within 10 % of it (±6 mm under a 6.3 cm motto), and
# "1/3 to 1/2" as 30–55 %. A rule typed as underscores can only grow a character at a time, so
# it gets 5 points more either way (the official sample forms' motto rule is 112 % of the motto).
_MOTTO_RATIO = (0.9, 1.1)
_SHORT_RATIO = (0.30, 0.55)
_TYPED_SLACK = 0.05


def _rule_length(
    anchor: Line, widths: Sequence[float], ratio: tuple[float, float], what: str, expected: str
) -> list[Result]:
    mark: RuleMark | None = find_rule_under(anchor)
    if mark is None:
        if anchor.visible and all(p.props.underline for p in anchor.visible):
            return [fail(f"{what} is underlined instead of having a rule under it", anchor.where)]
        return [fail(f"no rule (đường kẻ) under {what}", anchor.where)]
    if mark.length_pt is None:
        return [
            unchecked(
                f"the rule under {what} is drawn in a way whose length cannot be read", mark.where
            )
        ]
    widths = [w for w in widths if w > 0]
    if not widths:
        return [unchecked(f"the width of {what} could not be measured", anchor.where)]
    low, high = ratio
    if mark.kind == "text":
        low, high = low - _TYPED_SLACK, high + _TYPED_SLACK
    if any(low <= mark.length_pt / width <= high for width in widths):
        return [ok(f"rule {mark.length_pt:.0f} pt under text {widths[0]:.0f} pt wide", mark.where)]
    share = mark.length_pt / widths[0]
    return [
        fail(
            f"the rule under {what} is {mark.length_pt:.0f} pt, {share:.0%} of the text "
            f"({widths[0]:.0f} pt); Decree 30 asks for {expected}",
            mark.where,
        )
    ]


@rule("ND30-MOTTO-RULE", "Phụ lục I, mục II.1.b")
def motto_rule(doc: Located) -> list[Result]:
    """Đường kẻ dưới Tiêu ngữ (rule under the motto): solid, as long as the motto."""
    line = doc.motto
    if line is None:
        return [unchecked("no motto found")]
    return _rule_length(
        line, [line.width_pt()], _MOTTO_RATIO, "the motto", "the length of the motto"
    )


# -- issuing body (mục II.2) ----------------------------------------------------------------------


@rule("ND30-ISSUER-CAPS", "Phụ lục I, mục II.2.b")
def issuer_caps(doc: Located) -> list[Result]:
    """Tên cơ quan ban hành in hoa (issuing body and parent body in capitals)."""
    lines = doc.issuing_and_parent
    if not lines:
        return [unchecked("no issuing body found")]
    return _not_capitals(lines, "the body name") or [ok("in capitals", lines[0].where)]


@rule("ND30-ISSUER-BOLD", "Phụ lục I, mục II.2.b")
def issuer_bold(doc: Located) -> list[Result]:
    """Tên cơ quan ban hành đậm (issuing body bold and upright)."""
    lines = doc.issuer_lines
    if not lines:
        return [unchecked("no issuing body found")]
    out = _not_bold(lines, "the issuing body")
    out += [
        fail("the issuing body is italic; Decree 30 sets it upright", line.where)
        for line in lines
        if any(p.props.italic for p in line.visible)
    ]
    return out or [ok("bold and upright", lines[0].where)]


@rule("ND30-PARENT-REGULAR", "Phụ lục I, mục II.2.b")
def parent_regular(doc: Located) -> list[Result]:
    """Tên cơ quan chủ quản (parent body): regular, not bold."""
    lines = doc.parent_lines
    if not doc.issuer_lines:
        return [unchecked("no issuing body found")]
    if not lines:
        return [not_applicable("no parent body above the issuing body")]
    out = [
        fail("the parent body is bold; only the issuing body under it is", line.where)
        for line in lines
        if any(p.props.bold for p in line.visible)
    ]
    return out or [ok("regular", lines[0].where)]


@rule("ND30-ISSUER-SIZE", "Phụ lục I, mục II.2.b")
def issuer_size(doc: Located) -> list[Result]:
    """Cỡ chữ tên cơ quan (issuing and parent body size): 12–13 pt."""
    lines = doc.issuing_and_parent
    if not lines:
        return [unchecked("no issuing body found")]
    return _size_problems(lines, 12, 13, "the body name") or [ok("12–13 pt", lines[0].where)]


@rule("ND30-ISSUER-RULE", "Phụ lục I, mục II.2.b")
def issuer_rule(doc: Located) -> list[Result]:
    """Đường kẻ dưới tên cơ quan (rule under the issuing body): 1/3 to 1/2 of the text."""
    lines = doc.issuer_lines
    if not lines:
        return [unchecked("no issuing body found")]
    # "1/3 to 1/2 of the line of text" does not say which line of a name set on two lines; the
    # widest line and the line right above the rule are both accepted.
    widths = [max(line.width_pt() for line in lines), lines[-1].width_pt()]
    return _rule_length(
        lines[-1], widths, _SHORT_RATIO, "the issuing body", "1/3 to 1/2 of the text"
    )


# -- number and symbol (mục II.3) -----------------------------------------------------------------

_SYMBOL = r"[A-ZĐ][A-Za-zĐđ0-9&]*(?:-[A-ZĐ][A-Za-zĐđ0-9&]*)*"
#: "Số: 05/KH-UBND"; a draft leaves the number blank ("Số:      /KH-UBND") or dotted.
_NUMBER_LINE = re.compile(rf"^Số: ?(?P<number>\d+|[.…]+)?/(?P<symbol>{_SYMBOL})$")
_NUMBER_LOOSE = re.compile(r"^Số\s*:?\s*(?P<number>\d*)\s*/?\s*(?P<symbol>.*)$")
#: Codes of Circular 01/2011/TT-BNV that Decree 30 replaced, with their replacements.
_OLD_CODES = {"GN": "BGN", "TTh": "BTT", "NP": "GNP", "UQ": "GUQ", "GT": "GGT", "TS": "TrS"}
#: Codes of copies (Phụ lục III): bản sao y, trích sao, sao lục.
_COPY_CODES = {"SY", "TrS", "SL"}


def _no_number(doc: Located) -> Result:
    if doc.document_type is DocumentType.MINUTES:
        return not_applicable("minutes without a number ('Số:' is optional for them)")
    return unchecked("no 'Số:' line found")


@rule("ND30-NUMBER-FORM", "Phụ lục I, mục II.3.c")
def number_form(doc: Located) -> list[Result]:
    """Số, ký hiệu (number and symbol): "Số: 05/KH-UBND" — colon, slash, hyphens, no spaces."""
    line = doc.number
    if line is None:
        return [_no_number(doc)]
    text = normal(line.text)
    if _NUMBER_LINE.match(text):
        return [ok("number, slash and symbol as in 'Số: 05/KH-UBND'", line.where)]
    if not re.match(r"^Số\s*:", text):
        why = "no colon after 'Số'"
    elif "/" not in text:
        why = "no slash between the number and the symbol"
    elif re.search(r"\s", text.split(":", 1)[1].strip()):
        why = "spaces inside the number and symbol"
    else:
        why = "the symbol is not capital abbreviations joined by hyphens"
    return [fail(f"{why}; expected the form 'Số: 05/KH-UBND'", line.where)]


@rule("ND30-NUMBER-PADDING", "Phụ lục I, mục II.3.c")
def number_padding(doc: Located) -> list[Result]:
    """Số nhỏ hơn 10 ghi thêm số 0 (numbers below 10 get a leading zero)."""
    line = doc.number
    if line is None:
        return [_no_number(doc)]
    text = normal(line.text)
    match = _NUMBER_LINE.match(text) or _NUMBER_LOOSE.match(text)
    number = match.group("number") if match else None
    if not number or not number.isdigit():
        return [not_applicable("draft: the number is left blank for the clerk")]
    if int(number) < 10 and len(number) < 2:
        return [fail(f"number {number} needs a leading zero: '0{number}'", line.where)]
    return [ok(f"number {number}", line.where)]


@rule("ND30-NUMBER-TYPE-CODE", "Phụ lục I, mục II.3.b; Phụ lục III, mục I")
def number_type_code(doc: Located) -> list[Result]:
    """Chữ viết tắt tên loại văn bản (type code): a current Phụ lục III code matching the type."""
    line = doc.number
    if line is None:
        return [_no_number(doc)]
    text = normal(line.text)
    symbol = re.sub(r"\s", "", text.split("/", 1)[1]) if "/" in text else ""
    groups = [g for g in symbol.split("-") if g]
    if not groups:
        return [unchecked(f"no symbol after the number in '{text}'", line.where)]
    if "CV" in groups:
        return [
            fail(
                "'CV' is not a type code: a công văn's symbol is the body and the unit, "
                "e.g. 'Số: 15/UBND-TP'",
                line.where,
            )
        ]
    first = groups[0]
    if first in _OLD_CODES:
        return [
            fail(
                f"'{first}' is a code of Circular 01/2011; Decree 30 uses '{_OLD_CODES[first]}'",
                line.where,
            )
        ]
    codes = DocumentType.codes()
    kind = doc.document_type
    if kind is not None:
        if first != kind.code:
            return [
                fail(
                    f"the type name is {kind.heading} but the symbol starts with '{first}'; "
                    f"expected '{kind.code}'",
                    line.where,
                )
            ]
        return [ok(f"'{first}' is the code of {kind.term}", line.where)]
    if doc.subject is not None:
        if first in codes:
            return [
                fail(
                    f"a công văn (V/v …) has no type code, but the symbol starts with '{first}'",
                    line.where,
                )
            ]
        return [ok("công văn: the symbol names the body and the unit", line.where)]
    if first in codes or first in _COPY_CODES:
        return [ok(f"'{first}' is a current type code", line.where)]
    return [unchecked("no type name or V/v summary to compare the symbol with", line.where)]


# -- place and date (mục II.4) --------------------------------------------------------------------

_DATE_LINE = re.compile(
    r"^(?P<place>[^,]*?)\s*(?P<comma>,?)\s*ngày\s*(?P<day>\d+|[.…]*)\s*tháng\s*(?P<month>\d+|[.…]*)"
    r"\s*năm\s*(?P<year>\d{4}|[.…]*)\s*$"
)
_NUMERIC_DATE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}")


def _date_missing(doc: Located) -> list[Result]:
    if doc.document_type is DocumentType.MINUTES:
        # The minutes form (Mẫu 1.9) has no date line: the times are in the body.
        return [not_applicable("minutes carry their times in the body, not a date line")]
    return [unchecked("no place and date line found")]


@rule("ND30-DATE-FORM", "Phụ lục I, mục II.4.b–c")
def date_form(doc: Located) -> list[Result]:
    """Địa danh và thời gian (place and date): "Hà Nội, ngày 05 tháng 3 năm 2020", in words."""
    line = doc.date
    if line is None:
        return _date_missing(doc)
    text = normal(line.text)
    match = _DATE_LINE.match(text)
    if match is None:
        if _NUMERIC_DATE.search(text):
            why = "the date is written in figures; write 'ngày 05 tháng 3 năm 2020'"
        else:
            why = "expected '<Place>, ngày DD tháng M năm YYYY'"
        return [fail(f"'{text}': {why}", line.where)]
    place = match.group("place")
    if not place:
        return [fail(f"'{text}': no place before the date", line.where)]
    if not match.group("comma"):
        return [fail(f"'{text}': no comma after the place", line.where)]
    if not place[0].isupper():
        return [fail(f"'{text}': the place name starts with a small letter", line.where)]
    return [ok("place, comma and the date in words", line.where)]


@rule("ND30-DATE-PADDING", "Phụ lục I, mục II.4.b")
def date_padding(doc: Located) -> list[Result]:
    """Ngày dưới 10 và tháng 1, 2 ghi thêm số 0 (days 01–09, months 01–02, then 3–12)."""
    line = doc.date
    if line is None:
        return _date_missing(doc)
    match = _DATE_LINE.match(normal(line.text))
    if match is None:
        return [unchecked("the date line could not be read", line.where)]
    day, month = match.group("day"), match.group("month")
    out = []
    if day.isdigit():
        value = int(day)
        if len(day) != 2:
            out.append(fail(f"day '{day}' is written '{value:02d}'", line.where))
    if month.isdigit():
        value = int(month)
        expected = f"{value:02d}" if value <= 2 else str(value)
        if month != expected:
            reason = "takes a leading zero" if value <= 2 else "takes no leading zero"
            out.append(fail(f"month '{month}' {reason}: '{expected}'", line.where))
    if not day.isdigit() and not month.isdigit():
        return [not_applicable("draft: day and month are left blank for the clerk")]
    return out or [ok("day and month padded as Decree 30 says", line.where)]


@rule("ND30-DATE-ITALIC", "Phụ lục I, mục II.4.c")
def date_italic(doc: Located) -> list[Result]:
    """Địa danh và thời gian in nghiêng (place and date in italics)."""
    line = doc.date
    if line is None:
        return _date_missing(doc)
    if all(p.props.italic for p in line.visible):
        return [ok("italic", line.where)]
    return [fail("the place and date are not italic", line.where)]


# -- type name and summary (mục II.5) ------------------------------------------------------------


def _title_missing(doc: Located) -> list[Result]:
    if doc.subject is not None:
        return [not_applicable("công văn: no type name, a V/v summary under the number")]
    return [unchecked("no type name found")]


def _title_lines(doc: Located) -> list[Line]:
    paragraphs = ([doc.type_name] if doc.type_name else []) + doc.summary
    return [line for p in paragraphs for line in p.lines]


@rule("ND30-TITLE-CAPS", "Phụ lục I, mục II.5.b")
def title_caps(doc: Located) -> list[Result]:
    """Tên loại văn bản in hoa (type name in capitals)."""
    if doc.type_name is None:
        return _title_missing(doc)
    lines = doc.type_name.lines
    return _not_capitals(lines, "the type name") or [ok("in capitals", doc.type_name.where)]


@rule("ND30-TITLE-BOLD", "Phụ lục I, mục II.5.b")
def title_bold(doc: Located) -> list[Result]:
    """Tên loại và trích yếu đậm (type name and summary bold)."""
    if doc.type_name is None:
        return _title_missing(doc)
    return _not_bold(_title_lines(doc), "the type name or summary") or [
        ok("bold", doc.type_name.where)
    ]


@rule("ND30-TITLE-CENTRED", "Phụ lục I, mục II.5.b")
def title_centred(doc: Located) -> list[Result]:
    """Tên loại và trích yếu canh giữa (type name and summary centred)."""
    if doc.type_name is None:
        return _title_missing(doc)
    out = [
        fail(f"aligned {p.props.align}, not centred", p.where)
        for p in [doc.type_name, *doc.summary]
        if not p.props.centred
    ]
    return out or [ok("centred", doc.type_name.where)]


@rule("ND30-TITLE-SIZE", "Phụ lục I, mục II.5.b")
def title_size(doc: Located) -> list[Result]:
    """Cỡ chữ tên loại và trích yếu (type name and summary size): 13–14 pt."""
    if doc.type_name is None:
        return _title_missing(doc)
    return _size_problems(_title_lines(doc), 13, 14, "the type name or summary") or [
        ok("13–14 pt", doc.type_name.where)
    ]


@rule("ND30-SUMMARY-RULE", "Phụ lục I, mục II.5.b")
def summary_rule(doc: Located) -> list[Result]:
    """Đường kẻ dưới trích yếu (rule under the summary): 1/3 to 1/2 of the text."""
    anchor = doc.title_last_line
    if anchor is None:
        return _title_missing(doc)
    lines = [line for p in doc.summary for line in p.lines] or [anchor]
    widths = [max(line.width_pt() for line in lines), anchor.width_pt()]
    what = "the summary" if doc.summary else "the type name"
    return _rule_length(anchor, widths, _SHORT_RATIO, what, "1/3 to 1/2 of the text")


# -- body (mục II.6.e) ----------------------------------------------------------------------------


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
        return [unchecked("no body paragraphs found")]
    out = []
    for paragraph in body:
        bad = [s for s in _sizes(paragraph.lines) if not 13 <= s <= 14]
        if bad:
            sizes = ", ".join(_pt(s) for s in bad)
            out.append(fail(f"text at {sizes} pt; the body is 13–14 pt", paragraph.where))
    return out or [ok(f"{len(body)} paragraphs at 13–14 pt")]


def _fits_one_line(paragraph: Paragraph) -> bool:
    room = paragraph.width_pt
    return room is not None and all(line.width_pt() < room for line in paragraph.lines)


@rule("ND30-BODY-JUSTIFIED", "Phụ lục I, mục II.6.e")
def body_justified(doc: Located) -> list[Result]:
    """Canh đều hai lề (body justified); short centred headings are allowed."""
    body = _body(doc)
    if not body:
        return [unchecked("no body paragraphs found")]
    out = [
        fail(f"aligned {p.props.align}; body text is justified", p.where)
        for p in body
        if not p.props.justified and not (p.props.centred and _fits_one_line(p))
    ]
    return out or [ok(f"{len(body)} paragraphs justified or centred headings")]


# 1 cm and 1.27 cm are 567 and 720 twips; a few twips of rounding either way are accepted.
_INDENT = (567 - 6, 720 + 6)


def _indent_name(first_line: int) -> str:
    if first_line < 0:
        return f"a hanging indent of {_cm(-first_line)} cm, not a first-line indent"
    return f"first-line indent {_cm(first_line)} cm"


@rule("ND30-BODY-INDENT", "Phụ lục I, mục II.6.e")
def body_indent(doc: Located) -> list[Result]:
    """Lùi đầu dòng (first-line indent): 1 cm to 1.27 cm."""
    body = [p for p in _body(doc) if not p.props.centred]
    if not body:
        return [unchecked("no body paragraphs found")]
    out = [
        fail(f"{_indent_name(p.props.first_line)}; Decree 30 sets 1 or 1.27 cm", p.where)
        for p in body
        if not _INDENT[0] <= p.props.first_line <= _INDENT[1]
    ]
    return out or [ok(f"{len(body)} paragraphs indented 1–1.27 cm")]


@rule("ND30-BODY-SPACING", "Phụ lục I, mục II.6.e")
def body_spacing(doc: Located) -> list[Result]:
    """Khoảng cách giữa các đoạn (space between paragraphs): at least 6 pt."""
    body = _body(doc)
    if len(body) < 2:
        return [unchecked("fewer than two body paragraphs")]
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
                    f"{_pt((after + before) / 20)} pt above this paragraph; at least 6 pt",
                    current.where,
                )
            )
    if not pairs:
        return [unchecked("no two body paragraphs follow each other")]
    return out or [ok(f"at least 6 pt between {pairs + 1} paragraphs")]


# Times New Roman's single line is about 1.15 times the font size.
_SINGLE_LINE = 1.15


@rule("ND30-BODY-LINE-SPACING", "Phụ lục I, mục II.6.e")
def body_line_spacing(doc: Located) -> list[Result]:
    """Khoảng cách giữa các dòng (line spacing): single to 1.5 lines."""
    body = _body(doc, with_addressees=True)
    if not body:
        return [unchecked("no body paragraphs found")]
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
                        f"line spacing {lines:.2g} lines; Decree 30 sets single to 1.5",
                        paragraph.where,
                    )
                )
            continue
        size = max(_sizes(paragraph.lines) or [paragraph.mark.size_pt])
        points = props.line / 20
        lines = points / (size * _SINGLE_LINE)
        if points < size or lines > 1.51:
            rule_name = "exactly" if props.line_rule == "exact" else "at least"
            out.append(
                fail(
                    f"line spacing {rule_name} {_pt(points)} pt "
                    f"({lines:.2g} lines at {_pt(size)} pt); "
                    "Decree 30 sets single to 1.5",
                    paragraph.where,
                )
            )
    return out or [ok("single to 1.5 lines")]


@rule("ND30-END-MARK", "Phụ lục III, sample forms", Severity.WARNING)
def end_mark(doc: Located) -> list[Result]:
    """Dấu kết thúc "./." (end mark): the body ends with "./."."""
    if not doc.body:
        return [unchecked("no body paragraphs found")]
    last = doc.body[-1]
    # Every sample form ends its body so; "…/." (the minutes' closing time line) counts too.
    if last.text.rstrip().endswith("/."):
        return [ok("the body ends with './.'", last.where)]
    return [fail("the body does not end with './.'", last.where)]


@rule("ND30-EMPTY-PARAGRAPHS", "Phụ lục I, mục II.6.e", Severity.WARNING)
def empty_paragraphs(doc: Located) -> list[Result]:
    """Khoảng cách bằng dòng trống (blank lines as spacing): no 3 empty paragraphs in a row."""
    if not _has_text(doc):
        return [unchecked("the document holds no text")]
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
                    fail(f"{len(run)} empty paragraphs in a row used as spacing", _span(run))
                )
            run = []
    return out or [ok("no stacks of empty paragraphs")]


def _span(run: list[Paragraph]) -> str:
    first, last = run[0], run[-1]
    if first.container.kind == "body":
        return f"paragraphs {first.number}–{last.number}"
    return f"{first.container.describe()}, paragraphs {first.index + 1}–{last.index + 1}"


# -- signature (mục II.7) -------------------------------------------------------------------------

_ACADEMIC = re.compile(r"^(GS|PGS|TS|ThS|TSKH|KS|BS|CN|NCS)\.?\s", re.IGNORECASE)


@rule("ND30-SIGN-PREFIX", "Phụ lục I, mục II.7.b")
def sign_prefix(doc: Located) -> list[Result]:
    """Quyền hạn của người ký (signing authority): TM., KT., TL., TUQ., Q. with the full stop."""
    lines = doc.signature_titles
    if not lines:
        return [unchecked("no signature block found")]
    out = []
    found = 0
    for line in lines:
        match = PREFIX.match(normal(line.shown))
        if match is None:
            continue
        found += 1
        prefix = re.sub(r"\s", "", match.group("prefix"))
        if "/" in prefix:
            out.append(
                fail(
                    f"'{prefix}' is the Party form; a state document writes "
                    f"'{prefix.replace('/', '')}.'",
                    line.where,
                )
            )
        elif not match.group("dot"):
            out.append(fail(f"'{prefix}' needs a full stop: '{prefix}.'", line.where))
    if not found:
        return [not_applicable("no authority prefix: the head signs in their own name")]
    return out or [ok("authority written with its full stop", lines[0].where)]


@rule("ND30-SIGN-TITLE-CAPS", "Phụ lục I, mục II.7.đ")
def sign_title_caps(doc: Located) -> list[Result]:
    """Quyền hạn, chức vụ người ký in hoa (signing authority and title in capitals)."""
    lines = doc.signature_titles
    if not lines:
        return [unchecked("no signature block found")]
    return _not_capitals(lines, "the signer's title") or [ok("in capitals", lines[0].where)]


@rule("ND30-SIGN-TITLE-BOLD", "Phụ lục I, mục II.7.đ")
def sign_title_bold(doc: Located) -> list[Result]:
    """Quyền hạn, chức vụ người ký đậm (signing authority and title bold)."""
    lines = doc.signature_titles
    if not lines:
        return [unchecked("no signature block found")]
    return _not_bold(lines, "the signer's title") or [ok("bold", lines[0].where)]


@rule("ND30-SIGN-NAME-BOLD", "Phụ lục I, mục II.7.đ")
def sign_name_bold(doc: Located) -> list[Result]:
    """Họ tên người ký đậm (signer's name bold)."""
    if not doc.signers:
        return [unchecked("no signer's name found")]
    return _not_bold(doc.signers, "the signer's name") or [ok("bold", doc.signers[0].where)]


@rule("ND30-SIGN-NAME-NO-TITLE", "Phụ lục I, mục II.7.c")
def sign_name_no_title(doc: Located) -> list[Result]:
    """Không ghi học hàm, học vị trước họ tên (no academic title before the signer's name)."""
    if not doc.signers:
        return [unchecked("no signer's name found")]
    out = [
        fail(f"'{normal(line.text)}': no academic title before the name", line.where)
        for line in doc.signers
        if _ACADEMIC.match(normal(line.text))
    ]
    return out or [ok("the name alone", doc.signers[0].where)]


# -- recipients (mục II.9) ------------------------------------------------------------------------


@rule("ND30-RECIPIENTS-LABEL", "Phụ lục I, mục II.9.d")
def recipients_label(doc: Located) -> list[Result]:
    """Nơi nhận (recipients label): "Nơi nhận:", bold italic, 12 pt."""
    line = doc.recipients_label
    if line is None:
        return [unchecked("no 'Nơi nhận:' found")]
    out = []
    text = normal(line.shown)
    if text != "Nơi nhận:":
        out.append(fail(f"'{text}'; the label is 'Nơi nhận:'", line.where))
    if not all(p.props.bold and p.props.italic for p in line.visible):
        out.append(fail("the label is not bold italic", line.where))
    out += _size_problems([line], 12, 12, "the label")
    return out or [ok("'Nơi nhận:' bold italic 12 pt", line.where)]


@rule("ND30-RECIPIENTS-ITEM-SIZE", "Phụ lục I, mục II.9.d")
def recipients_item_size(doc: Located) -> list[Result]:
    """Cỡ chữ phần liệt kê nơi nhận (recipient items size): 11 pt."""
    if doc.recipients_label is None:
        return [unchecked("no 'Nơi nhận:' found")]
    items = doc.recipient_items
    if not items:
        return [unchecked("no recipients listed", doc.recipients_label.where)]
    return _size_problems(items, 11, 11, "the recipient") or [ok(f"{len(items)} items at 11 pt")]


@rule("ND30-RECIPIENTS-ITEM-FORM", "Phụ lục I, mục II.9.d")
def recipients_item_form(doc: Located) -> list[Result]:
    """Phần liệt kê nơi nhận (recipient items): "- …;" each, the last "- Lưu: VT, … ."."""
    if doc.recipients_label is None:
        return [unchecked("no 'Nơi nhận:' found")]
    items = doc.recipient_items
    if not items:
        return [fail("no recipients listed under 'Nơi nhận:'", doc.recipients_label.where)]
    out = []
    for number, item in enumerate(items, start=1):
        text = normal(item.text)
        last = number == len(items)
        if not text.startswith("-"):
            out.append(fail(f"'{text}' does not start with '-'", item.where))
        if last:
            if not re.match(r"^-\s*Lưu\s*:", text):
                out.append(fail(f"'{text}': the last line is '- Lưu: VT, … .'", item.where))
            elif not (text.endswith(".") or re.search(r"\.\(\d+\)$", text)):
                out.append(fail(f"'{text}' does not end with '.'", item.where))
        elif not text.endswith(";"):
            out.append(fail(f"'{text}' does not end with ';'", item.where))
    return out or [ok(f"{len(items)} items, the last '- Lưu: …'")]


# -- presence of the parts (Điều 8) and how rules are drawn -------------------------------------


@rule("ND30-PARTS", "Điều 8, khoản 1; Phụ lục I, mục IV")
def parts(doc: Located) -> list[Result]:
    """Thành phần thể thức chính (main components): each one is present."""
    missing = []
    if doc.national_name is None:
        missing.append("the national name (Quốc hiệu, ô 1)")
    if doc.motto is None:
        missing.append("the motto (Tiêu ngữ, ô 1)")
    if not doc.issuer_lines:
        missing.append("the issuing body (ô 2)")
    # Internal minutes may carry no number (Mẫu 1.9 shows "Số: …/BB-…", but minutes that are
    # not issued as a document are commonly kept unnumbered); every other kind needs one.
    if doc.number is None and doc.document_type is not DocumentType.MINUTES:
        missing.append("the number and symbol ('Số:', ô 3)")
    if doc.date is None and doc.document_type is not DocumentType.MINUTES:
        missing.append("the place and date (ô 4)")
    if doc.type_name is None and doc.subject is None:
        missing.append("the type name and summary (ô 5a), or a V/v summary (ô 5b)")
    if not doc.body:
        missing.append("the body (ô 6)")
    if not doc.signature_titles and not doc.signers:
        missing.append("the signer's title and name (ô 7)")
    if doc.recipients_label is None:
        missing.append("the recipients ('Nơi nhận:', ô 9b)")
    if missing:
        return [fail(f"not found: {'; '.join(missing)}")]
    return [ok("every main component was found")]


@rule("ND30-RULE-DRAWN", "Phụ lục I, mục II.1.b, II.2.b, II.5.b", Severity.WARNING)
def rule_drawn(doc: Located) -> list[Result]:
    """Đường kẻ nét liền (solid rules): drawn as a line, not typed as underscores."""
    anchors = [doc.motto, doc.issuer_lines[-1] if doc.issuer_lines else None, doc.title_last_line]
    marks = [m for a in anchors if a is not None and (m := find_rule_under(a)) is not None]
    if not marks:
        return [unchecked("no rules found")]
    out = [
        fail(
            "a rule typed as underscores or hyphens; a paragraph border or a line shape is exact",
            m.where,
        )
        for m in marks
        if m.kind == "text"
    ]
    return out or [ok(f"{len(marks)} rules drawn as lines")]
