"""Tables of small cases for finding and resolving temporal expressions.

Unless a case says otherwise the article is published on Friday 18 January 2013.
"""
from __future__ import annotations

import csv
import re
from datetime import date

import pytest

from extract.dates import GRAMMAR, RULE_HEADS, TRIGGER, TRIGGER_REACH, _grammar, find_timexes
from extract import dates, tables
from extract.tables import DATA_DIR

DCT = date(2013, 1, 18)


def _one(text: str, span: str, dct: date | None = DCT):
    """The timex whose text is `span`; fails when there is none."""
    found = [t for t in find_timexes(text, dct) if t.text == span]
    assert found, f"{span!r} not found in {text!r}: {find_timexes(text, dct)}"
    return found[0]


def _check(text, span, type_, value, start, end, precision, dct=DCT):
    timex = _one(text, span, dct)
    got = (timex.type, timex.value, timex.date_start, timex.date_end, timex.precision)
    first = date.fromisoformat(start) if start else None
    last = date.fromisoformat(end) if end else first
    assert got == (type_, value, first, last, precision)


# (sentence, span, type, value, first day, last day (None: same as first), precision)
WEEKDAYS = [
    ("Rebels shelled the town Friday, officials said.", "Friday", "DATE", "2013-01-18", "2013-01-18", None, "day"),
    ("The minister said on Monday that talks had failed.", "Monday", "DATE", "2013-01-14", "2013-01-14", None, "day"),
    ("The two leaders will meet on Monday in Niamey.", "Monday", "DATE", "2013-01-21", "2013-01-21", None, "day"),
    ("Envoys are expected to arrive Wednesday.", "Wednesday", "DATE", "2013-01-23", "2013-01-23", None, "day"),
    ("The convoy was ambushed Wednesday near the border.", "Wednesday", "DATE", "2013-01-16", "2013-01-16",
     None, "day"),
    ("The army said last Friday it had regained control.", "last Friday", "DATE", "2013-01-11", "2013-01-11",
     None, "day"),
    ("A vote is planned for next Tuesday.", "next Tuesday", "DATE", "2013-01-22", "2013-01-22", None, "day"),
    ("The army attacked on Sunday and will rest on Monday.", "Sunday", "DATE", "2013-01-13", "2013-01-13",
     None, "day"),
    ("The army attacked on Sunday and will rest on Monday.", "Monday", "DATE", "2013-01-21", "2013-01-21",
     None, "day"),
    ("Gunfire was heard Thursday night in the capital.", "Thursday night", "TIME", "2013-01-17TNI",
     "2013-01-17", None, "day"),
    ("The army is going to attack on Saturday.", "Saturday", "DATE", "2013-01-19", "2013-01-19", None, "day"),
    ("He said the vote would take place on Sunday.", "Sunday", "DATE", "2013-01-20", "2013-01-20", None, "day"),
    ("The talks will be hosted on Tuesday.", "Tuesday", "DATE", "2013-01-22", "2013-01-22", None, "day"),
    ("The talks were hosted on Tuesday.", "Tuesday", "DATE", "2013-01-15", "2013-01-15", None, "day"),
    ("The deal was signed Wed., Jan. 16 in the capital.", "Wed., Jan. 16", "DATE", "2013-01-16", "2013-01-16",
     None, "day"),
]

CALENDAR_DATES = [
    ("Rebels took the town on January 10.", "January 10", "DATE", "2013-01-10", "2013-01-10", None, "day"),
    ("Rebels took the town on Jan. 10.", "Jan. 10", "DATE", "2013-01-10", "2013-01-10", None, "day"),
    ("REBELS SEIZE TOWN ON JANUARY 10", "JANUARY 10", "DATE", "2013-01-10", "2013-01-10", None, "day"),
    ("Rebels took the town on Jan 10.", "Jan 10", "DATE", "2013-01-10", "2013-01-10", None, "day"),
    ("The accord was signed on 10 January 2013.", "10 January 2013", "DATE", "2013-01-10", "2013-01-10",
     None, "day"),
    ("The accord was signed on January 10, 2013.", "January 10, 2013", "DATE", "2013-01-10", "2013-01-10",
     None, "day"),
    ("The accord was signed on 2013-01-10.", "2013-01-10", "DATE", "2013-01-10", "2013-01-10", None, "day"),
    ("The accord was signed on Friday, January 11, 2013.", "Friday, January 11, 2013", "DATE", "2013-01-11",
     "2013-01-11", None, "day"),
    ("It happened on the 3rd of March 2012.", "the 3rd of March 2012", "DATE", "2012-03-03", "2012-03-03",
     None, "day"),
    ("Memories of Sept. 11, 2001 remain.", "Sept. 11, 2001", "DATE", "2001-09-11", "2001-09-11", None, "day"),
    ("The strike was launched on December 30.", "December 30", "DATE", "2012-12-30", "2012-12-30", None, "day"),
    ("The summit will open on February 2.", "February 2", "DATE", "2013-02-02", "2013-02-02", None, "day"),
    ("Fighting paused over Christmas.", "Christmas", "DATE", "2012-12-25", "2012-12-25", None, "day"),
    ("The truce broke down on New Year's Day.", "New Year's Day", "DATE", "2013-01-01", "2013-01-01",
     None, "day"),
]

