"""Random valid documents of every kind, with hostile text in every field, always render.

Each example is a small document whose texts are drawn from what users paste: markup and
Jinja characters, decomposed Vietnamese, zero-width and non-breaking spaces, emoji, very long
words, tabs and line breaks of every convention. The same data written as YAML must load to the
same document; the rendered .docx must open, every XML part must be well-formed, and its text
must hold every input string as the documented character rule prints it (README, "Text rules").
A forbidden character put into any one of those fields must instead be an error naming it.

The "ci" hypothesis profile (the default, set in conftest.py) runs 500 examples per test;
``VANBAN_HYPOTHESIS=thorough`` runs 10,000.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
import yaml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import vanban
from vanban.formatting.text import MAX_MARKS
from vanban.registry import KINDS

from .docx_read import open_docx

# --- text ------------------------------------------------------------------------------------

#: Characters the documented rule refuses (formatting/text.py): C0 controls but tab, line feed,
#: vertical tab and carriage return; C1 controls; lone surrogates; the noncharacters U+FDD0–U+FDEF
#: (some hold inline emphasis); U+FFFE and U+FFFF.
FORBIDDEN = [
    *(chr(c) for c in range(0x20) if chr(c) not in "\t\n\v\r"),
    *(chr(c) for c in range(0x80, 0xA0)),
    "\ud800",
    "\udfff",
    "\ufdd0",
    "\ufdef",
    "\ufffe",
    "\uffff",
]
_NONCHARACTERS = [chr(c) for c in range(0xFDD0, 0xFDF0)]

VIETNAMESE = "Ủy ban nhân dân xã Đoàn Kết; Hòa giải ở cơ sở, Quý III/2023"
PIECES = [
    # markup, entities and template syntax: printed verbatim
    "&", "<", ">", '"', "'", "&amp;", "&lt;b&gt;", "<w:t>", "</w:p>", "]]>", "<!--", "%",
    "{{ x }}", "{{", "}}", "{%", "%}", "{% if x %}", "{% endfor %}", "{#", "#}", "{_{", "%_}",
    "{{ ''.__class__.__mro__ }}", "{%p if x %}", "{{r x }}", "\\", "$", "@",
    # decomposed Vietnamese, and combining marks with nothing to combine with
    unicodedata.normalize("NFD", VIETNAMESE), "Ho\u0300a gia\u0309i", "\u0301", "e\u0301\u0323",
    # spaces that are not plain spaces
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\xa0", "\u202f", "\u2009", "\u3000",
    "\u00ad", "\u2028", "\u2029",
    # emoji, flags, direction marks, other scripts, letters whose capitals change length
    "😀", "👨\u200d👩\u200d👧\u200d👦", "🇻🇳", "✔\ufe0f", "\u202e", "\u200f", "中文", "ß", "ǰ", "ﬁ",
    "İ", "ς", "Ω",
    # tabs and every line break convention (each becomes a break inside the paragraph)
    "\t", "\n", "\r\n", "\r", "\v", " ", "  ",
    # punctuation that the recipient and task lines add or take away
    ".", ";", ",", "-", "./.", "…",
]  # fmt: skip

_SAFE_CHARACTER = st.characters(
    exclude_categories=("Cs",), exclude_characters=[*FORBIDDEN, *_NONCHARACTERS]
)
# A word far wider than a line, built by repetition: drawing hundreds of characters one by one
# would make generation, not rendering, the cost of each example.
_LONG_WORD = st.builds(
    lambda piece, times: piece * times,
    st.sampled_from(["Đườ", "ng", "Hòa", "giải", "0123456789", "ẞ", "👍"]),
    st.integers(50, 200),
)


@st.composite
def raw_text(draw: st.DrawFn) -> str:
    """A text as a user might paste it; never empty once printed."""
    parts = draw(
        st.lists(
            st.one_of(
                st.sampled_from(PIECES),
                st.text(_SAFE_CHARACTER, min_size=1, max_size=8),
                st.sampled_from(VIETNAMESE.split()),
                _LONG_WORD,
            ),
            min_size=1,
            max_size=5,
        )
    )
    text = _few_marks("".join(parts))
    return text if printed(text) else text + "Đ"


def _few_marks(text: str) -> str:
    """The text with a letter put into any run of more combining marks than the rule allows."""
    out: list[str] = []
    run = 0
    for char in text:
        run = run + 1 if unicodedata.combining(char) else 0
        if run > MAX_MARKS:
            out.append("a")
            run = 1
        out.append(char)
    return "".join(out)


def printed(raw: str) -> str:
    """The documented character rule: line breaks as "\\n", NFC, surrounding whitespace trimmed."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n")
    return unicodedata.normalize("NFC", text).strip()


