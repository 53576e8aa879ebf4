"""The ``vanban`` command: render, schema, dump, check.

Exit status: 0 success; 1 ``check`` found a failing rule; 2 bad input or output (the message
names the file, line and field); 3 an internal error (``--debug`` shows its traceback).
Imports are lazy so that a one-document render pays only for what it uses.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from vanban.i18n import N_, Message, _, language, take_lang_option

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_PIPE = 141  # what a shell reports for a program ended by SIGPIPE


def _degrade_unencodable() -> None:
    """A console that cannot show Vietnamese (cp1258, ASCII) gets "?" for what it cannot show,
    not an exception that loses the work done."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="replace")


def _parser() -> argparse.ArgumentParser:
    from vanban import __version__
    from vanban.registry import kind_list

    parser = argparse.ArgumentParser(
        prog="vanban",
        description=_(
            "Vietnamese administrative documents (văn bản hành chính) as Word files "
            "formatted to Decree 30/2020/NĐ-CP."
        ),
    )
    parser.add_argument("--version", action="version", version=f"vanban {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help=_("show tracebacks of internal errors")
    )
    _lang_option(parser)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser = _with_lang_option(commands.add_parser)  # type: ignore[method-assign]

    render = commands.add_parser(
        "render",
        help=_("render YAML documents to .docx"),
        description=_(
            "Render YAML documents (one per file, or one per row with --rows) to Word "
            "files formatted to Decree 30. With one input, -o is the .docx to write (its folder is "
            'created when missing); "-o out/" or an existing folder writes into that folder; '
            '"-o -" writes the .docx to standard output. With several inputs or --rows, -o is a '
            'folder. An input "-" reads the YAML from standard input.'
        ),
    )
    render.add_argument("inputs", nargs="+", type=Path, metavar="FILE.yaml")
    render.add_argument(
        "-o",
        "--output",
        help=_(
            'the .docx to write (one input), or a folder ("out/"); "-" for standard output; '
            "default: next to each input"
        ),
    )
    render.add_argument(
        "--template", type=Path, help=_("a .docx template to use instead of vanban's")
    )
    render.add_argument(
        "--rows",
        type=Path,
        metavar="ROWS.csv",
        help=_(
            "mail merge: one document per row of a CSV or YAML list, whose columns are field "
            "paths (signature.name, figures.received) filled into the one input"
        ),
    )
    render.add_argument(
        "--name",
        metavar="PATTERN",
        help=_(
            'file name of each merged document, from its row: "{{issuer.name[1]}}.docx", '
            '"{{row}}" for the row number; default: INPUT-{{row}}.docx'
        ),
    )
    render.add_argument(
        "-j", "--jobs", type=_jobs, default=1, metavar="N", help=_("render in N processes")
    )
    render.add_argument(
        "--pdf", action="store_true", help=_("also make a PDF of each document (needs LibreOffice)")
    )

    new = commands.add_parser(
        "new",
        help=_("print a commented YAML starter of a document kind"),
        description=_(
            "Print a complete YAML document of the kind, with Vietnamese comments saying "
            "what each field prints; it renders and passes vanban check as it is. "
            "vanban new plan > ke-hoach.yaml"
        ),
    )
    new.add_argument("kind", metavar="KIND", help=_kinds_help())

    schema = commands.add_parser("schema", help=_("print the JSON Schema of a document kind"))
    schema.add_argument("kind", help=kind_list())

    dump = commands.add_parser("dump", help=_("print a readable, stable dump of any .docx"))
    dump.add_argument("file", type=Path, metavar="FILE.docx")

    check = commands.add_parser(
        "check", help=_("check .docx files against Decree 30"), add_help=False
    )
    check.add_argument("args", nargs=argparse.REMAINDER)
    from vanban.helptext import localise

    return localise(parser)


def _lang_option(parser: argparse.ArgumentParser) -> None:
    # Read (and removed) by main() before parsing, so that the help itself is in the language;
    # declared here to be listed in every command's help.
    parser.add_argument(
        "--lang",
        choices=("vi", "en"),
        help=_(
            "language of messages and help: vi (tiếng Việt) or en; default: VANBAN_LANG, "
            "else the locale (LANG=vi_VN.UTF-8 is Vietnamese), else English"
        ),
    )


def _with_lang_option(add_parser: Any) -> Any:
    def add(*args: Any, **kwargs: Any) -> argparse.ArgumentParser:
        from vanban.helptext import localise

        parser: argparse.ArgumentParser = localise(add_parser(*args, **kwargs))
        if kwargs.get("add_help", True):
            _lang_option(parser)
        return parser

    return add


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(
            _("expected a number of processes, 1 or more, got {text!r}", text=text)
        )
    return jobs


