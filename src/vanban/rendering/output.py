"""Writing a file all or nothing: a temporary file in the target folder, then a rename.

A failure — bad data, a full disk, an interruption — never leaves a half-written document and
never destroys the file that was there before. The file gets the mode a new file would get
under the user's umask, or keeps the mode of the file it replaces (a 0600 file stays 0600).

A process killed mid-write (kill -9) cannot remove its temporary file; it is named
``.NAME.docx.XXXXXXXX.PID.part``, and the next write into that folder removes those whose
process no longer runs.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import re
import stat
from pathlib import Path

from vanban.errors import OutputError
from vanban.forksafe import ForkSafeLock
from vanban.i18n import N_

__all__ = ["MAX_NAME_BYTES", "check_name", "refuse_input", "write_atomic"]

#: The longest file name file systems allow (ext4, NTFS, APFS: 255 bytes or UTF-16 units).
MAX_NAME_BYTES = 255
_PART = re.compile(r"\..*\.[a-z0-9_]+\.(\d+)\.part")
_swept: set[str] = set()  # folders already cleaned of stale temporary files by this process
# A process forked while another thread holds it gets a fresh one (vanban.forksafe).
_LOCK = ForkSafeLock()


def check_name(target: Path) -> None:
    """Refuse a file name no file system can hold, before anything is rendered."""
    size = len(os.fsencode(target.name))
    if size > MAX_NAME_BYTES:
        raise OutputError(
            N_(
                "{target}…: the file name is {size} bytes long; file systems allow "
                "{MAX_NAME_BYTES}: give a shorter name",
                target=str(target)[:80],
                size=size,
                MAX_NAME_BYTES=MAX_NAME_BYTES,
            ),
            code="output_name",
        )


def refuse_input(target: str | os.PathLike[str], source: str | os.PathLike[str]) -> None:
    """Refuse to write a document over the file it is read from (``vanban render x.docx``
    where x.docx is in fact the YAML source)."""
    try:
        same = os.path.samefile(target, source)
    except OSError:
        same = False  # the target does not exist yet
    if same:
        raise OutputError(
            N_(
                "{target}: is the input file itself; writing would destroy it: give "
                "another name with -o, or name the YAML file .yaml",
                target=target,
            ),
            code="output_is_input",
        )


def write_atomic(path: str | os.PathLike[str], data: bytes, *, durable: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically; returns the path written.

    ``durable=False`` skips flushing the file to disk before the rename (about a millisecond);
    a batch does that and syncs once at its end.
    """
    target = Path(path)
    check_name(target)
    try:
        existing: int | None = os.stat(target).st_mode
    except OSError:
        existing = None  # nothing there yet (or nothing readable): a new file
    if existing is not None and stat.S_ISDIR(existing):
        raise OutputError(
            N_(
                "{target}: is a folder; give a file name ending in .docx",
                target=target,
            ),
            code="output_is_dir",
        )
    folder = target.parent
    _sweep(folder)
    try:
        # A new file is created with the mode the umask gives (the kernel applies it); one
        # that replaces a file starts private and takes that file's mode before the rename.
        handle, temp = _create(folder, target.name, 0o600 if existing is not None else 0o666)
    except FileNotFoundError:
        raise OutputError(
            N_(
                "{target}: the folder {folder} does not exist",
                target=target,
                folder=folder,
            ),
            code="output_no_folder",
        ) from None
    except OSError as exc:
        raise OutputError(
            N_(
                "{target}: cannot write here ({strerror})",
                target=target,
                strerror=exc.strerror,
            ),
            code="output_unwritable",
        ) from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        if existing is not None:
            os.chmod(temp, stat.S_IMODE(existing))
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise OutputError(
                N_(
                    "{target}: writing failed ({strerror})",
                    target=target,
                    strerror=exc.strerror,
                ),
                code="output_failed",
            ) from exc
        raise
    return target


_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
)
_serial = itertools.count()


def _create(folder: Path, name: str, mode: int) -> tuple[int, str]:
    """A new temporary file ``.NAME.docx.XXXX.PID.part`` beside the target, opened to write.

    Named by a counter of this process rather than by tempfile's random names: as unique (the
    process number is in the name, and an existing file is skipped) and cheaper.
    """
    # The temporary name must fit too: 50 characters are at most 200 bytes.
    prefix = os.path.join(folder, f".{name[:50]}.")
    pid = os.getpid()
    for _ in range(10_000):
        temp = f"{prefix}{next(_serial):x}{os.urandom(2).hex()}.{pid}.part"
        try:
            return os.open(temp, _FLAGS, mode), temp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no temporary name is free", str(folder))


def _sweep(folder: Path) -> None:
    """Remove temporary files left in ``folder`` by vanban processes that were killed."""
    key = os.path.abspath(folder)
    with _LOCK:
        if key in _swept:
            return
        _swept.add(key)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        found = _PART.fullmatch(entry.name)
        if found is None or not _dead(int(found.group(1))):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)


def _dead(pid: int) -> bool:
    if pid == os.getpid() or os.name == "nt":  # on Windows os.kill would end the process
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (OSError, OverflowError):
        return False  # alive under another user, or not a process number
    return False
