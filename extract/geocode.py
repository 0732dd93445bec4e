"""Choosing one place per mention, as a few named rules with weights.

Like geopy's split between a geocoder and its caller: the gazetteer only looks names up;
this module ranks the candidates using the article's context (the countries it names,
its demonyms, the other places it mentions) and the candidates' own features.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property

import numpy as np

from .actors import group_mentions, names_civilians, names_military
from .gazetteer import Gazetteer, countries, demonyms, peaceful_countries
from .models import Place, Toponym
from .names import fold, folded, name_key, spelling_key
from .near import ARRAYS_FROM, NearIndex, distance_km, haversine_many
from .pauses import BRACKETED_ASIDE
from .phrases import by_first_character
from .toponyms import (PROMINENT_POPULATION, PlaceFinder, ends_with_region_word, followed_by_region_word,
                       in_site_name, place_forms)

W_COUNTRY_NAME = 1.5     # "Niger" is the country before it is a Nigerian state
W_CONTEXT = 4.0          # times the share of the article's country evidence
W_REGION_CONTEXT = 2.25  # times the share of its first-level-region evidence ("Rapides Parish": Louisiana)
FAMOUS_POPULATION = 1_000_000  # a capital or a town this big is known abroad by its name ...
OVERSHADOWED_RATIO = 100       # ... and a namesake a hundredth its size needs more than its country:
OVERSHADOWED_REGION = 0.02     # its region's share of the article's evidence (London, Ky. in Kentucky)
LIST_JOIN = re.compile(r",\s*(?:and\s+)?|\s+and\s+")  # between two names of a list
W_QUALIFIED = 6.0        # "Alexandria, La.", "Paris, Texas": the name's own qualifier
W_MAIN_NAME = 1.0        # "Konna" is Konna's own name but only an alternate of Conna, Ireland
W_TOWN = 1.0             # a town over the same-named region or district it lies in ("Gao", "Mosul") ...
NAMESAKE_REGIONS = ("ADM1", "ADM2")
W_REGION_CUE = 2.5       # ... unless the text says "region"
W_POPULATION = 4.5       # times log10(population) / 7
W_CAPITAL = 0.675
W_NEAR_OTHERS = 1.0      # times closeness to the article's other confident places
NEAR_SCALE_KM = 500.0
W_SUPPORT = 1.5          # times log(1 + support): candidates of other names close by in the same region
SUPPORT_SCALE_KM = 50.0  # "Huntsville" and "Walker County" together: the Texas pair lies 5 km apart
SITE_REACH_KM = 200.0    # a town in a site's name, or a lone foreign one, stands when the article's places are this close
# an area's phrase ending where its name does, no list going on after it ("Saipan, Guam, Alaska")
AREA_ENDS = re.compile(r"\s*(?:[.;:)]|$|,\s+[a-z])")
LONE_POPULATION = 20_000  # a foreign town this small needs its country named, or a place near it
LONE_SHARE = 0.01         # below this share of the article's country evidence a country is not named
DEMONYM_WEIGHT = 0.5
FORCES_SHARE = 0.25  # of DEMONYM_WEIGHT, for a nationality that names a state's armed forces (`actors.names_military`)
VOTE_FLOOR = 1e-9  # leaving a name's own votes out may leave rounding dust
ANCHOR_CONFIDENCE = 0.8
CONTINENT = "CONT"
WORD = re.compile(r"[A-Z][\w’'-]+")


LocalArrays = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, dict[str, int]]
Votes = tuple[Counter, Counter]  # expected votes for countries, and for (country, admin1) regions


@dataclass(frozen=True)
class Evidence:
    """What the article as a whole says about where its places are. Each name's own votes are
    left out of the context it is judged in, so "Jordan" cannot vote itself into Jordan."""

    countries: dict[str, float]               # share of all the country evidence per ISO code
    totals: Votes                             # every vote of the article
    by_name: dict[str, Votes]                 # the votes each folded name cast
    qualifiers: dict[int, frozenset[Place]]   # mention index -> places its ", State" names
    anchors: tuple[Place, ...] = ()           # confident places of a first pass
    local: dict[tuple[str, str], list[tuple[str, Place]]] = field(default_factory=dict)  # region -> (name, candidate)
    _contexts: dict[str, tuple[dict, dict]] = field(default_factory=dict)
    _local_arrays: dict[tuple[str, str], LocalArrays] = field(default_factory=dict)

    def context(self, key: str) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
        """Country and region shares of the article's evidence without name `key`'s own votes."""
        if key not in self._contexts:
            own = self.by_name.get(key, (Counter(), Counter()))
            self._contexts[key] = tuple(_Shares(total, mine, positive)
                                        for total, mine, positive in zip(self.totals, own, self._positive_totals))
        return self._contexts[key]

    @cached_property
    def _positive_totals(self) -> tuple[float, float]:
        return tuple(_positive_sum(votes.values()) for votes in self.totals)

    def local_arrays(self, region: tuple[str, str]) -> LocalArrays:
        """The region's candidates as arrays (see `_region_arrays`), built once per region."""
        if region not in self._local_arrays:
            self._local_arrays[region] = _region_arrays(self.local[region])
        return self._local_arrays[region]

    @cached_property
    def near_anchors(self) -> NearIndex:
        """The anchors in a grid, so that the nearest is found without comparing with every one."""
        return NearIndex(self.anchors, NEAR_SCALE_KM)


