"""Không gian tên (namespaces) of a .docx, and the ``w:`` names built from them.

>>> w("p")
'{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p'
>>> W + "t" == w("t")
True
"""

from __future__ import annotations

from lxml import etree

__all__ = [
    "A_NS",
    "CP_NS",
    "MC_NS",
    "RELS_NS",
    "REL_FOOTER",
    "REL_HEADER",
    "REL_SETTINGS",
    "REL_STYLES",
    "R_NS",
    "V_NS",
    "WP_NS",
    "W_NS",
    "Element",
    "W",
    "attr",
    "child",
    "r",
    "w",
]

#: WordprocessingML, the ``w:`` prefix.
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: Relationship ids inside a part (``r:id``, ``r:embed``).
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#: The relationship types a document part points to its other parts with.
RELS_NS = R_NS
REL_HEADER = f"{RELS_NS}/header"
REL_FOOTER = f"{RELS_NS}/footer"
REL_STYLES = f"{RELS_NS}/styles"
REL_SETTINGS = f"{RELS_NS}/settings"
#: Drawings placed in text (``wp:inline``, ``wp:anchor``, ``wp:docPr``).
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
#: DrawingML itself (``a:``): shapes, lines, the theme's fonts.
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
#: Legacy VML shapes (``v:line``, ``v:rect``), as older Word versions draw rules.
V_NS = "urn:schemas-microsoft-com:vml"
#: Markup compatibility (``mc:AlternateContent``).
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
#: Core document properties (docProps/core.xml).
CP_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"

#: The Clark prefix of ``w:`` names: ``W + "p"`` is ``w:p``.
W = f"{{{W_NS}}}"

Element = etree._Element


def w(tag: str) -> str:
    """The Clark name of a ``w:`` tag or attribute: ``w("p")`` → ``{…/main}p``."""
    return f"{W}{tag}"


def r(tag: str) -> str:
    """The Clark name of an ``r:`` (relationship) attribute."""
    return f"{{{R_NS}}}{tag}"


def child(parent: Element | None, tag: str) -> Element | None:
    """The first ``w:`` child named ``tag``, if ``parent`` exists and has one."""
    if parent is None:
        return None
    return parent.find(w(tag))


def attr(element: Element | None, name: str) -> str | None:
    """A ``w:`` attribute of ``element``, or None."""
    if element is None:
        return None
    value = element.get(w(name))
    return None if value is None else str(value)
