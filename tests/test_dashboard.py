"""The dashboard: pure filters and figure builders directly, the composed app with AppTest."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from board import figures, filters

APP = str(Path(__file__).resolve().parent.parent / "dashboard.py")


@pytest.fixture
def frame() -> pd.DataFrame:
    return pd.DataFrame({
        "event_id": ["a", "b", "c"], "event_type": ["Battles", "Battles", "Riots"],
        "date_start": pd.to_datetime(["2013-01-10", "2013-01-20", "2013-02-01"]),
        "date_end": pd.to_datetime(["2013-01-10", "2013-01-26", "2013-02-01"]),
        "event_date": pd.to_datetime(["2013-01-10", "2013-01-23", "2013-02-01"]),
        "latitude": [14.9, 16.3, None], "longitude": [-3.9, 0.0, None], "geo_precision": [1, 4, None],
        "location": ["Konna", "Mali", ""], "fatalities": [None, 3, None], "confidence": [0.9, 0.5, 0.7],
        "time_precision": ["day", "week", "day"], "actor1": ["x", "y", "z"],
    })


@pytest.mark.parametrize("start, end, ids", [
    (date(2013, 1, 1), date(2013, 2, 28), ["a", "b", "c"]),
    (date(2013, 1, 22), date(2013, 1, 22), ["b"]),        # inside a week-long interval
    (date(2013, 1, 11), date(2013, 1, 19), []),
])
def test_by_dates(frame, start, end, ids):
    assert list(filters.by_dates(frame, start, end)["event_id"]) == ids


@pytest.mark.parametrize("chosen, ids", [([], ["a", "b", "c"]), (["Riots"], ["c"])])
def test_by_values(frame, chosen, ids):
    assert list(filters.by_values(frame, "event_type", chosen)["event_id"]) == ids


def test_confidence_and_placed(frame):
    assert list(filters.by_confidence(frame, 0.6)["event_id"]) == ["a", "c"]
    assert list(filters.placed(frame)["event_id"]) == ["a", "b"]


def test_map_is_offline_and_fades_vague_places(frame):
    figure = figures.event_map(filters.placed(frame))
    assert figure.layout.map.style == "white-bg"
    [trace] = figure.data
    assert list(trace.marker.opacity) == [figures.EXACT_OPACITY, figures.VAGUE_OPACITY]
    assert list(trace.customdata[:, 0]) == ["a", "b"]


def test_timeline_counts_per_week(frame):
    figure = figures.timeline(frame)
    assert sum(sum(trace.y) for trace in figure.data) == 3


@pytest.fixture(scope="module")
def app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=120).run()


def test_app_opens_on_the_sample_corpus(app):
    assert not app.exception
    assert int(app.metric[0].value) > 30
    assert app.get("plotly_chart") and app.get("download_button")


def test_narrowing_the_dates_shrinks_the_view(app):
    before = int(app.metric[0].value)
    low, _high = app.sidebar.slider[0].value
    app.sidebar.slider[0].set_value((low, date(2013, 1, 20))).run()
    assert 0 < int(app.metric[0].value) < before


def test_no_match_shows_an_empty_state():
    app = AppTest.from_file(APP, default_timeout=120).run()
    app.sidebar.slider[1].set_value(1.0).run()
    assert app.metric[0].value == "0" and "No events match" in app.info[0].value
