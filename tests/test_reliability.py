"""Nothing lost, nothing stale, nothing stops the batch: one test per way main once failed.

Each case below crashed a whole batch, lost an article, kept stale results or gave two events one
id before the reliability work; the property tests at the end throw generated input at the same
entry points and accept only two outcomes: stored, or rejected with a reason.
"""
from __future__ import annotations

import io
import json
import os
import sqlite3
import threading
import time
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path

import pytest

from extract.__main__ import EXIT_FAILURES, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, main
from extract.articles import InputError, iter_articles
from extract.dates import find_timexes
from extract.tolls import fatalities
from extract.incremental import merge_pending
from extract.pipeline import Pipeline, run
from extract.settings import Settings
from extract.store import SCHEMA_VERSION, Store

BODY = "Islamist fighters seized Konna on Thursday, killing 12 soldiers, officials said.\n"
DATED = "---\npublished: 2013-01-18\n---\n" + BODY


def _files(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return folder


def _run(folder: Path, db: Path, gazetteer, **settings) -> tuple:
    with Store(db) as store:
        summary = run([folder], store, Pipeline(gazetteer, Settings.make(**settings)))
        docs = {row[0]: row[1] for row in store.db.execute("SELECT doc_id, path FROM articles")}
        rows = store.export_rows()
    return summary, docs, rows


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


# 1. One article stopped the whole batch.
@pytest.mark.parametrize("name, content", [
    ("far.md", "---\npublished: 2013-01-18\n---\nThe town was settled 3000 years ago; rebels seized Konna.\n"),
    ("end.md", "---\npublished: 9999-12-31\n---\nRebels will attack Konna tomorrow.\n"),
    ("start.md", "---\npublished: 0001-01-01\n---\nRebels attacked Konna yesterday. Fighting went on last week.\n"),
    ("toll.md", "---\npublished: 2013-01-18\n---\nIn Konna 99999999999999999999 people were killed in fighting.\n"),
    ("lines.jsonl", '{"text": "Rebels \\ud800 seized Konna on Friday.", "published": "2013-01-18"}\n'),
    ("utf16.txt", "\ufeff".encode("utf-16-le") + DATED.encode("utf-16-le")),
])
def test_hostile_articles_are_stored_and_the_batch_goes_on(tmp_path, tiny_gazetteer, name, content):
    folder = _files(tmp_path / "in", {name: content, "zz_good.md": DATED.replace("Konna", "Gao")})
    summary, docs, rows = _run(folder, tmp_path / "e.db", tiny_gazetteer)
    assert not summary.internal and not summary.rejected and len(docs) == 2
    assert any(r["doc_id"] == "zz_good" for r in rows)


def test_a_file_name_that_is_not_utf8_is_stored_and_named(tmp_path, tiny_gazetteer):
    folder = tmp_path / "in"
    folder.mkdir()
    (Path(os.fsdecode(bytes(folder) + b"/r\xe9port.md"))).write_text(DATED, encoding="utf-8")
    summary, docs, _ = _run(folder, tmp_path / "e.db", tiny_gazetteer)
    assert not summary.failures and list(docs) == ["r\\xe9port"]


@pytest.mark.parametrize("manifest, stored_dates, problem", [
    ("file,published,source,title\na.txt,2013-01-11\nb.txt,2013-01-12,Desk,T\n", {"b": "2013-01-12"},
     "wrong number of fields"),
    ("file,published\na.txt,2013-01-11\na.txt,2013-01-12\nb.txt,2013-01-12\n", {"b": "2013-01-12"},
     "listed again"),
    ("file,published\na.txt,2013-01-20garbage\nb.txt,2013-01-12\n", {"b": "2013-01-12"}, "not a real date"),
    ("file,published\na.txt,2013-01-11\na.txt,2013-01-11\nb.txt,2013-01-12\n",
     {"a": "2013-01-11", "b": "2013-01-12"}, None),
])
def test_a_bad_manifest_row_costs_only_its_own_file_its_date(tmp_path, manifest, stored_dates, problem):
    folder = _files(tmp_path, {"a.txt": BODY, "b.txt": BODY, "manifest.csv": manifest})
    items = list(iter_articles([folder]))
    errors = [i for i in items if isinstance(i, InputError)]
    dated = {i.doc_id: str(i.published) for i in items if not isinstance(i, InputError) and i.published}
    assert dated == stored_dates and len([i for i in items if not isinstance(i, InputError)]) == 2
    assert (problem is None and not errors) or (len(errors) == 1 and problem in errors[0].problem
                                                 and "manifest.csv:" in errors[0].path)


@pytest.mark.parametrize("value, expected", [
    ("2013-01-18", date(2013, 1, 18)), ("2013-01-18T10:32:00+00:00", date(2013, 1, 18)),
    ("Jan. 18, 2013 10:32 GMT", date(2013, 1, 18)), ("18 janvier 2013", date(2013, 1, 18)),
    ("Fri, 18 Jan 2013 10:32:00 +0000", date(2013, 1, 18)),
    ("2013-01-20garbage", None), ("2013-13-01", None), ("January 2013", None), ("yesterday", None),
    ("18 Jan 2013 and more words", None),
])
def test_publication_dates_are_whole_dates(tmp_path, value, expected):
    _files(tmp_path, {"a.md": f"---\npublished: {value}\n---\n{BODY}"})
    [item] = list(iter_articles([tmp_path]))
    if expected is None:
        assert isinstance(item, InputError) and "not a real date" in item.problem
    else:
        assert item.published == expected


def test_one_bad_byte_rejects_one_jsonl_line(tmp_path):
    good = json.dumps({"text": BODY, "published": "2013-01-18"}).encode()
    _files(tmp_path, {"b.jsonl": good + b"\n" + good.replace(b"Konna", b"Ko\xffna") + b"\n" + good + b"\n"})
    items = list(iter_articles([tmp_path]))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    assert items[1].path.endswith("b.jsonl:2") and "UTF-8" in items[1].problem


@pytest.mark.parametrize("text, dct", [
    ("settled 3000 years ago", date(2013, 1, 18)), ("tomorrow", date(9999, 12, 31)),
    ("yesterday", date(1, 1, 1)), ("next year", date(9999, 12, 31)), ("last century", date(1, 1, 1)),
    ("next week", date(9999, 12, 30)),
])
def test_date_arithmetic_stays_in_the_calendar(text, dct):
    assert all(t.date_start is None or date.min <= t.date_start for t in find_timexes(text, dct))


@pytest.mark.parametrize("sentence, toll", [
    ("99999999999999999999 people were killed", None), ("12 people were killed", 12),
    ("٣٠ people were killed", 30),
])
def test_tolls_are_bounded(sentence, toll):
    assert fatalities(sentence) == toll


def test_a_bug_is_an_internal_error_not_the_users_mistake(tmp_path, monkeypatch, tiny_gazetteer):
    folder = _files(tmp_path / "in", {"a.md": DATED, "b.md": DATED.replace("Konna", "Gao")})
    original = Pipeline.extract

    def broken(self, article):
        if article.doc_id == "a":
            raise ZeroDivisionError("a bug")
        return original(self, article)

    monkeypatch.setattr(Pipeline, "extract", broken)
    db = tmp_path / "e.db"
    code, out, err = _cli("run", str(folder), "--db", str(db), "--gazetteer", str(_tiny_csv(tmp_path)))
    assert code == EXIT_INTERNAL and "1 internal errors" in out and "ZeroDivisionError" in err
    log = db.parent / "extract-errors.log"
    assert str(log) in err and "Traceback" in log.read_text() and "Traceback" not in err
    with Store(db) as store:
        assert [r["doc_id"] for r in store.export_rows()] == ["b"]


def _tiny_csv(folder: Path) -> Path:
    from tests.conftest import TINY_ROWS, write_gazetteer_csv
    return write_gazetteer_csv(TINY_ROWS, folder / "tiny.csv")


@pytest.mark.parametrize("files, code", [
    ({"a.md": DATED}, EXIT_OK), ({"a.md": DATED, "b.txt": b"\x89PNG\x00\x00"}, EXIT_FAILURES),
])
def test_exit_codes(tmp_path, files, code):
    folder = _files(tmp_path / "in", files)
    assert _cli("run", str(folder), "--db", str(tmp_path / "e.db"), "--gazetteer", str(_tiny_csv(tmp_path)))[0] == code


# 2. Articles silently lost.
def test_two_files_never_share_an_id(tmp_path, tiny_gazetteer):
    folder = _files(tmp_path / "in", {"a/report.txt": DATED.split("---\n")[-1], "b/report.txt": BODY,
                                      "x.txt": BODY, "x.md": DATED})
    summary, docs, _ = _run(folder, tmp_path / "e.db", tiny_gazetteer)
    assert summary.articles == 4 and len(docs) == 4 and {"a/report", "b/report"} <= set(docs)
    assert sorted(d.split("~")[0] for d in docs if d.startswith("x")) == ["x", "x"]
    again, docs_again, _ = _run(folder, tmp_path / "e.db", tiny_gazetteer)
    assert docs_again == docs and again.unchanged == 4


def test_the_same_file_named_another_way_keeps_its_article(tmp_path, tiny_gazetteer):
    folder = _files(tmp_path / "in", {"sub/konna.md": DATED})
    with Store(tmp_path / "e.db") as store:
        run([folder], store, Pipeline(tiny_gazetteer))
        again = run([folder / "sub" / "konna.md"], store, Pipeline(tiny_gazetteer))
        assert again.unchanged == 1 and [d for (d,) in store.db.execute("SELECT doc_id FROM articles")] == ["sub/konna"]


def test_a_written_id_never_replaces_another_sources_article(tmp_path, tiny_gazetteer):
    first = _files(tmp_path / "one", {"konna.md": "---\nid: k1\npublished: 2013-01-18\n---\n" + BODY})
    second = _files(tmp_path / "two", {"other.md": "---\nid: k1\npublished: 2013-01-19\n---\nRebels seized Gao.\n"})
    with Store(tmp_path / "e.db") as store:
        run([first], store, Pipeline(tiny_gazetteer))
        summary = run([second], store, Pipeline(tiny_gazetteer))
        texts = [t for (t,) in store.db.execute("SELECT text FROM articles")]
    assert texts == [BODY] and len(summary.rejected) == 1 and "already used by" in summary.rejected[0].problem


# 3. Stale results.
def test_a_changed_extractor_re_extracts_every_stored_article(tmp_path, tiny_gazetteer):
    folder = _files(tmp_path / "in", {"a.md": DATED, "b.md": DATED.replace("Konna", "Gao")})
    db = tmp_path / "e.db"
    _run(folder, db, tiny_gazetteer)
    same, _, _ = _run(folder, db, tiny_gazetteer)
    assert (same.extracted, same.unchanged) == (0, 2)
    changed, _, _ = _run(folder / "a.md", db, tiny_gazetteer, undated_window_days=3)
    assert (changed.extracted, changed.refreshed) == (1, 1)


def test_force_re_extracts(tmp_path, tiny_gazetteer):
    folder = _files(tmp_path / "in", {"a.md": DATED})
    with Store(tmp_path / "e.db") as store:
        run([folder], store, Pipeline(tiny_gazetteer))
        assert run([folder], store, Pipeline(tiny_gazetteer), force=True).extracted == 1


OLD_SCHEMA = """
CREATE TABLE articles (doc_id TEXT PRIMARY KEY, path TEXT, fingerprint TEXT, title TEXT, source TEXT, url TEXT,
    published TEXT, date_source TEXT, dateline_place TEXT, dateline_end INTEGER, text TEXT, n_reports INTEGER,
    warnings TEXT);
CREATE TABLE reports (report_id INTEGER PRIMARY KEY, doc_id TEXT, event_type TEXT);
CREATE TABLE events (event_id TEXT, event_type TEXT);
INSERT INTO articles VALUES ('a', 'a.md', 'old', '', '', '', '2013-01-18', 'front_matter', '', 0,
    'Islamist fighters seized Konna on Thursday.', 1, '');
INSERT INTO reports VALUES (1, 'a', 'Battles');
"""


def test_an_old_database_is_migrated_and_its_articles_re_extracted(tmp_path, tiny_gazetteer):
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as old:
        old.executescript(OLD_SCHEMA)
    with Store(db) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        summary = run([], store, Pipeline(tiny_gazetteer))
        assert summary.refreshed == 1 and [r["location"] for r in store.export_rows()] == ["Konna"]


def test_export_says_when_stored_articles_are_stale_and_run_alone_refreshes_them(tmp_path):
    folder = _files(tmp_path / "in", {"a.md": DATED})
    db, gazetteer = str(tmp_path / "e.db"), str(_tiny_csv(tmp_path))
    assert _cli("run", str(folder), "--db", db, "--gazetteer", gazetteer)[0] == EXIT_OK
    with Store(db) as store:
        store.mark_stale()
    assert "1 stored article(s) were extracted by another version" in _cli("export", "--db", db)[2]
    code, out, _ = _cli("run", "--db", db, "--gazetteer", gazetteer)
    assert code == EXIT_OK and "1 stored articles re-extracted" in out
    assert "warning" not in _cli("export", "--db", db)[2]


def test_a_newer_database_is_refused_with_a_message(tmp_path):
    db = tmp_path / "new.db"
    with sqlite3.connect(db) as new:
        new.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    code, _, err = _cli("export", "--db", str(db))
    assert code == EXIT_USAGE and "newer version" in err


# 4. Event ids.
def test_event_ids_are_unique_and_do_not_depend_on_the_order_of_reading(tmp_path, tiny_gazetteer):
    two = "---\npublished: 2013-01-18\n---\nFrench jets struck Gao and Konna on Friday.\n"
    files = {f"{n:02d}.md": (two if n % 2 else DATED) for n in range(8)}
    folder = _files(tmp_path / "in", files)
    with Store(tmp_path / "one.db") as store:
        run([folder], store, Pipeline(tiny_gazetteer))
        forward = store.export_rows()
    with Store(tmp_path / "two.db") as store:
        for name in sorted(files, reverse=True):
            run([folder / name], store, Pipeline(tiny_gazetteer))
        merge_pending(store, Settings(), remerge=True)
        backward = store.export_rows()
        sources = store.db.execute("SELECT count(*) FROM event_sources").fetchone()[0]
    ids = [r["event_id"] for r in forward]
    assert len(ids) == len(set(ids)) and ids == [r["event_id"] for r in backward]
    assert sources == sum(r["report_count"] for r in backward)


# 6. Special files and hostile conditions.
def test_a_fifo_is_refused_not_waited_on(tmp_path, tiny_gazetteer):
    folder = _files(tmp_path / "in", {"a.md": DATED})
    os.mkfifo(folder / "pipe.txt")
    summary, docs, _ = _run(folder, tmp_path / "e.db", tiny_gazetteer)
    assert list(docs) == ["a"] and "named pipe" in summary.rejected[0].problem


def test_a_link_to_a_device_is_refused(tmp_path):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    [error] = list(iter_articles([tmp_path]))
    assert isinstance(error, InputError) and "character device" in error.problem


def test_an_unreadable_folder_is_reported(tmp_path, monkeypatch):
    _files(tmp_path, {"a.md": DATED, "locked/b.md": DATED})
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_articles([tmp_path]))
    assert [getattr(i, "doc_id", None) for i in items] == ["a", None]
    assert "locked" in items[1].path and "cannot be read" in items[1].problem


