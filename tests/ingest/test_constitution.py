"""A board constituting itself gives its members their posts (invented minutes)."""
from __future__ import annotations

from ingest.extract.constitution import constitution
from tests.ingest.text_facts import facts_of, persons_of

_MINUTES = ("Referat af bestyrelsesmøde i Grundejerforeningen Solbakken\n7. marts 2019\n\n"
            "Til stede: Gitte Holm, Peder Lund, Aase Krogh, Bent Vinding\n\n"
            "1. Konstituering\nBestyrelsen konstituerede sig således:\n"
            "formand: Gitte Holm (Solbakkens Beboerforening)\nkasserer: Peder Lund – fortsætter som hidtil\n"
            "Suppleanter: 1. Aase Krogh (genvalg), 2. Bent Vinding\n"
            "Bent takkede for valget.\n\n"
            "2. Eventuelt\nGitte Holm er også formand for haveudvalget.\n")


def test_posts_of_a_constituting_sentence():
    text = "Bestyrelsen konstituerede sig: formand Jens Ole Bach, næstformand Mogens Kirk,\nkasserer Karen Dahl."
    assert constitution(text, [(0, len(text))]) == [("Jens Ole Bach", "formand", True, None),
                                                     ("Mogens Kirk", "næstformand", True, None),
                                                     ("Karen Dahl", "kasserer", True, None)]


def test_no_posts_without_a_word_of_constituting():
    text = "Gitte Holm er formand for haveudvalget, kasserer Peder Lund."
    assert constitution(text, [(0, len(text))]) == []


def test_constituted_board_members_get_post_membership_and_association():
    by_name = persons_of(_MINUTES)
    assert {"formand", "medlem"} <= set(by_name["Gitte Holm"].roles)
    assert "Solbakkens Beboerforening" in by_name["Gitte Holm"].organisations
    assert {"kasserer", "medlem"} <= set(by_name["Peder Lund"].roles)
    assert "suppleant" in by_name["Aase Krogh"].roles
    assert "genvalg" not in " ".join(by_name["Aase Krogh"].organisations)
    assert "suppleant" in by_name["Bent Vinding"].roles


_WHOLE_BOARD = ("Referat af bestyrelsesmøde i Grundejerforeningen Solbakken\n7. marts 2019\n\n"
                "Til stede: Hele bestyrelsen undtagen Peder (afbud). Suppleant Aase deltog også.\n\n"
                "1. Konstituering\nBestyrelsen konstituerede sig således:\n"
                "formand: Gitte Holm\nkasserer: Peder Lund\nmenige medlemmer: Bent Vinding\n"
                "Suppleanter: 1. Aase Krogh, 2. Ulla Bech\n\n2. Eventuelt\nIntet.\n")


def test_whole_board_except_one_makes_the_constituted_members_present():
    facts = facts_of(_WHOLE_BOARD)
    status = {p.name: p.status for p in facts.persons}
    assert status["Gitte Holm"] == "present" and status["Bent Vinding"] == "present"
    assert status["Peder Lund"] == "absent"
    assert status["Aase Krogh"] == "present" and status["Ulla Bech"] == "unknown"


def test_a_boards_roster_under_the_minutes_gives_posts_and_organisations():
    # held-out 101: "Til stede: Ole, Hanne, Jørgen …" and the board's roster printed below the minutes
    from tests.ingest.text_facts import persons_of
    text = ("KULTURELT SAMRÅD I VESTBY\n\nREFERAT AF BESTYRELSESMØDE\n\nMandag den 5. marts 2012 kl. 19.00\n\n"
            "Til stede: Ole, Hanne og Jørgen\nAfbud: Kurt\n\nDagsorden:\n1. Økonomi\n\nAd 1. Økonomi\n"
            "Jørgen fremlagde regnskabet.\n\nReferent: Hanne\n\n"
            "-----\nBestyrelsen 2012\nFormand:        Ole Bækgaard, Vestby Musikforening\n"
            "Kasserer:       Jørgen Skovgård\nMedlemmer:      Hanne Rosing, Vestby Kunstforening\n"
            "                Kurt Dalsgaard\n-----\n")
    persons = persons_of(text)
    assert {"formand", "medlem"} <= set(persons["Ole Bækgaard"].roles)
    assert "Vestby Musikforening" in persons["Ole Bækgaard"].organisations
    assert "kasserer" in persons["Jørgen Skovgård"].roles
    assert "Vestby Kunstforening" in persons["Hanne Rosing"].organisations
    assert persons["Kurt Dalsgaard"].status == "absent" and "medlem" in persons["Kurt Dalsgaard"].roles


def test_posts_handed_out_at_a_general_assembly_are_held_in_the_association():
    text = ("Vestby Beboerforening\n\nReferat af ordinær generalforsamling\nTirsdag den 25. marts 2014 kl. 19.30\n\n"
            "1. Meddelelser\nFormanden orienterede. Bestyrelsen "
            "konstituerede sig efterfølgende: formand Jens Peter Brinch, næstformand Hanne Fogh Jepsen.\n\n"
            "2. Eventuelt\nIntet.\n")
    people = persons_of(text)
    assert "formand" in people["Jens Peter Brinch"].roles
    assert "Vestby Beboerforening" in people["Jens Peter Brinch"].organisations
    assert "Vestby Beboerforening" in people["Hanne Fogh Jepsen"].organisations


def test_a_plain_member_s_post_heads_no_organisation():
    text = ("Vestby Beboerforening\n\nReferat af bestyrelsesmøde 25. marts 2014\n\n"
            "Formand: Jens Peter Brinch\nMenigt medlem: Jørgen Sand\n\n1. Eventuelt\nIntet.\n")
    sand = persons_of(text)["Jørgen Sand"]
    assert "medlem" in sand.roles and "Menigt medlem" not in sand.organisations
