"""Legal texts — văn bản quy phạm hóa (Phụ lục I, mục II.6): legal bases, titled levels, articles.

These rules look for their parts by their words ("Căn cứ …", "Chương I", "Điều 1.") and are not
applicable to a document that has none.
"""

from __future__ import annotations

import re

from vanban.checks.attached import REFERENCE_SHAPE, after_closing, find_attached, reference_text
from vanban.checks.model import Severity
from vanban.checks.parts import Located, find_rule_under
from vanban.checks.rules.base import Result, fail, not_applicable, ok, rule
from vanban.checks.view import Paragraph, Table, key, normal
from vanban.i18n import N_
from vanban.nd30 import PROMULGATION_WORDS, DocumentType

#: The words a legal basis may begin with (Phụ lục I, II.6.a and the sample forms).
_BASIS_START = ("Căn cứ", "Thực hiện", "Theo", "Xét")
_TITLED = re.compile(
    r"^(Phần|PHẦN|Chương|CHƯƠNG|Mục|Tiểu mục)\s+"
    r"([IVXLCDM]+|\d+|(thứ|THỨ)(\s+\w+){1,3})$"
)
_ARTICLE = re.compile(r"^Điều\s+(\d+)\s*([.:]?)")


def _all(paragraph: Paragraph, attribute: str) -> bool:
    pieces = [p for line in paragraph.lines for p in line.visible]
    return bool(pieces) and all(getattr(p.props, attribute) for p in pieces)


def legal_bases(doc: Located) -> list[Paragraph]:
    """The legal bases at the top of the body: the lines beginning "Căn cứ", "Xét" …

    A centred line before them (the authority line of a decision) and the Kính gửi lines (of a
    report or a tờ trình, which stand between the summary and the bases) are passed over; a line
    ending with ":" ("…, UBND xã báo cáo như sau:") opens the body and is not a basis.
    """
    out: list[Paragraph] = []
    addressed = {id(p) for p in doc.addressees}
    for paragraph in doc.body:
        text = normal(paragraph.text).strip()
        if not text or (not out and id(paragraph) in addressed):
            continue
        if not out and paragraph.props.centred:
            continue
        if text.startswith(_BASIS_START) and not text.endswith(":"):
            out.append(paragraph)
            continue
        break
    if not any(normal(p.text).strip().startswith("Căn cứ") for p in out):
        return []
    return out


@rule("ND30-LEGAL-BASES", "Phụ lục I, mục II.6.a")
def legal_bases_form(doc: Located) -> list[Result]:
    """Căn cứ ban hành (legal bases): italic, each line ending ";", the last ".".

    Not applicable when the document has no legal bases.
    """
    bases = legal_bases(doc)
    if not bases:
        return [not_applicable(N_("no legal bases"))]
    out = [
        fail(N_("a legal basis is not in italic"), p.where) for p in bases if not _all(p, "italic")
    ]
    for paragraph in bases[:-1]:
        if not normal(paragraph.text).rstrip().endswith(";"):
            out.append(fail(N_('a legal basis does not end with ";"'), paragraph.where))
    last = bases[-1]
    if not normal(last.text).rstrip().endswith("."):
        out.append(fail(N_('the last legal basis does not end with "."'), last.where))
    return out or [
        ok(
            N_(
                "{bases} legal bases in italic, ';' and '.'",
                bases=len(bases),
            )
        )
    ]


def _with_attached(doc: Located) -> list[Paragraph]:
    """The body, then the running text of the text a decision issues or approves (Mẫu 1.3)."""
    attached = find_attached(doc)
    return doc.body + (attached.body if attached is not None else [])


