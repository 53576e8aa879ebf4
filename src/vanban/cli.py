"""The ``vanban`` command: render, schema, dump, check.

Exit status: 0 success; 1 ``check`` found a failing rule; 2 bad input or output (the message
names the file, line and field); 3 an internal error (``--debug`` shows its traceback).
Imports are lazy so that a one-document render pays only for what it uses.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    from vanban import __version__

    parser = argparse.ArgumentParser(
        prog="vanban",
        description="Vietnamese administrative documents (văn bản hành chính) as Word files "
        "formatted to Decree 30/2020/NĐ-CP.",
    )
    parser.add_argument("--version", action="version", version=f"vanban {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    render = commands.add_parser("render", help="render YAML documents to .docx")
    render.add_argument("inputs", nargs="+", type=Path, metavar="FILE.yaml")
    render.add_argument(
        "-o",
        "--output",
        type=Path,
        help="output .docx (one input) or folder; default: next to each input",
    )
    render.add_argument("--template", type=Path, help="a .docx template to use instead of vanban's")

    schema = commands.add_parser("schema", help="print the JSON Schema of a document kind")
    schema.add_argument("kind", help="minutes, plan or report")

    dump = commands.add_parser("dump", help="print a readable, stable dump of any .docx")
    dump.add_argument("file", type=Path, metavar="FILE.docx")

    check = commands.add_parser("check", help="check .docx files against Decree 30", add_help=False)
    check.add_argument("args", nargs=argparse.REMAINDER)
    return parser


def _targets(inputs: Sequence[Path], output: Path | None) -> list[Path]:
    if output is None:
        return [p.with_suffix(".docx") for p in inputs]
    if len(inputs) == 1 and output.suffix.lower() == ".docx":
        return [output]
    return [output / p.with_suffix(".docx").name for p in inputs]


def _make_folder(folder: Path) -> None:
    from vanban.errors import OutputError

    if folder.exists() and not folder.is_dir():
        raise OutputError(
            f"{folder}: is a file; -o names a folder unless one input goes to a .docx file",
            code="output_unwritable",
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"{folder}: cannot create the output folder ({exc.strerror})", code="output_unwritable"
        ) from exc


def _render(args: argparse.Namespace) -> int:
    from vanban.loading import load
    from vanban.rendering import render

    if args.output is not None and not (
        len(args.inputs) == 1 and args.output.suffix.lower() == ".docx"
    ):
        _make_folder(args.output)
    for source, target in zip(args.inputs, _targets(args.inputs, args.output), strict=True):
        written = render(load(source), target, template=args.template)
        print(written)
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from vanban.schema import json_schema

    print(json.dumps(json_schema(args.kind), ensure_ascii=False, indent=2))
    return EXIT_OK


def _dump(args: argparse.Namespace) -> int:
    from vanban.dump import dump_docx

    sys.stdout.write(dump_docx(args.file))
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from vanban.checks.cli import run

    status: int = run(list(args.args))
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["check"] or (argv[:1] == ["--debug"] and argv[1:2] == ["check"]):
        # "check" parses its own options (--format …), so they are passed through untouched.
        debug = argv[0] == "--debug"
        namespace = argparse.Namespace(command="check", args=argv[2 if debug else 1 :], debug=debug)
    else:
        namespace = _parser().parse_args(argv)
    handlers = {"render": _render, "schema": _schema, "dump": _dump, "check": _check}
    from vanban.errors import InputError, VanbanError

    try:
        return handlers[namespace.command](namespace)
    except VanbanError as exc:
        # An InputError prints each issue's code; the others carry one code for the whole error.
        code = "" if isinstance(exc, InputError) else f" [{exc.code}]"
        print(f"vanban: {exc}{code}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("vanban: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if namespace.debug:
            raise
        print(
            f"vanban: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
