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
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["InputError", "InputWarning", "Issue", "OutputError", "TemplateError", "VanbanError"]


class VanbanError(Exception):
    """Base class of every error vanban raises on purpose."""

    code: str = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class Issue:
    """One problem in the input: where it is, what was expected, what was found."""

    code: str
    message: str
    path: str = ""
    file: str | None = None
    line: int | None = None
    #: The field path as keys and list indexes, ("body", 1, "children", 0), for a form to
    #: attach the error to its field; ``path`` is the same written out: body[1].children[0].
    loc: tuple[str | int, ...] = ()

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = f"{self.file}:{self.line}: " if self.line is not None else f"{self.file}: "
        elif self.line is not None:
            where = f"line {self.line}: "
        field = f"{self.path}: " if self.path else ""
        return f"{where}{field}{self.message} [{self.code}]"


class InputError(VanbanError, ValueError):
    """The input data is wrong. ``issues`` holds every problem found, in file order."""

    code = "input"

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = list(issues)
        if len(self.issues) == 1:
            text = str(self.issues[0])
        else:
            text = f"{len(self.issues)} problems:\n" + "\n".join(f"  {i}" for i in self.issues)
        super().__init__(text, code=self.issues[0].code if self.issues else "input")

    @classmethod
    def single(
        cls,
        code: str,
        message: str,
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
