"""When an event happened: the date its sentence states, else the narrative's, else the report's own
day and the day before; and whether a report only recalls history (`Event.background`).

Tables read: scheduled_cues.txt, attack_nouns.txt, statement_verbs.txt.
"""
from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from .models import Timex
from .phrases import POSSESSIVE_AFTER, alternation, table_lines
from .triggers import Trigger, in_captivity_told

if TYPE_CHECKING:  # only for annotations: events imports this module
    from .events import Context

LOOKBACK_SENTENCES = 2  # how many body sentences back a narrative's place carries (event_places)
# ... and its day further: a story's day holds over a few sentences of its telling ("on Tuesday" ... "Lawmakers were
# evacuated ..." ... "In Kisumu, thousands marched"), where no other date intervenes (`_narrative_date`)
DATE_LOOKBACK_SENTENCES = 4
TIME_TO_DATE = 12  # at most this many characters between a time of day and the date it belongs to
# a relative clause about another noun: ", which began", ", who had", or one that ends an apposition (", a
# rights activist who won a prize in 2012"); it runs to the next comma or stop
# an aside opened by a participle, set off by commas before the date ("Foley, kidnapped in 2012, has been beheaded"),
# or by a short noun phrase in apposition and its participle ("Daraya, a suburb besieged since 2012, ...")
PARTICIPLE_ASIDE = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?)?"
                              r"(?:[\w-]+ed|born|taken|held|seen|known|shot|hit|caught|won|lost)\b[^,;:.]*$", re.I)
# a relative clause's past verb, a few words before a date ("who fought to topple the regime in 2011")
RELATIVE_DEED = re.compile(r"\b(?:who|which|that)\s+(?:(?:had|have|has)\s+)?[a-z]+(?:ed|ght|ook|ew|ent|aw|ok|un)\b"
                           r"[^,;:.]{0,60}$", re.I)
RELATIVE_DEED_REACH = 90  # characters before a date searched for that verb
ASIDE_REACH = 60  # characters before a date in which the aside's opening comma stands
RELATIVE_CLAUSE = re.compile(r",\s+(?:[\w'’-]+\s+){0,6}?(?:which|who|whose)\b[^,;:.]*$", re.I)
VAGUE_PRECISIONS = ("month", "year")  # a stated date this vague, in an earlier year, makes a report background
# a stated day this much older than the report is history told again, not news a report would date to the
# day (late reports of a massacre come within months; anniversaries and trials recall years-old days)
HISTORY_DAYS = 730
# a month this recent is news though the year has turned since ("in December" or "last month", told in January)
RECENT_MONTH_DAYS = 62
SCHEDULE_REACH = 60  # characters before a date searched for a word of a plan or a schedule (`_scheduled`)
COUNTED_TIMES = re.compile(r"\btimes?\s+$", re.I)  # "the second time this week": a count's span follows
# a date inside a clause opened by "since" ("the first bombing since France intervened on Jan. 11") dates
# that clause's own verb, and one after a first or a superlative ("the worst loss since the 2012 coup")
# frames a comparison: neither dates the event; "have fought since Thursday" is the event's span
# "the same day as the bombing": the date is the other event's, told after it, not one read from the narrative
# before it (where "the same day" alone is anchored)
SAME_AS = re.compile(r"\s+as\b", re.I)
# a bare year or a month and year between a determiner (or a possessive) and a noun, or a date in the possessive,
# qualifies that noun ("a 2009 labour code", "the 2011 accord", "the May 2014 siege", "Friday's verdict"): it
# dates the noun, which is the event only when the trigger is in it ("the 2012 coup", "Monday's clash") or names
# the time the event fell in ("shelled the town during the 2012 offensive", "killed in Monday's clash")
ATTRIBUTIVE_DATE = re.compile(r"(?:[A-Z][a-z]+\.?\s+)?\d{4}")  # "2011", "May 2014", "Sept. 2013"
ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|this|that)|\w['’]s?)\s+$", re.I)
TIME_FRAME_BEFORE = re.compile(r"\b(?:in|during|since|after|before|until|through|throughout|amid)\s+(?:\S+\s+)?$",
                               re.I)
# the noun phrase a qualifying year stands before: its next three words at most
NOUN_AFTER = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}[\w-]+", re.I)
# a span of days or weeks told right before the trigger, as what the event lasted: "four days of (heavy) clashes"
SPAN_BEFORE = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,2}", re.I)
SPAN_VALUE = re.compile(r"P(\d+)([DW])")  # a duration's ISO value in days or weeks ("P5D", "P2W")
SPAN_UNIT_DAYS = {"D": 1, "W": 7}
# a deed named after the trigger as what the event answers or mourns, told as a noun of doing and "of", and a date
# told with it ("rally over the abduction of three reporters in late 2015", "march against the killing of a student
# in March"); not a side or a span ("rallied against the government on Monday", "clashed over two days in March")
CAUSE_BEFORE = re.compile(r"\b(?:over|against|protesting|condemning|denouncing|mourning|commemorating|marking"
                          r"|remembering)\s+(?:[\w'’-]+\s+){0,3}?(?:\w+(?:tion|sion|ing|ment|ure)|arrest|murder"
                          r"|death|deaths|rape|abuse)\s+of\s+(?:[\w'’-]+\s+){1,10}?$", re.I)
