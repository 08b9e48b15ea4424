"""Extraction on small fixtures of each layout, with the expected facts worked out by hand."""
from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.read import read_document
from ingest.segment import segment
from tests.ingest.text_facts import facts_of

LAYOUTS = Path(__file__).resolve().parent.parent / "fixtures" / "layouts"


def _facts(name):
    return extract(segment(read_document(LAYOUTS / name)))


def _person(facts, name):
    return next(p for p in facts.persons if p.name == name)


def test_flattened_header_table_pairs_names_with_organisations():
    f = _facts("header_table.txt")
    assert [p.name for p in f.persons if p.status == "present"] == [
        "Hanne Lund Petersen", "Jonas Kirk", "Mette Storm-Hansen", "Ole Bach", "Peter Holm"]
    assert "Dansk Flygtningehjælp Gribskov" in _person(f, "Jonas Kirk").organisations
    assert _person(f, "Ole Bach").roles[:1] == ("suppleant",)
    assert "referent" in _person(f, "Peter Holm").roles
    assert f.meeting.minute_taker == "Peter Holm"


def test_first_names_in_the_text_resolve_to_participants():
    f = _facts("header_table.txt")
    assert "Jonas" in _person(f, "Jonas Kirk").mentions
    assert "tovholder" in _person(f, "Ole Bach").roles
    assert len(f.persons) == 5  # no extra person for "Mette", "Hanne", "Ole"


def test_dash_lines_roles_in_scope_and_party():
    f = _facts("dash_lines.txt")
    ali = _person(f, "Ali Hassan")
    assert set(ali.roles) >= {"medlem", "næstformand", "formand (Furesø Somaliske Forening)"}
    birthe = _person(f, "Birthe Nielsen")
    assert "Venstre" in birthe.organisations and "Kommunalbestyrelsen" in birthe.organisations
    assert _person(f, "Kim Larsen").status == "absent"
    assert _person(f, "Kim Larsen").organisations == ("Integrationsrådet",)  # "borgere med …" is no organisation
    assert "Susanne K" in _person(f, "Susanne Krogh").mentions
    kinds = {o.name: o.kind for o in f.organisations}
    assert kinds["Venstre"] == "political_party" and kinds["Furesø Somaliske Forening"] == "association"


def test_closed_item_people_and_organisations_never_extracted():
    f = _facts("blocks_closed.txt")
    names = {p.name for p in f.persons} | {o.name for o in f.organisations}
    assert not any("Hemmelig" in n for n in names)
    assert f.closed_items == 1


def test_first_name_lists_and_labelled_groups():
    f = _facts("pdf_slots.txt")
    assert _person(f, "Eva N").roles == ("medlem", "dirigent")
    assert set(_person(f, "Lise").roles) == {"medlem", "referent"}
    mona = _person(f, "Mona Damgaard")  # listed as "Mona", named in full across a PDF line break
    assert mona.status == "present" and "Horsens Kommune" in mona.organisations
    assert "oplægsholder" in mona.roles


@pytest.mark.parametrize("name", ["header_table.txt", "dash_lines.txt", "blocks_closed.txt", "pdf_slots.txt"])
def test_every_name_is_found_in_the_source_at_its_span(name):
    f = _facts(name)
    for p in f.persons:
        for ev in p.evidence:
            assert f.document.text[ev.start : ev.end] == ev.quote


def test_grants_and_collaborations_are_read_among_named_actors(tmp_path):
    text = ("Referat fra møde i Integrationsrådet Gribskov Kommune\n\nMødedato: 4.4.2019\n\n"
            "1. Økonomi\n\nFolkeoplysningsudvalget har for 2019 bevilget 45.000 kr. til Gribskov Frivilligcenter. "
            "Jobcentret har et samarbejde med Foreningen Nydanser om IGU-forløb.\n\n2. Eventuelt\n\nIntet.\n")
    facts = facts_of(text, "g.txt")
    [grant] = facts.grants
    assert (grant.source, grant.to, grant.amount_dkk, grant.year) == (
        "Folkeoplysningsudvalget", "Gribskov Frivilligcenter", 45000, 2019)
    assert {(c.a, c.b) for c in facts.collaborations} == {("Foreningen Nydanser", "Jobcentret")}
    assert facts.document.text[grant.evidence.start : grant.evidence.end].strip() == grant.evidence.quote


def test_inline_lists_with_roles_in_parentheses_and_ad_items():
    f = _facts("inline_lists_ad_items.txt")
    assert (f.meeting.date, f.meeting.start, f.meeting.end) == ("2019-03-12", "16:00", "18:00")
    assert [i.title for i in f.items][0] == "Godkendelse af dagsorden"  # "Ad 1.", not the agenda list
    assert set(_person(f, "Ahmad Sharif").roles) == {"medlem", "formand"}  # the chair's report: no presenter
    assert "oplægsholder" in _person(f, "Fatma Yilmaz").roles
    assert [p.name for p in f.persons if p.status == "absent"] == ["Peter Nørgaard", "Susanne Lind"]
    assert "referent" in _person(f, "Jens Hald").roles
    [grant] = f.grants
    assert (grant.source, grant.to, grant.amount_dkk) == ("Velliv Foreningen", "Bydelsmødre", 120000)


