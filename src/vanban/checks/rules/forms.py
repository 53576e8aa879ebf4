"""What a sample form of Phụ lục III adds to the frame — thành phần riêng của từng mẫu.

Each rule concerns the documents of one type and does not apply to the others.
"""

from __future__ import annotations

import datetime as dt
import re

from vanban import nd30
from vanban.checks.parts import Located
from vanban.checks.rules.base import Result, fail, not_applicable, ok, rule
from vanban.checks.view import Container, Line, Paragraph, Table, key, normal
from vanban.formatting.dates import WEEKDAYS
from vanban.i18n import N_, Message
from vanban.models.kinds import DocumentType

#: The labelled fields of Mẫu 1.7 an invitation cannot do without.
INVITATION_FIELDS = ("Thời gian", "Địa điểm")

_DATED_WEEKDAY = re.compile(
    "(" + "|".join(WEEKDAYS) + r"),?\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
    re.IGNORECASE,
)


def _labelled(doc: Located, label: str) -> Paragraph | None:
    start = key(f"{label}:")
    return next((p for p in doc.body if key(p.text).startswith(start)), None)


@rule("ND30-INVITATION-FIELDS", "Phụ lục III, Mẫu 1.7")
def invitation_fields(doc: Located) -> list[Result]:
    """Giấy mời: Thời gian, Địa điểm (an invitation's time and place, its weekday right)."""
    if doc.document_type is not DocumentType.INVITATION:
        return [not_applicable(N_("not an invitation (giấy mời)"))]
    out: list[Result] = []
    found = {label: _labelled(doc, label) for label in INVITATION_FIELDS}
    for label, paragraph in found.items():
        if paragraph is None:
            out.append(
                fail(
                    N_(
                        "no '{label}:' line (Mẫu 1.7)",
                        label=label,
                    ),
                    doc.type_name.where if doc.type_name else "",
                )
            )
    time = found["Thời gian"]
    if time is not None:
        match = _DATED_WEEKDAY.search(normal(time.text))
        if match is not None:
            weekday, day, month, year = match.groups()
            try:
                real = WEEKDAYS[dt.date(int(year), int(month), int(day)).weekday()]
            except ValueError:
                out.append(
                    fail(
                        N_(
                            "no such day: {day}/{month}/{year}",
                            day=day,
                            month=month,
                            year=year,
                        ),
                        time.where,
                    )
                )
            else:
                if real.casefold() != weekday.casefold():
                    out.append(
                        fail(
                            N_(
                                "{day}/{month}/{year} is a {real}, not a {weekday}",
                                day=day,
                                month=month,
                                year=year,
                                real=real,
                                weekday=weekday,
                            ),
                            time.where,
                        )
                    )
    return out or [
        ok(
            N_("Thời gian and Địa điểm given; the weekday matches the date"),
            time.where if time else "",
        )
    ]


# -- Công điện (Mẫu 1.6) and the urgency stamp (ô 10b) ----------------------------------------

#: Mức độ khẩn (mục III.2.b): the stamps and their widths in mm; both spellings of "hỏa".
_STAMP_WIDTHS_MM = {
    key(mark): width for mark, width in {**nd30.URGENCY_WIDTHS_MM, "HOẢ TỐC": 30}.items()
}
_MM_PER_PT = 25.4 / 72
#: A stamp's text: 13–14 pt (mục III.2.b).
_STAMP_SIZE = (13.0, 14.0)


def _stamp_lines(doc: Located) -> list[Line]:
    blocks = doc.header_blocks or doc.blocks[:12]
    lines = (
        line
        for block in blocks
        for line in (block.lines() if isinstance(block, Table) else block.lines)
    )
    return [line for line in lines if key(line.text) in _STAMP_WIDTHS_MM]