def test_a_jsonl_line_over_the_limit_is_skipped_in_bounded_memory(tmp_path):
    good = json.dumps({"text": BODY}).encode()
    _files(tmp_path, {"big.jsonl": good + b"\n" + b"x" * 50_000 + b"\n" + good + b"\n"})
    items = list(iter_articles([tmp_path], settings=Settings.make(max_file_bytes=10_000)))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    assert "over the limit" in items[1].problem


def test_a_full_disk_ends_with_a_message_and_a_usable_database(tmp_path, tiny_gazetteer, monkeypatch):
    folder = _files(tmp_path / "in", {f"{n}.md": DATED.replace("Konna", "Konna " * 2000) for n in range(6)})
    db = tmp_path / "e.db"
    Store(db).close()
    connect = sqlite3.connect

    def small_disk(*args, **kwargs):
        connection = connect(*args, **kwargs)
        connection.execute("PRAGMA max_page_count = 40")  # what a full disk does to SQLite
        return connection

    monkeypatch.setattr(sqlite3, "connect", small_disk)
    code, _, err = _cli("run", str(folder), "--db", str(db), "--gazetteer", str(_tiny_csv(tmp_path)))
    assert code == EXIT_USAGE and "cannot write to the events database" in err and "full" in err
    monkeypatch.setattr(sqlite3, "connect", connect)
    assert _cli("run", str(folder), "--db", str(db), "--gazetteer", str(_tiny_csv(tmp_path)))[0] == EXIT_OK


