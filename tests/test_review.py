"""Review: actions anchored on sentences, laid over the events after every merge, flagged when their text is gone."""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from extract import review
from extract.incremental import merge_pending
from extract.models import Article, Event, Place
from extract.review import ReviewError
from extract.settings import Settings
from extract.store import SCHEMA_VERSION, ExportFilter, Store

KONNA = Place(-1, "Konna", 14.9467, -3.8933, "ML", admin1_name="Mopti")
GAO = Place(2457163, "Gao", 16.27, -0.04, "ML", admin1_name="Gao")
SETTINGS = Settings()
REVIEWER_PAUSE = 0.02  # seconds between two saves: a person clicks, the run gets the lock in between
CLASH, STRIKE = ("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike")


def _report(doc: str, at: int, place: Place = KONNA, kind=CLASH, day: int = 10) -> Event:
    return Event(*kind, doc, f"sentence {doc} {at}", at, at + 9, date(2013, 1, day), date(2013, 1, day), "day",
                 place=place, location=place.name, geo_precision=1, fatalities=None, confidence=0.8)


def _save(store: Store, doc: str, reports: list[Event], text: str = "text") -> None:
    article = Article(doc, text, path=f"{doc}.md", published=date(2013, 1, 25), date_source="cli", source_key=doc)
    store.save_article(article, text, reports)
    merge_pending(store, SETTINGS)


def _rows(store: Store, **where) -> dict[str, dict]:
    return {row["event_id"]: row for row in store.export_rows(ExportFilter(**where))}


def _act(store: Store, event_id: str, action: str, fields=None, who: str = "ana") -> review.ReviewAction:
    with store.write_lock() as db:
        made = review.make(db, event_id, action, who, fields, why="checked the source")
        review.save(db, [made])
    return made


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "r.db") as opened:
        _save(opened, "a", [_report("a", 0), _report("a", 20, GAO, STRIKE, day=12)])
        yield opened


def _only(store: Store, location: str) -> str:
    return next(e for e, row in _rows(store, include_rejected=True).items() if row["location"] == location)


def test_new_events_are_unreviewed(store):
    assert {(r["reviewed"], r["reviewer"]) for r in _rows(store).values()} == {("unreviewed", "")}


@pytest.mark.parametrize("action, fields, status, changed", [
    ("confirm", None, "confirmed", {}),
    ("reject", None, "rejected", {}),
    ("correct", {"sub_event_type": "Attack"}, "corrected", {"event_type": "Violence against civilians"}),
    ("correct", {"fatalities": 0}, "corrected", {"fatalities": 0}),
    ("correct", {"date_start": "2013-01-08", "date_end": "2013-01-12", "date_precision": "week"}, "corrected",
     {"event_date": "2013-01-10", "date_precision": "week", "time_precision": 2, "year": 2013}),
    ("correct", review.place_fields(GAO), "corrected", {"location": "Gao", "latitude": 16.27, "iso3": "MLI"}),
    ("correct", review.point_fields("Tin Hama", 16.1, 0.3, "ml"), "corrected",
     {"location": "Tin Hama", "longitude": 0.3, "geonameid": None, "country": "Mali"}),
])
def test_actions_set_status_reviewer_and_values(store, action, fields, status, changed):
    konna = _only(store, "Konna")
    _act(store, konna, action, fields)
    row = _rows(store, include_rejected=True)[konna]
    assert (row["reviewed"], row["reviewer"]) == (status, "ana")
    assert {k: row[k] for k in changed} == changed


def test_rejected_events_leave_the_export_unless_asked(store):
    konna = _only(store, "Konna")
    _act(store, konna, "reject")
    assert konna not in _rows(store) and konna in _rows(store, include_rejected=True)


def test_undo_takes_back_the_latest_action_and_keeps_the_trail(store):
    konna = _only(store, "Konna")
    _act(store, konna, "correct", {"actor1": "Rebels"})
    _act(store, konna, "reject")
    with store.write_lock() as db:
        review.save(db, [review.undo_last(db, konna, "ben")])
    row = _rows(store, include_rejected=True)[konna]
    assert (row["reviewed"], row["actor1"]) == ("corrected", "Rebels")
    states = [(a.action, state) for a, state in review.history(store.db, konna)]
    assert states == [("correct", "applied"), ("reject", "undone"), ("undo", "undo")]


