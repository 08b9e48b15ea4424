"""Shared fixtures. `store` runs a test once per store: the embedded store and a real Neo4j.

Neo4j tests use NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (see `python -m graph neo4j env`).
Without them they are skipped — except when REQUIRE_NEO4J=1 (set by `make test` and CI),
where a missing server is a failure, so a green run always includes the real Neo4j.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
# Minutes naming one member ({name}, of Røde Kors) beside the chair, on {date}: two of them
# with near-identical names make a doubtful identity.
TWO_NAMES_MINUTES = """Referat fra møde i Integrationsrådet Gribskov Kommune

Mødedato: {date}

Deltagere:

{name} – repræsentant for Røde Kors

Eva Holm – formand for Integrationsrådet

1. Velkommen

Eva bød velkommen.

2. Eventuelt

Intet.
"""


def neo4j_settings() -> dict[str, str] | None:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return None
    return {
        "uri": uri,
        "user": os.environ.get("NEO4J_USER", "neo4j"),
        "password": os.environ.get("NEO4J_PASSWORD", ""),
        "database": os.environ.get("NEO4J_DATABASE") or None,
    }


def require_neo4j() -> dict[str, str]:
    """Settings of the test Neo4j, or skip (fail when REQUIRE_NEO4J=1)."""
    settings = neo4j_settings()
    if settings is None:
        message = "NEO4J_URI is not set; start one with `python -m graph neo4j start`"
        if os.environ.get("REQUIRE_NEO4J") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return settings


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request, tmp_path):
    """A fresh, empty store of each kind."""
    if request.param == "embedded":
        from graph.store.embedded import EmbeddedStore

        s = EmbeddedStore(tmp_path / "graph.db")
    else:
        from graph.store.neo4j import Neo4jStore

        s = Neo4jStore(**require_neo4j())
        s.clear()
    yield s
    s.close()


@pytest.fixture
def samples() -> Path:
    return SAMPLES
