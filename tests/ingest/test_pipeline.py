"""The whole job on the embedded store: idempotent re-runs, bad files reported, nothing lost."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

from graph.export import export_json
from graph.store.embedded import EmbeddedStore
from ingest.pipeline import run

ROOT = Path(__file__).resolve().parents[2]


def test_rerun_changes_nothing(samples, tmp_path):
    store = EmbeddedStore(tmp_path / "g.db")
    first = run([samples], store)
    before = export_json(store)
    second = run([samples], store)
    assert len(first.documents_ok) == 5 and not first.failed
    assert second.writes.inserted == 0 and second.writes.updated == 0 and second.writes.deleted == 0
    assert export_json(store) == before


def test_bad_file_is_reported_and_the_rest_is_stored(samples, tmp_path):
    store = EmbeddedStore(tmp_path / "g.db")
    run([samples / "000_0ce891f5167f50c9.txt"], store)
    kept = export_json(store)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(samples / "001_d292f62493b4dc03.txt", corpus)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 this is not a pdf")
    (corpus / "empty.txt").write_bytes(b"")
    report = run([corpus], store)
    failed = dict(report.failed)
    assert set(Path(f).name for f in failed) == {"broken.pdf", "empty.txt"}
    assert all(reason for reason in failed.values())
    assert report.documents_ok == [str(corpus / "001_d292f62493b4dc03.txt")]
    after = json.loads(export_json(store))
    before = json.loads(kept)
    assert {n["id"] for n in before["nodes"]} <= {n["id"] for n in after["nodes"]}


def test_closed_items_never_reach_the_store(tmp_path):
    store = EmbeddedStore(tmp_path / "g.db")
    fixture = ROOT / "tests" / "fixtures" / "layouts" / "blocks_closed.txt"
    report = run([fixture], store)
    assert report.closed_items == 1
    assert "Hemmelig" not in export_json(store)


def _cli(*args, env_db):
    env = {"PATH": "/usr/bin:/bin", "CIVIC_GRAPH_DB": str(env_db), "HOME": str(env_db.parent)}
    return subprocess.run([sys.executable, "-m", "ingest", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_cli_run_exit_codes_and_report(samples, tmp_path):
    db = tmp_path / "g.db"
    ok = _cli("run", "--quiet", str(samples), env_db=db)
    assert ok.returncode == 0, ok.stderr
    assert "5 ok, 0 failed" in ok.stdout
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    failed = _cli("run", "--quiet", str(bad), env_db=db)
    assert failed.returncode == 1
    assert "bad.docx" in failed.stdout
    assert _cli("frobnicate", env_db=db).returncode == 2


def test_cli_extract_prints_the_scorer_contract(samples, tmp_path):
    out = _cli("extract", str(samples / "003_c47b1083447908ab.txt"), env_db=tmp_path / "g.db")
    assert out.returncode == 0, out.stderr
    facts = json.loads(out.stdout)
    assert facts["meeting"] == {**facts["meeting"], "date": "2019-02-28", "municipality": "Rudersdal"}
    assert {"name", "mentions", "status", "roles", "organisations"} <= set(facts["persons"][0])
    assert all({"name", "kind"} <= set(o) for o in facts["organisations"])


def test_reading_on_several_processes_gives_the_same_facts_in_file_order(samples, tmp_path, monkeypatch):
    import os

    import ingest.pipeline as pipeline

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for sample in sorted(samples.iterdir()):
        shutil.copy(sample, corpus)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 this is not a pdf")
    files = sorted(corpus.iterdir())
    serial = pipeline.read_all(files, jobs=1)

    pids = tmp_path / "pids"
    pids.mkdir()
    read_facts = pipeline.read_facts

    def recording(path, **limits):  # runs in the worker (fork): leaves its pid behind
        (pids / str(os.getpid())).touch()
        return read_facts(path, **limits)

    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    monkeypatch.setattr(pipeline, "read_facts", recording)
    parallel = pipeline.read_all(files, jobs=2)

    workers = {p.name for p in pids.iterdir()}
    assert workers and str(os.getpid()) not in workers  # read in worker processes, not here
    assert [(p, repr(f), r) for p, f, r in parallel] == [(p, repr(f), r) for p, f, r in serial]
    assert [p.name for p, _, r in parallel if r] == ["broken.pdf"]


def test_building_on_several_processes_gives_the_same_rows_in_order(samples, tmp_path, monkeypatch):
    import os

    import ingest.pipeline as pipeline
    from graph.errors import SchemaError

    facts = [f for _, f, _ in pipeline.read_all(sorted(samples.iterdir()), jobs=1)]
    serial = list(pipeline.build_all(facts, jobs=1))

    pids = tmp_path / "pids"
    pids.mkdir()
    build_batch = pipeline.build_batch

    def recording(one):  # runs in the worker (fork): leaves its pid behind; fails on one document
        (pids / str(os.getpid())).touch()
        if one is facts[1]:
            raise SchemaError("a node is both Person and Organisation")
        return build_batch(one)

    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    monkeypatch.setattr(pipeline, "build_batch", recording)
    parallel = list(pipeline.build_all(facts, jobs=2))

    workers = {p.name for p in pids.iterdir()}
    assert workers and str(os.getpid()) not in workers  # built in worker processes, not here
    assert isinstance(parallel[1], SchemaError) and "both Person" in str(parallel[1])
    assert parallel[:1] + parallel[2:] == serial[:1] + serial[2:]


def test_a_file_read_anew_by_a_changed_extractor_replaces_its_earlier_document(store, samples, tmp_path, monkeypatch):
    # the document id is the hash of the text as read: a reader that reads the same file into other text gives it
    # another id, and the file's earlier document (with its facts) must go, not stay beside the new one
    import ingest.read as read_module
    from graph.store.embedded import EmbeddedStore

    path = samples / "000_0ce891f5167f50c9.txt"
    run([path], store)
    (first_doc,) = store.nodes("Document")
    to_document = read_module.text_to_document
    monkeypatch.setattr(read_module, "text_to_document",
                        lambda text, name, fmt: to_document(text + "\n\nTilføjet af en nyere læser.", name, fmt))
    report = run([path], store)
    (document,) = store.nodes("Document")
    assert document.id != first_doc.id and document.properties["source"] == first_doc.properties["source"]
    assert report.writes.deleted > 0 and not report.failed
    clean = EmbeddedStore(tmp_path / "clean.db")
    run([path], clean)
    assert export_json(store) == export_json(clean)  # as if the new reader had read it first
    assert run([path], store).writes.deleted == 0  # and a third run changes nothing


def test_a_run_cut_off_between_writing_the_new_document_and_withdrawing_the_earlier_is_mended_by_the_next(
        store, samples, tmp_path, monkeypatch):
    # the new document is written first: a run that stops before the earlier one is withdrawn leaves both, never
    # neither, and the next run withdraws the earlier one
    import ingest.pipeline as pipeline
    import ingest.read as read_module
    from graph.store.embedded import EmbeddedStore

    path = samples / "000_0ce891f5167f50c9.txt"
    run([path], store)
    to_document = read_module.text_to_document
    monkeypatch.setattr(read_module, "text_to_document",
                        lambda text, name, fmt: to_document(text + "\n\nTilføjet af en nyere læser.", name, fmt))
    withdraw = pipeline.withdraw_document
    monkeypatch.setattr(pipeline, "withdraw_document", lambda *args: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        run([path], store)
    except KeyboardInterrupt:
        pass
    assert len(store.nodes("Document")) == 2  # cut off: both documents stand
    monkeypatch.setattr(pipeline, "withdraw_document", withdraw)
    run([path], store)
    clean = EmbeddedStore(tmp_path / "clean.db")
    run([path], clean)
    assert export_json(store) == export_json(clean)