def test_corrections_survive_re_extraction_and_merges(store):
    konna = _only(store, "Konna")
    _act(store, konna, "correct", {"sub_event_type": "Attack", **review.place_fields(GAO)})
    _save(store, "a", [_report("a", 0), _report("a", 20, GAO, STRIKE, day=12)], text="text")  # re-extracted
    _save(store, "b", [_report("b", 5, day=25)])  # an incremental merge of another article
    merge_pending(store, SETTINGS, remerge=True)  # and a full one
    [row] = [r for r in _rows(store).values() if r["doc_id"] == "a" and r["sub_event_type"] == "Attack"]
    assert (row["reviewed"], row["location"]) == ("corrected", "Gao")


def test_a_correction_whose_sentence_is_gone_flags_the_event_there(store):
    konna = _only(store, "Konna")
    _act(store, konna, "correct", {"actor1": "Rebels"})
    changed = _report("a", 0)
    _save(store, "a", [Event(**{**changed.__dict__, "sentence": "reworded", "char_end": 12, "sources": ()}),
                       _report("a", 20, GAO, STRIKE, day=12)], text="text 2")
    flagged = [r for r in _rows(store).values() if r["reviewed"] == "flagged"]
    assert len(flagged) == 1 and flagged[0]["actor1"] == ""
    [(action, state)] = review.unresolved(store.db)
    assert (action.action, state) == ("correct", "flagged")


def test_a_correction_with_nothing_left_near_it_is_kept_as_orphaned(store):
    _act(store, _only(store, "Konna"), "confirm")
    _save(store, "a", [], text="text 3")
    assert [state for _, state in review.unresolved(store.db)] == ["orphaned"]


@contextmanager
def _merged_pair(path: Path) -> Iterator[tuple[Store, str, str]]:
    """A database of two one-report events, Konna's and Gao's, the second merged into the first."""
    with Store(path) as store:
        _save(store, "a", [_report("a", 0)])
        _save(store, "b", [_report("b", 0, GAO)])
        konna, gao = _only(store, "Konna"), _only(store, "Gao")
        _act(store, konna, "merge", {"other": gao})
        yield store, konna, gao


def test_merge_then_split_back(tmp_path):
    with _merged_pair(tmp_path / "m.db") as (store, konna, gao):
        assert list(_rows(store)) == [konna] and _rows(store)[konna]["report_count"] == 2
        assert {s.doc_id for s in store.event_sources(konna)} == {"a", "b"}
        _save(store, "c", [_report("c", 0, day=28)])  # an unrelated run: the merge holds
        assert len(_rows(store)) == 2
        _act(store, konna, "split", {"spans": [["b", 0, 9]]})
        rows = _rows(store)
        assert sorted((r["doc_id"], r["report_count"], r["reviewed"]) for r in rows.values()) == [
            ("a", 1, "corrected"), ("b", 1, "corrected"), ("c", 1, "unreviewed")]


@pytest.mark.parametrize("fields, message", [
    ({"sub_event_type": "Picnic"}, "not ACLED's"),
    ({"event_type": "Battles"}, "sub-event type"),
    ({"date_start": "2013-01-08"}, "both"),
    ({"date_start": "2013-01-09", "date_end": "2013-01-08"}, "before"),
    ({"date_start": "9th", "date_end": "2013-01-08"}, "YYYY-MM-DD"),
    ({"date_precision": "hour"}, "date_precision"),
    ({"latitude": 95, "longitude": 0}, "latitude"),
    ({"fatalities": -1}, "at least 0"),
    ({"fatalities": "3"}, "whole number"),
    ({"event_id": "x"}, "cannot correct event_id"),
    ({"actor1": ["Rebels"]}, "actor1 must be text"),
    ({"place_precision": [1]}, "place_precision must be one of"),
    ({"place_precision": 7}, "place_precision must be one of"),
    ({"geonameid": "2455290"}, "geonameid must be a whole number"),
    ({"country_code": "MLI"}, "two letters"),
])
def test_bad_corrections_are_refused_with_the_reason(store, fields, message):
    with pytest.raises(ReviewError, match=message):
        _act(store, _only(store, "Konna"), "correct", fields)


def test_a_one_report_event_cannot_be_split(store):
    with pytest.raises(ReviewError, match="one report"):
        _act(store, _only(store, "Konna"), "split", {"spans": [["a", 0, 9]]})


