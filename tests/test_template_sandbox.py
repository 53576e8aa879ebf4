"""A user template is code from outside: its work is bounded, its failures are template errors
naming the part and place (exit 2), and user text never becomes markup in its output."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

import vanban
from vanban import Plan, TemplateError
from vanban.cli import main

from .conftest import PLAN_EXAMPLE, time_bound
from .docx_read import open_docx
from .test_user_templates import edited, render_error, replace


@pytest.fixture(scope="module")
def plan() -> Plan:
    document = vanban.load(PLAN_EXAMPLE)
    assert isinstance(document, Plan)
    return document


def with_body(tmp_path: Path, tag: str) -> Path:
    return edited(tmp_path, replace("{{ type_name }}", tag))


# --- item 5: CPU and memory are bounded ------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "said"),
    [
        (
            "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
            "operations",
        ),
        ("{{ 9**(9**9) }}", "bits"),
        ("{{ 'a'*2000000000 }}", "a repetition would make a value of 2,000,000,000"),
        ("{{ [0]*2000000000 }}", "a repetition"),
        ("{{ 'a'|center(2000000000) }}", "the filter center(2000000000)"),
        ("{{ 'a'.ljust(2000000000) }}", "str.ljust"),
        ("{{ '%0999999999d' % 1 }}", "a % format"),
        ("{{ '{:>999999999}'.format(1) }}", "str.format"),
        ("{{ range(100)|batch(2000000000, 'x')|list }}", "the filter batch"),
        (
            "{% set ns = namespace(s='ab') %}{% for i in range(64) %}"
            "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
            "would make a value of 1,048,576",
        ),
        (
            "{% macro twice(s, n) %}{{ twice(s ~ s, n - 1) if n else s|length }}{% endmacro %}"
            "{{ twice('ab', 64) }}",
            "would make a value of 1,048,576",
        ),
        ("{% set s = 'a' * 900000 %}{{ (s ~ s ~ s ~ s)|length }}", "joining texts with ~"),
        ("{% set s = 'a' * 900000 %}{{ [s, s, s, s]|join|length }}", "the filter join"),
        ("{{ ('a' * 1000)|replace('a', 'b' * 10000)|length }}", "the filter replace"),
        ("{{ ('\n' * 900000)|indent(100)|length }}", "the filter indent"),
    ],
    ids=[
        "nested-ranges", "power", "repeat-text", "repeat-list", "center", "ljust", "percent",
        "format", "batch", "namespace-doubling", "macro-doubling", "concat", "join", "replace",
        "indent",
    ],
)  # fmt: skip
def test_a_costly_template_is_refused(plan: Plan, tmp_path: Path, tag: str, said: str) -> None:
    with time_bound(120):  # each took 30 s to minutes, or gigabytes, before
        error = render_error(plan, with_body(tmp_path, tag))
    assert error.code == "template_too_costly", str(error)
    assert str(error).startswith("my.docx: document body: ")
    assert said in str(error)


def test_a_loop_over_the_data_still_renders(plan: Plan, tmp_path: Path) -> None:
    template = with_body(tmp_path, "{% for i in range(1000) %}{{ i }}{% endfor %}{{ type_name }}")
    assert vanban.render_bytes(plan, template=template).startswith(b"PK")


# --- item 10: runtime errors are template errors with the place -----------------------------


@pytest.mark.parametrize(
    ("tag", "code", "said"),
    [
        ("{% include '/etc/passwd' %}", "template_include", '"/etc/passwd"'),
        ("{% import '/etc/passwd' as x %}", "template_include", "include, import or extend"),
        ("{% extends '/etc/passwd' %}", "template_include", "include, import or extend"),
        ("{{ 1/0 }}", "template_runtime", "ZeroDivisionError"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "template_runtime", "RecursionError"),
        ("{{ range(10**8) }}", "template_too_costly", "range() of 100,000,000 numbers"),
        ("{{ (10**999 * 10**999 * 10**999 * 10**999 * 10**999)|string }}",
         "template_runtime", "ValueError"),
    ],
    ids=["include", "import", "extends", "divide-by-zero", "recursion", "huge-range",
         "huge-number"],
)  # fmt: skip
def test_a_template_failing_at_runtime_is_a_template_error(
    plan: Plan, tmp_path: Path, tag: str, code: str, said: str
) -> None:
    with time_bound(120):
        error = render_error(plan, with_body(tmp_path, tag))
    assert error.code == code, str(error)
    assert "my.docx: document body: " in str(error) and said in str(error)
    assert "near “" in str(error)  # the place in the template


def test_the_command_line_exits_2_for_a_runtime_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = with_body(tmp_path, "{{ 1/0 }}")
    out = tmp_path / "out.docx"
    assert main(["render", str(PLAN_EXAMPLE), "--template", str(template), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "[template_runtime]" in err and "internal error" not in err and not out.exists()


# --- item 19: user text never becomes markup; the data cannot be changed --------------------

FIELD = '</w:t></w:r><w:fldSimple w:instr="INCLUDETEXT c:\\\\secret.txt"/><w:r><w:t>'


def body_xml(data: bytes) -> str:
    import io
    import zipfile

    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")


@pytest.mark.parametrize(
    "tag",
    ["{{ summary|safe }}", "{% filter safe %}{{ summary }}{% endfilter %}"],
)
def test_safe_does_not_let_user_text_in_as_markup(plan: Plan, tmp_path: Path, tag: str) -> None:
    hostile = plan.model_copy(update={"summary": f"Kế hoạch {FIELD}"})
    data = vanban.render_bytes(hostile, template=with_body(tmp_path, tag))
    xml = body_xml(data)
    assert "fldSimple" not in xml.replace("&lt;w:fldSimple", "")
    assert "&lt;w:fldSimple" in xml  # printed as the text it is
    assert any("INCLUDETEXT" in p.text for p in open_docx(data).paragraphs)


def test_autoescape_cannot_be_turned_off(plan: Plan, tmp_path: Path) -> None:
    tag = "{% autoescape false %}{{ summary }}{% endautoescape %}"
    error = render_error(plan, with_body(tmp_path, tag))
    assert error.code == "template_markup" and "escaping stays on" in str(error)


def test_the_data_handed_to_a_template_cannot_be_changed(plan: Plan, tmp_path: Path) -> None:
    template = edited(
        tmp_path,
        replace("{{ type_name }}", "{{ signature_lines.append('INJECTED') }}{{ type_name }}"),
    )
    error = render_error(plan, template)
    assert error.code == "template_unsafe" and "append" in str(error)
    assert isinstance(error, TemplateError)


def test_a_template_declaring_an_external_entity_is_refused(plan: Plan, tmp_path: Path) -> None:
    def declare(xml: str) -> str:
        doctype = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        return xml.replace("?>", "?>" + doctype, 1).replace("{{ type_name }}", "&xxe;", 1)

    error = render_error(plan, edited(tmp_path, declare))
    assert error.code == "template_unreadable" and "entities" in str(error)
    assert "root:" not in str(error)  # nothing was read


def test_the_output_of_a_part_is_bounded(
    plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vanban.rendering import sandbox

    monkeypatch.setattr(sandbox, "MAX_SIZE", 10_000)  # output bound: 3,000,000 characters
    tag = "{% for i in range(5000) %}{{ 'x' * 999 }}{% endfor %}"
    error = render_error(plan, with_body(tmp_path, tag))
    assert error.code == "template_too_costly"
    assert "writes more than 3,000,000 characters into one part" in str(error)


def test_a_dict_reads_as_jinja_reads_it() -> None:
    """Keys are read straight from the prepared dicts, without changing what a name means."""
    from vanban.rendering.sandbox import SandboxEnvironment, render_bounded

    template = SandboxEnvironment().from_string(
        "{{ d.text }}|{{ d.missing is undefined }}|{{ d['items'] }}|{{ d.items is callable }}"
    )
    data = {"d": {"text": "x", "items": "a key"}}
    assert render_bounded(template, data) == "x|True|a key|True"
    # A dict's own methods are still the sandbox's to refuse: the data cannot be changed.
    changing = SandboxEnvironment().from_string("{{ d.update(text='y') }}")
    with pytest.raises(jinja2.exceptions.SecurityError):
        render_bounded(changing, data)
