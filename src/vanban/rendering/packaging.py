"""Deterministic .docx packages: the same parts always give the same bytes.

A .docx is a zip archive; zip entries carry timestamps and the creating system, and Office
writes the save time into docProps/core.xml. vanban fixes all three so that rendering the same
input twice gives byte-identical files, which regression tests and content-addressed storage
rely on.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Mapping
from xml.sax.saxutils import escape

__all__ = ["CoreProperties", "read_package", "write_package"]

#: The earliest time a zip entry can carry; fixed so that output does not depend on the clock.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_FIRST = ("[Content_Types].xml", "_rels/.rels")


def write_package(parts: Mapping[str, bytes]) -> bytes:
    """Zip the parts in a fixed order with fixed entry metadata."""
    names = [n for n in _FIRST if n in parts] + sorted(n for n in parts if n not in _FIRST)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            archive.writestr(info, parts[name], compresslevel=6)
    return buffer.getvalue()


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
        body = "".join(f"<{tag}>{escape(value)}</{tag}>" for tag, value in fields if value)
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/'
            'dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"{body}"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
            "</cp:coreProperties>"
        ).encode()
