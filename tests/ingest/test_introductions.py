"""A round of introductions as the record of who came (`ingest/introductions.py`); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import persons_of

TEXT = """Referat af netværksmøde om frivillige i Vestby Kommune, 4. marts 2020

Punkt 1 – Præsentationsrunde
Jeg selv, Karen Holm, er frivilligkoordinator i Vestby Kommune.
Ole Dam er formand for Vestby Roklub og har 30 medlemmer. Bente Lund kommer fra Vestby Sangkor.
Per Krog er SSP-konsulent i Vestby Ungdomsskole.
Lis Bro og Eva Ry fra Vestby Spejderne havde meldt afbud.

Punkt 2 – Sommerfest
Ole Dam fortalte om planerne.

Punkt 3 – Eventuelt
Intet.
"""


def test_the_people_a_round_of_introductions_presents_attended_with_what_they_said():
    people = persons_of(TEXT, "i.txt")
    assert {people[n].status for n in ("Karen Holm", "Ole Dam", "Bente Lund", "Per Krog")} == {"present"}
    assert people["Lis Bro"].status == "absent" and people["Eva Ry"].status == "absent"
    assert "formand (Vestby Roklub)" in people["Ole Dam"].roles and "Vestby Roklub" in people["Ole Dam"].organisations
    assert "Vestby Sangkor" in people["Bente Lund"].organisations
    assert any(r.startswith("frivilligkoordinator") for r in people["Karen Holm"].roles)
    assert "Vestby Ungdomsskole" in people["Per Krog"].organisations
    assert "Vestby Spejderne" in people["Eva Ry"].organisations
    assert "medlem" not in people["Ole Dam"].roles  # introduced, not listed as a member


def test_an_ordinary_item_introduces_no_one():
    text = TEXT.replace("Præsentationsrunde", "Orientering")
    people = persons_of(text, "i.txt")
    assert people["Bente Lund"].status == "unknown"


def test_a_round_that_says_where_each_comes_from_in_brackets():
    text = ("REFERAT - NETVÆRKSMØDE FOR SOCIALE FORENINGER I YDBY\nOnsdag den 6. november 2019 kl. 16.00-18.00\n\n"
            "Referent: Janne Holm\n\n1. Velkomst og præsentationsrunde\nDerefter præsenterede alle sig:\n\n"
            "Lise Holmberg (Kirkens Korshær Ydby) fortalte, at butikken mangler frivillige.\n"
            "Grethe Sørup (Ældre Sagen Ydby) fortalte, at de har fået otte nye frivillige.\n"
            "Tove Riis (Røde Kors Ydby) havde meldt afbud.\n\n2. Eventuelt\nIntet.\n")
    people = persons_of(text)
    assert people["Lise Holmberg"].status == "present" and "Kirkens Korshær Ydby" in people["Lise Holmberg"].organisations
    assert people["Tove Riis"].status == "absent" and "Røde Kors Ydby" in people["Tove Riis"].organisations