@rule("ND30-TITLED-LEVEL", "Phụ lục I, mục II.6.b")
def titled_levels(doc: Located) -> list[Result]:
    """Phần, Chương, Mục, Tiểu mục: the label centred and bold, its heading centred, bold, capitals.

    Not applicable when the body has no such level.
    """
    body = [p for p in _with_attached(doc) if p.text.strip()]
    found = 0
    out = []
    for index, paragraph in enumerate(body):
        if not _TITLED.match(normal(paragraph.text).strip()):
            continue
        found += 1
        if not paragraph.props.centred:
            out.append(
                fail(
                    N_(
                        "'{strip}' is not centred",
                        strip=paragraph.text.strip(),
                    ),
                    paragraph.where,
                )
            )
        if not _all(paragraph, "bold"):
            out.append(
                fail(
                    N_(
                        "'{strip}' is not bold",
                        strip=paragraph.text.strip(),
                    ),
                    paragraph.where,
                )
            )
        heading = body[index + 1] if index + 1 < len(body) else None
        if heading is None:
            out.append(
                fail(
                    N_(
                        "'{strip}' has no heading",
                        strip=paragraph.text.strip(),
                    ),
                    paragraph.where,
                )
            )
            continue
        text = normal(heading.text).strip()
        if not heading.props.centred:
            out.append(fail(N_("the heading of a titled level is not centred"), heading.where))
        if not _all(heading, "bold"):
            out.append(fail(N_("the heading of a titled level is not bold"), heading.where))
        if text != text.upper():
            out.append(
                fail(
                    N_(
                        "the heading '{text}' is not in capitals",
                        text=text,
                    ),
                    heading.where,
                )
            )
    if not found:
        return [not_applicable(N_("no Phần, Chương, Mục or Tiểu mục"))]
    return out or [
        ok(
            N_(
                "{found} titled levels centred and bold",
                found=found,
            )
        )
    ]


@rule("ND30-ARTICLE", "Phụ lục I, mục II.6.b")
def articles(doc: Located) -> list[Result]:
    """Điều (articles): "Điều N." with a full stop, bold, numbered from 1 without gaps.

    An attached text (Mẫu 1.3) starts its own articles from 1 again. Not applicable when the
    body has no articles.
    """
    found = 0
    previous = 0
    out = []
    for paragraph in _with_attached(doc):
        match = _ARTICLE.match(normal(paragraph.text).strip())
        if match is None:
            continue
        found += 1
        number, mark = int(match.group(1)), match.group(2)
        label = match.group(0)
        if mark != ".":
            shown = f"'{label}'" if mark else f"'{label.strip()}' without a full stop"
            out.append(fail(N_(
"the article label is {shown}; write 'Điều {number}.'",
shown=shown,
number=number,
),
                            paragraph.where))  # fmt: skip
        if not _label_bold(paragraph, len(label)):
            out.append(
                fail(
                    N_(
                        "'Điều {number}.' is not bold",
                        number=number,
                    ),
                    paragraph.where,
                )
            )
        if number not in (previous + 1, 1):
            out.append(
                fail(
                    N_(
                        "Điều {number} follows Điều {previous}",
                        number=number,
                        previous=previous,
                    ),
                    paragraph.where,
                )
            )
        previous = number
    if not found:
        return [not_applicable(N_("no articles"))]
    return out or [
        ok(
            N_(
                "{found} articles numbered in order, bold",
                found=found,
            )
        )
    ]


def _label_bold(paragraph: Paragraph, length: int) -> bool:
    # The pieces that print the label's characters must all be bold.
    seen = 0
    for line in paragraph.lines:
        for piece in line.pieces:
            if seen >= length:
                return True
            if piece.text.strip() and not piece.props.bold:
                return False
            seen += len(piece.text)
    return seen > 0


# -- decisions and resolutions (Mẫu 1.1, 1.2, 1.3) ----------------------------------------------

_ENACTED = {
    DocumentType.DECISION: PROMULGATION_WORDS[DocumentType.DECISION.code],
    DocumentType.RESOLUTION: PROMULGATION_WORDS[DocumentType.RESOLUTION.code],
}
_AS_ARTICLE = re.compile(r"^-?\s*Như Điều\s+(\d+)")


def _words(paragraph: Paragraph) -> str:
    return " ".join(normal(paragraph.text).split())


@rule("ND30-AUTHORITY-LINE", "Phụ lục III, Mẫu 1.1 và 1.2")
def authority_line(doc: Located) -> list[Result]:
    """Thẩm quyền ban hành (authority line): under the summary, centred, bold, in capitals.

    Applies to decisions and resolutions.
    """
    if doc.document_type not in _ENACTED:
        return [not_applicable(N_("only decisions and resolutions have an authority line"))]
    body = [p for p in doc.body if p.text.strip()]
    first = body[0] if body else None
    if first is None or not first.props.centred or _words(first) == _ENACTED[doc.document_type]:
        where = first.where if first is not None else None
        return [fail(N_("no centred authority line under the summary"), where)]
    out = []
    if not _all(first, "bold"):
        out.append(fail(N_("the authority line is not bold"), first.where))
    if _words(first) != _words(first).upper():
        out.append(fail(N_("the authority line is not in capitals"), first.where))
    return out or [ok(N_("the authority line is centred, bold, in capitals"), first.where)]


