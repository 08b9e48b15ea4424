"""`python -m graph` run as a user would: a subprocess on an embedded store in tmp_path."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import networkx as nx
import pytest

from graph.build import build_batch
from graph.export import export_json
from graph.store.embedded import EmbeddedStore
from tests.conftest import ROOT
from tests.graph.test_build import sample_facts


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "store" / "graph.db"
    with EmbeddedStore(path) as store:
        store.write(build_batch(sample_facts()))
    return path


def run(db, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(CIVIC_GRAPH_DB=str(db), NEO4J_URI="")  # empty beats a NEO4J_URI in .env
    return subprocess.run([sys.executable, "-m", "graph", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_stats(db):
    result = run(db, "stats")
    assert result.returncode == 0, result.stderr
    with EmbeddedStore(db) as store:
        assert json.loads(result.stdout) == store.counts()


def test_export_json_to_stdout(db):
    result = run(db, "export", "--format", "json", "-")
    assert result.returncode == 0, result.stderr
    with EmbeddedStore(db) as store:
        assert result.stdout == export_json(store)


def test_export_graphml_to_file(db, tmp_path):
    out = tmp_path / "exports" / "graph.graphml"
    result = run(db, "export", "--format", "graphml", str(out))
    assert result.returncode == 0, result.stderr
    assert "wrote graphml export" in result.stdout
    assert nx.read_graphml(out, force_multigraph=True).number_of_nodes() > 0


def test_reset_needs_confirmation(db):
    refused = run(db, "reset")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert json.loads(run(db, "stats").stdout)["nodes"]
    done = run(db, "reset", "--yes")
    assert done.returncode == 0, done.stderr
    assert json.loads(run(db, "stats").stdout) == {"nodes": {}, "relationships": {}}


@pytest.mark.parametrize("args", [[], ["nonsense"], ["export", "--format", "xlsx", "out"]])
def test_usage_errors_exit_2(db, args):
    assert run(db, *args).returncode == 2


def test_store_errors_exit_1(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run(blocker / "graph.db", "stats")
    assert result.returncode == 1
    assert result.stderr.startswith("error:") and "graph.db" in result.stderr


def test_help_lists_every_command(db):
    result = run(db, "--help")
    assert result.returncode == 0
    for command in ("stats", "export", "reset", "neo4j"):
        assert command in result.stdout


def test_settings_environment_wins_over_env_file(tmp_path):
    from graph.settings import DEFAULT_GRAPH_DB, REPO_ROOT, load_settings

    env_file = tmp_path / ".env"
    env_file.write_text("# local\nexport NEO4J_URI='bolt://localhost:7687'\n"
                        "NEO4J_PASSWORD=\"s3cret\"\nCIVIC_GRAPH_DB=tmp/g.db\n")
    from_file = load_settings({}, env_file)
    assert from_file.neo4j_uri == "bolt://localhost:7687" and from_file.neo4j_password == "s3cret"
    assert from_file.graph_db == REPO_ROOT / "tmp" / "g.db"
    assert "s3cret" not in repr(from_file)
    overridden = load_settings({"NEO4J_URI": ""}, env_file)
    assert overridden.neo4j_uri is None and not overridden.uses_neo4j
    assert load_settings({}, tmp_path / "missing").graph_db == DEFAULT_GRAPH_DB


def test_settings_reject_a_malformed_env_file(tmp_path):
    from graph.errors import ConfigError
    from graph.settings import load_settings

    env_file = tmp_path / ".env"
    env_file.write_text("NEO4J_URI\n")
    with pytest.raises(ConfigError, match=r"\.env:1"):
        load_settings({}, env_file)


def test_open_store_defaults_to_embedded(tmp_path):
    from graph.settings import Settings
    from graph.store import open_store

    store = open_store(Settings(graph_db=tmp_path / "new" / "graph.db"))
    assert isinstance(store, EmbeddedStore) and (tmp_path / "new" / "graph.db").exists()
    store.close()
