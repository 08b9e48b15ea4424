"""Name forms: a participant listed by a double first name ("Jens Erik") and named in full elsewhere in the minutes
("Jens Erik Frandsen") is one person; a known surname in the genitive loses its s (ingest/extract/people.py);
invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of


def test_a_double_first_name_takes_the_full_name_the_text_gives():
    text = ("Referat af bestyrelsesmøde\nDato: 4. marts 2015\n"
            "Til stede: Bodil (formand), Anne Mette (referent) og Preben.\n\n"
            "1. Meddelelser\nAnne Mette Vindahl har overtaget kontakten til kommunen.\n"
            "2. Eventuelt\nIntet.\n")
    persons = facts_of(text, "d.txt").persons
    named = [p for p in persons if p.name.startswith("Anne Mette")]
    assert [p.name for p in named] == ["Anne Mette Vindahl"]
    assert named[0].status == "present" and "referent" in named[0].roles


def test_a_known_surname_in_the_genitive_is_the_name_without_its_s():
    text = ("Referat af bestyrelsesmøde\nDato: 4. marts 2015\nTil stede: Bodil (formand) og Preben.\n\n"
            "1. Meddelelser\nKaren er indtrådt i bestyrelsen efter Aksel Holms død i december.\n"
            "2. Eventuelt\nIntet.\n")
    names = {p.name for p in facts_of(text, "g.txt").persons}
    assert "Aksel Holm" in names and "Aksel Holms" not in names


def test_a_hyphenated_given_name_of_two_listed_names_opens_a_name_in_the_text():
    from tests.ingest.text_facts import persons_of

    text = ("Referat fra Lokalrådet 3. maj 2021\n\nTil stede: Anne Holm\n\n1. Valg af dirigent\n"
            "Bestyrelsen foreslog Poul-Henrik Ipsen, som blev valgt. Anne-Mette Hjorth takkede.\n2. Eventuelt\nIntet.\n")
    people = persons_of(text, "h.txt")
    assert {"Poul-Henrik Ipsen", "Anne-Mette Hjorth"} <= set(people)
