"""Finding who acted in a sentence: named groups from a table, and nationality + force noun."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from .gazetteer import countries, demonyms, fold
from .settings import DATA_DIR

GOVERNMENT = "GOVERNMENT"  # the table's stand-in for "the forces of the article's country"
STATE, ARMED, CIVILIAN = "state", "armed", "civilian"
NATIONALITY_GAP = re.compile(r"^\s*(?:(?:,|and|-led|-backed)\s*)*$")


@dataclass(frozen=True)
class Actor:
    """An actor mention: ACLED-style name, kind (state/armed/civilian), offsets, specificity."""

    name: str
    kind: str
    start: int
    end: int
    specific: bool


def phrase_pattern(phrase: str) -> str:
    """Regex for a table phrase: words separated by spaces; CAP a capitalised word, NUM a number, * a short gap."""
    tokens = {"CAP": r"(?-i:[A-Z][\w'’-]+)", "NUM": r"\d[\d,]*", "*": r"(?:[\w'’,-]+\s+){0,6}?"}
    parts = [tokens.get(word, re.escape(word)) for word in phrase.split()]
    return r"\s+".join(parts).replace(r"?\s+", r"?")


FIRST_WORD = re.compile(r"\w[\w'’-]*")


def first_words(phrases: list[str]) -> frozenset[str]:
    """Lowercased first words of the phrases: a regex need only be tried where one stands."""
    return frozenset(FIRST_WORD.search(p).group().lower() for p in phrases)


def anchored_matches(pattern: re.Pattern, starts: frozenset[str], text: str, start: int, end: int) -> list[re.Match]:
    """Non-overlapping matches of `pattern` in text[start:end] that begin at one of the `starts` words.

    Trying a large alternation only at candidate words is many times faster than a scan."""
    found, cursor = [], start
    for word in FIRST_WORD.finditer(text, start, end):
        if word.start() >= cursor and word.group().lower() in starts:
            match = pattern.match(text, word.start(), end)
            if match:
                found.append(match)
                cursor = match.end()
    return found


def alternation(phrases: list[str]) -> str:
    """One group matching any of the phrases, longest first, on word boundaries."""
    ordered = sorted(phrases, key=len, reverse=True)
    return r"\b(?:" + "|".join(phrase_pattern(p) for p in ordered) + r")\b"


@cache
def _actor_table() -> tuple[re.Pattern, frozenset[str], tuple[tuple[str, str], ...]]:
    with (DATA_DIR / "actors.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    groups = "|".join(f"(?P<a{i}>{alternation(r['pattern'].split('|'))})" for i, r in enumerate(rows))
    starts = first_words([p for r in rows for p in r["pattern"].split("|")])
    return re.compile(groups, re.IGNORECASE), starts, tuple((r["actor"], r["kind"]) for r in rows)


@cache
def _force_nouns() -> re.Pattern:
    lines = (DATA_DIR / "force_nouns.txt").read_text(encoding="utf-8").splitlines()
    nouns = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return re.compile(alternation(nouns), re.IGNORECASE)


class ActorFinder:
    """Finds actors; nationality words come from the demonym and country tables."""

    def __init__(self) -> None:
        self.demonyms = demonyms()
        self.countries = countries()
        self._demonym_re = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
        self._country_codes = {name.lower(): code for code, (name, _iso3) in self.countries.items()}
        names = "|".join(sorted(map(re.escape, (n for n, _ in self.countries.values())), key=len, reverse=True))
        self._subject_re = re.compile(rf"(?:The\s+)?({names})\b(?!['’]s)")

    def find(self, text: str, start: int, end: int, home: str | None) -> list[Actor]:
        """Actors in text[start:end]; `home` is the article's country, for "the army"."""
        forces = self._national_forces(text, start, end)
        taken = [(a.start, a.end) for a in forces]
        named = [a for a in self._table_actors(text, start, end, home)
                 if not any(s <= a.start < e for s, e in taken)]
        return sorted(self._country_subject(text, start, end) + forces + named, key=lambda a: a.start)

    def _country_subject(self, text: str, start: int, end: int) -> list[Actor]:
        """'France, once the colonial power, unleashed ...': a country opening the sentence acts through its forces."""
        match = self._subject_re.match(text, start, end)
        code = self._country_codes.get(match.group(1).lower()) if match else None
        return [Actor(self.military_of(code), STATE, match.start(1), match.end(1), True)] if code else []

    def _table_actors(self, text: str, start: int, end: int, home: str | None) -> list[Actor]:
        pattern, starts, rows = _actor_table()
        found = []
        for match in anchored_matches(pattern, starts, text, start, end):
            name, kind = rows[int(match.lastgroup[1:])]
            if name == GOVERNMENT:
                if not home:
                    continue
                name = self.military_of(home)
            found.append(Actor(name, kind, match.start(), match.end(), kind != CIVILIAN and name != "Islamist militants"
                               and not name.startswith("Unidentified")))
        return found

    def _national_forces(self, text: str, start: int, end: int) -> list[Actor]:
        """'French and Malian forces' -> one actor per nationality, spanning the phrase."""
        found = []
        for noun in _force_nouns().finditer(text, start, end):
            codes, first = self._nationalities_before(text, start, noun.start())
            found.extend(Actor(self.military_of(c), STATE, first, noun.end(), True) for c in codes)
        return found

    def _nationalities_before(self, text: str, floor: int, at: int) -> tuple[list[str], int]:
        codes, cursor, first = [], at, at
        words = [m for m in self._demonym_re.finditer(text, max(floor, at - 60), at)]
        for word in reversed(words):
            code = self.demonyms.get(fold(word.group().removesuffix("-led")))
            if not code or not NATIONALITY_GAP.match(text[word.end():cursor]):
                break
            codes.insert(0, code)
            cursor = first = word.start()
        return list(dict.fromkeys(codes)), first

    def military_of(self, code: str) -> str:
        return f"Military Forces of {self.countries.get(code, (code, ''))[0]}"
