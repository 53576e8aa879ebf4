"""The import graph of src/vanban has no cycle: dependencies point one way (docs/architecture.md).

Read statically from the source with ``ast``: every ``import`` counts, at module level or inside a
function (a deferred import is still a dependency), except those under ``if TYPE_CHECKING:``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"

#: Calls from a lower layer up to a higher one, kept on purpose. Document.to_docx() is the one
#: model → rendering convenience (docs/architecture.md); it imports rendering when called.
#: A model's constructor reports its errors as vanban.parse does, through vanban.loading's
#: conversion of pydantic's errors, imported when a constructor fails.
UPWARD_CALLS = {
    ("vanban.models.document", "vanban.rendering"),
    ("vanban.models.base", "vanban.loading"),
}

#: Cycles kept on purpose: none.
ELSEWHERE: set[frozenset[str]] = set()


def _modules() -> dict[str, Path]:
    out = {}
    for path in (SRC / "vanban").rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, package: str, modules: dict[str, Path]) -> Iterator[str]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _type_checking(node):
            for child in node.orelse:
                yield from _imports(child, package, modules)
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parents = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parents, *([node.module] if node.module else [])])
            # "from vanban import nd30" names a module; "from vanban import load" the package.
            for alias in node.names:
                module = f"{base}.{alias.name}"
                yield module if module in modules else base
        yield from _imports(node, package, modules)


def import_graph() -> dict[str, set[str]]:
    """Module → the vanban modules it imports."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        targets = set(_imports(tree, package, modules))
        graph[name] = {
            t for t in targets if t in modules and t != name and (name, t) not in UPWARD_CALLS
        }
    return graph


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                out.append(frozenset(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return out


def test_the_import_graph_has_no_cycle() -> None:
    found = [c for c in cycles(import_graph()) if c not in ELSEWHERE]
    assert found == [], [sorted(c) for c in found]


def test_the_graph_sees_deferred_imports() -> None:
    graph = import_graph()
    assert "vanban.rendering" in graph["vanban.cli"] or "vanban.loading" in graph["vanban.cli"]
    assert "vanban.nd30" in graph["vanban.registry"]


def test_a_cycle_is_found() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [frozenset("abc")]
