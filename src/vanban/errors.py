"""The exceptions vanban raises.

Every error carries a stable ``code`` that tests and callers can match on, and a message written
for the person who has to fix the input::

    VanbanError                      base of everything vanban raises on purpose
    ├── InputError                   the input is wrong; ``issues`` lists every problem found
    │   │                            (file, line, field path, what was expected, what was found)
    │   └── ModelInputError          raised by a model's constructor (``vanban.Plan(...)``) or an
    │                                assignment to a field; also
    │                                a ``pydantic.ValidationError``, whose ``errors()`` it keeps
    ├── TemplateError                a template is malformed or uses an undefined variable
    └── OutputError                  the document could not be written (unwritable, disk full)

    InputWarning (a UserWarning)     the input is valid but likely not what was meant (a list
                                     split at a comma, the same number on every merged file)

Check findings (``vanban check``) are results, not exceptions.

Messages are shown in the language current when the error is made (:mod:`vanban.i18n`); each
keeps its message id and parameters, so ``error.text("vi")`` / ``issue.text("en")`` shows it
again in another language. Codes and field paths are the same in every language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vanban.i18n import N_, Message, current_language, text

__all__ = ["InputError", "InputWarning", "Issue", "OutputError", "TemplateError", "VanbanError"]


class VanbanError(Exception):
    """Base class of every error vanban raises on purpose."""

    code: str = "error"

    def __init__(self, message: str | Message, *, code: str | None = None) -> None:
        self._message = message
        super().__init__(text(message))
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0])

    def text(self, lang: str | None = None) -> str:
        """The message in ``lang`` ("vi", "en"; the current language when None)."""
        return text(getattr(self, "_message", self.message), lang)


@dataclass(frozen=True, init=False)
class Issue:
    """One problem in the input: where it is, what was expected, what was found.

    ``message`` is the text in the language current when the issue was made; ``text(lang)``
    is the issue in another language (its message id and parameters are kept in ``msg``).
    """

    code: str
    message: str
    path: str = ""
    file: str | None = None
    line: int | None = None
    #: The field path as keys and list indexes, ("body", 1, "children", 0), for a form to
    #: attach the error to its field; ``path`` is the same written out: body[1].children[0].
    loc: tuple[str | int, ...] = ()
    msg: Message | None = field(default=None, init=False, compare=False, repr=False)

    def __init__(
        self,
        code: str,
        message: str | Message,
        path: str = "",
        file: str | None = None,
        line: int | None = None,
        loc: tuple[str | int, ...] = (),
    ) -> None:
        values: dict[str, Any] = {
            "code": code,
            "message": text(message),
            "path": path,
            "file": file,
            "line": line,
            "loc": loc,
            "msg": message if isinstance(message, Message) else None,
        }
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __str__(self) -> str:
        return self._line(self.message, None)

    def text(self, lang: str | None = None) -> str:
        """The message in ``lang`` ("vi", "en"; the current language when None), for a form
        that shows it beside the field ``loc`` names."""
        return text(self.msg if self.msg is not None else self.message, lang)

    def full_text(self, lang: str | None = None) -> str:
        """The issue as one line — file:line: path: message [code] — in ``lang``."""
        return self._line(self.text(lang), lang)

    def _line(self, message: str, lang: str | None) -> str:
        where = ""
        if self.file is not None:
            where = f"{self.file}:{self.line}: " if self.line is not None else f"{self.file}: "
        elif self.line is not None:
            where = text(N_("line {line}: ", line=self.line), lang)
        field = f"{self.path}: " if self.path else ""
        return f"{where}{field}{message} [{self.code}]"


class InputError(VanbanError, ValueError):
    """The input data is wrong. ``issues`` holds every problem found, in file order."""

    code = "input"

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = list(issues)
        super().__init__(self.text(), code=self.issues[0].code if self.issues else "input")

    def text(self, lang: str | None = None) -> str:
        """Every issue, one a line, in ``lang`` ("vi", "en"; the current language when None)."""
        lang = current_language(lang)
        if len(self.issues) == 1:
            return self.issues[0].full_text(lang)
        head = text(N_("{count} problems:", count=len(self.issues)), lang)
        return head + "\n" + "\n".join(f"  {i.full_text(lang)}" for i in self.issues)

    @classmethod
    def single(
        cls,
        code: str,
        message: str | Message,
        *,
        path: str = "",
        file: str | None = None,
        line: int | None = None,
    ) -> InputError:
        return cls([Issue(code=code, message=message, path=path, file=file, line=line)])


class TemplateError(VanbanError):
    """A template is malformed or refers to a variable the context does not have."""

    code = "template"


class OutputError(VanbanError, OSError):
    """The document could not be written where it was asked to go."""

    code = "output"


class InputWarning(UserWarning):
    """Valid input that is probably not what was meant; the message names the file and line."""
