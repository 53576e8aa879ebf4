"""docxtpl rendering with each template prepared once per process.

``docxtpl.DocxTemplate.render`` re-reads the package, re-runs its regex clean-up and recompiles
the Jinja template on every call. A :class:`PreparedTemplate` does that work once: it keeps the
cleaned, compiled Jinja template of every XML part docxtpl renders (the body, headers, footers)
and the serialised bytes of every other part, so a render is a Jinja render, an XML parse and a
zip. :func:`render_reference` renders the same template through docxtpl itself; tests hold the
two to byte-identical output.

Jinja runs sandboxed (no access to Python internals from a template), with autoescaping always
on ("&", "<", "{{ x }}" in user text come out verbatim) and undefined variables as errors. A
template's mistakes are :class:`~vanban.errors.TemplateError` naming the part and nearby text:
``template_unreadable`` (not a .docx), ``template_syntax`` (a tag Jinja cannot read, or one that
does not close within its paragraph), ``template_undefined``, ``template_unsafe`` (reaching for
Python internals) and ``template_structure`` (the rendered XML is broken, as by a mismatched
``{%p %}``).
"""

from __future__ import annotations

import copy
import io
import re
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from vanban.errors import TemplateError
from vanban.rendering.packaging import CoreProperties, read_package, write_package
from vanban.rendering.rules import StyleSheet, finish_body

__all__ = ["PreparedTemplate", "make_environment", "prepared", "render_reference"]

HEADER_URI = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
FOOTER_URI = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CLOSING = {"{{": "}}", "{%": "%}", "{#": "#}"}
_TAG_MARK = re.compile(r"\{\{|\{%|\{#|\}\}|%\}|#\}")


def make_environment() -> jinja2.Environment:
    """The Jinja environment every vanban template renders in."""
    env = SandboxedEnvironment(autoescape=True, undefined=jinja2.StrictUndefined)
    from vanban.rendering.filters import FILTERS

    env.filters.update(FILTERS)
    return env


def _split_paragraphs(xml: str) -> str:
    # docxtpl puts each paragraph on its own line so that Jinja line numbers point at paragraphs.
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)


def _join_paragraphs(xml: str) -> str:
    return re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)


def _escape_literal_braces(xml: str) -> str:
    # docxtpl lets template text print a literal "{{" as "{_{" by replacing it in the *output*,
    # which would also rewrite a user's "{_{"; compiled into the template, user text is untouched.
    for escaped, literal in (("{_{", "{{"), ("}_}", "}}"), ("{_%", "{%"), ("%_}", "%}")):
        xml = xml.replace(escaped, f"{{{{ '{literal}' }}}}")
    return xml


