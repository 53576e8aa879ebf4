"""User templates (``--template my.docx``): sandboxed, strict, and every mistake said where.

Each bad template is the shipped one with its XML edited, so the cases stay small and readable.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest

import vanban
from vanban import Plan, TemplateError
from vanban.cli import main

from .conftest import PLAN_EXAMPLE
from .docx_read import open_docx, paragraphs

SHIPPED = Path(str(resources.files("vanban") / "templates" / "document.docx"))
BODY = "word/document.xml"
HEADER = "word/header2.xml"  # the default header, with the PAGE field


@pytest.fixture(scope="module")
def plan() -> Plan:
    document = vanban.load(PLAN_EXAMPLE)
    assert isinstance(document, Plan)
    return document


def edited(
    tmp_path: Path, edit: Callable[[str], str], part: str = BODY, name: str = "my.docx"
) -> Path:
    """A copy of the shipped template with one part's XML edited."""
    out = io.BytesIO()
    with zipfile.ZipFile(SHIPPED) as source, zipfile.ZipFile(out, "w") as copy:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == part:
                changed = edit(data.decode("utf-8"))
                assert changed != data.decode("utf-8"), "the edit did not apply"
                data = changed.encode("utf-8")
            copy.writestr(info, data)
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    return path


def replace(old: str, new: str) -> Callable[[str], str]:
    return lambda xml: xml.replace(old, new, 1)


def render_error(plan: Plan, template: Path) -> TemplateError:
    with pytest.raises(TemplateError) as info:
        vanban.render_bytes(plan, template=template)
    return info.value


@pytest.mark.parametrize(
    "expression",
    [
        "''.__class__.__mro__",
        "''.__class__.__mro__[1].__subclasses__()",
        "self.__init__.__globals__",
        "cycler.__init__.__globals__.os",
        "blocks.__class__.__base__",
        "type_name.format.__globals__",
    ],
)
def test_sandbox_refuses_python_internals(plan: Plan, tmp_path: Path, expression: str) -> None:
    template = edited(tmp_path, replace("{{ type_name }}", "{{ " + expression + " }}"))
    error = render_error(plan, template)
    assert error.code in ("template_unsafe", "template_undefined"), str(error)
    assert "my.docx: document body" in str(error)
    if "__" in expression:
        assert error.code == "template_unsafe"
        assert "Python internals" in str(error) and "unsafe" in str(error)


def test_undefined_variable_is_named_with_where(plan: Plan, tmp_path: Path) -> None:
    error = render_error(plan, edited(tmp_path, replace("{{ type_name }}", "{{ tyep_name }}")))
    assert error.code == "template_undefined"
    assert "'tyep_name' is undefined" in str(error)
    assert "near “" in str(error) and "{{ tyep_name }}" in str(error)


def test_undefined_attribute(plan: Plan, tmp_path: Path) -> None:
    template = edited(tmp_path, replace("{{ block.text }}", "{{ block.txt }}"))
    error = render_error(plan, template)
    assert error.code == "template_undefined" and "'txt'" in str(error)


def test_undefined_variable_in_a_header(plan: Plan, tmp_path: Path) -> None:
    template = edited(tmp_path, replace("PAGE", "PAGE {{ page_count }}"), part=HEADER)
    error = render_error(plan, template)
    assert error.code == "template_undefined"
    assert "word/header2.xml" in str(error) and "'page_count' is undefined" in str(error)


def test_tag_split_across_runs_still_renders(plan: Plan, tmp_path: Path) -> None:
    # Word splits text into runs wherever it was edited or formatted; the tag still works.
    split = "{{ type_</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>name }}"
    for old, new in (
        ("{{ type_name }}", split),
        ("{{ summary }}", "{</w:t></w:r><w:r><w:t>{ summary }}"),
    ):
        template = edited(tmp_path, replace(old, new))
        texts = [
            p.text for p in paragraphs(open_docx(vanban.render_bytes(plan, template=template)))
        ]
        assert "KẾ HOẠCH" in texts
        assert plan.summary in texts


@pytest.mark.parametrize(
    ("old", "new", "near"),
    [
        ("{{ type_name }}", "{{ type_name ", "{{ type_name"),
        ("{{ type_name }}", "{% if type_name ", "{% if type_name"),
        ("{{ signer_name }}", "{# a note", "{# a note"),
    ],
    ids=["variable", "block", "comment"],
)
def test_tag_left_open_in_its_paragraph(
    plan: Plan, tmp_path: Path, old: str, new: str, near: str
) -> None:
    # Left open, docxtpl's clean-up would delete everything up to the next closing mark.
    error = render_error(plan, edited(tmp_path, replace(old, new)))
    assert error.code == "template_syntax"
    assert "my.docx: document body" in str(error)
    assert f"near “{near}" in str(error)
    assert "must open and close in one paragraph" in str(error)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("{%p endfor %}", "", "Jinja was looking for the following tags: 'endfor'"),
        ("{%p endif %}", "{%p endfi %}", "unknown tag 'endfi'"),
        ("{{ type_name }}", "{% frobnicate %}", "unknown tag 'frobnicate'"),
        ("{{ type_name }}", "{{ type_name | nosuchfilter }}", "No filter named 'nosuchfilter'"),
    ],
    ids=["unclosed-for", "misspelt-endif", "unknown-tag", "unknown-filter"],
)
def test_malformed_template_says_where(
    plan: Plan, tmp_path: Path, old: str, new: str, message: str
) -> None:
    error = render_error(plan, edited(tmp_path, replace(old, new)))
    assert error.code == "template_syntax"
    assert "my.docx: document body: malformed template near “" in str(error)
    assert message in str(error)


