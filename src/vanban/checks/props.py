"""Effective formatting — định dạng thực tế of runs and paragraphs, resolved the way Word does.

A run's font, size and weight come from the first level that sets them, most specific first:
direct formatting → character style → paragraph style (and the styles it is based on) → table
style → document defaults (docDefaults) → Word's built-in defaults (Times New Roman, 10 pt).
Each of the four font slots (ascii, hAnsi, cs, eastAsia) is resolved on its own, and a theme font
(``asciiTheme="minorHAnsi"``) is looked up in the document's theme.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

__all__ = [
    "FONT_SLOTS",
    "ParagraphProps",
    "RunProps",
    "StyleResolver",
    "W",
    "is_on",
    "twips",
    "w",
]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"

Element = etree._Element

#: The four font slots of a run; Vietnamese text uses ascii and hAnsi, but Word switches to cs or
#: eastAsia for some characters and language tags, so Decree 30's "Times New Roman" means all four.
FONT_SLOTS = ("ascii", "hAnsi", "cs", "eastAsia")
_THEME_ATTR = {
    "ascii": "asciiTheme",
    "hAnsi": "hAnsiTheme",
    "cs": "cstheme",
    "eastAsia": "eastAsiaTheme",
}
_WORD_DEFAULT_FONT = "Times New Roman"
_WORD_DEFAULT_SIZE_PT = 10.0


def w(tag: str) -> str:
    """The Clark name of a WordprocessingML tag or attribute: ``w("p")`` → ``{…/main}p``."""
    return f"{{{W}}}{tag}"


def is_on(element: Element | None) -> bool | None:
    """The value of an on/off element (``<w:b/>``, ``<w:b w:val="0"/>``); None if absent."""
    if element is None:
        return None
    return element.get(w("val"), "true").lower() not in ("0", "false", "off", "none")


def twips(element: Element | None, attr: str) -> int | None:
    """An integer attribute in twentieths of a point, or None when absent or unreadable."""
    if element is None:
        return None
    raw = element.get(w(attr))
    if raw is None:
        return None
    try:
        return round(float(raw))
    except ValueError:
        return None


@dataclass(frozen=True)
class RunProps:
    """Kiểu chữ (type style) of a run after style resolution."""

    fonts: tuple[tuple[str, str], ...]
    """(slot, font name) for each of the four slots."""
    size_pt: float
    bold: bool
    italic: bool
    caps: bool
    small_caps: bool
    underline: bool
    color: str | None
    """``None`` or ``"auto"`` means Word's automatic (black) colour; otherwise an RRGGBB value."""
    theme_color: str | None
    hidden: bool
    vert_align: str | None

    def font(self, slot: str) -> str:
        return dict(self.fonts)[slot]

    @property
    def scale(self) -> float:
        """How much smaller superscript and subscript print (Word sets them at about 2/3 size)."""
        return 2 / 3 if self.vert_align in ("superscript", "subscript") else 1.0


@dataclass(frozen=True)
class ParagraphProps:
    """Định dạng đoạn văn (paragraph format) after style and numbering resolution."""

    style_id: str | None
    align: str
    """Word's jc value: "left", "center", "right", "both" (justified), "distribute" …"""
    left: int
    right: int
    first_line: int
    """First-line indent in twips; negative for a hanging indent."""
    before: int
    after: int
    contextual: bool
    line: int | None
    line_rule: str
    border_bottom: bool

    @property
    def centred(self) -> bool:
        return self.align == "center"

    @property
    def justified(self) -> bool:
        return self.align in ("both", "distribute", "lowKashida", "mediumKashida", "highKashida")


