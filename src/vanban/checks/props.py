"""Effective formatting — định dạng thực tế of runs and paragraphs, resolved the way Word does.

A run's font, size and weight come from the first level that sets them, most specific first:
direct formatting → character style → paragraph style (and the styles it is based on) → table
style → document defaults (docDefaults) → Word's built-in defaults (Times New Roman, 10 pt); the
style hierarchy is :mod:`vanban.ooxml.styles`, shared with the dump and rendering.
Each of the four font slots (ascii, hAnsi, cs, eastAsia) is resolved on its own, and a theme font
(``asciiTheme="minorHAnsi"``) is looked up in the document's theme.
"""

from __future__ import annotations

from dataclasses import dataclass

from vanban.ooxml.ns import W_NS, Element, w
from vanban.ooxml.styles import (
    WORD_DEFAULT_FONT,
    WORD_DEFAULT_SIZE_PT,
    StyleSheet,
    numbering_levels,
    on_off,
    theme_fonts,
)
from vanban.ooxml.units import twips

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

W = W_NS

#: The four font slots of a run; Vietnamese text uses ascii and hAnsi, but Word switches to cs or
#: eastAsia for some characters and language tags, so Decree 30's "Times New Roman" means all four.
FONT_SLOTS = ("ascii", "hAnsi", "cs", "eastAsia")
_THEME_ATTR = {
    "ascii": "asciiTheme",
    "hAnsi": "hAnsiTheme",
    "cs": "cstheme",
    "eastAsia": "eastAsiaTheme",
}
_WORD_DEFAULT_FONT = WORD_DEFAULT_FONT
_WORD_DEFAULT_SIZE_PT = WORD_DEFAULT_SIZE_PT


is_on = on_off


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
    frame: tuple[str, float] | None = None
    """A single-line border on all four sides (a stamp's frame): its colour and the points of
    space between the text and its top and bottom; None without one."""
    border_top: bool = False
    """A border above the text (the rule over the address line, ô 13)."""

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
        self._sheet = StyleSheet(styles)
        self._theme_fonts = theme_fonts(theme)
        self._numbering = numbering_levels(numbering)
        self._run_bases: dict[tuple[str | None, str | None, str | None], _RunState] = {}
        self._paragraph_bases: dict[
            tuple[str | None, str | None], tuple[_ParagraphState, Element | None]
        ] = {}

    # -- styles ---------------------------------------------------------------------------------

    def _chain(self, style_id: str | None, kind: str) -> list[Element]:
        """The style (or the default of ``kind``) and the styles it is based on, base first."""
        return self._sheet.chain(style_id, kind)[::-1]

    def _table_chain(self, table_style: str | None) -> list[Element]:
        """The table style's chain, nearest first; none outside a table ("" for no tblStyle)."""
        return [] if table_style is None else self._sheet.chain(table_style or None, "table")

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

    def _style_id(self, paragraph: Element) -> str | None:
        p_style = paragraph.find(_P_STYLE)
        return p_style.get(_VAL) if p_style is not None else None

    def _table_style_id(self, paragraph: Element) -> str | None:
        for ancestor in paragraph.iterancestors(_TBL):
            tbl_style = ancestor.find(_TBL_STYLE)
            return tbl_style.get(_VAL, "") if tbl_style is not None else ""
        return None

    def _run_base(self, paragraph: Element, r_style: str | None) -> _RunState:
        """What a run gets from the defaults and the styles, shared by every run styled alike."""
        table_style = self._table_style_id(paragraph)
        key = (table_style, self._style_id(paragraph), r_style)
        state = self._run_bases.get(key)
        if state is None:
            state = _RunState()
            levels = self._sheet.run_levels(None, r_style, key[1], self._table_chain(table_style))
            # The shared hierarchy lists levels nearest first; each is applied over the last.
            for source in reversed(levels[1:]):
                if source.element is not None:
                    state.apply(source.element, self._theme_fonts)
            self._run_bases[key] = state
        return state

    def run_props(self, run: Element, paragraph: Element) -> RunProps:
        """Effective properties of a run inside a paragraph."""
        r_pr = run.find(_R_PR)
        r_style_el = r_pr.find(_R_STYLE) if r_pr is not None else None
        r_style = r_style_el.get(_VAL) if r_style_el is not None else None
        base = self._run_base(paragraph, r_style)
        if r_pr is None:
            return base.finish()
        state = base.copy()
        state.apply(r_pr, self._theme_fonts)
        return state.finish()

    def paragraph_mark_props(self, paragraph: Element) -> RunProps:
        """Properties of a paragraph's mark: what an empty paragraph's text would look like."""
        base = self._run_base(paragraph, None)
        mark = paragraph.find(_MARK)
        if mark is None:
            return base.finish()
        state = base.copy()
        state.apply(mark, self._theme_fonts)
        return state.finish()

    # -- paragraphs -----------------------------------------------------------------------------

    def paragraph_props(self, paragraph: Element) -> ParagraphProps:
        """Effective properties of a paragraph."""
        table_style = self._table_style_id(paragraph)
        style_id = self._style_id(paragraph)
        key = (table_style, style_id)
        cached = self._paragraph_bases.get(key)
        if cached is None:
            state = _ParagraphState()
            levels = self._sheet.paragraph_levels(None, style_id, self._table_chain(table_style))
            num_pr: Element | None = None
            for source in reversed(levels[1:]):
                style_p_pr = source.element
                if style_p_pr is not None:
                    state.apply(style_p_pr)
                    found = style_p_pr.find(_NUM_PR)
                    num_pr = found if found is not None else num_pr
            chain = self._sheet.chain(style_id, "paragraph")
            state.style_id = chain[0].get(_STYLE_ID) if chain else None
            cached = (state, self._numbering_level(num_pr))
            self._paragraph_bases[key] = cached
        base, style_level = cached
        p_pr = paragraph.find(_P_PR)
        direct_num = p_pr.find(_NUM_PR) if p_pr is not None else None
        level = self._numbering_level(direct_num) if direct_num is not None else style_level
        if p_pr is None and level is None:
            return base.finish()
        state = base.copy()
        # Numbering indents come after the style's and before the paragraph's own (ECMA-376).
        if level is not None:
            state.apply(level)
        if p_pr is not None:
            state.apply(p_pr)
        return state.finish()

    def _numbering_level(self, num_pr: Element | None) -> Element | None:
        if num_pr is None:
            return None
        num_id = num_pr.find(w("numId"))
        ilvl = num_pr.find(w("ilvl"))
        key = (
            num_id.get(_VAL, "") if num_id is not None else "",
            ilvl.get(_VAL, "0") if ilvl is not None else "0",
        )
        return self._numbering.get(key)