CAUSE_REACH = 100  # characters before a date in which its cause's cue or an anniversary stands
STATEMENT_GAP = 4  # words between a verb of saying and the date it dates ("told AFP by phone on Monday")
STATEMENT_REACH = 60  # characters before a date searched for that verb
RECENT_DAYS = 7  # a day this many days before the report or fewer may date the event itself ("on Thursday")
# a date of what an anniversary marks ("on the tenth anniversary of the massacre of miners in 2003"), wherever
# the phrase stands: the event is on the anniversary, not on the date remembered
ANNIVERSARY = re.compile(r"\banniversary\s+of\b[^,;:.]{0,100}$", re.I)
# a topic heading before a colon that opens a sentence: a few words, no clause break, then a capitalised word; not
# a time told with its preposition ("In 2012: rebels seized Kidal")
HEADING = re.compile(r"(?!(?:in|on|at|since|during|by|until|from|after|before)\b)"
                     r"[^,;:.!?]{3,}?(?=:\s+(?-i:[A-Z0-9\"“]))", re.I)
HEADING_REACH = 70  # characters from a sentence's start within which its heading's colon stands
SINCE_NEAR = 50  # characters before a date searched for a "since" that opens its clause
# ... and for an event told before that clause: a clause runs on past a long subject ("jets strike the town, the
# first raids on it since a truce between the army and the rebels ended a week of fighting in May 2012")
SINCE_REACH = 120
# between a deed's date and a trigger told as what it caused ("in February 2021, triggering mass protests")
CAUSED = re.compile(r"[^.;,]*,\s+(?:triggering|sparking|prompting|provoking|setting\s+off|unleashing)\s+(?:\w+\s+){0,3}",
                    re.I)
SINCE_CLAUSE = re.compile(r"\bsince\s+(?:the\s+)?\w+\s+\w[^,;:.]*\s+$"
                          r"|\b(?:first|\w\w+est)\b[^,;:.]{0,60}\bsince\s+[^,;:.]*$", re.I)


def is_background(date_how: str, span: tuple[date | None, date | None], precision: str | None,
                  published: date | None) -> bool:
    """History the article recalls: its sentence, or the narrative it continues ("Last year rebels took
    the north. They also destroyed tombs."), dates the event only vaguely (a month, a year) and in an
    earlier year than the report ("abandoned last year", "the coup of March 2012") unless it is a month of the last
    two (`RECENT_MONTH_DAYS`: "in December", told in January), or to any day more than
    `HISTORY_DAYS` before it ("a guard jailed for a shooting on 4 May 1998 walks free"). A real
    earlier event with its own day in the year before ("on Jan. 10, 2012" in 2013) is an event all the same.
    So is a war or a rule summed up by a span of more than `RECENT_MONTH_DAYS` ("has been battling an insurgency
    since 2012", "had ruled the town since last spring, enforcing amputations"): no event of a day."""
    start, end = span
    if date_how not in ("stated", "context") or end is None or published is None:
        return False
    age = (published - end).days
    return (precision in VAGUE_PRECISIONS and end.year < published.year
            and not (precision == "month" and age <= RECENT_MONTH_DAYS)) or age > HISTORY_DAYS \
        or start is not None and (end - start).days > RECENT_MONTH_DAYS



