"""The dashboard in a real headless Chromium: map, timeline, date slider, CSV download, offline.

Marked `browser` (deselect with `-m "not browser"`). Without Chromium or Playwright it skips,
except under CI (the CI variable set), where it fails: CI must never skip it silently.
The app runs on a temporary database that it builds itself from the sample corpus, so the
repository's data/events.db is never touched and the first-open build is exercised too.
"""
from __future__ import annotations

import csv
import os
import time
from datetime import date, datetime, timedelta, timezone

import pandas as pd
import pytest

from board import labels
from board.data import load_events
from board.figures import CLUSTER_LISTED
from extract.table import COLUMNS
from tests.browser import ROOT, browser_page, figure, missing_requirement, served_app, wait_for_charts, wait_idle

pytestmark = pytest.mark.browser

FIRST_DRAW_MS = 120_000      # building the database (about 10 s) plus the first map (6-10 s) on a busy machine
UPDATE_SECONDS = 30
NARROW_DAYS = 20             # key presses on the end thumb, one day each
ARTIFACTS = ROOT / "artifacts"
# Known coordinates (GeoNames; Konna from the gazetteer supplement), to 0.05 degree.
PLACES = {"Konna": (14.95, -3.89), "Gao": (16.27, -0.04), "Timbuktu": (16.77, -3.01), "Kidal": (18.44, 1.41)}
NEAR = 0.05


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """(page, watch, database path): the dashboard opened in Chromium, both charts drawn."""
    reason = missing_requirement()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"browser test cannot run under CI: {reason}")
        pytest.skip(reason)
    db_path = tmp_path_factory.mktemp("browser") / "events.db"
    logs: list[str] = []
    with served_app(db_path, logs=logs) as url, browser_page() as (page, watch):
        page.goto(url)
        wait_for_charts(page, FIRST_DRAW_MS)
        wait_idle(page, FIRST_DRAW_MS)      # the first open's runs are over: nothing on the page is stale
        yield page, watch, db_path
    # Everything the tests made the page do (playback, the brush, typed dates) left no warning behind.
    noisy = [line for line in logs[0].splitlines() if "WARNING" in line or "Traceback" in line]
    assert not noisy, "the server logged:\n" + "\n".join(noisy)


# The value of the metric labelled exactly "Events in view", ignoring the stale copy a rerun leaves for a moment.
METRIC_JS = """label => {
  const values = [...document.querySelectorAll('[data-testid="stMetric"]')]
    .filter(card => !card.closest('[data-stale="true"]'))
    .filter(card => card.querySelector('[data-testid="stMetricLabel"]').innerText.trim() === label)
    .map(card => card.querySelector('[data-testid="stMetricValue"]').innerText.replace(/,/g, ''));
  return values.length === 1 ? Number(values[0]) : null;
}"""


def metric(page) -> int | None:
    return page.evaluate(METRIC_JS, "Events in view")


def map_points(page) -> list[tuple[float, float]]:
    """(lat, lon) of every event the map draws: a cluster point counts once for each event it stands for."""
    traces = [t for t in figure(page, 0)["data"] if t.get("type") == "scattermap" and t.get("customdata")]
    return [(lat, lon) for t in traces for lat, lon, (ids, *_) in zip(t["lat"], t["lon"], t["customdata"])
            for _ in str(ids).split("|")]


# Where a (lon, lat) is on the page: MapLibre's projection plus the canvas's offset.
PIXEL_JS = """([lon, lat]) => {
  const map = document.querySelectorAll('.js-plotly-plot')[0]._fullLayout.map._subplot.map;
  const point = map.project([lon, lat]), box = map.getCanvas().getBoundingClientRect();
  return [box.left + point.x, box.top + point.y];
}"""


def date_thumbs(page):
    return page.get_by_role("group", name="Dates", exact=True).get_by_role("slider")


def thumb_date(thumb) -> date:
    """The day a thumb stands on: its range input holds microseconds since the epoch (UTC)."""
    return datetime.fromtimestamp(int(thumb.input_value()) / 1e6, tz=timezone.utc).date()


