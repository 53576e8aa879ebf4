"""Every message is marked for translation: a plain string would stay English in a Vietnamese
report, and the catalog test cannot see what the extractor never finds."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import vanban

SOURCE = Path(vanban.__file__).parent
#: The check rules' result makers: their first argument is the finding's message.
RESULTS = {"ok", "fail", "not_applicable", "unchecked"}


def _plain(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(node.value)
    )


def _calls(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        # Called by name, as the rules do (pytest.fail and the like are not findings).
        name = node.func.id if isinstance(node.func, ast.Name) else ""
        if name in RESULTS and node.args and _plain(node.args[0]):
            found.append((node.lineno, f"{name}() with a plain string"))
        elif name == "PydanticCustomError" and path.name != "i18n.py":
            found.append((node.lineno, "PydanticCustomError instead of i18n.custom_error"))
    return found


@pytest.mark.parametrize(
    "path",
    sorted(p for p in SOURCE.rglob("*.py") if "locale" not in p.parts),
    ids=lambda p: str(p.relative_to(SOURCE)),
)
def test_messages_are_marked(path: Path) -> None:
    problems = _calls(path)
    # models/base.py rebuilds pydantic errors from messages already in words.
    problems = [p for p in problems if not (path.name == "base.py" and "Pydantic" in p[1])]
    assert not problems, "\n".join(f"{path.name}:{line}: {what}" for line, what in problems)


def test_a_plain_message_is_found(tmp_path: Path) -> None:
    source = tmp_path / "rule.py"
    source.write_text('def r():\n    return [fail("not bold", where), ok(N_("bold"))]\n')
    assert _calls(source) == [(2, "fail() with a plain string")]
