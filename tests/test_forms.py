"""Each kind is declared once (vanban.registry.FORMS); everything else is read from there."""

from __future__ import annotations

import json
from importlib import resources

import pytest

import vanban
from vanban.cli import main
from vanban.models.document import Document, NamedDocument
from vanban.models.parts import Signature
from vanban.registry import FORMS, KINDS, STATE, Form, Part, Profile, form_of, kind_list
from vanban.rendering.context import build_context
from vanban.rendering.parts import format_number_line, signature_lines

from .conftest import EXAMPLES

KIND_NAMES = sorted(FORMS)


@pytest.mark.parametrize("kind", KIND_NAMES)
def test_the_model_carries_its_declaration(kind: str) -> None:
    form = FORMS[kind]
    model = KINDS[kind]
    assert model.form is form and form_of(model) is form
    assert f"{model.__module__}:{model.__qualname__}" == form.model
    assert model.model_fields["kind"].default == kind
    assert model.document_type is form.document_type
    assert model.template_name == form.template
    assert form.sample in {f"1.{n}" for n in range(1, 11)} | {"2.1", "2.2", "3.1", "3.2"}
    assert (resources.files("vanban") / "templates" / form.template).is_file()
    assert form.profile is STATE


@pytest.mark.parametrize("kind", KIND_NAMES)
def test_the_declared_parts_are_the_models_fields(kind: str) -> None:
    form, model = FORMS[kind], KINDS[kind]
    assert form.has(Part.ADDRESSEES) == ("addressees" in model.model_fields)
    assert form.has(Part.DATE_LINE) == issubclass(model, NamedDocument)


@pytest.mark.parametrize("kind", KIND_NAMES)
def test_every_kind_has_an_example_rendered_by_its_declared_builder(kind: str) -> None:
    examples = sorted(EXAMPLES.glob(f"{kind}-*.yaml"))
    assert examples, f"add examples/{kind}-….yaml"
    document = vanban.load(examples[0])
    assert form_of(document).load_context() is FORMS[kind].load_context()
    assert build_context(document)["type_name"] == FORMS[kind].heading


@pytest.mark.parametrize("kind", KIND_NAMES)
def test_schema_command_for_every_kind(kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", kind]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["properties"]["kind"]["const"] == kind
    assert schema["title"].startswith(FORMS[kind].term)


def test_public_api_lists_every_kinds_model() -> None:
    for form in FORMS.values():
        for name in (form.model_name, *form.public):
            assert name in vanban.__all__ and name in vanban.models.__all__
            assert getattr(vanban, name).__module__ == form.module


def test_cli_help_lists_the_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["schema", "--help"])
    # argparse wraps a long list: compare with the line breaks taken out.
    assert kind_list() in " ".join(capsys.readouterr().out.split())


def test_a_form_without_a_type_prints_no_type_name() -> None:
    letter = Form(
        kind="letter",
        model="x:Letter",
        sample="1.5",
        document_type=None,
        context="x:y",
        term_override="Công văn",
    )
    assert (letter.heading, letter.code, letter.term) == ("", None, "Công văn")


def test_a_model_of_an_undeclared_kind_is_refused() -> None:
    from typing import Literal

    with pytest.raises(TypeError, match="declare kind 'nothing'"):

        class Nothing(Document):  # pragma: no cover — the class statement raises
            kind: Literal["nothing"] = "nothing"


#: A second format profile as data only: Party documents (ĐẢNG CỘNG SẢN VIỆT NAM, "Số 05-NQ/ĐU",
#: T/M and K/T). Its forms and templates would come with it; the State's kinds are untouched.
PARTY = Profile(
    name="party",
    national_name="ĐẢNG CỘNG SẢN VIỆT NAM",
    motto=None,
    number_format="Số {number}-{code}/{issuer}",
    number_format_untyped="Số {number}/{issuer}",
    signing_words={"TM": "T/M", "KT": "K/T", "TL": "T/L", "TUQ": "TUQ.", "Q": "Q."},
)


def test_a_second_profile_is_data() -> None:
    assert format_number_line(5, "NQ", "ĐU", profile=PARTY) == "Số 05-NQ/ĐU"
    assert PARTY.number_label == "Số " and STATE.number_label == "Số: "
    signature = Signature(
        authority="TM", on_behalf_of="Ban Thường vụ", title="Bí thư", name="Lê Văn An"
    )
    assert signature_lines(signature, PARTY.signing_words) == ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]
    assert signature_lines(signature) == ["TM. BAN THƯỜNG VỤ", "BÍ THƯ"]
    assert all(f.profile is STATE for f in FORMS.values())