def settled(read, expected, seconds: float = UPDATE_SECONDS):
    """Poll `read()` until it returns `expected` (the app reruns and redraws asynchronously)."""
    deadline = time.monotonic() + seconds
    while (value := read()) != expected and time.monotonic() < deadline:
        time.sleep(0.2)
    return value


def in_view(db_path, start: date, end: date) -> pd.DataFrame:
    """The stored events whose interval overlaps [start, end], computed apart from the app."""
    events = load_events(db_path)
    return events[(events["date_end"] >= pd.Timestamp(start)) & (events["date_start"] <= pd.Timestamp(end))]


def test_map_shows_the_sample_events(app, capsys):
    page, _watch, db_path = app
    points = map_points(page)
    assert len(points) == load_events(db_path)["latitude"].notna().sum() == metric(page) > 30
    for name, (lat, lon) in PLACES.items():
        assert any(abs(lat - y) < NEAR and abs(lon - x) < NEAR for y, x in points), f"{name} not on the map"
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "browser-dashboard.png"
    page.screenshot(path=str(shot), full_page=True)
    with capsys.disabled():
        print(f"\nbrowser test screenshot: {shot}")


# The lines of the hover label on screen (plotly writes each line as a tspan), or null.
HOVER_LINES_JS = """() => {
  const label = document.querySelector('.hoverlayer .hovertext');
  return label ? [...label.querySelectorAll('tspan.line')].map(line => line.textContent) : null;
}"""


def test_a_cluster_hover_lists_every_event_at_its_place(app):
    page = app[0]
    wait_idle(page, UPDATE_SECONDS * 1000)
    [cluster] = [t for t in figure(page, 0)["data"] if t.get("legendgroup") == "cluster"]
    counts = [len(ids.split("|")) for ids, *_ in cluster["customdata"]]
    biggest = counts.index(max(counts))
    x, y = page.evaluate(PIXEL_JS, [cluster["lon"][biggest], cluster["lat"][biggest]])
    page.mouse.move(x - 20, y - 20)
    page.mouse.move(x, y, steps=5)      # plotly hovers on mouse movement over the point
    page.screenshot(path=str(ARTIFACTS / "browser-cluster-hover.png"))
    page.wait_for_function(HOVER_LINES_JS, timeout=UPDATE_SECONDS * 1000)
    lines = page.evaluate(HOVER_LINES_JS)
    assert lines[0].startswith((f"{max(counts)} events at", f"{max(counts)} events near")) and max(counts) > 1
    assert len(lines) - 1 == min(max(counts), CLUSTER_LISTED) + (max(counts) > CLUSTER_LISTED)
    listed = [line for line in lines[1:] if not line.startswith("…")]
    assert all(" · " in line and line.endswith(("killed", "reported")) for line in listed)     # an event each
    page.mouse.move(1, 1)


def test_country_borders_are_drawn(app):
    page = app[0]
    layers = figure(page, 0)["layout"].get("map", {}).get("layers", [])
    geojson = [layer for layer in layers if layer.get("sourcetype", "geojson") == "geojson" and layer.get("source")]
    assert any(layer.get("type") in ("line", "fill") for layer in geojson), "no GeoJSON line or fill layer"
    # The outlines come by URL from the app itself (static/borders.geojson): their features are loaded
    drawn = page.evaluate("""() => {
      const map = document.querySelectorAll('.js-plotly-plot')[0]._fullLayout.map._subplot.map;
      return Object.entries(map.getStyle().sources).filter(([id, s]) => s.type === 'geojson')
        .map(([id]) => map.querySourceFeatures(id).filter(f => /Polygon|LineString/.test(f.geometry.type)).length);
    }""")
    assert max(drawn, default=0) > 100, f"no polygon or line GeoJSON features loaded in the drawn map: {drawn}"


