"""For each rule, a rendered document changed in one way with python-docx fails that rule alone.

A change that concerns a part an example does not have (the date line of minutes, the number of
internal minutes) is skipped for that example.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Callable

import pytest
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from vanban.checks import RULES, CheckReport, check
from vanban.formatting.text import text_width_pt
from vanban.models.kinds import DocumentType

from .conftest import (
    EXAMPLES,
    all_paragraphs,
    following,
    open_docx,
    paragraph_with,
    remove_border,
    save,
    set_text,
)

Mutation = Callable[[DocxDocument], None]

_HEADINGS = {t.heading for t in DocumentType}


# -- finding the parts of a rendered document with python-docx alone ------------------------------


def header_table(document: DocxDocument) -> Table:
    return document.tables[0]


def closing_table(document: DocxDocument) -> Table:
    """The table holding the signature (and beside it, often, the recipients)."""
    for table in document.tables[1:]:
        lines = [p.text.strip() for row in table.rows for c in row.cells for p in c.paragraphs]
        if any(
            line.startswith("Nơi nhận")
            or re.match(r"^(TM|KT|TL|TUQ|Q)\. ", line)
            or line in ("THƯ KÝ", "CHỦ TỌA", "CHỦ TRÌ", "BÊN ỦY QUYỀN")
            for line in lines
        ):
            return table
    raise AssertionError("no signature table")


def number(document: DocxDocument) -> Paragraph:
    for paragraph in header_table(document).cell(1, 0).paragraphs:
        if paragraph.text.strip().startswith("Số"):
            return paragraph
    pytest.skip("this example has no number")


def subject(document: DocxDocument) -> Paragraph:
    """A công văn's "V/v …" summary under its number (ô 5b)."""
    for paragraph in header_table(document).cell(1, 0).paragraphs:
        if paragraph.text.strip().startswith("V/v"):
            return paragraph
    pytest.skip("this example is not a công văn")


def _subject_above_number(document: DocxDocument) -> None:
    number(document)._p.addprevious(subject(document)._p)


def labelled(document: DocxDocument, label: str) -> Paragraph:
    """An invitation's labelled field (Mẫu 1.7): "Thời gian: …", "Địa điểm: …"."""
    if not any(p.text.strip() == "GIẤY MỜI" for p in document.paragraphs):
        pytest.skip("this example is not an invitation")
    for paragraph in document.paragraphs:
        if paragraph.text.startswith(f"{label}:"):
            return paragraph
    pytest.skip("this example is not an invitation")


def _remove_venue(document: DocxDocument) -> None:
    venue = labelled(document, "Địa điểm")
    venue._p.getparent().remove(venue._p)


def _title_lower_case(document: DocxDocument) -> None:
    title = type_name(document)
    following_text = Paragraph(title._p.getnext(), title._parent).text
    if not following_text.strip():
        # Without a summary (giấy giới thiệu) the rule is sized from the type name: a narrower
        # lowercase name would make its rule too long as well.
        pytest.skip("the rule under this type name is sized from it")
    set_text(title, title.text.capitalize())


def urgency(document: DocxDocument) -> Paragraph:
    """The urgency stamp under the number (ô 10b): KHẨN, THƯỢNG KHẨN, HỎA TỐC."""
    for paragraph in header_table(document).cell(1, 0).paragraphs:
        if paragraph.text.strip() in ("KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"):
            return paragraph
    pytest.skip("this example has no urgency mark")


def _stamp_black(document: DocxDocument) -> None:
    for run in urgency(document).runs:
        run.font.color.rgb = RGBColor(0, 0, 0)


def _unframed(document: DocxDocument) -> None:
    stamp = urgency(document)
    for _ in range(4):
        remove_border(stamp)
    borders = stamp._p.get_or_add_pPr().find(qn("w:pBdr"))
    for side in ("top", "left", "right"):
        nil = OxmlElement(f"w:{side}")
        nil.set(qn("w:val"), "nil")
        borders.insert(0, nil)


def _stamp_full_width(document: DocxDocument) -> None:
    stamp = urgency(document).paragraph_format
    stamp.left_indent = stamp.right_indent = Cm(0)


