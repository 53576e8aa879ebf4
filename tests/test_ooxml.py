"""The one Word-file layer: checks, dump and rendering read styles the same way."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

import vanban
import vanban.ooxml.ns
import vanban.ooxml.styles
import vanban.ooxml.units
import vanban.ooxml.walk
from vanban.checks.props import StyleResolver
from vanban.checks.props import is_on as checks_is_on
from vanban.dump.ooxml import is_on as dump_is_on
from vanban.ooxml.ns import W_NS
from vanban.rendering.rules import StyleSheet as RenderingStyles

from .conftest import PLAN_EXAMPLE

NS = f'xmlns:w="{W_NS}"'


def styles_xml(inner: str) -> bytes:
    return f"<w:styles {NS}>{inner}</w:styles>".encode()


def element(xml: str) -> etree._Element:
    return etree.fromstring(f"<w:root {NS}>{xml}</w:root>")[0]


#: Every module of the reading layers, whose examples are run as tests.
READING_MODULES = sorted(
    info.name
    for package in ("vanban.ooxml", "vanban.checks", "vanban.dump")
    for info in pkgutil.walk_packages(
        importlib.import_module(package).__path__, prefix=f"{package}."
    )
)


#: Rendering's finishing steps, engine and packaging, which sit on the same layer.
FINISHING_MODULES = [
    f"vanban.rendering.{name}"
    for name in ("cache", "datatable", "engine", "fixups", "packaging", "rules", "tables")
]


@pytest.mark.parametrize(
    "name", ["vanban.ooxml", "vanban.checks", "vanban.dump", *READING_MODULES, *FINISHING_MODULES]
)
def test_doctests(name: str) -> None:
    assert doctest.testmod(importlib.import_module(name)).failed == 0


def test_a_size_set_nowhere_is_10_pt_for_checks_and_rendering() -> None:
    # ECMA-376 §17.3.2.38 leaves it open; Word and LibreOffice both print 10 pt.
    xml = styles_xml(
        '<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body"/></w:style>'
    )
    assert RenderingStyles(xml).resolve("Body").size_pt == 10.0
    assert RenderingStyles(xml).default.size_pt == 10.0
    paragraph = element('<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>')
    resolver = StyleResolver(etree.fromstring(xml))
    assert resolver.run_props(paragraph[1], paragraph).size_pt == 10.0


def test_rendering_reads_the_default_paragraph_style() -> None:
    xml = styles_xml(
        '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="28"/></w:rPr></w:rPrDefault>'
        "</w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
        '<w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
    )
    assert RenderingStyles(xml).resolve(None).size_pt == 13.0
    assert RenderingStyles(xml).resolve(None).bold


def test_a_table_style_counts_with_its_whole_based_on_chain() -> None:
    # §17.7.4.3: basedOn holds for table styles as for every other kind of style.
    xml = styles_xml(
        '<w:style w:type="table" w:styleId="Parent"><w:rPr><w:sz w:val="22"/><w:b/></w:rPr>'
        "</w:style>"
        '<w:style w:type="table" w:styleId="Child"><w:basedOn w:val="Parent"/></w:style>'
    )
    table = element(
        '<w:tbl><w:tblPr><w:tblStyle w:val="Child"/></w:tblPr>'
        "<w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    )
    paragraph = table.find(f".//{{{W_NS}}}p")
    assert paragraph is not None
    props = StyleResolver(etree.fromstring(xml)).run_props(paragraph[0], paragraph)
    assert (props.size_pt, props.bold) == (11.0, True)


@pytest.mark.parametrize(
    ("val", "expected"),
    [
        ("", True),
        ('w:val="1"', True),
        ('w:val="true"', True),
        ('w:val="on"', True),
        ('w:val="0"', False),
        ('w:val="false"', False),
        ('w:val="off"', False),
        ('w:val="none"', False),  # not an ST_OnOff value: read as off, as LibreOffice does
    ],
)
def test_on_off_values_read_alike_everywhere(val: str, expected: bool) -> None:
    bold = element(f"<w:b {val}/>")
    assert dump_is_on(bold) is expected
    assert checks_is_on(bold) is expected
    xml = styles_xml(
        f'<w:style w:type="paragraph" w:styleId="S"><w:rPr><w:b {val}/></w:rPr></w:style>'
    )
    assert RenderingStyles(xml).resolve("S").bold is expected


@pytest.mark.parametrize("value", ["abc", "1e999", "12.5"])
def test_a_template_with_unreadable_measures_still_renders(tmp_path: Path, value: str) -> None:
    # A page width, a grid column and a cell span no reader can use: the finishing steps read
    # them through the shared units, as unreadable, instead of ending in an internal error.
    source = Path(vanban.__file__).parent / "templates" / "document.docx"
    template = tmp_path / "odd.docx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(template, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "word/document.xml":
                for attribute, count in ((rb'<w:pgSz w:w="', 0), (rb'<w:gridCol w:w="', 1)):
                    data = re.sub(
                        attribute + rb"\d+", attribute + value.encode(), data, count=count
                    )
            new.writestr(item, data)
    rendered = vanban.render_bytes(vanban.load(PLAN_EXAMPLE), template=template)
    assert rendered.startswith(b"PK")
