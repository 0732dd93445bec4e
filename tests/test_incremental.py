"""Incremental merging: whatever the batches and their order, the events and ids are those of one merge."""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from extract.incremental import merge_pending
from extract.merge import merge
from extract.models import Article, Event, Place
from extract.settings import Settings
from extract.store import Store

TOWNS = [Place(-1, "Konna", 14.9467, -3.8933, "ML"), Place(-9, "Konna outskirts", 14.99, -3.85, "ML"),
         Place(2453348, "Mopti", 14.4843, -4.1827, "ML"), Place(2457163, "Gao", 16.27, -0.04, "ML"),
         Place(-2, "Sevare", 14.53, -4.09, "ML")]
KINDS = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike")]
SETTINGS = Settings()


def _reports(rng: random.Random, doc: str) -> list[Event]:
    """A few reports of one article: nearby towns, overlapping dates, two types, one sentence twice, some of
    one trigger (the places of one list, never one event)."""
    reports = []
    for n in range(rng.randint(0, 4)):
        start = date(2013, 1, 1) + timedelta(days=rng.randint(0, 20))
        end = start + timedelta(days=rng.choice([0, 0, 1, 6, 40]))
        place = rng.choice(TOWNS + [None])
        kind, sub = rng.choice(KINDS)
        at = rng.choice([0, 0, 30, 60])
        trigger = rng.choice([None, at + 2])
        reports.append(Event(kind, sub, doc, f"sentence {at}", at, at + 9, start, end, "day", place=place,
                             location=place.name if place else "", geo_precision=rng.choice([1, 1, 1, 2]),
                             fatalities=rng.choice([None, 3, 7]), confidence=rng.choice([0.5, 0.7, 0.9]),
                             trigger_start=trigger, trigger_end=None if trigger is None else trigger + 4))
    return reports


def _save(store: Store, doc: str, reports: list[Event]) -> None:
    article = Article(doc, "text", path=f"{doc}.md", published=date(2013, 1, 25), date_source="cli", source_key=doc)
    store.save_article(article, "fp", reports)


def _content(store: Store) -> tuple[list, list]:
    events = sorted(tuple(row) for row in store.db.execute("SELECT * FROM events"))
    sources = sorted(tuple(row) for row in store.db.execute("SELECT * FROM event_sources"))
    return events, sources


@pytest.mark.parametrize("seed", range(12))
def test_merging_in_batches_gives_the_events_of_one_merge(tmp_path, seed):
    rng = random.Random(seed)
    docs = {f"d{n:02d}": _reports(rng, f"d{n:02d}") for n in range(30)}
    with Store(tmp_path / "batches.db") as store:
        order = list(docs)
        rng.shuffle(order)
        size = rng.randint(1, 9)
        for start in range(0, len(order), size):
            for doc in order[start:start + size]:
                _save(store, doc, docs[doc])
            merge_pending(store, SETTINGS)
        for doc in rng.sample(order, 6):  # re-extracted with other reports: events split and join
            docs[doc] = _reports(rng, doc)
            _save(store, doc, docs[doc])
            merge_pending(store, SETTINGS)
        incremental = _content(store)
        merge_pending(store, SETTINGS, remerge=True)
        assert _content(store) == incremental
    with Store(tmp_path / "once.db") as store:
        for doc in sorted(docs, reverse=True):
            _save(store, doc, docs[doc])
        merge_pending(store, SETTINGS)
        assert _content(store) == incremental
        counts = sorted(n for (n,) in store.db.execute("SELECT report_count FROM events"))
    in_memory = merge([r for reports in docs.values() for r in reports], SETTINGS.merge_distance_km)
    assert sorted(e.report_count for e in in_memory) == counts


def test_the_places_of_one_list_stay_apart_in_the_store(tmp_path):
    konna, outskirts = TOWNS[:2]  # about 7 km apart
    listed = [Event("Battles", "Armed clash", "d", "sentence", 0, 9, date(2013, 1, 3), date(2013, 1, 3), "day",
                    place=town, location=town.name, geo_precision=1, trigger_start=2, trigger_end=6)
              for town in (konna, outskirts)]
    told_again = replace(listed[0], doc_id="e", trigger_start=None, trigger_end=None)  # another article, at Konna
    with Store(tmp_path / "list.db") as store:
        _save(store, "d", listed)
        merge_pending(store, SETTINGS)
        assert store.db.execute("SELECT count(*) FROM events").fetchone()[0] == 2
        # a report of another article near both joins them: events are connected components (a known limit)
        _save(store, "e", [told_again])
        merge_pending(store, SETTINGS)
        counts = sorted(n for (n,) in store.db.execute("SELECT report_count FROM events"))
    assert counts == sorted(e.report_count for e in merge([*listed, told_again], SETTINGS.merge_distance_km))


def test_a_merge_with_nothing_new_changes_nothing(tmp_path):
    with Store(tmp_path / "e.db") as store:
        _save(store, "a", _reports(random.Random(1), "a"))
        merge_pending(store, SETTINGS)
        before = _content(store)
        merge_pending(store, SETTINGS)
        assert _content(store) == before and not store.db.execute("SELECT * FROM merge_pending").fetchall()


def test_another_merge_distance_merges_everything_again(tmp_path):
    near, far = TOWNS[0], TOWNS[2]  # about 60 km apart
    reports = [Event("Battles", "Armed clash", doc, "s", 0, 1, date(2013, 1, 11), date(2013, 1, 11), "day",
                     place=place, location=place.name, geo_precision=1, confidence=0.5)
               for doc, place in (("a", near), ("b", far))]
    with Store(tmp_path / "e.db") as store:
        for report in reports:
            _save(store, report.doc_id, [report])
        assert merge_pending(store, SETTINGS) == 2
        assert merge_pending(store, Settings.make(merge_distance_km=100.0)) == 1


def test_a_database_whose_merge_is_unknown_is_merged_again_in_full(tmp_path):
    with Store(tmp_path / "e.db") as store:
        for n in range(6):
            _save(store, f"d{n}", _reports(random.Random(n), f"d{n}"))
        merge_pending(store, SETTINGS)
        before = _content(store)
        with store.db:  # what a database of schema 2 looks like to this code: events, no merge state
            store.db.execute("DELETE FROM merge_units")
            store.db.execute("DELETE FROM meta")
        merge_pending(store, SETTINGS)
        assert _content(store) == before and store.db.execute("SELECT count(*) FROM merge_units").fetchone()[0]


def test_a_merge_in_small_batches_gives_the_same_events(tmp_path, monkeypatch):
    from extract import incremental

    docs = {f"d{n:02d}": _reports(random.Random(n), f"d{n:02d}") for n in range(25)}
    contents = []
    for batch in (incremental.MERGE_BATCH, 3):
        monkeypatch.setattr(incremental, "MERGE_BATCH", batch)
        with Store(tmp_path / f"{batch}.db") as store:
            for doc, reports in docs.items():
                _save(store, doc, reports)
            merge_pending(store, SETTINGS)
            contents.append(_content(store))
    assert contents[0] == contents[1] and contents[0][0]
