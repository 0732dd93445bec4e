"""Accuracy on our sample corpus against its hand-labelled golden files (tests/golden/).

Prints, per article and overall, how many labelled events were found (recall), how many
extracted events match a label (precision), and any event placed at a name the labels
say is not a place of action; both under the loose matching (type, place, dates) and the
strict one, which also asks for the sub-type, the actors and the source sentence.
Run: python -m bench.golden
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from geopy.distance import great_circle

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.articles import InputError, iter_articles  # noqa: E402
from extract.gazetteer import Gazetteer  # noqa: E402
from extract.names import fold  # noqa: E402
from extract.merge import merge  # noqa: E402
from extract.models import Event  # noqa: E402
from extract.pipeline import Pipeline  # noqa: E402

GOLDEN = ROOT / "tests" / "golden"
ARTICLES = ROOT / "data" / "articles"
SAME_PLACE_KM = 10.0
# Kinds of actor, by a word of ACLED's name; a name with none of them is a named group.
ACTOR_KINDS = (("state", {"military", "police", "government"}), ("protesters", {"protesters"}),
               ("rioters", {"rioters"}), ("civilians", {"civilians"}), ("unidentified", {"unidentified"}))
# Words every name of its kind has: they do not tell two groups (or two countries' forces) apart.
GENERIC_WORDS = {"forces", "of", "the", "military", "police", "government", "group", "armed", "unidentified",
                 "protesters", "rioters", "civilians", "al", "movement", "for", "and", "in"}


@dataclass(frozen=True)
class Score:
    """Matches of one article: labels found, events that matched, and forbidden places used."""

    doc_id: str
    labels: int
    found: int
    events: int
    matched: int
    misses: tuple[dict, ...]
    forbidden: tuple[str, ...]
    strict_found: int = 0
    strict_misses: tuple[dict, ...] = ()


def load_labels() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLDEN.glob("*.json"))}


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def matches(label: dict, event: Event, gazetteer: Gazetteer) -> bool:
    """Same event type, same place (name or within 10 km, same country), overlapping dates."""
    if label["event_type"] != event.event_type or event.place is None:
        return False
    if event.place.country_code != label["country_code"] or event.date_start is None:
        return False
    start, end = _day(label["date_start"]), _day(label["date_end"])
    if event.date_start > end or event.date_end < start:
        return False
    return fold(event.location) == fold(label["location"]) or _near(label, event, gazetteer)


def strictly_matches(label: dict, event: Event, gazetteer: Gazetteer) -> bool:
    """A loose match that also has the label's sub-type, its actors and its source sentence."""
    return (matches(label, event, gazetteer) and label["sub_event_type"] == event.sub_event_type
            and same_actor(label["actor1"], event.actor1) and same_actor(label["actor2"], event.actor2)
            and any(_spaced(label["evidence"]) in _spaced(s.sentence) for s in event.sources or (event,)))


def same_actor(wanted: str | None, got: str) -> bool:
    """The same kind of actor (state forces, protesters, rioters, civilians, an unidentified group, a
    named group) sharing a distinctive word (the country, the group's name); no label asks nothing."""
    if not wanted:
        return True
    if actor_kind(wanted) != actor_kind(got):
        return False
    distinct = _name_words(wanted) - GENERIC_WORDS
    return not distinct or bool(distinct & _name_words(got))


def actor_kind(name: str) -> str | None:
    """The kind of actor an ACLED-style name stands for (None for no actor)."""
    words = _name_words(name)
    if not words:
        return None
    return next((kind for kind, cues in ACTOR_KINDS if words & cues), "named")


def _name_words(name: str) -> set[str]:
    return set(re.findall(r"\w+", fold(name or "")))


def _spaced(text: str) -> str:
    """Folded text with its runs of white space made one space: a phrase is found across line breaks."""
    return " ".join(fold(text).split())


