"""Attendance as volunteer groups write it (invented minutes): a count and a run of short names."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of, persons_of

_MINUTES = ("Referat fra stormødet i Venskabsgruppen Vestby\n7. marts 2019\n\n"
            "Vi var 9 til mødet (+ to børn): Kim B., Kim S., Hanne, Rasmus fra Vestby Gymnasium og Ole.\n"
            "Afbud fra Per.\n\n"
            "1. Cykelværkstedet\nKim B. og Ole åbner værkstedet i april.\n\n"
            "2. Eventuelt\nIntet.\n\nKontakt: Kim Bonde, tlf. 11 22 33 44 · Kim Sejersen, tlf. 55 66 77 88\n")


def test_a_count_of_those_who_came_opens_the_list_of_present_people():
    facts = facts_of(_MINUTES)
    status = {p.name: p.status for p in facts.persons}
    assert status.get("Hanne") == "present" and status.get("Ole") == "present" and status.get("Per") == "absent"
    assert "Vestby Gymnasium" in next(p for p in facts.persons if p.name == "Rasmus").organisations


def test_a_first_name_with_an_initial_takes_the_one_full_name_it_fits():
    by_name = persons_of(_MINUTES)
    assert "Kim B." not in by_name and "Kim S." not in by_name
    assert by_name["Kim Bonde"].status == "present" and "Kim B." in by_name["Kim Bonde"].mentions
    assert by_name["Kim Sejersen"].status == "present"