# Slashed dates need a four-digit year; when both day-first and month-first are valid,
# the reading nearer the publication date wins.
NUMERIC_DATES = [
    ("A ceasefire began on 10/01/2013.", "10/01/2013", "DATE", "2013-01-10", "2013-01-10", None, "day"),
    ("A ceasefire began on 25/12/2012.", "25/12/2012", "DATE", "2012-12-25", "2012-12-25", None, "day"),
    ("A ceasefire began on 12/25/2012.", "12/25/2012", "DATE", "2012-12-25", "2012-12-25", None, "day"),
    ("A ceasefire began on 12.01.2013.", "12.01.2013", "DATE", "2013-01-12", "2013-01-12", None, "day"),
]

MONTHS_AND_YEARS = [
    ("The stoning in July shocked the region.", "July", "DATE", "2012-07", "2012-07-01", "2012-07-31", "month"),
    ("Observers condemned the July stoning.", "July", "DATE", "2012-07", "2012-07-01", "2012-07-31", "month"),
    ("In April, six gunmen raided a village.", "April", "DATE", "2012-04", "2012-04-01", "2012-04-30", "month"),
    ("In January, the army regrouped.", "January", "DATE", "2013-01", "2013-01-01", "2013-01-31", "month"),
    ("Troops left in May.", "May", "DATE", "2012-05", "2012-05-01", "2012-05-31", "month"),
    ("The mission will start in March.", "March", "DATE", "2013-03", "2013-03-01", "2013-03-31", "month"),
    ("The rebellion began in January 2012.", "January 2012", "DATE", "2012-01", "2012-01-01", "2012-01-31",
     "month"),
    ("The town was seized in June last year.", "June last year", "DATE", "2012-06", "2012-06-01",
     "2012-06-30", "month"),
    ("Abuses have been recorded since January 2012.", "January 2012", "DATE", "2012-01", "2012-01-01",
     "2013-01-18", "year"),
    ("The coup came in 2012.", "2012", "DATE", "2012", "2012-01-01", "2012-12-31", "year"),
    ("Mali's 2012 coup changed everything.", "2012", "DATE", "2012", "2012-01-01", "2012-12-31", "year"),
    ("Droughts hit the region in the 1990s.", "the 1990s", "DATE", "199", "1990-01-01", "1999-12-31", "year"),
    ("Droughts hit the region in the '90s.", "the '90s", "DATE", "199", "1990-01-01", "1999-12-31", "year"),
]

PARTS = [
    ("Raids started in early January.", "early January", "DATE", "2013-01", "2013-01-01", "2013-01-10", "month"),
    ("Raids started in mid-January.", "mid-January", "DATE", "2013-01", "2013-01-11", "2013-01-20", "month"),
    ("Raids will resume in late January.", "late January", "DATE", "2013-01", "2013-01-21", "2013-01-31",
     "month"),
    ("Raids will resume in late January 2013.", "late January 2013", "DATE", "2013-01", "2013-01-21",
     "2013-01-31", "month"),
    ("The rains were poor in late February.", "late February", "DATE", "2012-02", "2012-02-21", "2012-02-29",
     "month"),
    ("The group split at the end of last year.", "the end of last year", "DATE", "2012", "2012-09-01",
     "2012-12-31", "year"),
    ("The group split in early 2012.", "early 2012", "DATE", "2012", "2012-01-01", "2012-04-30", "year"),
    ("The group split in mid-2012.", "mid-2012", "DATE", "2012", "2012-05-01", "2012-08-31", "year"),
    ("Aid should arrive by the end of the month.", "the end of the month", "DATE", "2013-01", "2013-01-21",
     "2013-01-31", "month"),
    ("The border was closed earlier this month.", "earlier this month", "DATE", "2013-01", "2013-01-01",
     "2013-01-18", "month"),
    ("Talks will resume later this year.", "later this year", "DATE", "2013", "2013-01-18", "2013-12-31", "year"),
]

