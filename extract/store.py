"""The embedded SQLite database: the system of record for articles, reports and events.

A *report* is one event as one sentence states it; an *event* is what remains after
reports of the same happening are merged. `events` holds export rows (`table.COLUMNS`),
`event_sources` keeps every sentence behind each event. WAL mode lets the CLI write while
the dashboard reads.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .models import Article, Event, Place, Source
from .table import COLUMNS

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    doc_id TEXT PRIMARY KEY, path TEXT, fingerprint TEXT, title TEXT, source TEXT, url TEXT,
    published TEXT, date_source TEXT, dateline_place TEXT, dateline_end INTEGER, text TEXT,
    n_reports INTEGER, warnings TEXT
);
CREATE TABLE IF NOT EXISTS reports (
    report_id INTEGER PRIMARY KEY, doc_id TEXT REFERENCES articles(doc_id) ON DELETE CASCADE,
    event_type TEXT, sub_event_type TEXT, actor1 TEXT, actor2 TEXT, date_start TEXT, date_end TEXT,
    time_precision TEXT, location TEXT, geonameid INTEGER, latitude REAL, longitude REAL,
    country_code TEXT, admin1_code TEXT, admin1_name TEXT, feature_class TEXT, feature_code TEXT,
    population INTEGER, geo_precision INTEGER, fatalities INTEGER, confidence REAL, notes TEXT,
    sentence TEXT, char_start INTEGER, char_end INTEGER
);
CREATE INDEX IF NOT EXISTS reports_doc ON reports(doc_id);
CREATE TABLE IF NOT EXISTS events ({event_columns}, country_code TEXT);
CREATE INDEX IF NOT EXISTS events_date ON events(date_start, date_end);
CREATE TABLE IF NOT EXISTS event_sources (
    event_id TEXT, doc_id TEXT, sentence TEXT, char_start INTEGER, char_end INTEGER
);
CREATE INDEX IF NOT EXISTS event_sources_event ON event_sources(event_id);
"""
REPORT_FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "time_precision", "location",
                 "geo_precision", "fatalities", "confidence", "notes", "sentence", "char_start", "char_end")
PLACE_FIELDS = ("geonameid", "latitude", "longitude", "country_code", "admin1_code", "admin1_name",
                "feature_class", "feature_code", "population")
REPORT_COLUMNS = ("doc_id", "date_start", "date_end", *REPORT_FIELDS, *PLACE_FIELDS)
ARTICLE_FIELDS = ("doc_id", "path", "title", "source", "url", "published", "date_source",
                  "dateline_place", "dateline_end")


@dataclass(frozen=True)
class ExportFilter:
    """Which events to export: an interval that must overlap, event types, countries."""

    date_from: date | None = None
    date_to: date | None = None
    event_types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()

    def where(self) -> tuple[str, list[object]]:
        """SQL condition and parameters; countries match by name, ISO3 or ISO2, any case."""
        clauses, params = ["1=1"], []
        if self.date_from:
            clauses.append("(date_end = '' OR date_end >= ?)")
            params.append(self.date_from.isoformat())
        if self.date_to:
            clauses.append("(date_start = '' OR date_start <= ?)")
            params.append(self.date_to.isoformat())
        if self.event_types:
            clauses.append(f"lower(event_type) IN ({_marks(self.event_types)})")
            params.extend(t.lower() for t in self.event_types)
        if self.countries:
            marks = _marks(self.countries)
            clauses.append(f"(lower(country) IN ({marks}) OR lower(iso3) IN ({marks}) OR lower(country_code) IN ({marks}))")
            params.extend([c.lower() for c in self.countries] * 3)
        return " AND ".join(clauses), params


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


class StoreError(ValueError):
    """A database file that cannot be opened, or is not an SQLite database."""


