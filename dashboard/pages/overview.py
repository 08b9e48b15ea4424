"""Overview: counts, places and bodies, time span, meetings over time, activity, last ingest."""
from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard import charts, data
from dashboard.texts import format_date, label, t
from graph.frames import Frames

ACTIVE_PEOPLE = 15


def _counts(frames: Frames) -> None:
    columns = st.columns(4)
    for column, key, frame in zip(columns, ("persons", "organisations", "meetings", "documents"),
                                  (frames.persons, frames.organisations, frames.meetings,
                                   frames.documents)):
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
    st.dataframe(table, hide_index=True, width="stretch", column_config={
        "municipality": t("common.municipality"), "bodies": t("overview.bodies"),
        "meetings": st.column_config.NumberColumn(t("common.meetings"), format="%d")})


def _over_time(meetings: pd.DataFrame) -> None:
    st.subheader(t("overview.over_time"))
    figure = charts.meetings_by_month(meetings, x_title=t("overview.month"),
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
    st.dataframe(table[["name", "municipality", "meetings", "last"]], hide_index=True,
                 width="stretch", height="content", column_config={
                     "name": t("common.name"), "municipality": t("common.municipality"),
                     "meetings": st.column_config.NumberColumn(t("common.meetings"), format="%d"),
                     "last": t("overview.last_meeting")})


def _report_value(key: str, value: Any) -> None:
    """One entry of the report, shown by its shape: failures as a table, lists and dicts folded."""
    title = label(f"report.{key}", key)
    if key == "documents_failed" and isinstance(value, list):
        if value:
            st.warning(t("overview.report_failed") + f" ({len(value)})")
            st.dataframe(pd.DataFrame(value).rename(columns={"file": t("report.file"),
                                                             "reason": t("report.reason")}),
                         hide_index=True, width="stretch")
    elif isinstance(value, list):
        with st.expander(f"{title} ({len(value)})"):
            st.write("\n".join(f"- {item}" for item in value) or "–")
    elif isinstance(value, dict):
        with st.expander(title):
            st.json(value)
    else:
        st.write(f"**{title}:** {value}")


def _report() -> None:
    st.subheader(t("overview.report"))
    found = data.ingest_report()
    if found is None:
        st.caption(t("overview.report_none"))
        return
    report, written = found
    st.caption(t("overview.report_time", time=written.strftime("%d.%m.%Y %H:%M")))
    numbers = {k: v for k, v in report.items() if isinstance(v, (int, float))
               and not isinstance(v, bool)}
    for column, (key, value) in zip(st.columns(max(len(numbers), 1)), numbers.items()):
        column.metric(label(f"report.{key}", key), value)
    for key, value in report.items():
        if key not in numbers:
            _report_value(key, value)


def main() -> None:
    data.refresh_button()
    st.title(t("overview.title"))
    st.caption(t("overview.caption"))
    frames = data.frames()
    if frames.is_empty:
        st.info(f"**{t('empty.title')}**\n\n{t('empty.body')}")
    else:
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
