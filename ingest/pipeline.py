"""The whole job: read → segment → extract → build → store, one document per transaction.

A document that cannot be read gets one line in the report (file and reason) and the batch goes
on; what was stored before is untouched, because each document replaces only its own rows.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.build import build_batch
from graph.errors import GraphError
from graph.settings import load_settings
from graph.store import open_store
from graph.store.base import Batch, Store, WriteReport
from ingest.errors import IngestError
from ingest.extract import extract
from ingest.read import iter_paths, read_document
from ingest.segment import segment

log = logging.getLogger(__name__)


@dataclass
class Report:
    documents_ok: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    closed_items: int = 0
    writes: WriteReport = field(default_factory=WriteReport)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents_ok": len(self.documents_ok),
            "documents": self.documents_ok,
            "documents_failed": [{"file": f, "reason": r} for f, r in self.failed],
            "closed_items_skipped": self.closed_items,
            "inserted": self.writes.inserted,
            "updated": self.writes.updated,
            "unchanged": self.writes.unchanged,
            "deleted": self.writes.deleted,
            "counts": self.counts,
        }

    def summary(self) -> str:
        lines = [
            f"documents: {len(self.documents_ok)} ok, {len(self.failed)} failed; "
            f"closed items skipped: {self.closed_items}",
            f"nodes and relationships: {self.writes.inserted} inserted, {self.writes.updated} updated, "
            f"{self.writes.unchanged} unchanged, {self.writes.deleted} deleted",
        ]
        lines += [f"FAILED {f}: {r}" for f, r in self.failed]
        return "\n".join(lines)


def process(path: Path) -> tuple[Batch, int]:
    """One file as graph rows, and the number of closed items left out."""
    minutes = segment(read_document(path))
    return build_batch(extract(minutes)), minutes.closed_items


def run(paths: list[Path], store: Store | None = None, *, progress: bool = False) -> Report:
    """Ingest every minutes file under `paths` into `store` (the configured store by default)."""
    own_store = store is None
    store = store or open_store()
    report = Report()
    files = iter_paths(paths)
    bar = _progress(files, progress)
    try:
        for path in bar:
            try:
                batch, closed = process(path)
                report.writes.add(store.write(batch))
            except (IngestError, GraphError) as exc:
                log.warning("%s", exc)
                report.failed.append((str(path), getattr(exc, "reason", None) or str(exc)))
                continue
            report.documents_ok.append(str(path))
            report.closed_items += closed
        report.counts = store.counts()
    finally:
        if own_store:
            store.close()
    _save(report)
    return report


def _progress(files: list[Path], enabled: bool) -> Any:
    if not enabled:
        return files
    try:
        from tqdm import tqdm
    except ImportError:
        return files
    return tqdm(files, desc="ingest", unit="doc")


def _save(report: Report) -> None:
    """The last report beside the embedded store, for the dashboard's overview."""
    path = load_settings().graph_db.with_name("ingest-report.json")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(report.as_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    except OSError as exc:
        log.warning("could not save the ingest report to %s: %s", path, exc)