@rule("ND30-PROMULGATION", "Phụ lục III, Mẫu 1.1 và 1.2")
def promulgation_line(doc: Located) -> list[Result]:
    """Dòng "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" (promulgation line): present, centred, bold."""
    words = _ENACTED.get(doc.document_type) if doc.document_type else None
    if words is None:
        return [not_applicable(N_("only decisions and resolutions have a promulgation line"))]
    bare = words.rstrip(":")
    for paragraph in doc.body:
        text = _words(paragraph)
        if text not in (words, bare, f"{bare} :"):
            continue
        out = []
        if text != words:
            out.append(
                fail(
                    N_(
                        "'{text}': write '{words}'",
                        text=text,
                        words=words,
                    ),
                    paragraph.where,
                )
            )
        if not paragraph.props.centred:
            out.append(
                fail(
                    N_(
                        "'{words}' is not centred",
                        words=words,
                    ),
                    paragraph.where,
                )
            )
        if not _all(paragraph, "bold"):
            out.append(
                fail(
                    N_(
                        "'{words}' is not bold",
                        words=words,
                    ),
                    paragraph.where,
                )
            )
        return out or [
            ok(
                N_(
                    "'{words}' centred and bold",
                    words=words,
                ),
                paragraph.where,
            )
        ]
    return [
        fail(
            N_(
                "no '{words}' line before the articles",
                words=words,
            )
        )
    ]


@rule("ND30-AS-ARTICLE", "Phụ lục I, mục II.9.b")
def as_article(doc: Located) -> list[Result]:
    """ "Như Điều N" in Nơi nhận names an article that exists in the body."""
    pointed = [
        (int(m.group(1)), line)
        for line in doc.recipient_items
        if (m := _AS_ARTICLE.match(normal(line.text).strip()))
    ]
    if not pointed:
        return [not_applicable(N_('no "Như Điều …" recipient'))]
    numbers = {
        int(m.group(1))
        for p in doc.body
        if (m := _ARTICLE.match(normal(p.text).strip())) is not None
    }
    out = [
        fail(
            N_(
                '"Như Điều {n}" names no article of the body',
                n=n,
            ),
            line.where,
        )
        for n, line in pointed
        if n not in numbers
    ]
    return out or [
        ok(
            N_(
                '"Như Điều {pointed}" names an article of the body',
                pointed=pointed[0][0],
            )
        )
    ]


# -- the text a decision issues or approves (Mẫu 1.3) ---------------------------------------------

_NUMBER = re.compile(r"^số\b.*[/:]", re.IGNORECASE)
_DATE = re.compile(r"\bngày\b.*\btháng\b.*\bnăm\b", re.IGNORECASE)


@rule("ND30-ATTACHED-HEADER", "Phụ lục III, Mẫu 1.3")
def attached_header(doc: Located) -> list[Result]:
    """Văn bản kèm theo (attached text): its own header, national name and motto, no "Số:".

    Not applicable when no text follows the decision's closing block.
    """
    attached = find_attached(doc)
    if attached is None:
        return [not_applicable(N_("no attached text"))]
    texts = [normal(line.text).strip() for line in attached.header_lines]
    out = []
    if not any(t.upper().startswith("ĐỘC LẬP") for t in texts):
        out.append(fail(N_("the attached text's header has no motto"), attached.type_name.where))
    for line, text in zip(attached.header_lines, texts, strict=True):
        if _NUMBER.match(text):
            message = N_("the attached text's header has a number: '{text}'", text=text)
            out.append(fail(message, line.where))
        elif _DATE.search(text):
            message = N_("the attached text's header has a date line: '{text}'", text=text)
            out.append(fail(message, line.where))
    return out or [ok(N_("the attached text has its own header, without a number"))]


