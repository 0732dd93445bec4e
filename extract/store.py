"""The embedded SQLite database: the system of record for articles, reports and events.

A *report* is one event as one sentence states it; an *event* is what remains after
reports of the same happening are merged. `events` holds export rows (`table.COLUMNS`),
`event_sources` keeps every sentence behind each event. Reviewers' actions (`review_actions`,
extract/review.py) are kept apart and laid over the events after every merge (`event_overlay`,
`overlay_sources`); readers read the view `reviewed_events`. WAL mode lets the CLI write while
the dashboard reads.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Iterator, NamedTuple

from .models import Article, Event, Place, Source
from .table import COLUMNS, REJECTED

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    doc_id TEXT PRIMARY KEY, path TEXT, fingerprint TEXT, title TEXT, source TEXT, url TEXT,
    published TEXT, date_source TEXT, dateline_place TEXT, dateline_end INTEGER, text TEXT,
    n_reports INTEGER, warnings TEXT, source_key TEXT DEFAULT '', extractor TEXT DEFAULT ''
);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source_key);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS reports (
    report_id INTEGER PRIMARY KEY, doc_id TEXT REFERENCES articles(doc_id) ON DELETE CASCADE,
    event_type TEXT, sub_event_type TEXT, actor1 TEXT, actor2 TEXT, date_start TEXT, date_end TEXT,
    time_precision TEXT, location TEXT, geonameid INTEGER, latitude REAL, longitude REAL,
    country_code TEXT, admin1_code TEXT, admin1_name TEXT, feature_class TEXT, feature_code TEXT,
    population INTEGER, geo_precision INTEGER, fatalities INTEGER, confidence REAL, notes TEXT,
    sentence TEXT, char_start INTEGER, char_end INTEGER, background INTEGER, trigger_start INTEGER,
    trigger_end INTEGER
);
CREATE INDEX IF NOT EXISTS reports_doc ON reports(doc_id);
CREATE TABLE IF NOT EXISTS events ({event_columns}, country_code TEXT);
CREATE INDEX IF NOT EXISTS events_date ON events(date_start, date_end);
CREATE TABLE IF NOT EXISTS event_sources (
    event_id TEXT, doc_id TEXT, sentence TEXT, char_start INTEGER, char_end INTEGER
);
CREATE INDEX IF NOT EXISTS event_sources_event ON event_sources(event_id);
CREATE INDEX IF NOT EXISTS events_id ON events(event_id);
CREATE TABLE IF NOT EXISTS merge_units (
    doc_id TEXT, unit INTEGER, event_id TEXT, event_type TEXT, sub_event_type TEXT, geo_precision INTEGER,
    long INTEGER, cell INTEGER, date_start TEXT, date_end TEXT, latitude REAL, longitude REAL, days INTEGER,
    listed TEXT
);
CREATE INDEX IF NOT EXISTS merge_units_doc ON merge_units(doc_id);
CREATE INDEX IF NOT EXISTS merge_units_event ON merge_units(event_id);
CREATE INDEX IF NOT EXISTS merge_units_near
    ON merge_units(event_type, sub_event_type, geo_precision, long, cell, date_start);
CREATE TABLE IF NOT EXISTS merge_pending (doc_id TEXT PRIMARY KEY);
CREATE INDEX IF NOT EXISTS event_sources_span ON event_sources(doc_id, char_start, char_end);
CREATE TABLE IF NOT EXISTS review_actions (
    uid TEXT PRIMARY KEY, action TEXT, doc_id TEXT, char_start INTEGER, char_end INTEGER, sentence TEXT,
    anchor_type TEXT, reviewer TEXT, at TEXT, fields TEXT, before TEXT, why TEXT
);
CREATE TABLE IF NOT EXISTS review_state (uid TEXT PRIMARY KEY, state TEXT, event_id TEXT);
CREATE INDEX IF NOT EXISTS review_state_event ON review_state(event_id);
CREATE TABLE IF NOT EXISTS event_overlay ({event_columns}, country_code TEXT, merged_into TEXT);
CREATE INDEX IF NOT EXISTS event_overlay_id ON event_overlay(event_id);
CREATE TABLE IF NOT EXISTS overlay_sources (
    event_id TEXT, doc_id TEXT, sentence TEXT, char_start INTEGER, char_end INTEGER
);
CREATE INDEX IF NOT EXISTS overlay_sources_event ON overlay_sources(event_id);
CREATE VIEW IF NOT EXISTS reviewed_events AS
    SELECT {column_names}, country_code FROM events WHERE event_id NOT IN (SELECT event_id FROM event_overlay)
    UNION ALL SELECT {column_names}, country_code FROM event_overlay WHERE merged_into = '';
"""
REPORT_FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "time_precision", "location",
                 "geo_precision", "fatalities", "confidence", "notes", "sentence", "char_start", "char_end",
                 "background", "trigger_start", "trigger_end")
