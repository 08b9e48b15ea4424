"""Staff listed with a title before the name, their initials and the item they came for ("Fra forvaltningen:
ældrechef Kirsten Holm Dahl (KHD) under pkt. 3"): the items say nothing of the person; invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import persons_of


def test_a_titled_staff_member_with_initials_who_came_for_an_item():
    text = ("Ydby Kommunes Ældreråd\n\nReferat af møde 3. maj 2018 kl. 10.00\n\nDeltagere:\n"
            "1. Anna Berg (AB), formand\n2. Ole Dam (OD)\n"
            "Fra forvaltningen: ældrechef Karen Lund Holm (KLH) under pkt. 3\n\n"
            "Dagsorden:\n1. Godkendelse\n2. Meddelelser\n3. Orientering\n\n"
            "Pkt. 1. Godkendelse\nGodkendt.\n\nPkt. 3. Orientering\nKLH orienterede om budgettet.\n")
    people = persons_of(text, "s.txt")
    assert people["Karen Lund Holm"].status == "present"
    assert "administration" in people["Karen Lund Holm"].roles and "ældrechef" in people["Karen Lund Holm"].roles
    assert "KLH" in people["Karen Lund Holm"].mentions
