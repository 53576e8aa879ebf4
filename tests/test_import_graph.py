"""No import cycles among the Word-file layer, the checker, the dump and rendering's engine.

The graph counts imports inside functions too: a lazy import still ties two modules together.
"""

from __future__ import annotations

import ast
from pathlib import Path

import vanban

SRC = Path(vanban.__file__).parent
#: The modules held to it here (the document models and their context builders are not).
LAYERS = ("vanban.ooxml", "vanban.checks", "vanban.dump")
RENDERING = {
    f"vanban.rendering.{name}"
    for name in ("engine", "cache", "packaging", "rules", "fixups", "tables", "datatable")
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, modules: set[str]) -> set[str]:
    """Every vanban module ``path`` imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in modules)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # "from vanban.rendering import engine" imports the submodule, not the package's names
            names = {f"{node.module}.{a.name}" for a in node.names}
            found.update(names & modules)
            if node.module in modules and not names <= modules:
                found.add(node.module)
    return found


def graph() -> dict[str, set[str]]:
    paths = {module_name(p): p for p in SRC.rglob("*.py")}
    return {name: imports(path, set(paths)) - {name} for name, path in paths.items()}


def cycles(edges: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in edges.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = set()
            while True:
                top = stack.pop()
                component.add(top)
                if top == node:
                    break
            if len(component) > 1:
                out.append(component)

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return out


def owned(name: str) -> bool:
    return name.startswith(LAYERS) or name in RENDERING


def test_no_import_cycle_through_the_reading_layers_or_the_engine() -> None:
    edges = graph()
    assert "vanban.rendering.engine" in edges["vanban.rendering.cache"]  # the graph is read
    assert [c for c in cycles(edges) if any(owned(m) for m in c)] == []
