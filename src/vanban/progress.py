"""A progress bar (thanh tiến độ) for batches, shown only to a person at a terminal, and lines
printed so that a closed pipe (``vanban render … | head -1``) stops the printing, not the work.

tqdm is imported only when the bar is shown: a batch whose output goes to a file, a pipe or a
CI log stays quiet and does not pay for the import.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from types import TracebackType
from typing import Any, TextIO

__all__ = ["Progress", "say", "silence"]


def silence(stream: TextIO) -> None:
    """Send what is still to be written to a closed ``stream`` nowhere, so that flushing it
    (now, or when Python exits) raises nothing."""
    with contextlib.suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)


def say(line: str, *, file: TextIO | None = None) -> bool:
    """Print a line; False, and nothing more printed to it, once its reader has gone away."""
    target = file if file is not None else sys.stdout
    try:
        print(line, file=target, flush=True)  # a closed pipe is seen at this line
    except BrokenPipeError:
        silence(target)
        return False
    return True


class Progress:
    """Counts finished documents on standard error; prints lines without tearing the bar."""

    def __init__(self, total: int | None, *, stream: TextIO | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._bar: Any = None
        self._closed: set[int] = set()  # streams whose reader went away
        if total is not None and total > 1 and self._stream.isatty():
            from tqdm import tqdm

            class _Bar(tqdm):  # type: ignore[type-arg]
                # No monitor thread: a thread alive when a process pool forks can deadlock it.
                monitor_interval = 0

            self._bar = _Bar(total=total, unit="doc", file=self._stream, dynamic_ncols=True)

    @property
    def shown(self) -> bool:
        """Whether a bar is on the terminal."""
        return self._bar is not None

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def print(self, line: str, *, file: TextIO | None = None) -> None:
        """Print a line above the bar (or plainly when there is none)."""
        target = file if file is not None else sys.stdout
        if id(target) in self._closed:
            return
        try:
            if self._bar is not None:
                self._bar.write(line, file=target)
            elif not say(line, file=target):
                self._closed.add(id(target))
        except BrokenPipeError:
            silence(target)
            self._closed.add(id(target))

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.close()
