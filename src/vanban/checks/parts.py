"""Finding the parts of a document — các thành phần thể thức (Điều 8; Phụ lục I, mục IV).

Finds, in the laid-out view of any .docx (ours or foreign), the national name and motto, the
issuing body, the "Số:" line, the place and date, the type name and summary, the body, the
signature and the "Nơi nhận" list. The header and the closing block are found whether they are
laid out in a borderless table (the usual way) or as plain paragraphs, with tabs separating the
left and right columns. Every piece remembers where it is, for the findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from vanban.checks.limits import SIGNING_WORDS
from vanban.checks.props import StyleResolver
from vanban.checks.reading import read_body
from vanban.checks.view import (
    Block,
    Line,
    Paragraph,
    RuleMark,
    Section,
    Table,
    is_rule_text,
    key,
    normal,
)
from vanban.i18n import N_
from vanban.models.kinds import DocumentType
from vanban.ooxml.ns import Element

__all__ = [
    "PREFIX",
    "TYPE_HEADINGS",
    "Located",
    "find_rule_under",
    "locate",
]

#: The type names of Phụ lục III, compared case-insensitively: "kế hoạch" → PLAN.
TYPE_HEADINGS = {t.heading.casefold(): t for t in DocumentType}

_NUMBER_START = re.compile(r"^số\b", re.IGNORECASE)
# A whole line that is a place and date, not a sentence that mentions one.
_DATE_WORDS = re.compile(
    r"^[^,;:]{0,60}?,?\s*ngày\b[^;:]{0,20}\btháng\b[^;:]{0,12}\bnăm\b[\s\d.…]*$", re.IGNORECASE
)
_DATE_NUMERIC = re.compile(r"^[^,;:]{1,60},\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*$")
#: An authority prefix at the start of a signature line, in the state form (TM.) or not (T/M, TM).
PREFIX = re.compile(
    r"^(?P<prefix>T\s?/\s?M|K\s?/\s?T|T\s?/\s?L|TUQ|TM|KT|TL|Q)(?P<dot>\.?)\s+(?=\S)"
)

# Words that start the name of a body. In a header such as "ỦY BAN NHÂN DÂN TỈNH X / SỞ TƯ PHÁP"
# a line starting with one of them begins a new name (the issuing body under its parent); a line
# such as "XÃ ĐOÀN KẾT" continues the name above it.
_BODY_STARTS = (
    "ỦY BAN", "UỶ BAN", "UBND", "HĐND", "HỘI ĐỒNG", "BỘ ", "SỞ ", "CỤC ", "TỔNG CỤC", "CHI CỤC",
    "VỤ ", "VIỆN ", "BAN ", "VĂN PHÒNG", "PHÒNG ", "TRUNG TÂM", "TRƯỜNG ", "BỆNH VIỆN",
    "CÔNG AN", "THANH TRA", "KHO BẠC", "TÒA ÁN", "TOÀ ÁN", "ĐẢNG ", "ĐOÀN ", "MẶT TRẬN",
    "HỘI ", "TỔNG CÔNG TY", "CÔNG TY", "CHI NHÁNH", "ĐẠI HỌC", "HỌC VIỆN", "TẬP ĐOÀN",
    "TỔ ", "BỘ CHỈ HUY", "ĐÀI ", "BÁO ",
)  # fmt: skip


@dataclass(eq=False)
class Located:
    """Everything found in one document."""

    sections: list[Section]
    blocks: list[Block]
    paragraphs: list[Paragraph]
    """Every paragraph: body, tables, text boxes, page headers and footers."""
    resolver: StyleResolver
    header_blocks: list[Block] = field(default_factory=list)
    national_name: Line | None = None
    motto: Line | None = None
    parent_lines: list[Line] = field(default_factory=list)
    issuer_lines: list[Line] = field(default_factory=list)
    number: Line | None = None
    date: Line | None = None
    subject: Line | None = None
    """The "V/v …" summary of a công văn (ô 5b)."""
    type_name: Paragraph | None = None
    document_type: DocumentType | None = None
    summary: list[Paragraph] = field(default_factory=list)
    body: list[Paragraph] = field(default_factory=list)
    addressees: list[Paragraph] = field(default_factory=list)
    """The "Kính gửi:" lines at the top of the body (ô 9a), or a telegram's "… điện:" line and
    the addressees under it (Mẫu 1.6)."""
    sender: Paragraph | None = None
    """A telegram's "<SENDER> điện:" line (Mẫu 1.6)."""
    table_notes: list[Paragraph] = field(default_factory=list)
    """Titles, units and notes set around tables in the body: not running text."""
    closing_blocks: list[Block] = field(default_factory=list)
    recipients_label: Line | None = None
    recipient_items: list[Line] = field(default_factory=list)
    signature_titles: list[Line] = field(default_factory=list)
    signers: list[Line] = field(default_factory=list)
    """The signers' names, one per signature (minutes have two: the secretary and the chair)."""
    signature_paragraphs: list[Paragraph] = field(default_factory=list)
    """Paragraphs of the signature block, whose blank lines leave room to sign."""

    @property
    def issuing_and_parent(self) -> list[Line]:
        return self.parent_lines + self.issuer_lines

    @property
    def title_last_line(self) -> Line | None:
        """The line the rule under the title hangs from: the summary's last, or the type name."""
        for paragraph in reversed(self.summary or ([self.type_name] if self.type_name else [])):
            if paragraph.lines:
                return paragraph.lines[-1]
        return None


