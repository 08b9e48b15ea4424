"""Plotly figures of the dashboard: pure functions from frames or graphs to figures.

Texts come in as arguments, so these functions know no language, and a test can call them
without Streamlit. Every figure has a title and axis titles with their unit.
"""
from __future__ import annotations

import math
from typing import Any, Callable, Mapping

import networkx as nx
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative
from plotly.subplots import make_subplots

PALETTE = qualitative.Safe + qualitative.Pastel  # colour-blind friendly first
EDGE_COLOUR = "rgba(120, 120, 120, 0.45)"
STATUS_COLOURS = {"present": "#1b9e77", "absent": "#d95f02", "unknown": "#7570b3"}
# Edge widths by tie weight: one trace per band keeps the figure small while still showing
# strong ties thicker (a Plotly line trace has a single width).
_EDGE_BANDS = ((1, 1, 0.6), (2, 2, 1.4), (3, 4, 2.4), (5, math.inf, 3.6))
_MARGIN = {"l": 10, "r": 10, "t": 50, "b": 10}


def _titled(figure: go.Figure, title: str, x_title: str | None = None,
            y_title: str | None = None, height: int = 340) -> go.Figure:
    figure.update_layout(title={"text": title, "x": 0, "xanchor": "left"}, margin=_MARGIN,
                         height=height)
    if x_title is not None:  # None leaves subplot axes' own titles alone
        figure.update_layout(xaxis_title=x_title)
    if y_title is not None:
        figure.update_layout(yaxis_title=y_title)
    return figure


def meetings_by_month(meetings: pd.DataFrame, *, title: str, x_title: str,
                      y_title: str) -> go.Figure:
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
    _titled(figure, title, x_title, y_title, height=320).update_layout(bargap=0.15)
    figure.update_xaxes(type="date", tickformat="%m.%Y")
    figure.update_yaxes(rangemode="tozero", tickformat="d", tick0=0,
                        dtick=max(1, math.ceil(top / 5)))
    return figure


def group_colours(groups: list[str]) -> dict[str, str]:
    """A stable colour per group (sorted names take the palette in order)."""
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(sorted(groups))}


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


def _even(positions: Mapping[str, Any], scale: float) -> dict[str, tuple[float, float]]:
    """Positions spread evenly over a disc of radius `scale`, each keeping its direction.

    A spring layout packs a meeting's clique into a ball and leaves a far pendant node
    stretching the box; ranking the distances from the centre fills the disc evenly instead.
    """
    x0 = sum(float(x) for x, _ in positions.values()) / len(positions)
    y0 = sum(float(y) for _, y in positions.values()) / len(positions)
    polar = {node: (math.hypot(x - x0, y - y0), math.atan2(y - y0, x - x0))
             for node, (x, y) in positions.items()}
    ranked = sorted(polar, key=lambda node: (polar[node][0], node))
    return {node: (scale * math.sqrt((rank + 0.5) / len(ranked)) * math.cos(polar[node][1]),
                   scale * math.sqrt((rank + 0.5) / len(ranked)) * math.sin(polar[node][1]))
            for rank, node in enumerate(ranked)}


def layout(graph: nx.Graph, seed: int, spacing: float = 2.6) -> dict[str, tuple[float, float]]:
    """Spring layout per connected component, components on a grid (largest first).

    One layout over separate meetings pushes each clique into a corner as a tight ball.
    """
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    columns = max(1, math.ceil(math.sqrt(len(components))))
    positions: dict[str, tuple[float, float]] = {}
    largest = max((len(c) for c in components), default=1)
    for n, nodes in enumerate(components):
        sub = graph.subgraph(nodes)
        scale = 0.35 + 0.65 * math.sqrt(len(sub) / largest)  # a larger component, a larger box
        local = (_even(nx.spring_layout(sub, seed=seed, weight="weight"), scale)
                 if len(sub) > 1 else {next(iter(nodes)): (0.0, 0.0)})
        row, column = divmod(n, columns)
        for node, (x, y) in local.items():
            positions[node] = (float(x) + column * spacing, float(y) - row * spacing)
    return positions


def network_figure(graph: nx.Graph, positions: Mapping[str, tuple[float, float]], *,
                   groups: Mapping[str, str], sizes: Mapping[str, float],
                   hover: Callable[[str], str], title: str) -> go.Figure:
    """A network: one marker per node, coloured by `groups[node]`, sized by `sizes[node]` (0–1).

    Each marker carries the node id as `customdata`, which a click selection returns.
    The figure does not depend on any selection: Streamlit resets a chart's selection when
    its figure changes, so highlighting the clicked node would undo the click.
    """
    members: dict[str, list[str]] = {}
    for node in sorted(graph.nodes):
        members.setdefault(groups.get(node, "?"), []).append(node)
    colours = group_colours(list(members))
    figure = go.Figure(_edge_traces(graph, positions))
    for group in sorted(members, key=lambda g: (-len(members[g]), g)):
        nodes = members[group]
        figure.add_trace(go.Scatter(
            x=[positions[n][0] for n in nodes], y=[positions[n][1] for n in nodes],
            mode="markers", name=f"{group} ({len(nodes)})", customdata=[[n] for n in nodes],
            hovertext=[hover(n) for n in nodes], hoverinfo="text",
            marker={"size": [7 + 15 * math.sqrt(max(0.0, sizes.get(n, 0.0))) for n in nodes],
                    "color": colours[group], "line": {"width": 1, "color": "white"}}))
    _titled(figure, title, height=640).update_layout(
        showlegend=True, hovermode="closest", clickmode="event+select", uirevision="network",
        legend={"orientation": "h", "yanchor": "top", "y": -0.02, "x": 0},
        xaxis={"visible": False}, yaxis={"visible": False, "scaleanchor": "x"})
    return figure


