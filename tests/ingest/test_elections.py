"""A general assembly's minutes: apologies "fra bestyrelsen", posts filled by election ("Suppleanter:",
"Revisor:", "Nyvalgt:", "blev valgt som dirigent"); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of, persons_of

_MINUTES = (
    "YDBY BORGERFORENING\n\nReferat af ordinær generalforsamling onsdag den 2. marts 2022 kl. 19.00\n\n"
    "Til stede: 20 medlemmer samt bestyrelsen:\n  Karen Holmsted (formand)\n  Ole Damgren (kasserer)\n"
    "Afbud fra bestyrelsen: Bente Lundholt\n\n"
    "Dagsorden:\n 1. Valg af dirigent\n 2. Beretning\n 3. Valg af bestyrelse\n 4. Valg af suppleanter og revisor\n\n"
    "Ad 1.\nPeder Aagaard Brink blev valgt som dirigent.\n\n"
    "Ad 2.\nKaren fremlagde beretningen. Beretningen blev godkendt.\n\n"
    "Ad 3.\nPå valg var Ole Damgren og Bente Lundholt. Ole blev genvalgt.\nNyvalgt: Jens Fuglsang.\n\n"
    "Ad 4.\nSuppleanter: Hanne Skovby og Mads Tornkjær.\nRevisor: Inge Vilstrup (genvalgt). "
    "Revisorsuppleant: Poul Ebbesen.\n"
)


def _people() -> dict:
    facts = facts_of(_MINUTES, "g.txt")
    return {p.name: p for p in facts.persons}, facts


def test_apologies_from_the_board_are_absent_board_members():
    people, facts = _people()
    assert people["Bente Lundholt"].status == "absent"
    assert all("afbud" not in o.name.lower() for o in facts.organisations)


def test_posts_filled_by_election_give_roles_in_the_association():
    people, facts = _people()
    body = facts.meeting.body
    assert body == "Ydby Borgerforening"
    expected = {"Jens Fuglsang": "medlem", "Hanne Skovby": "suppleant", "Mads Tornkjær": "suppleant",
                "Inge Vilstrup": "revisor", "Poul Ebbesen": "revisorsuppleant", "Peder Aagaard Brink": "dirigent"}
    for name, role in expected.items():
        assert role in people[name].roles, name
        assert body in people[name].organisations, name
    assert not {"Nyvalgt", "Revisor", "Suppleanter"} & {i.name for i in facts.initiatives}


def test_post_words_outside_an_election_item_give_nothing():
    text = ("Referat af møde i Ydby Seniorråd 2. marts 2022\n\nDeltagere: Karen Holmsted\n\n"
            "1. Regnskab\nRevisor: Inge Vilstrup har set regnskabet.\n")
    people = persons_of(text, "r.txt")
    assert "revisor" not in people.get("Inge Vilstrup", people["Karen Holmsted"]).roles


_ASSEMBLY = (
    "YDBY KUNSTFORENING\n\nReferat af ordinær generalforsamling tirsdag den 7. marts 2023 kl. 19.00\n\n"
    "Til stede fra bestyrelsen: Else Brandt (formand), Jonas Vig (kasserer),\nMaja Lind, Ole Krogh\n"
    "Afbud fra bestyrelsen: Tina Bro\n\n"
    "1. Valg af dirigent og referent\nBestyrelsen foreslog Niels Agger fra Ydby Sangkor, som blev valgt\n"
    "uden modkandidater. Som referent valgtes Maja Lind.\n\n"
    "2. Valg af bestyrelsesmedlemmer og suppleant\nJonas Vig blev genvalgt. I stedet for Tina Bro\n"
    "blev Rikke Holt (Ydby Teater) valgt til bestyrelsen.\nSom suppleant valgtes Amir Saleh fra Ydby Skakklub.\n\n"
    "3. Valg af revisor\nKurt Berg blev genvalgt.\n\n4. Eventuelt\nIntet.\n"
)


def test_a_list_of_the_board_present_is_the_bodys_members_and_runs_on_to_its_wrapped_line():
    people, facts = {p.name: p for p in facts_of(_ASSEMBLY, "a.txt").persons}, facts_of(_ASSEMBLY, "a.txt")
    assert people["Ole Krogh"].status == "present" and "medlem" in people["Ole Krogh"].roles
    assert not any("til stede" in o.name.lower() for o in facts.organisations)


def test_elections_that_name_the_post_before_the_name_or_only_in_the_items_title():
    people = persons_of(_ASSEMBLY, "a.txt")
    assert "dirigent" in people["Niels Agger"].roles
    assert "referent" in people["Maja Lind"].roles and "dirigent" not in people["Maja Lind"].roles
    assert "suppleant" in people["Amir Saleh"].roles
    assert "medlem" in people["Rikke Holt"].roles
    assert "revisor" in people["Kurt Berg"].roles


def test_a_sentence_electing_an_auditor_and_with_the_verb_left_out_its_deputy():
    from ingest.extract.elections import elections

    found = elections("Bent Sode blev genvalgt som revisor, Ole Kure som revisorsuppleant.", [])
    assert ("Bent Sode", "revisor", False) in found and ("Ole Kure", "revisorsuppleant", False) in found
