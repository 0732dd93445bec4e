"""Merging reports of the same happening into one event with a report count.

Two reports are the same event when they have the same event and sub-event type, overlapping dates,
the same geo-precision and places within `merge_distance_km` (great circle). Within
one article, a report known only to its country joins a same-type report placed in a town of
that country. Every source sentence stays attached to the merged event.

Events are the connected components of that relation over the units (an article's reports with
its retellings folded in), kept with a union-find; an event is built from its units in a fixed
order. So the events do not depend on the order the reports come in, and `incremental.py` can
merge new reports into stored events and get what a merge of everything gives.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple

from .models import Event, Place, Source
from .near import distance_km
from .vocabulary import (ARMED_CLASH, EXCESSIVE_FORCE, INTERVENTION, PEACEFUL_PROTEST, PROTESTS, RIOTS,
                         TERRITORY_CHANGES, VIOLENT_DEMONSTRATION)

CORROBORATION_BONUS = 0.05
COUNTRY = 4  # geo_precision of an event known only to its country
UNPLACED = COUNTRY + 1  # how vague a report with no place is, for ordering an article's reports
ADM1 = "ADM1"  # the feature code of a first-level region
SHORT_SPAN_DAYS = 31  # units lasting at most this many days are found by a window on their start date
SPAN_RATIO = 2  # two reports are one event only if neither's interval is over twice as long as the other's
KM_PER_DEGREE_MIN = 110.0  # a degree of latitude is 110.6-111.7 km: this box is never too small
POLAR_LATITUDE = 89.0  # nearer the pole a box in longitude would be the whole circle anyway
CELL_OFFSET, CELL_BASE = 200, 1000  # one-degree cells (rows -90..90, columns -180..180) as one integer


def _overlap(a: Event, b: Event) -> bool:
    """Same type and sub-type, both dated and placed, intervals overlapping."""
    if (a.event_type, a.sub_event_type) != (b.event_type, b.sub_event_type):
        return False
    if None in (a.date_start, a.date_end, b.date_start, b.date_end) or a.place is None or b.place is None:
        return False
    return not (a.date_start > b.date_end or b.date_start > a.date_end)


def same_happening(a: Event, b: Event, max_km: float) -> bool:
    """True when two reports describe one event."""
    key_a, key_b = key_of(a), key_of(b)
    return key_a is not None and key_b is not None and linked(key_a, key_b, max_km)


def retells(vague: Event, sharp: Event) -> bool:
    """Within one article, a report that tells again, less sharply, an event the article places and dates:
    one known only to a country or a first-level region where the article names a town of it ("... captured the
    barracks" after "overran Konna"), one "in and around" a town the article also says was hit ("bombing targets around
    Gao" and "jets hit the airport in Gao" on one day), a round-up of days that holds a dated report ("some
    25 targets in recent days" and "further raids overnight from Monday to Tuesday"), by the same side; or a part of
    another report (`_part_of`); or one the article tells without a place, of the same kind on the same days by no
    other side, which cannot be mapped apart ("Police arrest 53 ... Those arrested include ...": `_unplaced_again`)."""
    if vague.doc_id != sharp.doc_id:
        return False
    if vague.place is None:
        return _unplaced_again(vague, sharp)
    if sharp.place is None:
        return False
    if _part_of(vague, sharp):
        return True
    if not _overlap(vague, sharp) or _sharpness(vague) <= _sharpness(sharp) or _other_side(vague, sharp):
        return False
    if vague.geo_precision == COUNTRY:
        return vague.place.country_code == sharp.place.country_code and sharp.geo_precision != COUNTRY
    return vague.place.geonameid == sharp.place.geonameid or _region_of(vague.place, sharp.place)


def _unplaced_again(vague: Event, sharp: Event) -> bool:
    """Whether a report with no place tells again another of its article: same kind, overlapping days, the same side
    or none named."""
    return (vague.event_type, vague.sub_event_type) == (sharp.event_type, sharp.sub_event_type) \
        and None not in (vague.date_start, vague.date_end, sharp.date_start, sharp.date_end) \
        and not (vague.date_start > sharp.date_end or sharp.date_start > vague.date_end) \
        and not _other_side(vague, sharp)


def _region_of(region: Place, town: Place) -> bool:
    """Whether a first-level region holds a town or a smaller region: "strikes on the Gaza Strip" retell "strikes on
    Gaza", "Faryab Province" a capture in its "Ghormach District"."""
    return region.feature_code == ADM1 and town.feature_code != ADM1 and not town.is_country \
        and (region.country_code, region.admin1_code) == (town.country_code, town.admin1_code)


def _other_side(a: Event, b: Event) -> bool:
    """Whether two reports name different sides acting: "the rebels moved into Kidal" earlier in the week
    and "French soldiers secured its airstrip" on Tuesday are two events."""
    return bool(a.actor1 and b.actor1 and a.actor1 != b.actor1)


def _sharpness(report: Event) -> tuple[int, int]:
    """How vaguely a report is placed and dated: its geo-precision, then how many days it spans (a dated
    report's dates are known, `_overlap` asks for them); a report with no place is the vaguest."""
    days = (report.date_end - report.date_start).days if None not in (report.date_start, report.date_end) else 0
    return (report.geo_precision or 0) if report.place is not None else UNPLACED, days


def _part_of(part: Event, whole: Event) -> bool:
    """Whether one report of an article is a part of another, however sharply each is told: a clash on the day and
    at the place a town changed hands, the fight for it (ACLED codes a battle that changes who holds a place as that
    change alone), or a demonstration on the day and at the place of a riot it turned into ("protests are held in
    the town; they escalate into riots": ACLED codes a demonstration that turns violent as the riot), or one on the day
    and at the place where force was used against its crowd ("protests erupt; two protesters are killed": coded once,
    by its most violent form)."""
    return _fight_for(part, whole) or _turned_violent(part, whole) or _met_with_force(part, whole)


def _turned_violent(protest: Event, riot: Event) -> bool:
    """Whether a demonstration is the one a riot of the same town and days grew out of."""
    return protest.event_type == PROTESTS and (riot.event_type, riot.sub_event_type) == (RIOTS, VIOLENT_DEMONSTRATION) \
        and _same_town_and_days(protest, riot)


def _met_with_force(protest: Event, force: Event) -> bool:
    """Whether a demonstration is the one that force against protesters of the same town and days met."""
    return protest.sub_event_type in (PEACEFUL_PROTEST, INTERVENTION) and force.sub_event_type == EXCESSIVE_FORCE \
        and _same_town_and_days(protest, force)


def _fight_for(clash: Event, change: Event) -> bool:
    """Whether a clash is the fight in which a place changed hands: the same town, on one of its days."""
    return clash.sub_event_type == ARMED_CLASH and change.sub_event_type in TERRITORY_CHANGES \
        and _same_town_and_days(clash, change)


def _same_town_and_days(a: Event, b: Event) -> bool:
    """Whether two dated reports are placed at one place and their days overlap."""
    return None not in (a.date_start, b.date_start, a.place, b.place) and a.place.geonameid == b.place.geonameid \
        and not (a.date_start > b.date_end or b.date_start > a.date_end)


def _absorb_retellings(reports: list[Event]) -> list[Event]:
    """Fold each article's retellings (`retells`) into the reports they tell again, the sharpest first."""
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for report in reports:
        by_doc[report.doc_id].append(report)
    kept: list[Event] = []
    for group in by_doc.values():
        told: list[Event] = []
        # the sharpest reports first, and a change of hands before the clash it ends: each later one may retell one
        for report in sorted(group, key=lambda r: (*_sharpness(r), r.sub_event_type == ARMED_CLASH)):
            match = next((i for i, t in enumerate(told) if retells(report, t) or _part_of(t, report)), None)
            if match is None:
                told.append(report)
            elif _part_of(told[match], report):  # a sharper part told before the whole ("protests; then riots")
                told[match] = _told_again(report, told[match])
            else:
                told[match] = _told_again(told[match], report)
        kept.extend(sorted(told, key=report_order))
    return kept


def _told_again(told: Event, again: Event) -> Event:
    """One event from a report and its less sharp retelling: the report leads (its kind, place, dates and
    sentence), with the sides and the toll the retelling adds and both's sources."""
    both = combine(told, again)
    return replace(told, actor1=told.actor1 or again.actor1, actor2=told.actor2 or again.actor2,
                   fatalities=both.fatalities, sources=both.sources, report_count=both.report_count,
                   confidence=both.confidence)


def _sources(event: Event) -> tuple[Source, ...]:
    own = Source(event.doc_id, event.sentence, event.char_start, event.char_end)
    return event.sources or (own,)


def combine(a: Event, b: Event) -> Event:
    """One event from two reports: the more precise and confident report leads."""
    lead, other = sorted((a, b), key=_lead_key)
    sources = tuple(dict.fromkeys(_sources(lead) + _sources(other)))
    span = (lead.date_end - lead.date_start, other.date_end - other.date_start)
    dated = lead if span[0] <= span[1] else other
    tolls = [t for t in (lead.fatalities, other.fatalities) if t is not None]
    return replace(lead, date_start=dated.date_start, date_end=dated.date_end, time_precision=dated.time_precision,
                   actor1=lead.actor1 or other.actor1, actor2=lead.actor2 or other.actor2,
                   fatalities=max(tolls) if tolls else None, sources=sources, report_count=len(sources),
                   confidence=round(min(1.0, max(a.confidence, b.confidence) + CORROBORATION_BONUS), 3))


def _lead_key(event: Event) -> tuple:
    return (-event.confidence, *report_order(event))


def merge(reports: Iterable[Event], max_km: float) -> list[Event]:
    """Group reports into events: the connected components of the "same event" relation, so the
    result does not depend on the order of the reports."""
    units = merge_units(reports)
    keys = [key_of(u) for u in units]
    found = UnionFind()
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        found.add(i)
        if key is None:
            continue
        for cell in near_cells(key):
            for j in buckets.get((key.event_type, key.sub_event_type, key.geo_precision, cell), ()):
                if linked(key, keys[j], max_km):
                    found.union(i, j)
        buckets[(key.event_type, key.sub_event_type, key.geo_precision, cell_of(key))].append(i)
    merged = [event_of([units[i] for i in group]) for group in found.groups()]
    return sorted(merged, key=lambda e: (e.date_start or e.date_end or date.max, e.doc_id, e.char_start))


def merge_units(reports: Iterable[Event]) -> list[Event]:
    """The units of merging: each article's reports in a fixed order, its retellings folded in; the
    history an article recalls (background reports) stays in the store and makes no event."""
    return _absorb_retellings(sorted((r if r.sources else replace(r, sources=_sources(r))
                                      for r in reports if not r.background), key=report_order))


def report_order(report: Event) -> tuple:
    """A total order on reports, so that merging never depends on the order they were stored in."""
    return (report.date_start or date.max, report.doc_id, report.char_start, report.char_end, report.event_type,
            report.sub_event_type, report.location, report.date_end or date.max)


class Key(NamedTuple):
    """What decides whether two units are one event (dates as ISO strings, as the store keeps them)."""

    event_type: str
    sub_event_type: str
    geo_precision: int | None
    date_start: str
    date_end: str
    latitude: float
    longitude: float
    days: int  # how many days the interval covers
    listed: str  # the article and trigger whose list of places the unit is one of ("" unknown): see `linked`


def key_of(event: Event) -> Key | None:
    """The merge key of a unit; None for one that never merges (no date or no place)."""
    if event.date_start is None or event.date_end is None or event.place is None:
        return None
    return Key(event.event_type, event.sub_event_type, event.geo_precision, event.date_start.isoformat(),
               event.date_end.isoformat(), event.place.latitude, event.place.longitude,
               (event.date_end - event.date_start).days + 1, _list_of(event))


def _list_of(event: Event) -> str:
    """The article and trigger that told the unit: the events of one trigger are the places of one list
    ("strikes on Slovyansk and Kramatorsk"), one each."""
    return "" if event.trigger_start is None else f"{event.doc_id}@{event.trigger_start}"


def linked(a: Key, b: Key, max_km: float) -> bool:
    """The "same event" relation: same types and geo-precision, overlapping dates of comparable
    precision, within `max_km`. A report of "2012" or "this week" overlaps many events; letting it join
    them would chain distinct events of April and July, or of Friday and Sunday, into one."""
    if (a.event_type, a.sub_event_type, a.geo_precision) != (b.event_type, b.sub_event_type, b.geo_precision):
        return False
    if a.listed and a.listed == b.listed:
        return False  # two places of one list are two events however near (LABELLING.md: one per place)
    if a.date_start > b.date_end or b.date_start > a.date_end:
        return False
    if max(a.days, b.days) > SPAN_RATIO * min(a.days, b.days):
        return False
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= max_km


def cell_of(key: Key) -> int:
    """A one-degree grid cell (about 111 km, far above any merge distance) as one integer."""
    return _cell_code(int(key.latitude // 1), int(key.longitude // 1))


def _cell_code(row: int, column: int) -> int:
    return (row + CELL_OFFSET) * CELL_BASE + column + CELL_OFFSET


def near_cells(key: Key) -> list[int]:
    """The unit's own cell and its eight neighbours: every place within reach is in one of them."""
    row, column = int(key.latitude // 1), int(key.longitude // 1)
    return [_cell_code(row + dr, column + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)]


def bounding_box(key: Key, max_km: float) -> tuple[float, float, float, float]:
    """(south, north, west, east) around the unit's point holding every point within `max_km`."""
    rise = max_km / KM_PER_DEGREE_MIN
    top = min(90.0, abs(key.latitude) + rise)
    run = 360.0 if top >= POLAR_LATITUDE else rise / math.cos(math.radians(top))
    return key.latitude - rise, key.latitude + rise, key.longitude - run, key.longitude + run


def is_long(key: Key) -> bool:
    """True for a unit spanning more than SHORT_SPAN_DAYS (found by its interval, not a window on its start)."""
    return key.days > SHORT_SPAN_DAYS


def window_start(key: Key) -> str:
    """The earliest start a short unit overlapping `key` can have."""
    start = date.fromisoformat(key.date_start)
    return (start - timedelta(days=SHORT_SPAN_DAYS) if start.toordinal() > SHORT_SPAN_DAYS else date.min).isoformat()


def event_of(units: Sequence[Event]) -> Event:
    """One event from the units of one happening, the same whatever their order: the most
    confident unit leads; the narrowest dates, every source and the highest toll are kept."""
    if len(units) == 1:
        return units[0]
    ordered = sorted(units, key=_lead_key)
    lead = ordered[0]
    dated = min(ordered, key=lambda e: e.date_end - e.date_start)
    sources = tuple(dict.fromkeys(s for unit in ordered for s in unit.sources))
    tolls = [u.fatalities for u in units if u.fatalities is not None]
    bonus = CORROBORATION_BONUS * (len(units) - 1)
    return replace(lead, date_start=dated.date_start, date_end=dated.date_end, time_precision=dated.time_precision,
                   actor1=next((u.actor1 for u in ordered if u.actor1), ""),
                   actor2=next((u.actor2 for u in ordered if u.actor2), ""),
                   fatalities=max(tolls) if tolls else None, sources=sources, report_count=len(sources),
                   confidence=round(min(1.0, lead.confidence + bonus), 3))


class UnionFind:
    """Disjoint sets of hashable items, with path halving and union by size."""

    def __init__(self) -> None:
        self.parent: dict = {}
        self.size: dict = {}

    def add(self, item: object) -> None:
        if item not in self.parent:
            self.parent[item], self.size[item] = item, 1

    def find(self, item: object) -> object:
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: object, b: object) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            if self.size[a] < self.size[b]:
                a, b = b, a
            self.parent[b] = a
            self.size[a] += self.size[b]

    def groups(self) -> list[list]:
        """The sets, each in the order its items were added."""
        found: dict = defaultdict(list)
        for item in self.parent:
            found[self.find(item)].append(item)
        return list(found.values())