class StyleResolver:
    """Resolves run and paragraph properties through styles, numbering, theme and defaults."""

    def __init__(
        self,
        styles: Element | None,
        theme: Element | None = None,
        numbering: Element | None = None,
    ) -> None:
        self._styles: dict[str, Element] = {}
        self._default: dict[str, str] = {}
        self._rpr_default: Element | None = None
        self._ppr_default: Element | None = None
        if styles is not None:
            for style in styles.iter(w("style")):
                style_id = style.get(w("styleId"))
                if style_id is None:
                    continue
                self._styles[style_id] = style
                if style.get(w("default")) in ("1", "true", "on"):
                    self._default[style.get(w("type"), "paragraph")] = style_id
            defaults = styles.find(w("docDefaults"))
            if defaults is not None:
                self._rpr_default = defaults.find(f"{w('rPrDefault')}/{w('rPr')}")
                self._ppr_default = defaults.find(f"{w('pPrDefault')}/{w('pPr')}")
        self._theme_fonts = _theme_fonts(theme)
        self._numbering = _numbering_levels(numbering)

    # -- styles ---------------------------------------------------------------------------------

    def _chain(self, style_id: str | None, kind: str) -> list[Element]:
        """The style and the styles it is based on, base first."""
        if style_id is None or style_id not in self._styles:
            style_id = self._default.get(kind)
        chain: list[Element] = []
        seen: set[str] = set()
        while style_id is not None and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            chain.append(style)
            based = style.find(w("basedOn"))
            style_id = based.get(w("val")) if based is not None else None
        chain.reverse()
        return chain

    def _table_style(self, paragraph: Element) -> Element | None:
        for ancestor in paragraph.iterancestors(w("tbl")):
            tbl_style = ancestor.find(f"{w('tblPr')}/{w('tblStyle')}")
            style_id = tbl_style.get(w("val")) if tbl_style is not None else None
            chain = self._chain(style_id, "table")
            return chain[-1] if chain else None
        return None

    def table_cell_margins(self, table: Element) -> tuple[int, int]:
        """Left and right cell margins of a table in twips (Word's default is 108 each)."""
        left = right = 108
        tbl_style = table.find(f"{w('tblPr')}/{w('tblStyle')}")
        style_id = tbl_style.get(w("val")) if tbl_style is not None else None
        sources = [
            s.find(f"{w('tblPr')}/{w('tblCellMar')}") for s in self._chain(style_id, "table")
        ]
        sources.append(table.find(f"{w('tblPr')}/{w('tblCellMar')}"))
        for mar in sources:
            if mar is None:
                continue
            for names, side in ((("left", "start"), 0), (("right", "end"), 1)):
                for name in names:
                    value = twips(mar.find(w(name)), "w")
                    if value is not None:
                        if side == 0:
                            left = value
                        else:
                            right = value
                        break
        return left, right

    # -- runs -----------------------------------------------------------------------------------

    def run_props(self, run: Element, paragraph: Element) -> RunProps:
        """Effective properties of a run inside a paragraph."""
        layers: list[Element] = []  # least specific first
        if self._rpr_default is not None:
            layers.append(self._rpr_default)
        table_style = self._table_style(paragraph)
        if table_style is not None:
            layers.extend(_children(table_style, "rPr"))
        p_style = paragraph.find(f"{w('pPr')}/{w('pStyle')}")
        for style in self._chain(
            p_style.get(w("val")) if p_style is not None else None, "paragraph"
        ):
            layers.extend(_children(style, "rPr"))
        r_pr = run.find(w("rPr"))
        r_style = r_pr.find(w("rStyle")) if r_pr is not None else None
        if r_style is not None:
            for style in self._chain(r_style.get(w("val")), "character"):
                layers.extend(_children(style, "rPr"))
        if r_pr is not None:
            layers.append(r_pr)
        return self._merge_run(layers)

    def paragraph_mark_props(self, paragraph: Element) -> RunProps:
        """Properties of a paragraph's mark: what an empty paragraph's text would look like."""
        layers: list[Element] = []
        if self._rpr_default is not None:
            layers.append(self._rpr_default)
        table_style = self._table_style(paragraph)
        if table_style is not None:
            layers.extend(_children(table_style, "rPr"))
        p_style = paragraph.find(f"{w('pPr')}/{w('pStyle')}")
        for style in self._chain(
            p_style.get(w("val")) if p_style is not None else None, "paragraph"
        ):
            layers.extend(_children(style, "rPr"))
        mark = paragraph.find(f"{w('pPr')}/{w('rPr')}")
        if mark is not None:
            layers.append(mark)
        return self._merge_run(layers)

    def _merge_run(self, layers: list[Element]) -> RunProps:
        # Toggle properties (bold, italic, caps) are taken from the most specific level that sets
        # them; Word's rule that a toggle in two styles cancels out is rare enough to leave out.
        fonts = {slot: self._font(layers, slot) for slot in FONT_SLOTS}
        size = _WORD_DEFAULT_SIZE_PT
        flags: dict[str, bool] = {}
        underline = False
        color: str | None = None
        theme_color: str | None = None
        vert_align: str | None = None
        for r_pr in layers:
            sz = r_pr.find(w("sz"))
            half_points = twips(sz, "val")
            if half_points is not None:
                size = half_points / 2
            for name in ("b", "i", "caps", "smallCaps", "vanish"):
                value = is_on(r_pr.find(w(name)))
                if value is not None:
                    flags[name] = value
            u = r_pr.find(w("u"))
            if u is not None:
                underline = u.get(w("val"), "single") != "none"
            col = r_pr.find(w("color"))
            if col is not None:
                color = col.get(w("val"))
                theme_color = col.get(w("themeColor"))
            va = r_pr.find(w("vertAlign"))
            if va is not None:
                vert_align = va.get(w("val"))
        return RunProps(
            fonts=tuple((slot, fonts[slot]) for slot in FONT_SLOTS),
            size_pt=size,
            bold=flags.get("b", False),
            italic=flags.get("i", False),
            caps=flags.get("caps", False),
            small_caps=flags.get("smallCaps", False),
            underline=underline,
            color=color,
            theme_color=theme_color,
            hidden=flags.get("vanish", False),
            vert_align=vert_align if vert_align != "baseline" else None,
        )

    def _font(self, layers: list[Element], slot: str) -> str:
        # The most specific level naming the slot decides, by theme font or by name; a theme
        # font on the same element wins over a plain name (ECMA-376 17.3.2.26).
        for r_pr in reversed(layers):
            fonts = r_pr.find(w("rFonts"))
            if fonts is None:
                continue
            theme = fonts.get(w(_THEME_ATTR[slot]))
            if theme is not None:
                typeface = self._theme_fonts.get(theme, "")
                return typeface or f"theme font {theme} (no typeface)"
            name = fonts.get(w(slot))
            if name is not None:
                return name
        return _WORD_DEFAULT_FONT

    # -- paragraphs -----------------------------------------------------------------------------

    def paragraph_props(self, paragraph: Element) -> ParagraphProps:
        """Effective properties of a paragraph."""
        layers: list[Element] = []
        if self._ppr_default is not None:
            layers.append(self._ppr_default)
        table_style = self._table_style(paragraph)
        if table_style is not None:
            layers.extend(_children(table_style, "pPr"))
        p_pr = paragraph.find(w("pPr"))
        p_style = p_pr.find(w("pStyle")) if p_pr is not None else None
        style_id = p_style.get(w("val")) if p_style is not None else None
        chain = self._chain(style_id, "paragraph")
        num_pr: Element | None = None
        for style in chain:
            style_ppr = style.find(w("pPr"))
            if style_ppr is not None:
                layers.append(style_ppr)
                style_num = style_ppr.find(w("numPr"))
                if style_num is not None:
                    num_pr = style_num
        if p_pr is not None and p_pr.find(w("numPr")) is not None:
            num_pr = p_pr.find(w("numPr"))
        level = self._numbering_level(num_pr)
        if level is not None:
            layers.append(level)
        if p_pr is not None:
            layers.append(p_pr)
        return _merge_paragraph(layers, chain[-1].get(w("styleId")) if chain else None)

    def _numbering_level(self, num_pr: Element | None) -> Element | None:
        if num_pr is None:
            return None
        num_id = num_pr.find(w("numId"))
        ilvl = num_pr.find(w("ilvl"))
        key = (
            num_id.get(w("val"), "") if num_id is not None else "",
            ilvl.get(w("val"), "0") if ilvl is not None else "0",
        )
        return self._numbering.get(key)


