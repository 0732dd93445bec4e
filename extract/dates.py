"""Finding temporal expressions and resolving them against the publication date.

One compiled grammar, a master regular expression assembled from the tables in
`data/timex/`, finds the expressions; one small handler per rule turns a match into a
TimeML value, a TimeML `mod` and an inclusive date interval. Relative expressions resolve
against the publication date (dct), narrative ones ("the next day", "two days later") against
the last date mentioned before them; never against the system clock. In narrative mode
(histories such as Wikipedia's war articles) every relative expression, and the year of a
yearless "June 10", follows the last date mentioned; "today" and "ago" there have no known
speech time. `annotate` is the document-level entry point of `python -m extract timex`.

Conventions (TimeML where it has one):
- Spans leave prepositions out ("on Monday" -> "Monday", "since January 2012" ->
  "January 2012") and keep what belongs to the expression ("the 1990s", "last week",
  "early January", "three days ago", "the next day").
- "since X" keeps X's value but stretches the interval from X's start to dct.
- Early/mid/late take a third of the period (days 1-10/11-20/21-end of a month, Jan-Apr/
  May-Aug/Sep-Dec of a year); the value stays the whole period's and `mod` says START/MID/END.
- A yearless month or day takes the nearest year that the clause's tense allows (see
  tense_cues.csv); a bare weekday is the last one, or the next one in a future clause.
- Ranges give both ends: "6-7 January 1916" -> "6" and "7 January 1916", "1915-17" -> "1915"
  and "17" (1917); the year closing a range reaches its first part.
- Slashed numeric dates need a four-digit year; when day-first and month-first are both
  valid, the reading nearer dct wins, and without dct only the year is kept.
- Ages ("a 30-year-old man", "30 years old") are not temporal expressions (TimeBank does
  not tag them either).
- PRESENT_REF ("now") is the day of dct; PAST_REF ("recently", "in recent days") is a
  window of days before dct from references.csv; durations carry no interval unless they
  are anchored at dct ("the past two weeks").
"""
from __future__ import annotations

import calendar
import logging
import re
from collections.abc import Callable, Iterable
from typing import TypeVar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property, lru_cache

from .heads import HeadIndex
from .models import Timex
from .phrases import PhraseList, case_blind
from . import tables

T = TypeVar("T")
LOG = logging.getLogger(__name__)

# An interval of up to N days is reported at this precision; anything longer is "year".
PRECISION_LIMITS = (("day", 1), ("week", 7), ("month", 31))
# Coarseness order of calendar units, for picking a narrative anchor fine enough.
GRAN_RANK = {"day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "half": 3, "season": 3, "year": 3,
             "decade": 4, "century": 5}
UNKNOWN_VALUE = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
                 "month": "XXXX-XX", "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX"}
# How far the tense cues are looked for on either side of an expression.
TENSE_WINDOW = 90
CLAUSE_BREAK = re.compile(r"[.!?;][\"”’')]*\s|\n")
LAST_WORD = re.compile(r"(\S+)\s*$")
FIRST_WORD = re.compile(r"\s*(\S+)")
NEIGHBOUR_CHARS = 25  # enough to see one word either side
# After a weak past cue a yearless month or day may still lie this many months after dct ...
PAST_REACH = 2
# ... and in a future clause up to this many months before dct ("the Aug. 7 bombings will ...").
FUTURE_REACH = 1


def _rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of one CSV table in data/timex/."""
    return tables.rows(f"timex/{name}")


def _key(words: str) -> str:
    """The lookup form of matched words: plain apostrophes, then `tables.lookup_key` (lower case, single spaces,
    letters the grammar matched as ASCII ones folded to them)."""
    return tables.lookup_key(words.replace("’", "'"))


@dataclass(frozen=True)
class _Unit:
    period: str  # calendar period for "last/this/next <unit>", "" if it has none
    gran: str  # calendar unit that amounts ("three weeks ago") are counted in
    factor: int  # how many `gran` one unit is (a decade is 10 years)
    iso: str  # TimeML duration letter ("D", "W", "TH"), "" if never a duration


@dataclass(frozen=True)
class _Holiday:
    """A fixed date (month, day), the nth weekday of a month (nth -1: the last), or days after Easter."""

    month: int | None
    day: int | None
    weekday: int | None
    nth: int | None
    easter: int | None

    def on(self, year: int) -> date:
        """The holiday's date in the year."""
        if self.easter is not None:
            return _easter(year) + timedelta(days=self.easter)
        if self.day:
            return date(year, self.month, self.day)
        first = date(year, self.month, 1)
        if self.nth > 0:
            return first + timedelta(days=(self.weekday - first.isoweekday()) % 7 + 7 * (self.nth - 1))
        last = _add_months(first, 1) - timedelta(days=1)
        return last - timedelta(days=(last.isoweekday() - self.weekday) % 7)


def _easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


@dataclass(frozen=True)
class _Season:
    code: str
    first_month: int
    months: int
    use: str


MONTH_ROWS = _rows("months.csv")
WEEKDAY_ROWS = _rows("weekdays.csv")
UNIT_ROWS = _rows("units.csv")
HOLIDAY_ROWS = _rows("holidays.csv")
CONTEXT_WORDS = _rows("context_words.csv")
MONTHS = {_key(r["name"]): (int(r["month"]), r["use"]) for r in MONTH_ROWS}
WEEKDAYS = {_key(r["name"]): (int(r["weekday"]), r["use"]) for r in WEEKDAY_ROWS}
UNITS = {r[form]: _Unit(r["period"], r["gran"], int(r["factor"] or 0), r["iso"])
         for r in UNIT_ROWS for form in ("word", "plural")}
SINGULAR_UNITS = frozenset(r["word"] for r in UNIT_ROWS)
DAYPARTS = {r["word"]: r["code"] for r in _rows("dayparts.csv")}
CLOCK_WORDS = {"noon": (12, 0), "midnight": (24, 0)}
DEICTIC = {r["word"]: (int(r["shift"]), r["code"]) for r in _rows("deictic.csv")}
RELATIVES = {r["phrase"]: (int(r["shift"]), r["anchor"]) for r in _rows("relatives.csv")}
NUMBERS = {r["word"]: r["value"] for r in _rows("numbers.csv")}
ORDINALS = {r["word"]: int(r["value"]) for r in _rows("ordinals.csv")}
APPROXIMATORS = {r["word"]: (r["mod"], r["in_span"] == "1") for r in _rows("approximators.csv")}
PART_WORDS = {r["word"]: r["part"] for r in _rows("part_words.csv")}
PART_MODS = frozenset(("START", "MID", "END"))  # the parts that are TimeML modifiers
PART_SPANS = {(r["gran"], r["part"]): (int(r["first"]), int(r["last"])) for r in _rows("part_spans.csv")}
SEASONS = {r["word"]: _Season(r["code"], int(r["first_month"]), int(r["months"]), r["use"])
           for r in _rows("seasons.csv")}
HOLIDAYS = {_key(r["name"]): _Holiday(*(int(r[c]) if r[c] else None for c in ("month", "day", "weekday", "nth", "easter")))
            for r in HOLIDAY_ROWS}
