"""The SQLite store: round trips, replacement on re-extraction, export filters, WAL."""
from __future__ import annotations

from datetime import date

import pytest

from extract.models import Article, Event, Place, Source
from extract.store import ExportFilter, Store
from extract.table import COLUMNS

KONNA = Place(-1, "Konna", 14.9467, -3.8933, "ML", admin1_code="04", admin1_name="Mopti", population=36767)
ARTICLE = Article("a", "Rebels seized Konna.", path="a.txt", published=date(2013, 1, 18), date_source="cli")


def _event(doc="a", start=date(2013, 1, 10)) -> Event:
    return Event("Battles", "Non-state actor overtakes territory", doc, "Rebels seized Konna.", 0, 20, start, start,
                 "day", "Islamist militants", "", KONNA, "Konna", 1, 2, 0.8, "note")


def test_report_round_trip(tmp_path):
    with Store(tmp_path / "e.db") as store:
        store.save_article(ARTICLE, "fp1", [_event()])
        [report] = store.reports()
        assert report.place == KONNA and report.date_start == date(2013, 1, 10) and report.fatalities == 2
        assert report.sources == (Source("a", "Rebels seized Konna.", 0, 20),)
        assert store.fingerprints() == {"a": "fp1"} and store.article_text("a") == ARTICLE.text
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_saving_again_replaces_the_article_reports(tmp_path):
    with Store(tmp_path / "e.db") as store:
        store.save_article(ARTICLE, "fp1", [_event(), _event()])
        store.save_article(ARTICLE, "fp2", [_event()])
        assert len(store.reports()) == 1 and store.fingerprints() == {"a": "fp2"}


@pytest.mark.parametrize("doc_ids, expected", [(None, ["a", "b"]), (["b"], ["b"]), (["b", "nope"], ["b"]), ([], [])])
def test_articles_all_or_some(tmp_path, doc_ids, expected):
    with Store(tmp_path / "e.db") as store:
        for doc_id in ("a", "b"):
            store.save_article(Article(doc_id, "Rebels seized Konna.", published=date(2013, 1, 18)), doc_id, [])
        assert sorted(store.articles(doc_ids)) == expected


def _rows() -> list[dict]:
    base = {c: "" for c in COLUMNS}
    return [base | {"event_id": "MLI-1", "event_type": "Battles", "date_start": "2013-01-10", "date_end": "2013-01-10",
                    "event_date": "2013-01-10", "country": "Mali", "iso3": "MLI", "country_code": "ML"},
            base | {"event_id": "DZA-1", "event_type": "Violence against civilians", "date_start": "2013-01-16",
                    "date_end": "2013-01-19", "event_date": "2013-01-17", "country": "Algeria", "iso3": "DZA",
                    "country_code": "DZ"}]


@pytest.mark.parametrize("where, ids", [
    (ExportFilter(), ["MLI-1", "DZA-1"]),
    (ExportFilter(date_from=date(2013, 1, 15)), ["DZA-1"]),
    (ExportFilter(date_to=date(2013, 1, 16)), ["MLI-1", "DZA-1"]),
    (ExportFilter(date_to=date(2013, 1, 15)), ["MLI-1"]),
    (ExportFilter(event_types=("battles",)), ["MLI-1"]),
    (ExportFilter(countries=("Algeria",)), ["DZA-1"]),
    (ExportFilter(countries=("mli", "DZ")), ["MLI-1", "DZA-1"]),
    (ExportFilter(countries=("Chad",)), []),
])
def test_export_filters(tmp_path, where, ids):
    with Store(tmp_path / "e.db") as store:
        store.replace_events(_rows(), {"MLI-1": [Source("a", "s", 0, 1)]})
        assert [r["event_id"] for r in store.export_rows(where)] == ids
        assert store.event_sources("MLI-1") == [Source("a", "s", 0, 1)]


def test_a_second_connection_reads_while_the_first_writes(tmp_path):
    with Store(tmp_path / "e.db") as writer, Store(tmp_path / "e.db") as reader:
        writer.replace_events(_rows(), {})
        assert len(reader.export_rows()) == 2


def test_background_reports_are_kept_with_their_flag(tmp_path):
    from dataclasses import replace
    with Store(tmp_path / "e.db") as store:
        store.save_article(ARTICLE, "fp1", [_event(), replace(_event(start=date(2012, 3, 1)), background=True)])
        assert sorted(r.background for r in store.reports()) == [False, True]
