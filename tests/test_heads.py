"""The heads a pattern's matches begin with, and the index of patterns built on them."""
from __future__ import annotations

import re

import pytest

from extract.heads import HeadIndex, gate, heads, may_contain, plain_or_none


@pytest.mark.parametrize("pattern, length, expected", [
    (r"(?i:may|march)\s+\d", 3, {"may", "mar"}),
    (r"(?:early\s+)?june", 3, {"ear", "jun"}),
    (r"\d{4}", 2, {"00"}),  # every digit is 0, so four digits are one head
    (r"[ab]c?", 2, {"a", "ac", "b", "bc"}),
    (r"(?<!\w)the\b", 4, {"the"}),  # lookarounds are passed over: the heads stay a superset
    (r"x[^y]", 2, {"x"}),  # a negated class: anything may follow the x
    (r"\S", 1, {""}),  # too large a class: any text may begin a match
])
def test_heads(pattern: str, length: int, expected: set[str]) -> None:
    assert heads(re.compile(pattern), length) == expected


@pytest.mark.parametrize("pattern, text, start, expected", [
    (r"(?i:may)\b", "in May 2013", 3, True),
    (r"(?i:may)\b", "in May 2013", 0, False),
    (r"(?i:may)\b", "IN MAY", 3, True),  # case does not count
    (r"\d+ days", "after 12 days", 6, True),
    (r"the\s+day", "the\tday", 0, True),  # any space is " "
    (r"(?i:k)m", "\u212am", 0, True),  # not ASCII: the Kelvin sign matches k without case, so it is always tried
    (r"\u2019\d0s", "the ’90s", 4, True),
    (r"\u2019\d0s", "the '90s", 4, False),
])
def test_may_start(pattern: str, text: str, start: int, expected: bool) -> None:
    compiled = re.compile(pattern)
    assert HeadIndex({"p": compiled}, 3).at(text, start) == (("p",) if expected else ())
    if compiled.match(text, start):
        assert expected  # a place where the pattern matches is never skipped


def test_an_index_names_the_patterns_that_can_match_in_their_order() -> None:
    index = HeadIndex({"month": re.compile(r"(?i:may|june)"), "number": re.compile(r"\d+"),
                       "either": re.compile(r"(?i:may)|\d")}, 3)
    assert index.at("in May", 3) == ("month", "either")
    assert index.at("in 2013", 3) == ("number", "either")
    assert index.at("in June", 3) == ("month",)
    assert index.at("in June", 0) == ()
    assert index.at("Kay", 0) == ("month", "number", "either")  # not ASCII: every pattern is tried


@pytest.mark.parametrize("pattern, gate_pattern", [
    (r"\bcontributed to this (report|story)\b", "contribu"),
    (r"\b(?:afp|ap)\s*/", r"afp|ap\ |ap/"),  # four letters would make five heads, more than `most`
    (r"^by [a-z]+", None),  # anchored: the scan tries it at the start only
    (r"\S+ said", None),  # any text may begin a match
])
def test_gate(pattern: str, gate_pattern: str | None) -> None:
    quick = gate(re.compile(pattern, re.IGNORECASE), most=4)
    assert (quick.pattern if quick else None) == gate_pattern


@pytest.mark.parametrize("text", ["Staff of AFP / Reuters", "the AP/Getty image", "(AP) reporters", "Map: the gap"])
def test_a_gate_never_hides_a_match(text: str) -> None:
    pattern = re.compile(r"\b(?:afp|ap)\s*/", re.IGNORECASE)
    quick = gate(pattern, most=4)
    assert may_contain(plain_or_none(text), quick) or not pattern.search(text)
    assert may_contain(None, quick)  # text that is not ASCII may hold anything


@pytest.mark.parametrize("text", ["in May 2013", "ON 3 JUNE", "the\tday", "a 12-day siege", "K\u212ay 5", "’90s"])
def test_an_index_lookahead_holds_where_it_names_patterns(text: str) -> None:
    index = HeadIndex({"month": re.compile(r"(?i:may|june)\s+\d"), "number": re.compile(r"\d+[ -]day"),
                       "span": re.compile(r"the\s+day")}, 4)
    lookahead = re.compile(index.lookahead())
    for start in range(len(text)):
        assert bool(lookahead.match(text, start)) == bool(index.at(text, start)), text[start:]
