"""The document kinds vanban renders, by the name used in ``kind:`` and on the command line."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vanban.models.document import Document

__all__ = ["KINDS"]

#: kind name → (module, class). A kind's models are built when its module is imported, which is
#: most of the start-up of a one-document render — so only the kind asked for is imported.
_KIND_MODELS: dict[str, tuple[str, str]] = {
    "minutes": ("vanban.models.minutes", "Minutes"),
    "plan": ("vanban.models.plan", "Plan"),
    "report": ("vanban.models.report", "Report"),
}


class _Kinds(Mapping[str, "type[Document]"]):
    """A read-only mapping kind name → model class that imports a kind on first lookup."""

    def __getitem__(self, kind: str) -> type[Document]:
        module, name = _KIND_MODELS[kind]
        model: type[Document] = getattr(importlib.import_module(module), name)
        return model

    def __iter__(self) -> Iterator[str]:
        return iter(_KIND_MODELS)

    def __len__(self) -> int:
        return len(_KIND_MODELS)

    def __contains__(self, kind: object) -> bool:
        return isinstance(kind, str) and kind in _KIND_MODELS

    def __repr__(self) -> str:
        return f"KINDS({', '.join(_KIND_MODELS)})"


#: kind name → model class.
KINDS: Mapping[str, type[Document]] = _Kinds()
