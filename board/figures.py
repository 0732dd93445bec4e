"""Figure builders: plain functions from an events frame to a plotly figure (no Streamlit).

The map draws fully offline: a white background with Natural Earth country outlines as a
GeoJSON layer. Above MAX_POINTS events it sends counts per grid cell instead of points, so
the page stays responsive at a million events.
"""
from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .filters import CELL_PREFIX, cell_ids, vague

TYPE_COLORS = {
    "Battles": "#d62728", "Explosions/Remote violence": "#ff7f0e", "Violence against civilians": "#9467bd",
    "Protests": "#1f77b4", "Riots": "#2ca02c", "Strategic developments": "#7f7f7f",
}
OTHER_COLOR = "#17becf"
VAGUE_OPACITY, EXACT_OPACITY = 0.3, 0.9
MAX_POINTS = 50_000
CELL_DEGREES = 0.5
COORD_DIGITS = 4          # about 10 m: more digits only add bytes
OFFLINE_STYLE = "white-bg"
MAP_STYLES = {"Offline: country borders": OFFLINE_STYLE, "Online tiles: OpenStreetMap": "open-street-map"}
LAND_COLOR, BORDER_COLOR = "#f0f0ec", "#9a9a9a"
DEFAULT_VIEW = {"center": {"lat": 16.0, "lon": -2.0}, "zoom": 3.5}
SIZE_BY = {"fatalities": "Fatalities", "report_count": "Reports merged"}
MAX_INTERVALS = 2_000
DAY_MS = 86_400_000
PERIOD_DAYS = {"D": 1, "W": 7}
EPOCH_WEEKDAY = 3         # 1970-01-01 was a Thursday; weeks start on Monday


def type_color(kind: str) -> str:
    return TYPE_COLORS.get(kind, OTHER_COLOR)


def event_map(events: pd.DataFrame, borders: dict, *, size_by: str = "fatalities", style: str = OFFLINE_STYLE,
              view: dict | None = None, max_points: int = MAX_POINTS, cell: float = CELL_DEGREES) -> go.Figure:
    """Events with coordinates as points coloured by type, or counts per cell above `max_points`."""
    figure = point_map(events, size_by) if len(events) <= max_points else grid_map(events, cell)
    figure.update_layout(map=map_layout(borders, style, view or DEFAULT_VIEW), uirevision="map",
                         margin={"l": 0, "r": 0, "t": 0, "b": 0}, legend={"title": {"text": ""}, "y": 0.99},
                         clickmode="event+select", dragmode="pan")
    return figure


def map_layout(borders: dict, style: str, view: dict) -> dict:
    """Map settings; the borders layer is what makes the offline style readable."""
    offline = style == OFFLINE_STYLE
    layer = {"sourcetype": "geojson", "source": borders, "below": "traces",
             "type": "fill" if offline else "line", "color": LAND_COLOR if offline else BORDER_COLOR,
             "fill": {"outlinecolor": BORDER_COLOR}, "line": {"width": 0.6}}
    return {"style": style, "layers": [layer], **view}


def fit_view(events: pd.DataFrame) -> dict:
    """A center and zoom that frame `events` (so the view does not jump with every filter)."""
    lat, lon = events["latitude"].dropna(), events["longitude"].dropna()
    if lat.empty:
        return DEFAULT_VIEW
    low, high = lat.quantile([0.02, 0.98]), lon.quantile([0.02, 0.98])
    span = max(high.iloc[1] - high.iloc[0], (low.iloc[1] - low.iloc[0]) * 1.5, 1.0)
    zoom = min(7.0, max(0.5, math.log2(360 / span) - 0.5))
    center = {"lat": float(low.mean()), "lon": float(high.mean())}
    return {"center": center, "zoom": round(zoom, 2)}