class Resolver:
    """Ranks gazetteer candidates for each mention of an article."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._cache: dict[str, list[Place]] = {}
        self._priors: dict[str, list[float]] = {}

    def candidates(self, name: str) -> list[Place]:
        """Gazetteer candidates for a name as written (memoised: archives repeat names a lot)."""
        if name not in self._cache:
            self._cache[name] = self._lookup(name)
        return self._cache[name]

    def priors(self, name: str) -> list[float]:
        """`prior` of each of the name's candidates, memoised with them: each mention asked for them twice."""
        if name not in self._priors:
            self._priors[name] = [prior(name, p) for p in self.candidates(name)]
        return self._priors[name]

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
        priors = [self.priors(m.text) for m, _ in options]
        by_name = name_votes(options, priors)
        totals = article_votes(text, by_name, [m for m, _ in options])
        evidence = Evidence(_shares(totals[0]), totals, by_name, qualifiers(text, options),
                            local=candidates_by_region(options))
        settings = _settings(text, options, evidence)
        settled: dict[tuple, list[Settled]] = {}  # what the anchors leave unchanged, scored once for both passes
        first = _choose_all(options, priors, settings, evidence, settled)
        anchors = {t.place.geonameid: t.place for t in first
                   if t.confidence >= ANCHOR_CONFIDENCE and not t.place.is_country}
        final = _choose_all(options, priors, settings, replace(evidence, anchors=tuple(anchors.values())), settled)
        kept = without_unbacked(text, final, evidence)
        return kept, _countries_of_kept(kept, evidence)


def _countries_of_kept(kept: Sequence[Toponym], evidence: Evidence) -> dict[str, float]:
    """The article's country shares without the votes of names none of whose mentions were kept: "the Tirah
    region" dropped as a town in Israel says nothing for Israel."""
    names = {folded(t.text) for t in kept}
    dropped = [votes for key, votes in evidence.by_name.items() if key not in names]
    if not dropped:
        return evidence.countries
    countries = Counter(evidence.totals[0])
    for votes, _regions in dropped:
        countries.subtract(votes)
    return _shares(countries)


