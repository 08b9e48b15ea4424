"""The whole job: read → segment → extract → link → build → store; each document atomic.

A document that cannot be read gets one line in the report (file and reason) and the batch goes
on; what was stored before is untouched, because each document replaces only its own rows.
"""
from __future__ import annotations

import gc
import json
import logging
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Callable, Generator, Iterable

from graph.build import build_batch
from graph.errors import GraphError
from graph.schema import DOCUMENT
from graph.settings import load_settings
from graph.store import open_store
from graph.store.base import Batch, Store, WriteReport
from ingest.errors import IngestError
from ingest.extract import extract
from ingest.identity import Doubt, parse_decisions
from ingest.limits import DEFAULT_MAX_SECONDS, time_limit
from ingest.link import Known, link
from ingest.model import Facts
from ingest.read import DEFAULT_MAX_BYTES, iter_paths, read_document
from ingest.segment import segment
from ingest.suppress import load_suppressions, suppress

DECISIONS = Path(__file__).resolve().parent.parent / "data" / "identity" / "decisions.tsv"
# Below this many files, starting worker processes costs more than it saves.
PARALLEL_FROM = 64

log = logging.getLogger(__name__)


@dataclass
class Report:
    documents_ok: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    closed_items: int = 0
    writes: WriteReport = field(default_factory=WriteReport)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    doubts: list[Doubt] = field(default_factory=list)
    unresolved: list[tuple[str, str]] = field(default_factory=list)

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
            "doubtful_identities": [
                {"kind": d.kind, "municipality": d.municipality, "a": d.a, "b": d.b, "reason": d.reason}
                for d in self.doubts
            ],
            "unresolved_first_names": [{"document": doc, "name": name} for doc, name in self.unresolved],
        }

    def summary(self) -> str:
        lines = [
            f"documents: {len(self.documents_ok)} ok, {len(self.failed)} failed; "
            f"closed items skipped: {self.closed_items}",
            f"nodes and relationships: {self.writes.inserted} inserted, {self.writes.updated} updated, "
            f"{self.writes.unchanged} unchanged, {self.writes.deleted} deleted",
        ]
        if self.doubts or self.unresolved:
            lines.append(
                f"identities: {len(self.doubts)} doubtful pairs, {len(self.unresolved)} first names left "
                "unresolved (see the report, and `python -m graph review`)"
            )
        lines += [f"FAILED {f}: {r}" for f, r in self.failed]
        return "\n".join(lines)


def read_facts(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, max_seconds: float | None = None) -> Facts:
    """One file's facts, read on its own (closed items already left out); limits raise LimitError."""
    document = read_document(path, max_bytes=max_bytes)
    with time_limit(max_seconds, path):
        return extract(segment(document))


def process(path: Path) -> tuple[Batch, int]:
    """One file as graph rows, unlinked to other documents, and the number of closed items left out."""
    facts = read_facts(path)
    return build_batch(facts), facts.closed_items


def load_decisions(path: Path = DECISIONS) -> list:
    """The curated identity decisions (data/identity/decisions.tsv); none when the file is absent."""
    if not path.exists():
        return []
    return parse_decisions(path.read_text(encoding="utf-8"), str(path))


def known_names(store: Store) -> Known:
    """Names the store already holds, so new documents link to earlier ones."""
    def rows(label: str) -> tuple[tuple[str, str], ...]:
        return tuple(
            (str(n.properties.get("municipality") or ""), str(n.properties["name"]))
            for n in store.nodes(label)
            if n.properties.get("name")
        )

    return Known(rows("Person"), rows("Organisation"), rows("Initiative"))


def read_one(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
             max_seconds: float | None = DEFAULT_MAX_SECONDS) -> tuple[Path, Facts | None, str | None]:
    """One file's facts, or the reason it could not be read: never raises, so a worker process
    reports a bad document the same way the main process does."""
    try:
        return path, read_facts(path, max_bytes=max_bytes, max_seconds=max_seconds), None
    except IngestError as exc:
        log.warning("%s", exc)
        return path, None, exc.reason
    except Exception as exc:  # a bug met on one document must not stop the batch
        log.exception("%s: internal error", path)
        return path, None, f"internal error ({type(exc).__name__}: {exc}); please report it"


