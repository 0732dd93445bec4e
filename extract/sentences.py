"""Splitting an article into paragraphs and sentences, with offsets and a kind for each.

Link lines ("Read more: ..."), bylines ("X reported from Atlanta") and short headings are
kept as sentences of their own kind so that later steps can skip them as event text.
"""
from __future__ import annotations

import re
from functools import cache

from .datelines import dateline_at
from .heads import gate, may_contain, plain_or_none
from .models import Article, Sentence
from . import tables

BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
BULLET = re.compile(r"^\s*(?:--|—|–|-|\*|•|\d+[.)])\s+")
HEADING_MAX_WORDS = 12
BYLINE_MAX_WORDS = 30  # a longer paragraph is body text, even with "reported in" inside ("a bombing reported in Gao")
SENTENCE_END = ".!?\"”’:;)"
DATELINE = "dateline"  # the kind of a dateline's sentence (`_dateline`)
TELLING_KINDS = ("heading", "body")  # line kinds that tell the report (links and bylines only point or credit)


@cache
def _line_kinds() -> tuple[tuple[str, re.Pattern, re.Pattern | None], ...]:
    """(kind, pattern, the pattern's `gate`): most lines hold none of a pattern's first letters ("afp /",
    "repo"), and a look for them spares a scan with it (three patterns scanned every line at each place)."""
    patterns = ((row["kind"], re.compile(row["pattern"], re.IGNORECASE)) for row in tables.rows("line_kinds.csv"))
    return tuple((kind, pattern, gate(pattern)) for kind, pattern in patterns)


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(line.lower() for line in tables.lines("abbreviations.txt"))


def split_sentences(article: Article) -> list[Sentence]:
    """All sentences of the article in order. A dateline, whether it opens the text or the line after a headline
    (`_dateline`), is a sentence of its own, of kind "dateline": no event text, but where the reporter filed from is
    one mention of where the report is (its country, the town it is about), as a headline's places are."""
    sentences: list[Sentence] = []
    paragraph = 0
    lines = []
    for number, (start, end) in enumerate(_lines(article.text)):
        dateline = _dateline(article, number, start, end)
        if dateline is not None:
            lines.append((dateline.start("place"), max(dateline.end("place"), dateline.end("country")), DATELINE))
            start = dateline.end()
        start = max(start, article.dateline_end) if start < article.dateline_end < end else start
        if start >= end or end <= article.dateline_end:
            continue
        lines.append((start, end, line_kind(article.text[start:end])))
    told = sum(kind in TELLING_KINDS for _, _, kind in lines)
    for start, end, kind in lines:
        kind = _alone(kind, told)
        sentences.extend(Sentence(article.text[s:e], s, e, paragraph, kind)
                         for s, e in _sentence_spans(article.text, start, end))
        paragraph += 1
    return sentences


def _dateline(article: Article, number: int, start: int, end: int) -> re.Match | None:
    """The dateline opening line `number` (from 0): the one the reader found at the text's start, or one opening
    the line after the first where the text opens with none (a report's headline may stand before its dateline:
    "Gunmen kill 7 in Michoacan", then "MEXICO CITY (AP) -- ..."), with words after it on its line."""
    if number == 0 and article.dateline_end > start or number == 1 and not article.dateline_end:
        match = dateline_at(article.text, start)
        return match if match is not None and match.end() <= max(end, article.dateline_end) else None
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines, with surrounding white space trimmed."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + len(line) - len(line.lstrip())
            spans.append((start, start + len(stripped)))
    return spans


def line_kind(line: str) -> str:
    """'link', 'byline', 'heading' or 'body' for one line of an article."""
    stripped = line.strip()
    words = stripped.split()
    marks = plain_or_none(stripped)
    for kind, pattern, quick in _line_kinds():
        if may_contain(marks, quick) and pattern.search(stripped) and (kind != "byline" or len(words) <= BYLINE_MAX_WORDS):
            return kind
    if len(words) <= HEADING_MAX_WORDS and stripped[-1] not in SENTENCE_END and not BULLET.match(stripped):
        return "heading"
    return "body"


def _alone(kind: str, told: int) -> str:
    """A heading that is the whole report is its body: a headline sent alone (a feed item, a digest
    line, a user's one-line report) often has no full stop, and only body text gives events. `told`: the
    report's lines that tell anything (headings and body); a link or a byline beside the headline ("Read more:
    ...", "By ...") leaves it alone all the same."""
    return "body" if kind == "heading" and told == 1 else kind


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    bullet = BULLET.match(text, start, end)
    cursor = bullet.end() if bullet else start
    spans = []
    for match in BOUNDARY.finditer(text, cursor, end):
        if _is_abbreviation(text[cursor:match.start() + 1]):
            continue
        spans.append((cursor, match.end() - len(match.group()) + len(match.group().rstrip())))
        cursor = match.end()
    if cursor < end:
        spans.append((cursor, end))
    return spans


def _is_abbreviation(chunk: str) -> bool:
    """True when the full stop ending `chunk` belongs to an abbreviation or an initial."""
    if not chunk.endswith("."):
        return False
    # the last word: a search for it from the left tried every word of the chunk
    token = chunk.rsplit(None, 1)[-1].rstrip(".").lstrip("(\"“'").lower()
    return token in _abbreviations() or (len(token) == 1 and token.isalpha())
