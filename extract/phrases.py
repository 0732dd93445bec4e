"""Phrase tables: language knowledge kept as data, compiled into anchored regular expressions.

A phrase is words separated by spaces; CAP stands for a capitalised word, NUM for a number,
* for a short gap, ** for a long one (before a rare closing word: "taking ** hostage") and END, last,
for the end of the text searched (hedges.txt: right before a trigger). Tables are CSV files (one row
per meaning, phrases joined by |) or plain lists (one phrase per line, # for comments) under extract/data/.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from . import tables

CAP = r"(?-i:[A-Z][\w'’-]+)"  # a capitalised word, in a pattern otherwise case-blind
CAP_LOWERED = r"(?:[a-z][\w'’-]+)"  # what a capitalised word is in the text lowered (and what else starts so)


def phrase_pattern(phrase: str) -> str:
    """Regex for a table phrase: words separated by spaces; CAP a capitalised word, NUM a number, * a short
    gap, ** a long one (a whole noun phrase, "taking dozens of foreign and local staff hostage"), END the end
    of the text searched."""
    tokens = {"CAP": CAP, "NUM": r"\d[\d,]*", "*": r"(?:[\w'’,\"“”.-]+\s+){0,6}?",
              "**": r"(?:[\w'’,-]+\s+){0,12}?", "END": "$"}
    parts = [tokens.get(word, re.escape(word)) for word in phrase.split()]
    # a gap takes its space along; END follows the last word with no space between
    return r"\s+".join(parts).replace(r"?\s+", r"?").replace(r"\s+$", "$")


FIRST_WORD = re.compile(r"\w[\w'’-]*")
WORD_RUN = re.compile(r"\w+")
PLACEHOLDERS = ("CAP", "NUM", "*", "**", "END")  # `phrase_pattern`'s tokens, which stand for many words
POSSESSIVE = re.compile(r"['’]s?$")  # "Hamas's", "the Islamists'": the name starts a phrase all the same
POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")  # right after a name or a date: "a soldier's", "Monday's"
POSSESSIVE_ENDS = ("'", "’", "'s", "’s")
POSSESSIVE_END = re.compile(r"['’]s?\s*$")  # a possessive ending a text: "Nigeria's", "Japan's "
CASE_FLAGS = re.compile(r"\(\?[aiLmsux]*-?[imsx]*[iLau]")  # an inline flag that sets or clears case-blindness
GROUP_NAME = re.compile(r"\(\?P[<=]\w+>?")  # "(?P<count>", "(?P=count)"
MIXED_RANGE = re.compile(r"[A-Z]-[^A-Z\]]|[^A-Z\\]-[A-Z]")  # "[ -Z]": a range that lower case would change
SOURCE_PARTS = re.compile(r"\\.|\(\?P[<=]\w+>?|[^\\(]+|\(")  # escapes, group names and the rest


def first_words(phrases: list[str]) -> frozenset[str]:
    """Lowercased first words of the phrases: a regex need only be tried where one stands."""
    return frozenset(FIRST_WORD.search(p).group().lower() for p in phrases)


def alternation(phrases: list[str]) -> str:
    """One group matching any of the phrases, longest first, on word boundaries (`by_first_character`)."""
    ordered = sorted(phrases, key=len, reverse=True)
    return r"\b(?:" + "|".join(by_first_character([phrase_pattern(p) for p in ordered])) + r")\b"


def by_first_character(patterns: list[str]) -> list[str]:
    """The alternatives of an alternation, those that open with a letter or a digit grouped under it ("a(?:rmy|ttack)"):
    the engine tries every alternative in turn at each position of a scan, and a few dozen groups cost several times
    less than hundreds of phrases. What matches is the same: at a position only the alternatives opening with the
    character there can match, and they keep their order. An alternative opening otherwise (a placeholder: "CAP
    troops") may match anywhere, so the phrases before and after it are grouped apart."""
    grouped, run = [], []
    for pattern in patterns:
        if pattern[:1].isalnum():
            run.append(pattern)
        else:
            grouped += _grouped(run) + [pattern]
            run = []
    return grouped + _grouped(run)


def literal_alternatives(words: Iterable[str]) -> str:
    """The words as literal alternatives of one alternation ("|"-joined, no group), the longest first (a regex takes
    the first that matches), grouped under their first character (`by_first_character`)."""
    return "|".join(by_first_character(sorted(map(re.escape, words), key=len, reverse=True)))


def _grouped(patterns: list[str]) -> list[str]:
    """Alternatives that all open with a letter or a digit, grouped by that character; left as they are when one letter
    opens some in capitals and others in lower case, which a case-blind pattern would try in another order."""
    groups: dict[str, list[str]] = {}
    for pattern in patterns:
        groups.setdefault(pattern[0], []).append(pattern[1:])
    if len({first.lower() for first in groups}) < len(groups):
        return patterns
    return [first + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0]) for first, rests in groups.items()]


