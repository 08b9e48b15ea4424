"""A role heading over a person's initials alone ("Referent: EM", "Ordstyrer: JK"): the listed person those
initials belong to holds the role.

Minutes that name people by initials ("EM fremlagde regnskabet") write the minute-taker so too; the initials
are the first letters of a listed participant's names ("Erik Mørup"), and belong to that participant alone.
"""
from __future__ import annotations

import re

from ingest.extract.people import initials_of
from ingest.extract.participants import Participant
from ingest.lexicon import fold, load
from ingest.model import ParticipantSection

_INITIALS = re.compile(r"^\(?([A-ZÆØÅ]{2,4})\.?\)?$")


def with_initialled_roles(listed: list[Participant], sections: tuple[ParticipantSection, ...]) -> list[Participant]:
    """`listed`, each participant whose initials stand alone under a role heading given that role (in place)."""
    headings = load().headings
    for section in sections:
        heading = headings.get(fold(section.heading))
        role = heading.role if heading is not None else None
        for line in section.lines if role else ():
            if (m := _INITIALS.match(line.text.strip())) is None:
                continue
            owners = [p for p in listed if initials_of(p.name) == fold(m.group(1))]
            if role and len(owners) == 1 and role not in owners[0].roles:
                owners[0].roles.append(role)
                if m.group(1) not in owners[0].mentions:
                    owners[0].mentions.append(m.group(1))
    return listed