REFERENCES = {r["phrase"]: (r["value"], r["first"], r["last"]) for r in _rows("references.csv")}
SETS = {r["word"]: r["value"] for r in _rows("sets.csv")}
LICENSERS = frozenset(r["word"] for r in CONTEXT_WORDS if r["licenses"] == "1")
SINCE_WORDS = frozenset(r["word"] for r in CONTEXT_WORDS if r["since"] == "1")
DURATION_CUES = frozenset(r["word"] for r in CONTEXT_WORDS if r["duration"] == "1")
YEAR_GUARDS = {(r["word"], r["side"]) for r in _rows("year_guards.csv")}
TIME_PREPOSITIONS = frozenset({"in", "since", "by", "until", "till", "during", "from", "of", "before", "after", "through"})


# ---------------------------------------------------------------------------------------
# The grammar: fragments from the tables, rules in priority order, one master pattern.

def _alt(words: Iterable[str], ignore_case: bool = False) -> str:
    """A regex alternation of the words, longest first; a space matches any white space."""
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(_escaped(w) for w in ordered)
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def _escaped(text: str) -> str:
    """Text as a regex: a space matches any white space, an apostrophe either apostrophe."""
    return re.escape(text).replace(r"\ ", r"\s+").replace("'", "['’]")


def _capitalised(names: list[str]) -> str:
    """The names as written in the table or in capitals (headlines); case matters."""
    return _alt(names + [name.upper() for name in names])


def _named(rows: list[dict[str, str]], *uses: str) -> list[str]:
    """The names of the rows whose `use` is one of the uses."""
    return [row["name"] for row in rows if row["use"] in uses]


def _number_fragment() -> str:
    """Digits, a number word, or two number words joined by a hyphen ("twenty-five")."""
    words = _alt(NUMBERS, ignore_case=True)
    return rf"(?:\d+|{words}(?:-{words})?)"


def _tense_pattern() -> PhraseList:
    """Future and past cue words as one pattern with a group for each tense."""
    cues = _rows("tense_cues.csv")
    groups = (f"(?P<{tense}>{'|'.join(r['cue'] for r in cues if r['tense'] == tense)})"
              for tense in ("future", "past", "weak"))
    return case_blind(rf"(?<![\w'])(?:{'|'.join(groups)})(?![\w'])")


FRAGMENTS = {
    "MONTH": _capitalised(_named(MONTH_ROWS, "any", "context", "dated")),
    "MONTH_ALONE": _capitalised(_named(MONTH_ROWS, "any", "context")),
    "WEEKDAY": _capitalised(_named(WEEKDAY_ROWS, "any")),
    "WEEKDAY_ANY": _capitalised(_named(WEEKDAY_ROWS, "any", "dated")),
    "WEEKDAY_FULL": _alt(r["name"] for r in WEEKDAY_ROWS if r["name"].isalpha()),
    "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d]|[,.]\d)",
    "YEAR": r"(?:1\d|20)\d\d",
    "ERA": r"(?:BCE?|B\.C\.(?:E\.)?)(?!\w)",
    "NUM": _number_fragment(),
    "UNIT": _alt((w for w, u in UNITS.items() if u.iso), ignore_case=True),
    "PERIOD": _alt((w for w in SINGULAR_UNITS if UNITS[w].period), ignore_case=True),
    "PLURAL": _alt((w for w, u in UNITS.items() if u.iso and w not in SINGULAR_UNITS), ignore_case=True),
    "REL": _alt(RELATIVES, ignore_case=True),
    "REL_DCT": _alt((p for p, (_, anchor) in RELATIVES.items() if anchor == "dct"), ignore_case=True),
    "PART": _alt(PART_WORDS, ignore_case=True),
    "APPROX": _alt((w for w, (_, in_span) in APPROXIMATORS.items() if in_span), ignore_case=True),
    "DAYPART": _alt(DAYPARTS, ignore_case=True),
    "DEICTIC": _alt(DEICTIC, ignore_case=True),
    "SEASON": _alt(SEASONS, ignore_case=True),
    "HOLIDAY": _capitalised([r["name"] for r in HOLIDAY_ROWS]),
    "REF": _alt(REFERENCES, ignore_case=True),
    "SET": _alt(SETS, ignore_case=True),
    "ORD": _alt(ORDINALS, ignore_case=True),
}
# "a.m." keeps its period unless the sentence ends there ("at 10 p.m. The next day": "10 p.m").
FRAGMENTS["AMPM"] = (r"(?i:[ap]\.m\b)(?:\.(?=\s*(?:[a-z,;)]|%(WEEKDAY)s|%(MONTH)s|%(DEICTIC)s|[ECMP][SD]T|GMT|UTC)))?"
                     r"|(?i:[ap]m\b)" % FRAGMENTS)
# ", 1918", " of 1792", " 480 BC", " of that year": the year closing a month or a day; in a range
# ("26 June - 4 August 1952", "July-November 1953") the year closing the range, outside the span.
FRAGMENTS["OF_YEAR"] = (r"(?:,?\s+(?:of\s+)?(?:(?P<y>%(YEAR)s)|(?P<bc>\d{1,4})\s*(?P<era>%(ERA)s))"
                        r"|\s+of\s+(?P<that>(?i:that|the\s+same)\s+year)"
                        r"|(?=\s*(?:[-–]|to|until)\s*(?:%(MONTH)s\s+%(DAY)s|%(DAY)s\s+%(MONTH)s|%(MONTH)s),?\s+"
                        r"(?P<ry>%(YEAR)s)(?!\d)))" % FRAGMENTS)

