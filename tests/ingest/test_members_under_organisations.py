"""A group's members listed under bold organisation bullets, each person a sub-bullet ("- **Ydby Gymnasium**" /
"  - Bo Storm, lektor *(afbud)*") under a heading that is a members heading in the genitive ("## Følgegruppens
medlemmer"): each person present or absent, tied to the organisation above; invented minutes."""
from __future__ import annotations

from ingest.sections import known_heading
from tests.ingest.text_facts import facts_of

_TEXT = ("# Følgegruppen for projekt \"Unge i Naturen\"\n\n**Dato:** 3. maj 2021, kl. 15.00\n\n"
         "## Følgegruppens medlemmer\n\n- **Ydby Kommune, Kultur og Fritid**\n  - Anna Berg, projektleder (referent)\n"
         "  - Ole Dam, konsulent\n- **Ydby Gymnasium**\n  - Bo Storm, lektor *(afbud)*\n  - Karen Lund\n\n"
         "Gæst under pkt. 2: Ib Holm, Friluftsrådet\n\n## 1. Velkomst\nAnna bød velkommen.\n\n"
         "## 2. Puljen\nIb Holm fortalte om puljen.\n")


def test_a_members_heading_in_the_genitive_is_a_members_heading():
    assert known_heading("Følgegruppens medlemmer") == ("members", "Følgegruppens medlemmer")
    assert known_heading("Styregruppens medlemmer")[0] == "members"
    assert known_heading("Lejernes medlemmer") is None


def test_people_under_organisation_bullets_are_tied_to_them():
    facts = facts_of(_TEXT, "f.md")
    people = {p.name: p for p in facts.persons}
    assert people["Karen Lund"].status == "present" and "Ydby Gymnasium" in people["Karen Lund"].organisations
    assert people["Bo Storm"].status == "absent" and "Ydby Gymnasium" in people["Bo Storm"].organisations
    assert people["Ole Dam"].status == "present" and "medlem" in people["Ole Dam"].roles
    assert any("Kultur og Fritid" in o for o in people["Ole Dam"].organisations)
    assert people["Ib Holm"].status == "present"
    assert facts.meeting.body != "Friluftsrådet"


def test_the_group_is_the_body_with_its_quoted_project():
    assert facts_of(_TEXT, "f.md").meeting.body == 'Følgegruppen for projekt "Unge i Naturen"'
