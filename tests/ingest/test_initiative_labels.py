"""A label before a colon under an item is a topic, unless it is a person speaking (ingest/extract/initiatives.py)."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of

TEXT = """Referat af Kulturforum 3. maj 2016

Deltagere: Mogens Bach, Vestby Kunstforening; Dorte Lind, Vestby Koret

1. Eventuelt
Mogens: Kunstforeningen holder åbent hus i juni.
Dorte Lind: koret søger sangere.
Sommerkoncerten: Vestby Koret synger i parken.
"""


def test_a_speakers_name_before_a_colon_names_no_initiative():
    names = {i.name for i in facts_of(TEXT, "k.txt").initiatives}
    assert "Mogens" not in names and "Dorte Lind" not in names
    assert "Sommerkoncerten" in names


GRANTS = """Referat af Kulturforum 3. maj 2016

Deltagere: Mogens Bach, Vestby Kunstforening; Dorte Lind, Vestby Koret

1. Ansøgninger
Forummet bevilgede 12.000 kr. fra Kulturpuljen til Lysfest på Torvet. Desuden bevilgede forummet
4.000 kr. til Vestby Koret.
"""


def test_what_a_grant_goes_to_is_an_initiative_unless_it_is_an_organisation():
    names = {i.name for i in facts_of(GRANTS, "g.txt").initiatives}
    assert "Lysfest på Torvet" in names and "Vestby Koret" not in names


def test_an_initiative_word_broken_over_a_pdf_line_is_one_word():
    text = GRANTS.replace("fra Kulturpuljen", "fra kulturforummets udviklings-\npulje")
    names = {i.name for i in facts_of(text, "g.txt").initiatives}
    assert "udviklingspulje" in {n.split()[-1] for n in names} and "pulje" not in names


def test_a_period_and_a_named_place_after_a_capitalised_initiative_belong_to_it():
    from ingest.extract.initiatives import initiatives as found_in

    text = "Rådet vedtog Idrætsstrategi 2020-2023 i maj. Foreningen driver Lektiecafé på Søndermarken."
    names = {i.name for i in found_in(text, [(0, len(text))], set())}
    assert {"Idrætsstrategi 2020-2023", "Lektiecafé på Søndermarken"} <= names


def test_action_lines_name_no_initiative():
    from ingest.extract.initiatives import initiatives as found_in

    text = "Klubben starter Natfodbold i Vestby.\nAnsvarlig: KB, ØR\nFrist: 1. december\nOpfølgning: PL"
    names = {i.name for i in found_in(text, [(0, len(text))], set())}
    assert not names & {"Ansvarlig", "Frist", "Opfølgning"}


def test_a_grant_at_the_start_of_a_decision_names_what_it_goes_to():
    from ingest.extract.initiatives import initiatives as found_in

    text = "Beslutning: Bevilget 12.000 kr. til Bålhytten ved Tange Sø. Resten behandles senere."
    assert "Bålhytten ved Tange Sø" in {i.name for i in found_in(text, [(0, len(text))], set())}


def test_an_item_numbered_sag_labels_no_initiative():
    text = ("Referat af Kulturforum 3. maj 2016\n\nDeltagere: Mogens Bach, Dorte Lind\n\n"
            "Sag 1: Velkomst\nMogens bød velkommen.\n\nSag nr. 2: Sommerkoncerten\nKoret synger i parken.\n\n"
            "Sag 3: Eventuelt\nIntet.\n")
    names = {i.name for i in facts_of(text, "s.txt").initiatives}
    assert not any(name.startswith("Sag") for name in names)


def test_an_item_title_names_the_project_its_text_refers_back_to():
    text = ("Referat af Kulturforum 3. maj 2016\n\nDeltagere: Mogens Bach, Dorte Lind\n\n"
            "1. Sansehave ved skolen\nDorte Lind præsenterede projektet, som spejderne står for.\n\n"
            "2. Bålhytte i parken\nMogens Bach foreslog en bålhytte til brug for alle.\n\n"
            "3. Budget 2017\nByrådet har afsat midler til projektet Grøn Vestby. Forummet følger projektet.\n\n"
            "4. Eventuelt\nDorte spurgte til projektet.\n")
    found = {i.name: i.kind for i in facts_of(text, "p.txt").initiatives}
    assert found.get("Sansehave ved skolen") == "project"
    assert found.get("Bålhytte i parken") == "proposal"
    assert "Budget 2017" not in found and "Eventuelt" not in found


SHORT_SPEAKERS = """Referat af Landsbyforum 3. maj 2016

