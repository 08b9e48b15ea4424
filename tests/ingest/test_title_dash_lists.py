"""A participant list exported from Word as "Name, job title – organisation (mødt/afbud)", under a title line
"REFERAT – Følgegruppemøde"; invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of, persons_of

_LIST = ("Boligsocial helhedsplan Ydby Øst\n\nREFERAT – Følgegruppemøde\n\nDato: 7. september 2017, kl. 14.00\n\n"
         "Deltagere:\nJette Ravn, forretningsfører – KAB (mødt)\n"
         "Thomas Bagger, afdelingsleder – Ydby Kommune, Børn og Skole (afbud)\n"
         "Camilla Winther, SSP-konsulent – Ydby Kommune (mødt)\nMarlene Abdi, koordinator – Ydby Frivilligcenter (afbud)\n"
         "Rune Sejersen, projektleder – Ydby Øst (mødt, referent)\n\n"
         "1. Velkommen\nJette bød velkommen.\n\n2. Mødrenetværket\nMødrenetværket er godt i gang. Mødrenetværket mødes "
         "hver onsdag. Mødrenetværket får 20.000 kr.\n")


def test_a_job_title_before_a_dash_is_held_at_the_organisation_after_it():
    people = persons_of(_LIST)
    assert "forretningsfører (KAB)" in people["Jette Ravn"].roles and "KAB" in people["Jette Ravn"].organisations
    assert "SSP-konsulent (Ydby Kommune)" in people["Camilla Winther"].roles
    assert not any("–" in o for p in people.values() for o in p.organisations)


def test_mødt_or_afbud_in_the_brackets_ending_the_line_says_whether_the_person_came():
    people = persons_of(_LIST)
    assert people["Thomas Bagger"].status == "absent" and people["Marlene Abdi"].status == "absent"
    assert people["Jette Ravn"].status == "present"
    assert people["Rune Sejersen"].status == "present" and "referent" in people["Rune Sejersen"].roles
    assert not any("afbud" in o or "mødt" in o for p in people.values() for o in p.organisations)


def test_a_referat_line_naming_the_meeting_of_a_group_names_the_group_as_the_body():
    body = facts_of(_LIST).meeting.body
    assert body is not None and body.startswith("Følgegruppen")
