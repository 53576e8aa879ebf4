"""The body of a document — nội dung văn bản (ô 6): a tree of sections, items and paragraphs.

Numbering is not stored: the labels (I., 1., a), -, +) are computed from each node's depth and
its place among its numbered siblings when the document is rendered. Free paragraphs — an
introduction, "Cụ thể như sau:", a note in parentheses — may stand at any level and are never
numbered.

In YAML a node is a plain string (a paragraph) or a mapping named by its first key::

    - "Cụ thể như sau:"
    - section: MỤC ĐÍCH, YÊU CẦU
      children: [...]
    - item: Tổ chức tuyên truyền ...
    - task: Đẩy mạnh truyền thông ...
      lead: Công chức Tư pháp – Hộ tịch
      partners: [Công an xã]
    - table: Kết quả hòa giải quý II năm 2020      # a data table, see vanban.models.table
      columns: [...]
      rows: [...]
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    Discriminator,
    Field,
    PrivateAttr,
    Tag,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from vanban.models.base import Model, Text
from vanban.models.table import Table

__all__ = ["BodyNode", "Item", "Paragraph", "Section", "Table", "Task", "node_kind"]


class Paragraph(Model):
    """Free paragraph — đoạn văn: unnumbered text at any level."""

    text: Text = Field(alias="paragraph", title="Đoạn văn")
    """The paragraph's text; "\\n" is a line break inside it."""


#: Deepest nesting of sections, items and tasks. Seven levels carry any real document (phần,
#: chương, mục, điều, khoản, điểm, ý); far deeper would only exhaust the renderer's recursion.
MAX_DEPTH = 20


class _Numbered(Model):
    label: Text | None = Field(default=None, title="Ký hiệu đề mục (tự đặt)")
    """A literal label replacing the computed one ("1.1.", "Bước 1:"); rarely needed."""

    children: list[BodyNode] = Field(default_factory=list, title="Nội dung con")
    """Paragraphs, items, tasks and sections nested under this one."""

    # Levels below and including this node; children are validated first, so this is O(children).
    _depth: int = PrivateAttr(default=1)

    @model_validator(mode="after")
    def _bound_depth(self) -> _Numbered:
        below = (c._depth for c in self.children if isinstance(c, _Numbered))
        self._depth = 1 + max(below, default=0)
        if self._depth > MAX_DEPTH:
            raise PydanticCustomError(
                "body_too_deep",
                "sections, items and tasks are nested more than {limit} levels deep here",
                {"limit": MAX_DEPTH},
            )
        return self


class Section(_Numbered):
    """Section with a heading — đề mục (phần, mục, khoản có tiêu đề): "I. MỤC ĐÍCH, YÊU CẦU"."""

    title: Text = Field(alias="section", title="Tiêu đề đề mục")
    """The heading; top-level headings print in capitals, bold."""


class Item(_Numbered):
    """Numbered item — khoản, điểm or ý: "1. …", "a) …", "- …", "+ …" followed by its text."""

    text: Text = Field(alias="item", title="Nội dung")
    """The item's text, printed after its label."""


def _to_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


class Task(_Numbered):
    """Task — nhiệm vụ: an item with its lead unit (Chủ trì), partners (Phối hợp) and deadline.

    Rendered as plans write them: the task's text, then one line each, one level deeper,
    "- Chủ trì: …", "- Phối hợp: …", "- Thời gian thực hiện: …".
    """

    text: Text = Field(alias="task", title="Nhiệm vụ")
    """What is to be done."""

    lead: Text | None = Field(default=None, title="Chủ trì")
    """The unit that leads the task."""

    partners: Annotated[
        list[Text],
        BeforeValidator(_to_list),
        WithJsonSchema(
            {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
        ),
    ] = Field(default_factory=list, title="Phối hợp")
    """The units that take part; printed joined with commas."""

    deadline: Text | None = Field(default=None, title="Thời gian thực hiện")
    """When it is due, as written: "Quý III/2023", "Trước ngày 30/6/2023"."""


def node_kind(value: Any) -> str | None:
    """The tag of a body node: "text" for a plain string, else its model or YAML key."""
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict):
        for key in _KINDS:
            if key in value:
                return key
        return None
    return _CLASS_KINDS.get(type(value))


_CLASS_KINDS: dict[type, str] = {
    Paragraph: "paragraph",
    Section: "section",
    Item: "item",
    Task: "task",
    Table: "table",
}
_KINDS = ("section", "item", "task", "paragraph", "table")

BodyNode = Annotated[
    Annotated[Text, Tag("text")]
    | Annotated[Paragraph, Tag("paragraph")]
    | Annotated[Section, Tag("section")]
    | Annotated[Item, Tag("item")]
    | Annotated[Task, Tag("task")]
    | Annotated[Table, Tag("table")],
    Discriminator(
        node_kind,
        custom_error_type="body_node",
        custom_error_message=(
            "expected a paragraph (a string) or a mapping with one of the keys "
            "section, item, task, paragraph, table"
        ),
    ),
]

_Numbered.model_rebuild()
Section.model_rebuild()
Item.model_rebuild()
Task.model_rebuild()

NodeKind = Literal["text", "paragraph", "section", "item", "task", "table"]
