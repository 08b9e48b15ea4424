"""The read-only Cypher console: reads work, the real Neo4j server refuses writes."""
from __future__ import annotations

import pytest

from graph.console import ConsoleError, ReadOnlyConsole, WriteRefused, plain
from graph.settings import Settings
from tests.conftest import require_neo4j


@pytest.fixture
def console():
    with ReadOnlyConsole(**require_neo4j()) as opened:
        yield opened


def test_the_console_needs_neo4j():
    with pytest.raises(ConsoleError, match="NEO4J_URI"):
        ReadOnlyConsole.from_settings(Settings())


def test_empty_queries_and_load_csv_never_reach_a_server():
    with ReadOnlyConsole("bolt://127.0.0.1:1", "neo4j", "x") as offline:
        with pytest.raises(ConsoleError, match="empty"):
            offline.run("   ")
        with pytest.raises(ConsoleError, match="LOAD CSV"):
            offline.run("load  csv from 'file:///etc/passwd' as row return row")


def test_plain_values_for_tables():
    assert plain({"a": (1, 2), "b": [{"c": 3}]}) == {"a": [1, 2], "b": [{"c": 3}]}


@pytest.mark.neo4j
def test_a_read_returns_columns_and_rows(console):
    result = console.run("UNWIND range(1, $n) AS x RETURN x, x * x AS square", {"n": 3})
    assert result.columns == ("x", "square")
    assert result.rows == ((1, 1), (2, 4), (3, 9))
    assert not result.truncated


@pytest.mark.neo4j
def test_rows_beyond_the_limit_are_left_out(console):
    result = console.run("UNWIND range(1, 10) AS x RETURN x", limit=4)
    assert [row[0] for row in result.rows] == [1, 2, 3, 4] and result.truncated


@pytest.mark.neo4j
def test_the_server_refuses_a_write(console):
    with pytest.raises(WriteRefused, match="refused a write"):
        console.run("CREATE (n:X) RETURN n")
    assert console.run("MATCH (n:X) RETURN count(n) AS n").rows == ((0,),)


@pytest.mark.neo4j
def test_a_syntax_error_is_a_console_error(console):
    with pytest.raises(ConsoleError) as caught:
        console.run("MATCH (n) RETURN n LIMIT")
    assert not isinstance(caught.value, WriteRefused)
