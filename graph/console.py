"""A read-only Cypher console on the Neo4j store, for the dashboard and for researchers.

Every query runs in a READ transaction (`session.execute_read` in a session opened with
`default_access_mode=READ_ACCESS`), so the server itself refuses a write
(`Neo.ClientError.Statement.AccessMode`); nothing here tries to recognise writes in the query text.
`LOAD CSV` is refused before it reaches the server: it only reads, but it reads files on the
server's machine or any URL, which a console shown in a browser should not offer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from neo4j import READ_ACCESS, Driver, GraphDatabase, ManagedTransaction, unit_of_work
from neo4j.exceptions import ClientError, DriverError, Neo4jError, ServiceUnavailable
from neo4j.graph import Node, Path, Relationship

from graph.errors import GraphError
from graph.settings import Settings

ROW_LIMIT = 500
TIMEOUT = 30.0  # seconds the server may spend on one query
_ACCESS_MODE = "Neo.ClientError.Statement.AccessMode"
_LOAD_CSV = re.compile(r"\bLOAD\s+CSV\b", re.IGNORECASE)


class ConsoleError(GraphError):
    """A console query failed: bad syntax, an unknown procedure, a time-out (message from Neo4j)."""


class WriteRefused(ConsoleError):
    """The server refused a write, because the console reads only."""


@dataclass(frozen=True)
class QueryResult:
    """Column names, rows of plain Python values, and whether more rows were left out."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    truncated: bool


def plain(value: Any) -> Any:
    """A value a table can show: nodes and relationships as dicts, paths as lists, else as is.

    >>> plain([1, {"a": (2, 3)}])
    [1, {'a': [2, 3]}]
    """
    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **dict(value.items())}
    if isinstance(value, Relationship):
        return {"type": value.type, **dict(value.items())}
    if isinstance(value, Path):
        return [plain(node) for node in value.nodes]
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    return value


def _read(limit: int, timeout: float) -> Any:
    @unit_of_work(timeout=timeout)
    def work(tx: ManagedTransaction, query: str, parameters: Mapping[str, Any]) -> QueryResult:
        result = tx.run(query, dict(parameters))
        records = result.fetch(limit + 1)
        columns = tuple(result.keys())
        result.consume()
        rows = tuple(tuple(plain(value) for value in record.values()) for record in records[:limit])
        return QueryResult(columns, rows, len(records) > limit)
    return work


class ReadOnlyConsole:
    """Runs user queries against `uri` in read transactions only."""

    def __init__(self, uri: str, user: str, password: str, database: str | None = None) -> None:
        self.uri, self.database = uri, database
        try:
            self._driver: Driver = GraphDatabase.driver(uri, auth=(user, password))
        except (DriverError, ValueError) as exc:
            raise ConsoleError(f"cannot connect to Neo4j at {uri}: {exc}") from exc

    @classmethod
    def from_settings(cls, settings: Settings) -> ReadOnlyConsole:
        if not settings.neo4j_uri:
            raise ConsoleError("the console needs Neo4j: set NEO4J_URI (see README)")
        return cls(settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password,
                   settings.neo4j_database)

    def __enter__(self) -> ReadOnlyConsole:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, query: str, parameters: Mapping[str, Any] | None = None, *,
            limit: int = ROW_LIMIT, timeout: float = TIMEOUT) -> QueryResult:
        """The first `limit` rows of `query`; raises `WriteRefused` or `ConsoleError`."""
        if not query.strip():
            raise ConsoleError("empty query")
        if _LOAD_CSV.search(query):
            raise ConsoleError("LOAD CSV is not offered in the console (it reads server files)")
        try:
            with self._driver.session(database=self.database,
                                      default_access_mode=READ_ACCESS) as session:
                result: QueryResult = session.execute_read(_read(limit, timeout), query,
                                                           parameters or {})
                return result
        except ClientError as exc:
            if exc.code == _ACCESS_MODE:
                raise WriteRefused(f"Neo4j at {self.uri} refused a write: {exc.message}") from exc
            raise ConsoleError(f"Neo4j at {self.uri}: {exc.message}") from exc
        except (ServiceUnavailable, DriverError, Neo4jError, OSError) as exc:
            raise ConsoleError(f"Neo4j at {self.uri}: {exc}") from exc

    def close(self) -> None:
        self._driver.close()