@cache
def closing_phrases(name: str) -> PhraseList:
    """The table's phrases, matching only at the end of a text (just before a name)."""
    return phrase_list(table_lines(name), r"\s*$")


@dataclass(frozen=True)
class PhraseList:
    """A plain list table (or another pattern, `case_blind`) compiled to one case-insensitive pattern, searched like
    one, and a word each of its phrases holds (`gate`, from `gate_runs`; None when a phrase has only placeholders).
    A text holding none of them is not scanned: most texts hold none, and a set test costs a fraction of the
    scan of a long alternation, which tries every phrase at every character. `blind` is the pattern in lower case
    for the text `lowered`, scanned several times faster (no letter folded at each try); where it finds a place,
    `pattern` matches there, and its match names the text as written. Both are compiled at first use, from `source`
    and `blind_source`: the case-blind compile of a long alternation takes milliseconds (a fifth of a run of 2,000
    articles went to compiling tables), and a table whose gate never opens in a process is never compiled."""

    source: str
    gate: frozenset[str] | None
    blind_source: str | None = None

    @cached_property
    def pattern(self) -> re.Pattern:
        return re.compile(self.source, re.IGNORECASE)

    @cached_property
    def blind(self) -> re.Pattern | None:
        return None if self.blind_source is None else re.compile(self.blind_source)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        if self._shut(text, pos, end):
            return None
        if self.blind is None:
            return self.pattern.search(text, pos, end)
        return next(self._blind_matches(text, pos, end), None)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        if self._shut(text, pos, end):
            return iter(())
        if self.blind is None:
            return self.pattern.finditer(text, pos, end)
        return self._blind_matches(text, pos, end)

    def _blind_matches(self, text: str, pos: int, end: int) -> Iterator[re.Match]:
        """`pattern`'s matches, in turn, where `blind` finds a place in the text lowered: `blind` may find more
        places (a word in lower case where CAP asks for a capital), which `pattern` then refuses."""
        low = lowered(text)
        found = self.blind.search(low, pos, end)
        while found is not None:
            match = self.pattern.match(text, found.start(), end)
            if match is not None:
                yield match
            pos = found.start() + 1 if match is None else max(match.end(), found.start() + 1)
            found = self.blind.search(low, pos, end)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        return self.pattern.fullmatch(text, pos, len(text) if endpos is None else endpos)

    def _shut(self, text: str, start: int, end: int) -> bool:
        """Whether no phrase can match in text[start:end]: each match holds one of the gate's runs, whole."""
        return self.gate is not None and self.gate.isdisjoint(word_runs(text, start, end))


def phrase_list(phrases: list[str], suffix: str = "") -> PhraseList:
    """The phrases as a `PhraseList` (`suffix`: a regular expression after the alternation, such as an anchor)."""
    return case_blind(alternation(phrases) + suffix, gate_runs(phrases))


def case_blind(source: str, gate: frozenset[str] | None = None) -> PhraseList:
    """A case-insensitive pattern as a `PhraseList` (with its `gate`, if any), scanned in lower case (`blind`, where
    CAP is any word) unless its source sets case itself elsewhere ("(?-i:") or has a range from a capital to another
    kind of character, which lower case would change."""
    lowered_caps = source.replace(CAP, CAP_LOWERED)
    plain = GROUP_NAME.sub("", re.sub(r"\\.", "", lowered_caps))
    if CASE_FLAGS.search(plain) or MIXED_RANGE.search(plain):
        return PhraseList(source, gate)
    return PhraseList(source, gate, SOURCE_PARTS.sub(_lower_part, lowered_caps))


def _lower_part(part: re.Match) -> str:
    """A part of a pattern's source in lower case, but an escape ("\\S") or a group's name."""
    return part.group() if part.group().startswith(("\\", "(?P")) else part.group().lower()


