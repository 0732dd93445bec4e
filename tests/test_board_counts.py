"""The event counts kept in the database for the first page: what reading the events gives, through writes."""
from __future__ import annotations

import sqlite3
from collections import Counter
from contextlib import closing

import pandas as pd
import pytest

from board import counts, data
from board.columns import PREVIEW_COLUMNS
from extract.store import Store
from extract.table import COLUMNS

PLAIN = {c: "" for c in COLUMNS} | {"event_date": "2013-01-05", "event_type": "Battles", "latitude": 14.9,
                                    "longitude": -3.9, "fatalities": 3, "doc_id": "a", "reviewed": "unreviewed"}
# One row each: missing and odd cells, other statuses, a second place and article.
ROWS = [{}, {"latitude": None}, {"longitude": ""}, {"fatalities": ""}, {"fatalities": None}, {"fatalities": 0},
        {"event_date": ""}, {"event_date": "2013-02-30"}, {"event_type": None}, {"doc_id": None}, {"reviewed": None},
        {"reviewed": "confirmed"}, {"reviewed": "rejected", "latitude": 16.3}, {"doc_id": "b", "longitude": 0},
        {"event_date": "2013-01-12", "event_type": "Riots"}]
STATUSES = [(), ("unreviewed",), ("confirmed", "rejected"), ("",), ("nothing",)]
OVERLAY_COLUMNS = (*COLUMNS, "merged_into")


def insert(db: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    names = COLUMNS if table == "events" else OVERLAY_COLUMNS
    db.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                   [tuple(row.get(c, "") for c in names) for row in rows])


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "events.db"
    with Store(path) as store, store.db:
        insert(store.db, "events", [PLAIN | {"event_id": f"E{i:02d}"} | row for i, row in enumerate(ROWS)])
    return path


def marginals(frame: pd.DataFrame) -> dict[tuple[str, ...], Counter]:
    """How many events have each value of each column or pair counted together (all the first page draws)."""
    return {columns: Counter(map(tuple, frame[list(columns)].astype(str).to_numpy())) for columns in counts.COUNTED.values()}


def read(path, statuses: tuple[str, ...]) -> pd.DataFrame:
    """The first page's columns as read from the events (through the reviewed view)."""
    return data.read_database(path, PREVIEW_COLUMNS, statuses)


def test_the_counted_columns_are_the_first_pages():
    assert sorted(c for columns in counts.COUNTED.values() for c in columns) == sorted(PREVIEW_COLUMNS)


@pytest.mark.parametrize("statuses", STATUSES)
def test_the_counts_give_what_reading_the_events_gives(db, statuses):
    counted = counts.preview(db, statuses, data.read_values)
    assert marginals(counted) == marginals(read(db, statuses))
    pd.testing.assert_series_equal(counted.dtypes, read(db, statuses).dtypes)


# Writes after the counts were built, as the extractor, a review or another tool make them.
WRITES = [
    "INSERT INTO events (event_id, event_date, event_type, latitude, longitude, reviewed) "
    "VALUES ('N1', '2013-03-01', 'Protests', 12.6, -8.0, 'unreviewed')",
    "DELETE FROM events WHERE event_id IN ('E00', 'E05')",
    "UPDATE events SET reviewed = 'rejected', latitude = 1.5 WHERE event_id = 'E01'",
    "UPDATE events SET event_date = '2014-01-01', doc_id = 'c' WHERE event_id = 'E02'",
    "UPDATE events SET sentence = 'Not counted.' WHERE event_id = 'E03'",
]
OVERLAID = [         # the review's rows laid over the events: the dashboard reads the reviewed view
    [{"event_id": "E03", "event_type": "Riots", "latitude": 15.0, "merged_into": ""}],
    [{"event_id": "E04", "merged_into": "E06"}],                                  # merged away
    [{"event_id": "E03", "merged_into": ""}, {"event_id": None, "merged_into": ""}],   # a missing id hides every event
]


@pytest.mark.parametrize("statuses", STATUSES[:3])
@pytest.mark.parametrize("overlay", [[], *OVERLAID])
def test_the_counts_follow_every_write_and_the_review_overlay(db, statuses, overlay):
    assert counts.build(db, data.read_values)
    with closing(sqlite3.connect(db)) as connection, connection:
        for statement in WRITES:
            connection.execute(statement)
        insert(connection, "event_overlay", [PLAIN | row for row in overlay])
    assert marginals(counts.preview(db, statuses, data.read_values)) == marginals(read(db, statuses))


def test_counts_left_without_their_triggers_are_counted_again(db):
    assert counts.build(db, data.read_values)
    prefix, names = counts.names()
    with closing(sqlite3.connect(db)) as connection, connection:
        connection.execute(f"DROP TRIGGER {prefix}insert")   # as when a schema change rebuilds the events table
        insert(connection, "events", [PLAIN | {"event_id": "N2", "latitude": 20.0}])
        assert not counts.current(connection)
    assert marginals(counts.preview(db, (), data.read_values)) == marginals(read(db, ()))
    with closing(sqlite3.connect(db)) as connection:
        assert counts.current(connection)
        kept = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE name GLOB ?",
                                                       (counts.PREFIX + "*",))}
    assert kept == names


def test_a_database_that_cannot_be_written_is_read_instead(db, monkeypatch):
    monkeypatch.setattr(data, "PREVIEW_FROM", 0)
    monkeypatch.setattr(counts, "BUSY_MS", 50)
    with closing(sqlite3.connect(db, isolation_level=None)) as writer:     # a long write holds the lock
        writer.execute("BEGIN IMMEDIATE")
        assert counts.preview(db, (), data.read_values) is None
        assert marginals(data.preview_events(db, ())) == marginals(read(db, ()))
        writer.execute("ROLLBACK")
    with closing(sqlite3.connect(db)) as connection:
        assert not counts.current(connection)


def test_counts_kept_are_read_while_a_writer_holds_the_database(db, monkeypatch):
    assert counts.build(db, data.read_values)
    monkeypatch.setattr(counts, "BUSY_MS", 50)
    with closing(sqlite3.connect(db, isolation_level=None)) as writer:     # a long extraction, say
        writer.execute("BEGIN IMMEDIATE")
        assert marginals(counts.preview(db, (), data.read_values)) == marginals(read(db, ()))
        writer.execute("ROLLBACK")
