"""What users see, fingerprinted: rendered bytes, dumps and check reports of every example.

A structural change must leave all of them identical. Run it before and after::

    python benchmarks/identity.py save /tmp/before.json
    ... change the code ...
    python benchmarks/identity.py compare /tmp/before.json

``compare`` against the committed ``benchmarks/identity-baseline.json`` (the default) shows
what a change altered; a deliberate behaviour change updates that file in its own commit with
``python benchmarks/identity.py save``.

Fingerprinted: each example's rendered .docx bytes, its ``vanban dump`` text, its
``vanban check --format json`` report; the check report of every mutation of the checker's
mutation corpus (``tests/checks/test_mutations.py``) on every example; the check reports of the
hand-built stand-in and foreign documents (``tests/checks/conftest.py``).
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "benchmarks" / "identity-baseline.json"
sys.path.insert(0, str(ROOT))


def _digest(data: bytes | str) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def _report(data: bytes, name: str) -> str:
    from vanban.checks import check

    return json.dumps(check(data, name=name).to_dict(), ensure_ascii=False, sort_keys=True)


def fingerprints() -> dict[str, str]:
    """Every fingerprint, by a readable key."""
    import _pytest.outcomes
    import docx
    from tests.checks import conftest
    from tests.checks.test_mutations import MUTATIONS

    import vanban
    from vanban.dump import dump_docx

    out: dict[str, str] = {}
    rendered: dict[str, bytes] = {}
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        data = vanban.render_bytes(vanban.load(path))
        rendered[path.name] = data
        out[f"render {path.name}"] = _digest(data)
        out[f"dump {path.name}"] = _digest(dump_docx(data))
        out[f"check {path.name}"] = _digest(_report(data, path.name))
    for label, data in (
        ("standin", conftest.build_standin()),
        ("foreign", conftest.build_foreign()),
    ):
        out[f"check {label}"] = _digest(_report(data, label))
    for name, data in rendered.items():
        for code, variants in MUTATIONS.items():
            for label, mutate in variants:
                document = docx.Document(io.BytesIO(data))
                try:
                    mutate(document)
                except _pytest.outcomes.Skipped:
                    continue
                buffer = io.BytesIO()
                document.save(buffer)
                out[f"mutation {name} {code} {label}"] = _digest(_report(buffer.getvalue(), name))
    return out


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("save", "compare"):
        print(__doc__)
        return 2
    target = Path(argv[1]) if len(argv) > 1 else BASELINE
    current = fingerprints()
    if argv[0] == "save":
        target.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(current)} fingerprints saved to {target}")
        return 0
    before: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    changed = sorted(k for k in before.keys() & current.keys() if before[k] != current[k])
    gone = sorted(before.keys() - current.keys())
    new = sorted(current.keys() - before.keys())
    for title, keys in (("changed", changed), ("missing now", gone), ("new", new)):
        for key in keys:
            print(f"{title}: {key}")
    same = len(before.keys() & current.keys()) - len(changed)
    print(f"{same} identical, {len(changed)} changed, {len(gone)} missing, {len(new)} new")
    return 1 if changed or gone else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
