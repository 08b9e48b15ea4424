"""A given name abbreviated with a full stop inside a full name ("Niels Chr. Hedegaard") is part of the name, in a
list and in the text (data/lexicon/name_abbreviations.txt; ingest/extract/names.py, people.py); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import persons_of

TEXT = """Referat fra Lokalrådet 3. maj 2021

Til stede: Niels Chr. Hedegaard (formand), Anne Holm, Jens Fr. Dam

1. Velkommen
Niels Chr. bød velkommen. Hans Chr. Berg fra Lem Borgerforening fortalte om byfesten.

2. Eventuelt
Intet.
"""


def test_an_abbreviated_given_name_keeps_its_stop_and_its_person():
    people = persons_of(TEXT, "a.txt")
    assert {"Niels Chr. Hedegaard", "Anne Holm", "Jens Fr. Dam", "Hans Chr. Berg"} <= set(people)
    assert "formand" in people["Niels Chr. Hedegaard"].roles and "Lem Borgerforening" in people["Hans Chr. Berg"].organisations
    assert "Niels Chr." in people["Niels Chr. Hedegaard"].mentions  # the short form in the text is the same person
    assert not any(name.startswith("Niels") and name != "Niels Chr. Hedegaard" for name in people)
