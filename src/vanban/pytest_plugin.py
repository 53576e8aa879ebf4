"""Kiểm thử hồi quy văn bản (regression-testing documents): the ``docx_regression`` fixture.

Registered through the ``pytest11`` entry point, so it is available wherever vanban is
installed next to pytest-regressions (``pip install 'vanban[test]'``)::

    def test_plan(docx_regression):
        docx_regression.check(vanban.load("plan.yaml"))     # or a .docx path, or its bytes

The first run writes ``test_plan.docx.txt`` (the readable dump of ``vanban.dump``) into the
test's data directory and fails, as pytest-regressions does; later runs compare against it and
fail with the changes in words ("paragraph 3 'KẾ HOẠCH': bold true → false") and the full diff.
``--force-regen`` rewrites snapshots that differ, ``--regen-all`` rewrites them all.

This module is imported by every pytest run in an environment that has vanban: it imports
nothing heavy until the fixture is used.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from pytest_datadir.plugin import LazyDataDir

__all__ = ["SNAPSHOT_EXTENSION", "DocxRegressionFixture", "docx_regression"]

SNAPSHOT_EXTENSION = ".docx.txt"
_MAX_DIFF_LINES = 500  # beyond this a unified diff helps nobody; the files are named instead
_MAX_CHANGES = 50


@pytest.fixture
def docx_regression(request: pytest.FixtureRequest) -> DocxRegressionFixture:
    """Compare a document with its snapshot, a readable dump kept next to the test."""
    try:
        import pytest_regressions  # noqa: F401
    except ImportError:  # pragma: no cover - depends on the environment
        from vanban.i18n import _

        pytest.fail(
            _("docx_regression needs pytest-regressions: pip install 'vanban[test]'"),
            pytrace=False,
        )
    return DocxRegressionFixture(
        request.getfixturevalue("lazy_datadir"),
        request.getfixturevalue("original_datadir"),
        request,
    )


class DocxRegressionFixture:
    """Kiểm tra hồi quy (the regression check) behind the ``docx_regression`` fixture."""

    def __init__(
        self, datadir: LazyDataDir, original_datadir: Path, request: pytest.FixtureRequest
    ) -> None:
        self.datadir = datadir
        self.original_datadir = original_datadir
        self.request = request
        self.force_regen = False
        self.with_test_class_names = False

    def check(
        self,
        document: object,
        *,
        basename: str | None = None,
        fullpath: str | os.PathLike[str] | None = None,
    ) -> None:
        """Compare ``document`` with its snapshot, or write the snapshot when there is none.

        ``document`` is a .docx path, its bytes, a binary file object, or a vanban document
        model (rendered with ``vanban.rendering.render_bytes``). ``basename`` names the
        snapshot (default: the test's name) and ``fullpath`` places it anywhere.
        """
        __tracebackhide__ = True
        from pytest_regressions.common import perform_regression_check, resolve_check_paths

        from vanban.dump import dump_docx
        from vanban.errors import InputError

        target = None if fullpath is None else Path(fullpath)
        try:
            text = dump_docx(_as_docx(document))
        except InputError as exc:
            # The input is at fault, not the plugin: its message, without the plugin's traceback.
            pytest.fail(f"docx_regression: {exc}", pytrace=False)
        paths = resolve_check_paths(
            datadir=self.datadir,
            original_datadir=self.original_datadir,
            request=self.request,
            extension=SNAPSHOT_EXTENSION,
            basename=basename,
            fullpath=target,
            with_test_class_names=self.with_test_class_names,
        )
        config = self.request.config
        regenerating = (
            self.force_regen or config.getoption("force_regen") or config.getoption("regen_all")
        )
        if not regenerating and paths.expected.is_file() and _read(paths.expected) == text:
            return

        def dump(path: Path) -> None:
            # Bytes, so that the snapshot has "\n" line ends on every system.
            path.write_bytes(text.encode("utf-8"))

        def compare(obtained: Path, expected: Path) -> None:
            __tracebackhide__ = True
            message = _mismatch(_read(expected), _read(obtained), paths.source, obtained)
            if message is not None:
                raise AssertionError(message)

        perform_regression_check(
            datadir=self.datadir,
            original_datadir=self.original_datadir,
            request=self.request,
            check_fn=compare,
            dump_fn=dump,
            extension=SNAPSHOT_EXTENSION,
            basename=basename,
            fullpath=target,
            force_regen=self.force_regen,
            with_test_class_names=self.with_test_class_names,
            obtained_filename=self.datadir / f"{paths.basename}.obtained{SNAPSHOT_EXTENSION}",
        )


def _as_docx(document: object) -> Any:
    if isinstance(document, bytes | bytearray | memoryview | str | os.PathLike):
        return document
    if hasattr(document, "read"):
        return document
    from vanban.rendering import render_bytes

    return render_bytes(document)  # type: ignore[arg-type]


def _read(path: Path) -> str:
    # Text mode turns "\r\n" into "\n": a snapshot checked out with Windows line ends still matches.
    return path.read_text(encoding="utf-8")


def _mismatch(expected: str, obtained: str, snapshot: Path, obtained_path: Path) -> str | None:
    """The failure message for a document that no longer matches its snapshot, or None."""
    if expected == obtained:
        return None
    from vanban.dump import DumpFormatError, diff_dumps, parse_dump
    from vanban.i18n import _

    try:
        changes = diff_dumps(parse_dump(expected), parse_dump(obtained))
    except DumpFormatError as exc:
        changes = [_("(the snapshot cannot be compared record by record: {exc})", exc=exc)]
    if not changes:
        changes = [_("(no change in the content; only the layout of the dump differs)")]
    elif len(changes) > _MAX_CHANGES:
        more = len(changes) - _MAX_CHANGES
        changes = [
            *changes[:_MAX_CHANGES],
            _("… and {more} more (all of them are in the diff)", more=more),
        ]
    diff = list(
        difflib.unified_diff(
            expected.split("\n"),
            obtained.split("\n"),
            fromfile="snapshot",
            tofile="document",
            lineterm="",
        )
    )
    lines = [
        _("The document differs from its snapshot."),
        _("snapshot: {path}", path=snapshot),
        _("obtained: {path}", path=obtained_path),
        "",
        _("Changes (snapshot → document):"),
        *(f"  {change}" for change in changes),
        "",
        _("Accept them with: pytest --force-regen"),
        "",
    ]
    if len(diff) <= _MAX_DIFF_LINES:
        lines += [_("Full diff of the dump:"), *diff]
    else:
        lines.append(
            _(
                "The full diff of the dump has {count} lines: compare the two files.",
                count=len(diff),
            )
        )
    return "\n".join(lines)