@lru_cache(maxsize=8)  # the steps search one article's text many times over, each time for another table
def lowered(text: str) -> str:
    """The text in lower case, character for character: a pattern in lower case matched case-sensitively on it
    finds what the case-blind pattern finds on the text, several times faster (no letter is folded in the scan)."""
    return text.lower() if text.isascii() else text.translate(tables.CASE_BLIND_IN_PLACE).lower()


@cache  # steps ask for their tables inside functions; read and compile each once
def list_pattern(name: str) -> PhraseList:
    """Any phrase of a plain list table (e.g. "hedges.txt"), case-insensitive (`PhraseList`)."""
    return phrase_list(table_lines(name))


def after_last(name: str, text: str, start: int, at: int) -> int:
    """Where the last phrase of list table `name` in text[start:at] ends, else `start`: the words after a teller
    ("police say a man stabbed ...", reporting_verbs.txt) are the report's, those before it the teller's."""
    ends = [m.end() for m in list_pattern(name).finditer(text, start, at)]
    return ends[-1] if ends else start


def gate_runs(phrases: Iterable[str]) -> frozenset[str] | None:
    """One run of word characters each phrase's match must hold whole: its longest that is no function word
    (the rarest, as a rule: "in a missile test" is gated on "missile"); None when a phrase has only placeholders. Every word of a
    phrase is matched between spaces or word boundaries, so each of its runs stands whole in the text."""
    runs = set()
    for phrase in phrases:
        plain = [run for word in phrase.split() if word not in PLACEHOLDERS for run in WORD_RUN.findall(word.lower())]
        if not plain:
            return None
        runs.add(max(plain, key=lambda run: (run not in function_words(), len(run))))
    return frozenset(runs)


@cache
def function_words() -> frozenset[str]:
    """English function words (`typing/stopwords.txt`: "the", "after", "said"), in nearly every sentence: a
    gate's run is another word of the phrase where it has one."""
    return frozenset(word.lower() for word in tables.lines("typing/stopwords.txt"))


@lru_cache(maxsize=64)  # the steps search one sentence or clause for many tables in turn
def word_runs(text: str, start: int, end: int) -> frozenset[str]:
    """The lowercased runs of word characters in text[start:end] ("al-Qaeda's": al, qaeda, s), letters a case-blind
    pattern takes for ASCII ones folded to them (`tables.CASE_BLIND_FOLD`: the gate lets "ſtrikes" through)."""
    low = text[start:end].lower()
    return frozenset(WORD_RUN.findall(low if low.isascii() else low.translate(tables.CASE_BLIND_FOLD)))


def table_lines(name: str) -> list[str]:
    """The phrases of a plain list file, without blank and comment lines."""
    return list(tables.lines(name))


@cache
def other_senses() -> dict[str, dict[str, frozenset[str]]]:
    """other_senses.csv as trigger words -> side ("before", "after") -> the neighbours giving another sense (read by
    the rule triggers and by the typer, which blanks a word in its other sense)."""
    senses: dict[str, dict[str, frozenset[str]]] = {}
    for row in tables.rows("other_senses.csv"):
        for word in row["trigger"].split("|"):
            sides = senses.setdefault(word, {"before": frozenset(), "after": frozenset()})
            sides[row["side"]] = sides[row["side"]] | frozenset(row["neighbours"].split("|"))
    return senses


@cache
def phrase_table(name: str, column: str) -> tuple[re.Pattern, frozenset[str], tuple[dict[str, str], ...]]:
    """A CSV table compiled to one pattern with a named group per phrase (`_longest_first`), the first words its
    phrases can start with, and the rows; `lastgroup` of a match names its row (`row_of`)."""
    rows = tables.rows(name)
    starts = first_words([p for r in rows for p in r[column].split("|")])
    return re.compile(_longest_first(list(_numbered(rows, column))), re.IGNORECASE), starts, rows


@dataclass(frozen=True)
class PhraseIndex:
    """A CSV table's phrases compiled apart for each first word they start with (`phrase_index`), and a run of
    word characters each phrase holds (`runs`, from `gate_runs`): a text holding none of them holds no phrase."""

    sources: dict[str, str]  # first word -> the source of its phrases' pattern, compiled at first use (`_ignoring_case`)
    runs: frozenset[str] | None
    firsts: frozenset[str] | None = None  # the first run of word characters of each first word (None: try every word)


