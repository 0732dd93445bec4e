"""The dashboard's pure filters, on a hand-made frame of five events."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from board import filters
from board.filters import Filters


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return pd.DataFrame({
        "event_id": ["a", "b", "c", "d", "e"],
        "event_type": ["Battles", "Battles", "Riots", "Protests", "Battles"],
        "sub_event_type": ["Armed clash", "Armed clash", "Mob violence", "Peaceful protest", "Attack"],
        "actor1": ["Army", "Rebels", "", "Students", "Army"],
        "actor2": ["Rebels", "", "", "", "Civilians"],
        "country": ["Mali", "Mali", "Algeria", "Mali", ""],
        "admin1": ["Mopti", "Gao", "", "Mopti", ""],
        "source": ["Desk", "Wire", "Wire", "Desk", "Desk"],
        "doc_id": ["d1", "d2", "d2", "d3", "d4"],
        "sentence": ["Troops fought in Konna.", "Rebels seized GAO.", "A mob burned cars.", "Students marched.", ""],
        "date_start": pd.to_datetime(["2013-01-10", "2013-01-14", "2013-02-01", "2013-01-12", None]),
        "date_end": pd.to_datetime(["2013-01-10", "2013-01-20", "2013-02-01", "2013-01-12", None]),
        "latitude": [14.9, 17.3, 28.0, 14.5, None], "longitude": [-3.9, 0.6, 2.6, -3.2, None],
        "place_precision": [1, 3, 4, 1, None], "confidence": [0.9, 0.5, 0.7, 0.6, 0.8],
    }).astype({c: "category" for c in ("event_type", "actor1", "actor2", "country", "admin1", "source", "doc_id")})


@pytest.mark.parametrize("chosen, ids", [
    (Filters(), ["a", "b", "c", "d", "e"]),
    (Filters(start=date(2013, 1, 1), end=date(2013, 2, 28)), ["a", "b", "c", "d", "e"]),   # undated e kept
    (Filters(start=date(2013, 1, 1), end=date(2013, 2, 28), undated=False), ["a", "b", "c", "d"]),
    (Filters(start=date(2013, 1, 16), end=date(2013, 1, 16), undated=False), ["b"]),   # inside a week-long interval
    (Filters(start=date(2013, 1, 21), end=date(2013, 1, 31), undated=False), []),
    (Filters(start=date(2013, 1, 20), undated=False), ["b", "c"]),                     # open end
    (Filters(event_types=("Battles",)), ["a", "b", "e"]),
    (Filters(sub_types=("Armed clash", "Mob violence")), ["a", "b", "c"]),
    (Filters(actors=("Rebels",)), ["a", "b"]),                                         # either side
    (Filters(countries=("Mali",), regions=("Mopti",)), ["a", "d"]),
    (Filters(sources=("Wire",)), ["b", "c"]),
    (Filters(articles=("d2", "d4")), ["b", "c", "e"]),
    (Filters(text="gao"), ["b"]),                                                      # case-insensitive
    (Filters(text="(cars"), []),                                                       # literal, not a regex
    (Filters(text="  "), ["a", "b", "c", "d", "e"]),
    (Filters(min_confidence=0.7), ["a", "c", "e"]),
    (Filters(vague=False), ["a", "d", "e"]),                                           # region/country-level hidden
    (Filters(event_types=("Battles",), min_confidence=0.6, vague=False), ["a", "e"]),
])
def test_apply(frame, chosen, ids):
    assert list(filters.apply(frame, chosen, search=in_sentences(frame))["event_id"]) == ids


def in_sentences(frame: pd.DataFrame) -> filters.Search:
    """The search data.sentence_matches does in the database, over this frame's sentences."""
    folded = frame["sentence"].str.casefold()
    return lambda text: list(frame.loc[folded.str.contains(text.casefold(), regex=False), "event_id"])


def test_a_text_filter_without_a_search_is_refused(frame):
    with pytest.raises(ValueError, match="sentence_matches"):
        filters.apply(frame, Filters(text="gao"))



@pytest.mark.parametrize("keep, ids, same", [
    (None, ["a", "b", "c", "d", "e"], True),
    ([True] * 5, ["a", "b", "c", "d", "e"], True),      # every row: the frame itself, not a copy
    ([True, False, True, False, False], ["a", "c"], False),
    ([False] * 5, [], False),
])
def test_subset_copies_only_when_rows_are_left_out(frame, keep, ids, same):
    chosen = filters.subset(frame, None if keep is None else np.array(keep))
    assert list(chosen["event_id"]) == ids and (chosen is frame) == same

def test_dates_can_be_left_out_for_the_timeline_context(frame):
    chosen = Filters(start=date(2013, 1, 16), end=date(2013, 1, 16), event_types=("Battles",), undated=False)
    assert list(filters.apply(frame, chosen, dates=False)["event_id"]) == ["a", "b", "e"]


def test_located_marks_only_events_with_coordinates(frame):
    assert list(frame[filters.located(frame)]["event_id"]) == ["a", "b", "c", "d"]


@pytest.mark.parametrize("keys, ids", [
    ([], []),
    (["b", "c"], ["b", "c"]),
    (["nope"], []),
    ([int(filters.cell_ids(pd.DataFrame({"latitude": [14.7], "longitude": [-3.5]}), 1.0)[0])], ["a", "d"]),
    (["c", 0], ["c"]),
])
def test_selected_by_event_id_or_grid_cell(frame, keys, ids):
    assert list(filters.selected(frame, keys, 1.0)["event_id"]) == ids


@pytest.mark.parametrize("step, length, every, cumulative, window", [
    (0, 7, 1, False, (date(2013, 1, 1), date(2013, 1, 7))),
    (3, 7, 1, False, (date(2013, 1, 4), date(2013, 1, 10))),
    (3, 7, 1, True, (date(2013, 1, 1), date(2013, 1, 10))),
    (2, 7, 7, False, (date(2013, 1, 15), date(2013, 1, 21))),
    (9, 7, 7, False, (date(2013, 1, 31), date(2013, 1, 31))),     # clamped to the end
])
def test_play_window(step, length, every, cumulative, window):
    assert filters.play_window(date(2013, 1, 1), date(2013, 1, 31), step, length, every, cumulative) == window


@pytest.mark.parametrize("length, every, steps", [(7, 1, 25), (7, 7, 5), (31, 1, 1), (60, 3, 1), (1, 1, 31)])
def test_play_steps_end_when_the_window_reaches_the_last_day(length, every, steps):
    first, last = date(2013, 1, 1), date(2013, 1, 31)
    assert filters.play_steps(first, last, length, every) == steps
    assert filters.play_window(first, last, steps - 1, length, every)[1] == last


@pytest.mark.parametrize("now, last_step, seconds, due", [
    (10.0, None, 1.0, True),       # the first run after Play shows the first window
    (11.0, 10.0, 1.0, True),       # the timer's tick
    (10.9, 10.0, 1.0, True),       # a tick a little early (jitter)
    (10.3, 10.0, 1.0, False),      # a click between two ticks
    (12.0, 10.0, 5.0, False),
    (15.0, 10.0, 5.0, True),
])
def test_a_playback_step_is_due_only_a_period_after_the_last(now, last_step, seconds, due):
    assert filters.step_due(now, last_step, seconds) is due
