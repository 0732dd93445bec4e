"""Reading the events database for the dashboard; building it from the sample corpus if missing.

No Streamlit here: dashboard.py wraps these in its caches.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import adbc_driver_sqlite.dbapi as adbc_sqlite
from adbc_driver_sqlite import StatementOptions
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from board import counts
from board.columns import (FRAME_COLUMNS, NUMBER_COLUMNS, PREVIEW_COLUMNS, frame_column, read_value, typed_batch,
                           typed_schema)
from extract.fingerprint import extractor_fingerprint
from extract.settings import ENV_PATHS, ROOT, Settings, cache_dir
from extract.store import READ_EVENTS, ExportFilter, Store
from extract.table import write_csv, write_geojson

if TYPE_CHECKING:
    # Imported only where the pipeline runs: its steps take about half a second to import (the date grammar is
    # compiled then), and a page that only shows events must not wait for them before its first map.
    from extract.pipeline import Pipeline

SAMPLE_ARTICLES = ROOT / "data" / "articles"
SNAPSHOT_PREFIX = "events-frame-"
BORDERS = ROOT / "static" / "borders.geojson"     # served at opening.BORDERS_URL
ENV_DB, ENV_GAZETTEER = ENV_PATHS["db_path"], ENV_PATHS["gazetteer_path"]
ENV_USER_GAZETTEER = ENV_PATHS["user_gazetteer_path"]
TEXT_COLUMNS = ("sentence", "char_start", "char_end")      # read by event id for the rows shown
# Events from which the first page is worth drawing: at 100,000 the whole read takes 0.4 CPU-s, and drawing
# a first page and then the whole page made both later in the browser (bench.dashboard --browser).
PREVIEW_FROM = 300_000
READ_BATCH = 65_536       # rows per Arrow batch read
BUSY_TIMEOUT_MS = 5_000    # how long a reader waits for a lock (the sqlite3 module waits 5 s)
# Threads reading a database of at least PARALLEL_FROM events: one per core, up to four (each holds a
# batch of raw text while it types it).
READ_PARTS, PARALLEL_FROM = min(4, os.cpu_count() or 1), 100_000
BEHIND_NICE = 10          # a tenth of a core's share against the browser's processes when both want it
SQL_VARIABLES = 900        # ids bound per query (SQLite's limit was 999 before 3.32)


def build_database(db_path: Path, pipeline: Pipeline, progress: Callable[[int, int], None] | None = None) -> None:
    """Extract the sample corpus into the database (with the app's cached pipeline: building another
    one would find the names again, a second or two and a second name automaton in memory)."""
    from extract.pipeline import run
    with Store(db_path) as store:
        run([SAMPLE_ARTICLES], store, pipeline, progress=progress)


def stale_articles(settings: Settings) -> int:
    """How many stored articles an older extractor produced (after an upgrade, or an old database)."""
    with Store(settings.db_path) as store:
        return store.count_stale(extractor_fingerprint(settings))


def refresh_database(db_path: Path, pipeline: Pipeline, progress: Callable[[int, int], None] | None = None) -> None:
    """Re-extract the stale stored articles from their stored text, so no view mixes two extractors."""
    from extract.pipeline import run
    with Store(db_path) as store:
        run([], store, pipeline, progress=progress)


def load_events(db_path: Path, behind: bool = False) -> pd.DataFrame:
    """All events with the frame's columns, sorted by date; dates parsed, labels categorical.

    Reading a million rows out of SQLite takes seconds (see read_database), so the frame is also
    kept as a columnar snapshot in the user's cache directory, named after the database's path,
    size and modification times: the next start reads that in a tenth of a second. `behind`: read at
    a low priority, behind the browser drawing a first page (see behind_the_page).
    """
    Store(db_path).close()   # creates the schema when the file is new (and may checkpoint the log)
    snapshot = snapshot_path(db_path)
    if snapshot.exists():
        try:
            return pd.read_feather(snapshot)
        except (OSError, ValueError):    # a damaged snapshot is rebuilt below
            snapshot.unlink(missing_ok=True)
    frame = behind_the_page(read_database, db_path) if behind else read_database(db_path)
    save_snapshot(frame, snapshot)
    return frame


def behind_the_page(read: Callable[[Path], pd.DataFrame], db_path: Path) -> pd.DataFrame:
    """read(db_path) in a thread of low priority (BEHIND_NICE; the threads it starts inherit it),
    waited for. Once a first page is sent, the browser draws it (seconds of software WebGL on two cores)
    while the events are read; at the same priority the reading threads took half the cores from it, and from
    the server's own thread sending the page's last charts. Linux only: elsewhere setpriority names the
    whole process, which could not be given its priority back."""
    if sys.platform != "linux":
        return read(db_path)
    with ThreadPoolExecutor(1, initializer=lambda: os.setpriority(os.PRIO_PROCESS, threading.get_native_id(),
                                                                  BEHIND_NICE)) as pool:
        return pool.submit(read, db_path).result()


def db_version(db_path: Path) -> str:
    """Changes whenever the database's content may have: sizes and modification times of the
    file and of its write-ahead log (the CLI may write while the dashboard reads)."""
    # An empty log holds nothing: readers create and leave one behind.
    files = [p for p in (db_path, Path(f"{db_path}-wal")) if p.exists() and (p == db_path or p.stat().st_size)]
    return "|".join(f"{p.resolve()}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in files)


def snapshot_path(db_path: Path) -> Path:
    """Where the frame of this database, as it is now, is cached."""
    content = db_version(db_path) + "|" + ",".join(FRAME_COLUMNS)   # a new frame layout, a new snapshot
    return cache_dir() / f"{SNAPSHOT_PREFIX}{_digest(str(db_path.resolve()))}-{_digest(content)}.feather"


def save_snapshot(frame: pd.DataFrame, snapshot: Path) -> None:
    """Write the snapshot (atomically) and remove older ones of the same database."""
    snapshot.parent.mkdir(parents=True, exist_ok=True)
    for old in snapshot.parent.glob(snapshot.name.rsplit("-", 1)[0] + "-*.feather"):
        old.unlink(missing_ok=True)
    partial = snapshot.with_suffix(".partial")
    frame.to_feather(partial, compression="uncompressed")    # read back in a fifth of the time of lz4
    partial.replace(snapshot)


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def read_database(db_path: Path, columns: tuple[str, ...] = FRAME_COLUMNS,
                  statuses: tuple[str, ...] = ()) -> pd.DataFrame:
    """The events frame read straight from SQLite, sorted by date then id. Read into Arrow columns in
    C (no Python object per cell: through the sqlite3 module and pandas a million rows took 12.9 CPU-s,
    this about 3), each batch typed before the next is read (labels dictionary-encoded, dates parsed),
    so the raw text of a million rows is never held at once. A big database is read in parts by
    threads: the driver and Arrow work without holding Python's lock, so two cores take about half the time.
    With fewer `columns` (the first page's, see preview_events) and no event id, the rows stay in the
    order read: what is drawn from them are counts, whatever the order. `statuses`: only the events
    with one of these review statuses (all when empty)."""
    schema = typed_schema(columns)
    ranges = id_ranges(db_path)
    with ThreadPoolExecutor(len(ranges)) as pool:
        parts = list(pool.map(lambda bounds: _read_part(db_path, schema, statuses, bounds), ranges))
    table = pa.Table.from_batches([b for part in parts for b in part], schema=schema).unify_dictionaries()
    order = date_order(table) if "event_id" in columns else None
    typed = {column: frame_column(column, table.column(column), order) for column in columns}
    return pd.DataFrame(typed, copy=False)     # the columns are new: no second copy of them at the peak


def read_values(db_path: Path, columns: tuple[str, ...]) -> pa.Table:
    """Every stored event's `columns` as read (columns.read_value: text, and numbers with +Inf for missing),
    untyped, from the events table itself rather than the reviewed view: what counts.py counts. In parts by
    threads, as read_database."""
    schema = pa.schema([(c, pa.float64() if c in NUMBER_COLUMNS else pa.string()) for c in columns])
    ranges = id_ranges(db_path)
    with ThreadPoolExecutor(len(ranges)) as pool:
        parts = list(pool.map(lambda bounds: _read_part(db_path, schema, (), bounds, raw=True), ranges))
    return pa.Table.from_batches([b for part in parts for b in part], schema=schema)


def preview_events(db_path: Path, statuses: tuple[str, ...]) -> pd.DataFrame | None:
    """The first page's columns (PREVIEW_COLUMNS) of the events with these review `statuses` (all when
    empty), from a database of at least PREVIEW_FROM events that has no snapshot yet; None otherwise (the
    whole frame then comes from the snapshot, or quickly). From the counts kept in the database (counts.py:
    milliseconds, built on the first open), else read from the events (chosen in SQL, which leaves out a
    column: about a second at a million)."""
    if snapshot_path(db_path).exists():
        return None
    with closing(sqlite3.connect(str(db_path))) as connection:    # the table's count: its id index, milliseconds
        total = connection.execute("SELECT count(*) FROM events").fetchone()[0]
    if total < PREVIEW_FROM:
        return None
    counted = counts.preview(db_path, statuses, read_values)
    return read_database(db_path, PREVIEW_COLUMNS, statuses) if counted is None else counted


def id_ranges(db_path: Path) -> list[tuple[str | None, str | None]]:
    """Event-id ranges [low, high) (None: open) that split the events into READ_PARTS parts of about one
    size; one range for a small database. Any split is correct (an id falls in exactly one range); the
    pivots come from the stored events' id index, so they cost a few milliseconds."""
    with closing(sqlite3.connect(str(db_path))) as connection:
        total = connection.execute("SELECT count(*) FROM events").fetchone()[0]
        parts = READ_PARTS if total and total >= PARALLEL_FROM else 1
        pivots = [connection.execute("SELECT event_id FROM events ORDER BY event_id LIMIT 1 OFFSET ?",
                                     (total * k // parts,)).fetchone()[0] for k in range(1, parts)]
    bounds = [None, *dict.fromkeys(pivots), None]          # equal pivots would make an empty range
    return list(zip(bounds, bounds[1:]))


def _read_part(db_path: Path, schema: pa.Schema, statuses: tuple[str, ...], bounds: tuple[str | None, str | None],
               raw: bool = False) -> list[pa.RecordBatch]:
    """The batches of the events whose id is in [low, high) = `bounds` (an id is compared as
    text, '' when missing; through IFNULL, which also keeps SQLite scanning the table rather than walking the
    id index) and whose review status is one of `statuses` (any when empty), typed to `schema` (typed_schema).
    `raw`: the stored events (not the reviewed view) as read, text and numbers (see read_values)."""
    low, high = bounds
    where = [f"IFNULL(event_id, '') {op} ?" for op, bound in ((">=", low), ("<", high)) if bound is not None]
    where += [f"IFNULL(reviewed, '') IN ({', '.join('?' * len(statuses))})"] if statuses else []
    query = f"SELECT {', '.join(f'{read_value(c)} AS {c}' for c in schema.names)} FROM {'events' if raw else READ_EVENTS}"
    with closing(adbc_sqlite.connect(str(db_path))) as connection, closing(connection.cursor()) as cursor:
        # two readers opening the database at once may find it briefly locked (one sets up the write-ahead
        # log's index): wait, as the sqlite3 module does by default, rather than fail at once
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.fetchall()
        cursor.adbc_statement.set_options(**{StatementOptions.BATCH_ROWS.value: str(READ_BATCH)})
        cursor.execute(query + (f" WHERE {' AND '.join(where)}" if where else ""),
                       [bound for bound in (low, high) if bound is not None] + list(statuses))
        return [batch.cast(schema) if raw else typed_batch(batch, schema) for batch in cursor.fetch_record_batch()]


def date_order(table: pa.Table) -> np.ndarray:
    """The rows by date then id (undated first, as SQL sorts ''): sorted here, not in SQL, where SQLite
    sorts whole rows through a temporary B-tree (a third of the read); by id, then stably by day."""
    by_id = pc.sort_indices(table.column("event_id")).to_numpy()
    days = table.column("event_date").to_numpy().view(np.int64)[by_id]
    return by_id[np.argsort(days, kind="stable")]


def with_texts(rows: pd.DataFrame, db_path: Path) -> pd.DataFrame:
    """`rows` of the frame with each event's sentence and its character offsets, read from the database
    by event id (for the rows shown: the frame leaves these long texts there). An event the database
    no longer has (changed since the frame was read; the next rerun reads it again) gets '' and 0, 0."""
    ids = [str(i) for i in dict.fromkeys(rows["event_id"])]
    found = []
    with closing(sqlite3.connect(str(db_path))) as connection:
        for start in range(0, len(ids), SQL_VARIABLES):
            chunk = ids[start:start + SQL_VARIABLES]
            found += connection.execute(f"SELECT event_id, {', '.join(TEXT_COLUMNS)} FROM {READ_EVENTS} WHERE event_id "
                                        f"IN ({', '.join('?' * len(chunk))})", chunk).fetchall()
    texts = pd.DataFrame(found, columns=["event_id", *TEXT_COLUMNS]).set_index("event_id").reindex(rows["event_id"])
    texts = texts.fillna({"sentence": "", "char_start": 0, "char_end": 0}).astype({"char_start": int, "char_end": int})
    return rows.assign(**{column: texts[column].to_numpy() for column in TEXT_COLUMNS})


def sentence_matches(db_path: Path, text: str) -> list[str]:
    """The ids of the events whose sentence contains `text` (case-insensitive, literal, any script)."""
    with closing(sqlite3.connect(str(db_path))) as connection:
        # SQLite's own lower() and LIKE fold ASCII letters only
        connection.create_function("folded", 1, lambda value: str(value or "").casefold(), deterministic=True)
        rows = connection.execute(f"SELECT event_id FROM {READ_EVENTS} WHERE instr(folded(sentence), ?) > 0",
                                  (text.strip().casefold(),)).fetchall()
    return [row[0] for row in rows]


def article(db_path: Path, doc_id: str) -> dict[str, str]:
    """One stored article: text, title, source, published ('' where unknown)."""
    with Store(db_path) as store:
        meta = store.articles([doc_id]).get(doc_id)
        text = store.article_text(doc_id) or ""
    if meta is None:
        return {"doc_id": doc_id, "text": text, "title": "", "source": "", "published": ""}
    published = meta.published.isoformat() if meta.published else ""
    return {"doc_id": doc_id, "text": text, "title": meta.title, "source": meta.source, "published": published}


def sources(db_path: Path, event_id: str) -> list[dict[str, object]]:
    """Every sentence that reported the event, each with its article's metadata."""
    with Store(db_path) as store:
        found = store.event_sources(event_id)
        articles = store.articles(sorted({source.doc_id for source in found}))
    rows = []
    for source in found:
        meta = articles.get(source.doc_id)
        rows.append({"doc_id": source.doc_id, "sentence": source.sentence, "char_start": source.char_start,
                     "char_end": source.char_end, "source": meta.source if meta else "",
                     "published": meta.published.isoformat() if meta and meta.published else "",
                     "title": meta.title if meta else ""})
    return rows


def export_rows(db_path: Path, event_ids: Iterable[str]) -> list[dict[str, object]]:
    """The export rows of the given events, exactly as `python -m extract export` writes them (rejected
    events only when the view shows them, which is asking for them)."""
    wanted = set(event_ids)
    with Store(db_path) as store:
        return [row for row in store.export_rows(ExportFilter(include_rejected=True)) if row["event_id"] in wanted]


def csv_text(db_path: Path, event_ids: Iterable[str]) -> str:
    """The CSV the CLI would export for these events (same columns, same cells)."""
    out = io.StringIO()
    write_csv(export_rows(db_path, event_ids), out)
    return out.getvalue()


def geojson_text(db_path: Path, event_ids: Iterable[str]) -> str:
    """The GeoJSON the CLI would export for these events."""
    out = io.StringIO()
    write_geojson(export_rows(db_path, event_ids), out)
    return out.getvalue()


@cache
def borders() -> dict:
    """Country outlines for the offline map (Natural Earth, see tools/build_borders.py)."""
    return json.loads(BORDERS.read_text(encoding="utf-8"))
