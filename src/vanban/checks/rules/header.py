"""The header — phần đầu văn bản (Phụ lục I, mục II.1–II.5): national name and motto, issuing
body, number and symbol, place and date, type name and summary, and the rules drawn under them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vanban.checks.limits import (
    COPY_CODES,
    MOTTO,
    MOTTO_RULE_RATIO,
    NATIONAL_NAMES,
    OLD_CODES,
    SHORT_RULE_RATIO,
    SIZES_PT,
    SUMMARY_CAPITALS_FROM,
    SYMBOL,
    TYPED_RULE_SLACK,
)
from vanban.checks.model import Severity
from vanban.checks.parts import Located, find_rule_under
from vanban.checks.rules.base import (
    Result,
    _not_bold,
    _not_capitals,
    _size_problems,
    aligned,
    fail,
    not_applicable,
    ok,
    rule,
    unchecked,
)
from vanban.checks.view import Line, RuleMark, key, normal
from vanban.i18n import N_, Message
from vanban.models.kinds import DocumentType


@rule("ND30-NATIONAL-NAME-TEXT", "Phụ lục I, mục II.1.a")
def national_name_text(doc: Located) -> list[Result]:
    """Quốc hiệu (national name): "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", word for word."""
    line = doc.national_name
    if line is None:
        return [unchecked(N_("no national name found"))]
    if key(line.shown) not in NATIONAL_NAMES:
        return [
            fail(
                N_(
                    "'{shown}'; it reads 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'",
                    shown=normal(line.shown),
                ),
                line.where,
            )
        ]
    return [ok(N_("the national name is written in full"), line.where)]


@rule("ND30-NATIONAL-NAME-CAPS", "Phụ lục I, mục II.1.a")
def national_name_caps(doc: Located) -> list[Result]:
    """Quốc hiệu in hoa (national name in capitals)."""
    line = doc.national_name
    if line is None:
        return [unchecked(N_("no national name found"))]
    return _not_capitals([line], N_("the national name")) or [ok(N_("in capitals"), line.where)]


@rule("ND30-NATIONAL-NAME-BOLD", "Phụ lục I, mục II.1.a")
def national_name_bold(doc: Located) -> list[Result]:
    """Quốc hiệu đậm, đứng (national name bold and upright)."""
    line = doc.national_name
    if line is None:
        return [unchecked(N_("no national name found"))]
    out = _not_bold([line], N_("the national name"))
    if any(p.props.italic for p in line.visible):
        out.append(fail(N_("the national name is italic; Decree 30 sets it upright"), line.where))
    return out or [ok(N_("bold and upright"), line.where)]


@rule("ND30-NATIONAL-NAME-SIZE", "Phụ lục I, mục II.1.a")
def national_name_size(doc: Located) -> list[Result]:
    """Cỡ chữ Quốc hiệu (national name size): 12–13 pt."""
    line = doc.national_name
    if line is None:
        return [unchecked(N_("no national name found"))]
    return _size_problems([line], *SIZES_PT["national name"], N_("the national name")) or [
        ok(N_("12–13 pt"), line.where)
    ]


@rule("ND30-MOTTO-TEXT", "Phụ lục I, mục II.1.b")
def motto_text(doc: Located) -> list[Result]:
    """Tiêu ngữ (motto): "Độc lập - Tự do - Hạnh phúc", hyphens with a space on each side."""
    line = doc.motto
    if line is None:
        return [unchecked(N_("no motto found"))]
    text = normal(line.shown)
    if text == MOTTO:
        return [ok(N_("the motto is written as in the decree"), line.where)]
    if any(dash in text for dash in "–—‒−"):
        why = N_("uses a dash where the decree writes a hyphen (-)")
    elif re.search(r"\S-|-\S", text):
        why = N_("needs a space on each side of the hyphens")
    elif text.casefold() == MOTTO.casefold():
        why = N_("capitalises only the first letter of each phrase")
    else:
        why = N_("differs from the decree's wording")
    return [
        fail(
            N_(
                "'{text}' {why}: '{MOTTO}'",
                text=text,
                why=why,
                MOTTO=MOTTO,
            ),
            line.where,
        )
    ]


@rule("ND30-MOTTO-BOLD", "Phụ lục I, mục II.1.b")
def motto_bold(doc: Located) -> list[Result]:
    """Tiêu ngữ đậm, đứng (motto bold and upright)."""
    line = doc.motto
    if line is None:
        return [unchecked(N_("no motto found"))]
    out = _not_bold([line], N_("the motto"))
    if any(p.props.italic for p in line.visible):
        out.append(fail(N_("the motto is italic; Decree 30 sets it upright"), line.where))
    return out or [ok(N_("bold and upright"), line.where)]


@rule("ND30-MOTTO-SIZE", "Phụ lục I, mục II.1.b")
def motto_size(doc: Located) -> list[Result]:
    """Cỡ chữ Tiêu ngữ (motto size): 13–14 pt."""
    line = doc.motto
    if line is None:
        return [unchecked(N_("no motto found"))]
    return _size_problems([line], *SIZES_PT["motto"], N_("the motto")) or [
        ok(N_("13–14 pt"), line.where)
    ]


# The text width is estimated from Times metrics and a rule is drawn by hand in most documents,
# so "as long as the text" is read as within 10 % of it (±6 mm under a 6.3 cm motto), and
# "1/3 to 1/2" as 30–55 %. A rule typed as underscores can only grow a character at a time, so
# it gets 5 points more either way (the official sample forms' motto rule is 112 % of the motto).


def _rule_length(
    anchor: Line,
    widths: Sequence[float],
    ratio: tuple[float, float],
    what: str | Message,
    expected: str | Message,
) -> list[Result]:
    mark: RuleMark | None = find_rule_under(anchor)
    if mark is None:
        if anchor.visible and all(p.props.underline for p in anchor.visible):
            return [
                fail(
                    N_(
                        "{what} is underlined instead of having a rule under it",
                        what=what,
                    ),
                    anchor.where,
                )
            ]
        return [
            fail(
                N_(
                    "no rule (đường kẻ) under {what}",
                    what=what,
                ),
                anchor.where,
            )
        ]
    if mark.length_pt is None:
        return [
            unchecked(
                N_(
                    "the rule under {what} is drawn in a way whose length cannot be read",
                    what=what,
                ),
                mark.where,
            )
        ]
    widths = [w for w in widths if w > 0]
    if not widths:
        return [
            unchecked(
                N_(
                    "the width of {what} could not be measured",
                    what=what,
                ),
                anchor.where,
            )
        ]
    low, high = ratio
    if mark.kind == "text":
        low, high = low - TYPED_RULE_SLACK, high + TYPED_RULE_SLACK
    if any(low <= mark.length_pt / width <= high for width in widths):
        return [
            ok(
                N_(
                    "rule {length_pt:.0f} pt under text {widths:.0f} pt wide",
                    length_pt=mark.length_pt,
                    widths=widths[0],
                ),
                mark.where,
            )
        ]
    share = mark.length_pt / widths[0]
    return [
        fail(
            N_(
                "the rule under {what} is {length_pt:.0f} pt, {share:.0%} of the text "
                "({widths:.0f} pt); Decree 30 asks for {expected}",
                what=what,
                length_pt=mark.length_pt,
                share=share,
                widths=widths[0],
                expected=expected,
            ),
            mark.where,
        )
    ]


@rule("ND30-MOTTO-RULE", "Phụ lục I, mục II.1.b")
def motto_rule(doc: Located) -> list[Result]:
    """Đường kẻ dưới Tiêu ngữ (rule under the motto): solid, as long as the motto."""
    line = doc.motto
    if line is None:
        return [unchecked(N_("no motto found"))]
    return _rule_length(
        line, [line.width_pt()], MOTTO_RULE_RATIO, N_("the motto"), N_("the length of the motto")
    )


# -- issuing body (mục II.2) ----------------------------------------------------------------------


@rule("ND30-ISSUER-CAPS", "Phụ lục I, mục II.2.b")
def issuer_caps(doc: Located) -> list[Result]:
    """Tên cơ quan ban hành in hoa (issuing body and parent body in capitals)."""
    lines = doc.issuing_and_parent
    if not lines:
        return [unchecked(N_("no issuing body found"))]
    return _not_capitals(lines, N_("the body name")) or [ok(N_("in capitals"), lines[0].where)]


@rule("ND30-ISSUER-BOLD", "Phụ lục I, mục II.2.b")
def issuer_bold(doc: Located) -> list[Result]:
    """Tên cơ quan ban hành đậm (issuing body bold and upright)."""
    lines = doc.issuer_lines
    if not lines:
        return [unchecked(N_("no issuing body found"))]
    out = _not_bold(lines, N_("the issuing body"))
    out += [
        fail(N_("the issuing body is italic; Decree 30 sets it upright"), line.where)
        for line in lines
        if any(p.props.italic for p in line.visible)
    ]
    return out or [ok(N_("bold and upright"), lines[0].where)]


@rule("ND30-PARENT-REGULAR", "Phụ lục I, mục II.2.b")
def parent_regular(doc: Located) -> list[Result]:
    """Tên cơ quan chủ quản (parent body): regular, not bold."""
    lines = doc.parent_lines
    if not doc.issuer_lines:
        return [unchecked(N_("no issuing body found"))]
    if not lines:
        return [not_applicable(N_("no parent body above the issuing body"))]
    out = [
        fail(
            N_("the parent body is bold; only the issuing body under it is"),
            line.where,
        )
        for line in lines
        if any(p.props.bold for p in line.visible)
    ]
    return out or [ok(N_("regular"), lines[0].where)]


@rule("ND30-ISSUER-SIZE", "Phụ lục I, mục II.2.b")
def issuer_size(doc: Located) -> list[Result]:
    """Cỡ chữ tên cơ quan (issuing and parent body size): 12–13 pt."""
    lines = doc.issuing_and_parent
    if not lines:
        return [unchecked(N_("no issuing body found"))]
    return _size_problems(lines, *SIZES_PT["issuer"], N_("the body name")) or [
        ok(N_("12–13 pt"), lines[0].where)
    ]


@rule("ND30-ISSUER-RULE", "Phụ lục I, mục II.2.b")
def issuer_rule(doc: Located) -> list[Result]:
    """Đường kẻ dưới tên cơ quan (rule under the issuing body): 1/3 to 1/2 of the text."""
    lines = doc.issuer_lines
    if not lines:
        return [unchecked(N_("no issuing body found"))]
    # "1/3 to 1/2 of the line of text" does not say which line of a name set on two lines; the
    # widest line and the line right above the rule are both accepted.
    widths = [max(line.width_pt() for line in lines), lines[-1].width_pt()]
    return _rule_length(
        lines[-1], widths, SHORT_RULE_RATIO, N_("the issuing body"), N_("1/3 to 1/2 of the text")
    )


# -- number and symbol (mục II.3) -----------------------------------------------------------------

#: "Số: 05/KH-UBND"; a draft leaves the number blank ("Số:      /KH-UBND") or dotted.
_NUMBER_LINE = re.compile(rf"^Số: ?(?P<number>\d+|[.…]+)?/(?P<symbol>{SYMBOL})$")
_NUMBER_LOOSE = re.compile(r"^Số\s*:?\s*(?P<number>\d*)\s*/?\s*(?P<symbol>.*)$")
#: Codes of Circular 01/2011/TT-BNV that Decree 30 replaced, with their replacements.
#: Codes of copies (Phụ lục III): bản sao y, trích sao, sao lục.


def _no_number(doc: Located) -> Result:
    if doc.document_type is DocumentType.MINUTES:
        return not_applicable(N_("minutes without a number ('Số:' is optional for them)"))
    return unchecked(N_("no 'Số:' line found"))


@rule("ND30-NUMBER-FORM", "Phụ lục I, mục II.3.c")
def number_form(doc: Located) -> list[Result]:
    """Số, ký hiệu (number and symbol): "Số: 05/KH-UBND" — colon, slash, hyphens, no spaces."""
    line = doc.number
    if line is None:
        return [_no_number(doc)]
    text = normal(line.text)
    if _NUMBER_LINE.match(text):
        return [ok(N_("number, slash and symbol as in 'Số: 05/KH-UBND'"), line.where)]
    if not re.match(r"^Số\s*:", text):
        why = N_("no colon after 'Số'")
    elif "/" not in text:
        why = N_("no slash between the number and the symbol")
    elif re.search(r"\s", text.split(":", 1)[1].strip()):
        why = N_("spaces inside the number and symbol")
    else:
        why = N_("the symbol is not capital abbreviations joined by hyphens")
    return [
        fail(
            N_(
                "{why}; expected the form 'Số: 05/KH-UBND'",
                why=why,
            ),
            line.where,
        )
    ]


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
        return [not_applicable(N_("draft: the number is left blank for the clerk"))]
    if int(number) < 10 and len(number) < 2:
        return [
            fail(
                N_(
                    "number {number} needs a leading zero: '0{number}'",
                    number=number,
                ),
                line.where,
            )
        ]
    return [
        ok(
            N_(
                "number {number}",
                number=number,
            ),
            line.where,
        )
    ]


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
        return [
            unchecked(
                N_(
                    "no symbol after the number in '{text}'",
                    text=text,
                ),
                line.where,
            )
        ]
    if "CV" in groups:
        return [
            fail(
                N_(
                    "'CV' is not a type code: a công văn's symbol is the body and the unit, "
                    "e.g. 'Số: 15/UBND-TP'",
                ),
                line.where,
            )
        ]
    first = groups[0]
    if first in OLD_CODES:
        return [
            fail(
                N_(
                    "'{first}' is a code of Circular 01/2011; Decree 30 uses '{OLD_CODES}'",
                    first=first,
                    OLD_CODES=OLD_CODES[first],
                ),
                line.where,
            )
        ]
    codes = DocumentType.codes()
    kind = doc.document_type
    if kind is not None:
        if first != kind.code:
            return [
                fail(
                    N_(
                        "the type name is {heading} but the symbol starts with '{first}'; "
                        "expected '{code}'",
                        heading=kind.heading,
                        first=first,
                        code=kind.code,
                    ),
                    line.where,
                )
            ]
        return [
            ok(
                N_(
                    "'{first}' is the code of {term}",
                    first=first,
                    term=kind.term,
                ),
                line.where,
            )
        ]
    if doc.subject is not None:
        if first in codes:
            return [
                fail(
                    N_(
                        "a công văn (V/v …) has no type code, but the symbol starts with '{first}'",
                        first=first,
                    ),
                    line.where,
                )
            ]
        return [ok(N_("công văn: the symbol names the body and the unit"), line.where)]
    if first in codes or first in COPY_CODES:
        return [
            ok(
                N_(
                    "'{first}' is a current type code",
                    first=first,
                ),
                line.where,
            )
        ]
    return [unchecked(N_("no type name or V/v summary to compare the symbol with"), line.where)]


# -- place and date (mục II.4) --------------------------------------------------------------------

_DATE_LINE = re.compile(
    r"^(?P<place>[^,]*?)\s*(?P<comma>,?)\s*ngày\s*(?P<day>\d+|[.…]*)\s*tháng\s*(?P<month>\d+|[.…]*)"
    r"\s*năm\s*(?P<year>\d{4}|[.…]*)\s*$"
)
_NUMERIC_DATE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}")


def _date_missing(doc: Located) -> list[Result]:
    if doc.document_type is DocumentType.MINUTES:
        # The minutes form (Mẫu 1.9) has no date line: the times are in the body.
        return [not_applicable(N_("minutes carry their times in the body, not a date line"))]
    return [unchecked(N_("no place and date line found"))]


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
            why = N_("the date is written in figures; write 'ngày 05 tháng 3 năm 2020'")
        else:
            why = N_("expected '<Place>, ngày DD tháng M năm YYYY'")
        return [
            fail(
                N_(
                    "'{text}': {why}",
                    text=text,
                    why=why,
                ),
                line.where,
            )
        ]
    place = match.group("place")
    if not place:
        return [
            fail(
                N_(
                    "'{text}': no place before the date",
                    text=text,
                ),
                line.where,
            )
        ]
    if not match.group("comma"):
        return [
            fail(
                N_(
                    "'{text}': no comma after the place",
                    text=text,
                ),
                line.where,
            )
        ]
    if not place[0].isupper():
        return [
            fail(
                N_(
                    "'{text}': the place name starts with a small letter",
                    text=text,
                ),
                line.where,
            )
        ]
    return [ok(N_("place, comma and the date in words"), line.where)]


@rule("ND30-DATE-PADDING", "Phụ lục I, mục II.4.b")
def date_padding(doc: Located) -> list[Result]:
    """Ngày dưới 10 và tháng 1, 2 ghi thêm số 0 (days 01–09, months 01–02, then 3–12)."""
    line = doc.date
    if line is None:
        return _date_missing(doc)
    match = _DATE_LINE.match(normal(line.text))
    if match is None:
        return [unchecked(N_("the date line could not be read"), line.where)]
    day, month = match.group("day"), match.group("month")
    out = []
    if day.isdigit():
        value = int(day)
        if len(day) != 2:
            out.append(
                fail(
                    N_(
                        "day '{day}' is written '{value:02d}'",
                        day=day,
                        value=value,
                    ),
                    line.where,
                )
            )
    if month.isdigit():
        value = int(month)
        expected = f"{value:02d}" if value <= 2 else str(value)
        if month != expected:
            reason = "takes a leading zero" if value <= 2 else "takes no leading zero"
            out.append(
                fail(
                    N_(
                        "month '{month}' {reason}: '{expected}'",
                        month=month,
                        reason=reason,
                        expected=expected,
                    ),
                    line.where,
                )
            )
    if not day.isdigit() and not month.isdigit():
        return [not_applicable(N_("draft: day and month are left blank for the clerk"))]
    return out or [ok(N_("day and month padded as Decree 30 says"), line.where)]


@rule("ND30-DATE-ITALIC", "Phụ lục I, mục II.4.c")
def date_italic(doc: Located) -> list[Result]:
    """Địa danh và thời gian in nghiêng (place and date in italics)."""
    line = doc.date
    if line is None:
        return _date_missing(doc)
    if all(p.props.italic for p in line.visible):
        return [ok(N_("italic"), line.where)]
    return [fail(N_("the place and date are not italic"), line.where)]


# -- type name and summary (mục II.5) ------------------------------------------------------------


def _title_missing(doc: Located) -> list[Result]:
    if doc.subject is not None:
        return [not_applicable(N_("công văn: no type name, a V/v summary under the number"))]
    return [unchecked(N_("no type name found"))]


def _title_lines(doc: Located) -> list[Line]:
    paragraphs = ([doc.type_name] if doc.type_name else []) + doc.summary
    return [line for p in paragraphs for line in p.lines]


@rule("ND30-TITLE-CAPS", "Phụ lục I, mục II.5.b")
def title_caps(doc: Located) -> list[Result]:
    """Tên loại văn bản in hoa (type name in capitals)."""
    if doc.type_name is None:
        return _title_missing(doc)
    lines = doc.type_name.lines
    return _not_capitals(lines, N_("the type name")) or [ok(N_("in capitals"), doc.type_name.where)]


@rule("ND30-TITLE-BOLD", "Phụ lục I, mục II.5.b")
def title_bold(doc: Located) -> list[Result]:
    """Tên loại và trích yếu đậm (type name and summary bold)."""
    if doc.type_name is None:
        return _title_missing(doc)
    return _not_bold(_title_lines(doc), N_("the type name or summary")) or [
        ok(N_("bold"), doc.type_name.where)
    ]


@rule("ND30-TITLE-CENTRED", "Phụ lục I, mục II.5.b")
def title_centred(doc: Located) -> list[Result]:
    """Tên loại và trích yếu canh giữa (type name and summary centred)."""
    if doc.type_name is None:
        return _title_missing(doc)
    out = [
        fail(
            N_(
                "aligned {align}, not centred",
                align=aligned(p.props.align),
            ),
            p.where,
        )
        for p in [doc.type_name, *doc.summary]
        if not p.props.centred
    ]
    return out or [ok(N_("centred"), doc.type_name.where)]


@rule("ND30-TITLE-SIZE", "Phụ lục I, mục II.5.b")
def title_size(doc: Located) -> list[Result]:
    """Cỡ chữ tên loại và trích yếu (type name and summary size): 13–14 pt."""
    if doc.type_name is None:
        return _title_missing(doc)
    return _size_problems(
        _title_lines(doc), *SIZES_PT["title"], N_("the type name or summary")
    ) or [ok(N_("13–14 pt"), doc.type_name.where)]


@rule("ND30-SUMMARY-CASE", "Phụ lục I, mục II.5.b")
def summary_case(doc: Located) -> list[Result]:
    """Trích yếu in thường (summary in lowercase): not set all in capitals."""
    if doc.type_name is None:
        return _title_missing(doc)
    if not doc.summary:
        return [not_applicable(N_("the document has no summary under its type name"))]
    out = []
    for line in (line for p in doc.summary for line in p.lines):
        letters = [c for c in normal(line.shown) if c.isalpha()]
        # A few letters all in capitals are an abbreviation ("UBND"), not a summary in capitals.
        if len(letters) >= SUMMARY_CAPITALS_FROM and all(c.isupper() for c in letters):
            out.append(
                fail(
                    N_(
                        "the summary is in capitals: '{shown}'",
                        shown=normal(line.shown),
                    ),
                    line.where,
                )
            )
    return out or [ok(N_("in lowercase"), doc.summary[0].where)]


@rule("ND30-SUMMARY-RULE", "Phụ lục I, mục II.5.b")
def summary_rule(doc: Located) -> list[Result]:
    """Đường kẻ dưới trích yếu (rule under the summary): 1/3 to 1/2 of the text."""
    anchor = doc.title_last_line
    if anchor is None:
        return _title_missing(doc)
    lines = [line for p in doc.summary for line in p.lines] or [anchor]
    widths = [max(line.width_pt() for line in lines), anchor.width_pt()]
    what = "the summary" if doc.summary else "the type name"
    return _rule_length(anchor, widths, SHORT_RULE_RATIO, what, N_("1/3 to 1/2 of the text"))


def _no_subject(doc: Located) -> list[Result]:
    return [not_applicable(N_("not a công văn: no V/v summary under the number"))]


@rule("ND30-SUBJECT-PLACE", "Phụ lục I, mục II.5.b; Phụ lục III, Mẫu 1.5")
def subject_place(doc: Located) -> list[Result]:
    """Trích yếu công văn dưới số, ký hiệu (a công văn's V/v summary under its number)."""
    if doc.subject is None:
        return _no_subject(doc)
    if doc.number is None:
        return [unchecked(N_("no number to place the V/v summary under"), doc.subject.where)]
    subject, number = doc.subject.paragraph, doc.number.paragraph
    below = subject.container is number.container and subject.index > number.index
    if not below:
        return [
            fail(
                N_("the V/v summary is not under 'Số:' in the left column of the header"),
                doc.subject.where,
            )
        ]
    # In a header table it is centred in the left column; a header laid out with tabs has
    # "Số:" and "V/v" at the left margin, one under the other.
    if subject.container.kind == "cell" and not subject.props.centred:
        return [
            fail(
                N_(
                    "aligned {align}, not centred under 'Số:'",
                    align=aligned(subject.props.align),
                ),
                doc.subject.where,
            )
        ]
    return [ok(N_("under 'Số:' in its column"), doc.subject.where)]


@rule("ND30-SUBJECT-STYLE", "Phụ lục I, mục II.5.b")
def subject_style(doc: Located) -> list[Result]:
    """Trích yếu công văn chữ đứng, cỡ 12–13 (a công văn's summary: upright, regular, 12–13 pt)."""
    if doc.subject is None:
        return _no_subject(doc)
    lines = [line for line in doc.subject.paragraph.lines if line.text.strip()]
    out = _size_problems(lines, *SIZES_PT["subject"], N_("the V/v summary"))
    out += [
        fail(
            N_(
                "the V/v summary is {what}; Decree 30 sets it regular and upright",
                what=what,
            ),
            line.where,
        )
        for line in lines
        for what, on in (
            ("bold", all(p.props.bold for p in line.visible)),
            ("italic", any(p.props.italic for p in line.visible)),
        )
        if on
    ]
    return out or [ok(N_("12–13 pt, regular, upright"), doc.subject.where)]


# -- body (mục II.6.e) ----------------------------------------------------------------------------


@rule("ND30-RULE-DRAWN", "Phụ lục I, mục II.1.b, II.2.b, II.5.b", Severity.WARNING)
def rule_drawn(doc: Located) -> list[Result]:
    """Đường kẻ nét liền (solid rules): drawn as a line, not typed as underscores."""
    anchors = [doc.motto, doc.issuer_lines[-1] if doc.issuer_lines else None, doc.title_last_line]
    marks = [m for a in anchors if a is not None and (m := find_rule_under(a)) is not None]
    if not marks:
        return [unchecked(N_("no rules found"))]
    out = [
        fail(
            N_(
                "a rule typed as underscores or hyphens; a paragraph border or a line "
                "shape is exact",
            ),
            m.where,
        )
        for m in marks
        if m.kind == "text"
    ]
    return out or [
        ok(
            N_(
                "{marks} rules drawn as lines",
                marks=len(marks),
            )
        )
    ]
