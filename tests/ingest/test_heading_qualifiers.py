"""A people-list heading qualified by a participle before it ("Fremmødte bestyrelsesmedlemmer:") or by
"i øvrigt" after it ("Til stede i øvrigt:") is still the heading (data/lexicon/heading_qualifiers.tsv);
invented minutes."""
from __future__ import annotations

from ingest.sections import known_heading
from tests.ingest.text_facts import facts_of, persons_of


def test_a_participle_before_a_members_heading_leaves_it_the_heading():
    assert known_heading("Fremmødte bestyrelsesmedlemmer:") == ("members", "bestyrelsesmedlemmer")
    assert known_heading("Tilstedeværende medlemmer") == ("members", "medlemmer")
    assert known_heading("Fremmødte lejere") is None  # no heading after the participle


def test_i_oevrigt_after_a_heading_leaves_it_the_heading():
    assert known_heading("Til stede i øvrigt") == ("members", "Til stede")
    assert known_heading("Afbud i øvrigt") == ("absent", "Afbud")


def test_a_qualified_members_block_gives_present_members_with_their_posts():
    text = ("Ydby Boligforening, afdeling 3\n\nReferat af afdelingsbestyrelsesmøde 4. maj 2020\n\n"
            "Fremmødte bestyrelsesmedlemmer:\nAnna Berg (formand)\nOle Dam\nKaren Lund (suppleant)\n\n"
            "Afbud: Per Holm\n\n1. Velkomst\nTekst.\n\n2. Eventuelt\nIntet.\n")
    people = persons_of(text, "q.txt")
    assert {people[n].status for n in ("Anna Berg", "Ole Dam", "Karen Lund")} == {"present"}
    assert "formand" in people["Anna Berg"].roles and "medlem" in people["Ole Dam"].roles
    assert "suppleant" in people["Karen Lund"].roles


def test_til_stede_i_oevrigt_after_posts_gives_the_other_members():
    text = ("Ydby Kulturudvalg\n\nReferat af udvalgsmøde 2. marts 2019\n\nMødeleder: Anna Berg\n"
            "Til stede i øvrigt: Ole Dam, Karen Lund,\nBo Storm\nAfbud: Per Holm\n\n"
            "Punkt 1 – Velkomst\nTekst.\n\nPunkt 2 – Eventuelt\nIntet.\n")
    people = persons_of(text, "u.txt")
    assert {people[n].status for n in ("Ole Dam", "Karen Lund", "Bo Storm")} == {"present"}
    assert "medlem" in people["Ole Dam"].roles and "medlem" in people["Bo Storm"].roles
    assert "dirigent" in people["Anna Berg"].roles


def test_deltog_fra_before_a_group_heading_is_that_heading():
    assert known_heading("Deltog fra kommunen:") == ("staff", "fra kommunen")
    assert known_heading("Deltog fra foreningerne") == ("members", "fra foreningerne")
    assert known_heading("Deltog fra ingen") is None
    text = ("# Dialogforum for frivillighed\n\n**Ydby Kommune – referat**\n\n**Mødedato:** 14. september 2023\n\n"
            "**Deltog fra kommunen:**\n\n- Birgitte Holm, kultur- og fritidschef (formand for dialogforum)\n"
            "- Nikolaj Friis, frivillighedskoordinator (referent)\n\n**Deltog fra foreningerne:**\n\n"
            "- Ole Skau, Ydby Frivilligcenter\n- Grethe Nørby, Ældre Sagen Ydby\n\n**Afbud:**\n\n- Søren Tang\n\n"
            "## 1. Eventuelt\n\nIntet.\n")
    people = persons_of(text, "d.md")
    assert {people[n].status for n in ("Birgitte Holm", "Nikolaj Friis", "Ole Skau", "Grethe Nørby")} == {"present"}
    assert "Ældre Sagen Ydby" in people["Grethe Nørby"].organisations and "medlem" in people["Grethe Nørby"].roles
    assert "administration" in people["Nikolaj Friis"].roles and "medlem" not in people["Nikolaj Friis"].roles


def test_an_online_meetings_lists_quoted_in_a_mail_with_middle_dot_bullets():
    assert known_heading("Deltog på Teams") == ("members", "Deltog")
    text = ("> REFERAT – FRIVILLIGHEDSRÅDET I YDBY KOMMUNE\n> Tirsdag d. 16.3.2021 kl. 16.00-18.15\n>\n"
            "> Deltog på Teams:\n> ·  Lise Bjerre – Ældre Sagen Ydby (formand)\n> ·  Sahar Jalali – Venligboerne Ydby\n"
            ">\n> Ikke logget på:\n> ·  Gitte Holm – Ydby Borgerforening\n>\n> Meldt fra:\n> ·  Bodil Skov – Kræftens Bekæmpelse\n"
            ">\n> 1.  Velkomst\n> Godkendt.\n>\n> 2.  Eventuelt\n> Intet.\n")
    people = persons_of(text, "m.txt")
    assert people["Lise Bjerre"].status == "present" and "formand" in people["Lise Bjerre"].roles
    assert "Venligboerne Ydby" in people["Sahar Jalali"].organisations
    assert people["Bodil Skov"].status == "absent" and people["Gitte Holm"].status == "absent"


