"""Mở tệp .docx (opening a Word file): a path, bytes or a file object, within fixed bounds.

A .docx is a zip archive, and a zip archive can claim anything: a part of a gigabyte in a file
of one megabyte, a hundred thousand parts, an encrypted or damaged entry. Before any XML is
parsed the package is read once, entry by entry, and refused when it passes a bound or cannot
be decompressed; what is refused is a :class:`PackageError` with a stable code, which
``vanban check``, ``vanban dump`` and a user template each report as their own error:

======================  =========================================================================
``file_not_found``      no such file
``not_a_file``          a folder, not a file
``file_unreadable``     the file cannot be read (permissions, an I/O error)
``not_a_docx``          not a zip archive, or a zip archive that is not a Word document
``docx_damaged``        an entry that cannot be decompressed: corrupt data, a wrong checksum, an
                        encrypted entry, a compression method other than stored or deflated
``docx_too_large``      over :data:`LIMITS`: the file, one part or all parts decompressed, or
                        the number of parts
======================  =========================================================================
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from dataclasses import dataclass
from typing import IO, Any

from lxml import etree

from vanban.i18n import N_, Message

__all__ = [
    "LIMITS",
    "DocxSource",
    "Limits",
    "PackageError",
    "open_document",
    "read_source",
    "verify_package",
]

DocxSource = str | os.PathLike[str] | bytes | IO[bytes]
"""A .docx given as a path, its bytes, or a binary file object."""

_MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Bounds on what one .docx may hold — giới hạn; generous for real documents."""

    file_bytes: int = 128 * _MIB
    """The .docx file itself, compressed."""
    part_bytes: int = 64 * _MIB
    """One part decompressed (document.xml of a 1,000-page document is under 20 MB)."""
    total_bytes: int = 256 * _MIB
    """All parts decompressed together."""
    parts: int = 2000
    """Entries in the archive (a document with a hundred pictures has about 130)."""


#: The bounds every .docx is opened within.
LIMITS = Limits()

_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
_CHUNK = _MIB


class PackageError(Exception):
    """A .docx that cannot be opened: ``code`` is stable, ``reason`` a sentence for people."""

    def __init__(self, code: str, reason: str | Message) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def read_source(source: DocxSource, limits: Limits = LIMITS) -> bytes:
    """The bytes of a .docx given as a path, bytes or a binary file, at most ``file_bytes``."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    elif isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        if not os.path.exists(path):
            raise PackageError("file_not_found", N_("no such file"))
        if not os.path.isfile(path):
            # A folder, a pipe, a device: none is a .docx, and a pipe or /dev/zero would block
            # or never end if read.
            what = "a folder" if os.path.isdir(path) else "not a regular file (a pipe or a device)"
            raise PackageError(
                "not_a_file",
                N_(
                    "is {what}, not a .docx file",
                    what=what,
                ),
            )
        try:
            with open(path, "rb") as stream:
                data = stream.read(limits.file_bytes + 1)
        except OSError as exc:
            raise PackageError(
                "file_unreadable",
                N_(
                    "cannot be read: {strerror}",
                    strerror=exc.strerror,
                ),
            ) from None
    else:
        try:
            data = source.read(limits.file_bytes + 1)
        except OSError as exc:
            raise PackageError(
                "file_unreadable",
                N_(
                    "cannot be read: {exc}",
                    exc=exc,
                ),
            ) from None
        if not isinstance(data, bytes):
            raise PackageError("file_unreadable", N_("the file object does not give bytes"))
    if len(data) > limits.file_bytes:
        raise PackageError(
            "docx_too_large",
            N_(
                "the file is over {value} MB",
                value=limits.file_bytes // _MIB,
            ),
        )
    return data


def verify_package(data: bytes, limits: Limits = LIMITS) -> None:
    """Refuse a package that passes ``limits`` or holds an entry that cannot be decompressed.

    Every entry is decompressed once, in chunks, so that memory stays bounded whatever the
    archive claims; the reader that parses the document afterwards finds it sound.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except NotImplementedError as exc:  # an entry needs a newer zip version (6.4 …) to extract
        raise PackageError(
            "docx_damaged",
            N_(
                "a part needs a zip feature Word files never use ({exc})",
                exc=exc,
            ),
        ) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise PackageError(
            "not_a_docx",
            N_(
                "not a Word document (.docx): not a zip package; an old .doc must be "
                "saved as .docx",
            ),
        ) from None
    with archive:
        entries = archive.infolist()
        if len(entries) > limits.parts:
            raise PackageError(
                "docx_too_large",
                N_(
                    "the package holds {entries:,} parts; at most {parts:,} are read",
                    entries=len(entries),
                    parts=limits.parts,
                ),
            )
        if not any(e.filename == "[Content_Types].xml" for e in entries):
            raise PackageError(
                "not_a_docx",
                N_(
                    "a zip archive, but not a Word document (no [Content_Types].xml)",
                ),
            )
        total = 0
        for entry in entries:
            total += _verify_entry(archive, entry, limits, total)


