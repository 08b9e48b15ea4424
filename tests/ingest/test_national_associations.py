"""National associations known by name (data/lexicon/organisations.tsv) whose names hold no
organisation ending; invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of


def test_the_national_association_of_volunteer_centres_is_no_mention_of_the_local_one():
    text = ("Frivilligcenter Ydby · Bestyrelsen\n\nReferat\nDato: 4. marts 2025\n"
            "Til stede: Jonna Kildegaard (formand), Poul Ravnholt\n"
            "1. Nyt fra centerlederen\nFrivilligcentret har fået nye frivillige, og Frivilligcentre og "
            "Selvhjælp Danmark holder landsmøde i juni.\n2. Eventuelt\nIntet.\n")
    facts = facts_of(text, "n.txt")
    orgs = {o.name: o for o in facts.organisations}
    assert "Frivilligcentre og Selvhjælp Danmark" in orgs
    assert "Frivilligcentre" not in orgs["Frivilligcenter Ydby"].mentions


def test_national_foundations_are_organisations_by_their_whole_name():
    text = ("Referat af bestyrelsesmøde i Ydby Lokalråd\nDato: 4. marts 2025\n"
            "Til stede: Jonna Kildegaard (formand), Poul Ravnholt\n"
            "1. Udviklingsplan\nRealdania og Lokale og Anlægsfonden har en pulje til processen.\n"
            "2. Eventuelt\nIntet.\n")
    names = {o.name for o in facts_of(text, "f.txt").organisations}
    assert {"Realdania", "Lokale og Anlægsfonden"} <= names and "Anlægsfonden" not in names
