"""Accuracy on our sample corpus against its hand-labelled golden files (tests/golden/).

Prints, per article and overall, how many labelled events were found (recall), how many
extracted events match a label (precision), and any event placed at a name the labels
say is not a place of action. Run: python -m bench.golden
"""
from __future__ import annotations

import json
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


def _near(label: dict, event: Event, gazetteer: Gazetteer) -> bool:
    spots = [p for p in gazetteer.lookup(label["location"]) if p.country_code == label["country_code"]]
    here = (event.place.latitude, event.place.longitude)
    return any(great_circle(here, (p.latitude, p.longitude)).km <= SAME_PLACE_KM for p in spots
               if not p.is_country and not event.place.is_country)


def score_article(doc_id: str, label: dict, events: list[Event], gazetteer: Gazetteer) -> Score:
    """One-to-one greedy matching of labels to events."""
    free = list(events)
    misses = []
    for wanted in label["events"]:
        hit = next((e for e in free if matches(wanted, e, gazetteer)), None)
        if hit is None:
            misses.append(wanted)
        else:
            free.remove(hit)
    banned = {fold(n) for n in label.get("not_places", [])}
    forbidden = tuple(e.location for e in events if fold(e.location) in banned)
    found = len(label["events"]) - len(misses)
    return Score(doc_id, len(label["events"]), found, len(events), len(events) - len(free), tuple(misses), forbidden)


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
        print(f"{s.doc_id:28} labels {s.labels:2}  found {s.found:2}  events {s.events:2}  matched {s.matched:2}"
              + (f"  FORBIDDEN {', '.join(s.forbidden)}" if s.forbidden else ""))
        for miss in s.misses:
            print(f"    missed: {miss['event_type']} / {miss['sub_event_type']} at {miss['location']} "
                  f"{miss['date_start']}..{miss['date_end']} ({miss['evidence']!r})")
    labels, found = sum(s.labels for s in scores), sum(s.found for s in scores)
    events, matched = sum(s.events for s in scores), sum(s.matched for s in scores)
    print(f"recall {found}/{labels} = {found / labels:.2f}; precision {matched}/{events} = {matched / max(events, 1):.2f}; "
          f"forbidden places {sum(len(s.forbidden) for s in scores)}")


if __name__ == "__main__":
    main()
