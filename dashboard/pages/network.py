"""Network: who attended meetings with whom, filtered by municipality, period and tie strength.

Clicking a person selects them (Streamlit's native Plotly selection); the selection is mirrored
in the URL (`?person=<id>`), so a shared link opens with the same person selected, and a button
opens that person's profile.
"""
from __future__ import annotations

import datetime as dt

import streamlit as st

from dashboard import charts, data
from dashboard.texts import or_unknown, t
from graph.frames import Frames

PERSON_PAGE = "pages/person.py"  # relative to dashboard/app.py, the entry point
CHART_KEY = "network_chart"
LAST_CLICK = "network_last_click"


def _filters(frames: Frames) -> tuple[str | None, dt.date | None, dt.date | None, int]:
    """Municipality, period (first and last day) and minimum shared meetings chosen by the user."""
    left, middle, right = st.columns([2, 3, 2])
    everyone = t("common.all_municipalities")
    names = sorted(frames.meetings["municipality"].dropna().unique())
    choice = left.selectbox(t("network.municipality"), [everyone, *names], key="network_mun")
    municipality = None if choice == everyone else str(choice)
    years = sorted({int(d.year) for d in frames.meetings["date"].dropna()})
    start = end = None
    if len(years) > 1:
        first, last = middle.slider(t("network.period"), min_value=years[0], max_value=years[-1],
                                    value=(years[0], years[-1]), key="network_years")
        if (first, last) != (years[0], years[-1]):  # the full range keeps undated meetings too
            start, end = dt.date(first, 1, 1), dt.date(last, 12, 31)
    elif years:
        middle.caption(f"{t('network.period')}: {years[0]}")
    min_weight = int(right.number_input(t("network.min_weight"), min_value=1, max_value=50,
                                        value=1, step=1, key="network_min_weight"))
    return municipality, start, end, min_weight


def _selection(event: object) -> str | None:
    """The clicked person, else the one named in the URL; a cleared click clears the URL too."""
    clicked = charts.selected_person(event)
    previous = st.session_state.get(LAST_CLICK)
    if clicked != previous:
        st.session_state[LAST_CLICK] = clicked
        if clicked:
            st.query_params["person"] = clicked
        elif previous:
            st.query_params.pop("person", None)
    return clicked or st.query_params.get("person")


def _selected(frames: Frames, network: data.Network, person: str | None) -> None:
    persons = frames.persons.set_index("id")
    if person is None or person not in persons.index:
        st.caption(t("network.select_hint"))
        return
    graph = network.graph
    st.markdown(t("network.selected", name=persons.at[person, "name"],
                  municipality=or_unknown(persons.at[person, "municipality"]),
                  degree=graph.degree(person) if person in graph else 0,
                  meetings=graph.nodes[person].get("meetings", 0) if person in graph else 0))
    if st.button(t("network.open_profile"), key="network_open_profile", type="primary"):
        st.switch_page(PERSON_PAGE, query_params={"person": person})


def main() -> None:
    data.refresh_button()
    st.title(t("network.title"))
    st.caption(t("network.caption"))
    frames = data.frames()
    if frames.is_empty:
        st.info(f"**{t('empty.title')}**\n\n{t('empty.body')}")
        return
    municipality, start, end, min_weight = _filters(frames)
    network = data.network(municipality, start, end, min_weight)
    graph = network.graph
    if graph.number_of_nodes() == 0:
        st.info(t("network.empty"))
        _selected(frames, network, _selection(None))
        return
    if graph.number_of_nodes() < network.total_persons:
        st.caption(t("network.trimmed", shown=graph.number_of_nodes(),
                     total=network.total_persons))
    st.caption(t("network.summary", persons=graph.number_of_nodes(),
                 ties=graph.number_of_edges()))
    figure = charts.network_figure(graph, network.positions, persons=frames.persons,
                                   hover=lambda values: t("network.hover", **values),
                                   unknown_municipality=t("common.unknown"))
    event = st.plotly_chart(figure, width="stretch", key=CHART_KEY, on_select="rerun",
                            selection_mode="points")
    _selected(frames, network, _selection(event))


main()
