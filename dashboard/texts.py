"""Every user-facing text of the dashboard, Danish and English side by side; Danish is the default.

Pages call `t("key", **values)`. Each key holds a (Danish, English) pair, so a text cannot be
added in one language and forgotten in the other. The session's language is
`st.session_state["language"]`, set by the sidebar switch in `app.py`.
"""
from __future__ import annotations

from typing import Callable

import pandas as pd
import streamlit as st

DEFAULT_LANGUAGE = "da"
LANGUAGES = {"da": "Dansk", "en": "English"}
_INDEX = {code: n for n, code in enumerate(LANGUAGES)}

TEXTS: dict[str, tuple[str, str]] = {
    # app and navigation
    "app.title": ("Civilsamfundets netværk", "Civil society network"),
    "app.language": ("Sprog", "Language"),
    "nav.section_explore": ("Udforsk", "Explore"),
    "nav.section_profiles": ("Profiler", "Profiles"),
    "nav.section_work": ("Arbejd", "Work"),
    "nav.overview": ("Overblik", "Overview"),
    "nav.network": ("Netværk", "Network"),
    "nav.initiatives": ("Tilbagevendende initiativer", "Recurring initiatives"),
    "nav.change": ("Forandring over tid", "Change over time"),
    "nav.person": ("Person", "Person"),
    "nav.organisation": ("Organisation", "Organisation"),
    "nav.initiative": ("Initiativ", "Initiative"),
    "nav.onboarding": ("Introduktion", "Onboarding brief"),
    "nav.search": ("Søg", "Search"),
    "nav.review": ("Identiteter", "Identities"),
    "nav.data_tools": ("Data", "Data"),
    "login.title": ("Log ind", "Log in"),
    "login.caption": ("Dashboardet viser navne på private personer og er beskyttet med en "
                      "adgangskode.", "The dashboard shows names of private persons and is "
                      "protected by a password."),
    "login.password": ("Adgangskode", "Password"),
    "login.submit": ("Log ind", "Log in"),
    "login.wrong": ("Forkert adgangskode.", "Wrong password."),
    "login.logout": ("Log ud", "Log out"),
    # shared
    "common.all_municipalities": ("Alle kommuner", "All municipalities"),
    "common.all_bodies": ("Alle fora/råd", "All bodies"),
    "common.refresh": ("Genindlæs data", "Reload data"),
    "common.refresh_help": ("Læs grafen igen, fx efter en ny indlæsning af referater.",
                            "Read the graph again, e.g. after ingesting new minutes."),
    "common.name": ("Navn", "Name"),
    "common.municipality": ("Kommune", "Municipality"),
    "common.body": ("Forum/råd", "Body"),
    "common.period": ("Periode", "Period"),
    "common.date": ("Dato", "Date"),
    "common.meeting_date": ("Mødedato", "Meeting date"),
    "common.meetings": ("Møder", "Meetings"),
    "common.document": ("Dokument", "Document"),
    "common.quote": ("Citat", "Quote"),
    "common.unknown": ("ukendt", "unknown"),
    "common.amount": ("{amount} kr.", "DKK {amount}"),
    "common.thousands": (".", ","),
    "common.nothing": ("Intet registreret.", "Nothing recorded."),
    "common.row_opens": ("Vælg en række for at åbne profilen.",
                         "Select a row to open its profile."),
    "empty.title": ("Grafen er tom", "The graph is empty"),
    "empty.body": ("Der er endnu ikke indlæst nogen referater. Kør `python -m ingest run` "
                   "(eller `make run`) i projektmappen, eller upload referater under **Data**, "
                   "og tryk derefter på **Genindlæs data**.",
                   "No minutes have been ingested yet. Run `python -m ingest run` (or "
                   "`make run`) in the project folder, or upload minutes under **Data**, then "
                   "press **Reload data**."),
    "error.store": ("Grafen kunne ikke læses: {detail}", "The graph could not be read: {detail}"),
    "error.report": ("Seneste indlæsningsrapport kunne ikke læses: {detail}",
                     "The last ingest report could not be read: {detail}"),
    # overview
    "overview.title": ("Overblik", "Overview"),
    "overview.caption": ("Hvad referaterne fortæller om personer, organisationer og møder.",
                         "What the minutes tell about persons, organisations and meetings."),
    "overview.persons": ("Personer", "Persons"),
    "overview.organisations": ("Organisationer", "Organisations"),
    "overview.initiatives": ("Initiativer", "Initiatives"),
    "overview.meetings": ("Møder", "Meetings"),
    "overview.documents": ("Dokumenter", "Documents"),
    "overview.span": ("Periode: {first} – {last}", "Period: {first} – {last}"),
    "overview.span_unknown": ("Ingen møder med dato.", "No dated meetings."),
    "overview.where": ("Kommuner og fora", "Municipalities and bodies"),
    "overview.bodies": ("Fora/råd", "Bodies"),
    "overview.over_time": ("Møder pr. måned", "Meetings per month"),
    "overview.month": ("Måned", "Month"),
    "overview.meeting_count": ("Antal møder", "Number of meetings"),
    "overview.active": ("Mest aktive personer", "Most active persons"),
    "overview.active_caption": ("Flest møder med status »til stede«.",
                                "Most meetings with status “present”."),
    "overview.last_meeting": ("Seneste møde", "Last meeting"),
    "overview.report": ("Seneste indlæsning", "Last ingest"),
    "overview.report_time": ("Rapport skrevet {time}", "Report written {time}"),
    "overview.report_none": ("Ingen indlæsningsrapport fundet.", "No ingest report found."),
    "report.failed_title": ("Dokumenter der ikke kunne læses", "Documents that could not be read"),
    "report.documents_ok": ("Dokumenter indlæst", "Documents ingested"),
    "report.closed_items_skipped": ("Lukkede punkter udeladt", "Closed items left out"),
    "report.inserted": ("Indsat", "Inserted"),
    "report.updated": ("Opdateret", "Updated"),
    "report.unchanged": ("Uændret", "Unchanged"),
    "report.deleted": ("Slettet", "Deleted"),
    "report.documents": ("Indlæste dokumenter", "Ingested documents"),
    "report.counts": ("Antal knuder og relationer i grafen",
                      "Nodes and relationships in the graph"),
    "report.doubtful_identities": ("Tvivlsomme identiteter (afgør dem under Identiteter)",
                                   "Doubtful identities (decide them under Identities)"),
    "report.unresolved_first_names": ("Fornavne uden et fuldt navn",
                                      "First names without a full name"),
    "report.file": ("Fil", "File"),
    "report.reason": ("Årsag", "Reason"),
    # network
    "network.title": ("Netværk", "Network"),
    "network.caption": ("Hvem arbejder sammen? To personer (eller organisationer) forbindes, når "
                        "referaterne viser dem sammen: ved samme møde, i samme initiativ eller "
                        "punkt, i et nævnt samarbejde eller en bevilling. Jo flere, jo tykkere "
                        "linje.", "Who works with whom? Two persons (or organisations) are tied "
                        "when the minutes show them together: at one meeting, in one initiative "
                        "or item, in a stated collaboration or a grant. The more, the thicker "
                        "the line."),
    "network.level": ("Vis", "Show"),
    "network.level_person": ("Personer", "Persons"),
    "network.level_organisation": ("Organisationer", "Organisations"),
    "network.types": ("Forbindelser", "Ties"),
    "network.min_weight": ("Mindste vægt", "Minimum weight"),
    "network.colour": ("Farve", "Colour"),
    "network.colour_community_person": ("Fællesskab (Louvain)", "Community (Louvain)"),
    "network.colour_community_organisation": ("Fællesskab (Louvain)", "Community (Louvain)"),
    "network.colour_group_person": ("Kommune", "Municipality"),
    "network.colour_group_organisation": ("Type", "Kind"),
    "network.size": ("Størrelse", "Size"),
    "network.size_degree": ("Antal forbindelser", "Number of ties"),
    "network.size_betweenness": ("Brobygger (betweenness)", "Broker (betweenness)"),
    "network.community": ("Fællesskab {number}", "Community {number}"),
    "network.chart_person": ("Personer og deres forbindelser", "Persons and their ties"),
    "network.chart_organisation": ("Organisationer og deres forbindelser",
                                   "Organisations and their ties"),
    "network.no_types": ("Vælg mindst én slags forbindelse.", "Choose at least one kind of tie."),
    "network.rolled_up": ("Organisationer forbindes gennem deres medlemmers fælles møder.",
                          "Organisations are tied through their members' shared meetings."),
    "network.empty": ("Ingen forbindelser med de valgte filtre. Vælg flere slags forbindelser, "
                      "en længere periode eller en lavere mindste vægt.",
                      "No ties with these filters. Choose more kinds of tie, a longer period "
                      "or a lower minimum weight."),
    "network.trimmed": ("Viser de {shown} bedst forbundne af {total}. Indsnævr filtrene for at "
                        "se flere.", "Showing the {shown} best-connected of {total}. Narrow the "
                        "filters to see more."),
    "network.summary": ("Knuder: {nodes} · forbindelser: {ties} · fællesskaber: {communities}",
                        "Nodes: {nodes} · ties: {ties} · communities: {communities}"),
    "network.hover": ("<b>{name}</b><br>{municipality}<br>forbindelser: {degree} · "
                      "betweenness: {betweenness}<br>{ties}",
                      "<b>{name}</b><br>{municipality}<br>ties: {degree} · "
                      "betweenness: {betweenness}<br>{ties}"),
    "network.click_hint": ("Klik på en knude for at åbne dens profil.",
                           "Click a node to open its profile."),
    "tie.co_attended": ("samme møde", "same meeting"),
    "tie.co_involved": ("samme initiativ/punkt", "same initiative/item"),
    "tie.stated": ("nævnt samarbejde", "stated collaboration"),
    "tie.funding": ("bevilling", "grant"),
    "why.co_attended": ("{n} møder sammen", "{n} meetings together"),
    "why.co_attended_one": ("1 møde sammen", "1 meeting together"),
    "why.co_involved": ("{n} fælles initiativer/punkter", "{n} shared initiatives/items"),
    "why.co_involved_one": ("1 fælles initiativ/punkt", "1 shared initiative/item"),
    "why_org.co_attended": ("medlemmer mødtes {n}×", "members met {n}×"),
    "why_org.co_involved": ("samme initiativ/punkt {n}×", "same initiative/item {n}×"),
    "why.stated": ("samarbejde nævnt {n}×", "collaboration stated {n}×"),
    "why.funding": ("bevilling {n}×", "grant {n}×"),
    # profiles
    "profile.pick_person": ("Person", "Person"),
    "profile.pick_organisation": ("Organisation", "Organisation"),
    "profile.pick_initiative": ("Initiativ", "Initiative"),
    "profile.unknown_id": ("»{node}« findes ikke i grafen; vælg en anden.",
                           "“{node}” is not in the graph; choose another."),
    "profile.collaborators": ("Arbejder oftest sammen med", "Works most with"),
    "profile.collaborators_caption": ("Hvorfor: fælles møder, initiativer/punkter, nævnt "
                                      "samarbejde og bevillinger.", "Why: shared meetings, "
                                      "initiatives/items, stated collaboration and grants."),
    "profile.score": ("Vægt", "Weight"),
    "profile.why": ("Hvorfor", "Why"),
    "profile.initiatives": ("Initiativer", "Initiatives"),
    "profile.initiative": ("Initiativ", "Initiative"),
    "profile.role": ("Rolle", "Role"),
    "profile.grants": ("Bevillinger", "Grants"),
    "profile.direction": ("Retning", "Direction"),
    "profile.gave": ("gav", "gave"),
    "profile.received": ("modtog", "received"),
    "profile.other": ("Modpart", "Other party"),
    "profile.amount": ("Beløb", "Amount"),
    "profile.year": ("År", "Year"),
    "profile.sources": ("Kilder", "Sources"),
    "profile.sources_caption": ("Steder i referaterne, hvor den er nævnt.",
                                "Passages of the minutes that name it."),
    "person.title": ("Personprofil", "Person profile"),
    "person.summary": ("{municipality} · møder: {meetings} · organisationer: {organisations}",
                       "{municipality} · meetings: {meetings} · organisations: {organisations}"),
    "person.timeline": ("Møder over tid", "Meetings over time"),
    "person.hover": ("{date}: {status}<br>roller: {roles}", "{date}: {status}<br>roles: {roles}"),
    "person.status": ("Status", "Status"),
    "person.roles": ("Roller", "Roles"),
    "person.memberships": ("Medlemskaber", "Memberships"),
    "person.memberships_caption": ("Fora efter fremmøde (først og sidst set, møder manglet), "
                                   "organisationer efter de referater der nævner det.",
                                   "Bodies by attendance (first and last seen, meetings "
                                   "missed), organisations by the minutes that state it."),
    "person.first_seen": ("Først set", "First seen"),
    "person.last_seen": ("Sidst set", "Last seen"),
    "person.attended": ("Deltog", "Attended"),
    "person.missed": ("Manglede", "Missed"),
    "person.organisation": ("Organisation", "Organisation"),
    "person.kind": ("Type", "Kind"),
    "person.relation": ("Tilknytning", "Relation"),
    "organisation.title": ("Organisationsprofil", "Organisation profile"),
    "organisation.none": ("Grafen har ingen organisationer endnu.",
                          "The graph holds no organisations yet."),
    "organisation.summary": ("{kind} · {municipality} · medlemmer: {members} · møder: {meetings}",
                             "{kind} · {municipality} · members: {members} · meetings: {meetings}"),
    "organisation.national": ("landsdækkende", "national"),
    "organisation.timeline": ("Møder hvor organisationen optræder",
                              "Meetings showing the organisation"),
    "organisation.member": ("medlem til stede", "member present"),
    "organisation.mentioned": ("nævnt", "mentioned"),
    "organisation.members": ("Medlemmer og repræsentanter", "Members and representatives"),
    "initiative.title": ("Initiativprofil", "Initiative profile"),
    "initiative.none": ("Grafen har ingen initiativer endnu.",
                        "The graph holds no initiatives yet."),
    "initiative.summary": ("{kind} · {municipality} · stadie: {stage} · møder: {meetings} · "
                           "{period}", "{kind} · {municipality} · stage: {stage} · meetings: "
                           "{meetings} · {period}"),
    "initiative.timeline": ("Møder og stadier", "Meetings and stages"),
    "initiative.hover_meeting": ("{date}: nævnt ved {body}", "{date}: mentioned at {body}"),
    "initiative.hover_stage": ("{date}: {stage}<br>»{quote}«", "{date}: {stage}<br>“{quote}”"),
    "initiative.drivers": ("Hvem driver det", "Who drives it"),
    "initiative.stages": ("Stadier i referaterne", "Stages in the minutes"),
    "initiative.stages_caption": ("Kun hvor referaterne selv siger det (fx »bevilget«, "
                                  "»igangsat«).", "Only where the minutes say so (e.g. "
                                  "“granted”, “started”)."),
    "initiative.stage": ("Stadie", "Stage"),
    "initiative.word": ("Ord", "Word"),
    "initiative.word_grant": ("(en bevilling)", "(a grant)"),
    "stage.mentioned": ("nævnt", "mentioned"),
    "stage.proposed": ("foreslået", "proposed"),
    "stage.funded": ("finansieret", "funded"),
    "stage.running": ("i gang", "running"),
    "stage.paused": ("sat på pause", "paused"),
    "stage.closed": ("afsluttet", "closed"),
    "stage.none": ("ikke oplyst", "not stated"),
    # recurring initiatives
    "initiatives.title": ("Tilbagevendende initiativer", "Recurring initiatives"),
    "initiatives.caption": ("Initiativer ordnet efter hvor mange møder der nævner dem, med "
                            "tidslinje og hvem der driver dem.", "Initiatives ranked by how many "
                            "meetings mention them, with a timeline and who drives them."),
    "initiatives.only_recurring": ("Kun tilbagevendende (nævnt ved mindst to møder)",
                                   "Only recurring (mentioned at two meetings or more)"),
    "initiatives.count": ("Initiativer", "Initiatives"),
    "initiatives.recurring": ("Tilbagevendende", "Recurring"),
    "initiatives.with_drivers": ("Med kendte drivkræfter", "With known drivers"),
    "initiatives.none": ("Ingen initiativer med de valgte filtre.",
                         "No initiatives with these filters."),
    "initiatives.none_recurring": ("Intet initiativ er nævnt ved mere end ét møde med de valgte "
                                   "filtre. Slå »kun tilbagevendende« fra for at se alle.",
                                   "No initiative is mentioned at more than one meeting with "
                                   "these filters. Turn off “only recurring” to see all."),
    "initiatives.chart": ("Initiativer over tid (de {n} mest nævnte)",
                          "Initiatives over time (the {n} most mentioned)"),
    "initiatives.hover": ("<b>{name}</b><br>{date} · {body}<br>drives af: {drivers}",
                          "<b>{name}</b><br>{date} · {body}<br>driven by: {drivers}"),
    "initiatives.initiative": ("Initiativ", "Initiative"),
    "initiatives.documents": ("Dokumenter", "Documents"),
    "initiatives.first": ("Først nævnt", "First mentioned"),
    "initiatives.last": ("Sidst nævnt", "Last mentioned"),
    "initiatives.months": ("Måneder", "Months"),
    "initiatives.drivers": ("Drives af", "Driven by"),
    # change over time
    "change.title": ("Forandring over tid", "Change over time"),
    "change.caption": ("Aktive personer, forbindelser, tæthed og grupper pr. periode; hvem kom "
                       "til, hvem stoppede og hvem bygger bro — hver med mødet der viser det.",
                       "Active persons, ties, density and groups per period; who came, who "
                       "left and who brokers — each with the meeting that shows it."),
    "change.by": ("Periode", "Period"),
    "change.by_year": ("År", "Year"),
    "change.by_quarter": ("Kvartal", "Quarter"),
    "change.by_term": ("Valgperiode", "Municipal term"),
    "change.chart": ("Netværket pr. periode", "The network per period"),
    "change.persons": ("Aktive personer", "Active persons"),
    "change.persons_unit": ("Antal personer", "Number of persons"),
    "change.ties": ("Forbindelser", "Ties"),
    "change.ties_unit": ("Antal forbindelser", "Number of ties"),
    "change.density": ("Tæthed", "Density"),
    "change.density_unit": ("Andel af mulige forbindelser (0–1)", "Share of possible ties (0–1)"),
    "change.components": ("Adskilte grupper", "Separate groups"),
    "change.components_unit": ("Antal komponenter", "Number of components"),
    "change.meetings": ("Møder", "Meetings"),
    "change.newcomers": ("Nye", "Newcomers"),
    "change.leavers": ("Stoppede", "Leavers"),
    "change.period": ("Vælg periode", "Choose period"),
    "change.in_period": ("Perioden {period}", "The period {period}"),
    "change.retention": ("{share} af de aktive i {previous} var aktive igen.",
                         "{share} of those active in {previous} were active again."),
    "change.first_period": ("Første periode med møder: alle er nye.",
                            "First period with meetings: everyone is new."),
    "change.newcomers_title": ("Nye personer", "Newcomers"),
    "change.leavers_title": ("Stoppede personer", "Leavers"),
    "change.meeting_newcomer": ("Første møde i perioden", "First meeting in the period"),
    "change.meeting_leaver": ("Sidste møde før", "Last meeting before"),
    "change.brokers": ("Brobyggere", "Brokers"),
    "change.brokers_caption": ("Personer som mange korteste veje mellem andre går igennem "
                               "(betweenness, 0–1).", "Persons many shortest paths between "
                               "others run through (betweenness, 0–1)."),
    "change.no_brokers": ("Ingen brobyggere i perioden: alle aktive mødtes direkte, eller "
                          "grupperne havde ingen fælles personer.", "No brokers in the period: "
                          "everyone active met directly, or the groups shared no one."),
    "change.rank": ("Plads", "Rank"),
    "change.betweenness": ("Betweenness", "Betweenness"),
    "change.previous_rank": ("Plads i forrige periode", "Rank in the previous period"),
    "change.meeting_broker": ("Første møde i perioden", "First meeting in the period"),
    "change.no_dates": ("Ingen møder med dato i dette udsnit.", "No dated meetings in this view."),
    # onboarding brief
    "brief.title": ("Introduktion til en kommune", "Onboarding brief"),
    "brief.caption": ("Til en ny centerleder: hvem er hvem, organisationer og kontakter, "
                      "initiativer og hvad møderne har behandlet det seneste år. Kan hentes "
                      "som Markdown eller HTML.", "For a new centre leader: who's who, "
                      "organisations and contacts, initiatives and what the meetings dealt "
                      "with in the last year. Download as Markdown or HTML."),
    "brief.heading": ("Introduktion: {municipality}", "Onboarding brief: {municipality}"),
    "brief.intro": ("Bygget på {documents} referater fra {first} til {last}. »Seneste 12 "
                    "måneder« er {since} – {last}, regnet fra det seneste møde i data.",
                    "Built from {documents} sets of minutes from {first} to {last}. “Last 12 "
                    "months” is {since} – {last}, counted from the latest meeting in the data."),
    "brief.intro_undated": ("Bygget på {documents} referater uden dato.",
                            "Built from {documents} undated sets of minutes."),
    "brief.no_municipality": ("Ingen møder har en kommune endnu.",
                              "No meeting has a municipality yet."),
    "brief.download_md": ("Hent som Markdown", "Download Markdown"),
    "brief.download_html": ("Hent som HTML", "Download HTML"),
    "brief.people": ("Hvem er hvem", "Who's who"),
    "brief.people_note": ("Personerne i kommunens referater, senest sete først.",
                          "The persons in the municipality's minutes, most recently seen first."),
    "brief.organisations": ("Organisationer og kontakter", "Organisations and contacts"),
    "brief.organisations_note": ("Flest nævnte møder først; kontakter er medlemmer og "
                                 "repræsentanter.", "Most meetings first; contacts are members "
                                 "and representatives."),
    "brief.active": ("Aktive initiativer", "Active initiatives"),
    "brief.active_note": ("Nævnt inden for de seneste 12 måneder.",
                          "Mentioned within the last 12 months."),
    "brief.recent": ("Tidligere initiativer", "Earlier initiatives"),
    "brief.decisions": ("Punkter og beslutninger de seneste 12 måneder",
                        "Items and decisions of the last 12 months"),
    "brief.decisions_note": ("Dagsordenspunkter fra møderne, nyeste først.",
                             "Agenda items of the meetings, newest first."),
    "brief.grants": ("Bevillinger de seneste 12 måneder", "Grants of the last 12 months"),
    "brief.nothing": ("Intet i data.", "Nothing in the data."),
    "brief.col_name": ("Navn", "Name"),
    "brief.col_represents": ("Repræsenterer", "Represents"),
    "brief.col_roles": ("Roller", "Roles"),
    "brief.col_meetings": ("Møder", "Meetings"),
    "brief.col_last_seen": ("Sidst set", "Last seen"),
    "brief.col_organisation": ("Organisation", "Organisation"),
    "brief.col_kind": ("Type", "Kind"),
    "brief.col_contacts": ("Kontakter", "Contacts"),
    "brief.col_initiative": ("Initiativ", "Initiative"),
    "brief.col_stage": ("Stadie", "Stage"),
    "brief.col_last": ("Sidst nævnt", "Last mentioned"),
    "brief.col_drivers": ("Drives af", "Driven by"),
    "brief.col_date": ("Dato", "Date"),
    "brief.col_body": ("Forum/råd", "Body"),
    "brief.col_number": ("Punkt", "Item"),
    "brief.col_title": ("Titel", "Title"),
    "brief.col_funder": ("Bevilget af", "Granted by"),
    "brief.col_recipient": ("Modtager", "Recipient"),
    "brief.col_amount": ("Beløb", "Amount"),
    "brief.col_quote": ("Citat", "Quote"),
    # search
    "search.title": ("Søg", "Search"),
    "search.caption": ("Søg i personer, organisationer, fora, initiativer og referaternes tekst. "
                       "Store og små bogstaver, accenter og aa/å er ligegyldige.",
                       "Search persons, organisations, bodies, initiatives and the text of the "
                       "minutes. Case, accents and aa/å do not matter."),
    "search.query": ("Søgeord", "Search words"),
    "search.placeholder": ("fx lotte, naestved, bevilling", "e.g. lotte, naestved, grant"),
    "search.kinds": ("Søg i", "Search in"),
    "search.kind": ("Hvad", "What"),
    "search.kind_person": ("Person", "Person"),
    "search.kind_organisation": ("Organisation", "Organisation"),
    "search.kind_body": ("Forum/råd", "Body"),
    "search.kind_initiative": ("Initiativ", "Initiative"),
    "search.kind_passage": ("Tekst", "Text"),
    "search.about_meeting": ("møde", "meeting"),
    "search.text": ("Tekst", "Text"),
    "search.where": ("Hvor", "Where"),
    "search.hint": ("Skriv et navn eller et ord for at søge.", "Type a name or a word to search."),
    "search.none": ("Intet fundet for »{query}«. Prøv en del af navnet eller et andet ord.",
                    "Nothing found for “{query}”. Try a part of the name or another word."),
    "search.count": ("{n} fund, bedste først.", "{n} results, best first."),
    "search.limited": ("De første {n} fund, bedste først; skriv mere for at indsnævre.",
                       "The first {n} results, best first; type more to narrow them."),
    # review
    "review.title": ("Tvivlsomme identiteter", "Doubtful identities"),
    "review.caption": ("Er to navne den samme person? Afgørelsen gemmes i beslutningsfilen og "
                       "gælder fra næste indlæsning.", "Are two names one person? The decision "
                       "is saved in the decisions file and applies from the next ingest."),
    "review.none": ("Ingen tvivlsomme identiteter i grafen. Når nye referater indlæses, vises "
                    "navne der kan være samme person her.", "No doubtful identities in the "
                    "graph. When new minutes are ingested, names that may be one person show "
                    "up here."),
    "review.pick": ("Par ({n} i alt)", "Pair ({n} in all)"),
    "review.pair": ("{a} ↔ {b} ({municipality})", "{a} ↔ {b} ({municipality})"),
    "review.reason": ("Hvorfor i tvivl: {reason}", "Why in doubt: {reason}"),
    "review.reason_first_name": ("fornavnet passer på flere personer",
                                 "the first name fits several people"),
    "review.reason_surnames": ("efternavnene er ét bogstav fra hinanden",
                               "the surnames are one letter apart"),
    "review.meetings": ("Møder ({n}):", "Meetings ({n}):"),
    "review.quotes": ("Citater:", "Quotes:"),
    "review.no_quotes": ("Ingen citater.", "No quotes."),
    "review.note": ("Note (valgfri)", "Note (optional)"),
    "review.same": ("Samme person", "Same person"),
    "review.not_same": ("Ikke samme person", "Not the same person"),
    "review.new_name": ("Omdøb »{name}« til", "Rename “{name}” to"),
    "review.rename": ("Omdøb", "Rename"),
    "review.rename_empty": ("Skriv et nyt navn.", "Type a new name."),
    "review.saved": ("Gemt: {verdict} ({a} / {b}) i {path}. Gælder fra næste indlæsning.",
                     "Saved: {verdict} ({a} / {b}) in {path}. Applies from the next ingest."),
    "review.not_saved": ("Afgørelsen kunne ikke gemmes: {detail}",
                         "The decision could not be saved: {detail}"),
    "review.unreadable": ("Beslutningsfilen kunne ikke læses: {detail}",
                          "The decisions file could not be read: {detail}"),
    "review.already": ("Allerede afgjort: {verdict} ({a} / {b}).",
                       "Already decided: {verdict} ({a} / {b})."),
    "review.verdict_same": ("samme person", "same person"),
    "review.verdict_not-same": ("ikke samme person", "not the same person"),
    "review.verdict_rename": ("omdøb", "rename"),
    "review.file": ("Beslutningsfil: {path}", "Decisions file: {path}"),
    # data
    "data.title": ("Data", "Data"),
    "data.caption": ("Indlæs nye referater, hent grafen, eller stil spørgsmål til Neo4j.",
                     "Ingest new minutes, download the graph, or query Neo4j."),
    "data.section": ("Opgave", "Task"),
    "data.tab_ingest": ("Indlæs referater", "Ingest minutes"),
    "data.tab_export": ("Eksportér", "Export"),
    "data.tab_console": ("Cypher-konsol", "Cypher console"),
    "data.ingest": ("Indlæs referater", "Ingest minutes"),
    "data.ingest_caption": ("Referater som txt, md, html, pdf eller docx. Hvert dokument "
                            "erstatter sit eget indhold i grafen, så det er sikkert at indlæse "
                            "det samme igen.", "Minutes as txt, md, html, pdf or docx. Each "
                            "document replaces its own content in the graph, so ingesting it "
                            "again is safe."),
    "data.upload": ("Vælg filer", "Choose files"),
    "data.upload_hint": ("Vælg en eller flere filer for at indlæse dem.",
                         "Choose one or more files to ingest them."),
    "data.ingest_button": ("Indlæs", "Ingest"),
    "data.progress_start": ("Indlæser {n} dokumenter …", "Ingesting {n} documents …"),
    "data.progress": ("Dokument {n} af {total}: {name}", "Document {n} of {total}: {name}"),
    "data.progress_done": ("Færdig: {total} dokumenter", "Done: {total} documents"),
    "data.ingest_ok": ("Dokumenter indlæst: {ok}.", "Documents ingested: {ok}."),
    "data.ingest_failed": ("Dokumenter indlæst: {ok}; kunne ikke læses: {failed} (se nedenfor).",
                           "Documents ingested: {ok}; could not be read: {failed} (see below)."),
    "data.export": ("Eksportér grafen", "Export the graph"),
    "data.export_caption": ("Hele grafen med kilder: GraphML og GEXF til Gephi/yEd, CSV til "
                            "regneark, JSON til programmer.", "The whole graph with sources: "
                            "GraphML and GEXF for Gephi/yEd, CSV for spreadsheets, JSON for "
                            "programs."),
    "data.export_json": ("JSON", "JSON"),
    "data.export_graphml": ("GraphML", "GraphML"),
    "data.export_gexf": ("GEXF", "GEXF"),
    "data.export_csv": ("CSV (zip)", "CSV (zip)"),
    "data.console": ("Cypher-konsol (kun læsning)", "Cypher console (read only)"),
    "data.console_needs_neo4j": ("Konsollen kræver Neo4j som lager: sæt NEO4J_URI (se README). "
                                 "Den indbyggede database har ingen Cypher.",
                                 "The console needs Neo4j as the store: set NEO4J_URI (see "
                                 "README). The embedded database has no Cypher."),
    "data.console_caption": ("Forespørgsler kører i en læsetransaktion; serveren afviser "
                             "ændringer.", "Queries run in a read transaction; the server "
                             "refuses changes."),
    "data.query": ("Cypher", "Cypher"),
    "data.limit": ("Højst antal rækker", "Maximum rows"),
    "data.run": ("Kør", "Run"),
    "data.write_refused": ("Neo4j afviste forespørgslen, fordi den vil ændre grafen. Konsollen "
                           "kan kun læse; brug `python -m ingest` til at ændre data.",
                           "Neo4j refused the query because it would change the graph. The "
                           "console only reads; use `python -m ingest` to change data."),
    "data.query_failed": ("Forespørgslen fejlede: {detail}", "The query failed: {detail}"),
    "data.no_rows": ("Forespørgslen gav ingen kolonner.", "The query returned no columns."),
    "data.rows": ("{n} rækker.", "{n} rows."),
    "data.rows_limited": ("De første {n} rækker; der er flere.",
                          "The first {n} rows; there are more."),
    # vocabulary
    "status.present": ("til stede", "present"),
    "status.absent": ("afbud/fraværende", "absent"),
    "status.unknown": ("nævnt", "named"),
    "kind.association": ("forening", "association"),
    "kind.municipal_unit": ("kommunal enhed", "municipal unit"),
    "kind.council": ("råd", "council"),
    "kind.ngo": ("NGO", "NGO"),
    "kind.political_party": ("politisk parti", "political party"),
    "kind.ministry": ("ministerium", "ministry"),
    "kind.agency": ("styrelse", "agency"),
    "kind.company": ("virksomhed", "company"),
    "kind.education": ("uddannelse", "education"),
    "kind.other": ("andet", "other"),
    "kind.body": ("forum/råd", "body"),
    "kind.person": ("person", "person"),
    "ikind.project": ("projekt", "project"),
    "ikind.event": ("arrangement", "event"),
    "ikind.working_group": ("arbejdsgruppe", "working group"),
    "ikind.fund": ("pulje", "fund"),
    "ikind.service": ("tilbud", "service"),
    "ikind.network": ("netværk", "network"),
    "ikind.other": ("andet", "other"),
    "label.Person": ("person", "person"),
    "label.Organisation": ("organisation", "organisation"),
    "label.Body": ("forum/råd", "body"),
    "relation.MEMBER_OF": ("medlem", "member"),
    "relation.REPRESENTS": ("repræsenterer", "represents"),
    "relation.ATTENDED": ("deltog i møder", "attended meetings"),
}


