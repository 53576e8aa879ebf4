"""Where the language of messages comes from, and what never changes with it."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import vanban
from vanban.cli import main
from vanban.errors import InputError
from vanban.i18n import N_, current_language, language

from .conftest import DATA

INVALID = sorted((DATA / "invalid").glob("*.yaml"))
MISSING_SIGNER = DATA / "invalid" / "missing-signer.yaml"
VI_MISSING = "thiếu trường bắt buộc"
EN_MISSING = "required field is missing"


def _environment(**variables: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("VANBAN_LANG", "LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")
    }
    return {**env, **variables}


def _render(*args: str, **variables: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vanban", *args],
        capture_output=True,
        text=True,
        env=_environment(**variables),
        timeout=120,
        check=False,
    )


def test_the_locale_says_vietnamese() -> None:
    done = _render("render", str(MISSING_SIGNER), "-o", "-", LANG="vi_VN.UTF-8")
    assert done.returncode == 2
    assert VI_MISSING in done.stderr
    assert "signature.name" in done.stderr and "[missing]" in done.stderr


def test_english_otherwise() -> None:
    for variables in ({}, {"LANG": "C.UTF-8"}, {"LANG": "en_US.UTF-8"}):
        done = _render("render", str(MISSING_SIGNER), "-o", "-", **variables)
        assert EN_MISSING in done.stderr, variables


def test_lc_all_comes_before_lang() -> None:
    done = _render("render", str(MISSING_SIGNER), "-o", "-", LANG="en_US.UTF-8", LC_ALL="vi_VN")
    assert VI_MISSING in done.stderr


def test_vanban_lang_overrides_the_locale() -> None:
    done = _render("render", str(MISSING_SIGNER), "-o", "-", LANG="vi_VN.UTF-8", VANBAN_LANG="en")
    assert EN_MISSING in done.stderr
    done = _render("render", str(MISSING_SIGNER), "-o", "-", LANG="C", VANBAN_LANG="vi")
    assert VI_MISSING in done.stderr


def test_the_lang_option_overrides_everything(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A command that reads no YAML: the suite's in-process pytest runs may leave the YAML
    # library imported twice, which only a fresh process is safe from.
    monkeypatch.setenv("VANBAN_LANG", "en")
    assert main(["new", "no-such-kind", "--lang", "vi"]) == 2
    assert 'nhưng ghi "no-such-kind" [kind]' in capsys.readouterr().err
    assert main(["--lang=en", "new", "no-such-kind"]) == 2
    assert 'got "no-such-kind" [kind]' in capsys.readouterr().err
    assert os.environ["VANBAN_LANG"] == "en"  # restored after the command
    monkeypatch.setenv("VANBAN_LANG", "vi")
    assert main(["new", "no-such-kind", "--lang", "en"]) == 2
    assert 'got "no-such-kind" [kind]' in capsys.readouterr().err
    assert os.environ["VANBAN_LANG"] == "vi"


def test_a_language_vanban_does_not_speak_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--lang", "fr", "render", str(MISSING_SIGNER)]) == 2
    assert "--lang" in capsys.readouterr().err
    with pytest.raises(ValueError, match="unknown language"), language("fr"):
        pass


def test_help_is_in_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "vi", "render", "--help"])
    out = capsys.readouterr().out
    assert "thể thức Nghị định 30" in out
    assert out.startswith("cách dùng: vanban render") and "tùy chọn:" in out
    assert main(["check", "--help", "--lang=vi"]) == 0
    assert "hiện trợ giúp này rồi thoát" in capsys.readouterr().out


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_every_bad_input_has_the_same_codes_and_places_in_both_languages(path: Path) -> None:
    found = {}
    for lang in ("en", "vi"):
        with pytest.raises(InputError) as caught:
            vanban.load(path, lang=lang)
        found[lang] = caught.value
    en, vi = found["en"], found["vi"]
    assert [(i.code, i.path, i.loc, i.file, i.line) for i in en.issues] == [
        (i.code, i.path, i.loc, i.file, i.line) for i in vi.issues
    ]
    assert en.code == vi.code
    # Shown again in the other language, an error is what loading in that language made.
    assert en.text("vi") == str(vi)
    assert vi.text("en") == str(en)
    for english, vietnamese in zip(en.issues, vi.issues, strict=True):
        assert vietnamese.text("en") == english.message
        assert english.text("vi") == vietnamese.message
        assert vietnamese.full_text("en") == str(english)


def test_bad_inputs_are_explained_in_vietnamese() -> None:
    english = []
    for path in INVALID:
        with pytest.raises(InputError) as caught:
            vanban.load(path, lang="vi")
        for issue in caught.value.issues:
            if issue.text("en") == issue.text("vi"):
                english.append(str(issue))
    assert english == []


def test_parse_takes_a_language() -> None:
    with pytest.raises(InputError) as caught:
        vanban.parse({"kind": "plan"}, lang="vi")
    assert VI_MISSING in str(caught.value)
    assert current_language() == "en"  # the parameter changed nothing around the call


def test_the_language_block_is_per_thread() -> None:
    barrier = threading.Barrier(2, timeout=30)
    seen: dict[str, str] = {}

    def work(lang: str) -> None:
        with language(lang):
            barrier.wait()  # both blocks are open at once
            seen[lang] = N_("required field is missing").text()
            barrier.wait()

    threads = [threading.Thread(target=work, args=(lang,)) for lang in ("vi", "en")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert seen == {"vi": VI_MISSING, "en": EN_MISSING}


def test_the_language_block_is_per_asyncio_task() -> None:
    async def answer(lang: str, event: asyncio.Event) -> str:
        with language(lang):
            await event.wait()
            with pytest.raises(InputError) as caught:
                vanban.parse({"kind": "plan"})
            return caught.value.issues[0].message

    async def both() -> list[str]:
        event = asyncio.Event()
        tasks = [asyncio.create_task(answer(lang, event)) for lang in ("vi", "en")]
        await asyncio.sleep(0)
        event.set()
        return list(await asyncio.gather(*tasks))

    vi, en = asyncio.run(both())
    assert vi.startswith(VI_MISSING) and en.startswith(EN_MISSING)


def test_numbers_are_grouped_as_the_language_does() -> None:
    message = N_("the file holds more than {count:,} values", count=200_000)
    assert message.text("en") == "the file holds more than 200,000 values"
    assert message.text("vi") == "the file holds more than 200.000 values"  # no catalog entry


@pytest.fixture(scope="module")
def broken_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A rendered example with its national name in italic and its page in Letter size."""
    from docx import Document as Docx
    from docx.shared import Inches

    from .conftest import PLAN_EXAMPLE

    path = tmp_path_factory.mktemp("check") / "plan.docx"
    vanban.render(vanban.load(PLAN_EXAMPLE), path)
    document = Docx(str(path))
    document.sections[0].page_width = Inches(8.5)
    document.sections[0].page_height = Inches(11)
    document.save(str(path))
    return path


