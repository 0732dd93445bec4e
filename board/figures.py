"""Figure builders: plain functions from an events frame to a plotly figure (no Streamlit).

The map draws fully offline: a white background with Natural Earth country outlines as a
GeoJSON layer. Above MAX_POINTS events it sends counts per grid cell instead of points, so
the page stays responsive at a million events.
"""
from __future__ import annotations

import math
from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from extract.table import UNREVIEWED
from extract.vocabulary import OTHER_COLOR, type_colors

from .filters import ID_SEPARATOR, cell_ids, located, vague
from .mercator import TILE_PIXELS, world_pixels
from .opening import DEFAULT_VIEW, MAP_HEIGHT, OFFLINE_STYLE, map_layout

TYPE_COLORS = type_colors()  # from the one event vocabulary table, extract/data/event_types.csv
VAGUE_OPACITY, EXACT_OPACITY = 0.3, 0.9
MAX_POINTS = 50_000
CELL_DEGREES = 0.5        # the finest grid cell; coarser ones (doubling) where it would be under CELL_PIXELS wide
CELL_PIXELS = 8           # the grid's cells at the map's framed zoom: about a marker apart, not piled up
COARSEST_CELL = 4.0
DETAILED_HOVER_MAX = 10_000   # above this, points carry a shorter hover text (it is most of the bytes)
VAGUE_SUFFIX = " (region/country only)"
FIT_QUANTILES = [0.02, 0.98]   # the map frames the middle 96% of places: a stray far event does not zoom it out
SIZE_BY = {"fatalities": "Fatalities", "report_count": "Reports merged"}
MIN_MARKER, MAX_MARKER = 7, 32
# Legend steps small enough to be told apart: plotly draws legend symbols at most about 16 px wide.
SIZE_STEPS = {"fatalities": [0, 4, 16], "report_count": [1, 2, 4]}
SIZE_LABELS = {"fatalities": ["0 or not reported", "4 killed", "16 killed"],
               "report_count": ["1 report", "2 reports", "4 reports"]}
SIZE_LEGEND_COLOR = "#888888"
UNKNOWN_TOLL = "toll not reported"
HALO_SIZE, HALO_COLOR, HALO_OPACITY = 30, "#000000", 0.45
CLUSTER_NAME = "Several events at or near one place (larger: more events)"
CLUSTER_PIXELS = 8        # points closer than this to a cluster's centre at the framed zoom join it
CLUSTER_LISTED = 15       # events a cluster's hover lists by name
CLUSTER_LISTED_SHORT = 3  # ... when there are many points (the hover text is most of the bytes)
MAX_INTERVALS = 2_000
WINDOW_COLOR = "#3366cc"
FATALITIES_HEIGHT = 220
FEW_COUNTS = 6             # up to this many events in a bar, a tick for every count
TIMELINE_COLUMNS = ("event_id", "event_type", "event_date", "date_start", "date_end", "date_precision", "location")
MAP_COLUMNS = ("event_id", "event_type", "sub_event_type", "actor1", "actor2", "location", "country", "latitude",
               "longitude", "place_precision", "fatalities", "report_count", "date_start", "date_end", "date_precision")
DAY_MS = 86_400_000
PERIOD_DAYS = {"D": 1, "W": 7}
EPOCH_WEEKDAY = 3         # 1970-01-01 was a Thursday; weeks start on Monday
DENSE_SPAN = 4            # keys spanning up to this many slots per key are grouped by counting


def type_color(kind: str) -> str:
    return TYPE_COLORS.get(kind, OTHER_COLOR)