def telegram_sender(document: DocxDocument) -> Paragraph:
    """A telegram's "<SENDER> điện:" line (Mẫu 1.6)."""
    for paragraph in document.paragraphs:
        if paragraph.text.strip().endswith(" điện:"):
            return paragraph
    pytest.skip("this example is not a telegram")


def _sender_lower_case(document: DocxDocument) -> None:
    sender = telegram_sender(document)
    set_text(sender, sender.text.capitalize())


def _last_addressee_semicolon(document: DocxDocument) -> None:
    line = following(telegram_sender(document))
    while following(line).text.startswith("- "):
        line = following(line)
    substitute(line, r"\.$", ";")


def certification(document: DocxDocument) -> Paragraph:
    """A leave certificate's box at the bottom left (Mẫu 1.10)."""
    for table in document.tables[1:]:
        for paragraph in table.cell(0, 0).paragraphs:
            if paragraph.text.startswith("Xác nhận của"):
                return paragraph
    pytest.skip("this example has no certification box")


def _certification_right(document: DocxDocument) -> None:
    box = certification(document)
    table = next(t for t in document.tables if box._p in t._tbl.iter(qn("w:p")))
    right = table.cell(0, 1)
    for paragraph in list(table.cell(0, 0).paragraphs)[:-1]:
        right._tc.append(paragraph._p)


def _certification_unsigned(document: DocxDocument) -> None:
    sign = following(certification(document))
    sign._p.getparent().remove(sign._p)


def party(document: DocxDocument, label: str) -> Paragraph:
    """A power of attorney's party line in the body ("Bên được ủy quyền:") or its signature."""
    for paragraph in all_paragraphs(document):
        if paragraph.text.strip() == label:
            return paragraph
    pytest.skip("this example is not a power of attorney")


def _grantee_unnamed(document: DocxDocument) -> None:
    line = party(document, "Bên được ủy quyền:")
    line._p.getparent().remove(line._p)


def _signatures_swapped(document: DocxDocument) -> None:
    grantor = party(document, "BÊN ỦY QUYỀN")
    grantee = party(document, "BÊN ĐƯỢC ỦY QUYỀN")
    set_text(grantor, "BÊN ĐƯỢC ỦY QUYỀN")
    set_text(grantee, "BÊN ỦY QUYỀN")


def address(document: DocxDocument) -> Paragraph:
    """The issuer's address line at the foot of page 1 (ô 13)."""
    for paragraph in document.sections[0].first_page_footer.paragraphs:
        if "ĐT:" in paragraph.text:
            return paragraph
    pytest.skip("this example has no address line")


def _address_unruled(document: DocxDocument) -> None:
    borders = address(document)._p.get_or_add_pPr()
    frame = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    top.set(qn("w:val"), "nil")
    frame.append(top)
    borders.insert(1, frame)


def _address_on_every_page(document: DocxDocument) -> None:
    line = address(document)
    document.sections[0].footer.paragraphs[0]._p.addnext(copy.deepcopy(line._p))


def date_line(document: DocxDocument) -> Paragraph:
    for paragraph in header_table(document).cell(1, 1).paragraphs:
        if paragraph.text.strip():
            return paragraph
    pytest.skip("this example has no date line")


def issuer_lines(document: DocxDocument) -> list[Paragraph]:
    cell = header_table(document).cell(0, 0)
    return [p for p in cell.paragraphs if p.text.strip()]


def type_name(document: DocxDocument) -> Paragraph:
    found = next((p for p in document.paragraphs if p.text.strip() in _HEADINGS), None)
    if found is None:
        pytest.skip("this example is a công văn: no type name")
    return found


def summary_rule(document: DocxDocument) -> Paragraph:
    found = False
    for paragraph in document.paragraphs:
        if paragraph._p is type_name(document)._p:
            found = True
        elif found and not paragraph.text.strip():
            return paragraph
    raise AssertionError("no rule under the summary")


def summary(document: DocxDocument) -> Paragraph:
    """The first line of the summary (trích yếu) under the type name."""
    found = False
    for paragraph in document.paragraphs:
        if paragraph._p is type_name(document)._p:
            found = True
        elif found and paragraph.text.strip():
            return paragraph
        elif found:
            break
    pytest.skip("this example has no summary")


