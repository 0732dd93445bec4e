"""The dashboard's data access: the frame, its snapshot, exports identical to the CLI's."""
from __future__ import annotations

import csv
import io
import shutil

import pandas as pd
import pytest

from board import data
from extract.__main__ import main as cli
from extract.pipeline import Pipeline, run
from extract.store import Store
from extract.table import COLUMNS

ARTICLE = "---\npublished: 2013-01-18\nsource: Desk\n---\nMalian troops retook Konna on Thursday, officials said.\n"


@pytest.fixture(autouse=True)
def own_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory, tiny_gazetteer):
    path = tmp_path_factory.mktemp("data") / "events.db"
    with Store(path) as store:
        run([data.SAMPLE_ARTICLES], store, Pipeline(tiny_gazetteer))
    return path


def test_the_frame_has_the_export_columns_with_parsed_dates(sample_db):
    frame = data.load_events(sample_db)
    assert tuple(frame.columns) == data.FRAME_COLUMNS and set(data.FRAME_COLUMNS) <= set(COLUMNS) and len(frame) > 30
    assert frame["date_start"].dtype.kind == "M" and isinstance(frame["event_type"].dtype, pd.CategoricalDtype)
    assert frame["event_date"].is_monotonic_increasing


def test_a_snapshot_serves_the_next_load_until_the_database_changes(sample_db, tmp_path, tiny_gazetteer):
    path = tmp_path / "events.db"
    shutil.copy(sample_db, path)
    first = data.load_events(path)
    assert data.snapshot_path(path).exists()
    pd.testing.assert_frame_equal(data.load_events(path), first)
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "konna.md").write_text(ARTICLE.replace("Konna", "Gao"), encoding="utf-8")
    with Store(path) as store:
        run([tmp_path / "new"], store, Pipeline(tiny_gazetteer))
    assert len(data.load_events(path)) > len(first)
    assert len(list(data.cache_dir().glob("*.feather"))) == 1     # the old snapshot is gone


@pytest.mark.parametrize("fmt, make", [("csv", data.csv_text), ("geojson", data.geojson_text)])
def test_downloads_are_exactly_the_cli_export(sample_db, tmp_path, fmt, make):
    out = tmp_path / f"events.{fmt}"
    assert cli(["export", "--db", str(sample_db), "--format", fmt, "-o", str(out)]) == 0
    ids = data.load_events(sample_db)["event_id"]
    assert make(sample_db, ids) == out.read_text(encoding="utf-8")


def test_a_download_has_only_the_events_in_view(sample_db):
    ids = list(data.load_events(sample_db)["event_id"][:3])
    rows = list(csv.DictReader(io.StringIO(data.csv_text(sample_db, ids))))
    assert list(rows[0]) == list(COLUMNS) and [row["event_id"] for row in rows] == ids


def test_sources_name_every_article_that_reported_an_event(sample_db):
    frame = data.load_events(sample_db)
    merged = frame[frame["report_count"] > 1].iloc[0]
    sources = data.sources(sample_db, merged["event_id"])
    assert len(sources) == merged["report_count"]
    assert all(s["sentence"] and s["published"] for s in sources)


def test_article_of_an_unknown_id_is_empty(sample_db):
    assert data.article(sample_db, "nope")["text"] == ""


def test_the_shipped_borders_are_small_rounded_country_outlines():
    borders = data.borders()
    names = {f["properties"]["iso3"]: f["properties"]["name"] for f in borders["features"]}
    assert len(names) > 150 and names["MLI"] == "Mali" and names["DZA"] == "Algeria"
    assert data.BORDERS.stat().st_size < 300_000
    points = [p for f in borders["features"] for polygon in f["geometry"]["coordinates"] for ring in polygon for p in ring]
    assert all(-180 <= lon <= 180 and -90 <= lat <= 90 and round(lon, 2) == lon for lon, lat in points)


def test_reading_in_chunks_gives_the_frame_of_one_read(sample_db, monkeypatch):
    whole = data.read_database(sample_db)
    monkeypatch.setattr(data, "READ_CHUNK", 7)        # many chunks, each with its own labels
    chunked = data.read_database(sample_db)
    assert len(whole) > 7 and list(chunked.columns) == list(whole.columns)
    for column in data.LABEL_COLUMNS:
        assert isinstance(chunked[column].dtype, pd.CategoricalDtype)
        assert list(chunked[column].astype(str)) == list(whole[column].astype(str))
    pd.testing.assert_frame_equal(chunked.drop(columns=list(data.LABEL_COLUMNS)), whole.drop(columns=list(data.LABEL_COLUMNS)))