def end_trimmed(text: str) -> str:
    """What survives of a recipient, a lead or a deadline once its end mark is set."""
    return text.rstrip().rstrip(".;,")


def recipient_core(text: str) -> str:
    if text.startswith("-"):
        text = text[1:].lstrip()
    return end_trimmed(text)


# --- documents -------------------------------------------------------------------------------

Path = tuple[str | int, ...]


_PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})")


@dataclass
class Generated:
    """A document as plain data, and each text field: its path and what must be printed."""

    data: dict[str, Any]
    fields: list[tuple[Path, str]] = field(default_factory=list)
    named_values: bool = False

    def expected(self) -> list[str]:
        return [e for _, e in self.fields if e]

    def path_text(self, path: Path) -> str:
        out = ""
        for part in path:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
        return out


class Writer:
    """Draws texts into a document, remembering where each went and how it prints."""

    def __init__(self, draw: st.DrawFn, generated: Generated) -> None:
        self.draw, self.generated = draw, generated

    def text(self, path: Path, shown: Callable[[str], str] = lambda t: t, prefix: str = "") -> str:
        raw = prefix + self.draw(raw_text())
        if self.generated.named_values:
            # "{name}" between single braces names a figure there; drawn by chance, it would
            # name none and be an error. Every other brace prints as written.
            raw = _PLACEHOLDER.sub(r"{ \1}", raw)
        self.generated.fields.append((path, shown(printed(raw))))
        return raw

    def texts(
        self, path: Path, shown: Callable[[str], str] = lambda t: t, min_size: int = 1
    ) -> list[str]:
        count = self.draw(st.integers(min_size, 3))
        return [self.text((*path, i), shown) for i in range(count)]


def issuer(w: Writer) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": w.text(("issuer", "name"), str.upper),
        "code": w.draw(st.sampled_from(["UBND", "TP", "UBND-VP", "ĐU", "BCĐ", "HĐND"])),
    }
    if w.draw(st.booleans()):
        out["parent"] = w.text(("issuer", "parent"), str.upper)
    return out


_ACADEMIC = re.compile(r"^\s*(GS|PGS|TS|ThS|TSKH|CN|KS|BS)\.", re.IGNORECASE)


def signature(w: Writer, path: Path = ("signature",)) -> dict[str, Any]:
    authority = w.draw(st.sampled_from([None, "TM", "KT", "Q"]))
    out: dict[str, Any] = {"authority": authority}
    if authority == "TM":
        out["on_behalf_of"] = w.text((*path, "on_behalf_of"), str.upper, "Ủy ban nhân dân ")
        out["title"] = w.text((*path, "title"), str.upper)
    elif authority == "KT":
        out["on_behalf_of"] = w.text((*path, "on_behalf_of"), str.upper, "Chủ tịch ")
        out["title"] = w.text((*path, "title"), str.upper, "Phó chủ tịch ")
    else:
        out["title"] = w.text((*path, "title"), str.upper)
    name = w.text((*path, "name"))
    if _ACADEMIC.match(printed(name)):
        w.generated.fields.pop()
        name = w.text((*path, "name"), prefix="Ông ")
    out["name"] = name
    return out


def issue_date(draw: st.DrawFn) -> str:
    day = draw(st.dates(min_value=dt.date(1945, 1, 1), max_value=dt.date(2999, 12, 31)))
    return day.isoformat() if draw(st.booleans()) else f"{day.year}-{day.month:02d}"


