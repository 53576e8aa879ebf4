"""Legal texts — văn bản quy phạm hóa (Phụ lục I, mục II.6): legal bases, titled levels, articles.

These rules look for their parts by their words ("Căn cứ …", "Chương I", "Điều 1.") and are not
applicable to a document that has none.
"""

from __future__ import annotations

import re

from vanban.checks.parts import Located
from vanban.checks.rules.base import Result, fail, not_applicable, ok, rule
from vanban.checks.view import Paragraph, normal

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

    A centred line before them (the authority line of a decision) is passed over; a line
    ending with ":" ("…, UBND xã báo cáo như sau:") opens the body and is not a basis.
    """
    out: list[Paragraph] = []
    for paragraph in doc.body:
        text = normal(paragraph.text).strip()
        if not text:
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
        return [not_applicable("no legal bases")]
    out = [fail("a legal basis is not in italic", p.where) for p in bases if not _all(p, "italic")]
    for paragraph in bases[:-1]:
        if not normal(paragraph.text).rstrip().endswith(";"):
            out.append(fail('a legal basis does not end with ";"', paragraph.where))
    last = bases[-1]
    if not normal(last.text).rstrip().endswith("."):
        out.append(fail('the last legal basis does not end with "."', last.where))
    return out or [ok(f"{len(bases)} legal bases in italic, ';' and '.'")]


@rule("ND30-TITLED-LEVEL", "Phụ lục I, mục II.6.b")
def titled_levels(doc: Located) -> list[Result]:
    """Phần, Chương, Mục, Tiểu mục: the label centred and bold, its heading centred, bold, capitals.

    Not applicable when the body has no such level.
    """
    body = [p for p in doc.body if p.text.strip()]
    found = 0
    out = []
    for index, paragraph in enumerate(body):
        if not _TITLED.match(normal(paragraph.text).strip()):
            continue
        found += 1
        if not paragraph.props.centred:
            out.append(fail(f"'{paragraph.text.strip()}' is not centred", paragraph.where))
        if not _all(paragraph, "bold"):
            out.append(fail(f"'{paragraph.text.strip()}' is not bold", paragraph.where))
        heading = body[index + 1] if index + 1 < len(body) else None
        if heading is None:
            out.append(fail(f"'{paragraph.text.strip()}' has no heading", paragraph.where))
            continue
        text = normal(heading.text).strip()
        if not heading.props.centred:
            out.append(fail("the heading of a titled level is not centred", heading.where))
        if not _all(heading, "bold"):
            out.append(fail("the heading of a titled level is not bold", heading.where))
        if text != text.upper():
            out.append(fail(f"the heading '{text}' is not in capitals", heading.where))
    if not found:
        return [not_applicable("no Phần, Chương, Mục or Tiểu mục")]
    return out or [ok(f"{found} titled levels centred and bold")]


@rule("ND30-ARTICLE", "Phụ lục I, mục II.6.b")
def articles(doc: Located) -> list[Result]:
    """Điều (articles): "Điều N." with a full stop, bold, numbered from 1 without gaps.

    An attached text (Mẫu 1.3) starts its own articles from 1 again. Not applicable when the
    body has no articles.
    """
    found = 0
    previous = 0
    out = []
    for paragraph in doc.body:
        match = _ARTICLE.match(normal(paragraph.text).strip())
        if match is None:
            continue
        found += 1
        number, mark = int(match.group(1)), match.group(2)
        label = match.group(0)
        if mark != ".":
            shown = f"'{label}'" if mark else f"'{label.strip()}' without a full stop"
            out.append(fail(f"the article label is {shown}; write 'Điều {number}.'",
                            paragraph.where))  # fmt: skip
        if not _label_bold(paragraph, len(label)):
            out.append(fail(f"'Điều {number}.' is not bold", paragraph.where))
        if number not in (previous + 1, 1):
            out.append(fail(f"Điều {number} follows Điều {previous}", paragraph.where))
        previous = number
    if not found:
        return [not_applicable("no articles")]
    return out or [ok(f"{found} articles numbered in order, bold")]


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
