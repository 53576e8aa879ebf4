"""Deterministic .docx packages: the same parts always give the same bytes.

A .docx is a zip archive; zip entries carry timestamps and the creating system, and Office
writes the save time into docProps/core.xml. vanban fixes all three so that rendering the same
input twice gives byte-identical files, which regression tests and content-addressed storage
rely on.

Most parts of a package are the same in every document rendered from one template: they are
compressed once (:func:`pack`) and copied into each package as they are, by a small zip writer
that gives exactly the bytes :mod:`zipfile` would.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from vanban.ooxml.ns import CP_NS

__all__ = [
    "CoreProperties",
    "PackedPart",
    "pack",
    "package_order",
    "read_package",
    "write_package",
    "write_packed",
]

#: The earliest time a zip entry can carry; fixed so that output does not depend on the clock.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_FIRST = ("[Content_Types].xml", "_rels/.rels")
# Zip entry fields as zipfile writes them for ZipInfo(name, ZIP_TIME), deflated at level 6,
# made on Unix (3) with mode 0644: version 2.0, DOS time 00:00:00 and date 1980-01-01.
_VERSION, _UNIX, _DEFLATED, _LEVEL = 20, 3, zipfile.ZIP_DEFLATED, 6
_DOS_TIME, _DOS_DATE = 0, (ZIP_TIME[0] - 1980) << 9 | ZIP_TIME[1] << 5 | ZIP_TIME[2]
_MODE = 0o644 << 16
_UTF8_NAME = 0x800
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_LIMIT = (1 << 31) - 1  # beyond this zipfile switches to zip64 records; no document gets near


@dataclass(frozen=True, slots=True)
class PackedPart:
    """A part compressed once, ready to be copied into any number of packages."""

    name: str
    crc: int
    size: int
    deflated: bytes


def pack(name: str, data: bytes) -> PackedPart:
    """Compress a part as zipfile does (raw deflate, level 6)."""
    compressor = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15)
    deflated = compressor.compress(data) + compressor.flush()
    if len(data) > _LIMIT or len(deflated) > _LIMIT:
        raise ValueError(f"{name}: a part of {len(data):,} bytes is too large for a document")
    return PackedPart(name, zlib.crc32(data), len(data), deflated)


def package_order(names: Iterable[str]) -> list[str]:
    """The order parts are written in: content types, package relationships, then by name."""
    names = set(names)
    return [n for n in _FIRST if n in names] + sorted(n for n in names if n not in _FIRST)


def _encoded(name: str) -> tuple[bytes, int]:
    try:
        return name.encode("ascii"), 0
    except UnicodeEncodeError:
        return name.encode("utf-8"), _UTF8_NAME


def write_packed(parts: Iterable[PackedPart]) -> bytes:
    """A zip archive of already compressed parts, in the order given: the bytes zipfile writes."""
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for part in parts:
        name, flags = _encoded(part.name)
        fields = (_DEFLATED, _DOS_TIME, _DOS_DATE, part.crc, len(part.deflated), part.size)
        header = _LOCAL.pack(b"PK\x03\x04", _VERSION, 0, flags, *fields, len(name), 0)
        out += (header, name, part.deflated)
        # made by, system, needed, reserved, flags, …, name length, extra, comment, disk, internal
        made = (_VERSION, _UNIX, _VERSION, 0, flags)
        tail = (len(name), 0, 0, 0, 0, _MODE, offset)
        central.append(_CENTRAL.pack(b"PK\x01\x02", *made, *fields, *tail) + name)
        offset += len(header) + len(name) + len(part.deflated)
    directory = b"".join(central)
    end = _END.pack(b"PK\x05\x06", 0, 0, len(central), len(central), len(directory), offset, 0)
    return b"".join(out) + directory + end


def _escape(text: str) -> str:
    # As xml.sax.saxutils.escape, whose import pulls in urllib, ssl and email (~15 ms).
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_package(parts: Mapping[str, bytes]) -> bytes:
    """Zip the parts in a fixed order with fixed entry metadata."""
    return write_packed(pack(name, parts[name]) for name in package_order(parts))


def read_package(data: bytes) -> dict[str, bytes]:
    """The parts of a package, by name."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


class CoreProperties:
    """Document properties (docProps/core.xml) with a fixed date instead of the save time."""

    def __init__(
        self,
        *,
        title: str = "",
        subject: str = "",
        creator: str = "",
        keywords: str = "",
        language: str = "vi-VN",
        date: dt.date | None = None,
    ) -> None:
        self.title = title
        self.subject = subject
        self.creator = creator
        self.keywords = keywords
        self.language = language
        self.date = date or dt.date(2000, 1, 1)

    def to_xml(self) -> bytes:
        stamp = f"{self.date.isoformat()}T00:00:00Z"
        fields = [
            ("dc:title", self.title),
            ("dc:subject", self.subject),
            ("dc:creator", self.creator),
            ("cp:keywords", self.keywords),
            ("dc:language", self.language),
            ("cp:lastModifiedBy", self.creator),
            ("cp:revision", "1"),
        ]
        body = "".join(f"<{tag}>{_escape(value)}</{tag}>" for tag, value in fields if value)
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<cp:coreProperties xmlns:cp="{CP_NS}" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/'
            'dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"{body}"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
            "</cp:coreProperties>"
        ).encode()
