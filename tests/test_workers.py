"""Extraction over several processes stores exactly what one process stores."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.pipeline import Pipeline, Scale, run
from extract.store import Store
from extract import workers
from extract.workers import MIN_ARTICLES_PER_PROCESS

TOWNS = ("Konna", "Gao", "Timbuktu", "Bamako", "Paris")
DAYS = ("Monday", "Tuesday", "Thursday", "Friday")


def write_corpus(folder: Path, count: int) -> Path:
    """`count` short dated articles about a few towns and days (so that reports merge across articles)."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        town, day = TOWNS[n % len(TOWNS)], DAYS[n % len(DAYS)]
        text = (f"---\npublished: 2013-01-{18 + n % 3}\n---\nIslamist fighters attacked {town} on {day}, "
                f"killing {n % 7 + 2} soldiers, officials said. French jets struck Gao on {DAYS[n % 2]}.\n")
        (folder / f"{n:03d}.md").write_text(text, encoding="utf-8")
    return folder


def stored(db: Path) -> tuple[list, list, list]:
    """Everything a run leaves in the database that is not a row number."""
    with Store(db) as store:
        articles = sorted(tuple(r) for r in store.db.execute("SELECT * FROM articles"))
        events = sorted(tuple(r) for r in store.db.execute("SELECT * FROM events"))
        sources = sorted(tuple(r) for r in store.db.execute("SELECT * FROM event_sources"))
    return articles, events, sources


def _run(folder: Path, db: Path, gazetteer, workers: int, progress=None):
    with Store(db) as store:
        return run([folder], store, Pipeline(gazetteer), progress=progress, scale=Scale(workers))


def test_two_workers_store_what_one_stores(tmp_path, tiny_gazetteer):
    folder = write_corpus(tmp_path / "in", 3 * MIN_ARTICLES_PER_PROCESS)
    seen = []
    one = _run(folder, tmp_path / "one.db", tiny_gazetteer, 1)
    two = _run(folder, tmp_path / "two.db", tiny_gazetteer, 2, progress=lambda done, total: seen.append((done, total)))
    assert one.line() == two.line() and one.events > 10
    assert stored(tmp_path / "one.db") == stored(tmp_path / "two.db")
    assert seen[-1] == (one.articles, one.articles) and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_bug_in_a_worker_is_an_internal_error_and_the_rest_is_stored(tmp_path, tiny_gazetteer, monkeypatch):
    folder = write_corpus(tmp_path / "in", 2 * MIN_ARTICLES_PER_PROCESS)
    original = Pipeline.extract

    def broken(self, article):
        if article.doc_id in ("007", "050"):
            raise ZeroDivisionError("a bug")
        return original(self, article)

    monkeypatch.setattr(Pipeline, "extract", broken)  # forked workers inherit the patch
    summary = _run(folder, tmp_path / "e.db", tiny_gazetteer, 2)
    assert sorted(e.path.rsplit("/", 1)[-1] for e in summary.internal) == ["007.md", "050.md"]
    assert all("ZeroDivisionError" in e.traceback for e in summary.internal)
    assert summary.extracted == 2 * MIN_ARTICLES_PER_PROCESS - 2


@pytest.mark.parametrize("count", [1, MIN_ARTICLES_PER_PROCESS - 1])
def test_a_small_batch_stays_in_this_process(tmp_path, tiny_gazetteer, monkeypatch, count):
    monkeypatch.setattr(workers, "ProcessPoolExecutor", None)
    assert _run(write_corpus(tmp_path / "in", count), tmp_path / "e.db", tiny_gazetteer, 8).extracted == count


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_workers_must_be_a_positive_number(tmp_path, value, capsys):
    from extract.__main__ import main

    with pytest.raises(SystemExit) as stop:
        main(["run", str(tmp_path), "--db", str(tmp_path / "e.db"), "--workers", value])
    assert stop.value.code == 2 and "at least 1" in capsys.readouterr().err