AGO = [
    ("They started retreating a week ago.", "a week ago", "DATE", "2013-W02", "2013-01-07", "2013-01-13", "week"),
    ("The town fell three days ago.", "three days ago", "DATE", "2013-01-15", "2013-01-15", None, "day"),
    ("The town fell two weeks ago.", "two weeks ago", "DATE", "2013-W01", "2012-12-31", "2013-01-06", "week"),
    ("The town fell a month ago.", "a month ago", "DATE", "2012-12", "2012-12-01", "2012-12-31", "month"),
    ("The town fell two years ago.", "two years ago", "DATE", "2011", "2011-01-01", "2011-12-31", "year"),
    ("The town fell a decade ago.", "a decade ago", "DATE", "2003", "2003-01-01", "2003-12-31", "year"),
    ("The town fell years ago.", "years ago", "DATE", "PAST_REF", None, None, None),
]

RELATIVE_PERIODS = [
    ("France launched its offensive last week.", "last week", "DATE", "2013-W02", "2013-01-07", "2013-01-13",
     "week"),
    ("She said this week that aid was coming.", "this week", "DATE", "2013-W03", "2013-01-14", "2013-01-20",
     "week"),
    ("Ministers meet next week.", "next week", "DATE", "2013-W04", "2013-01-21", "2013-01-27", "week"),
    ("Prices rose last month.", "last month", "DATE", "2012-12", "2012-12-01", "2012-12-31", "month"),
    ("Elections are planned next month.", "next month", "DATE", "2013-02", "2013-02-01", "2013-02-28", "month"),
    ("It was stable until last year, when a coup came.", "last year", "DATE", "2012", "2012-01-01",
     "2012-12-31", "year"),
    ("Last year, militants wrecked the shrines.", "Last year", "DATE", "2012", "2012-01-01", "2012-12-31",
     "year"),
    ("Exports fell this year.", "this year", "DATE", "2013", "2013-01-01", "2013-12-31", "year"),
    ("The vote is due next year.", "next year", "DATE", "2014", "2014-01-01", "2014-12-31", "year"),
    ("Two mosques burned last weekend.", "last weekend", "DATE", "2013-W02-WE", "2013-01-12", "2013-01-13",
     "week"),
    ("Protests grew last fall.", "last fall", "DATE", "2012-FA", "2012-09-01", "2012-11-30", "year"),
    ("Protests grew in the fall of 2012.", "the fall of 2012", "DATE", "2012-FA", "2012-09-01", "2012-11-30",
     "year"),
    ("Fuel is scarce this winter.", "this winter", "DATE", "2012-WI", "2012-12-01", "2013-02-28", "year"),
]

DEICTIC = [
    ("Rebels struck yesterday.", "yesterday", "DATE", "2013-01-17", "2013-01-17", None, "day"),
    ("Rebels struck today.", "today", "DATE", "2013-01-18", "2013-01-18", None, "day"),
    ("The council meets tomorrow.", "tomorrow", "DATE", "2013-01-19", "2013-01-19", None, "day"),
    ("The president speaks tonight.", "tonight", "TIME", "2013-01-18TNI", "2013-01-18", None, "day"),
    ("Shots rang out this morning.", "this morning", "TIME", "2013-01-18TMO", "2013-01-18", None, "day"),
    ("Shots rang out last night.", "last night", "TIME", "2013-01-17TNI", "2013-01-17", None, "day"),
    ("Shots rang out yesterday afternoon.", "yesterday afternoon", "TIME", "2013-01-17TAF", "2013-01-17",
     None, "day"),
]

# PRESENT_REF is the publication day; PAST_REF windows end the day before it
# (recently: 30 days, recent days: 7, recent weeks: 28, recent months: 91).
REFERENCES = [
    ("The city is now calm.", "now", "DATE", "PRESENT_REF", "2013-01-18", None, "day"),
    ("Roads are currently closed.", "currently", "DATE", "PRESENT_REF", "2013-01-18", None, "day"),
    ("Fighting recently spread south.", "recently", "DATE", "PAST_REF", "2012-12-19", "2013-01-17", "month"),
    ("Abuses were reported in recent days.", "recent days", "DATE", "PAST_REF", "2013-01-11", "2013-01-17",
     "week"),
    ("Abuses were reported in recent months.", "recent months", "DATE", "PAST_REF", "2012-10-19", "2013-01-17",
     "year"),
    ("Such raids happened in the past.", "the past", "DATE", "PAST_REF", None, None, None),
]

