"""Counts of the events kept beside them in the database, so that the first page of a big database that
changed is drawn at once instead of after a read of every event (seconds at a million).

Four small tables count the events per (review status, day, type), per (status, point), per (status, toll)
and per (status, article), each value as the dashboard reads it (columns.read_value). Triggers on `events`
keep them current through every write, whoever writes (the CLI, an upload, a review, another session),
inside the writer's own transaction, so they are never behind the events. The dashboard builds them the
first time it opens a big database; a database rebuilt without them (a schema change drops the events
table and its triggers) or counted by older code (the names carry a hash of the SQL) is counted again.

The first page draws from them what it draws from the events' columns (columns.PREVIEW_COLUMNS): metrics,
counts per grid cell and per week. `preview` expands them into such a frame; its columns hold the right
values in the right numbers, but rows are events only within a pair counted together (day with type,
latitude with longitude): everything the first page draws counts one column or one pair.
"""
from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from .columns import NUMBER_COLUMNS, PREVIEW_COLUMNS, frame_column, read_value, typed_batch, typed_schema

log = logging.getLogger(__name__)
STATUS = "reviewed"      # every count is per review status: the page shows the statuses chosen in its sidebar
# What is counted: each table's columns after the review status (a pair counted together stays paired).
COUNTED = {"days": ("event_date", "event_type"), "places": ("latitude", "longitude"), "tolls": ("fatalities",),
           "articles": ("doc_id",)}
PREFIX = "board_counts_"
# The triggers: name -> (when, the rows whose values change a count and by how much). An update moves an
# event's count from its old values to its new ones, and fires only when a counted column is set.
CHANGES = {"insert": ("INSERT", (("NEW", 1),)), "delete": ("DELETE", (("OLD", -1),)),
           "update": (f"UPDATE OF {STATUS}, {', '.join(PREVIEW_COLUMNS)}", (("OLD", -1), ("NEW", 1)))}
Reader = Callable[[Path, tuple[str, ...]], pa.Table]    # data.read_values: the stored events' values as read
BUSY_MS = 5_000        # how long the building waits for a writer to finish (then the page reads the events)


def _keys(kind: str) -> tuple[str, ...]:
    return (STATUS, *COUNTED[kind])


