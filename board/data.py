"""Reading the events database for the dashboard; building it from the sample corpus if missing.

No Streamlit here: dashboard.py wraps these in its caches.
"""
from __future__ import annotations

import io
import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

import pandas as pd

from extract.gazetteer import Gazetteer
from extract.pipeline import Pipeline, run
from extract.settings import ROOT, Settings
from extract.store import Store
from extract.table import COLUMNS, write_csv, write_geojson

SAMPLE_ARTICLES = ROOT / "data" / "articles"
BORDERS = ROOT / "data" / "borders.geojson"
ENV_DB, ENV_GAZETTEER = "EVENTS_DB", "EVENTS_GAZETTEER"   # let tests and deployments point elsewhere
DATE_COLUMNS = ("event_date", "date_start", "date_end")
# Repeated labels become categoricals: a million events then take a fraction of the memory and
# `isin` filters compare small integer codes.
LABEL_COLUMNS = ("time_precision", "event_type", "sub_event_type", "actor1", "actor2", "location",
                 "admin1", "country", "iso3", "doc_id", "source", "published")


def app_settings() -> Settings:
    """The settings, with the database and gazetteer paths from the environment when set."""
    overrides = {name: Path(os.environ[env]) for name, env in (("db_path", ENV_DB), ("gazetteer_path", ENV_GAZETTEER))
                 if os.environ.get(env)}
    return Settings.make(**overrides)


def build_database(settings: Settings, progress: Callable[[int, int], None] | None = None) -> None:
    """Extract the sample corpus into the settings' database."""
    with Store(settings.db_path) as store:
        run([SAMPLE_ARTICLES], store, Pipeline(Gazetteer.load(settings.gazetteer_path), settings), progress=progress)


def load_events(db_path: Path) -> pd.DataFrame:
    """All events with the export columns, sorted by date; dates parsed, labels categorical."""
    Store(db_path).close()   # creates the schema when the file is new
    with sqlite3.connect(str(db_path)) as connection:
        frame = pd.read_sql_query(f"SELECT {', '.join(COLUMNS)} FROM events ORDER BY event_date, event_id", connection)
    for column in DATE_COLUMNS:
        frame[column] = pd.to_datetime(frame[column].replace("", None), errors="coerce", format="%Y-%m-%d")
    for column in LABEL_COLUMNS:
        frame[column] = frame[column].fillna("").astype("category")
    return frame


def article(db_path: Path, doc_id: str) -> dict[str, str]:
    """One stored article: text, title, source, published ('' where unknown)."""
    with Store(db_path) as store:
        meta = store.articles().get(doc_id)
        text = store.article_text(doc_id) or ""
    if meta is None:
        return {"doc_id": doc_id, "text": text, "title": "", "source": "", "published": ""}
    published = meta.published.isoformat() if meta.published else ""
    return {"doc_id": doc_id, "text": text, "title": meta.title, "source": meta.source, "published": published}


def sources(db_path: Path, event_id: str) -> list[dict[str, object]]:
    """Every sentence that reported the event, each with its article's metadata."""
    with Store(db_path) as store:
        found = store.event_sources(event_id)
        articles = store.articles()
    rows = []
    for source in found:
        meta = articles.get(source.doc_id)
        rows.append({"doc_id": source.doc_id, "sentence": source.sentence, "char_start": source.char_start,
                     "char_end": source.char_end, "source": meta.source if meta else "",
                     "published": meta.published.isoformat() if meta and meta.published else "",
                     "title": meta.title if meta else ""})
    return rows


def export_rows(db_path: Path, event_ids: Iterable[str]) -> list[dict[str, object]]:
    """The export rows of the given events, exactly as `python -m extract export` writes them."""
    wanted = set(event_ids)
    with Store(db_path) as store:
        return [row for row in store.export_rows() if row["event_id"] in wanted]


def csv_text(db_path: Path, event_ids: Iterable[str]) -> str:
    """The CSV the CLI would export for these events (same columns, same cells)."""
    out = io.StringIO()
    write_csv(export_rows(db_path, event_ids), out)
    return out.getvalue()


def geojson_text(db_path: Path, event_ids: Iterable[str]) -> str:
    out = io.StringIO()
    write_geojson(export_rows(db_path, event_ids), out)
    return out.getvalue()


@cache
def borders() -> dict:
    """Country outlines for the offline map (Natural Earth, see tools/build_borders.py)."""
    return json.loads(BORDERS.read_text(encoding="utf-8"))
