"""A participant table aligned with spaces in plain text, "DELTAGERE   ORGANISATION" (ingest/aligned_tables.py);
invented minutes."""
from __future__ import annotations

from ingest.aligned_tables import tab_aligned_tables
from ingest.model import Line
from tests.ingest.text_facts import persons_of

TEXT = """VESTBY BOLIGNETVÆRK
Referat af netværksmøde tirsdag 3/3-2020 kl. 17.00-19.00

NAVN                              FORENING
Gitte Brandholm (formand)         Vestby Beboerforening
Allan Kjærsgaard                  Vestby Roklub
Tove Ravnsholt           (afb.)   Vestby Kommune, Boligsocialt Team

1. Velkomst
Gitte bød velkommen.
"""


def _people():
    return persons_of(TEXT, "v.txt")


def test_each_row_is_a_person_with_the_organisation_of_its_column():
    people = _people()
    assert people["Allan Kjærsgaard"].status == "present"
    assert "Vestby Roklub" in people["Allan Kjærsgaard"].organisations
    assert "formand" in people["Gitte Brandholm"].roles
    assert "Vestby Beboerforening" in people["Gitte Brandholm"].organisations


def test_an_absence_note_in_a_column_of_its_own_marks_the_row_absent():
    people = _people()
    assert people["Tove Ravnsholt"].status == "absent"
    assert "Vestby Kommune" in people["Tove Ravnsholt"].organisations


def test_offsets_are_kept_and_other_lines_untouched():
    rows = [Line(0, "Deltagere   Organisation"), Line(25, "Ida Holm    Roklubben"), Line(47, ""),
            Line(48, "Sted:   Rådhuset")]
    tabbed = tab_aligned_tables(rows)
    assert [len(ln.text) for ln in tabbed] == [len(ln.text) for ln in rows]
    assert tabbed[1].text == "Ida Holm   \tRoklubben"
    assert tabbed[3] == rows[3]


def test_an_attendance_grid_with_initials_and_a_mark_column():
    # held-out 103: "Init. Navn" (two headings one space apart) over "KB    Karsten Bruun …  X"; nobody had been read
    from tests.ingest.text_facts import facts_of
    text = ("YDBY LOKALRÅD\nReferat af bestyrelsesmøde tirsdag den 9. september 2014 kl. 19.00-21.15\n\nFREMMØDE\n"
            + "-" * 70 + "\nInit. Navn                  Forening / udpeget af            Funktion     Mødt\n" + "-" * 70 + "\n"
            "KB    Karsten Bruun         Ydby Borgerforening              formand       X\n"
            "SV    Signe Vestergaard     Ydby Skole                       medlem        -\n"
            "PH    Preben Haahr          Ydby Idrætsforening (YIF)        suppleant     -\n" + "-" * 70 + "\n"
            "X = mødt    - = afbud\n\n1. Godkendelse\n   KB bød velkommen.\n\n2. Eventuelt\n   Intet.\n")
    persons = {p.name: p for p in facts_of(text).persons}
    assert set(persons) == {"Karsten Bruun", "Signe Vestergaard", "Preben Haahr"}
    assert persons["Karsten Bruun"].status == "present" and "formand" in persons["Karsten Bruun"].roles
    assert "KB" in persons["Karsten Bruun"].mentions
    assert persons["Signe Vestergaard"].status == persons["Preben Haahr"].status == "absent"
    assert "Ydby Skole" in persons["Signe Vestergaard"].organisations and "suppleant" in persons["Preben Haahr"].roles
