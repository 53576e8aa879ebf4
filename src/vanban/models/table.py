"""Data tables — bảng số liệu: headers with merged group headers, rows, a total row and rates.

In YAML a table is a body node named by its key ``table`` (its title)::

    - table: Kết quả hòa giải quý II năm 2020
      unit: "Đơn vị tính: vụ việc"
      columns:
        - {header: TT, type: index}
        - {header: Tổ hòa giải, key: team}
        - header: Số vụ việc                       # a group header, merged across its columns
          columns:
            - {header: Tiếp nhận, key: received, type: number}
            - {header: Hòa giải thành, key: settled, type: number}
        - {header: Tỷ lệ hòa giải thành, rate: [settled, received]}
      rows:
        - [Tổ dân phố số 1, 2, 1]                  # values of the columns that take input, in order
        - {team: Tổ dân phố số 2, received: 1, settled: 1}
      total: Tổng cộng                             # a computed total row

Index columns (TT) number themselves; rate columns are computed from two number columns, row by
row and again from the totals. A zero denominator is an error in the data, unless the column
says what to print instead (``when_zero: "-"``, for a team with no cases).
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, PlainValidator, PositiveFloat, WithJsonSchema, model_validator
from pydantic_core import InitErrorDetails, ValidationError

from vanban.formatting.text import ForbiddenCharacterError, clean_text
from vanban.i18n import N_, Message, custom_error
from vanban.models.base import Model, Text, number_problem
from vanban.models.figures import FigureName

__all__ = ["CellValue", "Column", "ColumnType", "Table"]

Loc = tuple[str | int, ...]

#: A value as the table holds it after validation: text, a number, or nothing (an empty cell).
CellValue = str | Decimal | None


class ColumnType(StrEnum):
    """Column type — kiểu cột: how its values are read and printed."""

    TEXT = "text"
    """Text, left-aligned."""
    NUMBER = "number"
    """A number (1.315; 2,5), added up in the total row."""
    AMOUNT = "amount"
    """An amount in whole đồng (3.486.250.000; -120.000.000), added up in the total row; the
    table's unit line says "(Đơn vị tính: đồng)" unless the table gives its own."""
    PERCENT = "percent"
    """A ratio given as data (0.938 → 93,8%); not added up."""
    RATE = "rate"
    """Computed: one number column over another, as a percentage."""
    INDEX = "index"
    """Số thứ tự (TT): 1, 2, 3 … filled in by vanban."""


#: The columns whose values are added up in the total row, and between which rates are taken.
_ADDED = (ColumnType.NUMBER, ColumnType.AMOUNT)

#: Relative width of a column of each type when the YAML gives none.
DEFAULT_WIDTHS = {
    ColumnType.INDEX: 1.0,
    ColumnType.TEXT: 4.0,
    ColumnType.NUMBER: 1.6,
    ColumnType.AMOUNT: 2.2,
    ColumnType.PERCENT: 1.6,
    ColumnType.RATE: 1.6,
}


class Column(Model):
    """Column — cột: a header over values, or a group header merged across its own columns."""

    header: Text = Field(title="Tiêu đề cột")
    """The printed header; a group's header spans all of its columns."""

    key: FigureName | None = Field(default=None, title="Mã cột")
    """Names the column for rows written as mappings and for rates: received, settled."""

    type: ColumnType | None = Field(default=None, title="Kiểu cột")
    """text, number, amount, percent, rate or index; a column with ``rate`` is a rate, others
    text."""

    rate: tuple[FigureName, FigureName] | None = Field(
        default=None, title="Tỷ lệ [cột tử số, cột mẫu số]"
    )
    """[numerator key, denominator key]: two number columns; the value is computed."""

    when_zero: Text | None = Field(default=None, title="In khi mẫu số bằng 0")
    """What a rate prints when its denominator is 0 ("-"); without it a zero is an error."""

    decimals: int | None = Field(default=None, ge=0, le=4, title="Số chữ số thập phân")
    """Decimals shown at most; 2 for numbers, 1 for percentages and rates."""

    total: bool | None = Field(default=None, title="Cộng ở dòng tổng")
    """Whether the total row adds this column up; number columns do unless set to false."""

    width: PositiveFloat | None = Field(default=None, title="Độ rộng tương đối")
    """Relative width; the columns share the text width (165 mm) in proportion."""

    columns: list[Column] = Field(default_factory=list, title="Các cột trong nhóm")
    """Makes this a group header over these columns (one level of grouping)."""

    @property
    def kind(self) -> ColumnType:
        """The column's type, inferred when not given."""
        if self.type is not None:
            return self.type
        return ColumnType.RATE if self.rate is not None else ColumnType.TEXT

    @property
    def is_group(self) -> bool:
        return bool(self.columns)

    @property
    def takes_input(self) -> bool:
        """Whether rows give a value for this column (index and rate columns are computed)."""
        return self.kind not in (ColumnType.INDEX, ColumnType.RATE)

    @property
    def relative_width(self) -> float:
        if self.is_group:
            return sum(c.relative_width for c in self.columns)
        return self.width if self.width is not None else DEFAULT_WIDTHS[self.kind]


