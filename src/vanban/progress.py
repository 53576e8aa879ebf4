"""A progress bar (thanh tiến độ) for batches, shown only to a person at a terminal.

tqdm is imported only when the bar is shown: a batch whose output goes to a file, a pipe or a
CI log stays quiet and does not pay for the import.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any, TextIO

__all__ = ["Progress"]


class Progress:
    """Counts finished documents on standard error; prints lines without tearing the bar."""

    def __init__(self, total: int | None, *, stream: TextIO | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._bar: Any = None
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
        if self._bar is not None:
            self._bar.write(line, file=target)
        else:
            print(line, file=target)

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
