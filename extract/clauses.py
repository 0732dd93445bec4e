"""A sentence as the clauses its events are read from: one clause gives one event a type, so a clause told
as what the event answers ("in response to rockets fired from Syria"; the violent deed a protest followed; a deed
of another kind a named side did "after"), a
relative clause telling of a violent deed ("Konna, whose capture by rebels ...") and a coordinated clause telling
of another event of a kind the first tells of are clauses of their own.

Tables read: crowds.txt (a crowd named in the deed a protest followed: the same protest); the triggers' through
`triggers.py`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .actors import Actor
from .models import Sentence
from .pauses import CLAUSE_BREAK
from .phrases import case_blind, list_pattern
from .tolls import fatalities
from .triggers import Trigger, find_triggers
from .typer.words import may_have_cue
from .vocabulary import ARMED_CLASH, ARRESTS, FATAL_TYPES, PROTESTS, RIOTS

# a joint of contrast between two clauses that each tell their own act ("shelling kills one in Donetsk while five
# soldiers die in heavy fighting", "troops clash with rebels whereas jets bomb the town"): each side's event is its
# own, of any kind
CONTRAST = case_blind(r",?\s+(?:while|whereas)\s+")
AFTER = case_blind(r"\s(?:after|following)\s")  # what a protest followed: "protest in Gao after soldiers shot"
CROWD_TYPES = (PROTESTS, RIOTS)
# a deed after "after" that is told, not reported: in a relative clause, by a report, a trial or a funeral, or in a
# year named ("after the release of jihadists who killed five", "after a report said soldiers killed 30 in 2019")
NOT_REPORTED = case_blind(r"\b(?:who|whom|which|that|said|says|report|reports|reported|trial|release|funeral|bodies"
                          r"|anniversary|court|acquit\w*|convict\w*|sentenc\w*|(?:19|20)\d\d)\b")
ELSEWHERE = re.compile(r"\b(?:in|near|at|outside|around)\s+(?-i:[A-Z])")  # a place named: "clashes in Gao"
AND_JOINT = re.compile(r",\s+and", re.I)
# the words between ", and" and the next trigger when they are a subject of its own: a side named anew ("..., and Somali
# troops clash with the militants outside Afgooye"), not the same doer's next deed ("and then kill", "and also"), a
# pronoun, the same side named again ("and the gunmen fled"), a count of the dead of the same deed ("and three
# soldiers die") or a time
NEW_SUBJECT = re.compile(r"\s+(?!(?:then|later|also|subsequently|they|he|she|it|we|some|several|many|dozens|hundreds|"
                         r"scores|others?|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|at|on|in|by|"
                         r"the\s+(?:gunmen|militants|attackers|assailants|rebels|fighters|insurgents|jihadists|group|"
                         r"protesters|demonstrators|crowd|mob))\b)(?:[\w'’-]+\s+){1,5}", re.I)
OWN_PLACE = re.compile(r"\b(?:in|near|at|outside|around)\s+(?:the\s+)?(?-i:[A-Z])")  # also "in the Cibitoke quarter"
CROWD_AGAIN = case_blind(r"\b(?:the\s+crowds?|them)\b")  # the protest's crowd named again after "after"
# a deed after "after" whose doer is the crowd itself: a pronoun or a participle with no subject ("held after
# they stormed a stand", "after attacking a police post"): the crowd's own deed, read with it
SAME_DOER = re.compile(r"(?:they|he|she|it|we|some\s+of\s+them|\w+ing)\b", re.I)
# a named side as the subject after "after": a capitalised name, not a month, a day or a determiner ("after Hezbollah
# fires", "after Russian troops shelled"; not "after a raid", "after Monday's attack", "after March")
NAMED_DOER = re.compile(r"(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|January|February|March|April|May|"
                        r"June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
                        r"Friday|Saturday|Sunday|Last|Days|Weeks|Months|Years)\b)[A-Z][\w'’-]*\s+[\w'’-]+")
# a fight or a killing before "after" and a deed after it are most often one engagement told twice ("troops kill ten
# militants after the militants attacked a base"): no split
ONE_FIGHT = frozenset({"Attack", "Armed clash"})
RESPONSE_CUE = case_blind(r"\b(?:in (?:response|reply|retaliation) (?:to|for)|in revenge for|to avenge)\b")
# what an arrest is made over: "over", "in connection with", "in relation to their involvement in", "for" (not "in",
# which tells where or during what: "arrested five militants in the clashes in Arish")
ARREST_REASON = re.compile(r"\s(?:over|for|in (?:connection|relation) (?:with|to)|linked to)"
                           r"(?:\s+(?:their|his|her|its)\s+(?:(?:suspected|alleged)\s+)?"
                           r"(?:involvement|role|part)\s+in)?"
                           r"(?=\s)", re.I)
# a deed answered that is reported all the same: its own toll in a relative clause ("the attack on a checkpoint that
# killed four soldiers"), or a toll told after it that may be the answer's (", killing seven soldiers")
OWN_TOLL = re.compile(r"\b(?:that|which)\s+(?:killed|left|wounded)\b|,\s*(?:killing|leaving)\b", re.I)
DEED_REACH = 60  # characters from a reason's definite word to its deed's word ("the Istanbul Ataturk Airport ...")
PHRASE_BREAK = re.compile(r"[,;:]|\b(?:after|who|which|that|when|as|over|during|in|at|near|on|for|from|with)\b", re.I)
# what a definite name of a deed opens with: "the", a possessive pronoun, or a name or time in the possessive
KNOWN_DEED = re.compile(r"\s*(?:the|its|their|his|her|(?:[\w-]+\s+){0,3}?[\w-]+['’]s)\s", re.I)
TIME_OF_ACT = re.compile(r"\w+ing\b", re.I)  # "while repelling", "while being", "while participating"
# what keeps a clause after "while" part of the first act: more of it ("also", the hurt beside the dead, a toll told
# after both: ", killing 12"), or the scene it happened in ("while shoppers were buying food", "tried to flee")
NAME = re.compile(r"\b(?-i:[A-Z])")  # a capitalised word: a place or a side of its own
ANOTHER = re.compile(r"\s*(?:another|a\s+(?:second|third)|others?)\b", re.I)  # "while another officer was kidnapped"
CROWD_SUBJECT = re.compile(r"\s*(?:the\s+)?(?:protesters|protestors|demonstrators|rioters|crowds?|marchers)\b", re.I)
SAME_ACT = re.compile(r"\b(?:also|injured|wounded|hurt)\b|,\s*(?:killing|leaving|wounding|injuring)\b"
                      r"|\bin\s+the\s+(?:clash(?:es)?|fighting|attack|ambush|battle|raid)\b"
                      r"|\b(?:was|were|is|are)\s+\w+ing\b|\b(?:tried|trying|tries|attempted|attempting)\s+to\b", re.I)
WHOSE_CLAUSE = re.compile(r"\bwhose\b[^,;:]*", re.I)  # "the town whose capture by rebels ... set off the war"


@dataclass(frozen=True)
class Clause:
    """A clause text[start:end] of `sentence` and what the steps that type its triggers read: the sentences
    either side (`around`: before, after; None at the article's ends), its rule triggers, its actors and
    the actors the article's clauses before it named (`named_before`: the sides its report is about)."""

    text: str
    start: int
    end: int
    sentence: Sentence
    around: tuple[Sentence | None, Sentence | None]
    triggers: tuple[Trigger, ...]
    actors: tuple[Actor, ...]
    named_before: tuple[Actor, ...] = ()

    @cached_property
    def words(self) -> str:
        """The clause's own text."""
        return self.text[self.start:self.end]


def clauses_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence text[start:end] as its main clause and, apart, a clause told as what the event answers
    ("in response to rockets fired from Syria", "In retaliation for a rocket attack on Israel, ..."): up to
    the first comma when it opens the sentence, else to the sentence's end; and a relative clause of whose
    deed ("Konna, whose capture by rebels a week ago set off the intervention"), to the next comma, where
    that deed is violent (`_whose_apart`); and a coordinated clause telling of another event of a kind the
    first tells of, or of any kind after "while" (`_same_kind_apart`). One span when there is none."""
    return [part for clause in _answered(text, *_arrest_without_reason(text, start, end))
            for whole in _whose_apart(text, *clause) for part in _same_kind_apart(text, *whole)]


def _answered(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The main clause and the clause told as what the event answers (see `clauses_of`); only the main clause when
    the deed answered is named as one the reader knows (`_told_before`) and told with no toll (`OWN_TOLL`). With no
    such cue, a deed of another kind a named side did "after" (`_deed_after`) or a protest's deed (`_protest_after`)
    is a clause of its own."""
    cue = RESPONSE_CUE.search(text, start, end)
    if cue is None:
        joint = _deed_after(text, start, end)
        return _protest_after(text, start, end) if joint is None else [(start, joint), (joint, end)]
    if not text[start:cue.start()].strip():
        comma = text.find(",", cue.end(), end)
        known = _told_before(text, cue.end()) and not OWN_TOLL.search(text, cue.end(), comma if comma != -1 else end)
        return ([(comma + 1, end)] if known else [(start, comma), (comma + 1, end)]) if comma != -1 else [(start, end)]
    known = _told_before(text, cue.end()) and not OWN_TOLL.search(text, cue.end(), end)
    return [(start, cue.start())] if known else [(start, cue.start()), (cue.start(), end)]


def _protest_after(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A crowd's protest and, apart, the violent deed it followed ("residents protest in Gao after jihadists killed
    five villagers", "students marched after clashes in Gao left ten dead"): each its own event (LABELLING.md: one
    event per distinct event the text tells), where the crowd's clause would take the deed as its own (a riot with
    the deed's toll) or drop it beside its surer protest. The whole clause when there is no such pair."""
    joint = AFTER.search(text, start, end)
    if joint is None or SAME_DOER.match(text, joint.end()) or NOT_REPORTED.search(text, joint.end(), end) \
            or list_pattern("crowds.txt").search(text, joint.end(), end) is not None \
            or CROWD_AGAIN.search(text, joint.end(), end) is not None:
        return [(start, end)]  # the crowd named again is force on the same protest ("after police fired on the crowd")
    before = find_triggers(text, start, joint.start())
    if not any(t.event_type in CROWD_TYPES for t in before) or any(t.event_type in FATAL_TYPES for t in before):
        return [(start, end)]
    deeds = [t for t in find_triggers(text, joint.end(), end) if t.event_type in FATAL_TYPES]
    if deeds and all(t.sub_event_type == ARMED_CLASH for t in deeds) and not ELSEWHERE.search(text, joint.end(), end):
        return [(start, end)]  # "tear gas at protesters after clashes": the crowd's own clash, where it was
    violent = bool(deeds) or bool(fatalities(text[joint.end():end]))  # "after jihadists killed five": deaths
    return [(start, joint.start()), (joint.start(), end)] if violent else [(start, end)]


def _deed_after(text: str, start: int, end: int) -> int | None:
    """Where a deed of violence of another sub-type, done by a side named after "after", starts ("Israeli jets strike
    southern Lebanon after Hezbollah fires rockets at the Galilee"): each its own event (LABELLING.md: one event per
    distinct event the text tells), where one clause would give both one type. None when there is no such pair: the
    deed after "after" told, not reported (`NOT_REPORTED`), done by the same doer (`SAME_DOER`), or named by a noun
    ("after heavy fighting", "after an attack on the base": the cause of the first, told with it), or after a fight
    or a killing (`ONE_FIGHT`)."""
    joint = AFTER.search(text, start, end)
    if joint is None or not NAMED_DOER.match(text, joint.end()) or SAME_DOER.match(text, joint.end()) \
            or NOT_REPORTED.search(text, joint.end(), end):
        return None
    before = {t.sub_event_type for t in find_triggers(text, start, joint.start())}
    after = {t.sub_event_type for t in find_triggers(text, joint.end(), end) if t.event_type in FATAL_TYPES}
    return joint.start() if before and after and before.isdisjoint(after) and before.isdisjoint(ONE_FIGHT) else None


def _arrest_without_reason(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause up to what its arrest was made over when that is a deed named as one the reader knows ("arrest
    nine people over the recent bombings in Beirut", "in connection with the airport attack"): the arrest is the
    news, the deed was told before. Otherwise the whole clause ("arrested after an attempted bombing", "arrested
    in the capital after they attacked a church")."""
    if text.find("rrest", start, end) < 0 and text.find("etain", start, end) < 0:
        return start, end  # no arrest word: the trigger search below is dear
    triggers = find_triggers(text, start, end)
    arrest = next((t for t in triggers if t.sub_event_type == ARRESTS), None)
    if arrest is None:
        return start, end
    deeds = [t.start for t in triggers if t.start > arrest.end and t.sub_event_type != ARRESTS]
    for reason in ARREST_REASON.finditer(text, arrest.end, end):
        if _told_before(text, reason.end()) and any(_one_phrase(text, reason.end(), at) for at in deeds):
            return start, reason.start()
    return start, end


def _one_phrase(text: str, start: int, at: int) -> bool:
    """Whether a deed's word at `at` ends the noun phrase opened at `start` ("the recent Beirut bombings"): near it,
    with no comma nor the start of a clause of its own between."""
    return 0 <= at - start <= DEED_REACH and PHRASE_BREAK.search(text, start, at) is None


def _told_before(text: str, at: int) -> bool:
    """Whether the deed answered, named from text[at:], is one told before: a definite name ("in response to the
    execution of ...", "last week's attack on ...", "Saudi Arabia's execution of ...") refers to a known event,
    where an indefinite one ("a rocket attack on the base", "twin bombings three days ago") reports it."""
    return KNOWN_DEED.match(text, at) is not None


def _same_kind_apart(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clause split where a coordinated clause tells of another event of a kind the first tells of ("air
    raids early in the day, and further strikes were reported later near Kidal"), or of any kind after a joint of
    contrast (`CONTRAST`: "... while five soldiers die in heavy fighting", see `_apart`): one clause gives one
    event a type, so each of the two is a clause of its own."""
    joints = sorted([*CLAUSE_BREAK.finditer(text, start, end), *CONTRAST.finditer(text, start, end)],
                    key=lambda m: m.start())
    triggers = find_triggers(text, start, end) if joints else []  # the triggers once, only past a joint
    for joint in joints:
        if _apart(text, start, end, joint, triggers):
            return [(start, joint.start()), (joint.end(), end)]
    return [(start, end)]


def _apart(text: str, start: int, end: int, joint: re.Match, triggers: list[Trigger]) -> bool:
    """Whether the clauses either side of `joint` are typed apart: after "while", a clause of its own with an event
    word on each side, whether or not a trigger fired there ("killed by a bomb while three soldiers die in
    fighting"); after another joint, triggers of one kind on both sides; after ", and" also triggers of two kinds,
    where a subject of its own stands before the next trigger (`NEW_SUBJECT`: "a drone kills a commander near Jilib,
    and Somali troops clash with the militants outside Afgooye"; not the same side's next deed, nor "and three
    soldiers die") and the clause after it names a place of its own (`OWN_PLACE`), and not more of the same."""
    if CONTRAST.fullmatch(joint.group()):
        return _own_clause(text, joint.end(), end, start) and may_have_cue(text, start, joint.start()) \
            and may_have_cue(text, joint.end(), end)
    before = {t.event_type for t in triggers if t.end <= joint.start()}
    if not before.isdisjoint(t.event_type for t in triggers if t.start >= joint.end()):
        return True
    if not before or ANOTHER.match(text, joint.end(), end) is not None \
            or OWN_PLACE.search(text, joint.end(), end) is None:
        return False
    after = next((t for t in triggers if t.start >= joint.end()), None)
    return AND_JOINT.fullmatch(joint.group()) is not None and after is not None \
        and NEW_SUBJECT.fullmatch(text, joint.end(), after.start) is not None


def _own_clause(text: str, start: int, end: int, first: int) -> bool:
    """Whether text[start:end], after "while" (its clause's start at `first`), tells an act of its own: not the same
    act's time ("killed while repelling an attack"), more of the same act ("... while four police are also killed",
    "while dozens were injured", "while another officer was kidnapped", "while three soldiers died in the clash", a
    toll after both) nor its scene ("while shoppers were buying food", "while passengers tried to flee"), nor the
    other side of one protest where the after-clause names no place of its own ("police fired tear gas while
    protesters burned tyres", "protesters marched while police fired tear gas")."""
    crowd = CROWD_SUBJECT.match(text, start, end) or CROWD_SUBJECT.match(text, first, start)
    return TIME_OF_ACT.match(text, start, end) is None and ANOTHER.match(text, start, end) is None \
        and SAME_ACT.search(text, start, end) is None and not (crowd and NAME.search(text, start, end) is None)


def _whose_apart(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clause with a relative clause of "whose" set apart (before it, it, after it) when that clause tells
    of a violent deed ("Troops retook Konna, whose capture by rebels a week ago ..."), an event of its own
    (one clause gives one event a type). Otherwise one clause, typed whole ("a diplomat whose arrest sparked
    a row is indicted" is about the row)."""
    whose = WHOSE_CLAUSE.search(text, start, end) if text.find("hose ", start, end) >= 0 else None
    if whose is None:
        return [(start, end)]
    parts = [(start, whose.start()), (whose.start(), whose.end()), (whose.end(), end)]
    return parts if any(t.event_type in FATAL_TYPES for t in find_triggers(text, *parts[1])) else [(start, end)]
