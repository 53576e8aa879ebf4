"""The commands' help in the current language, argparse's own words ("usage:", "options") too."""

from __future__ import annotations

import argparse
from typing import Any

from vanban.i18n import _

__all__ = ["HelpFormatter", "localise"]


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help whose "usage:" is in the current language."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


def localise(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Word a parser's section titles and its -h and --version help in the current language.

    argparse's error sentences ("the following arguments are required") stay English: they
    come from Python's own catalog.
    """
    parser.formatter_class = HelpFormatter
    parser._positionals.title = _("positional arguments")
    parser._optionals.title = _("options")
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = _("show this help message and exit")
        elif isinstance(action, argparse._VersionAction):
            action.help = _("show the version and exit")
    return parser
