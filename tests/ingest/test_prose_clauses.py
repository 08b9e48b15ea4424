"""Participants named only in a running sentence: the host ("Mødet blev holdt hos formanden, Name"), a
list after ", og ud over ham deltog", an absence with its reason, a guest ("var … med som gæst") and the
minute taker ("Lis tog referat") (ingest/prose_clauses.py, ingest/prose.py); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of

_MINUTES = """HJORTBY BORGERFORENING

Referat fra bestyrelsesmøde onsdag den 8. oktober 2025 kl. 19.00-21.00

Mødet blev holdt hos formanden, Poul Krogsgaard, på Skovvej 12, og ud over ham deltog
Bente Lund, Hans Erik Nørby og Tove Skak. Jytte Kvist havde meldt afbud pga. sygdom. Under
punkt 2 var frivilligkonsulent Maja Friis fra Frivilligcenter Hjortby med som gæst. Tove tog referat.

1. Godkendelse af dagsorden
Godkendt.

2. Sommerfest
Maja fortalte om centrets planer.
"""


def test_people_of_a_running_sentence_are_read_with_status_and_full_names():
    facts = facts_of(_MINUTES, "b.txt")
    people = {p.name: p for p in facts.persons}
    assert people["Poul Krogsgaard"].status == "present" and "formand" in people["Poul Krogsgaard"].roles
    for name in ("Bente Lund", "Hans Erik Nørby", "Tove Skak"):
        assert people[name].status == "present"
    assert people["Jytte Kvist"].status == "absent"
    assert people["Maja Friis"].status == "present" and "Frivilligcenter Hjortby" in people["Maja Friis"].organisations
    assert facts.meeting.minute_taker == "Tove Skak"


def test_the_location_stops_before_the_next_clause():
    assert facts_of(_MINUTES, "b.txt").meeting.location == "Skovvej 12"
