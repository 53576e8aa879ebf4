"""Short rules (đường kẻ) sized from the text above them, and the closing block kept with the body.

Decree 30 sizes the rule under the issuing body and under the summary at 1/3–1/2 of the text
line, and the rule under the motto at the motto's own length (Phụ lục I, mục II). A template is a
.docx that must open in Word, so a length cannot be a template variable; instead a rule is an
empty paragraph of style "VB Rule Short" or "VB Rule Text Width" whose bottom border is the line,
and this step sets its indents from the measured width of the paragraph just above it.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass

from lxml import etree

from vanban.formatting.text import break_name, text_width_pt
from vanban.ooxml import styles
from vanban.ooxml.ns import W
from vanban.ooxml.units import parse_number, twips
from vanban.ooxml.walk import iter_runs
from vanban.rendering.fixups import split_emphasis
from vanban.rendering.footer import first_footer_on_page_one
from vanban.rendering.tables import (
    finish_tables,
    page_text_twips,
    section_text_twips,
    style_id,
)

__all__ = ["RULE_RATIO", "StyleSheet", "finish_body"]

#: Rule length over the text width for the short rules: inside the 1/3–1/2 band, away from its ends.
RULE_RATIO = 0.4
SHORT, TEXT_WIDTH = "VBRuleShort", "VBRuleText"
#: The rule under an appendix's "(Kèm theo …)" line: ~16 mm, as Mẫu 2.1 draws it (twips).
APPENDIX_RULE, APPENDIX_REFERENCE = 907, "VBAppendixReference"
#: Space after a short rule in the body (twips): its first line ~5 mm below it, as in Mẫu 1.4.
TITLE_RULE_AFTER = 280
_RULES = (SHORT, TEXT_WIDTH)


@dataclass(frozen=True)
class _RunStyle:
    size_pt: float
    bold: bool


class StyleSheet:
    """Size and weight of each paragraph style: the shared style hierarchy, read once per style."""

    def __init__(self, styles_xml: bytes) -> None:
        self._sheet = styles.StyleSheet(etree.fromstring(styles_xml))
        self.default = self._resolve([])
        self._resolved: dict[str | None, _RunStyle] = {}

    def resolve(self, style_id: str | None) -> _RunStyle:
        found = self._resolved.get(style_id)
        if found is None:
            found = self._resolved[style_id] = self._resolve(
                self._sheet.chain(style_id, "paragraph")
            )
        return found

    def _resolve(self, chain: list[etree._Element]) -> _RunStyle:
        # Nearest first: the style, the styles it is based on, then the document defaults.
        levels = [s.find(f"{W}rPr") for s in chain] + [self._sheet.run_default]
        size = bold = None
        for rpr in levels:
            if rpr is None:
                continue
            size = _half_points(rpr.find(f"{W}sz"), None) if size is None else size
            bold = styles.on_off(rpr.find(f"{W}b")) if bold is None else bold
        return _RunStyle(styles.WORD_DEFAULT_SIZE_PT if size is None else size, bool(bold))


def _half_points(element: etree._Element | None, fallback: float | None) -> float | None:
    if element is None:
        return fallback
    value = parse_number(element.get(f"{W}val"))
    return fallback if value is None else value / 2


def _line_widths(paragraph: etree._Element, styles: StyleSheet) -> list[float]:
    """Printed width in points of each line (split at line breaks) of a paragraph."""
    base = styles.resolve(style_id(paragraph))
    widths = [0.0]
    for run in iter_runs(paragraph):  # not a text box's runs, nor deleted ones
        size, bold = _run_font(run, base)
        for child in run:
            if child.tag == f"{W}t" and child.text:
                widths[-1] += text_width_pt(child.text, size, bold=bold)
            elif child.tag == f"{W}br":
                widths.append(0.0)
            elif child.tag == f"{W}tab":
                widths[-1] += size * 2
    return widths


def _available_twips(paragraph: etree._Element, page: int) -> int:
    cell = next((a for a in paragraph.iterancestors(f"{W}tc")), None)
    if cell is None:
        return page
    width = cell.find(f"{W}tcPr/{W}tcW")
    if width is None or width.get(f"{W}type", "dxa") != "dxa":
        return page
    found = twips(width, "w")
    return page if found is None else found


def _styled(body: etree._Element, wanted: Collection[str]) -> list[etree._Element]:
    """The paragraphs of the given styles, found from their style marks: a few among hundreds
    of paragraphs, without looking into each."""
    found = []
    for mark in body.iter(f"{W}pStyle"):
        if mark.get(f"{W}val") not in wanted:
            continue
        properties = mark.getparent()
        paragraph = properties.getparent() if properties is not None else None
        if paragraph is not None and paragraph.tag == f"{W}p" and style_id(paragraph) in wanted:
            found.append(paragraph)
    return found


def size_rules(body: etree._Element, styles: StyleSheet) -> None:
    """Set the indents of every rule paragraph from the text of the paragraph above it."""
    page = page_text_twips(body)
    # Only a body split into sections (appendices, landscape tables) needs each rule's own.
    sectioned = any(sect.getparent() is not body for sect in body.iter(f"{W}sectPr"))
    for paragraph in _styled(body, _RULES):
        kind = style_id(paragraph)
        above = paragraph.getprevious()
        while above is not None and above.tag != f"{W}p":
            above = above.getprevious()
        if above is None:
            continue
        # A rule under a heading on landscape pages (an appendix opening with a wide table)
        # spans that section's width.
        in_body = sectioned and paragraph.getparent() is body
        available = _available_twips(
            paragraph, section_text_twips(paragraph, body) if in_body else page
        )
        text = max(_line_widths(above, styles)) * 20
        length = min(text, available) * (RULE_RATIO if kind == SHORT else 1.0)
        if style_id(above) == APPENDIX_REFERENCE:
            length = APPENDIX_RULE  # Mẫu 2.1: a short rule, whatever the reference's length
        indent = str(max(int((available - length) / 2), 0))
        ppr = paragraph.find(f"{W}pPr")
        assert ppr is not None  # a rule is identified by its pStyle, so it has a pPr
        ind = ppr.find(f"{W}ind")
        if ind is None:
            ind = etree.Element(f"{W}ind")
            _insert_ordered(ppr, ind)
        ind.set(f"{W}left", indent)
        ind.set(f"{W}right", indent)
        if kind == SHORT and paragraph.getparent() is body and ppr.find(f"{W}spacing") is None:
            # Under the summary or an appendix's reference line, the text starts a little
            # lower than under the header's names (Mẫu 1.4, 2.1); spacing precedes w:ind.
            spacing = etree.Element(f"{W}spacing")
            spacing.set(f"{W}after", str(TITLE_RULE_AFTER))
            ind.addprevious(spacing)


# Children of w:pPr that the schema puts after w:ind; Word rejects a pPr out of order.
_AFTER_IND = {
    f"{W}{name}"
    for name in (
        "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
        "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
        "sectPr", "pPrChange",
    )
}  # fmt: skip


def _insert_ordered(ppr: etree._Element, ind: etree._Element) -> None:
    for index, child in enumerate(ppr):
        if child.tag in _AFTER_IND:
            ppr.insert(index, ind)
            return
    ppr.append(ind)


def keep_signature_with_body(body: etree._Element) -> None:
    """Keep the last body paragraph on the page of the signature block (never a lone signature),
    and, where Nơi nhận stands below two signatures (minutes, a power of attorney), the
    signatures on the page of Nơi nhận (never a page holding Nơi nhận alone)."""
    for table in body.iter(f"{W}tbl"):
        caption = table.find(f"{W}tblPr/{W}tblCaption")
        if caption is None or caption.get(f"{W}val") != "signature":
            continue
        previous = table.getprevious()
        if previous is not None and previous.tag == f"{W}p":
            _keep_with_next(previous)
        following = table.getnext()
        if following is not None and style_id(following) == "VBRecipientsLabelBelow":
            # Word and LibreOffice keep a table row with the next paragraph when every
            # paragraph of the row is kept with its next.
            for paragraph in table.iter(f"{W}p"):
                _keep_with_next(paragraph)


def _keep_with_next(paragraph: etree._Element) -> None:
    ppr = paragraph.find(f"{W}pPr")
    if ppr is None:
        ppr = etree.Element(f"{W}pPr")
        paragraph.insert(0, ppr)
    if ppr.find(f"{W}keepNext") is None:
        # keepNext comes right after pStyle in the schema order.
        style = ppr.find(f"{W}pStyle")
        ppr.insert(0 if style is None else 1, etree.Element(f"{W}keepNext"))


#: Paragraph styles holding the name of a body in the header (ô 1–2).
_NAME_STYLES = {"VBParentBody", "VBIssuer"}


def break_names(body: etree._Element, styles: StyleSheet) -> None:
    """Break a body's name too wide for its header column where a clerk would.

    Word would wrap "ỦY BAN NHÂN DÂN QUẬN LONG BIÊN" inside the unit's name ("… QUẬN / LONG
    BIÊN"); the name is broken before the unit instead, and the rule under it sized to it.
    """
    for paragraph in _styled(body, _NAME_STYLES):
        runs = list(iter_runs(paragraph))
        cell = next(paragraph.iterancestors(f"{W}tc"), None)
        if len(runs) != 1 or cell is None:
            continue  # a name written in several runs was laid out by hand: left alone
        run = runs[0]
        pieces = [c for c in run if c.tag != f"{W}rPr"]
        if any(c.tag not in (f"{W}t", f"{W}br") for c in pieces):
            continue
        text = "".join(c.text or "" if c.tag == f"{W}t" else "\n" for c in pieces)
        size, bold = _run_font(run, styles.resolve(style_id(paragraph)))
        available = _available_twips(paragraph, 0) / 20
        width = functools.partial(text_width_pt, size_pt=size, bold=bold)
        given = text.split("\n")
        lines = [broken for line in given for broken in break_name(line, width, available)]
        if lines == given:
            continue
        for piece in pieces:
            run.remove(piece)
        for number, line in enumerate(lines):
            if number:
                etree.SubElement(run, f"{W}br")
            etree.SubElement(run, f"{W}t").text = line


def _run_font(run: etree._Element, base: _RunStyle) -> tuple[float, bool]:
    rpr = run.find(f"{W}rPr")
    size, bold = base.size_pt, base.bold
    if rpr is not None:
        size = _half_points(rpr.find(f"{W}sz"), size) or size
        flag = styles.on_off(rpr.find(f"{W}b"))
        bold = bold if flag is None else flag
    return size, bold


def finish_body(body: etree._Element, styles: StyleSheet, *, emphasis: bool = True) -> None:
    """Everything the renderer does to a rendered body before it is packaged.

    ``emphasis=False`` says the rendered text holds no emphasis marks (the caller searched the
    rendered XML, which is far cheaper than visiting every run).
    """
    # First: the runs of inline emphasis are what the later steps measure and break.
    if emphasis:
        split_emphasis(body)
    finish_tables(body)
    break_names(body, styles)
    size_rules(body, styles)
    keep_signature_with_body(body)
    first_footer_on_page_one(body)