# Bare durations have no interval; "the past/next N units" is anchored at dct.
DURATIONS = [
    ("The militants have held the north for months.", "months", "DURATION", "PXM", None, None, None),
    ("The siege lasted three days.", "three days", "DURATION", "P3D", None, None, None),
    ("It was a two-year conflict.", "two-year", "DURATION", "P2Y", None, None, None),
    ("No food arrived for 24 hours.", "24 hours", "DURATION", "PT24H", None, None, None),
    ("Talks may take several weeks.", "several weeks", "DURATION", "PXW", None, None, None),
    ("The advance came a week after the strikes began.", "a week", "DURATION", "P1W", None, None, None),
    ("The war has gone on for more than two years.", "more than two years", "DURATION", "P2Y", None, None, None),
    ("Food prices doubled over the past two weeks.", "the past two weeks", "DURATION", "P2W", "2013-01-04",
     "2013-01-18", "month"),
    ("Aid will flow over the next three days.", "the next three days", "DURATION", "P3D", "2013-01-18",
     "2013-01-21", "week"),
]

SETS = [
    ("Protesters gather every Friday.", "every Friday", "SET", "XXXX-WXX-5", None, None, None),
    ("Patrols leave every day.", "every day", "SET", "P1D", None, None, None),
    ("Markets open on Fridays.", "Fridays", "SET", "XXXX-WXX-5", None, None, None),
    ("The ministry briefs reporters weekly.", "weekly", "SET", "P1W", None, None, None),
    ("Convoys run every two weeks.", "every two weeks", "SET", "P2W", None, None, None),
    ("Curfew starts every evening.", "every evening", "SET", "XXXX-XX-XXTEV", None, None, None),
]

# Narrative phrases resolve against the last date mentioned before them, else dct.
NARRATIVE = [
    ("Rebels took Konna on January 10. The next day they moved south.", "The next day", "DATE", "2013-01-11",
     "2013-01-11", None, "day"),
    ("Rebels took Konna on January 10. Two days later they moved south.", "Two days later", "DATE",
     "2013-01-12", "2013-01-12", None, "day"),
    ("Rebels took Konna on January 10. That day, residents fled.", "That day", "DATE", "2013-01-10",
     "2013-01-10", None, "day"),
    ("Rebels took Konna on January 10. A day earlier they shelled it.", "A day earlier", "DATE", "2013-01-09",
     "2013-01-09", None, "day"),
    ("Rebels took Konna on January 10. The following week was quiet.", "The following week", "DATE",
     "2013-W03", "2013-01-14", "2013-01-20", "week"),
    ("The town fell in 2010. The following year it was retaken.", "The following year", "DATE", "2011",
     "2011-01-01", "2011-12-31", "year"),
    ("The next day, the envoys left.", "The next day", "DATE", "2013-01-19", "2013-01-19", None, "day"),
]

CLOCK_TIMES = [
    ("The blast came at 10 p.m. Wednesday, police said.", "10 p.m. Wednesday", "TIME", "2013-01-16T22:00",
     "2013-01-16", None, "day"),
    ("Talks broke off at noon Thursday.", "noon Thursday", "TIME", "2013-01-17T12:00", "2013-01-17", None, "day"),
    ("The curfew ends at 6 a.m. tomorrow.", "6 a.m. tomorrow", "TIME", "2013-01-19T06:00", "2013-01-19", None,
     "day"),
    ("The deadline was 5 p.m. EST Jan. 9 for all parties.", "5 p.m. EST Jan. 9", "TIME", "2013-01-09T17:00",
     "2013-01-09", None, "day"),
    ("Gunmen struck at about 9 p.m. on Tuesday near the market.", "9 p.m.", "TIME", "2013-01-15T21:00",
     "2013-01-15", None, "day"),
    ("Rebels took Konna on January 10. At 10:35 a.m. the flag was raised.", "10:35 a.m.", "TIME",
     "2013-01-10T10:35", "2013-01-10", None, "day"),
    ("The shelling began at 11 p.m. The town was quiet by dawn.", "11 p.m", "TIME", "2013-01-18T23:00",
     "2013-01-18", None, "day"),
]

