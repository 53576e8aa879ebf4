"""docxtpl rendering with each template prepared once per process.

``docxtpl.DocxTemplate.render`` re-reads the package, re-runs its regex clean-up and recompiles
the Jinja template on every call. A :class:`PreparedTemplate` does that work once: it keeps the
cleaned, compiled Jinja template of every XML part docxtpl renders (the body, headers, footers)
and every other part compressed once, so a render is a Jinja render, one strict XML parse, the
docxtpl fix-ups done on the tree (:mod:`vanban.rendering.fixups`) and a zip of mostly ready
parts. :func:`render_reference` renders the same template through docxtpl itself; tests hold the
two to byte-identical output. docxtpl and python-docx are needed only to prepare a template;
:mod:`vanban.rendering.cache` keeps prepared templates on disk, so that a new process renders
with Jinja and lxml alone.

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
from collections.abc import Mapping
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from lxml import etree

from vanban.errors import TemplateError
from vanban.formatting.emphasis import MARK_CHARACTERS as EMPHASIS_MARKS
from vanban.i18n import N_
from vanban.ooxml.ns import REL_FOOTER, REL_HEADER, W
from vanban.ooxml.package import PackageError, read_source, verify_package
from vanban.rendering.fixups import (
    fix_grids,
    needs_text_pass,
    renumber_drawings,
    split_tabs_and_breaks,
)
from vanban.rendering.packaging import (
    CoreProperties,
    PackedPart,
    pack,
    package_order,
    read_package,
    write_package,
    write_packed,
)
from vanban.rendering.rules import StyleSheet, finish_body
from vanban.rendering.sandbox import SandboxEnvironment, SandboxError, render_bounded

__all__ = ["PreparedTemplate", "make_environment", "read_template", "render_reference"]

HEADER_URI = REL_HEADER
FOOTER_URI = REL_FOOTER
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
# docxtpl stores a rendered header or footer through python-docx, whose parser drops blank text.
_PART_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=True, remove_blank_text=True
)
BODY = "document body"
_DOCUMENT = "word/document.xml"
_CORE = "docProps/core.xml"
_W = W
_CLOSING = {"{{": "}}", "{%": "%}", "{#": "#}"}
_TAG_MARK = re.compile(r"\{\{|\{%|\{#|\}\}|%\}|#\}")


def make_environment() -> jinja2.Environment:
    """The Jinja environment every vanban template renders in (:mod:`vanban.rendering.sandbox`)."""
    env = SandboxEnvironment(autoescape=True, undefined=jinja2.StrictUndefined)
    from vanban.rendering.filters import FILTERS

    env.add_filters(FILTERS)
    return env


def _split_paragraphs(xml: str) -> str:
    # docxtpl puts each paragraph on its own line so that Jinja line numbers point at paragraphs.
    return xml.replace("<w:p ", "\n<w:p ").replace("<w:p>", "\n<w:p>")


def _join_paragraphs(xml: str) -> str:
    # str.replace, not re.sub: this runs on every part of every render.
    return xml.replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")


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
    if isinstance(exc, SandboxError):
        return TemplateError(
            N_(
                "{part}: {message}{where}",
                part=part,
                message=exc.message,
                where=where,
            ),
            code=exc.code,
        )
    if isinstance(exc, SecurityError):
        return TemplateError(
            N_(
                "{part}: the template reaches for Python internals{where}, which "
                "templates may not do: {message}",
                part=part,
                where=where,
                message=exc.message,
            ),
            code="template_unsafe",
        )
    if isinstance(exc, jinja2.UndefinedError):
        return TemplateError(
            N_(
                "{part}: the template uses a variable the document does not "
                "provide{where}: {message}",
                part=part,
                where=where,
                message=exc.message,
            ),
            code="template_undefined",
        )
    return TemplateError(
        N_(
            "{part}: malformed template{where}: {exc}",
            part=part,
            where=where,
            exc=exc,
        ),
        code="template_syntax",
    )


def _check_tags(xml: str, part: str) -> None:
    """Refuse a tag that does not close within the paragraph it opens in.

    Word splits text into runs wherever it was edited, and docxtpl joins a tag split across runs;
    but a tag left open swallows everything up to the next closing mark in its clean-up,
    silently deleting the paragraphs between.
    """
    try:
        root = etree.fromstring(xml.encode(), _PARSER)
    except etree.XMLSyntaxError as exc:  # an entity declared in the part, never expanded
        raise TemplateError(
            N_(
                "{part}: the XML cannot be read ({msg}); a template may not declare or "
                "use entities (<!ENTITY …>)",
                part=part,
                msg=exc.msg,
            ),
            code="template_unreadable",
        ) from None
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
                N_(
                    "{part}: a template tag is not closed within its paragraph, near "
                    "“{text}”: each {{{{ }}}}, {{% %}} and {{# #}} must open and close in one"
                    " paragraph",
                    part=part,
                    text=text[max(start - 40, 0) : start + 80],
                ),
                code="template_syntax",
            )


def read_template(path: Path) -> bytes:
    """The bytes of the template at ``path``, within the bounds of any .docx read."""
    try:
        return read_source(path)
    except PackageError as exc:
        raise TemplateError(
            N_(
                "{path}: cannot read the template: {reason}",
                path=path,
                reason=exc.reason,
            ),
            code="template_unreadable",
        ) from None


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


def _text_pass(xml: str) -> str:
    """docxtpl's own handling of tabs, line breaks, "\\a" and "\\f" in printed text."""
    from docxtpl import DocxTemplate

    # resolve_listing does not use its instance; calling it unbound avoids reading a package.
    return str(DocxTemplate.resolve_listing(None, xml))


