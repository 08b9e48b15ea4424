"""Change over time: per year, quarter or municipal term, how many were active, how tied they
were, and who came, left or brokered, each with the meeting that shows it.

URL: `?by=term&municipality=Rudersdal&period=2019`.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, widgets
from dashboard.texts import t
from graph.analysis.timeline import PERIODS
from graph.frames import Frames

METRICS = ("persons", "ties", "density", "components")
RADIO_PERIODS = 8  # more periods than this are chosen on a slider


def _scoped(table: pd.DataFrame, municipality: str | None) -> pd.DataFrame:
    return table[table["scope"] == (municipality or "all")]


def _metrics(snapshots: pd.DataFrame, by: str) -> None:
    figure = charts.period_metrics(
        snapshots, metrics={m: (t(f"change.{m}"), t(f"change.{m}_unit")) for m in METRICS},
        title=t("change.chart"), x_title=t(f"change.by_{by}"))
    st.plotly_chart(figure, width="stretch", key="change_metrics")


def _period_numbers(snapshots: pd.DataFrame, period: str) -> None:
    row = snapshots.set_index("period").loc[period]
    before = snapshots.set_index("period").loc[row["previous"]] if pd.notna(row["previous"]) \
        else None
    columns = st.columns(6)
    for column, key in zip(columns, ("meetings", "persons", "newcomers", "leavers", "ties",
                                     "components")):
        delta = None if before is None or key in ("newcomers", "leavers") \
            else int(row[key]) - int(before[key])
        column.metric(t(f"change.{key}"), int(row[key]), delta=delta)
    if pd.notna(row["retention"]):
        st.caption(t("change.retention", share=f"{row['retention']:.0%}",
                     previous=row["previous"]))
    else:
        st.caption(t("change.first_period"))


def _people(changes: pd.DataFrame, frames: Frames, kind: str, title: str) -> None:
    st.subheader(title)
    labels = widgets.meeting_labels(frames)
    rows = changes[changes["change"] == kind]
    rows = rows.assign(meeting=rows["meeting_id"].map(labels).fillna(t("common.unknown")))
    widgets.table(rows, {"name": t("common.name"), "meeting": t(f"change.meeting_{kind}")},
                  key=f"change_{kind}", link="person_id")


def _brokers(brokers: pd.DataFrame, frames: Frames) -> None:
    st.subheader(t("change.brokers"))
    st.caption(t("change.brokers_caption"))
    brokers = brokers[brokers["betweenness"] > 0]
    if brokers.empty:
        st.caption(t("change.no_brokers"))
        return
    labels = widgets.meeting_labels(frames)
    dates = dict(zip(frames.meetings["id"], frames.meetings["date"]))
    rows = brokers.assign(
        meeting=brokers["meetings"].map(lambda ms: labels.get(min(
            ms, key=lambda m: (dates.get(m, pd.Timestamp.max), m)), "") if len(ms) else ""),
        previous_rank=brokers["previous_rank"].map(lambda r: "–" if pd.isna(r) else str(int(r))))
    widgets.table(rows, {"rank": widgets.number(t("change.rank")), "name": t("common.name"),
                         "betweenness": st.column_config.NumberColumn(
                             t("change.betweenness"), format="%.2f"),
                         "previous_rank": t("change.previous_rank"),
                         "meeting": t("change.meeting_broker")},
                  key="change_brokers", link="person_id")


def main() -> None:
    widgets.start("change.title", "change.caption")
    frames = widgets.graph_or_empty()
    if frames is None:
        return
    left, right = st.columns([2, 3])
    municipality = widgets.municipality_select(frames, container=left)
    by = widgets.url_select(t("change.by"), PERIODS, param="by", container=right, kind="radio",
                            format_func=lambda p: t(f"change.by_{p}"))
    snapshots, changes, brokers = data.change(by, "municipality" if municipality else "all")
    snapshots = _scoped(snapshots, municipality)
    if snapshots.empty:
        st.info(t("change.no_dates"))
        return
    _metrics(snapshots, by)
    periods = [str(p) for p in snapshots["period"]]
    period = (widgets.url_select(t("change.period"), periods, param="period",
                                 kind="radio" if len(periods) <= RADIO_PERIODS else "slider",
                                 default=periods[-1]) if len(periods) > 1 else periods[0])
    st.subheader(t("change.in_period", period=period))
    _period_numbers(snapshots, period)
    changes = _scoped(changes, municipality)
    changes = changes[changes["period"] == period]
    left, right = st.columns(2)
    with left:
        _people(changes, frames, "newcomer", t("change.newcomers_title"))
    with right:
        _people(changes, frames, "leaver", t("change.leavers_title"))
    brokers = _scoped(brokers, municipality)
    _brokers(brokers[brokers["period"] == period], frames)


main()
