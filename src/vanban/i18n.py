"""The language of vanban's messages — ngôn ngữ của thông báo: Vietnamese or English.

Every message a person reads (an input error and its hints, a check finding, the CLI's help and
summaries) is written in the code in English and marked with :func:`N_`::

    N_('the key "{key}" appears twice in this mapping', key=key)

``N_`` does not translate: it returns a :class:`Message` — the English message id and its
parameters — which is put into words only when it is shown, in the language asked for then.
So an :class:`~vanban.errors.Issue` can be shown again in another language (``issue.text("vi")``)
and the render path never touches a catalog. The translations are gettext catalogs under
``vanban/locale/<lang>/LC_MESSAGES/vanban.po`` (managed with babel's ``pybabel``; the compiled
``.mo`` beside each is what is read, once, on the first message shown in that language).

The language, first found wins: the ``lang=`` argument of the function producing the message;
:func:`language` (a context variable: per thread, per asyncio task); ``VANBAN_LANG``; the locale
(``LC_ALL``, ``LC_MESSAGES``, ``LANG``: ``vi_VN.UTF-8`` is Vietnamese); else English.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import gettext

__all__ = [
    "LANGUAGES",
    "N_",
    "Message",
    "_",
    "catalog",
    "chosen_language",
    "current_language",
    "custom_error",
    "language",
    "take_lang_option",
    "text",
    "translate",
]

#: The languages vanban speaks; English is the language of the message ids.
LANGUAGES = ("en", "vi")
DOMAIN = "vanban"

_chosen: ContextVar[str | None] = ContextVar("vanban_language", default=None)


def _normalise(lang: str) -> str | None:
    """ "vi", "vi_VN", "vi-VN.UTF-8", "en_US" → "vi" / "en"; anything else → None."""
    base = lang.strip().replace("-", "_").split(".")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def _checked(lang: str) -> str:
    found = _normalise(lang)
    if found is None:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    return found


def current_language(lang: str | None = None) -> str:
    """The language messages are shown in now: ``lang`` if given, else as the module says."""
    if lang is not None:
        return _checked(lang)
    chosen = _chosen.get()
    if chosen is not None:
        return chosen
    override = os.environ.get("VANBAN_LANG")
    if override:
        return _normalise(override) or "en"
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:  # the first one set decides, as for the C library
            return "vi" if _normalise(value) == "vi" else "en"
    return _system_language() or "en"


def _system_language() -> str | None:
    """The user's language on Windows, where no LANG is set: "Vietnamese_Vietnam" → "vi"."""
    if os.name != "nt":
        return None
    import locale

    name = (locale.getlocale()[0] or "").lower()
    return "vi" if name.startswith(("vi_", "vi-", "vietnamese")) or name == "vi" else None


def chosen_language() -> str | None:
    """The language set by :func:`language` (``--lang``) around the caller, else None."""
    return _chosen.get()


@contextmanager
def language(lang: str | None) -> Iterator[str]:
    """Show messages in ``lang`` inside the block: ``with vanban.language("vi"): …``.

    ``None`` changes nothing (for a ``lang=`` argument passed on). A context variable: one
    thread or asyncio task answering in Vietnamese does not change another's language.
    """
    if lang is None:
        yield current_language()
        return
    token = _chosen.set(_checked(lang))
    try:
        yield _chosen.get() or "en"
    finally:
        _chosen.reset(token)


@functools.cache
def catalog(lang: str, domain: str = DOMAIN) -> gettext.NullTranslations:
    """The compiled catalog of ``lang`` in ``domain`` (the messages, or the schema's words),
    read once; none (the words as written) when absent."""
    import gettext  # on the first message shown: importing vanban stays cheap
    from importlib import resources

    path = resources.files("vanban") / "locale" / lang / "LC_MESSAGES" / f"{domain}.mo"
    try:
        with path.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    except FileNotFoundError:
        return gettext.NullTranslations()


def translate(msgid: str, lang: str | None = None) -> str:
    """The translation of one message id (not yet formatted)."""
    lang = current_language(lang)
    return catalog(lang).gettext(msgid)


def text(value: Any, lang: str | None = None) -> str:
    """A message (or plain text) in words: a :class:`Message` translated, anything else str()."""
    if isinstance(value, Message):
        return value.text(lang)
    return str(value)


class _Number:
    """A number parameter: "{count:,}" groups digits as the language does (200.000 in vi)."""

    def __init__(self, value: Any, lang: str) -> None:
        self.value, self.lang = value, lang

    def __format__(self, spec: str) -> str:
        shown = format(self.value, spec)
        if self.lang == "vi" and "," in spec:
            shown = shown.translate(str.maketrans(",.", ".,"))
        return shown

    def __str__(self) -> str:
        return str(self.value)


def _shown(value: Any, lang: str) -> Any:
    if isinstance(value, Message):
        return value.text(lang)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _Number(value, lang)
    return value


@dataclass(frozen=True)
class Message:
    """A message not yet put into words: its English id and its parameters.

    The id is a ``str.format`` template (literal braces doubled); a parameter may itself be a
    Message (a phrase), put into words in the same language.
    """

    msgid: str
    params: tuple[tuple[str, Any], ...] = ()

    def text(self, lang: str | None = None) -> str:
        """The message in ``lang`` (see :func:`current_language` for the default)."""
        lang = current_language(lang)
        template = translate(self.msgid, lang)
        values = {name: _shown(value, lang) for name, value in self.params}
        return template.format(**values)

    @property
    def values(self) -> Mapping[str, Any]:
        return dict(self.params)

    def __str__(self) -> str:
        return self.text()


def N_(msgid: str, /, **params: Any) -> Message:
    """Mark a message for translation (``pybabel extract`` finds it) and keep its parameters."""
    return Message(msgid, tuple(params.items()))


#: The key of a validation error's context that holds its :class:`Message`.
MESSAGE_KEY = "vanban_message"


def custom_error(code: str, message: Message, /, **params: Any) -> Any:
    """A pydantic error with vanban's code whose message stays translatable.

    Models raise ``custom_error("date_format", N_("expected a date …; got {value}", value=v))``;
    vanban.loading finds the Message under :data:`MESSAGE_KEY` in the error's context.
    """
    from pydantic_core import PydanticCustomError

    if params:  # parameters given beside the message id: custom_error(code, N_("…{x}"), x=1)
        message = Message(message.msgid, (*message.params, *params.items()))

    # pydantic's own text (ValidationError's str) is the message in the current language:
    # its templates know no format specs ({code:04X}), so it is given already formatted.
    return PydanticCustomError(code, message.text(), {**message.values, MESSAGE_KEY: message})


def _(msgid: str, /, **params: Any) -> str:
    """Translate now, in the current language: for text needed at once (CLI help, a summary)."""
    return Message(msgid, tuple(params.items())).text()


def take_lang_option(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """``--lang X`` / ``--lang=X`` taken out of command-line arguments (before any "--").

    Every command accepts it anywhere, and it must be known before the parser's help is built.
    Raises ValueError, naming what is expected, for a language vanban does not speak.
    """
    rest: list[str] = []
    lang: str | None = None
    items = iter(argv)
    for item in items:
        if item == "--":
            rest += [item, *items]
            break
        if item == "--lang" or item.startswith("--lang="):
            value = item.partition("=")[2] if "=" in item else next(items, "")
            if _normalise(value) is None or not value:
                raise ValueError(
                    _(
                        "--lang: expected one of {choices}, got {value!r}",
                        choices="vi, en",
                        value=value,
                    )
                )
            lang = _normalise(value)
            continue
        rest.append(item)
    return lang, rest