def _row(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    raise custom_error(
        "table_row",
        N_(
            "a row is a list of values (one per column that takes input, in order) or a mapping "
            "from column keys to values"
        ),
    )


_CELL_SCHEMA = {"type": ["string", "number", "null"]}

#: A row: a list of values, or a mapping from column keys to values.
Row = Annotated[
    list[Any] | dict[str, Any],
    PlainValidator(_row),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "array", "items": _CELL_SCHEMA},
                {"type": "object", "additionalProperties": _CELL_SCHEMA},
            ]
        }
    ),
]


def _error(code: str, message: Message, loc: Loc, value: Any, **ctx: Any) -> InitErrorDetails:
    return InitErrorDetails(type=custom_error(code, message, **ctx), loc=loc, input=value)


class Table(Model):
    """Data table — bảng số liệu: column headers, rows, an optional computed total row."""

    title: Text | None = Field(alias="table", title="Tên bảng")
    """The title printed above the table, centred and bold; may be empty (null)."""

    unit: Text | None = Field(default=None, title="Đơn vị tính")
    """A line printed above the table on the right, e.g. "Đơn vị tính: vụ việc"."""

    columns: list[Column] = Field(min_length=1, title="Các cột")
    """Columns from left to right; a column with ``columns`` is a merged group header."""

    rows: list[Row] = Field(min_length=1, title="Các dòng số liệu")
    """Each row a list (values of the input columns in order) or a mapping by column key."""

    total: Text | None = Field(default=None, title="Dòng tổng cộng")
    """The label of a computed total row ("Tổng cộng"); no total row when left out."""

    note: Text | None = Field(default=None, title="Ghi chú dưới bảng")
    """A line printed under the table in italics, e.g. the source of the figures."""

    landscape: bool = Field(default=False, title="Trình bày theo chiều ngang khổ A4")
    """true prints the table (its title, unit and note with it) on landscape A4 pages of its own,
    for a table too wide for a portrait page; Decree 30 allows landscape only for such tables."""

    # --- structure ------------------------------------------------------------------------
    def leaves(self) -> list[Column]:
        """The columns that hold values, left to right (group headers replaced by their columns)."""
        out: list[Column] = []
        for column in self.columns:
            out.extend(column.columns if column.is_group else [column])
        return out

    @property
    def has_groups(self) -> bool:
        return any(c.is_group for c in self.columns)

    def values(self) -> list[list[CellValue]]:
        """Every row's values by leaf column, index and rates computed (rates as ratios)."""
        values, _, _ = self._compute()
        return values

    def totals(self) -> list[CellValue]:
        """The total row's values by leaf column (the label excluded); empty without a total."""
        _, totals, _ = self._compute()
        return totals

    def label_span(self) -> int:
        """How many leading columns the total row's label covers (the TT and text columns)."""
        span = 0
        for column in self.leaves():
            if column.kind not in (ColumnType.INDEX, ColumnType.TEXT):
                break
            span += 1
        return span

    # --- validation -----------------------------------------------------------------------
    @model_validator(mode="after")
    def _check(self) -> Table:
        errors = self._check_columns()
        if not errors:
            errors = self._normalise()
        if not errors:
            errors = self._compute()[2]
        if errors:
            raise ValidationError.from_exception_data("Table", errors)
        return self

    def _check_columns(self) -> list[InitErrorDetails]:
        errors: list[InitErrorDetails] = []
        seen: dict[str, Loc] = {}
        for i, column in enumerate(self.columns):
            loc: Loc = ("columns", i)
            if column.is_group:
                if column.type is not None or column.rate is not None or column.key is not None:
                    errors.append(
                        _error(
                            "table_group",
                            N_(
                                "a group header only has a header and columns; put key, type and "
                                "rate on the columns inside it"
                            ),
                            loc,
                            column.header,
                        )
                    )
                children = [(c, (*loc, "columns", j)) for j, c in enumerate(column.columns)]
            else:
                children = [(column, loc)]
            for child, child_loc in children:
                if child.is_group:
                    errors.append(
                        _error(
                            "table_group",
                            N_(
                                "group headers have one level: a column inside a group has no "
                                "columns of its own"
                            ),
                            child_loc,
                            child.header,
                        )
                    )
                if child.key is not None:
                    if child.key in seen:
                        errors.append(
                            _error(
                                "table_column_key",
                                N_('the key "{key}" names two columns'),
                                (*child_loc, "key"),
                                child.key,
                                key=child.key,
                            )
                        )
                    seen[child.key] = child_loc
                errors.extend(self._check_column(child, child_loc))
        if self.total is not None and self.label_span() == 0:
            errors.append(
                _error(
                    "table_total_label",
                    N_(
                        "a total row prints its label in the first column, so the table must start "
                        "with a TT (index) or text column"
                    ),
                    ("total",),
                    self.total,
                )
            )
        return errors

    def _check_column(self, column: Column, loc: Loc) -> list[InitErrorDetails]:
        errors: list[InitErrorDetails] = []
        kind = column.kind
        if (column.rate is None) != (kind is not ColumnType.RATE):
            errors.append(
                _error(
                    "table_rate_column",
                    N_(
                        "a rate column gives rate: [numerator key, denominator key], and only a "
                        "rate column does"
                    ),
                    loc,
                    column.header,
                )
            )
        if column.rate is not None:
            numbers = {c.key for c in self.leaves() if c.kind in _ADDED and c.key is not None}
            for index, key in enumerate(column.rate):
                if key not in numbers:
                    errors.append(
                        _error(
                            "table_rate_column",
                            N_(
                                'a rate is taken between number columns; "{key}" is not the key of '
                                "one (number columns: {known})"
                            ),
                            (*loc, "rate", index),
                            key,
                            key=key,
                            known=", ".join(sorted(numbers)) or "none",
                        )
                    )
        if column.total and kind not in (*_ADDED, ColumnType.RATE):
            errors.append(
                _error(
                    "table_total_column",
                    N_(
                        "only number columns add up (rates are computed again from the totals); "
                        'remove "total: true" from a {kind} column'
                    ),
                    (*loc, "total"),
                    column.total,
                    kind=kind.value,
                )
            )
        if column.when_zero is not None and kind is not ColumnType.RATE:
            errors.append(
                _error(
                    "table_when_zero",
                    N_("when_zero belongs to rate columns"),
                    (*loc, "when_zero"),
                    column.when_zero,
                )
            )
        return errors

    def _normalise(self) -> list[InitErrorDetails]:
        """Check every cell against its column and store it as text, a number or nothing."""
        leaves = self.leaves()
        inputs = [i for i, c in enumerate(leaves) if c.takes_input]
        by_key = {c.key: i for i, c in enumerate(leaves) if c.key is not None}
        errors: list[InitErrorDetails] = []
        rows: list[list[Any] | dict[str, Any]] = []
        for r, row in enumerate(self.rows):
            if isinstance(row, list):
                if len(row) != len(inputs):
                    errors.append(
                        _error(
                            "table_row_length",
                            N_("expected {expected} values ({names}), got {found}"),
                            ("rows", r),
                            row,
                            expected=len(inputs),
                            names=", ".join(leaves[i].header for i in inputs),
                            found=len(row),
                        )
                    )
                    continue
                cells: list[tuple[int, int | str, Any]] = list(
                    zip(inputs, range(len(row)), row, strict=True)
                )
            else:
                cells = []
                for key, value in row.items():
                    index = by_key.get(key)
                    if index is None or not leaves[index].takes_input:
                        known = ", ".join(k for i in inputs if (k := leaves[i].key))
                        errors.append(
                            _error(
                                "table_row_key",
                                N_(
                                    '"{key}" is not the key of a column that takes input '
                                    "(expected one of: {known})"
                                ),
                                ("rows", r, key),
                                key,
                                key=key,
                                known=known or "none",
                            )
                        )
                        continue
                    cells.append((index, key, value))
            clean: list[Any] | dict[str, Any] = [] if isinstance(row, list) else {}
            for index, at, value in cells:
                cell, problem = _cell(value, leaves[index].kind)
                if problem is not None:
                    code, message = problem
                    errors.append(_error(code, message, ("rows", r, at), value))
                if isinstance(clean, list):
                    clean.append(cell)
                else:
                    clean[str(at)] = cell
            rows.append(clean)
        if not errors:
            self.__dict__["rows"] = rows
        return errors

    def _compute(
        self,
    ) -> tuple[list[list[CellValue]], list[CellValue], list[InitErrorDetails]]:
        """Values of every row and of the total row, and the zero denominators found."""
        leaves = self.leaves()
        inputs = [i for i, c in enumerate(leaves) if c.takes_input]
        by_key = {c.key: i for i, c in enumerate(leaves) if c.key is not None}
        errors: list[InitErrorDetails] = []
        values: list[list[CellValue]] = []
        for r, row in enumerate(self.rows):
            cells: list[CellValue] = [None] * len(leaves)
            where: dict[int, Loc] = {}
            if isinstance(row, list):
                for n, (index, value) in enumerate(zip(inputs, row, strict=True)):
                    cells[index], where[index] = value, ("rows", r, n)
            else:
                for key, value in row.items():
                    cells[by_key[key]], where[by_key[key]] = value, ("rows", r, key)
            for index, column in enumerate(leaves):
                if column.kind is ColumnType.INDEX:
                    cells[index] = Decimal(r + 1)
            errors.extend(_rates(cells, leaves, by_key, where, ("rows", r)))
            values.append(cells)
        totals: list[CellValue] = []
        if self.total is not None:
            totals = [None] * len(leaves)
            for index, column in enumerate(leaves):
                if column.kind in _ADDED and column.total is not False:
                    totals[index] = sum(
                        (v for row in values if isinstance(v := row[index], Decimal)), Decimal(0)
                    )
            errors.extend(_rates(totals, leaves, by_key, {}, ("total",)))
            for index, column in enumerate(leaves):
                if column.kind is ColumnType.RATE and column.total is False:
                    totals[index] = None
        return values, totals, errors


