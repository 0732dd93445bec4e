"""Conflict events dashboard: map, timeline, filters, source articles, downloads, adding articles.

Run: streamlit run dashboard.py. This script only composes: loading is cached here, the parts
live in board/ (data access, pure filters, figure builders, uploads). The filters are widgets
bound to the URL's query parameters, so a link reproduces the view. The view (metrics, map,
timeline, table) is a fragment: a map selection, a table click or a playback tick reruns only it.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit.runtime.state.session_state_proxy import get_session_state

from board import data, figures, filters, uploads
from board import review as reviewing
from board.filters import Filters
from extract.gazetteer import Gazetteer
from extract.pipeline import Pipeline
from extract.settings import Settings

TABLE_COLUMNS = ["event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "location",
                 "admin1", "country", "fatalities", "report_count", "confidence", "source", "doc_id", "sentence",
                 "reviewed", "event_id"]
MAX_TABLE_ROWS = 5_000
MAX_OPTIONS = 2_000
# Sidebar pickers: key (also the URL parameter), label, columns, (column, key) of the parent choice.
PICKERS = (
    ("event_types", "Event types", ["event_type"], None),
    ("sub_types", "Sub-event types", ["sub_event_type"], ("event_type", "event_types")),
    ("actors", "Actors", ["actor1", "actor2"], None),
    ("countries", "Countries", ["country"], None),
    ("regions", "Regions", ["admin1"], ("country", "countries")),
    ("sources", "Sources", ["source"], None),
    ("articles", "Articles", ["doc_id"], None),
)
MAP_SELECTION = ("points", "box", "lasso")
EARLIEST = date(1900, 1, 1)   # date_input's default floor is ten years ago: too late for archives


@st.cache_data(show_spinner="Loading events ...", max_entries=2)
def events(db_path: str, version: str) -> pd.DataFrame:
    """The events frame; `version` (data.db_version) keys the cache, so new data shows."""
    return data.load_events(Path(db_path))


@st.cache_resource(show_spinner="Loading the gazetteer ...")
def pipeline(gazetteer_path: str, user_version: str) -> Pipeline:
    """The pipeline over the settings' gazetteers; the arguments key the cache, so a place added
    to the user gazetteer (`python -m extract gazetteer add`) is known to the next upload."""
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
            data.build_database(settings, progress)
    elif data.stale_articles(settings):
        with progress_bar("Re-extracting the stored articles with the current extractor ...") as progress:
            data.refresh_database(settings, progress)


@contextmanager
def progress_bar(text: str) -> Iterator[Callable[[int, int], None]]:
    """A bar for one pipeline run, as its progress callback; gone when the run ends."""
    bar = st.progress(0.0, text=text)
    yield lambda done, total: bar.progress(done / total, text=f"{done}/{total} articles")
    bar.empty()


def options(frame: pd.DataFrame, *columns: str) -> list[str]:
    """The non-empty labels of categorical columns, sorted."""
    return sorted({str(v) for c in columns for v in frame[c].cat.categories if str(v)})


def date_bounds(frame: pd.DataFrame) -> tuple[date, date] | None:
    """The first and last day of any event (min and max skip the undated)."""
    low, high = frame["date_start"].min(), frame["date_end"].max()
    if pd.isna(low) or pd.isna(high):
        return None
    return low.date(), max(high.date(), low.date() + timedelta(days=1))


def sidebar(frame: pd.DataFrame) -> Filters:
    """The filter widgets, each bound to a query parameter; returns plain values."""
    bar = st.sidebar
    bounds = date_bounds(frame)
    start = end = None
    if bounds:
        start, end = bar.slider("Dates", min_value=bounds[0], max_value=bounds[1], value=bounds,
                                step=timedelta(days=1), format="YYYY-MM-DD", key="dates", bind="query-params")
        dates_in_url_as_iso("dates", (start, end))
    picks: dict[str, tuple[str, ...]] = {}
    for name, label, columns, parent in PICKERS:
        values = options(frame, *columns) if not parent else narrowed(frame, columns[0], *parent, picks, name)
        picks[name] = choose(bar, label, values, name)
    text = bar.text_input("Search sentences", key="q", bind="query-params")
    minimum = bar.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05, key="confidence", bind="query-params")
    show_vague = bar.toggle("Events known only to a region or country", value=True, key="vague", bind="query-params",
                            help="Drawn faded at the region's or country's point: they are not exact places.")
    undated = bar.toggle("Events without a date", value=True, key="undated", bind="query-params",
                         help="They fit no date range; shown whatever the dates, never on the timeline.")
    return Filters(start=start, end=end, text=text, min_confidence=minimum, vague=show_vague, undated=undated, **picks)


def dates_in_url_as_iso(key: str, value: tuple[date, date]) -> None:
    """Write a bound date slider's URL parameter as ISO dates. Streamlit 1.67 writes ISO only when
    the user moves the slider; when the app sets the value (pause, the end of playback, a brush,
    clamping) it writes the wire format, microseconds since 1970, and an old link keeps them. A bound
    parameter cannot be set through st.query_params, hence the session's query parameters."""
    with get_session_state().query_params() as params:
        current = params.get_all(key)
        if current and not all(is_iso_date(v) for v in current):
            params.set_corrected_value(key, [d.isoformat() for d in value], "string_array_value")


