"""Starters — bản mẫu: one commented YAML document per kind, for ``vanban new KIND``.

Each ``<kind>.yaml`` beside this module is a complete document that renders as it is and passes
``vanban check``, with Vietnamese comments saying what each field prints; a test holds every
kind of :data:`vanban.registry.KINDS` to having one.
"""

from __future__ import annotations

from importlib import resources

from vanban.errors import InputError
from vanban.i18n import N_
from vanban.registry import FORMS, KINDS, resolve_kind

__all__ = ["starter"]


def starter(name: str) -> str:
    """The starter YAML of a document kind, named by ``kind:`` ("plan") or in Vietnamese
    ("ke-hoach")."""
    kind = resolve_kind(name)
    if kind is None:
        names = ", ".join(f"{k} ({FORMS[k].slug})" for k in sorted(KINDS))
        raise InputError.single(
            "kind",
            N_(
                'expected one of {names} (loại văn bản), got "{name}"',
                names=names,
                name=name,
            ),
            path="kind",
        )
    source = resources.files(__name__).joinpath(f"{kind}.yaml")
    if not source.is_file():
        raise InputError.single(
            "kind",
            N_(
                'the kind "{kind}" has no starter yet; see `vanban schema {kind}`',
                kind=kind,
            ),
        )
    return source.read_text(encoding="utf-8")
