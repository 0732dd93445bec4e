"""Reading the events database for the dashboard; building it from the sample corpus if missing.

No Streamlit here: dashboard.py wraps these in its caches.
"""
from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import closing
from functools import cache
from pathlib import Path

import pandas as pd
from pandas.api.types import union_categoricals

from extract.fingerprint import extractor_fingerprint
from extract.pipeline import Pipeline, run
from extract.settings import ENV_PATHS, ROOT, Settings, cache_dir
from extract.store import READ_EVENTS, ExportFilter, Store
from extract.table import write_csv, write_geojson

SAMPLE_ARTICLES = ROOT / "data" / "articles"
SNAPSHOT_PREFIX = "events-frame-"
BORDERS = ROOT / "data" / "borders.geojson"
ENV_DB, ENV_GAZETTEER = ENV_PATHS["db_path"], ENV_PATHS["gazetteer_path"]
ENV_USER_GAZETTEER = ENV_PATHS["user_gazetteer_path"]
# The export columns the page uses (ACLED's codes and long texts such as notes stay in the database,
# for the downloads): a million events then fit well within the memory target.
FRAME_COLUMNS = ("event_id", "event_date", "date_start", "date_end", "date_precision", "event_type", "sub_event_type",
                 "actor1", "actor2", "location", "admin1", "country", "iso3", "latitude", "longitude",
                 "place_precision", "fatalities", "report_count", "confidence", "doc_id", "source", "published",
                 "sentence", "char_start", "char_end", "reviewed", "reviewer")
DATE_COLUMNS = ("event_date", "date_start", "date_end")
READ_CHUNK = 50_000
NUMBER_COLUMNS = ("latitude", "longitude", "place_precision", "fatalities", "confidence")
# Repeated labels become categoricals: a million events then take a fraction of the memory and
# `isin` filters compare small integer codes.
LABEL_COLUMNS = ("date_precision", "event_type", "sub_event_type", "actor1", "actor2", "location",
                 "admin1", "country", "iso3", "doc_id", "source", "published", "reviewed",
                 "reviewer")


def build_database(db_path: Path, pipeline: Pipeline, progress: Callable[[int, int], None] | None = None) -> None:
    """Extract the sample corpus into the database (with the app's cached pipeline: building another
    one would find the names again, a second or two and a second name automaton in memory)."""
    with Store(db_path) as store:
        run([SAMPLE_ARTICLES], store, pipeline, progress=progress)


def stale_articles(settings: Settings) -> int:
    """How many stored articles an older extractor produced (after an upgrade, or an old database)."""
    with Store(settings.db_path) as store:
        return store.count_stale(extractor_fingerprint(settings))


def refresh_database(db_path: Path, pipeline: Pipeline, progress: Callable[[int, int], None] | None = None) -> None:
    """Re-extract the stale stored articles from their stored text, so no view mixes two extractors."""
    with Store(db_path) as store:
        run([], store, pipeline, progress=progress)


def load_events(db_path: Path) -> pd.DataFrame:
    """All events with the export columns, sorted by date; dates parsed, labels categorical.

    Reading a million rows out of SQLite takes tens of seconds (a Python object per cell), so
    the frame is also kept as a columnar snapshot in the user's cache directory, named after
    the database's path, size and modification times: the next start reads that in about a second.
    """
    Store(db_path).close()   # creates the schema when the file is new (and may checkpoint the log)
    snapshot = snapshot_path(db_path)
    if snapshot.exists():
        try:
            return pd.read_feather(snapshot)
        except (OSError, ValueError):    # a damaged snapshot is rebuilt below
            snapshot.unlink(missing_ok=True)
    frame = read_database(db_path)
    save_snapshot(frame, snapshot)
    return frame


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
    frame.to_feather(partial)
    partial.replace(snapshot)


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def read_database(db_path: Path) -> pd.DataFrame:
    """The events frame read straight from SQLite (slow for big databases: see load_events). Read a
    chunk at a time, each typed before the next is read: a million rows read whole as Python objects
    peaked at 2.3 GB for a frame of under 200 MB."""
    query = f"SELECT {', '.join(FRAME_COLUMNS)} FROM {READ_EVENTS} ORDER BY event_date, event_id"
    with closing(sqlite3.connect(str(db_path))) as connection:
        chunks = [typed(chunk) for chunk in pd.read_sql_query(query, connection, chunksize=READ_CHUNK)]
    if not chunks:
        return typed(pd.DataFrame(columns=FRAME_COLUMNS))
    for column in LABEL_COLUMNS:        # each chunk has its own categories: one set for all, before joining
        categories = union_categoricals([chunk[column] for chunk in chunks]).categories
        for chunk in chunks:            # (chunks of unlike categories would be joined as Python strings)
            chunk[column] = chunk[column].cat.set_categories(categories)
    return pd.concat(chunks, ignore_index=True)


def typed(chunk: pd.DataFrame) -> pd.DataFrame:
    """Dates parsed, labels categorical, numbers that may be missing as floats (a chunk where all are
    missing would otherwise be a column of None)."""
    for column in NUMBER_COLUMNS:
        chunk[column] = pd.to_numeric(chunk[column], errors="coerce").astype("float64")
    for column in DATE_COLUMNS:
        chunk[column] = pd.to_datetime(chunk[column].replace("", None), errors="coerce", format="%Y-%m-%d")
    for column in LABEL_COLUMNS:
        chunk[column] = chunk[column].fillna("").astype("category")
    return chunk


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
