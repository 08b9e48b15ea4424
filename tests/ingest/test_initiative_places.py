"""An initiative named with its place or a capitalised word before it ("Aakirkeby Sommerfest 2023", "Aktiv Ældre-dag")
and a year after it keeps them (ingest/extract/words_before.py); a year shared by two titles makes them no one
initiative (ingest/extract/item_topics.py); invented minutes."""
from __future__ import annotations

from ingest.extract.initiatives import initiatives
from tests.ingest.text_facts import facts_of


def _names(text: str) -> set[str]:
    return {i.name for i in initiatives(text, [(0, len(text))], set())}


def test_a_capitalised_word_before_a_capitalised_initiative_word_is_part_of_its_name():
    assert "Ydby Sommerfest 2023" in _names("- Ydby Sommerfest 2023 blev holdt sammen med handelsstandsforeningen.\n")
    assert "Aktiv Ældre-dag" in _names("Rådet holder Aktiv Ældre-dag den 6. september i hallen.\n")
    assert "Integrationsrådets pulje 2016" in _names("Rådet søger Integrationsrådets pulje 2016 om støtte.\n")


def test_a_determiner_a_person_an_organisation_or_a_longer_name_before_it_is_not():
    assert "Sommerfest" in _names("Næste Sommerfest er i juni.\n")
    assert not any(n.startswith("Lukket") for n in _names("Lukket Facebook-gruppe for afdelingen.\n"))
    assert not _names("Oplæg ved Bo Dam, centerchef i Center for Social Indsats, om job.\n")
    assert not any("Jens" in n for n in _names("Tovholder er Jens Sommerfest og Lise.\n"))


def test_two_item_titles_with_the_same_year_are_two_initiatives():
    text = ("Referat af Idrætsrådet 3. marts 2024\n\nTil stede: Bo Dam, Ane Lund\n\n"
            "1. Idrættens Dag 2024\nIdrættens Dag holdes den 1. juni ved hallen.\n\n"
            "2. Årets Leder 2024\nPrisen som Årets Leder tildeles Karin Holm fra Ydby IF.\n")
    names = {i.name for i in facts_of(text, "y.txt").initiatives}
    assert {"Idrættens Dag 2024", "Årets Leder 2024"} <= names


def test_an_item_titled_by_one_compound_noun_and_a_year_names_that_years_event():
    text = ("Referat af Karise Borgerforening 9. april 2013\n\nTil stede: Bo Dam, Ane Lund\n\n"
            "1. Sankthansbål 2013\nBålet holdes på boldbanen. Bo er tovholder.\n\n"
            "2. Driftsbudget 2014\nBudgettet blev gennemgået.\n\n3. Haltider 2013\nFordelingen er sendt ud.\n")
    names = {i.name for i in facts_of(text, "k.txt").initiatives}
    assert "Sankthansbål 2013" in names
    assert not {"Driftsbudget 2014", "Haltider 2013"} & names  # a routine topic with its year
