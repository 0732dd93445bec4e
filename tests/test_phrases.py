"""Phrase tables searched through their gates (`phrases.PhraseList`, `phrases.PhraseIndex`): a text that
holds none of a table's first words is skipped unread, and no match may be lost that way."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract import tables
from extract.articles import InputError, iter_articles
from extract.phrases import (after_last, alternation, by_first_character, case_blind, gate_runs, indexed_matches,
                             list_pattern, phrase_index, phrase_pattern, table_lines, word_runs)

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "articles"
LIST_TABLES = sorted(p.name for p in tables.DATA_DIR.glob("*.txt") if table_lines(p.name))


@pytest.fixture(scope="module")
def sample_texts() -> list[str]:
    return [a.text for a in iter_articles([SAMPLES]) if not isinstance(a, InputError)]


@pytest.mark.parametrize("text, start, end, runs", [
    ("Al-Shabaab's fighters", 0, 21, {"al", "shabaab", "s", "fighters"}),
    ("Troops RETOOK the town", 7, 13, {"retook"}),
    ("a 12-hour curfew", 0, 16, {"a", "12", "hour", "curfew"}),
    ("", 0, 0, set()),
])
def test_word_runs(text, start, end, runs):
    assert word_runs(text, start, end) == runs


@pytest.mark.parametrize("phrases, gate", [
    (["in a missile test"], {"missile"}),                 # the longest word, function words last
    (["self-detonated"], {"detonated"}),                   # a run of a hyphenated word
    (["CAP forces", "NUM killed"], {"forces", "killed"}),  # placeholders are no words
    (["after the"], {"after"}),                            # only function words: the longest of them
    (["killed", "NUM"], None),                              # a phrase of placeholders alone: no gate
])
def test_gate_runs(phrases, gate):
    assert gate_runs(phrases) == (None if gate is None else frozenset(gate))


def _flat(phrases: list[str]) -> re.Pattern:
    """The alternation as it was before its phrases were grouped by their first character."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(phrase_pattern(p) for p in ordered) + r")\b", re.IGNORECASE)


@pytest.mark.parametrize("phrases, grouped", [
    (["attack", "army", "bomb"], ["a(?:ttack|rmy)", "bomb"]),
    # a placeholder may open a match at any letter: the phrases before and after it are grouped apart
    (["attack on the", "CAP troops", "army"], ["attack\\s+on\\s+the", "(?-i:[A-Z][\\w'’-]+)\\s+troops", "army"]),
    # one letter in capitals and in lower case: a case-blind search would try them in another order, so left alone
    (["Aleppo", "attack"], ["Aleppo", "attack"]),
])
def test_alternatives_grouped_by_first_character(phrases, grouped):
    assert by_first_character([phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True)]) == grouped


@pytest.mark.parametrize("phrases, text", [
    (["attack", "attack on", "attacked", "army"], "The army attacked; an attack on the town."),
    (["a", "an", "and", "b"], "a band and an ant"),
    (["attack on", "CAP troops", "army"], "Malian troops and the army"),
])
def test_grouped_alternation_finds_what_the_flat_one_finds(phrases, text):
    assert [m.span() for m in re.finditer(alternation(phrases), text, re.IGNORECASE)] == \
        [m.span() for m in _flat(phrases).finditer(text)]


@pytest.mark.parametrize("name", LIST_TABLES)
def test_grouped_tables_find_what_flat_ones_find(name, sample_texts):
    """Every plain list table, over the sample articles: grouping its phrases by their first character changes no
    match."""
    grouped, flat = re.compile(alternation(table_lines(name)), re.IGNORECASE), _flat(table_lines(name))
    for text in sample_texts:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)], name


@pytest.mark.parametrize("name", LIST_TABLES)
def test_gated_list_finds_what_the_whole_pattern_finds(name, sample_texts):
    """Every plain list table, over every sentence-sized window of the sample articles and whole: the gate
    changes no search and no finditer."""
    whole = re.compile(alternation(table_lines(name)), re.IGNORECASE)
    gated = list_pattern(name)
    for text in sample_texts:
        windows = [(0, len(text))] + [(i, min(len(text), i + 160)) for i in range(0, len(text), 97)]
        for start, end in windows:
            expected = whole.search(text, start, end)
            found = gated.search(text, start, end)
            assert (found and found.span()) == (expected and expected.span()), (name, text[start:end])
            assert [m.span() for m in gated.finditer(text, start, end)] == \
                [m.span() for m in whole.finditer(text, start, end)]


