"""The lean render path gives docxtpl's bytes: tree fix-ups, the zip writer, every example."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from docxtpl import DocxTemplate
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import vanban
from vanban.rendering import core_properties, default_template
from vanban.rendering.context import build_context
from vanban.rendering.engine import PreparedTemplate, render_reference
from vanban.rendering.fixups import fix_grids, split_tabs_and_breaks
from vanban.rendering.packaging import ZIP_TIME, CoreProperties, package_order, write_package

from .conftest import EXAMPLES, PLAN_EXAMPLE

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PARSER = etree.XMLParser(resolve_entities=False, huge_tree=True)


def body(inner: str) -> str:
    return f'<w:body xmlns:w="{W_NS}">{inner}</w:body>'


def tostring(xml: str | etree._Element) -> bytes:
    root = etree.fromstring(xml.encode(), PARSER) if isinstance(xml, str) else xml
    return etree.tostring(root, encoding="UTF-8", standalone=True)


texts = st.text(alphabet="ab \t\n&<ả", max_size=8)
PRESERVE = ' xml:space="preserve"'
text_elements = st.builds(
    lambda text, preserve: f"<w:t{PRESERVE if preserve else ''}>{escape(text)}</w:t>",
    texts,
    st.booleans(),
)
run_content = st.lists(
    st.one_of(text_elements, st.sampled_from(["<w:br/>", "<w:tab/>"])), max_size=4
)
runs = st.builds(
    lambda props, content, attrs: f"<w:r{attrs}>{props}{''.join(content)}</w:r>",
    st.sampled_from(["", "<w:rPr><w:b/></w:rPr>", '<w:rPr><w:sz w:val="26"/><w:i/></w:rPr>']),
    run_content,
    st.sampled_from(["", ' w:rsidR="00AB12CD"']),
)
paragraphs = st.builds(
    lambda props, items: f"<w:p>{props}{''.join(items)}</w:p>",
    st.sampled_from(["", '<w:pPr><w:jc w:val="center"/></w:pPr>']),
    st.lists(st.one_of(runs, runs.map(lambda r: f"<w:hyperlink>{r}</w:hyperlink>")), max_size=4),
)


@settings(deadline=None)  # compression and parsing times vary on a busy machine
@given(st.lists(paragraphs, min_size=1, max_size=4))
def test_tabs_and_breaks_on_the_tree_match_docxtpl(items: list[str]) -> None:
    xml = body("".join(items))
    expected = tostring(DocxTemplate.resolve_listing(None, xml))
    root = etree.fromstring(xml.encode(), PARSER)
    split_tabs_and_breaks(root)
    assert tostring(root) == expected


def cell(span: int) -> str:
    props = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else ""
    return f"<w:tc>{props}<w:p/></w:tc>"


tables = st.builds(
    lambda widths, rows: (
        "<w:tbl><w:tblGrid>"
        + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        + "</w:tblGrid>"
        + "".join("<w:tr>" + "".join(cell(s) for s in row) + "</w:tr>" for row in rows)
        + "</w:tbl>"
    ),
    st.lists(st.integers(0, 5000), min_size=1, max_size=5),
    st.lists(st.lists(st.integers(1, 3), max_size=7), max_size=4),
)


@settings(deadline=None)  # compression and parsing times vary on a busy machine
@given(st.lists(tables, min_size=1, max_size=3))
def test_table_grids_on_the_tree_match_docxtpl(items: list[str]) -> None:
    xml = body("".join(items))
    expected = tostring(DocxTemplate.fix_tables(None, xml))
    root = etree.fromstring(xml.encode(), PARSER)
    fix_grids(root)
    assert tostring(root) == expected


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_example_renders_as_docxtpl_does(example: Path) -> None:
    document = vanban.load(example)
    path = default_template(document)
    context, core = build_context(document), core_properties(document)
    assert PreparedTemplate(path).render(context, core) == render_reference(path, context, core)


def test_tabs_breaks_and_markup_in_values_render_as_docxtpl_does() -> None:
    plan = vanban.load(PLAN_EXAMPLE)
    plan.summary = "Dòng một\nDòng\thai & <ba> {{ x }}"
    plan.signature.name = "Nguyễn\tVăn\nA"
    path = default_template(plan)
    context, core = build_context(plan), core_properties(plan)
    context["date_line"] = "Đoàn Kết,\tngày\n\n tháng 5"
    assert PreparedTemplate(path).render(context, core) == render_reference(path, context, core)


def test_a_form_feed_takes_docxtpls_own_text_pass() -> None:
    plan = vanban.load(PLAN_EXAMPLE)
    path = default_template(plan)
    context, core = build_context(plan), core_properties(plan)
    context["summary"] = "trước\fsau\x07cuối"
    assert PreparedTemplate(path).render(context, core) == render_reference(path, context, core)


def test_a_restored_template_renders_the_same_bytes() -> None:
    plan = vanban.load(PLAN_EXAMPLE)
    fresh = PreparedTemplate(default_template(plan))
    restored = PreparedTemplate.restore(**fresh.state())
    context, core = build_context(plan), core_properties(plan)
    assert restored.render(context, core) == fresh.render(context, core)


def zipfile_package(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in package_order(parts):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.create_system, info.external_attr = 3, 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, parts[name], compresslevel=6)
    return buffer.getvalue()


@settings(deadline=None)  # compression and parsing times vary on a busy machine
@given(
    st.dictionaries(
        st.text(alphabet="abwordả/._[]", min_size=1, max_size=12),
        st.binary(max_size=3000) | st.text(max_size=3000).map(str.encode),
        max_size=6,
    )
)
def test_the_zip_writer_writes_what_zipfile_writes(parts: dict[str, bytes]) -> None:
    assert write_package(parts) == zipfile_package(parts)


def tiny_png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


def test_a_users_template_with_pictures_and_tabs_renders_as_docxtpl_does(tmp_path: Path) -> None:
    from docx import Document

    picture = tmp_path / "logo.png"
    picture.write_bytes(tiny_png())
    document = Document()
    document.add_picture(str(picture))
    document.add_paragraph("{{ title }}\t{{ note }}")
    document.add_paragraph().add_run().add_picture(str(picture))
    # A column loop: the rendered row has more cells than the grid has columns.
    cells = document.add_table(rows=1, cols=3).rows[0].cells
    for cell, text in zip(
        cells, ["{%tc for c in cols %}", "{{ c }}", "{%tc endfor %}"], strict=True
    ):
        cell.text = text
    path = tmp_path / "template.docx"
    document.save(str(path))
    context = {"title": "A & B\nC", "note": "x\ty", "cols": ["1", "2", "3", "4", "5"]}
    core = CoreProperties(title="t")
    assert PreparedTemplate(path).render(context, core) == render_reference(path, context, core)
