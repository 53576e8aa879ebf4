"""Mail merge (trộn văn bản): one base document, one file per row of a CSV or YAML list.

The base is an ordinary document YAML. Each row sets fields of it by their path, as errors name
them — ``signature.name``, ``issuer.name[1]``, ``figures.received``, ``summary`` — and each row
becomes one document::

    team,issuer.name[1],figures.received,figures.settled
    Tổ 1,THÔN AN LẠC,12,11

In a CSV file every column is a path and every cell text; a cell replaces the base value, and
where the base holds a number the cell is read as a number the Vietnamese way — a dot groups
thousands, a comma is the decimal mark ("1.234" is 1234, "93,8" is 93.8) — where it holds a
list of texts the cell's lines become the list; an empty cell leaves the base value. A cell
that fits no such reading ("12.5", "1e5"), a repeated column, a row of too few or too many
cells and an unclosed quote are errors naming the rows file and line. A YAML rows file is a list
of mappings from paths to values of any type. Texts that mention a row's numbers do so through
figures: ``{settled}/{received} vụ`` in the base, ``figures.settled`` in the rows.

The file-name pattern takes ``{path}`` for a row's value and ``{row}`` for its number (zero-padded,
so that files sort in row order; the default is ``<base>-{row}.docx``):
``--name "{issuer.name[1]}.docx"``. Every row is validated before anything is written; bad
rows are reported together, each with its line in the rows file, its number and the field.
"""

from __future__ import annotations

import copy
import csv
import io
import os
import re
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from vanban.errors import InputError, InputWarning, Issue
from vanban.i18n import N_, Message

__all__ = ["MailMerge", "read_merge"]

Loc = tuple[str | int, ...]
_STEP = re.compile(r"\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
#: Bad rows reported at most; the rest are counted.
MAX_REPORTED = 20
#: Upper bound on the size of a rows file, as on a YAML file.
MAX_ROWS_BYTES = 20_000_000
#: A number as Vietnamese write it: digits grouped by dots in threes, a decimal comma.
_VN_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?")
#: Digits a number cell may hold: more than any count or amount of money.
MAX_DIGITS = 20


def parse_path(text: str) -> Loc | None:
    """A field path as errors print it (``body[2].children[0].task``) → its steps, or None."""
    steps: list[str | int] = []
    position = 0
    for match in _STEP.finditer(text):
        if match.start() != position or (position == 0 and text.startswith(".")):
            return None
        name, index = match.groups()
        steps.append(name if name is not None else int(index))
        position = match.end()
    return tuple(steps) if steps and position == len(text) and isinstance(steps[0], str) else None


def _shown(loc: Loc) -> str:
    return "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in loc).lstrip(".")


@dataclass
class Row:
    """One row: its number (from 1), its line in the rows file and the values by path."""

    number: int
    line: int | None
    values: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)


def _noted(issue: Issue, note: Message) -> Message:
    return N_("{message}{note}", message=issue.msg or issue.message, note=note)


class _PathError(Exception):
    """A row's path that leads nowhere in the base document."""


class _CellError(Exception):
    """A CSV cell that cannot take the type of the value it replaces."""

    def __init__(self, path: str, message: str | Message) -> None:
        super().__init__(message)
        self.path = path


def _get(data: Any, loc: Loc) -> Any:
    for step in loc:
        found = (isinstance(step, int) and isinstance(data, list) and step < len(data)) or (
            isinstance(step, str) and isinstance(data, Mapping) and step in data
        )
        if not found:
            return None
        data = data[step]
    return data


def _set(data: dict[str, Any], loc: Loc, value: Any) -> None:
    """Set the value at ``loc``, creating mappings on the way (figures.x in a base without any)."""
    target: Any = data
    for depth, step in enumerate(loc[:-1]):
        following = loc[depth + 1]
        child = _get(target, (step,))
        if child is None:
            if isinstance(step, int):
                raise _PathError(
                    N_(
                        "{loc}: no such item in the base document",
                        loc=_shown(loc[: depth + 1]),
                    )
                )
            if not isinstance(target, dict):
                raise _PathError(
                    N_(
                        "{loc} is not a mapping of fields",
                        loc=_shown(loc[:depth]),
                    )
                )
            child = target[step] = [] if isinstance(following, int) else {}
        target = child
    last = loc[-1]
    if isinstance(last, int):
        if not isinstance(target, list) or last >= len(target):
            size = len(target) if isinstance(target, list) else 0
            raise _PathError(
                N_(
                    "{loc}: the base document's list has {size} {items}; a row can "
                    "replace items, not add them",
                    loc=_shown(loc),
                    size=size,
                    items=N_("items") if size != 1 else N_("item"),
                )
            )
        target[last] = value
    elif isinstance(target, dict):
        target[last] = value
    else:
        raise _PathError(
            N_(
                "{loc} is not a mapping of fields",
                loc=_shown(loc[:-1]),
            )
        )


