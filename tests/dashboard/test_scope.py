"""A scope (municipality, body, period) restricts every frame to its meetings' documents."""
from __future__ import annotations

import datetime as dt

import pytest

from dashboard.scope import Scope, body_keys, scope_frames
from graph.frames import load_frames
from graph.store.embedded import EmbeddedStore
from tests.graph.test_frames import ANNA, FRIVILLIG, LOTTE, fill


@pytest.fixture(scope="module")
def frames(tmp_path_factory):
    with EmbeddedStore(tmp_path_factory.mktemp("scope") / "graph.db") as store:
        return load_frames(fill(store))


def test_everything_is_the_frames_themselves(frames):
    assert scope_frames(frames, Scope()) is frames


def test_a_body_keeps_its_meetings_documents_and_the_nodes_they_name(frames):
    forum = scope_frames(frames, Scope(body="body:rudersdal:integrationsforum"))
    assert len(forum.meetings) == 2 and len(forum.documents) == 2
    assert LOTTE in set(forum.persons["id"]) and ANNA not in set(forum.persons["id"])
    assert set(forum.organisations["id"]) == {FRIVILLIG}
    assert set(forum.attendance["municipality"]) == {"Rudersdal"}


def test_a_period_and_a_municipality(frames):
    spring = scope_frames(frames, Scope(start=dt.date(2018, 3, 1), end=dt.date(2018, 12, 31)))
    assert [str(d.date()) for d in spring.meetings["date"]] == ["2018-05-15"]
    assert scope_frames(frames, Scope(municipality="Rødovre")).persons["id"].str.contains(
        "roedovre").all()


def test_body_keys_are_body_ids(frames):
    assert set(body_keys(frames.meetings)) == {"body:rudersdal:integrationsforum",
                                              "body:roedovre:aeldreraadet"}
