"""The two stores hold the same graph: the samples ingested into each export byte for byte alike."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require_neo4j

ROOT = Path(__file__).resolve().parents[2]


def _cli(env: dict[str, str], *args: str) -> str:
    out = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout


@pytest.mark.neo4j
def test_samples_export_identically_from_both_stores(samples, tmp_path):
    settings = require_neo4j()
    base = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    embedded = {**base, "CIVIC_GRAPH_DB": str(tmp_path / "graph.db"), "NEO4J_URI": ""}
    neo4j = {**base, "CIVIC_GRAPH_DB": str(tmp_path / "unused.db"), "NEO4J_URI": settings["uri"],
             "NEO4J_USER": settings["user"], "NEO4J_PASSWORD": settings["password"]}
    _cli(neo4j, "graph", "reset", "--yes")
    for env in (embedded, neo4j):
        _cli(env, "ingest", "run", "--quiet", str(samples))
    first = _cli(embedded, "graph", "export", "--format", "json", "-")
    assert '"label": "Person"' in first
    assert _cli(neo4j, "graph", "export", "--format", "json", "-") == first
    # and a second ingest changes nothing in either
    for env in (embedded, neo4j):
        assert "0 inserted, 0 updated" in _cli(env, "ingest", "run", "--quiet", str(samples))
    assert _cli(neo4j, "graph", "export", "--format", "json", "-") == first


@pytest.mark.neo4j
def test_a_large_batch_read_and_built_on_worker_processes_exports_identically(tmp_path, monkeypatch):
    """Above `PARALLEL_FROM` files documents are read and built on forked workers while the
    main process holds the store's connection (a SQLite file, a Neo4j driver)."""
    from bench.synth import write_corpus
    from graph.export import export_json
    from graph.store.embedded import EmbeddedStore
    from graph.store.neo4j import Neo4jStore
    from ingest.pipeline import PARALLEL_FROM, run

    monkeypatch.setenv("CIVIC_GRAPH_DB", str(tmp_path / "report" / "graph.db"))  # the ingest report goes there
    corpus = tmp_path / "corpus"
    write_corpus(corpus, PARALLEL_FROM + 6, 3)
    with Neo4jStore(**require_neo4j()) as neo4j, EmbeddedStore(tmp_path / "graph.db") as embedded:
        neo4j.clear()
        for store in (neo4j, embedded):
            report = run([corpus], store, jobs=2)
            assert len(report.documents_ok) == PARALLEL_FROM + 6 and not report.failed
        assert export_json(neo4j) == export_json(embedded)
        assert run([corpus], neo4j, jobs=2).writes.inserted == 0
        neo4j.clear()
