"""Where the words next to a position in a sentence stop: at a pause (a comma, colon, full stop or bracket)
or at the start of another clause. The steps that read a trigger's neighbours (triggers, hedges, the
sub-type rules, the event's place) share these. Reads no table."""
from __future__ import annotations

import re

WORDS = re.compile(r"[\w'’-]+")  # a word, with its apostrophes and hyphens
PAUSE = re.compile(r"[,;:.()]")  # marks that end the words next to a trigger
# an aside in brackets right after a name: its other spelling or its region ("Lviv (Lvov)", "Valencia (Carabobo)")
BRACKETED_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")
# an auxiliary of the passive just before a participle, an adverb between ("are seized", "has been partly burned")
PASSIVE_AUX = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:been|were|are|was|is|being)\s+(?:[\w-]+ly\s+)?$", re.I)
AUXILIARY = r"(?:was|were|is|are|(?:had|have|has)\s+been)"  # a passive's finite auxiliary, for patterns that embed one
AUX_REACH = 30  # characters before a violent word in which its passive auxiliary stands ("were reportedly killed")
# between a trigger and a place, the start of another clause ("raids on Douentza, and further strikes near Kidal")
CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\b")
AFTER_REACH = 40  # characters after a trigger in which the words right after it are looked for


def pause_before(text: str, start: int, at: int) -> int:
    """Where the words right before `at` begin: after the last comma, colon, full stop or bracket in
    [start, at), since a word beyond one is no neighbour ("police said, a riot": "said" is not "riot")."""
    last = None
    for last in PAUSE.finditer(text, start, at):
        pass
    return last.end() if last else start


def pause_after(text: str, at: int, end: int) -> int:
    """Where the words right after `at` end: at the first pause in [at, end) ("a riot, police said")."""
    pause = PAUSE.search(text, at, end)
    return pause.start() if pause else end


def passive_aux(text: str, start: int, at: int) -> re.Match | None:
    """The passive's auxiliary right before the word at `at`, not before `start` ("was attacked", "has reportedly
    been killed"): its subject was hit, the doer follows."""
    return PASSIVE_AUX.search(text, max(start, at - AUX_REACH), at)
