"""The composed app, driven with AppTest on a small database built once per session.

The database is the sample corpus extracted with the tiny test gazetteer, with one event's
coordinates and another's dates removed so that the partial states are exercised.
"""
from __future__ import annotations

import base64
import csv
import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from board import data, figures, filters
from board.filters import Filters
from extract.gazetteer import COLUMNS as GAZETTEER_COLUMNS
from extract.gazetteer import Gazetteer
from extract.pipeline import Pipeline, run
from extract.settings import Settings
from extract.store import Store
from tests.browser import plain
from tests.conftest import TINY_ROWS

APP = str(Path(__file__).resolve().parent.parent / "dashboard.py")
UNPLACED = "Tassiga"   # the location whose event loses its coordinates in the fixture (a village the tiny gazetteer lacks)
UNDATED = "Timbuktu"   # the location of the event that loses its dates


@pytest.fixture(scope="session")
def small_db(tmp_path_factory, tiny_gazetteer_csv) -> Path:
    """The sample corpus through the tiny gazetteer, as the dashboard's settings name it (otherwise
    the dashboard would see articles of another extractor and re-extract them)."""
    path = tmp_path_factory.mktemp("dashboard") / "events.db"
    settings = Settings.make(gazetteer_path=tiny_gazetteer_csv)
    with Store(path) as store:
        run([data.SAMPLE_ARTICLES], store, Pipeline(Gazetteer.load(tiny_gazetteer_csv), settings))
        with store.db:
            store.db.execute("UPDATE events SET latitude = NULL, longitude = NULL WHERE event_id = "
                             "(SELECT max(event_id) FROM events WHERE location = ?)", (UNPLACED,))
            store.db.execute("UPDATE events SET event_date = '', date_start = '', date_end = '' WHERE event_id = "
                             "(SELECT max(event_id) FROM events WHERE location = ?)", (UNDATED,))
    return path


@pytest.fixture(scope="session")
def tiny_gazetteer_csv(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, GAZETTEER_COLUMNS, restval="")
        writer.writeheader()
        writer.writerows(TINY_ROWS)
    return path


@pytest.fixture(autouse=True)
def own_cache(monkeypatch, tmp_path_factory):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture
def app_env(monkeypatch, small_db, tiny_gazetteer_csv):
    monkeypatch.setenv(data.ENV_DB, str(small_db))
    monkeypatch.setenv(data.ENV_GAZETTEER, str(tiny_gazetteer_csv))
    monkeypatch.setenv(data.ENV_USER_GAZETTEER, str(small_db.parent / "no-user-gazetteer.sqlite"))
    return small_db


@pytest.fixture
def frame(small_db) -> pd.DataFrame:
    """The page's frame, with the sentences it leaves in the database (to check what the page shows)."""
    return data.with_texts(data.load_events(small_db), small_db)


def open_app(query: dict | None = None) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=60)
    app.query_params.update(query or {})
    return app.run()


def metric(app: AppTest, label: str) -> int:
    return int(next(m for m in app.metric if m.label == label).value)


def test_app_opens_with_the_contracted_elements(app_env, frame):
    app = open_app()
    assert not app.exception
    assert metric(app, "Events in view") == len(frame) == counted_in_timeline(app) + 1    # one is undated
    map_chart, timeline = app.get("plotly_chart")[:2]
    assert '"layers"' in map_chart.proto.spec and '"white-bg"' in map_chart.proto.spec and '"barmode"' in timeline.proto.spec
    assert app.sidebar.slider(key="dates").label == "Dates"
    assert [b.label for b in app.get("download_button")] == ["Download CSV", "Download GeoJSON"]
    assert app.dataframe


def test_events_without_coordinates_are_counted_and_listed(app_env, frame):
    app = open_app()
    assert (metric(app, "Without coordinates"), metric(app, "On the map")) == (1, len(frame) - 1)
    assert any("without coordinates: 1" in e.label for e in app.expander)


def test_undated_events_are_counted_and_kept_unless_switched_off(app_env, frame):
    app = open_app()
    assert metric(app, "Events in view") == len(frame)
    assert any(c.value.startswith("1 events in view have no date") for c in app.caption)
    app.sidebar.toggle(key="undated").set_value(False).run()
    assert metric(app, "Events in view") == len(frame) - 1