def test_a_general_assemblys_tellers_are_no_organisation():
    text = ("Ydby Idrætsforening\n\nREFERAT AF ORDINÆR GENERALFORSAMLING\ntorsdag den 27. februar 2014 kl. 19.30\n\n"
            "Dirigent:        Poul Erik Lund\nStemmetællere:   Birthe Vang og Anton Skovgaard\n"
            "Referent:        Trine Holm, sekretær\n\n1. Valg af dirigent\nPoul Erik blev valgt.\n\n2. Eventuelt\nIntet.\n")
    people = persons_of(text, "g.txt")
    assert "stemmetæller" in people["Birthe Vang"].roles and "stemmetæller" in people["Anton Skovgaard"].roles
    assert "Stemmetællere" not in people["Birthe Vang"].organisations


def test_the_delegates_who_came_are_members_with_their_clubs():
    text = ("YDBY IDRÆTSRÅD\nReferat af ordinær generalforsamling\n\nDato: Tirsdag den 25. marts 2014 kl. 19.00\n\n"
            "Fremmødte delegerede:\nPoul Erik Damgaard (Ydby Gymnastikforening) – stemmeberettiget\n"
            "Mogens Ravn (Ydby Boldklub) – observatør\n\n1. Valg af dirigent\nValgt.\n\n2. Eventuelt\nIntet.\n")
    people = persons_of(text, "d.txt")
    poul = people["Poul Erik Damgaard"]
    assert poul.status == "present" and "medlem" in poul.roles and "Ydby Gymnastikforening" in poul.organisations
    assert "Ydby Boldklub" in people["Mogens Ravn"].organisations


def test_coordinators_reporting_by_their_bold_initials():
    text = ("# Frivilligcenter Ydby – Koordinatormøde\n\n**Dato:** 9. september 2021, kl. 13.00–15.00\n"
            "**Referent:** Signe Bruun (frivilligkoordinator)\n\n"
            "Koordinatorer: Pia Kjærgaard (PK), Henrik Toft (HT)\nAfbud: Grete Vognsen (GV)\n\n"
            "## 1. Runden\n\n**PK** Besøgsvennerne har nu 23 aktive par.\n\n**HT** Lektiecaféen er startet igen.\n\n"
            "## 2. Evt.\nIntet.\n")
    facts = facts_of(text, "k.md")
    people = {p.name: p for p in facts.persons}
    assert facts.meeting.body == "Frivilligcenter Ydby"
    assert "koordinator" in people["Pia Kjærgaard"].roles and "Koordinatorer" not in people["Pia Kjærgaard"].organisations
    assert not any(name.startswith(("PK ", "HT ")) for name in people)


def test_a_care_homes_council_lists_residents_relatives_and_staff():
    text = ("# Brugerrådet på Plejecenter Ydbyhøj\n\n**Referat fra brugerrådsmøde torsdag den 8. september 2016**\n\n"
            "## Til stede\n\n**Beboere:**\n- Ellen Holm (bolig 12)\n\n**Pårørende:**\n- Birthe Lassen (datter til beboer)"
            " – formand for brugerrådet\n\n**Fra personalet:**\n- Tina Overgaard, centerleder\n\n"
            "### 1. Velkomst\nBirthe bød velkommen.\n\n### 2. Eventuelt\nIntet.\n")
    facts = facts_of(text, "b.md")
    people = {p.name: p for p in facts.persons}
    assert facts.meeting.body == "Brugerrådet på Plejecenter Ydbyhøj"
    assert not {"Beboere", "Pårørende", "Fra personalet"} & {o for p in people.values() for o in p.organisations}
    assert "administration" in people["Tina Overgaard"].roles and "medlem" not in people["Tina Overgaard"].roles
    assert "medlem" in people["Ellen Holm"].roles


def test_a_title_in_capitals_and_a_staff_label_in_a_label_column():
    text = ("REFERAT AF MØDE I BRUGERRÅDET FOR AKTIVITETSCENTRET YDBYHØJ\n\n"
            "DATO:        Torsdag den 12. september 2013, kl. 13.30 - 15.30\n\n"
            "TIL STEDE:   Inger Lauritsen (formand), Svend Bech\nAFBUD:       Karen Skriver\n"
            "PERSONALE:   Lone Damgaard, centerleder\nREFERENT:    Svend Bech\n\n"
            "PKT. 1  VELKOMST\nInger bød velkommen.\n\nPKT. 2  EVENTUELT\nIntet.\n")
    facts = facts_of(text)
    people = {p.name: p for p in facts.persons}
    assert facts.meeting.body == "Brugerrådet for Aktivitetscentret Ydbyhøj"  # the small word no longer keeps the capitals
    assert people["Lone Damgaard"].status == "present"
    assert "administration" in people["Lone Damgaard"].roles and "medlem" not in people["Lone Damgaard"].roles