def is_iso_date(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


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
    style = bar.selectbox("Map background", list(figures.MAP_STYLES), key="background", bind="query-params",
                          help="The online tiles need the internet; without it the borders still draw.")
    return {"size_by": size_by, "freq": freq, "style": figures.MAP_STYLES[style]}


def play_controls(chosen: Filters) -> dict | None:
    """Playback settings; the window moves across the selected date range."""
    if chosen.start is None:
        return None
    with st.expander("Play through time", expanded=st.session_state.get("playing", False)):
        cols = st.columns([2, 2, 2, 2, 1, 1])
        length = cols[0].number_input("Window (days)", 1, 365, 7, key="play_length")
        step = cols[1].number_input("Step (days)", 1, 90, 1, key="play_step_days")
        seconds = cols[2].number_input("Seconds per step", 0.5, 10.0, 1.0, 0.5, key="play_seconds")
        cols[3].checkbox("Cumulative", key="play_cumulative", help="Keep everything from the start of the range.")
        cols[4].button("Play", on_click=start_playing, disabled=st.session_state.get("playing", False))
        cols[5].button("Pause", on_click=pause, disabled=not st.session_state.get("playing", False))
    first, last = chosen.start, chosen.end
    if (last - first).days < length:      # e.g. the window a pause left: play the whole period again
        first, last = st.session_state.date_bounds
    return {"first": first, "last": last, "length": int(length), "step_days": int(step),
            "seconds": float(seconds), "cumulative": st.session_state.get("play_cumulative", False)}


def start_playing() -> None:
    st.session_state.playing, st.session_state.play_index, st.session_state.play_stepped_at = True, 0, None


def pause() -> None:
    """Stop; the current window becomes the date filter."""
    st.session_state.playing = False
    if st.session_state.get("play_window"):
        st.session_state.pending_dates = st.session_state.play_window


def play_window(play: dict | None) -> tuple[date, date] | None:
    """The window shown now; None when not playing. The playback steps on only when its timer's
    period has passed: a click on the map or the table reruns the view too, and keeps the window."""
    if not play or not st.session_state.get("playing"):
        return None
    index, stepped_at, now = st.session_state.get("play_index", 0), st.session_state.get("play_stepped_at"), time.monotonic()
    if filters.step_due(now, stepped_at, play["seconds"]):
        index += stepped_at is not None        # the first run after Play shows the first window
        st.session_state.play_index, st.session_state.play_stepped_at = index, now
    window = filters.play_window(play["first"], play["last"], index, play["length"], play["step_days"],
                                 play["cumulative"])
    st.session_state.play_window = window
    if index + 1 >= filters.play_steps(play["first"], play["last"], play["length"], play["step_days"]):
        st.session_state.playing = False       # the end: stay on the last window
        st.session_state.pending_dates = window
        st.rerun(scope="app")
    return window


def view(frame: pd.DataFrame, chosen: Filters, look: dict, play: dict | None, settings: Settings) -> None:
    """Metrics, map, timeline, table and downloads for the events in view."""
    if "pending_dates" in st.session_state:
        st.rerun(scope="app")      # a new date range changes the sidebar: the whole page reruns
    window = play_window(play) or ((chosen.start, chosen.end) if chosen.start else None)
    context = filters.apply(frame, chosen, dates=False)
    dated = context[filters.date_mask(context, *window, chosen.undated)] if window else context
    metrics = st.container()
    if play and st.session_state.get("play_window") and st.session_state.get("playing"):
        st.caption(f"Playing: {figures.window_text(window)}")
    start_view = map_view(str(settings.db_path), data.db_version(settings.db_path))
    figure = figures.event_map(dated, data.borders(), view=start_view, size_by=look["size_by"], style=look["style"])
    picked = st.plotly_chart(figure, key="map", on_select="rerun", selection_mode=MAP_SELECTION, width="stretch",
                             config={"scrollZoom": True})
    shown, context = apply_selection(picked, dated, context)
    brushed = st.plotly_chart(figures.timeline(context, freq=look["freq"], window=window), key="timeline",
                              on_select="rerun", selection_mode="box", width="stretch")
    brush_dates(brushed)
    st.caption("Drag across the timeline to set the dates. Box, lasso or click on the map to select; "
               "double-click the map to clear.")
    undated = int(shown["date_start"].isna().sum())
    if undated:
        st.caption(f"{undated:,} events in view have no date: they are in the table and downloads, not on the timeline.")
    show_metrics(metrics, shown)
    if shown.empty:
        st.info("No events match these filters. Widen the dates or clear some filters.")
        return
    selected = table(shown, settings)
    unplaced(shown)
    downloads(shown, settings)
    reviewing.event_panel(shown, selected, settings.db_path, lambda: current_pipeline(settings).gazetteer)
    reviewing.unknown_places_panel(shown, settings, lambda: current_pipeline(settings), data.borders())


@st.cache_data(max_entries=2)
def map_view(db_path: str, version: str) -> dict:
    """The map's starting view frames all events, so it stays put while filters change."""
    return figures.fit_view(events(db_path, version))


def apply_selection(picked, dated: pd.DataFrame, context: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Narrow the table and the timeline to what the map selection names."""
    points = (picked or {}).get("selection", {}).get("points", [])
    keys = [p["customdata"][0] for p in points if p.get("customdata")]
    if not keys:
        return dated, context
    shown = filters.selected(dated, keys, figures.CELL_DEGREES)
    if shown.empty:
        st.caption("The map selection names no events under these filters; showing them all.")
        return dated, context
    st.caption(f"Map selection: {len(shown):,} events.")
    return shown, filters.selected(context, keys, figures.CELL_DEGREES)


def brush_dates(brushed) -> None:
    """A new box drawn on the timeline becomes the date filter (the whole page reruns)."""
    boxes = (brushed or {}).get("selection", {}).get("box") or []
    if not boxes or boxes[0] == st.session_state.get("applied_box") or "dates" not in st.session_state:
        return
    st.session_state.applied_box = boxes[0]
    xs = sorted(pd.Timestamp(x).date() for x in boxes[0]["x"])
    window = within((xs[0], xs[-1]), st.session_state.date_bounds)
    if window:
        st.session_state.pending_dates = window
        st.rerun(scope="app")


def keep_dates_within(bounds: tuple[date, date] | None) -> None:
    """A date range from before the data changed (or a brush) must still fit the slider."""
    current = st.session_state.get("dates")
    if current and bounds:
        fitted = within(tuple(current), bounds) or bounds
        if fitted != tuple(current):
            st.session_state.dates = fitted


def within(window: tuple[date, date], bounds: tuple[date, date]) -> tuple[date, date] | None:
    """The part of `window` inside `bounds`, or None when they do not meet."""
    start, end = max(window[0], bounds[0]), min(window[1], bounds[1])
    return (start, end) if start <= end else None


def show_metrics(box, shown: pd.DataFrame) -> None:
    placed = int(filters.located(shown).sum())
    cols = box.columns(4)
    cols[0].metric("Events in view", len(shown))
    cols[1].metric("On the map", placed)
    cols[2].metric("Without coordinates", len(shown) - placed)
    cols[3].metric("Articles", shown["doc_id"].nunique())


def table(shown: pd.DataFrame, settings: Settings) -> str | None:
    """The events in view; selecting a row opens its article. The selected event's id."""
    if len(shown) > MAX_TABLE_ROWS:
        st.caption(f"The table lists the first {MAX_TABLE_ROWS:,} of {len(shown):,} events; the downloads have them all.")
    rows = shown.head(MAX_TABLE_ROWS)
    picked = st.dataframe(plain(rows[TABLE_COLUMNS]), hide_index=True, on_select="rerun", selection_mode="single-row",
                          key="table", column_config={"event_date": st.column_config.DateColumn("date")})
    selected = picked.selection.rows if picked else []
    if not selected:
        return None
    source_article(rows.iloc[selected[0]], settings.db_path)
    return str(rows.iloc[selected[0]]["event_id"])


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


def highlighted(text: str, start: int, end: int) -> str:
    """Markdown of `text` with [start, end) highlighted; markdown characters in the article escaped."""
    def escaped(part: str) -> str:
        marked = "".join("\\" + c if c in "\\`*_{}[]<>()#+-.!|~$:" else c for c in part)
        return marked.replace("\n", "  \n")
    return escaped(text[:start]) + ":orange-background[**" + escaped(text[start:end]) + "**]" + escaped(text[end:])


def unplaced(shown: pd.DataFrame) -> None:
    missing = shown[~filters.located(shown)]
    if not missing.empty:
        with st.expander(f"Events without coordinates: {len(missing):,} (in the table and downloads, not on the map)"):
            st.dataframe(plain(missing[TABLE_COLUMNS].head(MAX_TABLE_ROWS)), hide_index=True, key="unplaced")


def plain(rows: pd.DataFrame) -> pd.DataFrame:
    """Labels as plain text for display (the grid shows an empty categorical label as 'None')."""
    return rows.astype({c: str for c in rows.columns if isinstance(rows[c].dtype, pd.CategoricalDtype)})


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
    with st.expander("Add articles", expanded=bool(st.session_state.get("add_messages"))):
        with st.form("add", clear_on_submit=False):
            text = st.text_area("Paste an article", height=150)
            files = st.file_uploader("Or upload .txt / .md files", type=["txt", "md"], accept_multiple_files=True)
            cols = st.columns(2)
            published = cols[0].date_input("Publication date", value=None, format="YYYY-MM-DD", min_value=EARLIEST,
                                           max_value=date.today() + timedelta(days=1),
                                           help="Used when the text has no front matter or dateline date.")
            source = cols[1].text_input("Source", placeholder="e.g. the newspaper or agency")
            submitted = st.form_submit_button("Add articles")
        if submitted:
            batch = ([uploads.pasted(text)] if text.strip() else []) + [uploads.Upload(f.name, f.getvalue()) for f in files or []]
            st.session_state.add_messages = run_uploads(batch, published, source, settings)
        for kind, message in st.session_state.get("add_messages", []):
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
        messages.insert(0, ("success", f"Added {len(outcome.added)} article(s): {outcome.summary.reports} event "
                                       f"report(s); {outcome.summary.events} events in the database now."))
    return messages


def main() -> None:
    st.set_page_config(page_title="Conflict events", layout="wide")
    st.title("Conflict events")
    settings = Settings.from_env()
    ensure_database(settings)
    add_articles(settings)
    frame = events(str(settings.db_path), data.db_version(settings.db_path))
    if frame.empty:
        st.info("The database has no events yet: add articles above.")
        return
    frame = reviewing.with_status(frame, reviewing.sidebar(frame))
    if frame.empty:
        st.info("No events have the review statuses chosen in the sidebar.")
        return
    st.session_state.date_bounds = date_bounds(frame)
    if "pending_dates" in st.session_state:     # set by the brush, pause or the end of playback
        st.session_state.dates = st.session_state.pop("pending_dates")
    keep_dates_within(st.session_state.date_bounds)
    chosen = sidebar(frame)
    look = display_options()
    play = play_controls(chosen)
    playing = st.session_state.get("playing", False)
    st.fragment(view, run_every=play["seconds"] if playing and play else None)(frame, chosen, look, play, settings)


if __name__ == "__main__":     # streamlit runs the script as __main__; tests import its parts
    main()
