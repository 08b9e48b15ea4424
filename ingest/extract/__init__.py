"""Facts of one document: `extract(minutes) -> Facts`. Pure; reads only the lexicon."""
from __future__ import annotations

import dataclasses

from ingest.dates import closing_time
from ingest.prose import paragraph_items
from ingest.extract.acronyms import with_acronyms
from ingest.extract.led_projects import led_projects
from ingest.extract.constitution import apply_board_secretary, apply_constitution
from ingest.extract.elections import apply_elections
from ingest.extract.whole_board import apply_whole_board
from ingest.extract.titled_surnames import apply_titled_surnames
from ingest.extract.initiative_tables import table_initiatives
from ingest.extract.initiatives import initiatives
from ingest.extract.initialled_roles import with_initialled_roles
from ingest.extract.item_topics import item_initiatives
from ingest.extract.lowered import lowered as lowered_text  # (not `lowered`: that name is the module's, as tests import it)
from ingest.extract.names import is_known_branch, is_orgish
from ingest.extract.organisations import find_organisations, header_organisations, organisations
from ingest.extract.ocr_variants import merged_misreadings
from ingest.extract.project_names import project_names
from ingest.extract.participants import participants
from ingest.extract.people import Person, people
from ingest.extract.recipients import recipient_sections
from ingest.extract.relations import relate
from ingest.extract.speakers import join_speakers
from ingest.extract.target_groups import with_target_groups
from ingest.extract.task_owners import with_task_owners
from ingest.extract.wrapped_names import rejoined
from ingest.extract.ties import Named, NamesInText, collaborations, grants, involvements
from ingest.lexicon import fold, load, municipality_organisation
from ingest.meeting_body import compound_board
from ingest.model import Facts, InitiativeFact, MeetingFact, Minutes, OrganisationFact, PersonFact


def _named_people(initiative: InitiativeFact, forms: dict[str, str]) -> InitiativeFact:
    """The initiative's people under the names the document resolved them to ("Gitte KW" -> full name);
    `forms`: each folded name form of a person -> the person's name."""
    if not initiative.persons:
        return initiative
    named = tuple((forms.get(fold(n), n), role) for n, role in initiative.persons)
    return dataclasses.replace(initiative, persons=named)


def _board_of(body: str) -> str:
    """The organisation a board is of, for "Bestyrelsen for Frivilligcenter Vestby": a generic word
    ("Bestyrelsen", "Styregruppen") names no organisation, so the members belong to the one after "for"."""
    head, sep, rest = body.partition(" for ")
    generic = load().generic_org_words
    # a compound board word ("Afdelingsbestyrelsen for Afdeling 14 – Ullerupparken") names none either
    if sep and len(head.split()) == 1 and (fold(head) in generic or compound_board(head)) and rest[:1].isupper() \
            and (is_orgish(rest.split()) or is_known_branch(rest.split())):  # "Bestyrelsen for Ældre Sagen Morsø"
        return rest.strip()
    return body


def _with_party_roles(roles: list[str], organisations: tuple[str, ...], parties: set[str]) -> tuple[str, ...]:
    """The person's roles, plus "medlem (Venstre)" for each political party the document ties the person to
    (as the party group label "Venstre:" over a list of names does): a party is something one is a member of."""
    extra = [f"medlem ({o})" for o in organisations if o in parties]
    return tuple(dict.fromkeys([*roles, *extra])) if extra else tuple(roles)


