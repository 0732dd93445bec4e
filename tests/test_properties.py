"""Property tests: generated texts, dates, JSONL lines, manifests and file names at the real entry
points. Two outcomes are allowed, stored or rejected with a reason; an exception is a failure.

The example counts are small so that CI stays fast; `python -m bench.fuzz --examples 10000` is the
long profile against the world gazetteer.
"""
from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.articles import Article, InputError, InternalError, iter_articles, parse_article
from extract.models import Place
from extract.near import NearIndex, distance_km
from extract.pipeline import Pipeline

EXAMPLES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
WORDS = st.sampled_from(["Rebels", "seized", "Konna", "Gao", "on", "Friday", "killing", "12", "99999999999999999999",
                         "soldiers", "3000 years ago", "tomorrow", "yesterday", "last week", "in 1066", "\u202e",
                         "\u200b", "\x00", "e\u0301", "---", "\n\n", ".", ",", "Paris", "Mali", "clashed",
                         "air strike", "protesters", "٣٠", "²", "1e308", "Niger"])
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))
DATES = st.one_of(st.none(), st.dates(), st.sampled_from([date.min, date.max]))


def _outcomes(items: list) -> None:
    assert not [i for i in items if isinstance(i, InternalError)]
    for item in items:
        assert isinstance(item, (Article, InputError))
        if isinstance(item, InputError):
            assert item.problem and item.path
            item.path.encode("utf-8")  # printable and storable


@EXAMPLES
@given(text=TEXTS, published=DATES)
def test_any_text_on_any_date_is_extracted_or_rejected(tiny_gazetteer, text, published):
    try:
        article = parse_article(text, Path("t.txt"), published=published)
    except ValueError as problem:  # ArticleProblem: rejected with its reason
        assert str(problem)
        return
    Pipeline(tiny_gazetteer).extract(article)


@EXAMPLES
@given(lines=st.lists(st.one_of(
    st.builds(lambda t, p: json.dumps({"text": t, "published": p}), TEXTS, st.one_of(st.none(), st.text(max_size=12))),
    st.builds(lambda t: json.dumps({"text": t}).replace('"text": "', '"text": "\\ud800', 1), TEXTS),
    st.text(max_size=40), st.builds(json.dumps, st.recursive(st.none() | st.integers(), st.lists, max_leaves=5)),
), max_size=6))
def test_any_jsonl_line_is_an_article_or_a_rejected_line(lines):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.jsonl"
        data = "\n".join(lines).encode("utf-8", "surrogatepass")
        path.write_bytes(data)
        items = list(iter_articles([path]))
    _outcomes(items)
    assert len(items) == sum(1 for line in data.split(b"\n") if line.strip())  # JSONL lines end at \n only


@EXAMPLES
@given(rows=st.lists(st.lists(st.sampled_from(["a.txt", "b.txt", "2013-01-18", "2013-02-30", "Desk", "", "x,y",
                                               '"', "January 5, 2014", "\u00e9t\u00e9"]), max_size=5), max_size=6))
def test_any_manifest_leaves_every_file_read(rows):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in ("a.txt", "b.txt"):
            (folder / name).write_text("Rebels seized Konna.\n", encoding="utf-8")
        lines = ["file,published,source,title"] + [",".join(row) for row in rows]
        (folder / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        items = list(iter_articles([folder]))
    _outcomes(items)
    assert sorted(i.doc_id for i in items if isinstance(i, Article)) == ["a", "b"]


@EXAMPLES
@given(stems=st.lists(st.binary(min_size=1, max_size=12).filter(lambda b: b"/" not in b and b"\x00" not in b
                                                                 and not b.startswith(b".") and b not in (b"..",)),
                      min_size=1, max_size=4, unique=True),
       suffix=st.sampled_from([b".txt", b".md"]))
def test_any_file_name_gives_a_stored_article_with_a_printable_id(stems, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        for stem in stems:
            path = Path(os.fsdecode(os.fsencode(tmp) + b"/" + stem + suffix))
            path.write_text("Rebels seized Konna on Friday.\n", encoding="utf-8")
        items = list(iter_articles([Path(tmp)]))
    readmes = sum((stem + suffix).lower().decode("utf-8", "replace") in ("readme.md", "readme.txt") for stem in stems)
    _outcomes(items)
    assert len([i for i in items if isinstance(i, Article)]) == len(stems) - readmes
    for item in items:
        item.doc_id.encode("utf-8")


POINTS = st.builds(lambda i, lat, lon: Place(i, "p", lat, lon, "ML"), st.integers(),
                   st.floats(-90, 90), st.floats(-180, 180))


@EXAMPLES
@given(places=st.lists(POINTS, max_size=120, unique_by=lambda p: p.geonameid), reach=st.sampled_from([25.0, 200.0, 500.0]))
def test_the_grid_finds_the_nearest_place_as_comparing_every_pair_does(places, reach):
    index = NearIndex(places, reach)
    for place in places:
        distances = [distance_km(place.latitude, place.longitude, o.latitude, o.longitude)
                     for o in places if o.geonameid != place.geonameid]
        within = [d for d in distances if d <= reach]
        found = index.nearest_km(place)
        assert (found is None) == (not within)
        assert found is None or abs(found - min(within)) < 1e-6
