"""Readers of header lines memoised by their text: rosters and descriptors recur from meeting to meeting.

Each wraps a pure parser of `participants` and gives exactly what it gives (tests/ingest/
test_fast_paths.py compares them), reading each distinct line or descriptor once per process.
"""
from __future__ import annotations

import functools
from typing import Any, Callable, TypeVar

from ingest.model import Line

T = TypeVar("T")


def by_line_text(parse: Callable[[Line], list[T]], maxsize: int = 20_000) -> Callable[[Line], list[T]]:
    """`parse(line)` read once per distinct line text. For a `parse` whose entries are frozen
    dataclasses with a `start` that is always the line's start plus an offset within the line."""

    @functools.lru_cache(maxsize=maxsize)
    def at_line_start(text: str) -> tuple[T, ...]:
        return tuple(parse(Line(0, text)))

    def parse_line(line: Line) -> list[T]:
        return [_shifted(entry, line.start) for entry in at_line_start(line.text)]

    return parse_line


def _shifted(entry: Any, offset: int) -> Any:
    """`dataclasses.replace(entry, start=entry.start + offset)` with new lists in its list fields;
    copying the fields' dict skips replace()'s per-call checks (a third of its time; for dataclasses
    without __post_init__)."""
    shifted = object.__new__(type(entry))
    fields = {k: list(v) for k, v in entry.__dict__.items() if isinstance(v, list)}
    shifted.__dict__.update(entry.__dict__, **fields, start=entry.start + offset)
    return shifted


def by_descriptor(
    parse: Callable[[list[str], str | None], tuple[list[str], list[str]]], maxsize: int = 20_000
) -> Callable[[list[str], str | None], tuple[list[str], list[str]]]:
    """`parse(parts, body)` read once per distinct (parts, body), as new lists (callers extend them)."""

    @functools.lru_cache(maxsize=maxsize)
    def read(parts: tuple[str, ...], body: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
        first, second = parse(list(parts), body)
        return tuple(first), tuple(second)

    def parse_parts(parts: list[str], body: str | None) -> tuple[list[str], list[str]]:
        first, second = read(tuple(parts), body)
        return list(first), list(second)

    return parse_parts