@pytest.mark.parametrize("key, value, chosen", [
    ("dates", (date(2013, 1, 10), date(2013, 1, 20)), Filters(start=date(2013, 1, 10), end=date(2013, 1, 20))),
    ("undated", False, Filters(undated=False, start=date(2000, 1, 1), end=date(2030, 1, 1))),
    ("event_types", ["Battles"], Filters(event_types=("Battles",))),
    ("countries", ["Algeria"], Filters(countries=("Algeria",))),
    ("q", "Konna", Filters(text="Konna")),
    ("confidence", 0.6, Filters(min_confidence=0.6)),
    ("vague", False, Filters(vague=False)),
])
def test_each_filter_narrows_the_view_and_goes_into_the_url(app_env, frame, key, value, chosen):
    app = open_app()
    widget = next(w for w in app.sidebar if getattr(w, "key", None) == key)
    widget.set_value(value).run()
    expected = len(filters.apply(frame, chosen, search=lambda text: data.sentence_matches(app_env, text)))
    assert 0 < expected < len(frame)
    assert metric(app, "Events in view") == expected
    assert widget.proto.query_param_key == key      # the browser mirrors it into the URL


@pytest.mark.parametrize("parent, value, child, column, parent_column", [
    ("event_types", ["Battles"], "sub_types", "sub_event_type", "event_type"),
    ("countries", ["Algeria"], "regions", "admin1", "country"),     # no region of Algeria is named
])
def test_sub_choices_narrow_to_the_chosen_parents(app_env, frame, parent, value, child, column, parent_column):
    app = open_app()
    everything = app.sidebar.multiselect(key=child).options
    app.sidebar.multiselect(key=parent).set_value(value).run()
    under = sorted({v for v in frame.loc[frame[parent_column].isin(value), column].astype(str) if v})
    assert app.sidebar.multiselect(key=child).options == under and len(under) < len(everything)


def test_a_picked_sub_type_stays_when_its_type_is_left_out(app_env, frame):
    app = open_app()
    app.sidebar.multiselect(key="sub_types").set_value(["Armed clash"]).run()
    app.sidebar.multiselect(key="event_types").set_value(["Explosions/Remote violence"]).run()
    assert not app.exception and app.sidebar.multiselect(key="sub_types").value == ["Armed clash"]
    assert metric(app, "Events in view") == 0       # no explosion is an armed clash


def test_a_link_reproduces_the_view(app_env, frame):
    app = open_app({"event_types": ["Battles", "Riots"], "dates": ["2013-01-14", "2013-01-31"], "vague": "false"})
    chosen = Filters(event_types=("Battles", "Riots"), start=date(2013, 1, 14), end=date(2013, 1, 31), vague=False)
    assert not app.exception
    assert app.sidebar.slider(key="dates").value == (date(2013, 1, 14), date(2013, 1, 31))
    assert metric(app, "Events in view") == len(filters.apply(frame, chosen)) > 0


def iso_dates_in_url(app: AppTest) -> tuple[date, ...]:
    """The URL's "dates" parameter read as ISO dates (fails on any other form)."""
    return tuple(date.fromisoformat(v) for v in app.query_params["dates"])


def test_a_link_with_microseconds_is_rewritten_with_iso_dates(app_env):
    app = open_app({"dates": ["1358121600000000", "1358640000000000"]})     # 2013-01-14 and 2013-01-20 as ticks
    assert app.sidebar.slider(key="dates").value == iso_dates_in_url(app) == (date(2013, 1, 14), date(2013, 1, 20))


def test_a_map_selection_narrows_the_table_and_the_timeline(app_env, frame):
    app = open_app()
    dated = frame.dropna(subset=["date_start"])
    picked = list(dated["event_id"][:2])
    app.session_state["map"] = {"selection": {"points": [{"customdata": [i, ""]} for i in picked],
                                              "point_indices": [0, 1], "box": [], "lasso": []}}
    app.run()
    assert metric(app, "Events in view") == 2
    assert sorted(app.dataframe[0].value["sentence"]) == sorted(dated["sentence"][:2])
    assert counted_in_timeline(app) == 2


