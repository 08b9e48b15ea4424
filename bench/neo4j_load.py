"""Load synthetic ATTENDED relationships into Neo4j: UNWIND batches versus one MERGE per transaction.

Both paths run the store's own query text (`graph.store.cypher.merge_relationships`); the
per-row path runs it with a one-row list in its own transaction, on a smaller sample, and is
extrapolated to rows/s. Both paths deal their transactions round-robin to `--writers` sessions that
run at once (default 2, one per core of the 2-core machine the target is set for; the server runs
one transaction per thread). With the default sizes, transactions that run at the same time touch
disjoint people and meetings; otherwise Neo4j's locks serialise them and the driver retries a deadlock. Uses the server named by NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD
(`eval "$(python -m graph neo4j env)"`). Touches only its own `bench:` nodes and removes them
at the end. Target: batched >= 20,000 relationships/s and >= 20x the per-row rate.

    python bench/neo4j_load.py --n 100000 --batch 5000 --sample 2000 --writers 2
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Iterator

from neo4j import Driver, GraphDatabase, ManagedTransaction
from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.settings import load_settings  # noqa: E402
from graph.store import cypher  # noqa: E402
from graph.store.neo4j import Neo4jStore  # noqa: E402

log = logging.getLogger("bench.neo4j_load")
PER_MEETING = 100  # relationships per meeting; each person attends N / PERSONS meetings
PERSONS = 10_000
WARMUP_ROUND = 20_000  # rows per warm-up round, whose rate is printed


def _person(k: int) -> str:
    return f"person:bench:{k % PERSONS}"


def _meeting(k: int) -> str:
    return f"meeting:bench:{k // PER_MEETING}"


def _rows(first: int, count: int, key: str) -> list[dict[str, Any]]:
    """Relationship rows as the store writes them: id, ends and provenance properties."""
    rows = []
    for k in range(first, first + count):
        rel_id = f"rel:bench:{key}:{k}"
        props = {"id": rel_id, "doc": f"doc:bench{k // 1000}", "start": k, "end": k + 40,
                 "quote": f"Deltager nr. {k} var til stede", "extractor": "bench", "status": "present"}
        rows.append({"id": rel_id, "start": _person(k), "end": _meeting(k), "props": props})
    return rows


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _merge(tx: ManagedTransaction, query: str, rows: list[dict[str, Any]]) -> None:
    tx.run(query, rows=rows).consume()


def _load(driver: Driver, database: str | None, query: str, rows: list[dict[str, Any]],
          size: int, what: str, writers: int) -> float:
    """Write `rows` in transactions of `size`, dealt round-robin to `writers` sessions; rows per second."""
    chunks = list(_chunks(rows, size))
    progress = tqdm(total=len(chunks), desc=what, unit="tx", leave=False, disable=None)

    def write(share: list[list[dict[str, Any]]]) -> None:
        with driver.session(database=database) as session:
            for chunk in share:
                session.execute_write(_merge, query, chunk)
                progress.update()

    started = time.perf_counter()
    with ThreadPoolExecutor(writers) as pool:
        list(pool.map(write, [chunks[w::writers] for w in range(writers)]))  # list(): re-raise a failure
    elapsed = time.perf_counter() - started
    progress.close()
    return len(rows) / elapsed


def run(n: int, batch: int, sample: int, warmup: int, writers: int) -> dict[str, Any]:
    """Load the synthetic graph, time both paths after an untimed warm-up, remove it again; the figures.

    The warm-up runs in rounds of WARMUP_ROUND rows, and their rates are returned too: on a freshly
    started server the batched rate climbs for the first 200,000-odd rows (7,600/s in the first
    round, 28,000/s in the twelfth, measured), while the JVM compiles Neo4j's write path."""
    settings = load_settings()
    if not settings.neo4j_uri:
        raise SystemExit("NEO4J_URI is not set; run: eval \"$(python -m graph neo4j env)\"")
    store = Neo4jStore(settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password,
                       settings.neo4j_database)
    meetings = max(n, sample, warmup) // PER_MEETING + 1
    node_ids = ([f"person:bench:{i}" for i in range(PERSONS)]
                + [f"meeting:bench:{i}" for i in range(meetings)])
    auth = (settings.neo4j_user, settings.neo4j_password)
    try:
        store.delete_nodes(node_ids)  # leftovers of an interrupted run
        with GraphDatabase.driver(settings.neo4j_uri, auth=auth) as driver:
            db = settings.neo4j_database
            for label, prefix in (("Person", "person"), ("Meeting", "meeting")):
                rows = [{"id": i, "props": {"name": i}} for i in node_ids if i.startswith(prefix)]
                _load(driver, db, cypher.merge_nodes(label), rows, batch, f"{label} nodes", 1)
            query = cypher.merge_relationships("ATTENDED")
            climb = [_load(driver, db, query, _rows(first, min(WARMUP_ROUND, warmup - first), "warmup"),
                           batch, "warm-up", writers)
                     for first in range(0, warmup, WARMUP_ROUND)]
            _load(driver, db, query, _rows(0, warmup // 100, "warmup1"), 1, "warm-up per row", writers)
            batched = _load(driver, db, query, _rows(0, n, "batched"), batch, "batched", writers)
            per_row = _load(driver, db, query, _rows(0, sample, "single"), 1, "per-row", writers)
    finally:
        for chunk in _chunks([{"id": i} for i in node_ids], 500):
            store.delete_nodes(row["id"] for row in chunk)
        store.close()
    return {"batched": batched, "per_row": per_row, "ratio": batched / per_row, "warm_up": climb}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="relationships loaded in batches")
    parser.add_argument("--batch", type=int, default=5_000, help="rows per batched transaction")
    parser.add_argument("--sample", type=int, default=2_000,
                        help="relationships loaded one per transaction")
    parser.add_argument("--writers", type=int, default=2,
                        help="sessions writing at once, in both paths (default 2: one per core here)")
    parser.add_argument("--warmup", type=int, default=300_000,
                        help="untimed relationships loaded first (default 300,000: about 15 s here)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    load_before = os.getloadavg()[0]
    figures = run(args.n, args.batch, args.sample, args.warmup, args.writers)
    print(f"writers at once: {args.writers}")
    climb = " ".join(f"{rate / 1000:.1f}k" for rate in figures["warm_up"])
    print(f"warm-up, batched rows/s per round of {WARMUP_ROUND:,} (untimed): {climb}")
    print(f"batched  ({args.batch:,}/tx, {args.n:,} rows): {figures['batched']:>10,.0f} relationships/s")
    print(f"per-row  (1/tx, {args.sample:,} rows):       {figures['per_row']:>10,.0f} relationships/s")
    print(f"ratio: {figures['ratio']:.1f}x")
    # the figures are CPU-bound: on a shared 2-core machine, other work halves them
    print(f"1-min load average: {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")
    met = figures["batched"] >= 20_000 and figures["ratio"] >= 20
    print("target (>= 20,000/s and >= 20x):", "met" if met else "NOT met")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
