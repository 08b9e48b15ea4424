"""Settings of the graph package, read from the environment and an optional `.env` file.

Importing this module never raises and reads nothing; call `load_settings()` once at the edge
(CLI, dashboard) and pass the `Settings` down. The environment wins over `.env`, and without
any configuration the embedded store under `data/graph.db` is used, so a fresh checkout works
offline.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from graph.errors import ConfigError

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parent.parent
ENV_FILE = REPO_ROOT / ".env"
DEFAULT_GRAPH_DB = REPO_ROOT / "data" / "graph.db"

KEYS = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "CIVIC_GRAPH_DB")


@dataclass(frozen=True)
class Settings:
    """Where the graph lives: a Neo4j server when `neo4j_uri` is set, else the embedded file."""

    graph_db: Path = DEFAULT_GRAPH_DB
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: str = field(default="", repr=False)
    neo4j_database: str | None = None

    @property
    def uses_neo4j(self) -> bool:
        return bool(self.neo4j_uri)


def parse_env_file(text: str, source: str = ".env") -> dict[str, str]:
    """Parse simple `KEY=VALUE` lines (optional `export `, quotes, `#` comments).

    >>> parse_env_file("# db\\nNEO4J_URI='bolt://localhost:7687'\\n")
    {'NEO4J_URI': 'bolt://localhost:7687'}
    """
    values: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export "):].lstrip()
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep or not key.isidentifier():
            raise ConfigError(f"{source}:{number}: expected KEY=VALUE, got {raw!r}")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key] = value
    return values


def _read_env_file(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc
    return parse_env_file(text, str(path))


def _graph_db(value: str | None) -> Path:
    """Relative paths are taken from the repository root, so every entry point agrees."""
    if not value:
        return DEFAULT_GRAPH_DB
    path = Path(value).expanduser()
    return path if path.is_absolute() else REPO_ROOT / path


def load_settings(
    environ: Mapping[str, str] | None = None, env_file: Path | None = ENV_FILE
) -> Settings:
    """Read the settings: `environ` (default `os.environ`) wins over `env_file` (default `.env`)."""
    merged = _read_env_file(env_file) if env_file is not None else {}
    env = os.environ if environ is None else environ
    merged.update({key: env[key] for key in KEYS if key in env})
    settings = Settings(
        graph_db=_graph_db(merged.get("CIVIC_GRAPH_DB")),
        neo4j_uri=merged.get("NEO4J_URI") or None,
        neo4j_user=merged.get("NEO4J_USER") or "neo4j",
        neo4j_password=merged.get("NEO4J_PASSWORD", ""),
        neo4j_database=merged.get("NEO4J_DATABASE") or None,
    )
    log.debug("settings: %s", settings)
    return settings