def counted_in_timeline(app: AppTest) -> int:
    """The events the timeline's stacked counts add up to (plotly sends numbers as typed arrays)."""
    spec = json.loads(app.get("plotly_chart")[1].proto.spec)
    total = 0
    for trace in spec["data"]:
        if trace.get("orientation") != "h":
            y = trace["y"]
            total += int(np.frombuffer(base64.b64decode(y["bdata"]), y["dtype"]).sum()) if isinstance(y, dict) else sum(y)
    return total


def test_selecting_a_row_shows_the_article_and_the_other_reports(app_env, frame, small_db):
    merged = frame[frame["report_count"] > 1]
    with Store(small_db) as store:
        row = next(i for i, r in merged.iterrows()
                   if len({s.doc_id for s in store.event_sources(r["event_id"])}) > 1)
    app = open_app()
    app.session_state["table"] = {"selection": {"rows": [int(row)], "columns": [], "cells": []}}
    app.run()
    event = frame.loc[row]
    assert app.subheader and any(event["sentence"][:20].replace(".", "\\.") in m.value for m in app.markdown)
    assert any(m.value.startswith("**Also reported by") for m in app.markdown)
    assert any(data.article(small_db, event["doc_id"])["published"] in c.value for c in app.caption)


def test_no_match_shows_an_empty_state(app_env):
    app = open_app({"q": "no sentence says this"})  # (an event may reach confidence 1.0: not a filter that empties)
    assert metric(app, "Events in view") == 0
    assert any("No events match" in i.value for i in app.info)


def test_the_base_map_drawn_while_reading_is_gone_once_the_events_are_read(own_db):
    assert not data.snapshot_path(own_db).exists()       # a read from SQLite: the base map is drawn first
    app = open_app()
    charts = [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]
    assert len(charts) == 3 and charts[0]["data"] and data.snapshot_path(own_db).exists()


def test_an_empty_database_says_how_to_add_articles(monkeypatch, app_env, tmp_path):
    Store(tmp_path / "empty.db").close()
    monkeypatch.setenv(data.ENV_DB, str(tmp_path / "empty.db"))
    app = open_app()
    assert not app.exception and "no events yet" in app.info[0].value


@pytest.fixture
def own_db(monkeypatch, app_env, tmp_path) -> Path:
    """A copy of the small database that a test may change."""
    path = tmp_path / "events.db"
    shutil.copy(app_env, path)
    monkeypatch.setenv(data.ENV_DB, str(path))
    return path


VIEW_METRICS = ("Events in view", "On the map", "Without coordinates", "Fatalities", "Articles")


def counts_rows(chart) -> list[dict]:
    """The count traces of a timeline (its first row; the second holds the event intervals)."""
    return [trace for trace in plain(json.loads(chart.proto.spec))["data"] if trace.get("yaxis", "y") == "y"]


@pytest.fixture
def big(monkeypatch) -> None:
    """The small database taken for a big one: its first page is drawn from a few columns while it is read."""
    monkeypatch.setattr(data, "PREVIEW_FROM", 0)
    monkeypatch.setattr(figures, "MAX_POINTS", 0)     # the first page draws this many events as grid cells


def test_the_first_page_drawn_while_reading_gives_the_pages_counts(own_db, big, monkeypatch):
    real, asked = data.load_events, []

    def still_reading(path, behind):      # the whole frame never comes: the first page stays on screen
        asked.append(behind)
        raise RuntimeError("still reading")
    monkeypatch.setattr(data, "load_events", still_reading)
    first = open_app()
    assert asked == [True]       # read behind the browser drawing the first page (data.behind_the_page)
    monkeypatch.setattr(data, "load_events", real)
    page = open_app()
    assert [metric(first, label) for label in VIEW_METRICS] == [metric(page, label) for label in VIEW_METRICS]
    (grid, timeline), page_timeline = first.get("plotly_chart"), page.get("plotly_chart")[1]
    assert sum(int(n) for n in plain(json.loads(grid.proto.spec))["data"][0]["text"]) == metric(page, "On the map")
    assert counts_rows(timeline) == counts_rows(page_timeline)