def body_nodes(w: Writer, path: Path, depth: int, allow_numbered: bool = True) -> list[Any]:
    count = w.draw(st.integers(1, 3 if depth == 0 else 2))
    return [body_node(w, (*path, i), depth, allow_numbered) for i in range(count)]


def body_node(w: Writer, path: Path, depth: int, allow_numbered: bool = True) -> Any:
    kinds = ["text", "paragraph"] + (["section", "item", "task"] if allow_numbered else [])
    kind = w.draw(st.sampled_from(kinds))
    if kind == "text":
        return w.text(path)
    if kind == "paragraph":
        return {"paragraph": w.text((*path, "paragraph"))}
    node: dict[str, Any] = {}
    if kind == "section":
        node["section"] = w.text((*path, "section"), str.upper if depth == 0 else str)
    elif kind == "item":
        node["item"] = w.text((*path, "item"))
    else:
        node["task"] = w.text((*path, "task"))
        if w.draw(st.booleans()):
            node["lead"] = w.text((*path, "lead"), end_trimmed)
        if w.draw(st.booleans()):
            node["partners"] = w.texts((*path, "partners"), end_trimmed)
        if w.draw(st.booleans()):
            node["deadline"] = w.text((*path, "deadline"), end_trimmed)
    if w.draw(st.integers(0, 4)) == 0:
        node["label"] = w.text((*path, "label"))
    if depth < 2 and w.draw(st.booleans()):
        node["children"] = body_nodes(w, (*path, "children"), depth + 1)
    return node


@st.composite
def plans(draw: st.DrawFn) -> Generated:
    generated = Generated({"kind": "plan"})
    w = Writer(draw, generated)
    data = generated.data
    data["issuer"] = issuer(w)
    data["number"] = draw(st.none() | st.integers(1, 10**6))
    data["place"] = w.text(("place",))
    data["date"] = issue_date(draw)
    data["summary"] = w.text(("summary",))
    data["body"] = body_nodes(w, ("body",), 0)
    if draw(st.booleans()):
        data["numbering"] = draw(
            st.lists(st.sampled_from(["I.", "1.", "1.1.", "a)", "-", "+", "*"]), min_size=1)
        )
    data["signature"] = signature(w)
    data["recipients"] = w.texts(("recipients",), recipient_core)
    if draw(st.booleans()):
        data["archive"] = w.texts(("archive",), end_trimmed)
    return generated


def table_node(w: Writer, path: Path) -> dict[str, Any]:
    """A data table: drawn title, headers (one a merged group) and text cells; numbers plain."""
    columns = [
        {"header": w.text((*path, "columns", 0, "header")), "key": "team"},
        {
            "header": w.text((*path, "columns", 1, "header")),
            "columns": [
                {
                    "header": w.text((*path, "columns", 1, "columns", 0, "header")),
                    "key": "received",
                    "type": "number",
                },
                {
                    "header": w.text((*path, "columns", 1, "columns", 1, "header")),
                    "key": "settled",
                    "type": "number",
                },
            ],
        },
        {
            "header": w.text((*path, "columns", 2, "header")),
            "rate": ["settled", "received"],
            "when_zero": "-",
        },
    ]
    node: dict[str, Any] = {"table": w.text((*path, "table")), "columns": columns}
    numbers = st.integers(0, 10**6)
    node["rows"] = [
        [w.text((*path, "rows", r, 0)), w.draw(numbers), w.draw(numbers)]
        for r in range(w.draw(st.integers(1, 3)))
    ]
    if w.draw(st.booleans()):
        node["total"] = w.text((*path, "total"))
    if w.draw(st.booleans()):
        node["landscape"] = True  # its own section: the text must survive the split too
    return node