def _children(style: Element, tag: str) -> Iterator[Element]:
    child = style.find(w(tag))
    if child is not None:
        yield child


def _merge_paragraph(layers: list[Element], style_id: str | None) -> ParagraphProps:
    align = "left"
    left = right = first_line = 0
    before = after = 0
    contextual = False
    line: int | None = None
    line_rule = "auto"
    border_bottom = False
    for p_pr in layers:
        jc = p_pr.find(w("jc"))
        if jc is not None:
            align = {"start": "left", "end": "right"}.get(
                jc.get(w("val"), "left"), jc.get(w("val"), "left")
            )
        ind = p_pr.find(w("ind"))
        if ind is not None:
            left = _first(ind, ("left", "start"), left)
            right = _first(ind, ("right", "end"), right)
            hanging = twips(ind, "hanging")
            first = twips(ind, "firstLine")
            if hanging is not None:
                first_line = -hanging
            elif first is not None:
                first_line = first
        spacing = p_pr.find(w("spacing"))
        if spacing is not None:
            before = _space(spacing, "before", before)
            after = _space(spacing, "after", after)
            value = twips(spacing, "line")
            if value is not None:
                line = value
                line_rule = spacing.get(w("lineRule"), "auto")
        ctx = is_on(p_pr.find(w("contextualSpacing")))
        if ctx is not None:
            contextual = ctx
        bottom = p_pr.find(f"{w('pBdr')}/{w('bottom')}")
        if bottom is not None:
            border_bottom = bottom.get(w("val"), "nil") not in ("nil", "none")
    return ParagraphProps(
        style_id=style_id,
        align=align,
        left=left,
        right=right,
        first_line=first_line,
        before=before,
        after=after,
        contextual=contextual,
        line=line,
        line_rule=line_rule,
        border_bottom=border_bottom,
    )


