"""Kiểu định dạng (styles) as the dump shows them: the one resolver of :mod:`vanban.ooxml`."""

from __future__ import annotations

from vanban.ooxml.styles import Level, StyleSheet, resolve

__all__ = ["Level", "StyleSheet", "resolve"]
