"""Context pieces every kind shares: header fields, the body as numbered blocks, recipients,
appendices.

Everything is finished text — labels computed, capitals applied, punctuation set — so that
templates only print it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

from vanban import nd30
from vanban.formatting.dates import format_date_line
from vanban.formatting.levels import Level, apply_case, level_at
from vanban.formatting.names import break_line, keep_units_together, sentence_name
from vanban.formatting.numbering import TITLED_LEVELS, LevelStyle, format_label, roman
from vanban.formatting.text import text_width_pt
from vanban.models.body import BodyNode, CentredHeading, Item, Paragraph, Section, Table, Task
from vanban.models.document import Document, NamedDocument
from vanban.models.ladder import LadderLevel, as_level
from vanban.models.parts import Authority, Signature
from vanban.registry import STATE, Profile, form_of
from vanban.rendering.datatable import DataTable, data_table

__all__ = [
    "END_MARK",
    "Block",
    "appendix_contexts",
    "date_line",
    "flatten_body",
    "format_number_line",
    "header_fields",
    "number_line",
    "recipient_lines",
    "signature_lines",
    "with_end_mark",
]

#: The end mark after the last paragraph of the body (dấu kết thúc: "./.").
END_MARK = "./."
_BULLETS = (LevelStyle.DASH, LevelStyle.PLUS, LevelStyle.STAR)
#: The appendix reference line's room: the 165 mm text line (467 pt) less a margin for the
#: estimate of the printed width.
REFERENCE_WIDTH_PT = 445.0


@dataclass(frozen=True)
class Block:
    """One paragraph of the body as the template prints it, or a table (style "table")."""

    style: str
    text: str
    table: DataTable | None = None
    lead: str = ""
    """A bold label printed before the text in the same paragraph ("Điều 1." of an article
    whose text follows its label)."""


def flatten_body(
    nodes: Sequence[BodyNode], ladder: Sequence[LevelStyle | LadderLevel | Level]
) -> list[Block]:
    """The body tree as paragraphs, each numbered by its depth and its place among its siblings.

    Each level of the ladder gives the label style, and the case and weight when it says them.
    Every level restarts its count under a new parent, except articles (Điều), which run on
    through the whole text, across chapters and parts.
    """
    return list(_walk(nodes, tuple(as_level(e) for e in ladder), 0, "", [0]))


def _walk(
    nodes: Sequence[BodyNode],
    ladder: Sequence[Level],
    depth: int,
    parent_label: str,
    articles: list[int],
) -> Iterator[Block]:
    number = 0
    level = level_at(ladder, depth)
    for node in nodes:
        if isinstance(node, str):
            yield Block("body", node)
            continue
        if isinstance(node, Paragraph):
            yield Block("body", node.text)
            continue
        if isinstance(node, CentredHeading):
            yield Block("centred", node.text)
            continue
        if isinstance(node, Table):
            # A table is not a numbered item: its title is printed as written.
            yield Block("table", node.title or "", data_table(node))
            continue
        number += 1
        if level.style is LevelStyle.ARTICLE:
            articles[0] += 1
            count = articles[0]
        else:
            count = number
        label = node.label or format_label(level.style, count, parent_label)
        yield from _node_blocks(node, level, label, depth, parent_label)
        yield from _walk(node.children, ladder, depth + 1, label, articles)
        if isinstance(node, Task):
            yield from _task_lines(node, ladder, depth + 1)


def _node_blocks(
    node: Section | Item | Task, level: Level, label: str, depth: int, parent_label: str
) -> Iterator[Block]:
    style = level.style
    text = node.title if isinstance(node, Section) else node.text
    if style in TITLED_LEVELS:
        # Phụ lục I, II.6: "Chương I" alone on its line, the heading in capitals below it.
        yield Block("titled_label", label)
        yield Block("titled_heading", text.upper())
    elif style is LevelStyle.ARTICLE:
        if isinstance(node, Section):
            yield Block("article", f"{label} {text}")
        else:
            yield Block("article_item", f" {text}", lead=label)
    elif isinstance(node, Section):
        if parent_label.startswith("Điều "):
            # A khoản with a heading: bold like the article, not italic like a deep heading.
            yield Block("heading2", f"{label} {text}")
        else:
            title = apply_case(text, level.heading_case(depth))
            # A heading said not to be bold prints as a paragraph of the body.
            block = f"heading{min(depth + 1, 3)}" if level.heading_bold() else "body"
            yield Block(block, f"{label} {title}")
    else:
        yield Block("body", f"{label} {apply_case(text, level.item_case())}")


def _task_lines(task: Task, ladder: Sequence[Level], depth: int) -> Iterator[Block]:
    # The seed plans print these as "- Chủ trì: …" one level down; a counting style there
    # (1., a)) would make them look like sub-tasks, so they fall back to a dash.
    style = level_at(ladder, depth).style
    bullet = style.value if style in _BULLETS else LevelStyle.DASH.value
    fields = [
        ("Chủ trì", task.lead),
        ("Phối hợp", ", ".join(task.partners) if task.partners else None),
        ("Thời gian thực hiện", task.deadline),
    ]
    for name, value in fields:
        if value:
            yield Block("body", f"{bullet} {name}: {end_with(value, '.')}")


def end_with(text: str, mark: str) -> str:
    """The text with its trailing punctuation replaced by ``mark``."""
    stripped = text.rstrip().rstrip(".;,")
    return stripped + mark


def with_end_mark(blocks: list[Block]) -> list[Block]:
    """Append "./." to the last paragraph: "… xã Đoàn Kết." → "… xã Đoàn Kết./."."""
    if not blocks:
        return blocks
    last = blocks[-1]
    if last.style == "table":
        # The mark closes the text; after a closing table it stands on its own line.
        return [*blocks, Block("body", END_MARK)]
    text = last.text.rstrip()
    if not text.endswith(END_MARK):
        text = text + "/." if text.endswith(".") else text + END_MARK
    return [*blocks[:-1], replace(last, text=text)]


def recipient_lines(recipients: Sequence[str], archive: Sequence[str]) -> list[str]:
    """The Nơi nhận items: "- …;" each, and the archive line last, ending with ".".

    >>> recipient_lines(["UBND tỉnh", "Thường trực Đảng ủy;"], ["VT", "TP"])
    ['- UBND\xa0tỉnh;', '- Thường trực Đảng ủy;', '- Lưu: VT, TP.']
    """
    # "UBND phường", "tỉnh Quảng Ninh" are kept on one line: a long item wraps between names.
    lines = [f"- {keep_units_together(end_with(_strip_dash(r), ';'))}" for r in recipients]
    lines.append(f"- Lưu: {end_with(', '.join(archive), '.')}")
    return lines


def _strip_dash(text: str) -> str:
    return text[1:].lstrip() if text.startswith("-") else text


def blocks_data(blocks: Sequence[Block]) -> list[dict[str, Any]]:
    """Blocks as plain data for the template."""
    # By hand, not asdict(): asdict deep-copies every string, a fifth of a whole render.
    return [
        {
            "style": b.style,
            "text": b.text,
            "table": None if b.table is None else asdict(b.table),
            "lead": b.lead,
        }
        for b in blocks
    ]


def format_number_line(
    number: int | None,
    type_code: str | None,
    issuer_code: str,
    *,
    profile: Profile = STATE,
) -> str:
    """The "Số:" line (ô 3): numbers below 10 zero-padded, a blank left for a draft.

    A kind without a type code (công văn) prints the issuer's code alone.

    >>> format_number_line(5, "KH", "UBND"), format_number_line(None, "KH", "UBND")
    ('Số: 05/KH-UBND', 'Số:       /KH-UBND')
    >>> format_number_line(152, None, "UBND-VP")
    'Số: 152/UBND-VP'
    """
    shown = " " * 6 if number is None else f"{number:02d}"
    if type_code:
        return profile.number_format.format(number=shown, code=type_code, issuer=issuer_code)
    return profile.number_format_untyped.format(number=shown, issuer=issuer_code)


def signature_lines(
    signature: Signature, words: Mapping[str, str] = nd30.SIGNING_WORDS
) -> list[str]:
    """The authority and title lines (ô 7a), in capitals, as printed above the signature.

    ``words`` are the signing words of the form's profile (TM., KT. … for the State's).

    >>> signature_lines(Signature(authority="KT", on_behalf_of="Chủ tịch", title="Phó Chủ tịch",
    ...                           name="Phạm Xuân Luân"))
    ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']
    """
    auth = signature.authority
    title = signature.title.upper()
    if auth is None:
        return [title]
    if auth is Authority.Q:
        return [f"{words[Authority.Q.name]} {title}"]
    assert signature.on_behalf_of is not None  # checked by the model
    out = [f"{words[auth.name]} {signature.on_behalf_of.upper()}"]
    if signature.deputy_for is not None:
        out.append(f"{words[Authority.KT.name]} {signature.deputy_for.upper()}")
    out.append(title)
    return out


def number_line(document: Document) -> str:
    """The "Số:" line (ô 3) in the form's profile, or "" when the document has no number."""
    if not document.has_number():
        return ""
    form = form_of(document)
    assert document.issuer.code is not None  # required by the model when a number prints
    return format_number_line(
        document.number, form.code, document.issuer.code, profile=form.profile
    )