def read_all(files: list[Path], *, jobs: int = 1, progress: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
             max_seconds: float | None = DEFAULT_MAX_SECONDS) -> list[tuple[Path, Facts | None, str | None]]:
    """`read_one` over every file, in file order; on `jobs` processes when there are enough files.

    Documents are read independently of each other, so they spread over processes without
    changing any result. Each worker keeps its own per-document time limit.
    """
    worker = partial(read_one, max_bytes=max_bytes, max_seconds=max_seconds)
    jobs = _workers(jobs, len(files))
    if jobs <= 1:
        return [worker(path) for path in _progress(files, progress, "read")]
    chunk = max(1, min(32, len(files) // (jobs * 8)))
    with ProcessPoolExecutor(jobs, mp_context=_process_context()) as pool:
        return list(_progress(pool.map(worker, files, chunksize=chunk), progress, "read", total=len(files)))


def _workers(jobs: int, documents: int) -> int:
    """Processes worth starting for `documents`: at most `jobs`, one per `PARALLEL_FROM` documents."""
    return min(jobs, documents // PARALLEL_FROM or 1)


def _process_context() -> Any:
    """Fork where it is safe and cheap (Linux: workers inherit the loaded lexicon); spawn elsewhere."""
    return multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")


_linked: list[Facts] = []  # what forked build workers inherit instead of receiving it pickled


def _build_one(index: int) -> Batch | GraphError:
    try:
        return build_batch(_linked[index])
    except GraphError as exc:  # reported with its file by the caller
        return exc


def build_all(facts: list[Facts], *, jobs: int = 1) -> Generator[Batch | GraphError, None, None]:
    """Each document's graph rows (or why they cannot be built), in order, as they are ready.

    On `jobs` forked processes for large batches: the caller writes one document while the
    workers build the next ones, so building costs almost no time of its own.
    """
    global _linked
    jobs = _workers(jobs, len(facts))
    if jobs <= 1 or _process_context().get_start_method() != "fork":
        for one in facts:
            try:
                yield build_batch(one)
            except GraphError as exc:
                yield exc
        return
    _linked = facts
    try:
        with ProcessPoolExecutor(jobs, mp_context=_process_context()) as pool:
            yield from pool.map(_build_one, range(len(facts)), chunksize=16)
    finally:
        _linked = []


def run(paths: list[Path], store: Store | None = None, *, progress: bool = False, jobs: int = 1,
        on_document: Callable[[int, int, Path], None] | None = None, max_bytes: int = DEFAULT_MAX_BYTES, max_seconds: float | None = DEFAULT_MAX_SECONDS) -> Report:
    """Ingest every minutes file under `paths` into `store` (the configured store by default).

    Two passes: every document is read on its own first (on `jobs` processes for large
    batches); then names are linked across all of them (and what the store holds), and each
    document is built (on `jobs` processes) and written, atomically: a document that fails
    leaves no trace and the others stand. Writes are committed in groups (`Store.grouped`).
    A file over `max_bytes`, or taking over `max_seconds` to segment and extract, is reported.
    Erased persons (`python -m graph forget`) are left out before anything is built.
    `on_document(done, total, path)` is called before each document is stored (the dashboard's
    progress bar).
    """
    own_store = store is None
    store = store or open_store()
    report = Report()
    collector_was_on = gc.isenabled()
    files = iter_paths(paths)
    try:
        read: list[tuple[Path, Facts]] = []
        for path, facts, reason in read_all(files, jobs=jobs, progress=progress, max_bytes=max_bytes,
                                            max_seconds=max_seconds):
            if facts is None:
                report.failed.append((str(path), str(reason)))
            else:
                read.append((path, facts))
        linked = suppress(link([f for _, f in read], known_names(store), load_decisions()), load_suppressions())
        report.doubts, report.unresolved = linked.doubts, linked.unresolved
        # Built documents pile up faster than they are written, and none holds a reference cycle:
        # the collector would walk them all again and again, for nothing.
        gc.disable()
        earlier_documents = documents_by_source(store)
        with closing(build_all(linked.facts, jobs=jobs)) as built, store.grouped():
            for done, ((path, _), facts, batch) in enumerate(
                    _progress(zip(read, linked.facts, built), progress, "store", total=len(read))):
                if on_document is not None:
                    on_document(done, len(read), path)
                try:
                    if isinstance(batch, GraphError):
                        raise batch
                    report.writes.add(store.write(batch))
                    # the same file read anew by a changed extractor: its earlier document goes, after the new one
                    # is written (a run cut off between the two leaves both, never neither)
                    for earlier in earlier_documents.pop(facts.document.source, []) if facts.document.source else []:
                        if earlier != batch.document_id:
                            report.writes.add(withdraw_document(store, earlier))
                except GraphError as exc:
                    log.warning("%s: %s", path, exc)
                    report.failed.append((str(path), str(exc)))
                    continue
                report.documents_ok.append(str(path))
                report.closed_items += facts.closed_items
        report.counts = store.counts()
    finally:
        if collector_was_on:
            gc.enable()
        if own_store:
            store.close()
    _save(report)
    return report


def documents_by_source(store: Store) -> dict[str, list[str]]:
    """The stored Documents' ids by the source (the file's bytes) they were read from."""
    found = store.node_columns(DOCUMENT, ("source",))
    by_source: dict[str, list[str]] = {}
    for doc_id, source in zip(found.ids, found.values["source"]):
        if source:
            by_source.setdefault(str(source), []).append(doc_id)
    return by_source


def withdraw_document(store: Store, doc_id: str) -> WriteReport:
    """Take a document's whole contribution out of the store: its relationships, the nodes only it stated, and the
    Document itself (an empty contribution written in its place, then the node deleted)."""
    report = store.write(Batch(doc_id, (), ()))
    report.add(store.delete_nodes([doc_id]))
    return report


def _progress(items: Iterable[Any], enabled: bool, stage: str, total: int | None = None) -> Any:
    if not enabled:
        return items
    try:
        from tqdm import tqdm
    except ImportError:
        return items
    return tqdm(items, desc=stage, unit="doc", total=total)


def _save(report: Report) -> None:
    """The last report beside the embedded store, for the dashboard's overview."""
    path = load_settings().graph_db.with_name("ingest-report.json")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(report.as_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    except OSError as exc:
        log.warning("could not save the ingest report to %s: %s", path, exc)
