"""Golden files: each sample article in, its hand-labelled events out (tests/golden/*.json).

Every labelled event is a case. The labels were written by hand from the text, not from the
tool's output, so some are not found yet: those are listed with a reason in
tests/known_misses.json and run as strict expected failures, so that a fix shows up (and must
be recorded by removing the entry) and a regression fails. No event may ever be placed at a
name the labels mark as not a place of action.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.golden import ARTICLES, load_labels, score_article
from extract.articles import iter_articles
from extract.gazetteer import Gazetteer
from extract.names import fold
from extract.merge import merge
from extract.pipeline import Pipeline

LABELS = load_labels()
KNOWN_MISSES = {(m["doc_id"], m["evidence"]): m["reason"]
                for m in json.loads((Path(__file__).resolve().parent / "known_misses.json").read_text(encoding="utf-8"))}


@pytest.fixture(scope="module")
def world() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def extracted(world) -> dict[str, list]:
    pipeline = Pipeline(world)
    return {a.doc_id: merge(pipeline.extract(a), pipeline.settings.merge_distance_km)
            for a in iter_articles([ARTICLES])}


def _cases() -> list:
    cases = []
    for doc_id, label in LABELS.items():
        for wanted in label["events"]:
            reason = KNOWN_MISSES.get((doc_id, wanted["evidence"]))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(doc_id, wanted, id=f"{doc_id}:{wanted['evidence'][:30]}", marks=marks))
    return cases


@pytest.fixture(scope="module")
def missed(extracted, world) -> set[tuple[str, str]]:
    """Labels not found, matching labels to events one to one as bench/golden.py does."""
    scores = [score_article(doc, LABELS[doc], events, world) for doc, events in extracted.items()]
    return {(s.doc_id, m["evidence"]) for s in scores for m in s.misses}


@pytest.mark.parametrize("doc_id, wanted", _cases())
def test_labelled_event_is_extracted(missed, doc_id, wanted):
    assert (doc_id, wanted["evidence"]) not in missed


@pytest.mark.parametrize("doc_id", sorted(LABELS))
def test_no_event_where_nothing_happened(extracted, doc_id):
    banned = {fold(name) for name in LABELS[doc_id].get("not_places", [])}
    assert not [e.location for e in extracted[doc_id] if fold(e.location) in banned]


def test_every_article_has_a_label_file(extracted):
    assert set(extracted) == set(LABELS)


def test_known_misses_name_real_labels():
    evidence = {(doc, e["evidence"]) for doc, label in LABELS.items() for e in label["events"]}
    assert set(KNOWN_MISSES) <= evidence