def test_a_read_only_database_is_a_message(tmp_path, monkeypatch):
    db = tmp_path / "e.db"
    Store(db).close()
    connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda path, **kw: connect(f"file:{path}?mode=ro", uri=True, **kw))
    code, _, err = _cli("run", str(_files(tmp_path / "in", {"a.md": DATED})), "--db", str(db))
    assert code == EXIT_USAGE and str(db) in err and "readonly" in err and "Traceback" not in err


def test_a_corrupted_database_is_a_message(tmp_path):
    db = tmp_path / "e.db"
    db.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    code, _, err = _cli("run", str(tmp_path), "--db", str(db))
    assert code == EXIT_USAGE and str(db) in err and "Traceback" not in err


def test_ctrl_c_keeps_what_was_stored_and_the_next_run_finishes(tmp_path, tiny_gazetteer, monkeypatch):
    folder = _files(tmp_path / "in", {f"{n}.md": DATED for n in range(4)})
    original = Pipeline.extract
    calls = []

    def interrupted(self, article):
        calls.append(article.doc_id)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return original(self, article)

    monkeypatch.setattr(Pipeline, "extract", interrupted)
    db, gazetteer = str(tmp_path / "e.db"), str(_tiny_csv(tmp_path))
    code, _, err = _cli("run", str(folder), "--db", db, "--gazetteer", gazetteer)
    assert code == EXIT_INTERRUPTED and "run the same command again" in err
    monkeypatch.setattr(Pipeline, "extract", original)
    code, out, _ = _cli("run", str(folder), "--db", db, "--gazetteer", gazetteer)
    assert code == EXIT_OK and "2 extracted, 2 unchanged" in out


