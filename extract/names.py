"""Names as the steps compare them: folded (case, accents, typographic marks), keyed, loosened.

On the ground floor: the gazetteer, the place finder, the resolver, the actors and the events all
compare names this way, so none of them reaches into another step for it.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from . import tables

_APOSTROPHES = "\u2019\u2018\u02bc`"
_DASHES = "\u2010\u2011\u2013\u2014"
_FOLD_TABLE: dict[int, str] = {}  # only the characters that fold to something else
_FOLD_SEEN: set[str] = set()


def fold(text: str) -> str:
    """`text` lowercased and accent-stripped, with typographic apostrophes, dashes and spaces
    made plain, one character for one: the result always has the same length, so offsets found
    in it are offsets into `text`. (Text already in decomposed form keeps its combining marks.)"""
    new = set(text) - _FOLD_SEEN
    for char in new:
        plain = _fold_char(char)
        if plain != char:
            _FOLD_TABLE[ord(char)] = plain
    _FOLD_SEEN.update(new)
    return text.translate(_FOLD_TABLE)


def _fold_char(char: str) -> str:
    """One character folded to exactly one character."""
    if char in _APOSTROPHES:
        return "'"
    if char in _DASHES:
        return "-"
    if unicodedata.category(char) == "Zs":  # no-break and other spaces, so names still match
        return " "
    decomposed = unicodedata.normalize("NFD", char)
    if len(decomposed) > 1 and all(unicodedata.combining(mark) for mark in decomposed[1:]):
        char = decomposed[0]
    lower = char.lower()
    return lower if len(lower) == 1 else char  # 'İ'.lower() is two characters: keep one


def name_key(name: str) -> str:
    """The index form of a name: folded, with runs of whitespace collapsed to one space."""
    return " ".join(fold(name).split())


_PUNCTUATION = re.compile(r"[\W_]")


def loose_key(name: str) -> str:
    """A name key without its punctuation: "North West" and "North-West", "St Croix" and
    "St. Croix" share one, as they do in the place finder's word forms."""
    return " ".join(_PUNCTUATION.sub(" ", fold(name)).split())


_PUNCTUATION_IN_LINE = re.compile(r"[^\w\n]+|_+")   # as _PUNCTUATION, line breaks aside
_SPACE_RUNS = re.compile(r" {2,}")


def loosened(keys: list[str]) -> list[str]:
    """loose_key of each of `keys` (names already folded, none with a line break), in one pass over
    them all: the gazetteer's 900,000 names took a second one by one."""
    text = _SPACE_RUNS.sub(" ", _PUNCTUATION_IN_LINE.sub(" ", "\n".join(keys)))
    return [line.strip(" ") for line in text.split("\n")] if keys else []


@lru_cache(maxsize=1 << 16)
def folded(name: str) -> str:
    """fold(name), memoised: scoring compares the same few names many times."""
    return fold(name)



@lru_cache(maxsize=1 << 16)
def spelling_key(name: str) -> str:
    """The consonant skeleton of a romanised name under the transliteration table
    (`transliteration.csv`): "Derna" and "Darnah" share one, "Quneitra" and "Al Qunaytirah" too.
    Loose on purpose: only to tell whether a candidate the gazetteer already matched is
    named in the text by another spelling of its main name, never to find candidates."""
    key = fold(name)
    for pattern, replacement in _spelling_rules():
        key = pattern.sub(replacement, key)
    return key if len(key) >= MIN_SKELETON else fold(name)  # "Gao" and "Goa" share a skeleton of one letter


MIN_SKELETON = 3


@cache
def _spelling_rules() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(row["pattern"]), row["replacement"]) for row in tables.rows("transliteration.csv"))
