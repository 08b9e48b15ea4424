"""Plotly figures of the dashboard: pure functions from frames or graphs to figures.

Texts come in as arguments, so these functions know no language, and a test can call them
without Streamlit.
"""
from __future__ import annotations

import math
from typing import Any, Callable, Mapping

import networkx as nx
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative

PALETTE = qualitative.Safe + qualitative.Pastel  # colour-blind friendly first
EDGE_COLOUR = "rgba(120, 120, 120, 0.45)"
# Edge widths by number of shared meetings: one trace per band keeps the figure small while
# still showing strong ties thicker (a Plotly line trace has a single width).
_EDGE_BANDS = ((1, 1, 0.6), (2, 2, 1.4), (3, 4, 2.4), (5, math.inf, 3.6))


def meetings_by_month(meetings: pd.DataFrame, *, x_title: str, y_title: str) -> go.Figure:
    """Bar chart of the number of meetings per month (undated meetings are left out)."""
    dates = pd.to_datetime(meetings["date"], errors="coerce").dropna()
    counts = dates.dt.to_period("M").value_counts()
    if len(counts):  # every month of the span, so each bar is one month wide
        span = pd.period_range(counts.index.min(), counts.index.max(), freq="M")
        counts = counts.reindex(span, fill_value=0)
    months = counts.sort_index()
    months.index = months.index.to_timestamp()
    top = int(months.max()) if len(months) else 1
    figure = go.Figure(go.Bar(x=list(months.index), y=list(months.values),
                              hovertemplate="%{x|%m.%Y}: %{y}<extra></extra>"))
    figure.update_layout(xaxis_title=x_title, yaxis_title=y_title, bargap=0.15,
                         margin={"l": 10, "r": 10, "t": 10, "b": 10}, height=320)
    figure.update_xaxes(type="date", tickformat="%m.%Y")
    figure.update_yaxes(rangemode="tozero", tickformat="d", tick0=0, dtick=max(1, math.ceil(top / 5)))
    return figure


def municipality_colours(municipalities: list[str]) -> dict[str, str]:
    """A stable colour per municipality (sorted names take the palette in order)."""
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(sorted(municipalities))}


def _edge_traces(graph: nx.Graph, positions: Mapping[str, tuple[float, float]]) -> list[go.Scatter]:
    traces = []
    for low, high, width in _EDGE_BANDS:
        xs: list[float | None] = []
        ys: list[float | None] = []
        for a, b, data in graph.edges(data=True):
            if low <= data.get("weight", 1) <= high:
                xs += [positions[a][0], positions[b][0], None]
                ys += [positions[a][1], positions[b][1], None]
        if xs:
            traces.append(go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip",
                                     line={"width": width, "color": EDGE_COLOUR},
                                     showlegend=False))
    return traces


def _text(value: Any, missing: str) -> str:
    """`value` as text, or `missing` for None, NaN and empty strings."""
    return missing if value is None or pd.isna(value) or value == "" else str(value)


def network_figure(graph: nx.Graph, positions: Mapping[str, tuple[float, float]], *,
                   persons: pd.DataFrame, hover: Callable[[dict[str, Any]], str],
                   unknown_municipality: str = "?") -> go.Figure:
    """The co-attendance network: one marker per person, coloured by municipality, sized by degree.

    Each marker carries the person id as `customdata`, which a click selection returns.
    `hover(values)` builds the hover text from name, municipality, degree and meetings.
    The figure does not depend on any selection: Streamlit resets a chart's selection when
    its figure changes, so highlighting the clicked person would undo the click.
    """
    known = persons.set_index("id")
    names = {n: _text(known["name"].get(n), n) for n in graph.nodes}
    groups: dict[str, list[str]] = {}
    for node in sorted(graph.nodes):
        municipality = _text(known["municipality"].get(node), unknown_municipality)
        groups.setdefault(municipality, []).append(node)
    colours = municipality_colours(list(groups))
    figure = go.Figure(_edge_traces(graph, positions))
    for municipality in sorted(groups):
        nodes = groups[municipality]
        values = [{"name": names[n], "municipality": municipality,
                   "degree": graph.degree(n), "meetings": graph.nodes[n].get("meetings", 0)}
                  for n in nodes]
        figure.add_trace(go.Scatter(
            x=[positions[n][0] for n in nodes], y=[positions[n][1] for n in nodes],
            mode="markers", name=municipality, customdata=[[n] for n in nodes],
            hovertext=[hover(v) for v in values], hoverinfo="text",
            marker={"size": [8 + 4 * math.sqrt(v["degree"]) for v in values],
                    "color": colours[municipality], "line": {"width": 1, "color": "white"}}))
    figure.update_layout(
        showlegend=True, height=620, hovermode="closest", clickmode="event+select",
        uirevision="network", margin={"l": 0, "r": 0, "t": 10, "b": 0},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
        xaxis={"visible": False}, yaxis={"visible": False, "scaleanchor": "x"})
    return figure


def selected_person(event: Any) -> str | None:
    """The person id of the first selected marker in a `st.plotly_chart` selection event."""
    try:
        points = event["selection"]["points"]
    except (KeyError, TypeError):
        return None
    for point in points or []:
        value = point.get("customdata") if isinstance(point, Mapping) else None
        if isinstance(value, (list, tuple)):
            value = value[0] if value else None
        if isinstance(value, str) and value:
            return value
    return None
