"""An initials key under the lists, as a blockquote of "GP = Name, role ·" entries (ingest/keys.py);
invented minutes."""
from __future__ import annotations

from ingest.keys import key_block
from ingest.model import Line
from tests.ingest.text_facts import facts_of, persons_of

TEXT = """# Brugerrådet ved Ydby Aktivitetscenter

Referat fra brugerrådsmøde mandag den 6. september 2021 kl. 13.30–15.00

Til stede: HK (fmd.), OB, SV (for PL)
Afbud: PL
Referent: OB

> **Navnenøgle**
> HK = Hanne Kjærsgaard, valgt af brugerne · OB = Ole Brandholm, Ydby Krolfklub ·
> PL = Per Lundsgaard, Ydby Petanqueklub · SV = Svend Vestergaard, suppleant, Ydby Petanqueklub

### 1. Velkommen

HK bød velkommen.

### 2. Eventuelt

Intet.
"""


def _people():
    return persons_of(TEXT, "k.md")


def test_initials_in_the_lists_get_the_names_of_a_key_under_them():
    people = _people()
    assert people["Hanne Kjærsgaard"].status == "present" and "formand" in people["Hanne Kjærsgaard"].roles
    assert people["Per Lundsgaard"].status == "absent"
    assert "suppleant" in people["Svend Vestergaard"].roles
    assert "Ydby Krolfklub" in people["Ole Brandholm"].organisations
    assert "referent" in people["Ole Brandholm"].roles


def test_the_users_who_elected_a_member_are_no_organisation():
    assert "brugerne" not in _people()["Hanne Kjærsgaard"].organisations


def test_a_key_inside_the_minutes_cuts_nothing_and_one_at_the_end_starts_at_its_heading():
    inside = [Line(0, "Navnenøgle"), Line(11, "AB = Anna Berg · CD = Carl Dahl"), Line(43, "1. Velkomst")]
    at, key = key_block(inside)
    assert at == len(inside) and key["CD"] == Line(33, "Carl Dahl")
    ending = [Line(0, "1. Velkomst"), Line(12, ""), Line(13, "Initialer:"), Line(24, "AB = Anna Berg"),
              Line(39, "CD = Carl Dahl")]
    assert key_block(ending)[0] == 1


_MAIL = """Fra: Ydby Kommune, Ældrerådets sekretariat <aeldreraad@ydby.example>
Emne: Referat fra Ældrerådets møde 4. marts 2020

Hermed referat fra mødet i Ældrerådet onsdag den 4. marts 2020.

Referat sendt til:
  KH (Ydby Roklub / Ældre Sagen) – Karen Holm, formand
  OD (Byrådet) – Ole Dam, næstformand
  BW (Ydby Sangkor) – Bo Winther
Kopi: Sekretær Mette Friis

Til stede: KH, OD og Mette Friis (referent).
Afbud: BW.

1. Meddelelser
KH bød velkommen. Karen orienterede, og Ole spurgte til budgettet.

2. Eventuelt
Intet.
"""


def test_a_list_sent_to_that_gives_initials_before_names_is_the_key_of_the_lists():
    people = persons_of(_MAIL)
    assert {n: p.status for n, p in people.items()} == {
        "Karen Holm": "present", "Ole Dam": "present", "Bo Winther": "absent", "Mette Friis": "present"}
    assert {"Ydby Roklub", "Ældre Sagen"} <= set(people["Karen Holm"].organisations)
    assert "formand" in people["Karen Holm"].roles and "Byrådet" in people["Ole Dam"].organisations
    assert {"KH", "Karen"} <= set(people["Karen Holm"].mentions) and "referent" in people["Mette Friis"].roles


_SIGNED = """Bestyrelsesmøde i Frivilligcenter Ydby
Referat af mødet tirsdag den 7. marts 2023 kl. 17.00-19.00

Tilstede: KL, BHM, OT, RS (ref.)
Afbud: Ulla Brink

1. Nyt fra formanden
KL har holdt møde med kommunen. BHM og OT er tovholdere på
indsatsen for 2023-2024.
KL deltog i et møde om frivilligpolitikken.

2. Eventuelt
Intet.

Karin Lyhne (KL), formand            Bo Holm-Mikkelsen (BHM), næstformand

Ove Toft (OT), kasserer

Referent: Rikke Sand (RS), centerleder
"""


def test_signatures_that_give_the_initials_name_a_list_of_initials():
    people = persons_of(_SIGNED)
    assert people["Karin Lyhne"].status == "present" and "formand" in people["Karin Lyhne"].roles
    assert "KL" in people["Karin Lyhne"].mentions
    assert "næstformand" in people["Bo Holm-Mikkelsen"].roles and "formand" not in people["Bo Holm-Mikkelsen"].roles
    assert people["Ove Toft"].status == "present" and "kasserer" in people["Ove Toft"].roles
    assert "referent" in people["Rikke Sand"].roles


def test_initials_a_person_goes_by_are_no_organisation_though_one_goes_by_them_too():
    facts = facts_of(_SIGNED)
    assert not {o.name for o in facts.organisations} & {"KL", "BHM", "OT", "RS"}
    assert not any("KL" in o.name for o in facts.organisations)
    assert all(not set(p.organisations) & {"KL", "BHM", "OT"} for p in facts.persons)
