"""Search people, organisations, bodies, initiatives and the text of the minutes (`?q=…`).

Typing works like in a phone book: any case, with or without accents, "aa" for "å", a part of
a name or a small typo (graph.search). Selecting a row opens the profile it is about.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, widgets
from dashboard.texts import format_date, or_unknown, t
from graph.search import KINDS, kind_of, search

LIMIT = 200


def _kind(kind: str, node_id: str) -> str:
    """"Person", or for a passage what it is about: "Tekst · Organisation"."""
    if kind != "passage":
        return t(f"search.kind_{kind}")
    about = kind_of(node_id)
    return f"{t('search.kind_passage')} · " + (t(f"search.kind_{about}") if about in KINDS
                                               else t("search.about_meeting"))


def _where(date: object, document: object) -> str:
    parts = [format_date(date) if pd.notna(date) else "",
             str(document) if pd.notna(document) else ""]
    return " · ".join(p for p in parts if p)


def main() -> None:
    widgets.start("search.title", "search.caption")
    frames = widgets.graph_or_empty()
    if frames is None:
        return
    left, right = st.columns([3, 2])
    query = widgets.url_text(t("search.query"), param="q", container=left,
                             placeholder=t("search.placeholder"))
    kinds = widgets.url_multiselect(t("search.kinds"), KINDS, param="kind", default=KINDS,
                                    container=right, format_func=lambda k: t(f"search.kind_{k}"))
    if not query:
        st.info(t("search.hint"))
        return
    found = search(data.search_index(), query, kinds=tuple(kinds), limit=LIMIT)
    if found.empty:
        st.info(t("search.none", query=query))
        return
    st.caption(t("search.count", n=len(found)) if len(found) < LIMIT
               else t("search.limited", n=LIMIT))
    rows = found.assign(
        kind=[_kind(k, i) for k, i in zip(found["kind"], found["id"])],
        municipality=found["municipality"].map(or_unknown),
        where=[_where(d, doc) for d, doc in zip(found["date"], found["document"])],
        text=found["text"].fillna(""))
    widgets.table(rows, {"kind": t("search.kind"), "name": t("common.name"),
                         "municipality": t("common.municipality"), "text": t("search.text"),
                         "where": t("search.where")}, key="search_results", link="id")


main()