class PreparedTemplate:
    """A .docx template read, cleaned and compiled once, ready to render many documents."""

    name: str
    styles: StyleSheet

    def __init__(self, source: Path | bytes, *, name: str | None = None) -> None:
        from docxtpl import DocxTemplate

        self.name = name or (source.name if isinstance(source, Path) else "template")
        data = source if isinstance(source, bytes) else read_template(source)
        try:
            # The template is a zip like any .docx: bounded and sound before docxtpl unpacks it.
            verify_package(data)
        except PackageError as exc:
            raise TemplateError(
                N_(
                    "{name}: not a Word document (.docx) that can be read: {reason}",
                    name=self.name,
                    reason=exc.reason,
                ),
                code="template_unreadable",
            ) from None
        try:
            tpl = DocxTemplate(io.BytesIO(data))
            tpl.init_docx()
        except Exception as exc:  # python-docx raises several unrelated types for a bad package
            raise TemplateError(
                N_(
                    "{name}: not a Word document (.docx) that can be read: {exc}",
                    name=self.name,
                    exc=exc,
                ),
                code="template_unreadable",
            ) from exc
        shell = copy.deepcopy(tpl.docx.element)
        shell.remove(shell.body)
        _check_tags(tpl.get_xml(), f"{self.name}: {BODY}")
        sources = {BODY: tpl.patch_xml(tpl.get_xml())}
        for uri in (HEADER_URI, FOOTER_URI):
            for _, part in tpl.get_headers_footers(uri):
                part_name = str(part.partname).lstrip("/")
                _check_tags(tpl.get_part_xml(part), f"{self.name}: {part_name}")
                sources[part_name] = tpl.patch_xml(tpl.get_part_xml(part))
        saved = io.BytesIO()
        tpl.docx.save(saved)
        self._setup(
            sources={k: _escape_literal_braces(_split_paragraphs(v)) for k, v in sources.items()},
            shell=etree.tostring(shell),
            static=read_package(saved.getvalue()),
        )

    def _setup(
        self,
        *,
        sources: dict[str, str],
        shell: bytes,
        static: dict[str, bytes],
        codes: Mapping[str, CodeType] | None = None,
        packed: Mapping[str, PackedPart] | None = None,
    ) -> None:
        """Compile (or take compiled) templates and compress (or take) the unchanged parts."""
        self._env = make_environment()
        self._sources = sources
        self._templates: dict[str, jinja2.Template] = {}
        self._codes: dict[str, CodeType] = {}
        for part, source in sources.items():
            code = codes.get(part) if codes is not None else None
            self._templates[part] = self._compile(part, source, code)
        self._text_pass = {part for part, source in sources.items() if needs_text_pass(source)}
        self._drawings = "docPr" in sources[BODY]
        self._shell_xml = shell
        self._shell = etree.fromstring(shell, _PARSER)
        self._static = static
        self._packed = dict(packed) if packed is not None else {}
        for part_name, data in static.items():
            if part_name not in self._packed:
                self._packed[part_name] = pack(part_name, data)
        self._order = package_order([*static, _DOCUMENT, *self._parts(), _CORE])
        self.styles = StyleSheet(static["word/styles.xml"])
        # The last rendering of each part: headers, footers and the core properties are most
        # often the same from one document of a batch to the next, and then cost nothing.
        # Each entry one tuple, replaced whole: safe to share between threads.
        self._last_rendered: dict[str, tuple[str, bytes]] = {}  # part → (Jinja output, XML)
        self._last_packed: dict[str, tuple[bytes, PackedPart]] = {}  # part → (XML, compressed)

    @classmethod
    def restore(
        cls,
        name: str,
        *,
        sources: dict[str, str],
        shell: bytes,
        static: dict[str, bytes],
        codes: Mapping[str, CodeType] | None = None,
        packed: Mapping[str, PackedPart] | None = None,
    ) -> PreparedTemplate:
        """A prepared template from the state :meth:`state` gave, without docxtpl."""
        template = cls.__new__(cls)
        template.name = name
        template._setup(sources=sources, shell=shell, static=static, codes=codes, packed=packed)
        return template

    def state(self) -> dict[str, Any]:
        """Everything :meth:`restore` needs: Jinja sources and code, the shell, the parts."""
        return {
            "name": self.name,
            "sources": dict(self._sources),
            "codes": {part: self._codes[part] for part in self._sources},
            "shell": self._shell_xml,
            "static": dict(self._static),
            "packed": dict(self._packed),
        }

    def _parts(self) -> list[str]:
        return [part for part in self._sources if part != BODY]

    def _compile(self, part: str, source: str, code: CodeType | None) -> jinja2.Template:
        if code is None:
            try:
                compiled = self._env.compile(source)
            except jinja2.TemplateError as exc:
                raise _template_error(exc, f"{self.name}: {part}", source) from exc
            assert isinstance(compiled, CodeType)
            code = compiled
        self._codes[part] = code
        return self._env.template_class.from_code(
            self._env, code, self._env.make_globals(None), None
        )

    def _render_xml(self, part: str, context: Mapping[str, Any]) -> str:
        try:
            xml = render_bounded(self._templates[part], context)
        except jinja2.TemplateError as exc:
            source = self._sources.get(part, "")
            raise _template_error(exc, f"{self.name}: {part}", source) from exc
        return _join_paragraphs(xml)

    def _parse(self, xml: str, part: str) -> etree._Element:
        """The rendered part as a tree, with tabs and line breaks resolved as docxtpl does."""
        text_pass = part in self._text_pass or "\a" in xml or "\f" in xml
        if text_pass:
            xml = _text_pass(xml)
        try:
            root = etree.fromstring(xml.encode(), _PARSER if part == BODY else _PART_PARSER)
        except etree.XMLSyntaxError as exc:
            raise TemplateError(
                N_(
                    "{name}: {part}: the rendered XML is not well-formed{xml} ({msg}); a {{%p"
                    " %}}, {{%tr %}} or {{%tc %}} tag probably has no partner of the same "
                    "kind, or a tag cuts across a paragraph or table boundary",
                    name=self.name,
                    part=part,
                    xml=_nearby(xml),
                    msg=exc.msg,
                ),
                code="template_structure",
            ) from exc
        if not text_pass:
            split_tabs_and_breaks(root)
        return root

    def _render_changed(self, context: Mapping[str, Any]) -> dict[str, bytes]:
        """The parts a render changes: the document body, headers and footers."""
        xml = self._render_xml(BODY, context)
        body = self._parse(xml, BODY)
        fix_grids(body)
        if self._drawings:
            renumber_drawings(body)
        finish_body(body, self.styles, emphasis=any(mark in xml for mark in EMPHASIS_MARKS))
        root = copy.deepcopy(self._shell)
        root.append(body)
        changed = {_DOCUMENT: etree.tostring(root, encoding="UTF-8", standalone=True)}
        for part in self._parts():
            changed[part] = self._render_part(part, context)
        return changed

    def _render_part(self, part: str, context: Mapping[str, Any]) -> bytes:
        xml = self._render_xml(part, context)
        last = self._last_rendered.get(part)
        if last is not None and last[0] == xml:
            return last[1]
        data = etree.tostring(self._parse(xml, part), encoding="UTF-8", standalone=True)
        self._last_rendered[part] = (xml, data)
        return data

    def _pack(self, part: str, data: bytes) -> PackedPart:
        """``pack``, skipping the compression when the part is what it was last time."""
        last = self._last_packed.get(part)
        if last is not None and last[0] == data:
            return last[1]
        packed = pack(part, data)
        self._last_packed[part] = (data, packed)
        return packed

    def render_parts(self, context: Mapping[str, Any]) -> dict[str, bytes]:
        """Every part of the rendered package, by name."""
        return {**self._static, **self._render_changed(context)}

    def render(self, context: Mapping[str, Any], core: CoreProperties) -> bytes:
        """The bytes of the rendered .docx."""
        packed = dict(self._packed)
        for part, data in self._render_changed(context).items():
            packed[part] = pack(part, data) if part == _DOCUMENT else self._pack(part, data)
        packed[_CORE] = self._pack(_CORE, core.to_xml())
        return write_packed(packed[part] for part in self._order)


#: The templates this process has prepared, by (resolved path, mtime, size): see cache.prepared.
_CACHE: dict[tuple[str, int, int], PreparedTemplate] = {}


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