def event_map(events: pd.DataFrame, borders: dict | str, *, size_by: str = "fatalities", style: str = OFFLINE_STYLE,
              view: dict | None = None, max_points: int = MAX_POINTS, cell: float | None = None,
              detailed_hover_max: int = DETAILED_HOVER_MAX, marked: str | None = None,
              labels: list[dict] | None = None) -> go.Figure:
    """Events with coordinates as points coloured by type, or counts per cell above `max_points`;
    events without coordinates are left to the table (the caller counts them). The event `marked`
    (an id) gets a dark halo under its point. `labels` are image layers of place names (board/labels.py),
    drawn on the offline background only (online tiles carry their own names)."""
    on_map = located(events)
    count = int(on_map.sum())
    if count > max_points:
        traces = grid_traces(events.loc[on_map, ["latitude", "longitude"]], cell or grid_cell((view or DEFAULT_VIEW)["zoom"]))
    else:
        columns = [c for c in MAP_COLUMNS if c in events.columns]
        traces = point_traces(events.loc[on_map, columns], size_by, detailed=count <= detailed_hover_max,
                              zoom=(view or DEFAULT_VIEW)["zoom"])
        traces += size_legend(size_by)
    traces = marker_halo(events, marked) + traces     # first: drawn under the points
    # The legend stays with one type in view too; its symbols are drawn at the traces' sizes (the size key).
    layout = {"map": map_layout(borders, style, view or DEFAULT_VIEW, labels or []), "uirevision": "map", "showlegend": True,
              "height": MAP_HEIGHT,
              "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
              "legend": {"title": {"text": ""}, "y": 0.9, "itemsizing": "trace"},
              "clickmode": "event+select", "dragmode": "pan"}
    # Unvalidated layout: validation deep-copies the borders GeoJSON (tens of thousands of small
    # lists), which alone took a quarter of a rerun; the traces are validated as they are built.
    return go.Figure(data=traces, layout=layout, _validate=False)


def marker_halo(events: pd.DataFrame, marked: str | None) -> list[go.Scattermap]:
    """A dark disc under the marked event's point ([] when it is not on the map)."""
    if marked is None:
        return []
    found = events.loc[(events["event_id"] == marked).to_numpy() & located(events), ["latitude", "longitude"]]
    if found.empty:
        return []
    return [go.Scattermap(lat=found["latitude"].to_numpy(np.float32), lon=found["longitude"].to_numpy(np.float32),
                          mode="markers", name="Chosen event", showlegend=False, hoverinfo="skip",
                          marker={"size": HALO_SIZE, "color": HALO_COLOR, "opacity": HALO_OPACITY})]


def fit_view(events: pd.DataFrame) -> dict:
    """A center and zoom that frame `events` (so the view does not jump with every filter)."""
    lat, lon = known(events["latitude"]), known(events["longitude"])
    if not lat.size:
        return DEFAULT_VIEW
    low, high = np.quantile(lat, FIT_QUANTILES), np.quantile(lon, FIT_QUANTILES)
    span = max(high[1] - high[0], (low[1] - low[0]) * 1.5, 1.0)
    zoom = min(7.0, max(0.5, math.log2(360 / span) - 0.5))
    center = {"lat": float(low.mean()), "lon": float(high.mean())}
    return {"center": center, "zoom": round(zoom, 2)}


def known(column: pd.Series) -> np.ndarray:
    """A coordinate column's values without the missing ones, as plain floats: numpy's quantile on
    them took 0.04 CPU-s at a million events where pandas' took 0.29 (every rerun frames the map)."""
    values = column.to_numpy(dtype=float, na_value=np.nan)
    return values[~np.isnan(values)]


def point_traces(events: pd.DataFrame, size_by: str, detailed: bool = True,
                 zoom: float = DEFAULT_VIEW["zoom"]) -> list[go.Scattermap]:
    """Per event type one trace of exact places and one, faded, of places known only to a region
    or country (so nobody reads them as exact); events whose points would overlap at `zoom` (the
    map's framing) are one cluster point each, whose hover lists them. Lean arrays, since every
    point is sent."""
    keys = cluster_keys(events, zoom)
    shared = pd.Series(keys).duplicated(keep=False).to_numpy()
    traces = type_traces(events[~shared], size_by, detailed)
    if shared.any():
        traces.append(cluster_trace(events[shared], keys[shared], detailed))
    drawn = {trace.legendgroup for trace in traces}
    return traces + [legend_entry(kind) for kind in sorted(set(events["event_type"].astype(str)) - drawn)]


def legend_entry(kind: str) -> go.Scattermap:
    """An empty trace that keeps a type in the legend when all its events are inside clusters."""
    return go.Scattermap(lat=[None], lon=[None], mode="markers", name=kind, legendgroup=kind,
                         marker={"color": type_color(kind), "size": MIN_MARKER}, hoverinfo="skip")