@st.composite
def reports(draw: st.DrawFn) -> Generated:
    # Every report has named values ({period}), so "{name}" in its texts is a placeholder.
    generated = Generated({"kind": "report"}, named_values=True)
    w = Writer(draw, generated)
    data = generated.data
    data["issuer"] = issuer(w)
    data["number"] = draw(st.none() | st.integers(1, 10**6))
    data["place"] = w.text(("place",))
    data["date"] = issue_date(draw)
    data["period"] = draw(
        st.sampled_from(
            ["2020-Q2", "2018-H1", "2020-07", 2021, {"from": "2020-01-01", "to": "2020-06-30"}]
        )
    )
    data["summary"] = w.text(("summary",))
    if draw(st.booleans()):
        data["addressees"] = w.texts(("addressees",), end_trimmed)
    body = body_nodes(w, ("body",), 0)
    for key in ("results", "shortcomings", "next_tasks", "proposals"):
        if draw(st.booleans()):
            at = ("body", len(body))
            part: dict[str, Any] = {key: body_nodes(w, (*at, key), 1)}
            if draw(st.integers(0, 3)) == 0:
                part["title"] = w.text((*at, "title"), str.upper)
            body.append(part)
    if draw(st.booleans()):
        body.append(table_node(w, ("body", len(body))))
    data["body"] = body
    data["signature"] = signature(w)
    data["recipients"] = w.texts(("recipients",), recipient_core)
    if draw(st.booleans()):
        data["appendices"] = [
            {
                "title": w.text(("appendices", 0, "title"), str.upper),
                "body": [table_node(w, ("appendices", 0, "body", 0))],
            }
        ]
    return generated


def person(w: Writer, path: Path, title: Callable[[str], str] = lambda t: t) -> dict[str, Any]:
    """A named person with a title (so that the name is never the end of a line)."""
    name = w.text((*path, "name"))
    if _ACADEMIC.match(printed(name)):
        w.generated.fields.pop()
        name = w.text((*path, "name"), prefix="Ông ")
    return {"name": name, "title": w.text((*path, "title"), title)}


@st.composite
def minutes(draw: st.DrawFn) -> Generated:
    generated = Generated({"kind": "minutes"})
    w = Writer(draw, generated)
    data = generated.data
    data["issuer"] = issuer(w)
    data["number"] = draw(st.none() | st.integers(1, 10**6))
    data["date"] = issue_date(draw)
    data["summary"] = w.text(("summary",))
    data["start"], data["end"] = "08:00", "10:30"
    data["venue"] = w.text(("venue",), end_trimmed)
    attendees: list[dict[str, Any]] = []
    for i in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            entry = person(w, ("attendees", i))
            entry["note"] = w.text(("attendees", i, "note"))
        else:
            entry = {"group": w.text(("attendees", i, "group")), "count": draw(st.integers(1, 99))}
        attendees.append(entry)
    data["attendees"] = attendees
    if draw(st.booleans()):
        absent = person(w, ("absentees", 0))
        absent["reason"] = w.text(("absentees", 0, "reason"))
        data["absentees"] = [absent]
    data["chair"] = person(w, ("chair",), end_trimmed)
    data["secretary"] = person(w, ("secretary",), end_trimmed)
    if draw(st.booleans()):
        data["agenda"] = w.texts(("agenda",), end_trimmed)
    if draw(st.booleans()):
        data["reports"] = [
            {
                "report": w.text(("reports", 0, "report"), str.upper),
                "presenter": person(w, ("reports", 0, "presenter"), end_trimmed),
                "content": body_nodes(w, ("reports", 0, "content"), 1),
            }
        ]
    if draw(st.booleans()):
        opinion: dict[str, Any] = {
            "speaker": person(w, ("discussion", "opinions", 0, "speaker")),
            "opinion": w.text(("discussion", "opinions", 0, "opinion")),
        }
        if draw(st.booleans()):
            opinion["answers"] = [
                {
                    "speaker": person(w, ("discussion", "opinions", 0, "answers", 0, "speaker")),
                    "answer": w.text(("discussion", "opinions", 0, "answers", 0, "answer")),
                }
            ]
        data["discussion"] = {
            "intro": w.texts(("discussion", "intro")),
            "opinions": [opinion],
            "closing": body_nodes(w, ("discussion", "closing"), 1),
        }
    data["conclusions"] = body_nodes(w, ("conclusions",), 1)
    if draw(st.booleans()):
        data["recipients"] = w.texts(("recipients",), recipient_core)
    return generated


