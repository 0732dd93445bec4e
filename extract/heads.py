"""The few characters a regular expression's matches can begin with, read from the pattern itself.

A ground-floor helper: a step that tries a large pattern at many places (the date grammar at every
token near a trigger) can first look up the text there among these heads and skip the places no
match can start, or try only the parts of the pattern that can (`HeadIndex`). The heads are a superset: lookarounds are ignored, case is
ignored, and anything the reading does not follow (a class such as \\w) leaves the head open, so
skipping a place whose text starts with no head never loses a match. Only ASCII text is tested:
Unicode case folding lets some other characters match ASCII letters ("K", the Kelvin sign).
"""
from __future__ import annotations

import re
import re._constants as C  # the parser's op codes: the pattern's structure, which `re` does not expose
import re._parser as parser

Heads = set[tuple[str, bool]]  # (plain text a match can begin with, whether more of the pattern follows)
OPEN: Heads = {("", False)}  # anything may follow: a match can begin with any text
SMALL_CLASS = 64  # a class of more characters than this ([^...], \S) is read as "anything"
ASCII = [chr(code) for code in range(128)]
PLAIN = str.maketrans("123456789\t\n\r\f\v\x1c\x1d\x1e\x1f", "000000000" + " " * 9)
GATE_SIZE = 16   # strings a `gate` may hold
GATE_LENGTH = 8  # and their length at most
SEEN_LIMIT = 1 << 14  # plain heads a HeadIndex remembers (a few hundred occur in a news archive)
CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s", C.CATEGORY_WORD: r"\w"}


def heads(pattern: re.Pattern, length: int) -> frozenset[str]:
    """The beginnings (at most `length` characters, in `plain` form) of the pattern's matches on ASCII
    text: every match, made plain, starts with one of them. The empty string among them lets all pass."""
    return frozenset(text for text, _ in _sequence(list(parser.parse(pattern.pattern)), length))


class HeadIndex:
    """Which of several patterns can match at a place of a text, by their heads: a step that would try
    them all as one alternation (the date grammar's rules) tries only those, in their given order."""

    def __init__(self, patterns: dict[str, re.Pattern], length: int) -> None:
        self.length = length
        self.names = tuple(patterns)
        self._by_head: dict[str, set[str]] = {}
        for name, pattern in patterns.items():
            for head in heads(pattern, length):
                self._by_head.setdefault(head, set()).add(name)
        self._seen: dict[str, tuple[str, ...]] = {}  # plain text -> names: texts repeat the same few heads

    def lookahead(self) -> str:
        """A zero-width regular expression that holds exactly where `at` names a pattern: text that begins with
        one of the heads (case ignored on ASCII letters, any ASCII digit for "0", any of `plain`'s spaces for
        " "), or that is not ASCII within `length` characters. A scan in C finds those places."""
        return rf"(?={_trie(set(self._by_head))}|(?s:.{{0,{self.length - 1}}})[^\x00-\x7f])"

    def at(self, text: str, start: int) -> tuple[str, ...]:
        """The names of the patterns (in order) whose match can begin at `start`; all of them where the
        text there is not ASCII."""
        head = text[start:start + self.length]
        if not head.isascii():
            return self.names
        head = plain(head)
        if head not in self._seen:
            if len(self._seen) >= SEEN_LIMIT:
                self._seen.clear()
            found = set().union(*(self._by_head.get(head[:size], ()) for size in range(len(head) + 1)))
            self._seen[head] = tuple(name for name in self.names if name in found)
        return self._seen[head]


PLAIN_CLASSES = {"0": "[0-9]", " ": r"[ \t\n\r\f\v\x1c-\x1f]"}  # what `plain` makes a "0" and a " "


def _trie(heads: set[str]) -> str:
    """A regular expression for the ASCII texts that begin, once made `plain`, with one of the heads: one
    branch per first character, and so on (the engine tries a character once, not every head)."""
    if "" in heads:
        return ""
    firsts = sorted({head[0] for head in heads})
    branches = [_plain_regex(char) + _trie({head[1:] for head in heads if head[0] == char}) for char in firsts]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _plain_regex(char: str) -> str:
    """A regular expression for the ASCII characters that are `char` once made `plain`."""
    return PLAIN_CLASSES.get(char) or (f"[{char}{char.upper()}]" if char.isalpha() else re.escape(char))