@rule("ND30-ATTACHED-REFERENCE", "Phụ lục III, Mẫu 1.3")
def attached_reference(doc: Located) -> list[Result]:
    """Dòng "(Ban hành kèm theo Quyết định số …)" (reference line): centred, italic, ruled.

    Under the attached text's title; not applicable when there is no attached text.
    """
    attached = find_attached(doc)
    if attached is None:
        return [not_applicable(N_("no attached text"))]
    line = attached.reference
    if line is None:
        return [
            fail(
                N_("no '(Ban hành kèm theo Quyết định số …)' line under the attached text's title"),
                attached.type_name.where,
            )
        ]
    text = reference_text(line)
    out = []
    if not REFERENCE_SHAPE.match(text):
        out.append(
            fail(
                N_(
                    "'{text}' is not shaped '(Ban hành kèm theo Quyết định số … ngày … của …)'",
                    text=text,
                ),
                line.where,
            )
        )
    if not line.props.centred:
        out.append(fail(N_("the reference line is not centred"), line.where))
    if not _all(line, "italic"):
        out.append(fail(N_("the reference line is not in italic"), line.where))
    if line.lines and find_rule_under(line.lines[-1]) is None:
        out.append(fail(N_("no short rule under the reference line"), line.where))
    return out or [ok(N_("the reference line is centred, italic, with its rule"), line.where)]


# -- money lists of budget resolutions and decisions ----------------------------------------------

_MONEY = re.compile(
    r"^(?P<label>\d+\.|[a-zđ]\))\s+(?P<text>.+?):\s*(?P<amount>-?\d{1,3}(?:\.\d{3})*)\s*đồng\b"
)
_AMOUNT = re.compile(r"^-?\d{1,3}(?:\.\d{3})+$|^-?\d{1,3}$")


def _money_lines(doc: Located) -> list[tuple[Paragraph, str, int, list[tuple[Paragraph, int]]]]:
    """Each khoản naming an amount ("1. Tổng thu …: 3.486.250.000 đồng"), its text, its amount,
    and its điểm that name amounts too."""
    out: list[tuple[Paragraph, str, int, list[tuple[Paragraph, int]]]] = []
    for paragraph in doc.body:
        match = _MONEY.match(normal(paragraph.text).strip())
        if match is None:
            continue
        amount = int(match.group("amount").replace(".", ""))
        if match.group("label").endswith(")"):
            if out:
                out[-1][3].append((paragraph, amount))
            continue
        out.append((paragraph, match.group("text"), amount, []))
    return out


def _appendix_rows(doc: Located) -> list[tuple[str, list[int], str]]:
    """The rows of the tables after the closing block: a row's label, its amounts, where."""
    rows = []
    for block in after_closing(doc):
        if not isinstance(block, Table):
            continue
        for row in block.rows:
            texts = [" ".join(normal(p.text).split()) for cell in row for p in cell.paragraphs]
            numbers = [int(t.replace(".", "")) for t in texts if _AMOUNT.match(t)]
            words = [t for t in texts if t and not _AMOUNT.match(t)]
            if words and numbers:
                rows.append((words[0], numbers, row[0].describe()))
    return rows


def _amount(value: int) -> str:
    return f"{value:,}".replace(",", ".")


@rule("ND30-MONEY-TOTAL", "Luật Ngân sách nhà nước; Phụ lục III, Mẫu 1.1", Severity.WARNING)
def money_totals(doc: Located) -> list[Result]:
    """Các khoản tiền (money lists): a total equals its parts, an appendix row shows its amount.

    A khoản "…: 3.486.250.000 đồng" whose điểm name amounts must add up to it, and a row of an
    appendix table named as a khoản or điểm must show the same amount. Not applicable when
    the body lists no amounts in đồng.
    """
    lines = _money_lines(doc)
    if not lines:
        return [not_applicable(N_("no amounts in đồng"))]
    out = []
    named: dict[str, int] = {}
    for paragraph, text, amount, parts in lines:
        named[key(text)] = amount
        for part, value in parts:
            match = _MONEY.match(normal(part.text).strip())
            assert match is not None  # it was found by the same pattern
            named[key(match.group("text"))] = value
        if parts and sum(v for _, v in parts) != amount:
            out.append(
                fail(
                    N_(
                        "'{text}' is {amount} đồng, its parts add up to {parts} đồng",
                        text=text,
                        amount=_amount(amount),
                        parts=_amount(sum(v for _, v in parts)),
                    ),
                    paragraph.where,
                )
            )
    for label, numbers, where in _appendix_rows(doc):
        wanted = named.get(key(label))
        if wanted is not None and wanted not in numbers:
            out.append(
                fail(
                    N_(
                        "the appendix row '{label}' does not show the {amount} đồng of the body",
                        label=label,
                        amount=_amount(wanted),
                    ),
                    where,
                )
            )
    return out or [
        ok(N_("{count} amounts agree with their parts and the appendix", count=len(lines)))
    ]
