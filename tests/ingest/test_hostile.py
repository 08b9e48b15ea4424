"""Hostile input: one batch of every kind of bad file with good minutes, into both stores.

Each bad file gets exactly one report line naming it with a clear reason; hostile files that are
still minutes (mixed encodings, scripts and 10,000 nested tags, no date, no participants) are
stored; every good file is stored; what was stored before is untouched.
"""
from __future__ import annotations

import builtins
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.export import export_json
from ingest import pipeline
from ingest.errors import LimitError, ReadError
from ingest.limits import time_limit
from ingest.pipeline import run
from ingest.read.text import decode_bytes
from tests.fixtures.bad.make_bad import (
    DEGRADED, MINUTES, SCRIPT_NAME, make_bad, make_degraded, make_large, make_special,
)

ROOT = Path(__file__).resolve().parents[2]
GOOD = ["000_0ce891f5167f50c9.txt", "001_d292f62493b4dc03.txt"]
EARLIER = "004_1dc2cfc57e28560c.txt"


@pytest.fixture
def report_beside(tmp_path, monkeypatch):
    """The pipeline saves its report beside the configured store: keep it in tmp_path."""
    monkeypatch.setenv("CIVIC_GRAPH_DB", str(tmp_path / "report" / "graph.db"))


def _unreadable(monkeypatch, path: Path) -> None:
    """chmod 000 stops everyone but root; as root, make `open` fail for that file the same way."""
    if os.geteuid() != 0:
        return
    real_open = builtins.open

    def guarded(file, *args, **kwargs):
        if Path(str(file)) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)


def _corpus(folder: Path, samples: Path, monkeypatch=None) -> tuple[dict[Path, str], list[Path]]:
    """Bad files (path -> words of their reason) and the files that must be stored."""
    expected = make_bad(folder)
    expected.update(make_large(folder))
    expected.update(make_special(folder))
    if monkeypatch is not None:
        _unreadable(monkeypatch, folder / "locked.txt")
    stored = make_degraded(folder / "degraded")
    if monkeypatch is None and os.geteuid() == 0:  # a subprocess run as root reads the chmod-000 file
        expected.pop(folder / "locked.txt")
        stored.append(folder / "locked.txt")
    for name in GOOD:
        shutil.copy(samples / name, folder / name)
        stored.append(folder / name)
    return expected, stored


def _by_doc(export: str, doc: str) -> tuple[list, list]:
    data = json.loads(export)
    rels = [r for r in data["relationships"] if r["properties"].get("doc") == doc]
    sourced = {r["start"] for r in rels if r["type"] == "SOURCE"}
    return [n for n in data["nodes"] if n["id"] in sourced], rels


def test_hostile_batch(store, samples, tmp_path, monkeypatch, report_beside):
    run([samples / EARLIER], store)
    before = export_json(store)
    earlier_doc = next(n for n in json.loads(before)["nodes"] if n["label"] == "Document")["id"]
    expected, stored = _corpus(tmp_path / "corpus", samples, monkeypatch)

    report = run([tmp_path / "corpus"], store)

    failed = [(Path(f), reason) for f, reason in report.failed]
    assert sorted(f for f, _ in failed) == sorted(expected)  # exactly one line per bad file
    for path, reason in failed:
        assert expected[path] in reason, (path, reason)
    for path, reason in expected.items():
        lines = [line for line in report.summary().splitlines() if str(path) in line]
        assert len(lines) == 1 and lines[0].startswith(f"FAILED {path}: ") and reason in lines[0], lines
    assert sorted(map(Path, report.documents_ok)) == sorted(stored)

    after = export_json(store)
    documents = {n.properties["name"] for n in store.nodes("Document")}
    assert documents == {EARLIER} | {p.name for p in stored}
    assert SCRIPT_NAME.split()[0] not in after  # nothing from <script>, <style> or comments
    names = {n.properties["name"] for n in store.nodes("Person")}
    assert {"Jørgen Østergård", "Henrik Lykke"} <= names  # every encoding read right
    assert not {n for n in names if "Ã" in n or "\ufffd" in n}
    meetings = [n.id for n in store.nodes("Meeting")]
    assert any(":undated-" in m for m in meetings)  # no date: a meeting of its own, not a failure
    earlier_nodes, earlier_rels = _by_doc(before, earlier_doc)
    assert _by_doc(after, earlier_doc)[1] == earlier_rels
    assert {n["id"] for n in earlier_nodes} <= {n.id for n in store.nodes()}


