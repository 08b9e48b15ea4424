"""Crash safety: an ingest killed at any moment, then run again, gives the graph of a clean run.

`python -m ingest run` on the samples is killed with SIGKILL after a random delay (seeded, spread
over a clean run and weighted towards its writes), then an ingest runs to completion; the
canonical JSON export must equal a clean run's. Every document is atomic (its own transaction,
or a savepoint of a group of them), so a kill leaves whole documents or none.

`make crash` runs the full loop (`pytest -m slow tests/ingest/test_crash.py`: rounds until 24 runs
were killed, per store, embedded and Neo4j); the normal suite runs 3 rounds on the embedded store.
Also here: a reader works while an ingest writes, and an unreachable Neo4j is a clear message.
"""
from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from graph.export import export_json
from graph.store.embedded import EmbeddedStore
from ingest.pipeline import run
from tests.conftest import require_neo4j

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "samples"
SEED = 20_24
KILLS_SLOW = int(os.environ.get("CRASH_KILLS", "24"))
KILLS_QUICK = 3


def _env(tmp_path: Path, neo4j: dict | None) -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "CIVIC_GRAPH_DB": str(tmp_path / "graph.db"),
           "NEO4J_URI": ""}  # the embedded store, whatever .env says
    if neo4j:
        env.update(NEO4J_URI=neo4j["uri"], NEO4J_USER=neo4j["user"], NEO4J_PASSWORD=neo4j["password"])
        if neo4j.get("database"):
            env["NEO4J_DATABASE"] = neo4j["database"]
    return env