def date_line(document: NamedDocument) -> str:
    """The place and date line (ô 4): "Đoàn Kết, ngày 05 tháng 01 năm 2023"."""
    date = document.date
    return format_date_line(document.place, date.year, date.month, date.day)


def header_fields(document: Document) -> dict[str, Any]:
    """Ô 1–5a and 10b: parent body, issuing body, number line, type name, summary, urgency."""
    return {
        "parent_body": document.issuer.parent.upper() if document.issuer.parent else "",
        "issuer_name": document.issuer.name.upper(),
        "number_line": number_line(document),
        "type_name": form_of(document).heading,
        # A summary that wraps breaks before "xã An Thịnh", never inside the unit's name.
        "summary": keep_units_together(document.summary),
        # The template picks the stamp's frame by the mark (KHẨN, THƯỢNG KHẨN, HỎA TỐC).
        "urgency": document.urgency.value if document.urgency else "",
    }


def reference_line(document: Document) -> str:
    """The line under an appendix title: "(Kèm theo Báo cáo số 12/BC-UBND ngày … của …)"."""
    parts = [f"Kèm theo {form_of(document).term}"]
    line = number_line(document)
    if line:
        # A draft keeps its blank: "số       /BC-UBND", filled in by hand with the number.
        parts.append(f"số {line.removeprefix(form_of(document).profile.number_label)}")
    date = document.date
    parts.append(format_date_line("", date.year, date.month, date.day))
    # The body's name as a sentence writes it, from the header's capitals when not given.
    name = document.issuer.name_in_text or sentence_name(document.issuer.name)
    if name:
        parts.append(f"của {name}")
    # Too long for one line, it breaks before "của" (or where the lines come out even),
    # never inside the body's name. 14 pt italic on the 165 mm text line, with a margin.
    return break_line(f"({' '.join(parts)})", lambda t: text_width_pt(t, 14), REFERENCE_WIDTH_PT)


def appendix_contexts(document: Document) -> list[dict[str, Any]]:
    """Each appendix: its heading ("Phụ lục I"), title, reference line and numbered blocks."""
    several = len(document.appendices) > 1
    out = []
    for index, appendix in enumerate(document.appendices, start=1):
        label = appendix.label or ("Phụ lục " + roman(index) if several else "Phụ lục")
        blocks = flatten_body(appendix.body, document.numbering)
        out.append(
            {
                "label": label,
                "title": appendix.title.upper(),
                "reference": appendix.reference or reference_line(document),
                "blocks": blocks_data(blocks),
            }
        )
    return out
