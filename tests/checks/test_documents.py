"""Whole documents: rendered examples and a hand-built one pass; a foreign one gets its findings."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from vanban.checks import RULES, CheckReport, Outcome, Severity, check

from .conftest import EXAMPLES, build_standin


def _not_evaluated(report: CheckReport) -> list[str]:
    return [f.code for f in report.findings if f.outcome is Outcome.NOT_EVALUATED]


@pytest.mark.parametrize("example", [p.name for p in EXAMPLES])
def test_every_rendered_example_passes_every_rule(rendered: dict[str, bytes], example: str) -> None:
    report = check(rendered[example], name=example)
    assert report.failures == [], report.to_text()
    assert _not_evaluated(report) == [], report.to_text()
    assert [f.code for f in report.findings if f.outcome is Outcome.PASS]


def test_every_rule_reports_on_every_document(standin: bytes, foreign: bytes) -> None:
    for data in (standin, foreign):
        assert {f.code for f in check(data).findings} == set(RULES)


#: Rules of other forms: a công văn's "V/v" line (Mẫu 1.5), an invitation's fields (Mẫu 1.7),
#: a telegram's sender line (Mẫu 1.6), a leave certificate's box (Mẫu 1.10), and the urgency
#: stamp and the address line (ô 13) a plan need not carry, a power of attorney's two parties.
LETTER_ONLY = {
    "ND30-SUBJECT-PLACE",
    "ND30-SUBJECT-STYLE",
    "ND30-INVITATION-FIELDS",
    "ND30-URGENCY-MARK",
    "ND30-TELEGRAM-SENDER",
    "ND30-LEAVE-CERTIFICATION",
    "ND30-ADDRESS-LINE",
    "ND30-POWER-OF-ATTORNEY",
}
#: Rules of parts a plan does not have: chapters, articles, a decision's lines.
_NOT_IN_A_PLAN = {
    "ND30-TITLED-LEVEL",
    "ND30-ARTICLE",
    "ND30-AUTHORITY-LINE",
    "ND30-PROMULGATION",
    "ND30-AS-ARTICLE",
    "ND30-ATTACHED-HEADER",
    "ND30-ATTACHED-REFERENCE",
    "ND30-MONEY-TOTAL",
}


def test_document_laid_out_by_hand_passes_every_rule(standin: bytes) -> None:
    report = check(standin, name="standin.docx")
    outcomes = {f.code: f.outcome for f in report.findings}
    assert {outcomes.pop(code) for code in LETTER_ONLY | _NOT_IN_A_PLAN} == {Outcome.NOT_APPLICABLE}
    assert set(outcomes.values()) == {Outcome.PASS}, report.to_text()
    assert report.ok and not report.warnings


def test_parent_body_rule_does_not_apply_without_a_parent_body() -> None:
    report = check(build_standin(parent=False))
    assert report.outcome("ND30-PARENT-REGULAR") is Outcome.NOT_APPLICABLE
    assert report.failures == []


def test_rendered_draft_leaves_number_and_day_to_the_clerk(rendered: dict[str, bytes]) -> None:
    report = check(rendered["plan-hoa-giai-doan-ket.yaml"])
    assert report.outcome("ND30-NUMBER-PADDING") is Outcome.NOT_APPLICABLE
    assert report.outcome("ND30-NUMBER-FORM") is Outcome.PASS  # "Số:      /KH-UBND"
    assert report.outcome("ND30-DATE-PADDING") is Outcome.PASS  # "ngày      tháng 5"


def test_findings_say_where_they_are(rendered: dict[str, bytes]) -> None:
    report = check(rendered["plan-hoa-giai-doan-ket.yaml"])
    where = {f.code: f.where for f in report.findings}
    assert where["ND30-MOTTO-TEXT"] == "header table, row 1, right cell: 'Độc lập - Tự do -…'"
    assert where["ND30-NUMBER-FORM"] == "header table, row 2, left cell: 'Số: /KH-UBND'"
    assert where["ND30-TITLE-CAPS"] == "paragraph 1 'KẾ HOẠCH'"
    assert where["ND30-RECIPIENTS-LABEL"] == "closing table, left cell: 'Nơi nhận:'"
    assert where["ND30-PAGE-NUMBER"] == "page header (section 1): '2'"


# -- a công văn typed by hand ----------------------------------------------------------------------

FOREIGN_FAILURES = {
    "ND30-FONT": ("paragraph 1, left side 'UBND XÃ ĐOÀN KẾT'", "Arial"),
    "ND30-BODY-SIZE": ("paragraph 6 'Kính gửi: Các Tổ hòa giải…'", "12 pt"),
    "ND30-NUMBER-PADDING": ("paragraph 4, left side 'Số: 5/CV-UBND'", "'05'"),
    "ND30-NUMBER-TYPE-CODE": ("paragraph 4, left side 'Số: 5/CV-UBND'", "'CV' is not a type code"),
    "ND30-DATE-PADDING": ("paragraph 4, right side 'Đoàn Kết, ngày 5 tháng 3…'", "day '5'"),
    "ND30-PAGE-NUMBER": ("section 1", "no page number"),
    "ND30-RULE-DRAWN": ("paragraph 3, right side '________________________'", "underscores"),
}


def test_foreign_document_gets_its_mistakes_found(foreign: bytes) -> None:
    report = check(foreign, name="cong-van.docx")
    assert report.failed_codes() == set(FOREIGN_FAILURES), report.to_text()
    for code, (where, words) in FOREIGN_FAILURES.items():
        first = next(f for f in report.failures if f.code == code)
        assert first.where == where
        assert words in first.message
    assert [f.code for f in report.warnings] == ["ND30-RULE-DRAWN", "ND30-RULE-DRAWN"]
    assert not report.ok


def test_foreign_document_header_found_in_tab_separated_paragraphs(foreign: bytes) -> None:
    report = check(foreign)
    for code in (
        "ND30-NATIONAL-NAME-TEXT",
        "ND30-MOTTO-TEXT",
        "ND30-MOTTO-RULE",
        "ND30-ISSUER-BOLD",
        "ND30-ISSUER-RULE",
        "ND30-DATE-ITALIC",
        "ND30-SIGN-PREFIX",
        "ND30-SIGN-NAME-BOLD",
        "ND30-RECIPIENTS-LABEL",
        "ND30-RECIPIENTS-ITEM-FORM",
        "ND30-END-MARK",
        "ND30-PARTS",
    ):
        assert report.outcome(code) is Outcome.PASS, code
    # a công văn has no type name: its V/v summary stands under the number instead
    assert report.outcome("ND30-TITLE-CAPS") is Outcome.NOT_APPLICABLE
    assert report.outcome("ND30-PAGE-NUMBER-FIRST") is Outcome.NOT_APPLICABLE


def test_report_as_json_and_text(foreign: bytes) -> None:
    report = check(foreign, name="cong-van.docx")
    data = json.loads(report.to_json())
    assert data["file"] == "cong-van.docx"
    assert data["ok"] is False
    assert data["errors"] == len(report.errors) == 8  # three paragraphs at 12 pt
    assert data["warnings"] == 2
    assert sum(data["rules"].values()) == len(RULES)
    finding = next(f for f in data["findings"] if f["code"] == "ND30-NUMBER-PADDING")
    assert finding == {
        "code": "ND30-NUMBER-PADDING",
        "clause": "Phụ lục I, mục II.3.c",
        "severity": "error",
        "outcome": "FAIL",
        "message": "number 5 needs a leading zero: '05'",
        "where": "paragraph 4, left side 'Số: 5/CV-UBND'",
    }
    text = report.to_text()
    assert text.splitlines()[0].startswith("cong-van.docx: 8 errors, 2 warnings")
    assert "error     ND30-NUMBER-PADDING" in text
    assert "ND30-MARGIN-LEFT" not in text  # passes are listed only on request
    assert "ND30-MARGIN-LEFT" in report.to_text(verbose=True)


def test_rules_are_registered_with_code_clause_and_severity() -> None:
    assert len(RULES) >= 50
    for code, rule in RULES.items():
        assert code == rule.code and code.startswith("ND30-")
        assert rule.clause and rule.title
        assert rule.severity in (Severity.ERROR, Severity.WARNING)
    warnings = {c for c, r in RULES.items() if r.severity is Severity.WARNING}
    assert warnings == {
        "ND30-FONT-COLOR",
        "ND30-END-MARK",
        "ND30-EMPTY-PARAGRAPHS",
        "ND30-RULE-DRAWN",
        "ND30-LOCAL-UNITS",
        "ND30-MONEY-TOTAL",
    }


def test_empty_document_reports_missing_parts_and_checks_nothing_else() -> None:
    import docx

    from .conftest import save

    report = check(save(docx.Document()), name="empty.docx")
    (parts,) = [f for f in report.failures if f.code == "ND30-PARTS"]
    assert parts.message.startswith("not found: the national name (Quốc hiệu, ô 1); the motto")
    assert report.outcome("ND30-FONT") is Outcome.NOT_EVALUATED
    assert report.outcome("ND30-MOTTO-RULE") is Outcome.NOT_EVALUATED
    passed = {f.code for f in report.findings if f.outcome is Outcome.PASS}
    # python-docx's blank document: a US Letter page, portrait, with a 31.75 mm left margin
    assert passed == {"ND30-PAGE-ORIENTATION", "ND30-MARGIN-LEFT"}


@pytest.mark.parametrize("example", [p.name for p in EXAMPLES if p.name.startswith("minutes-")])
def test_both_signatures_of_minutes_are_checked(rendered: dict[str, bytes], example: str) -> None:
    from .conftest import open_docx, save

    document = open_docx(rendered[example])
    secretary_name = document.tables[-1].rows[-1].cells[0].paragraphs[-1]
    if not secretary_name.text.strip():
        pytest.skip("a blank form: the secretary writes the name by hand")
    for run in secretary_name.runs:
        run.font.bold = False
    report = check(save(document))
    assert report.failed_codes() == {"ND30-SIGN-NAME-BOLD"}
    assert report.failures[0].where.startswith("closing table, row 2, left cell: '")


def test_check_takes_a_path_bytes_or_a_file_object(tmp_path: Path, standin: bytes) -> None:
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(standin)
    from_path = check(path)
    assert from_path.path == str(path)
    assert check(standin).path == "<document>"
    assert check(io.BytesIO(standin), name="upload.docx").path == "upload.docx"
    assert from_path.findings == check(standin).findings


def test_internal_minutes_without_a_number_pass_and_a_plan_without_one_fails(
    rendered: dict[str, bytes],
) -> None:
    import vanban

    from .conftest import ROOT, open_docx, paragraph_with, save, set_text

    data = vanban.load(ROOT / "examples" / "minutes-giao-ban-hoa-giai-ngoc-thuy.yaml")
    internal = data.model_copy(update={"number": None, "numbered": False})
    report = check(vanban.render_bytes(internal), name="internal.docx")
    assert report.failures == [], report.to_text()
    assert _not_evaluated(report) == [], report.to_text()
    assert report.outcome("ND30-NUMBER-FORM") is Outcome.NOT_APPLICABLE

    plan = open_docx(rendered["plan-hoa-giai-doan-ket.yaml"])
    set_text(paragraph_with(plan, "Số:"), "")
    report = check(save(plan))
    assert report.failed_codes() == {"ND30-PARTS"}
    assert "the number and symbol ('Số:', ô 3)" in report.failures[0].message
    assert report.outcome("ND30-NUMBER-FORM") is Outcome.NOT_EVALUATED
