"""Participant layouts of held-out 38–42, on invented minutes (ingest/extract/entry_layouts.py, sections, descriptors).

Surname first, middle-dot runs broken over PDF lines, a Word table with group rows and titles before
the names, "Name / Organisation / funktion" lines, a stand-in sentence, an attendance list kept after
the last item and a signature of who led the meeting.
"""
from __future__ import annotations

from tests.ingest.text_facts import facts_of


def _people(text: str, name: str = "p.txt") -> dict[str, tuple[str, list[str], list[str]]]:
    return {p.name: (p.status, list(p.roles), list(p.organisations)) for p in facts_of(text, name).persons}


SURNAME_FIRST = """Ungdomsrådet
Referat af møde mandag den 7. februar 2022 kl. 17.00

Mødt:
• Albrechtsen, Kaj Ove (Vestby Roklub (VR)), formand
• Ter Haar, Ahmed (Foreningen Nyt Liv)
• Skovgaard, Dorte, byrådsmedlem (Venstre)
Afbud: de Wit, Lone (Vestby Spejderne); Brøndsted, Helmer (Vestby Skakklub)
Fraværende: Kjeldgaard, Rut (Vestby Cykelklub)
Fra Center for Fritid: Mosbæk, Gunhild (fritidskonsulent, sekretær for rådet)

1. Godkendelse af dagsorden
Godkendt.

2. Eventuelt
Intet.
"""


def test_surname_first_entries_are_turned_round_and_keep_their_notes():
    people = _people(SURNAME_FIRST)
    assert people["Kaj Ove Albrechtsen"][:2] == ("present", ["medlem", "formand"])
    assert "Vestby Roklub" in people["Kaj Ove Albrechtsen"][2]
    assert people["Ahmed Ter Haar"][0] == "present" and "Foreningen Nyt Liv" in people["Ahmed Ter Haar"][2]
    assert "medlem (Venstre)" in people["Dorte Skovgaard"][1]
    assert people["Lone de Wit"][0] == "absent" and people["Helmer Brøndsted"][0] == "absent"
    assert people["Rut Kjeldgaard"][0] == "absent"
    # a labelled line after an inline absent list is a list of its own, not more absentees
    assert people["Gunhild Mosbæk"][0] == "present"
    assert not any(name in people for name in ("Albrechtsen", "Ter Haar", "Kaj Ove"))


MIDDOTS = """Styregruppen for Vestby Boligsociale Indsats
Referat af møde torsdag den 3. marts 2022 kl. 10.00

Deltagere: Rikke Dal-Sørensen (Boligselskabet Vestbo (BV)),
formand · Jonas Krath (Vestby Kommune, Center for Unge) · Hanne Lykke-
gaard (Jobcenter Vestby) · Bent Rosager (Afdelingsbestyrelsen Engen), næstformand
Mads Terp mødte for Lise Bjerring, Vestbo, der havde meldt afbud.

1. Status
Taget til efterretning.

2. Eventuelt
Intet.
"""


def test_a_middle_dot_run_broken_over_lines_and_a_stand_in_sentence():
    people = _people(MIDDOTS)
    assert people["Rikke Dal-Sørensen"][:2] == ("present", ["medlem", "formand"])
    assert "Boligselskabet Vestbo" in people["Rikke Dal-Sørensen"][2]
    assert "Center for Unge" in people["Jonas Krath"][2]
    assert people["Hanne Lykkegaard"][0] == "present"
    assert "næstformand" in people["Bent Rosager"][1]
    # who came for another is a deputy, the one they came for an absent member
    assert people["Mads Terp"][0] == "present" and people["Mads Terp"][1] == ["suppleant"]
    assert people["Lise Bjerring"][:2] == ("absent", ["medlem"])
    assert any("Vestbo" in org for org in people["Lise Bjerring"][2])


TABLE = """Samrådet for Kirke og Skole
Referat
Dato\tOnsdag den 4. maj 2022
Mødeleder\tprovst Gert Lundsgaard

Deltagere
Navn\tRepræsenterer\tBemærkning
Kirken
provst Gert Lundsgaard\tVestby Provsti\tmødeleder
sognepræst Inger Bundgaard\tØstby Sogn\tstedfortræder for Knud Ravnsborg
cand.theol. Agnete von Holstein\tVestby Provsti, diakonimedarbejder\t
Vestby Kommune
afdelingsleder Svend Bøgh\tBørn og Unge\t
Afbud
sognepræst Knud Ravnsborg\tØstby Sogn\tafbud
1. Godkendelse af dagsorden
Godkendt.
2. Eventuelt
Intet.
"""