def test_place_names_are_drawn_as_images_with_nothing_fetched(app):
    page = app[0]
    sources = page.evaluate("""() => Object.values(document.querySelectorAll('.js-plotly-plot')[0]
      ._fullLayout.map._subplot.map.getStyle().sources).filter(s => s.type === 'image').map(s => s.url.slice(0, 22))""")
    assert sources and set(sources) == {"data:image/png;base64,"}    # inline pictures: no glyphs, no URL


# Whether the screen holds a name's grey ink (the towns' text colour, drawn over the land) in a box of the page.
def grey_ink(page, left: float, top: float, width: float, height: float) -> int:
    import io

    import numpy as np
    from PIL import Image
    shot = np.asarray(Image.open(io.BytesIO(page.screenshot(clip={"x": left, "y": top, "width": width, "height": height}))).convert("RGB")).astype(int)
    grey = (shot.max(axis=2) < 130) & (shot.max(axis=2) - shot.min(axis=2) < 12)
    return int(grey.sum())


def test_a_town_without_events_is_named_on_the_map(app):
    page, _watch, db_path = app
    wait_idle(page, UPDATE_SECONDS * 1000)
    view = figure(page, 0)["layout"]["map"]
    zoom = view["zoom"]
    events = load_events(db_path)
    # The names the app placed for the band on screen, computed apart from it (board/labels.py).
    [(band_zoom, chosen)] = [(z, chosen) for z, (low, high), _box, chosen
                             in labels.bands(labels.places_of(events), view, labels.read_towns()) if low <= zoom < high]
    box = page.evaluate("() => document.querySelectorAll('.js-plotly-plot')[0]._fullLayout.map._subplot.map"
                        ".getCanvas().getBoundingClientRect().toJSON()")
    # No hover label left over from another test may cover the names: cross the map's empty corner and leave.
    page.mouse.move(box["left"] + 3, box["top"] + 3, steps=3)
    page.mouse.move(1, 1, steps=3)
    page.wait_for_function(f"() => !({HOVER_LINES_JS})()", timeout=UPDATE_SECONDS * 1000)
    towns = labels.read_towns().assign(text=lambda t: t["name"].map(labels.drawable)).drop_duplicates("text").set_index("text")
    seen = set(events["location"])
    candidates = [label.text for label in chosen if label.town and label.text not in seen]
    assert candidates, "no town without events named in the view"
    for name in candidates:
        x, y = page.evaluate(PIXEL_JS, [towns.loc[name, "longitude"], towns.loc[name, "latitude"]])
        if box["left"] + 10 < x < box["right"] - 300 and box["top"] + 10 < y < box["bottom"] - 10:   # clear of the legend
            break
    else:
        pytest.fail(f"none of {candidates} lies inside the map's canvas")
    scale = 2 ** (zoom - band_zoom)      # the band's picture is drawn at its own zoom
    page.screenshot(path=str(ARTIFACTS / "browser-town-label.png"))
    assert grey_ink(page, x + 2, y - 6, 40 * scale + 20, 12) > 10, f"{name}'s name is not drawn beside its place"
    assert grey_ink(page, x - 60, y + 30, 40, 12) <= grey_ink(page, x + 2, y - 6, 40, 12)


def test_narrowing_the_dates_shrinks_the_view(app):
    page, _watch, db_path = app
    wait_idle(page, UPDATE_SECONDS * 1000)
    before = metric(page)
    start, end = date_thumbs(page).first, date_thumbs(page).last
    low, high = thumb_date(start), thumb_date(end)
    end.focus()
    end.press("ArrowLeft")           # one press first, on the thumb itself: the page may still be settling
    settled(lambda: thumb_date(end), high - timedelta(days=1))
    for _ in range(NARROW_DAYS - 1):
        end.press("ArrowLeft")
    narrowed = high - timedelta(days=NARROW_DAYS)
    assert settled(lambda: thumb_date(end), narrowed) == narrowed and thumb_date(start) == low
    expected = in_view(db_path, low, narrowed)
    placed = int(expected["latitude"].notna().sum())
    assert 0 < len(expected) < before
    assert settled(lambda: metric(page), len(expected)) == len(expected)
    assert settled(lambda: len(map_points(page)), placed) == placed


