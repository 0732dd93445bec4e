"""Whether a violent reading tells no violence: an accident or a disaster ("a helicopter crashes", "a bus
collides with a truck", "avalanches bury an army post", "a gas explosion") with no word of an attack nor an
armed group, or a weapon fired at nothing (a missile test, a launch into the sea, warning shots) with no
deaths. ACLED codes neither (LABELLING.md: no natural disasters, no accidents).

Tables read: accident_cues.txt, attack_cues.txt, weapon_tests.txt.
"""
from __future__ import annotations

from .actors import ARMED, Actor
from .models import Sentence
from .phrases import list_pattern
from .tolls import fatalities
from .triggers import Trigger

VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")
REMOTE = "Explosions/Remote violence"
AIMLESS_TYPES = ("Battles", REMOTE)  # the types of shots and launches that may hit nothing


def no_violence(trigger: Trigger, text: str, clause: tuple[int, int], sentence: Sentence,
                following: Sentence | None, actors: list[Actor]) -> bool:
    """Whether the violent event `trigger` reads in `clause` of `sentence` is an accident, a disaster or a
    weapon fired at nothing. The sentence after it counts only for an explosion, whose cause a report often
    gives next ("An explosion kills two. A gas leak is suspected.")."""
    if trigger.event_type not in VIOLENT_TYPES or _attack_named(text, sentence, actors):
        return False
    explained = following if trigger.event_type == REMOTE else None
    return _accident(text, clause, explained) or (
        trigger.event_type in AIMLESS_TYPES and _aimless(text, clause))


def _attack_named(text: str, sentence: Sentence, actors: list[Actor]) -> bool:
    """Whether the sentence names an attack (`attack_cues.txt`: "shot down", "a bomb") or an armed group."""
    return any(a.kind == ARMED for a in actors) \
        or list_pattern("attack_cues.txt").search(text, sentence.start, sentence.end) is not None


def _accident(text: str, clause: tuple[int, int], explained: Sentence | None) -> bool:
    """Whether the clause, or the sentence that explains it, tells an accident or a disaster."""
    cues = list_pattern("accident_cues.txt")
    return cues.search(text, *clause) is not None or (
        explained is not None and cues.search(text, explained.start, explained.end) is not None
        and list_pattern("attack_cues.txt").search(text, explained.start, explained.end) is None)


def _aimless(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause tells a weapon fired at nothing (`weapon_tests.txt`: a test, a launch into the sea,
    warning shots) and no deaths: a missile that kills was aimed at someone."""
    return list_pattern("weapon_tests.txt").search(text, *clause) is not None and not fatalities(text[clause[0]:clause[1]])
