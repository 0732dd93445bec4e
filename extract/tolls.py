"""How many died: the death toll a sentence states for its event, with ACLED's conventions.

Tables: fatalities.txt (toll patterns), numbers.csv (number words, vague counts), no_deaths.txt,
one_death.txt, not_one.txt, cumulative_cues.txt.
"""
from __future__ import annotations

import re
from functools import cache

from . import tables
from .phrases import list_pattern, phrase_pattern, table_lines

MAX_TOLL = 10_000_000  # larger "tolls" are misread numbers (ids, sums); they would also overflow SQLite
CLAUSE_END = re.compile(r"[,;:]\s|\.\s|\.$")
WORDS = re.compile(r"[\w'’-]+")
ARTICLE = re.compile(r"\ban?\b", re.I)


@cache
def _numbers() -> dict[str, int]:
    return {row["word"]: int(row["value"]) for row in tables.rows("numbers.csv")}


@cache
def _fatality_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """Each toll pattern with the longest plain word it needs: a pattern is tried only on a sentence
    that holds that word (a substring test costs a fraction of a regex scan)."""
    words = "|".join(sorted(map(re.escape, _numbers()), key=len, reverse=True))
    number = rf"(?P<n>\d[\d,]*|(?:{words})(?:-(?:{words}))?)"
    qualifier = r"(?:(?:at least|some|about|around|nearly|more than|over|almost|up to)\s+)?"
    # Q (optional) takes the space after it along, so "killed Q N" also reads "killed 11"
    return tuple((max((w.lower() for w in p.split() if w not in ("Q", "N", "*")), key=len),
                  re.compile(r"\b" + phrase_pattern(p).replace(r"Q\s+", qualifier).replace("N", number) + r"\b", re.I))
                 for p in table_lines("fatalities.txt"))


@cache
def _any_number() -> re.Pattern:
    words = "|".join(sorted(map(re.escape, _numbers()), key=len, reverse=True))
    return re.compile(rf"\d|\b(?:{words})\b", re.IGNORECASE)


def fatalities(sentence: str) -> int | None:
    """The largest death toll the sentence states for its event: None when it states none, 0 when it
    says nobody died; a running total ("has killed 300,000 people since 2011") is no event's toll."""
    numbered = _any_number().search(sentence)  # every toll pattern needs a number, and the patterns are slow
    lowered = sentence.lower()
    tolls = [_number(m.group("n")) for word, p in _fatality_patterns() if word in lowered
             for m in p.finditer(sentence) if not _cumulative(sentence, m.start())] if numbered else []
    tolls = [t for t in tolls if t is not None]
    if tolls:
        return max(tolls)
    if says_nobody_died(sentence):
        return 0
    return 1 if any(_one_death(sentence, m) for m in list_pattern("one_death.txt").finditer(sentence)) else None


def _one_death(sentence: str, match: re.Match) -> bool:
    """Whether a one-death phrase ("killed a", "a man died") counts one: not "killed a number of", "a dozen"."""
    article = ARTICLE.search(sentence, match.start(), match.end())
    following = WORDS.search(sentence, article.end()) if article else None
    return following is not None and following.group().lower() not in table_lines("not_one.txt")


def _cumulative(sentence: str, at: int) -> bool:
    """Whether the toll found at `at` is a running total: a cue from it to the end of its clause."""
    clause = CLAUSE_END.split(sentence[at:], maxsplit=1)[0]
    return bool(list_pattern("cumulative_cues.txt").search(clause))


def _number(token: str) -> int | None:
    """A count written in digits or words ("25", "twenty-five", "dozens"); None past MAX_TOLL, which no
    report of one event states."""
    token = token.lower().replace(",", "")
    if token.isdecimal():  # what int() reads; isdigit() also takes superscripts, which int() refuses
        return int(token) if len(token) <= len(str(MAX_TOLL)) and int(token) <= MAX_TOLL else None
    words = _numbers()
    if token in words:
        return words[token]
    tens, _, unit = token.partition("-")
    return words[tens] + words[unit] if words.get(tens, 0) >= 20 and words.get(unit, 10) < 10 else None


def says_nobody_died(sentence: str) -> bool:
    """Whether the sentence says nobody was killed or hurt ("no one was hurt", "no reports of injuries")."""
    return bool(list_pattern("no_deaths.txt").search(sentence))
