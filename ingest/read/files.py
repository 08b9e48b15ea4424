"""File access for the reader: which files count as documents, and reading their bytes safely."""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from ingest.errors import ReadError, ReadLimitError

# File extension -> Document.format.
FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".odt": "odt",
    ".rtf": "rtf",
}

_OS_REASONS = {
    errno.ENOENT: "no such file",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ELOOP: "symlink loop",
    errno.ENAMETOOLONG: "file name too long",
    errno.ENOTDIR: "a part of the path is not a folder",
}


def format_of(path: Path) -> str:
    """The document format of a file name, or ReadError for an unsupported extension."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        supported = ", ".join(sorted(FORMATS))
        suffix = path.suffix or "(none)"
        raise ReadError(path, f"unsupported file type {suffix}; supported: {supported}")
    return fmt


def _os_reason(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOENT and os.path.lexists(path):
        return "broken symlink"
    return _OS_REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The content of a regular file of at most `max_bytes`, or ReadError saying what is wrong."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise ReadError(path, _os_reason(path, exc)) from exc
    except (RuntimeError, ValueError) as exc:  # ValueError: NUL byte in the path
        raise ReadError(path, f"invalid path: {exc}") from exc
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(path, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ReadError(path, "not a regular file")
    format_of(path)
    if info.st_size > max_bytes:
        raise ReadLimitError(path, f"too large: {info.st_size} bytes, limit {max_bytes}")
    try:
        with open(path, "rb") as handle:
            # Read one byte past the limit: the file may have grown since stat(). Asked for the
            # size stat() gave first, since read(n) allocates n bytes up front (20 MB per file).
            expected = min(info.st_size, max_bytes) + 1
            data = handle.read(expected)
            if len(data) == expected and expected <= max_bytes:  # it grew: read on up to the limit
                data += handle.read(max_bytes + 1 - expected)
    except OSError as exc:
        raise ReadError(path, _os_reason(path, exc)) from exc
    if len(data) > max_bytes:
        raise ReadLimitError(path, f"too large: over {max_bytes} bytes")
    if not data.strip():
        raise ReadError(path, "empty file")
    return data


def iter_paths(paths: list[Path]) -> list[Path]:
    """Expand folders (recursively) into their supported, non-hidden files, sorted.

    Files named explicitly are kept whatever they are, so `read_document` reports the
    unsupported or missing ones instead of them vanishing silently. Duplicates are dropped.

        >>> iter_paths([Path("referat.pdf")])
        [PosixPath('referat.pdf')]
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(_walk(path))
        else:
            found.append(path)
    seen: set[Path] = set()
    unique = []
    for path in found:
        if path not in seen:
            seen.add(path)
            unique.append(path)
    return unique


def _walk(folder: Path) -> list[Path]:
    # os.walk does not follow symlinked folders, so a symlink loop cannot trap it.
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith(".") and Path(name).suffix.lower() in FORMATS:
                files.append(Path(root) / name)
    return sorted(files)