# 7. Races.
def test_rebuilding_while_another_run_writes_loses_nothing(tmp_path, tiny_gazetteer):
    db = tmp_path / "e.db"
    Store(db).close()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            with Store(db) as store:
                for n in range(6):
                    folder = _files(tmp_path / f"w{n}", {f"w{n}.md": DATED})
                    run([folder], store, Pipeline(tiny_gazetteer))
        except BaseException as err:  # noqa: BLE001 - reported by the assertion below
            errors.append(err)

    thread = threading.Thread(target=writer)
    thread.start()
    with Store(db) as store:
        while thread.is_alive():
            merge_pending(store, Settings(), remerge=True)
            time.sleep(0.005)  # let the writer in: both sides take the write lock
    thread.join()
    assert not errors


def test_timex_writes_every_line_past_dates_outside_the_calendar(tmp_path):
    lines = [{"id": "1", "dct": "9999-12-31", "text": "They left tomorrow."},
             {"id": "2", "dct": "2013-01-18", "text": "It was settled 3000 years ago."},
             {"id": "3", "dct": "0001-01-01", "text": "Yesterday, and last week."},
             {"id": "4", "dct": "2013-01-18", "text": "On Friday."}]
    source = tmp_path / "docs.jsonl"
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    code, _, _ = _cli("timex", "--input", str(source), "--output", str(tmp_path / "out.jsonl"))
    written = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert code == EXIT_OK and [json.loads(line)["id"] for line in written] == ["1", "2", "3", "4"]


def test_opening_a_current_database_does_not_wait_for_a_writer(tmp_path):
    db = tmp_path / "e.db"
    Store(db).close()
    with sqlite3.connect(db) as writer:
        writer.execute("BEGIN IMMEDIATE")  # a run storing an article
        started = time.monotonic()
        with Store(db) as reader:
            assert reader.export_rows() == []
        assert time.monotonic() - started < 5
        writer.rollback()