# -- the parts ------------------------------------------------------------------------------------


def _looks_national(line: Line) -> bool:
    k = key(line.text)
    return k.startswith(("cộng hòa", "cộng hoà")) or "chủ nghĩa việt nam" in k


def _looks_motto(line: Line) -> bool:
    return key(line.text).startswith("độc lập")


def _looks_number(line: Line) -> bool:
    text = normal(line.text)
    return bool(_NUMBER_START.match(text)) and ("/" in text or ":" in text)


def _looks_date(line: Line) -> bool:
    text = normal(line.text)
    return bool(_DATE_WORDS.search(text) or _DATE_NUMERIC.search(text))


def _block_lines(block: Block) -> Iterator[Line]:
    if isinstance(block, Paragraph):
        yield from block.lines
    else:
        yield from block.lines()


def _is_signature_start(line: Line) -> bool:
    text = normal(line.shown)
    match = PREFIX.match(text)
    if match is None:
        return False
    rest = text[match.end() :]
    return rest == rest.upper() and any(c.isalpha() for c in rest)


def _is_label(line: Line) -> bool:
    return key(line.text).startswith("nơi nhận")


def find_rule_under(line: Line) -> RuleMark | None:
    """The short rule right under a line of text, in the same cell or column, if there is one."""
    mark = _rule_nearby(line)
    if mark is None and line.paragraph.container.kind == "cell":
        # Word anchors a drawn line to whichever paragraph of the cell held the cursor, so any
        # flat shape in the cell is taken for the rule.
        for other in line.paragraph.container.paragraphs:
            if other.shapes:
                return RuleMark("shape", other.shapes[0], other.where)
    return mark


def _rule_nearby(line: Line) -> RuleMark | None:
    paragraph = line.paragraph
    own = paragraph.lines
    position = own.index(line)
    for later in own[position + 1 :]:
        if later.column == line.column or line.column is None:
            if is_rule_text(later.text):
                return RuleMark("text", later.width_pt(), later.where)
            break
    else:
        if paragraph.props.border_bottom:
            return RuleMark("border", paragraph.width_pt, paragraph.where)
    if paragraph.shapes:
        return RuleMark("shape", paragraph.shapes[0], paragraph.where)
    skipped = 0
    for nxt in paragraph.following()[:3]:
        if nxt.shapes:
            return RuleMark("shape", nxt.shapes[0], nxt.where)
        if not nxt.text.strip():
            if nxt.props.border_bottom:
                return RuleMark("border", nxt.width_pt, nxt.where)
            skipped += 1
            if skipped > 1:
                return None
            continue
        same = [
            candidate
            for candidate in nxt.lines
            if line.column is None or candidate.column in (line.column, None)
        ]
        for candidate in same:
            if is_rule_text(candidate.text):
                return RuleMark("text", candidate.width_pt(), candidate.where)
        if same:
            return None
    return None


