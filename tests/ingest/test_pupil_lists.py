"""A youth council's Markdown minutes: "Hvem var med" over pupils listed by school class ("- 8.a – Name"), notes in
italics ("*(ikke mødt)*") and an apology with its reason ("*(afbud – studietur)*"); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import persons_of

_PUPILS = ("# Ydby Ungdomsråd\n\n## Referat – møde nr. 4\n\n**Dato:** onsdag d. 16. marts 2022, kl. 15.30\n\n"
           "### Hvem var med\n\n- 8.a – Freja Lund Hansen (formand)\n- 9.b – Malthe Kristiansen\n"
           "- 8.b – Noah Petersen *(ikke mødt)*\n- 2.hf – Lærke Vind *(afbud – studietur)*\n\n---\n\n"
           "### 1. Velkommen\n\nFreja bød velkommen.\n\n### 2. Eventuelt\n\nIntet.\n")


def test_pupils_listed_by_school_class_under_hvem_var_med_are_the_councils_members():
    people = persons_of(_PUPILS, "m.md")
    assert {"Freja Lund Hansen", "Malthe Kristiansen"} <= set(people)
    assert people["Freja Lund Hansen"].status == "present" and "formand" in people["Freja Lund Hansen"].roles
    assert "medlem" in people["Malthe Kristiansen"].roles
    assert not any(o.startswith(("8.a", "9.b")) for p in people.values() for o in p.organisations)


def test_a_note_in_italics_and_an_apology_with_its_reason_say_the_pupil_did_not_come():
    people = persons_of(_PUPILS, "m.md")
    assert people["Noah Petersen"].status == "absent"
    assert people["Lærke Vind"].status == "absent"
    assert not any("studietur" in o for o in people["Lærke Vind"].organisations)
