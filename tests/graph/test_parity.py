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