def _near(label: dict, event: Event, gazetteer: Gazetteer) -> bool:
    spots = [p for p in gazetteer.lookup(label["location"]) if p.country_code == label["country_code"]]
    here = (event.place.latitude, event.place.longitude)
    return any(great_circle(here, (p.latitude, p.longitude)).km <= SAME_PLACE_KM for p in spots
               if not p.is_country and not event.place.is_country)


def score_article(doc_id: str, label: dict, events: list[Event], gazetteer: Gazetteer) -> Score:
    """One-to-one matching of labels to events (as many as can be matched), loose and strict."""
    misses = _misses(label["events"], events, lambda w, e: matches(w, e, gazetteer))
    strict = _misses(label["events"], events, lambda w, e: strictly_matches(w, e, gazetteer))
    banned = {fold(n) for n in label.get("not_places", [])}
    forbidden = tuple(e.location for e in events if fold(e.location) in banned)
    labels = len(label["events"])
    return Score(doc_id, labels, labels - len(misses), len(events), labels - len(misses), tuple(misses), forbidden,
                 labels - len(strict), tuple(strict))


def _misses(labels: list[dict], events: list[Event], same) -> list[dict]:
    """The labels left unmatched by a largest one-to-one matching of labels to the events `same` accepts
    (augmenting paths): a first-come choice can take the one event a later label needed and count a miss
    where a whole matching exists."""
    fits = [[j for j, e in enumerate(events) if same(w, e)] for w in labels]
    owner: dict[int, int] = {}  # event index -> label index
    for i in range(len(labels)):
        _augment(i, fits, owner, set())
    matched = set(owner.values())
    return [w for i, w in enumerate(labels) if i not in matched]


def _augment(label: int, fits: list[list[int]], owner: dict[int, int], seen: set[int]) -> bool:
    """Whether `label` gets an event: a free one, or one whose label can move to another (Kuhn's method)."""
    for event in fits[label]:
        if event not in seen:
            seen.add(event)
            if event not in owner or _augment(owner[event], fits, owner, seen):
                owner[event] = label
                return True
    return False


def evaluate(gazetteer: Gazetteer) -> list[Score]:
    """Extract every sample article and score it against its label file."""
    pipeline = Pipeline(gazetteer)
    labels = load_labels()
    scores = []
    for article in iter_articles([ARTICLES]):
        if isinstance(article, InputError):
            raise SystemExit(f"sample corpus is broken: {article}")
        events = merge(pipeline.extract(article), pipeline.settings.merge_distance_km)
        scores.append(score_article(article.doc_id, labels[article.doc_id], events, gazetteer))
    return scores


def main() -> None:
    scores = evaluate(Gazetteer.load())
    for s in scores:
        print(f"{s.doc_id:28} labels {s.labels:2}  found {s.found:2}  events {s.events:2}  matched {s.matched:2}  strict {s.strict_found:2}"
              + (f"  FORBIDDEN {', '.join(s.forbidden)}" if s.forbidden else ""))
        for miss in s.misses:
            print(f"    missed: {_label_line(miss)}")
        for miss in (m for m in s.strict_misses if m not in s.misses):
            print(f"    not strictly: {_label_line(miss)} {miss['actor1']} -> {miss['actor2']}")
    labels, events = sum(s.labels for s in scores), sum(s.events for s in scores)
    for name, found in (("loose", sum(s.found for s in scores)), ("strict", sum(s.strict_found for s in scores))):
        print(f"{name:6} recall {found}/{labels} = {found / labels:.2f}; precision {found}/{events} = "
              f"{found / max(events, 1):.2f}")
    print(f"forbidden places {sum(len(s.forbidden) for s in scores)}")


def _label_line(label: dict) -> str:
    return (f"{label['event_type']} / {label['sub_event_type']} at {label['location']} "
            f"{label['date_start']}..{label['date_end']} ({label['evidence']!r})")


if __name__ == "__main__":
    main()
