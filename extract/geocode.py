"""Choosing one place per mention, as a few named rules with weights.

Like geopy's split between a geocoder and its caller: the gazetteer only looks names up;
this module ranks the candidates using the article's context (the countries it names,
its demonyms, the other places it mentions) and the candidates' own features.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from geopy.distance import great_circle

from .gazetteer import Gazetteer, demonyms, fold, name_key
from .models import Place, Toponym
from .toponyms import PlaceFinder, followed_by_region_word, place_forms

W_COUNTRY_NAME = 3.0     # "Niger" is the country before it is a Nigerian state
W_CONTEXT = 4.0          # times the share of the article's country evidence
W_MAIN_NAME = 1.0        # "Konna" is Konna's own name but only an alternate of Conna, Ireland
W_TOWN = 0.5             # a town over its same-named region ...
W_REGION_CUE = 2.5       # ... unless the text says "region"
W_POPULATION = 1.5       # times log10(population) / 7
W_CAPITAL = 0.3
W_NEAR_OTHERS = 1.0      # times closeness to the article's other confident places
NEAR_SCALE_KM = 1000.0
DEMONYM_WEIGHT = 0.5
COUNTRY_MENTION_WEIGHT = 1.0
TOWN_MENTION_WEIGHT = 1.0
ANCHOR_CONFIDENCE = 0.8
WORD = re.compile(r"[A-Z][\w’'-]+")


class Resolver:
    """Ranks gazetteer candidates for each mention of an article."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._cache: dict[str, list[Place]] = {}

    def candidates(self, name: str) -> list[Place]:
        """Gazetteer candidates for a name as written (memoised: archives repeat names a lot)."""
        if name not in self._cache:
            self._cache[name] = self._lookup(name)
        return self._cache[name]

    def _lookup(self, name: str) -> list[Place]:
        """An abbreviation's place ("Ga." is the US state), a demonym's country ("Russian"),
        else every place of that name."""
        form = place_forms().get(name)
        if form is not None:
            return [p for p in self.gazetteer.lookup(form.name)
                    if p.country_code == form.country_code and p.feature_class != "P"]
        code = demonyms().get(name_key(name))
        country = self.gazetteer.country(code) if code else None
        return [country] if country else self.gazetteer.lookup(name)

    def resolve(self, text: str, mentions: Sequence[Toponym]) -> tuple[list[Toponym], dict[str, float]]:
        """The mentions with a chosen place and a confidence (unplaceable ones dropped), and the
        article's country evidence they were chosen with."""
        options = [(m, self.candidates(m.text)) for m in mentions]
        options = [(m, c) for m, c in options if c]
        context = country_evidence(text, options)
        first = [_choose(text, m, c, context, ()) for m, c in options]
        anchors = tuple(t.place for t in first if t.confidence >= ANCHOR_CONFIDENCE and not t.place.is_country)
        return [_choose(text, m, c, context, anchors) for m, c in options], context


def country_evidence(text: str, options: Sequence[tuple[Toponym, list[Place]]]) -> dict[str, float]:
    """Share of the article's evidence for each country: country names, demonyms, unambiguous towns."""
    votes: Counter[str] = Counter()
    for mention, places in options:
        countries = [p for p in places if p.is_country]
        if countries:
            votes[countries[0].country_code] += COUNTRY_MENTION_WEIGHT
        elif len({p.country_code for p in places}) == 1:
            votes[places[0].country_code] += TOWN_MENTION_WEIGHT
    nationalities = demonyms()
    for word in WORD.findall(text):
        code = nationalities.get(fold(word))
        if code:
            votes[code] += DEMONYM_WEIGHT
    total = sum(votes.values()) or 1.0
    return {code: weight / total for code, weight in votes.items()}


def _choose(text: str, mention: Toponym, places: list[Place], context: dict[str, float],
            anchors: tuple[Place, ...]) -> Toponym:
    if len(places) == 1:
        return Toponym(mention.text, mention.start, mention.end, places[0], 1.0)
    region_cue = followed_by_region_word(text, mention.end)
    scores = [score(mention.text, p, context, anchors, region_cue) for p in places]
    best = max(range(len(places)), key=lambda i: (scores[i], places[i].population, -places[i].geonameid))
    top = max(scores)
    confidence = 1.0 / sum(math.exp(s - top) for s in scores)
    return Toponym(mention.text, mention.start, mention.end, places[best], round(confidence, 3))


def score(name: str, place: Place, context: dict[str, float], anchors: tuple[Place, ...] = (),
          region_cue: bool = False) -> float:
    """Sum of the weighted rules for one candidate."""
    return (W_COUNTRY_NAME * place.is_country
            + W_CONTEXT * context.get(place.country_code, 0.0)
            + W_MAIN_NAME * (fold(place.name) == fold(name))
            + (W_REGION_CUE * place.is_region if region_cue else W_TOWN * (place.feature_class == "P"))
            + W_POPULATION * math.log10(place.population + 1) / 7
            + W_CAPITAL * (place.feature_code == "PPLC")
            + W_NEAR_OTHERS * closeness(place, anchors))


def closeness(place: Place, anchors: tuple[Place, ...]) -> float:
    """1 at an anchor, falling to 0 at NEAR_SCALE_KM; anchors that are the place itself don't count."""
    others = [a for a in anchors if a.geonameid != place.geonameid]
    if not others or place.is_country:
        return 0.0
    nearest = min(great_circle((place.latitude, place.longitude), (a.latitude, a.longitude)).km for a in others)
    return max(0.0, 1.0 - nearest / NEAR_SCALE_KM)


def main_country(resolved: Sequence[Toponym], context: dict[str, float]) -> str | None:
    """The country the article is mostly about: its evidence plus where its places resolved."""
    votes = Counter(context)
    for toponym in resolved:
        votes[toponym.place.country_code] += toponym.confidence
    return votes.most_common(1)[0][0] if votes else None


class Geoparser:
    """Recognition then resolution over one whole text: what `python -m extract toponyms` and
    bench/geoparse.py run, with the same finder and resolver the event pipeline uses."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.finder = PlaceFinder(gazetteer, associative=True)
        self.resolver = Resolver(gazetteer)

    def parse(self, text: str) -> list[Toponym]:
        """The place mentions of `text` with their chosen places, in text order."""
        resolved, _evidence = self.resolver.resolve(text, self.finder.find(text))
        return resolved


def toponym_record(toponym: Toponym) -> dict[str, object]:
    """One resolved mention as the JSON object the toponyms command writes."""
    place = toponym.place
    return {"start": toponym.start, "end": toponym.end, "name": toponym.text,
            "lat": place.latitude, "lon": place.longitude, "geonameid": place.geonameid,
            "country_code": place.country_code, "feature_code": place.feature_code}
