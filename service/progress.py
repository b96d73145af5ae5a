"""Progress of a long `factcheck ingest`: tqdm's bar on a terminal, plain periodic lines elsewhere.

A bar redrawn with carriage returns is noise in a log file or a CI log, so when the stream is not
a terminal the same figures (done/total, elapsed<remaining, rate), formatted by tqdm's own
`format_meter`, are written as a line every `interval` seconds and once at the end.
"""

from __future__ import annotations

import sys
import time
from typing import IO, Any, Protocol

from tqdm import tqdm

LINE_FORMAT = "{desc}: {n_fmt}/{total_fmt}{unit} [{elapsed}<{remaining}, {rate_fmt}]{postfix}"


class Progress(Protocol):
    def update(self, n: int = 1) -> Any: ...

    def set_postfix_str(self, s: str = "", refresh: bool = True) -> None: ...

    def close(self) -> None: ...


def progress_for(total: int, desc: str, unit: str, enabled: bool = True, stream: IO[str] | None = None,
                 interval: float = 10.0) -> Progress:
    """A bar on a terminal, periodic lines otherwise, nothing when not `enabled`."""
    stream = stream if stream is not None else sys.stderr
    if not enabled:
        return tqdm(total=total, disable=True)
    if _is_terminal(stream):
        return tqdm(total=total, desc=desc, unit=f" {unit}", file=stream, dynamic_ncols=True)
    return ProgressLines(total, desc, unit, stream, interval)


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class ProgressLines:
    """Plain progress lines: one at most every `interval` seconds, and a last one on `close`."""

    def __init__(self, total: int, desc: str, unit: str, stream: IO[str], interval: float) -> None:
        self.total, self.desc, self.unit, self.stream, self.interval = total, desc, unit, stream, interval
        self.n = 0
        self.postfix = ""
        self._started = self._last = time.monotonic()

    def update(self, n: int = 1) -> None:
        self.n += n
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self._write(now)

    def set_postfix_str(self, s: str = "", refresh: bool = True) -> None:
        self.postfix = s

    def close(self) -> None:
        self._write(time.monotonic())

    def _write(self, now: float) -> None:
        line = tqdm.format_meter(self.n, self.total, now - self._started, prefix=self.desc, unit=f" {self.unit}",
                                 bar_format=LINE_FORMAT, postfix=self.postfix or None)
        self.stream.write(line.replace("{postfix}", "") + "\n")
        self.stream.flush()
