"""People lists side by side in a plain-text table parted by "|", under a rule row, a post wrapped onto the next
row of its column, and the name's own initials after a comma (held-out 83)."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of, persons_of

_TABLE = """Vestby Kommune
Folkeoplysningsudvalget
Mødedato: onsdag den 9. marts 2011

Til stede                                   | Afbud
--------------------------------------------+-----------------------------------------
Bent Lykke, BL (Lillerød Idrætsforening),   | Susanne Wiborg, SW (Vestby Spejderne)
  formand                                   |
Ole Bak, OB (Vestby Skytteforening)         | Martin Friis, MF (Venstre)

1. Godkendelse af dagsorden
Godkendt. BL takkede.
"""


def test_each_column_is_its_list_and_a_wrapped_post_stays_with_its_person():
    persons = persons_of(_TABLE)
    assert {n: p.status for n, p in persons.items()} == {"Bent Lykke": "present", "Ole Bak": "present",
                                                         "Susanne Wiborg": "absent", "Martin Friis": "absent"}
    assert "formand" in persons["Bent Lykke"].roles and "formand" not in persons["Ole Bak"].roles
    assert "Vestby Spejderne" in persons["Susanne Wiborg"].organisations
    assert "Venstre" not in persons["Ole Bak"].organisations


def test_the_names_own_initials_after_a_comma_are_initials_not_an_organisation():
    persons = persons_of(_TABLE)
    assert "BL" in persons["Bent Lykke"].mentions and "BL" not in persons["Bent Lykke"].organisations
    assert "Lillerød Idrætsforening" in persons["Bent Lykke"].organisations
    organisations = {o.name for o in facts_of(_TABLE).organisations}
    assert not organisations & {"BL", "OB", "SW", "MF"}


def test_a_markdown_table_of_two_lists():
    persons = persons_of("Referat, Seniorrådet, Fanø Kommune\nMødedato: 3. marts 2025\n\n| Til stede | Afbud |\n|---|---|\n"
                       "| Rita Holm (formand) | Ib Sand |\n| Karen Vestergaard | |\n\n1. Velkomst\nGodkendt.\n")
    assert {n: p.status for n, p in persons.items()} == {"Rita Holm": "present", "Karen Vestergaard": "present",
                                                         "Ib Sand": "absent"}


def test_a_web_pages_table_row_of_two_lists_each_a_cell_of_lines():
    page = ("<h1>Referat, Idrætsrådet, Hørsholm Kommune</h1><p>Mødedato: 4. marts 2019</p>"
            "<table><thead><tr><th>Til stede</th><th>Afbud</th></tr></thead><tbody><tr>"
            "<td>Jakob Winther – Hørsholm Roklub (formand)<br>Ahmad Rahimi – Rungsted Tennisklub<br>"
            "Claus Fenger – Hørsholm Kommune (sekretær)</td><td>Mikkel Ravn – Rungsted Sejlklub<br>"
            "Dorthe Lyhne – Hørsholm Gymnastikforening</td></tr></tbody></table>"
            "<p>Under punkt 3 deltog Ulla Brønd.</p><h2>1. Velkomst</h2><p>Godkendt.</p><h2>2. Eventuelt</h2><p>Intet.</p>")
    persons = persons_of(page, "m.html")
    assert {n: p.status for n, p in persons.items() if n != "Ulla Brønd"} == {
        "Jakob Winther": "present", "Ahmad Rahimi": "present", "Claus Fenger": "present",
        "Mikkel Ravn": "absent", "Dorthe Lyhne": "absent"}
    assert persons["Claus Fenger"].organisations[0] == "Hørsholm Kommune"


def test_two_lists_side_by_side_aligned_by_spaces_with_entries_wrapped_in_their_columns():
    text = ("MARSTAL LOKALRÅD                                          Ærø Kommune\n\n"
            "REFERAT AF MØDE I MARSTAL LOKALRÅD\nOnsdag den 7. november 2012 kl. 19.00 - 21.15\n\n"
            "TIL STEDE                                         AFBUD\n"
            "Kirsten Bay Hansen, KBH [Marstal                  Jens Ole Bonde, JOB [Marstal\n"
            "  Borgerforening], formand                          Søfartsmuseum]\n"
            "Lene Dahl, LD [Ærø Kommune],\n  sekretær\n\n1. Velkomst\nGodkendt.\n\n2. Eventuelt\nIntet.\n")
    persons = persons_of(text)
    assert {n: p.status for n, p in persons.items()} == {"Kirsten Bay Hansen": "present", "Lene Dahl": "present",
                                                         "Jens Ole Bonde": "absent"}
    assert "Marstal Borgerforening" in persons["Kirsten Bay Hansen"].organisations
    assert "formand" in persons["Kirsten Bay Hansen"].roles and "KBH" in persons["Kirsten Bay Hansen"].mentions
    assert "Marstal Søfartsmuseum" in persons["Jens Ole Bonde"].organisations
    assert facts_of(text).meeting.body == "Marstal Lokalråd"
