"""Figure builders, without Streamlit: what the map and the timeline would send to the browser."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from board import figures, filters, opening

BORDERS = {"type": "FeatureCollection", "features": []}


def event_traces(figure: go.Figure) -> list:
    """The map's traces of events (not the empty ones that make the size legend)."""
    return [trace for trace in figure.data if trace.legendgroup != "size"]


def events(n: int = 4) -> pd.DataFrame:
    """n events cycling through three places, two types and three date precisions."""
    i = np.arange(n)
    starts = pd.to_datetime("2013-01-07") + pd.to_timedelta(i % 20, unit="D")
    lengths = np.array([0, 6, 0])[i % 3]     # a day, a week (Mon-Sun), a day
    return pd.DataFrame({
        "event_id": [f"e{k}" for k in i], "event_type": np.where(i % 2, "Riots", "Battles"),
        "sub_event_type": "x", "actor1": "Army", "actor2": np.where(i % 2, "", "Rebels"),
        "location": np.array(["Konna", "Mali", "Gao"])[i % 3], "country": "Mali",
        # far enough apart (0.7 degrees: 11 pixels at the default zoom) that each is its own point
        # (clusters have their own tests)
        "latitude": np.array([14.9467, 17.35, 16.27])[i % 3],
        "longitude": np.array([-3.8933, -3.52, -0.04])[i % 3] + (i // 3) * 0.7,
        "place_precision": np.array([1, 4, 1])[i % 3], "fatalities": np.array([0, 3, 100])[i % 3],
        "report_count": np.array([1, 1, 5])[i % 3],
        "date_start": starts, "date_end": starts + pd.to_timedelta(lengths, unit="D"),
        "event_date": starts + pd.to_timedelta(lengths // 2, unit="D"),
        "date_precision": np.array(["day", "week", "day"])[i % 3],
    })


@pytest.mark.parametrize("n, max_points, style", [(4, 50, "white-bg"), (300, 100, "open-street-map")])
def test_the_map_layout_built_without_validation_is_valid(n, max_points, style):
    figure = figures.event_map(events(n), BORDERS, max_points=max_points, style=style)
    go.Figure(figure.to_dict())       # validates: raises on any unknown or badly typed property


def test_the_map_is_offline_with_country_borders():
    figure = figures.event_map(events(), BORDERS)
    [layer] = figure.layout.map.layers
    assert figure.layout.map.style == "white-bg"
    assert (layer.type, layer.source, layer.below) == ("fill", BORDERS, "traces")


def test_the_borders_can_be_named_by_url():
    figure = figures.event_map(events(), "app/static/borders.geojson")
    assert figure.layout.map.layers[0].source == "app/static/borders.geojson"
    go.Figure(figure.to_dict())       # a valid source for plotly too


def test_the_base_map_is_the_offline_background_alone():
    figure = opening.base_map("app/static/borders.geojson")
    assert not figure.data and figure.layout.map.style == "white-bg"
    assert [layer.source for layer in figure.layout.map.layers] == ["app/static/borders.geojson"]
    go.Figure(figure.to_dict())


def test_online_tiles_keep_the_borders_as_lines():
    figure = figures.event_map(events(), BORDERS, style="open-street-map")
    assert figure.layout.map.style == "open-street-map" and figure.layout.map.layers[0].type == "line"


def test_points_are_coloured_by_type_and_carry_their_event_id():
    figure = figures.event_map(events(6), BORDERS)
    assert {trace.legendgroup: trace.marker.color for trace in event_traces(figure)} == {
        "Battles": figures.TYPE_COLORS["Battles"], "Riots": figures.TYPE_COLORS["Riots"]}
    assert sorted(id_ for trace in event_traces(figure) for id_ in trace.customdata[:, 0]) == [f"e{k}" for k in range(6)]


def test_places_known_only_to_a_region_are_faded_and_say_so():
    figure = figures.event_map(events(6), BORDERS)    # Battles: e0 Konna, e2 Gao, e4 Mali (a country)
    traces = {(t.name, tuple(t.customdata[:, 0])): (t.marker.opacity, list(t.text)) for t in event_traces(figure)}
    exact, faded = traces[("Battles", ("e0", "e2"))], traces[("Battles" + figures.VAGUE_SUFFIX, ("e4",))]
    assert (exact[0], faded[0]) == (figures.EXACT_OPACITY, figures.VAGUE_OPACITY)
    assert "region/country only" in faded[1][0] and "region/country only" not in exact[1][0]


def test_many_points_get_a_shorter_hover_text():
    frame = events(30)
    long, short = figures.event_map(frame, BORDERS), figures.event_map(frame, BORDERS, detailed_hover_max=10)
    assert len(short.data[0].text[0]) < len(long.data[0].text[0])
    assert short.data[0].text[0] == "2013-01-07 (day)<br>Konna<br>Army vs Rebels"


@pytest.mark.parametrize("size_by, expected", [("fatalities", [7, 11, 32]), ("report_count", [7, 7, 15])])
def test_point_size_grows_with_fatalities_or_merged_reports(size_by, expected):
    assert list(figures.marker_sizes(events(3), size_by)) == expected


@pytest.mark.parametrize("row, text", [
    (0, "2013-01-07 (day)"), (1, "2013-01-08–2013-01-14 (week)"),
])
def test_hover_shows_the_date_with_its_precision_and_the_actors(row, text):
    hover = figures.hover_text(events(3))
    assert text in hover[row] and "Army" in hover[row]
    assert ("Army vs Rebels" in hover[row]) == (row == 0)


def test_many_events_are_sent_as_counts_per_cell():
    many = events(300).assign(longitude=np.resize([-3.8933, -3.52, -0.04], 300))    # at three places
    figure = figures.event_map(many, BORDERS, max_points=100)
    [cells] = figure.data
    assert sum(cells.text) == 300 and len(cells.lat) == 3
    assert sorted(cells.customdata[:, 0]) == sorted(set(filters.cell_ids(many, figures.CELL_DEGREES)))


# (framed zoom, cell degrees): the finest cell at least CELL_PIXELS wide, doubling from 0.5° up to 4°.
@pytest.mark.parametrize("zoom, cell", [(7.0, 0.5), (3.5, 0.5), (3.49, 1.0), (2.69, 1.0), (2.5, 1.0), (2.49, 2.0),
                                        (1.0, 4.0), (0.5, 4.0)])
def test_grid_cells_are_a_few_pixels_wide_at_the_framed_zoom(zoom, cell):
    assert figures.grid_cell(zoom) == cell


def test_a_wide_framing_counts_coarser_cells_that_a_selection_maps_back():
    many = events(300).assign(latitude=14.2, longitude=np.resize([-3.8, -3.3, -0.04], 300))   # three 0.5° cells
    view = {"center": {"lat": 14.0, "lon": -2.0}, "zoom": 2.69}
    [cells] = figures.event_map(many, BORDERS, max_points=100, view=view).data
    assert list(cells.text) == [200, 100]           # the first two places share a 1° cell
    assert set(cells.customdata[:, 1]) == {figures.grid_cell(view["zoom"])}   # each point carries its cell size
    picked = filters.selected(many, [int(cells.customdata[0, 0])], cells.customdata[0, 1])
    assert sorted(set(picked["longitude"])) == [-3.8, -3.3] and len(picked) == 200


def test_counts_per_week_start_on_monday_and_cover_every_dated_event():
    frame = events(20)
    counts = figures.period_counts(frame, "W")
    assert counts["events"].sum() == 20
    assert {pd.Timestamp(p).day_name() for p in counts["period"]} == {"Monday"}


@pytest.mark.parametrize("freq, periods", [("D", 20), ("W", 4)])
def test_timeline_bins(freq, periods):
    frame = events(20)
    bars = [t for t in figures.timeline(frame, freq=freq, max_intervals=0).data]
    assert sum(sum(t.y) for t in bars) == 20
    assert len({x for t in bars for x in t.x}) == periods


def test_timeline_draws_each_event_over_its_interval():
    figure = figures.timeline(events(3))
    intervals = [t for t in figure.data if t.orientation == "h"]
    lengths = {id_: x for t in intervals for (id_,), x in zip(t.customdata, t.x)}
    assert lengths == {"e0": figures.DAY_MS, "e1": 7 * figures.DAY_MS, "e2": figures.DAY_MS}   # a week is 7 days


def test_timeline_leaves_out_undated_events_and_shades_the_window():
    frame = events(3)
    frame.loc[0, ["date_start", "date_end", "event_date"]] = pd.NaT
    figure = figures.timeline(frame, window=(date(2013, 1, 8), date(2013, 1, 9)))
    assert sum(sum(t.y) for t in figure.data if t.orientation != "h") == 2
    assert figure.layout.shapes and {pd.Timestamp(s.x0) for s in figure.layout.shapes} == {pd.Timestamp("2013-01-08")}


def test_too_many_intervals_leave_only_the_counts():
    figure = figures.timeline(events(30), max_intervals=10)
    assert all(t.orientation != "h" for t in figure.data)


def test_interval_lanes_never_overlap():
    frame = events(40)
    lanes = figures.interval_lanes(frame["date_start"], frame["date_end"])
    for lane in set(lanes):
        rows = frame[np.array(lanes) == lane].sort_values("date_start")
        assert (rows["date_start"].iloc[1:].to_numpy() > rows["date_end"].iloc[:-1].to_numpy()).all()


def test_fit_view_frames_the_events():
    view = figures.fit_view(events(3))
    assert 14 < view["center"]["lat"] < 18 and -4 < view["center"]["lon"] < 0 and view["zoom"] > 3
    assert figures.fit_view(events(3).assign(latitude=None)) == figures.DEFAULT_VIEW


def with_tolls(tolls: list[float | None]) -> pd.DataFrame:
    frame = events(len(tolls))
    return frame.assign(fatalities=pd.array(tolls, dtype="Float64").astype(float), event_type="Battles",
                        event_date=pd.Timestamp("2013-01-08"))


def test_an_unknown_toll_is_not_a_toll_of_zero():
    frame = with_tolls([None, 0, 4])
    assert list(figures.fatalities_text(frame["fatalities"])) == ["toll not reported", "0 killed", "4 killed"]
    [week] = figures.period_counts(frame, "W").to_dict("records")
    assert (week["events"], week["fatalities"], week["unknown"]) == (3, 4, 1)


def test_the_fatalities_chart_sums_known_tolls_by_type_and_period():
    figure = figures.fatalities_timeline(with_tolls([None, 2, 5]), freq="D")
    assert [list(trace.y) for trace in figure.data] == [[7]]       # one day; the unknown toll adds nothing
    assert figure.layout.yaxis.tickformat == ",d"


@pytest.mark.parametrize("size_by", list(figures.SIZE_BY))
def test_the_map_has_a_size_legend_growing_with_the_value(size_by):
    figure = figures.event_map(events(3), BORDERS, size_by=size_by)
    key = [trace for trace in figure.data if trace.legendgroup == "size"]
    assert [t.name for t in key] == figures.SIZE_LABELS[size_by]
    assert [t.marker.size for t in key] == sorted(t.marker.size for t in key) and len({t.marker.size for t in key}) == 3
    assert figure.layout.showlegend and figure.layout.legend.itemsizing == "trace"


def at_one_place(n: int) -> pd.DataFrame:
    """n events at exactly one point (Konna) and one elsewhere."""
    frame = events(n + 1)
    return frame.assign(latitude=[14.9467] * n + [16.27], longitude=[-3.8933] * n + [-0.04], location=["Konna"] * n + ["Gao"])


@pytest.mark.parametrize("n", [2, 7, 20])
def test_events_at_one_point_are_one_cluster_whose_hover_lists_them(n):
    figure = figures.event_map(at_one_place(n), BORDERS)
    [cluster] = [t for t in figure.data if t.legendgroup == "cluster"]
    [ids] = cluster.customdata
    assert sorted(ids[0].split("|")) == sorted(f"e{k}" for k in range(n))
    listed = min(n, figures.CLUSTER_LISTED)
    assert cluster.text[0].startswith(f"<b>{n} events at Konna</b>") and cluster.text[0].count("<br>") == listed + (n > listed)
    assert sum(len(t.customdata) for t in event_traces(figure) if t.customdata is not None and t.legendgroup != "cluster") == 1


def test_a_bigger_cluster_is_drawn_bigger():
    assert list(figures.cluster_sizes(np.array([2, 7, 50]))) == sorted(figures.cluster_sizes(np.array([2, 7, 50])))
    assert figures.cluster_sizes(np.array([2]))[0] > figures.MIN_MARKER


def test_selecting_a_cluster_selects_its_events():
    frame = at_one_place(3)
    assert list(filters.selected(frame, ["e0|e1|e2"], figures.CELL_DEGREES)["event_id"]) == ["e0", "e1", "e2"]


def test_the_chosen_event_is_marked_on_the_map_and_the_timeline():
    frame = events(4)
    figure = figures.event_map(frame, BORDERS, marked="e2")
    halo = figure.data[0]
    assert (halo.name, float(halo.lat[0]), halo.showlegend) == ("Chosen event", np.float32(frame["latitude"][2]), False)
    assert figures.event_map(frame, BORDERS, marked="nowhere").data[0].name != "Chosen event"
    day = pd.Timestamp("2013-01-08")
    outlines = figures.timeline(frame, marked=(day, day)).layout.shapes     # one per row of the timeline
    assert outlines and all(pd.Timestamp(o.x1) - pd.Timestamp(o.x0) == pd.Timedelta(days=1) for o in outlines)
    assert not figures.timeline(frame).layout.shapes


def test_a_type_whose_events_are_all_in_clusters_stays_in_the_legend():
    frame = at_one_place(2).assign(event_type=["Riots", "Riots", "Battles"])
    names = {t.name for t in figures.event_map(frame, BORDERS).data}
    assert {"Riots", "Battles", figures.CLUSTER_NAME} <= names


def test_place_names_are_drawn_on_the_offline_map_only():
    layers = [{"sourcetype": "image", "source": "data:image/png;base64,", "coordinates": [[0, 1], [1, 1], [1, 0], [0, 0]]}]
    assert len(figures.event_map(events(3), BORDERS, labels=layers).layout.map.layers) == 2
    assert len(figures.event_map(events(3), BORDERS, labels=layers, style="open-street-map").layout.map.layers) == 1


@pytest.mark.parametrize("status, shown", [("unreviewed", ""), ("corrected", "<br>corrected"), ("rejected", "<br>rejected")])
def test_hover_says_what_a_reviewer_did(status, shown):
    frame = events(2).assign(reviewed=status)
    assert all(text.endswith(("killed", "reported") if not shown else shown) for text in figures.hover_text(frame))


@pytest.mark.parametrize("keys", [
    [5, 3, 5, 9, 3, 3],                  # dense: counted
    [7],
    [],
    [0, 10**9, 10**9, 2],                # sparse (far apart): sorted as np.unique does
    [-4, -1, -4, 0],                     # below zero
])
def test_grouping_by_counting_gives_what_np_unique_gives(keys):
    keys = np.array(keys, dtype=np.int64)
    for got, expected in zip(figures.grouped(keys), np.unique(keys, return_inverse=True, return_counts=True)):
        assert got.tolist() == expected.tolist()


def nearby(apart: float) -> pd.DataFrame:
    """Two events at Konna and one `apart` degrees of longitude east of it (at a made-up place unless 0)."""
    return events(3).assign(latitude=14.9467, longitude=[-3.8933, -3.8933, -3.8933 + apart],
                            location=["Konna", "Konna", "Eastbank" if apart else "Konna"])


# (degrees apart, the framed zoom, one cluster point of all three?, its hover's first line): points a
# few pixels apart at the framed zoom merge; zoomed closer they split again.
@pytest.mark.parametrize("apart, zoom, merged, title", [
    (0.0, 3.5, True, "3 events at Konna"),
    (0.0, 12.0, True, "3 events at Konna"),       # one point: merged at any zoom
    (0.03, 3.5, True, "3 events near Konna"),     # half a pixel apart; named after the commonest place
    (0.03, 5.0, True, "3 events near Konna"),
    (0.03, 9.0, False, "2 events at Konna"),      # 22 pixels apart: Konna's pair alone
    (0.3, 3.5, True, "3 events near Konna"),      # 5 pixels
    (0.3, 5.0, False, "2 events at Konna"),       # 14 pixels
    (2.0, 3.5, False, "2 events at Konna"),
])
def test_nearby_points_merge_at_the_framed_zoom_and_split_closer(apart, zoom, merged, title):
    figure = figures.event_map(nearby(apart), BORDERS, view={"center": {"lat": 15.0, "lon": -3.0}, "zoom": zoom})
    [cluster] = [t for t in figure.data if t.legendgroup == "cluster"]
    assert cluster.text[0].startswith(f"<b>{title}</b>")
    assert sorted(cluster.customdata[0][0].split("|")) == ["e0", "e1", "e2"][:3 if merged else 2]
    several = merged and apart > 0     # the lines name their place only when the cluster holds several
    assert all(line.startswith(("Konna: ", "Eastbank: ")) == several for line in cluster.text[0].split("<br>")[1:])


def test_a_cluster_of_nearby_points_sits_at_its_busiest_place():
    [cluster] = [t for t in figures.event_map(nearby(0.03), BORDERS).data if t.legendgroup == "cluster"]
    assert float(cluster.lon[0]) == pytest.approx(-3.8933, abs=1e-4)


def test_a_chain_of_points_is_not_one_cluster():
    # three places in a row, 6 pixels apart at zoom 5 (the middle one busiest): the middle one takes
    # both neighbours; with the west one busiest, it takes the middle one and leaves the east one alone.
    step = 6 / (512 * 2 ** 5 / 360)
    row = pd.DataFrame({"latitude": 15.0, "longitude": [0.0, step, 2 * step]})
    middle = pd.concat([row, row.iloc[[1]]])
    west = pd.concat([row, row.iloc[[0]]])
    assert len(set(figures.cluster_keys(middle, 5.0))) == 1
    keys = figures.cluster_keys(west, 5.0)
    assert keys[0] == keys[1] == keys[3] != keys[2]