Deltagere: Rune Bach, Vestby Borgerforening; Maja Lind, Vestby Forsamlingshus

8. Eventuelt
- Rune: Borgerforeningen søger nye bestyrelsesmedlemmer.
- Maja: Forsamlingshuset holder loppemarked.
"""


def test_a_first_name_alone_before_a_colon_is_a_speaker_even_when_it_is_also_a_word():
    names = {i.name for i in facts_of(SHORT_SPEAKERS, "l.txt").initiatives}
    assert "Rune" not in names and "Maja" not in names


ABBREVIATED_PLACE = """Referat af Kirkeligt Netværk 3. maj 2016

Deltagere: Rune Bach, Maja Lind

2. Nyt fra sognene
Der er startet en sprogcafé i Skt. Clemens Sognegård hver onsdag.
"""


def test_an_abbreviation_opening_a_place_stays_in_the_initiatives_name():
    names = {i.name for i in facts_of(ABBREVIATED_PLACE, "a.txt").initiatives}
    assert "sprogcafé i Skt. Clemens Sognegård" in names


ROUND = """Referat af Netværksmøde 4. maj 2018

Deltagere: Lone Vad, Birk Kommune; Tobias Ry, Birk Roklub

1. Runden
- Lone (foreningskonsulent, Birk Kommune): Kommunen åbner en ny sprogcafé.
- Tobias Ry (Birk Roklub): Roklubben holder Åben Havn-dag i juni.
"""


def test_a_round_speaker_described_in_parentheses_names_no_initiative():
    names = {i.name for i in facts_of(ROUND, "r.txt").initiatives}
    assert not any(n.startswith(("Lone", "Tobias")) for n in names)


def test_a_fund_named_by_its_purpose_keeps_the_adjective_before_the_purpose():
    from ingest.extract.initiatives import initiatives as found_in

    for text, name in (("Der er afsat 90.000 kr. i Puljen til lokale ildsjæle.", "Puljen til lokale ildsjæle"),
                       ("Puljen til unge og ældre er brugt op.", "Puljen til unge")):
        assert name in {i.name for i in found_in(text, [(0, len(text))], set())}


def test_a_capitalised_grant_scheme_is_a_fund_and_a_lower_case_grant_is_none():
    from ingest.extract.initiatives import initiatives as found_in

    text = "3. Driftstilskud 2019\nKlubben fik lokaletilskud og søger tilskud til et telt."
    names = {i.name for i in found_in(text, [(0, len(text))], set())}
    assert names == {"Driftstilskud 2019"}


LABELS = """Referat af Kulturforum 3. maj 2016

Deltagere: Mogens Bach, Vestby Kunstforening; Dorte Lind, Vestby Koret

1. Eventuelt
MB orienterede: Kunstforeningen holder åbent hus i juni.
Konklusion: Sagen tages op igen i september.
**Aftale:** Forummet giver 2.000 kr. til plakater.
Sommerkoncerten: Vestby Koret synger i parken.

