"""An attendance list written as a sentence and wrapped at a fixed width: names broken over lines, "og"
and "samt" before the last names, "(begge Org)" for two people, "fra <Org> <title> <Name>" for a colleague and
", som også tog referat" for what she did; invented minutes."""
from __future__ import annotations

from ingest.extract.list_clauses import from_org_titled, relative_clause
from ingest.extract.names import split_org_then_name
from tests.ingest.text_facts import persons_of

_PROSE = ("Ydby Foreningsråd\n\nReferat af bestyrelsesmøde mandag d. 4. marts 2013 kl. 19.30\n\n"
          "Til stede: Lise Mølgaard (formand, Ydby Gymnastikforening), Anders\n"
          "Krogh (næstformand, Ydby Spejderne), Pia Thorup (kasserer),\n"
          "Jens Ole Bak og Maja Vestergaard (begge Ydby Boldklub), Niels Brix (Ydby\n"
          "Skakklub) samt fra Ydby Kommune fritidskonsulent Dorte Fabricius, som også\n"
          "tog referat.\nAfbud: Ole Sand.\n\n1. Godkendelse af referat\nGodkendt.\n\n2. Eventuelt\nIntet.\n")


def test_every_person_of_a_wrapped_prose_list_is_read_whole():
    people = persons_of(_PROSE)
    assert {"Lise Mølgaard", "Anders Krogh", "Pia Thorup", "Jens Ole Bak", "Maja Vestergaard", "Niels Brix",
            "Dorte Fabricius"} <= set(people)
    assert not any(name in {"Anders", "Pia", "Niels"} for name in people)
    assert people["Niels Brix"].status == "present" and people["Ole Sand"].status == "absent"


def test_a_note_saying_begge_belongs_to_both_people_before_it():
    people = persons_of(_PROSE)
    assert "Ydby Boldklub" in people["Jens Ole Bak"].organisations
    assert "Ydby Boldklub" in people["Maja Vestergaard"].organisations
    assert not any("Jens Ole Bak" in o for p in people.values() for o in p.organisations)


def test_a_colleague_named_after_samt_fra_her_organisation_and_title():
    dorte = persons_of(_PROSE)["Dorte Fabricius"]
    assert "Ydby Kommune" in dorte.organisations
    assert "fritidskonsulent (Ydby Kommune)" in dorte.roles and "referent" in dorte.roles
    assert "medlem" not in dorte.roles


def test_the_chair_keeps_only_her_own_notes():
    lise = persons_of(_PROSE)["Lise Mølgaard"]
    assert set(lise.organisations) >= {"Ydby Gymnastikforening"} and "næstformand" not in lise.roles
    assert not any(o.startswith(("Anders", "Pia")) for o in lise.organisations)


def test_a_row_starting_with_a_title_in_lower_case_is_not_joined_to_the_long_row_above():
    people = persons_of("Ydby Samråd\nReferat 26.04.2016\n\nDeltagere\nNavn\tRepræsenterer\tBemærkning\n"
                        "provst Jens Peter Bjerre\tYdby Provsti og Ydby Sogn\tmødeleder og stedfortræder for Eva Lund\n"
                        "sognepræst Mette Holm\tYdby Sogn\t\n\n1. Eventuelt\nIntet.\n")
    assert "Ydby Sogn" in people["Mette Holm"].organisations
    assert "sognepræst (Ydby Sogn)" in people["Mette Holm"].roles


def test_relative_clause_and_colleague_parts():
    assert relative_clause("som også\ntog referat") == "tog referat"
    assert relative_clause("der er ny i rådet.") == "er ny i rådet"
    assert relative_clause("Søren Bech") is None
    assert from_org_titled("fra Ydby Kommune konsulent Bo Holm") == ("konsulent", "Bo Holm", 27, "Ydby Kommune")
    assert from_org_titled("fra Ydby Kommune") is None and from_org_titled("Bo Holm") is None


def test_a_flattened_cell_never_ends_in_a_joining_word():
    assert split_org_then_name("Jens Ole Bak og Maja Vestergaard") is None
    assert split_org_then_name("Ydby Boldklub Maja Vestergaard") == ("Ydby Boldklub", "Maja Vestergaard")


def test_a_relative_clause_without_a_comma_ends_the_last_name():
    text = ("Ydby Sundhedsnetværk\nReferat fra netværksmøde 22. oktober 2014\n\n"
            "Til mødet var mødt: Gurli Hansen (Hjerteforeningen), Peter Malling (Diabetesforeningen).\n"
            "Afbud fra Kirsten Dam og Ahmed Sharif, samt Lone Bech der var syg.\n\n1. Eventuelt\nIntet.\n")
    people = persons_of(text)
    assert people["Lone Bech"].status == "absent" and people["Ahmed Sharif"].status == "absent"
    assert not any("syg" in name or "syg" in " ".join(p.organisations) for name, p in people.items())


def test_people_a_list_names_as_guests_after_a_count_of_members():
    text = ("Ydby Idrætsforening\n\nREFERAT AF ORDINÆR GENERALFORSAMLING\ntorsdag den 27. februar 2014\n\n"
            "Dirigent:        Poul Erik Lund\n"
            "Fremmødt:        38 stemmeberettigede medlemmer samt som gæster Henrik Dam, foreningskon-\n"
            "                 sulent i DGI Vestjylland, og Lise Bruun, fritidskonsulent i Ydby Kommune\n\n"
            "1. Valg af dirigent\nPoul Erik blev valgt.\n\n2. Eventuelt\nIntet.\n")
    people = persons_of(text)
    assert people["Henrik Dam"].status == "present" and "DGI Vestjylland" in people["Henrik Dam"].organisations
    assert "oplægsholder" in people["Lise Bruun"].roles and "medlem" not in people["Lise Bruun"].roles


def test_a_list_of_names_each_with_its_organisation_after_a_slash():
    text = ("Ydby Kommune – Handicaprådets arbejdsgruppe om tilgængelighed\n\nReferat af møde 3. maj 2013\n\n"
            "Deltagere: Henrik Lund/DH Ydby, Grethe Møller/Scleroseforeningen, Ahmed Saleh/LEV Ydby\n"
            "Afbud: Bente Krog/Dansk Blindesamfund\n\n1. Status\nGodkendt.\n\n2. Eventuelt\nIntet.\n")
    people = persons_of(text)
    assert "DH Ydby" in people["Henrik Lund"].organisations and people["Henrik Lund"].status == "present"
    assert "LEV Ydby" in people["Ahmed Saleh"].organisations
    assert people["Bente Krog"].status == "absent" and "Dansk Blindesamfund" in people["Bente Krog"].organisations


def test_representatives_as_a_semicolon_list_and_the_houses_staff():
    text = ("Foreningernes Hus Ydby\nBrugerforum – referat\n\nMødedato: Onsdag d. 9. oktober 2024, kl. 19.00-21.00\n\n"
            "Repræsentanter: Lars Dyhr (Ydby Skakklub); Nadia Karimi (Foreningen Kvinder i Bevægelse)\n"
            "Fra huset: husleder Camilla Rørbech (Ydby Kommune, Kultur og Fritid)\n\n1. Velkomst\nGodt.\n\n"
            "2. Eventuelt\nIntet.\n")
    people = persons_of(text)
    assert people["Nadia Karimi"].status == "present" and "medlem" in people["Nadia Karimi"].roles
    assert "administration" in people["Camilla Rørbech"].roles
    assert "huset" not in people["Camilla Rørbech"].organisations