@st.composite
def notices(draw: st.DrawFn) -> Generated:
    """A notice has a plan's parts on the same form (Mẫu 1.4)."""
    generated = draw(plans())
    generated.data["kind"] = "notice"
    return generated


@st.composite
def plan_shaped(draw: st.DrawFn) -> Generated:
    """A kind whose model is a plan's fields on Mẫu 1.4 (chỉ thị, hướng dẫn, phiếu gửi …).

    They differ from a plan only by their type name and code, so one strategy draws the kind
    too: the properties run once for all of them, not once each.
    """
    generated = draw(plans())
    generated.data["kind"] = draw(st.sampled_from(PLAN_SHAPED))
    return generated


@st.composite
def submissions(draw: st.DrawFn) -> Generated:
    """A submission is a plan's parts with Kính gửi, and perhaps its own closing request."""
    generated = draw(plans())
    w = Writer(draw, generated)
    generated.data["kind"] = "submission"
    generated.data["addressees"] = w.texts(("addressees",), end_trimmed)
    if draw(st.booleans()):
        generated.data["closing"] = w.text(("closing",), end_trimmed)
    return generated


@st.composite
def letters(draw: st.DrawFn) -> Generated:
    """A letter (công văn) is a plan's parts with Kính gửi, printed on Mẫu 1.5."""
    generated = draw(plans())
    w = Writer(draw, generated)
    generated.data["kind"] = "letter"
    generated.data["addressees"] = w.texts(("addressees",), end_trimmed)
    return generated


@st.composite
def invitations(draw: st.DrawFn) -> Generated:
    """An invitation: its invitees, event, chair, day, time and place, its notes as body."""
    generated = draw(plans())
    w = Writer(draw, generated)
    data = generated.data
    data["kind"] = "invitation"
    notes = data.pop("body")
    keep = draw(st.booleans())
    if keep:
        data["notes"] = notes
    # The plan's body is the invitation's notes, or nothing.
    generated.fields = [
        ((("notes", *path[1:]) if path[:1] == ("body",) else path), text)
        for path, text in generated.fields
        if keep or path[:1] != ("body",)
    ]
    data["host"] = w.text(("host",))
    data["invitees"] = w.texts(("invitees",), end_trimmed)
    data["event"] = w.text(("event",), end_trimmed)
    if draw(st.booleans()):
        data["chair"] = w.text(("chair",), end_trimmed)
    data["day"] = draw(st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))).isoformat()
    data["time"] = f"{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}"
    data["venue"] = w.text(("venue",), end_trimmed)
    return generated


def _as_written(text: str) -> str:
    return printed(text)


@st.composite
def decisions(draw: st.DrawFn) -> Generated:
    """A decision: a plan's body as its articles, decided and signed by the chairman."""
    generated = draw(plans())
    data = generated.data
    data["kind"] = "decision"
    data["numbering"] = ["Điều 1.", "1.", "a)", "-"]
    data["authority"] = "Chủ tịch Ủy ban nhân dân xã An Bình"
    data["signature"] = {"title": "Chủ tịch", "name": "Nguyễn Văn An"}
    data["implementers"] = ["Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"]
    fields = [f for f in generated.fields if f[0][0] not in ("signature", "numbering")]
    # An article's heading keeps its case ("Điều 1. Phạm vi"), where a plan's prints in capitals.
    generated.fields = [
        (path, text if path[2:] != ("section",) else _as_written(data["body"][path[1]]["section"]))
        if path[0] == "body" and len(path) == 3
        else (path, text)
        for path, text in fields
    ]
    return generated


@st.composite
def introductions(draw: st.DrawFn) -> Generated:
    """An introduction letter: who, their position, where to and why, until when."""
    generated = draw(plans())
    w = Writer(draw, generated)
    data = generated.data
    data["kind"] = "introduction"
    del data["summary"]
    keep = draw(st.booleans())
    if not keep:
        del data["body"]
    generated.fields = [
        (path, text)
        for path, text in generated.fields
        if path != ("summary",) and (keep or path[:1] != ("body",))
    ]
    data["host"] = w.text(("host",))
    for name in ("person", "position", "sent_to"):
        data[name] = w.text((name,), end_trimmed)
    data["purpose"] = w.text(("purpose",), end_trimmed)
    data["valid_until"] = draw(st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))).isoformat()
    return generated


