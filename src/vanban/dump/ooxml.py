"""Từ vựng WordprocessingML (OOXML names): tags, on/off values and content that wrappers hide."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

__all__ = ["R_NS", "W_NS", "Element", "attr", "child", "is_on", "iter_content", "r", "w"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

Element = etree._Element


def w(tag: str) -> str:
    """Clark name of a ``w:`` tag or attribute."""
    return f"{{{W_NS}}}{tag}"


def r(tag: str) -> str:
    """Clark name of an ``r:`` (relationship) attribute."""
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


def is_on(element: Element) -> bool:
    """The value of an on/off property such as ``<w:b/>`` or ``<w:b w:val="0"/>``."""
    return attr(element, "val") not in ("0", "false", "off")


# Wrappers that hold ordinary content: content controls, custom XML and tracked insertions.
_TRANSPARENT = {w("customXml"), w("ins"), w("moveTo"), w("smartTag")}


def iter_content(parent: Element, tags: frozenset[str]) -> Iterator[Element]:
    """Children of ``parent`` with one of ``tags``, looking through wrappers in document order."""
    for element in parent:
        tag = element.tag
        if tag in tags:
            yield element
        elif tag == w("sdt"):
            content = element.find(w("sdtContent"))
            if content is not None:
                yield from iter_content(content, tags)
        elif tag in _TRANSPARENT:
            yield from iter_content(element, tags)