Bestyrelsen 2016: Mogens Bach (formand) · Dorte Lind
"""


def test_initials_with_a_verb_a_conclusion_and_a_list_with_its_year_name_no_initiative():
    names = {i.name for i in facts_of(LABELS, "l.md").initiatives}
    assert not any(n.startswith(("MB", "Konklusion", "Aftale", "Bestyrelsen")) for n in names), names
    assert "Sommerkoncerten" in names


def test_a_round_speaker_with_an_afghan_first_name_names_no_initiative():
    text = ("Referat af netværksmøde 3. maj 2016\n\nDeltagere: Rasul Ahmadi, Vestby Venligboere; Dorte Lind\n\n"
            "1. Runde\nRasul: Kvindecaféen holder sommerpause.\nDorte: Intet nyt.\n2. Eventuelt\nIntet.\n")
    names = {i.name for i in facts_of(text, "r.txt").initiatives}
    assert "Rasul" not in names


def test_the_next_meeting_of_a_kind_names_no_initiative():
    text = ("Referat af Kulturforum 3. maj 2016\n\nDeltagere: Mogens Bach, Dorte Lind\n\n1. Eventuelt\n"
            "Sommerkoncerten: Vestby Koret synger i parken.\nNæste netværksmøde: onsdag den 5. oktober 2016.\n"
            "Næste delegeretmøde: 14. september 2016.\n")
    names = {i.name for i in facts_of(text, "k.txt").initiatives}
    assert not any(n.startswith("Næste") for n in names) and "Sommerkoncerten" in names


def test_a_known_programme_keeps_the_year_written_after_it():
    text = ("Referat af Kulturforum 3. maj 2016\n\nDeltagere: Mogens Bach, Dorte Lind\n\n1. Frivillig Fredag 2016\n"
            "Forummet holder Frivillig Fredag 2016 på Torvet.\n")
    names = {i.name for i in facts_of(text, "k.txt").initiatives}
    assert "Frivillig Fredag 2016" in names and "Frivillig Fredag" not in names


DECISIONS = """Referat af styregruppemøde 21. februar 2024

Deltagere: Susanne Riis, Ydby Kommune; Line Brøndum, Helhedsplanen Ydby; Morten Friis, Jobcenter Ydby

