"""A board post in parentheses after a name in the text, as a roster writes it, and a deputy named in
a member's parentheses (ingest/extract/relations.py); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import persons_of

TEXT = """Referat af bestyrelsesmøde
Dato: 4. marts 2015
Til stede: Bodil, Holger og Karen. Afbud: Inger.

1. Meddelelser
Intet.
2. Eventuelt
Intet.

Bestyrelsen 2015: Bodil Kirkegaard (formand) · Holger Overgaard (næst-
formand) · Karen Mortensen · Inger Bakgaard (suppleant: Ole Vintersen)
"""


def test_posts_in_a_roster_go_to_the_people_it_names():
    people = persons_of(TEXT, "r.txt")
    assert "næstformand" in people["Holger Overgaard"].roles
    assert "formand" in people["Bodil Kirkegaard"].roles
    assert "suppleant" in people["Ole Vintersen"].roles
    assert people["Karen Mortensen"].roles == ("medlem",)