QUARTERS = [
    ("Exports fell in the third quarter.", "the third quarter", "DATE", "2012-Q3", "2012-07-01", "2012-09-30",
     "year"),
    ("Third-quarter output rose.", "Third-quarter", "DATE", "2012-Q3", "2012-07-01", "2012-09-30", "year"),
    ("Output rose in the first quarter.", "the first quarter", "DATE", "2013-Q1", "2013-01-01", "2013-03-31",
     "year"),
    ("Output fell in the third quarter of 2011.", "the third quarter of 2011", "DATE", "2011-Q3", "2011-07-01",
     "2011-09-30", "year"),
    ("Output fell in the latest quarter.", "the latest quarter", "DATE", "2012-Q4", "2012-10-01", "2012-12-31",
     "year"),
    ("Output was flat in the year-ago quarter.", "the year-ago quarter", "DATE", "2011-Q4", "2011-10-01",
     "2011-12-31", "year"),
    ("Output fell last quarter.", "last quarter", "DATE", "2012-Q4", "2012-10-01", "2012-12-31", "year"),
    ("Fighting resumed over the weekend.", "the weekend", "DATE", "2013-W02-WE", "2013-01-12", "2013-01-13",
     "week"),
    ("Talks will resume after the weekend.", "the weekend", "DATE", "2013-W03-WE", "2013-01-19", "2013-01-20",
     "week"),
    ("The firm reports every quarter.", "every quarter", "SET", "P1Q", None, None, None),
    ("Profit rose in fiscal 2012.", "fiscal 2012", "DATE", "2012", "2012-01-01", "2012-12-31", "year"),
]

NAMED_MONTHS = [
    ("The camp opened last May.", "last May", "DATE", "2012-05", "2012-05-01", "2012-05-31", "month"),
    ("A vote is due this September.", "this September", "DATE", "2013-09", "2013-09-01", "2013-09-30", "month"),
    ("Elections are set for next March.", "next March", "DATE", "2013-03", "2013-03-01", "2013-03-31", "month"),
    ("Floods return each July.", "each July", "SET", "XXXX-07", None, None, None),
    ("The army lost the town in January, 2012.", "January, 2012", "DATE", "2012-01", "2012-01-01", "2012-01-31",
     "month"),
    ("The deal was signed on June 17, 1775.", "June 17, 1775", "DATE", "1775-06-17", "1775-06-17", None, "day"),
    ("Wages are payable by Feb. 2, the ministry said.", "Feb. 2", "DATE", "2013-02-02", "2013-02-02", None, "day"),
]

SPAN_SHAPES = [
    ("Food ran out during the first nine months.", "the first nine months", "DURATION", "P9M", None, None, None),
    ("Prices doubled over the past few weeks.", "the past few weeks", "DURATION", "PXW", None, None, None),
    ("The talks lasted about three days.", "three days", "DURATION", "P3D", None, None, None),
    ("The siege lasted nearly five months.", "nearly five months", "DURATION", "P5M", None, None, None),
    ("Talks need two more weeks.", "two more weeks", "DURATION", "P2W", None, None, None),
    ("Rebels ruled from 1861-1865, the archive says.", "1861", "DATE", "1861", "1861-01-01", "1861-12-31", "year"),
    ("Rebels ruled from 1861-1865, the archive says.", "1865", "DATE", "1865", "1865-01-01", "1865-12-31", "year"),
    ("Rail came late in the 19th century.", "the 19th century", "DATE", "18", "1800-01-01", "1899-12-31", "year"),
    ("The temple dates from the fifth century BC.", "the fifth century BC", "DATE", "BC04", None, None, None),
    ("The eight-year war ended.", "eight-year", "DURATION", "P8Y", None, None, None),
    ("Rations lasted for the six months of the siege.", "the six months", "DURATION", "P6M", None, None, None),
    ("Shelling resumed late yesterday.", "late yesterday", "DATE", "2013-01-17", "2013-01-17", None, "day"),
    ("The raid (3-5 January 2012) failed.", "3", "DATE", "2012-01-03", "2012-01-03", None, "day"),
    ("The raid (3-5 January 2012) failed.", "5 January 2012", "DATE", "2012-01-05", "2012-01-05", None, "day"),
    ("Talks ran on January 8-9 in Algiers.", "9", "DATE", "2013-01-09", "2013-01-09", None, "day"),
    ("The drought of 1983-85 was severe.", "85", "DATE", "1985", "1985-01-01", "1985-12-31", "year"),
    ("The siege (26 June - 4 August 2012) ended.", "26 June", "DATE", "2012-06-26", "2012-06-26", None, "day"),
    ("Aid stopped from July-November 2011.", "July", "DATE", "2011-07", "2011-07-01", "2011-07-31", "month"),
    ("Attacks fell in the second half of 2012.", "the second half of 2012", "DATE", "2012-H2", "2012-07-01",
     "2012-12-31", "year"),
    ("Families fled before Thanksgiving Day.", "Thanksgiving Day", "DATE", "2012-11-22", "2012-11-22", None,
     "day"),
    ("The ceasefire is meant to hold until Easter.", "Easter", "DATE", "2013-03-31", "2013-03-31", None, "day"),
    ("Shops closed on Memorial Day 2011.", "Memorial Day 2011", "DATE", "2011-05-30", "2011-05-30", None, "day"),
    ("It is the worst drought this century.", "this century", "DATE", "20", "2000-01-01", "2099-12-31", "year"),
    ("Athens fell in 404 BC.", "404 BC", "DATE", "BC0404", None, None, None),
    ("The city was sacked in August 410 B.C.", "August 410 B.C.", "DATE", "BC0410-08", None, None, None),
]


