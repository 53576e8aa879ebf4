"""Public names imported on first use (PEP 562), for ``vanban`` and ``vanban.models``.

Each model module builds its pydantic validators when imported: a program — or a one-document
``vanban render`` — should build only the models and machinery it touches.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_names"]


def lazy_names(
    package: str, sources: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``, given each lazy name's module."""
    namespace = vars(sys.modules[package])

    def __getattr__(name: str) -> Any:
        source = sources.get(name)
        if source is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source), name)
        namespace[name] = value  # later lookups skip this function
        return value

    def __dir__() -> list[str]:
        # The public names only: not the helpers a module imports for itself (Any, annotations).
        dunders = {name for name in namespace if name.startswith("__") and name.endswith("__")}
        return sorted(dunders | set(namespace["__all__"]))

    return __getattr__, __dir__