def _typed(cell: str, base: Any, path: str) -> Any:
    """A CSV cell as the type of the base value it replaces."""
    if isinstance(base, bool):
        return cell
    if isinstance(base, int | float):
        return _number(cell, path)
    if isinstance(base, list) and all(isinstance(v, str) for v in base):
        return [line for line in cell.splitlines() if line.strip()]
    return cell


def _number(cell: str, path: str) -> int | Decimal:
    """A number cell read the Vietnamese way: "1.234" is 1234, "93,8" is 93.8.

    >>> _number("1.234", "x"), _number("93,8", "x"), _number("-1.000.000,5", "x")
    (1234, Decimal('93.8'), Decimal('-1000000.5'))
    """
    text = cell.strip()
    if not _VN_NUMBER.fullmatch(text):
        raise _CellError(
            path,
            N_(
                "expected a number, as in the base document, written the Vietnamese way —"
                ' a dot groups thousands, a comma is the decimal mark ("1.234", "93,8") —'
                ' got "{cell}"',
                cell=cell[:60],
            ),
        )
    if sum(c.isdigit() for c in text) > MAX_DIGITS:
        raise _CellError(
            path,
            N_(
                "a number of more than {MAX_DIGITS} digits; no document holds one",
                MAX_DIGITS=MAX_DIGITS,
            ),
        )
    number = Decimal(text.replace(".", "").replace(",", "."))
    return int(number) if number == number.to_integral_value() else number