def body(document: DocxDocument) -> list[Paragraph]:
    """Top-level paragraphs of running text after the title (long enough not to be headings)."""
    paragraphs = document.paragraphs
    titled = any(p.text.strip() in _HEADINGS for p in paragraphs)
    # A công văn has no title: its body follows the header table and Kính gửi.
    start = [p._p for p in paragraphs].index(summary_rule(document)._p) if titled else 0
    return [p for p in paragraphs[start:] if len(p.text) > 120]


def last_body(document: DocxDocument) -> Paragraph:
    """The last paragraph of text before the signature."""
    element = closing_table(document)._tbl.getprevious()
    while element is not None:
        if element.tag == qn("w:p"):
            paragraph = Paragraph(element, document._body)
            if paragraph.text.strip():
                return paragraph
        element = element.getprevious()
    raise AssertionError("no text before the signature")


def signature(document: DocxDocument) -> tuple[list[Paragraph], Paragraph]:
    """The authority and title lines, and the name, of the rightmost signature."""
    table = closing_table(document)
    *lines, name = [p for row in table.rows for p in row.cells[-1].paragraphs if p.text.strip()]
    return lines, name


def recipients(document: DocxDocument) -> tuple[Paragraph, list[Paragraph]]:
    """The "Nơi nhận:" label and the items under it, in a table cell or below the signature."""
    label = next(
        (p for p in all_paragraphs(document) if p.text.strip().startswith("Nơi nhận")), None
    )
    if label is None:
        pytest.skip("this example has no recipients")
    items = []
    element = label._p.getnext()
    while element is not None and element.tag == qn("w:p"):
        item = Paragraph(element, label._parent)
        if not item.text.strip().startswith("-"):
            break
        items.append(item)
        element = element.getnext()
    return label, items


def _month_padding(document: DocxDocument) -> None:
    line = date_line(document)
    match = re.search(r"tháng\s*(\d+)", line.text)
    if match is None:
        pytest.skip("the month is left blank")
    month = int(match.group(1))
    wrong = f"0{month}" if month >= 3 else str(month)  # the zero where it does not belong
    substitute(line, r"tháng\s*\d+", f"tháng {wrong}")


def size_of(paragraph: Paragraph) -> float:
    """Effective font size of a paragraph's first run, through its styles."""
    run = paragraph.runs[0] if paragraph.runs else None
    if run is not None and run.font.size is not None:
        return run.font.size.pt
    style = paragraph.style
    while style is not None:
        if style.font.size is not None:
            return float(style.font.size.pt)
        style = style.base_style
    return 14.0


def runs(paragraph: Paragraph, **changes: object) -> None:
    for run in paragraph.runs:
        for name, value in changes.items():
            setattr(run.font, name, value)


def substitute(paragraph: Paragraph, pattern: str, replacement: str) -> None:
    new = re.sub(pattern, replacement, paragraph.text, count=1)
    assert new != paragraph.text, f"{pattern!r} not in {paragraph.text!r}"
    set_text(paragraph, new)


# -- the mutations: one change each, named after the rule it breaks -------------------------------


def _margin(side: str, low: float, high: float) -> Mutation:
    def mutate(document: DocxDocument) -> None:
        section = document.sections[0]
        current = getattr(section, f"{side}_margin").mm
        # one millimetre outside the range, on the nearer side, so nothing else moves much
        setattr(
            section, f"{side}_margin", Mm(low - 1 if current - low < high - current else high + 1)
        )

    return mutate


def _landscape(document: DocxDocument) -> None:
    if len(document.tables) > 2:  # more than the header and the signature tables
        pytest.skip("landscape is allowed: this example has tables")
    document.sections[0]._sectPr.find(qn("w:pgSz")).set(qn("w:orient"), "landscape")


def _east_asia_font(document: DocxDocument) -> None:
    run = paragraph_with(document, "CỘNG HÒA").runs[0]
    fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), "SimSun")


def _no_page_field(document: DocxDocument) -> None:
    for paragraph in document.sections[0].header.paragraphs:
        for child in list(paragraph._p):
            if child.tag != qn("w:pPr"):
                paragraph._p.remove(child)


def _page_number_left(document: DocxDocument) -> None:
    for paragraph in document.sections[0].header.paragraphs:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT


