"""What every `python -m graph` command shares: exit codes, output, the opened store, tables."""
from __future__ import annotations

import argparse
import json
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator

import pandas as pd

from graph.frames import to_plain
from graph.settings import load_settings
from graph.store import open_store
from graph.store.base import Store

OK, FAILED, USAGE = 0, 1, 2


def emit(text: str, err: bool = False) -> None:
    """The CLI's only output channel (library code logs instead)."""
    print(text, file=sys.stderr if err else sys.stdout)


@contextmanager
def opened() -> Iterator[Store]:
    store = open_store(load_settings())
    try:
        yield store
    finally:
        store.close()


@dataclass(frozen=True)
class Command:
    help: str
    run: Callable[[argparse.Namespace], int]
    configure: Callable[[argparse.ArgumentParser], None] = lambda parser: None



def dump(data: Any) -> None:
    emit(json.dumps(data, indent=1, ensure_ascii=False))

def _cell(value: Any, width: int) -> str:
    """One table cell: lists joined, dates as ISO, floats to 2 decimals, cut to `width`."""
    value = to_plain(value)
    if isinstance(value, list):
        text = ", ".join(str(v) for v in value)
    elif isinstance(value, float):
        text = f"{value:.2f}"
    else:
        text = "" if value is None else str(value)
    return text if len(text) <= width else text[:width - 1] + "…"


def table(frame: pd.DataFrame, columns: list[str], width: int = 40) -> str:
    """A plain fixed-width table of `columns` (the CLI's readable output)."""
    if frame.empty:
        return "  (none)"
    cells = [[_cell(v, width) for v in row] for row in frame[columns].itertuples(index=False)]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)
