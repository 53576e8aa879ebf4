"""Thuộc tính định dạng (formatting properties): one ``pPr``/``rPr``/``tblPr`` value as text.

Each getter reads one property from one formatting element and returns its display value, or
None when that element does not set it (so the next level of the style chain is asked).
The tables at the end fix the names and the order of the attributes in a dump.
"""

from __future__ import annotations

from collections.abc import Callable

from vanban.dump.ooxml import Element, attr, child, is_on
from vanban.ooxml.units import eighth_points, format_number, half_points, twips_to_mm, twips_to_pt

__all__ = [
    "PARAGRAPH_PROPERTIES",
    "PARAGRAPH_SIDES",
    "RUN_PROPERTIES",
    "TABLE_SIDES",
    "border_side",
    "border_value",
    "format_borders",
]

Getter = Callable[[Element], str | None]

_ALIGNMENT = {"both": "justify", "start": "left", "end": "right"}


def _alignment(ppr: Element) -> str | None:
    value = attr(child(ppr, "jc"), "val")
    return None if value is None else _ALIGNMENT.get(value, value)


def _indent(*names: str) -> Getter:
    def get(ppr: Element) -> str | None:
        ind = child(ppr, "ind")
        for name in names:
            value = twips_to_mm(attr(ind, name))
            if value is not None:
                return value
        return None

    return get


def _first_line(ppr: Element) -> str | None:
    ind = child(ppr, "ind")
    hanging = twips_to_mm(attr(ind, "hanging"))
    if hanging is not None:
        return f"hanging {hanging}"
    return twips_to_mm(attr(ind, "firstLine"))


def _space(side: str) -> Getter:
    def get(ppr: Element) -> str | None:
        spacing = child(ppr, "spacing")
        if attr(spacing, f"{side}Autospacing") in ("1", "true", "on"):
            return "auto"
        return twips_to_pt(attr(spacing, side))

    return get


def _line_spacing(ppr: Element) -> str | None:
    spacing = child(ppr, "spacing")
    line = attr(spacing, "line")
    if line is None:
        return None
    rule = attr(spacing, "lineRule") or "auto"
    if rule == "exact":
        return f"exactly {twips_to_pt(line)}"
    if rule == "atLeast":
        return f"at least {twips_to_pt(line)}"
    try:
        lines = float(line) / 240
    except ValueError:
        return line
    named = {1.0: "single", 1.5: "1.5 lines", 2.0: "double"}
    return named.get(lines, f"multiple {format_number(lines, 2)}")


def _flag(tag: str) -> Getter:
    def get(element: Element) -> str | None:
        found = child(element, tag)
        if found is None:
            return None
        return "true" if is_on(found) else "false"

    return get


def _numbering(ppr: Element) -> str | None:
    num_pr = child(ppr, "numPr")
    if num_pr is None:
        return None
    num_id = attr(child(num_pr, "numId"), "val")
    if num_id in (None, "0"):
        return "none"
    level = attr(child(num_pr, "ilvl"), "val") or "0"
    shown = str(int(level) + 1) if level.isdigit() else level  # Word counts levels from 0
    return f"list {num_id}, level {shown}"


def _shading(element: Element) -> str | None:
    fill = attr(child(element, "shd"), "fill")
    if fill is None:
        return None
    return "none" if fill.lower() in ("auto", "none", "ffffff") else fill.upper()


def _font(rpr: Element) -> str | None:
    fonts = child(rpr, "rFonts")
    if fonts is None:
        return None
    ascii_font = attr(fonts, "ascii") or _theme(attr(fonts, "asciiTheme"))
    # Vietnamese letters outside Latin-1 (ạ, ế, ữ …) are set in the hAnsi font.
    hansi = attr(fonts, "hAnsi") or _theme(attr(fonts, "hAnsiTheme"))
    if ascii_font is None:
        return None if hansi is None else f"hAnsi {hansi}"
    if hansi is not None and hansi != ascii_font:
        return f"{ascii_font} / hAnsi {hansi}"
    return ascii_font