def test_download_csv_is_the_view(app, tmp_path):
    page = app[0]
    wait_idle(page, UPDATE_SECONDS * 1000)
    shown = metric(page)
    with page.expect_download(timeout=UPDATE_SECONDS * 1000) as download:
        page.get_by_role("button", name="Download CSV").click()
    saved = tmp_path / "events.csv"
    download.value.save_as(saved)
    with saved.open(newline="", encoding="utf-8") as handle:
        header, *rows = list(csv.reader(handle))
    assert tuple(header) == COLUMNS
    assert len(rows) == shown
    records = [dict(zip(header, row)) for row in rows]       # ACLED's codes are filled in
    assert all(r["disorder_type"] and r["time_precision"] in ("1", "2", "3", "") for r in records)
    assert any(r["inter1"] and r["interaction"] for r in records) and all(r["notes"] for r in records)


def test_the_fatalities_metric_sums_the_reported_tolls(app):
    page, _watch, db_path = app
    wait_idle(page, UPDATE_SECONDS * 1000)
    thumbs = date_thumbs(page)
    events = in_view(db_path, thumb_date(thumbs.first), thumb_date(thumbs.last))    # the dates an earlier test set
    assert page.evaluate(METRIC_JS, "Fatalities") == int(events["fatalities"].sum()) > 0


def test_playback_moves_the_window_over_the_whole_period_and_the_date_filter_follows(app):
    page, _watch, db_path = app
    wait_idle(page, UPDATE_SECONDS * 1000)
    thumbs = date_thumbs(page)
    page.get_by_role("button", name="Play").click()
    week = lambda: (thumb_date(thumbs.last) - thumb_date(thumbs.first)).days      # noqa: E731
    assert settled(week, 6) == 6, "the date filter did not take the playback window"
    first = thumb_date(thumbs.first)
    assert settled(lambda: thumb_date(thumbs.first) > first, True), "the window did not move"
    page.get_by_role("button", name="Pause").click()
    wait_idle(page, UPDATE_SECONDS * 1000)
    kept = (thumb_date(thumbs.first), thumb_date(thumbs.last))
    shapes = figure(page, 1)["layout"].get("shapes", [])
    assert any(shape["x0"][:10] == kept[0].isoformat() for shape in shapes), "the window is not drawn on the timeline"
    low, high = (pd.Timestamp(x) for x in figure(page, 1)["layout"]["xaxis"]["range"])
    stored = load_events(db_path)
    assert low <= stored["date_start"].min() and high >= stored["date_end"].max(), \
        "the timeline zoomed to the window instead of the whole period"
    time.sleep(2)           # two ticks' time: nothing moves after Pause
    assert (thumb_date(thumbs.first), thumb_date(thumbs.last)) == kept and (kept[1] - kept[0]).days == 6


def test_stale_elements_dim_in_one_step(app):
    """board/page.css reaches the page: an element of a rerun in progress dims after Streamlit's delay at
    once, not over a fade whose every frame the page is composited again (in software, without a GPU)."""
    timing = app[0].evaluate("""() => {
      const probe = document.createElement('div');
      probe.setAttribute('data-stale', 'true');
      probe.style.transition = 'opacity 1s ease-in 0.5s';     // Streamlit's own stale fade, as it sets it
      document.querySelector('[data-testid="stElementContainer"]').appendChild(probe);
      const style = getComputedStyle(probe);
      const found = [style.transitionDuration, style.transitionDelay];
      probe.remove();
      return found;
    }""")
    assert timing == ["0s", "0.5s"], timing


def test_nothing_left_the_machine_and_no_console_errors(app):
    """Last in the file, so it covers everything the tests above made the page do."""
    watch = app[1]
    assert watch.blocked == []
    assert watch.errors == []