@pytest.mark.parametrize("text", [
    "Hamas's fighters fired rockets.",             # a possessive keeps the name's first run
    "An al-Shabaab-led raid killed five.",          # so does a hyphenated suffix
    "Nothing of the kind happened on Sunday.",      # no first word at all: nothing found
    "SOLDIERS KILLED TWO GUNMEN.",                  # case
    "--gunmen killed two; pro-Hamas gunmen fled.",  # a word after hyphens alone starts; one inside "pro-" does not
    "Soldiers’ raid killed two.",                   # not ASCII: every word is tried
])
def test_gated_index_finds_what_the_word_loop_finds(text):
    """The phrase index's gate skips only texts whose words start no phrase, and its scan for the phrases'
    first runs finds the words that can start one: the same matches as trying every word (an index without
    gate or first runs), for both indexed tables."""
    for name, column, suffixes in (("triggers.csv", "phrase", ()), ("actors.csv", "pattern", ("-led",))):
        index = phrase_index(name, column)
        ungated = type(index)(index.sources, frozenset(word_runs(text, 0, len(text))))
        assert [m.span() for m in indexed_matches(index, text, 0, len(text), suffixes)] == \
            [m.span() for m in indexed_matches(ungated, text, 0, len(text), suffixes)]


def test_gated_index_over_the_samples(sample_texts):
    """The same over sentence-sized windows of every sample article."""
    for name, column, suffixes in (("triggers.csv", "phrase", ()), ("actors.csv", "pattern", ("-led",))):
        index = phrase_index(name, column)
        for text in sample_texts:
            for start in range(0, len(text), 97):
                end = min(len(text), start + 160)
                ungated = type(index)(index.sources, frozenset(word_runs(text, start, end)))
                assert [m.span() for m in indexed_matches(index, text, start, end, suffixes)] == \
                    [m.span() for m in indexed_matches(ungated, text, start, end, suffixes)]


@pytest.mark.parametrize("text", [
    "Gunmen KILLED two; the MiG-29 was shot down.",   # capitals
    "SOLDİERS kılled two; the MİG crashed.",          # letters whose lower case is not the ASCII letter they match
    "Troops kiſſed nobody; 3 \u212ailled in a raid.",  # long s, the Kelvin sign
    "Soldiers’ raid “killed” two, then mig jets fled.",  # curly quotes: not ASCII, but no letter changes
    "Two were killed by gunmen and three killed by Hamas, kılled by İS.",  # CAP after words in lower case
    "",
])
@pytest.mark.parametrize("source", [
    r"\b(?:killed|kissed|shot\s+down)\b",
    r"\b(?:MiG(?:-\d+)?|soldiers?)\b",              # capitals in the source: scanned in lower case all the same
    r"(?P<verb>killed|crashed)\s+(?P<count>\w+)",
    r"\b[A-Z]\w+\s+raid",                            # a range of capitals: any letter, case ignored
    alternation(["killed by CAP", "shot down"]),       # CAP: the lowered scan finds more, the pattern refuses them
])
def test_a_case_blind_scan_finds_what_the_pattern_finds(source, text):
    """`case_blind` scans the text lowered with the source in lower case; what it returns is the case-blind
    pattern's own match on the text as written, at the same places."""
    blind, pattern = case_blind(source), re.compile(source, re.IGNORECASE)
    assert blind.blind is not None
    expected = pattern.search(text)
    found = blind.search(text)
    assert (found and (found.span(), found.group(), found.groupdict())) == \
        (expected and (expected.span(), expected.group(), expected.groupdict()))
    assert [m.group() for m in blind.finditer(text)] == [m.group() for m in pattern.finditer(text)]


@pytest.mark.parametrize("source", [
    r"\b(?:in|near)\s+(?-i:[A-Z])",  # case set in the source: a capital must be one
    r"(?i)\bkilled\b",               # a flag of its own
    r"[ -Z]+",                        # a range from a space to a capital holds other signs than letters
])
def test_a_source_that_sets_case_is_not_scanned_blind(source):
    scan = case_blind(source)
    assert scan.blind is None
    found, expected = scan.search("Shot near Gao"), re.compile(source, re.IGNORECASE).search("Shot near Gao")
    assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("phrase, text, found", [
    # a short gap takes a few words, an abbreviation's points among them ("three U.S. service members")
    ("three * killed", "three U.S. service members killed", True),
    ("three * killed", "three service members killed", True),
    ("three * killed", "three of the many other service members there were killed", False),
])
def test_a_short_gap(phrase, text, found):
    assert bool(re.fullmatch(phrase_pattern(phrase), text)) is found


@pytest.mark.parametrize("text, at_word, after", [
    # where the last teller before a word ends: the report's words start there
    ("Police say a man stabbed two officers.", "stabbed", "Police say"),
    ("Witnesses said police say a man stabbed two officers.", "stabbed", "Witnesses said police say"),
    ("A man stabbed two officers.", "stabbed", ""),  # no teller: the start
])
def test_after_last(text, at_word, after):
    assert after_last("reporting_verbs.txt", text, 0, text.index(at_word)) == len(after)
