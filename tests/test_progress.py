"""`factcheck ingest` progress: tqdm's bar on a terminal, plain periodic lines otherwise."""

from __future__ import annotations

import io
import time

from service.progress import ProgressLines, progress_for


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_a_bar_with_total_rate_and_time_left() -> None:
    stream = Terminal()
    bar = progress_for(40, "ingest", "sources", stream=stream)
    for _ in range(10):
        bar.update(1)
        time.sleep(0.01)
    bar.close()
    last = stream.getvalue().split("\r")[-1]
    assert "10/40" in last and "sources/s" in last and "<00:" in last  # done/total, rate, time left
    assert "|" in last  # a bar


def test_a_pipe_gets_plain_periodic_lines() -> None:
    stream = io.StringIO()
    lines = progress_for(4, "ingest", "sources", stream=stream, interval=0.05)
    assert isinstance(lines, ProgressLines)
    lines.update(1)  # within the interval: nothing yet
    assert stream.getvalue() == ""
    time.sleep(0.06)
    lines.update(1)
    lines.set_postfix_str("2 articles")
    lines.close()
    written = stream.getvalue()
    assert "\r" not in written
    first, last = written.splitlines()
    assert first.startswith("ingest: 2/4 sources [") and "sources/s" in first
    assert last.startswith("ingest: 2/4 sources [") and last.endswith(", 2 articles")


def test_quiet_writes_nothing() -> None:
    stream = Terminal()
    bar = progress_for(3, "ingest", "sources", enabled=False, stream=stream)
    bar.update(3)
    bar.close()
    assert stream.getvalue() == ""