# Rules in priority order: at one position the first rule that matches wins, so longer
# and more specific shapes come first. Named groups become the handler's fields.
RULE_PATTERNS = {
    "iso": r"(?P<y>%(YEAR)s)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)",
    "numeric": r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>%(YEAR)s)",
    "dashed": r"(?P<d>%(DAY)s)(?P<sep>[/-])(?P<mon>%(MONTH)s)(?P=sep)(?P<y>%(YEAR)s)",
    "clock": r"(?:(?P<approx>%(APPROX)s)\s+)?(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>%(AMPM)s)"
             r"|(?P<noon>(?i:noon|midnight)))(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC)\b)?"
             r"(?:,?\s+(?:(?P<wd>%(WEEKDAY)s)|(?P<mon>%(MONTH)s)\s+(?P<d>%(DAY)s)|(?P<word>%(DEICTIC)s))"
             r"|(?=\s+(?:on|of)\s+(?:(?P<wd2>%(WEEKDAY)s)|(?P<mon2>%(MONTH)s)\s+(?P<d2>%(DAY)s))))?",
    "month_day": r"(?:%(WEEKDAY_ANY)s,?\s+)?(?P<mon>%(MONTH)s)\s+(?P<d>%(DAY)s)%(OF_YEAR)s?",
    "day_range": r"(?P<d>%(DAY)s)(?=\s*(?:[-–]|to|and)\s*%(DAY)s(?:\s+of)?\s+(?P<mon>%(MONTH)s)%(OF_YEAR)s?)",
    "day_month": r"(?:%(WEEKDAY_ANY)s,?\s+)?(?:(?i:the)\s+)?(?P<d>%(DAY)s)(?:\s+of)?\s+(?P<mon>%(MONTH)s)"
                 r"%(OF_YEAR)s?",
    "month_year": r"(?:(?P<part>%(PART)s)\s*)?(?P<mon>%(MONTH)s)"
                  r"(?:%(OF_YEAR)s|\s+(?:of\s+)?(?P<rel>%(REL_DCT)s)\s+(?i:year))",
    "quarter": r"(?:(?P<hyph>%(ORD)s)-(?i:quarter)|(?:(?i:the|its)\s+)?(?:(?P<y>%(YEAR)s)\s+"
               r"|(?P<which>(?i:latest|current|year-ago|year-earlier))\s+)?(?:(?i:fiscal)[\s-]+)?"
               r"(?:(?P<ord>%(ORD)s)\s+)?(?i:quarter)(?:\s+of\s+(?P<of>%(YEAR)s))?)",
    "half": r"(?:(?i:the)\s+)?(?P<which>(?i:first|second|latter|last))\s+(?i:half)\s+of\s+(?P<y>%(YEAR)s)",
    "century": r"(?:(?i:the)\s+)?(?:(?P<part>%(PART)s)\s*)?(?:(?P<n>[12]?\d)(?:st|nd|rd|th)|(?P<ord>%(ORD)s))[\s-]+"
               r"(?i:century)(?:\s*(?P<era>%(ERA)s))?",
    "holiday": r"(?P<name>%(HOLIDAY)s)(?!\s+Island)(?:,?\s+(?P<y>%(YEAR)s))?",
    "decade": r"(?:(?i:the)\s+)?(?:(?P<part>%(PART)s)\s*)?(?:(?P<dec>(?:1[5-9]|20)\d)0|['’](?P<short>\d)0)['’]?s",
    "season": r"(?:(?P<part>%(PART)s)\s*)?(?:(?P<rel>%(REL_DCT)s)\s+|(?P<the>(?i:the))\s+)?(?P<season>%(SEASON)s)"
              r"(?:\s+(?:of\s+)?(?P<y>%(YEAR)s))?",
    "ago": r"(?:(?P<approx>%(APPROX)s)\s+)?(?:(?P<n>%(NUM)s)[\s-]+)?(?P<unit>%(UNIT)s)\s+(?P<dir>(?i:ago|earlier|later))",
    "relative": r"(?:(?P<part>%(PART)s)\s*)?(?P<rel>%(REL)s)\s+(?:(?P<unit>%(PERIOD)s)|(?P<daypart>%(DAYPART)s)"
                r"|(?P<mon>%(MONTH_ALONE)s)(?!\s+\d))",
    "part_of_the": r"(?P<part>%(PART)s)\s+(?i:the)\s+(?P<unit>%(PERIOD)s)",
    "weekend": r"(?i:the\s+weekend)",
    "span": r"(?:(?P<approx>%(APPROX)s)\s+)?(?i:the)\s+(?P<rel>(?i:past|last|next|coming))\s+"
            r"(?:(?P<n>%(NUM)s)\s+)?(?P<unit>%(UNIT)s)",
    "deictic": r"(?:(?P<part>%(PART)s)\s*)?(?P<word>%(DEICTIC)s)(?:\s+(?P<daypart>%(DAYPART)s))?",
    "set": r"(?i:every|each)\s+(?:(?P<n>%(NUM)s)\s+)?(?:(?P<unit>%(UNIT)s|(?i:weekends?))|(?P<daypart>%(DAYPART)s)"
           r"|(?P<wd>%(WEEKDAY)s)|(?P<mon>%(MONTH)s))|(?P<wds>%(WEEKDAY_FULL)s)s|(?P<adv>%(SET)s)",
    "weekday": r"(?:(?P<part>%(PART)s)\s+)?(?:(?P<rel>%(REL)s)\s+)?(?P<wd>%(WEEKDAY)s)(?:\s+(?P<daypart>%(DAYPART)s))?",
    "duration": r"(?:(?P<approx>%(APPROX)s)\s+)?(?:(?i:the)\s+(?:(?i:first|last|final|full|entire|whole|same)\s+)?"
                r"(?=%(NUM)s\s+%(PLURAL)s(?!\w)))?(?P<n>%(NUM)s)(?:\s+(?i:more|additional))?[\s-]+(?P<unit>%(UNIT)s)"
                r"(?!-old|\s+old\b)",
    "reference": r"(?P<ref>%(REF)s)",
    "plural": r"(?P<unit>%(PLURAL)s)",
    "month": r"(?:(?P<part>%(PART)s)\s*)?(?P<mon>%(MONTH_ALONE)s)",
    "year": r"(?:(?<=\d{4}[-–])|(?<![\d.,$#+/:£€–-]))(?<!\d\s)(?:(?P<part>%(PART)s)\s*)?(?:(?i:fiscal)\s+)?"
            r"(?:(?P<bc>\d{1,4})\s*(?P<era>%(ERA)s)"
            r"|(?P<y>%(YEAR)s)(?!\d|[,.:]\d|\s\d|[-–](?!%(YEAR)s(?!\d)|\d\d(?![\d-]))\d))",
}


GRAMMARS_KEPT = 512  # compiled subsets of the rules (`_grammar`); a news archive uses a few dozen


def _rule_pattern(rule: str) -> str:
    """One rule as a named group whose inner group names carry the rule's prefix."""
    body = RULE_PATTERNS[rule] % FRAGMENTS
    body = re.sub(r"\(\?P([<=])(\w+)", rf"(?P\g<1>{rule}__\g<2>", body)
    return f"(?P<{rule}>{body})"


@lru_cache(maxsize=GRAMMARS_KEPT)
def _grammar(rules: tuple[str, ...]) -> re.Pattern:
    """The master pattern of some of the rules, in priority order: at one position the first that matches
    wins, as in the whole grammar; leaving out rules that cannot match there changes no match."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(_rule_pattern, rules)) + r")(?!\w)")


GRAMMAR = _grammar(tuple(RULE_PATTERNS))
RULE_FIELDS = {rule: [(name, name.split("__", 1)[1]) for name in GRAMMAR.groupindex
                      if name.startswith(rule + "__")] for rule in RULE_PATTERNS}
TENSE = _tense_pattern()
HEAD_LENGTH = 6  # "on " is no "one", "the town" no "the week"; longer heads spare little more (built in 0.08 s)
# Which rules can match where, by the first letters there: a match of the whole grammar tried its two dozen
# rules in turn at each place (half the date step's cost); most places leave two or three of them possible.
RULE_HEADS = HeadIndex({rule: re.compile(_rule_pattern(rule)) for rule in RULE_PATTERNS}, HEAD_LENGTH)


def _trigger_pattern() -> PhraseList:
    """Digits or a word that every rule needs somewhere (a month, a unit, "now", ...): searching
    for it first lets the scan skip text that cannot hold a temporal expression."""
    words = set(MONTHS) | set(WEEKDAYS) | set(UNITS) | set(DEICTIC) | set(SETS) | set(SEASONS) | set(DAYPARTS)
    words |= {phrase.split()[-1] for phrase in REFERENCES} | {name.split()[0] for name in HOLIDAYS}
    words |= set(CLOCK_WORDS) | {"half"}
    return case_blind(r"\d+|(?<!\w)" + _trie({word.rstrip(".") for word in words}))


def _trie(words: set[str]) -> str:
    """The words as one alternation factored by their shared beginnings: at each word start the scan tries
    each first letter once, not every word (this pattern runs over every article). The greedy `?` after a
    word that goes on keeps `_alt`'s rule: the longest word matches. Spaces and apostrophes by `_escaped`."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict) -> str:
    branches = [_escaped(char) + _trie_node(child) for char, child in sorted(node.items()) if char]
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")" if branches else ""
    return f"(?:{body})?" if "" in node and body else body