def test_two_events_of_one_sentence_keep_their_own_corrections(tmp_path):
    with Store(tmp_path / "t.db") as store:
        _save(store, "a", [_report("a", 0), _report("a", 0, GAO, STRIKE)])
        strike = next(e for e, r in _rows(store).items() if r["sub_event_type"] == "Air/drone strike")
        _act(store, strike, "correct", {"actor1": "French air force"})
        merge_pending(store, SETTINGS, remerge=True)
        assert {r["sub_event_type"]: r["actor1"] for r in _rows(store).values()} == {
            "Armed clash": "", "Air/drone strike": "French air force"}


def test_a_reviewer_saving_while_a_run_writes_loses_nothing(tmp_path, tiny_gazetteer):
    from extract.pipeline import Pipeline, run
    from extract.settings import ROOT

    db, articles = tmp_path / "c.db", ROOT / "data" / "articles"
    with Store(db) as store:
        run([articles], store, Pipeline(tiny_gazetteer))
        targets = sorted(_rows(store))
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            with Store(db) as writing:
                run([articles], writing, Pipeline(tiny_gazetteer), force=True)
        except BaseException as err:  # noqa: BLE001 - reported by the assertion below
            errors.append(err)

    thread = threading.Thread(target=writer)
    thread.start()
    saved, during = [], 0
    with Store(db) as store:
        while thread.is_alive() or len(saved) < 10:
            during += thread.is_alive()
            event_id = targets[len(saved) % len(targets)]
            saved.append((event_id, _act(store, event_id, "correct", {"notes": f"checked {len(saved)}"})))
            time.sleep(REVIEWER_PAUSE)
    thread.join()
    assert not errors and during > 0
    with Store(db) as store:
        assert {a.uid for a in review.actions(store.db)} == {action.uid for _, action in saved}
        last = {event_id: action.fields["notes"] for event_id, action in saved}
        assert {e: _rows(store)[e]["notes"] for e in last} == last


def test_an_older_schema_is_migrated_and_keeps_the_actions(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        _save(store, "a", [_report("a", 0)])
        konna = _only(store, "Konna")
        _act(store, konna, "correct", {"actor1": "Rebels"})
        store.db.execute("DROP VIEW reviewed_events")
        store.db.execute("DROP TABLE event_overlay")
        store.db.execute("PRAGMA user_version = 3")
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION and len(review.actions(store.db)) == 1
        merge_pending(store, SETTINGS)
        assert _rows(store)[konna]["actor1"] == "Rebels"


def test_undoing_a_merge_brings_the_other_event_back(tmp_path):
    with _merged_pair(tmp_path / "u.db") as (store, konna, gao):
        with store.write_lock() as db:
            review.save(db, [review.undo_last(db, konna, "ben")])
        rows = _rows(store)
        assert sorted(rows) == sorted([konna, gao]) and {r["report_count"] for r in rows.values()} == {1}
        assert [s.doc_id for s in store.event_sources(konna)] == ["a"]


def test_an_undone_correction_whose_sentence_is_gone_flags_nothing(store):
    konna = _only(store, "Konna")
    _act(store, konna, "correct", {"actor1": "Rebels"})
    with store.write_lock() as db:
        review.save(db, [review.undo_last(db, konna, "ben")])
    _save(store, "a", [_report("a", 3), _report("a", 20, GAO, STRIKE, day=12)], text="text 2")  # the span moved
    assert {r["reviewed"] for r in _rows(store).values()} == {"unreviewed"} and review.unresolved(store.db) == []


def test_a_confirmation_is_flagged_when_what_it_vouched_for_changes(store):
    konna = _only(store, "Konna")
    _act(store, konna, "confirm")
    _save(store, "a", [replace(_report("a", 0), fatalities=5), _report("a", 20, GAO, STRIKE, day=12)], text="t2")
    assert _rows(store)[konna]["reviewed"] == "flagged"
    assert [(a.action, state) for a, state in review.unresolved(store.db)] == [("confirm", "flagged")]


def test_the_run_summary_counts_events_as_reviewed(store):
    before = merge_pending(store, SETTINGS)
    _act(store, _only(store, "Konna"), "reject")
    assert merge_pending(store, SETTINGS) == before - 1     # rejected: still stored, no longer counted