@dataclass
class MailMerge:
    """A base document and its rows, ready to be checked and rendered one file per row."""

    base: Any
    base_lines: dict[Loc, int]
    base_source: str
    rows: list[Row]
    rows_source: str
    pattern: str
    typed_cells: bool

    def __len__(self) -> int:
        return len(self.rows)

    def _data(self, row: Row) -> dict[str, Any]:
        data = copy.deepcopy(self.base) if isinstance(self.base, dict) else {}
        for path, value in row.values.items():
            loc = parse_path(path)
            assert loc is not None  # checked when the rows were read
            if self.typed_cells:
                if value == "":
                    continue
                value = _typed(value, _get(self.base, loc), path)
            _set(data, loc, value)
        return data

    def name(self, row: Row) -> str:
        """The file name of a row's document, from the pattern."""

        def value(match: re.Match[str]) -> str:
            key = match.group(1)
            if key == "row":
                return f"{row.number:0{len(str(len(self.rows)))}d}"
            found = row.values.get(key)
            return "" if found is None else str(found).strip()

        name = _PLACEHOLDER.sub(value, self.pattern)
        return name if name.lower().endswith(".docx") else f"{name}.docx"

    def _row_issue(self, row: Row, issue: Issue) -> Issue:
        """An issue of a row's document, placed in the rows file when the row set the field."""
        set_here = [
            p
            for p in row.values
            if issue.path
            and (
                _within(issue.path, _shown(parse_path(p) or ()))
                or _within(_shown(parse_path(p) or ()), issue.path)  # issuer.name of name[1]
            )
        ]
        note = N_(
            " (row {number})",
            number=row.number,
        )
        if set_here or issue.file is None or issue.file != self.base_source:
            line = row.lines.get(set_here[0], row.line) if set_here else row.line
            return Issue(issue.code, _noted(issue, note), issue.path, self.rows_source, line)
        return Issue(issue.code, _noted(issue, note), issue.path, issue.file, issue.line)

    def check(self) -> None:
        """Validate every row; raise one :class:`InputError` naming each bad row."""
        from vanban.loading import validate

        issues: list[Issue] = []
        bad: list[int] = []
        names: dict[str, int] = {}
        numbers: list[Any] = []
        for row in self.rows:
            found: list[Issue] = []
            try:
                document = validate(self._data(row), self.base_lines, self.base_source)
                numbers.append(document.number)
            except InputError as exc:
                found = [self._row_issue(row, i) for i in exc.issues]
            except _CellError as exc:
                line = row.lines.get(exc.path, row.line)
                message = N_(
                    "{exc} (row {number})",
                    exc=exc.args[0],
                    number=row.number,
                )
                found = [Issue("row_value", message, exc.path, self.rows_source, line)]
            except _PathError as exc:
                found = [
                    Issue(
                        "row_path",
                        N_(
                            "{exc} (row {number})",
                            exc=exc.args[0],
                            number=row.number,
                        ),
                        "",
                        self.rows_source,
                        row.line,
                    )
                ]
            name = self.name(row)
            problem = _bad_file_name(name)
            if problem is None and name in names:
                problem = N_(
                    'the file name "{name}" is also row {names}\'s',
                    name=name,
                    names=names[name],
                )
            if problem is not None:
                found.append(
                    Issue(
                        "row_name",
                        N_(
                            "{problem} (row {number}); change --name",
                            problem=problem,
                            number=row.number,
                        ),
                        "",
                        self.rows_source,
                        row.line,
                    )
                )
            names.setdefault(name, row.number)
            if found:
                bad.append(row.number)
                if len(bad) <= MAX_REPORTED:
                    issues.extend(found)
        if bad:
            if len(bad) > MAX_REPORTED:
                more = len(bad) - MAX_REPORTED
                issues.append(
                    Issue(
                        "rows_invalid",
                        N_(
                            "… and {more} more bad {rows}",
                            more=more,
                            rows=N_("rows") if more != 1 else N_("row"),
                        ),
                        file=self.rows_source,
                    )
                )
            issues.append(
                Issue(
                    "rows_invalid",
                    N_(
                        "{bad} of {rows} rows are not valid; nothing was written",
                        bad=len(bad),
                        rows=len(self.rows),
                    ),
                    file=self.rows_source,
                )
            )
            raise InputError(issues)
        _warn_same_number(numbers, self.rows_source)

    def documents(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Each row's file name and document data, made as they are asked for."""
        for row in self.rows:
            yield self.name(row), self._data(row)


def _warn_same_number(numbers: list[Any], source: str) -> None:
    """Several documents of one number and symbol are one document issued twice: say so."""
    if len(numbers) > 1 and numbers[0] is not None and all(n == numbers[0] for n in numbers):
        warnings.warn(
            str(
                N_(
                    "{source}: every one of the {numbers} documents gets the number "
                    "{numbers2}; give the rows a number column, or leave number: null in the "
                    "base for the clerk to number each at signing",
                    source=source,
                    numbers=len(numbers),
                    numbers2=numbers[0],
                )
            ),
            InputWarning,
            stacklevel=3,
        )


def _within(path: str, prefix: str) -> bool:
    return path == prefix or path.startswith((prefix + ".", prefix + "["))


def _bad_file_name(name: str) -> Message | None:
    from vanban.rendering.output import MAX_NAME_BYTES

    stem = name[: -len(".docx")]
    if not stem.strip() or "/" in name or "\\" in name or "\0" in name or stem in (".", ".."):
        return N_('"{name}" is not a usable file name', name=name)
    if len(os.fsencode(name)) > MAX_NAME_BYTES:
        return N_(
            'the file name "{name}…" is {size} bytes long; file names hold {limit}',
            name=name[:40],
            size=len(os.fsencode(name)),
            limit=MAX_NAME_BYTES,
        )
    return None


def _csv_rows(path: Path) -> list[Row]:
    from vanban.reading import read_bounded

    source = str(path)
    try:
        text = read_bounded(path, MAX_ROWS_BYTES, N_("rows file")).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError.single(
            "encoding", N_("the file is not UTF-8 text; save it as CSV UTF-8"), file=source
        ) from None
    # Excel writes ";" between cells where the decimal mark is a comma, as in Vietnamese.
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count) if any(d in first for d in ",;\t") else ","
    # strict: an unclosed quote is an error, not the rest of the file swallowed into one cell.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records = _records(reader, source)
    header_line, header = next(records, (1, []))
    if not header:
        raise InputError.single(
            "rows_empty", N_("no header row of field paths"), file=source, line=1
        )
    header = [h.strip() for h in header]
    _check_header(header, source, header_line)
    for number, name in enumerate(header):
        if name in header[:number]:
            raise InputError.single(
                "rows_columns",
                N_(
                    'the column "{name}" appears twice (columns {value} and {value2}); one '
                    "would silently replace the other",
                    name=name,
                    value=header.index(name) + 1,
                    value2=number + 1,
                ),
                file=source,
                line=header_line,
            )
    rows: list[Row] = []
    for start, record in records:
        if not any(cell.strip() for cell in record):
            continue  # a blank line
        if len(record) != len(header):
            raise InputError.single(
                "rows_columns",
                N_(
                    "row {row} has {cells} cells for {columns} columns{hint}",
                    row=len(rows) + 1,
                    cells=len(record),
                    columns=len(header),
                    hint=N_(
                        "; a row may not leave cells out (an empty cell between separators "
                        "keeps the base's value)"
                    )
                    if len(record) < len(header)
                    else "",
                ),
                file=source,
                line=start,
            )
        values = dict(zip(header, record, strict=True))
        rows.append(Row(len(rows) + 1, start, values, {k: start for k in values}))
    return rows


