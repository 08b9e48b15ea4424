"""Onboarding brief: pick a municipality (`?municipality=`) and read, or download as Markdown or
HTML, who's who, key organisations and contacts, initiatives and the last 12 months' agenda."""
from __future__ import annotations

import streamlit as st

from dashboard import brief, data, widgets
from dashboard.texts import amount, format_date, language, t


def _section(title: str, note: str | None, frame, columns: dict, key: str,
             link: str | None = "id") -> None:
    st.subheader(title)
    if note:
        st.caption(note)
    widgets.table(frame, columns, key=key, link=link)


def _show(made: brief.Brief) -> None:
    people = made.people.assign(last_seen=made.people["last_seen"].map(format_date))
    _section(t("brief.people"), t("brief.people_note"), people, {
        "name": t("brief.col_name"), "represents": t("brief.col_represents"),
        "roles": t("brief.col_roles"), "meetings": widgets.number(t("brief.col_meetings")),
        "last_seen": t("brief.col_last_seen")}, "brief_people")
    orgs = made.organisations.assign(kind=made.organisations["kind"].map(
        lambda k: t(f"kind.{k}") if isinstance(k, str) else "–"))
    _section(t("brief.organisations"), t("brief.organisations_note"), orgs, {
        "name": t("brief.col_organisation"), "kind": t("brief.col_kind"),
        "contacts": t("brief.col_contacts"),
        "meetings": widgets.number(t("brief.col_meetings"))}, "brief_orgs")
    inits = made.initiatives.assign(
        stage=made.initiatives["stage"].map(lambda s: t(f"stage.{s}") if s else "–"),
        last=made.initiatives["last"].map(format_date))
    columns = {"name": t("brief.col_initiative"), "stage": t("brief.col_stage"),
               "meetings": widgets.number(t("brief.col_meetings")), "last": t("brief.col_last"),
               "drivers": t("brief.col_drivers")}
    _section(t("brief.active"), t("brief.active_note"), inits[inits["active"]], columns,
             "brief_active")
    _section(t("brief.recent"), None, inits[~inits["active"]], columns, "brief_recent")
    decisions = made.decisions.assign(date=made.decisions["date"].map(format_date))
    _section(t("brief.decisions"), t("brief.decisions_note"), decisions, {
        "date": t("brief.col_date"), "body": t("brief.col_body"), "number": t("brief.col_number"),
        "title": t("brief.col_title")}, "brief_decisions", link=None)
    grants = made.grants.assign(date=made.grants["date"].map(format_date),
                                amount=made.grants["amount_dkk"].map(amount))
    _section(t("brief.grants"), None, grants, {
        "date": t("brief.col_date"), "funder": t("brief.col_funder"),
        "recipient": t("brief.col_recipient"),
        "amount": t("brief.col_amount"),
        "quote": t("brief.col_quote")}, "brief_grants", link=None)


def main() -> None:
    widgets.start("brief.title", "brief.caption")
    frames = widgets.graph_or_empty()
    if frames is None:
        return
    if not widgets.municipalities(frames):
        st.info(t("brief.no_municipality"))
        return
    municipality = widgets.municipality_select(frames, everyone=False) or ""
    made = brief.build_brief(frames, data.items(), data.initiative_summary(), municipality)
    st.header(t("brief.heading", municipality=municipality))
    st.caption(brief.introduction(made, t, format_date))
    markdown = brief.to_markdown(made, t, format_date)
    page = brief.to_html(made, t, format_date, lang=language())
    left, right, _ = st.columns([1, 1, 3])
    name = f"brief-{municipality}".lower().replace(" ", "-")
    left.download_button(t("brief.download_md"), markdown, file_name=f"{name}.md",
                         mime="text/markdown", key="brief_md", icon=":material/download:")
    right.download_button(t("brief.download_html"), page, file_name=f"{name}.html",
                          mime="text/html", key="brief_html", icon=":material/download:")
    _show(made)


main()