@pytest.mark.parametrize("query, previewed", [
    ({}, True),
    ({"event_types": "Battles"}, False),    # filters in the URL: the page waits for the columns they filter on
])
def test_the_whole_page_replaces_the_first_page(own_db, big, monkeypatch, query, previewed):
    read, real = [], data.preview_events
    monkeypatch.setattr(data, "preview_events", lambda *args: read.append(real(*args)) or read[-1])
    after = open_app(query)
    page = open_app(query)       # the snapshot is there now: the whole page at once
    assert not after.exception and (bool(read) and read[0] is not None) == previewed
    assert [chart.proto.spec for chart in after.get("plotly_chart")] == [chart.proto.spec for chart in page.get("plotly_chart")]
    assert [metric(after, label) for label in VIEW_METRICS] == [metric(page, label) for label in VIEW_METRICS]


def test_a_database_of_an_older_extractor_is_re_extracted_on_open(own_db):
    with Store(own_db) as store:
        store.mark_stale()
    assert data.stale_articles(Settings.from_env()) > 0
    app = open_app()
    undated = "SELECT count(*) FROM events WHERE date_start = '' OR latitude IS NULL"
    with Store(own_db) as store:
        assert store.db.execute(undated).fetchone()[0] == 0  # the fixture's edits are gone: the events are new
    assert not app.exception and data.stale_articles(Settings.from_env()) == 0



def test_the_re_extraction_on_open_and_a_later_upload_share_one_pipeline(own_db, monkeypatch):
    """Building the name automaton takes a second or two and tens of MB: the page makes it once."""
    import streamlit as st
    from extract.pipeline import Pipeline
    built = []
    make = Pipeline.__init__
    monkeypatch.setattr(Pipeline, "__init__", lambda self, *args, **kwargs: built.append(1) or make(self, *args, **kwargs))
    st.cache_resource.clear()
    with Store(own_db) as store:
        store.mark_stale()
    app = open_app()
    submit(app, "Gao raid\n\nRebels attacked Gao on Monday.", published=date(2013, 2, 6), source="Desk")
    assert not app.exception and app.success and data.stale_articles(Settings.from_env()) == 0
    assert len(built) == 1

def submit(app: AppTest, text: str = "", files=None, published: date | None = None, source: str = "") -> AppTest:
    app.text_area[0].input(text)
    if files:
        app.get("file_uploader")[0].set_value(files)
    app.date_input(key="published").set_value(published)
    next(t for t in app.text_input if t.label == "Source").input(source)
    return app.get("form_submit_button")[0].click().run()


def test_a_pasted_article_is_added_with_progress_and_appears(own_db):
    app = open_app()
    before = metric(app, "Events in view")
    text = "Timbuktu raid\n\nRebels attacked Timbuktu on Monday, killing four soldiers."
    submit(app, text, published=date(2013, 2, 6), source="Desk")
    assert not app.exception and not app.error
    added = data.load_events(own_db).query("source == 'Desk'")
    [doc_id] = set(added["doc_id"])
    assert app.success[0].value == f"pasted.txt: added ({len(added)} event{'s' * (len(added) != 1)}; article {doc_id})."
    assert "Timbuktu" in set(added["location"]) and data.article(own_db, doc_id)["title"] == "Timbuktu raid"
    # the page jumps to the new events: the Articles filter holds the new article, all dates
    assert app.sidebar.multiselect(key="articles").value == [doc_id] and metric(app, "Events in view") == len(added)
    assert app.sidebar.slider(key="dates").value == filters.date_bounds(data.load_events(own_db))
    submit(app, text, published=date(2013, 2, 6), source="Desk")
    assert app.info[0].value.startswith("pasted.txt: already there, nothing changed") and not app.success
    assert metric(app, "Events in view") == len(added) and before > 0


@pytest.mark.parametrize("kwargs, message", [
    ({}, "Nothing to add"),
    ({"files": ("scan.txt", b"\x00\x01\x02", "text/plain"), "published": date(2013, 1, 2)}, "scan.txt: looks like a binary file"),
    ({"text": "Rebels attacked Gao on Monday."}, "pasted.txt: no publication date"),
    ({"files": ("blank.md", b"\n\n", "text/markdown"), "published": date(2013, 1, 2)}, "blank.md: the article has no text"),
])
def test_a_bad_addition_gets_a_clear_message_and_changes_nothing(own_db, kwargs, message):
    app = open_app()
    before = metric(app, "Events in view")
    submit(app, **kwargs)
    shown = [e.value for e in [*app.error, *app.warning]]
    assert any(m.startswith(message) for m in shown), shown
    assert metric(app, "Events in view") == before and not app.success


