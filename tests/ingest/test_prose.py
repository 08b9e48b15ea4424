"""People lists written as sentences, and lists parted by dashes (ingest/prose.py, participants)."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of, persons_of


def _people(text: str) -> dict[str, tuple[str, list[str], list[str]]]:
    facts = facts_of(text, "p.txt")
    return {p.name: (p.status, list(p.roles), list(p.organisations)) for p in facts.persons}


PROSE = """MOTIONSNETVÆRKET VESTBY

Referat af netværksmødet tirsdag den 4. marts 2014

Til mødet var mødt Karsten Bak fra Vestby Cykelklub, der ledede mødet, Amira Said fra Vestby
Kvindeforum, Poul Erik Holm fra Dansk Folkeoplysnings Samråd og Tove Lind fra Vestby Roklub.
Desuden deltog Signe Mørk fra Vestby Kommunes Sundhedsafdeling, som også skrev referatet. Der var
meldt afbud fra Anders Friis, Vestby Svømmeklub, og fra Birgit Lauesen.

Karsten fortalte om sommerens løb.
"""


def test_a_prose_attendance_sentence_lists_members_guests_and_absentees():
    people = _people(PROSE)
    assert people["Karsten Bak"][0] == "present" and {"dirigent", "medlem"} <= set(people["Karsten Bak"][1])
    assert "Vestby Cykelklub" in people["Karsten Bak"][2]
    assert people["Amira Said"][0] == "present" and "Vestby\nKvindeforum".replace("\n", " ") in \
        [" ".join(o.split()) for o in people["Amira Said"][2]]
    assert "Dansk Folkeoplysnings Samråd" in people["Poul Erik Holm"][2]
    assert people["Tove Lind"][0] == "present"
    assert people["Signe Mørk"][0] == "present" and "referent" in people["Signe Mørk"][1]
    assert "Vestby Kommunes Sundhedsafdeling" in people["Signe Mørk"][2]
    assert people["Anders Friis"][0] == "absent" and "Vestby Svømmeklub" in people["Anders Friis"][2]
    assert people["Birgit Lauesen"][0] == "absent"


def test_a_phrase_inside_a_sentence_opens_no_list():
    text = "Referat af mødet 4. marts 2014\n\nVi talte om, at til mødet var mødt mange. Ole Berg fra X var glad.\n"
    assert "Ole Berg" not in {n for n, v in _people(text).items() if v[0] != "unknown"}


def test_a_list_parted_by_dashes_and_wrapped_keeps_each_organisation():
    text = ("Referat af Idrætsforum 3/2-2015\n\nTilstede: Lars Krog (LK), Vestby Boldklub - Mona Friis (MF),\n"
            "Dansk Handicap Idræt - Hans Ravn, Vestby Roklub -\nEva Lund (EL), Foreningen Norden (ref.)\n"
            "Fraværende m. afbud: Ib Bach (Vestby Skytteforening)\nFraværende u. afbud: Jens Tang\n\n"
            "1) Velkomst\nLK bød velkommen.\n\n2) Eventuelt\nIntet.\n")
    people = _people(text)
    assert people["Lars Krog"][2][0] == "Vestby Boldklub" and people["Mona Friis"][2][0] == "Dansk Handicap Idræt"
    assert people["Hans Ravn"][2][0] == "Vestby Roklub" and people["Eva Lund"][2][0] == "Foreningen Norden"
    assert "referent" in people["Eva Lund"][1]
    assert people["Ib Bach"][0] == "absent" and people["Jens Tang"][0] == "absent"


def test_every_prose_phrase_is_a_people_list_heading():
    from ingest.lexicon import fold, load

    lex = load()
    assert lex.prose_headings and all(fold(h) in lex.headings for h in lex.prose_headings)


def test_role_first_bullets_keep_their_list_and_give_each_person_the_role():
    text = ("# Ældrerådet i Vestby Kommune\n\n## Referat – møde nr. 2/2024\n\n- **Dato:** 3. april 2024\n\n"
            "### Til stede\n- Formand: Bodil Krag – Vestby Pensionistforening\n- Næstformand: Ejner Dahl – Ældre Sagen Vestby\n"
            "- Medlem: Grete Hald – Vestby Seniorklub\n- Suppleant: Kaj Melby – Vestby Sejlklub\n"
            "- Kontaktpolitiker: Lis Borg – Social- og Sundhedsudvalget\n\n### Afbud\n- Medlem: Jørn Vad – Vestby Roklub\n\n"
            "---\n\n### 1. Velkomst\nBodil bød velkommen.\n\n### 2. Eventuelt\nIntet.\n")
    facts = facts_of(text, "r.md")
    people = {p.name: (p.status, set(p.roles), list(p.organisations)) for p in facts.persons}
    assert people["Bodil Krag"][:2] == ("present", {"formand", "medlem"})
    assert people["Ejner Dahl"][:2] == ("present", {"næstformand", "medlem"})
    assert people["Grete Hald"][:2] == ("present", {"medlem"}) and "Vestby Seniorklub" in people["Grete Hald"][2]
    assert people["Kaj Melby"][:2] == ("present", {"suppleant"})
    assert people["Lis Borg"][:2] == ("present", {"kontaktperson"})
    assert "Social- og Sundhedsudvalget" in people["Lis Borg"][2]
    assert people["Jørn Vad"][:2] == ("absent", {"medlem"})


def test_in_prose_minutes_a_paragraph_opened_by_a_person_telling_makes_a_presenter():
    people = _people(PROSE + "\nTove Lind orienterede om, at roklubben får nye både.\n\nAmira Said takkede for kaffen.\n")
    assert "oplægsholder" in people["Karsten Bak"][1]  # "Karsten fortalte om sommerens løb."
    assert "oplægsholder" in people["Tove Lind"][1]
    assert "oplægsholder" not in people["Amira Said"][1]


def test_an_organisation_after_fra_ends_before_the_next_person_joined_by_og():
    text = PROSE.replace("Karsten fortalte om sommerens løb.",
                         "Vi takkede Ulrik Sand fra Vestby Skakklub og Mette Lund for hjælpen.")
    people = _people(text)
    assert "Vestby Skakklub" in people["Ulrik Sand"][2]
    assert not any("Mette" in org for org in people["Ulrik Sand"][2])


LISTED = """Referat af møde i Vestby Seniorråd 3. maj 2022