TRIGGER = _trigger_pattern()
# Where an expression may start: a word, or an apostrophe ("'90s") where a token begins. No rule opens
# with other punctuation, so trying the grammar after a comma or a full stop was wasted work. Of those
# tokens, only the ones whose first letters begin a rule's head (`RULE_HEADS`): a scan in C finds them.
TOKEN_START = r"(?:(?<!\w)(?=\w)|(?<!\S)(?=['’])|(?<=\w)(?=['’]))"
CANDIDATE = re.compile(TOKEN_START + RULE_HEADS.lookahead())
# How far before its first trigger an expression may start ("at least the first two quarters").
TRIGGER_REACH = 32  # bench.temporal identical from 24 to 64; every char scanned before a trigger costs
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
DAY_RANGE_TAIL = re.compile(r"\s*(?:[-–]|to|and|through)\s*(3[01]|[12]\d|0?[1-9])(?![\w/:.,-]\w|[\w/:-])")
YEAR_RANGE_TAIL = re.compile(r"[-–](\d\d)(?![\w/:.,-]\w|[\w/:-])")


# ---------------------------------------------------------------------------------------
# Calendar arithmetic and TimeML values.

@dataclass(frozen=True)
class _Reading:
    """What a rule makes of a match: a TimeML value and, if anchored, an interval."""

    value: str
    start: date | None = None
    end: date | None = None
    type: str = "DATE"
    gran: str | None = None
    mod: str | None = None
    moves: bool = True  # whether a narrative's reference time moves to it (not for "today", "ago")