def point_map(events: pd.DataFrame, size_by: str) -> go.Figure:
    """One trace per event type; places known only to a region or country are faded."""
    figure = go.Figure()
    faded = pd.Series(vague(events), index=events.index)
    sizes = marker_sizes(events, size_by)
    hover = hover_text(events)
    for kind, group in events.groupby("event_type", observed=True, sort=True):
        opacity = np.where(faded[group.index], VAGUE_OPACITY, EXACT_OPACITY)
        figure.add_trace(go.Scattermap(
            lat=group["latitude"].round(COORD_DIGITS).to_numpy(), lon=group["longitude"].round(COORD_DIGITS).to_numpy(),
            mode="markers", name=str(kind),
            marker={"color": type_color(str(kind)), "size": sizes[group.index].to_numpy(), "opacity": opacity},
            customdata=np.column_stack([group["event_id"].to_numpy(dtype=object), hover[group.index].to_numpy(dtype=object)]),
            hovertemplate="%{customdata[1]}<extra></extra>"))
    return figure


def marker_sizes(events: pd.DataFrame, size_by: str) -> pd.Series:
    """Marker diameters in pixels: grow with the square root of fatalities or of merged reports."""
    if size_by == "report_count":
        extra = np.sqrt(events["report_count"].fillna(1).clip(lower=1) - 1) * 4
    else:
        extra = np.sqrt(events["fatalities"].fillna(0).clip(lower=0)) * 2.5
    return (7 + extra).clip(upper=32).round(1)


def hover_text(events: pd.DataFrame) -> pd.Series:
    """Date with its precision, type, place (flagged when only the region is known), actors."""
    when = when_text(events)
    kind = events["event_type"].astype(str) + " · " + events["sub_event_type"].astype(str)
    place = (events["location"].astype(str) + ", " + events["country"].astype(str)).str.strip(", ")
    place = place.where(~vague(events), place + " (region/country only: not an exact place)")
    actors = events["actor1"].astype(str) + np.where(events["actor2"].astype(str) != "", " vs " + events["actor2"].astype(str), "")
    deaths = events["fatalities"].fillna(0).astype(int).astype(str) + " killed · " + events["report_count"].fillna(1).astype(int).astype(str) + " report(s)"
    return "<b>" + when + "</b><br>" + kind + "<br>" + place + "<br>" + actors + "<br>" + deaths


def when_text(events: pd.DataFrame) -> pd.Series:
    start = events["date_start"].dt.strftime("%Y-%m-%d").fillna("undated")
    end = events["date_end"].dt.strftime("%Y-%m-%d").fillna("")
    span = start.where(start == end, start + " – " + end)
    return span + " (" + events["time_precision"].astype(str).replace("", "unknown") + ")"


