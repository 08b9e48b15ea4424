"""A list's last name broken over a line after its first name ("… og Annie\nBruun (referent)"), as PDF
text wraps it, is one person; invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of


def _persons(header: str) -> dict[str, tuple[str, ...]]:
    text = "Referat af møde i Ydby Landsbyråd 2. marts 2022\n\n" + header + "\n\n1. Godkendelse\nGodkendt.\n"
    return {p.name: p.roles for p in facts_of(text, "b.txt").persons}


def test_a_name_broken_after_the_first_name_is_one_person():
    persons = _persons("Til stede: Niels Holm (formand), Birthe Lund og Annie\nBruun (sekretær, referent)\n"
                       "Afbud: Leif Dam")
    assert "Annie" not in persons
    assert "referent" in persons["Annie Bruun"]


def test_a_first_name_on_the_next_line_is_a_new_person():
    persons = _persons("Til stede: Niels Holm (formand), Birthe Lund og Annie\nKaren Bruun (referent)")
    assert "Annie" in persons and "Karen Bruun" in persons
