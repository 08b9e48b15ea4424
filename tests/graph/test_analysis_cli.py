"""`python -m graph collaborators|initiatives|timeline|profile` as a user runs them, on the samples.

The five sample minutes are ingested once into an embedded store in a temporary folder; every
command then runs in a subprocess with CIVIC_GRAPH_DB pointing there and NEO4J_URI empty.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.store.embedded import EmbeddedStore
from tests.conftest import ROOT, SAMPLES


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    from ingest.pipeline import run

    path = tmp_path_factory.mktemp("analysis") / "graph.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CIVIC_GRAPH_DB", str(path))  # the ingest report goes beside it
        with EmbeddedStore(path) as store:
            assert not run([SAMPLES], store).failed
    return path


def graph(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(CIVIC_GRAPH_DB=str(db), NEO4J_URI="")  # empty beats a NEO4J_URI in .env
    return subprocess.run([sys.executable, "-m", "graph", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_collaborators_table_and_json(db):
    table = graph(db, "collaborators", "thorkild")
    assert table.returncode == 0, table.stderr
    assert "Thorkild Damsgaard Olsen" in table.stdout and "2 meetings together" in table.stdout
    data = json.loads(graph(db, "collaborators", "Thorkild", "--json", "--limit", "3").stdout)
    assert data["person"] == "person:rudersdal:thorkild-damsgaard-olsen"
    assert len(data["collaborators"]) == 3
    top = data["collaborators"][0]
    assert top["score"] == 2 and top["why"] == "2 meetings together"
    assert top["evidence"] == ["meeting:integrationsforum:rudersdal:2018-02-27",
                               "meeting:integrationsnetvaerk:rudersdal:2019-02-28"]


def test_ambiguous_and_unknown_names_exit_1_with_candidates(db):
    ambiguous = graph(db, "collaborators", "eva")
    assert ambiguous.returncode == 1
    assert "ambiguous" in ambiguous.stderr
    assert "Eva Nanni" in ambiguous.stderr and "Eva S." in ambiguous.stderr
    unknown = graph(db, "profile", "Zacharias Zzz")
    assert unknown.returncode == 1 and "no person matches" in unknown.stderr


def test_initiatives(db):
    recurring = json.loads(graph(db, "initiatives", "--recurring", "--json").stdout)
    assert [i["name"] for i in recurring] == ["Koordinationsgruppen"]
    assert (recurring[0]["meetings"], recurring[0]["months_spanned"]) == (2, 12)
    assert (recurring[0]["first"], recurring[0]["last"]) == ("2018-02-27", "2019-02-28")
    table = graph(db, "initiatives")
    assert table.returncode == 0, table.stderr
    assert "Kulturfestivalen" in table.stdout and "proposed" in table.stdout  # valgevent


def test_timeline_json_shows_who_stayed_left_and_joined(db):
    data = json.loads(graph(db, "timeline", "--by", "year", "--json").stdout)
    snaps = {(s["scope"], s["period"]): s for s in data["snapshots"]}
    assert snaps[("Rudersdal", "2019")]["previous"] == "2018"
    moves = {(c["name"], c["period"]): c for c in data["changes"] if c["scope"] == "Rudersdal"}
    assert moves[("Martha Ahlmann", "2019")]["change"] == "stayed"
    assert moves[("Lotte Hassing", "2019")]["change"] == "leaver"
    assert moves[("Lotte Hassing", "2019")]["meeting_id"] == \
        "meeting:integrationsforum:rudersdal:2018-02-27"
    assert moves[("Jamila", "2019")]["change"] == "newcomer"


@pytest.mark.parametrize("by, label", [("year", "2019"), ("quarter", "2019Q1"),
                                       ("term", "2018–2021")])
def test_timeline_tables(db, by, label):
    result = graph(db, "timeline", "--by", by, "--municipality", "Rudersdal")
    assert result.returncode == 0, result.stderr
    assert label in result.stdout and "Kalundborg" not in result.stdout


def test_timeline_unknown_municipality(db):
    result = graph(db, "timeline", "--municipality", "Atlantis")
    assert result.returncode == 1 and "Atlantis" in result.stderr


def test_profile(db):
    table = graph(db, "profile", "martha")
    assert table.returncode == 0, table.stderr
    assert "Martha Ahlmann (Rudersdal)" in table.stdout
    assert "Integrationsforum" in table.stdout and "Integrationsnetværk" in table.stdout
    data = json.loads(graph(db, "profile", "Martha Ahlmann", "--json").stdout)
    assert data["person"]["id"] == "person:rudersdal:martha-ahlmann"
    assert [m["date"] for m in data["meetings"]] == ["2018-02-27", "2019-02-28"]
    assert data["collaborators"]


def test_help_lists_the_commands(db):
    result = graph(db, "--help")
    for command in ("collaborators", "initiatives", "timeline", "profile"):
        assert command in result.stdout