Til stede: Hanne Dyhr (formand), kredsformand, Ældre Sagen Vestby; Ib Holt, Vestby Pensionistforening;
Rita Lund, ældrekonsulent (ref.)

1. Velkomst
IH bød velkommen og var ordstyrer.

2. Eventuelt
Intet.
"""


def test_a_clause_after_a_name_in_the_text_states_a_role():
    assert "dirigent" in _people(LISTED)["Ib Holt"][1]


def test_a_longer_clause_electing_the_chair_of_the_meeting_states_it():
    text = LISTED.replace("IH bød velkommen og var ordstyrer.", "IH bød velkommen og blev straks valgt som ordstyrer.")
    assert "dirigent" in _people(text)["Ib Holt"][1]


def test_compound_chair_titles_and_lower_case_job_titles_are_titles():
    people = _people(LISTED)
    assert "kredsformand (Ældre Sagen Vestby)" in people["Hanne Dyhr"][1]
    assert {"formand", "medlem"} <= set(people["Hanne Dyhr"][1])


def test_a_minute_taker_listed_with_a_job_title_is_staff_not_a_member():
    roles = _people(LISTED)["Rita Lund"][1]
    assert "referent" in roles and "ældrekonsulent" in roles and "medlem" not in roles


def test_a_list_wrapped_at_a_fixed_width_continues_on_a_line_without_a_new_person():
    text = ("Referat af Idrætsforum 3/2-2015\n\nTilstede: Lars Krog (LK), Vestby Boldklub - Mona Friis (MF),\n"
            "Vestby Handicapidræt - Hans Ravn, Vestby Roklub - Eva Lund (EL), Foreningen\nNorden (ref.)\n\n"
            "1) Velkomst\nLK bød velkommen.\n\n2) Eventuelt\nIntet.\n")
    people = _people(text)
    assert "referent" in people["Eva Lund"][1]
    assert [" ".join(o.split()) for o in people["Eva Lund"][2]][0] == "Foreningen Norden"


def test_a_guest_who_told_about_something_in_a_relative_clause_presents():
    text = LISTED.replace("IH bød velkommen og var ordstyrer.",
                          "Som gæst deltog Frode Kamp fra Vestby Løbeklub, der fortalte om motionsløbet.")
    assert "oplægsholder" in _people(text)["Frode Kamp"][1]


def test_an_organisation_after_fra_keeps_an_ampersand_and_drops_a_lower_case_generic_word():
    text = LISTED.replace("IH bød velkommen og var ordstyrer.",
                          "Frode Kamp fra Vestby Tennis & Padel fortalte om banerne. Gitte Ravn fra foreningen "
                          "Unge på Vej fortalte om lejren.")
    people = _people(text)
    assert "Vestby Tennis & Padel" in people["Frode Kamp"][2]
    assert "Unge på Vej" in people["Gitte Ravn"][2]


def test_til_stede_var_desuden_samt_and_a_unit_after_a_comma():
    people = persons_of("Bydelsrådet for Ydby\nReferat af møde tirsdag den 12. marts 2019\n\n"
                        "Mødet blev ledet af Hanne Kjær. Til stede var desuden Per Munk Olesen, Leila Haddad og\n"
                        "Søren Vest fra Grundejerforeningen Ydby, samt Birgit Ravn fra Boligselskabet\nYdbyparken. "
                        "Fra Ydby Kommune, Kultur og Fritid deltog Mads Iversen, som også tog referat.\n\n"
                        "1. Godkendelse af dagsorden\nGodkendt.\n")
    assert people["Per Munk Olesen"].status == "present" and "medlem" in people["Per Munk Olesen"].roles
    assert "Boligselskabet Ydbyparken" in people["Birgit Ravn"].organisations
    assert not any(o.startswith("samt") for p in people.values() for o in p.organisations)
    assert "Ydby Kommune" in people["Mads Iversen"].organisations and "referent" in people["Mads Iversen"].roles


def test_a_board_post_in_the_definite_form_before_a_name_is_that_persons_post():
    text = LISTED.replace("IH bød velkommen og var ordstyrer.",
                          "Kassereren, Rita Lund, fremlagde regnskabet. Sekretæren Ib Holt takkede. Kasserer Bo Dam i Ydby IF.")
    people = _people(text)
    assert "kasserer" in people["Rita Lund"][1] and "sekretær" in people["Ib Holt"][1]
    assert "kasserer" not in people["Bo Dam"][1]  # the post of another organisation


def test_a_capitalised_post_right_before_a_name_is_that_persons_post():
    text = LISTED.replace("IH bød velkommen og var ordstyrer.",
                          "Kasserer Rita Lund oplyste, at der er 48.215 kr. på kontoen. Næstformand Ib og Hanne danner "
                          "en arbejdsgruppe. Revisor Ole Bak godkendte regnskabet.")
    people = _people(text)
    assert "kasserer" in people["Rita Lund"][1] and "næstformand" in people["Ib Holt"][1]
    assert "revisor" in people["Ole Bak"][1] and "medlem" not in people["Ole Bak"][1]  # an auditor holds no seat


def test_a_titled_name_then_a_municipal_centre_after_a_comma_is_employed_there():
    text = LISTED.replace("IH bød velkommen og var ordstyrer.",
                          "Centerchef Henrik Dalsgaard, Center for Sundhed og Omsorg, orienterede om ventetider.")
    assert "centerchef (Center for Sundhed og Omsorg)" in _people(text)["Henrik Dalsgaard"][1]


def test_a_contact_person_of_a_named_body_or_newly_so_is_a_contact_person():
    text = LISTED.replace("IH bød velkommen og var ordstyrer.",
                          "Rita Lund er Seniorrådets kontaktperson. Hanne Dyhr, som er ny kontaktperson, takkede.")
    people = _people(text)
    assert "kontaktperson" in people["Rita Lund"][1] and "kontaktperson" in people["Hanne Dyhr"][1]


def test_more_ways_of_saying_tovholder_and_a_bracket_for_one_name_only():
    text = LISTED.replace("IH bød velkommen og var ordstyrer.",
                          "Rita Lund fortsætter som tovholder. Hanne Dyhr har sagt ja til at være tovholder på festen. "
                          "En gruppe blev nedsat: Ib Holt, Bo Dam og Kim Sand (tovholder).")
    people = _people(text)
    assert all("tovholder" in people[n][1] for n in ("Rita Lund", "Hanne Dyhr", "Kim Sand"))
    assert "tovholder" not in people["Bo Dam"][1] and "tovholder" not in people["Ib Holt"][1]


def test_an_organisation_in_brackets_after_a_name_in_the_text_is_that_persons():
    text = LISTED.replace("IH bød velkommen og var ordstyrer.",
                          "Yasmin Al-Hassan (Vestby Svømmeklub) bemærkede, at klubben støtter modellen. "
                          "Bjarke Lindqvist (Vestby Håndboldklub) meldte sig. Ib Holt og næstformand Rita Lund står for festen.")
    people = _people(text)
    assert "Vestby Svømmeklub" in people["Yasmin Al-Hassan"][2]
    assert "Vestby Håndboldklub" in people["Bjarke Lindqvist"][2]  # a first name the name list now knows
    assert "næstformand" in people["Rita Lund"][1]  # a post in lower case right before the name


def test_an_organisation_set_off_by_commas_after_a_name_is_that_persons():
    text = LISTED.replace("IH bød velkommen og var ordstyrer.",
                          "Mads Thorsen, Vestby Energiakademi, præsenterede ideen. Oplæg ved Karen Bak, Ældre Sagen Vestby. "
                          "Henrik Dahl, SSP-konsulent i Ydby Kommune, fortalte.")
    people = _people(text)
    assert "Vestby Energiakademi" in people["Mads Thorsen"][2]
    assert "Ældre Sagen Vestby" in people["Karen Bak"][2]
    assert not any("konsulent" in o for o in people["Henrik Dahl"][2])  # a job title is no organisation


def test_two_peoples_initials_slashed_in_a_task_list_name_no_organisation():
    text = ("Sundhedsnetværket i Vestby\nReferat af netværksmøde 21. april 2015\n\n"
            "Navn\tForening/organisation\tMødt (J/N)\nVivi Nørgaard\tÆldre Sagen Vestby\tJ\n"
            "Susanne Brix\tDiabetesforeningen\tJ\n\n1. Gåture\nVivi fortalte om gåture.\n\n"
            "Opgave\tAnsvarlig\tFrist\nPlan for gåture\tVN/SB\t9/6\n\n2. Eventuelt\nIntet.\n")
    vivi = persons_of(text)["Vivi Nørgaard"]
    assert "SB" not in vivi.organisations and "Ældre Sagen Vestby" in vivi.organisations
