"""Initiatives: labels that name an accounting topic with its year or the body's last meeting are none;
a topic's adjectives keep their noun ("temadag om usynlige handicap"); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of


def _initiatives(body: str) -> set[str]:
    text = "Referat af møde i Ydby Seniorråd 2. marts 2022\n\nDeltagere: Karen Holmsted\n\n" + body
    return {i.name for i in facts_of(text, "i.txt").initiatives}


def test_a_budget_label_with_its_year_and_a_follow_up_of_the_last_meeting_name_no_initiative():
    found = _initiatives("1. Økonomi\nBudget 2023:\n  Kontingenter 5.000 kr.\nRegnskab 2022: godkendt.\n\n"
                         "2. Messen\nOpfølgning fra mødet i januar: Messen holdes i maj.\n")
    assert not {"Budget 2023", "Regnskab 2022", "Opfølgning fra mødet i januar"} & found


def test_a_topic_keeps_the_noun_of_its_adjectives():
    found = _initiatives("1. Meddelelser\nKaren orienterede om en temadag om usynlige handicap i maj.\n"
                         "Puljen til frivilligt socialt arbejde 2022 har 300.000 kr.\n")
    assert "temadag om usynlige handicap" in found
    assert "Puljen til frivilligt socialt arbejde 2022" in found


def test_an_item_title_that_names_a_place_or_year_with_the_initiative_is_its_full_name():
    # the text names the initiative by its noun alone ("Sommerfesten", "Kulturnatten"); the item's title gives
    # the name with its place or year ("Ydby Sommerfest", "Kulturnat på Ydby Havn", "Ungefestival Ydby 2026")
    found = _initiatives("1. Ydby Sommerfest\nSommerfesten holdes 4. juli. Karen er tovholder.\n\n"
                         "2. Kulturnat på Ydby Havn\nKulturnatten i oktober er aflyst i år.\n\n"
                         "3. Budget\nRådet afsætter 30.000 kr. til Ungefestival i juni.\n\n"
                         "4. Ungefestival Ydby 2026\nFestivalen holdes 6. juni.\n")
    assert {"Ydby Sommerfest", "Kulturnat på Ydby Havn", "Ungefestival Ydby 2026"} <= found
    assert not {"Sommerfest", "Kulturnatten", "Ungefestival"} & found


def test_a_title_that_only_dates_or_places_a_kind_of_thing_renames_nothing():
    found = _initiatives("1. Fritidspas 2026\nFritidspas gives til 40 børn. Ordningen Fritidspas fortsætter.\n\n"
                         "2. Foreningsguider i Ydby Øst\nProjektet Foreningsguider har 12 frivillige.\n")
    assert not {"Fritidspas 2026", "Foreningsguider i Ydby Øst"} & found


def test_a_quoted_name_joined_to_a_noun_by_a_hyphen_is_one_compound():
    found = _initiatives('1. Høring\nRådet ønsker en "Tal-med-os"-linje drevet af frivillige og en "Ren Havn"-dag.\n')
    assert {"Tal-med-os-linje", "Ren Havn-dag"} <= found and not {"Tal-med-os", "Ren Havn"} & found


def test_a_title_written_again_inside_a_sentence_is_a_proper_name_of_an_initiative():
    # Danish capitalises no common noun: "tovholder på Nabokørsel", "holde Kulturaften 2016" name something
    found = _initiatives("1. Nabokørsel\nKnud er fortsat tovholder på Nabokørsel. Vi har kørt 112 ture.\n\n"
                         "2. Kulturaften 2016\nTo foreninger vil sammen holde Kulturaften 2016 i maj.\n")
    assert {"Nabokørsel", "Kulturaften 2016"} <= found


def test_a_title_written_again_at_a_sentence_start_or_naming_an_organisation_is_none():
    found = _initiatives("1. Økonomi\nØkonomi er fin, men vi skal spare.\n\n"
                         "2. Frivilligcenter Ydby\nBirthe fra Frivilligcenter Ydby fortalte om centret.\n\n"
                         "3. Meddelelser fra formanden\n| Titel | Meddelelser fra formanden |\n")
    assert not {"Økonomi", "Frivilligcenter Ydby", "Meddelelser fra formanden"} & found


def test_a_fair_named_by_its_ending_is_an_event():
    found = _initiatives("1. Meddelelser\nKommunen inviterer igen til Frivilligmessen i oktober, og Karen fortalte "
                         "om Frivilligbørsen på biblioteket.\n")
    assert {"Frivilligmessen", "Frivilligbørsen"} <= found


def test_an_item_titled_by_a_thing_the_text_names_again_or_opens_with():
    found = _initiatives("1. Julehjælpen 2023\nKaren orienterede om Julehjælpen, som Ydby Røde Kors står for.\n\n"
                         "2. Gældsrådgivningen\nGældsrådgivningen har haft 40 henvendelser i år.\n\n"
                         "3. Økonomien\nØkonomien er fin.\n\n4. Budgettet\nBudgettet for 2024 blev vedtaget.\n\n5. Budget 2023\nKaren fremlagde Budget for året.\n")
    assert "Julehjælpen 2023" in found and "Gældsrådgivningen" in found
    assert not {"Økonomien", "Budgettet", "Budget 2023", "Budget"} & found


def test_lettered_sub_items_titled_before_a_dash():
    found = _initiatives("1. Projektansøgninger\n"
                         "a) Ydby Klint Vandrerute – ny skiltning, ansøgt af Ydby Naturcenter.\n"
                         "b) Vestby Havnehus – Vestby Bådelaug søger 150.000 kr. til et fælleshus.\n"
                         "c) Karen søger om penge – udsat.\n\n2. Eventuelt\nIntet.\n")
    assert {"Ydby Klint Vandrerute", "Vestby Havnehus"} <= found
    assert not any(name.startswith("Karen") for name in found)  # a sentence, no title
