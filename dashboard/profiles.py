"""Sections the three profile pages (person, organisation, initiative) share.

Each section is a subheader and a table; rows that name another node open its profile.
"""
from __future__ import annotations

from typing import Callable

import pandas as pd
import streamlit as st

from dashboard import data, widgets
from dashboard.texts import TEXTS, amount, format_date, label, or_unknown, t, tn
from graph.analysis.collaboration import TIE_TYPES
from graph.frames import Frames, document_meetings
from graph.search import kind_of


def open_profile(kind: str, nodes_of: Callable[[Frames], pd.DataFrame]) -> tuple[Frames, str] | None:
    """A profile page's start: its title, the frames and the `kind` node chosen among
    `nodes_of(frames)`; None (after saying why) when there is nothing to show."""
    widgets.start(f"{kind}.title")
    frames = widgets.graph_or_empty()
    if frames is None:
        return None
    if nodes_of(frames).empty:
        st.info(t(f"{kind}.none"))
        return None
    chosen = pick(nodes_of(frames), kind)
    return None if chosen is None else (frames, chosen)


def pick(nodes: pd.DataFrame, kind: str) -> str | None:
    """The node chosen in a selectbox, preselected from `?<kind>=<id>` and kept there."""
    ordered = nodes.sort_values(["name", "id"])
    labels = {row.id: f"{row.name} ({or_unknown(row.municipality)})"
              for row in ordered.itertuples()}
    requested = st.query_params.get(kind)
    if requested and requested not in labels:
        st.warning(t("profile.unknown_id", node=requested))
    return widgets.url_select(t(f"profile.pick_{kind}"), list(labels), param=kind,
                              keep_default=True, format_func=labels.__getitem__)


def _doc_dates(frames: Frames) -> dict[str, pd.Timestamp]:
    known = document_meetings(frames)
    return dict(zip(known["doc"], known["date"]))


def period(first: object, last: object) -> str:
    """"27.02.2018 – 28.02.2019", one date when both are equal, "ukendt" when unknown."""
    if pd.isna(first) and pd.isna(last):
        return t("common.unknown")
    if pd.isna(first) or pd.isna(last) or first == last:
        return format_date(first if pd.notna(first) else last)
    return f"{format_date(first)} – {format_date(last)}"


def memberships(frames: Frames, mask: pd.Series, other: str) -> pd.DataFrame:
    """Membership rows under `mask` with the other side's name and kind and the dated period."""
    names = pd.concat([frames.organisations[["id", "name", "kind"]],
                       frames.bodies[["id", "name"]].assign(kind="body"),
                       frames.persons[["id", "name"]].assign(kind="person")])
    rows = frames.memberships[mask].assign(date=lambda f: f["doc"].map(_doc_dates(frames)))
    if rows.empty:
        return rows.assign(name=[], kind=[], period=[])
    grouped = (rows.groupby([other, "relation"], as_index=False)
               .agg(roles=("roles", lambda r: "; ".join(sorted({x for v in r for x in
                                                                str(v).split("; ") if x}))),
                    first=("date", "min"), last=("date", "max")))
    grouped = grouped.merge(names.drop_duplicates("id"), left_on=other, right_on="id",
                            how="left")
    return grouped.assign(
        name=grouped["name"].fillna(grouped[other]),
        kind=grouped["kind"].map(lambda k: label(f"kind.{k}", or_unknown(k))),
        relation=grouped["relation"].map(lambda r: label(f"relation.{r}", r)),
        period=[period(a, b) for a, b in zip(grouped["first"], grouped["last"])],
    ).sort_values(["name", "relation"])


def why(row: pd.Series, organisation: bool = False) -> str:
    """A collaborator's ties in words: "2 møder sammen · samarbejde nævnt 1×".

    An organisation's meeting ties are its members' (summed over member pairs), so they read
    "members met 36×" rather than "36 meetings".
    """
    prefix = "why_org" if organisation else "why"
    return " · ".join(tn(f"{prefix}.{kind}", int(row[kind])) if f"{prefix}.{kind}" in TEXTS
                      else tn(f"why.{kind}", int(row[kind])) for kind in TIE_TYPES if row[kind])


def collaborators(node_id: str, limit: int = 10) -> None:
    st.subheader(t("profile.collaborators"))
    st.caption(t("profile.collaborators_caption"))
    found = data.collaborators(node_id, limit)
    if not found.empty:
        organisation = kind_of(node_id) != "person"
        found = found.assign(why=found.apply(why, axis=1, organisation=organisation),
                             period=[period(a, b) for a, b in zip(found["first"], found["last"])])
    widgets.table(found, {"name": t("common.name"), "score": widgets.number(t("profile.score")),
                          "why": t("profile.why"), "period": t("common.period")},
                  key=f"collaborators_{node_id}", link="partner_id")


def initiatives(frames: Frames, mask: pd.Series, initiative: str) -> None:
    """Initiatives the node is involved in (INVOLVED_IN), with role and document."""
    st.subheader(t("profile.initiatives"))
    names = widgets.node_names(frames)
    rows = frames.involvements[mask].drop_duplicates(["initiative_id", "role", "doc"])
    rows = rows.assign(name=rows["initiative_id"].map(names).fillna(rows["initiative_id"]),
                       role=rows["role"].fillna("–"),
                       document=rows["doc"].map(widgets.document_names(frames)),
                       date=rows["doc"].map(_doc_dates(frames)).map(format_date))
    widgets.table(rows.sort_values("name"), {"name": t("profile.initiative"),
                                             "role": t("profile.role"), "date": t("common.date"),
                                             "document": t("common.document")},
                  key=f"initiatives_{initiative}", link=initiative)


def grants(frames: Frames, node_id: str) -> None:
    """Grants the node gave or received (FUNDED), with amount, year and the passage."""
    st.subheader(t("profile.grants"))
    names = widgets.node_names(frames)
    fund = frames.fundings
    rows = fund[(fund["funder_id"] == node_id) | (fund["recipient_id"] == node_id)]
    gave = rows["funder_id"] == node_id
    rows = rows.assign(
        direction=gave.map({True: t("profile.gave"), False: t("profile.received")}),
        other_id=rows["recipient_id"].where(gave, rows["funder_id"]))
    rows = rows.assign(other=rows["other_id"].map(names).fillna(rows["other_id"]),
                       amount=rows["amount_dkk"].map(amount),
                       year=rows["year"].map(lambda y: "–" if pd.isna(y) else str(int(y))),
                       document=rows["doc"].map(widgets.document_names(frames)))
    widgets.table(rows, {"direction": t("profile.direction"), "other": t("profile.other"),
                         "amount": t("profile.amount"), "year": t("profile.year"),
                         "quote": t("common.quote"), "document": t("common.document")},
                  key=f"grants_{node_id}", link="other_id")


def sources(frames: Frames, node_id: str) -> None:
    """The passages the node was read from, with document name and meeting date."""
    st.subheader(t("profile.sources"))
    st.caption(t("profile.sources_caption"))
    rows = (frames.sources[frames.sources["node_id"] == node_id]
            .drop_duplicates(["doc", "start", "end"]).sort_values(["document", "start"]))
    rows = rows.assign(date=rows["doc"].map(_doc_dates(frames)).map(format_date))
    widgets.table(rows, {"document": t("common.document"), "date": t("common.date"),
                         "quote": t("common.quote")})
