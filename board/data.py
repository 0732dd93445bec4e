"""Loading the events database for the dashboard; building it from the sample corpus if missing."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from extract.gazetteer import Gazetteer
from extract.pipeline import Pipeline, run
from extract.settings import ROOT, Settings
from extract.store import Store
from extract.table import COLUMNS

SAMPLE_ARTICLES = ROOT / "data" / "articles"


def build_database(db_path: Path, progress: Callable[[int, int], None] | None = None) -> None:
    """Extract the sample corpus into `db_path`."""
    settings = Settings.make(db_path=db_path)
    with Store(db_path) as store:
        run([SAMPLE_ARTICLES], store, Pipeline(Gazetteer.from_settings(settings), settings), progress=progress)


def load_events(db_path: Path) -> pd.DataFrame:
    """All events as a frame with the export columns; dates parsed."""
    with Store(db_path) as store:
        frame = pd.DataFrame(store.export_rows(), columns=list(COLUMNS))
    for column in ("event_date", "date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column], errors="coerce")
    return frame


def article_text(db_path: Path, doc_id: str) -> str:
    """The stored text of one article ('' when unknown)."""
    with Store(db_path) as store:
        return store.article_text(doc_id) or ""