def _red(color: str | None) -> bool:
    # Bright red stamp ink: a red channel well above the other two.
    if color is None or len(color) != 6:
        return False
    try:
        r, g, b = (int(color[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return False
    return r >= 0xC0 and g <= 0x60 and b <= 0x60


def _frame_height_mm(paragraph: Paragraph, size: float) -> float:
    props = paragraph.props
    line_pt = (
        props.line / 20
        if props.line is not None and props.line_rule == "exact"
        else size * nd30.SINGLE_LINE_RATIO
    )
    space = props.frame[1] if props.frame else 0.0
    return (line_pt + space) * _MM_PER_PT


@rule("ND30-URGENCY-MARK", "Phụ lục I, mục III.2.b")
def urgency_mark(doc: Located) -> list[Result]:
    """Dấu chỉ mức độ khẩn (urgency stamp): bold capitals, 13–14 pt, red, in its frame."""
    lines = _stamp_lines(doc)
    if not lines:
        return [not_applicable(N_("no urgency mark (KHẨN, THƯỢNG KHẨN, HỎA TỐC) in the header"))]
    out: list[Result] = []
    for line in lines:
        paragraph, pieces = line.paragraph, line.visible
        mark = normal(line.shown)
        wanted = _STAMP_WIDTHS_MM[key(line.text)]
        problems: list[Message] = []
        if mark != mark.upper():
            problems.append(N_("not in capitals"))
        if not all(p.props.bold for p in pieces):
            problems.append(N_("not bold"))
        sizes = {p.props.size_pt for p in pieces}
        if not all(_STAMP_SIZE[0] <= s <= _STAMP_SIZE[1] for s in sizes):
            shown = ", ".join(f"{s:g}" for s in sorted(sizes))
            problems.append(N_("at {sizes} pt, not 13–14 pt", sizes=shown))
        if not all(_red(p.props.color) for p in pieces):
            problems.append(N_("not red"))
        frame = paragraph.props.frame
        if frame is None:
            problems.append(N_("not in a frame"))
        else:
            if not _red(frame[0]):
                problems.append(N_("its frame is not red"))
            width = paragraph.width_pt
            tolerance = nd30.URGENCY_FRAME_TOLERANCE_MM
            if width is not None and abs(width * _MM_PER_PT - wanted) > tolerance:
                problems.append(
                    N_(
                        "its frame is {width} mm wide, not {wanted} mm",
                        width=round(width * _MM_PER_PT),
                        wanted=wanted,
                    )
                )
            height = _frame_height_mm(paragraph, max(sizes, default=13.0))
            if abs(height - nd30.URGENCY_FRAME_HEIGHT_MM) > tolerance:
                problems.append(
                    N_(
                        "its frame is {height} mm high, not {wanted} mm",
                        height=round(height),
                        wanted=nd30.URGENCY_FRAME_HEIGHT_MM,
                    )
                )
        if doc.number is not None and line.column != doc.number.column:
            problems.append(N_("not in the column of the number (ô 10b: under 'Số')"))
        # One finding per problem: each is put into words in the report's language.
        for problem in problems:
            message = N_(
                "the urgency mark '{mark}' is {problem} ({width} × {height} mm, red)",
                mark=mark,
                problem=problem,
                width=wanted,
                height=nd30.URGENCY_FRAME_HEIGHT_MM,
            )
            out.append(fail(message, line.where))
    return out or [
        ok(N_("'{mark}' bold, red, in its frame", mark=normal(lines[0].shown)), lines[0].where)
    ]


#: The word closing a telegram's sender line (Mẫu 1.6): "… điện:".
_SENT_WORD = "điện:"


@rule("ND30-TELEGRAM-SENDER", "Phụ lục III, Mẫu 1.6")
def telegram_sender(doc: Located) -> list[Result]:
    """Công điện: "<SENDER> điện:" centred, the sender bold in capitals, then the addressees."""
    if doc.document_type is not DocumentType.TELEGRAM:
        return [not_applicable(N_("not a telegram (công điện)"))]
    sender = doc.sender
    where = doc.type_name.where if doc.type_name else ""
    if sender is None:
        return [fail(N_("no '<SENDER> điện:' line under the summary (Mẫu 1.6)"), where)]
    out: list[Result] = []
    name = normal(sender.text).removesuffix(_SENT_WORD).strip()
    if name != name.upper():
        out.append(fail(N_("the sender '{name}' is not in capitals", name=name), sender.where))
    pieces = [p for line in sender.lines for p in line.visible if p.shown.strip()]
    named = [p for p in pieces if _SENT_WORD not in p.shown]
    if named and not all(p.props.bold for p in named):
        out.append(fail(N_("the sender is not bold"), sender.where))
    if not sender.props.centred:
        message = N_("aligned {align}; the line is centred", align=sender.props.align)
        out.append(fail(message, sender.where))
    addressees = [p for p in doc.addressees if p is not sender]
    if not addressees:
        out.append(fail(N_("no addressees ('- …;') under the sender line"), sender.where))
    for index, paragraph in enumerate(addressees):
        text = normal(paragraph.text).strip()
        end = "." if index == len(addressees) - 1 else ";"
        if not text.endswith(end):
            message = N_("an addressee line ends without '{end}'", end=end)
            out.append(fail(message, paragraph.where))
    return out or [
        ok(
            N_("'{word}' line and {count} addressees", word=_SENT_WORD, count=len(addressees)),
            sender.where,
        )
    ]


# -- Giấy nghỉ phép (Mẫu 1.10) ----------------------------------------------------------------

_CERTIFICATION_START = "xác nhận của"
_SIGN_HINT = ("(chữ ký", "(ký")


@rule("ND30-LEAVE-CERTIFICATION", "Phụ lục III, Mẫu 1.10")
def leave_certification(doc: Located) -> list[Result]:
    """Giấy nghỉ phép: the certification box at the bottom left, italic, with "(Chữ ký, dấu)"."""
    if doc.document_type is not DocumentType.LEAVE:
        return [not_applicable(N_("not a leave certificate (giấy nghỉ phép)"))]
    paragraphs = [
        p
        for block in doc.closing_blocks
        for p in (block.paragraphs() if isinstance(block, Table) else [block])
    ]
    box = next((p for p in paragraphs if key(p.text).startswith(_CERTIFICATION_START)), None)
    if box is None:
        return [not_applicable(N_("no certification box (Mẫu 1.10 prints it when needed)"))]
    out: list[Result] = []
    if any(line.column == "right" for line in box.lines):
        message = N_("the certification box is on the right; Mẫu 1.10 sets it left")
        out.append(fail(message, box.where))
    pieces = [p for line in box.lines for p in line.visible]
    if not all(p.props.italic for p in pieces):
        out.append(fail(N_("the certification line is not italic"), box.where))
    signers = [line.paragraph for line in doc.signers]
    if signers and paragraphs.index(box) < max(
        (paragraphs.index(s) for s in signers if s in paragraphs), default=-1
    ):
        out.append(fail(N_("the certification box stands above the signer's name"), box.where))
    after = paragraphs[paragraphs.index(box) + 1 :]
    if not any(key(p.text).startswith(_SIGN_HINT) for p in after[:3]):
        out.append(fail(N_("no '(Chữ ký, dấu)' line under the certification"), box.where))
    return out or [ok(N_("the certification box at the bottom left"), box.where)]


# -- The address line (ô 13) ------------------------------------------------------------------

#: Ô 13: 11–12 pt (mục III.4).
_ADDRESS_SIZE = (11.0, 12.0)
#: A rule "spanning the text width": at most this many points of indent either side.
_FULL_WIDTH_SLACK_PT = 6.0


#: Words that tell an address line from other footer text (ô 13's sample: "Số …, ĐT: …, Fax:
#: …, E-Mail: …, Website: …").
_ADDRESS_WORDS = re.compile(r"\b(ĐT|Điện thoại|Fax|E-?mail|Website|Địa chỉ)\b", re.IGNORECASE)


def _footer_text(container: Container | None) -> list[Paragraph]:
    if container is None:
        return []
    return [p for p in container.paragraphs if _ADDRESS_WORDS.search(normal(p.text))]


@rule("ND30-ADDRESS-LINE", "Phụ lục I, mục III.4")
def address_line(doc: Located) -> list[Result]:
    """Địa chỉ cơ quan, tổ chức (ô 13): page 1 only, 11–12 pt, under a full-width rule."""
    first = doc.sections[0] if doc.sections else None
    lines = _footer_text(first.footers.get("first")) if first and first.title_page else []
    elsewhere = [
        (section, kind, paragraph)
        for section in doc.sections
        for kind in ("default", "even", "first")
        if not (section is first and kind == "first")
        and not (kind == "first" and not section.title_page)
        for paragraph in _footer_text(section.footers.get(kind))
    ]
    if not lines and not elsewhere:
        return [
            not_applicable(N_("no address line (ĐT, E-mail, Website …) in a page footer (ô 13)"))
        ]
    out: list[Result] = []
    seen: set[str] = set()
    for _, kind, paragraph in elsewhere:
        if paragraph.text not in seen:
            seen.add(paragraph.text)
            message = (
                N_(
                    "the address line stands on the first page of a later section; "
                    "ô 13 is page 1 only"
                )
                if kind == "first"
                else N_("the address line stands on every page; ô 13 is page 1 only")
            )
            out.append(fail(message, paragraph.where))
    for paragraph in lines:
        sizes = {p.props.size_pt for line in paragraph.lines for p in line.visible}
        if not all(_ADDRESS_SIZE[0] <= s <= _ADDRESS_SIZE[1] for s in sizes):
            shown = ", ".join(f"{s:g}" for s in sorted(sizes))
            message = N_("the address line is at {sizes} pt, not 11–12 pt", sizes=shown)
            out.append(fail(message, paragraph.where))
    top = lines[0] if lines else None
    if top is not None:
        props = top.props
        full = props.left <= _FULL_WIDTH_SLACK_PT * 20 and props.right <= _FULL_WIDTH_SLACK_PT * 20
        if not props.border_top or not full:
            out.append(fail(N_("no full-width solid rule above the address line"), top.where))
    return out or [
        ok(N_("the address line on page 1 only, under its rule"), top.where if top else "")
    ]


# -- Giấy ủy quyền (GUQ) ------------------------------------------------------------------------

_GRANTOR = "bên ủy quyền"
_GRANTEE = "bên được ủy quyền"


def _closing_paragraphs(doc: Located) -> list[Paragraph]:
    return [
        p
        for block in doc.closing_blocks
        for p in (block.paragraphs() if isinstance(block, Table) else [block])
    ]


@rule("ND30-POWER-OF-ATTORNEY", "Phụ lục III, mục I (GUQ); common practice")
def power_of_attorney(doc: Located) -> list[Result]:
    """Giấy ủy quyền: the two parties in the body, both signing, the grantor on the right.

    Decree 30 gives the type and its code only; the two parties and their signatures side by
    side (Bên được ủy quyền left, Bên ủy quyền right, where the issuer signs) are how offices
    write it. Not applicable to any other type.
    """
    if doc.document_type is not DocumentType.POWER_OF_ATTORNEY:
        return [not_applicable(N_("not a power of attorney (giấy ủy quyền)"))]
    out: list[Result] = []
    texts = [key(p.text) for p in doc.body]
    where = doc.type_name.where if doc.type_name else ""
    for label, message in (
        (_GRANTOR, N_("the body does not name the grantor ('Bên ủy quyền:')")),
        (_GRANTEE, N_("the body does not name the grantee ('Bên được ủy quyền:')")),
    ):
        if not any(t.startswith(f"{label}:") for t in texts):  # the label, not a sentence
            out.append(fail(message, where))
    signing = {key(p.text): p for p in _closing_paragraphs(doc)}
    for label, column, message in (
        (_GRANTOR, "right", N_("'BÊN ỦY QUYỀN' does not sign on the right")),
        (_GRANTEE, "left", N_("'BÊN ĐƯỢC ỦY QUYỀN' does not sign on the left")),
    ):
        paragraph = signing.get(label)
        if paragraph is None:
            missing = N_("no signature of '{party}'", party=label.upper())
            out.append(fail(missing, where))
        elif any(line.column != column for line in paragraph.lines):
            out.append(fail(message, paragraph.where))
    return out or [ok(N_("both parties named, and signing side by side"), where)]