PLACE_FIELDS = ("geonameid", "latitude", "longitude", "country_code", "admin1_code", "admin1_name",
                "feature_class", "feature_code", "population")
REPORT_COLUMNS = ("doc_id", "date_start", "date_end", *REPORT_FIELDS, *PLACE_FIELDS)
ARTICLE_FIELDS = ("doc_id", "path", "title", "source", "url", "published", "date_source",
                  "dateline_place", "dateline_end", "source_key")
# The schema's version, kept in SQLite's user_version. 0 is a database from before versions were kept.
# Primary tables (articles) gain columns by ALTER TABLE; derived tables (reports, events, event_sources)
# whose columns differ from the code's are rebuilt: reports by re-extracting every article from its
# stored text, events by merging the reports again. 3 added the incremental merge's tables; 4 the
# reports' background flag (history an article recalls, kept for review and never merged into events);
# 5 the review: the reviewers' actions (primary: kept), the corrected rows laid over the events
# (derived: computed again from the actions) and the view `reviewed_events` that every reader reads; 6 the
# reports' trigger span and the merge units' list (the places one trigger lists are never one event).
SCHEMA_VERSION = 6
ADDED_ARTICLE_COLUMNS = {"source_key": "TEXT DEFAULT ''", "extractor": "TEXT DEFAULT ''"}
EXPORT_BATCH = 1000  # rows per fetch of a streaming export
IN_BATCH = 500  # values per SQL "IN (...)"
DERIVED_TABLES = ("reports", "events", "event_sources", "merge_units", "event_overlay", "overlay_sources",
                  "review_state")
READ_EVENTS = "reviewed_events"  # the events as reviewed: what exports and the dashboard read
MERGE_STATE = "merge_state"  # meta: what produced the stored merge; absent, everything is merged again


ARTICLE_COLUMNS = ("doc_id", "path", "fingerprint", "title", "source", "url", "published", "date_source",
                   "dateline_place", "dateline_end", "text", "n_reports", "warnings", "source_key", "extractor")


class Stamp(NamedTuple):
    """What the store knows of an article: its content's fingerprint, the extractor's, its source."""

    fingerprint: str
    extractor: str
    source_key: str


@dataclass(frozen=True)
class ExportFilter:
    """Which events to export: an interval that must overlap, event types, countries; rejected ones only when asked."""

    date_from: date | None = None
    date_to: date | None = None
    event_types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    include_rejected: bool = False

    def where(self) -> tuple[str, list[object]]:
        """SQL condition and parameters; countries match by name, ISO3 or ISO2, any case."""
        clauses, params = ["1=1"], []
        if not self.include_rejected:
            clauses.append("reviewed IS NOT ?")  # a row written without a status is not rejected
            params.append(REJECTED)
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
    """A database file that cannot be opened, written or is not an SQLite database of ours."""


