"""Reading articles: formats, date authority, datelines and every kind of bad input."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extract.articles import InputError, iter_articles, read_dateline
from extract.settings import Settings

BODY = "Insurgents took the town of Konna on January 10, residents said.\n"


def _read(tmp_path: Path, files: dict[str, bytes | str], published: date | None = None) -> list:
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return list(iter_articles([tmp_path], published, Settings.make(max_file_bytes=10_000)))


@pytest.mark.parametrize("files, source, published", [
    ({"a.md": "---\npublished: 2013-01-18\nsource: Desk\n---\n" + BODY}, "front_matter", date(2013, 1, 18)),
    ({"a.txt": BODY, "manifest.csv": "file,published,source,title\na.txt,2013-01-11,Desk,T\n"},
     "manifest", date(2013, 1, 11)),
    ({"a.md": "---\npublished: 2013-01-18\n---\n" + BODY,
      "manifest.csv": "file,published,source,title\na.md,2013-01-11,Desk,T\n"}, "front_matter", date(2013, 1, 18)),
    ({"a.txt": "GAO, Mali, Jan. 26, 2013 (Desk) -- " + BODY}, "dateline", date(2013, 1, 26)),
    ({"a.txt": "GAO, Mali, Jan. 26, 2013 (Desk) -- " + BODY,
      "manifest.csv": "file,published,source,title\na.txt,2013-01-27,Desk,T\n"}, "manifest", date(2013, 1, 27)),
    ({"a.txt": BODY}, "none", None),
])
def test_date_authority(tmp_path, files, source, published):
    [article] = _read(tmp_path, files)
    assert (article.date_source, article.published) == (source, published)


def test_cli_date_is_the_last_resort(tmp_path):
    [article] = _read(tmp_path, {"a.txt": BODY}, published=date(2013, 2, 1))
    assert (article.date_source, article.published) == ("cli", date(2013, 2, 1))


def test_front_matter_is_removed_and_metadata_kept(tmp_path):
    [article] = _read(tmp_path, {"x.md": "---\ntitle: Konna falls\npublished: 2013-01-10\nsource: S\n"
                                          "url: http://example.org/a\n---\n" + BODY})
    assert article.text == BODY
    assert (article.doc_id, article.title, article.source, article.url) == ("x", "Konna falls", "S",
                                                                            "http://example.org/a")


def test_jsonl_articles(tmp_path):
    lines = [json.dumps({"id": "k1", "text": BODY, "published": "2013-01-10", "source": "S"}),
             json.dumps({"text": BODY}), "{broken"]
    items = _read(tmp_path, {"batch.jsonl": "\n".join(lines) + "\n"})
    assert [getattr(i, "doc_id", None) for i in items[:2]] == ["k1", "batch-2"]
    assert items[0].date_source == "jsonl" and items[1].date_source == "none"
    assert isinstance(items[2], InputError) and "batch.jsonl:3" in items[2].path


@pytest.mark.parametrize("name, content, problem", [
    ("empty.txt", "", "no text"),
    ("blank.md", "---\npublished: 2013-01-18\n---\n  \n", "no text"),
    ("binary.txt", b"\x89PNG\x00\x00\x01", "binary"),
    ("latin1.txt", "Ségou".encode("latin-1"), "not UTF-8"),
    ("open.md", "---\npublished: 2013-01-18\n" + BODY, "never closed"),
    ("badkey.md", "---\nwhen 2013\n---\n" + BODY, "front matter line 2"),
    ("impossible.md", "---\npublished: 2013-02-30\n---\n" + BODY, "not a real date"),
    ("huge.txt", "x" * 20_000, "over the limit"),
])
def test_bad_input_names_file_and_problem(tmp_path, name, content, problem):
    items = _read(tmp_path, {name: content, "good.txt": BODY})
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and errors[0].path.endswith(name) and problem in errors[0].problem
    assert [i.doc_id for i in items if not isinstance(i, InputError)] == ["good"]


@pytest.mark.parametrize("manifest, problem", [
    ("name,date\na.txt,2013-01-01\n", "lacks column(s) file, published"),
    ("file,published\na.txt,2013-13-01\n", "not a real"),
    ("file,published\na.txt,2013-01-01,extra,extra\n", "wrong number of fields"),
])
def test_malformed_manifest_is_reported_and_files_still_read(tmp_path, manifest, problem):
    items = _read(tmp_path, {"a.txt": BODY, "manifest.csv": manifest})
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and "manifest.csv" in errors[0].path and problem in errors[0].problem
    assert [i.doc_id for i in items if not isinstance(i, InputError)] == ["a"]


def test_missing_path(tmp_path):
    [error] = list(iter_articles([tmp_path / "nope"]))
    assert isinstance(error, InputError) and "no such file" in error.problem


def test_readme_and_hidden_files_are_not_articles(tmp_path):
    items = _read(tmp_path, {"README.md": "About this corpus.", ".draft.txt": BODY, "a.txt": BODY})
    assert [i.doc_id for i in items] == ["a"]


@pytest.mark.parametrize("text, place, day", [
    ("BAMAKO, Mali, Jan. 11, 2013 (UPI) -- French jets struck.", "Bamako", date(2013, 1, 11)),
    ("SEVARE, Mali: Troops arrived on Friday.", "Sevare", None),
    ("IN AMENAS, Algeria, Jan. 17, 2013 -- Hostages fled.", "In Amenas", date(2013, 1, 17)),
    ("KIDAL, Mali (Desk) -- Troops landed.", "Kidal", None),
    ("French jets struck Gao on Sunday.", "", None),
    ("NATO said on Friday: more troops.", "", None),
])
def test_dateline(text, place, day):
    found_place, found_day, end = read_dateline(text, None)
    assert (found_place, found_day) == (place, day)
    assert (end > 0) == bool(place)


def test_yearless_dateline_takes_the_year_from_the_cli_date():
    _, day, _ = read_dateline("BAMAKO, Mali, Jan. 11 (UPI) -- Jets struck.", date(2013, 1, 12))
    assert day == date(2013, 1, 11)
