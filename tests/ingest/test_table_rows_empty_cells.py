"""An HTML participant table whose rows end in an empty cell, with empty rows between groups and "x" in a column
headed "Afbud": each row is read on its own (never joined to the next), and the "x" makes the person absent;
invented minutes."""
from __future__ import annotations

from ingest.read import text_to_document
from tests.ingest.text_facts import persons_of

_HTML = ("<h1>Referat – Netværksmøde for foreninger</h1><p>Tirsdag den 5. marts 2024 kl. 17.00</p>"
         "<h2>Deltagere</h2><table><tr><th>Navn</th><th>Forening</th><th>Afbud</th></tr>"
         "<tr><td>Anna Berg</td><td>Ydby Frivilligcenter (leder)</td><td></td></tr>"
         "<tr><td></td><td></td><td></td></tr>"
         "<tr><td>Ole Dam</td><td>Røde Kors Ydby</td><td>x</td></tr>"
         "<tr><td>Karen Lund</td><td>Røde Kors Ydby</td><td></td></tr>"
         "<tr><td>Bo Storm</td><td>Ydby Kommune, Socialafdelingen</td><td></td></tr></table>"
         "<h2>1. Velkommen</h2><p>Anna bød velkommen.</p>")


def test_rows_ending_in_an_empty_cell_stay_lines_of_their_own():
    text = text_to_document(_HTML, "n.html", "html").text
    assert "Anna Berg\tYdby Frivilligcenter (leder)\t\n" in text
    assert "Karen Lund\tRøde Kors Ydby\t\n" in text


def test_each_row_is_one_person_and_x_under_afbud_is_absent():
    people = persons_of(_HTML, "n.html")
    assert people["Anna Berg"].status == "present" and "Ydby Frivilligcenter" in people["Anna Berg"].organisations
    assert people["Karen Lund"].status == "present" and people["Karen Lund"].organisations[:1] == ("Røde Kors Ydby",)
    assert people["Ole Dam"].status == "absent"
    assert people["Bo Storm"].status == "present"
    assert not any("\t" in o for p in people.values() for o in p.organisations)


def test_a_title_after_a_dash_names_the_meeting():
    from ingest.meeting_titles import titled_meeting_body
    assert titled_meeting_body(["Referat – Netværksmøde for foreninger", "Ydby Frivilligcenter"]) \
        == "Netværksmøde for foreninger"
