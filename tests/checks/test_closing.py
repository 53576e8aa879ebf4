"""The closing parts (phần kết thúc): what the checker requires of each kind of document."""

from __future__ import annotations

import pytest

import vanban
from vanban.checks import Outcome, check
from vanban.loading import read_data

from ..conftest import DATA, EXAMPLES
from .conftest import all_paragraphs, open_docx, save, set_text

MINUTES = EXAMPLES / "minutes-giao-ban-hoa-giai-ngoc-thuy.yaml"
RECIPIENT_RULES = (
    "ND30-RECIPIENTS-LABEL",
    "ND30-RECIPIENTS-ITEM-SIZE",
    "ND30-RECIPIENTS-ITEM-FORM",
)


def test_minutes_without_recipients_pass_as_the_model_allows() -> None:
    # Mẫu 1.9 prints "Nơi nhận: - Lưu: VT, Hồ sơ." under the secretary, but minutes kept in the
    # meeting's file carry none; the model makes recipients optional, and so does the checker.
    data = read_data(MINUTES)[0]
    data.pop("recipients")
    report = check(vanban.render_bytes(vanban.parse(data)), name="minutes")
    assert report.ok, report.to_text()
    outcomes = {f.code: f.outcome for f in report.findings}
    assert outcomes["ND30-PARTS"] is Outcome.PASS
    assert all(outcomes[code] is Outcome.NOT_APPLICABLE for code in RECIPIENT_RULES)


def test_other_documents_still_need_recipients(rendered: dict[str, bytes]) -> None:
    document = open_docx(rendered["plan-hoa-giai-doan-ket.yaml"])
    for paragraph in all_paragraphs(document):
        if paragraph.text.strip().startswith("Nơi nhận"):
            set_text(paragraph, "")
    report = check(save(document), name="plan")
    (parts,) = [f for f in report.findings if f.code == "ND30-PARTS"]
    assert parts.outcome is Outcome.FAIL and "Nơi nhận" in parts.message


@pytest.mark.parametrize("columns", [4, 2])
def test_a_text_only_schedule_in_the_body_is_not_the_signature(columns: int) -> None:
    data = read_data(EXAMPLES / "plan-hoa-giai-doan-ket.yaml")[0]
    headers = ["Tháng", "Ngày", "Người tiếp", "Địa điểm"][-columns:]
    rows = [
        ["Tháng Năm", "Thứ Hai", "Trưởng ban hòa giải", "Nhà văn hóa thôn"][-columns:],
        ["Tháng Sáu", "Thứ Ba", "Chủ tịch UBND xã", "Trụ sở UBND xã"][-columns:],
    ]
    schedule = {"table": "Lịch tiếp công dân", "columns": [{"header": h} for h in headers]}
    data["body"].insert(1, {**schedule, "rows": rows})
    report = check(vanban.render_bytes(vanban.parse(data)), name="plan")
    assert report.ok, report.to_text()
    signer = [f for f in report.findings if f.code == "ND30-SIGN-NAME-BOLD"]
    assert [f.outcome for f in signer] == [Outcome.PASS]


def test_a_tab_indented_signature_above_the_recipients_is_found() -> None:
    # tests/data/docx/tab-indented-signature.docx: a hand-made plan whose signature is typed as
    # "\t\t\t\tCHỦ TỊCH", three blank lines and "\t\t\t\tTS. Nguyễn Văn An", right above
    # "Nơi nhận:" — no table, no authority prefix.
    report = check(DATA / "docx" / "tab-indented-signature.docx")
    outcomes = {f.code: f for f in report.findings}
    assert outcomes["ND30-PARTS"].outcome is Outcome.PASS
    assert outcomes["ND30-SIGN-TITLE-CAPS"].outcome is Outcome.PASS
    name = outcomes["ND30-SIGN-NAME-NO-TITLE"]
    assert name.outcome is Outcome.FAIL and "TS. Nguyễn Văn An" in name.message