@st.composite
def telegrams(draw: st.DrawFn) -> Generated:
    """A telegram (công điện): a plan's parts with its addressees, a sender and an urgency."""
    generated = draw(plans())
    w = Writer(draw, generated)
    data = generated.data
    data["kind"] = "telegram"
    data["to"] = w.texts(("to",), end_trimmed)
    # The sender is printed in capitals: not a field whose text is found as written.
    data["sender"] = draw(st.sampled_from(["Chủ tịch Ủy ban nhân dân xã An Bình", "Sở Tư pháp"]))
    data["urgency"] = draw(st.sampled_from(["KHẨN", "thượng khẩn", "HOẢ TỐC", None]))
    return generated


@st.composite
def leave_certificates(draw: st.DrawFn) -> Generated:
    """A leave certificate: the request, who, the period and place, what it counts against."""
    generated = draw(introductions())
    w = Writer(draw, generated)
    data = generated.data
    data["kind"] = "leave"
    for name in ("sent_to", "purpose", "valid_until"):
        del data[name]
    generated.fields = [
        (path, text) for path, text in generated.fields if path not in (("sent_to",), ("purpose",))
    ]
    start = draw(st.dates(dt.date(2000, 1, 1), dt.date(2099, 11, 30)))
    data["requested_on"] = start.isoformat()
    data["start"] = start.isoformat()
    data["end"] = (start + dt.timedelta(draw(st.integers(0, 30)))).isoformat()
    data["leave_place"] = w.text(("leave_place",), end_trimmed)
    data["counted_as"] = w.text(("counted_as",), end_trimmed)
    data["certification"] = draw(st.booleans())
    return generated


@st.composite
def powers_of_attorney(draw: st.DrawFn) -> Generated:
    """A power of attorney: a plan's parts with its two parties, scope and period."""
    generated = draw(plans())
    w = Writer(draw, generated)
    data = generated.data
    data["kind"] = "power_of_attorney"
    for party in ("grantor", "grantee"):
        data[party] = {"name": w.text((party, "name"), end_trimmed)}
        if draw(st.booleans()):
            data[party]["position"] = w.text((party, "position"), end_trimmed)
    data["scope"] = w.texts(("scope",), end_trimmed)
    start = draw(st.dates(dt.date(2000, 1, 1), dt.date(2099, 11, 30)))
    data["start"] = start.isoformat()
    data["end"] = (start + dt.timedelta(draw(st.integers(0, 400)))).isoformat()
    return generated


#: The kinds of issue 16 that are a plan's fields under another type name.
PLAN_SHAPED = (
    "communique",
    "directive",
    "dispatch_slip",
    "guidance",
    "notification_slip",
    "programme",
    "project",
    "proposal",
    "scheme",
    "transfer_slip",
)


@st.composite
def resolutions(draw: st.DrawFn) -> Generated:
    """A resolution: a decision's articles, resolved by the council and signed TM."""
    generated = draw(decisions())
    data = generated.data
    data["kind"] = "resolution"
    data["authority"] = "Hội đồng nhân dân xã An Bình"
    data["session"] = "Khóa I, Kỳ họp thứ năm"
    data["passed_on"] = "2026-12-18"
    data["signature"] = {
        "authority": "TM",
        "on_behalf_of": "Hội đồng nhân dân",
        "title": "Chủ tịch",
        "name": "Nguyễn Văn An",
    }
    if draw(st.booleans()):
        data["body"] = [
            *data["body"],
            {"money": "Kinh phí:", "lines": [{"line": "Tổng", "amount": 5, "parts": [
                {"line": "Một", "amount": 7}, {"line": "Hai", "amount": -2}]}]},
        ]  # fmt: skip
    return generated


