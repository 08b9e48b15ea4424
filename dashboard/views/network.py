"""Network: who works with whom, persons or organisations, by the kinds of tie the minutes show.

Filters (all in the URL): level (`?level=organisation`), municipality, body, period, tie types
(`?tie=stated&tie=funding`), minimum weight, colour (community or group), size (ties or
brokerage). Clicking a node opens its profile. At most `data.MAX_ELEMENTS` nodes + edges are
drawn: the best-connected nodes are kept, and the page says how many were left out.
"""
from __future__ import annotations

import streamlit as st

from dashboard import charts, data, widgets
from dashboard.scope import Scope
from dashboard.texts import label, or_unknown, t
from graph.analysis.collaboration import CO_ATTENDED, TIE_TYPES
from graph.frames import Frames

CHART_KEY = "network_chart"
LEVELS = ("person", "organisation")
COLOURS = ("community", "group")
SIZES = ("degree", "betweenness")


def _controls(frames: Frames) -> tuple[str, Scope, tuple[str, ...], int, str, str]:
    first, second, third = st.columns([2, 1, 1])
    level = widgets.url_select(t("network.level"), LEVELS, param="level", kind="radio",
                               container=first, format_func=lambda v: t(f"network.level_{v}"))
    colour = widgets.url_select(t("network.colour"), COLOURS, param="colour", container=second,
                                format_func=lambda v: t(f"network.colour_{v}_{level}"))
    size = widgets.url_select(t("network.size"), SIZES, param="size", container=third,
                              format_func=lambda v: t(f"network.size_{v}"))
    scope = widgets.scope_filters(frames)
    left, right = st.columns([5, 1])
    types = widgets.url_multiselect(t("network.types"), TIE_TYPES, param="tie",
                                    default=TIE_TYPES, container=left,
                                    format_func=lambda v: t(f"tie.{v}"))
    min_weight = widgets.url_number(t("network.min_weight"), param="min", default=1, low=1,
                                    high=99, container=right)
    return level, scope, tuple(types), min_weight, colour, size


def _groups(frames: Frames, view: data.NetworkView, level: str, colour: str) -> dict[str, str]:
    if colour == "community":
        return {n: t("network.community", number=view.communities.get(n, 0) + 1)
                for n in view.graph.nodes}
    if level == "person":
        known = dict(zip(frames.persons["id"], frames.persons["municipality"]))
        return {n: or_unknown(known.get(n)) for n in view.graph.nodes}
    kinds = dict(zip(frames.organisations["id"], frames.organisations["kind"]))
    return {n: label(f"kind.{kinds.get(n)}", or_unknown(kinds.get(n))) for n in view.graph.nodes}


def _hover(frames: Frames, view: data.NetworkView, names: dict[str, str]):
    graph = view.graph
    places = dict(zip(frames.persons["id"], frames.persons["municipality"]))
    places.update(zip(frames.organisations["id"], frames.organisations["municipality"]))

    def hover(node: str) -> str:
        kinds: dict[str, int] = {}
        for _, _, edge in graph.edges(node, data=True):
            for tie_type, weight in edge.get("types", {}).items():
                kinds[tie_type] = kinds.get(tie_type, 0) + weight
        ties = ", ".join(f"{t(f'tie.{k}')}: {v}" for k, v in sorted(kinds.items()))
        return t("network.hover", name=names.get(node, node),
                 municipality=or_unknown(places.get(node)), degree=graph.degree(node),
                 betweenness=f"{view.betweenness.get(node, 0.0):.2f}", ties=ties)
    return hover


def _draw(frames: Frames, view: data.NetworkView, level: str, colour: str, size: str) -> None:
    graph = view.graph
    if size == "degree":
        top = max((d for _, d in graph.degree()), default=1) or 1
        sizes = {n: d / top for n, d in graph.degree()}
    else:
        top_b = max(view.betweenness.values(), default=0.0) or 1.0
        sizes = {n: view.betweenness.get(n, 0.0) / top_b for n in graph.nodes}
    names = widgets.node_names(frames)
    figure = charts.network_figure(
        graph, view.positions, groups=_groups(frames, view, level, colour), sizes=sizes,
        hover=_hover(frames, view, names), title=t(f"network.chart_{level}"))
    event = st.plotly_chart(figure, width="stretch", key=CHART_KEY, on_select="rerun",
                            selection_mode="points")
    clicked = charts.selected_node(event)
    if clicked:
        widgets.open_profile(clicked)


def main() -> None:
    widgets.start("network.title", "network.caption")
    frames = widgets.graph_or_empty()
    if frames is None:
        return
    level, scope, types, min_weight, colour, size = _controls(frames)
    if not types:
        st.info(t("network.no_types"))
        return
    if level == "organisation" and types == (CO_ATTENDED,):
        st.caption(t("network.rolled_up"))
    view = data.network_view(level, scope, types, min_weight)
    graph = view.graph
    if graph.number_of_nodes() == 0:
        st.info(t("network.empty"))
        return
    if graph.number_of_nodes() < view.total_nodes:
        st.caption(t("network.trimmed", shown=graph.number_of_nodes(), total=view.total_nodes))
    st.caption(t("network.summary", nodes=graph.number_of_nodes(), ties=graph.number_of_edges(),
                 communities=len(set(view.communities.values()))))
    _draw(frames, view, level, colour, size)
    st.caption(t("network.click_hint"))


main()