def test_only_bad_files_change_nothing(store, samples, tmp_path, monkeypatch, report_beside):
    run([samples / EARLIER], store)
    before = export_json(store)
    folder = tmp_path / "bad"
    expected = {**make_bad(folder), **make_special(folder)}
    _unreadable(monkeypatch, folder / "locked.txt")
    report = run([folder], store)
    assert len(report.failed) == len(expected) and not report.documents_ok
    assert export_json(store) == before


def _cli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "CIVIC_GRAPH_DB": str(db), "HOME": str(db.parent), "NEO4J_URI": ""}
    return subprocess.run([sys.executable, "-m", "ingest", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_cli_exits_1_and_names_every_bad_file(samples, tmp_path):
    expected, stored = _corpus(tmp_path / "corpus", samples)
    done = _cli("run", "--quiet", "--max-seconds", "30", str(tmp_path / "corpus"), db=tmp_path / "g.db")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert f"{len(stored)} ok, {len(expected)} failed" in done.stdout
    for path, reason in expected.items():
        lines = [line for line in done.stdout.splitlines() if str(path) in line]
        assert len(lines) == 1 and lines[0].startswith(f"FAILED {path}: ") and reason in lines[0], lines


def test_cli_max_bytes(samples, tmp_path):
    done = _cli("run", "--quiet", "--max-bytes", "1000", str(samples / GOOD[0]), db=tmp_path / "g.db")
    assert done.returncode == 1
    assert "too large" in done.stdout and "limit 1000" in done.stdout


def test_time_limit_reports_the_document_and_goes_on(samples, tmp_path, monkeypatch, report_beside):
    from graph.store.embedded import EmbeddedStore

    real = pipeline.segment

    def slow_for_one(document):
        if document.name == GOOD[0]:
            time.sleep(5)
        return real(document)

    monkeypatch.setattr(pipeline, "segment", slow_for_one)
    started = time.monotonic()
    report = run([samples / GOOD[0], samples / GOOD[1]], EmbeddedStore(tmp_path / "g.db"), max_seconds=0.3)
    assert time.monotonic() - started < 4
    assert report.failed == [(str(samples / GOOD[0]), "took longer than 0.3 s to segment and extract (--max-seconds)")]
    assert report.documents_ok == [str(samples / GOOD[1])]


def test_time_limit_keeps_an_outer_timer():
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(True))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.5)
        with time_limit(2, "referat.txt"):
            pass
        with pytest.raises(LimitError, match="referat.txt: took longer than 0.05 s"):
            with time_limit(0.05, "referat.txt"):
                time.sleep(1)
        assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 0.5  # re-armed with what was left
        time.sleep(0.6)
        assert fired == [True]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_decoding_utf16_without_bom_and_mixed_lines():
    assert decode_bytes(MINUTES.encode("utf-16-le"), "r.txt") == MINUTES
    for binary in (bytes(range(256)) * 4, b"PK\x03\x04\x00\x00" * 50, "Referat".encode("utf-16-le") + b"\x00"):
        with pytest.raises(ReadError, match="binary file, not text"):
            decode_bytes(binary, "r.txt")
    assert decode_bytes(MINUTES.encode("utf-16-be"), "r.txt") == MINUTES
    mixed = "Mødedato: 1. maj\n".encode() + "Afbud: Jørgen Østergård\n".encode("cp1252")
    assert decode_bytes(mixed, "r.txt") == "Mødedato: 1. maj\nAfbud: Jørgen Østergård\n"
    assert set(DEGRADED) >= {"mixed-encoding.txt", "utf16-without-bom.txt"}
