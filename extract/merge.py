"""Merging reports of the same happening into one event with a report count.

Two reports are the same event when they have the same event and sub-event type, overlapping dates,
the same geo-precision and places within `merge_distance_km` (geopy's great circle). Within
one article, a report known only to its country joins a same-type report placed in a town of
that country. Every source sentence stays attached to the merged event.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from geopy.distance import great_circle

from .models import Event, Source

CORROBORATION_BONUS = 0.05
COUNTRY = 4  # geo_precision of an event known only to its country


def _overlap(a: Event, b: Event) -> bool:
    """Same type and sub-type, both dated and placed, intervals overlapping."""
    if (a.event_type, a.sub_event_type) != (b.event_type, b.sub_event_type):
        return False
    if None in (a.date_start, a.date_end, b.date_start, b.date_end) or a.place is None or b.place is None:
        return False
    return not (a.date_start > b.date_end or b.date_start > a.date_end)


def same_happening(a: Event, b: Event, max_km: float) -> bool:
    """True when two reports describe one event."""
    if not _overlap(a, b) or a.geo_precision != b.geo_precision:
        return False
    km = great_circle((a.place.latitude, a.place.longitude), (b.place.latitude, b.place.longitude)).km
    return km <= max_km


def retells(vague: Event, sharp: Event) -> bool:
    """Within one article, a country-level report of an event that the article also places in a town
    of that country is the same event told again ("... captured the barracks" after "overran Konna")."""
    return (vague.doc_id == sharp.doc_id and vague.geo_precision == COUNTRY and sharp.geo_precision != COUNTRY
            and _overlap(vague, sharp) and vague.place.country_code == sharp.place.country_code)


def _absorb_retellings(reports: list[Event]) -> list[Event]:
    """Fold each article's country-level retellings into its town-level reports."""
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for report in reports:
        by_doc[report.doc_id].append(report)
    kept: list[Event] = []
    for group in by_doc.values():
        sharp = [r for r in group if r.geo_precision != COUNTRY]
        for vague in (r for r in group if r.geo_precision == COUNTRY):
            match = next((i for i, s in enumerate(sharp) if retells(vague, s)), None)
            if match is None:
                sharp.append(vague)
            else:
                sharp[match] = combine(sharp[match], vague)
        kept.extend(sharp)
    return kept


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
    return (-event.confidence, event.doc_id, event.char_start)


def merge(reports: Iterable[Event], max_km: float) -> list[Event]:
    """Group reports into events; blocks by event type, then sweeps in date order."""
    by_type: dict[str, list[Event]] = defaultdict(list)
    for report in _absorb_retellings([r if r.sources else replace(r, sources=_sources(r)) for r in reports]):
        by_type[report.event_type].append(report)
    merged: list[Event] = []
    for group in by_type.values():
        merged.extend(_merge_group(group, max_km))
    return sorted(merged, key=lambda e: (e.date_start or e.date_end or date.max, e.doc_id, e.char_start))


def _merge_group(group: list[Event], max_km: float) -> list[Event]:
    """Compares each report only with events in its own and the neighbouring grid cells."""
    events: list[Event] = []
    cells: dict[tuple[int, int], list[int]] = defaultdict(list)
    for report in sorted(group, key=lambda e: (e.date_start is None, e.date_start or date.max)):
        cell = _cell(report)
        near = [i for dx in (-1, 0, 1) for dy in (-1, 0, 1) for i in cells.get((cell[0] + dx, cell[1] + dy), ())]
        match = next((i for i in near if same_happening(events[i], report, max_km)), None)
        if match is None:
            cells[cell].append(len(events))
            events.append(report)
        else:
            events[match] = combine(events[match], report)
    return events


def _cell(event: Event) -> tuple[int, int]:
    """A one-degree grid cell (about 111 km, far above any merge distance); placeless events share one."""
    if event.place is None:
        return (999, 999)
    return (int(event.place.latitude // 1), int(event.place.longitude // 1))
