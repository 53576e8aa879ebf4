"""``vanban check FILE.docx …`` — kiểm tra thể thức văn bản from the command line.

Exit status: 0 when no rule fails, 1 when a rule fails (errors only, unless ``--strict``), 2 when
a file cannot be read or the arguments are wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from vanban.errors import InputError
from vanban.i18n import _, language, take_lang_option

__all__ = ["run"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vanban check",
        description=_("Check Word documents against the format rules of Decree 30/2020/NĐ-CP."),
    )
    parser.add_argument("files", nargs="+", metavar="FILE.docx", help=_("documents to check"))
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=_("output format (default: text)"),
    )
    parser.add_argument(
        "--all", action="store_true", help=_("also list the rules that pass or do not apply")
    )
    parser.add_argument(
        "--strict", action="store_true", help=_("exit 1 on warnings too, not only on errors")
    )
    parser.add_argument(
        "--lang",
        choices=("vi", "en"),
        help=_("language of the report: vi (tiếng Việt) or en; the JSON codes stay the same"),
    )
    from vanban.helptext import localise

    return localise(parser)


def run(argv: list[str] | None = None) -> int:
    """Run ``vanban check`` with the given arguments; return the exit status."""
    try:
        lang, argv = take_lang_option(sys.argv[1:] if argv is None else argv)
    except ValueError as exc:
        print(f"vanban check: error: {exc}", file=sys.stderr)
        return 2
    with language(lang):
        return _run(argv)


def _run(argv: list[str]) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help, or wrong arguments: argparse has printed why
        return exc.code if isinstance(exc.code, int) else 2

    from vanban.checks.runner import check

    status = 0
    outputs: list[dict[str, Any]] = []
    for number, path in enumerate(args.files):
        try:
            report = check(path)
        except InputError as exc:
            status = 2
            issue = exc.issues[0]
            if args.format == "json":
                outputs.append(
                    {"file": path, "error": {"code": issue.code, "message": issue.message}}
                )
            else:
                print(f"vanban check: {path}: {issue.message}", file=sys.stderr)
            continue
        failed = not report.ok or (args.strict and report.warnings)
        if failed and status == 0:
            status = 1
        if args.format == "json":
            outputs.append(report.to_dict())
        else:
            if number:
                print()
            print(report.to_text(verbose=args.all))
    if args.format == "json":
        print(json.dumps(outputs, ensure_ascii=False, indent=2))
    return status
