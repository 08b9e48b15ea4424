"""A sign-in sheet typed in two columns side by side ("Navn  Forening  Navn  Forening"), with cells wrapped
onto a row of their own, under minutes titled by a meeting between the municipality and the associations;
invented minutes."""
from __future__ import annotations

from ingest.read.sheets import unfold_side_by_side
from tests.ingest.text_facts import facts_of, persons_of

_SHEET = ("YDBY KOMMUNE\nKultur og Fritid\n\nREFERAT\n\n"
          "Dialogmøde mellem Ydby Kommune og de frivillige foreninger\nTorsdag den 7. november 2019, kl. 17.00\n\n"
          "Deltagere (afskrift af underskriftsarket)\n\n"
          "  Navn                 Forening                  Navn               Forening\n"
          "  ------------------------------------------------------------------------------\n"
          "  Anne Brandt          Ældre Sagen Ydby          Morten Kjær        Røde Kors Ydby\n"
          "  Birgit Frost         Ældre Sagen Ydby          Y. Sand            Røde Kors Ydby\n"
          "  Hamid Karimi         Venligboerne Ydby         Jytte Bro          Ydby Sogns\n"
          "                                                                    Menighedspleje\n"
          "  Karen Thule          Kultur- og Fritids-       Signe Lind         Ydby Kommune\n"
          "                       udvalget (formand)\n\n"
          "1. Velkomst\nKaren Thule bød velkommen.\n\n2. Eventuelt\nYvonne fortalte om spisevennerne.\n")


def test_both_columns_of_a_sheet_are_read_each_person_with_the_cell_beside_them():
    people = persons_of(_SHEET)
    assert {"Anne Brandt", "Hamid Karimi", "Karen Thule", "Morten Kjær", "Jytte Bro", "Signe Lind"} <= set(people)
    assert people["Morten Kjær"].organisations[:1] == ("Røde Kors Ydby",)
    assert "Røde Kors Ydby" not in people["Anne Brandt"].organisations
    assert all(people[n].status == "present" for n in ("Anne Brandt", "Morten Kjær", "Signe Lind"))


def test_a_cell_wrapped_onto_a_row_without_a_name_goes_on_with_the_row_above():
    people = persons_of(_SHEET)
    assert "Ydby Sogns Menighedspleje" in people["Jytte Bro"].organisations
    assert "Kultur- og Fritidsudvalget" in people["Karen Thule"].organisations
    assert not any(name.startswith(("Menighedspleje", "udvalget")) for name in people)


def test_a_meeting_between_the_municipality_and_associations_titled_under_referat_is_the_body():
    facts = facts_of(_SHEET)
    assert facts.meeting.body == "Dialogmøde mellem Ydby Kommune og de frivillige foreninger"
    # a meeting is no organisation the participants belong to
    assert not any(facts.meeting.body in p.organisations for p in facts.persons)


def test_a_sheet_without_repeated_headings_is_left_as_it_is():
    text = "Navn       Forening\nAnna Berg  Ydby IF\n"
    assert unfold_side_by_side(text) == text
    assert unfold_side_by_side("Navn og navn\n") == "Navn og navn\n"


def test_a_name_cell_of_an_initial_and_a_surname_is_a_person_whose_first_name_the_text_writes_out():
    people = persons_of(_SHEET)
    assert people["Y. Sand"].status == "present" and "Røde Kors Ydby" in people["Y. Sand"].organisations
    assert "Yvonne" not in people and "Yvonne" in people["Y. Sand"].mentions