def open_document(source: DocxSource, limits: Limits = LIMITS) -> Any:
    """The python-docx ``Document`` of ``source``, read within ``limits``; else PackageError."""
    data = read_source(source, limits)
    verify_package(data, limits)
    import docx  # imported here: python-docx costs ~190 ms, and only reading needs it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile):
        reason = N_("a zip archive, but not a Word document (no main document part)")
        raise PackageError("not_a_docx", reason) from None
    except ValueError as exc:
        raise PackageError(
            "not_a_docx",
            N_(
                "not a Word document: {exc}",
                exc=exc,
            ),
        ) from None
    except (KeyError, etree.XMLSyntaxError, OSError) as exc:
        reason = N_(
            "the .docx is damaged and cannot be read ({reason})",
            reason=str(exc) or type(exc).__name__,
        )
        raise PackageError("docx_damaged", reason) from None


def _verify_entry(
    archive: zipfile.ZipFile, entry: zipfile.ZipInfo, limits: Limits, done: int
) -> int:
    name = entry.filename
    if entry.flag_bits & 0x1:
        raise PackageError(
            "docx_damaged",
            N_(
                "the part {name} is encrypted",
                name=name,
            ),
        )
    if entry.compress_type not in _METHODS:
        raise PackageError(
            "docx_damaged",
            N_(
                "the part {name} uses compression method {compress_type}, which Word "
                "files do not use (stored or deflated only)",
                name=name,
                compress_type=entry.compress_type,
            ),
        )
    if entry.file_size > limits.part_bytes:
        raise PackageError("docx_too_large", _too_large(name, entry.file_size, limits))
    if done + entry.file_size > limits.total_bytes:
        raise PackageError(
            "docx_too_large",
            N_(
                "the parts decompress to over {value} MB in all",
                value=limits.total_bytes // _MIB,
            ),
        )
    size = 0
    try:
        with archive.open(entry) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > limits.part_bytes:  # the reader stops at the declared size; be sure
                    raise PackageError("docx_too_large", _too_large(name, size, limits))
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
        raise PackageError(
            "docx_damaged",
            N_(
                "the part {name} is damaged ({exc})",
                name=name,
                exc=exc,
            ),
        ) from None
    except RuntimeError as exc:  # zipfile's "File … is encrypted, password required"
        raise PackageError(
            "docx_damaged",
            N_(
                "the part {name} cannot be read ({exc})",
                name=name,
                exc=exc,
            ),
        ) from None
    return size


def _too_large(name: str, size: int, limits: Limits) -> Message:
    return N_(
        "the part {name} decompresses to {size:,.0f} MB or more; at most {limit} MB is read",
        name=name,
        size=size / _MIB,
        limit=limits.part_bytes // _MIB,
    )