def _theme(name: str | None) -> str | None:
    return None if name is None else f"theme {name}"


def _size(rpr: Element) -> str | None:
    return half_points(attr(child(rpr, "sz"), "val"))


def _underline(rpr: Element) -> str | None:
    u = child(rpr, "u")
    if u is None:
        return None
    return attr(u, "val") or "single"


def _value_unless(tag: str, *neutral: str) -> Getter:
    def get(rpr: Element) -> str | None:
        value = attr(child(rpr, tag), "val")
        if value is None:
            return None
        return "none" if value.lower() in neutral else value

    return get


PARAGRAPH_PROPERTIES: tuple[tuple[str, Getter], ...] = (
    ("alignment", _alignment),
    ("left indent", _indent("left", "start")),
    ("right indent", _indent("right", "end")),
    ("first line", _first_line),
    ("space before", _space("before")),
    ("space after", _space("after")),
    ("line spacing", _line_spacing),
    ("keep with next", _flag("keepNext")),
    ("keep lines together", _flag("keepLines")),
    ("page break before", _flag("pageBreakBefore")),
    ("numbering", _numbering),
    ("shading", _shading),
)
"""Paragraph properties, in dump order. Borders follow them, then the run properties."""

RUN_PROPERTIES: tuple[tuple[str, Getter], ...] = (
    ("font", _font),
    ("size", _size),
    ("bold", _flag("b")),
    ("italic", _flag("i")),
    ("underline", _underline),
    ("strike", _flag("strike")),
    ("all caps", _flag("caps")),
    ("small caps", _flag("smallCaps")),
    ("color", _value_unless("color", "auto")),
    ("highlight", _value_unless("highlight", "none")),
    ("vertical align", _value_unless("vertAlign", "baseline")),
)
"""Character properties, in dump order; a paragraph shows the value its runs share."""

PARAGRAPH_SIDES = (
    ("top", ("top",)),
    ("left", ("left", "start")),
    ("bottom", ("bottom",)),
    ("right", ("right", "end")),
    ("between", ("between",)),
)
TABLE_SIDES = (
    *PARAGRAPH_SIDES[:4],
    ("inside-h", ("insideH",)),
    ("inside-v", ("insideV",)),
)


def border_value(border: Element) -> str:
    """One border line as ``"single 0.5 pt"`` (``"none"`` when switched off)."""
    style = attr(border, "val") or "single"
    if style in ("nil", "none"):
        return "none"
    parts = [style]
    width = eighth_points(attr(border, "sz"))
    if width is not None:
        parts.append(width)
    color = attr(border, "color")
    if color is not None and color.lower() not in ("auto", "000000"):
        parts.append(f"color {color.upper()}")
    return " ".join(parts)


def border_side(container: str, names: tuple[str, ...]) -> Getter:
    """A getter for one side of ``pBdr``/``tblBorders``/``tcBorders`` (``left`` or ``start`` …)."""

    def get(element: Element) -> str | None:
        borders = child(element, container)
        for name in names:
            side = child(borders, name)
            if side is not None:
                return border_value(side)
        return None

    return get


def format_borders(sides: list[tuple[str, str]], every_side: int) -> str:
    """Sides grouped by value; a single value alone when it holds for all ``every_side`` sides.

    >>> format_borders([("top", "none"), ("bottom", "none")], 2)
    'none'
    >>> format_borders([("bottom", "single 0.5 pt")], 5)
    'bottom single 0.5 pt'
    >>> format_borders([("top", "single 0.5 pt"), ("left", "none"), ("bottom", "single 0.5 pt")], 3)
    'top, bottom single 0.5 pt; left none'
    """
    groups: dict[str, list[str]] = {}
    for side, value in sides:
        groups.setdefault(value, []).append(side)
    if len(groups) == 1 and len(sides) == every_side:
        return next(iter(groups))
    return "; ".join(f"{', '.join(names)} {value}" for value, names in groups.items())
