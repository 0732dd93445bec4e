"""Conflict events dashboard: map, timeline, filters, source articles, downloads, adding articles.

Run: streamlit run dashboard.py. This script only composes: loading is cached here, the parts
live in board/ (data access, pure filters, figure builders, uploads). The filters are widgets
bound to the URL's query parameters, so a link reproduces the view. The view (metrics, map,
timeline, table) is a fragment: a map selection, a table click or a playback tick reruns only it.
"""
from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from board import opening

# Sent before the imports below, which take about half a CPU-second in a fresh server (pandas, Arrow): the
# page's title and the map's background, so that the browser fetches and compiles plotly meanwhile.
OPENING = opening.start() if __name__ == "__main__" else None

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import plotly.graph_objects as go  # noqa: E402

from board import data, figures, filters, labels, playback, state, uploads  # noqa: E402
from board import review as reviewing  # noqa: E402
from board.filters import Filters  # noqa: E402
from board.playback import Play  # noqa: E402
from board.text import HEADERS, highlighted, plain, window_text  # noqa: E402
from board.urls import dates_in_url_as_iso, set_by_app  # noqa: E402
from extract.settings import Settings  # noqa: E402
from extract.table import REJECTED  # noqa: E402

if TYPE_CHECKING:    # imported where it is built (see board/data.py)
    from extract.pipeline import Pipeline

TABLE_COLUMNS = list(HEADERS)
PAGE_ROWS = 100            # table rows sent per rerun: every rerun re-sends the table it shows
MAX_OPTIONS = 2_000
# Sidebar pickers: key (also the URL parameter), label, columns, (column, key) of the parent choice.
PICKERS = (
    ("event_types", "Event types", ["event_type"], None),
    ("sub_types", "Sub-event types", ["sub_event_type"], ("event_type", "event_types")),
    ("actors", "Actors", ["actor1", "actor2"], None),
    ("countries", "Countries", ["country"], None),
    ("regions", "Regions", ["admin1"], ("country", "countries")),
    ("sources", "Sources", ["source"], None),
    (state.ARTICLES, "Articles", ["doc_id"], None),
)
MAP_SELECTION = ("points", "box", "lasso")
EARLIEST = date(1900, 1, 1)   # date_input's default floor is ten years ago: too late for archives
PLAY_DEFAULTS = {state.PLAY_LENGTH: 7, state.PLAY_STEP: 1, state.PLAY_SECONDS: 1.0}


@st.cache_resource(show_spinner="Loading events ...", max_entries=1)
def events(db_path: str, version: str, _behind_first_page: bool = False) -> pd.DataFrame:
    """The events frame; `version` (data.db_version) keys the cache, so new data shows. Read behind the
    browser's drawing when a first page was sent (data.behind_the_page; not a key of the cache).

    One frame shared by every session and rerun, never copied (st.cache_data pickled it in and
    handed out an unpickled copy per hit: a million events then held three frames and spent a
    second a rerun copying). So nothing may change it in place: filters select new frames
    (tests/test_dashboard.py drives the page and checks the frame is as loaded). One entry: new
    data replaces the old frame rather than keeping both."""
    return data.load_events(Path(db_path), behind=_behind_first_page)


@st.cache_resource(show_spinner=False)
def small_pages() -> None:
    """Keep numpy from asking the kernel for 2 MB pages (it madvises every array of 4 MB or more,
    NUMPY_MADVISE_HUGEPAGE): a filter that keeps 900k of a million events copies about 100 MB of
    columns, and faulting those in as huge pages (zeroed, compacted on demand) cost 0.1-0.25
    system CPU-s a rerun, at random: the rerun's bimodal 0.42 or 0.85 CPU-s at a million events.
    With ordinary pages the same copy costs about 0.05. Once per server process."""
    setter = getattr(np._core.multiarray, "_set_madvise_hugepage", None)    # numpy's switch for the variable
    if setter is not None:
        setter(False)


