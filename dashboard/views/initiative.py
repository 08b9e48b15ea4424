"""Initiative profile: the meetings that mention it and the stages they state, who drives it,
its grants and passages. `?initiative=<id>`."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, profiles, widgets
from dashboard.texts import format_date, label, or_unknown, t
from graph.analysis.initiatives import STAGES
from graph.frames import Frames

STAGE_COLOURS = dict(zip(("mentioned", *STAGES),
                         ("#999999", "#7570b3", "#1b9e77", "#66a61e", "#e6ab02", "#d95f02")))


def _timeline(frames: Frames, summary: pd.Series, evidence: pd.DataFrame) -> None:
    meetings = frames.meetings[frames.meetings["id"].isin(summary["meeting_ids"])]
    seen = meetings.assign(category="mentioned", meeting_id=meetings["id"],
                           hover=[t("initiative.hover_meeting", date=format_date(d),
                                    body=or_unknown(b)) for d, b in
                                  zip(meetings["date"], meetings["body"])])
    stated = evidence.assign(category=evidence["stage"], hover=[
        t("initiative.hover_stage", date=format_date(d), stage=t(f"stage.{s}"), quote=q)
        for d, s, q in zip(evidence["date"], evidence["stage"], evidence["quote"].fillna(""))])
    rows = pd.concat([seen, stated], ignore_index=True)
    rows = rows.assign(lane=rows["category"].map(lambda c: t(f"stage.{c}")))
    if rows["date"].notna().any():
        figure = charts.timeline(rows, colours=STAGE_COLOURS,
                                 names={c: t(f"stage.{c}") for c in STAGE_COLOURS},
                                 title=t("initiative.timeline"),
                                 x_title=t("common.meeting_date"), y_title=t("initiative.stage"))
        st.plotly_chart(figure, width="stretch", key="initiative_timeline")


def _drivers(frames: Frames, initiative: str) -> None:
    st.subheader(t("initiative.drivers"))
    names = widgets.node_names(frames)
    rows = frames.involvements[frames.involvements["initiative_id"] == initiative]
    rows = rows.drop_duplicates(["actor_id", "role", "doc"]).assign(
        name=lambda f: f["actor_id"].map(names).fillna(f["actor_id"]),
        kind=lambda f: f["actor_label"].map(lambda k: label(f"label.{k}", or_unknown(k))),
        role=lambda f: f["role"].fillna("–"),
        document=lambda f: f["doc"].map(widgets.document_names(frames)))
    widgets.table(rows.sort_values("name"), {"name": t("common.name"), "kind": t("person.kind"),
                                             "role": t("profile.role"),
                                             "document": t("common.document")},
                  key="initiative_drivers", link="actor_id")


def _stages(frames: Frames, evidence: pd.DataFrame) -> None:
    st.subheader(t("initiative.stages"))
    st.caption(t("initiative.stages_caption"))
    rows = evidence.assign(date=evidence["date"].map(format_date),
                           stage=evidence["stage"].map(lambda s: t(f"stage.{s}")),
                           word=evidence["word"].replace({"FUNDED": t("initiative.word_grant")}),
                           document=evidence["doc"].map(widgets.document_names(frames)))
    widgets.table(rows, {"date": t("common.date"), "stage": t("initiative.stage"),
                         "word": t("initiative.word"), "quote": t("common.quote"),
                         "document": t("common.document")})


def main() -> None:
    opened = profiles.open_profile("initiative", lambda frames: frames.initiatives)
    if opened is None:
        return
    frames, initiative = opened
    summary = data.initiative_summary().set_index("id").loc[initiative]
    evidence = data.stage_evidence()
    evidence = evidence[evidence["initiative_id"] == initiative]
    st.header(str(summary["name"]))
    st.caption(t("initiative.summary", kind=label(f"ikind.{summary['kind']}",
                                                   or_unknown(summary["kind"])),
                 municipality=or_unknown(summary["municipality"]),
                 stage=t(f"stage.{summary['stage']}") if summary["stage"] else t("stage.none"),
                 meetings=int(summary["meetings"]),
                 period=profiles.period(summary["first"], summary["last"])))
    _timeline(frames, summary, evidence)
    left, right = st.columns(2)
    with left:
        _drivers(frames, initiative)
    with right:
        profiles.grants(frames, initiative)
    _stages(frames, evidence)
    profiles.sources(frames, initiative)


main()