@cache
def phrase_index(name: str, column: str) -> PhraseIndex:
    """A CSV table's phrases compiled apart for each first word they start with (lowercased), each pattern
    holding only those phrases, in the named groups `phrase_table` gives them (`row_of` reads their rows).
    A long table is tried many times faster this way than as one alternation."""
    by_word: dict[str, list[tuple[str, str]]] = {}
    for group, phrase in _numbered(tables.rows(name), column):
        by_word.setdefault(FIRST_WORD.search(phrase).group().lower(), []).append((group, phrase))
    sources = {word: _longest_first(phrases) for word, phrases in by_word.items()}
    return PhraseIndex(sources, gate_runs([p for row in tables.rows(name) for p in row[column].split("|")]),
                       frozenset(WORD_RUN.match(word).group() for word in sources))


def indexed_matches(index: PhraseIndex, text: str, start: int, end: int,
                    suffixes: tuple[str, ...] = ()) -> list[re.Match]:
    """Non-overlapping matches in text[start:end] of a `phrase_index`, each tried only at a word it starts with,
    also where the word is a possessive ("Hamas's") or carries one of the hyphenated `suffixes`
    ("al-Shabaab-led"). Trying the phrases only at candidate words is many times faster than a scan; and
    a text with none of the index's gate runs (`gate_runs`) is not looked at word by word."""
    runs = word_runs(text, start, end)
    if index.runs is not None and index.runs.isdisjoint(runs):
        return []
    sources, found, cursor = index.sources, [], start
    words = _candidate_words(text, start, end, index.firsts & runs) if index.firsts is not None and text.isascii() \
        else FIRST_WORD.finditer(text, start, end)
    for word in words:
        if word.start() < cursor:
            continue
        lowered = word.group().lower()
        source = sources.get(lowered) or (sources.get(POSSESSIVE.sub("", lowered))
                                          if lowered.endswith(POSSESSIVE_ENDS) else None) \
            or (sources.get(lowered.rsplit("-", 1)[0]) if suffixes and lowered.endswith(suffixes) else None)
        match = _ignoring_case(source).match(text, word.start(), end) if source is not None else None
        if match:
            found.append(match)
            cursor = match.end()
    return found


@cache
def _ignoring_case(source: str) -> re.Pattern:
    """A phrase index's pattern, compiled at its first use: most first words of a long table never stand in the
    texts of a process, and each compile costs more than many searches."""
    return re.compile(source, re.IGNORECASE)


def _candidate_words(text: str, start: int, end: int, firsts: frozenset[str]) -> Iterator[re.Match]:
    """The words of FIRST_WORD.finditer(text, start, end) (ASCII text) whose first run of word characters is one
    of `firsts`: a phrase's first word, bare, possessive or hyphenated, opens with its own first run, so the
    other words find no pattern. Found by a scan for those runs, not a look at every word in Python."""
    if not firsts:
        return
    for run in _runs_pattern(tuple(sorted(firsts))).finditer(text, start, end):
        if _word_starts(text, start, run.start()):
            yield FIRST_WORD.match(text, run.start(), end)


@lru_cache(maxsize=256)
def _runs_pattern(runs: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(by_first_character(list(map(re.escape, runs)))) + r")(?!\w)",
                      re.IGNORECASE)


def _word_starts(text: str, start: int, at: int) -> bool:
    """Whether a FIRST_WORD scan from `start` begins a word at `at` (ASCII text): no word character stands
    in the run of word characters, apostrophes and hyphens just before it (from `start` on)."""
    before = at - 1
    while before >= start and (text[before].isalnum() or text[before] in "_'’-"):
        if text[before].isalnum() or text[before] == "_":
            return False
        before -= 1
    return True


def row_of(match: re.Match, rows: tuple[dict[str, str], ...]) -> dict[str, str]:
    """The table row a match of `phrase_table`'s pattern came from."""
    return rows[int(match.lastgroup[1:].partition("_")[0])]


def _numbered(rows: tuple[dict[str, str], ...], column: str) -> Iterator[tuple[str, str]]:
    """Each phrase of the rows with its group's name: g, its row's number, _, its place in the row."""
    for i, row in enumerate(rows):
        for k, phrase in enumerate(row[column].split("|")):
            yield f"g{i}_{k}", phrase


def _longest_first(phrases: list[tuple[str, str]]) -> str:
    """One alternation of named phrases, the longest first whatever its row (an earlier row's tie first): a
    regex takes the first alternative that matches, so "protest turned violent" must be tried before "protest"
    even when a later row holds it, as `alternation` orders a row's own phrases."""
    ordered = sorted(phrases, key=lambda named: -len(named[1]))
    return "|".join(f"(?P<{group}>{alternation([phrase])})" for group, phrase in ordered)