Interval = tuple[date | None, date | None, str | None]


def choose_date(ctx: Context, index: int, trigger: Trigger, window_days: int) -> tuple[Interval, str]:
    """The event's interval: a stated date, else the narrative's, else the report's day and the
    `window_days` before it (news reports what happened that day or the day before)."""
    text = ctx.article.text
    stated = [t for t in _dating(ctx, index, trigger)
              if not _in_relative_clause(text, t, trigger) and not _qualifies_another_noun(text, t, trigger)
              and not _in_aside_before(text, t, trigger)
              and not _dates_a_cause(text, t, trigger, ctx.article.published)
              and not in_captivity_told(text, ctx.sentences[index].start, ctx.sentences[index].end, trigger, t.start)]
    if stated:
        nearest = min(stated, key=lambda t: abs(t.start - trigger.start))
        return (nearest.date_start, nearest.date_end, nearest.precision), "stated"
    inherited = _narrative_date(ctx, index)
    if inherited is not None:
        return (inherited.date_start, inherited.date_end, inherited.precision), "context"
    published = ctx.article.published
    if published is None:
        return (None, None, None), "none"
    window_days = _span_before(ctx, index, trigger) or window_days
    first = date.fromordinal(max(1, published.toordinal() - window_days))  # 0001-01-01 has no day before
    return (first, published, window_precision(first, published)), "window"


def _span_before(ctx: Context, index: int, trigger: Trigger) -> int | None:
    """The days of a span of days or weeks told just before the trigger ("a truce after four days of clashes
    that killed 60"): the event lasted them, up to the report's day."""
    text = ctx.article.text
    for timex in ctx.durations_in(index):
        counted = SPAN_VALUE.fullmatch(timex.value or "")
        if counted and timex.end <= trigger.start and SPAN_BEFORE.fullmatch(text, timex.end, trigger.start):
            return int(counted.group(1)) * SPAN_UNIT_DAYS[counted.group(2)]
    return None


def _dating(ctx: Context, index: int, trigger: Trigger | None = None) -> list[Timex]:
    """The dates of sentence `index` that may date an event (the trigger's, else the narrative's next ones): not a
    tally's year, a count's period, a statement's day or a date in a "since" clause, unless the trigger is that
    clause's own verb."""
    text, published, floor = ctx.article.text, ctx.article.published, ctx.sentences[index].start
    dates = ctx.dates_in(index)
    return [t for i, t in enumerate(dates) if not _frame(t, published) and not _counts_in(text, t, published)
            and not _yet_to_come(t, published) and not _in_since_clause(text, floor, t, trigger)
            and not _time_of_a_date(t, dates[i + 1] if i + 1 < len(dates) else None) and not _compared(text, t)
            and not _scheduled().search(text, max(floor, t.start - SCHEDULE_REACH), t.start)
            and not _in_heading(text, floor, t) and not _dates_a_statement(text, t, trigger)]


def _in_heading(text: str, floor: int, timex: Timex) -> bool:
    """Whether a year stands in the topic heading the sentence opens with, before its colon ("Syrian uprising
    (2011-present): ...", "2011-2012 Bahraini uprising: ..."): it names the conflict the news belongs to, not the
    event's date; a day there may be a timeline's date ("March 3: rebels seize Gao")."""
    heading = HEADING.match(text, floor, min(len(text), floor + HEADING_REACH))
    return timex.precision == "year" and heading is not None and timex.end <= heading.end()


def _yet_to_come(timex: Timex, published: date | None) -> bool:
    """Whether the date begins after the report's day ("the council says a new vote will take place on January 27", "a truce
    effective from Thursday"): a planned thing's, never the date of an event the report tells as done."""
    return published is not None and timex.date_start is not None and timex.date_start > published