def language() -> str:
    """The session's language; Danish unless the session chose another."""
    chosen = st.session_state.get("language", DEFAULT_LANGUAGE)
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, **values: object) -> str:
    """The text for `key` in the session's language, formatted with `values`.

    An unknown key returns the key itself, so a missing text shows up instead of crashing.
    """
    pair = TEXTS.get(key)
    if pair is None:
        return key
    text = pair[_INDEX[language()]] or pair[0]
    return text.format(**values) if values else text


def tn(key: str, n: int, **values: object) -> str:
    """`t(key)` for a count `n`: the `<key>_one` text when n is 1 and one exists."""
    return t(f"{key}_one" if n == 1 and f"{key}_one" in TEXTS else key, n=n, **values)


def label(key: str, fallback: str) -> str:
    """The text for `key`, or `fallback` when there is none (e.g. a new report key)."""
    return TEXTS[key][_INDEX[language()]] if key in TEXTS else fallback


def or_unknown(value: object) -> str:
    """A display value; missing ones (None, NaN, empty) as "ukendt"."""
    if value is None or (not isinstance(value, str) and pd.isna(value)) or value == "":
        return t("common.unknown")
    return str(value)


def amount(value: object, text: Callable[..., str] | None = None) -> str:
    """A sum in kroner as the language writes it (50.000 kr., DKK 50,000); "–" when missing.

    `text` is the texts function to use (default `t`), so pure callers can pass their own.
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "–"
    write = text or t
    digits = f"{int(float(str(value))):,}".replace(",", write("common.thousands"))
    return write("common.amount", amount=digits)


def format_date(value: object) -> str:
    """A date as Danish readers write it (27.02.2018), in English as ISO (2018-02-27);
    missing dates as "ukendt"."""
    stamp = pd.Timestamp(value) if value is not None else pd.NaT
    if pd.isna(stamp):
        return t("common.unknown")
    return stamp.strftime("%d.%m.%Y" if language() == "da" else "%Y-%m-%d")