def _month_end(day: date) -> date:
    """The last day of the day's month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _add_months(day: date, months: int) -> date:
    """The day moved by whole months; the day of the month is clamped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    first = date(index // 12, index % 12 + 1, 1)
    return first.replace(day=min(day.day, _month_end(first).day))


def _week_start(day: date) -> date:
    """The Monday of the day's ISO week."""
    return day - timedelta(days=day.weekday())


def _quarter_start(day: date) -> date:
    """The first day of the day's calendar quarter."""
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


PERIODS: dict[str, Callable[[date], tuple[date, date]]] = {
    "day": lambda d: (d, d),
    "week": lambda d: (_week_start(d), _week_start(d) + timedelta(days=6)),
    "weekend": lambda d: (_week_start(d) + timedelta(days=5), _week_start(d) + timedelta(days=6)),
    "month": lambda d: (d.replace(day=1), _month_end(d)),
    "quarter": lambda d: (_quarter_start(d), _add_months(_quarter_start(d), 3) - timedelta(days=1)),
    "year": lambda d: (date(d.year, 1, 1), date(d.year, 12, 31)),
    "decade": lambda d: (date(d.year // 10 * 10, 1, 1), date(d.year // 10 * 10 + 9, 12, 31)),
    "century": lambda d: (date(max(1, d.year // 100 * 100), 1, 1), date(d.year // 100 * 100 + 99, 12, 31)),
}
VALUES: dict[str, Callable[[date], str]] = {
    "day": date.isoformat,
    "week": lambda d: "%d-W%02d" % d.isocalendar()[:2],
    "weekend": lambda d: "%d-W%02d-WE" % d.isocalendar()[:2],
    "month": lambda d: f"{d.year:04d}-{d.month:02d}",
    "quarter": lambda d: f"{d.year:04d}-Q{(d.month + 2) // 3}",
    "year": lambda d: f"{d.year:04d}",
    "decade": lambda d: f"{d.year // 10:03d}",
    "century": lambda d: f"{d.year // 100:02d}",
}
MONTHS_PER = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}


def _shift(gran: str, day: date, n: int) -> date:
    """The day moved by n units of the granularity."""
    if gran == "day":
        return day + timedelta(days=n)
    if gran in ("week", "weekend"):
        return day + timedelta(weeks=n)
    return _add_months(day, n * MONTHS_PER[gran])


def _calendar(gran: str, day: date, code: str = "") -> _Reading:
    """The calendar period of the granularity containing the day; a day part makes a TIME."""
    start, end = PERIODS[gran](day)
    return _Reading(VALUES[gran](day) + code, start, end, "TIME" if code else "DATE", gran)


def _relative(gran: str, ref: date | None, n: int, code: str = "") -> _Reading:
    """The period n units of the granularity away from the reference date."""
    if ref is None:
        return _Reading(UNKNOWN_VALUE[gran] + code, type="TIME" if code else "DATE")
    return _calendar(gran, _shift(gran, ref, n), code)


def _valid(year: int, month: int, day: int) -> date | None:
    """The date, or None when the numbers do not make one."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _pick_year(key: tuple[int, ...], dct: date, tense: str | None) -> int:
    """The year of a yearless month (and day): the nearest one that the clause's tense allows.

    A future clause allows the next one or one at most FUTURE_REACH months back; a past one the
    last one; a weak past cue ("-ed", "said": often a participle or a reporting verb) also one at
    most PAST_REACH months ahead; no cue allows any.
    """
    ahead = {"past": 0, "weak": PAST_REACH}.get(tense or "", 12)
    back = FUTURE_REACH if tense == "future" else 12
    years = [y for y in (dct.year - 1, dct.year, dct.year + 1) if -back <= _months_between(dct, y, key) <= ahead]
    return min(years, key=lambda y: abs(_months_between(dct, y, key)))


def _months_between(dct: date, year: int, key: tuple[int, ...]) -> float:
    """Months (with day fractions) from dct to the month (and day) in the year."""
    return (year - dct.year) * 12 + key[0] - dct.month + ((key[1] if len(key) > 1 else 15) - dct.day) / 31


def _precision(start: date, end: date) -> str:
    """The smallest of day/week/month/year whose length covers the interval."""
    days = (end - start).days + 1
    return next((name for name, limit in PRECISION_LIMITS if days <= limit), "year")


def _number(words: str | None) -> int | None:
    """The number written in digits or words; None for a vague one ("several"); 1 when absent."""
    if words is None:
        return 1
    key = _key(words)
    if key.isdigit():
        return int(key)
    values = [NUMBERS.get(part, "X") for part in key.split("-")]
    return None if "X" in values else sum(map(int, values))


def _duration_value(n: int | None, unit: _Unit) -> str:
    """A TimeML duration ("P3D", "PT5H", "PXM") for n units."""
    amount = "X" if n is None else str(n * (unit.factor or 1))
    letter = unit.iso[-1]
    return f"PT{amount}{letter}" if unit.iso.startswith("T") else f"P{amount}{letter}"


# ---------------------------------------------------------------------------------------
# The context a handler may consult: dct, tense, narrative anchors, neighbouring words.

@dataclass
class _Context:
    text: str
    start: int
    end: int
    dct: date | None
    anchors: list[tuple[str, date]]
    narrative: bool = False

    @cached_property
    def tense(self) -> str | None:
        """The tense ("future", "past" or "weak" past) of the nearest cue in the clause; None without one."""
        return _tense(self.text, self.start, self.end)

    @property
    def future(self) -> bool:
        """Whether the clause around the expression speaks of the future."""
        return self.tense == "future"

    @property
    def speech_time(self) -> date | None:
        """When "today" and "ago" are said: dct in news; unknown in a narrative (quoted speech)."""
        return None if self.narrative else self.dct

    def ref(self, anchor: str, gran: str) -> date | None:
        """What a relative expression counts from: dct in news, the last date mentioned in a narrative."""
        return self.dct if anchor == "dct" and not self.narrative else self.anchor(gran)

    def year_for(self, key: tuple[int, ...]) -> int | None:
        """The year of a yearless month (and day): the narrative's year, else by dct and tense."""
        if self.narrative:
            ref = self.anchor("year")
            return ref.year if ref else None
        return _pick_year(key, self.dct, self.tense) if self.dct else None

    def anchor(self, gran: str) -> date | None:
        """The last date mentioned at least as finely as the granularity, else dct (not in a narrative:
        its dct is not when its story happens)."""
        rank = GRAN_RANK[gran]
        found = (day for g, day in reversed(self.anchors) if GRAN_RANK[g] <= rank)
        return next(found, None if self.narrative else self.dct)

    @cached_property
    def word_before(self) -> str:
        """The word just before the expression, lower case."""
        match = LAST_WORD.search(self.text[max(0, self.start - NEIGHBOUR_CHARS):self.start])
        return match.group(1).strip("\"'“”‘’(,;:").lower() if match else ""

    @cached_property
    def word_after(self) -> str:
        """The word just after the expression, lower case."""
        match = FIRST_WORD.match(self.text[self.end:self.end + NEIGHBOUR_CHARS])
        return match.group(1).strip("\"'“”‘’),;:.!?").lower() if match else ""


def _clause_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the clause before and after the expression, within the tense window."""
    left = text[max(0, start - TENSE_WINDOW):start]
    breaks = list(CLAUSE_BREAK.finditer(left))
    left = left[breaks[-1].end():] if breaks else left
    right = text[end:end + TENSE_WINDOW]
    cut = CLAUSE_BREAK.search(right)
    return left, right[:cut.start()] if cut else right


def _tense(text: str, start: int, end: int) -> str | None:
    """The tense of the nearest cue before the expression (else after it) in its clause."""
    left, right = _clause_around(text, start, end)
    before = list(TENSE.finditer(left))
    cue = before[-1] if before else TENSE.search(right)
    return cue.lastgroup if cue else None


# ---------------------------------------------------------------------------------------
# Handlers: one per rule, fields in, reading out (None rejects the match).

Fields = dict[str, str]


def _on_iso(f: Fields, ctx: _Context) -> _Reading | None:
    """2013-01-10."""
    day = _valid(int(f["y"]), int(f["m"]), int(f["d"]))
    return _calendar("day", day) if day else None


def _on_numeric(f: Fields, ctx: _Context) -> _Reading | None:
    """10/01/2013: the only valid reading, else the one nearer dct, else just the year."""
    a, b, year = int(f["a"]), int(f["b"]), int(f["y"])
    readings = {d for d in (_valid(year, b, a), _valid(year, a, b)) if d}
    if len(readings) == 1:
        return _calendar("day", readings.pop())
    if not readings:
        return None
    if ctx.dct is None:
        return _calendar("year", date(year, 1, 1))
    return _calendar("day", min(readings, key=lambda d: (abs((d - ctx.dct).days), d)))


def _stated_year(f: Fields, ctx: _Context) -> int | None:
    """The year written after a month or day: 2012, "of that year" (the last year mentioned)."""
    if f.get("y") or f.get("ry"):
        return int(f.get("y") or f["ry"])
    if f.get("that") and (ref := ctx.anchor("year")) is not None:
        return ref.year
    return None


def _bc(f: Fields, suffix: str = "") -> _Reading:
    """A year before Christ: TimeML's BC prefix, no interval (Python dates start in AD 1)."""
    return _Reading(f"BC{int(f['bc']):04d}{suffix}")


def _on_month_day(f: Fields, ctx: _Context) -> _Reading | None:
    """January 10 (2013), 10 January (2013), Friday, Jan. 11, June 20 of that year."""
    month, day = MONTHS[_key(f["mon"])][0], int(re.match(r"\d+", f["d"]).group())
    if f.get("bc"):
        return _bc(f, f"-{month:02d}-{day:02d}")
    if (year := _stated_year(f, ctx)) is not None:
        found = _valid(year, month, day)
        return _calendar("day", found) if found else None
    return _yearless_day(month, day, ctx)


def _yearless_day(month: int, day: int, ctx: _Context) -> _Reading | None:
    """A month and day in the year that the tense and dct point to."""
    if _valid(2000, month, day) is None:  # 2000 is a leap year: February 29 may exist
        return None
    year = ctx.year_for((month, day))
    if year is None:
        return _Reading(f"XXXX-{month:02d}-{day:02d}")
    found = _valid(year, month, day)
    return _calendar("day", found) if found else None


def _on_month_year(f: Fields, ctx: _Context) -> _Reading | None:
    """January 2012, June last year, August of that year, April 480 BC."""
    month = MONTHS[_key(f["mon"])][0]
    if f.get("bc"):
        return _bc(f, f"-{month:02d}")
    if (year := _stated_year(f, ctx)) is not None:
        return _calendar("month", date(year, month, 1))
    if not f.get("rel"):
        return None
    shift, anchor = RELATIVES[_key(f["rel"])]
    ref = ctx.ref(anchor, "year")
    if ref is None:
        return _Reading(f"XXXX-{month:02d}")
    year = ref.year + shift
    return _calendar("month", date(year, month, 1))


def _on_month(f: Fields, ctx: _Context) -> _Reading | None:
    """In July, the July stoning; "May" and "March" only after a word that makes them months."""
    month, use = MONTHS[_key(f["mon"])]
    if use == "context" and not f.get("part") and ctx.word_before not in LICENSERS:
        return None
    year = ctx.year_for((month,))
    if year is None:
        return _Reading(f"XXXX-{month:02d}")
    return _calendar("month", date(year, month, 1))


QUARTER_SHIFT = {"latest": -1, "current": 0, "year-ago": -5, "year-earlier": -5}


def _on_quarter(f: Fields, ctx: _Context) -> _Reading | None:
    """The third quarter (of 1990), third-quarter, the 1988 second quarter, the latest quarter."""
    number = ORDINALS.get(_key(f.get("hyph") or f.get("ord") or ""))
    if (number or 0) > 4 or not (number or f.get("which")):  # "the quarter" alone is often a district
        return None
    year = f.get("y") or f.get("of")
    if year:
        return _calendar("quarter", date(int(year), 3 * number - 2, 1)) if number else None
    if ctx.dct is None:
        return _Reading(f"XXXX-Q{number or 'X'}")
    if number is None:
        return _relative("quarter", ctx.dct, QUARTER_SHIFT[_key(f["which"])])
    start = date(ctx.dct.year, 3 * number - 2, 1)
    late = start > ctx.dct and not ctx.future
    return _calendar("quarter", start.replace(year=start.year - late))


def _on_half(f: Fields, ctx: _Context) -> _Reading | None:
    """The second half of 2008 (2008-H2), the first half of 2012 (2012-H1)."""
    year, half = int(f["y"]), 1 if _key(f["which"]) == "first" else 2
    start = date(year, 6 * half - 5, 1)
    return _Reading(f"{year}-H{half}", start, _add_months(start, 6) - timedelta(days=1), gran="half")


def _on_century(f: Fields, ctx: _Context) -> _Reading | None:
    """The 20th century ("19"), the nineteenth century, the 5th century BC ("BC04")."""
    number = int(f["n"]) if f.get("n") else ORDINALS[_key(f["ord"])]
    if not 0 < number <= 21:
        return None
    if f.get("era"):
        return _Reading(f"BC{number - 1:02d}")
    start = date(max(1, (number - 1) * 100), 1, 1)
    return _Reading(f"{number - 1:02d}", start, date((number - 1) * 100 + 99, 12, 31), gran="century")


def _on_holiday(f: Fields, ctx: _Context) -> _Reading | None:
    """Christmas (2012), Thanksgiving, Easter, by the holiday table."""
    holiday = HOLIDAYS[_key(f["name"])]
    if f.get("y"):
        return _calendar("day", holiday.on(int(f["y"])))
    this_year = holiday.on((ctx.dct or date(2000, 1, 1)).year)
    year = ctx.year_for((this_year.month, this_year.day))
    if year is None:
        return _Reading(f"XXXX-{this_year.month:02d}-{this_year.day:02d}" if holiday.day else "XXXX-XX-XX")
    return _calendar("day", holiday.on(year))


def _on_decade(f: Fields, ctx: _Context) -> _Reading | None:
    """The 1990s; the '90s is the latest such decade not after dct (or 2000)."""
    if f.get("dec"):
        return _calendar("decade", date(int(f["dec"]) * 10, 1, 1))
    year = 2000 + int(f["short"]) * 10
    latest = ctx.dct.year if ctx.dct else 2000
    return _calendar("decade", date(year if year <= latest else year - 100, 1, 1))


def _on_year(f: Fields, ctx: _Context) -> _Reading | None:
    """In 2012, Mali's 2012 coup, 1861-1865, 490 BC; not "Section 2013" nor "1900 GMT"."""
    if f.get("bc"):
        return _bc(f)
    before, after = ctx.word_before, ctx.word_after
    if (before, "before") in YEAR_GUARDS or (after, "after") in YEAR_GUARDS:
        return None
    if (after, "count") in YEAR_GUARDS and before not in TIME_PREPOSITIONS:
        return None
    return _calendar("year", date(int(f["y"]), 1, 1))


def _season_instance(season: _Season, year: int) -> _Reading:
    """The season starting in the year (winter 2012 runs from December 2012)."""
    start = date(year, season.first_month, 1)
    end = _add_months(start, season.months) - timedelta(days=1)
    return _Reading(f"{year}-{season.code}", start, end, gran="season")


def _on_season(f: Fields, ctx: _Context) -> _Reading | None:
    """Last fall, the summer of 2012, winter; "fall" and "spring" need a year or "last"."""
    season = SEASONS[_key(f["season"])]
    if f.get("y"):
        return _season_instance(season, int(f["y"]))
    if season.use == "context" and not (f.get("rel") or ctx.word_before in LICENSERS):
        return None
    if season.use == "context" and ctx.word_after == "of":  # "in the fall of Saigon"
        return None
    shift = RELATIVES[_key(f["rel"])][0] if f.get("rel") else None
    if ctx.narrative and (ref := ctx.anchor("year")) is not None:
        return _season_instance(season, ref.year + (shift or 0))
    if ctx.dct is None or ctx.narrative:
        return _Reading(f"XXXX-{season.code}")
    return _pick_season(season, ctx.dct, shift, ctx.future)


def _pick_season(season: _Season, dct: date, shift: int | None, future: bool) -> _Reading:
    """Last: the latest ended before dct; next: the first started after; else the one holding dct."""
    options = [_season_instance(season, year) for year in range(dct.year - 2, dct.year + 2)]
    before = [s for s in options if s.end < dct]
    after = [s for s in options if s.start > dct]
    holding = [s for s in options if s.start <= dct <= s.end]
    if shift == 0 and not holding:
        holding = [s for s in options if s.start.year == dct.year]
    if shift is None and not holding:
        shift = 1 if future else -1
    return {-1: before[-1:], 1: after[:1]}.get(shift, holding)[0]


def _on_ago(f: Fields, ctx: _Context) -> _Reading | None:
    """Three days ago (from dct), two days later / a year earlier (from the last date)."""
    unit, n = UNITS[_key(f["unit"])], _number(f.get("n"))
    direction = _key(f["dir"])
    if n is None or (f.get("n") is None and _key(f["unit"]) not in SINGULAR_UNITS):
        return _Reading("PAST_REF") if direction == "ago" else _Reading(UNKNOWN_VALUE[unit.gran])
    ref = ctx.speech_time if direction == "ago" else ctx.anchor(unit.gran)
    sign = 1 if direction == "later" else -1
    return replace(_relative(unit.gran, ref, sign * n * unit.factor), moves=direction == "later")


def _on_relative(f: Fields, ctx: _Context) -> _Reading | None:
    """Last week, this month, next year, the following week, that night, this morning, last May."""
    shift, anchor = RELATIVES[_key(f["rel"])]
    if f.get("mon"):
        return _relative_month(MONTHS[_key(f["mon"])][0], shift, ctx.ref(anchor, "month"))
    gran = UNITS[_key(f["unit"])].period if f.get("unit") else "day"
    code = DAYPARTS.get(_key(f.get("daypart", "")), "")
    ref = ctx.ref(anchor, gran)
    return _relative(gran, ref, shift, code)


def _relative_month(month: int, shift: int, ref: date | None) -> _Reading:
    """Last May: the latest May before ref's month; next May: the first after; this May: ref's year's."""
    if ref is None:
        return _Reading(f"XXXX-{month:02d}")
    year = ref.year + {-1: -(month >= ref.month), 1: month <= ref.month}.get(shift, 0)
    return _calendar("month", date(year, month, 1))


def _on_weekend(f: Fields, ctx: _Context) -> _Reading | None:
    """The weekend: the last one, or the next one in a future clause."""
    ref = ctx.ref("dct", "day")
    if ref is None:
        return _Reading(UNKNOWN_VALUE["weekend"])
    saturday = _weekday_near(ref, 6, 1 if ctx.future else -2)
    return _calendar("weekend", saturday)


def _on_part_of_the(f: Fields, ctx: _Context) -> _Reading | None:
    """The end of the year, the beginning of the month: the current one."""
    gran = UNITS[_key(f["unit"])].period
    return _relative(gran, ctx.ref("dct", gran), 0) if gran in ("week", "month", "year") else None


def _on_span(f: Fields, ctx: _Context) -> _Reading | None:
    """The past two weeks, the next three months: a duration ending (or starting) at dct."""
    unit, n = UNITS[_key(f["unit"])], _number(f.get("n"))
    value = _duration_value(n, unit)
    if ctx.dct is None or n is None:
        return _Reading(value, type="DURATION")
    sign = 1 if _key(f["rel"]) in ("next", "coming") else -1
    other = _shift(unit.gran, ctx.dct, sign * n * unit.factor)
    return _Reading(value, min(other, ctx.dct), max(other, ctx.dct), "DURATION")


def _on_deictic(f: Fields, ctx: _Context) -> _Reading | None:
    """Today, yesterday, tonight, yesterday morning."""
    shift, code = DEICTIC[_key(f["word"])]
    code = DAYPARTS.get(_key(f.get("daypart", "")), code)
    return replace(_relative("day", ctx.speech_time, shift, code), moves=False)


def _on_clock(f: Fields, ctx: _Context) -> _Reading | None:
    """10 p.m. Wednesday, 5 p.m. EST Nov. 9, noon, 10:35 a.m. (on the last day mentioned, else dct)."""
    hour, minute = CLOCK_WORDS.get(_key(f.get("noon", "")), (int(f.get("h") or 0), int(f.get("mi") or 0)))
    if f.get("ampm"):
        hour = hour % 12 + (12 if f["ampm"].lower().startswith("p") else 0)
    if f.get("noon") is None and f.get("ampm") is None:
        return None
    day = _clock_day(f, ctx)
    clock = f"T{hour:02d}:{minute:02d}"
    if day is None:
        return _Reading("XXXX-XX-XX" + clock, type="TIME")
    return replace(_calendar("day", day), value=day.isoformat() + clock, type="TIME")


def _clock_day(f: Fields, ctx: _Context) -> date | None:
    """The day a clock time is on: the weekday, date or deictic word after it, else the last day mentioned."""
    f = {k[:-1] if k.endswith("2") else k: v for k, v in f.items()}  # "at 9 p.m. on Thursday": Thursday's
    if f.get("wd") and (ref := ctx.ref("dct", "day")):
        return _weekday_near(ref, WEEKDAYS[_key(f["wd"])][0], 2 if ctx.future else -2)
    if f.get("mon"):
        reading = _yearless_day(MONTHS[_key(f["mon"])][0], int(re.match(r"\d+", f["d"]).group()), ctx)
        return reading.start if reading else None
    if f.get("word") and ctx.dct:
        return ctx.dct + timedelta(days=DEICTIC[_key(f["word"])][0])
    return ctx.anchor("day")


def _on_weekday(f: Fields, ctx: _Context) -> _Reading | None:
    """Friday (the last one on or before dct, or the next on or after in a future clause)."""
    weekday = WEEKDAYS[_key(f["wd"])][0]
    code = DAYPARTS.get(_key(f.get("daypart", "")), "")
    shift, anchor = RELATIVES[_key(f["rel"])] if f.get("rel") else (None, "dct")
    ref = ctx.ref(anchor, "day")
    if ref is None:
        return _Reading(f"XXXX-WXX-{weekday}{code}", type="TIME" if code else "DATE")
    if shift is None:
        shift = 2 if ctx.future else -2
    return _calendar("day", _weekday_near(ref, weekday, shift), code)


def _weekday_near(ref: date, weekday: int, shift: int) -> date:
    """-1/+1: strictly before/after ref; -2/+2: on or before/after; 0: in ref's week."""
    if shift == 0:
        return _week_start(ref) + timedelta(days=weekday - 1)
    gap = (weekday - ref.isoweekday()) * (1 if shift > 0 else -1) % 7
    if gap == 0 and abs(shift) == 1:
        gap = 7
    return ref + timedelta(days=gap if shift > 0 else -gap)


def _on_set(f: Fields, ctx: _Context) -> _Reading | None:
    """Every Friday, Fridays, every two weeks, every morning, daily."""
    if f.get("adv"):
        return _Reading(SETS[_key(f["adv"])], type="SET")
    if f.get("wd") or f.get("wds"):
        weekday = WEEKDAYS[_key(f.get("wd") or f["wds"])][0]
        return _Reading(f"XXXX-WXX-{weekday}", type="SET")
    if f.get("mon"):
        return _Reading(f"XXXX-{MONTHS[_key(f['mon'])][0]:02d}", type="SET")
    if f.get("daypart"):
        return _Reading("XXXX-XX-XX" + DAYPARTS[_key(f["daypart"])], type="SET")
    if _key(f["unit"]).startswith("weekend"):
        return _Reading("XXXX-WXX-WE", type="SET")
    return _Reading(_duration_value(_number(f.get("n")), UNITS[_key(f["unit"])]), type="SET")


def _on_duration(f: Fields, ctx: _Context) -> _Reading | None:
    """Three days, a week, two-year, 24 hours: no interval; not "a quarter of the vote"."""
    if _key(f["unit"]).startswith("quarter") and ctx.word_after == "of":
        return None
    return _Reading(_duration_value(_number(f["n"]), UNITS[_key(f["unit"])]), type="DURATION")


def _on_plural(f: Fields, ctx: _Context) -> _Reading | None:
    """For months, over years: a vague duration, only after such a preposition."""
    if ctx.word_before not in DURATION_CUES:
        return None
    return _Reading(_duration_value(None, UNITS[_key(f["unit"])]), type="DURATION")


def _on_reference(f: Fields, ctx: _Context) -> _Reading | None:
    """Now, currently, recently, recent days: PRESENT_REF/PAST_REF over a window of days."""
    value, first, last = REFERENCES[_key(f["ref"])]
    if ctx.dct is None or not first:
        return _Reading(value)
    start, end = (ctx.dct + timedelta(days=int(offset)) for offset in (first, last))
    return _Reading(value, start, end)


HANDLERS: dict[str, Callable[[Fields, _Context], _Reading | None]] = {
    "iso": _on_iso, "numeric": _on_numeric, "clock": _on_clock, "month_day": _on_month_day,
    "day_range": _on_month_day, "day_month": _on_month_day, "dashed": _on_month_day, "month_year": _on_month_year, "quarter": _on_quarter,
    "half": _on_half, "century": _on_century, "holiday": _on_holiday, "decade": _on_decade, "season": _on_season,
    "ago": _on_ago, "relative": _on_relative, "part_of_the": _on_part_of_the, "weekend": _on_weekend,
    "span": _on_span, "deictic": _on_deictic, "set": _on_set, "weekday": _on_weekday, "duration": _on_duration,
    "reference": _on_reference, "plural": _on_plural, "month": _on_month, "year": _on_year,
}


# ---------------------------------------------------------------------------------------
# Modifiers applied after a rule: early/mid/late, earlier/later, since.

def _apply_part(reading: _Reading, part: str, dct: date | None) -> _Reading:
    """Narrow the interval to its early/middle/late third, or to before/after dct."""
    if reading.start is None or reading.end is None:
        return reading
    if part in ("EARLIER", "LATER"):
        return _clip_to_dct(reading, part, dct)
    span = PART_SPANS.get((reading.gran or "", part))
    if span is None:
        return reading
    return replace(reading, start=_part_start(reading, span[0]), end=_part_end(reading, span[1]))


def _part_start(reading: _Reading, first: int) -> date:
    """Where the part of the period begins (first day, month, year or weekday number)."""
    start = reading.start
    return {"month": lambda: start.replace(day=first),
            "year": lambda: date(start.year, first, 1),
            "decade": lambda: date(start.year + first, 1, 1),
            "week": lambda: start + timedelta(days=first - 1)}[reading.gran]()


def _part_end(reading: _Reading, last: int) -> date:
    """Where the part of the period ends (last day, month, year or weekday number)."""
    start, end = reading.start, reading.end
    return {"month": lambda: start.replace(day=min(last, end.day)),
            "year": lambda: _month_end(date(start.year, last, 1)),
            "decade": lambda: date(start.year + last, 12, 31),
            "week": lambda: start + timedelta(days=last - 1)}[reading.gran]()


def _clip_to_dct(reading: _Reading, part: str, dct: date | None) -> _Reading:
    """Earlier this month: the month up to dct; later this year: the year from dct on."""
    if dct is None or not reading.start <= dct <= reading.end:
        return reading
    if part == "EARLIER":
        return replace(reading, end=dct)
    return replace(reading, start=dct)


def _since(reading: _Reading, dct: date | None) -> _Reading:
    """Since January 2012: from the start of the expression up to dct."""
    if dct is None or reading.start is None or reading.start > dct:
        return reading
    return replace(reading, end=max(reading.end, dct))


# ---------------------------------------------------------------------------------------
# The public entry point.

def find_timexes(text: str, dct: date | None, narrative: bool = False) -> list[Timex]:
    """Every temporal expression in the text, in order, resolved against dct where it can be.

    In a narrative (a history rather than news) relative expressions resolve against the
    last date mentioned before them instead of dct.
    """
    timexes: list[Timex] = []
    anchors: list[tuple[str, date]] = []
    position = 0
    while match := _next_match(text, position):
        ctx = _Context(text, match.start(), match.end(), dct, anchors, narrative)
        reading = _bounded(_read, match, ctx)
        if reading is None:
            LOG.debug("not a date here: %r", match.group())
            position = match.start() + 1
            continue
        timexes.append(_timex(match, reading))
        if reading.gran and reading.start and (reading.moves or not narrative):
            anchors.append((reading.gran, reading.start))
        position = match.end()
        if partner := _bounded(_range_end, text, timexes[-1]):
            timexes.append(partner)
            position = partner.end
    return timexes


def _bounded(step: Callable[..., T], *args: object) -> T | None:
    """The step's result, or None when its date arithmetic leaves the calendar (years 1 to 9999):
    "3000 years ago", or "tomorrow" in an article dated 9999-12-31, is no date we can write."""
    try:
        return step(*args)
    except (OverflowError, ValueError) as err:
        LOG.debug("date outside the calendar: %s", err)
        return None


def _next_match(text: str, position: int) -> re.Match | None:
    """The grammar's next match from the position on: tried only at the token starts from just
    before a trigger to the trigger itself, since every expression holds a trigger near its start
    (scanning on past a trigger the grammar does not take cost a quarter of the pipeline)."""
    while trigger := TRIGGER.search(text, position):
        # the candidates' lookahead reads a head's length past the trigger's end
        for candidate in CANDIDATE.finditer(text, max(position, trigger.start() - TRIGGER_REACH),
                                            trigger.end() + HEAD_LENGTH - 1):
            start = candidate.start()
            if start >= trigger.end():
                break
            # most tokens ("on", "said") begin no expression: the candidates' first letters spare the grammar,
            # and leave only the rules that can match there to try
            rules = RULE_HEADS.at(text, start)
            if rules and (match := _grammar(rules).match(text, start)):
                return match
        position = trigger.end()
    return None


def _range_end(text: str, first: Timex) -> Timex | None:
    """The bare number closing a range after a day or a year: "April 6-7" (7), "1915-17" (17)."""
    day_like = (first.precision == "day" and first.text[-1:].isdigit() and not first.text.isdigit()
                and DAY_VALUE.fullmatch(first.value))
    year_like = first.precision == "year" and first.text.isdigit() and len(first.text) == 4
    tail = (DAY_RANGE_TAIL if day_like else YEAR_RANGE_TAIL if year_like else None)
    match = tail.match(text, first.end) if tail else None
    if match is None:
        return None
    number, start = int(match.group(1)), match.start(1)
    if day_like:
        day = _valid(first.date_start.year, first.date_start.month, number)
        reading = _calendar("day", day) if day and day > first.date_start else None
    else:
        year = first.date_start.year // 100 * 100 + number
        reading = _calendar("year", date(year, 1, 1)) if year > first.date_start.year else None
    if reading is None:
        return None
    return Timex(match.group(1), start, match.end(1), "DATE", reading.value, reading.start, reading.end,
                 _precision(reading.start, reading.end))


def _read(match: re.Match, ctx: _Context) -> _Reading | None:
    """The rule's reading of the match, with its part and "since" applied."""
    rule = match.lastgroup
    fields = {short: match.group(name) for name, short in RULE_FIELDS[rule] if match.group(name) is not None}
    reading = HANDLERS[rule](fields, ctx)
    if reading is None:
        return None
    part = PART_WORDS[_key(fields["part"])] if fields.get("part") else None
    if part:
        reading = _apply_part(reading, part, ctx.dct)
    if ctx.word_before in SINCE_WORDS:
        reading = _since(reading, ctx.dct)
    approx = APPROXIMATORS.get(_key(fields.get("approx") or ctx.word_before))
    mod = part if part in PART_MODS else approx[0] if approx else None
    return reading if mod == reading.mod else replace(reading, mod=mod)  # most readings have none: no copy


def _timex(match: re.Match, reading: _Reading) -> Timex:
    """The Timex for a match and its reading."""
    precision = _precision(reading.start, reading.end) if reading.start and reading.end else None
    return Timex(match.group(), match.start(), match.end(), reading.type, reading.value,
                 reading.start, reading.end, precision, reading.mod)


def annotate(record: dict, narrative: bool = False) -> dict:
    """A document {"id", "dct", "text"[, "narrative"]} -> {"id", "timexes": [...]}; ValueError on a bad dct."""
    found = find_timexes(record["text"], _dct(record.get("dct")), bool(record.get("narrative", narrative)))
    keys = ("start", "end", "text", "type", "value", "mod")
    return {"id": record["id"], "timexes": [{k: getattr(t, k) for k in keys} for t in found]}


def _dct(value: object) -> date | None:
    """The document's creation date from its "dct" field (a YYYY-MM-DD string, a time may follow)."""
    if not value:
        return None
    if not isinstance(value, str):
        raise ValueError(f'"dct" {value!r} is not a YYYY-MM-DD string')
    try:
        return date.fromisoformat(value[:10])
    except ValueError as err:
        raise ValueError(f'"dct" {value!r}: {err}') from None