@cache
def _scheduled() -> re.Pattern:
    """A word of a plan or a schedule, a few words and "on", "in", "for" or "by" right before a date ("elections
    to be held on", "polls due in", "a strike planned across the country for"; `scheduled_cues.txt`): the date
    is the planned thing's, yet to come, not the event's ("bombs kill 12 at a rally for the vote to be held on
    April 30"). Not "due to", which gives a cause, nor "due process", nor a plan told of the attack itself ("a
    planned raid on Monday", `attack_nouns.txt`), whose date is the event's."""
    cues, attacks = alternation(table_lines("scheduled_cues.txt")), alternation(table_lines("attack_nouns.txt"))
    return re.compile(rf"\b(?:{cues})(?!\s+(?:to|process)\b)(?!\s+{attacks})(?:\s+[\w'’-]+){{0,4}}?\s+(?:on|in|for|by)\s+(?:the\s+)?$", re.I)


def _compared(text: str, timex: Timex) -> bool:
    """A "same" date compared with another event's ("came on the same day as the first bombing: yesterday a
    man ..."): it states no date of its own; the other event's date, said apart, does."""
    return "same" in timex.text.lower() and SAME_AS.match(text, timex.end) is not None


def _time_of_a_date(timex: Timex, following: Timex | None) -> bool:
    """A time of day with no day of its own right before a date ("overnight from Monday to Tuesday",
    "early on Friday"): the date says when; the time alone would fall on the report's day."""
    return (timex.type == "TIME" and following is not None and following.type == "DATE"
            and 0 <= following.start - timex.end <= TIME_TO_DATE)


def _in_relative_clause(text: str, timex: Timex, trigger: Trigger) -> bool:
    """A date in a relative clause opened after the trigger ("The strikes mark the third day of the
    operation, which began on Friday") dates the noun the clause tells of, not the event; so does one after a
    relative clause's past verb before the trigger (`RELATIVE_DEED`)."""
    if timex.start > trigger.end:
        return RELATIVE_CLAUSE.search(text, trigger.end, timex.start) is not None
    # ... and one in a relative clause on the subject, its verb past, before the trigger ("former rebels who fought to
    # oust the regime in 2011 now attack a ministry"): the side's past, not the event's day
    return timex.end <= trigger.start and RELATIVE_DEED.search(text, max(0, timex.start - RELATIVE_DEED_REACH),
                                                                 timex.start) is not None


def _in_since_clause(text: str, floor: int, timex: Timex, trigger: Trigger | None) -> bool:
    """Whether a date stands in a "since" clause that does not hold the trigger: it dates that clause's own verb
    ("since the Taliban seized Kunduz in late September"), not an event told before it, nor the narrative's next.
    A clause opened after the trigger is read however long it runs (`SINCE_REACH`); otherwise only a near one."""
    reach = SINCE_REACH if trigger is not None and trigger.end <= timex.start else SINCE_NEAR
    match = SINCE_CLAUSE.search(text, max(floor, timex.start - reach), timex.start)
    if match is None:
        return False
    since = text.lower().rfind("since", match.start(), timex.start)
    return trigger is None or not (since < trigger.start < timex.start
                                   or timex.end <= trigger.start and _caused_by(text, timex.end, trigger.start))


def _caused_by(text: str, start: int, at: int) -> bool:
    """Whether a trigger at `at` is told as what the deed of the clause before it caused, joined by a participle of
    causing ("since the military seized power in February 2021, triggering mass protests"): that deed's time."""
    return CAUSED.fullmatch(text, start, at) is not None


def _dates_a_cause(text: str, timex: Timex, trigger: Trigger, published: date | None) -> bool:
    """A date told with a deed the event answers or mourns, named after its trigger ("thousands march over the
    abduction of three reporters in late 2015"), or with what an anniversary marks, wherever it stands: it dates
    that deed, not the event; but a day of the report's week may be the event's as well as the deed's, and news
    dates its own event to the day (`_recent_day`)."""
    if _recent_day(timex, published):
        return False  # "marched against the arrest of the leader on Thursday": a day of the week dates the march
    start = max(0, timex.start - CAUSE_REACH)
    if ANNIVERSARY.search(text, start, timex.start) is not None:
        return True
    cause = CAUSE_BEFORE.search(text, max(trigger.start, start), timex.start) if timex.start > trigger.end else None
    return cause is not None  # (the cue may end the trigger's own phrase: "march against")