@pytest.mark.parametrize("text, span, type_, value, start, end, precision",
                         WEEKDAYS + CALENDAR_DATES + NUMERIC_DATES + MONTHS_AND_YEARS + PARTS + AGO
                         + RELATIVE_PERIODS + DEICTIC + REFERENCES + DURATIONS + SETS + NARRATIVE + CLOCK_TIMES
                         + QUARTERS + NAMED_MONTHS + SPAN_SHAPES)
def test_resolves_against_publication_date(text, span, type_, value, start, end, precision):
    _check(text, span, type_, value, start, end, precision)


# TimeML modifiers: early/mid/late and the approximators.
@pytest.mark.parametrize("text, span, mod", [
    ("Troops arrived in early March.", "early March", "START"),
    ("Troops arrived in mid-March.", "mid-March", "MID"),
    ("Troops arrived at the end of the month.", "the end of the month", "END"),
    ("The war lasted more than two years.", "more than two years", "MORE_THAN"),
    ("The siege lasted nearly five months.", "nearly five months", "LESS_THAN"),
    ("The talks lasted about three days.", "three days", "APPROX"),
    ("Rebels took the town on January 10.", "January 10", None),
])
def test_modifiers(text, span, mod):
    assert _one(text, span).mod == mod


# Narrative mode (histories): relative expressions follow the last date mentioned, not dct.
@pytest.mark.parametrize("text, span, value", [
    ("The siege began in 1941. On June 10 the city fell.", "June 10", "1941-06-10"),
    ("The siege began in 1941. By September the city had fallen.", "September", "1941-09"),
    ("The siege began in 1941. The following year the city fell.", "The following year", "1942"),
    ("The siege began in 1941. Two weeks ago a museum opened.", "Two weeks ago", "XXXX-WXX"),
    ("The siege began in 1941. Two weeks ago a museum opened. In May the city fell.", "May", "1941-05"),
    ("The siege began in 1941. In the summer the city fell.", "the summer", "1941-SU"),
    ("The siege began in 1941. In August of that year it fell.", "August of that year", "1941-08"),
    ("The siege began on 3 May 1941. The previous April was quiet.", "The previous April", "1941-04"),
    ("The siege began in 1941; it ended last year.", "last year", "1940"),
    ("The siege began in 1941. A decade earlier the city was rich. In May it fell.", "May", "1941-05"),
    ("In September the city fell.", "September", "XXXX-09"),
])
def test_narrative_mode(text, span, value):
    found = [t for t in find_timexes(text, DCT, narrative=True) if t.text == span]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize("text, span, dct, value", [
    ("Spokesmen said Monday the airport was taken.", "Monday", date(2013, 1, 28), "2013-01-28"),
    ("In January, the army regrouped.", "January", date(2013, 3, 5), "2013-01"),
    ("In April, the army was regrouping.", "April", date(2013, 3, 5), "2012-04"),
    ("The ministry said the wages are due on March 20.", "March 20", date(2013, 3, 5), "2013-03-20"),
    ("The ministry announced wages payable on March 20.", "March 20", date(2013, 3, 5), "2013-03-20"),
    ("The ministry said the wages were paid on March 20.", "March 20", date(2013, 6, 5), "2013-03-20"),
    ("Voters were told to register by June 2.", "June 2", date(2013, 5, 20), "2013-06-02"),
    ("Troops withdrew on Friday.", "Friday", date(2013, 1, 20), "2013-01-18"),
    ("The talks will resume on Friday.", "Friday", date(2013, 1, 20), "2013-01-25"),
])
def test_other_publication_dates(text, span, dct, value):
    assert _one(text, span, dct).value == value