def without_unbacked(text: str, toponyms: Sequence[Toponym], evidence: Evidence) -> list[Toponym]:
    """The toponyms less those that need the article's backing and lack it: a place known on its
    own (`_known`) or near another of the article's places (`_near_others`) has it. Two
    kinds need it. A small town named inside a site's name, unless the same name stands on its
    own or ends in a region word ("Guernsey County Courthouse"): "Robert Trent Jones Golf Club" is
    not in Trent, Texas, nor the "White House" in White House, Tennessee. And a lone foreign town:
    one of under LONE_POPULATION people in a country that the article's other names and
    demonyms do not point to ("Glenrock", Wyoming, in an Australian story): more often a
    namesake of a place the gazetteer lacks, or no place at all; so is a town abroad, whatever its
    size, for a name the text calls a region. A town that is no city, read abroad though a comma puts it in
    another country's area (`_qualified_abroad`), is dropped whatever its backing. A wrong pin is worse than none."""
    # a known place needs no backing, so only the others are checked for a site around them
    in_site = [not _known(t.place) and in_site_name(text, t.start, t.end) for t in toponyms]
    plain = [t for t, site in zip(toponyms, in_site) if not site]
    names = {t.text for t in plain}
    others = NearIndex([t.place for t in plain if not t.place.is_country and t.place.feature_code != CONTINENT],
                       SITE_REACH_KM)
    abroad = {id(t) for t, after, then in zip(toponyms, toponyms[1:], [*toponyms[2:], None])
              if _qualified_abroad(text, t, after, then)}
    return [t for t, site in zip(toponyms, in_site) if id(t) not in abroad and (
        _known(t.place) or _near_others(t.place, others)
        or not (_names_site(t, site, names) or _lone_foreign_town(t, evidence)
                or _foreign_town_for_a_region(text, t, evidence)))]


def _qualified_abroad(text: str, town: Toponym, area: Toponym, then: Toponym | None = None) -> bool:
    """Whether a town that is no city is read abroad though the text says where it lies, a region or a country of
    another country right after it and a comma, that area's phrase ending there ("Inata, Burkina Faso, three days
    ago" is no Inada in Japan: a village the gazetteer lacks, placed at the area instead), or going on only to the
    area's own country (`then`: "Bamba, Gao Region, Mali, last week"); not "Gaza, Israel says", nor a
    list ("Saipan, Guam, Alaska")."""
    place, where = town.place, area.place
    if not (place.feature_class == "P" and place.population < PROMINENT_POPULATION and where.feature_class == "A"
            and where.country_code != place.country_code and text[town.end:area.start] == ", "):
        return False
    own_country = then is not None and then.place.is_country and then.place.country_code == where.country_code \
        and text[area.end:then.start] == ", "
    return AREA_ENDS.match(text, then.end if own_country else area.end) is not None


def _names_site(toponym: Toponym, in_site: bool, plain_names: set[str]) -> bool:
    """Whether the mention is part of a site's name and only there."""
    return in_site and toponym.text not in plain_names and not ends_with_region_word(toponym.text)


def _lone_foreign_town(toponym: Toponym, evidence: Evidence) -> bool:
    """A small town in a country the rest of the article (which does point somewhere) never names."""
    place = toponym.place
    countries, _regions = evidence.context(folded(toponym.text))
    return (place.feature_class == "P" and place.population < LONE_POPULATION and bool(countries)
            and countries.get(place.country_code, 0.0) < LONE_SHARE)


def _foreign_town_for_a_region(text: str, toponym: Toponym, evidence: Evidence) -> bool:
    """A town abroad for a name the text calls a region ("the Tirah region" is no town in Israel): in a
    country the rest of the article never names, it is a namesake of an area the gazetteer lacks."""
    place = toponym.place
    if place.feature_class != "P" or not followed_by_region_word(text, toponym.start, toponym.end):
        return False
    countries, _regions = evidence.context(folded(toponym.text))
    return bool(countries) and countries.get(place.country_code, 0.0) < LONE_SHARE


def _known(place: Place) -> bool:
    """A place known on its own: a country, continent, first-level region or city."""
    return place.is_country or place.feature_code in (CONTINENT, "ADM1") or place.population >= PROMINENT_POPULATION


def _near_others(place: Place, others: NearIndex) -> bool:
    """Whether another place of the article lies within SITE_REACH_KM."""
    nearest = others.nearest_km(place)
    return nearest is not None and nearest < SITE_REACH_KM


def name_votes(options: Sequence[tuple[Toponym, list[Place]]], priors: Sequence[list[float]] = ()
               ) -> dict[str, Votes]:
    """Folded name -> its expected votes: each mention spreads one vote over its candidates'
    regions, in proportion to how likely each candidate is on its own (`prior`), and one
    over their countries by each country's likeliest candidate, so that twenty small
    American Cambridges do not outvote the English one. `priors`: each mention's candidates' (else computed)."""
    votes: dict[str, Votes] = {}
    for index, (mention, places) in enumerate(options):
        key = folded(mention.text)
        countries, regions = votes.setdefault(key, (Counter(), Counter()))
        values = priors[index] if priors else [prior(mention.text, p) for p in places]
        top = max(values)
        weights = [math.exp(value - top) for value in values]
        total = sum(weights)
        best: dict[str, float] = {}
        for place, weight in zip(places, weights):
            best[place.country_code] = max(best.get(place.country_code, 0.0), weight)
            if not place.is_country and place.admin1_code:
                regions[(place.country_code, place.admin1_code)] += weight / total
        country_total = sum(best.values())
        for code, weight in best.items():
            countries[code] += weight / country_total
    return votes