def _dates_a_statement(text: str, timex: Timex, trigger: Trigger | None = None) -> bool:
    """A date right after a verb of saying, a few words between at most (`statement_verbs.txt`: "killing 24, the
    governor said on Monday", "the officer told reporters on Monday"), with the trigger (if any) outside that span:
    it dates the statement, not the event it tells of, nor the narrative after it."""
    said = _statement().search(text, max(0, timex.start - STATEMENT_REACH), timex.start)
    return said is not None and not (trigger is not None and said.start() <= trigger.start < timex.start) \
        and ATTRIBUTIVE_BEFORE.search(text, said.start(), timex.start) is None  # "announces that a March 24 strike"


@cache
def _statement() -> re.Pattern:
    """A verb of saying and up to `STATEMENT_GAP` words, none opening what was said ("said that ..."), ending right
    before a date."""
    verbs = alternation(table_lines("statement_verbs.txt"))
    return re.compile(rf"{verbs}(?:\s+(?!(?:that|whether|how|what|if)\b)[\w'’.-]+){{0,{STATEMENT_GAP}}}?\s+$", re.I)


def _recent_day(timex: Timex, published: date | None) -> bool:
    """Whether the date is a day of the week before the report ("on Thursday", "yesterday")."""
    return timex.precision == "day" and published is not None and timex.date_start is not None \
        and 0 <= (published - timex.date_start).days <= RECENT_DAYS


def _in_aside_before(text: str, timex: Timex, trigger: Trigger) -> bool:
    """A date in an aside opened by a participle and closed by a comma before the trigger ("Foley, kidnapped in
    2012, has been beheaded") dates the participle's deed, not the event the sentence goes on to tell."""
    closing = text.find(",", timex.end, trigger.start)
    return closing >= 0 and PARTICIPLE_ASIDE.search(text, max(0, timex.start - ASIDE_REACH), timex.start) is not None


def _qualifies_another_noun(text: str, timex: Timex, trigger: Trigger) -> bool:
    """A year or a possessive date qualifying a noun phrase the trigger is not in ("crowds rally against a 2009
    labour code", "a sit-in over Friday's verdict"): it tells when the code was passed, not when they rallied."""
    before = max(0, timex.start - 20)
    attributive = POSSESSIVE_AFTER.match(text, timex.end) or (
        ATTRIBUTIVE_DATE.fullmatch(timex.text) and ATTRIBUTIVE_BEFORE.search(text, before, timex.start))
    if not attributive or TIME_FRAME_BEFORE.search(text, before, timex.start):
        return False
    noun = NOUN_AFTER.match(text, timex.end)
    return noun is not None and not timex.end <= trigger.start < noun.end()


def _frame(timex: Timex, published: date | None) -> bool:
    """The year of the report's own day ("the first casualty in 2014", "this year") frames a tally; it does
    not date the event. A span of years up to the report's day ("since 2012") is no such frame."""
    return (timex.precision == "year" and published is not None and timex.date_start is not None
            and timex.date_end is not None and timex.date_start <= published <= timex.date_end
            and timex.date_start.year == published.year)


def _counts_in(text: str, timex: Timex, published: date | None) -> bool:
    """A period holding the report's own day after "time(s)" ("for the second time this week", "three
    times this month") is the span of a count, not the event's date."""
    holds = published is not None and timex.date_start is not None and timex.date_end is not None \
        and timex.date_start <= published <= timex.date_end and timex.date_start < timex.date_end
    return holds and COUNTED_TIMES.search(text, max(0, timex.start - 12), timex.start) is not None


def window_precision(first: date, last: date) -> str:
    """"day" for the report's day or the day before (ACLED codes such an event to the day), else the
    smallest precision that covers the window."""
    return "day" if (last - first).days <= 1 else "week" if (last - first).days < 7 else "month"


def _narrative_date(ctx: Context, index: int) -> Timex | None:
    """The main (first) date of the nearest previous body sentence that states one: the narrative's; past the
    last `LOOKBACK_SENTENCES`, only a day (a story's day holds on; a year or a month told further back is
    history's, not the story's)."""
    earlier = range(max(0, index - DATE_LOOKBACK_SENTENCES - 2), index)
    body = [i for i in earlier if ctx.sentences[i].kind == "body"]
    for back, i in enumerate(reversed(body[-DATE_LOOKBACK_SENTENCES:]), start=1):
        dating = _dating(ctx, i)
        if dating:
            return dating[0] if back <= LOOKBACK_SENTENCES or dating[0].precision == "day" else None
    return None
