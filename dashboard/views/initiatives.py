"""Recurring initiatives: ranked by how many meetings mention them, a Gantt-like timeline across
meetings, and who drives them. Filters: municipality, body, period, only recurring (`?recurring=1`).
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, widgets
from dashboard.texts import format_date, or_unknown, t
from graph.analysis.initiatives import STAGES
from graph.frames import Frames

TIMELINE_ROWS = 30  # initiatives drawn; the table lists all
STAGE_COLOURS = dict(zip(("", *STAGES), ("#999999", "#7570b3", "#1b9e77", "#66a61e",
                                         "#e6ab02", "#d95f02")))


def _gantt(frames: Frames, ranked: pd.DataFrame) -> None:
    shown = ranked.head(TIMELINE_ROWS).sort_values(["first", "name"], na_position="last")
    meetings = frames.meetings.set_index("id")
    rows = [{"lane": f"{name} ({or_unknown(mun)})", "date": meetings.at[m, "date"],
             "category": stage,
             "hover": t("initiatives.hover", name=name, date=format_date(meetings.at[m, "date"]),
                        body=or_unknown(meetings.at[m, "body"]),
                        drivers=", ".join(drivers) or "–")}
            for name, mun, stage, ids, drivers in zip(shown["name"], shown["municipality"],
                                                      shown["stage"], shown["meeting_ids"],
                                                      shown["driver_names"])
            for m in ids if m in meetings.index]
    if not rows:
        return
    figure = charts.spans(pd.DataFrame(rows), colours=STAGE_COLOURS,
                          names={s: t(f"stage.{s}" if s else "stage.none") for s in STAGE_COLOURS},
                          title=t("initiatives.chart", n=min(len(shown), TIMELINE_ROWS)),
                          x_title=t("common.meeting_date"), y_title=t("initiatives.initiative"))
    st.plotly_chart(figure, width="stretch", key="initiatives_gantt")


def _table(ranked: pd.DataFrame) -> None:
    rows = ranked.assign(
        first=ranked["first"].map(format_date), last=ranked["last"].map(format_date),
        stage=ranked["stage"].map(lambda s: t(f"stage.{s}") if s else "–"),
        drivers=ranked["driver_names"].map(lambda names: ", ".join(names[:5]) or "–"))
    widgets.table(rows, {"name": t("initiatives.initiative"),
                         "municipality": t("common.municipality"),
                         "meetings": widgets.number(t("common.meetings")),
                         "documents": widgets.number(t("initiatives.documents")),
                         "first": t("initiatives.first"), "last": t("initiatives.last"),
                         "months_spanned": widgets.number(t("initiatives.months")),
                         "stage": t("initiative.stage"), "drivers": t("initiatives.drivers")},
                  key="initiatives_table", link="id")


def main() -> None:
    widgets.start("initiatives.title", "initiatives.caption")
    frames = widgets.graph_or_empty()
    if frames is None:
        return
    scope = widgets.scope_filters(frames)
    recurring_only = widgets.url_toggle(t("initiatives.only_recurring"), param="recurring")
    summary = data.initiative_summary(scope)
    summary = summary[summary["meetings"] > 0]
    recurring = summary[summary["recurring"]]
    columns = st.columns(3)
    columns[0].metric(t("initiatives.count"), len(summary))
    columns[1].metric(t("initiatives.recurring"), len(recurring))
    columns[2].metric(t("initiatives.with_drivers"),
                      int(summary["drivers"].map(bool).sum()) if len(summary) else 0)
    ranked = recurring if recurring_only else summary
    if ranked.empty:
        st.info(t("initiatives.none_recurring" if recurring_only else "initiatives.none"))
        return
    _gantt(frames, ranked)
    _table(ranked)


main()
