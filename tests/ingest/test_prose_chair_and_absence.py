"""Prose attendance (held-out 84): who chaired opens the sentence ("Mødet blev ledet af formand …"), a clause after
";" lists the others ("desuden deltog …, næstformand Anja Hougaard (…) og fra Fanø Kommune Gitte Brink"), and a
sentence may say at its end who was away ("Lars Thaysen (…) havde meldt afbud.")."""
from __future__ import annotations

from tests.ingest.text_facts import persons_of

_HEADER = "Referat af møde i Frivilligrådet, Fanø Kommune\nMødedato: 14. september 2016\n\n"
_PROSE = ("Mødet blev ledet af formand Poul Erik Jessen (Fanø Sejlklub); desuden deltog Inger Vad (Ældre Sagen Fanø), "
          "næstformand Anja Hougaard (Røde Kors Fanø) og fra Fanø Kommune Gitte Brink, der tog referat. "
          "Lars Thaysen (Sønderho Borgerforening) havde meldt afbud.\n\n")


def test_the_chair_the_others_after_a_semicolon_and_the_absent_at_the_sentence_end():
    persons = persons_of(_HEADER + _PROSE + "1. Velkomst\nPoul Erik bød velkommen.\n")
    assert {n: p.status for n, p in persons.items()} == {
        "Poul Erik Jessen": "present", "Inger Vad": "present", "Anja Hougaard": "present",
        "Gitte Brink": "present", "Lars Thaysen": "absent"}
    assert {"formand", "dirigent"} <= set(persons["Poul Erik Jessen"].roles)
    assert "Fanø Sejlklub" in persons["Poul Erik Jessen"].organisations
    assert "næstformand" in persons["Anja Hougaard"].roles and "Røde Kors Fanø" in persons["Anja Hougaard"].organisations
    assert "Fanø Kommune" in persons["Gitte Brink"].organisations and "referent" in persons["Gitte Brink"].roles
    assert "Sønderho Borgerforening" in persons["Lars Thaysen"].organisations


def test_not_taking_part_in_one_discussion_is_no_absence():
    persons = persons_of(_HEADER + "Til stede var Mahmoud Rahimi (Dansk-Arabisk Forening) og Lene Aaby (Demensforeningen)."
                         "\n\n1. Puljen\nMahmoud og Lene deltog ikke i drøftelsen af deres egne ansøgninger.\n")
    assert {n: p.status for n, p in persons.items()} == {"Mahmoud Rahimi": "present", "Lene Aaby": "present"}


def test_a_job_title_between_the_organisation_and_the_name_and_an_absence_sentence_over_two_lines():
    persons = persons_of(_HEADER + "Mødet blev ledet af Karen Holm (Frivilligcenter Samsø); desuden deltog Ole Brandt "
                         "(Samsø Røde Kors) og fra Samsø Kommune\nfrivilligkoordinator Bente Lykke, der skrev referat. "
                         "Jonas Stub\n(Samsø Idrætsforening) havde meldt afbud.\n\n1. Velkomst\nKaren bød velkommen.\n")
    assert persons["Bente Lykke"].organisations[0] == "Samsø Kommune"
    assert any(r.startswith("frivilligkoordinator") for r in persons["Bente Lykke"].roles)
    assert persons["Jonas Stub"].status == "absent" and "Samsø Idrætsforening" in persons["Jonas Stub"].organisations


def test_our_chair_a_remark_after_a_dash_and_a_second_absence_after_og():
    # held-out 104: "vores formand …" was unknown, "- og så mig selv" part of an organisation, and the one "var
    # desværre forhindret" after ", og" unknown
    text = (_HEADER + "Til stede var vores formand Birthe Holm, næstformand Ole Dam fra Ældre Sagen Fanø og Ahmad Karimi "
            "fra Venligboerne Fanø - og så mig selv. Jørn Lykke havde meldt afbud, og vores suppleant Ditte Bach var "
            "desværre forhindret.\n\n1. Velkomst\nBirthe bød velkommen.\n")
    persons = persons_of(text)
    assert persons["Birthe Holm"].status == "present" and "formand" in persons["Birthe Holm"].roles
    assert persons["Ahmad Karimi"].organisations[:1] == ("Venligboerne Fanø",)
    assert persons["Jørn Lykke"].status == persons["Ditte Bach"].status == "absent"
