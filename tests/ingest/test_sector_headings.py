"""Participants grouped under sector headings ("Kommunen:", "Foreninger:", "Borgere:") under "Til stede"
(data/lexicon/headings.tsv): a group of people, not an organisation, except "Kommunen", which names the
municipality; a note in brackets keeps its "og" ("Integration og Sprog"); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of

_PAGE = """<html><body>
<h1>Integrationsrådet i Favrskov</h1>
<p>Referat af rådsmøde tirsdag den 2. februar 2021 kl. 17.00</p>
<h2>Til stede</h2>
<p><strong>Kommunen:</strong> Lone Krag (integrationschef, Integration og Sprog),
Per Mose (jobkonsulent, Jobcenter Hjortby)</p>
<p><strong>Foreninger:</strong> Ib Lund (formand, Røde Kors Hjortby), Eva Dam (Venligboerne Hjortby)</p>
<p><strong>Borgere:</strong> Sara Holm, Omar Aziz</p>
<p><strong>Afbud:</strong> Tina Berg (Venligboerne Hjortby)</p>
<h2>1. Velkomst</h2>
<p>Ib Lund bød velkommen.</p>
<h2>2. Eventuelt</h2>
<p>Intet.</p>
</body></html>
"""


def test_people_under_sector_headings_are_listed_with_their_sector():
    facts = facts_of(_PAGE, "r.html")
    people = {p.name: p for p in facts.persons}
    assert people["Lone Krag"].status == "present" and "administration" in people["Lone Krag"].roles
    assert {"Integration og Sprog", "Favrskov Kommune"} <= set(people["Lone Krag"].organisations)
    assert people["Per Mose"].status == "present" and "Jobcenter Hjortby" in people["Per Mose"].organisations
    assert people["Eva Dam"].status == "present" and "medlem" in people["Eva Dam"].roles
    assert people["Sara Holm"].status == "present" and people["Omar Aziz"].status == "present"
    assert people["Tina Berg"].status == "absent"


def test_a_sector_heading_is_no_organisation():
    facts = facts_of(_PAGE, "r.html")
    names = {o.name for o in facts.organisations} | {o for p in facts.persons for o in p.organisations}
    assert not names & {"Borgere", "Foreninger", "Kommunen"}
