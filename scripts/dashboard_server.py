"""The dashboard on a free loopback port against an embedded store, for the browser checks.

`fill_store` ingests data/samples into a store, `pick_params` chooses what each page shows
(a real person, organisation, initiative, municipality), `serve` runs `streamlit run` against
the store until the block ends.
"""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
SERVER_TIMEOUT = 60.0  # seconds until /_stcore/health answers "ok"


class DashboardError(Exception):
    """The dashboard could not be started, or the store not filled."""


def _store_env(db: Path, **extra: str) -> dict[str, str]:
    # NEO4J_URI empty, not unset: it must also override a .env file (see graph.settings);
    # so must an empty dashboard password, unless one is given.
    return {**os.environ, "CIVIC_GRAPH_DB": str(db), "NEO4J_URI": "",
            "CIVIC_DASHBOARD_PASSWORD": "", **extra}


def fill_store(db: Path) -> None:
    """Ingest data/samples into the embedded store at `db` with `python -m ingest run`."""
    done = subprocess.run([sys.executable, "-m", "ingest", "run", "--quiet"], cwd=ROOT,
                          env=_store_env(db), capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise DashboardError(f"ingest into {db} failed ({done.returncode}):\n"
                              f"{done.stdout}{done.stderr}")


def pick_params(db: Path, person: str | None = None) -> dict[str, str]:
    """Query strings per page name, so each page shows something: the profile of the person
    present at most meetings (or `person`), of the organisation with most members and
    mentions, of the initiative mentioned at most meetings; a search for that person's first
    name; the brief of the municipality with most meetings (ties: the first id or name)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from urllib.parse import urlencode

    from graph.analysis.initiatives import initiative_summary
    from graph.frames import load_frames
    from graph.settings import Settings
    from graph.store import open_store

    store = open_store(Settings(graph_db=db))
    try:
        frames = load_frames(store)
    finally:
        store.close()
    params: dict[str, dict[str, str]] = {}
    present = frames.attendance[frames.attendance["status"] == "present"]
    times = Counter(present.drop_duplicates(["person_id", "meeting_id"])["person_id"])
    persons = sorted(frames.persons["id"], key=lambda p: (-times[p], p))
    person = person or (persons[0] if persons else None)
    if person:
        params["person"] = {"person": person}
        name = str(frames.persons.set_index("id")["name"].get(person, "")).split(" ")[0]
        if name:
            params["search"] = {"q": name}
    shown = Counter(frames.memberships["org_id"]) + Counter(frames.mentions["target_id"])
    organisations = sorted(frames.organisations["id"], key=lambda o: (-shown[o], o))
    if organisations:
        params["organisation"] = {"organisation": organisations[0]}
    summary = initiative_summary(frames)
    if len(summary):
        params["initiative"] = {"initiative": str(summary["id"].iloc[0])}
    counts = frames.meetings["municipality"].dropna().value_counts()
    if len(counts):
        params["onboarding"] = {"municipality": min(counts.index, key=lambda m: (-counts[m], m))}
    return {page: urlencode(values) for page, values in params.items()}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_healthy(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + SERVER_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise DashboardError(f"the dashboard exited ({server.returncode}):\n"
                                  f"{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read().decode().strip() == "ok":
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    raise DashboardError(f"the dashboard did not answer {url}/_stcore/health within "
                          f"{SERVER_TIMEOUT:.0f} s:\n{log.read_text(errors='replace')}")


@contextlib.contextmanager
def serve(db: Path, **env: str) -> Iterator[str]:
    """Run the dashboard on 127.0.0.1 against `db` (with `env` added to its environment);
    yield its base URL; stop it on exit."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="dashboard-") as tmp:
        log = Path(tmp) / "streamlit.log"
        with log.open("wb") as out:
            server = subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", "dashboard/app.py",
                 "--server.address", "127.0.0.1", "--server.port", str(port),
                 "--server.headless", "true", "--server.fileWatcherType", "none",
                 "--browser.gatherUsageStats", "false", "--global.developmentMode", "false"],
                cwd=ROOT, env=_store_env(db, **env), stdout=out, stderr=subprocess.STDOUT)
            try:
                _wait_healthy(url, server, log)
                yield url
            finally:
                server.terminate()
                try:
                    server.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait()