def _parent_in_bold(document: DocxDocument) -> None:
    first = issuer_lines(document)[0]
    parent = copy.deepcopy(first._p)
    first._p.addprevious(parent)
    line = Paragraph(parent, first._parent)
    set_text(line, "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH")
    runs(line, bold=True, size=Pt(size_of(first)))


def _motto_underscores(document: DocxDocument) -> None:
    motto = paragraph_with(document, "Độc lập")
    size = size_of(motto)
    rule = following(motto)
    remove_border(rule)
    count = round(text_width_pt(motto.text, size, bold=True) / text_width_pt("_", size))
    run = rule.add_run("_" * count)
    run.font.size = Pt(size)


def _remove_motto(document: DocxDocument) -> None:
    motto = paragraph_with(document, "Độc lập")
    rule = following(motto)
    for paragraph in (motto, rule):
        paragraph._p.getparent().remove(paragraph._p)


def _three_empty_paragraphs(document: DocxDocument) -> None:
    anchor = body(document)[0]
    for _ in range(3):
        anchor._p.addnext(OxmlElement("w:p"))


def _no_space_between(document: DocxDocument) -> None:
    current = body(document)[1]
    previous = Paragraph(current._p.getprevious(), current._parent)
    previous.paragraph_format.space_after = Pt(0)
    current.paragraph_format.space_before = Pt(0)


def _authority_line(document: DocxDocument) -> Paragraph:
    lines, _ = signature(document)
    if not re.match(r"^(TM|KT|TL|TUQ|Q)\.", lines[0].text):
        pytest.skip("this example's signer signs without an authority prefix")
    return lines[0]


def _drop_authority_dot(document: DocxDocument) -> None:
    substitute(_authority_line(document), r"^(TM|KT|TL|TUQ|Q)\.", r"\1")


def _each_issuer_line(document: DocxDocument, **changes: object) -> None:
    for line in issuer_lines(document):
        runs(line, **changes)


def _party(document: DocxDocument) -> None:
    substitute(_authority_line(document), r"^(T|K)(M|T|L)\.", r"\1/\2")


def _issuer_in_lower_case(document: DocxDocument) -> None:
    """The last line of the body name in lower case (a name may be one paragraph with a break)."""
    paragraph = issuer_lines(document)[-1]
    *above, last = paragraph.text.split("\n")
    set_text(paragraph, "\n".join([*above, last.capitalize()]))


def _red_run(document: DocxDocument) -> None:
    body(document)[0].runs[0].font.color.rgb = RGBColor(0xFF, 0x00, 0x00)


def _district_recipient(document: DocxDocument) -> None:
    found = re.search(r"năm (\d{4})", date_line(document).text)
    if found is None or int(found.group(1)) < 2026:
        pytest.skip("this example is dated before the two-tier local government")
    _, items = recipients(document)
    set_text(items[0], "- UBND huyện Thanh Miện;")


# -- legal texts: legal bases, titled levels, articles ------------------------------------------


def _starting(document: DocxDocument, pattern: str, what: str) -> list[Paragraph]:
    found = [p for p in document.paragraphs if re.match(pattern, p.text.strip())]
    if not found:
        pytest.skip(f"this example has no {what}")
    return found


def _bases(document: DocxDocument) -> list[Paragraph]:
    found = [
        p for p in document.paragraphs if p.style is not None and p.style.name == "VB Legal Basis"
    ]
    if not found:
        pytest.skip("this example has no legal bases")
    return found


def _titled(document: DocxDocument) -> Paragraph:
    return _starting(
        document, r"^(Phần|PHẦN|Chương|Mục|Tiểu mục) ([IVXLC]+|\d+|thứ .+|THỨ .+)$", "titled levels"
    )[0]


def _articles(document: DocxDocument) -> list[Paragraph]:
    return _starting(document, r"^Điều \d+\.", "articles")


def _titled_heading_lower(document: DocxDocument) -> None:
    heading = following(_titled(document))
    set_text(heading, heading.text.capitalize())


def _titled_heading_lower(document: DocxDocument) -> None:
    heading = following(_titled(document))
    set_text(heading, heading.text.capitalize())


def _article_colon(document: DocxDocument) -> None:
    first = _articles(document)[0]
    first.runs[0].text = re.sub(r"^Điều (\d+)\.", r"Điều \1:", first.runs[0].text)


