"""Từ vựng WordprocessingML (OOXML names) as the dump imports them from :mod:`vanban.ooxml`."""

from __future__ import annotations

from vanban.ooxml.ns import R_NS, W_NS, Element, attr, child, r, w
from vanban.ooxml.styles import on_off
from vanban.ooxml.walk import iter_content

__all__ = ["R_NS", "W_NS", "Element", "attr", "child", "is_on", "iter_content", "r", "w"]


def is_on(element: Element) -> bool:
    """The value of an on/off property such as ``<w:b/>`` or ``<w:b w:val="0"/>``."""
    return bool(on_off(element))