# Without a publication date only expressions that carry their year resolve.
@pytest.mark.parametrize("text, span, value, start, end", [
    ("The accord was signed on January 10, 2013.", "January 10, 2013", "2013-01-10", "2013-01-10", "2013-01-10"),
    ("The coup came in 2012.", "2012", "2012", "2012-01-01", "2012-12-31"),
    ("Droughts hit in the 1990s.", "the 1990s", "199", "1990-01-01", "1999-12-31"),
    ("Abuses have been recorded since January 2012.", "January 2012", "2012-01", "2012-01-01", "2012-01-31"),
    ("A ceasefire began on 10/01/2013.", "10/01/2013", "2013", "2013-01-01", "2013-12-31"),
    ("Rebels arrived on Jan. 11.", "Jan. 11", "XXXX-01-11", None, None),
    ("Rebels arrived last week.", "last week", "XXXX-WXX", None, None),
    ("Rebels arrived yesterday.", "yesterday", "XXXX-XX-XX", None, None),
    ("Rebels arrived in July.", "July", "XXXX-07", None, None),
    ("Rebels arrived Friday.", "Friday", "XXXX-WXX-5", None, None),
    ("Rebels arrived a week ago.", "a week ago", "XXXX-WXX", None, None),
    ("Rebels arrived last year.", "last year", "XXXX", None, None),
    ("Rebels arrived this morning.", "this morning", "XXXX-XX-XXTMO", None, None),
    ("The city is now calm.", "now", "PRESENT_REF", None, None),
    ("Rebels arrived last fall.", "last fall", "XXXX-FA", None, None),
])
def test_without_publication_date(text, span, value, start, end):
    timex = _one(text, span, None)
    first, last = (date.fromisoformat(d) if d else None for d in (start, end))
    assert (timex.value, timex.date_start, timex.date_end) == (value, first, last)
    assert (timex.precision is None) == (first is None)


@pytest.mark.parametrize("text", [
    "Officials say more troops may arrive.",
    "May God protect them, he said.",
    "It was a second attack on the base.",
    "The Sun reported the story.",
    "We had no choice, he said.",
    "Protesters plan to march on the capital.",
    "The March for Peace drew thousands.",
    "Sat in the shade, the soldiers waited.",
    "The sun set over the desert.",
    "Prices could fall sharply.",
    "The fall of the town was a blow.",
    "Crowds gathered in the fall of the old regime.",
    "Easter Island lies far to the west.",
    "It left a mar on its record.",
    "Crowds cheered the Arab Spring.",
    "Jan Egeland said the crisis was grave.",
    "Ten soldiers died and 10 soldiers were hurt.",
    "France has 2,150 soldiers in the country.",
    "The town lies 500 kilometers north.",
    "They sent 1,000 more troops.",
    "Police arrested a 30-year-old man.",
    "The man, 30 years old, was arrested.",
    "Call +223 2013 4567 for help.",
    "The rule is set out in Section 2013 of the code.",
    "The second round is close.",
    "A quarter of the vote went to the opposition.",
    "The quarter was sealed off by police.",
])
def test_no_false_hits(text):
    assert find_timexes(text, DCT) == []


def test_offsets_are_absolute_sorted_and_disjoint():
    text = ("Background paragraph.\nRebels took the town on January 10, a week ago, and "
            "held it until last year's end; since 2012 they have ruled for months.")
    timexes = find_timexes(text, DCT)
    assert [t.text for t in timexes] == ["January 10", "a week ago", "last year", "2012", "months"]
    assert all(text[t.start:t.end] == t.text for t in timexes)
    assert all(a.end <= b.start for a, b in zip(timexes, timexes[1:]))


def test_every_expression_starts_within_reach_of_a_trigger():
    """The scan skips text without a trigger word or digit; no expression may start further before one."""
    tables = (WEEKDAYS + CALENDAR_DATES + NUMERIC_DATES + MONTHS_AND_YEARS + PARTS + AGO + RELATIVE_PERIODS
              + DEICTIC + REFERENCES + DURATIONS + SETS + NARRATIVE + CLOCK_TIMES + QUARTERS + NAMED_MONTHS
              + SPAN_SHAPES)
    texts = [case[0] for case in tables] + ["They will need at least the first twenty-five more years."]
    for text in texts:
        for match in GRAMMAR.finditer(text):
            trigger = TRIGGER.search(text, match.start())
            assert trigger and trigger.start() < match.end(), match.group()
            assert trigger.start() - match.start() <= TRIGGER_REACH


