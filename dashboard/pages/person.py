"""Person profile: meetings, organisations, frequent co-attendees and the passages naming them.

The chosen person is kept in the URL (`?person=<id>`), so a profile can be shared as a link.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.texts import format_date, label, or_unknown, t
from graph.analysis.coattendance import coattendees
from graph.frames import Frames

TOP_COATTENDEES = 10


def _pick(frames: Frames) -> str | None:
    """The person chosen in the selectbox, preselected from `?person=`; mirrored back to the URL."""
    persons = frames.persons.sort_values(["name", "id"])
    options = list(persons["id"])
    labels = {row.id: f"{row.name} ({or_unknown(row.municipality)})"
              for row in persons.itertuples()}
    requested = st.query_params.get("person")
    if requested and requested not in labels:
        st.warning(t("person.unknown_id", person=requested))
    index = options.index(requested) if requested in labels else 0
    chosen = st.selectbox(t("person.pick"), options, index=index, format_func=labels.__getitem__,
                          key=f"person_pick_{requested or ''}")
    if chosen is not None and chosen != requested:
        st.query_params["person"] = chosen
    return chosen


def _table(frame: pd.DataFrame, columns: dict[str, str]) -> None:
    if frame.empty:
        st.caption(t("person.nothing"))
        return
    st.dataframe(frame[list(columns)].rename(columns=columns), hide_index=True, width="stretch")


def _meetings(attendance: pd.DataFrame) -> None:
    st.subheader(t("person.meetings"))
    rows = attendance.sort_values("date", ascending=False, na_position="last").assign(
        date=lambda f: f["date"].map(format_date),
        status=lambda f: f["status"].map(lambda s: label(f"status.{s}", str(s))))
    _table(rows, {"date": t("common.date"), "body": t("common.body"),
                  "municipality": t("common.municipality"), "status": t("person.status"),
                  "roles": t("person.roles")})


def _organisations(frames: Frames, person: str) -> None:
    st.subheader(t("person.organisations"))
    names = pd.concat([frames.organisations[["id", "name", "kind"]],
                       frames.bodies[["id", "name"]].assign(kind="body")])
    rows = (frames.memberships[frames.memberships["person_id"] == person]
            .merge(names, left_on="org_id", right_on="id", how="left")
            .assign(name=lambda f: f["name"].fillna(f["org_id"]),
                    kind=lambda f: f["kind"].map(lambda k: label(f"kind.{k}", or_unknown(k))),
                    relation=lambda f: f["relation"].map(lambda r: label(f"relation.{r}", r)))
            .drop_duplicates(["org_id", "relation", "roles"]).sort_values("name"))
    _table(rows, {"name": t("person.organisation"), "kind": t("person.kind"),
                  "relation": t("person.relation"), "roles": t("person.roles")})


def _coattendees(frames: Frames, person: str) -> None:
    st.subheader(t("person.coattendees"))
    table = coattendees(data.coattendance(), person, limit=TOP_COATTENDEES)
    rows = table.merge(frames.persons, left_on="person_id", right_on="id", how="left")
    _table(rows, {"name": t("common.name"), "municipality": t("common.municipality"),
                  "shared": t("person.shared")})


def _sources(frames: Frames, person: str) -> None:
    st.subheader(t("person.sources"))
    st.caption(t("person.sources_caption"))
    rows = (frames.sources[frames.sources["node_id"] == person]
            .drop_duplicates(["doc", "start", "end"]).sort_values(["document", "start"]))
    _table(rows, {"document": t("person.document"), "quote": t("person.quote")})


def main() -> None:
    data.refresh_button()
    st.title(t("person.title"))
    frames = data.frames()
    if frames.is_empty or frames.persons.empty:
        st.info(f"**{t('empty.title')}**\n\n{t('empty.body')}")
        return
    person = _pick(frames)
    if person is None:
        return
    info = frames.persons.set_index("id").loc[person]
    attendance = frames.attendance[frames.attendance["person_id"] == person]
    organisations = frames.memberships.loc[frames.memberships["person_id"] == person, "org_id"]
    st.header(str(info["name"]))
    st.caption(t("person.summary", municipality=or_unknown(info["municipality"]),
                 meetings=attendance["meeting_id"].nunique(),
                 organisations=organisations.nunique()))
    _meetings(attendance)  # full width: the roles column is long
    left, right = st.columns(2)
    with left:
        _organisations(frames, person)
    with right:
        _coattendees(frames, person)
    _sources(frames, person)


main()