def _records(reader: Any, source: str) -> Iterator[tuple[int, list[str]]]:
    """Each CSV record with the line it starts on; a broken record is an error naming it."""
    line = 0
    while True:
        start = line + 1
        try:
            record = next(reader, None)
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                # Python's csv module's own bound (131,072 unless a host program changed it).
                limit = csv.field_size_limit()
                message = N_(
                    "a cell holds more than {limit:,} characters; no document field does",
                    limit=limit,
                )
            elif "unexpected end of data" in str(exc):
                message = N_('a quote (") opened in this row is never closed')
            else:
                message = N_(
                    "the row cannot be read as CSV: {exc}",
                    exc=exc.args[0],
                )
            raise InputError.single("rows_syntax", message, file=source, line=start) from None
        if record is None:
            return
        line = reader.line_num
        yield start, record


def _yaml_rows(path: Path) -> list[Row]:
    from vanban.loading import read_data

    data, lines = read_data(path)
    source = str(path)
    if not isinstance(data, list):
        raise InputError.single(
            "rows_type",
            N_(
                'expected a list of rows (lines starting with "- "), each a mapping of '
                "field paths to values",
            ),
            file=source,
            line=lines.get(()),
        )
    rows: list[Row] = []
    for index, item in enumerate(data):
        line = lines.get((index,))
        if not isinstance(item, dict):
            raise InputError.single(
                "rows_type",
                N_(
                    "row {value}: expected a mapping of field paths to values",
                    value=index + 1,
                ),
                file=source,
                line=line,
            )
        _check_header(list(item), source, line)
        rows.append(
            Row(index + 1, line, dict(item), {k: lines.get((index, k), line or 0) for k in item})
        )
    return rows


def _check_header(paths: list[str], source: str, line: int | None) -> None:
    for path in paths:
        if path != "row" and parse_path(path) is None:
            raise InputError.single(
                "row_path",
                N_(
                    '"{path}" is not a field path; write fields as they are named in errors: '
                    "signature.name, issuer.name[1], figures.received",
                    path=path,
                ),
                file=source,
                line=line,
            )
        if path == "row":
            raise InputError.single(
                "row_path",
                N_('"row" is the row number in --name; it cannot be a column'),
                file=source,
                line=line,
            )


def read_merge(
    base: str | os.PathLike[str], rows: str | os.PathLike[str], name: str | None = None
) -> MailMerge:
    """Read a base document and its rows (.csv, or .yaml/.yml) for a mail merge."""
    from vanban.loading import read_data

    base_path, rows_path = Path(base), Path(rows)
    data, lines = read_data(base_path)
    if not isinstance(data, dict):
        raise InputError.single(
            "document_type", N_("expected a mapping of fields (kind: plan, …)"), file=str(base_path)
        )
    suffix = rows_path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        rows_list, typed = _yaml_rows(rows_path), False
    elif suffix in (".csv", ".tsv", ".txt"):
        rows_list, typed = _csv_rows(rows_path), True
    else:
        raise InputError.single(
            "rows_format", N_("rows come in a .csv file or a .yaml list"), file=str(rows_path)
        )
    if not rows_list:
        raise InputError.single("rows_empty", N_("no rows: nothing to render"), file=str(rows_path))
    pattern = name if name is not None else f"{base_path.stem}-{{row}}.docx"
    merge = MailMerge(data, lines, str(base_path), rows_list, str(rows_path), pattern, typed)
    for match in _PLACEHOLDER.finditer(pattern):
        key = match.group(1)
        if key != "row" and all(key not in row.values for row in rows_list):
            known = ", ".join(["row", *rows_list[0].values])
            raise InputError.single(
                "name_pattern",
                N_(
                    '--name uses "{{{key}}}", which is no column of the rows; use one of: {known}',
                    key=key,
                    known=known,
                ),
                file=str(rows_path),
            )
    return merge
