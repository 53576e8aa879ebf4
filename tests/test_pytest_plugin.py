"""The ``docx_regression`` fixture, run inside a separate pytest session (pytester)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vanban.dump import dump_docx

from .test_dump import sample_docx

pytest_plugins = ("pytester",)

SNAPSHOT = Path("test_document") / "test_plan.docx.txt"


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    # Hypothesis imports itself when a session ends, again for every inner session (pytester
    # forgets modules an inner session imported): switched off, each run takes 0.2 s, not 1.5 s.
    return pytester.runpytest("-p", "no:hypothesispytest", *args)


def write_test(pytester: pytest.Pytester, document: bytes, call: str = "check(DOCX)") -> Path:
    """A test module whose ``test_plan`` checks ``document``; returns the .docx path."""
    docx_path = pytester.path / "plan.docx"
    docx_path.write_bytes(document)
    pytester.makepyfile(
        test_document=f"""
        from pathlib import Path

        DOCX = Path({str(docx_path)!r})

        def test_plan(docx_regression):
            docx_regression.{call}
        """
    )
    return docx_path


def write_snapshot(pytester: pytest.Pytester, document: bytes) -> Path:
    path = pytester.path / SNAPSHOT
    path.parent.mkdir(exist_ok=True)
    path.write_text(dump_docx(document), encoding="utf-8")
    return path


def test_a_missing_snapshot_is_created_and_reported(pytester: pytest.Pytester) -> None:
    write_test(pytester, sample_docx())
    result = run(pytester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*File not found in data directory, created:*", "*test_plan.docx.txt"]
    )
    assert (pytester.path / SNAPSHOT).read_text(encoding="utf-8") == dump_docx(sample_docx())
    run(pytester).assert_outcomes(passed=1)


def test_a_matching_snapshot_passes(pytester: pytest.Pytester) -> None:
    write_test(pytester, sample_docx())
    write_snapshot(pytester, sample_docx())
    run(pytester).assert_outcomes(passed=1)
    assert not list(pytester.path.rglob("*.obtained*"))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"title_bold": False}, "paragraph 1 'KẾ HOẠCH': bold true → false"),
        ({"left_margin_mm": 25}, "section 1: left margin 30 mm → 25 mm"),
        (
            {"recipients": ("- Như trên;", "- UBND huyện;")},
            "Nơi nhận: item 3 removed (paragraph 6 '- Lưu: VT.')",
        ),
        ({"cell_text": "7"}, "table 2 row 2 cell 3: text '5' → '7'"),
    ],
    ids=["title-loses-bold", "margin", "recipient-removed", "table-cell"],
)
def test_a_change_fails_with_readable_lines(
    pytester: pytest.Pytester, change: dict[str, object], expected: str
) -> None:
    snapshot = write_snapshot(pytester, sample_docx())
    write_test(pytester, sample_docx(**change))
    result = run(pytester)
    result.assert_outcomes(failed=1)
    output = result.stdout.str()
    changes = output[output.index("Changes (snapshot → document):") : output.index("Accept")]
    lines = [line.removeprefix("E").strip() for line in changes.splitlines()[1:]]
    assert [line for line in lines if line] == [expected]
    assert f"snapshot: {snapshot}" in output
    assert "Full diff of the dump:" in output
    assert "--- snapshot" in output
    assert (pytester.path / "test_document" / "test_plan.docx.txt").read_text(
        encoding="utf-8"
    ) == dump_docx(sample_docx()), "a failing check must not touch the snapshot"


def test_force_regen_rewrites_the_snapshot(pytester: pytest.Pytester) -> None:
    snapshot = write_snapshot(pytester, sample_docx())
    write_test(pytester, sample_docx(title_bold=False))
    result = run(pytester, "--force-regen")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*Files differ and --force-regen set, regenerating file at:*"])
    assert snapshot.read_text(encoding="utf-8") == dump_docx(sample_docx(title_bold=False))
    run(pytester).assert_outcomes(passed=1)


def test_regen_all_rewrites_and_passes(pytester: pytest.Pytester) -> None:
    snapshot = write_snapshot(pytester, sample_docx())
    write_test(pytester, sample_docx(left_margin_mm=25))
    run(pytester, "--regen-all").assert_outcomes(passed=1)
    assert snapshot.read_text(encoding="utf-8") == dump_docx(sample_docx(left_margin_mm=25))


@pytest.mark.parametrize(
    "call",
    [
        "check(DOCX.read_bytes())",
        "check(str(DOCX))",
        "check(DOCX.open('rb'))",
    ],
    ids=["bytes", "str-path", "file-object"],
)
def test_check_takes_bytes_paths_and_files(pytester: pytest.Pytester, call: str) -> None:
    write_snapshot(pytester, sample_docx())
    write_test(pytester, sample_docx(), call)
    run(pytester).assert_outcomes(passed=1)


def test_check_takes_a_vanban_document(pytester: pytest.Pytester) -> None:
    import vanban

    example = Path(__file__).resolve().parent.parent / "examples" / "plan-hoa-giai-doan-ket.yaml"
    if not example.is_file():
        pytest.skip("the example plan is not in this checkout")
    expected = dump_docx(vanban.render_bytes(vanban.load(example)))
    pytester.makepyfile(
        test_document=f"""
        import vanban

        def test_plan(docx_regression):
            docx_regression.check(vanban.load({str(example)!r}))
        """
    )
    (pytester.path / "test_document").mkdir()
    (pytester.path / SNAPSHOT).write_text(expected, encoding="utf-8")
    run(pytester).assert_outcomes(passed=1)


def test_basename_names_the_snapshot(pytester: pytest.Pytester) -> None:
    write_test(pytester, sample_docx(), "check(DOCX, basename='ke-hoach')")
    run(pytester).assert_outcomes(failed=1)
    assert (pytester.path / "test_document" / "ke-hoach.docx.txt").is_file()
    run(pytester).assert_outcomes(passed=1)


def test_a_snapshot_from_another_format_falls_back_to_the_text_diff(
    pytester: pytest.Pytester,
) -> None:
    snapshot = write_snapshot(pytester, sample_docx())
    snapshot.write_text("not a dump at all\n", encoding="utf-8")
    write_test(pytester, sample_docx())
    result = run(pytester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*the snapshot cannot be compared record by record: line 1: cannot tell where*"]
    )
    result.stdout.fnmatch_lines(["*-not a dump at all"])


def test_bad_input_is_a_clear_error(pytester: pytest.Pytester) -> None:
    write_test(pytester, b"", "check(DOCX.with_name('missing.docx'))")
    result = run(pytester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["docx_regression: */missing.docx: no such file [[]file_not_found[]]"]
    )
    assert "reader.py" not in result.stdout.str()


def test_the_documented_example_runs(pytester: pytest.Pytester) -> None:
    root = Path(__file__).resolve().parent.parent
    readme = root / "README.md"
    heading = "## Regression-testing your documents"
    if not (readme.is_file() and heading in readme.read_text(encoding="utf-8")):
        readme = root / "docs" / "readme-regression.md"
    text = readme.read_text(encoding="utf-8")
    section = text[text.index(heading) :]
    (code,) = [b for b in re.findall(r"```python\n(.*?)```", section, re.DOTALL) if "docx_" in b]
    (pytester.path / "plans").mkdir()
    example = root / "examples" / "plan-hoa-giai-doan-ket.yaml"
    (pytester.path / "plans" / "ke-hoach.yaml").write_bytes(example.read_bytes())
    (pytester.path / "tests").mkdir()
    (pytester.path / "tests" / "test_documents.py").write_text(code, encoding="utf-8")
    result = run(pytester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*File not found in data directory, created:*"])
    assert (pytester.path / "tests" / "test_documents" / "ke-hoach.docx.txt").is_file()
    run(pytester).assert_outcomes(passed=1)


def test_a_long_list_of_changes_is_cut_short(tmp_path: Path) -> None:
    from vanban.dump import DocumentDump, format_dump
    from vanban.dump.model import Paragraph
    from vanban.pytest_plugin import _mismatch

    before = DocumentDump([Paragraph(f"Đoạn {n}") for n in range(60)])
    after = DocumentDump([Paragraph(f"Đoạn {n}", {"italic": "true"}) for n in range(60)])
    message = _mismatch(format_dump(before), format_dump(after), tmp_path / "a", tmp_path / "b")
    assert message is not None
    assert message.count(": italic false → true") == 50
    assert "… and 10 more (all of them are in the diff)" in message
    assert message.count("+  italic: true") == 60
