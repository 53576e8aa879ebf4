"""Rendering many documents (kết xuất hàng loạt): streamed, on any executor, failures reported.

:func:`render_many` takes documents one at a time from any iterable (a generator over 10,000
rows is never held in memory), renders them in the calling thread or on a
:class:`concurrent.futures.Executor` — a thread or process pool, or dask.distributed's
``Client.get_executor()`` — with a bounded number of chunks in flight, and yields one
:class:`RenderResult` per document, in input order. A document that fails is reported with its
name and the error's code and message; the batch goes on.

What is sent to a worker is picklable: the document model, its plain data or the path of its
YAML file, and where to write it. Each worker process prepares a template once (from the disk
cache when it can, :mod:`vanban.rendering.cache`) and writes its files itself — into a local
folder, or to any fsspec URL (``s3://bucket/out/``, :mod:`vanban.storage`) — so only names and
short messages travel back.

On dask.distributed, chunks are submitted as impure tasks (``pure=False``): Dask would
otherwise take two identical submissions for one computation and write the files once.
"""

from __future__ import annotations

import collections
import functools
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from vanban.i18n import N_, Message, _

if TYPE_CHECKING:
    from vanban.models.document import Document

__all__ = ["RenderResult", "render_many", "watch_parent"]

#: A document to render: a YAML file (written as ``<stem>.docx``), or a file name with a
#: document model or its plain data (a dict, as from JSON), or a bare model (``00001.docx`` …).
Item: TypeAlias = "str | os.PathLike[str] | tuple[str, Document | Mapping[str, Any]] | Document"


