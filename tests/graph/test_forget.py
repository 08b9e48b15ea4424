"""Erasure (`graph.forget`, `python -m graph forget`) and pseudonymised exports, on both stores.

After the samples are ingested and "Nada Naanaah" is forgotten, no trace of her is left: not in
a node or relationship (ids included), not in any export format, not in the frames the
dashboard reads, not in name search; and re-ingesting the samples does not bring her back, nor
the "Nada" of the 2019 minutes who is her.
"""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from graph import cli
from graph.export import FORMATS, export_json, write_export
from graph.forget import ForgetError, choose_person, find_persons, forget
from graph.frames import load_frames
from graph.names import match_name
from graph.search import build_index, search
from graph.pseudonymise import PseudonymisedStore, official_ids, store_salt
from graph.settings import load_settings
from graph.store.base import node_columns_of, relationship_columns_of
from ingest import suppress
from ingest.pipeline import run

ROOT = Path(__file__).resolve().parents[2]
NAME = "Nada Naanaah"
TRACE = re.compile(r"(?i)\bnada\b|naanaah")
MINUTES_2019 = "003_c47b1083447908ab.txt"


@pytest.fixture
def suppressed(tmp_path, monkeypatch) -> Path:
    """A suppression file of the test's own; the ingest report beside a store in tmp_path."""
    path = tmp_path / "identity" / "suppressed.tsv"
    monkeypatch.setattr(suppress, "SUPPRESSED", path)
    monkeypatch.setenv("CIVIC_GRAPH_DB", str(tmp_path / "graph.db"))
    monkeypatch.setenv("NEO4J_URI", "")  # the CLI tests use the embedded store, whatever .env says
    return path


class Snapshot:
    """The store read once, for the many reads of exports and frames (Neo4j reads are slow)."""

    def __init__(self, store) -> None:
        self._nodes, self._rels = store.nodes(), store.relationships()

    def nodes(self, label=None):
        return [n for n in self._nodes if label in (None, n.label)]

    def relationships(self, type=None):
        return [r for r in self._rels if type in (None, r.type)]

    def node_columns(self, label, keys):
        return node_columns_of(self.nodes(label), keys)

    def relationship_columns(self, type, keys):
        return relationship_columns_of(self.relationships(type), keys)


def traces(store, folder: Path) -> list[str]:
    """Every place a trace of the erased person is found: rows, exports, frames, search."""
    store = Snapshot(store)
    found = []
    for node in store.nodes():
        found += [f"node {node.id}" for text in (node.id, json.dumps(node.properties, ensure_ascii=False))
                  if TRACE.search(text)]
    for rel in store.relationships():
        text = " ".join((rel.id, rel.start, rel.end, json.dumps(rel.properties, ensure_ascii=False)))
        found += [f"relationship {rel.id} ({rel.type})"] if TRACE.search(text) else []
    for fmt in FORMATS:
        out = folder / "export" / (fmt if fmt == "csv" else f"graph.{fmt}")
        write_export(store, fmt, out)
        for path in sorted(out.iterdir()) if out.is_dir() else [out]:
            found += [f"{fmt} export {path.name}: {m.group()}" for m in TRACE.finditer(path.read_text("utf-8"))]
    frames = load_frames(store)
    for name in vars(frames):
        text = getattr(frames, name).to_csv()
        found += [f"frame {name}: {m.group()}" for m in TRACE.finditer(text)]
    persons = dict(zip(frames.persons["id"], frames.persons["name"]))
    found += [f"name match {q!r}: {hit}" for q in (NAME, "Naanaah", "nada n") for hit in match_name(q, persons)
              if TRACE.search(persons[hit])]
    index = build_index(frames)
    for query in (NAME, "Naanaah", "Nada", "Kick-start"):
        hits = search(index, query).to_csv()
        found += [f"search {query!r}: {m.group()}" for m in TRACE.finditer(hits)]
    return found


def test_forget_leaves_no_trace_and_reingest_does_not_bring_her_back(store, samples, tmp_path, suppressed):
    run([samples], store)
    assert TRACE.search(export_json(store))  # she is there to begin with
    person = choose_person(store, "nada  NAANAAH", exact=True)
    assert person.id == "person:rudersdal:nada-naanaah"

    done = forget(store, [person], suppressed=suppressed)

    assert done.deleted_nodes == ("person:rudersdal:nada-naanaah",)
    assert done.rewritten.updated > 0 and done.suppressed == 2  # "Nada Naanaah" and the alias "Nada"
    assert traces(store, tmp_path) == []
    recorded = suppressed.read_text(encoding="utf-8")
    assert not TRACE.search(recorded) and len(re.findall(r"^[0-9a-f]{64}\t", recorded, re.M)) == 2
    erased = export_json(store)

    again = run([samples], store)
    assert not again.failed
    assert export_json(store) == erased  # the re-ingest changes nothing at all: still no trace
    assert all(not TRACE.search(p.properties["name"]) for p in find_persons(store, NAME)[0])


def test_the_first_name_alone_stays_out_of_a_fresh_store(store, samples, tmp_path, suppressed):
    run([samples], store)
    forget(store, [choose_person(store, NAME)], suppressed=suppressed)
    store.clear()
    report = run([samples / MINUTES_2019], store)  # "Nada" alone: nothing to link her to
    assert not report.failed and store.nodes("Document")
    assert traces(store, tmp_path) == []
    assert not TRACE.search(json.dumps(report.as_dict(), ensure_ascii=False))