def article_votes(text: str, by_name: dict[str, Votes], mentions: Sequence[Toponym] = ()) -> Votes:
    """Every name's votes plus the demonyms' ("Malian troops") for their countries, and the countries of the
    bodies the text names: a named group's or movement's ("Muslim Brotherhood supporters": Egypt), and a
    country named inside a body's name that no place `mentions` holds ("the Pakistan Air Force")."""
    countries: Counter[str] = Counter()
    regions: Counter[tuple[str, str]] = Counter()
    for name_countries, name_regions in by_name.values():
        countries.update(name_countries)
        regions.update(name_regions)
    groups = group_mentions(text)
    for group in groups:
        # the table lists where a group mainly acts first: it counts twice, so that it wins a tie
        parts = len(group.countries) + 1
        for rank, code in enumerate(group.countries):
            countries[code] += DEMONYM_WEIGHT * (2 if rank == 0 else 1) / parts
    nationalities, names = demonyms(), _country_words()
    taken = [(m.start, m.end) for m in mentions] + [(g.start, g.end) for g in groups]
    # a nationality of two words first ("South Sudanese" is South Sudan's, not Sudan's)
    folded = fold(text)  # one fold of the whole text, sliced per name: fold keeps every offset
    phrases = list(_two_word_nationalities().finditer(text))
    for phrase in phrases:
        code = nationalities[folded[phrase.start():phrase.end()]]
        countries[code] += _nationality_vote(text, code, phrase.end())
    in_phrase = [phrase.span() for phrase in phrases]
    for word in WORD.finditer(text):
        key = folded[word.start():word.end()]
        # the dictionaries first: most capitalised words are neither, and the span tests cost more
        code = nationalities.get(key) or (key in names and not _inside(word.start(), taken) and names[key])
        if code and not _inside(word.start(), in_phrase):
            countries[code] += _nationality_vote(text, code, word.end())
    return countries, regions


def _nationality_vote(text: str, code: str, at: int) -> float:
    """A nationality's vote for its country: a state's forces act abroad as often as at home ("Chadian jets strike
    Boko Haram camps"), and the citizens of a country at peace in reports of violence are mostly abroad ("an
    American journalist"), so those count a share."""
    abroad = names_military(text, at) or code in peaceful_countries() and names_civilians(text, at)
    return DEMONYM_WEIGHT * (FORCES_SHARE if abroad else 1)


@cache
def _two_word_nationalities() -> re.Pattern:
    """The nationalities of more than one word ("South Sudanese", "Central African"), capitalised as written."""
    phrases = sorted((k for k in demonyms() if " " in k), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(by_first_character([r"\s+".join(re.escape(w[:1].upper() + w[1:])
                                                                         for w in k.split()) for k in phrases]))
                      + r")\b")


