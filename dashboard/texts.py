"""Every user-facing text of the dashboard, by language; Danish is the default.

Pages call `t("key", **values)`. An English switch later means adding an "en" dict with the same
keys and setting `st.session_state["language"]`; a key missing in a language falls back to Danish.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

DEFAULT_LANGUAGE = "da"

TEXTS: dict[str, dict[str, str]] = {
    "da": {
        "app.title": "Civilsamfundets netværk",
        "nav.overview": "Overblik",
        "nav.network": "Netværk",
        "nav.person": "Personprofil",
        "common.all_municipalities": "Alle kommuner",
        "common.refresh": "Genindlæs data",
        "common.refresh_help": "Læs grafen igen, fx efter en ny indlæsning af referater.",
        "common.name": "Navn",
        "common.municipality": "Kommune",
        "common.body": "Forum/råd",
        "common.date": "Dato",
        "common.meetings": "Møder",
        "common.unknown": "ukendt",
        "empty.title": "Grafen er tom",
        "empty.body": (
            "Der er endnu ikke indlæst nogen referater. Kør `python -m ingest run` "
            "(eller `make run`) i projektmappen, og tryk derefter på **Genindlæs data**."
        ),
        "error.store": "Grafen kunne ikke læses: {detail}",
        "error.report": "Seneste indlæsningsrapport kunne ikke læses: {detail}",
        "overview.title": "Overblik",
        "overview.caption": "Hvad referaterne fortæller om personer, organisationer og møder.",
        "overview.persons": "Personer",
        "overview.organisations": "Organisationer",
        "overview.meetings": "Møder",
        "overview.documents": "Dokumenter",
        "overview.span": "Periode: {first} – {last}",
        "overview.span_unknown": "Ingen møder med dato.",
        "overview.where": "Kommuner og fora",
        "overview.bodies": "Fora/råd",
        "overview.over_time": "Møder over tid",
        "overview.month": "Måned",
        "overview.meeting_count": "Antal møder",
        "overview.active": "Mest aktive personer",
        "overview.active_caption": "Flest møder med status »til stede«.",
        "overview.last_meeting": "Seneste møde",
        "overview.report": "Seneste indlæsning",
        "overview.report_time": "Rapport skrevet {time}",
        "overview.report_none": "Ingen indlæsningsrapport fundet.",
        "overview.report_failed": "Dokumenter der ikke kunne læses",
        "overview.report_documents": "Indlæste dokumenter",
        "overview.report_details": "Øvrige detaljer",
        "report.documents_ok": "Dokumenter indlæst",
        "report.closed_items_skipped": "Lukkede punkter udeladt",
        "report.closed_items": "Lukkede punkter udeladt",
        "report.inserted": "Indsat",
        "report.updated": "Opdateret",
        "report.unchanged": "Uændret",
        "report.deleted": "Slettet",
        "report.documents": "Indlæste dokumenter",
        "report.counts": "Antal knuder og relationer i grafen",
        "report.doubtful_identities": "Tvivlsomme identiteter (afgør under `python -m graph review`)",
        "report.unresolved_first_names": "Fornavne uden et fuldt navn",
        "report.file": "Fil",
        "report.reason": "Årsag",
        "network.title": "Netværk",
        "network.caption": (
            "Hvem har deltaget i møder sammen? To personer forbindes, når de begge var til stede "
            "ved samme møde; jo flere fælles møder, jo tykkere linje. Klik på en person for at "
            "vælge vedkommende."
        ),
        "network.municipality": "Kommune",
        "network.period": "Periode (år)",
        "network.min_weight": "Mindst antal fælles møder",
        "network.max_persons": "Højst antal personer",
        "network.empty": "Ingen forbindelser med de valgte filtre.",
        "network.trimmed": (
            "Viser de {shown} bedst forbundne af {total} personer. "
            "Indsnævr filtrene for at se flere."
        ),
        "network.summary": "Personer: {persons} · forbindelser: {ties}",
        "network.selected": "Valgt: **{name}** ({municipality}) · forbindelser: {degree} · "
                            "møder: {meetings}",
        "network.open_profile": "Åbn personprofil",
        "network.select_hint": "Klik på en person i netværket for at se detaljer.",
        "network.hover": "{name}<br>{municipality}<br>forbindelser: {degree} · møder: {meetings}",
        "person.title": "Personprofil",
        "person.pick": "Person",
        "person.none": "Ingen personer i grafen.",
        "person.unknown_id": "Personen »{person}« findes ikke i grafen; vælg en anden.",
        "person.summary": "{municipality} · møder: {meetings} · organisationer: {organisations}",
        "person.meetings": "Møder",
        "person.status": "Status",
        "person.roles": "Roller",
        "person.organisations": "Organisationer",
        "person.organisation": "Organisation",
        "person.kind": "Type",
        "person.relation": "Tilknytning",
        "person.coattendees": "Deltog oftest sammen med",
        "person.shared": "Fælles møder",
        "person.sources": "Kilder",
        "person.sources_caption": "Steder i referaterne, hvor personen er nævnt.",
        "person.document": "Dokument",
        "person.quote": "Citat",
        "person.nothing": "Intet registreret.",
        "status.present": "til stede",
        "status.absent": "afbud/fraværende",
        "status.unknown": "ukendt",
        "kind.association": "forening",
        "kind.municipal_unit": "kommunal enhed",
        "kind.council": "råd",
        "kind.ngo": "NGO",
        "kind.political_party": "politisk parti",
        "kind.ministry": "ministerium",
        "kind.agency": "styrelse",
        "kind.company": "virksomhed",
        "kind.education": "uddannelse",
        "kind.other": "andet",
        "kind.body": "forum/råd",
        "relation.MEMBER_OF": "medlem",
        "relation.REPRESENTS": "repræsenterer",
    },
}


def language() -> str:
    """The session's language; Danish unless the session chose another."""
    chosen = st.session_state.get("language", DEFAULT_LANGUAGE)
    return chosen if chosen in TEXTS else DEFAULT_LANGUAGE


def t(key: str, **values: object) -> str:
    """The text for `key` in the session's language, formatted with `values`.

    An unknown key returns the key itself, so a missing text shows up instead of crashing.
    """
    text = TEXTS[language()].get(key) or TEXTS[DEFAULT_LANGUAGE].get(key, key)
    return text.format(**values) if values else text


def label(key: str, fallback: str) -> str:
    """The text for `key`, or `fallback` when no language has one (e.g. a new report key)."""
    text = t(key)
    return fallback if text == key else text


def or_unknown(value: object) -> str:
    """A display value; missing ones (None, NaN, empty) as "ukendt"."""
    if value is None or pd.isna(value) or value == "":
        return t("common.unknown")
    return str(value)


def format_date(value: object) -> str:
    """A date as Danish readers write it (27.02.2018); missing dates as "ukendt"."""
    stamp = pd.Timestamp(value) if value is not None else pd.NaT
    return t("common.unknown") if pd.isna(stamp) else stamp.strftime("%d.%m.%Y")
