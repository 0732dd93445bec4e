"""The dashboard's data access: the frame, its snapshot, exports identical to the CLI's."""
from __future__ import annotations

import csv
import io
import os
import shutil
import sqlite3
import sys
import threading
import time
import tomllib
from contextlib import closing
from pathlib import Path

import pandas as pd
import pytest

from board import columns, counts, data, opening
from extract.__main__ import main as cli
from extract.pipeline import Pipeline, run
from extract.settings import ROOT
from extract.store import READ_EVENTS, ExportFilter, Store
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
    assert tuple(frame.columns) == columns.FRAME_COLUMNS and set(columns.FRAME_COLUMNS) <= set(COLUMNS) and len(frame) > 30
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


def pandas_reader(db_path) -> pd.DataFrame:
    """The frame as the page read it before the Arrow reader: pandas over the sqlite3 module, then typed."""
    query = f"SELECT {', '.join(columns.FRAME_COLUMNS)} FROM {READ_EVENTS} ORDER BY event_date, event_id"
    with closing(sqlite3.connect(str(db_path))) as connection:
        frame = pd.read_sql_query(query, connection)
    for column in columns.NUMBER_COLUMNS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    for column in columns.DATE_COLUMNS:
        frame[column] = pd.to_datetime(frame[column].replace("", None), errors="coerce", format="%Y-%m-%d")
    for column in columns.LABEL_COLUMNS:
        frame[column] = frame[column].fillna("").astype("category")
    return frame


def test_the_arrow_reader_gives_the_frame_pandas_gave_types_included(sample_db):
    pd.testing.assert_frame_equal(data.read_database(sample_db), pandas_reader(sample_db))


# (column, stored value): unknowns stored as NULL or '' are missing numbers, NaT dates and '' labels.
ODD_CELLS = [("latitude", None), ("fatalities", ""), ("fatalities", None), ("fatalities", 0), ("date_start", ""),
             ("date_end", None), ("event_date", ""), ("actor2", None), ("reviewer", ""), ("confidence", 1)]


@pytest.fixture(scope="module")
def odd_db(tmp_path_factory):
    """Events whose first 1,500 have no fatalities and no coordinates (the Arrow reader guesses a column's
    type from its first rows), then the odd cells of ODD_CELLS, one row each."""
    path = tmp_path_factory.mktemp("odd") / "events.db"
    plain_row = {c: "" for c in COLUMNS} | {"event_date": "2013-01-05", "date_start": "2013-01-05", "date_end": "2013-01-05",
                                            "event_type": "Battles", "latitude": 14.9, "longitude": -3.9,
                                            "fatalities": 3, "report_count": 1, "confidence": 0.5, "sentence": "S."}
    rows = [plain_row | {"event_id": f"E{i:05d}", "latitude": None, "longitude": None, "fatalities": None}
            for i in range(1500)]
    rows += [plain_row | {"event_id": f"ODD{i:02d}", column: value} for i, (column, value) in enumerate(ODD_CELLS)]
    with Store(path) as store, store.db:
        store.db.executemany(f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                             [tuple(row[c] for c in COLUMNS) for row in rows])
    return path


def test_odd_cells_read_alike_by_both_readers(odd_db):
    frame = data.read_database(odd_db)
    pd.testing.assert_frame_equal(frame, pandas_reader(odd_db))
    odd = frame.set_index("event_id")
    assert odd.loc["ODD02", "fatalities"] != odd.loc["ODD02", "fatalities"] and odd.loc["ODD03", "fatalities"] == 0
    assert pd.isna(odd.loc["ODD04", "date_start"]) and odd.loc["ODD07", "actor2"] == ""


def test_the_frame_leaves_long_texts_in_the_database(sample_db):
    assert not set(columns.FRAME_COLUMNS) & {"sentence", "char_start", "char_end", "published", "notes"}