def _first(element: Element, names: tuple[str, ...], default: int) -> int:
    for name in names:
        value = twips(element, name)
        if value is not None:
            return value
    return default


def _space(spacing: Element, side: str, default: int) -> int:
    # Word's automatic spacing (HTML-style) is 14 pt; "lines" are hundredths of a 12 pt line.
    if is_on(spacing.find(w(f"{side}Autospacing"))) or spacing.get(w(f"{side}Autospacing")) in (
        "1",
        "true",
        "on",
    ):
        return 280
    lines = twips(spacing, f"{side}Lines")
    if lines is not None:
        return lines * 240 // 100
    value = twips(spacing, side)
    return default if value is None else value


def _theme_fonts(theme: Element | None) -> dict[str, str]:
    out: dict[str, str] = {}
    if theme is None:
        return out
    for major, prefix in (("majorFont", "major"), ("minorFont", "minor")):
        font = next(theme.iter(f"{{{_A}}}{major}"), None)
        if font is None:
            continue
        for script, names in (
            ("latin", ("Ascii", "HAnsi")),
            ("ea", ("EastAsia",)),
            ("cs", ("Bidi",)),
        ):
            face = font.find(f"{{{_A}}}{script}")
            typeface = face.get("typeface", "") if face is not None else ""
            for name in names:
                out[prefix + name] = typeface
    return out


def _numbering_levels(numbering: Element | None) -> dict[tuple[str, str], Element]:
    """(numId, ilvl) → the level's pPr, through the abstract numbering it points to."""
    out: dict[tuple[str, str], Element] = {}
    if numbering is None:
        return out
    abstract: dict[str, dict[str, Element]] = {}
    for abs_num in numbering.iter(w("abstractNum")):
        levels: dict[str, Element] = {}
        for lvl in abs_num.iter(w("lvl")):
            p_pr = lvl.find(w("pPr"))
            if p_pr is not None:
                levels[lvl.get(w("ilvl"), "0")] = p_pr
        abstract[abs_num.get(w("abstractNumId"), "")] = levels
    for num in numbering.iter(w("num")):
        ref = num.find(w("abstractNumId"))
        if ref is None:
            continue
        for ilvl, p_pr in abstract.get(ref.get(w("val"), ""), {}).items():
            out[(num.get(w("numId"), ""), ilvl)] = p_pr
    return out
