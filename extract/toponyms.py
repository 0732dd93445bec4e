"""Finding place-name mentions: one automaton over every gazetteer name, then filters.

The automaton runs over the folded text (same length as the original, so offsets hold);
filters then drop hits inside words, lowercase hits, common words that happen to be place
names ("Read", "March", "Nice"), parts of person or organisation names ("Victoria Nuland",
"Timbuktu Manuscripts project") and attributive uses ("a South Africa professor").
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import ahocorasick_rs

from .gazetteer import Gazetteer, demonyms, fold
from .models import Toponym
from .settings import DATA_DIR

MIN_KEY_LENGTH = 2
SHORT_KEY_LENGTH = 2  # names this short count only when written in capitals ("US", "UK")
ACRONYM_LENGTH = 5    # capitals this short are codes ("CNN" is an airport code) unless a country's


@cache
def name_context() -> dict[str, frozenset[str]]:
    """role -> words, from name_context.csv ("joiner", "region", "attributive", "near")."""
    roles: dict[str, set[str]] = {}
    with (DATA_DIR / "name_context.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            roles.setdefault(row["role"], set()).add(row["word"])
    return {role: frozenset(words) for role, words in roles.items()}


@cache
def not_places() -> frozenset[str]:
    """Folded common words that are also the name of some place, never read as places."""
    lines = (DATA_DIR / "not_places.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


NOT_WORD = re.compile(r"[\W_]")
NOT_WORD_OR_LINE = re.compile(r"[^\w\n]|_")


def word_form(text: str) -> str:
    """Folded text with non-word characters as spaces; the same length as `text`."""
    return NOT_WORD.sub(" ", fold(text))


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int


class PlaceFinder:
    """Finds candidate place-name mentions with one multi-pattern automaton.

    Names and text are compared in a "word form": folded, with every character that is not a
    letter or digit turned into a space (same length, so offsets hold). Each name is prefixed
    with a space, so it can only match where a word starts; overlapping matches are kept and
    the longest acceptable one wins, so a longer key that runs into the next word ("gao an" in
    "Gao and") cannot hide the real name.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        stop = not_places() | set(demonyms())
        kept = "\n".join(k for k in gazetteer.keys() if len(k) >= MIN_KEY_LENGTH and k not in stop)
        # one substitution over all names at once: ten times faster than one call per name
        forms = set(NOT_WORD_OR_LINE.sub(" ", kept).split("\n"))
        # sorted input builds the automaton about three times faster
        self._automaton = ahocorasick_rs.AhoCorasick(sorted(" " + f.strip() for f in forms if f.strip()))
        self._gazetteer = gazetteer
        self._stop = stop

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Toponym]:
        """Mentions in text[start:end], with offsets into `text`."""
        end = len(text) if end is None else end
        haystack = " " + word_form(text[start:end]) + " "
        spans = []
        for _index, s, e in self._automaton.find_matches_as_indexes(haystack, overlapping=True):
            if haystack[e] == " ":  # the name ends where a word ends
                spans.append((s + start, e - 1 + start))
        spans += self._gazetteer.user_spans(text, start, end, self._stop)  # names of a big user gazetteer
        return [Toponym(text[s:e], s, e) for s, e in self._longest_first(text, spans)]

    def _longest_first(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Non-overlapping accepted spans, the longest at each start, left to right."""
        chosen, cursor = [], -1
        for s, e in sorted(spans, key=lambda span: (span[0], -span[1])):
            if s >= cursor and accept(text, s, e) and not self._is_code(text[s:e]):
                chosen.append((s, e))
                cursor = e
        return chosen

    def _is_code(self, name: str) -> bool:
        """'CNN', 'AFP': short capitals that are not a country's name or code."""
        letters = name.replace(".", "")
        return (letters.isupper() and len(letters) <= ACRONYM_LENGTH
                and not any(p.is_country for p in self._gazetteer.lookup(name)))

    def find_in(self, text: str, spans: Iterable[tuple[int, int]]) -> list[Toponym]:
        """Mentions in each of several spans of `text` (sentences)."""
        return [t for s, e in spans for t in self.find(text, s, e)]


def accept(text: str, start: int, end: int) -> bool:
    """The filters a raw automaton hit must pass to count as a place mention."""
    name = text[start:end]
    return (_on_word_boundaries(text, start, end) and _capitalised(name)
            and (len(name) > SHORT_KEY_LENGTH or name.isupper())
            and not _in_longer_name(text, start, end) and not is_attributive(text, end))


def _capitalised(name: str) -> bool:
    """Every word capitalised but connectors: 'Bay of Bengal' yes, 'The city' no."""
    connectors = name_context()["connector"]
    return all(word[:1].isupper() or word in connectors for word in name.replace("-", " ").split())


def _on_word_boundaries(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-'’" or after.isalnum())


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """True when a capitalised neighbour makes the hit part of a person's or body's name."""
    joiners = name_context()["joiner"] | name_context()["region"]
    before, after = _word_before(text, start), _word_after(text, end)
    return any(w is not None and w.text[:1].isupper() and fold(w.text) not in joiners
               and not (w is before and _starts_sentence(text, w.start))
               for w in (before, after))


def _word_before(text: str, start: int) -> _Word | None:
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return None
    begin = start - 1
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] in ".'’"):
        begin -= 1
    return _Word(text[begin:start - 1], begin, start - 1)


def _word_after(text: str, end: int) -> _Word | None:
    if end + 1 >= len(text) or text[end] != " " or not text[end + 1].isalpha():
        return None
    stop = end + 1
    while stop < len(text) and text[stop].isalpha():
        stop += 1
    return _Word(text[end + 1:stop], end + 1, stop)


def _starts_sentence(text: str, start: int) -> bool:
    head = text[:start].rstrip(" \"“‘'(")
    return not head or head[-1] in ".!?:\n"


def is_attributive(text: str, end: int) -> bool:
    """'X-based', 'a South Africa professor': the name describes someone, not a place of action."""
    rest = text[end:end + 30]
    word = rest[1:].split(" ", 1)[0].strip(".,;:\"”") if rest[:1] in " -" else ""
    return fold(word) in name_context()["attributive"]


def followed_by_region_word(text: str, end: int) -> bool:
    """'Gao region', 'Kidal Region': the mention names the region, not the town."""
    word = _word_after(text, end)
    return word is not None and fold(word.text) in name_context()["region"]


def near_cue(text: str, start: int) -> bool:
    """'near Konna', '60 km north of Mopti': the event is near the place, not in it."""
    head = fold(text[max(0, start - 20):start]).rstrip()
    return any(head.endswith(cue) for cue in name_context()["near"])