def test_rows_get_their_sentences_and_offsets_from_the_database(sample_db):
    frame = data.load_events(sample_db)
    rows = frame.iloc[[5, 0, 3]]
    texts = data.with_texts(rows, sample_db)
    with Store(sample_db) as store:
        stored = {r["event_id"]: r for r in store.export_rows(ExportFilter(include_rejected=True))}
    assert list(texts.index) == list(rows.index) and list(texts["event_id"]) == list(rows["event_id"])
    for _, row in texts.iterrows():
        source = stored[row["event_id"]]
        assert (row["sentence"], row["char_start"], row["char_end"]) == (source["sentence"], source["char_start"],
                                                                         source["char_end"])


def test_an_event_gone_from_the_database_gets_empty_texts(sample_db):
    rows = data.load_events(sample_db).iloc[:2].assign(event_id=["gone", "also gone"])
    texts = data.with_texts(rows, sample_db)
    assert list(texts["sentence"]) == ["", ""] and list(texts["char_start"]) == [0, 0] == list(texts["char_end"])


@pytest.mark.parametrize("text, sentences", [
    ("konna", ["Troops retook KONNA.", "Konna again."]),      # case-insensitive
    ("SÉVARÉ", ["Planes flew from Sévaré."]),                # beyond ASCII too (SQLite's lower() is ASCII only)
    ("(cars", []),                                            # literal, not a pattern
    ("50%", ["Half, 50%, fled."]),
    ("a_b", []),                                              # '_' is no wildcard
    ("nothing like it", []),
])
def test_sentence_search(tmp_path, text, sentences):
    written = ["Troops retook KONNA.", "Konna again.", "Planes flew from Sévaré.", "Half, 50%, fled.", "A mob burned cars."]
    path = tmp_path / "events.db"
    with Store(path) as store, store.db:
        store.db.executemany("INSERT INTO events (event_id, sentence) VALUES (?, ?)",
                             [(f"E{i}", sentence) for i, sentence in enumerate(written)])
    assert sorted(data.sentence_matches(path, text)) == sorted(f"E{written.index(s)}" for s in sentences)


def test_an_empty_database_gives_an_empty_frame_of_the_same_types(sample_db, tmp_path):
    Store(tmp_path / "empty.db").close()
    empty, full = data.read_database(tmp_path / "empty.db"), data.read_database(sample_db)
    assert len(empty) == 0 and tuple(empty.columns) == columns.FRAME_COLUMNS
    assert [getattr(d, "name", str(d)) for d in empty.dtypes] == [getattr(d, "name", str(d)) for d in full.dtypes]


def test_the_borders_url_names_the_file_streamlit_serves():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["enableStaticServing"] is True
    served = ROOT / "static" / opening.BORDERS_URL.removeprefix("app/static/")   # Streamlit serves static/ there
    assert opening.BORDERS_URL.startswith("app/static/") and served == data.BORDERS and served.exists()


@pytest.mark.parametrize("parts", [2, 3, 7])
def test_a_database_read_in_parts_gives_the_frame_read_whole(odd_db, sample_db, monkeypatch, parts):
    whole = [data.read_database(db) for db in (odd_db, sample_db)]
    monkeypatch.setattr(data, "PARALLEL_FROM", 0)
    monkeypatch.setattr(data, "READ_PARTS", parts)
    assert len(data.id_ranges(odd_db)) == parts
    for db, expected in zip((odd_db, sample_db), whole):
        pd.testing.assert_frame_equal(data.read_database(db), expected)


@pytest.mark.parametrize("ids, parts, ranges", [
    ([], 2, [(None, None)]),
    (["a"], 2, [(None, "a"), ("a", None)]),                   # the first range is empty
    (["a", "b", "c", "d"], 2, [(None, "c"), ("c", None)]),
    (["a", "a", "a", "b"], 4, [(None, "a"), ("a", "b"), ("b", None)]),   # one pivot for equal ids
])
def test_id_ranges_split_the_events(tmp_path, monkeypatch, ids, parts, ranges):
    monkeypatch.setattr(data, "PARALLEL_FROM", 0)
    monkeypatch.setattr(data, "READ_PARTS", parts)
    path = tmp_path / "events.db"
    with Store(path) as store, store.db:
        store.db.executemany("INSERT INTO events (event_id) VALUES (?)", [(i,) for i in ids])
    assert data.id_ranges(path) == ranges


