"""Attendance written as marks on a member list, and the legend that says what a mark means
(`ingest/attendance_marks.py`, `data/lexicon/attendance_marks.tsv`); invented minutes."""
from __future__ import annotations

from ingest.attendance_marks import parse_legend
from tests.ingest.text_facts import persons_of


def _people(header: str) -> dict:
    text = (f"Ydby Kommune – Fritidsrådet\nReferat af møde 4. marts 2020\n\n{header}\n\n"
            "1. Velkomst\nFormanden bød velkommen.\n\n2. Eventuelt\nIntet.\n")
    return persons_of(text)


def test_a_legend_in_the_heading_gives_each_mark_its_meaning():
    people = _people("Medlemsliste (✓ = mødt, ✗ = afbud)\n✓ Karen Holm, formand – Ydby Skakklub\n"
                     "✗ Ole Dam – Ydby Spejderne\n✓ Bente Lund – Ydby Sangkor")
    assert people["Karen Holm"].status == "present" and "formand" in people["Karen Holm"].roles
    assert people["Ole Dam"].status == "absent" and "medlem" in people["Ole Dam"].roles
    assert people["Bente Lund"].status == "present"
    assert "Ydby Spejderne" in people["Ole Dam"].organisations


def test_a_star_legend_with_unmarked_lines_absent():
    # "*" is otherwise a bullet: only the legend makes it a mark
    people = _people("Medlemmer (* = mødt, ikke markeret = afbud):\n* Karen Holm, Ydby Skakklub\n"
                     "  Ole Dam, Ydby Spejderne\n* Bente Lund, suppleant, Ydby Sangkor")
    assert people["Karen Holm"].status == "present"
    assert people["Ole Dam"].status == "absent"
    assert people["Bente Lund"].status == "present" and "suppleant" in people["Bente Lund"].roles


def test_a_legend_on_a_line_of_its_own_and_a_mark_after_the_name():
    people = _people("Deltagere:\nKaren Holm (*)\nOle Dam\nBente Lund (*)\n(*) = deltog i mødet, øvrige = afbud")
    assert people["Karen Holm"].status == "present" and people["Bente Lund"].status == "present"
    assert people["Ole Dam"].status == "absent"
    assert "Ole Dam" in people and not any("deltog" in name for name in people)


def test_check_marks_without_a_legend_and_bullets_that_are_no_marks():
    people = _people("Deltagere:\n✔ Karen Holm\n✘ Ole Dam")
    assert people["Karen Holm"].status == "present" and people["Ole Dam"].status == "absent"
    # every line with the same box: a rendered bullet, not "absent"
    people = _people("Deltagere:\n☐ Karen Holm\n☐ Ole Dam")
    assert {p.status for p in people.values() if p.name in ("Karen Holm", "Ole Dam")} == {"present"}


def test_legends_that_say_nothing_of_attendance_are_no_legends():
    assert parse_legend("(L) = lukket punkt") is None
    assert parse_legend("1 = 2") is None
    assert parse_legend("✓ = mødt, ✗ = afbud").marks == (("✓", "present"), ("✗", "absent"))


def test_marks_in_a_table_column_headed_fremmoede_say_who_came():
    # an HTML table "Navn | Funktion | Fremmøde" with ✓ and ✗, once "✗ (afbud)", its legend below it
    text = ("<html><body><h1>Ydby Kommune – Fritidsrådet</h1><p>Referat af møde 4. marts 2020</p>\n"
            "<table><tr><th>Navn</th><th>Funktion</th><th>Fremmøde</th></tr>\n"
            "<tr><td>Karen Holm</td><td>Formand</td><td>&#10003;</td></tr>\n"
            "<tr><td>Ole Dam</td><td>Medlem</td><td>&#10007; (afbud)</td></tr>\n"
            "<tr><td>Bente Lund</td><td>Medlem</td><td>&#10007;</td></tr>\n"
            "<tr><td>Ib Sand</td><td>Medlem</td><td>&#10003;</td></tr></table>\n"
            "<p><em>&#10003; = til stede, &#10007; = fraværende</em></p>\n"
            "<h2>1. Velkomst</h2><p>Formanden bød velkommen.</p><h2>2. Eventuelt</h2><p>Intet.</p></body></html>\n")
    people = persons_of(text, "m.html")
    assert people["Karen Holm"].status == "present" and people["Ib Sand"].status == "present"
    assert people["Ole Dam"].status == "absent" and people["Bente Lund"].status == "absent"


def test_a_markdown_task_list_ticks_who_came():
    text = ("# Landsbyforum Vestby – referat\n\n**Møde:** onsdag 14. september 2022 kl. 19.00\n\n## Fremmøde\n"
            "- [x] Hanne Østergaard (formand)\n- [x] Kurt Bisgaard (Vestby Borgerforening)\n- [ ] Per Knudsen\n"
            "- [x] Malene Thygesen\n\n## Dagsorden\n1. Godkendelse\n2. Eventuelt\n\n### 1. Godkendelse\nGodkendt.\n")
    people = persons_of(text, "v.md")
    assert people["Hanne Østergaard"].status == "present" and "formand" in people["Hanne Østergaard"].roles
    assert people["Kurt Bisgaard"].status == "present" and "Vestby Borgerforening" in people["Kurt Bisgaard"].organisations
    assert people["Per Knudsen"].status == "absent"  # a box left empty, beside ticked ones
    assert people["Malene Thygesen"].status == "present"
