"""The local Neo4j that `graph.server` runs: the one named by NEO4J_URI answers and is reported.

The Neo4j tests never start or stop a server themselves (the Makefile starts it before pytest);
the unmarked tests below use an empty state folder and touch no server.
"""
from __future__ import annotations

import subprocess

import pytest
from neo4j import GraphDatabase

from graph import server
from tests.conftest import require_neo4j


@pytest.mark.neo4j
def test_server_from_env_answers():
    settings = require_neo4j()
    with GraphDatabase.driver(settings["uri"], auth=(settings["user"], settings["password"])) as driver:
        driver.verify_connectivity()
        records, _, _ = driver.execute_query(
            "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition")
    assert records[0]["name"] == "Neo4j Kernel"
    assert records[0]["versions"][0].startswith("5.26.")


@pytest.mark.neo4j
def test_status_reports_the_running_server():
    settings = require_neo4j()
    info = server.status()
    assert info is not None, "NEO4J_URI answers, but not from the server `graph.server` started"
    expected = (settings["uri"], settings["user"], settings["password"])
    assert (info.uri, info.user, info.password) == expected
    assert info.pid > 0 and info.uri.startswith("bolt://127.0.0.1:")


@pytest.fixture
def empty_state(tmp_path, monkeypatch):
    monkeypatch.setattr(server, "STATE_DIR", tmp_path)
    return tmp_path


def test_status_without_a_server_is_none(empty_state):
    assert server.status() is None
    assert server.stop() is False


def test_env_lines_need_a_password(empty_state):
    with pytest.raises(server.ServerError, match="password"):
        server.env_lines()


def test_env_lines_survive_eval(empty_state):
    (empty_state / "password").write_text("it's $HOME `x`\n")
    (empty_state / "server.port").write_text("7999\n")
    show = 'printf "%s|%s|%s" "$NEO4J_URI" "$NEO4J_USER" "$NEO4J_PASSWORD"'
    script = "\n".join([*server.env_lines(), show])
    out = subprocess.run(["sh", "-c", script], capture_output=True, text=True, check=True).stdout
    assert out == "bolt://127.0.0.1:7999|neo4j|it's $HOME `x`"
