"""Kiểu định dạng (styles): the style hierarchy, and where an effective value comes from.

The one reading of a document's styles part that checks, dump and rendering share
(ECMA-376 Part 1, §17.7.2): a value comes from the nearest level that sets it — direct
formatting, the character style, the paragraph style, the table style (each with its whole
``basedOn`` chain, §17.7.4.3), then the document defaults (docDefaults). Two answers the
specification leaves open are taken as Word and LibreOffice take them:

- a size set nowhere is 10 pt (§17.3.2.38 allows "any appropriate font size"; both print 10 pt);
- an on/off value that is not a valid ST_OnOff (§17.17.4: true, false, on, off, 1, 0), such as
  ``w:val="none"``, is off, as LibreOffice reads it and as its writer plainly meant.

What :mod:`vanban.dump` shows of it: direct formatting, the character style and the paragraph
style with their ``basedOn`` chains, the whole-table part of the table style, and the document
defaults. Not resolved (shown as written, or left out): theme fonts (shown by their theme
name), conditional table formatting (first row, banded rows), list-level formatting, and the
toggling of bold or italic when a character style and a paragraph style both set it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vanban.ooxml.ns import A_NS, Element, attr, child, w

__all__ = [
    "WORD_DEFAULT_FONT",
    "WORD_DEFAULT_SIZE_PT",
    "Level",
    "StyleSheet",
    "numbering_levels",
    "on_off",
    "resolve",
    "theme_fonts",
]

#: The font and size text has when nothing in the style hierarchy sets them.
WORD_DEFAULT_FONT = "Times New Roman"
WORD_DEFAULT_SIZE_PT = 10.0

_ON = frozenset({"true", "1", "on"})


def on_off(element: Element | None) -> bool | None:
    """An on/off property (``<w:b/>``, ``<w:b w:val="0"/>``): None when absent.

    Only a true value (true, 1, on) is on; an invalid value such as "none" is off.

    >>> from lxml import etree
    >>> from vanban.ooxml.ns import W_NS
    >>> bold = [f'<w:b xmlns:w="{W_NS}" {v}/>' for v in ("", 'w:val="0"', 'w:val="none"')]
    >>> [on_off(etree.fromstring(xml)) for xml in bold]
    [True, False, False]
    """
    if element is None:
        return None
    value = element.get(w("val"))
    return value is None or value.strip().lower() in _ON


@dataclass(frozen=True)
class Level:
    """One place a property can be set: a ``pPr``, ``rPr`` or ``tblPr`` and what it is."""

    element: Element | None
    source: str  # "" for direct formatting, else "style", "table style" or "default"


def resolve(levels: list[Level], getter: Callable[[Element], str | None]) -> str | None:
    """The first value ``getter`` finds, nearest level first, labelled with its source."""
    for level in levels:
        if level.element is None:
            continue
        value = getter(level.element)
        if value is not None:
            return f"{value} ({level.source})" if level.source else value
    return None


class StyleSheet:
    """The styles part of a document, indexed by style id."""

    def __init__(self, root: Element | None) -> None:
        self._styles: dict[tuple[str, str], Element] = {}
        self._defaults: dict[str, Element] = {}
        self.paragraph_default: Element | None = None
        self.run_default: Element | None = None
        if root is None:
            return
        for style in root.iterchildren(w("style")):
            kind = attr(style, "type") or "paragraph"
            style_id = attr(style, "styleId")
            if style_id is not None:
                self._styles.setdefault((kind, style_id), style)
            if attr(style, "default") in ("1", "true", "on") and kind not in self._defaults:
                self._defaults[kind] = style
        defaults = child(root, "docDefaults")
        self.paragraph_default = child(child(defaults, "pPrDefault"), "pPr")
        self.run_default = child(child(defaults, "rPrDefault"), "rPr")

    def chain(self, style_id: str | None, kind: str) -> list[Element]:
        """The style ``style_id`` (or the default style of ``kind``) and its ancestors."""
        style = self._lookup(style_id, kind)
        chain: list[Element] = []
        while style is not None and all(style is not seen for seen in chain):
            chain.append(style)
            style = self._styles.get((kind, attr(child(style, "basedOn"), "val") or ""))
        return chain

    def name(self, style_id: str | None, kind: str) -> str | None:
        """The display name of a style, its id when it has no name, None when there is none."""
        style = self._lookup(style_id, kind)
        if style is None or (style_id is not None and (kind, style_id) not in self._styles):
            return style_id  # Word falls back to the default style; the id still tells the reader
        return attr(child(style, "name"), "val") or attr(style, "styleId")

    def paragraph_levels(
        self, p_pr: Element | None, style_id: str | None, table_chain: list[Element]
    ) -> list[Level]:
        """Where a paragraph property can come from, nearest first (§17.7.2).

        Direct formatting, the paragraph style and its ``basedOn`` chain, the table style's
        chain (``table_chain``: empty outside a table), then the document defaults.
        """
        return [
            Level(p_pr, ""),
            *(Level(child(s, "pPr"), "style") for s in self.chain(style_id, "paragraph")),
            *(Level(child(s, "pPr"), "table style") for s in table_chain),
            Level(self.paragraph_default, "default"),
        ]

    def run_levels(
        self,
        r_pr: Element | None,
        character_style: str | None,
        paragraph_style: str | None,
        table_chain: list[Element],
    ) -> list[Level]:
        """Where a run property can come from, nearest first (§17.7.2).

        Direct formatting, the character style's chain (if the run names one), then what the
        paragraph gives every run in it (:meth:`paragraph_run_levels`).
        """
        return [
            *self.character_levels(r_pr, character_style),
            *self.paragraph_run_levels(paragraph_style, table_chain),
        ]

    def character_levels(self, r_pr: Element | None, character_style: str | None) -> list[Level]:
        """A run's own levels: its direct formatting, then its character style's chain."""
        characters = self.chain(character_style, "character") if character_style else []
        return [Level(r_pr, ""), *(Level(child(s, "rPr"), "style") for s in characters)]

    def paragraph_run_levels(
        self, paragraph_style: str | None, table_chain: list[Element]
    ) -> list[Level]:
        """The run levels a paragraph gives all its runs: its style's, its table's, defaults."""
        return [
            *(Level(child(s, "rPr"), "style") for s in self.chain(paragraph_style, "paragraph")),
            *(Level(child(s, "rPr"), "table style") for s in table_chain),
            Level(self.run_default, "default"),
        ]

    def _lookup(self, style_id: str | None, kind: str) -> Element | None:
        if style_id is not None:
            found = self._styles.get((kind, style_id))
            if found is not None:
                return found
        return self._defaults.get(kind)


def theme_fonts(theme: Element | None) -> dict[str, str]:
    """Theme font name (``minorHAnsi`` …) → typeface, from the theme part (DrawingML)."""
    out: dict[str, str] = {}
    if theme is None:
        return out
    for major, prefix in (("majorFont", "major"), ("minorFont", "minor")):
        font = next(theme.iter(f"{{{A_NS}}}{major}"), None)
        if font is None:
            continue
        for script, names in (
            ("latin", ("Ascii", "HAnsi")),
            ("ea", ("EastAsia",)),
            ("cs", ("Bidi",)),
        ):
            face = font.find(f"{{{A_NS}}}{script}")
            typeface = face.get("typeface", "") if face is not None else ""
            for name in names:
                out[prefix + name] = typeface
    return out


def numbering_levels(numbering: Element | None) -> dict[tuple[str, str], Element]:
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
