"""Adding articles from the browser: every bad upload is refused with a message and changes nothing."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from board import data, uploads
from board.uploads import Upload
from extract.articles import split_front_matter
from extract.pipeline import Pipeline
from extract.settings import Settings
from extract.store import Store

GOOD = "Malian troops retook Konna on Thursday, officials said.\n"
PUBLISHED = date(2013, 1, 18)


@pytest.fixture(autouse=True)
def own_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.make(db_path=tmp_path / "events.db", max_file_bytes=1_000)


def add(batch, settings, gazetteer, published=PUBLISHED, source="Desk"):
    return uploads.add_articles(batch, published, source, settings, lambda: Pipeline(gazetteer, settings))


@pytest.mark.parametrize("upload, published, problem", [
    (Upload("x.txt", b"\x00\x01binary"), PUBLISHED, "x.txt: looks like a binary file"),
    (Upload("x.txt", b"caf\xe9 in Konna"), PUBLISHED, "x.txt: not UTF-8 text"),
    (Upload("x.md", b"  \n\n"), PUBLISHED, "x.md: the article has no text"),
    (Upload("x.txt", b"a" * 1_001), PUBLISHED, "x.txt: file is 1,001 bytes, over the limit of 1,000"),
    (Upload("x.txt", GOOD.encode()), None, "x.txt: no publication date"),
    (Upload("x.pdf", GOOD.encode()), PUBLISHED, "x.pdf: only .txt and .md files can be added"),
    (Upload("x.md", b"---\ntitle: A\n" + GOOD.encode()), PUBLISHED, "x.md: front matter opened"),
])
def test_a_bad_upload_gets_a_clear_message_and_changes_nothing(upload, published, problem, settings, tiny_gazetteer):
    outcome = add([upload], settings, tiny_gazetteer, published)
    assert [p[:len(problem)] for p in outcome.problems] == [problem]
    assert (outcome.added, outcome.summary) == ([], None)
    assert not settings.db_path.exists() and not (settings.db_path.parent / uploads.UPLOAD_FOLDER).exists()


def test_a_good_upload_is_extracted_with_its_source_and_date(settings, tiny_gazetteer):
    outcome = add([uploads.pasted(GOOD)], settings, tiny_gazetteer)
    assert outcome.problems == [] and outcome.summary.events >= 1
    frame = data.load_events(settings.db_path)
    konna = frame[frame["location"] == "Konna"].iloc[0]
    published = data.article(settings.db_path, konna["doc_id"])["published"]
    assert (konna["source"], published, konna["date_start"].date()) == ("Desk", "2013-01-18", date(2013, 1, 17))


def test_good_files_in_a_batch_are_added_past_a_bad_one(settings, tiny_gazetteer):
    batch = [Upload("bad.txt", b""), Upload("konna.txt", GOOD.encode()),
             Upload("gao.md", b"---\npublished: 2013-01-26\nsource: Wire\n---\nFrench troops took Gao on Saturday.\n")]
    outcome = add(batch, settings, tiny_gazetteer, published=None, source="")
    assert [p.split(":")[0] for p in outcome.problems] == ["bad.txt", "konna.txt"]   # konna.txt has no date
    with Store(settings.db_path) as store:
        assert [a.source for a in store.articles().values()] == ["Wire"]


def test_adding_the_same_text_twice_adds_nothing_and_says_so(settings, tiny_gazetteer):
    [first] = add([uploads.pasted(GOOD)], settings, tiny_gazetteer).added
    again = add([uploads.pasted(GOOD)], settings, tiny_gazetteer)
    assert first.status == uploads.NEW and first.events >= 1
    assert again.added == [replace(first, status=uploads.SAME)] and again.summary.unchanged == 1


def test_a_new_version_of_a_file_replaces_its_article(settings, tiny_gazetteer):
    [first] = add([Upload("konna.txt", GOOD.encode())], settings, tiny_gazetteer).added
    [second] = add([Upload("konna.txt", (GOOD + "Rebels shelled Gao on Friday.\n").encode())], settings, tiny_gazetteer).added
    assert (second.doc_id, second.status) == (first.doc_id, uploads.REPLACED) and second.events > first.events
    with Store(settings.db_path) as store:
        assert len(store.articles()) == 1


@pytest.mark.parametrize("text, title", [
    ("Troops retake Konna\n\nMalian troops retook Konna on Thursday.\n", "Troops retake Konna"),
    ("---\ntitle: Own title\n---\nTroops retake Konna\nMore text.\n", "Own title"),     # the file's own wins
    ("Malian troops retook Konna on Thursday.\n", None),                                # one line: no headline
])
def test_the_first_line_is_the_headline(text, title):
    meta, _body, _start = split_front_matter(uploads.with_headline(text))
    assert meta.get("title") == title


@pytest.mark.parametrize("text, source, expected", [
    ("Body.\n", "Desk", "---\nsource: Desk\n---\nBody.\n"),
    ("---\npublished: 2013-01-02\n---\nBody.\n", "Desk", "---\npublished: 2013-01-02\nsource: Desk\n---\nBody.\n"),
    ("---\nsource: Wire\n---\nBody.\n", "Desk", "---\nsource: Wire\n---\nBody.\n"),     # the file's own wins
    ("Body.\n", "  ", "Body.\n"),
])
def test_with_source(text, source, expected):
    assert uploads.with_source(text, source) == expected


def test_an_upload_neither_stops_the_batch_nor_replaces_another_article(settings, tiny_gazetteer):
    first = "---\nid: konna-report\npublished: 2013-01-18\n---\n" + GOOD
    assert add([Upload("konna.md", first.encode())], settings, tiny_gazetteer).problems == []
    hostile = b"---\npublished: 9999-12-31\n---\nRebels will attack Konna tomorrow; 99999999999999999999 were killed.\n"
    clash = b"---\nid: konna-report\npublished: 2013-01-19\n---\nFrench troops took Gao on Saturday.\n"
    outcome = add([Upload("far.md", hostile), Upload("clash.md", clash),
                   Upload("gao.md", b"---\npublished: 2013-01-26\n---\nFrench troops took Gao on Saturday.\n")],
                  settings, tiny_gazetteer)
    assert len(outcome.problems) == 1 and "already used by" in outcome.problems[0]
    with Store(settings.db_path) as store:
        assert store.article_text("konna-report") == GOOD and len(store.articles()) == 3
