"""Initiatives listed in a table under a column headed by a kind of initiative ("Indsats", "Aktivitet");
invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of


def _facts(body: str, fmt: str = "txt"):
    text = "Referat af møde i Ydby Boligråd 2. marts 2022\n\nDeltagere: Karen Holmsted\n\n" + body
    return facts_of(text, "t." + fmt)


def test_a_status_table_lists_its_initiatives_even_one_named_like_an_association():
    facts = _facts("1. Status\nKaren gennemgik status. Oversigt:\nIndsats\tPartnere\tStatus\n"
                   "Lektiecafé Nord\tVestby Skole\tKører hver tirsdag\n"
                   "Jobpatruljen\tYdby Boligselskab\tSat på pause\n"
                   "Mandeklubben\tBeboerhuset\tLukket pr. 1. maj\n"
                   "\t\tKaren takkede de frivillige.\n")
    names = {i.name for i in facts.initiatives}
    assert {"Lektiecafé Nord", "Jobpatruljen", "Mandeklubben"} <= names
    assert "Oversigt" not in names
    assert "Mandeklubben" not in {o.name for o in facts.organisations}


def test_a_column_of_applied_for_activities_is_read_but_not_an_associations_own_party():
    facts = _facts("1. Puljen\n| Ansøger | Aktivitet | Beløb |\n|---|---|---|\n"
                   "| Ydby Cricket Klub | Cricket for nye borgere | 8.000 kr. |\n"
                   "| Ydby Kvindeforening | Foreningens nytårsfest | 4.000 kr. |\n\nGodkendt.\n")
    names = {i.name for i in facts.initiatives}
    assert "Cricket for nye borgere" in names
    assert "Foreningens nytårsfest" not in names


def test_a_table_without_an_initiative_column_lists_none():
    facts = _facts("1. Opfølgning\nHvad\tHvem\tHvornår\nSende brev til Ydby Skole\tKH\tUge 7\n")
    assert "Sende brev til Ydby Skole" not in {i.name for i in facts.initiatives}
