"""Person profile: meetings over time, memberships with periods (graph.analysis.profile),
collaborators and why, initiatives, grants and the passages naming the person.
The person is `?person=<id>`."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, profiles, widgets
from dashboard.texts import format_date, label, or_unknown, t


def _timeline(attendance: pd.DataFrame) -> None:
    rows = attendance.assign(
        lane=[f"{or_unknown(b)} ({or_unknown(m)})" for b, m in
              zip(attendance["body"], attendance["municipality"])],
        category=attendance["status"].fillna("unknown"),
        hover=[t("person.hover", date=format_date(d), status=label(f"status.{s}", str(s)),
                 roles=r or "–") for d, s, r in
               zip(attendance["date"], attendance["status"], attendance["roles"])])
    if rows["date"].notna().any():
        figure = charts.timeline(rows, colours=charts.STATUS_COLOURS,
                                 names={s: t(f"status.{s}") for s in charts.STATUS_COLOURS},
                                 title=t("person.timeline"), x_title=t("common.meeting_date"),
                                 y_title=t("common.body"))
        st.plotly_chart(figure, width="stretch", key="person_timeline")
    table = attendance.sort_values("date", ascending=False, na_position="last").assign(
        date=lambda f: f["date"].map(format_date),
        status=lambda f: f["status"].map(lambda s: label(f"status.{s}", str(s))))
    widgets.table(table, {"date": t("common.date"), "body": t("common.body"),
                          "municipality": t("common.municipality"),
                          "status": t("person.status"), "roles": t("person.roles")})


def _memberships(person: str) -> None:
    st.subheader(t("person.memberships"))
    st.caption(t("person.memberships_caption"))
    rows = data.person_profile(person).memberships
    rows = rows.assign(
        kind=rows["kind"].map(lambda k: label(f"kind.{k}", or_unknown(k))),
        relation=rows["relation"].map(lambda r: label(f"relation.{r}", str(r))),
        roles=rows["roles"].map(lambda r: ", ".join(r) if isinstance(r, list) else ""),
        period=[profiles.period(a, b) for a, b in zip(rows["first_seen"], rows["last_seen"])],
        missed=rows["missed"].map(lambda n: "–" if pd.isna(n) else str(int(n))))
    widgets.table(rows, {"name": t("person.organisation"), "kind": t("person.kind"),
                         "relation": t("person.relation"), "roles": t("person.roles"),
                         "period": t("common.period"), "missed": t("person.missed")},
                  key="person_orgs", link="org_id")


def _initiatives(person: str) -> None:
    st.subheader(t("profile.initiatives"))
    rows = data.person_profile(person).initiatives
    rows = rows.assign(roles=rows["roles"].map(", ".join),
                       period=[profiles.period(a, b) for a, b in
                               zip(rows["first_seen"], rows["last_seen"])])
    widgets.table(rows, {"name": t("profile.initiative"), "roles": t("profile.role"),
                         "period": t("common.period")}, key="person_initiatives",
                  link="initiative_id")


def main() -> None:
    widgets.start("person.title")
    frames = widgets.graph_or_empty()
    if frames is None or frames.persons.empty:
        if frames is not None:
            widgets.empty_state()
        return
    person = profiles.pick(frames.persons, "person")
    if person is None:
        return
    info = frames.persons.set_index("id").loc[person]
    attendance = frames.attendance[frames.attendance["person_id"] == person]
    organisations = frames.memberships.loc[frames.memberships["person_id"] == person, "org_id"]
    st.header(str(info["name"]))
    st.caption(t("person.summary", municipality=or_unknown(info["municipality"]),
                 meetings=attendance["meeting_id"].nunique(),
                 organisations=organisations.nunique()))
    _timeline(attendance)
    left, right = st.columns(2)
    with left:
        _memberships(person)
    with right:
        profiles.collaborators(person)
    left, right = st.columns(2)
    with left:
        _initiatives(person)
    with right:
        profiles.grants(frames, person)
    profiles.sources(frames, person)


main()
