"""Report — Báo cáo (BC): a period, its results, shortcomings, next tasks and proposals.

The usual parts of a report are top-level nodes of its body, named by their key, each printed as
a section of the same ladder (I., II. …) with its customary heading; free sections, paragraphs
and tables may stand between them::

    period: 2020-Q2
    body:
      - Thực hiện Kế hoạch số …, UBND phường báo cáo kết quả {period} như sau:
      - section: Đặc điểm tình hình            # a free section
        children: [...]
      - results: [...]        # I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC
      - shortcomings: [...]   # II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN
      - next_tasks: [...]     # III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III NĂM 2020
      - proposals: [...]      # IV. KIẾN NGHỊ, ĐỀ XUẤT
        title: Đề xuất, kiến nghị   # a part's heading may be replaced

In a report every text may use ``{period}`` ("quý II năm 2020") and ``{next_period}``
("quý III năm 2020") besides the declared figures (see :mod:`vanban.models.figures`). A report
without a fixed period (a three-year review, a thematic report) leaves ``period`` out; its
texts then cannot use ``{period}``, and its next tasks are headed "… thời gian tới".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails

from vanban.i18n import N_, Message, custom_error
from vanban.models.base import Model, Text
from vanban.models.body import BodyNode, body_union, node_kind
from vanban.models.document import LegalDocument
from vanban.models.period import ReportPeriod

__all__ = [
    "NextTasks",
    "Proposals",
    "Report",
    "ReportNode",
    "ReportPart",
    "Results",
    "Shortcomings",
]


class ReportPart(Model):
    """A usual part of a report — phần của báo cáo: a section with a customary heading."""

    key: ClassVar[str]
    #: The customary heading; the one of next_tasks is followed by the next period when printed.
    default_title: ClassVar[str]

    title: Text | None = Field(default=None, title="Tiêu đề (thay tiêu đề thường dùng)")
    """A heading replacing the customary one."""

    @property
    def children(self) -> list[BodyNode]:
        nodes: list[BodyNode] = getattr(self, "nodes")  # noqa: B009 — each part names it by alias
        return nodes


class Results(ReportPart):
    """Results achieved — những kết quả đạt được."""

    key: ClassVar[str] = "results"
    default_title: ClassVar[str] = "Những kết quả đạt được"
    nodes: list[BodyNode] = Field(alias="results", min_length=1, title="Kết quả đạt được")
    """What was done and achieved in the period, with its figures."""


class Shortcomings(ReportPart):
    """Shortcomings and their causes — tồn tại, hạn chế và nguyên nhân."""

    key: ClassVar[str] = "shortcomings"
    default_title: ClassVar[str] = "Tồn tại, hạn chế và nguyên nhân"
    nodes: list[BodyNode] = Field(
        alias="shortcomings", min_length=1, title="Tồn tại, hạn chế và nguyên nhân"
    )
    """What fell short, and why."""


class NextTasks(ReportPart):
    """Tasks for the next period — phương hướng, nhiệm vụ kỳ tới."""

    key: ClassVar[str] = "next_tasks"
    default_title: ClassVar[str] = "Phương hướng, nhiệm vụ"
    nodes: list[BodyNode] = Field(
        alias="next_tasks", min_length=1, title="Phương hướng, nhiệm vụ kỳ tới"
    )
    """The direction and tasks for the next period."""


class Proposals(ReportPart):
    """Proposals — kiến nghị, đề xuất."""

    key: ClassVar[str] = "proposals"
    default_title: ClassVar[str] = "Kiến nghị, đề xuất"
    nodes: list[BodyNode] = Field(alias="proposals", min_length=1, title="Kiến nghị, đề xuất")
    """What the issuer asks of the bodies above it."""


PARTS: tuple[type[ReportPart], ...] = (Results, Shortcomings, NextTasks, Proposals)
_PART_KEYS = tuple(p.key for p in PARTS)


def report_node_kind(value: Any) -> str | None:
    """The tag of a report body node: a usual part's key, or a body node's tag."""
    if isinstance(value, dict):
        for key in _PART_KEYS:
            if key in value:
                return key
    if isinstance(value, ReportPart):
        return value.key
    return node_kind(value)


if TYPE_CHECKING:
    ReportNode = BodyNode | ReportPart
else:
    #: A node of a report's body: a body node or one of the usual parts, by its key.
    ReportNode = body_union([(p.key, p) for p in PARTS], report_node_kind)


class Report(LegalDocument):
    """Report — Báo cáo (BC): what a body did in a period and what it will do next.

    Laid out on the form for documents with a type name (Phụ lục III, Mẫu 1.4); a report sent
    to a superior body adds "Kính gửi:" under the summary and "- Như trên;" first in Nơi nhận.
    """

    kind: Literal["report"] = Field(default="report", title="Loại văn bản")
    """Always "report" (báo cáo)."""

    period: ReportPeriod | None = Field(default=None, title="Kỳ báo cáo (không bắt buộc)")
    """2020-Q2, 2018-H1, 2020-07, 2020, or {from: …, to: …}; texts print it as {period}.
    Left out in a report without a fixed period (a three-year review, a thematic report)."""

    addressees: list[Text] = Field(default_factory=list, title="Kính gửi (ô 9a)")
    """The superior bodies the report is sent to; Nơi nhận then starts with "- Như trên;"."""

    recipients: list[Text] = Field(default_factory=list, title="Nơi nhận (ô 9b)")
    """One recipient or group per line; with addressees it may be left out, and Nơi nhận is
    then "- Như trên;" and the archive line."""

    body: list[ReportNode] = Field(min_length=1, title="Nội dung (ô 6)")
    """Paragraphs, free sections, tables and the usual parts: results, shortcomings,
    next_tasks, proposals."""

    @classmethod
    def union_tag(cls, node: Any) -> str | None:
        return report_node_kind(node)

    def named_values(self) -> dict[str, str] | None:
        values = super().named_values() or {}
        if self.period is None:
            return values
        following = self.period.following()
        return {
            "period": self.period.text,
            **({"next_period": following.text} if following is not None else {}),
            **values,
        }

    def absent_values(self) -> dict[str, str | Message]:
        if self.period is None:
            reason = N_(
                "the report has no period; give period: (2026-Q1, 2026, {{from: …, to: …}})"
            )
            return {"period": reason, "next_period": reason}
        if self.period.following() is None:
            return {"next_period": N_("a period given as a range of dates has no next period")}
        return {}

    @model_validator(mode="after")
    def _check_parts(self) -> Report:
        errors: list[InitErrorDetails] = []
        seen: dict[str, int] = {}
        order = {key: rank for rank, key in enumerate(_PART_KEYS)}
        for index, node in enumerate(self.body):
            if not isinstance(node, ReportPart):
                continue
            if node.key in seen:
                errors.append(
                    InitErrorDetails(
                        type=custom_error(
                            "report_part_repeated",
                            N_(
                                "{key} appears twice in the body (first as body[{first}]); "
                                "a report has each usual part once"
                            ),
                            key=node.key,
                            first=seen[node.key],
                        ),
                        loc=("body", index, node.key, node.key),
                        input=node.key,
                    )
                )
                continue
            later = [k for k in seen if order[k] > order[node.key]]
            if later:
                errors.append(
                    InitErrorDetails(
                        type=custom_error(
                            "report_part_order",
                            N_(
                                "{key} comes before {later}: the usual parts go results, "
                                "shortcomings, next_tasks, proposals"
                            ),
                            key=node.key,
                            later=later[0],
                        ),
                        loc=("body", index, node.key, node.key),
                        input=node.key,
                    )
                )
            seen[node.key] = index
        if errors:
            raise ValidationError.from_exception_data("Report", errors)
        return self
