"""A guest listed in the header ("Gæst under pkt. 3: Name, Org") is present, from their own
organisation, and no member of the meeting's body (ingest/extract/participants.py); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import persons_of


def test_a_guest_is_present_but_not_of_the_body():
    text = ("Referat af møde i Integrationsrådet\nDato: 4. marts 2020\n"
            "Deltagere: Karen Holmsted (Ydby Forening), Ole Damgren (Ydby Gymnasium)\n"
            "Gæst under pkt. 2: Ulla Brandholm, Røde Kors Ydby\n\n"
            "1. Velkomst\nKaren bød velkommen.\n2. Frivillige\nUlla fortalte om besøgstjenesten.\n")
    people = persons_of(text, "g.txt")
    guest = people["Ulla Brandholm"]
    assert guest.status == "present" and "Røde Kors Ydby" in guest.organisations
    assert "Integrationsrådet" not in guest.organisations and "medlem" not in guest.roles
    assert "Integrationsrådet" in people["Ole Damgren"].organisations


def test_a_listed_person_there_for_one_item_is_present_but_not_of_the_body():
    text = ("Referat af møde i Sundhedsnetværket\nDato: 29. februar 2024\n"
            "Deltagere: Jytte Kamp, Hjerteforeningen Ydby; Tove Holm, Ældre Sagen Ydby; "
            "Peter Søe, sundhedskonsulent, Ydby Kommune (punkt 4)\n\n"
            "1. Velkomst\nJytte bød velkommen.\n2. Eventuelt\nIntet.\n")
    people = persons_of(text, "g.txt")
    assert people["Peter Søe"].status == "present" and "medlem" not in people["Peter Søe"].roles
    assert "Sundhedsnetværket" not in people["Peter Søe"].organisations
    assert "Sundhedsnetværket" in people["Tove Holm"].organisations