def selected_node(event: Any) -> str | None:
    """The node id of the first selected marker in a `st.plotly_chart` selection event."""
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


selected_person = selected_node  # the first version's name


def timeline(rows: pd.DataFrame, *, colours: Mapping[str, str], names: Mapping[str, str],
             title: str, x_title: str, y_title: str) -> go.Figure:
    """Dots on a time axis: `rows` has date, lane (y), category (colour) and hover text."""
    figure = go.Figure()
    dated = rows.dropna(subset=["date"])
    for category in [c for c in colours if c in set(dated["category"])]:
        part = dated[dated["category"] == category]
        figure.add_trace(go.Scatter(
            x=list(part["date"]), y=list(part["lane"]), mode="markers",
            name=names.get(category, category), hovertext=list(part["hover"]),
            hoverinfo="text", marker={"size": 13, "color": colours[category],
                                      "line": {"width": 1, "color": "white"}}))
    lanes = dated["lane"].nunique()
    _titled(figure, title, x_title, y_title, height=max(220, 110 + 38 * lanes))
    figure.update_layout(legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 1,
                                 "xanchor": "right"})
    figure.update_xaxes(type="date", tickformat="%m.%Y")
    figure.update_yaxes(type="category", automargin=True)
    return figure


def spans(rows: pd.DataFrame, *, colours: Mapping[str, str], names: Mapping[str, str],
          title: str, x_title: str, y_title: str) -> go.Figure:
    """A Gantt-like chart: per lane a line from its first to its last date, a dot per date.

    `rows` has lane, date, category (the lane's colour) and hover text; lanes keep their order
    of first appearance in `rows`, top to bottom.
    """
    figure = go.Figure()
    dated = rows.dropna(subset=["date"])
    order = list(dict.fromkeys(dated["lane"]))
    shown: set[str] = set()
    for lane in order:
        part = dated[dated["lane"] == lane].sort_values("date")
        category = str(part["category"].iloc[0])
        figure.add_trace(go.Scatter(
            x=list(part["date"]), y=[lane] * len(part), mode="lines+markers",
            name=names.get(category, category), legendgroup=category,
            showlegend=category not in shown, hovertext=list(part["hover"]), hoverinfo="text",
            line={"width": 6, "color": colours.get(category, PALETTE[0])},
            marker={"size": 11, "color": colours.get(category, PALETTE[0]),
                    "line": {"width": 1, "color": "white"}}))
        shown.add(category)
    _titled(figure, title, x_title, y_title, height=max(240, 120 + 30 * len(order)))
    figure.update_layout(legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 1,
                                 "xanchor": "right"})
    figure.update_xaxes(type="date", tickformat="%m.%Y")
    figure.update_yaxes(type="category", autorange="reversed", automargin=True,
                        categoryorder="array", categoryarray=order)
    return figure


def period_metrics(snapshots: pd.DataFrame, *, metrics: Mapping[str, tuple[str, str]],
                   title: str, x_title: str) -> go.Figure:
    """Small multiples, one per metric column: `metrics[column] = (subplot title, y-axis title)`."""
    columns = list(metrics)
    rows = math.ceil(len(columns) / 2)
    figure = make_subplots(rows=rows, cols=2, subplot_titles=[metrics[c][0] for c in columns],
                           vertical_spacing=0.22, horizontal_spacing=0.1)
    periods = [str(p) for p in snapshots["period"]]
    for n, column in enumerate(columns):
        row, col = divmod(n, 2)
        values = list(snapshots[column])
        trace = (go.Scatter(x=periods, y=values, mode="lines+markers") if column == "density"
                 else go.Bar(x=periods, y=values))
        figure.add_trace(trace.update(marker_color=PALETTE[n % len(PALETTE)], showlegend=False,
                                      hovertemplate="%{x}: %{y}<extra></extra>"),
                         row=row + 1, col=col + 1)
        top = max([float(v) for v in values if pd.notna(v)] or [1.0])
        whole = {} if column == "density" else {  # counts: whole-number ticks only
            "tickformat": "d", "tick0": 0, "dtick": max(1, math.ceil(top / 5))}
        figure.update_yaxes(title_text=metrics[column][1], rangemode="tozero", **whole,
                            row=row + 1, col=col + 1)
        figure.update_xaxes(title_text=x_title, type="category", row=row + 1, col=col + 1)
    _titled(figure, title, height=300 * rows + 60)
    return figure