def _text_of(xml: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", xml).split())


def _template_line(exc: BaseException) -> int | None:
    """The template line a Jinja error happened on (compile errors carry it; runtime ones in
    the traceback, where Jinja maps its frames back to the template)."""
    lineno: int | None = getattr(exc, "lineno", None)
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            lineno = tb.tb_lineno
        tb = tb.tb_next
    return lineno


def _template_error(exc: jinja2.TemplateError, part: str, source: str) -> TemplateError:
    where = ""
    lineno = _template_line(exc)
    if lineno and source:
        text = _text_of("\n".join(source.splitlines()[max(lineno - 2, 0) : lineno + 1]))
        where = f" near “{text[:120]}”"
    if isinstance(exc, SecurityError):
        return TemplateError(
            f"{part}: the template reaches for Python internals{where}, which templates may not "
            f"do: {exc.message}",
            code="template_unsafe",
        )
    if isinstance(exc, jinja2.UndefinedError):
        return TemplateError(
            f"{part}: the template uses a variable the document does not provide{where}: "
            f"{exc.message}",
            code="template_undefined",
        )
    return TemplateError(f"{part}: malformed template{where}: {exc}", code="template_syntax")


def _check_tags(xml: str, part: str) -> None:
    """Refuse a tag that does not close within the paragraph it opens in.

    Word splits text into runs wherever it was edited, and docxtpl joins a tag split across runs;
    but a tag left open swallows everything up to the next closing mark in its clean-up,
    silently deleting the paragraphs between.
    """
    root = etree.fromstring(xml.encode(), _PARSER)
    for paragraph in root.iter(f"{_W}p"):
        texts = paragraph.iter(f"{_W}t")
        text = "".join(t.text or "" for t in texts if next(t.iterancestors(f"{_W}p")) is paragraph)
        expected, start = "", 0
        for mark in _TAG_MARK.finditer(text):
            if not expected and mark.group() in _CLOSING:
                expected, start = _CLOSING[mark.group()], mark.start()
            elif mark.group() == expected:
                expected = ""
        if expected:
            raise TemplateError(
                f"{part}: a template tag is not closed within its paragraph, near "
                f"“{text[max(start - 40, 0) : start + 80]}”: each {{{{ }}}}, {{% %}} and {{# #}} "
                "must open and close in one paragraph",
                code="template_syntax",
            )


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise TemplateError(
            f"{path}: cannot read the template: {exc.strerror}", code="template_unreadable"
        ) from exc


def _nearby(xml: str) -> str:
    """The text around the place where rendered XML breaks, for an error message."""
    # Parsed again one paragraph per line: libxml2 reports columns unreliably on long lines.
    lines = _split_paragraphs(xml).split("\n")
    try:
        etree.fromstring("\n".join(lines).encode(), _PARSER)
        return ""
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else 0
    if not 0 < line <= len(lines):
        return ""
    before = _text_of("".join(lines[max(line - 3, 0) : line - 1]))[-80:]
    after = _text_of("".join(lines[line - 1 : line + 2]))[:60]
    return f" near “{before} ⟨here⟩ {after}”".replace("“ ", "“").replace(" ”", "”")


class PreparedTemplate:
    """A .docx template read, cleaned and compiled once, ready to render many documents."""

    def __init__(self, source: Path | bytes, *, name: str | None = None) -> None:
        from docxtpl import DocxTemplate

        self.name = name or (source.name if isinstance(source, Path) else "template")
        data = source if isinstance(source, bytes) else _read(source)
        self._env = make_environment()
        try:
            tpl = DocxTemplate(io.BytesIO(data))
            tpl.init_docx()
        except Exception as exc:  # python-docx raises several unrelated types for a bad package
            raise TemplateError(
                f"{self.name}: not a Word document (.docx) that can be read: {exc}",
                code="template_unreadable",
            ) from exc
        self._tpl = tpl
        self._shell = copy.deepcopy(tpl.docx.element)
        self._shell.remove(self._shell.body)
        self._sources: dict[str, str] = {}
        _check_tags(tpl.get_xml(), f"{self.name}: document body")
        self._body = self._compile("document body", tpl.patch_xml(tpl.get_xml()))
        self._parts: dict[str, jinja2.Template] = {}
        for uri in (HEADER_URI, FOOTER_URI):
            for _, part in tpl.get_headers_footers(uri):
                name = str(part.partname).lstrip("/")
                _check_tags(tpl.get_part_xml(part), f"{self.name}: {name}")
                source_xml = tpl.patch_xml(tpl.get_part_xml(part))
                self._parts[name] = self._compile(name, source_xml)
        saved = io.BytesIO()
        tpl.docx.save(saved)
        self._static = read_package(saved.getvalue())
        self.styles = StyleSheet(self._static["word/styles.xml"])

    def _compile(self, part: str, xml: str) -> jinja2.Template:
        source = self._sources[part] = _escape_literal_braces(_split_paragraphs(xml))
        try:
            return self._env.from_string(source)
        except jinja2.TemplateError as exc:
            raise _template_error(exc, f"{self.name}: {part}", source) from exc

    def _render_xml(self, template: jinja2.Template, context: Mapping[str, Any], part: str) -> str:
        try:
            xml = template.render(context)
        except jinja2.TemplateError as exc:
            source = self._sources.get(part, "")
            raise _template_error(exc, f"{self.name}: {part}", source) from exc
        return str(self._tpl.resolve_listing(_join_paragraphs(xml)))

    def _parse(self, xml: str, part: str) -> etree._Element:
        try:
            return etree.fromstring(xml.encode(), _PARSER)
        except etree.XMLSyntaxError as exc:
            raise TemplateError(
                f"{self.name}: {part}: the rendered XML is not well-formed{_nearby(xml)} "
                f"({exc.msg}); a {{%p %}}, "
                "{%tr %} or {%tc %} tag probably has no partner of the same kind, or a tag cuts "
                "across a paragraph or table boundary",
                code="template_structure",
            ) from exc

    def render_parts(self, context: Mapping[str, Any]) -> dict[str, bytes]:
        """Every part of the rendered package, by name."""
        body_xml = self._render_xml(self._body, context, "document body")
        self._parse(body_xml, "document body")  # docxtpl's own parse below forgives broken XML
        body = self._tpl.fix_tables(body_xml)
        finish_body(body, self.styles)
        root = copy.deepcopy(self._shell)
        root.append(body)
        parts = dict(self._static)
        parts["word/document.xml"] = etree.tostring(root, encoding="UTF-8", standalone=True)
        for name, template in self._parts.items():
            xml = self._parse(self._render_xml(template, context, name), name)
            parts[name] = etree.tostring(xml, encoding="UTF-8", standalone=True)
        return parts

    def render(self, context: Mapping[str, Any], core: CoreProperties) -> bytes:
        """The bytes of the rendered .docx."""
        parts = self.render_parts(context)
        parts["docProps/core.xml"] = core.to_xml()
        return write_package(parts)


_CACHE: dict[tuple[str, int, int], PreparedTemplate] = {}
_LOCK = threading.Lock()


def prepared(path: Path) -> PreparedTemplate:
    """The prepared template at ``path``, prepared once per process (and again if it changes)."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise TemplateError(
            f"{path}: cannot read the template: {exc.strerror}", code="template_unreadable"
        ) from exc
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    with _LOCK:
        template = _CACHE.get(key)
        if template is None:
            template = _CACHE[key] = PreparedTemplate(path)
        return template


def render_reference(path: Path, context: Mapping[str, Any], core: CoreProperties) -> bytes:
    """Render through ``docxtpl.DocxTemplate.render`` itself: the baseline the fast path matches."""
    from docxtpl import DocxTemplate

    tpl = DocxTemplate(str(path))
    tpl.render(dict(context), make_environment(), autoescape=True)
    finish_body(
        tpl.docx.element.body, StyleSheet(read_package(path.read_bytes())["word/styles.xml"])
    )
    saved = io.BytesIO()
    tpl.save(saved)
    parts = read_package(saved.getvalue())
    parts["docProps/core.xml"] = core.to_xml()
    return write_package(parts)