def test_play_moves_a_window_and_pause_keeps_it(app_env, frame):
    app = open_app()
    next(b for b in app.button if b.label == "Play").click().run()
    assert app.session_state["playing"] and app.session_state["play_window"][0] == frame["date_start"].min().date()
    window = app.session_state["play_window"]
    next(b for b in app.button if b.label == "Pause").click().run()
    assert not app.session_state["playing"]
    assert app.sidebar.slider(key="dates").value == window == iso_dates_in_url(app)
    assert metric(app, "Events in view") == len(filters.apply(frame, Filters(start=window[0], end=window[1])))
    next(b for b in app.button if b.label == "Play").click().run()     # again: the whole period, not the paused week
    assert app.session_state["play_window"][0] == frame["date_start"].min().date()


@pytest.mark.parametrize("selection", [
    {"map": {"selection": {"points": [{"customdata": [1, ""]}], "point_indices": [0], "box": [], "lasso": []}}},
    {"table": {"selection": {"rows": [0], "columns": [], "cells": []}}},
])
def test_a_click_while_playing_keeps_the_window_and_the_tick_moves_it(app_env, selection):
    app = open_app()
    app.number_input(key="play_seconds").set_value(10.0)      # far longer than a run on a busy machine
    next(b for b in app.button if b.label == "Play").click().run()
    window = app.session_state["play_window"]
    for key, value in selection.items():
        app.session_state[key] = value
    app.run()
    assert not app.exception and app.session_state["playing"] and app.session_state["play_window"] == window
    app.session_state["play_stepped_at"] -= 10.0      # one period later: the timer's tick
    app.run()
    assert app.session_state["play_window"][0] == window[0] + timedelta(days=1)


@pytest.mark.parametrize("box, dates", [
    (["2013-01-20 06:00", "2013-01-14 18:00"], (date(2013, 1, 14), date(2013, 1, 20))),
    (["2013-02-01", "2013-05-01"], (date(2013, 2, 1), date(2013, 2, 11))),      # clipped to the data's last day
    (["2013-04-01", "2013-05-01"], None),                                         # beyond the data: ignored
])
def test_a_box_drawn_on_the_timeline_becomes_the_date_range(app_env, frame, box, dates):
    app = open_app()
    everything = app.sidebar.slider(key="dates").value
    app.session_state["timeline"] = {"selection": {"points": [], "point_indices": [], "box": [{"x": box}], "lasso": []}}
    app.run()
    assert not app.exception
    assert app.sidebar.slider(key="dates").value == (dates or everything)
    if dates:
        assert iso_dates_in_url(app) == dates
    chosen = Filters(start=(dates or everything)[0], end=(dates or everything)[1])
    assert metric(app, "Events in view") == len(filters.apply(frame, chosen))


def test_a_place_added_to_the_user_gazetteer_reaches_the_next_upload(app_env, tiny_gazetteer_csv, tmp_path,
                                                                     monkeypatch):
    import dashboard
    from extract.gazetteer_import import add_place
    user = tmp_path / "user.sqlite"
    monkeypatch.setenv(data.ENV_USER_GAZETTEER, str(user))
    before = dashboard.pipeline(str(tiny_gazetteer_csv), data.db_version(user))
    add_place(user, "Nampala", "15.28", "-5.55", "ML")
    after = dashboard.pipeline(str(tiny_gazetteer_csv), data.db_version(user))
    assert not before.gazetteer.lookup("Nampala") and after.gazetteer.lookup("Nampala")


def choose_app(count: int) -> AppTest:
    def script(count: int) -> None:
        import streamlit as st

        import dashboard
        st.session_state.chosen = dashboard.choose(st.sidebar, "Articles", [f"doc-{i}" for i in range(count)], "articles")
    return AppTest.from_function(script, args=(count,)).run()