def _article_gap(document: DocxDocument) -> None:
    articles = _articles(document)
    if len(articles) < 3:
        pytest.skip("this example has fewer than three articles")
    # The middle one: the last is often named in Nơi nhận ("Như Điều 3").
    middle = articles[1]
    middle.runs[0].text = re.sub(r"^Điều (\d+)\.", r"Điều 99.", middle.runs[0].text)


def _another_type_code(document: DocxDocument) -> None:
    line = number(document)
    substitute(line, r"/[^-/]+-", "/KH-" if "/QĐ-" in line.text else "/QĐ-")


def _enacting(document: DocxDocument) -> Paragraph:
    for paragraph in document.paragraphs:
        if paragraph.text.strip() in ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"):
            return paragraph
    pytest.skip("this example has no promulgation line")


def _authority_paragraph(document: DocxDocument) -> Paragraph:
    found = [
        p for p in document.paragraphs if p.style is not None and p.style.name == "VB Authority"
    ]
    if not found:
        pytest.skip("this example has no authority line")
    return found[0]


def _as_article_gone(document: DocxDocument) -> None:
    _, items = recipients(document)
    for item in items:
        if item.text.startswith("- Như Điều"):
            set_text(item, "- Như Điều 9;")
            return
    pytest.skip('this example has no "Như Điều" recipient')


# -- the text a decision issues or approves (Mẫu 1.3) --


def _attached_header(document: DocxDocument) -> Table:
    for table in document.tables:
        caption = table._tbl.find(f"{qn('w:tblPr')}/{qn('w:tblCaption')}")
        if caption is not None and caption.get(qn("w:val")) == "attached header":
            return table
    pytest.skip("this example has no attached text")


def _attached_reference(document: DocxDocument) -> Paragraph:
    """The line under the attached text's type name and summary."""
    type_name = Paragraph(_attached_header(document)._tbl.getnext(), document._body)
    return following(following(type_name))


def _attached_number(document: DocxDocument) -> None:
    _attached_header(document).cell(0, 0).add_paragraph("Số: 18/QĐ-UBND")


def _money_part(document: DocxDocument) -> Paragraph:
    """An điểm of a money list: "a) Chi đầu tư phát triển: 1.106.250.000 đồng;"."""
    for paragraph in document.paragraphs:
        if re.match(r"^[a-zđ]\) .+: -?[\d.]+ đồng", paragraph.text):
            return paragraph
    pytest.skip("this example has no money list")


def _money_part_changed(document: DocxDocument) -> None:
    substitute(_money_part(document), r"-?[\d.]+ đồng", "9.999.999 đồng")


def _appendix_amount_changed(document: DocxDocument) -> None:
    """The amount of an appendix row named as a khoản or điểm of the body."""
    amounts = {
        m.group(1): m.group(2)
        for p in document.paragraphs
        if (m := re.match(r"^[a-zđ\d]+[.)] (.+): (-?[\d.]+) đồng", p.text))
    }
    for table in document.tables:
        for row in table.rows:
            texts = [c.text.strip() for c in row.cells]
            wanted = next((amounts[t] for t in texts if t in amounts), None)
            if wanted is None or wanted not in texts:
                continue
            for cell in row.cells:
                if cell.text.strip() == wanted:  # every column showing it (before, after)
                    set_text(cell.paragraphs[0], "9.999.999")
            return
    pytest.skip("no appendix row shows an amount of the body")