_VAL = w("val")
_TBL = w("tbl")
_TBL_STYLE = f"{w('tblPr')}/{w('tblStyle')}"
_P_PR = w("pPr")
_R_PR = w("rPr")
_P_STYLE = f"{w('pPr')}/{w('pStyle')}"
_R_STYLE = w("rStyle")
_MARK = f"{w('pPr')}/{w('rPr')}"
_NUM_PR = w("numPr")
_STYLE_ID = w("styleId")
_R_FONTS = w("rFonts")
_SZ = w("sz")
_U = w("u")
_COLOR = w("color")
_THEME_COLOR = w("themeColor")
_VERT_ALIGN = w("vertAlign")
_TOGGLES = {w(name): name for name in ("b", "i", "caps", "smallCaps", "vanish")}
_SLOT_ATTRS = tuple((slot, w(slot), w(_THEME_ATTR[slot])) for slot in FONT_SLOTS)


class _RunState:
    """Run properties gathered level by level, least specific first: a later level wins."""

    __slots__ = ("color", "flags", "fonts", "size", "theme_color", "underline", "vert_align")

    def __init__(self) -> None:
        self.fonts: dict[str, str] = dict.fromkeys(FONT_SLOTS, _WORD_DEFAULT_FONT)
        self.size = _WORD_DEFAULT_SIZE_PT
        self.flags: dict[str, bool] = {}
        self.underline = False
        self.color: str | None = None
        self.theme_color: str | None = None
        self.vert_align: str | None = None

    def copy(self) -> _RunState:
        other = _RunState()
        other.fonts = dict(self.fonts)
        other.flags = dict(self.flags)
        for name in ("size", "underline", "color", "theme_color", "vert_align"):
            setattr(other, name, getattr(self, name))
        return other

    def apply(self, r_pr: Element, theme_fonts: dict[str, str]) -> None:
        # Toggle properties (bold, italic, caps) are taken from the most specific level that sets
        # them; Word's rule that a toggle in two styles cancels out is rare enough to leave out.
        for child in r_pr:
            tag = child.tag
            if tag == _R_FONTS:
                for slot, attr, theme_attr in _SLOT_ATTRS:
                    # A theme font wins over a plain name on the same element (ECMA-376 17.3.2.26).
                    theme = child.get(theme_attr)
                    if theme is not None:
                        face = theme_fonts.get(theme, "")
                        self.fonts[slot] = face or f"theme font {theme} (no typeface)"
                    elif (name := child.get(attr)) is not None:
                        self.fonts[slot] = name
            elif tag == _SZ:
                half_points = twips(child, "val")
                if half_points is not None:
                    self.size = half_points / 2
            elif tag in _TOGGLES:
                self.flags[_TOGGLES[tag]] = bool(is_on(child))
            elif tag == _U:
                self.underline = child.get(_VAL, "single") != "none"
            elif tag == _COLOR:
                self.color = child.get(_VAL)
                self.theme_color = child.get(_THEME_COLOR)
            elif tag == _VERT_ALIGN:
                self.vert_align = child.get(_VAL)

    def finish(self) -> RunProps:
        return RunProps(
            fonts=tuple((slot, self.fonts[slot]) for slot in FONT_SLOTS),
            size_pt=self.size,
            bold=self.flags.get("b", False),
            italic=self.flags.get("i", False),
            caps=self.flags.get("caps", False),
            small_caps=self.flags.get("smallCaps", False),
            underline=self.underline,
            color=self.color,
            theme_color=self.theme_color,
            hidden=self.flags.get("vanish", False),
            vert_align=self.vert_align if self.vert_align != "baseline" else None,
        )


