"""Merging reports of one happening: type, dates, distance; every source kept."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from extract.merge import merge, same_happening
from extract.models import Event, Place

KONNA = Place(-1, "Konna", 14.9467, -3.8933, "ML", admin1_code="04", admin1_name="Mopti")
NEAR_KONNA = Place(-9, "Konna outskirts", 14.99, -3.85, "ML")   # about 7 km away
MOPTI = Place(2453348, "Mopti", 14.4843, -4.1827, "ML")         # about 60 km away


def _report(doc="a", place=KONNA, start=date(2013, 1, 17), end=date(2013, 1, 18), kind="Battles",
            sub="Government regains territory", confidence=0.8, at=0) -> Event:
    return Event(kind, sub, doc, "sentence", at, at + 8, start, end, "day" if start == end else "week",
                 place=place, location=place.name if place else "", geo_precision=1, confidence=confidence)


@pytest.mark.parametrize("other, same", [
    (_report(doc="b"), True),
    (_report(doc="b", place=NEAR_KONNA), True),
    (_report(doc="b", place=MOPTI), False),
    (_report(doc="b", start=date(2013, 1, 20), end=date(2013, 1, 21)), False),
    (_report(doc="b", kind="Explosions/Remote violence", sub="Air/drone strike"), False),
    (_report(doc="b", sub="Armed clash"), False),
    (_report(doc="b", place=None), False),
    (_report(doc="b", start=None, end=None), False),
])
def test_same_happening(other, same):
    assert same_happening(_report(), other, 25.0) is same


@pytest.mark.parametrize("other, same", [
    # one trigger's list of places ("raids on Konna and its outskirts"): one event per place, however near
    (replace(_report(place=NEAR_KONNA), trigger_start=3, trigger_end=8), False),
    # another trigger or another article telling the near place: the same happening
    (replace(_report(place=NEAR_KONNA), trigger_start=20, trigger_end=25), True),
    (replace(_report(doc="b", place=NEAR_KONNA), trigger_start=3, trigger_end=8), True),
])
def test_the_places_of_one_list_are_apart(other, same):
    listed = replace(_report(), trigger_start=3, trigger_end=8)
    assert same_happening(listed, other, 25.0) is same
    assert len(merge([listed, other], 25.0)) == (1 if same else 2)


def test_merged_event_keeps_every_source_and_the_sharpest_date():
    day = _report(doc="b", start=date(2013, 1, 18), end=date(2013, 1, 18), confidence=0.6, at=40)
    [event] = merge([_report(), day, replace(_report(doc="c"), fatalities=4)], 25.0)
    assert event.report_count == 3
    assert {s.doc_id for s in event.sources} == {"a", "b", "c"}
    assert (event.date_start, event.date_end) == (date(2013, 1, 18), date(2013, 1, 18))
    assert event.fatalities == 4 and event.doc_id == "a"


def test_distinct_events_stay_apart():
    events = merge([_report(), _report(doc="b", place=MOPTI), _report(doc="c", kind="Riots", sub="Mob violence")], 25.0)
    assert len(events) == 3 and all(e.report_count == 1 for e in events)


def test_a_vague_report_does_not_chain_two_events_into_one():
    april = _report(doc="a", start=date(2012, 4, 1), end=date(2012, 4, 30))
    july = _report(doc="b", start=date(2012, 7, 1), end=date(2012, 7, 31))
    year = _report(doc="c", start=date(2012, 1, 1), end=date(2012, 12, 31))
    events = merge([year, july, april], 25.0)
    assert sorted((e.date_start.month, e.report_count) for e in events) == [(1, 1), (4, 1), (7, 1)]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 0, 2)])
def test_the_events_do_not_depend_on_the_order_of_the_reports(order):
    reports = [_report(doc="a", start=date(2013, 1, 17), end=date(2013, 1, 17)),
               _report(doc="b", place=NEAR_KONNA, start=date(2013, 1, 17), end=date(2013, 1, 18), confidence=0.9),
               _report(doc="c", start=date(2013, 1, 18), end=date(2013, 1, 18))]
    [event] = merge([reports[i] for i in order], 25.0)
    assert event.doc_id == "b" and event.report_count == 3 and event.confidence == 1.0


def test_background_reports_make_no_event():
    history = replace(_report(doc="b", start=date(2012, 1, 1), end=date(2012, 12, 31)), background=True)
    assert [e.report_count for e in merge([_report(), history], 25.0)] == [1]
    assert merge([history], 25.0) == []


MALI = Place(2453866, "Mali", 17.0, -4.0, "ML", feature_class="A", feature_code="PCLI")
MOPTI_REGION = Place(2453347, "Mopti", 14.5, -4.0, "ML", feature_class="A", feature_code="ADM1", admin1_code="04")
GAO_REGION = Place(2457161, "Gao", 17.3, 0.6, "ML", feature_class="A", feature_code="ADM1", admin1_code="09")
THURSDAY = {"start": date(2013, 1, 17), "end": date(2013, 1, 17)}


@pytest.mark.parametrize("again, events", [
    # one article telling again what it placed in a town: around the town, or in the country only
    (replace(_report(at=50, **THURSDAY), geo_precision=2), 1),
    (replace(_report(at=50, place=MALI, **THURSDAY), geo_precision=4), 1),
    # ... or in the first-level region that holds the town; not in another region
    (replace(_report(at=50, place=MOPTI_REGION, **THURSDAY), geo_precision=3), 1),
    (replace(_report(at=50, place=GAO_REGION, **THURSDAY), geo_precision=3), 2),
    # a round-up of the week holding the days: told again, unless by another side acting
    (_report(at=50, start=date(2013, 1, 14), end=date(2013, 1, 20)), 1),
    (replace(_report(at=50, start=date(2013, 1, 14), end=date(2013, 1, 20)), actor1="Ansar Dine"), 2),
    # a clash at the town on a day it changed hands is the fight for it (told before it, being sharper)
    (_report(at=50, sub="Armed clash", **THURSDAY), 1),
    (_report(at=50, sub="Armed clash", start=date(2013, 1, 16), end=date(2013, 1, 16)), 2),  # the day before
    (_report(at=50, sub="Armed clash", place=MOPTI, **THURSDAY), 2),
    # another article's report near the town is another report, merged (or not) by the usual rule
    (replace(_report(doc="b", **THURSDAY), geo_precision=2), 2),
    (_report(doc="b", sub="Armed clash", **THURSDAY), 2),
])
def test_an_article_telling_its_event_again(again, events):
    merged = merge([replace(_report(), actor1="Military Forces of Mali"), again], 25.0)  # Thursday or Friday
    told = next(e for e in merged if e.char_start == 0)  # the first report, with its retelling if any
    assert len(merged) == events and told.report_count == 3 - events
    assert (told.sub_event_type, told.place, told.geo_precision) == ("Government regains territory", KONNA, 1)


@pytest.mark.parametrize("protest, events", [
    # one article's demonstration in the town on the day it rioted turned into the riot: one event, the riot
    (_report(at=50, kind="Protests", sub="Peaceful protest", **THURSDAY), 1),
    (_report(at=50, kind="Protests", sub="Protest with intervention", **THURSDAY), 1),
    # ... not one in another town or on another day, nor another article's
    (_report(at=50, kind="Protests", sub="Peaceful protest", place=MOPTI, **THURSDAY), 2),
    (_report(at=50, kind="Protests", sub="Peaceful protest", start=date(2013, 1, 15), end=date(2013, 1, 15)), 2),
    (_report(doc="b", kind="Protests", sub="Peaceful protest", **THURSDAY), 2),
])
def test_a_demonstration_that_turned_into_a_riot(protest, events):
    riot = _report(kind="Riots", sub="Violent demonstration", **THURSDAY)
    merged = merge([protest, riot], 25.0)
    assert len(merged) == events and "Violent demonstration" in {e.sub_event_type for e in merged}
    assert events == 2 or merged[0].report_count == 2


def test_a_region_retells_a_district_of_it():
    """One article's report in a first-level region retells its report in a district of that region."""
    district = Place(-5, "Djenne", 13.9, -4.5, "ML", feature_class="A", feature_code="ADM2", admin1_code="04")
    sharp = replace(_report(place=district, **THURSDAY), geo_precision=2)
    vague = replace(_report(at=50, place=MOPTI_REGION, **THURSDAY), geo_precision=3)
    assert [e.place for e in merge([sharp, vague], 25.0)] == [district]
