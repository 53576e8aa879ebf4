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

import typing
from collections.abc import Callable, Sequence
from typing import Annotated, Any, Literal, Union

from pydantic import (
    BeforeValidator,
    Discriminator,
    Field,
    PrivateAttr,
    Tag,
    WithJsonSchema,
    model_validator,
)

from vanban.i18n import N_, custom_error
from vanban.models.base import Model, Text
from vanban.models.richtext import RichText
from vanban.models.table import Table

__all__ = [
    "BodyNode",
    "CentredHeading",
    "Item",
    "Paragraph",
    "Section",
    "Table",
    "Task",
    "node_kind",
]


class Paragraph(Model):
    """Free paragraph — đoạn văn: unnumbered text at any level."""

    text: RichText = Field(alias="paragraph", title="Đoạn văn")
    """The paragraph's text; "\\n" is a line break inside it. A list of runs emphasises part
    of it: [Nộp trước , {bold: ngày 30/6/2026}, .]."""


class CentredHeading(Model):
    """Centred heading — đề mục căn giữa: a bold centred line of the body, unnumbered.

    A part heading a text sets in the middle of the page ("PHẦN KẾT LUẬN"); printed as written.
    """

    text: Text = Field(alias="heading", title="Dòng đề mục căn giữa")
    """The heading as printed, centred and bold."""


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
            raise custom_error(
                "body_too_deep",
                N_("sections, items and tasks are nested more than {limit} levels deep here"),
                limit=MAX_DEPTH,
            )
        return self


class Section(_Numbered):
    """Section with a heading — đề mục (phần, mục, khoản có tiêu đề): "I. MỤC ĐÍCH, YÊU CẦU"."""

    title: Text = Field(alias="section", title="Tiêu đề đề mục")
    """The heading; top-level headings print in capitals, bold."""


class Item(_Numbered):
    """Numbered item — khoản, điểm or ý: "1. …", "a) …", "- …", "+ …" followed by its text."""

    text: RichText = Field(alias="item", title="Nội dung")
    """The item's text, printed after its label; a list of runs emphasises part of it."""


def _to_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


class Task(_Numbered):
    """Task — nhiệm vụ: an item with its lead unit (Chủ trì), partners (Phối hợp) and deadline.

    Rendered as plans write them: the task's text, then one line each, one level deeper,
    "- Chủ trì: …", "- Phối hợp: …", "- Thời gian thực hiện: …".
    """

    text: RichText = Field(alias="task", title="Nhiệm vụ")
    """What is to be done; a list of runs emphasises part of it."""

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
    CentredHeading: "heading",
    Section: "section",
    Item: "item",
    Task: "task",
    Table: "table",
}
_KINDS = ("section", "item", "task", "paragraph", "table", "heading")


#: The error of a body entry that is no body node; its parameter ``keys`` is in the context.
BODY_NODE_ERROR = N_("expected a paragraph (a string) or a mapping with one of the keys {keys}")


def _discriminator(tag_of: Callable[[Any], str | None], keys: Sequence[str]) -> Discriminator:
    # The keys travel in the error's context too: the loader suggests the one a typo meant.
    return Discriminator(
        tag_of,
        custom_error_type="body_node",
        custom_error_message=BODY_NODE_ERROR.msgid,
        custom_error_context={"keys": ", ".join(keys)},
    )


BodyNode = Annotated[
    Annotated[Text, Tag("text")]
    | Annotated[Paragraph, Tag("paragraph")]
    | Annotated[Section, Tag("section")]
    | Annotated[Item, Tag("item")]
    | Annotated[Task, Tag("task")]
    | Annotated[Table, Tag("table")]
    | Annotated[CentredHeading, Tag("heading")],
    _discriminator(node_kind, _KINDS),
]


def body_union(extra: Sequence[tuple[str, type]], tag_of: Callable[[Any], str | None]) -> Any:
    """A kind's body node: every :data:`BodyNode` member and ``extra`` (tag, model) pairs.

    The tagged union is written once here; a kind whose body takes more nodes (the usual parts
    of a report) passes them, and the error for an unknown key lists them all.
    """
    union = typing.get_args(BodyNode)[0]
    members = [*typing.get_args(union), *(Annotated[model, Tag(tag)] for tag, model in extra)]
    keys = [*_KINDS, *(tag for tag, _ in extra)]
    return Annotated[
        Union[tuple(members)],  # noqa: UP007 — built from a list, so no "|" form
        _discriminator(tag_of, keys),
    ]


def union_tags(union: Any) -> frozenset[str]:
    """The tags of a tagged union of body nodes ("text", "section", …, a report's part keys)."""
    args = typing.get_args(union)
    members = typing.get_args(args[0]) if args else ()
    tags = (m for member in members for m in typing.get_args(member)[1:] if isinstance(m, Tag))
    return frozenset(tag.tag for tag in tags)


_Numbered.model_rebuild()
Section.model_rebuild()
Item.model_rebuild()
Task.model_rebuild()

NodeKind = Literal["text", "paragraph", "section", "item", "task", "table", "heading"]
