"""Access: hostile text travels through the whole pipeline as data, and no secret is in git.

Minutes whose participants, agenda titles and file name carry quotes, backticks, Cypher
(`'}) DETACH DELETE n //`), SQL, `$param` and non-Latin letters are ingested into both stores:
the graph holds the text verbatim and nothing stored before is deleted. The store contract
tests (`test_store_contract.py`) check the same strings row by row.
"""
from __future__ import annotations

import json
import shutil
import stat
import subprocess
from pathlib import Path

from graph import server
from graph.export import export_json
from ingest.pipeline import read_facts, run

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "hostile" / "hostile_names.txt"
FILE_NAME = "referat 'O`Neil' \"$param\" {x} ; DROP.txt"
VERBATIM = (
    "Orientering om '}) DETACH DELETE n // og $param",
    'MATCH (n) DETACH DELETE n; `rm -rf /` og "citater"',
    FILE_NAME,
)


def test_hostile_names_are_stored_verbatim_and_delete_nothing(store, samples, tmp_path, monkeypatch):
    monkeypatch.setenv("CIVIC_GRAPH_DB", str(tmp_path / "report" / "graph.db"))
    run([samples / "004_1dc2cfc57e28560c.txt"], store)
    before = json.loads(export_json(store))
    hostile = tmp_path / FILE_NAME
    shutil.copy(FIXTURE, hostile)

    report = run([hostile], store)

    assert not report.failed and report.documents_ok == [str(hostile)]
    after = json.loads(export_json(store))
    stored = [value for row in after["nodes"] + after["relationships"]
              for value in row["properties"].values()]
    texts = {v for v in stored if isinstance(v, str)} | {i for v in stored if isinstance(v, list) for i in v}
    extracted = read_facts(hostile)
    names = [p.name for p in extracted.persons] + [e.quote for p in extracted.persons for e in p.evidence]
    assert "Zoë Ünal-Çakır" in names
    for text in (*VERBATIM, *names):  # whatever the extractor read, the store holds as it was read
        assert text in texts, text
    assert {n.properties["name"] for n in store.nodes("Document")} == {"004_1dc2cfc57e28560c.txt", FILE_NAME}
    kept = {n["id"]: n for n in after["nodes"]}
    assert all(n["id"] in kept and kept[n["id"]]["label"] == n["label"] for n in before["nodes"])
    after_rels = {r["id"]: r for r in after["relationships"]}
    assert all(after_rels.get(r["id"]) == r for r in before["relationships"])  # untouched, not just present


def test_neo4j_password_is_generated_private_and_not_in_git(tmp_path, monkeypatch):
    monkeypatch.setattr(server, "STATE_DIR", tmp_path)
    first = server._password(create=True)
    path = tmp_path / "password"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert server._password(create=False) == first and len(first) >= 24
    path.unlink()
    assert server._password(create=True) != first  # random, not a default
    tracked = subprocess.run(["git", "ls-files", ".neo4j", ".env"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout
    assert tracked == ""
    for secret in (".neo4j/password", ".env", "data/salts/x.salt"):
        ignored = subprocess.run(["git", "check-ignore", "-q", secret], cwd=ROOT)
        assert ignored.returncode == 0, f"{secret} is not git-ignored"
    real = ROOT / ".neo4j" / "password"
    if real.exists():
        assert stat.S_IMODE(real.stat().st_mode) == 0o600