def grid_map(events: pd.DataFrame, cell: float) -> go.Figure:
    """Counts of events per grid cell: lean enough to send a million events."""
    ids = cell_ids(events, cell)
    cells, counts = np.unique(ids, return_counts=True)
    per_row = int(round(360 / cell))
    lat = (cells // per_row + 0.5) * cell - 90
    lon = (cells % per_row + 0.5) * cell - 180
    marker = {"size": np.clip(5 + 3 * np.log2(counts), 5, 34).round(1), "color": np.log10(counts).round(2),
              "colorscale": "YlOrRd", "cmin": 0, "opacity": 0.8,
              "colorbar": {"title": {"text": "events"}, "tickvals": [0, 1, 2, 3, 4, 5],
                           "ticktext": ["1", "10", "100", "1k", "10k", "100k"]}}
    return go.Figure(go.Scattermap(
        lat=lat.round(3), lon=lon.round(3), mode="markers", marker=marker, name=f"events per {cell}° cell",
        customdata=np.array([f"{CELL_PREFIX}{c}" for c in cells], dtype=object)[:, None],
        text=counts, hovertemplate=f"%{{text}} events in this {cell}° cell<extra></extra>"))


def timeline(events: pd.DataFrame, *, freq: str = "W", window: tuple[date, date] | None = None,
             max_intervals: int = MAX_INTERVALS) -> go.Figure:
    """Counts per day or week stacked by type; below them each event as a bar over its date interval.

    `window` (the date filter or the playback window) is shaded; the individual intervals are
    drawn for the events inside it when there are at most `max_intervals` of them.
    """
    dated = events[events["date_start"].notna()]
    inside = dated if window is None else dated[(dated["date_end"] >= pd.Timestamp(window[0]))
                                                & (dated["date_start"] <= pd.Timestamp(window[1]))]
    with_intervals = 0 < len(inside) <= max_intervals
    figure = make_subplots(rows=2 if with_intervals else 1, cols=1, shared_xaxes=True, vertical_spacing=0.04,
                           row_heights=[0.5, 0.5] if with_intervals else None)
    add_counts(figure, dated, freq)
    if with_intervals:
        add_intervals(figure, inside)
    if window is not None:
        figure.add_vrect(x0=pd.Timestamp(window[0]), x1=pd.Timestamp(window[1]) + pd.Timedelta(days=1),
                         fillcolor="#3366cc", opacity=0.1, line_width=0, layer="below")
    figure.update_layout(barmode="stack", margin={"l": 0, "r": 0, "t": 10, "b": 0}, legend={"title": {"text": ""}},
                         dragmode="select", selectdirection="h", bargap=0.05, uirevision="timeline")
    figure.update_yaxes(title_text="events per " + ("day" if freq == "D" else "week"), row=1, col=1)
    return figure


def period_counts(events: pd.DataFrame, freq: str) -> pd.DataFrame:
    """Events per period (day or Monday-start week) and type, each event at its representative day."""
    days = events["event_date"].to_numpy(dtype="datetime64[D]").astype(np.int64)
    if freq == "W":
        days = days - (days + EPOCH_WEEKDAY) % 7
    frame = pd.DataFrame({"period": days, "event_type": events["event_type"].astype(str).to_numpy()})
    counts = frame.groupby(["event_type", "period"]).size().rename("events").reset_index()
    counts["period"] = counts["period"].to_numpy().astype("datetime64[D]")
    return counts


def add_counts(figure: go.Figure, events: pd.DataFrame, freq: str) -> None:
    days = PERIOD_DAYS[freq]
    for kind, group in period_counts(events, freq).groupby("event_type", sort=True):
        figure.add_trace(go.Bar(
            x=group["period"] + pd.Timedelta(hours=12 * days), y=group["events"], width=days * DAY_MS * 0.9,
            name=kind, legendgroup=kind, marker_color=type_color(kind),
            hovertemplate="%{x|%Y-%m-%d}: %{y} " + kind + "<extra></extra>"), row=1, col=1)


def add_intervals(figure: go.Figure, events: pd.DataFrame) -> None:
    """Each event as a horizontal bar from its first to its last possible day."""
    lanes = pd.Series(interval_lanes(events["date_start"], events["date_end"]), index=events.index)
    hover = when_text(events) + "<br>" + events["event_type"].astype(str) + "<br>" + events["location"].astype(str)
    for kind, group in events.groupby("event_type", observed=True, sort=True):
        length = (group["date_end"] - group["date_start"]).dt.days + 1
        figure.add_trace(go.Bar(
            base=group["date_start"].dt.strftime("%Y-%m-%d"), x=(length * DAY_MS).to_numpy(), y=lanes[group.index],
            orientation="h", name=str(kind), legendgroup=str(kind), showlegend=False,
            marker_color=type_color(str(kind)), width=0.8, customdata=group["event_id"].to_numpy(dtype=object)[:, None],
            text=hover[group.index], textposition="none", hovertemplate="%{text}<extra></extra>"), row=2, col=1)
    figure.update_yaxes(showticklabels=False, title_text="events (each bar its date interval)", row=2, col=1)


def interval_lanes(starts: pd.Series, ends: pd.Series) -> list[int]:
    """A row for each interval so that intervals in one row never overlap (greedy, by start)."""
    order = np.argsort(starts.to_numpy(), kind="stable")
    lane_ends: list[pd.Timestamp] = []
    lanes = [0] * len(starts)
    for position in order:
        start, end = starts.iloc[position], ends.iloc[position]
        free = next((i for i, last in enumerate(lane_ends) if last < start), None)
        if free is None:
            free = len(lane_ends)
            lane_ends.append(end)
        lane_ends[free] = end
        lanes[position] = free
    return lanes


def window_text(window: tuple[date, date]) -> str:
    start, end = window
    return f"{start:%d %b %Y} – {end:%d %b %Y} ({(end - start + timedelta(days=1)).days} days)"