def _inside(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


@cache
def _country_words() -> dict[str, str]:
    """Folded one-word country names ("pakistan") -> ISO alpha-2 code."""
    return {fold(name): code for code, (name, _iso3) in countries().items() if " " not in name}


def country_evidence(text: str, options: Sequence[tuple[Toponym, list[Place]]]) -> dict[str, float]:
    """Share of the article's evidence for each country: its place names and demonyms."""
    return _shares(article_votes(text, name_votes(options), [m for m, _ in options])[0])


class _Shares:
    """`_shares(total - mine)` computed lazily: each name's context costs the size of its own
    votes, not the article's (subtracting whole counters for every name made long articles quadratic)."""

    def __init__(self, total: Counter, mine: Counter, positive_total: float) -> None:
        self._total, self._mine = total, mine
        dropped = sum(_positive(total[k]) - _positive(total[k] - weight) for k, weight in mine.items())
        self._sum = positive_total - dropped

    def get(self, key: object, default: float = 0.0) -> float:
        left = _positive(self._total.get(key, 0.0) - self._mine.get(key, 0.0))
        return left / self._sum if left else default

    def __bool__(self) -> bool:
        return self._sum > VOTE_FLOOR


def _positive(weight: float) -> float:
    return weight if weight > VOTE_FLOOR else 0.0


def _positive_sum(weights: Iterable[float]) -> float:
    return sum(_positive(w) for w in weights)


def _shares(votes: Counter) -> dict:
    positive = {key: weight for key, weight in votes.items() if weight > VOTE_FLOOR}
    total = sum(positive.values()) or 1.0
    return {key: weight / total for key, weight in positive.items()}


def candidates_by_region(options: Sequence[tuple[Toponym, list[Place]]]
                         ) -> dict[tuple[str, str], list[tuple[str, Place]]]:
    """(country, admin1) -> (folded name, candidate) of every mention, for local support."""
    local: dict[tuple[str, str], list[tuple[str, Place]]] = {}
    seen: set[str] = set()
    for mention, places in options:
        key = folded(mention.text)
        if key in seen:
            continue
        seen.add(key)
        for place in places:
            if place.admin1_code and not place.is_country and place.feature_code != "ADM1":
                local.setdefault((place.country_code, place.admin1_code), []).append((key, place))
    return local


def support(name: str, place: Place, evidence: Evidence) -> float:
    """How much the other names' candidates near `place` in its own region back it up: for
    each other name, exp(-distance / SUPPORT_SCALE_KM) of its nearest candidate there."""
    region = (place.country_code, place.admin1_code)
    if len(evidence.local.get(region, ())) >= ARRAYS_FROM:
        return _support_by_arrays(name, place, evidence.local_arrays(region))
    best: dict[str, float] = {}
    for other, candidate in evidence.local.get(region, ()):
        if other != name and candidate.geonameid != place.geonameid:
            near = math.exp(-distance_km(place.latitude, place.longitude, candidate.latitude,
                                         candidate.longitude) / SUPPORT_SCALE_KM)
            best[other] = max(best.get(other, 0.0), near)
    return sum(best.values())


def _support_by_arrays(name: str, place: Place, region: LocalArrays) -> float:
    """`support` over a big region's arrays: the same sum, without a Python loop per candidate."""
    names, ids, lats, lons, index = region
    near = np.exp(-haversine_many(math.radians(place.latitude), math.radians(place.longitude), lats, lons)
                  / SUPPORT_SCALE_KM)
    near[(ids == place.geonameid) | (names == index.get(name, -1))] = 0.0
    best = np.zeros(len(index))
    np.maximum.at(best, names, near)  # each other name counts once, by its nearest candidate
    return float(best.sum())


def _region_arrays(pairs: list[tuple[str, Place]]) -> LocalArrays:
    """A region's (name, candidate) pairs as arrays: name numbers, ids, latitudes and longitudes in
    radians, and the name -> number map (arrays: a long article's regions hold thousands)."""
    index = {name: i for i, name in enumerate(dict.fromkeys(name for name, _ in pairs))}
    return (np.array([index[name] for name, _ in pairs], dtype=np.int64),
            np.array([p.geonameid for _, p in pairs], dtype=np.int64),
            np.radians([p.latitude for _, p in pairs]), np.radians([p.longitude for _, p in pairs]), index)


def qualifiers(text: str, options: Sequence[tuple[Toponym, list[Place]]]) -> dict[int, frozenset[Place]]:
    """Mention index -> the regions or countries that qualify it ("Alexandria, La.": Louisiana),
    and for the qualifier itself the places it qualifies (so "Georgia" there is the US state)."""
    links: dict[int, frozenset[Place]] = {}
    for i in range(len(options) - 1):
        areas = _qualifying(text, options, i)
        if areas and not _list_goes_on(text, options, i + 1, areas):
            links[i] = frozenset(areas)
            links[i + 1] = frozenset(p for p in options[i][1] if any(_within(p, w) for w in areas))
    return links


def _qualifying(text: str, options: Sequence[tuple[Toponym, list[Place]]], i: int) -> list[Place]:
    """The areas the next mention may be that hold a place the mention may be, with a comma between them."""
    if i + 1 >= len(options):
        return []
    (name, places), (after, wider) = options[i], options[i + 1]
    if after.start != name.end + 2 or text[name.end:after.start] != ", ":
        return []
    return [w for w in wider if w.feature_class == "A" and any(_within(p, w) for p in places)]


def _list_goes_on(text: str, options: Sequence[tuple[Toponym, list[Place]]], at: int, areas: list[Place]) -> bool:
    """Whether a would-be qualifier that is also a city's name ("New York") is one of a list of places going on
    outside it: in "Boston, New York, Sydney" New York is the list's second city, not Boston's state ("Boston,
    New York, and Buffalo" and "Boston, New York, Sydney, Australia" keep it; so do "Paris, Texas, Sydney" and
    "Rochester, New York, Toronto", the town's most populous namesake lying in the region)."""
    following, joined = _past_aside(text, options, at)
    if following >= len(options) or _qualifying(text, options, following):
        return False
    towns, (name, own), (after, places) = options[at - 1][1], options[at], options[following]
    if not LIST_JOIN.fullmatch(text, joined, after.start) or not places \
            or not any(p.feature_class == "P" for p in own):
        return False
    return not _largest_in(towns, areas) and not _largest_in(places, areas)


def _past_aside(text: str, options: Sequence[tuple[Toponym, list[Place]]], at: int) -> tuple[int, int]:
    """The next mention after mention `at` past an aside in brackets right after it, and where the aside ends: the
    other spelling in "Cherkasy, Lviv (Lvov), Ternopil" is no place of the list."""
    aside = BRACKETED_ASIDE.match(text, options[at][0].end)
    joined = aside.end() if aside else options[at][0].end
    following = at + 1
    while following < len(options) and options[following][0].start < joined:
        following += 1
    return following, joined


def _largest_in(places: list[Place], areas: list[Place]) -> bool:
    """Whether the most populous of a name's places lies in one of the areas (or is one): "Rochester" is read as
    Rochester, New York, so "Rochester, New York, Toronto" keeps New York as its state; "Boston" is not."""
    largest = max(places, key=lambda p: p.population)
    return any(_within(largest, area) or largest == area for area in areas)


def _within(place: Place, area: Place) -> bool:
    """Whether `place` lies in the country or first-level region `area` (by codes)."""
    if place.geonameid == area.geonameid or place.is_country or place.country_code != area.country_code:
        return False
    return area.is_country or (area.feature_code == "ADM1" and place.admin1_code == area.admin1_code)


def _qualified(place: Place, index: int, evidence: Evidence) -> bool:
    """Whether the mention's qualifier ("..., La.") or qualified name agrees with `place`."""
    linked = evidence.qualifiers.get(index, frozenset())
    return place in linked or any(_within(place, other) or _within(other, place) for other in linked)


def _settings(text: str, options: Sequence[tuple[Toponym, list[Place]]], evidence: Evidence) -> list[tuple]:
    """Each mention's setting: its name, whether a region word follows it, its qualifier; a name repeated
    in the same setting is scored once."""
    return [(mention.text, followed_by_region_word(text, mention.start, mention.end), evidence.qualifiers.get(index))
            for index, (mention, _places) in enumerate(options)]


def _choose_all(options: Sequence[tuple[Toponym, list[Place]]], priors: list[list[float]], settings: list[tuple],
                evidence: Evidence, settled: dict[tuple, list[Settled]]) -> list[Toponym]:
    """A place for every mention; `settled` keeps each setting's anchor-free scores from one pass to the next."""
    chosen: dict[tuple, tuple[Place, float]] = {}
    found = []
    for index, ((mention, places), setting) in enumerate(zip(options, settings)):
        if setting not in chosen:
            if len(places) == 1:
                chosen[setting] = places[0], 1.0
            else:
                if setting not in settled:
                    settled[setting] = _settled_scores(index, mention, places, priors[index], evidence, setting[1])
                chosen[setting] = _choose(places, settled[setting], evidence.near_anchors)
        place, confidence = chosen[setting]
        found.append(Toponym(mention.text, mention.start, mention.end, place, confidence))
    return found


Settled = tuple[float, float, float]  # a candidate's score before closeness, its support term, its qualifier term


def _settled_scores(index: int, mention: Toponym, places: list[Place], priors: list[float], evidence: Evidence,
                    region_cue: bool) -> list[Settled]:
    """The parts of each candidate's score that do not depend on the anchors (see `settled_score`)."""
    namesakes = {(p.country_code, p.admin1_code) for p in places if p.feature_code in NAMESAKE_REGIONS}
    biggest = famous_population(mention.text, places)
    return [(*settled_score(mention.text, p, value, evidence, region_cue,
                            (p.country_code, p.admin1_code) in namesakes, biggest),
             W_QUALIFIED * _qualified(p, index, evidence)) for p, value in zip(places, priors)]


def _choose(places: list[Place], settled: list[Settled], anchors: NearIndex) -> tuple[Place, float]:
    """The best candidate and a softmax confidence in it."""
    scores = [_with_closeness(before, support_term, anchors, place) + qualified
              for place, (before, support_term, qualified) in zip(places, settled)]
    best = max(range(len(places)), key=lambda i: (scores[i], places[i].population, -places[i].geonameid))
    top = max(scores)
    return places[best], round(1.0 / sum(math.exp(s - top) for s in scores), 3)


def prior(name: str, place: Place) -> float:
    """How likely a candidate is before the article is read: its kind, name and size."""
    return (W_COUNTRY_NAME * (place.is_country or place.feature_code == CONTINENT)
            + W_MAIN_NAME * (folded(place.name) == folded(name) or spelling_key(place.name) == spelling_key(name))
            + W_POPULATION * math.log10(place.population + 1) / 7
            + W_CAPITAL * (place.feature_code == "PPLC"))


def famous_population(name: str, places: list[Place]) -> int:
    """Population of the biggest candidate known abroad under this very name (a capital or a
    town of FAMOUS_POPULATION, whose main name it is: London, Paris), else 0."""
    return max((p.population for p in places if folded(p.name) == folded(name) and (
        p.feature_code == "PPLC" or p.feature_class == "P" and p.population >= FAMOUS_POPULATION)), default=0)


def settled_score(name: str, place: Place, prior_value: float, evidence: Evidence, region_cue: bool = False,
                  in_namesake: bool = False, biggest: int = 0) -> tuple[float, float]:
    """The weighted rules for one candidate but closeness to the anchors, which alone changes between the
    two passes: the sum of the rules before it and the support term after it (`_with_closeness` adds them up
    in that order). `prior_value`: the candidate's `prior`; `in_namesake`: the candidate lies in a region of the same name that is also a candidate;
    `biggest`: the famous namesake's population (see `famous_population`): the article's country evidence
    alone does not lift a much smaller namesake over it ("London" in an American article is England's
    unless Kentucky is named)."""
    countries, regions = evidence.context(folded(name))
    region_share = regions.get((place.country_code, place.admin1_code), 0.0) * (not place.is_country)
    overshadowed = place.population * OVERSHADOWED_RATIO < biggest and region_share < OVERSHADOWED_REGION
    before = (prior_value
              + W_CONTEXT * countries.get(place.country_code, 0.0) * (not overshadowed)
              + W_REGION_CONTEXT * region_share
              + (W_REGION_CUE * place.is_region if region_cue
                 else W_TOWN * (place.feature_class == "P" and in_namesake)))
    return before, W_SUPPORT * math.log1p(support(folded(name), place, evidence))


def _with_closeness(before: float, support_term: float, anchors: NearIndex, place: Place) -> float:
    """The candidate's whole score: its settled rules with closeness to the anchors between them."""
    return before + W_NEAR_OTHERS * closeness(place, anchors) + support_term


def closeness(place: Place, anchors: NearIndex) -> float:
    """1 at an anchor, falling to 0 at NEAR_SCALE_KM; anchors that are the place itself don't count."""
    if place.is_country or not anchors:  # the first pass has no anchors: every candidate's closeness is 0
        return 0.0
    nearest = anchors.nearest_km(place)
    return 0.0 if nearest is None else max(0.0, 1.0 - nearest / NEAR_SCALE_KM)


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