def test_choosing_a_person(store, samples, tmp_path, suppressed):
    run([samples], store)
    with pytest.raises(ForgetError, match="2 persons match 'gitte'; choose one with --id") as many:
        choose_person(store, "gitte")
    assert "Gitte Kjær-Westermann" in str(many.value) and "Gitte Heiberg-lürgensen" in str(many.value)
    gitte = next(p for p in store.nodes("Person") if p.properties["name"] == "Gitte Kjær-Westermann")
    assert choose_person(store, "gitte", gitte.id) == gitte
    assert choose_person(store, "Eva").properties["name"] == "Eva Nanni"  # her alias, when asking
    assert choose_person(store, "naanaah").id == "person:rudersdal:nada-naanaah"  # a part, when asking
    with pytest.raises(ForgetError, match="only resembles"):
        choose_person(store, "naanaah", exact=True)  # not with --yes
    with pytest.raises(ForgetError, match="no person matches"):
        choose_person(store, "Zyxwvutsen Qqq")


def test_cli_forget(samples, tmp_path, suppressed, monkeypatch, capsys):
    from graph.store.embedded import EmbeddedStore

    with EmbeddedStore(load_settings().graph_db) as store:
        run([samples], store)
    report_file = tmp_path / "ingest-report.json"
    report_file.write_text(json.dumps({"unresolved_first_names": [{"name": "Nada"}]}), encoding="utf-8")

    assert cli.main(["forget", NAME]) == cli.USAGE  # no terminal to ask, no --yes
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert cli.main(["forget", NAME]) == cli.FAILED
    assert cli.main(["forget", "gitte", "--yes"]) == cli.FAILED
    assert "choose one with --id" in capsys.readouterr().err
    assert cli.main(["forget", "Eva", "--yes"]) == cli.FAILED  # an alias is not enough without asking
    assert "only resembles 'Eva Nanni'" in capsys.readouterr().err
    monkeypatch.setattr("builtins.input", lambda prompt: "ja")
    assert cli.main(["forget", NAME]) == cli.OK
    assert "erased Nada Naanaah (person:rudersdal:nada-naanaah)" in capsys.readouterr().out
    assert not TRACE.search(report_file.read_text(encoding="utf-8"))
    with EmbeddedStore(load_settings().graph_db) as store:
        assert traces(store, tmp_path) == []


# --- pseudonymised exports -----------------------------------------------------------------------


def test_pseudonymised_export(store, samples, tmp_path, suppressed):
    run([samples], store)
    officials = official_ids(store)
    persons = {p.id: p for p in store.nodes("Person")}
    private = [p for pid, p in persons.items() if pid not in officials]
    assert "person:rudersdal:nada-naanaah" in {p.id for p in private}
    by_name = {p.properties["name"]: pid for pid, p in persons.items()}
    assert by_name["Helle Waage-Jensen"] in officials  # a minute taker
    assert by_name["Anne Mette Meimann"] in officials  # a chair

    view = PseudonymisedStore(store, b"salt one")
    text = export_json(view)
    for p in private:
        if len(p.properties["name"].split()) > 1:  # a lone first name may be a word too ("Line")
            assert p.properties["name"] not in text, p.properties["name"]
        assert p.id not in text
    for pid in officials:
        assert persons[pid].properties["name"] in text
    assert view.counts() == store.counts()
    assert len(view.nodes()) == len(store.nodes()) and len(view.relationships()) == len(store.relationships())
    ends = {n.id for n in view.nodes()}
    assert all(r.start in ends and r.end in ends for r in view.relationships())
    nada = [n for n in view.nodes("Person") if n.properties["name"].startswith("Person ")]
    assert len(nada) == len(private)
    assert export_json(PseudonymisedStore(store, b"salt one")) == text  # stable
    assert export_json(PseudonymisedStore(store, b"salt two")) != text
    for fmt in FORMATS:
        out = tmp_path / "pseudo" / (fmt if fmt == "csv" else f"graph.{fmt}")
        write_export(view, fmt, out)
        files = sorted(out.iterdir()) if out.is_dir() else [out]
        assert not any(re.search("naanaah", f.read_text("utf-8"), re.I) for f in files), fmt


def test_cli_pseudonymised_export_and_its_salt(samples, tmp_path, suppressed):
    from graph.store.embedded import EmbeddedStore

    with EmbeddedStore(load_settings().graph_db) as store:
        run([samples], store)
    out = tmp_path / "out.json"
    assert cli.main(["export", "--pseudonymise", str(out)]) == cli.OK
    first = out.read_text(encoding="utf-8")
    assert "Naanaah" not in first and "Person " in first
    assert cli.main(["export", "--pseudonymise", str(out)]) == cli.OK
    assert out.read_text(encoding="utf-8") == first
    salts = list((tmp_path / "salts").iterdir())
    assert len(salts) == 1 and salts[0].stat().st_mode & 0o077 == 0
    assert store_salt(load_settings()) == bytes.fromhex(salts[0].read_text().strip())
    ignored = subprocess.run(["git", "check-ignore", "-q", "data/salts/x.salt"], cwd=ROOT)
    assert ignored.returncode == 0, "data/salts/ must be git-ignored"