def _output_error(message: Message) -> Exception:
    from vanban.errors import InputError

    return InputError.single("output_name", message, path="-o")


def _is_folder(output: str) -> bool:
    """Whether ``-o`` means "into this folder": a trailing "/" or an existing folder."""
    if output.endswith(("/", os.sep)):
        return True
    try:
        return Path(output).is_dir()
    except OSError:  # a name no file system holds: the writer says why
        return False


def _single_target(source: Path, output: str | None) -> Path:
    """Where one input is written: ``-o`` is the .docx, or the folder it goes into."""
    stdin = str(source) == "-"
    if output is None or _is_folder(output):
        if stdin:
            raise _output_error(
                N_(
                    'a document read from standard input has no file name: give "-o FILE.docx", '
                    '"-o FOLDER/FILE.docx" or "-o -"'
                )
            )
        if output is None:
            return source.with_suffix(".docx")
        _make_folder(Path(output))
        return Path(output) / source.with_suffix(".docx").name
    target = Path(output)
    if target.suffix.lower() != ".docx":
        pdf = N_("; --pdf writes a PDF beside the .docx") if target.suffix.lower() == ".pdf" else ""
        raise _output_error(
            N_(
                'with one input, -o names the .docx to write ("plan.docx") or a folder to write '
                'into ("out/"); got "{output}"{pdf}',
                output=output,
                pdf=pdf,
            )
        )
    _make_folder(target.parent)
    return target


def _make_folder(folder: Path) -> None:
    from vanban.errors import OutputError

    if folder.exists() and not folder.is_dir():
        raise OutputError(
            N_(
                "{folder}: is a file; -o names a folder unless one input goes to a .docx file",
                folder=folder,
            ),
            code="output_unwritable",
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            N_(
                "{folder}: cannot create the output folder ({reason})",
                folder=folder,
                reason=exc.strerror,
            ),
            code="output_unwritable",
        ) from exc


def _render(args: argparse.Namespace) -> int:
    from vanban.errors import InputError

    if args.rows is not None and len(args.inputs) != 1:
        raise InputError.single(
            "rows_input", N_("--rows fills one YAML document; give exactly one input with it")
        )
    if args.name is not None and args.rows is None:
        raise InputError.single("name_pattern", N_("--name names the documents of --rows"))
    one = args.rows is None and len(args.inputs) == 1
    stdin = any(str(p) == "-" for p in args.inputs)
    if stdin and not one:
        raise InputError.single(
            "stdin_input",
            N_('standard input ("-") is one document: give it alone, without --rows'),
        )
    output: str | None = args.output
    if output == "-" and (not one or args.pdf):
        raise _output_error(
            N_(
                '"-o -" writes one document to standard output, without --pdf; several '
                "documents go into a folder"
            )
        )
    if args.pdf:
        from vanban.pdf import require_soffice, to_pdf

        require_soffice()  # says what to install before any work is done
    if not one:
        if output is not None:
            if not _is_folder(output) and Path(output).suffix.lower() == ".docx":
                raise _output_error(
                    N_(
                        'several documents go into a folder; -o "{output}" names a .docx file',
                        output=output,
                    )
                )
            _make_folder(Path(output))
        return _render_batch(args)
    from vanban.loading import load, load_text
    from vanban.rendering import render, render_bytes
    from vanban.rendering.output import refuse_input

    source = args.inputs[0]
    target = None if output == "-" else _single_target(source, output)
    if target is not None and not stdin:
        refuse_input(target, source)
    document = load_text(sys.stdin.read(), "<stdin>") if stdin else load(source)
    if target is None:
        sys.stdout.buffer.write(render_bytes(document, template=args.template))
        sys.stdout.buffer.flush()
        return EXIT_OK
    written = render(document, target, template=args.template)
    print(written)
    if args.pdf:
        print(*to_pdf([written]))
    return EXIT_OK


