"""Progress on stderr: a bar redrawn in place on a terminal; elsewhere, only the lines that stay."""

from __future__ import annotations

import os
import shutil
import sys
import time
from typing import TextIO

_WIDTH = 24  # characters of the bar itself


class Progress:
    """Counts files done out of ``total`` and shows the one being posted.

    Outcome lines (one per file, and one per retry) are printed whether or not stderr is a
    terminal, so a log or a CI run still shows how far the run got; the bar, which is redrawn with
    carriage returns, only on a terminal.
    """

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self._live = self._stream.isatty()
        self._total = total
        self._done = 0
        self._current = ""
        self._started = time.monotonic()

    def start(self, label: str) -> None:
        """Show that ``label`` is being posted."""
        self._current = label
        self._draw()

    def note(self, line: str) -> None:
        """Print a line that stays, above the bar."""
        self._clear()
        print(line, file=self._stream, flush=True)
        self._draw()

    def about(self, message: str) -> None:
        """Print a line about the file being posted (a retry, say)."""
        self.note(f"[{self._done + 1}/{self._total}] {self._current}: {message}")

    def advance(self, outcome: str) -> None:
        """Print the outcome of the file being posted, and count it done."""
        line = f"[{self._done + 1}/{self._total}] {self._current}: {outcome}"
        self._done += 1
        self._current = ""
        self.note(line)

    def close(self) -> None:
        """Take the bar away, leaving the lines."""
        self._clear()
        self._live = False

    def _draw(self) -> None:
        if not self._live:
            return
        elapsed = time.monotonic() - self._started
        filled = _WIDTH * self._done // max(self._total, 1)
        bar = "#" * filled + "." * (_WIDTH - filled)
        text = f"[{bar}] {self._done}/{self._total} {_clock(elapsed)}"
        if self._done and self._done < self._total:
            text += f", about {_clock(elapsed / self._done * (self._total - self._done))} left"
        if self._current:
            text += f"  {os.path.basename(self._current)}"
        columns = shutil.get_terminal_size().columns
        self._stream.write("\r" + text[: columns - 1])
        self._stream.flush()

    def _clear(self) -> None:
        if self._live:
            self._stream.write("\r\x1b[K")


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    return f"{minutes}:{seconds:02d}"
