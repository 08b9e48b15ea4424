"""Attendance by reference to a mail's recipients, "alle i Til-feltet undtagen …" (ingest/extract/recipients.py)."""
from __future__ import annotations

from ingest.extract.recipients import recipient_sections
from tests.ingest.text_facts import persons_of

MAIL = """Fra: Lise Brun <lise@vestby-frivillig.dk>
Sendt: 8. maj 2019 10:02
Til: Ole Falk <ole.falk@mail.dk>; Rikke Sand <rs@mail.dk>; Tarik Aziz <tarik@mail.dk>; Vestby Roklub <info@roklub.dk>
Emne: Referat fra netværket

Hej alle

Tak for mødet i Netværket (tirsdag 30. april).

Til stede: alle i Til-feltet undtagen Rikke, som var syg. Referent: mig.

1. Nyt fra foreningerne
Ole fortalte om Roklubbens standerhejsning.

2. Eventuelt
Intet.
"""


def test_the_recipients_came_except_those_the_phrase_names():
    people = persons_of(MAIL)
    assert people["Ole Falk"].status == "present" and people["Tarik Aziz"].status == "present"
    assert people["Rikke Sand"].status == "absent"
    assert "Ole" not in people  # the first name in the text is the recipient
    assert "Vestby Roklub" not in people  # an organisation's mailbox


def test_no_phrase_no_lists():
    assert recipient_sections(MAIL.replace("alle i Til-feltet undtagen Rikke", "Ole og Tarik")) == []