def _split_issuer(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Split the lines above "Số:" into the parent body (regular) and the issuing body (bold)."""
    if not lines:
        return [], []
    starts = [
        i
        for i, line in enumerate(lines)
        if i > 0 and (normal(line.shown).upper() + " ").startswith(_BODY_STARTS)
    ]
    split = starts[-1] if starts else 0
    bold = [all(p.props.bold for p in line.visible) for line in lines]
    leading_regular = next((i for i, b in enumerate(bold) if b), len(lines))
    if 0 < leading_regular < len(lines) and all(bold[leading_regular:]):
        split = leading_regular
    return lines[:split], lines[split:]


def _find_header(located: Located) -> int:
    """Find the header parts; return the index of the first block after the header."""
    blocks = located.blocks
    title_at: int | None = None
    for index, block in enumerate(blocks[:40]):
        if isinstance(block, Paragraph) and key(block.text) in TYPE_HEADINGS:
            title_at = index
            located.type_name = block
            located.document_type = TYPE_HEADINGS[key(block.text)]
            break
    if title_at is not None:
        end = title_at
    else:
        end = 0
        for index, block in enumerate(blocks[:15]):
            if isinstance(block, Paragraph) and (
                key(block.text).startswith("kính gửi")
                or (block.props.justified and len(block.text) > 80)
            ):
                break  # the body has begun
            for line in _block_lines(block):
                if (
                    _looks_national(line)
                    or _looks_motto(line)
                    or _looks_number(line)
                    or _looks_date(line)
                    or key(line.text).startswith("v/v")
                ):
                    end = index + 1
    # The header starts at the national name, or at the capitalised lines of a body name set
    # above it; whatever comes before (a cover note, a heading) is not part of it.
    start = next(
        (i for i in range(end) if any(_looks_national(line) for line in _block_lines(blocks[i]))),
        0,
    )
    national_at = start
    for index in range(national_at - 1, max(-1, national_at - 7), -1):
        previous = blocks[index]
        if not isinstance(previous, Paragraph):
            break
        if previous.is_rule or previous.is_empty:
            continue
        shown = normal("".join(line.shown for line in previous.lines))
        if shown != shown.upper():
            break
        start = index
    located.header_blocks = blocks[start:end]
    lines = [line for block in located.header_blocks for line in _block_lines(block)]
    for line in lines:
        if located.national_name is None and _looks_national(line):
            located.national_name = line
        elif located.motto is None and located.national_name is not None and _looks_motto(line):
            located.motto = line
        elif located.number is None and _looks_number(line):
            located.number = line
        elif located.date is None and _looks_date(line):
            located.date = line
        elif located.subject is None and key(line.text).startswith("v/v"):
            located.subject = line
    found = [x for x in (located.national_name, located.number, located.date) if x is not None]
    for block in located.header_blocks:
        if isinstance(block, Table) and any(ln in found for ln in block.lines()):
            block.label = N_("header table").text()

    # The body name sits in the column of "Số:", above it: in the same table when the header is
    # a table, among the plain paragraphs otherwise.
    anchor = located.number or located.date or located.national_name
    home = next(
        (
            b
            for b in located.header_blocks
            if anchor is not None and anchor in list(_block_lines(b))
        ),
        None,
    )
    pool = (
        list(home.lines())
        if isinstance(home, Table)
        else [ln for b in located.header_blocks if isinstance(b, Paragraph) for ln in b.lines]
    )
    taken = {located.national_name, located.motto, located.number, located.date, located.subject}
    candidates: list[Line] = []
    for line in pool:
        if line is located.number or line is located.date:
            break
        if line in taken or is_rule_text(line.text):
            continue
        if located.number is not None and located.number.column is not None:
            if line.column != located.number.column:
                continue
        elif line.column == "right" or (
            located.national_name is not None
            and located.national_name.column is not None
            and line.column == located.national_name.column
        ):
            continue
        candidates.append(line)
    located.parent_lines, located.issuer_lines = _split_issuer(candidates)
    return end


def _find_title(located: Located, start: int) -> int:
    """Find the summary under the type name; return the index of the first block after them."""
    if located.type_name is None:
        return start
    blocks = located.blocks
    index = blocks.index(located.type_name) + 1
    summary: list[Paragraph] = []
    while index < len(blocks) and len(summary) < 3:
        block = blocks[index]
        if not isinstance(block, Paragraph):
            break
        if block.is_rule:
            index += 1
            break
        if not block.text.strip():
            if summary:
                break
            index += 1
            continue
        if block.props.centred or all(p.props.bold for ln in block.lines for p in ln.visible):
            summary.append(block)
            index += 1
            continue
        break
    located.summary = summary
    return index


#: Words of the titles signing minutes and other side-by-side signatures (Mẫu 1.9: THƯ KÝ, CHỦ TỌA).


def _looks_signature_table(table: Table) -> bool:
    """A small table of short lines naming who signs (THƯ KÝ | CHỦ TỌA, then the names).

    Signatures stand side by side, at most three to a row, and a signer's title is set as a
    title — in capitals or bold; a schedule whose cells mention "Trưởng ban" in running text
    (Tháng | Ngày | Người tiếp | Địa điểm) is a table of the body, not a signature.
    """
    lines = list(table.lines())
    if not lines or len(table.rows) > 3 or any(len(normal(line.text)) > 60 for line in lines):
        return False
    if any(len(row) > 3 for row in table.rows):
        return False
    return any(
        any(word in key(line.text) for word in SIGNING_WORDS)
        and not any(c.isdigit() for c in line.text)
        and _set_as_title(line)
        for line in lines
    )


def _set_as_title(line: Line) -> bool:
    shown = normal(line.shown)
    return shown == shown.upper() or all(p.props.bold for p in line.visible)


def _is_hint(line: Line) -> bool:
    """ "(Chữ ký, dấu)", "(Đã ký)": a note in the room left to sign, not a title or a name."""
    text = normal(line.text)
    return text.startswith("(") and text.endswith(")")


def _split_signature(
    sequence: list[tuple[Paragraph, list[Line]]],
) -> tuple[list[Line], Line | None]:
    """Title lines above the room to sign (blank lines), and the name below it."""
    titles: list[Line] = []
    after_gap: list[Line] = []
    gap = False
    for _, found in sequence:
        found = [ln for ln in found if not _is_hint(ln) and not is_rule_text(ln.text)]
        if found:
            (after_gap if gap else titles).extend(found)
        elif titles:
            gap = True
    if after_gap:
        return titles, after_gap[-1]
    if len(titles) >= 2:
        return titles[:-1], titles[-1]
    return titles, None


def _indented_signature_above(blocks: Sequence[Block], start: int, at: int) -> int:
    """Where a signature typed as tab-indented lines just above "Nơi nhận:" begins, if any.

    A hand-made layout pushes the title and the name to the right with tabs, without a table
    or an authority prefix to find them by: they are the right-column lines, with the blank
    room to sign between them, right above the recipients label.
    """
    label_here = (
        at < len(blocks)
        and isinstance(blocks[at], Paragraph)
        and any(_is_label(line) for line in _block_lines(blocks[at]))
    )
    if not label_here:
        return at
    first = at
    index = at - 1
    while index >= start and at - index <= _SIGNATURE_REACH:
        block = blocks[index]
        if not isinstance(block, Paragraph):
            break
        lines = [line for line in block.lines if line.text.strip()]
        if lines and not all(line.column == "right" for line in lines):
            break
        if lines:
            first = index
        index -= 1
    return first


#: Paragraphs above "Nơi nhận:" a tab-indented signature may take (titles, room to sign, name).
_SIGNATURE_REACH = 12


def _find_closing(located: Located, start: int) -> int:
    """Find the signature and the "Nơi nhận" list; return where the closing block starts."""
    blocks = located.blocks
    closing_at = len(blocks)
    for index in range(start, len(blocks)):
        block = blocks[index]
        lines = list(_block_lines(block))
        if (
            any(_is_label(line) or _is_signature_start(line) for line in lines)
            or (isinstance(block, Table) and _looks_signature_table(block))
            or any(key(line.text) in ("thư ký", "chủ tọa", "chủ toạ", "chủ trì") for line in lines)
        ):
            closing_at = index
            break
    closing_at = _indented_signature_above(blocks, start, closing_at)
    end = closing_at
    while end < len(blocks):
        block = blocks[end]
        if (
            end > closing_at
            and isinstance(block, Paragraph)
            and (block.breaks_page or key(block.text).startswith("phụ lục"))
        ):
            break
        end += 1
        if isinstance(block, Paragraph) and block.ends_section:
            break
    located.closing_blocks = blocks[closing_at:end]
    if not located.closing_blocks:
        return closing_at
    for block in located.closing_blocks:
        if isinstance(block, Table):
            block.label = N_("closing table").text()

    lines = [line for block in located.closing_blocks for line in _block_lines(block)]
    label = next((line for line in lines if _is_label(line)), None)
    located.recipients_label = label
    items: list[Line] = []
    if label is not None:
        container = label.paragraph.container
        paragraph_lines = label.paragraph.lines
        for line in paragraph_lines[paragraph_lines.index(label) + 1 :]:
            if line.column == label.column:
                items.append(line)
        for paragraph in label.paragraph.following():
            if container.kind == "cell":
                if not paragraph.text.strip():
                    if items:
                        break
                    continue
                items.extend(paragraph.lines)
                continue
            own = [ln for ln in paragraph.lines if ln.column == "left"]
            loose = [ln for ln in paragraph.lines if ln.column is None]
            if own:
                items.extend(own)
            elif loose and normal(loose[0].text).startswith(("-", "–", "+")):
                items.extend(loose)
            elif loose:
                break
    located.recipient_items = items

    taken = {id(line) for line in items}
    if label is not None:
        taken.add(id(label))
    table = next((b for b in located.closing_blocks if isinstance(b, Table)), None)
    signatures: list[tuple[list[Line], Line | None]] = []
    if table is not None:
        # One signature per column, read down the rows: minutes put THƯ KÝ and CHỦ TỌA side by
        # side, with the names in the row below.
        columns: dict[int, list[Paragraph]] = {}
        for row in table.rows:
            for cell in row:
                columns.setdefault(cell.cell, []).extend(cell.paragraphs)
        for paragraphs in columns.values():
            sequence = [(p, [ln for ln in p.lines if id(ln) not in taken]) for p in paragraphs]
            if any(found for _, found in sequence):
                located.signature_paragraphs.extend(paragraphs)
                signatures.append(_split_signature(sequence))
    else:
        sequence = []
        for block in located.closing_blocks:
            if isinstance(block, Paragraph):
                located.signature_paragraphs.append(block)
                found = [ln for ln in block.lines if id(ln) not in taken and ln.column != "left"]
                sequence.append((block, found))
        signatures.append(_split_signature(sequence))
    located.signature_titles = [line for titles, _ in signatures for line in titles]
    located.signers = [name for _, name in signatures if name is not None]
    return closing_at


def locate(
    body: Element,
    resolver: StyleResolver,
    part_xml: Any,
) -> Located:
    """Read a document body and find its parts.

    ``part_xml`` maps a relationship id of the main document part to the root element of the
    related part (used for page headers and footers), or None.
    """
    sections, blocks, paragraphs = read_body(body, resolver, part_xml)
    located = Located(sections=sections, blocks=blocks, paragraphs=paragraphs, resolver=resolver)
    header_end = _find_header(located)
    body_start = _find_title(located, header_end)
    body_end = _find_closing(located, body_start)
    body_blocks = blocks[body_start:body_end]
    located.table_notes = _table_notes(body_blocks)
    notes = {id(p) for p in located.table_notes}
    located.body = [
        b
        for b in body_blocks
        if isinstance(b, Paragraph) and b.text.strip() and not b.is_rule and id(b) not in notes
    ]
    for paragraph in located.body:
        if key(paragraph.text).startswith("kính gửi") or (
            paragraph is located.body[0] and _looks_sender(paragraph)
        ):
            if not key(paragraph.text).startswith("kính gửi"):
                located.sender = paragraph
            located.addressees.append(paragraph)
        elif located.addressees and normal(paragraph.text).startswith(("-", "–")):
            if located.addressees[-1] is located.body[located.body.index(paragraph) - 1]:
                located.addressees.append(paragraph)
        elif located.addressees:
            break
    return located


def _looks_sender(paragraph: Paragraph) -> bool:
    """A telegram's "<SENDER> điện:" line: short, ending with "điện:" (Mẫu 1.6)."""
    text = key(paragraph.text)
    return text.endswith(" điện:") and len(text) < 200


def _italic(paragraph: Paragraph) -> bool:
    pieces = [p for line in paragraph.lines for p in line.visible]
    return bool(pieces) and all(p.props.italic for p in pieces)


def _table_notes(blocks: Sequence[Block]) -> list[Paragraph]:
    """Captions and notes that go with a table in the body, not running text.

    Decree 30 does not format them; practice puts a centred title and a right-aligned or italic
    "Đơn vị tính: …" line above a table, and an italic note ("Ghi chú", the source) below it.
    """
    out: list[Paragraph] = []
    for index, block in enumerate(blocks):
        if not isinstance(block, Table):
            continue
        above = [b for b in blocks[max(0, index - 2) : index] if isinstance(b, Paragraph)]
        for paragraph in reversed(above):
            text = key(paragraph.text)
            if not text or not (
                paragraph.props.centred
                or paragraph.props.align == "right"
                or _italic(paragraph)
                or text.startswith(("đơn vị tính", "đvt"))
            ):
                break
            out.append(paragraph)
        below = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(below, Paragraph) and below.text.strip():
            text = key(below.text)
            if _italic(below) or text.startswith(("ghi chú", "nguồn", "(*)", "*")):
                out.append(below)
    return out