def test_html_participant_table_with_header_row():
    f = _facts("html_table.html")
    assert (f.meeting.body, f.meeting.municipality, f.meeting.date) == ("Handicaprådet", "Odense", "2020-01-15")
    listed = {p.name: p for p in f.persons if p.status == "present"}
    assert set(listed) == {"Hanne Kjær", "Bo Rasmussen", "Mette Frederiksen Holm"}  # not the "Navn" header
    assert "Danske Handicaporganisationer" in listed["Hanne Kjær"].organisations
    assert "Bo" in listed["Bo Rasmussen"].mentions  # "Bo" is a word too, but here it fits a participant
    assert {o.name: o.kind for o in f.organisations}["Danske Handicaporganisationer"] == "association"


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Kulturfestivalen – Gitte, Ruth: Arbejdet er godt i gang.", "Kulturfestivalen"),
        ("Nyt fra cykelværkstedet på Lykkens Gave: Det er gået i stå.", "cykelværkstedet på Lykkens Gave"),
        ("30. marts: spilledag uden skærme i Dansk Syrisk Kulturforening", "spilledag uden skærme"),
        ("Der er etableret et foreningsspot på biblioteket hver torsdag.", "foreningsspot på biblioteket"),
        ("Der blev afholdt den tværkommunale workshop.", "den tværkommunale workshop"),
        ("Jobcentret vil opstarte en række IGU forløb.", "IGU forløb"),
        ("Der gives puljemidler til repatrieringsprojekt i år.", "repatrieringsprojekt"),
        ("Rådet støtter Foreningernes dag.", "Foreningernes dag"),
        ('Jobcentret har iværksat projektet "Sammen om Integration".', "Sammen om Integration"),
        ("Rådet nedsætter en arbejdsgruppe om ensomhed.", "arbejdsgruppe om ensomhed"),
        ("Byrådet har afsat midler til Puljen til foreningsliv.", "Puljen til foreningsliv"),
        ("Rådet afgav høringssvar om den nye ældrepolitik.", "den nye ældrepolitik"),
        ("Rådet drøftede udkastet til Gribskov Kommunes klimastrategi.", "klimastrategi"),
        ("Foreningen har fået 5.000 kr. fra Gribskov Kommunes aktivitetspulje.", "Gribskov Kommunes aktivitetspulje"),
        ("Kommunen søger frivillige til projekt Sommer i Gribskov nu.", "Sommer i Gribskov"),
        ("Rådet holder en temadag om ensomhed i maj. Gorm er tovholder på temadagen.", "temadag om ensomhed"),
    ],
)
def test_initiatives_named_in_the_ways_minutes_name_them(sentence, name):
    text = f"Referat fra møde i Integrationsrådet Gribskov Kommune\n\nMødedato: 4.4.2019\n\n1. Orientering\n\n{sentence}\n\n2. Eventuelt\n\nIntet.\n"
    facts = facts_of(text, "i.txt")
    assert name in [i.name for i in facts.initiatives]


@pytest.mark.parametrize("sentence", ["Der er igangsat et stærkt samarbejde.", "Næste møde er torsdag.",
                                      "Foreningen har afholdt generalforsamling.",
                                      "Ældre Sagen holder landsmøde i maj.",
                                      "Rådet nedsætter en arbejdsgruppe.",
                                      "Ad pkt. 3 – Høring: rådet afgiver svar."])
def test_ordinary_sentences_name_no_initiative(sentence):
    text = f"Referat fra møde i Integrationsrådet Gribskov Kommune\n\nMødedato: 4.4.2019\n\n1. Orientering\n\n{sentence}\n\n2. Eventuelt\n\nIntet.\n"
    assert facts_of(text, "i.txt").initiatives == ()


def test_docx_with_a_header_table_and_a_closed_item():
    f = _facts("docx_table_closed.docx")
    assert (f.meeting.body, f.meeting.municipality, f.meeting.start) == ("Ældrerådet", "Vejle", "09:30")
    assert {p.name: p.status for p in f.persons} == {
        "Jens Hansen": "present", "Inger Madsen": "present", "Poul Erik Nielsen": "present",
        "Grethe Jørgensen": "absent", "Anne Lise Berg": "present"}
    assert f.closed_items == 1 and "Hemmelig" not in f.document.text
    # "Jens foreslog en temadag om ensomhed": a proposed event, an initiative by the gold rules (proposals included)
    assert [i.name for i in f.initiatives] == ["Aktiv Hverdag", "temadag om ensomhed"]
    assert {o.name for o in f.organisations} >= {"Sundhed og Omsorg", "DGI"}
    assert [(c.a, c.b) for c in f.collaborations] == [("DGI", "Inger Madsen")]


