"""The first-page footer (ô 13's address line) kept to the document's first page.

A section without a footer of its own takes the previous section's, and each appendix is a
section of its own with a different first page: the issuer's address line, which Decree 30 prints
on page 1 only (Phụ lục I, mục III.4), would stand on every appendix's first page too. The
template points every section's first-page footer at the address line's part; this step points
those of the sections after the first at the plain footer of their other pages.
"""

from __future__ import annotations

from lxml import etree

from vanban.ooxml.ns import W

__all__ = ["ADDRESS_FOOTER_ID", "first_footer_on_page_one"]

#: The relationship id of the shipped letter template's first-page footer (the address line).
ADDRESS_FOOTER_ID = "rIdFooterFirst"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_TYPE = f"{W}type"


def first_footer_on_page_one(body: etree._Element) -> None:
    """Give every section after the first its default footer on its first page as well."""
    sections = [*body.iterfind(f"{W}p/{W}pPr/{W}sectPr"), *body.iterfind(f"{W}sectPr")]
    for sect_pr in sections[1:]:
        refs = {ref.get(_TYPE, "default"): ref for ref in sect_pr.iterfind(f"{W}footerReference")}
        first, default = refs.get("first"), refs.get("default")
        if first is not None and default is not None and first.get(_R_ID) == ADDRESS_FOOTER_ID:
            first.set(_R_ID, default.get(_R_ID, ""))