def extract(minutes: Minutes) -> Facts:
    """Everything one set of minutes says about people, organisations, initiatives and the meeting."""
    header, text = minutes.header, minutes.text
    spans = [(item.start, item.end) for item in minutes.items] or [(0, len(text))]
    # a meeting titled by what it is ("Netværksmøde for frivillige foreninger") is no organisation
    # ("Dialogmøde mellem Dragør Kommune og foreningerne" too: a meeting between organisations)
    words = header.body.split() if header.body else []
    titled = words and fold(words[0]).endswith("møde") and (not is_orgish(words) or words[1:2] == ["mellem"])
    body = None if titled else _board_of(header.body) if header.body else None
    header_end = minutes.items[0].start if minutes.items else 0
    # the header lower-cased once for the three readers below: a slice of the document lower-cased (`lowered`,
    # kept for the later readers) where lower-casing keeps every character in its place, as it then does
    low = lowered_text(text)
    header_low = text[:header_end].lower() if low is None else low[:header_end]
    sections = minutes.sections + tuple(recipient_sections(text[:header_end], header_low))  # "alle i Til-feltet undtagen …"
    listed = join_speakers(participants(sections, body, header.municipality), sections)  # "- Grethe (Roklubben): …"
    listed = with_initialled_roles(listed, sections)  # "Referent: EM" for the listed Erik Mørup
    persons = people(listed, text, spans, minutes.withheld_first_names)
    # prose minutes have no numbered items: their paragraphs are the topics someone may present
    relate(persons, text, minutes.items or paragraph_items(text, minutes.sections), body)
    apply_constitution(persons, text, spans, body)  # "Bestyrelsen konstituerede sig: formand …, kasserer …"
    apply_board_secretary(persons)  # "… (kasserer), … (sekretær)": the board's secretary
    apply_elections(persons, text, minutes.items, body)  # "Suppleanter: …" under "Valg af suppleanter"
    apply_whole_board(persons, text[:header_end], header_low)  # "hele bestyrelsen undtagen …"
    apply_titled_surnames(persons, text, spans)  # "Formand Jensen bød velkommen"
    named = [org for a, b in spans for org in find_organisations(text, a, b, body)]
    named += header_organisations(text, header_end, body, header.municipality, header_low)
    # initials the minutes give a person ("Karen Lundsgaard (KL)") name that person, not an organisation ("KL")
    own_initials = {m for p in persons for m in p.mentions if m.isupper() and 2 <= len(m) <= 4}
    named = [n for n in named if n[0] not in own_initials] if own_initials else named
    if header.municipality:  # "kommunen" in a municipality's minutes is that municipality
        own = municipality_organisation(header.municipality)
        for p in persons:
            p.organisations[:] = [own if fold(o) == "kommunen" else o for o in p.organisations]
    from_people = [o for p in persons for o in p.organisations]
    # "Ungdommens Røde\nKors Odder", "Danmarks\nNaturfredningsforening": a name the document or the gazetteer has whole
    named = rejoined(named, from_people + [n for n, _, _ in named] + load().organisation_names, text)
    orgs = merged_misreadings(organisations(named, from_people, body, text))  # "Svendborg Kornmune" (OCR)
    # "kontaktperson for afdelingsbestyrelsen", no named board's mention and no one listed from it: a compound board
    # word in lower case names no board in particular (a body of the lexicon, "kommunalbestyrelsen", does)
    orgs = [o for o in orgs if not (o.name.islower() and " " not in o.name and compound_board(o.name)
                                    and fold(o.name) not in load().body_words and o.name not in from_people)]
    if introduced := project_names(text, low):  # "projektet Demensvenlig Kommune": a project, whatever it ends with
        orgs = [o for o in orgs if fold(o.name) not in introduced]
    with_acronyms(orgs, text)  # "Frivilligcenter Sorø (FCS)", then "FCS" alone
    projects = led_projects(orgs, persons, text)  # "projektleder for Venskabsbesøg i Sorø": a project
    tabled = tuple((cell, a + start, a + end) for a, b in spans for cell, start, end in table_initiatives(text[a:b]))
    if tabled:  # a name in a table's initiative column ("Indsats") is an initiative, not an organisation
        in_tables = {fold(cell) for cell, _, _ in tabled}
        orgs = [o for o in orgs if fold(o.name) not in in_tables]
    canonical = {fold(m): o.name for o in orgs for m in (o.name, *o.mentions)}
    year = int(header.date[:4]) if header.date else None
    forms = {fold(form): p.name for p in persons for form in (p.name, *p.mentions)}
    # "Styregruppen" in the minutes of "Styregruppen for Partnerskab X" is the body, no initiative
    head, sep, _ = (header.body or "").partition(" for ")
    known = set(canonical) | ({fold(head)} if sep and " " not in head else set())
    others = frozenset(known | set(forms))  # a title naming an organisation or a person is no initiative
    found = with_target_groups(text, item_initiatives(text, minutes.items, initiatives(text, spans, known, tabled),
                                                      others))
    found += [p for p in projects if fold(p.name) not in {fold(i.name) for i in found}]
    # "Thao:", "Sofus:" (a label) name a person, no initiative; a longer name both may be a false person
    found = [i for i in found if " " in i.name or fold(i.name) not in forms]
    found_initiatives = tuple(_named_people(i, forms) for i in found)
    names = [
        Named(form, o.name, "organisation")
        for o in orgs
        for form in dict.fromkeys((o.name, *o.mentions, o.evidence.quote) if o.evidence.quote else (o.name, *o.mentions))
    ]
    names += [Named(i.name, i.name, "initiative") for i in found_initiatives]
    names += [Named(form, p.name, "person") for p in persons for form in (p.name, *p.mentions) if len(form) > 2]
    names_in_text = NamesInText(text, spans, names)
    found_initiatives = tuple(involvements(names_in_text, list(found_initiatives)))
    found_initiatives = with_task_owners(persons, text, minutes.items, found_initiatives)  # "Ansvarlig: Morten"
    first_taker = next((p.name for p in persons if "referent" in p.roles), None)
    parties = {o.name for o in orgs if o.kind == "political_party"}
    tied = [tuple(dict.fromkeys(canonical.get(fold(o), o) for o in p.organisations)) for p in persons]
    return Facts(
        document=minutes.document,
        meeting=MeetingFact(
            date=header.date,
            municipality=header.municipality,
            body=header.body,
            start=header.start_time,
            end=header.end_time or closing_time(text),  # "Mødet sluttede kl. 21.40" under the last item
            location=header.location,
            minute_taker=first_taker,
            evidence=header.date_evidence,
        ),
        persons=tuple(
            PersonFact(
                name=p.name,
                mentions=tuple(p.mentions),
                status=p.status,
                roles=_with_party_roles(p.roles, orgs_of, parties),
                organisations=orgs_of,
                evidence=(p.evidence,),
            )
            for p, orgs_of in zip(persons, tied)
        ),
        organisations=tuple(
            OrganisationFact(o.name, o.kind, tuple(o.mentions), (o.evidence,)) for o in orgs
        ),
        initiatives=found_initiatives,
        grants=tuple(grants(names_in_text, year)),
        collaborations=tuple(collaborations(names_in_text)),
        items=minutes.items,
        closed_items=minutes.closed_items,
    )