def test_names_with_apostrophes_and_other_alphabets(tmp_path):
    text = ("Referat for Integrationsrådet\n\nMødedato 5.5.2020\n\nMedlemmer\n\nAnna O'Neil-Sørensen\n"
            "Łukasz Kowalski\nSnežana Petrović\n\n1. Velkommen\n\nŁukasz bød velkommen.\n\n2. Eventuelt\n\nIntet.\n")
    facts = facts_of(text, "a.txt")
    assert [p.name for p in facts.persons] == ["Anna O'Neil-Sørensen", "Łukasz Kowalski", "Snežana Petrović"]
    assert "Łukasz" in facts.persons[1].mentions


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Kommunen uddeler §18-midler 2022 til foreningerne.", "§18-midler 2022"),
        ("Ansøgningsfristen for § 18-puljen er 1. maj.", "§ 18-puljen"),
        ("Karen gav en status på Bydelsmødrene i Tingbjerg.", "Bydelsmødre"),
        ("Karen sagde, at sprogcaféen i Vestbyen mangler frivillige.", "sprogcaféen i Vestbyen"),
        ("Kulturnatten 2021 holdes på havnen.", "Kulturnatten 2021"),
        ("Lektiecafé Nord har åbent om tirsdagen.", "Lektiecafé Nord"),
        ("Karen foreslog en fælles cykelturnering.", "cykelturnering"),
        ("Rådet laver en fælles hvervekampagne.", "hvervekampagne"),
        ("Rådet har en plads i styregruppen.", "styregruppen"),
        ("Karen deltog i temadagen om inklusion i Vejen.", "temadagen om inklusion"),
        ("Projekt Blå Broer er i gang.", "Projekt Blå Broer"),
        ('Foreningen starter besøgsordning "Godt Naboskab" i maj.', "Godt Naboskab"),
    ],
)
def test_initiative_conventions(sentence, name):
    text = f"Referat fra møde i Integrationsrådet Gribskov Kommune\n\nMødedato: 4.4.2019\n\n1. Orientering\n\n{sentence}\n\n2. Eventuelt\n\nIntet.\n"
    assert name in [i.name for i in facts_of(text, "i.txt").initiatives]


@pytest.mark.parametrize(
    "sentence, not_named",
    [
        ('Foreningen starter besøgsordning "Godt Naboskab" i maj.', "besøgsordning"),  # only with its name
        ("Støtte fra Det Hansenske Mindefond.", "Mindefond"),  # part of an organisation's name
        ("Formanden deltog i Danske Ældreråds repræsentantskabsmøde.", "Danske Ældreråds repræsentantskabsmøde"),
        ("Man kan fx nedsætte en styregruppe.", "styregruppe"),
    ],
)
def test_initiative_look_alikes(sentence, not_named):
    text = f"Referat fra møde i Integrationsrådet Gribskov Kommune\n\nMødedato: 4.4.2019\n\n1. Orientering\n\n{sentence}\n\n2. Eventuelt\n\nIntet.\n"
    assert not_named not in [i.name for i in facts_of(text, "i.txt").initiatives]


def test_a_meeting_titled_by_what_it_is_is_no_organisation():
    text = ("Referat\nDialogmøde for foreninger i Nordby\nMødedato: 4.5.2020\n\nDeltagere: Karen Holm, Nordby Boldklub\n\n"
            "1. Velkomst\nTekst.\n\n2. Eventuelt\nIntet.\n")
    f = facts_of(text, "d.txt")
    assert f.meeting.body == "Dialogmøde for foreninger i Nordby"
    assert "Dialogmøde for foreninger i Nordby" not in {o.name for o in f.organisations}
    assert _person(f, "Karen Holm").organisations == ("Nordby Boldklub",)


def test_a_fund_named_by_paragraph_is_one_initiative():
    # with its owner: every municipality has a § 18 fund of its own, and the graph must not make them one
    text = ("Referat fra møde i Integrationsrådet Gribskov Kommune\n\nMødedato: 4.4.2019\n\n1. Orientering\n\n"
            "Klubben har fået 3.000 kr. fra Gribskov Kommunes §18-pulje.\n\n2. Eventuelt\n\nIntet.\n")
    names = [i.name for i in facts_of(text, "i.txt").initiatives]
    assert names == ["Gribskov Kommunes §18-pulje"]


def test_header_labels_in_bold_are_no_initiatives(tmp_path):
    page = tmp_path / "m.html"
    page.write_text("<h2>Frivilligrådet Tønder – referat</h2><p>Mødedato: 3.5.2022</p>"
                    "<p><strong>Til stede:</strong> Gorm, Vibeke</p><p><strong>Referent:</strong> Vibeke</p>"
                    "<ol><li><strong>Nyt fra kommunen</strong><br>Gorm fortalte om byfesten.</li></ol>", encoding="utf-8")
    names = [i.name for i in extract(segment(read_document(page))).initiatives]
    assert "Til stede" not in names and "Referent" not in names
