"""One list of academic titles: the model refuses a signer's name when the checker flags it."""

from __future__ import annotations

import pytest

import vanban
from vanban import nd30
from vanban.checks import check
from vanban.errors import InputError
from vanban.loading import read_data

from ..conftest import PLAN_EXAMPLE
from .conftest import open_docx, paragraph_with, save, set_text

SIGNER = "Phạm Xuân Luân"
NAMES = [
    *(f"{t}. {SIGNER}" for t in nd30.ACADEMIC_TITLES),
    *(f"{t} {SIGNER}" for t in nd30.ACADEMIC_TITLES),
    *(f"{t}.{SIGNER}" for t in nd30.ACADEMIC_TITLES),
    f"PGS.TS. {SIGNER}",
    f"ths. {SIGNER}",
    "Tăng Văn Bình",
    "Cù Thị Nga",
    "Ksor H'Bia",
    "Giáp Văn Sơn",
]


def _model_refuses(name: str) -> bool:
    data = read_data(PLAN_EXAMPLE)[0]
    data["signature"]["name"] = name
    try:
        vanban.parse(data)
    except InputError as exc:
        return any(i.code == "signature_academic_title" for i in exc.issues)
    return False


@pytest.fixture(scope="module")
def rendered_plan() -> bytes:
    return vanban.render_bytes(vanban.load(PLAN_EXAMPLE))


@pytest.mark.parametrize("name", NAMES)
def test_the_model_and_the_checker_agree(name: str, rendered_plan: bytes) -> None:
    document = open_docx(rendered_plan)
    set_text(paragraph_with(document, SIGNER), name)
    report = check(save(document))
    flagged = "ND30-SIGN-NAME-NO-TITLE" in report.failed_codes()
    assert flagged == _model_refuses(name), report.to_text()
