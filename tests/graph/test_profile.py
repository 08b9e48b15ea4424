"""A person's profile on the hand-built collaboration graph (both stores), and name matching.

From tests/graph/test_collaboration.py: Bo is present at M1 (2018-03-01), M2 (2018-06-01) and M3
(2019-02-01, body Råd), MEMBER_OF Org B (doc1), named in agenda item 3 of M3. So Bo's Forum seat
runs M1–M2 (2 attended, 0 missed), the Råd seat M3 only; collaborators Ann (2), Dan (2), Cy (1).
Cy: present at M1, "unknown" at M2, so Cy's Forum seat also runs M1–M2; INVOLVED_IN Kulturfest.
"""
from __future__ import annotations

import json

import pytest

from graph import ids
from graph.analysis.profile import INITIATIVE_COLUMNS, MEETING_COLUMNS, MEMBERSHIP_COLUMNS, profile
from graph.errors import AnalysisError
from graph.names import fold_name, match_name
from tests.graph.test_collaboration import (ANN, BO, CY, DAN, KULTURFEST, M1, M2, M3, ORG_B, TOWN,
                                            graph_minutes, write)


@pytest.fixture
def frames(store):
    return write(store, *graph_minutes())


def test_profile_of_bo(frames):
    found = profile(frames, BO)
    assert found.person == {"id": BO, "name": "Bo", "municipality": TOWN}
    assert list(found.memberships.columns) == list(MEMBERSHIP_COLUMNS)
    seats = found.memberships.set_index(["org_id", "relation"])
    forum = seats.loc[(ids.body_id("Forum", TOWN), "ATTENDED")]
    assert (forum["attended"], forum["held"], forum["missed"]) == (2, 2, 0)
    assert (str(forum["first_seen"].date()), str(forum["last_seen"].date())) == (
        "2018-03-01", "2018-06-01")
    assert forum["evidence"] == [M1, M2]
    stated = seats.loc[(ORG_B, "MEMBER_OF")]
    assert stated["name"] == "Org B" and stated["evidence"] == [ids.document_id("doc1.txt")]
    assert list(found.meetings.columns) == list(MEETING_COLUMNS)
    assert found.meetings["meeting_id"].tolist() == [M1, M2, M3]
    assert found.meetings["status"].tolist() == ["present"] * 3
    assert found.collaborators["partner_id"].tolist() == [ANN, DAN, CY]


def test_profile_of_cy_has_the_initiative(frames):
    found = profile(frames, CY)
    assert list(found.initiatives.columns) == list(INITIATIVE_COLUMNS)
    assert found.initiatives[["initiative_id", "name", "roles"]].values.tolist() == [
        [KULTURFEST, "Kulturfest", ["arbejdsgruppe"]]]
    assert found.meetings["status"].tolist() == ["present", "unknown"]


def test_profile_as_json(frames):
    data = profile(frames, BO, top=1).as_dict()
    text = json.dumps(data)  # everything JSON can hold
    assert json.loads(text)["collaborators"][0]["partner_id"] == ANN
    assert data["meetings"][0]["date"] == "2018-03-01"


def test_unknown_person_is_a_named_error(frames):
    with pytest.raises(AnalysisError, match="no person 'person:testby:nobody'"):
        profile(frames, "person:testby:nobody")


NAMES = {"p1": "Martha Ahlmann", "p2": "Thorkild Damsgaard Olsen", "p3": "Eva Nanni",
         "p4": "Eva S.", "p5": "Søren Møller", "p6": "Birgit Hoé Knudsen", "p7": "Kirsten Holm",
         "p8": "Sten Sverdrup-Jensen", "p9": "Åse Ærø"}


@pytest.mark.parametrize("query, expected", [
    ("Martha Ahlmann", ["p1"]),  # exact
    ("martha", ["p1"]),  # prefix, any case
    ("ahlmann", ["p1"]),  # inside the name
    ("Thorkild", ["p2"]), ("thorkild", ["p2"]), ("THORKIL", ["p2"]),
    ("thork olsen", ["p2"]),  # word prefixes in order
    ("Eva", ["p3", "p4"]),  # ambiguous: both candidates
    ("eva n", ["p3"]),
    ("Soeren Moeller", ["p5"]), ("søren møller", ["p5"]),  # ø = oe
    ("Aase Aeroe", ["p9"]), ("åse ærø", ["p9"]),  # å = aa, æ = ae
    ("birgit hoe", ["p6"]),  # é = e
    ("sten", ["p8"]),  # a name starting with it beats "Kirsten" containing it
    ("Marta Ahlman", ["p1"]), ("Torkild Olsen", ["p2"]),  # typos: difflib
    ("zzz", []), ("", []),
])
def test_match_name(query, expected):
    assert match_name(query, NAMES) == expected


def test_match_name_on_plain_names_returns_names():
    assert match_name("martha", ["Martha Ahlmann", "Nada Naanaah"]) == ["Martha Ahlmann"]
    assert fold_name("Hoé-Knudsen, Birgit") == "hoe knudsen birgit"
