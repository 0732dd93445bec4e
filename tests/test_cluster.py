"""A real Dask LocalCluster (worker processes on loopback) stores what a serial run stores; the archive
inputs (.jsonl.gz, Parquet) read as plain JSONL does; the Parquet dataset of reports matches the store."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from extract.articles import InputError, iter_articles
from extract.gazetteer import Gazetteer
from extract.pipeline import Pipeline, Scale, run
from extract.settings import Settings
from extract.store import Store
from tests.conftest import TINY_ROWS, write_gazetteer_csv
from tests.test_workers import stored, write_corpus

RECORDS = [{"text": "Islamist fighters seized Konna on Thursday, killing 12 soldiers.", "published": "2013-01-18"},
           {"text": "French jets struck Gao on Sunday.", "published": "2013-01-14", "id": "gao-strike"},
           {"text": "", "published": "2013-01-14"},
           {"text": "Rebels attacked Timbuktu.", "published": "2013-02-30"}]


def _settings(tmp_path: Path) -> Settings:
    return Settings.make(gazetteer_path=write_gazetteer_csv(TINY_ROWS, tmp_path / "tiny.csv"),
                         user_gazetteer_path=tmp_path / "none.sqlite")


def _run(paths: list[Path], db: Path, settings: Settings, scale: Scale = Scale()):
    with Store(db) as store:
        return run(paths, store, Pipeline(Gazetteer.from_settings(settings), settings), scale=scale)


def test_a_local_dask_cluster_stores_what_a_serial_run_stores(tmp_path):
    pytest.importorskip("distributed")
    settings = _settings(tmp_path)
    folder = write_corpus(tmp_path / "in", 80)
    serial = _run([folder], tmp_path / "serial.db", settings)
    spread = _run([folder], tmp_path / "dask.db", settings, Scale(2, "local", tmp_path / "reports"))
    assert serial.line() == spread.line() and serial.events > 10
    assert stored(tmp_path / "serial.db") == stored(tmp_path / "dask.db")
    parts = pq.read_table(tmp_path / "reports").to_pylist()
    with Store(tmp_path / "dask.db") as store:
        assert len(parts) == serial.reports == len(store.reports())
        assert {r["doc_id"] for r in parts} == {r.doc_id for r in store.reports()}
    again = _run([folder], tmp_path / "dask.db", settings, Scale(2, "local"))  # resumed: nothing left to do
    assert again.unchanged == 80 and stored(tmp_path / "dask.db") == stored(tmp_path / "serial.db")


def _outcome(items: list) -> list[tuple]:
    return [(i.doc_id, i.published, i.text) if not isinstance(i, InputError) else ("rejected", i.path.rsplit(":", 1)[-1], i.problem)
            for i in items]


def test_gzipped_jsonl_and_parquet_read_as_jsonl(tmp_path):
    lines = "".join(json.dumps(r) + "\n" for r in RECORDS).encode()
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "batch.jsonl").write_bytes(lines)
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "batch.jsonl.gz").write_bytes(gzip.compress(lines))
    (tmp_path / "c").mkdir()
    pq.write_table(pa.table({k: [r.get(k) for r in RECORDS] for k in ("text", "published", "id")}),
                   tmp_path / "c" / "batch.parquet")
    plain, zipped, columnar = (list(iter_articles([tmp_path / d])) for d in "abc")
    assert [i.doc_id for i in plain if not isinstance(i, InputError)] == ["batch-1", "gao-strike"]
    assert _outcome(zipped) == _outcome(plain)
    assert [o[:2] for o in _outcome(columnar)] == [o[:2] for o in _outcome(plain)]


@pytest.mark.parametrize("name, content, problem", [
    ("bad.jsonl.gz", gzip.compress(b'{"text": "Rebels seized Gao."}\n')[:-12], "not a readable gzip file"),
    ("bad.parquet", b"PAR1 not really", "not a readable Parquet file"),
])
def test_a_damaged_archive_is_rejected_with_a_reason(tmp_path, name, content, problem):
    (tmp_path / name).write_bytes(content)
    assert problem in next(i for i in iter_articles([tmp_path]) if isinstance(i, InputError)).problem


def test_a_parquet_file_without_text_is_rejected(tmp_path):
    pq.write_table(pa.Table.from_pylist([{"body": "Rebels seized Gao."}]), tmp_path / "x.parquet")
    [error] = list(iter_articles([tmp_path]))
    assert isinstance(error, InputError) and '"text" column' in error.problem
