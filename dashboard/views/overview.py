"""Overview: counts, places and bodies, time span, meetings over time, activity, last ingest.

Filters: municipality and body (`?municipality=…&body=<body id>`).
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, widgets
from dashboard.texts import format_date, t
from graph.frames import Frames

ACTIVE_PEOPLE = 15


def _counts(frames: Frames) -> None:
    columns = st.columns(5)
    for column, key, frame in zip(columns, ("persons", "organisations", "initiatives",
                                            "meetings", "documents"),
                                  (frames.persons, frames.organisations, frames.initiatives,
                                   frames.meetings, frames.documents)):
        column.metric(t(f"overview.{key}"), f"{len(frame):,}".replace(",", "."))


def _span(meetings: pd.DataFrame) -> None:
    dates = meetings["date"].dropna()
    if dates.empty:
        st.caption(t("overview.span_unknown"))
    else:
        st.caption(t("overview.span", first=format_date(dates.min()),
                     last=format_date(dates.max())))


def _places(frames: Frames) -> None:
    st.subheader(t("overview.where"))
    meetings = frames.meetings.fillna({"municipality": t("common.unknown"),
                                       "body": t("common.unknown")})
    table = (meetings.groupby("municipality")
             .agg(bodies=("body", lambda names: ", ".join(sorted(set(names)))),
                  meetings=("id", "count"))
             .reset_index().sort_values(["meetings", "municipality"], ascending=[False, True]))
    widgets.table(table, {"municipality": t("common.municipality"),
                          "bodies": t("overview.bodies"),
                          "meetings": widgets.number(t("common.meetings"))})


def _over_time(meetings: pd.DataFrame) -> None:
    figure = charts.meetings_by_month(meetings, title=t("overview.over_time"),
                                      x_title=t("overview.month"),
                                      y_title=t("overview.meeting_count"))
    st.plotly_chart(figure, width="stretch", key="meetings_by_month")


def _active(frames: Frames) -> None:
    st.subheader(t("overview.active"))
    st.caption(t("overview.active_caption"))
    present = frames.attendance[frames.attendance["status"] == "present"]
    counts = (present.groupby("person_id")
              .agg(meetings=("meeting_id", "nunique"), last=("date", "max")).reset_index())
    table = (counts.merge(frames.persons, left_on="person_id", right_on="id", how="left")
             .sort_values(["meetings", "name"], ascending=[False, True]).head(ACTIVE_PEOPLE))
    table["last"] = table["last"].map(format_date)
    widgets.table(table, {"name": t("common.name"), "municipality": t("common.municipality"),
                          "meetings": widgets.number(t("common.meetings")),
                          "last": t("overview.last_meeting")},
                  key="overview_active", link="person_id")


def _report() -> None:
    st.subheader(t("overview.report"))
    found = data.ingest_report()
    if found is None:
        st.caption(t("overview.report_none"))
        return
    report, written = found
    st.caption(t("overview.report_time", time=written.strftime("%d.%m.%Y %H:%M")))
    widgets.show_report(report)


def main() -> None:
    widgets.start("overview.title", "overview.caption")
    everything = widgets.graph_or_empty()
    if everything is not None:
        frames = data.scoped(widgets.scope_filters(everything, period=False))
        _counts(frames)
        _span(frames.meetings)
        _over_time(frames.meetings)
        left, right = st.columns(2)
        with left:
            _places(frames)
        with right:
            _active(frames)
    _report()


main()