def test_mismatched_paragraph_tag_breaks_the_xml(plan: Plan, tmp_path: Path) -> None:
    # "{% endif %}" where "{%p endif %}" belongs closes the if inside a paragraph whose opening
    # tag the "{%p if %}" removed: the rendered XML is not well-formed.
    error = render_error(plan, edited(tmp_path, replace("{%p endif %}", "{% endif %}")))
    assert error.code == "template_structure"
    assert "my.docx: document body: the rendered XML is not well-formed near “" in str(error)
    assert "ỦY BAN NHÂN DÂN" in str(error)  # the text right after the break
    assert "{%p %}" in str(error)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"hello, not a zip", "not a Word document"),
        (b"", "not a Word document"),
        (PLAN_EXAMPLE.read_bytes(), "not a Word document"),
    ],
    ids=["text", "empty", "yaml"],
)
def test_not_a_docx(plan: Plan, tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "my.docx"
    path.write_bytes(content)
    error = render_error(plan, path)
    assert error.code == "template_unreadable" and reason in str(error)


def test_zip_that_is_not_a_word_document(plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "my.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert render_error(plan, path).code == "template_unreadable"


def test_broken_template_xml(plan: Plan, tmp_path: Path) -> None:
    template = edited(tmp_path, replace("<w:body>", "<w:body><w:p>"))
    assert render_error(plan, template).code == "template_unreadable"


@pytest.mark.parametrize("where", ["missing.docx", "."])
def test_missing_template_or_a_folder(plan: Plan, tmp_path: Path, where: str) -> None:
    error = render_error(plan, tmp_path / where)
    assert error.code == "template_unreadable"
    assert "cannot read the template" in str(error)


def test_command_line_template_errors_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = edited(tmp_path, replace("{{ type_name }}", "{{ ''.__class__ }}"))
    out = tmp_path / "out.docx"
    assert main(["render", str(PLAN_EXAMPLE), "--template", str(template), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("vanban: my.docx: document body:") and "[template_unsafe]" in err
    assert "Traceback" not in err and not out.exists()
    assert main(["render", str(PLAN_EXAMPLE), "--template", str(tmp_path / "no.docx")]) == 2
    assert "[template_unreadable]" in capsys.readouterr().err


def test_user_text_that_looks_like_template_syntax_is_not_run(plan: Plan, tmp_path: Path) -> None:
    tricky = "{{ ''.__class__.__mro__ }} {% for x in y %} {# c #} {{ signer_name }}"
    document = Plan.model_validate({**plan.model_dump(by_alias=True), "summary": tricky})
    texts = [p.text for p in paragraphs(open_docx(vanban.render_bytes(document)))]
    assert tricky in texts


def test_a_header_that_changes_per_document_is_rendered_for_each(
    plan: Plan, tmp_path: Path
) -> None:
    # Parts that come out as they did for the previous document are reused: never a stale one.
    template = edited(tmp_path, replace("PAGE", "PAGE {{ signer_name }}"), part=HEADER)
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Nguyễn Văn An"]
    outputs = []
    for name in names:
        signed = plan.model_copy(deep=True)
        signed.signature.name = name
        outputs.append(vanban.render_bytes(signed, template=template))
    headers = [zipfile.ZipFile(io.BytesIO(data)).read(HEADER).decode() for data in outputs]
    for name, header in zip(names, headers, strict=True):
        assert name in header
    assert "Trần Thị Bình" not in headers[0] and "Trần Thị Bình" not in headers[2]
    assert outputs[0] == outputs[2] != outputs[1]


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_template_that_is_no_regular_file_is_refused_without_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    import os

    if kind == "fifo":
        template = tmp_path / "template.docx"
        os.mkfifo(template)  # reading it would block until a writer comes, forever
    else:
        template = Path("/dev/zero")  # reading it would never end
        if not template.exists():
            pytest.skip("no /dev/zero here")
    out = tmp_path / "out.docx"
    status = main(["render", str(PLAN_EXAMPLE), "--template", str(template), "-o", str(out)])
    assert status == 2
    err = capsys.readouterr().err
    assert "[template_unreadable]" in err and "not a regular file" in err
    assert not out.exists()