_FRAME_SIDES = ("top", "left", "bottom", "right")


class _ParagraphState:
    """Paragraph properties gathered level by level; indents and spacing attribute by attribute."""

    __slots__ = (
        "after", "align", "before", "border_bottom", "contextual", "first_line", "left", "line",
        "line_rule", "right", "sides", "style_id",
    )  # fmt: skip

    def __init__(self) -> None:
        self.style_id: str | None = None
        self.align = "left"
        self.left = self.right = self.first_line = 0
        self.before = self.after = 0
        self.contextual = False
        self.line: int | None = None
        self.line_rule = "auto"
        self.border_bottom = False
        self.sides: dict[str, tuple[str, float]] = {}

    def copy(self) -> _ParagraphState:
        other = _ParagraphState()
        for name in self.__slots__:
            setattr(other, name, getattr(self, name))
        other.sides = dict(self.sides)
        return other

    def apply(self, p_pr: Element) -> None:
        jc = p_pr.find(w("jc"))
        if jc is not None:
            value = jc.get(_VAL, "left")
            self.align = {"start": "left", "end": "right"}.get(value, value)
        ind = p_pr.find(w("ind"))
        if ind is not None:
            self.left = _first(ind, ("left", "start"), self.left)
            self.right = _first(ind, ("right", "end"), self.right)
            hanging = twips(ind, "hanging")
            first = twips(ind, "firstLine")
            if hanging is not None:
                self.first_line = -hanging
            elif first is not None:
                self.first_line = first
        spacing = p_pr.find(w("spacing"))
        if spacing is not None:
            self.before = _space(spacing, "before", self.before)
            self.after = _space(spacing, "after", self.after)
            line = twips(spacing, "line")
            if line is not None:
                self.line = line
                self.line_rule = spacing.get(w("lineRule"), "auto")
        contextual = is_on(p_pr.find(w("contextualSpacing")))
        if contextual is not None:
            self.contextual = contextual
        bottom = p_pr.find(f"{w('pBdr')}/{w('bottom')}")
        if bottom is not None:
            self.border_bottom = bottom.get(_VAL, "nil") not in ("nil", "none")
        borders = p_pr.find(w("pBdr"))
        if borders is not None:
            # Each side is its own property, merged level by level like the others.
            for side in _FRAME_SIDES:
                found = borders.find(w(side))
                if found is None:
                    continue
                if found.get(_VAL, "nil") in ("nil", "none"):
                    self.sides.pop(side, None)
                else:
                    space = float(found.get(w("space"), "0") or 0)
                    self.sides[side] = (found.get(w("color"), "auto") or "auto", space)

    def finish(self) -> ParagraphProps:
        return ParagraphProps(
            style_id=self.style_id,
            align=self.align,
            left=self.left,
            right=self.right,
            first_line=self.first_line,
            before=self.before,
            after=self.after,
            contextual=self.contextual,
            line=self.line,
            line_rule=self.line_rule,
            border_bottom=self.border_bottom,
            frame=(
                (self.sides["top"][0], self.sides["top"][1] + self.sides["bottom"][1])
                if len(self.sides) == len(_FRAME_SIDES)
                else None
            ),
            border_top="top" in self.sides,
        )


def _first(element: Element, names: tuple[str, ...], default: int) -> int:
    for name in names:
        value = twips(element, name)
        if value is not None:
            return value
    return default


def _space(spacing: Element, side: str, default: int) -> int:
    # Word's automatic spacing (HTML-style) is 14 pt; "lines" are hundredths of a 12 pt line.
    if spacing.get(w(f"{side}Autospacing")) in ("1", "true", "on"):
        return 280
    lines = twips(spacing, f"{side}Lines")
    if lines is not None:
        return lines * 240 // 100
    value = twips(spacing, side)
    return default if value is None else value