@st.cache_resource(show_spinner=False, max_entries=1)
def frozen(db_path: str, version: str) -> None:
    """Move everything alive once the frame is loaded out of the garbage collector's reach (once per
    data version). Streamlit collects every generation after each run (runner.postScriptGC): walking
    the ~170k objects the server then holds took 60-110 ms with a million events, holding Python's
    lock while the run's last websocket frames waited; after this, 3-14 ms. Unfreezing first lets a
    replaced frame's objects be collected."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


@st.cache_resource(show_spinner="Loading the gazetteer ...")
def pipeline(gazetteer_path: str, user_version: str) -> Pipeline:
    """The pipeline over the settings' gazetteers; the arguments key the cache, so a place added
    to the user gazetteer (`python -m extract gazetteer add`) is known to the next upload."""
    from extract.gazetteer import Gazetteer
    from extract.pipeline import Pipeline
    settings = Settings.from_env()
    return Pipeline(Gazetteer.from_settings(settings), settings)


def current_pipeline(settings: Settings) -> Pipeline:
    """The cached pipeline over the gazetteers as they are now."""
    return pipeline(str(settings.gazetteer_path), data.db_version(settings.user_gazetteer_path))


def ensure_database(settings: Settings) -> None:
    """A database to show: built from the sample corpus when there is none, brought up to the
    current extractor when an upgrade left stored articles stale."""
    if not settings.db_path.exists():
        with progress_bar("Building the events database from the sample corpus ...") as progress:
            data.build_database(settings.db_path, current_pipeline(settings), progress)
    elif data.stale_articles(settings):
        with progress_bar("Re-extracting the stored articles with the current extractor ...") as progress:
            data.refresh_database(settings.db_path, current_pipeline(settings), progress)


@contextmanager
def progress_bar(text: str) -> Iterator[Callable[[int, int], None]]:
    """A bar for one pipeline run, as its progress callback; gone when the run ends."""
    bar = st.progress(0.0, text=text)
    yield lambda done, total: bar.progress(done / total, text=f"{done}/{total} articles")
    bar.empty()


def first_page(slot: DeltaGenerator, db_path: Path) -> bool:
    """While a big database is read for the first time (no snapshot yet): the metrics, map and timeline of
    the default view, drawn in `slot` from the few columns they need (data.preview_events: from the counts
    kept in the database, board/counts.py), then replaced by the whole page. Once per session, and only for
    a bare URL: filters in the URL need the columns they filter on, so that page waits for the whole frame.
    Whether it drew one."""
    if st.query_params or st.session_state.get(state.FIRST_PAGE):
        return False
    st.session_state[state.FIRST_PAGE] = True
    shown = data.preview_events(db_path, reviewing.DEFAULT_STATUSES)
    if shown is None or int(filters.located(shown).sum()) <= figures.MAX_POINTS:   # points: not from these columns
        return False
    # The map and the timeline only: the browser draws every chart again for the whole page, so the
    # fatalities chart waits for that.
    with slot.container():
        show_metrics(st.container(), shown)
        st.plotly_chart(figures.event_map(shown, opening.BORDERS_URL, view=figures.fit_view(shown), max_points=0),
                        width="stretch")       # counts per grid cell, as the page draws this many events
        st.plotly_chart(figures.timeline(shown, max_intervals=0), width="stretch")   # intervals need ids and places
        st.caption("Reading every event's details: the filters, place names, fatalities chart and table follow.")
    return True


def options(frame: pd.DataFrame, *columns: str) -> list[str]:
    """The non-empty labels of categorical columns, sorted."""
    return sorted({str(v) for c in columns for v in frame[c].cat.categories if str(v)})


def sidebar(frame: pd.DataFrame) -> Filters:
    """The filter widgets, each bound to a query parameter; returns plain values."""
    bar = st.sidebar
    bounds = st.session_state[state.DATE_BOUNDS]
    start = end = None
    if bounds:
        start, end = date_range(bar, bounds)
    picks: dict[str, tuple[str, ...]] = {}
    for name, label, columns, parent in PICKERS:
        values = options(frame, *columns) if not parent else narrowed(frame, columns[0], *parent, picks, name)
        picks[name] = choose(bar, label, values, name)
    words = bar.text_input("Search sentences", key="q", bind="query-params")
    minimum = bar.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05, key="confidence", bind="query-params")
    show_vague = bar.toggle("Events known only to a region or country", value=True, key="vague", bind="query-params",
                            help="Drawn faded at the region's or country's point: they are not exact places.")
    undated = bar.toggle("Events without a date", value=True, key="undated", bind="query-params",
                         help="They fit no date range; shown whatever the dates, never on the timeline.")
    return Filters(start=start, end=end, text=words, min_confidence=minimum, vague=show_vague, undated=undated, **picks)


def date_range(bar, bounds: tuple[date, date]) -> tuple[date, date]:
    """The date slider and, beside it, the same range as typed dates (a slider over years of data
    gives a fraction of a pixel per day)."""
    start, end = bar.slider("Dates", min_value=bounds[0], max_value=bounds[1],
                            value=None if set_by_app(state.DATES) else bounds, step=timedelta(days=1),
                            format="YYYY-MM-DD", key=state.DATES, bind="query-params")
    dates_in_url_as_iso(state.DATES, (start, end))
    # Typed dates stay empty and move the slider when one is given: an input the app filled on every run
    # would send its value back while the slider is being moved, and undo the move.
    for label, name in (("Type a start date", state.DATE_FROM), ("Type an end date", state.DATE_TO)):
        bar.date_input(label, value=None, min_value=bounds[0], max_value=bounds[1], format="YYYY-MM-DD", key=name,
                       on_change=typed_dates)
    return start, end


def typed_dates() -> None:
    """A typed date moves the slider (kept in order and inside the data's dates); the box empties again."""
    typed = [st.session_state.get(state.DATE_FROM), st.session_state.get(state.DATE_TO)]
    current = st.session_state.get(state.DATES) or st.session_state[state.DATE_BOUNDS]
    low, high = (t or c for t, c in zip(typed, current))
    st.session_state[state.DATES] = filters.within((min(low, high), max(low, high)), st.session_state[state.DATE_BOUNDS])
    st.session_state[state.DATE_FROM] = st.session_state[state.DATE_TO] = None


def narrowed(frame: pd.DataFrame, column: str, parent_column: str, parent_key: str,
             picks: dict[str, tuple[str, ...]], key: str) -> list[str]:
    """The values of `column` under the chosen parents (sub-types of the chosen types, regions of
    the chosen countries), plus those already picked; all of them when no parent is chosen."""
    parents = picks.get(parent_key)
    if not parents:
        return options(frame, column)
    under = frame.loc[frame[parent_column].isin(parents).to_numpy(), column].unique()
    return sorted({str(v) for v in under if str(v)} | set(st.session_state.get(key) or []))


def choose(bar, label: str, values: list[str], key: str) -> tuple[str, ...]:
    """A multiselect; with very many values (articles of a big corpus) a text box of names instead,
    since every option is sent to the browser on every rerun."""
    if len(values) <= MAX_OPTIONS:
        return tuple(bar.multiselect(label, values, key=key, bind="query-params"))
    typed = bar.text_input(f"{label} (comma-separated, {len(values):,} in all)", key=key, bind="query-params")
    return tuple(v.strip() for v in typed.split(",") if v.strip())


def display_options() -> dict[str, str]:
    """How to draw (also in the URL): point size, timeline bins, map background."""
    bar = st.sidebar
    bar.divider()
    size_by = bar.radio("Point size", list(figures.SIZE_BY), format_func=figures.SIZE_BY.get, key="size",
                        bind="query-params", horizontal=True)
    freq = bar.radio("Timeline bins", ["W", "D"], format_func={"W": "week", "D": "day"}.get, key="bins",
                     bind="query-params", horizontal=True)
    style = bar.selectbox("Map background", list(opening.MAP_STYLES), key="background", bind="query-params",
                          help="The online tiles need the internet; without it the borders still draw.")
    return {"size_by": size_by, "freq": freq, "style": opening.MAP_STYLES[style]}


def play_settings(chosen: Filters) -> Play | None:
    """Playback settings from the controls beside the timeline (drawn later, in the view); the
    period is the chosen dates when Play is pressed, kept while playing."""
    if chosen.start is None:
        return None
    get = st.session_state.get
    length = int(get(state.PLAY_LENGTH, PLAY_DEFAULTS[state.PLAY_LENGTH]))
    first, last = get(state.PLAY_PERIOD) if playback.playing(st.session_state) else \
        playback.period((chosen.start, chosen.end), st.session_state[state.DATE_BOUNDS], length)
    return Play(first, last, length, int(get(state.PLAY_STEP, PLAY_DEFAULTS[state.PLAY_STEP])),
                float(get(state.PLAY_SECONDS, PLAY_DEFAULTS[state.PLAY_SECONDS])), bool(get(state.PLAY_CUMULATIVE)))


def play_controls(box, play: Play) -> None:
    """Play or Pause, and the playback settings in a popover, beside the timeline."""
    playing = playback.playing(st.session_state)
    if playing:
        box.button("Pause", icon=":material/pause:", on_click=playback.pause, args=(st.session_state,), width="stretch")
    else:
        box.button("Play", icon=":material/play_arrow:", on_click=playback.start,
                   args=(st.session_state, (play.first, play.last)), width="stretch",
                   help="Move a window across the chosen dates; the map, the table and the date filter follow.")
    with box.popover("Settings", width="stretch"):
        st.number_input("Window (days)", 1, 365, PLAY_DEFAULTS[state.PLAY_LENGTH], key=state.PLAY_LENGTH)
        st.number_input("Step (days)", 1, 90, PLAY_DEFAULTS[state.PLAY_STEP], key=state.PLAY_STEP)
        st.number_input("Seconds per step", 0.5, 10.0, PLAY_DEFAULTS[state.PLAY_SECONDS], 0.5, key=state.PLAY_SECONDS)
        st.checkbox("Cumulative", key=state.PLAY_CUMULATIVE, help="Keep everything from the start of the period.")


def play_window(play: Play | None) -> tuple[date, date] | None:
    """The window shown now; None when not playing. When it moves, the whole page reruns so that
    the date filter (and the sidebar) follow it."""
    if not play or not playback.playing(st.session_state):
        return None
    window, moved = playback.advance(st.session_state, play, time.monotonic())
    if moved:
        st.rerun(scope="app")
    return window


def view(frame: pd.DataFrame, chosen: Filters, look: dict, play: Play | None, settings: Settings) -> None:
    """Metrics, map with the article beside it, timelines, table and downloads for the events in view."""
    if state.PENDING_DATES in st.session_state or playback.playing(st.session_state) != st.session_state.get(
            state.PLAY_TIMER, False):
        st.rerun(scope="app")      # new dates change the sidebar, Play or Pause the timer: the whole page reruns
    window = play_window(play) or ((chosen.start, chosen.end) if chosen.start else None)
    context = filters.apply(frame, chosen, dates=False, search=lambda text: sentence_matches(
        str(settings.db_path), data.db_version(settings.db_path), text))
    dated = filters.subset(context, filters.date_mask(context, *window, chosen.undated) if window else None)
    metrics = st.container()
    # The selections are read before the charts are drawn, so that the map can mark the chosen event.
    fitted = figures.fit_view(context)      # the map's framing, and so the size of its grid's cells
    shown, narrowed_context = apply_selection(st.session_state.get(state.MAP), dated, context,
                                              figures.grid_cell(fitted["zoom"]))
    rows = data.with_texts(table_page(shown), settings.db_path)     # the sentences of the rows shown only
    event = picked_event(rows)
    shaded = window if window != st.session_state[state.DATE_BOUNDS] else None    # all of it: nothing to mark
    marked = (event["date_start"], event["date_end"]) if event is not None and pd.notna(event["date_start"]) else None
    # Every figure is built before the first is sent: the browser starts drawing a chart as soon as it arrives
    # (a CPU-second and more without a GPU), and on two cores the rest of this run would then wait behind it.
    located_map = map_figure(dated, fitted, look, event, settings)
    counts = figures.timeline(narrowed_context, freq=look["freq"], window=shaded, marked=marked)
    tolls = figures.fatalities_timeline(narrowed_context, freq=look["freq"], window=shaded)
    event_map(located_map, event, settings)
    chart, controls = st.columns([6, 1]) if play else (st.container(), None)
    brushed = chart.plotly_chart(counts, key=state.TIMELINE, on_select="rerun", selection_mode="box", width="stretch")
    if controls is not None:
        play_controls(controls, play)
    brush_dates(brushed)
    playing = f"Playing: {window_text(window)}. " if playback.playing(st.session_state) else ""
    st.caption(playing + "Drag across the timeline to set the dates. Box, lasso or click on the map to select; "
               "double-click the map to clear. Below: reported fatalities.")
    st.plotly_chart(tolls, key=state.FATALITIES, width="stretch")
    undated = int(shown["date_start"].isna().sum())
    if undated:
        st.caption(f"{undated:,} events in view have no date: they are in the table and downloads, not on the timeline.")
    show_metrics(metrics, shown)
    if shown.empty:
        st.info("No events match these filters. Widen the dates or clear some filters.")
        return
    table(rows, len(shown))
    unplaced(shown, settings.db_path)
    downloads(shown, settings)
    selected = None if event is None else str(event["event_id"])
    reviewing.event_panel(shown, selected, settings.db_path, lambda: current_pipeline(settings).gazetteer)
    reviewing.unknown_places_panel(shown, settings, lambda: current_pipeline(settings), data.borders())


def map_figure(dated: pd.DataFrame, fitted: dict, look: dict, event: pd.Series | None, settings: Settings) -> go.Figure:
    """The map, framed by `fitted` (figures.fit_view of the events the filters leave, whatever the dates,
    so playback does not jump about), with the place names and the chosen event marked."""
    names = place_labels(str(settings.db_path), data.db_version(settings.db_path), fitted["center"]["lat"],
                         fitted["center"]["lon"], fitted["zoom"])
    figure = figures.event_map(dated, opening.BORDERS_URL, view=fitted, size_by=look["size_by"], style=look["style"],
                               marked=None if event is None else str(event["event_id"]), labels=names)
    figure.layout.uirevision = repr(fitted)      # new filters frame the map again; a pan is kept otherwise
    return figure


def event_map(figure: go.Figure, event: pd.Series | None, settings: Settings) -> None:
    """The map (map_figure), and the chosen event's article beside it."""
    left, right = st.columns([3, 2]) if event is not None else (st.container(), None)
    left.plotly_chart(figure, key=state.MAP, on_select="rerun", selection_mode=MAP_SELECTION, width="stretch",
                      config={"scrollZoom": True})
    if right is not None:
        with right.container(height=opening.MAP_HEIGHT):    # the article scrolls beside the map
            source_article(event, settings.db_path)


@st.cache_data(max_entries=8, show_spinner=False)
def sentence_matches(db_path: str, version: str, text: str) -> list[str]:
    """The ids of the events whose sentence contains `text` (searched in the database, which keeps the
    sentences); `version` keys the cache, so new data is searched again."""
    return data.sentence_matches(Path(db_path), text)


@st.cache_data(max_entries=8, show_spinner=False)
def place_labels(db_path: str, version: str, lat: float, lon: float, zoom: float) -> list[dict]:
    """Names of the places with events (rejected ones aside), then of big towns, as image layers around
    the map's fitted view (centre `lat`, `lon`; `zoom`) for zoom bands from its zoom on."""
    frame = events(db_path, version)
    places = labels.places_of(frame, (frame["reviewed"] != REJECTED).to_numpy())
    return labels.label_layers(places, {"center": {"lat": lat, "lon": lon}, "zoom": zoom}, label_towns())


@st.cache_resource(show_spinner=False)
def label_towns() -> pd.DataFrame | None:
    """The shipped table of towns the map may name (read once; nothing changes it); None, with a
    warning, when it cannot be read: the places with events are still named."""
    try:
        return labels.read_towns()
    except ValueError as error:
        st.warning(str(error))
        return None


def picked_event(rows: pd.DataFrame) -> pd.Series | None:
    """The event whose article to show: the table's selected row, or the one event a map click selects."""
    selected = ((st.session_state.get(state.TABLE) or {}).get("selection") or {}).get("rows") or []
    if selected and selected[0] < len(rows):
        return rows.iloc[selected[0]]
    return rows.iloc[0] if len(rows) == 1 and (st.session_state.get(state.MAP) or {}).get("selection", {}).get("points") \
        else None


def apply_selection(picked, dated: pd.DataFrame, context: pd.DataFrame, cell: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Narrow the table and the timeline to what the map selection names (grid cells of the size the
    clicked map drew them at, which its points carry; else of `cell` degrees, this run's size)."""
    points = (picked or {}).get("selection", {}).get("points", [])
    keys = [p["customdata"][0] for p in points if p.get("customdata")]
    if not keys:
        return dated, context
    cell = next((size for p in points for size in (p.get("customdata") or ())[1:2]
                 if isinstance(size, (int, float)) and size > 0), cell)
    shown = filters.selected(dated, keys, cell)
    if shown.empty:
        st.caption("The map selection names no events under these filters; showing them all.")
        return dated, context
    st.caption(f"Map selection: {len(shown):,} events.")
    return shown, filters.selected(context, keys, cell)


def brush_dates(brushed) -> None:
    """A new box drawn on the timeline becomes the date filter (the whole page reruns)."""
    boxes = (brushed or {}).get("selection", {}).get("box") or []
    if not boxes or boxes[0] == st.session_state.get(state.APPLIED_BOX) or state.DATES not in st.session_state:
        return
    st.session_state[state.APPLIED_BOX] = boxes[0]
    xs = sorted(pd.Timestamp(x).date() for x in boxes[0]["x"])
    window = filters.within((xs[0], xs[-1]), st.session_state[state.DATE_BOUNDS])
    if window:
        st.session_state[state.PENDING_DATES] = window
        st.rerun(scope="app")


def keep_dates_within(bounds: tuple[date, date] | None) -> None:
    """A date range from before the data changed (or a brush) must still fit the slider."""
    current = st.session_state.get(state.DATES)
    if current and bounds:
        fitted = filters.within(tuple(current), bounds) or bounds
        if fitted != tuple(current):
            st.session_state[state.DATES] = fitted


def show_metrics(box, shown: pd.DataFrame) -> None:
    """Counts of what is in view; fatalities sum the reported tolls and say how many events gave none."""
    placed = int(filters.located(shown).sum())
    tolls = shown["fatalities"]
    cols = box.columns(5)
    cols[0].metric("Events in view", len(shown))
    cols[1].metric("On the map", placed)
    cols[2].metric("Without coordinates", len(shown) - placed)
    cols[3].metric("Fatalities", int(tolls.sum()), help=f"Reported by {int(tolls.notna().sum()):,} events; "
                   f"{int(tolls.isna().sum()):,} events give no toll (unknown, not 0).")
    cols[4].metric("Articles", shown["doc_id"].nunique())


def table_page(shown: pd.DataFrame) -> pd.DataFrame:
    """The rows of the table's current page (a page number past the end, after a filter, is the last)."""
    pages = max(1, -(-len(shown) // PAGE_ROWS))
    page = st.session_state.get(state.TABLE_PAGE) or 1
    if page > pages:
        st.session_state[state.TABLE_PAGE] = page = pages
    return shown.iloc[(page - 1) * PAGE_ROWS:page * PAGE_ROWS]


def table(rows: pd.DataFrame, total: int) -> None:
    """One page of the events in view (only it is sent to the browser); selecting a row shows its
    article beside the map."""
    pages = max(1, -(-total // PAGE_ROWS))
    if pages > 1:
        left, right = st.columns([4, 1])
        page = st.session_state.get(state.TABLE_PAGE) or 1
        left.caption(f"Events {(page - 1) * PAGE_ROWS + 1:,}–{(page - 1) * PAGE_ROWS + len(rows):,} of {total:,} "
                     "(the downloads have them all).")
        right.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, key=state.TABLE_PAGE,
                           value=None if set_by_app(state.TABLE_PAGE) else 1)
    st.dataframe(plain(rows[TABLE_COLUMNS]), hide_index=True, on_select="rerun", selection_mode="single-row",
                 key=state.TABLE, column_config=column_headers())


def column_headers() -> dict[str, st.column_config.Column]:
    """Human headers for the table; fatalities left blank where no report gave a toll."""
    config = {name: st.column_config.Column(label) for name, label in HEADERS.items()}
    config["event_date"] = st.column_config.DateColumn(HEADERS["event_date"])
    config["fatalities"] = st.column_config.NumberColumn(HEADERS["fatalities"], format="%d",
                                                         help="Blank: no report gave a toll (not the same as 0).")
    return config


def source_article(event: pd.Series, db_path: Path) -> None:
    """The event's article with the sentence highlighted, and every other article that reported it."""
    article = data.article(db_path, str(event["doc_id"]))
    st.subheader(article["title"] or article["doc_id"])
    st.caption(f"{article['source'] or 'unknown source'} · published {article['published'] or 'unknown'} · "
               f"{article['doc_id']}")
    if article["text"]:
        st.markdown(highlighted(article["text"], int(event["char_start"]), int(event["char_end"])))
    else:       # the article is not in the database (an export loaded elsewhere): the sentence alone
        st.markdown(highlighted(str(event["sentence"]), 0, len(str(event["sentence"]))))
    others = [s for s in data.sources(db_path, str(event["event_id"])) if s["doc_id"] != article["doc_id"]]
    if others:
        st.markdown(f"**Also reported by {len(others)} other source(s):**")
    for other in others:
        with st.expander(f"{other['title'] or other['doc_id']} · {other['source'] or 'unknown source'} · "
                         f"published {other['published'] or 'unknown'}"):
            text = data.article(db_path, str(other["doc_id"]))["text"]
            st.markdown(highlighted(text, int(other["char_start"]), int(other["char_end"])))


def unplaced(shown: pd.DataFrame, db_path: Path) -> None:
    missing = shown[~filters.located(shown)]
    if not missing.empty:
        with st.expander(f"Events without coordinates: {len(missing):,} (in the table and downloads, not on the map)"):
            if len(missing) > PAGE_ROWS:
                st.caption(f"The first {PAGE_ROWS} (the downloads have them all).")
            st.dataframe(plain(data.with_texts(missing.head(PAGE_ROWS), db_path)[TABLE_COLUMNS]), hide_index=True,
                         key="unplaced", column_config=column_headers())


def downloads(shown: pd.DataFrame, settings: Settings) -> None:
    """CSV (the CLI's export columns) and GeoJSON of the events in view, made when clicked."""
    ids = shown["event_id"]      # turned into a list only when a button is clicked
    left, right = st.columns(2)
    left.download_button("Download CSV", lambda: data.csv_text(settings.db_path, ids), file_name="events.csv",
                         mime="text/csv", on_click="ignore")
    right.download_button("Download GeoJSON", lambda: data.geojson_text(settings.db_path, ids),
                          file_name="events.geojson", mime="application/geo+json", on_click="ignore")


def add_articles(settings: Settings) -> None:
    """Paste or upload articles; they go through the same pipeline into the same database."""
    # In the sidebar, collapsed: the map and the timeline get the first screen.
    with st.sidebar.expander("Add articles", expanded=bool(st.session_state.get(state.ADD_MESSAGES))):
        with st.form("add", clear_on_submit=False):
            text = st.text_area("Paste an article", height=150)
            files = st.file_uploader("Or upload .txt / .md files", type=["txt", "md"], accept_multiple_files=True)
            published = st.date_input("Publication date", value=None, format="YYYY-MM-DD", min_value=EARLIEST,
                                      max_value=date.today() + timedelta(days=1), key=state.PUBLISHED,
                                      help="Used when the text has no front matter or dateline date.")
            source = st.text_input("Source", placeholder="e.g. the newspaper or agency")
            submitted = st.form_submit_button("Add articles")
        if submitted:
            batch = ([uploads.pasted(text)] if text.strip() else []) + [uploads.Upload(f.name, f.getvalue()) for f in files or []]
            st.session_state[state.ADD_MESSAGES] = run_uploads(batch, published, source, settings)
        for kind, message in st.session_state.get(state.ADD_MESSAGES, []):
            getattr(st, kind)(message)


def run_uploads(batch: list[uploads.Upload], published: date | None, source: str,
                settings: Settings) -> list[tuple[str, str]]:
    """Add a batch with a progress bar; the messages to show."""
    if not batch:
        return [("warning", "Nothing to add: paste a text or choose files first.")]
    with progress_bar("Extracting events ...") as progress:
        outcome = uploads.add_articles(batch, published, source, settings, lambda: current_pipeline(settings), progress)
    messages = [("error", problem) for problem in outcome.problems]
    if outcome.summary:
        events.clear()
        messages[:0] = [("success" if item.status != uploads.SAME else "info", upload_line(item)) for item in outcome.added]
        changed = [item.doc_id for item in outcome.added if item.status != uploads.SAME and item.events]
        if changed:      # the page shows them: the Articles filter set to them, all dates
            st.session_state[state.SHOW_ARTICLES] = changed
            messages.append(("info", "Showing the new events: clear the Articles filter to see all again."))
    return messages


def upload_line(item: uploads.Added) -> str:
    """'konna.txt: added, 3 events' / 'already there' / 'replaced the earlier version'."""
    what = {uploads.NEW: "added", uploads.SAME: "already there, nothing changed",
            uploads.REPLACED: "replaced the earlier version"}[item.status]
    return f"{item.name}: {what} ({item.events} event{'s' if item.events != 1 else ''}; article {item.doc_id})."


def main(slot: DeltaGenerator) -> None:
    """The page below its opening (board/opening.py): `slot` is the map's, holding its background on a
    session's first run while the database is built or read, and the first page drawn from its counts."""
    small_pages()
    settings = Settings.from_env()
    ensure_database(settings)      # a first open builds the database meanwhile
    add_articles(settings)
    drawn = first_page(slot, settings.db_path)
    version = data.db_version(settings.db_path)
    frame = events(str(settings.db_path), version, drawn)
    frozen(str(settings.db_path), version)
    slot.empty()
    if frame.empty:
        st.info("The database has no events yet: add articles above.")
        return
    frame = reviewing.with_status(frame, reviewing.sidebar(frame))
    if frame.empty:
        st.info("No events have the review statuses chosen in the sidebar.")
        return
    st.session_state[state.DATE_BOUNDS] = filters.date_bounds(frame)
    if state.SHOW_ARTICLES in st.session_state:     # set by an upload: its events, whatever their dates
        ids = st.session_state.pop(state.SHOW_ARTICLES)
        typed = len(frame["doc_id"].cat.categories) > MAX_OPTIONS       # the picker is a text box then
        st.session_state[state.ARTICLES] = ", ".join(ids) if typed else ids
        st.session_state[state.PENDING_DATES] = st.session_state[state.DATE_BOUNDS]
    if state.PENDING_DATES in st.session_state:     # set by the brush, pause, the end of playback or an upload
        st.session_state[state.DATES] = st.session_state.pop(state.PENDING_DATES)
    keep_dates_within(st.session_state[state.DATE_BOUNDS])
    chosen = sidebar(frame)
    look = display_options()
    play = play_settings(chosen)
    timer = bool(play) and playback.playing(st.session_state)
    st.session_state[state.PLAY_TIMER] = timer
    st.fragment(view, run_every=play.seconds if timer else None)(frame, chosen, look, play, settings)


if __name__ == "__main__":     # streamlit runs the script as __main__; tests import its parts
    main(OPENING)