def test_every_expression_begins_with_one_of_its_rules_heads():
    """The scan tries only the rules whose heads allow a match at a place: each expression of the tables is
    found there, the same, by those rules alone."""
    tables = (WEEKDAYS + CALENDAR_DATES + NUMERIC_DATES + MONTHS_AND_YEARS + PARTS + AGO + RELATIVE_PERIODS
              + DEICTIC + REFERENCES + DURATIONS + SETS + NARRATIVE + CLOCK_TIMES + QUARTERS + NAMED_MONTHS
              + SPAN_SHAPES)
    texts = [case[0] for case in tables] + ["THE WEEKEND OF 3-4 MAY", "since '98", "at 0900 GMT", "A year AGO"]
    for text in texts:
        for start in range(len(text)):
            if whole := GRAMMAR.match(text, start):
                rules = RULE_HEADS.at(text, start)
                part = _grammar(rules).match(text, start) if rules else None
                assert part and (part.span(), part.lastgroup) == (whole.span(), whole.lastgroup), text[start:]


def test_empty_text_gives_empty_list():
    assert find_timexes("", DCT) == []


TIMEX_DIR = DATA_DIR / "timex"


@pytest.mark.parametrize("name", sorted(p.name for p in TIMEX_DIR.glob("*.csv")))
def test_tables_are_rectangular_with_unique_keys(name):
    body = [list(row.values()) for row in tables.rows(f"timex/{name}")]  # the loader's convention: '#' lines are comments
    assert body and all(None not in row and len(row) == len(body[0]) for row in body)
    keys = [tuple(row[:2]) if name in ("part_spans.csv", "year_guards.csv") else row[0] for row in body]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("name, column, expected", [
    ("months.csv", "month", set(range(1, 13))),
    ("weekdays.csv", "weekday", set(range(1, 8))),
])
def test_every_month_and_weekday_is_named(name, column, expected):
    with (TIMEX_DIR / name).open(encoding="utf-8") as handle:
        assert {int(row[column]) for row in csv.DictReader(handle)} == expected


@pytest.mark.parametrize("text, values", [
    ("The attack took place on 25-August-2018 near Gao.", ["2018-08-25"]),
    ("On 25-Aug-2018 gunmen struck.", ["2018-08-25"]),
    ("The militia demanded 2000 dollars.", []),
    ("A fine of 1800 euros was imposed.", []),
    ("Some 1500 troops were sent.", []),
    ("In 2014 troops entered the town.", ["2014"]),
    ("The budget of USD 2019 was cut.", []),
    ("They drove along the 1500 km border.", []),
    ("In 2013 people fled.", ["2013"]),
    ("The 2014 elections were postponed.", ["2014"]),
])
def test_day_first_dashed_dates_and_amounts_that_are_no_years(text, values):
    assert [t.value for t in find_timexes(text, date(2018, 9, 1))] == values


@pytest.mark.parametrize("words, text", [
    ({"jan", "january", "new year", "new"}, "On January 3 and in Jan, before the New  Year, a new plan"),
    ({"week", "weekend", "weekday"}, "the weekend after a weekday, this week"),
    ({"o'clock", "noon"}, "at ten o’clock or at noon, not at twelve o'clock"),
])
def test_trie_matches_what_the_longest_first_alternation_matches(words, text):
    """`dates._trie` factors the trigger words by their beginnings: the same matches as `_alt`'s
    longest-first alternation, spaces and both apostrophes included."""
    trie, longest_first = re.compile(f"(?i:{dates._trie(words)})"), re.compile(dates._alt(words, ignore_case=True))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in longest_first.finditer(text)]
    assert trie.search(text) is not None  # the case is no empty one


@pytest.mark.parametrize("text, plain", [
    # letters the grammar matches case-blind as ASCII ones, whose lower case is another letter: a dotless i,
    # a long s, a dotted capital I (a Turkish keyboard, an old scan); read as the plain word, never a crash
    ("Rebels attacked the town overnıght.", "Rebels attacked the town overnight."),
    ("Rebels attacked the town yeſterday.", "Rebels attacked the town yesterday."),
    ("REBELS ATTACKED THE TOWN OVERNİGHT.", "REBELS ATTACKED THE TOWN OVERNIGHT."),
])
def test_letters_matched_as_ascii_are_looked_up_as_ascii(text, plain):
    read = [(t.type, t.value) for t in find_timexes(text, date(2013, 1, 12))]
    assert read and read == [(t.type, t.value) for t in find_timexes(plain, date(2013, 1, 12))]
