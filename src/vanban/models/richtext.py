"""Text with inline emphasis — văn bản có chữ in đậm, in nghiêng, gạch chân.

A paragraph's or an item's text is a string, or a list of runs when part of it is emphasised::

    - item:
        - "Các thôn gửi báo cáo "
        - bold: trước ngày 30/6/2026
        - " về Ủy ban nhân dân xã (sau đây gọi tắt là "
        - italic: báo cáo quý
        - ")."
    - paragraph:
        - {text: Lưu ý, bold: true, underline: true}
        - ": …"

A run is a string (plain), a mapping with one of ``bold``, ``italic``, ``underline`` holding its
text, or a mapping ``{text: …, bold: true, italic: true, underline: true}``. Every run is
cleaned and escaped as plain text is; the emphasis is held by marks that no user text can hold
(:mod:`vanban.formatting.emphasis`).
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator, StringConstraints, WithJsonSchema

from vanban.formatting.emphasis import MARKS, STYLES, emphasise, has_marks, unbalanced
from vanban.formatting.text import ForbiddenCharacterError, clean_text
from vanban.i18n import N_, custom_error

__all__ = ["RichText", "run_list"]

_KEYS = frozenset({"text", *STYLES})


def _clean(text: str) -> str:
    try:
        return clean_text(text)
    except ForbiddenCharacterError as exc:
        raise custom_error(exc.code, exc.message) from exc


def _run(index: int, run: Any) -> str:
    if isinstance(run, str):
        return _clean(run)
    problem = N_(
        "expected a run as a string, {{bold: …}}, {{italic: …}}, {{underline: …}} or "
        "{{text: …, bold: true, italic: true, underline: true}}"
    )
    if not isinstance(run, dict) or not run or not set(run) <= _KEYS:
        found = ", ".join(map(str, run)) if isinstance(run, dict) else type(run).__name__
        raise custom_error(
            "text_run",
            N_("run {index}: {problem}; got {found}", index=index, problem=problem, found=found),
        )
    if "text" in run:
        flags = {s: run.get(s, False) for s in STYLES}
        if not isinstance(run["text"], str) or not all(isinstance(f, bool) for f in flags.values()):
            raise custom_error(
                "text_run", N_("run {index}: {problem}", index=index, problem=problem)
            )
        return emphasise(_clean(run["text"]), **flags)
    if len(run) != 1 or not isinstance(next(iter(run.values())), str):
        raise custom_error("text_run", N_("run {index}: {problem}", index=index, problem=problem))
    style, text = next(iter(run.items()))
    return emphasise(_clean(text), **{style: True})


def _rich(value: Any) -> Any:
    if isinstance(value, str):
        if has_marks(value):
            # Built in Python from texts already read (a heading, a minutes' sentence).
            if unbalanced(value) is not None:
                # Not marks vanban set: refused like any other forbidden character.
                return _clean(value)
            return value
        return _clean(value)
    if isinstance(value, list):
        return "".join(_run(i, r) for i, r in enumerate(value))
    return value  # the str schema reports the wrong type


_RUN_SCHEMA = {
    "anyOf": [
        {"type": "string"},
        *(
            {"type": "object", "properties": {s: {"type": "string"}}, "required": [s],
             "additionalProperties": False}
            for s in STYLES
        ),
        {
            "type": "object",
            "properties": {"text": {"type": "string"}, **{s: {"type": "boolean"} for s in STYLES}},
            "required": ["text"],
            "additionalProperties": False,
        },
    ]
}  # fmt: skip

#: Text that may carry runs of bold, italic or underline (chữ in đậm, in nghiêng, gạch chân).
RichText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    BeforeValidator(_rich),
    WithJsonSchema(
        {
            "anyOf": [{"type": "string"}, {"type": "array", "items": _RUN_SCHEMA, "minItems": 1}],
            "description": "Văn bản, hoặc danh sách đoạn chữ (in đậm bold, in nghiêng italic, "
            "gạch chân underline)",
        }
    ),
]


def run_list(text: str) -> list[Any]:
    """The runs of a text with emphasis as YAML writes them (the inverse of reading them)."""
    from vanban.formatting.emphasis import runs

    out: list[Any] = []
    for piece, styles in runs(text):
        if not styles:
            out.append(piece)
        elif len(styles) == 1:
            out.append({next(iter(styles)): piece})
        else:
            out.append({"text": piece, **{s: True for s in STYLES if s in styles}})
    return out


assert set(MARKS) == set(STYLES)