def _start(env: dict[str, str], *, progress: bool = False) -> subprocess.Popen[bytes]:
    quiet = [] if progress else ["--quiet"]
    return subprocess.Popen([sys.executable, "-m", "ingest", "run", *quiet, str(SAMPLES)], cwd=ROOT,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


class _Run:
    """`python -m ingest run` with its progress bars read as they come: `writing` is set when the
    "store" bar appears, i.e. when the first document is about to be written."""

    def __init__(self, env: dict[str, str]) -> None:
        self.started = time.monotonic()
        self.process = _start(env, progress=True)
        self.writing = threading.Event()
        self.writing_at: float | None = None
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        stream = self.process.stderr
        assert stream is not None
        for chunk in iter(lambda: stream.read1(512), b""):  # type: ignore[attr-defined]
            if not self.writing.is_set() and b"store" in chunk:
                self.writing_at = time.monotonic() - self.started
                self.writing.set()

    def wait(self) -> int:
        code = self.process.wait(timeout=300)
        self._reader.join(timeout=10)
        return code


def _timeline(env: dict[str, str]) -> tuple[float, float]:
    """Seconds from the start of a clean run to its first write and to its end."""
    clean = _Run(env)
    assert clean.wait() == 0
    return clean.writing_at or 0.0, time.monotonic() - clean.started


class _Target:
    """The store a loop works on: emptied before each round, ingested in-process, exported."""

    def __init__(self, tmp_path: Path, neo4j: dict | None) -> None:
        self.env, self.neo4j, self.db = _env(tmp_path, neo4j), neo4j, tmp_path / "graph.db"

    def _open(self):
        if self.neo4j:
            from graph.store.neo4j import Neo4jStore

            return Neo4jStore(**self.neo4j)
        return EmbeddedStore(self.db)

    def reset(self) -> None:
        if self.neo4j:
            with self._open() as store:
                store.clear()
        else:
            for path in self.db.parent.glob(self.db.name + "*"):
                path.unlink()

    def ingest(self) -> None:
        with self._open() as store:
            assert not run([SAMPLES], store).failed

    def export(self) -> str:
        with self._open() as store:
            return export_json(store)

    def documents(self) -> int:
        with self._open() as store:
            return len(store.nodes("Document"))


def kill_loop(target: _Target, kills: int, seed: int = SEED, rounds: int | None = None) -> Counter[str]:
    """A clean graph, then rounds of: fresh store, `python -m ingest run` killed with SIGKILL,
    an ingest to completion, the same graph; until `kills` runs were killed (a run may finish
    before its kill) or `rounds` rounds are done. Returns where the kills landed.

    A third of the kills fall anywhere in the run (start-up, reading, linking), two thirds in
    the stretch where documents are written (timed from the run's own "store" progress bar).
    """
    # timed like the killed runs (into an emptied store) and warm: a first run against a server
    # that has just started can take ten times as long, and kills timed by it land after the end
    target.reset()
    _timeline(target.env)
    target.reset()
    writing, total = _timeline(target.env)
    target.reset()
    target.ingest()
    clean = target.export()
    rng = random.Random(seed)
    landed: Counter[str] = Counter()
    for n in range(rounds or kills):
        if sum(landed.values()) - landed["finished before the kill"] >= kills:
            break
        target.reset()
        killed = _Run(target.env)
        if n % 3 == 0:
            delay = rng.uniform(0, total)
        else:  # timed from this run's own first write: start-up times vary more than the writes
            delay = rng.uniform(0, 0.9 * (total - writing))
            killed.writing.wait(timeout=10 * total)
        deadline = time.monotonic() + delay
        while time.monotonic() < deadline and killed.process.poll() is None:
            time.sleep(0.01)
        ended = time.monotonic() if killed.process.poll() is not None else None
        killed.process.send_signal(signal.SIGKILL)
        code = killed.wait()
        if code == 0 and ended is not None:  # faster than the timed run (a warmer server, a quieter machine)
            total = min(total, ended - killed.started)  # aim the next kills by this run
            writing = min(writing, killed.writing_at if killed.writing_at is not None else writing)
        stored = target.documents()
        landed["finished before the kill" if code == 0 else
               "before any write" if stored == 0 else f"after {stored} of 5 documents"] += 1
        target.ingest()
        assert target.export() == clean, f"kill #{n + 1} ({delay:.2f} s) left a different graph"
    print(f"\nkill points: {dict(sorted(landed.items()))}; clean run {total:.1f} s, writes from {writing:.1f} s")
    return landed


@pytest.fixture(autouse=True)
def _report_in_tmp(tmp_path, monkeypatch):
    monkeypatch.setenv("CIVIC_GRAPH_DB", str(tmp_path / "in-process" / "graph.db"))


@pytest.fixture(autouse=True)
def _slow_only_when_asked(request):
    """The kill loops take minutes: they run when selected by marker (`make crash`: -m slow)."""
    if request.node.get_closest_marker("slow") and "slow" not in (request.config.option.markexpr or ""):
        pytest.skip("a kill loop of minutes; run it with `make crash` (pytest -m slow)")


def test_killed_ingest_reruns_to_the_clean_graph(tmp_path):
    kill_loop(_Target(tmp_path, None), KILLS_QUICK, rounds=KILLS_QUICK)


@pytest.mark.slow
def test_crash_loop_embedded(tmp_path):
    landed = kill_loop(_Target(tmp_path, None), KILLS_SLOW, rounds=3 * KILLS_SLOW)
    assert sum(landed.values()) - landed["finished before the kill"] >= KILLS_SLOW


@pytest.mark.slow
@pytest.mark.neo4j
def test_crash_loop_neo4j(tmp_path):
    landed = kill_loop(_Target(tmp_path, require_neo4j()), KILLS_SLOW, seed=SEED + 1, rounds=3 * KILLS_SLOW)
    assert sum(landed.values()) - landed["finished before the kill"] >= KILLS_SLOW


def test_a_reader_works_while_an_ingest_writes(tmp_path):
    db = tmp_path / "graph.db"
    EmbeddedStore(db).close()  # the file exists before both sides open it
    seen: list[int] = []
    errors: list[BaseException] = []
    writer = _start(_env(tmp_path, None))

    def read() -> None:
        try:
            with EmbeddedStore(db) as store:
                while writer.poll() is None:
                    seen.append(sum(1 for n in store.nodes() if n.label == "Document"))
        except BaseException as exc:  # reported by the test thread
            errors.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    reader.join(timeout=300)
    _, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err.decode()
    assert not errors, errors
    assert len(seen) > 5 and seen == sorted(seen)  # many reads, documents only ever added
    with EmbeddedStore(db) as store:
        assert len(store.nodes("Document")) == 5


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # closed again when the block ends


def test_unreachable_neo4j_is_a_clear_message(tmp_path):
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    env = {**_env(tmp_path, None), "NEO4J_URI": uri, "NEO4J_PASSWORD": "x"}
    done = subprocess.run([sys.executable, "-m", "ingest", "run", "--quiet", str(SAMPLES)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.startswith(f"error: cannot reach Neo4j at {uri}")
    assert "Traceback" not in done.stderr and done.stdout == ""