def _add(table: str, kind: str, row: str, step: int) -> str:
    """The statement adding `step` to the count of one event's values (`row`: NEW or OLD) in `table`."""
    keys = _keys(kind)
    values = ", ".join(read_value(column, row) for column in keys)
    return (f"INSERT INTO {table} ({', '.join(keys)}, n) VALUES ({values}, {step}) "
            f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET n = n + excluded.n")


def _statements(prefix: str) -> tuple[list[str], list[str]]:
    """The tables and the triggers of counts named `prefix`..."""
    tables = [f"CREATE TABLE {prefix}{kind} ({', '.join(_keys(kind))}, n INTEGER NOT NULL, "
              f"PRIMARY KEY ({', '.join(_keys(kind))}))" for kind in COUNTED]
    triggers = [f"CREATE TRIGGER {prefix}{name} AFTER {when} ON events BEGIN "
                + " ".join(f"{_add(prefix + kind, kind, row, step)};" for row, step in steps for kind in COUNTED) + " END"
                for name, (when, steps) in CHANGES.items()]
    return tables, triggers


def names() -> tuple[str, set[str]]:
    """This code's prefix (a hash of its SQL: other SQL, other names) and the names it creates."""
    tables, triggers = _statements(PREFIX)
    prefix = f"{PREFIX}{hashlib.sha1(';'.join(tables + triggers).encode()).hexdigest()[:8]}_"
    return prefix, {prefix + name for name in (*COUNTED, *CHANGES)}


def current(db: sqlite3.Connection) -> bool:
    """Whether the database keeps this code's counts (every table, and the triggers on `events`)."""
    prefix, wanted = names()
    found = {name for name, table in db.execute("SELECT name, tbl_name FROM sqlite_master WHERE name GLOB ?",
                                                (prefix + "*",)) if table in (name, "events")}
    return found == wanted


def build(db_path: Path, read: Reader) -> bool:
    """Count the events (`read`: data.read_values) and install the triggers, in one write transaction so that
    no write is missed, unless the counts are there; whether they are now. False when the database cannot be
    written (read-only, or busy for BUSY_MS): the page then reads the events."""
    try:
        with closing(sqlite3.connect(str(db_path), timeout=BUSY_MS / 1000, isolation_level=None)) as db:
            if current(db):      # no write lock to wait for (a long extraction may hold it)
                return True
            db.execute("BEGIN IMMEDIATE")
            if not current(db):      # another session may have counted meanwhile
                _replace(db, read(db_path, (STATUS, *PREVIEW_COLUMNS)))
            db.execute("COMMIT")
        return True
    except sqlite3.Error as error:
        log.warning("%s: no event counts kept (%s); the first page reads the events", db_path, error)
        return False


def drop(db: sqlite3.Connection) -> None:
    """Remove every count table and trigger (this code's and older code's)."""
    for kind, name in db.execute("SELECT type, name FROM sqlite_master WHERE name GLOB ? AND type IN "
                                 "('trigger', 'table') ORDER BY type = 'table'", (PREFIX + "*",)).fetchall():
        db.execute(f"DROP {kind.upper()} IF EXISTS {name}")


def _replace(db: sqlite3.Connection, values: pa.Table) -> None:
    """Drop older counts (other code's, or left without their triggers) and count `values` anew (the events'
    values as read: counted by Arrow, a tenth of SQLite's GROUP BY; the other connections reading them see
    the database as this write transaction found it)."""
    drop(db)
    prefix, _ = names()
    tables, triggers = _statements(prefix)
    for statement, kind in zip(tables, COUNTED):
        db.execute(statement)
        keys = list(_keys(kind))
        counted = values.group_by(keys).aggregate([([], "count_all")]).select([*keys, "count_all"])
        db.executemany(f"INSERT INTO {prefix}{kind} VALUES ({', '.join('?' * counted.num_columns)})",
                       zip(*(counted.column(i).to_pylist() for i in range(counted.num_columns))))
    for statement in triggers:
        db.execute(statement)


def preview(db_path: Path, statuses: tuple[str, ...], read: Reader) -> pd.DataFrame | None:
    """The first page's columns (PREVIEW_COLUMNS) of the events with these review `statuses` (all when
    empty), from the counts, built first when missing (see the module's note on rows); None when the database
    cannot keep them."""
    if not build(db_path, read):
        return None
    with closing(sqlite3.connect(str(db_path))) as db:
        db.execute("BEGIN")         # one snapshot of counts and review overlay
        prefix, _ = names()
        shadowed, overlaid = _overlay(db)
        expanded = {}
        for kind in COUNTED:
            tally = _tally(db, prefix + kind, kind, statuses)
            tally.subtract(_kept(shadowed, kind, statuses))
            tally.update(_kept(overlaid, kind, statuses))
            expanded.update(_expanded(kind, tally))
    return pd.DataFrame({column: expanded[column] for column in PREVIEW_COLUMNS}, copy=False)


def _tally(db: sqlite3.Connection, table: str, kind: str, statuses: tuple[str, ...]) -> Counter:
    """The counts of `table` summed over the chosen statuses: values -> events."""
    where = f" WHERE {STATUS} IN ({', '.join('?' * len(statuses))})" if statuses else ""
    keys = ", ".join(COUNTED[kind])
    rows = db.execute(f"SELECT {keys}, sum(n) FROM {table}{where} GROUP BY {keys}", statuses)
    return Counter({tuple(row[:-1]): row[-1] for row in rows})


def _overlay(db: sqlite3.Connection) -> tuple[list[tuple], list[tuple]]:
    """What the review overlay changes in the events the dashboard reads (READ_EVENTS): the counted values of
    the events it hides and of the rows it shows instead. Few rows (the reviewed events), read by index."""
    columns = ", ".join(read_value(c) for c in (STATUS, *PREVIEW_COLUMNS))
    if not db.execute("SELECT 1 FROM event_overlay LIMIT 1").fetchone():
        return [], []
    # The view keeps the events whose id is NOT IN the overlay's ids: SQL's NOT IN is never true for a
    # missing id, nor for any id once the overlay holds a missing one.
    hidden = ("1" if db.execute("SELECT 1 FROM event_overlay WHERE event_id IS NULL LIMIT 1").fetchone()
              else "event_id IS NULL OR event_id IN (SELECT event_id FROM event_overlay)")
    shadowed = db.execute(f"SELECT {columns} FROM events WHERE {hidden}").fetchall()
    overlaid = db.execute(f"SELECT {columns} FROM event_overlay WHERE merged_into = ''").fetchall()
    return shadowed, overlaid


def _kept(rows: list[tuple], kind: str, statuses: tuple[str, ...]) -> Counter:
    """The values of `kind` in `rows` (status first, then PREVIEW_COLUMNS) with a chosen status."""
    at = [PREVIEW_COLUMNS.index(column) + 1 for column in COUNTED[kind]]
    return Counter(tuple(row[i] for i in at) for row in rows if not statuses or row[0] in statuses)


def _expanded(kind: str, tally: Counter) -> dict[str, pd.Series | np.ndarray]:
    """The columns of `kind`, each value repeated as many times as it is counted, typed as the frame's."""
    values = [key for key, n in tally.items() if n > 0]
    times = np.array([tally[key] for key in values], dtype=np.int64)
    schema = typed_schema(COUNTED[kind])
    raw = pa.RecordBatch.from_arrays(
        [pa.array([key[i] for key in values], type=pa.float64() if column in NUMBER_COLUMNS else pa.string())
         for i, column in enumerate(COUNTED[kind])], names=list(COUNTED[kind]))
    typed = pa.Table.from_batches([typed_batch(raw, schema)])
    order = np.repeat(np.arange(len(values)), times)
    return {column: frame_column(column, typed.column(column), order) for column in COUNTED[kind]}
