"""A per-document time limit, so one pathological document cannot stall a whole ingest.

`time_limit(seconds, path)` arms a real-time interval timer (`signal.setitimer`); when it fires,
the SIGALRM handler raises `LimitError` naming the document inside whatever the block was doing,
and the pipeline reports that document and goes on with the next.

Quirks, by design of POSIX signals and CPython:
- Only the main thread receives signals, so elsewhere (a dashboard worker thread) and on
  platforms without `setitimer` the block runs without a limit (logged once per call).
- The handler runs between Python bytecodes: a single long C call (one huge regular-expression
  match) is interrupted only when it returns.
- An outer timer (another SIGALRM user) is saved and re-armed with its remaining time afterwards.

    >>> with time_limit(5, "referat.txt"):
    ...     sum(range(10))
    45
"""
from __future__ import annotations

import logging
import signal
import threading
import time
from contextlib import contextmanager
from os import PathLike
from types import FrameType
from typing import Iterator

from ingest.errors import LimitError

DEFAULT_MAX_SECONDS = 60.0

log = logging.getLogger(__name__)


def _available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None, path: str | PathLike[str]) -> Iterator[None]:
    """Raise `LimitError(path, …)` if the block runs longer than `seconds` (None or 0: no limit)."""
    if not seconds or seconds <= 0:
        yield
        return
    if not _available():
        log.info("%s: no time limit outside the main thread", path)
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise LimitError(path, f"took longer than {seconds:g} s to segment and extract (--max-seconds)")

    previous = signal.signal(signal.SIGALRM, expired)
    started = time.monotonic()
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 0.001))
