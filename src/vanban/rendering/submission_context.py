"""A submission's template context — tờ trình: Mẫu 1.4 with Kính gửi and the closing request."""

from __future__ import annotations

from typing import Any

from vanban.models.submission import Submission
from vanban.rendering.context import named_context

__all__ = ["closing_request", "submission_context"]


def closing_request(document: Submission) -> str:
    """The closing request of a submission, without its end mark.

    Custom has it "Kính trình <the body that decides> xem xét, quyết định", after the body.

    >>> from vanban.models.submission import Submission
    >>> draft = Submission.model_construct(addressees=["Ủy ban nhân dân tỉnh"], closing=None)
    >>> closing_request(draft)
    'Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định.'
    """
    if document.closing is not None:
        text = document.closing.rstrip()
    else:
        text = f"Kính trình {document.addressees[0]} xem xét, quyết định"
    return text if text.endswith(".") else text + "."


def submission_context(document: Submission) -> dict[str, Any]:
    """The context of a submission: the named form's, with the closing request as last paragraph."""
    return named_context(document, body=[*document.body, closing_request(document)])
