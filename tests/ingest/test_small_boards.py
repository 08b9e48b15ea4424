"""How small boards and staff meetings write who they are and who came: a roster ("Bestyrelsen består af: …"),
"Til stede: alle undtagen Karsten", a chores rota ("Kaffe: Inge"), a heading ending its line ("… og Morten Riis.
Suppleant:" / "Jytte Kirkegaard."), colleagues by title and first name ("koordinator Mette"); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of, persons_of

_ITEMS = "\n\n1. Siden sidst\nIntet nyt.\n\n2. Eventuelt\nIntet.\n"


def _people(header: str) -> dict:
    return persons_of(header + _ITEMS, "s.txt")


_BOARD = ("Ydby Landsbyforening\nReferat af bestyrelsesmøde onsdag 6. november 2013\n\n"
          "Kaffe: Inge\n{present}\n\n"
          "Bestyrelsen består af: Poul Erik Skov (formand), Susanne Thygesen (kasserer),\n"
          "Inge Ladefoged, Karsten Bech og Morten Riis. Suppleant:\nJytte Kirkegaard.\n")


def test_a_roster_says_who_the_board_is_and_not_who_came():
    people = _people(_BOARD.format(present=""))
    assert {"Poul Erik Skov", "Karsten Bech", "Morten Riis", "Jytte Kirkegaard"} <= set(people)
    assert all(people[n].status == "unknown" for n in ("Poul Erik Skov", "Karsten Bech", "Jytte Kirkegaard"))
    assert {"formand", "medlem"} <= set(people["Poul Erik Skov"].roles)
    assert "Ydby Landsbyforening" in people["Morten Riis"].organisations


def test_alle_undtagen_makes_the_roster_present_but_the_excepted():
    people = _people(_BOARD.format(present="Til stede: alle undtagen Karsten (afbud)"))
    assert people["Poul Erik Skov"].status == "present" and people["Morten Riis"].status == "present"
    assert people["Karsten Bech"].status == "absent"


def test_a_heading_at_a_lines_end_lists_the_names_on_the_next_line():
    jytte = _people(_BOARD.format(present=""))["Jytte Kirkegaard"]
    assert jytte.roles == ("suppleant",) and jytte.status == "unknown"


def test_a_chores_rota_names_no_organisation():
    facts = facts_of(_BOARD.format(present="") + _ITEMS, "s.txt")
    assert "Kaffe" not in {o.name for o in facts.organisations}
    assert all("Kaffe" not in p.organisations for p in facts.persons)


def test_colleagues_by_title_and_first_name_are_staff():
    people = _people("Frivilligcenter Ydby\nPersonalemøde - referat\n\nDato: torsdag 15.02.2024\n"
                     "Deltagere: centerleder Bo, koordinator Mette, praktikant Frederik (fra Professionshøjskolen VIA)\n"
                     "Afbud: bogholder Lone\n")
    assert people["Bo"].status == "present" and people["Bo"].roles == ("centerleder",)
    assert people["Mette"].roles == ("koordinator",) and people["Lone"].status == "absent"
    assert "Professionshøjskolen VIA" in people["Frederik"].organisations


def test_a_member_sent_by_an_organisation_keeps_medlem_beside_a_job_title():
    people = _people("Ydby Integrationsråd\nReferat af møde 4. marts 2020\n\n"
                     "Deltagere: Anna Berg, direktør, Boligselskabet Ydby; Ole Dam (konsulent)\n")
    assert "medlem" in people["Anna Berg"].roles and "medlem" not in people["Ole Dam"].roles


def test_an_election_to_the_board_and_its_numbered_substitutes():
    facts = facts_of("Afdeling Ydbyparken\nReferat af afdelingsmøde torsdag den 17. september 2026\n\n"
                     "Fra afdelingsbestyrelsen: Ulla Brinck (formand), Ole Hjort\n\n"
                     "1. Valg til afdelingsbestyrelsen\nOle Hjort blev genvalgt. Hibo Abdullahi blev nyvalgt.\n"
                     "Suppleanter: Kenneth Dalsgaard (1. suppleant) og Birthe Ottosen (2. suppleant).\n\n"
                     "2. Eventuelt\nIntet.\n", "e.txt")
    people = {p.name: p for p in facts.persons}
    assert "medlem" in people["Hibo Abdullahi"].roles
    assert "suppleant" in people["Kenneth Dalsgaard"].roles and "suppleant" in people["Birthe Ottosen"].roles


def test_a_titled_person_then_the_organisation_and_og_before_the_last():
    people = _people("Afdeling Ydbyparken\nReferat af afdelingsmøde torsdag den 17. september 2026\n\n"
                     "Fra administrationen: forretningsfører Lasse Wendt, Boligkontoret Ydby, og ejendomsleder Camilla Rye\n")
    assert set(people) == {"Lasse Wendt", "Camilla Rye"}
    assert "forretningsfører (Boligkontoret Ydby)" in people["Lasse Wendt"].roles
    assert "ejendomsleder" in people["Camilla Rye"].roles


def test_a_heading_naming_the_meeting_by_what_it_was_and_a_qualified_absence():
    people = _people("Arbejdsgruppen for Kulturnat Ydby\nEvaluering mandag den 30. oktober 2023\n\n"
                     "Til evalueringen kom:\n- Rikke Dam – Ydby Kulturelle Samråd\n"
                     "- Kathrine Lund – Kultur og Fritid, Ydby Kommune (tog referat)\n\n"
                     "Deltog ikke, men har sendt skriftlig evaluering:\n- Preben Holst – Ydby Byorkester\n")
    assert people["Rikke Dam"].status == "present" and people["Preben Holst"].status == "absent"
    assert people["Kathrine Lund"].roles == ("referent",)


def test_an_abbreviated_minute_takers_label_under_the_last_item():
    facts = facts_of("Ydby Lokalråd\nReferat af møde 4. marts 2020\n\nDeltagere: Anna Berg, Ole Dam\n\n1. Eventuelt\n"
                     "Intet.\n\n*Ref.: Ole Dam*\n", "r.md")
    assert facts.meeting.minute_taker == "Ole Dam"


def test_the_bodys_own_members_named_in_a_sentence():
    people = _people("Lokalrådet for Ydby\nReferat af borgermøde torsdag den 21. marts 2019\n\n"
                     "Fra lokalrådet deltog desuden Kristian Mølgaard (næstformand), Hanne Bruun (kasserer) og Erik Sønderby. "
                     "Mette Aagaard havde meldt afbud.\n")
    assert all(people[n].status == "present" and "medlem" in people[n].roles
               for n in ("Kristian Mølgaard", "Hanne Bruun", "Erik Sønderby"))
    assert "næstformand" in people["Kristian Mølgaard"].roles


def test_items_of_a_minutes_log_numbered_after_the_clock_time():
    facts = facts_of("FRIVILLIGCENTER YDBY\nBestyrelsesmøde tirsdag d. 11/9-2012\n\nAfbud: Bent Lund\n\n"
                     "18.30  Mødet åbnes. Til stede: Ingrid Bladt, Karsten Juhl.\n\n18.32  Pkt. 1 Dagsorden godkendt.\n\n"
                     "18.35  Pkt. 2 Nyt fra centret v/ Karsten.\n       - 14 nye frivillige.\n\n"
                     "19.40  Pkt. 3 Eventuelt. Intet.\n", "log.txt")
    assert [i.number for i in facts.items] == ["1", "2", "3"]
    assert "Nyt fra centret" in facts.items[1].title
    assert not any(o.name.startswith("18.35") for o in facts.organisations)