class Store:
    """A connection to the events database; creates or migrates the schema on first use."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            self._check_version()
            self.db.execute("PRAGMA journal_mode=WAL")
            # With WAL, NORMAL loses nothing committed when this program dies and stays consistent on power
            # loss (the last articles may then be extracted again); it spares an fsync per stored article.
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            if not self._is_current():
                self._migrate()
        except (sqlite3.Error, OSError) as err:
            raise StoreError(f"{path}: cannot be used as the events database: {err}") from None

    def _check_version(self) -> None:
        found = self.db.execute("PRAGMA user_version").fetchone()[0]
        if found > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: written by a newer version of this tool (schema {found}; this one "
                             f"knows schemas up to {SCHEMA_VERSION}): upgrade it, or use another --db")

    def _is_current(self) -> bool:
        """Whether the file has this code's schema already: then opening it takes no write lock, which
        the dashboard would otherwise wait for on every rerun while a run is writing."""
        if self.db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return False
        return all(self._columns(table) == columns for table, columns in _expected_columns().items())

    def _migrate(self) -> None:
        """Bring a database of any earlier schema to SCHEMA_VERSION; a new one is simply created."""
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            if self._columns("articles"):
                self._add_article_columns()
            stale = self._drop_changed_tables()
            self.db.execute(f"DROP VIEW IF EXISTS {READ_EVENTS}")  # its columns may have changed
            for statement in _schema_statements():  # one by one: executescript would commit
                self.db.execute(statement)
            if "reports" in stale:
                self.db.execute("UPDATE articles SET extractor = ''")
            if stale:  # the stored merge no longer describes the tables: merge everything again
                self.db.execute("DELETE FROM meta WHERE name = ?", (MERGE_STATE,))
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _columns(self, table: str) -> list[str]:
        return [row[1] for row in self.db.execute(f"PRAGMA table_info({table})")]

    def _add_article_columns(self) -> None:
        present = set(self._columns("articles"))
        for name, kind in ADDED_ARTICLE_COLUMNS.items():
            if name not in present:
                self.db.execute(f"ALTER TABLE articles ADD COLUMN {name} {kind}")

    def _drop_changed_tables(self) -> list[str]:
        """Drop every derived table whose columns are not the code's; their names."""
        expected = _expected_columns()
        changed = [t for t in DERIVED_TABLES if (found := self._columns(t)) and found != expected[t]]
        for table in changed:
            self.db.execute(f"DROP TABLE {table}")
        return changed

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fingerprints(self) -> dict[str, str]:
        """doc_id -> fingerprint of every stored article."""
        return dict(self.db.execute("SELECT doc_id, fingerprint FROM articles"))

    def stamps(self) -> dict[str, Stamp]:
        """doc_id -> what decides whether each stored article is current, and whose it is."""
        rows = self.db.execute("SELECT doc_id, fingerprint, extractor, source_key FROM articles")
        return {row[0]: Stamp(*row[1:]) for row in rows}

    def save_article(self, article: Article, fingerprint: str, reports: Iterable[Event],
                     warnings: Sequence[str] = (), extractor: str = "") -> None:
        """Store an article and its reports, replacing what an earlier run stored for it."""
        reports = list(reports)
        values = (article.doc_id, article.path, fingerprint, article.title, article.source, article.url,
                  _iso(article.published), article.date_source, article.dateline_place, article.dateline_end,
                  article.text, len(reports), "\n".join(warnings), article.source_key, extractor)
        with self._writing():
            self.db.execute("DELETE FROM articles WHERE doc_id = ?", (article.doc_id,))
            self.db.execute(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({_marks(values)})", values)
            self.db.executemany(f"INSERT INTO reports ({', '.join(REPORT_COLUMNS)}) VALUES ({_marks(REPORT_COLUMNS)})",
                                [_report_values(e) for e in reports])
            self.db.execute("INSERT OR IGNORE INTO merge_pending VALUES (?)", (article.doc_id,))

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction; a failed write (full disk, read-only or damaged file) becomes a StoreError."""
        try:
            with self.db:
                yield
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot write to the events database: {err}") from None

    def stored_article(self, doc_id: str) -> Article | None:
        """A stored article with its text, as it was read (for re-extraction without its file)."""
        row = self.db.execute(f"SELECT {', '.join(ARTICLE_FIELDS)}, text FROM articles WHERE doc_id = ?",
                              (doc_id,)).fetchone()
        return None if row is None else replace(_article(row), text=row["text"])

    def count_stale(self, extractor: str) -> int:
        """How many stored articles another extractor (or an older schema) produced; `extractor` may be
        a fingerprint's leading part (the code's alone)."""
        return self.db.execute("SELECT count(*) FROM articles WHERE substr(extractor, 1, ?) != ?",
                               (len(extractor), extractor)).fetchone()[0]

    def texts(self) -> Iterator[tuple[str, str]]:
        """(doc_id, text) of every stored article, one at a time."""
        yield from self.db.execute("SELECT doc_id, text FROM articles")

    def mark_stale(self, doc_ids: Iterable[str] | None = None) -> None:
        """Have these articles (all, for None) re-extracted by the next run."""
        with self._writing():
            if doc_ids is None:
                self.db.execute("UPDATE articles SET extractor = ''")
            else:
                self.db.executemany("UPDATE articles SET extractor = '' WHERE doc_id = ?", ((d,) for d in doc_ids))

    def get_meta(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def set_meta(self, name: str, value: str) -> None:
        with self._writing():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))

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

    def reports_of(self, doc_ids: Sequence[str]) -> list[Event]:
        """The stored reports of some articles, as Events with their one source."""
        found = []
        for start in range(0, len(doc_ids), IN_BATCH):
            part = doc_ids[start:start + IN_BATCH]
            query = f"SELECT * FROM reports WHERE doc_id IN ({_marks(part)}) ORDER BY report_id"
            found.extend(_report_event(row) for row in self.db.execute(query, part))
        return found

    @contextmanager
    def write_lock(self) -> Iterator[sqlite3.Connection]:
        """One write transaction taken at once (BEGIN IMMEDIATE), so a run that stores articles
        meanwhile waits instead of leaving reports without their article; errors become StoreError."""
        try:
            with self.db:
                self.db.execute("BEGIN IMMEDIATE")
                yield self.db
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot write to the events database: {err}") from None

    def replace_events(self, rows: Sequence[Mapping[str, object]], sources: Mapping[str, Sequence[Source]]) -> None:
        """Replace the merged events (export rows keyed by COLUMNS, plus country_code) and their sources."""
        with self._writing():
            self._write_events(rows, sources)

    def _write_events(self, rows: Sequence[Mapping[str, object]], sources: Mapping[str, Sequence[Source]]) -> None:
        names = (*COLUMNS, "country_code")
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
        query = f"SELECT {', '.join(COLUMNS)} FROM {READ_EVENTS} WHERE {condition} ORDER BY event_date, event_id"
        return [dict(row) for row in self.db.execute(query, params)]

    def export_batches(self, where: ExportFilter = ExportFilter(), size: int = EXPORT_BATCH) -> Iterator[list[tuple]]:
        """Events matching `where` as tuples in COLUMNS order, sorted by date, `size` at a time (constant memory)."""
        condition, params = where.where()
        columns = ", ".join(COLUMNS)
        cursor = self.db.cursor()
        cursor.row_factory = None  # plain tuples, as csv.writer takes them
        cursor.execute(f"SELECT {columns} FROM {READ_EVENTS} WHERE {condition} ORDER BY event_date, event_id", params)
        while batch := cursor.fetchmany(size):
            yield batch

    def event_sources(self, event_id: str) -> list[Source]:
        return sources_of(self.db, event_id)


def sources_of(db: sqlite3.Connection, event_id: str) -> list[Source]:
    """The sentences behind an event as reviewed (a merge or a split by a reviewer moves them)."""
    corrected = db.execute("SELECT 1 FROM overlay_sources WHERE event_id = ? LIMIT 1", (event_id,)).fetchone()
    table = "overlay_sources" if corrected else "event_sources"
    rows = db.execute(f"SELECT doc_id, sentence, char_start, char_end FROM {table} "
                      "WHERE event_id = ? ORDER BY doc_id, char_start", (event_id,))
    return [Source(*row) for row in rows]


def _schema_statements() -> list[str]:
    columns = ", ".join(f"{c} {'REAL' if c in ('latitude', 'longitude', 'confidence') else ''}" for c in COLUMNS)
    schema = SCHEMA.format(event_columns=columns, column_names=", ".join(COLUMNS))
    return [part.strip() for part in schema.split(";") if part.strip()]


@cache
def _expected_columns() -> dict[str, list[str]]:
    """The columns of every table of SCHEMA, read from an empty in-memory database built with it."""
    with closing(sqlite3.connect(":memory:")) as empty:
        for statement in _schema_statements():
            empty.execute(statement)
        tables = [name for (name,) in empty.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: [row[1] for row in empty.execute(f"PRAGMA table_info({t})")] for t in tables}


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _report_values(event: Event) -> tuple:
    place_values = tuple(getattr(event.place, f) if event.place else None for f in PLACE_FIELDS)
    own = tuple(int(v) if isinstance(v, bool) else v for v in (getattr(event, f) for f in REPORT_FIELDS))
    return (event.doc_id, _iso(event.date_start), _iso(event.date_end)) + own + place_values


def _report_event(row: sqlite3.Row) -> Event:
    place = None
    if row["geonameid"] is not None:
        place = Place(name=row["location"], **{f: row[f] for f in PLACE_FIELDS})
    fields = {f: row[f] for f in REPORT_FIELDS} | {"background": bool(row["background"])}
    source = Source(row["doc_id"], row["sentence"], row["char_start"], row["char_end"])
    return Event(doc_id=row["doc_id"], date_start=_date(row["date_start"]), date_end=_date(row["date_end"]),
                 place=place, sources=(source,), **fields)


def _article(row: sqlite3.Row) -> Article:
    published = _date(row["published"])
    values = {f: row[f] for f in ARTICLE_FIELDS} | {"published": published, "text": ""}
    return Article(**values)


def report_record(event: Event) -> dict[str, object]:
    """A report as the store keeps it: REPORT_COLUMNS to values (dates as ISO text)."""
    return dict(zip(REPORT_COLUMNS, _report_values(event)))