def test_very_many_options_become_a_text_box():
    few, many = choose_app(3), choose_app(2_001)
    assert few.sidebar.multiselect and not few.sidebar.text_input
    assert many.sidebar.text_input[0].label == "Articles (comma-separated, 2,001 in all)"
    many.sidebar.text_input[0].input("doc-7, doc-9 ,").run()
    assert many.session_state.chosen == ("doc-7", "doc-9")


@pytest.mark.parametrize("query", [{"dates": ["2010-01-01", "2030-01-01"]}, {"confidence": "abc"},
                                   {"event_types": "Not a type"}, {"bins": "month"}])
def test_a_bad_link_still_opens_the_page(app_env, frame, query):
    app = open_app(query)
    assert not app.exception and metric(app, "Events in view") == len(frame)


def test_typed_dates_move_the_slider(app_env, frame):
    app = open_app()
    app.sidebar.date_input(key="date_from").set_value(date(2013, 1, 14)).run()
    app.sidebar.date_input(key="date_to").set_value(date(2013, 1, 20)).run()
    assert app.sidebar.slider(key="dates").value == (date(2013, 1, 14), date(2013, 1, 20)) == iso_dates_in_url(app)
    assert metric(app, "Events in view") == len(filters.apply(frame, Filters(start=date(2013, 1, 14), end=date(2013, 1, 20))))
    assert app.sidebar.date_input(key="date_from").value is None      # ready for the next date
    app.sidebar.date_input(key="date_to").set_value(date(2013, 1, 11)).run()    # before the start: put in order
    assert app.sidebar.slider(key="dates").value == (date(2013, 1, 11), date(2013, 1, 14))


def test_setting_the_dates_from_the_app_logs_no_warning(app_env, monkeypatch):
    from streamlit.elements.lib import policies
    warnings: list[str] = []
    monkeypatch.setattr(policies, "_shown_default_value_warning", False)
    monkeypatch.setattr(policies._LOGGER, "warning", lambda message, *args, **kwargs: warnings.append(message % args))
    app = open_app()
    app.session_state["timeline"] = {"selection": {"points": [], "point_indices": [], "box": [
        {"x": ["2013-01-14", "2013-01-20"]}], "lasso": []}}
    app.run()
    assert app.sidebar.slider(key="dates").value == (date(2013, 1, 14), date(2013, 1, 20)) and not warnings


def test_the_timeline_counts_whole_events(app_env):
    spec = json.loads(open_app().get("plotly_chart")[1].proto.spec)
    assert spec["layout"]["yaxis"]["tickformat"] == ",d"


def test_the_fatalities_metric_sums_reported_tolls_and_counts_the_unknown(app_env, frame):
    app = open_app()
    card = next(m for m in app.metric if m.label == "Fatalities")
    assert int(card.value) == int(frame["fatalities"].sum())
    assert f"{int(frame['fatalities'].isna().sum()):,} events give no toll" in card.help
    assert 0 < frame["fatalities"].isna().sum() < len(frame)     # the sample has both, kept apart
    assert '"killed per week"' in app.get("plotly_chart")[2].proto.spec


def test_a_chosen_row_is_marked_on_the_map_and_its_article_shown_beside_it(app_env, frame):
    app = open_app()
    app.session_state["table"] = {"selection": {"rows": [2], "columns": [], "cells": []}}
    app.run()
    chosen = frame.iloc[2]
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    assert spec["data"][0]["name"] == "Chosen event" and app.subheader
    assert any(chosen["sentence"][:15].replace(".", "\\.") in m.value for m in app.markdown)


def test_one_clicked_map_point_shows_its_article(app_env, frame):
    app = open_app()
    alone = frame.dropna(subset=["latitude", "date_start"]).iloc[0]
    app.session_state["map"] = {"selection": {"points": [{"customdata": [alone["event_id"]]}], "point_indices": [0],
                                              "box": [], "lasso": []}}
    app.run()
    assert metric(app, "Events in view") == 1 and app.subheader


