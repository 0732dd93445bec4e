"""The dashboard's review helpers: status filter and count, what a correction changes, unknown names, the trail."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from board import review as reviewing
from extract.review import ReviewAction

KNOWN = {"Mali", "Gao", "Konna"}


def _known(name: str) -> bool:
    return name in KNOWN


def _frame(**columns) -> pd.DataFrame:
    return pd.DataFrame(columns)


@pytest.mark.parametrize("statuses, kept", [
    (reviewing.DEFAULT_STATUSES, ["a", "b", "d"]), (("rejected",), ["c"]), ((), ["a", "b", "c", "d"])])
def test_status_filter_hides_rejected_by_default(statuses, kept):
    frame = _frame(event_id=list("abcd"), reviewed=["unreviewed", "confirmed", "rejected", "flagged"])
    assert list(reviewing.with_status(frame, statuses)["event_id"]) == kept
    assert reviewing.to_review(frame) == 2


@pytest.mark.parametrize("row, proposed, expected", [
    ({"actor1": "Rebels"}, {"actor1": "Rebels"}, {}),
    ({"actor1": ""}, {"actor1": "Army"}, {"actor1": "Army"}),
    ({"fatalities": None}, {"fatalities": 0}, {"fatalities": 0}),  # unknown is not 0
    ({"fatalities": 3.0}, {"fatalities": 3}, {}),
    ({"fatalities": float("nan")}, {"fatalities": None}, {}),
    ({"date_start": "2013-01-10"}, {"date_start": date(2013, 1, 10)}, {}),
    ({"date_start": "2013-01-10"}, {"date_start": "2013-01-11"}, {"date_start": "2013-01-11"}),
    ({"notes": None}, {"notes": ""}, {}),
])
def test_a_correction_holds_only_what_changed(row, proposed, expected):
    assert reviewing.changes(row, proposed) == expected


@pytest.mark.parametrize("sentence, names", [
    ("Gunmen raided Dounkassa Nord near Gao on Monday.", ["Dounkassa Nord"]),
    ("Soldiers entered Konna and Mali's north.", []),
    ("Fighting near Tessit went on through January.", ["Tessit"]),
    ("Further raids were carried out overnight.", []),  # one word opening the sentence
    ("Malian troops and French jets struck Tin Keraten.", ["Tin Keraten"]),
    ("The French leader flew to Tin Keraten.", ["Tin Keraten"]),  # an opening "The" is no part of a name
])
def test_candidate_names_leave_out_known_places_peoples_and_dates(sentence, names):
    assert reviewing.candidate_names(sentence, _known) == names


def test_unknown_places_come_from_country_level_and_unplaced_events():
    frame = _frame(event_id=["a", "b", "c"], place_precision=[4, 1, None], country=["Mali", "Mali", ""],
                   doc_id=["d1", "d2", "d3"], sentence=["Gunmen raided Dounkassa Nord.", "Army retook Wabaria.",
                                                        "Clashes hit Dounkassa Nord again."])
    table = reviewing.unknown_places(frame, _known)
    assert table.to_dict("records") == [{"name": "Dounkassa Nord", "country": "Mali", "events": 2, "articles": "d1, d3"}]


def test_the_audit_trail_shows_before_after_and_unknown():
    action = ReviewAction("u1", "correct", "d1", 0, 9, "s", "Armed clash", "ana", "2026-12-04T10:00:00.000000+00:00",
                          {"fatalities": None}, {"fatalities": 4}, "toll not stated")
    [row] = reviewing.history_frame([(action, "applied")]).to_dict("records")
    assert row == {"when": "2026-12-04 10:00:00", "reviewer": "ana", "action": "correct", "before": "fatalities: 4",
                   "after": "fatalities: unknown", "why": "toll not stated", "state": "applied"}


def test_corrections_that_no_longer_apply_are_listed_with_their_sentence():
    action = ReviewAction("u1", "reject", "d1", 0, 9, "Old wording.", "Attack", "ana", "2026-12-04T10:00:00.000000+00:00")
    [row] = reviewing.unresolved_frame([(action, "orphaned")]).to_dict("records")
    assert (row["state"], row["article"], row["sentence"], row["action"]) == ("orphaned", "d1", "Old wording.", "reject")


@pytest.mark.parametrize("country, code", [("Mali", "ML"), ("Atlantis", "")])
def test_country_code_from_its_name(country, code):
    assert reviewing.country_code(country) == code


def test_the_pick_map_covers_the_country_with_a_bounded_grid():
    from board.data import borders

    south, west, north, east = reviewing.country_bounds(borders(), "MLI")
    assert south < 11 < 24 < north and west < -11 < 4 < east  # Mali spans about 10-25 N, 12 W-4 E
    lat, lon = reviewing.pick_grid((south, west, north, east))
    assert len(lat) == len(lon) and reviewing.PICK_POINTS * 0.8 < len(lat) < reviewing.PICK_POINTS * 1.2
    assert lat.min() >= south and lon.max() <= east + 1
    assert reviewing.country_bounds(borders(), "XXX") is None
    assert len(reviewing.pick_grid((14.0, -3.0, 14.0, -3.0))[0]) == 1  # a point: one cell, never an empty grid
