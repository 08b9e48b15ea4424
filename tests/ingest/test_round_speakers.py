"""A round of news whose lines open with a described speaker, "- Per (koordinator, Vestby Kommune): …"
(ingest/introductions.py `_speaker_sections`, ingest/extract/speakers.py)."""
from __future__ import annotations

from tests.ingest.text_facts import persons_of

LISTED = """Referat af Foreningsforum 6. maj 2019

Forummet: Tove, Anders, Lone B., Lone M.

1. Nyt fra foreningerne
Tove (Vestby Roklub): Roklubben holder standerhejsning i maj.
- Lone B. (Vestby Skakklub): Skakklubben mangler frivillige.

2. Eventuelt
Intet.
"""

UNLISTED = """Referat af Netværksmøde 6. maj 2019

Til stede: alle

1. Runden
- Jesper (foreningskonsulent, Vestby Kommune): Kommunen åbner en ny sprogcafé.
- Frida Holt (Vestby Sejlklub): Sejlklubben holder sommerskole.
- Biblioteket (Vestby Bibliotek): Udlån stiger.

2. Eventuelt
Intet.
"""


def _people(text):
    return persons_of(text, "r.txt")


def test_a_listed_first_name_gets_what_the_round_says_of_it():
    people = _people(LISTED)
    assert "Vestby Roklub" in people["Tove"].organisations
    assert "Vestby Skakklub" in people["Lone B."].organisations
    assert "Vestby Skakklub" not in people["Lone M."].organisations
    assert sum(1 for name in people if name.startswith("Tove")) == 1


def test_an_unlisted_speaker_came_with_a_role_and_an_organisation():
    people = _people(UNLISTED)
    assert people["Jesper"].status == "present"
    assert "Vestby Kommune" in people["Jesper"].organisations
    assert any(r.startswith("foreningskonsulent") for r in people["Jesper"].roles)
    assert people["Frida Holt"].status == "present" and "Vestby Sejlklub" in people["Frida Holt"].organisations
    assert "Biblioteket" not in people
