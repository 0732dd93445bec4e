"""Golden files: each sample article in, its hand-labelled events out (tests/golden/*.json).

Every labelled event is a case. The labels were written by hand from the text, not from the
tool's output, so some are not found yet: those are listed with a reason in
tests/known_misses.json and run as strict expected failures, so that a fix shows up (and must
be recorded by removing the entry) and a regression fails. The strict matching (sub-type, actors,
source sentence; bench/golden.py) is tested the same way, with tests/known_strict_misses.json for
the labels found but not whole. No event may ever be placed at a
name the labels mark as not a place of action.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.golden import ARTICLES, _misses, load_labels, score_article
from extract.articles import iter_articles
from extract.gazetteer import Gazetteer
from extract.names import fold
from extract.merge import merge
from extract.pipeline import Pipeline

LABELS = load_labels()
HERE = Path(__file__).resolve().parent
MISSES = json.loads((HERE / "known_misses.json").read_text(encoding="utf-8"))
KNOWN_MISSES = {(m["doc_id"], m["evidence"]): m["reason"] for m in MISSES}
# a loose miss is a strict one too, unless the strict scorer's own one-to-one pairing found it ("whole_found")
KNOWN_WHOLE_MISSES = {key: reason for key, reason in KNOWN_MISSES.items()
                      if not any((m["doc_id"], m["evidence"]) == key and m.get("whole_found") for m in MISSES)}
# found, but with another sub-type, other actors or another source sentence
KNOWN_STRICT_MISSES = {(m["doc_id"], m["evidence"]): m["reason"]
                       for m in json.loads((HERE / "known_strict_misses.json").read_text(encoding="utf-8"))}


@pytest.fixture(scope="module")
def world() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def extracted(world) -> dict[str, list]:
    pipeline = Pipeline(world)
    return {a.doc_id: merge(pipeline.extract(a), pipeline.settings.merge_distance_km)
            for a in iter_articles([ARTICLES])}


def _cases(*known: dict) -> list:
    cases = []
    for doc_id, label in LABELS.items():
        for wanted in label["events"]:
            reason = next((k[(doc_id, wanted["evidence"])] for k in known if (doc_id, wanted["evidence"]) in k), None)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(doc_id, wanted, id=f"{doc_id}:{wanted['evidence'][:30]}", marks=marks))
    return cases


@pytest.fixture(scope="module")
def scores(extracted, world) -> list:
    """Each article scored, matching labels to events one to one as bench/golden.py does."""
    return [score_article(doc, LABELS[doc], events, world) for doc, events in extracted.items()]


@pytest.mark.parametrize("doc_id, wanted", _cases(KNOWN_MISSES))
def test_labelled_event_is_extracted(scores, doc_id, wanted):
    assert (doc_id, wanted["evidence"]) not in {(s.doc_id, m["evidence"]) for s in scores for m in s.misses}


@pytest.mark.parametrize("doc_id, wanted", _cases(KNOWN_WHOLE_MISSES, KNOWN_STRICT_MISSES))
def test_labelled_event_is_extracted_whole(scores, doc_id, wanted):
    """The same type, place and dates, and also the sub-type, the actors and the source sentence."""
    assert (doc_id, wanted["evidence"]) not in {(s.doc_id, m["evidence"]) for s in scores for m in s.strict_misses}


@pytest.mark.parametrize("doc_id", sorted(LABELS))
def test_no_event_where_nothing_happened(extracted, doc_id):
    banned = {fold(name) for name in LABELS[doc_id].get("not_places", [])}
    assert not [e.location for e in extracted[doc_id] if fold(e.location) in banned]


def test_every_article_has_a_label_file(extracted):
    assert set(extracted) == set(LABELS)


def test_known_misses_name_real_labels():
    evidence = {(doc, e["evidence"]) for doc, label in LABELS.items() for e in label["events"]}
    assert set(KNOWN_MISSES) <= evidence and set(KNOWN_STRICT_MISSES) <= evidence
    assert not set(KNOWN_MISSES) & set(KNOWN_STRICT_MISSES)


@pytest.mark.parametrize("fits, missed", [
    # the first label would take the only event the second can have: both are matched all the same
    ({("a", 1), ("a", 2), ("b", 1)}, []),
    ({("a", 1), ("b", 1)}, ["b"]),
    ({("a", 2)}, ["b"]),
])
def test_labels_and_events_are_matched_as_many_as_can_be(fits, missed):
    labels = [{"id": "a"}, {"id": "b"}]
    assert [m["id"] for m in _misses(labels, [1, 2], lambda w, e: (w["id"], e) in fits)] == missed
