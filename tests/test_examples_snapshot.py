"""Every example, rendered and compared with its snapshot (tests/test_examples_snapshot/*.docx.txt).

A change to a template, to the rendering or to an example shows up here as the list of what
changed in the document; when the change is intended, accept it with
``pytest tests/test_examples_snapshot.py --force-regen`` and commit the updated snapshots.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import vanban
from vanban.pytest_plugin import DocxRegressionFixture

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.yaml"))


@pytest.mark.parametrize("example", EXAMPLES, ids=[path.stem for path in EXAMPLES])
def test_example_matches_its_snapshot(
    example: Path, docx_regression: DocxRegressionFixture
) -> None:
    docx_regression.check(vanban.load(example), basename=example.stem)
