"""Dạng văn bản của bản kết xuất (the dump as text): records → canonical text, and back.

One record per block, in document order. The first line of a record says where it is and what
it says; its attributes follow, indented, one per line::

    section 1
      page size: 210 × 297 mm (A4)
      left margin: 30 mm

    table 1 row 1 cell 2 paragraph 1 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
      alignment: center
      bold: true
      size: 12 pt

    paragraph 12 "Số: 05/KH-UBND"
      size: 13 pt (style)
      run 2 "05/KH-UBND"
        bold: true

Text is a JSON string (so quotes, tabs and line breaks survive); other values are written as
they are unless that would be ambiguous. Every line of a change in a pull request therefore
names the paragraph, cell or section it belongs to.
"""

from __future__ import annotations

import json
import re

from vanban.dump.model import (
    Attrs,
    Block,
    Cell,
    DocumentDump,
    Paragraph,
    Row,
    Run,
    Section,
    Story,
    Table,
)

__all__ = ["FORMAT_VERSION", "DumpFormatError", "format_dump", "parse_dump"]

FORMAT_VERSION = 1
_HEADER = (
    f"# vanban docx dump, format {FORMAT_VERSION}",
    '# mm for lengths, pt for sizes; "(style)" = inherited from a style, "(default)" = from the',
    "# document defaults; fields, images and breaks in braces: {PAGE}, {image}, {page break}.",
)
_VERSION_LINE = re.compile(r"^# vanban docx dump, format (\d+)$")
_RECORD = re.compile(r'^(?P<where>[a-z][a-z0-9 -]*?)(?: (?P<text>".*"))?$')
_RUN = re.compile(r'^  run (?P<number>\d+) (?P<text>".*")$')
_ATTR = re.compile(r"^(?P<indent>(?:  )+)(?P<key>[^ :\"][^:]*): (?P<value>.*)$")
# Characters that end a line for some readers (str.splitlines) although JSON leaves them bare.
_LINE_ENDS = str.maketrans({c: f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"})
_PLAIN_VALUE = re.compile(r'^[^\s"](?:[^\x00-\x1f\x85\u2028\u2029]*[^\s])?$')


class DumpFormatError(ValueError):
    """The text is not a dump this version of vanban can read."""

    def __init__(self, line: int, message: str) -> None:
        self.line = line
        super().__init__(f"line {line}: {message}")


# --- writing --------------------------------------------------------------------------------------


def format_dump(dump: DocumentDump) -> str:
    """The canonical text of a dump; ``parse_dump`` reads it back into equal records."""
    out = _Writer()
    out.lines.extend(_HEADER)
    sections = paragraphs = tables = 0
    for item in dump.body:
        if isinstance(item, Section):
            sections += 1
            where = f"section {sections}"
            out.record(where, None, item.attrs, blank=True)
            for story in item.stories:
                out.record(f"{where} {story.kind}", None, story.attrs, blank=True)
                out.blocks(story.blocks, f"{where} {story.kind} ")
        elif isinstance(item, Paragraph):
            paragraphs += 1
            out.paragraph(f"paragraph {paragraphs}", item, blank=True)
        else:
            tables += 1
            out.table(f"table {tables}", item, blank=True)
    return "\n".join(out.lines) + "\n"


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def record(self, where: str, text: str | None, attrs: Attrs, *, blank: bool = False) -> None:
        if blank:
            self.lines.append("")
        self.lines.append(where if text is None else f"{where} {quote(text)}")
        self.attrs(attrs, "  ")

    def attrs(self, attrs: Attrs, indent: str) -> None:
        for key, value in attrs.items():
            shown = value if _PLAIN_VALUE.match(value) else quote(value)
            self.lines.append(f"{indent}{key}: {shown}")

    def paragraph(self, where: str, paragraph: Paragraph, *, blank: bool = False) -> None:
        self.record(where, paragraph.text, paragraph.attrs, blank=blank)
        for run in paragraph.runs:
            self.lines.append(f"  run {run.number} {quote(run.text)}")
            self.attrs(run.attrs, "    ")

    def table(self, where: str, table: Table, *, blank: bool = False) -> None:
        self.record(where, None, table.attrs, blank=blank)
        for row_number, row in enumerate(table.rows, start=1):
            row_where = f"{where} row {row_number}"
            if row.attrs:
                self.record(row_where, None, row.attrs)
            for cell_number, cell in enumerate(row.cells, start=1):
                cell_where = f"{row_where} cell {cell_number}"
                self.record(cell_where, None, cell.attrs)
                self.blocks(cell.blocks, f"{cell_where} ")

    def blocks(self, blocks: list[Block], prefix: str) -> None:
        paragraphs = tables = 0
        for block in blocks:
            if isinstance(block, Paragraph):
                paragraphs += 1
                self.paragraph(f"{prefix}paragraph {paragraphs}", block)
            else:
                tables += 1
                self.table(f"{prefix}table {tables}", block)


def quote(text: str) -> str:
    """Text as a one-line JSON string that keeps Vietnamese letters readable."""
    return json.dumps(text, ensure_ascii=False).translate(_LINE_ENDS)


# --- reading --------------------------------------------------------------------------------------

_Container = DocumentDump | Section | Story | Table | Row | Cell


def parse_dump(text: str) -> DocumentDump:
    """Records from the text ``format_dump`` writes; ``DumpFormatError`` for anything else."""
    dump = DocumentDump()
    attrs: Attrs | None = None
    paragraph: Paragraph | None = None
    run_attrs: Attrs | None = None
    # Only "\n" ends a line: a dump never holds another line end outside its quoted text.
    for number, line in enumerate(text.split("\n"), start=1):
        version = _VERSION_LINE.match(line)
        if version is not None and int(version.group(1)) != FORMAT_VERSION:
            raise DumpFormatError(
                number,
                f"written in dump format {version.group(1)}, this version reads format "
                f"{FORMAT_VERSION}; regenerate the snapshot",
            )
        if not line.strip() or line.startswith("#"):
            continue
        run = _RUN.match(line)
        if run is not None:
            if paragraph is None:
                raise DumpFormatError(number, "a run outside a paragraph")
            run_attrs = {}
            paragraph.runs.append(Run(int(run.group("number")), _unquote(run, number), run_attrs))
            continue
        attribute = _ATTR.match(line)
        if attribute is not None:
            depth = len(attribute.group("indent")) // 2
            target = attrs if depth == 1 else run_attrs if depth == 2 else None
            if target is None:
                raise DumpFormatError(number, "an attribute that belongs to nothing")
            value = attribute.group("value")
            target[attribute.group("key")] = _unquote_value(value, number)
            continue
        record = _RECORD.match(line)
        if record is None:
            raise DumpFormatError(number, f"not a record, attribute or run: {line!r}")
        quoted = record.group("text")
        record_text = None if quoted is None else _load(quoted, number)
        created = _add_record(dump, _steps(record.group("where"), number), record_text, number)
        attrs = created.attrs
        paragraph = created if isinstance(created, Paragraph) else None
        run_attrs = None
    return dump


def _steps(where: str, line: int) -> list[tuple[str, str]]:
    tokens = where.split(" ")
    steps: list[tuple[str, str]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token in ("section", "paragraph", "table", "row", "cell") and following.isdigit():
            steps.append((token, following))
            index += 2
        elif token in ("header", "footer"):
            steps.append(("story", token))
            index += 1
        elif token in ("first-page", "even-page") and following in ("header", "footer"):
            steps.append(("story", f"{token} {following}"))
            index += 2
        else:
            raise DumpFormatError(line, f"cannot tell where {where!r} is")
    if not steps:
        raise DumpFormatError(line, "a record without a place")
    return steps


def _add_record(
    dump: DocumentDump, steps: list[tuple[str, str]], text: str | None, line: int
) -> Section | Story | Paragraph | Table | Row | Cell:
    container: _Container = dump
    for kind, key in steps[:-1]:
        container = _enter(container, kind, key, line)
    kind, key = steps[-1]
    expected = _next_number(container, kind)
    if kind != "story" and int(key) != expected:
        raise DumpFormatError(line, f"expected {kind} {expected}, found {kind} {key}")
    if kind == "paragraph":
        if text is None:
            raise DumpFormatError(line, "a paragraph without its text")
        return _append_block(container, Paragraph(text), line)
    if text is not None:
        raise DumpFormatError(line, f"a {kind} record holds no text")
    if kind == "table":
        return _append_block(container, Table(), line)
    if kind == "section" and isinstance(container, DocumentDump):
        section = Section()
        container.body.append(section)
        return section
    if kind == "story" and isinstance(container, Section):
        story = Story(key)
        container.stories.append(story)
        return story
    if kind == "row" and isinstance(container, Table):
        row = Row()
        container.rows.append(row)
        return row
    if kind == "cell" and isinstance(container, Row):
        cell = Cell()
        container.cells.append(cell)
        return cell
    raise DumpFormatError(line, f"a {kind} cannot stand there")


def _enter(container: _Container, kind: str, key: str, line: int) -> _Container:
    found: _Container | None = None
    if kind == "section" and isinstance(container, DocumentDump):
        sections = container.sections
        found = sections[int(key) - 1] if 0 < int(key) <= len(sections) else None
    elif kind == "story" and isinstance(container, Section):
        found = next((s for s in container.stories if s.kind == key), None)
    elif kind == "table":
        tables = [b for b in _blocks_of(container) if isinstance(b, Table)]
        found = tables[int(key) - 1] if 0 < int(key) <= len(tables) else None
    elif kind == "row" and isinstance(container, Table):
        # Rows without attributes have no record of their own: their first cell opens them.
        if int(key) == len(container.rows) + 1:
            container.rows.append(Row())
        found = container.rows[int(key) - 1] if 0 < int(key) <= len(container.rows) else None
    elif kind == "cell" and isinstance(container, Row):
        found = container.cells[int(key) - 1] if 0 < int(key) <= len(container.cells) else None
    if found is None:
        raise DumpFormatError(line, f"no {kind} {key} before this line")
    return found


def _blocks_of(container: _Container) -> list[Section | Block]:
    if isinstance(container, DocumentDump):
        return list(container.body)
    if isinstance(container, Story | Cell):
        return list(container.blocks)
    return []


def _next_number(container: _Container, kind: str) -> int:
    if kind == "section" and isinstance(container, DocumentDump):
        return len(container.sections) + 1
    if kind == "paragraph":
        return sum(isinstance(b, Paragraph) for b in _blocks_of(container)) + 1
    if kind == "table":
        return sum(isinstance(b, Table) for b in _blocks_of(container)) + 1
    if kind == "row" and isinstance(container, Table):
        return len(container.rows) + 1
    if kind == "cell" and isinstance(container, Row):
        return len(container.cells) + 1
    return 0


def _append_block(container: _Container, block: Paragraph | Table, line: int) -> Paragraph | Table:
    if isinstance(container, DocumentDump):
        container.body.append(block)
    elif isinstance(container, Story | Cell):
        container.blocks.append(block)
    else:
        raise DumpFormatError(line, "a paragraph or table cannot stand there")
    return block


def _unquote(match: re.Match[str], line: int) -> str:
    return _load(match.group("text"), line)


def _unquote_value(value: str, line: int) -> str:
    return _load(value, line) if value.startswith('"') else value


def _load(quoted: str, line: int) -> str:
    try:
        value = json.loads(quoted)
    except json.JSONDecodeError as exc:
        raise DumpFormatError(line, f"broken quoted text: {exc.msg}") from None
    if not isinstance(value, str):
        raise DumpFormatError(line, "quoted text expected")
    return value