def gate(pattern: re.Pattern, most: int = GATE_SIZE, length: int = GATE_LENGTH) -> re.Pattern | None:
    """A quick pattern over `plain` ASCII text that finds something in every text where `pattern` matches:
    its heads (at most `most`) as plain strings, which the scan skips to by their first letters, where
    `pattern` (case ignored, a word boundary first) is tried at every place. None: any text may match, or
    the pattern is anchored at the start (the scan tries it there only: nothing to spare)."""
    if _anchored(pattern):
        return None
    found = frozenset({""})
    for size in range(1, length + 1):
        longer = heads(pattern, size)
        if len(longer) > most:
            break
        found = longer
    return None if "" in found else re.compile("|".join(map(re.escape, sorted(found))))


def _anchored(pattern: re.Pattern) -> bool:
    items = list(parser.parse(pattern.pattern))
    return bool(items) and items[0] == (C.AT, C.AT_BEGINNING)


def may_contain(plain_text: str | None, quick: re.Pattern | None) -> bool:
    """Whether a text can hold a match of the pattern whose `gate` is `quick`. `plain_text`: the text made
    `plain`, or None where it is not ASCII (then it may hold anything)."""
    return plain_text is None or quick is None or quick.search(plain_text) is not None


def plain_or_none(text: str) -> str | None:
    """`plain(text)` for `may_contain`; None when the text is not ASCII."""
    return plain(text) if text.isascii() else None


def plain(text: str) -> str:
    """ASCII text lowercased, with every digit as 0 and every space as " ": fewer heads to hold."""
    return text.lower().translate(PLAIN)


def _sequence(items: list, length: int) -> Heads:
    """The heads of items matched one after another."""
    found: Heads = {("", True)}
    for op, av in items:
        # the item's heads are needed only as long as the shortest text before it leaves room for: a repeat
        # such as [a-z]+ read to the full length after "by " made hundreds of thousands of heads
        room = [length - len(text) for text, more in found if more and len(text) < length]
        found = _then(found, _item(op, av, max(room)) if room else set(), length)
    return found


def _then(first: Heads, second: Heads, length: int) -> Heads:
    """Heads of `first` followed by `second`, cut to `length`."""
    joined: Heads = set()
    for text, more in first:
        if not more or len(text) >= length:
            joined.add((text[:length], False))
            continue
        for tail, tail_more in second:
            whole = text + tail
            joined.add((whole[:length], tail_more and len(whole) < length))
    return joined


def _item(op, av, length: int) -> Heads:
    """The heads of one parsed item."""
    if op is C.LITERAL:
        return {(char, True) for char in _ascii_forms(chr(av))}
    if op is C.IN:
        chars = _class_chars(av)
        return {(char, True) for c in chars for char in _ascii_forms(c)} if chars is not None else OPEN
    if op is C.SUBPATTERN:
        return _sequence(list(av[3]), length)
    if op is C.BRANCH:
        return {head for branch in av[1] for head in _sequence(list(branch), length)}
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return _repeat(av[0], av[1], _sequence(list(av[2]), length), length)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {("", True)}  # zero width: ignoring the condition only lets more places pass
    return OPEN


def _repeat(low: int, high: int, body: Heads, length: int) -> Heads:
    """Heads of `body` repeated low to high times; past `length` + 1 repeats nothing new can begin."""
    found: Heads = {("", True)} if low == 0 else set()
    current: Heads = {("", True)}
    for count in range(1, min(high, max(low, length + 1)) + 1):
        current = _then(current, body, length)
        if count >= low:
            found |= current
    return found


def _class_chars(av) -> set[str] | None:
    """The characters of a small character class (of classes such as \\d, their ASCII ones), or None."""
    chars: set[str] = set()
    for op, value in av:
        if op is C.LITERAL:
            chars.add(chr(value))
        elif op is C.RANGE and value[1] - value[0] < SMALL_CLASS:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        elif op is C.CATEGORY and value in CATEGORIES:
            chars.update(c for c in ASCII if re.fullmatch(CATEGORIES[value], c))
        else:
            return None
    return chars if len(chars) <= SMALL_CLASS else None


def _ascii_forms(char: str) -> set[str]:
    """The lowercased ASCII characters that `char` can match, case ignored (none: it matches only other text)."""
    if char.isascii():
        return {plain(char)}
    return {plain(c) for c in ASCII if re.fullmatch(re.escape(char), c, re.IGNORECASE)}