def test_a_word_table_with_group_rows_titles_before_names_and_an_absent_row():
    people = _people(TABLE)
    assert people["Gert Lundsgaard"][0] == "present"
    assert {"medlem", "dirigent", "provst (Vestby Provsti)"} <= set(people["Gert Lundsgaard"][1])
    assert people["Inger Bundgaard"][0] == "present" and "suppleant" in people["Inger Bundgaard"][1]
    assert "medlem" not in people["Inger Bundgaard"][1] and "Knud Ravnsborg" not in people["Inger Bundgaard"][2]
    assert people["Agnete von Holstein"][0] == "present"  # an empty last cell, a particle in the name
    # a group row that names an organisation belongs to the people under it
    assert {"Børn og Unge", "Vestby Kommune"} <= set(people["Svend Bøgh"][2])
    assert "Vestby Kommune" not in people["Gert Lundsgaard"][2]
    assert people["Knud Ravnsborg"][0] == "absent" and "Østby Sogn" in people["Knud Ravnsborg"][2]


SLASHES = """Vestby Kommune

PATIENTFORUM
Referat af møde mandag den 2. maj 2016, kl. 15.00

Til stede (navn / organisation / funktion):
Ruth Skaarup / Astma-Allergi Vestby / formand
Villads Bruun / Ældre Sagen Vestby / næstformand
Erna Dyhr / Scleroseforeningen, Vestby afdeling / deltog i stedet for Asger Holt
Afbud:
Asger Holt / Scleroseforeningen, Vestby afdeling / medlem

Pkt. 1  Velkomst
Ruth bød velkommen.

Pkt. 2  Eventuelt
Intet.

Mødeleder: Ruth Skaarup
Tovholder: Villads Bruun
Referent: Erna Dyhr
"""


def test_name_organisation_function_lines_under_a_heading_with_a_layout_note_and_a_signature():
    people = _people(SLASHES)
    assert people["Ruth Skaarup"][0] == "present" and {"medlem", "formand", "dirigent"} <= set(people["Ruth Skaarup"][1])
    assert "Astma-Allergi Vestby" in people["Ruth Skaarup"][2]
    # "næstformand" after a slash is a role, no heading of a list
    assert people["Villads Bruun"][0] == "present" and {"næstformand", "tovholder"} <= set(people["Villads Bruun"][1])
    assert "suppleant" in people["Erna Dyhr"][1] and "medlem" not in people["Erna Dyhr"][1]
    assert people["Asger Holt"][0] == "absent"


TRAILING = """VESTBY VENNENETVÆRK

Referat af netværksmøde tirsdag den 6. november 2018 kl. 17.00

1. Velkommen
Gudrun bød velkommen.

2. Eventuelt
Intet.

Ordstyrer: Gudrun Hede Vinther
Referent: Palle Bøgild

------------------------------------------------------------------------
DELTAGERLISTE 06.11.2018
(navn, tilknytning, mail)

Mødt:
- Gudrun Hede Vinther, Venligboerne Vestby, gudrun@example.dk
- Palle Bøgild, Røde Kors Vestby, palle@example.dk
- Svend Aagesen, sognepræst, Vestby Sogn, sa@example.dk
- Leif Brandt, Integrationsteamet, Vestby Kommune (gæst under pkt. 2),
  leif@example.dk

Meldt afbud:
- Ditte Overgaard, Vestby Sprogcenter, do@example.dk
"""


def test_an_attendance_list_kept_after_the_last_item_and_the_signature_above_it():
    people = _people(TRAILING)
    assert people["Gudrun Hede Vinther"][0] == "present" and {"medlem", "dirigent"} <= set(people["Gudrun Hede Vinther"][1])
    assert "Venligboerne Vestby" in people["Gudrun Hede Vinther"][2]
    assert {"medlem", "referent"} <= set(people["Palle Bøgild"][1])
    assert "sognepræst (Vestby Sogn)" in people["Svend Aagesen"][1]
    assert people["Leif Brandt"][0] == "present" and "oplægsholder" in people["Leif Brandt"][1]
    assert "medlem" not in people["Leif Brandt"][1]
    assert people["Ditte Overgaard"][0] == "absent"
    assert not any("@" in org for _, _, orgs in people.values() for org in orgs)