MUTATIONS: dict[str, list[tuple[str, Mutation]]] = {
    "ND30-PAGE-SIZE": [
        ("page 210 × 280 mm", lambda d: setattr(d.sections[0], "page_height", Mm(280)))
    ],
    "ND30-PAGE-ORIENTATION": [("orientation landscape", _landscape)],
    "ND30-MARGIN-TOP": [("top margin out of range", _margin("top", 20, 25))],
    "ND30-MARGIN-BOTTOM": [("bottom margin out of range", _margin("bottom", 20, 25))],
    "ND30-MARGIN-LEFT": [("left margin out of range", _margin("left", 30, 35))],
    "ND30-MARGIN-RIGHT": [("right margin out of range", _margin("right", 15, 20))],
    "ND30-FONT": [
        ("a body run in Arial", lambda d: runs(body(d)[0], name="Arial")),
        ("an eastAsia slot in SimSun", _east_asia_font),
    ],
    "ND30-FONT-COLOR": [("a body run in red", _red_run)],
    "ND30-NFC": [
        (
            "a body paragraph decomposed",
            lambda d: set_text(body(d)[0], unicodedata.normalize("NFD", body(d)[0].text)),
        )
    ],
    "ND30-PAGE-NUMBER": [
        ("no PAGE field", _no_page_field),
        ("page number aligned left", _page_number_left),
    ],
    "ND30-PAGE-NUMBER-FIRST": [
        (
            "no different first page",
            lambda d: setattr(d.sections[0], "different_first_page_header_footer", False),
        )
    ],
    "ND30-NATIONAL-NAME-TEXT": [
        ("abbreviated", lambda d: set_text(paragraph_with(d, "CỘNG HÒA"), "CỘNG HÒA XHCN VIỆT NAM"))
    ],
    "ND30-NATIONAL-NAME-CAPS": [
        (
            "lower case",
            lambda d: set_text(paragraph_with(d, "CỘNG HÒA"), "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        )
    ],
    "ND30-NATIONAL-NAME-BOLD": [
        ("not bold", lambda d: runs(paragraph_with(d, "CỘNG HÒA"), bold=False))
    ],
    "ND30-NATIONAL-NAME-SIZE": [
        ("14 pt", lambda d: runs(paragraph_with(d, "CỘNG HÒA"), size=Pt(14)))
    ],
    "ND30-MOTTO-TEXT": [
        ("en dashes", lambda d: substitute(paragraph_with(d, "Độc lập"), " - ", " – ")),
        (
            "hyphens without spaces",
            lambda d: set_text(paragraph_with(d, "Độc lập"), "Độc lập-Tự do-Hạnh phúc"),
        ),
    ],
    "ND30-MOTTO-BOLD": [("italic", lambda d: runs(paragraph_with(d, "Độc lập"), italic=True))],
    "ND30-MOTTO-SIZE": [("14.5 pt", lambda d: runs(paragraph_with(d, "Độc lập"), size=Pt(14.5)))],
    "ND30-MOTTO-RULE": [
        ("no rule", lambda d: remove_border(following(paragraph_with(d, "Độc lập"))))
    ],
    "ND30-ISSUER-CAPS": [
        (
            "lower case",
            _issuer_in_lower_case,
        )
    ],
    "ND30-ISSUER-BOLD": [("not bold", lambda d: _each_issuer_line(d, bold=False))],
    "ND30-PARENT-REGULAR": [("a parent body in bold", _parent_in_bold)],
    "ND30-ISSUER-SIZE": [("14 pt", lambda d: _each_issuer_line(d, size=Pt(14)))],
    "ND30-ISSUER-RULE": [("no rule", lambda d: remove_border(following(issuer_lines(d)[-1])))],
    "ND30-NUMBER-FORM": [("no colon", lambda d: substitute(number(d), r"^Số:", "Số"))],
    "ND30-NUMBER-PADDING": [
        ("number 5", lambda d: substitute(number(d), r"^Số:\s*\d*/", "Số: 5/"))
    ],
    "ND30-NUMBER-TYPE-CODE": [
        ("CV", lambda d: substitute(number(d), r"/[^-/]+-", "/CV-")),
        ("an old code", lambda d: substitute(number(d), r"/[^-/]+-", "/TTh-")),
        ("another type's code", _another_type_code),
    ],
    "ND30-DATE-FORM": [
        ("no comma", lambda d: substitute(date_line(d), r",\s*ngày", " ngày")),
        ("in figures", lambda d: set_text(date_line(d), "Hà Nội, 05/5/2023")),
    ],
    "ND30-DATE-PADDING": [
        ("month", _month_padding),
        ("day 5", lambda d: substitute(date_line(d), r"ngày\s*\d*\s*tháng", "ngày 5 tháng")),
    ],
    "ND30-DATE-ITALIC": [("upright", lambda d: runs(date_line(d), italic=False))],
    "ND30-TITLE-CAPS": [("lower case", _title_lower_case)],
    "ND30-TITLE-BOLD": [("not bold", lambda d: runs(type_name(d), bold=False))],
    "ND30-TITLE-CENTRED": [
        ("left", lambda d: setattr(type_name(d), "alignment", WD_ALIGN_PARAGRAPH.LEFT))
    ],
    "ND30-TITLE-SIZE": [("15 pt", lambda d: runs(type_name(d), size=Pt(15)))],
    "ND30-SUMMARY-CASE": [("capitals", lambda d: set_text(summary(d), summary(d).text.upper()))],
    "ND30-SUMMARY-RULE": [("no rule", lambda d: remove_border(summary_rule(d)))],
    "ND30-SUBJECT-PLACE": [
        ("left", lambda d: setattr(subject(d), "alignment", WD_ALIGN_PARAGRAPH.LEFT)),
        ("above the number", _subject_above_number),
    ],
    "ND30-INVITATION-FIELDS": [
        ("wrong weekday", lambda d: substitute(labelled(d, "Thời gian"), "thứ Hai", "thứ Ba")),
        ("no place", _remove_venue),
    ],
    "ND30-URGENCY-MARK": [
        ("black", _stamp_black),
        ("not bold", lambda d: runs(urgency(d), bold=False)),
        ("no frame", _unframed),
        ("full width", _stamp_full_width),
    ],
    "ND30-TELEGRAM-SENDER": [
        ("lower case", _sender_lower_case),
        ("left", lambda d: setattr(telegram_sender(d), "alignment", WD_ALIGN_PARAGRAPH.LEFT)),
        ("no full stop", _last_addressee_semicolon),
    ],
    "ND30-LEAVE-CERTIFICATION": [
        ("upright", lambda d: runs(certification(d), italic=False)),
        ("on the right", _certification_right),
        ("no signing line", _certification_unsigned),
    ],
    "ND30-POWER-OF-ATTORNEY": [
        ("no grantee", _grantee_unnamed),
        ("signatures swapped", _signatures_swapped),
    ],
    "ND30-ADDRESS-LINE": [
        ("14 pt", lambda d: runs(address(d), size=Pt(14))),
        ("no rule", _address_unruled),
        ("on every page", _address_on_every_page),
    ],
    "ND30-SUBJECT-STYLE": [
        ("bold", lambda d: runs(subject(d), bold=True)),
        ("14 pt", lambda d: runs(subject(d), size=Pt(14))),
    ],
    "ND30-BODY-SIZE": [("12 pt", lambda d: runs(body(d)[0], size=Pt(12)))],
    "ND30-BODY-JUSTIFIED": [
        ("left", lambda d: setattr(body(d)[0], "alignment", WD_ALIGN_PARAGRAPH.LEFT))
    ],
    "ND30-BODY-INDENT": [
        ("no indent", lambda d: setattr(body(d)[0].paragraph_format, "first_line_indent", Cm(0)))
    ],
    "ND30-BODY-SPACING": [("0 pt between", _no_space_between)],
    "ND30-BODY-LINE-SPACING": [
        ("double", lambda d: setattr(body(d)[0].paragraph_format, "line_spacing", 2.0))
    ],
    "ND30-END-MARK": [("no ./.", lambda d: substitute(last_body(d), r"\./\.$", "."))],
    "ND30-EMPTY-PARAGRAPHS": [("three blank lines", _three_empty_paragraphs)],
    "ND30-LEGAL-BASES": [
        ("upright", lambda d: runs(_bases(d)[0], italic=False)),
        ("no semicolon", lambda d: substitute(_bases(d)[0], r";$", ",")),
    ],
    "ND30-TITLED-LEVEL": [
        ("not bold", lambda d: runs(_titled(d), bold=False)),
        ("heading in lower case", _titled_heading_lower),
    ],
    "ND30-AUTHORITY-LINE": [
        ("regular type", lambda d: runs(_authority_paragraph(d), bold=False)),
        ("sentence case", lambda d: set_text(_authority_paragraph(d), "Chủ tịch Ủy ban")),
    ],
    "ND30-PROMULGATION": [
        ("no colon", lambda d: set_text(_enacting(d), _enacting(d).text.rstrip(":"))),
        ("not bold", lambda d: runs(_enacting(d), bold=False)),
    ],
    "ND30-AS-ARTICLE": [("Như Điều 9", _as_article_gone)],
    "ND30-ARTICLE": [
        ("Điều 1: with a colon", _article_colon),
        ("not bold", lambda d: runs(_articles(d)[0], bold=False)),
        ("a gap", _article_gap),
    ],
    "ND30-SIGN-PREFIX": [
        ("no full stop", _drop_authority_dot),
        ("Party form", _party),
    ],
    "ND30-SIGN-TITLE-CAPS": [
        (
            "lower case",
            lambda d: set_text(signature(d)[0][-1], signature(d)[0][-1].text.capitalize()),
        )
    ],
    "ND30-SIGN-TITLE-BOLD": [("not bold", lambda d: runs(signature(d)[0][-1], bold=False))],
    "ND30-SIGN-NAME-BOLD": [("not bold", lambda d: runs(signature(d)[1], bold=False))],
    "ND30-SIGN-NAME-NO-TITLE": [
        ("TS.", lambda d: set_text(signature(d)[1], "TS. " + signature(d)[1].text))
    ],
    "ND30-RECIPIENTS-LABEL": [
        ("not italic", lambda d: runs(recipients(d)[0], italic=False)),
        ("no colon", lambda d: set_text(recipients(d)[0], "Nơi nhận")),
    ],
    "ND30-RECIPIENTS-ITEM-SIZE": [("12 pt", lambda d: runs(recipients(d)[1][0], size=Pt(12)))],
    "ND30-RECIPIENTS-ITEM-FORM": [
        ("no semicolon", lambda d: substitute(recipients(d)[1][0], r";$", "")),
        ("no final stop", lambda d: substitute(recipients(d)[1][-1], r"\.$", "")),
    ],
    "ND30-PARTS": [("no motto", _remove_motto)],
    "ND30-LOCAL-UNITS": [("a 2026 recipient is an UBND huyện", _district_recipient)],
    "ND30-RULE-DRAWN": [("motto rule as underscores", _motto_underscores)],
    # The text a decision issues or approves (Mẫu 1.3).
    "ND30-ATTACHED-HEADER": [("a number in its header", _attached_number)],
    "ND30-ATTACHED-REFERENCE": [
        ("not italic", lambda d: runs(_attached_reference(d), italic=False)),
        (
            "not centred",
            lambda d: setattr(_attached_reference(d), "alignment", WD_ALIGN_PARAGRAPH.LEFT),
        ),
        ("no rule under it", lambda d: remove_border(following(_attached_reference(d)))),
        ("Theo Quyết định", lambda d: substitute(_attached_reference(d), r"^\(\w[^Q]*", "(Theo ")),
    ],
    # Money lists of budget resolutions: totals and the appendix agree with the body.
    "ND30-MONEY-TOTAL": [
        ("a part changed", _money_part_changed),
        ("an appendix amount changed", _appendix_amount_changed),
    ],
}


def test_every_rule_has_a_mutation() -> None:
    assert set(MUTATIONS) == set(RULES)


CASES = [
    pytest.param(example.name, code, mutate, id=f"{example.stem}-{code}-{label}")
    for example in EXAMPLES
    for code, variants in MUTATIONS.items()
    for label, mutate in variants
]


@pytest.fixture(scope="session")
def baseline(rendered: dict[str, bytes]) -> dict[str, set[tuple[str, str, str | None]]]:
    """The failures of each unchanged example (none, unless test_documents.py reports one)."""
    return {name: _failures(check(data, name=name)) for name, data in rendered.items()}


@pytest.mark.parametrize(("example", "code", "mutate"), CASES)
def test_mutation_fails_that_rule_alone(
    rendered: dict[str, bytes],
    baseline: dict[str, set[tuple[str, str, str | None]]],
    example: str,
    code: str,
    mutate: Mutation,
) -> None:
    document = open_docx(rendered[example])
    mutate(document)
    report = check(save(document), name=example)
    new = _failures(report) - baseline[example]
    assert {failed_code for failed_code, _, _ in new} == {code}, report.to_text()


def _failures(report: CheckReport) -> set[tuple[str, str, str | None]]:
    return {(f.code, f.message, f.where) for f in report.failures}