def _rates(
    cells: list[CellValue],
    columns: list[Column],
    by_key: dict[str, int],
    where: dict[int, Loc],
    loc: Loc,
) -> list[InitErrorDetails]:
    """Fill the rate cells of one row (or of the total row) in place; report zero denominators."""
    errors: list[InitErrorDetails] = []
    for index, column in enumerate(columns):
        if column.rate is None:
            continue
        top, bottom = (cells[by_key[k]] for k in column.rate)
        if not isinstance(top, Decimal) or not isinstance(bottom, Decimal):
            continue  # an empty operand leaves the rate empty
        if bottom != 0:
            cells[index] = top / bottom
        elif column.when_zero is not None:
            cells[index] = column.when_zero
        elif not (column.total is False and loc == ("total",)):
            errors.append(
                _error(
                    "rate_zero_denominator",
                    N_(
                        '"{header}" = {numerator}/{denominator}: the denominator "{key}" is 0, so '
                        'there is no rate; correct the data, or give the column when_zero: "-"'
                    ),
                    where.get(by_key[column.rate[1]], loc),
                    f"{top}/{bottom}",
                    header=column.header,
                    numerator=_plain(top),
                    denominator=_plain(bottom),
                    key=column.rate[1],
                )
            )
    return errors


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _cell(value: Any, kind: ColumnType) -> tuple[CellValue, tuple[str, Message] | None]:
    """A cell's value as stored, or the error code and the problem with it."""
    if value is None:
        return None, None
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        return None, ("table_cell", N_("expected text or a number in a table cell"))
    if kind is ColumnType.TEXT:
        if isinstance(value, str):
            try:
                return clean_text(value).strip() or None, None
            except ForbiddenCharacterError as exc:
                # The same error in a cell as in any other text.
                return None, (exc.code, exc.message)
        return _plain(_decimal(value)), None
    if isinstance(value, str):
        return None, (
            "table_cell",
            N_('expected a number in a {kind} column, got "{value}"', kind=kind.value, value=value),
        )
    number = _decimal(value)
    if not number.is_finite():
        return None, ("table_cell", N_("expected a finite number, got {value}", value=value))
    problem = number_problem(number)
    if problem:
        return None, ("number_too_large", problem)
    if kind is ColumnType.AMOUNT and number != number.to_integral_value():
        return None, (
            "amount_whole",
            N_("an amount is a whole number of đồng; got {value}", value=value),
        )
    return number, None


def _decimal(value: int | float | Decimal) -> Decimal:
    # An int converts exactly; str() of one over 4,300 digits would raise.
    return Decimal(value) if isinstance(value, int) else Decimal(str(value))
