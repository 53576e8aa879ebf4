"""Where a batch writes — nơi lưu: a local folder, or any fsspec URL (``s3://…``, ``gs://…``).

A worker of a cluster writes its documents where it runs, so only short results travel back. A
local path is written atomically (:func:`vanban.rendering.output.write_atomic`); so is a
``file://`` URL. An object store (S3, GCS, Azure) makes an object visible only once its upload
has completed, so a failed upload never leaves half a document there either.
"""

from __future__ import annotations

import posixpath
from typing import Any

from vanban.errors import OutputError
from vanban.i18n import N_

__all__ = ["is_url", "join", "make_folder", "write_url"]


def is_url(target: str) -> bool:
    """Whether ``target`` names a place by URL ("s3://bucket/out") rather than a local path.

    >>> is_url("s3://bucket/out"), is_url("out/ke-hoach.docx")
    (True, False)
    """
    scheme, sep, _ = target.partition("://")
    return bool(sep) and scheme.isascii() and scheme.replace("+", "").isalnum()


def join(folder: str, name: str) -> str:
    """A file name inside a folder URL.

    >>> join("s3://bucket/out/", "a.docx")
    's3://bucket/out/a.docx'
    """
    return posixpath.join(folder, name)


def _filesystem(url: str) -> tuple[Any, str]:
    try:
        import fsspec
    except ImportError:
        raise OutputError(
            N_(
                "{url}: writing to a URL needs fsspec (pip install fsspec, and the "
                "package of the store, such as s3fs)",
                url=url,
            ),
            code="output_url",
        ) from None
    try:
        fs, path = fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as exc:
        raise OutputError(
            N_(
                "{url}: {exc}",
                url=url,
                exc=exc,
            ),
            code="output_url",
        ) from None
    return fs, path


def make_folder(url: str) -> None:
    """Create the folder a URL names, when its store has folders."""
    fs, path = _filesystem(url)
    try:
        fs.makedirs(path, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            N_(
                "{url}: cannot create it ({exc})",
                url=url,
                exc=exc,
            ),
            code="output_unwritable",
        ) from exc


def write_url(url: str, data: bytes) -> None:
    """Write ``data`` to the file a URL names, all or nothing."""
    fs, path = _filesystem(url)
    if "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,)):
        from vanban.rendering.output import write_atomic

        write_atomic(path, data, durable=False)
        return
    try:
        with fs.open(path, "wb") as stream:
            stream.write(data)
    except OSError as exc:
        raise OutputError(
            N_(
                "{url}: writing failed ({exc})",
                url=url,
                exc=exc,
            ),
            code="output_failed",
        ) from exc
