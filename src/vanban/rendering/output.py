"""Writing a file all or nothing: a temporary file in the target folder, then a rename.

A failure — bad data, a full disk, an interruption — never leaves a half-written document and
never destroys the file that was there before.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from vanban.errors import OutputError

__all__ = ["write_atomic"]


def write_atomic(path: str | os.PathLike[str], data: bytes, *, durable: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically; returns the path written.

    ``durable=False`` skips flushing the file to disk before the rename (about a millisecond);
    a batch does that and syncs once at its end.
    """
    target = Path(path)
    if target.is_dir():
        raise OutputError(
            f"{target}: is a folder; give a file name ending in .docx", code="output_is_dir"
        )
    folder = target.parent
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except FileNotFoundError:
        raise OutputError(
            f"{target}: the folder {folder} does not exist", code="output_no_folder"
        ) from None
    except OSError as exc:
        raise OutputError(
            f"{target}: cannot write here ({exc.strerror})", code="output_unwritable"
        ) from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise OutputError(
                f"{target}: writing failed ({exc.strerror})", code="output_failed"
            ) from exc
        raise
    return target