def test_the_map_frames_what_the_filters_leave(app_env):
    app = open_app()
    everything = json.loads(app.get("plotly_chart")[0].proto.spec)["layout"]
    app.sidebar.multiselect(key="countries").set_value(["Algeria"]).run()
    algeria = json.loads(app.get("plotly_chart")[0].proto.spec)["layout"]
    assert algeria["map"]["center"] != everything["map"]["center"] and algeria["uirevision"] != everything["uirevision"]
    assert 18 < algeria["map"]["center"]["lat"] < 38       # In Amenas and Algeria's own point are in the Sahara's north


def test_while_playing_the_date_filter_follows_the_window_drawn_over_the_whole_period(app_env, frame):
    app = open_app()
    app.number_input(key="play_seconds").set_value(10.0)
    next(b for b in app.button if b.label == "Play").click().run()
    window = app.session_state["play_window"]
    assert app.sidebar.slider(key="dates").value == window and (window[1] - window[0]).days == 6
    timeline = json.loads(app.get("plotly_chart")[1].proto.spec)
    assert "range" not in timeline["layout"]["xaxis"]          # the whole period, not zoomed to the window
    assert [s["x0"][:10] for s in timeline["layout"]["shapes"]][:1] == [window[0].isoformat()]
    assert next(b for b in app.button if b.label == "Pause")
    app.session_state["play_stepped_at"] -= 10.0      # the timer's tick
    app.run()
    assert app.sidebar.slider(key="dates").value == app.session_state["play_window"] == (
        window[0] + timedelta(days=1), window[1] + timedelta(days=1))


def test_the_table_sends_one_page_at_a_time(monkeypatch, frame):
    import dashboard
    monkeypatch.setattr(dashboard, "PAGE_ROWS", 10)

    def script(frame) -> None:      # AppTest runs its source alone: no annotations from this module
        import streamlit as st

        import dashboard
        rows = dashboard.table_page(frame)
        dashboard.table(rows, len(frame))
        st.session_state.sent = list(rows["event_id"])

    app = AppTest.from_function(script, args=(frame,)).run()
    assert app.session_state.sent == list(frame["event_id"][:10]) and len(app.dataframe[0].value) == 10
    pages = -(-len(frame) // 10)
    assert app.number_input(key="table_page").label == f"Page (of {pages})"
    app.number_input(key="table_page").set_value(3).run()
    assert app.session_state.sent == list(frame["event_id"][20:30]) and len(app.dataframe[0].value) == 10
    assert any(c.value.startswith(f"Events 21–30 of {len(frame)}") for c in app.caption)


def test_driving_the_page_leaves_the_shared_frame_as_loaded(app_env, frame, monkeypatch):
    """The frame is cached once for every session (st.cache_resource, no copy per rerun): no filter,
    selection, figure or playback step may change it in place."""
    import streamlit as st
    shared = frame.copy(deep=True)
    monkeypatch.setattr(data, "load_events", lambda _path, behind: shared)
    st.cache_resource.clear()            # the page must load (and keep) the frame handed out above
    try:
        app = open_app()
        app.sidebar.multiselect(key="event_types").set_value(["Battles"]).run()
        app.sidebar.toggle(key="undated").set_value(False).run()
        app.sidebar.text_input(key="q").set_value("Konna").run()
        app.session_state["table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
        app.run()
        app.session_state["map"] = {"selection": {"points": [{"customdata": [0, ""]}], "point_indices": [0],
                                                  "box": [], "lasso": []}}
        app.run()
        next(b for b in app.button if b.label == "Play").click().run()
        next(b for b in app.button if b.label == "Pause").click().run()
        assert not app.exception
        pd.testing.assert_frame_equal(shared, frame)
    finally:
        st.cache_resource.clear()        # later tests load the real frame again


def test_the_server_keeps_numpy_off_huge_pages(app_env):
    """A filter's copy of a million events faulted in as 2 MB pages cost up to a quarter of a CPU-second
    a rerun (dashboard.small_pages): opening the page turns numpy's huge-page advice off."""
    import streamlit as st
    switch = np._core.multiarray._set_madvise_hugepage
    before = switch(True)
    st.cache_resource.clear()            # small_pages runs once per process: run it again here
    try:
        assert not open_app().exception
        assert switch(before) is False   # returns the setting the page left
    finally:
        st.cache_resource.clear()
