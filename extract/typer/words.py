"""Features of a text for the event typer: word families, their pairs, and cue phrases.

The same function makes the features for training (tools/train_typing.py) and at run time, so
the tables it reads (data/typing/families.csv, suffixes.txt, cues.csv, stopwords.txt) are part of the model: their
fingerprint is stored in the model file and checked when it is loaded.
"""
from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path

from ..phrases import alternation, table_lines
from .. import tables

TABLES = ("typing/families.csv", "typing/suffixes.txt", "typing/cues.csv", "typing/stopwords.txt")
TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
# a hyphen between letters reads as a space ("air-strike" is "air strike", "sit-in" is "sit in"): news spells
# compounds both ways, and the replacement keeps every offset where it was
HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")
JOINED = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z]+)*")  # a word with its hyphens, as the gate words are
MIN_STEM = 3      # letters a word keeps when an ending is stripped
NUMBER = "<num>"


def _spaced(text: str) -> str:
    """The text with hyphens inside words as spaces (same length, same offsets)."""
    return HYPHEN.sub(" ", text)


@cache
def _families() -> dict[str, str]:
    return {row["word"]: row["family"] for row in tables.rows(TABLES[0])}


@cache
def _suffixes() -> tuple[tuple[str, str], ...]:
    """(ending, replacement) pairs, longest ending first."""
    pairs = [(line.split() + [""])[:2] for line in table_lines(TABLES[1])]
    return tuple(sorted(((e, r) for e, r in pairs), key=lambda pair: -len(pair[0])))


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(table_lines(TABLES[3]))


@cache
def family(word: str) -> str:
    """The word family of a lowercased word: protests, protested, protesting -> protest."""
    if word in _families():
        return _families()[word]
    if word.isdigit():
        return NUMBER
    for ending, replacement in _suffixes():
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            word = word[:-len(ending)] + replacement
            break
    return word[:-1] if word.endswith("e") and len(word) > MIN_STEM else word


@cache
def _cue_rows() -> tuple[dict[str, str], ...]:
    return tables.rows(TABLES[2])


@cache
def _gate_words() -> frozenset[str]:
    """A word that each phrase of the cues signalling an event (gate=1) needs: its longest, so that a
    text without any of them holds none of those cues ("were detained" needs "detained", not "were"; a
    hyphened word stays whole: "bomb-making", not "making")."""
    return frozenset(max(phrase.lower().split(), key=len) for row in _cue_rows() if row["gate"] == "1"
                     for phrase in row["phrases"].split("|"))


def _phrases(row: dict[str, str]) -> list[str]:
    """The phrases of a cue row, hyphens as spaces (they are matched against spaced text)."""
    return [_spaced(phrase) for phrase in row["phrases"].split("|")]


@cache
def _cues() -> tuple[dict[str, frozenset[str]], dict[str, tuple[tuple[str, re.Pattern], ...]], dict[str, re.Pattern]]:
    """The cue table, ready for matching: one-word phrases (word -> cues), longer phrases by their first
    word (word -> (cue, pattern matching there)), and one pattern per cue over all its phrases (to find
    where a cue shows)."""
    words: dict[str, set[str]] = {}
    longer: dict[str, dict[str, list[str]]] = {}
    for row in _cue_rows():
        for phrase in _phrases(row):
            first, *rest = phrase.lower().split()
            if rest:
                longer.setdefault(first, {}).setdefault(row["cue"], []).append(phrase)
            else:
                words.setdefault(first, set()).add(row["cue"])
    every = {row["cue"]: re.compile(alternation(_phrases(row)), re.IGNORECASE) for row in _cue_rows()}
    starts = {word: tuple((cue, re.compile(alternation(phrases), re.IGNORECASE)) for cue, phrases in by_cue.items())
              for word, by_cue in longer.items()}
    return {w: frozenset(c) for w, c in words.items()}, starts, every


def _cues_in(lowered: str, words: list[str]) -> set[str]:
    """The cues of a lowercased text whose words are `words`: a one-word phrase by its word alone, a
    longer one by a regex tried only where its first word stands."""
    single, starts, _ = _cues()
    present = set(words)
    found = {cue for word in present & single.keys() for cue in single[word]}
    if present.isdisjoint(starts):
        return found
    for token in TOKEN.finditer(lowered):
        for cue, pattern in starts.get(token.group(), ()):
            if cue not in found and pattern.match(lowered, token.start()):
                found.add(cue)
    return found


def may_have_cue(text: str, start: int = 0, end: int | None = None) -> bool:
    """True when text[start:end] may hold an event cue: a cheap test of whether typing is worth it."""
    lowered = text[start:end].lower()
    gate = _gate_words()
    return not gate.isdisjoint(TOKEN.findall(lowered)) or not gate.isdisjoint(JOINED.findall(lowered))


def features(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The features of text[start:end]: word families (w:, not of function words), pairs of
    neighbouring families (b:) and cues (c:). Plain strings, because this runs on many sentences."""
    end = len(text) if end is None else end
    lowered = _spaced(text[start:end].lower())
    words = TOKEN.findall(lowered)
    stems = [family(w) for w in words]
    stopwords = _stopwords()
    names = ["w:" + stem for word, stem in zip(words, stems) if word not in stopwords]
    names += ["b:" + a + "_" + b for a, b in zip(stems, stems[1:])]
    names += ["c:" + cue for cue in sorted(_cues_in(lowered, words))]
    return names


def span_of(name: str, text: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """Where feature `name` shows in text[start:end] (its first occurrence); (start, start) if nowhere."""
    end = len(text) if end is None else end
    kind, _, value = name.partition(":")
    if kind == "c":
        hit = _cues()[2][value].search(_spaced(text[start:end]))
        return (hit.start() + start, hit.end() + start) if hit else (start, start)
    tokens = list(TOKEN.finditer(text, start, end))
    stems = [family(t.group().lower()) for t in tokens]
    for i, stem in enumerate(stems):
        if kind == "w" and stem == value:
            return tokens[i].span()
        if kind == "b" and i + 1 < len(stems) and f"{stem}_{stems[i + 1]}" == value:
            return tokens[i].start(), tokens[i + 1].end()
    return start, start


def fingerprint() -> str:
    """A digest of this code and the tables the features come from: a model is valid only with both."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for name in TABLES:
        digest.update((tables.DATA_DIR / name).read_bytes())
    return digest.hexdigest()[:16]
