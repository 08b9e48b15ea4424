"""Organisation profile: where the minutes show it over time, its members and representatives,
partner organisations and why, initiatives, grants and passages. `?organisation=<id>`."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, profiles, widgets
from dashboard.texts import format_date, label, or_unknown, t
from graph.frames import Frames, document_meetings

CATEGORIES = {"member": "#1b9e77", "mentioned": "#7570b3"}


def _appearances(frames: Frames, org: str) -> pd.DataFrame:
    """Meetings where the organisation is mentioned or where its members' attendance is stated."""
    known = document_meetings(frames)
    member_docs = frames.memberships.loc[frames.memberships["org_id"] == org, "doc"]
    by_member = known.loc[known["doc"].isin(member_docs), "meeting_id"]
    mentioned = frames.mentions.loc[frames.mentions["target_id"] == org, "meeting_id"]
    rows = pd.concat([pd.DataFrame({"meeting_id": by_member, "category": "member"}),
                      pd.DataFrame({"meeting_id": mentioned, "category": "mentioned"})])
    rows = rows.drop_duplicates("meeting_id")  # a member present outranks a mention
    return rows.merge(frames.meetings.rename(columns={"id": "meeting_id"}), on="meeting_id")


def _timeline(frames: Frames, org: str) -> None:
    rows = _appearances(frames, org)
    if rows.empty or rows["date"].isna().all():
        return
    rows = rows.assign(
        lane=[f"{or_unknown(b)} ({or_unknown(m)})" for b, m in
              zip(rows["body"], rows["municipality"])],
        hover=[f"{format_date(d)}: {t(f'organisation.{c}')}" for d, c in
               zip(rows["date"], rows["category"])])
    figure = charts.timeline(rows, colours=CATEGORIES,
                             names={c: t(f"organisation.{c}") for c in CATEGORIES},
                             title=t("organisation.timeline"), x_title=t("common.meeting_date"),
                             y_title=t("common.body"))
    st.plotly_chart(figure, width="stretch", key="organisation_timeline")


def _members(frames: Frames, org: str) -> None:
    st.subheader(t("organisation.members"))
    rows = profiles.memberships(frames, frames.memberships["org_id"] == org, "person_id")
    last = frames.attendance[frames.attendance["status"] != "absent"].groupby("person_id")[
        "date"].max()
    rows = rows.assign(last_seen=rows["person_id"].map(last).map(format_date)) if len(rows) \
        else rows.assign(last_seen=[])
    widgets.table(rows, {"name": t("common.name"), "relation": t("person.relation"),
                         "roles": t("person.roles"), "last_seen": t("person.last_seen")},
                  key="organisation_members", link="person_id")


def main() -> None:
    opened = profiles.open_profile("organisation", lambda frames: frames.organisations)
    if opened is None:
        return
    frames, org = opened
    info = frames.organisations.set_index("id").loc[org]
    members = frames.memberships.loc[frames.memberships["org_id"] == org, "person_id"]
    st.header(str(info["name"]))
    kind = label(f"kind.{info['kind']}", or_unknown(info["kind"]))
    st.caption(t("organisation.summary", kind=kind,
                 municipality=or_unknown(info["municipality"]) if pd.notna(info["municipality"])
                 else t("organisation.national"), members=members.nunique(),
                 meetings=_appearances(frames, org)["meeting_id"].nunique()))
    _timeline(frames, org)
    left, right = st.columns(2)
    with left:
        _members(frames, org)
    with right:
        profiles.collaborators(org)
    left, right = st.columns(2)
    with left:
        profiles.initiatives(frames, frames.involvements["actor_id"] == org, "initiative_id")
    with right:
        profiles.grants(frames, org)
    profiles.sources(frames, org)


main()
