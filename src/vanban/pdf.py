"""PDF copies (bản PDF) of rendered documents, made by LibreOffice.

Starting LibreOffice takes one to two seconds and converting a page-or-three document a quarter
of one, so files are converted many per ``soffice`` call. Each call gets its own temporary
profile (``-env:UserInstallation``): LibreOffice refuses to run twice on one profile, and a
user's open LibreOffice or a parallel batch would otherwise make the conversion fail.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from vanban.errors import OutputError
from vanban.i18n import N_, _

__all__ = ["INSTALL_HINT", "find_soffice", "require_soffice", "to_pdf"]

INSTALL_HINT = N_(
    "install LibreOffice: on Debian or Ubuntu `apt-get install libreoffice-writer-nogui` "
    "(or libreoffice-writer), on Fedora `dnf install libreoffice-writer`, on macOS "
    "`brew install --cask libreoffice`; on Windows install LibreOffice and put its "
    "program folder on PATH"
)
#: Files per soffice call: large enough that start-up is paid rarely, small enough that one
#: broken file costs little to redo.
BATCH = 50
_PLACES = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
)


def find_soffice() -> str | None:
    """The LibreOffice program on this machine, or None."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in _PLACES if os.path.isfile(p)), None)


def require_soffice() -> str:
    """The LibreOffice program, or an error that says how to install it."""
    program = find_soffice()
    if program is None:
        raise OutputError(
            N_(
                "--pdf needs LibreOffice, and no soffice was found on PATH; {INSTALL_HINT}",
                INSTALL_HINT=INSTALL_HINT,
            ),
            code="pdf_unavailable",
        )
    return program


def _convert(program: str, files: Sequence[Path], folder: Path) -> str:
    """One soffice call converting ``files`` into ``folder``; returns what it printed."""
    with tempfile.TemporaryDirectory(prefix="vanban-soffice-") as profile:
        command = [
            program,
            f"-env:UserInstallation={Path(profile).resolve().as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *(str(f) for f in files),
        ]
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                text=True,
                timeout=120 + 30 * len(files),
                stdin=subprocess.DEVNULL,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return _("LibreOffice did not finish in time")
        except OSError as exc:
            return _("LibreOffice could not be started: {reason}", reason=exc.strerror)
    return (done.stderr or done.stdout or "").strip()


def _scratch(folder: Path) -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix=".vanban-pdf-", dir=folder)


def to_pdf(files: Sequence[Path], *, jobs: int = 1) -> list[Path]:
    """Convert .docx files to PDF files beside them; returns the PDF paths, in order.

    Raises :class:`~vanban.errors.OutputError` (``pdf_unavailable``) when LibreOffice is not
    installed, and (``pdf_failed``) naming the files LibreOffice did not convert.
    """
    program = require_soffice()
    targets = [f.with_suffix(".pdf") for f in files]
    for target in targets:
        if target.is_dir():
            raise OutputError(
                N_(
                    "{target}: is a folder, so the PDF of {with_suffix} cannot be written there",
                    target=target,
                    with_suffix=target.with_suffix(".docx"),
                ),
                code="output_is_dir",
            )
    by_folder: dict[Path, list[Path]] = {}
    for file in files:
        by_folder.setdefault(file.resolve().parent, []).append(file.resolve())
    size = max(1, min(BATCH, -(-len(files) // max(jobs, 1))))
    # LibreOffice writes into a fresh folder beside the files; each PDF it made then replaces
    # the old one in one rename, so a failed conversion keeps the previous PDF and a stale PDF
    # never passes for a new one.
    with contextlib.ExitStack() as stack:
        groups: list[tuple[Path, list[Path]]] = []
        for folder, members in by_folder.items():
            try:
                scratch = Path(stack.enter_context(_scratch(folder)))
            except OSError as exc:
                raise OutputError(
                    N_(
                        "{folder}: cannot write the PDF here ({strerror})",
                        folder=folder,
                        strerror=exc.strerror,
                    ),
                    code="output_unwritable",
                ) from exc
            groups += [(scratch, members[i : i + size]) for i in range(0, len(members), size)]
        with ThreadPoolExecutor(max(1, jobs)) as pool:
            said = list(pool.map(lambda g: _convert(program, g[1], g[0]), groups))
        done: set[Path] = set()
        for scratch, members in groups:
            for member in members:
                made = scratch / member.with_suffix(".pdf").name
                if made.is_file():
                    os.replace(made, member.with_suffix(".pdf"))
                    done.add(member.with_suffix(".pdf"))
    missing = [t for t in targets if t.resolve() not in done]
    if missing:
        shown = ", ".join(str(m.with_suffix(".docx")) for m in missing[:5])
        more = N_(" and {count} more", count=len(missing) - 5) if len(missing) > 5 else ""
        detail = next((s for s in said if s), "")
        raise OutputError(
            N_(
                "LibreOffice did not convert {shown}{more} to PDF{detail}",
                shown=shown,
                more=more,
                detail=f": {detail.splitlines()[-1]}" if detail else "",
            ),
            code="pdf_failed",
        )
    return targets