@st.composite
def regulations(draw: st.DrawFn, kind: str = "regulation") -> Generated:
    """A Quy chế or Quy định: a plan's body as its articles (the ladder has "Điều 1.")."""
    generated = draw(decisions())
    data = generated.data
    data["kind"] = kind
    for name in ("authority", "implementers"):
        del data[name]
    return generated


#: A strategy for every kind in vanban.registry.KINDS.
DOCUMENTS: dict[str, st.SearchStrategy[Generated]] = {
    "decision": decisions(),
    "regulation": regulations(),
    "resolution": resolutions(),
    "rule": regulations("rule"),
    "minutes": minutes(),
    "notice": notices(),
    "plan": plans(),
    "report": reports(),
    "submission": submissions(),
    "letter": letters(),
    "invitation": invitations(),
    "introduction": introductions(),
    "telegram": telegrams(),
    "leave": leave_certificates(),
    "power_of_attorney": powers_of_attorney(),
    # One entry for the kinds of PLAN_SHAPED: the strategy draws which.
    "plan_shaped": plan_shaped(),
}


# --- the properties --------------------------------------------------------------------------


def all_text(data: bytes) -> str:
    """The text of every paragraph, tables and nested tables included, one per line."""
    document = open_docx(data)
    body = document.element.body
    return "\x00".join(Paragraph(p, None).text for p in body.iter(qn("w:p")))


def every_part_is_well_formed(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(archive.read(name))


def test_every_kind_has_a_strategy() -> None:
    assert set(KINDS) <= set(DOCUMENTS) | set(PLAN_SHAPED), "add a strategy for the new kind"


_PROPERTY = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


class _Dumper(yaml.SafeDumper):
    """PyYAML's dumper, with text holding NEL (U+0085) double-quoted.

    In its other styles PyYAML writes NEL raw, which YAML 1.1 reads as a line break and folds
    into a space: the emitted file would not say what the data says.
    """


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = '"' if "\x85" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_text)


@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_any_valid_document_loads_and_renders_with_every_text_in_it(kind: str) -> None:
    @_PROPERTY
    @given(DOCUMENTS[kind])
    def check(generated: Generated) -> None:
        document = vanban.parse(generated.data)
        # The same data written as YAML by a standard emitter loads to the same document.
        text = yaml.dump(generated.data, Dumper=_Dumper, allow_unicode=True, sort_keys=False)
        assert vanban.load_text(text, "x.yaml") == document
        # And the document written back as data and as YAML reads back equal.
        assert vanban.parse(document.to_data()) == document
        assert vanban.load_text(document.to_yaml(), "back.yaml") == document
        data = document.to_docx()
        every_part_is_well_formed(data)
        # Nơi nhận keeps "UBND xã Đoàn Kết" on one line with non-breaking spaces.
        text = all_text(data).replace("\xa0", " ")
        for path, expected in generated.fields:
            expected = expected.replace("\xa0", " ")
            if not expected:
                continue
            if path[:2] in (("issuer", "name"), ("issuer", "parent")):
                # A name too wide for the header column is broken at one of its spaces.
                pattern = "[ \n]".join(re.escape(part) for part in expected.split(" "))
                assert re.search(pattern, text), f"{expected!r} is missing from the header"
            else:
                assert expected in text, f"{expected!r} is missing from the document"

    check()


@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_a_forbidden_character_in_any_field_is_an_error_naming_it(kind: str) -> None:
    @_PROPERTY
    @given(DOCUMENTS[kind], st.data())
    def check(generated: Generated, data: st.DataObject) -> None:
        path, _ = data.draw(st.sampled_from(generated.fields))
        char = data.draw(st.sampled_from(FORBIDDEN))
        container: Any = generated.data
        for part in path[:-1]:
            container = container[part]
        text = container[path[-1]]
        at = data.draw(st.integers(0, len(text)))
        container[path[-1]] = text[:at] + char + text[at:]
        with pytest.raises(vanban.InputError) as info:
            vanban.parse(generated.data)
        issues = [i for i in info.value.issues if i.code == "forbidden_character"]
        assert [i.path for i in issues] == [generated.path_text(path)], str(info.value)
        assert f"U+{ord(char):04X}" in issues[0].message

    check()