def _render_batch(args: argparse.Namespace) -> int:
    """Many documents, or one per row: each failure reported, the others written."""
    from concurrent.futures import Executor, ProcessPoolExecutor

    from vanban.batch import Item, render_many
    from vanban.progress import Progress, say

    documents: Iterable[Item]
    if args.rows is not None:
        from vanban.merge import read_merge

        merge = read_merge(args.inputs[0], args.rows, args.name)
        merge.check()
        documents, total = merge.documents(), len(merge)
        out_dir = Path(args.output) if args.output is not None else args.inputs[0].parent
    else:
        out_dir = Path(args.output) if args.output is not None else None
        documents, total = args.inputs, len(args.inputs)
    executor: Executor | None = None
    if args.jobs > 1:
        import multiprocessing
        import threading

        # Forking copies locks other threads may hold (in a host program, a test runner);
        # then new processes are started fresh instead, paying their imports.
        fresh = multiprocessing.get_context("spawn") if threading.active_count() > 1 else None
        import os

        from vanban.batch import watch_parent

        executor = ProcessPoolExecutor(
            args.jobs, mp_context=fresh, initializer=watch_parent, initargs=(os.getpid(),)
        )
    written: list[Path] = []  # kept only for --pdf: a batch's memory stays flat otherwise
    done = failed = internal = 0
    results = render_many(documents, out_dir, executor=executor, template=args.template)
    try:
        with Progress(total) as progress:
            # Under a bar on a terminal, a line per file would scroll it away: a count is shown.
            listed = not (progress.shown and sys.stdout.isatty())
            for result in results:
                progress.advance()
                if result.path is not None:
                    done += 1
                    if args.pdf:
                        written.append(result.path)
                    if listed:
                        progress.print(str(result.path))
                else:
                    failed += 1
                    internal += result.code == "internal"
                    progress.print(f"vanban: {result}", file=sys.stderr)
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
    if not listed:
        say(_("{count} documents written", count=done))
    if args.pdf and written:
        from vanban.pdf import to_pdf

        for pdf in to_pdf(written, jobs=args.jobs):
            say(str(pdf))
    if failed:
        say(
            "vanban: " + _("{failed} of {total} documents failed", failed=failed, total=total),
            file=sys.stderr,
        )
        return EXIT_INTERNAL if internal else EXIT_INPUT
    return EXIT_OK


def _kinds_help() -> str:
    from vanban.registry import FORMS

    return ", ".join(f"{kind} ({FORMS[kind].slug})" for kind in sorted(FORMS))


def _new(args: argparse.Namespace) -> int:
    from vanban.starters import starter

    sys.stdout.write(starter(args.kind))
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


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    print("vanban: " + _("warning: {message}", message=message), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    try:
        lang, args = take_lang_option(list(sys.argv[1:] if argv is None else argv))
    except ValueError as exc:
        print(f"vanban: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    if lang is None:
        return _main(args)
    previous = os.environ.get("VANBAN_LANG")
    os.environ["VANBAN_LANG"] = lang  # for the processes of --jobs, which start afresh
    try:
        with language(lang):
            return _main(args)
    finally:
        if previous is None:
            del os.environ["VANBAN_LANG"]
        else:
            os.environ["VANBAN_LANG"] = previous


def _main(argv: list[str]) -> int:
    if argv[:1] == ["check"] or (argv[:1] == ["--debug"] and argv[1:2] == ["check"]):
        # "check" parses its own options (--format …), so they are passed through untouched.
        debug = argv[0] == "--debug"
        namespace = argparse.Namespace(command="check", args=argv[2 if debug else 1 :], debug=debug)
    else:
        namespace = _parser().parse_args(argv)
    handlers = {
        "render": _render,
        "new": _new,
        "schema": _schema,
        "dump": _dump,
        "check": _check,
    }
    from vanban.errors import InputError, InputWarning, VanbanError

    _degrade_unencodable()
    try:
        with warnings.catch_warnings():
            # Input that is valid but likely not meant is said once, plainly, on stderr.
            warnings.simplefilter("always", InputWarning)
            warnings.showwarning = _show_warning
            status = handlers[namespace.command](namespace)
        sys.stdout.flush()  # a closed pipe is seen here, not as Python exits
        return status
    except BrokenPipeError:
        # The reader went away (| head -1): end quietly, as Unix tools do when SIGPIPE ends them.
        from vanban.progress import silence

        silence(sys.stdout)
        return EXIT_PIPE
    except VanbanError as exc:
        # An InputError prints each issue's code; the others carry one code for the whole error.
        code = "" if isinstance(exc, InputError) else f" [{exc.code}]"
        print(f"vanban: {exc}{code}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("vanban: " + _("interrupted"), file=sys.stderr)
        return 130
    except Exception as exc:
        if namespace.debug:
            raise
        print(
            "vanban: "
            + _(
                "internal error: {error}: {exc} (run with --debug for details)",
                error=type(exc).__name__,
                exc=exc,
            ),
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
