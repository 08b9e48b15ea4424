"""The Neo4j load benchmark runs end to end on the real server, on a small load, and leaves the
database as it found it. Asserts no rate (figures are the benchmark's business): only that each
phase ran and printed its figure."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require_neo4j

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.neo4j
def test_a_small_load_prints_warm_up_rounds_both_rates_and_removes_its_nodes():
    from graph.store.neo4j import Neo4jStore

    settings = require_neo4j()
    with Neo4jStore(**settings) as store:
        store.clear()
        before = store.counts()
    env = {**os.environ, "NEO4J_URI": settings["uri"], "NEO4J_USER": settings["user"],
           "NEO4J_PASSWORD": settings["password"]}
    done = subprocess.run([sys.executable, "bench/neo4j_load.py", "--n", "3000", "--batch", "500",
                           "--sample", "40", "--warmup", "45000", "--writers", "2"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr[-2000:]  # 1: target not met, which a small load may be
    assert "writers at once: 2" in done.stdout
    rounds = re.search(r"per round of 20,000 \(untimed\): (.*)", done.stdout)
    assert rounds and len(rounds.group(1).split()) == 3  # 20,000 + 20,000 + 5,000
    assert re.search(r"batched .*3,000 rows\):\s+[\d,]+ relationships/s", done.stdout)
    assert re.search(r"per-row .*40 rows\):\s+[\d,]+ relationships/s", done.stdout)
    assert re.search(r"ratio: [\d.]+x", done.stdout)
    with Neo4jStore(**settings) as store:
        assert store.counts() == before