def sorted_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows in one order, labels as text (events filtered in SQL leave out the others' labels)."""
    labels = {c: "str" for c in frame.columns if isinstance(frame[c].dtype, pd.CategoricalDtype)}
    return frame.astype(labels).sort_values(list(frame.columns)).reset_index(drop=True)


@pytest.mark.parametrize("db", ["odd_db", "sample_db"])
@pytest.mark.parametrize("statuses", [(), ("unreviewed",), ("",), ("confirmed", "rejected")])   # the sample's, the odd rows', none
def test_the_preview_holds_the_frames_values_in_its_columns(request, monkeypatch, tmp_path, db, statuses):
    path = tmp_path / "events.db"
    shutil.copy(request.getfixturevalue(db), path)     # the preview keeps counts in the database
    monkeypatch.setattr(data, "PREVIEW_FROM", 0)
    whole = data.read_database(path)
    whole = whole[whole["reviewed"].isin(statuses) if statuses else slice(None)][list(columns.PREVIEW_COLUMNS)]
    # Read from the events (without the counts), the rows are the frame's ...
    pd.testing.assert_frame_equal(sorted_rows(data.read_database(path, columns.PREVIEW_COLUMNS, statuses)),
                                  sorted_rows(whole))
    # ... from the counts, each column or pair counted together holds the frame's values (tests/test_board_counts.py).
    preview = data.preview_events(path, statuses)
    for counted in counts.COUNTED.values():
        pd.testing.assert_frame_equal(sorted_rows(preview[list(counted)]), sorted_rows(whole[list(counted)]))


@pytest.mark.parametrize("least, snapshot, previewed", [
    (0, False, True),
    (0, True, False),            # the snapshot gives the whole frame in a fraction of a second
    (10 ** 9, False, False),     # a small database is read whole quickly
])
def test_a_preview_only_while_a_big_database_has_no_snapshot(sample_db, tmp_path, monkeypatch, least, snapshot,
                                                             previewed):
    path = tmp_path / "events.db"
    shutil.copy(sample_db, path)
    monkeypatch.setattr(data, "PREVIEW_FROM", least)
    if snapshot:
        data.load_events(path)
    assert (data.preview_events(path, ()) is not None) == previewed


@pytest.mark.skipif(sys.platform != "linux", reason="a thread's own priority is Linux's")
def test_a_read_behind_the_page_runs_at_the_lowest_priority_and_says_what_failed(sample_db):
    own = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen = data.behind_the_page(lambda path: (path, os.getpriority(os.PRIO_PROCESS, threading.get_native_id())),
                                sample_db)
    assert seen == (sample_db, data.BEHIND_NICE) and os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == own
    data.behind_the_page(data.read_database, sample_db)
    deadline = time.monotonic() + 2
    while set(thread_priorities().values()) != {own} and time.monotonic() < deadline:
        time.sleep(0.05)       # a thread joined may still be leaving /proc for a moment
    assert set(thread_priorities().values()) == {own}    # no thread left behind at that priority (Arrow's pool, say)
    with pytest.raises(sqlite3.OperationalError):
        data.behind_the_page(data.read_database, sample_db.parent / "missing" / "events.db")


def thread_priorities() -> dict[int, int]:
    """Every thread of this process: its nice value (Linux /proc); a thread that ends while it is read is gone."""
    found = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            found[int(task.name)] = int((task / "stat").read_text().rsplit(")", 1)[1].split()[16])
        except FileNotFoundError:
            continue
    return found