@dataclass(frozen=True, slots=True)
class RenderResult:
    """What became of one document of a batch: the file written, or why it was not."""

    #: The document's name: its YAML file, or the file name it was given.
    name: str
    #: The file written, or None when rendering failed (or wrote to a URL).
    path: Path | None = None
    #: The error's stable code (``missing``, ``template_undefined``, ``output_duplicate`` …).
    code: str | None = None
    #: The error as a person reads it, naming file, line and field where known.
    message: str | None = None
    #: The URL written, when the batch writes to an fsspec URL (``s3://…``).
    url: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the document was written."""
        return self.path is not None or self.url is not None

    def __str__(self) -> str:
        if self.url is not None:
            return self.url
        if self.ok:
            return str(self.path)
        message = self.message or ""
        return message if message.startswith(self.name) else f"{self.name}: {message}"


@dataclass(frozen=True, slots=True)
class _Task:
    """One document as sent to a worker: only picklable, plain values."""

    name: str
    source: Any  # a Document, plain data, or the path of a YAML file
    target: str
    template: str | None


def _render_task(task: _Task) -> RenderResult:
    from vanban.errors import InputError, VanbanError
    from vanban.loading import load, parse
    from vanban.models.document import Document
    from vanban.rendering import render, render_bytes
    from vanban.storage import is_url, write_url

    try:
        source = task.source
        if isinstance(source, Document):
            document = source
        elif isinstance(source, Mapping):
            document = parse(source, task.name)
        else:
            document = load(source)
        if is_url(task.target):
            write_url(task.target, render_bytes(document, template=task.template))
            return RenderResult(task.name, url=task.target)
        written = render(document, task.target, template=task.template, durable=False)
    except VanbanError as exc:
        # An input error lists each issue with its code; other errors carry one code.
        message = str(exc) if isinstance(exc, InputError) else f"{exc} [{exc.code}]"
        return RenderResult(task.name, code=exc.code, message=message)
    except Exception as exc:  # an unexpected failure of one document must not end the batch
        return RenderResult(task.name, code="internal", message=f"{type(exc).__name__}: {exc}")
    return RenderResult(task.name, path=written)


def watch_parent(parent: int) -> None:
    """Make a worker process end when ``parent``, the process that started it, is gone.

    For a process pool's ``initializer``: a batch killed by SIGKILL or SIGTERM cannot stop its
    workers, which would otherwise render on under PID 1. On Linux the kernel kills the worker
    as the parent dies; elsewhere a thread notices within a second.
    """
    import contextlib
    import signal
    import sys
    import threading

    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)  # the parent died before the line above took effect
    threading.Thread(target=_watch, args=(parent,), name="vanban-parent", daemon=True).start()


def _watch(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _render_chunk(tasks: list[_Task]) -> list[RenderResult]:
    return [_render_task(task) for task in tasks]


def _file_name(name: str) -> str:
    return name if name.lower().endswith(".docx") else f"{name}.docx"


def _bad_name(name: str) -> Message | None:
    from vanban.rendering.output import MAX_NAME_BYTES

    if not name or name in (".", "..") or "/" in name or "\\" in name or "\0" in name:
        return N_('"{name}" is not a plain file name (no folders, not empty)', name=name)
    size = len(os.fsencode(name))
    if size > MAX_NAME_BYTES:
        return N_(
            '"{name}…" is {size} bytes long; file names hold {limit}',
            name=name[:40],
            size=size,
            limit=MAX_NAME_BYTES,
        )
    return None


def _over_input(target: Path | str, source: Any) -> str | None:
    """Why ``target`` may not be written: it is the YAML file the document is read from."""
    from vanban.errors import OutputError
    from vanban.rendering.output import refuse_input

    if not isinstance(source, str) or isinstance(target, str):  # a URL is never an input
        return None
    try:
        refuse_input(target, source)
    except OutputError as exc:
        return f"{exc} [{exc.code}]"
    return None


def _tasks(
    documents: Iterable[Item], folder: Path | str | None, template: str | None
) -> Iterator[_Task | RenderResult]:
    """Each document as a task, or as a failed result when its file name cannot be used."""
    from vanban.models.document import Document
    from vanban.storage import join

    seen: set[Path | str] = set()
    for number, item in enumerate(documents, start=1):
        source: Any
        if isinstance(item, tuple):
            name, source = _file_name(str(item[0])), item[1]
            file_name = name
        elif isinstance(item, Document):
            name, source = f"{number:05d}.docx", item
            file_name = name
        else:
            name = source = os.fspath(item)
            file_name = Path(source).with_suffix(".docx").name
        if folder is None and not isinstance(source, str):
            yield RenderResult(name, code="output_name", message="an out_dir is needed")
            continue
        target: Path | str
        if isinstance(folder, str):  # a URL
            target = join(folder, file_name)
        else:
            target = (folder if folder is not None else Path(source).parent) / file_name
        problem = _bad_name(file_name)
        if problem is not None:
            yield RenderResult(name, code="output_name", message=f"{problem} [output_name]")
        elif target in seen:
            yield RenderResult(
                name,
                code="output_duplicate",
                message=_(
                    "{target}: another document of this batch is written to this file; "
                    "one would overwrite the other",
                    target=target,
                )
                + " [output_duplicate]",
            )
        elif (over_input := _over_input(target, source)) is not None:
            yield RenderResult(name, code="output_is_input", message=over_input)
        else:
            seen.add(target)
            yield _Task(name, source, str(target), template)


def _chunks(
    tasks: Iterator[_Task | RenderResult], size: int
) -> Iterator[list[_Task | RenderResult]]:
    while chunk := list(islice(tasks, size)):
        yield chunk


def render_many(
    documents: Iterable[Item],
    out_dir: str | os.PathLike[str] | None,
    *,
    executor: Executor | None = None,
    template: str | os.PathLike[str] | None = None,
    chunk_size: int = 16,
    in_flight: int | None = None,
) -> Iterator[RenderResult]:
    """Render documents into ``out_dir``, yielding one result per document in input order.

    With ``out_dir`` None, each YAML file's document is written next to it. ``out_dir`` may be
    an fsspec URL (``s3://bucket/out/``; needs fsspec and the store's package), written by the
    workers where they run.

    Nothing is rendered until the results are iterated::

        failed = [r for r in vanban.render_many(plans, "out/") if not r.ok]

    ``executor`` runs chunks of ``chunk_size`` documents (one at a time in the calling thread
    when None); at most ``in_flight`` chunks (default: 2 per CPU) are submitted ahead of the
    results read, so memory stays flat however many documents come. Files are written
    atomically; the batch flushes them to disk once, at its end.
    """
    from vanban.storage import is_url, make_folder

    folder: Path | str | None = None
    if out_dir is not None and is_url(os.fspath(out_dir)):
        folder = os.fspath(out_dir)
        make_folder(folder)
    elif out_dir is not None:
        folder = Path(out_dir)
        folder.mkdir(parents=True, exist_ok=True)
    chosen = os.fspath(template) if template is not None else None
    tasks = _tasks(documents, folder, chosen)
    written = False
    for result in _run(tasks, executor, max(chunk_size, 1), in_flight):
        written = written or result.ok
        yield result
    if written and hasattr(os, "sync"):
        os.sync()


def _run(
    tasks: Iterator[_Task | RenderResult],
    executor: Executor | None,
    chunk_size: int,
    in_flight: int | None,
) -> Iterator[RenderResult]:
    if executor is None:
        for task in tasks:
            yield task if isinstance(task, RenderResult) else _render_task(task)
        return
    limit = in_flight or 2 * _slots(executor)
    pending: collections.deque[tuple[list[_Task | RenderResult], Future[list[RenderResult]]]]
    pending = collections.deque()
    submit = _submitter(executor)
    try:
        for chunk in _chunks(tasks, chunk_size):
            work = [t for t in chunk if isinstance(t, _Task)]
            pending.append((chunk, submit(_render_chunk, work)))
            while len(pending) >= limit:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())
    finally:
        # Results no longer read (the loop was left early): chunks not started are dropped.
        for _, future in pending:
            future.cancel()


def _is_dask(executor: Executor) -> bool:
    return type(executor).__module__.startswith("distributed.")


def _submitter(executor: Executor) -> Callable[..., Future[list[RenderResult]]]:
    """``executor.submit``; on dask.distributed, of impure tasks."""
    if _is_dask(executor):
        # ClientExecutor hands its keyword arguments to Client.submit.
        return functools.partial(executor.submit, pure=False)
    return executor.submit


def _slots(executor: Executor) -> int:
    """How many chunks can run at once: the cluster's threads on Dask, else this machine's CPUs."""
    client = getattr(executor, "_client", None) if _is_dask(executor) else None
    if client is not None:
        try:
            threads: int = sum(client.nthreads().values())
            return max(threads, 1)
        except Exception:  # a client that cannot answer now: fall back to this machine
            pass
    return os.cpu_count() or 1


def _collect(
    chunk: list[_Task | RenderResult], future: Future[list[RenderResult]]
) -> Iterator[RenderResult]:
    """The results of one chunk in input order, failed names in their place."""
    try:
        done = iter(future.result())
    except Exception as exc:  # the worker itself failed (killed, or a task would not pickle)
        done = iter(
            RenderResult(t.name, code="internal", message=f"{type(exc).__name__}: {exc}")
            for t in chunk
            if isinstance(t, _Task)
        )
    for item in chunk:
        yield item if isinstance(item, RenderResult) else next(done)