def type_traces(events: pd.DataFrame, size_by: str, detailed: bool) -> list[go.Scattermap]:
    """The points of events alone at their place, a trace per type and exactness."""
    traces = []
    hover = hover_text(events) if detailed else short_hover_text(events)
    frame = events.assign(_size=marker_sizes(events, size_by).astype(np.uint8), _hover=hover, _vague=vague(events))
    for (kind, is_vague), group in frame.groupby(["event_type", "_vague"], observed=True, sort=True):
        kind = str(kind)
        sizes = group["_size"].to_numpy()
        traces.append(go.Scattermap(
            lat=group["latitude"].to_numpy(np.float32), lon=group["longitude"].to_numpy(np.float32),
            mode="markers", name=kind + (VAGUE_SUFFIX if is_vague else ""), legendgroup=kind,
            marker={"color": type_color(kind), "size": sizes[0] if (sizes == sizes[0]).all() else sizes,
                    "opacity": VAGUE_OPACITY if is_vague else EXACT_OPACITY},
            customdata=group["event_id"].to_numpy(dtype=object)[:, None], text=group["_hover"].to_numpy(dtype=object),
            hovertemplate="%{text}<extra>%{fullData.legendgroup}</extra>"))
    return traces


def spots(events: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each event's place number (its distinct coordinates, numbered in order of appearance) and the
    row of each place's first event."""
    spot = events.groupby(["latitude", "longitude"], sort=False, observed=True).ngroup().to_numpy()
    return spot, np.unique(spot, return_index=True)[1]


def cluster_keys(events: pd.DataFrame, zoom: float) -> np.ndarray:
    """A cluster number per event: events whose points lie within CLUSTER_PIXELS of a cluster's centre
    at `zoom` (they would be drawn on top of each other) share one. Greedy, as map clusterers do: the
    place with the most events is a centre first and takes its unclaimed neighbours, and so on; so no
    chain of points drifts far from its centre. Streamlit's map reports no zoom back, so the scale is the
    framed view's: clusters split when the filters frame a smaller area (a closer zoom), not when one
    zooms by hand. Loops over distinct places only (events pile up at places: few thousand at most)."""
    spot, first = spots(events)
    x, y = world_pixels(events["longitude"].to_numpy(float)[first], events["latitude"].to_numpy(float)[first], zoom)
    cells: dict[tuple[int, int], list[int]] = {}
    for i, cell in enumerate(zip((x // CLUSTER_PIXELS).astype(int), (y // CLUSTER_PIXELS).astype(int))):
        cells.setdefault(cell, []).append(i)
    centre = np.full(len(first), -1)
    for i in np.argsort(-np.bincount(spot), kind="stable"):
        if centre[i] >= 0:
            continue
        cx, cy = int(x[i] // CLUSTER_PIXELS), int(y[i] // CLUSTER_PIXELS)
        near = [j for dx in (-1, 0, 1) for dy in (-1, 0, 1) for j in cells.get((cx + dx, cy + dy), ())]
        near = np.array([j for j in near if centre[j] < 0])
        close = near[np.hypot(x[near] - x[i], y[near] - y[i]) <= CLUSTER_PIXELS]
        centre[close] = i
    return centre[spot]


def cluster_trace(events: pd.DataFrame, keys: np.ndarray, detailed: bool = True) -> go.Scattermap:
    """One point per group of events with one cluster key (at one place or a few pixels apart), at
    the place with most events (the centre: see cluster_keys): coloured by its commonest type, larger with more events, faded when all are
    known only to a region; its hover lists the events there (the first CLUSTER_LISTED, fewer when
    there are many points; each line naming its place when the cluster holds several), and selecting
    it selects them all (ids joined by ID_SEPARATOR). Grouped with integer codes: tens of thousands of
    events take milliseconds."""
    codes, place = np.unique(keys, return_inverse=True)
    place = place.ravel()
    rank = pd.Series(place).groupby(place).cumcount().to_numpy()
    counts = np.bincount(place)
    spot, first = spots(events)
    centre = commonest(pd.Series(spot), place).astype(np.int64)
    lat, lon = (events[axis].to_numpy(np.float32)[first[centre]] for axis in ("latitude", "longitude"))
    spot_places = np.unique(spot * len(codes) + place) % len(codes)       # each (place, cluster) once
    several = np.bincount(spot_places, minlength=len(codes)) > 1
    listed = rank < (CLUSTER_LISTED if detailed else CLUSTER_LISTED_SHORT)
    line = cluster_lines(events)
    line = line.where(~several[place], events["location"].astype(str).to_numpy() + ": " + line)
    lines = joined(line[listed].to_numpy(), place[listed], "<br>")
    rest = pd.Series(counts - np.bincount(place, weights=listed).astype(np.int64))
    more = ("<br>… and " + rest.astype(str) + " more (select the point to list them)").where(rest > 0, "")
    where = pd.Series(np.where(several, " events near ", " events at ")) + commonest(events["location"].astype(str), place)
    hover = "<b>" + pd.Series(counts).astype(str) + where + "</b><br>" + lines.reset_index(drop=True) + more
    ids = joined(events["event_id"].to_numpy(), place, ID_SEPARATOR)
    faded = np.bincount(place, weights=vague(events)) == counts
    return go.Scattermap(
        lat=lat, lon=lon, mode="markers", name=CLUSTER_NAME, legendgroup="cluster",
        marker={"color": [type_color(str(kind)) for kind in commonest(events["event_type"].astype(str), place)],
                "size": cluster_sizes(counts), "opacity": np.where(faded, VAGUE_OPACITY, EXACT_OPACITY)},
        customdata=ids.to_numpy(dtype=object)[:, None], text=hover.to_numpy(dtype=object),
        hovertemplate="%{text}<extra></extra>")


def joined(texts: np.ndarray, groups: np.ndarray, separator: str) -> pd.Series:
    """The texts of each group joined in order, by group number (a grouped sum of strings: ten times
    faster than str.join per group)."""
    return (pd.Series(texts, index=groups, dtype=object) + separator).groupby(level=0).sum().str[:-len(separator)]


def commonest(values: pd.Series, place: np.ndarray) -> np.ndarray:
    """The commonest value (event type, place name, point) in each cluster (ties: the first in sorted order)."""
    codes, names = pd.factorize(values, sort=True)
    pairs, tallies = np.unique(place.astype(np.int64) * len(names) + codes, return_counts=True)
    best = pd.DataFrame({"place": pairs // len(names), "code": pairs % len(names), "n": tallies})
    best = best.sort_values(["place", "n", "code"], ascending=[True, False, True]).drop_duplicates("place")
    return np.asarray(names)[best["code"].to_numpy()]


def cluster_sizes(counts: np.ndarray) -> np.ndarray:
    """Cluster diameters in pixels: from a little above a lone event's, growing with the count."""
    return np.clip(MIN_MARKER + 4 + 4 * np.sqrt(counts - 1), 0, MAX_MARKER).round()


def cluster_lines(events: pd.DataFrame) -> pd.Series:
    """One short hover line per event of a cluster: date, sub-type, actors, toll."""
    actors = actors_text(events)
    return (when_text(events) + " · " + events["sub_event_type"].astype(str)
            + np.where(actors != "", " · " + actors, "") + " · " + fatalities_text(events["fatalities"]))


def marker_sizes(events: pd.DataFrame, size_by: str) -> pd.Series:
    """Marker diameters in pixels: grow with the square root of fatalities or of merged reports;
    an event without a reported toll is drawn at the smallest size, like a toll of 0 (its hover says which)."""
    if size_by == "report_count":
        extra = np.sqrt(events["report_count"].fillna(1).clip(lower=1) - 1) * 4
    else:
        extra = np.sqrt(events["fatalities"].fillna(0).clip(lower=0)) * 2.5
    return (MIN_MARKER + extra).clip(upper=MAX_MARKER).round()


def size_legend(size_by: str) -> list[go.Scattermap]:
    """Legend entries (empty traces) showing what a point's size means."""
    values = SIZE_STEPS[size_by]
    sizes = marker_sizes(pd.DataFrame({size_by: values}, dtype=float), size_by)
    return [go.Scattermap(lat=[None], lon=[None], mode="markers", name=label, legendgroup="size",
                          legendgrouptitle={"text": "Point size: " + SIZE_BY[size_by].lower()} if i == 0 else None,
                          marker={"size": float(size), "color": SIZE_LEGEND_COLOR}, hoverinfo="skip")
            for i, (label, size) in enumerate(zip(SIZE_LABELS[size_by], sizes))]


def hover_text(events: pd.DataFrame) -> pd.Series:
    """Date with its precision, sub-type, place (flagged when only the region is known), actors,
    fatalities; the type is the trace's. Kept short: it is sent for every point."""
    place = (events["location"].astype(str) + ", " + events["country"].astype(str)).str.strip(", ")
    place = place.where(~vague(events), place + VAGUE_SUFFIX)
    return (when_text(events) + "<br>" + events["sub_event_type"].astype(str) + "<br>" + place + "<br>"
            + actors_text(events) + "<br>" + fatalities_text(events["fatalities"]) + review_text(events))


def review_text(events: pd.DataFrame) -> pd.Series | str:
    """'<br>corrected' and the like for events a reviewer has seen; nothing for unreviewed ones."""
    if "reviewed" not in events:
        return ""
    status = events["reviewed"].astype(str)
    return ("<br>" + status).where(~status.isin(["", UNREVIEWED]), "")


def fatalities_text(fatalities: pd.Series) -> pd.Series:
    """'3 killed', '0 killed' (a report said nobody died) or 'toll not reported' (none gave one)."""
    known = fatalities.notna()
    counts = fatalities.where(known, 0).astype(np.int64).astype(str)
    return (counts + " killed").where(known, UNKNOWN_TOLL)


def short_hover_text(events: pd.DataFrame) -> pd.Series:
    """Date with its precision, place and actors (the type is the trace's): no sub-type,
    country or fatalities, which saves about a third of the bytes."""
    place = events["location"].astype(str).where(~vague(events), events["location"].astype(str) + " (region/country)")
    return when_text(events) + "<br>" + place + "<br>" + actors_text(events)


def actors_text(events: pd.DataFrame) -> pd.Series:
    actor2 = events["actor2"].astype(str)
    return events["actor1"].astype(str) + np.where(actor2 != "", " vs " + actor2, "")


def when_text(events: pd.DataFrame) -> pd.Series:
    start = events["date_start"].dt.strftime("%Y-%m-%d").fillna("undated")
    end = events["date_end"].dt.strftime("%Y-%m-%d").fillna("")
    span = start.where(start == end, start + "–" + end)
    return span + " (" + events["date_precision"].astype(str).replace("", "unknown") + ")"


def grid_cell(zoom: float) -> float:
    """The grid's cell size in degrees at the map's framed `zoom`: the finest (CELL_DEGREES, doubling up to
    COARSEST_CELL) at least CELL_PIXELS wide. Finer cells pile their markers on each other, and the browser
    draws (in software on a machine without a GPU) every marker in every frame: bench.dashboard's million
    events over West Africa frame at zoom 2.7, where 0.5° cells are 4.6 px apart under markers of 4-18 px;
    1° cells there are 793 markers instead of 1,952 (a 46 KB map instead of 103 KB)."""
    pixels_per_degree = TILE_PIXELS * 2 ** zoom / 360
    cell = CELL_DEGREES
    while cell * pixels_per_degree < CELL_PIXELS and cell < COARSEST_CELL:
        cell *= 2
    return cell


def grid_traces(events: pd.DataFrame, cell: float) -> list[go.Scattermap]:
    """Counts of events per grid cell: lean enough to send a million events."""
    ids = cell_ids(events, cell)
    cells, _, counts = grouped(ids)      # a million events into ~260k possible cells: counted, not sorted
    per_row = int(round(360 / cell))
    lat = (cells // per_row + 0.5) * cell - 90
    lon = (cells % per_row + 0.5) * cell - 180
    marker = {"size": np.clip(4 + 1.5 * np.log2(counts), 4, 18).round(1), "color": np.log10(counts).round(2),
              "colorscale": "YlOrRd", "cmin": 0, "opacity": 0.8,
              "colorbar": {"title": {"text": "events"}, "tickvals": [0, 1, 2, 3, 4, 5],
                           "ticktext": ["1", "10", "100", "1k", "10k", "100k"]}}
    return [go.Scattermap(
        lat=lat.astype(np.float32), lon=lon.astype(np.float32), mode="markers", marker=marker, name=f"events per {cell}° cell",
        # numbers (event ids are text), with the cell's size: a selection is read at the size it was drawn at
        customdata=np.column_stack([cells, np.full(len(cells), cell)]),  # see filters.selected
        text=counts, hovertemplate=f"%{{text}} events in this {cell}° cell<extra></extra>")]


def timeline(events: pd.DataFrame, *, freq: str = "W", window: tuple[date, date] | None = None,
             max_intervals: int = MAX_INTERVALS, marked: tuple[pd.Timestamp, pd.Timestamp] | None = None) -> go.Figure:
    """Counts per day or week stacked by type; below them each event as a bar over its date interval.

    `window` (the date filter or the playback window) is shaded; the individual intervals are
    drawn for the events inside it when there are at most `max_intervals` of them. `marked` (the
    chosen event's first and last day) is outlined.
    """
    events = events[[c for c in TIMELINE_COLUMNS if c in events.columns]]
    # Without intervals (max_intervals 0) the events need no interval columns: the first page has none.
    inside = dated_within(events, window) if max_intervals else np.zeros(len(events), dtype=bool)
    with_intervals = 0 < inside.sum() <= max_intervals
    figure = make_subplots(rows=2 if with_intervals else 1, cols=1, shared_xaxes=True, vertical_spacing=0.04,
                           row_heights=[0.5, 0.5] if with_intervals else None)
    add_counts(figure, events, freq)
    if with_intervals:
        add_intervals(figure, events[inside])
    if window is not None:
        low, high = pd.Timestamp(window[0]), pd.Timestamp(window[1]) + pd.Timedelta(days=1)
        # Drawn over the whole period (no zoom), so the window is seen moving through it.
        figure.add_vrect(x0=low, x1=high, fillcolor=WINDOW_COLOR, opacity=0.15, line_width=0, layer="below")
    if marked is not None:
        figure.add_vrect(x0=marked[0], x1=marked[1] + pd.Timedelta(days=1), fillcolor=HALO_COLOR, opacity=0.12,
                         line={"color": HALO_COLOR, "width": 1.5}, layer="below")
    figure.update_layout(barmode="stack", margin={"l": 0, "r": 0, "t": 10, "b": 0}, legend={"title": {"text": ""}},
                         dragmode="select", selectdirection="h", bargap=0.05, uirevision="timeline")
    figure.update_yaxes(title_text="events per " + ("day" if freq == "D" else "week"), row=1, col=1,
                        **count_ticks(figure))
    figure.update_xaxes(type="date")    # the interval bars' lengths are numbers: say what the axis is
    return figure


def dated_within(events: pd.DataFrame, window: tuple[date, date] | None) -> np.ndarray:
    """The dated events whose interval meets `window` (every dated one when there is none)."""
    inside = events["date_start"].notna().to_numpy()
    if window is None:
        return inside
    return inside & ((events["date_end"] >= pd.Timestamp(window[0])) & (events["date_start"] <= pd.Timestamp(window[1]))).to_numpy()


def count_ticks(figure: go.Figure) -> dict:
    """Axis settings that put ticks on whole numbers only (plotly would label 0.5 events)."""
    totals: dict[object, float] = {}
    for trace in figure.data:
        if trace.orientation != "h":
            for x, y in zip(trace.x, trace.y):
                totals[x] = totals.get(x, 0) + y
    highest = max(totals.values(), default=0)
    return {"tickformat": ",d", "rangemode": "tozero", **({"dtick": 1} if highest <= FEW_COUNTS else {})}


def period_counts(events: pd.DataFrame, freq: str) -> pd.DataFrame:
    """Events per period (day or Monday-start week) and type, each event at its representative day;
    undated events are left out. Integer keys, so a million events take a few tens of milliseconds."""
    days = events["event_date"].to_numpy(dtype="datetime64[D]")
    dated = ~np.isnat(days)
    days = days[dated].astype(np.int64)
    if freq == "W":
        days = days - (days + EPOCH_WEEKDAY) % 7
    kind = events["event_type"]
    if isinstance(kind.dtype, pd.CategoricalDtype):      # the app's frame: reuse the integer codes
        codes, kinds = kind.cat.codes.to_numpy()[dated], kind.cat.categories
    else:
        codes, kinds = pd.factorize(kind.to_numpy()[dated])
    keys, slots, counts = grouped(days * max(len(kinds), 1) + codes)
    frame = pd.DataFrame({"event_type": np.asarray(kinds, dtype=object)[keys % max(len(kinds), 1)],
                          "period": (keys // max(len(kinds), 1)).astype("datetime64[D]"), "events": counts})
    if "fatalities" in events.columns:     # known tolls summed; unknown ones add nothing, and are counted
        tolls = events["fatalities"].to_numpy(dtype=float)[dated]
        frame["fatalities"] = np.bincount(slots, np.nan_to_num(tolls), len(keys)).astype(np.int64)
        frame["unknown"] = np.bincount(slots, np.isnan(tolls), len(keys)).astype(np.int64)
    return frame


def grouped(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """np.unique(keys, return_inverse=True, return_counts=True) by counting, not sorting, when the keys
    span a range of a few per key (days times types do): a million keys in a tenth of the time."""
    if not len(keys) or keys.max() - keys.min() > DENSE_SPAN * len(keys):
        return np.unique(keys, return_inverse=True, return_counts=True)
    low = keys.min()
    tallies = np.bincount(keys - low)
    present = tallies > 0
    slot_of = np.cumsum(present) - 1
    return np.flatnonzero(present) + low, slot_of[keys - low], tallies[present]


def add_counts(figure: go.Figure, events: pd.DataFrame, freq: str) -> None:
    days = PERIOD_DAYS[freq]
    for kind, group in period_counts(events, freq).groupby("event_type", sort=True):
        figure.add_trace(go.Bar(
            x=group["period"] + pd.Timedelta(hours=12 * days), y=group["events"], width=days * DAY_MS * 0.9,
            name=kind, legendgroup=kind, marker_color=type_color(kind),
            hovertemplate="%{x|%Y-%m-%d}: %{y} " + kind + "<extra></extra>"), row=1, col=1)


def fatalities_timeline(events: pd.DataFrame, *, freq: str = "W", window: tuple[date, date] | None = None) -> go.Figure:
    """Reported fatalities per day or week, stacked by type; the hover says how many events of the
    bar gave no toll (they add nothing: an unknown toll is not a toll of 0)."""
    days = PERIOD_DAYS[freq]
    figure = go.Figure()
    totals = period_counts(events[[c for c in (*TIMELINE_COLUMNS, "fatalities") if c in events.columns]], freq)
    for kind, group in totals.groupby("event_type", sort=True):
        figure.add_trace(go.Bar(
            x=group["period"] + pd.Timedelta(hours=12 * days), y=group["fatalities"], width=days * DAY_MS * 0.9,
            name=kind, legendgroup=kind, marker_color=type_color(kind), customdata=group[["events", "unknown"]].to_numpy(),
            hovertemplate="%{x|%Y-%m-%d}: %{y} killed in %{customdata[0]} " + kind
                          + " events (%{customdata[1]} without a reported toll)<extra></extra>"))
    if window is not None:
        figure.add_vrect(x0=pd.Timestamp(window[0]), x1=pd.Timestamp(window[1]) + pd.Timedelta(days=1),
                         fillcolor=WINDOW_COLOR, opacity=0.15, line_width=0, layer="below")
    figure.update_layout(barmode="stack", margin={"l": 0, "r": 0, "t": 10, "b": 0}, bargap=0.05, showlegend=False,
                         height=FATALITIES_HEIGHT, uirevision="fatalities")
    figure.update_yaxes(title_text="killed per " + ("day" if freq == "D" else "week"), **count_ticks(figure))
    figure.update_xaxes(type="date")
    return figure


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

