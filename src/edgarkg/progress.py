"""Build progress: a bar on a terminal, a JSON-lines log for pipelines, or nothing.

The driver sends a `ProgressEvent` whenever a partition finishes and when a
stage begins. The ETA comes from the share of input bytes done (documents
per file vary too much to count ahead; bytes are known before the build).
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict, dataclass
from typing import IO


@dataclass(frozen=True)
class ProgressEvent:
    stage: str  # "extract" (read → shards), "resolve", "finalize", "validate", "count", "done"
    documents: int
    filings: int
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    elapsed: float

    @property
    def rate(self) -> float:
        """Documents per second so far."""
        return self.documents / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left in the extract stage, from the share of input bytes read."""
        if self.stage != "extract" or not self.bytes_done or self.bytes_done >= self.bytes_total:
            return None
        return self.elapsed * (self.bytes_total - self.bytes_done) / self.bytes_done

    def as_dict(self) -> dict[str, object]:
        data: dict[str, object] = asdict(self)
        data["elapsed"] = round(self.elapsed, 3)
        data["rate"] = round(self.rate, 2)
        data["eta"] = None if self.eta is None else round(self.eta, 1)
        return data


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class ProgressBar:
    """`[#####-----]  52% 10,400 docs  104/s  ETA 01:32` on stderr, redrawn at most 5 times a second."""

    width = 24

    def __init__(self, stream: IO[str] | None = None, *, force: bool = False) -> None:
        self.stream = stream or sys.stderr
        self.enabled = force or self.stream.isatty()
        self._last = 0.0
        self._shown = False

    def __call__(self, event: ProgressEvent) -> None:
        now = time.monotonic()
        if not self.enabled or (event.stage == "extract" and now - self._last < 0.2):
            return
        self._last = now
        if event.stage == "extract":
            share = event.bytes_done / event.bytes_total if event.bytes_total else 0.0
            done = int(share * self.width)
            bar = "#" * done + "-" * (self.width - done)
            line = (
                f"[{bar}] {share:4.0%} {event.documents:,} docs {event.rate:,.0f}/s ETA {_clock(event.eta)}"
            )
        else:
            line = f"{event.stage}... ({event.documents:,} docs, {_clock(event.elapsed)} so far)"
        self.stream.write("\r" + line.ljust(72)[:100])
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self.stream.write("\r" + " " * 100 + "\r")
            self.stream.flush()


class JsonProgress:
    """One JSON object per line: every stage change, and at most one per `interval` seconds."""

    def __init__(self, stream: IO[str], interval: float = 1.0) -> None:
        self.stream = stream
        self.interval = interval
        self._last = -1e9
        self._stage = ""

    def __call__(self, event: ProgressEvent) -> None:
        now = time.monotonic()
        if event.stage == self._stage and now - self._last < self.interval:
            return
        self._last, self._stage = now, event.stage
        self.stream.write(json.dumps(event.as_dict()) + "\n")
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class Fanout:
    """Several progress sinks as one."""

    def __init__(self, *sinks) -> None:
        self.sinks = [s for s in sinks if s is not None]

    def __call__(self, event: ProgressEvent) -> None:
        for sink in self.sinks:
            sink(event)

    def close(self) -> None:
        for sink in self.sinks:
            sink.close()
