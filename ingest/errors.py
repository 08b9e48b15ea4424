"""Named errors of the ingest stage. Every message starts with the file it is about.

Library code raises these; the CLI turns them into one line per failed file.

    >>> str(ReadError("referat.pdf", "encrypted PDF"))
    'referat.pdf: encrypted PDF'
"""
from __future__ import annotations

from os import PathLike


class IngestError(Exception):
    """A document could not be ingested. `path` names the file, `reason` says why."""

    def __init__(self, path: str | PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self) -> tuple[type[IngestError], tuple[str, str]]:
        # Keeps the error picklable (worker processes), which the default breaks
        # because __init__ takes two arguments.
        return (type(self), (self.path, self.reason))


class ReadError(IngestError):
    """The file cannot be turned into text: missing, unreadable, unsupported, binary, corrupt."""


class SegmentError(IngestError):
    """The text could not be cut into the parts of a meeting's minutes."""


class LimitError(IngestError):
    """A size or time limit was exceeded."""


class ReadLimitError(ReadError, LimitError):
    """A file too large to read, or an archive that would unpack too large (zip bomb).

    It is both: unreadable as given, and caught by a limit.
    """