def test_check_reports_in_vietnamese(broken_docx: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--lang", "vi", str(broken_docx)]) == 1
    out = capsys.readouterr().out
    assert "quy tắc:" in out and "không đạt" in out
    assert "Nghị định 30 dùng khổ A4 (210 × 297 mm)" in out
    assert "ND30-PAGE-SIZE" in out and "(Phụ lục I, mục I.1)" in out  # codes, clauses unchanged
    assert main(["check", str(broken_docx)]) == 1
    assert "Decree 30 uses A4 (210 × 297 mm)" in capsys.readouterr().out


def test_check_json_keeps_its_codes_in_every_language(
    broken_docx: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    reports = {}
    for lang in ("en", "vi"):
        assert main(["check", "--format", "json", f"--lang={lang}", str(broken_docx)]) == 1
        reports[lang] = json.loads(capsys.readouterr().out)[0]

    def shape(report: dict[str, object]) -> object:
        findings = report["findings"]
        assert isinstance(findings, list)
        rest = {k: v for k, v in report.items() if k != "findings"}
        kept = ("code", "clause", "severity", "outcome")
        return rest, [{k: f[k] for k in kept} for f in findings]

    assert shape(reports["en"]) == shape(reports["vi"])


def test_every_finding_is_worded_in_both_languages(broken_docx: Path) -> None:
    """The same findings in both languages; each Vietnamese one differs from its English."""
    en = vanban.check(broken_docx, lang="en")
    vi = vanban.check(broken_docx, lang="vi")
    assert [(f.code, f.outcome, f.clause) for f in en.findings] == [
        (f.code, f.outcome, f.clause) for f in vi.findings
    ]
    untranslated = [f.message for f in vi.findings if f.message == f.text("en")]
    assert untranslated == []
    # Messages are shown again in another language; places keep the words of the check.
    assert [f.text("en") for f in vi.findings] == [f.message for f in en.findings]


def test_dump_diffs_are_in_the_language(broken_docx: Path) -> None:
    from vanban.dump import diff_docx

    from .conftest import PLAN_EXAMPLE

    old = vanban.render_bytes(vanban.load(PLAN_EXAMPLE))
    english, vietnamese = (
        diff_docx(old, broken_docx, lang="en"),
        diff_docx(old, broken_docx, lang="vi"),
    )
    assert len(english) == len(vietnamese) > 0
    assert any(line.startswith("section 1") for line in english)
    assert any(line.startswith("phần (section) 1") for line in vietnamese)


BAD_ROWS = sorted(p for p in (DATA / "rows").glob("*.csv") if p.name != "thousands.csv")


@pytest.mark.parametrize("rows", BAD_ROWS, ids=lambda p: p.name)
def test_every_bad_rows_file_has_the_same_codes_and_places_in_both_languages(
    rows: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import re

    from .conftest import EXAMPLES

    report = EXAMPLES / "report-hoa-giai-quy-ii-2020-ngoc-thuy.yaml"
    said = {}
    for lang in ("en", "vi"):
        out = str(tmp_path / lang)
        status = main(["render", str(report), "--rows", str(rows), "-o", out, "--lang", lang])
        said[lang] = (status, capsys.readouterr().err)
    (en_status, en), (vi_status, vi) = said["en"], said["vi"]
    assert en_status == vi_status == 2
    place = r"\S+:\d+: (?:[\w.\[\]]+: )?|\[\w+\]"  # file:line: path: and [code]
    assert re.findall(place, en) == re.findall(place, vi)
    assert en != vi


@pytest.mark.parametrize(
    ("system", "expected"),
    [("Vietnamese_Vietnam", "vi"), ("vi_VN", "vi"), ("English_United States", "en"), (None, "en")],
)
def test_windows_without_lang_follows_the_users_locale(
    monkeypatch: pytest.MonkeyPatch, system: str | None, expected: str
) -> None:
    """Windows sets no LANG: a Vietnamese Windows still gets Vietnamese messages."""
    import locale

    from vanban import i18n

    for variable in ("VANBAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(locale, "getlocale", lambda *args: (system, "1258"))
    monkeypatch.setattr(i18n.os, "name", "nt")
    try:
        assert i18n.current_language() == expected
    finally:
        monkeypatch.undo()  # os.name back before anything else looks at it