class Store:
    """A connection to the events database; creates the schema on first use."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            columns = ", ".join(f"{c} {'REAL' if c in ('latitude', 'longitude', 'confidence') else ''}" for c in COLUMNS)
            self.db.executescript(SCHEMA.format(event_columns=columns))
        except sqlite3.Error as err:
            raise StoreError(f"{path}: cannot be used as the events database: {err}") from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fingerprints(self) -> dict[str, str]:
        """doc_id -> fingerprint of every stored article."""
        return dict(self.db.execute("SELECT doc_id, fingerprint FROM articles"))

    def save_article(self, article: Article, fingerprint: str, reports: Iterable[Event],
                     warnings: Sequence[str] = ()) -> None:
        """Store an article and its reports, replacing what an earlier run stored for it."""
        reports = list(reports)
        with self.db:
            self.db.execute("DELETE FROM articles WHERE doc_id = ?", (article.doc_id,))
            self.db.execute(
                "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (article.doc_id, article.path, fingerprint, article.title, article.source, article.url,
                 _iso(article.published), article.date_source, article.dateline_place, article.dateline_end,
                 article.text, len(reports), "\n".join(warnings)))
            self.db.executemany(f"INSERT INTO reports ({', '.join(REPORT_COLUMNS)}) VALUES ({_marks(REPORT_COLUMNS)})",
                                [_report_values(e) for e in reports])

    def reports(self) -> list[Event]:
        """Every stored report, as an Event with its one source."""
        return [_report_event(row) for row in self.db.execute("SELECT * FROM reports ORDER BY report_id")]

    def articles(self, doc_ids: Sequence[str] | None = None) -> dict[str, Article]:
        """Stored articles by doc_id (all, or those of `doc_ids`), without their text (see `article_text`)."""
        query, params = f"SELECT {', '.join(ARTICLE_FIELDS)} FROM articles", ()
        if doc_ids is not None:
            query, params = f"{query} WHERE doc_id IN ({_marks(doc_ids)})", tuple(doc_ids)
        return {row["doc_id"]: _article(row) for row in self.db.execute(query, params)}

    def article_text(self, doc_id: str) -> str | None:
        row = self.db.execute("SELECT text FROM articles WHERE doc_id = ?", (doc_id,)).fetchone()
        return row["text"] if row else None

    def replace_events(self, rows: Sequence[Mapping[str, object]], sources: Mapping[str, Sequence[Source]]) -> None:
        """Replace the merged events (export rows keyed by COLUMNS, plus country_code) and their sources."""
        names = (*COLUMNS, "country_code")
        with self.db:
            self.db.execute("DELETE FROM events")
            self.db.execute("DELETE FROM event_sources")
            self.db.executemany(f"INSERT INTO events ({', '.join(names)}) VALUES ({_marks(names)})",
                                [tuple(row.get(n) for n in names) for row in rows])
            self.db.executemany("INSERT INTO event_sources VALUES (?,?,?,?,?)",
                                [(eid, s.doc_id, s.sentence, s.char_start, s.char_end)
                                 for eid, group in sources.items() for s in group])

    def export_rows(self, where: ExportFilter = ExportFilter()) -> list[dict[str, object]]:
        """Events matching `where`, as export rows in COLUMNS order, sorted by date."""
        condition, params = where.where()
        query = f"SELECT {', '.join(COLUMNS)} FROM events WHERE {condition} ORDER BY event_date, event_id"
        return [dict(row) for row in self.db.execute(query, params)]

    def event_sources(self, event_id: str) -> list[Source]:
        rows = self.db.execute("SELECT doc_id, sentence, char_start, char_end FROM event_sources "
                               "WHERE event_id = ? ORDER BY doc_id, char_start", (event_id,))
        return [Source(*row) for row in rows]


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _report_values(event: Event) -> tuple:
    place_values = tuple(getattr(event.place, f) if event.place else None for f in PLACE_FIELDS)
    own = tuple(getattr(event, f) for f in REPORT_FIELDS)
    return (event.doc_id, _iso(event.date_start), _iso(event.date_end)) + own + place_values


def _report_event(row: sqlite3.Row) -> Event:
    place = None
    if row["geonameid"] is not None:
        place = Place(name=row["location"], **{f: row[f] for f in PLACE_FIELDS})
    fields = {f: row[f] for f in REPORT_FIELDS}
    source = Source(row["doc_id"], row["sentence"], row["char_start"], row["char_end"])
    return Event(doc_id=row["doc_id"], date_start=_date(row["date_start"]), date_end=_date(row["date_end"]),
                 place=place, sources=(source,), **fields)


def _article(row: sqlite3.Row) -> Article:
    published = _date(row["published"])
    values = {f: row[f] for f in ARTICLE_FIELDS} | {"published": published, "text": ""}
    return Article(**values)