1. Status på helhedsplanen
Line gennemgik årsrapporten.
Beslutninger:
• Susanne + Line: laver en plan for lektiecaféen.
• Morten og Line: udarbejder en aftale inden sommerferien.
Sommerlejren: Helhedsplanen Ydby holder lejr i juli.
"""


def test_a_decisions_label_and_the_people_a_task_falls_to_name_no_initiative():
    names = {i.name for i in facts_of(DECISIONS, "d.txt").initiatives}
    assert not names & {"Beslutninger", "Susanne + Line", "Morten og Line"}
    assert "Sommerlejren" in names


def test_the_standing_items_of_a_general_meeting_name_no_initiative():
    text = ("Referat af generalforsamling i Ydby Kulturforening 3. marts 2016\n\nDeltagere: Mogens Bach, Dorte Lind\n\n"
            "1. Valg af dirigent og referent\nMogens Bach blev valgt.\n2. Bestyrelsens beretning\nBeretningen blev godkendt.\n"
            "3. Indkomne forslag\nForslaget om et nyt logo blev vedtaget. Forslaget gælder fra 2017.\n")
    names = {i.name for i in facts_of(text, "g.txt").initiatives}
    assert not names & {"Indkomne forslag", "Bestyrelsens beretning", "Valg af dirigent og referent"}


def test_a_lettered_and_quoted_application_label_names_its_project_once():
    text = ("Referat af bestyrelsesmøde i LAG Ydby 7. marts 2017\n\nTil stede: Jens Lund, Bo Vind\n\n"
            "3. Behandling af projektansøgninger\n"
            'a) "Naturlegeplads ved Ydby Sø" – ansøger: Ydby Lokalråd. Der er søgt 150.000 kr.\n'
            'b) "Madmarked i Vestby" – ansøger: Vestby Borgerforening.\n')
    names = {i.name for i in facts_of(text).initiatives}
    assert {"Naturlegeplads ved Ydby Sø", "Madmarked i Vestby"} <= names
    assert not any(n.startswith(("a)", "b)", '"')) for n in names)


def test_a_participants_first_name_as_a_label_names_no_initiative():
    text = ("Referat af Ungdomsrådet 3. maj 2016\n\nDeltagere:\n- 1.g – Sofus Brandt\n- 2.g – Karoline Dyhr\n\n"
            "1. Runden\n- Sofus: der skal være flere busser om aftenen.\n- Karoline: Ungdomsfestivalen 2016 "
            "bliver i august.\n")
    names = {i.name for i in facts_of(text).initiatives}
    assert "Sofus" not in names and "Karoline" not in names


def test_a_routine_label_with_its_translations_names_no_initiative():
    text = ("Referat af Integrationsrådet 3. maj 2016\n\nDeltagere: Mogens Bach, Dorte Lind\n\n"
            "1. Sprogcaféen\nDorte fortalte om Sprogcaféen.\nBeslutning / Decision: Rådet støtter caféen.\n"
            "Næste møde / Next meeting: 4. juni.\nOrientering fra formanden: intet.\n")
    names = {i.name for i in facts_of(text).initiatives}
    assert not any("Decision" in n or "Next meeting" in n or "formanden" in n for n in names)


def test_an_initials_key_and_a_weekday_after_om_name_no_initiative():
    text = ("Café Ydby - netværk af frivillige\n\nReferat fra netværksmøde 17. maj 2011\n\n"
            "Tilstede: Inge, Bent og Karin (referat)\n\n1. Ny aktivitet\n"
            "Marianne foreslog en strikkecafé om mandagen. Der var stor opbakning.\n\n"
            "2. Eventuelt\nIntet.\n\nInitialer:\nIB  Inge Bager\nBT  Bent Thygesen\nKJ  Karin Juul\n")
    facts = facts_of(text)
    names = {i.name for i in facts.initiatives}
    assert "Initialer" not in names and "strikkecafé om mandagen" not in names
    assert "strikkecafé" in {n.lower() for n in names}
    assert facts.meeting.body == "Café Ydby"  # the letterhead's name, then what kind of body it is


def test_a_quoted_mails_labels_name_no_initiative():
    text = ("Referat af landsbyrådets møde 12. november 2012\n\nDeltagere: Jens Holm, Mette Lind\n\n1. Bredbånd\n"
            "Mette laver et udkast.\n\n-----Oprindelig meddelelse-----\nFra: Jens Holm\nTil: Birgit Lund\n")
    names = {i.name for i in facts_of(text).initiatives}
    assert not {"Fra", "Til"} & names


def test_an_association_with_its_speaker_in_brackets_before_a_colon_names_no_initiative():
    from ingest.extract.initiatives import initiatives

    text = ("Ad 2. Nyt fra foreningerne\nYdby Kvindenetværk (Nadia): Svømning for kvinder er fuldt booket.\n"
            "Røde Kors Ydby (Carsten Friis): Afdelingen har fået nye lokaler.\n"
            "Sommerkoncerten (juni): Vestby Koret synger i parken.\n")
    names = {i.name for i in initiatives(text, [(0, len(text))], set())}
    assert not any(n.startswith(("Ydby Kvindenetværk", "Røde Kors")) for n in names)
    assert any(n.startswith("Sommerkoncerten") for n in names)  # a note in brackets that is no name


def test_a_quoted_name_broken_over_a_line_is_one_name_but_not_over_a_blank_line():
    from ingest.extract.initiatives import initiatives

    text = ('Udvalget har besluttet at forlænge projektet "Job med\nstøtte" med et år.\n'
            'Et fælles sommertilbud ("Sommer i\nKøge") er på vej.\nNoten "Husk\n\nKaffe" står i bilaget.\n')
    names = {i.name for i in initiatives(text, [(0, len(text))], set())}
    assert {"Job med støtte", "Sommer i Køge"} <= names
    assert not any(n.startswith("Husk") for n in names)
