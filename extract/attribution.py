"""Who the article says acted: the named group or force behind an event's generic actor, and the
nationality of its civilians.

A sentence often names its sides with common nouns ("the gunmen", "the troops", "Islamist fighters")
where the article names the group or force elsewhere; ACLED's coders attribute an event to a named group
when the report does. So, reading the whole article, an event's unidentified armed group becomes:
1. the named group the article says holds the event's place ("MUJAO, which has run the town",
   `control_cues.txt`): a tie to the place wins;
2. else the one named group of the sentences just before the event's in its paragraph (the event's own
   sentence has had its say: a group it names but does not make a side is no side, "a police officer
   known for pursuing Taliban militants");
3. else, where a generic armed noun stands in the event's sentence, the group the article says its
   unnamed men are ("the attackers belonged to ...", `identity_cues.txt`), or, at the article's own town,
   the group it says led the story's band ("the column was commanded by Abou Zeid, a leader of AQIM");
4. else the one named group of the article's violent events at the same place.
Before these, an event whose sentence names no attacker at all ("at least 11 people were executed")
takes the named attacker of an event of its sub-type in the sentence just before ("soldiers carried out
summary executions"): the same story told on. A clash with an armed group and nobody on the other side
takes the one state force the sentences just before in its paragraph name.
Two or more candidates and no tie leave the group unidentified. State forces named by a generic noun
("the soldiers") are the forces of the one country the sentences just before name. Civilians take their
stated nationality (`civilian_nouns.txt`), or "International" when foreign or of several nationalities
(`foreign_civilians.txt`, with ACLED's convention).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from typing import TYPE_CHECKING

from . import tables
from .actors import (ARMED, GOVERNMENT_FORCES, STATE, UNIDENTIFIED, UNIDENTIFIED_GROUP, Actor, ActorFinder,
                     acled_country, acled_names, described, names_civilians)
from .models import Event
from .names import fold
from .phrases import alternation, table_lines
from .vocabulary import ARMED_CLASH, FATAL_TYPES

if TYPE_CHECKING:  # only for annotations: events imports this module
    from .events import Context

ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
CLAUSE_BREAK = re.compile(r"[;.]|,\s+(?:while|whereas|but|and)\b", re.I)
# what may stand between a verb of holding and the town held: its object follows at once ("ruled Gao", "has run
# the town of Gao"), so "ran from Gao" or "controls the roads to Gao" tie no group to it
HELD_OBJECT = re.compile(r"\s+(?:(?:the|all\s+of|most\s+of)\s+)?(?:(?:town|city|village|region)\s+of\s+)?", re.I)
SAME_TOWN = re.compile(r"\s+(?:the\s+(?:town|city|village)|it)\b", re.I)
# a noun pointing back to a band told of before, right before a cue of who led it: "the column was led by"
LEADER_OF = re.compile(r"\bthe\s+[\w-]+\s+$", re.I)
WINDOW = 2  # sentences before the event's own, in its paragraph, whose named groups it may take
CIVILIANS = "Civilians ("
INTERNATIONAL = "Civilians (International)"
NATIONALITY = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
# before a nationality used as a noun: "an Algerian", "two Britons"
COUNT_BEFORE = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$", re.I)
# after a nationality used as a noun ("an Algerian, ...", "two Britons were ..."), not as an adjective
NOUN_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:and|or|were|was|who|near|in|at|on|from)\b)")


@dataclass
class Reading:
    """The article as attribution reads it: each sentence's actors, found once and only when asked."""

    ctx: Context
    finder: ActorFinder
    _actors: dict[int, list[Actor]] = field(default_factory=dict)
    _groups: dict[int, set[str]] = field(default_factory=dict)
    _cues: dict[str, list[tuple[int, re.Match]]] = field(default_factory=dict)
    ties: dict[int, str | None] = field(default_factory=dict)  # geonameid -> the group holding it (`_tied`)

    def actors(self, index: int) -> list[Actor]:
        """The actors of sentence `index`."""
        if index not in self._actors:
            sentence = self.ctx.sentences[index]
            self._actors[index] = self.finder.find(self.ctx.article.text, sentence.start, sentence.end, self.ctx.home)
        return self._actors[index]

    def groups(self, index: int) -> set[str]:
        """The named armed groups sentence `index` names, but not inside a description of a place or person
        ("Kidal, the home ground of Ansar Dine's leader"). Always from the sentence's whole actor reading
        (`actors`, shared with the event step), so the answer does not depend on which step read it first."""
        if index not in self._groups:
            found = [a for a in self.actors(index) if a.kind == ARMED and a.specific]
            self._groups[index] = {a.name for a in found if not described(self.ctx.article.text, a)}
        return self._groups[index]

    @cached_property
    def body(self) -> list[int]:
        """The indexes of the article's body sentences."""
        return [i for i, s in enumerate(self.ctx.sentences) if s.kind == "body"]

    @cached_property
    def identities(self) -> set[str]:
        """The named groups the article says its generic armed men belong to (`_identity`)."""
        return {g for i, cue in self.cues("identity_cues.txt") for g in _identity(self, i, cue)}

    @cached_property
    def leaders(self) -> set[str]:
        """The named groups the article says led its story's band (`_leader`)."""
        return {g for i, cue in self.cues("identity_cues.txt") for g in _leader(self, i, cue)}

    @cached_property
    def lowered(self) -> str:
        """The article's text with A-Z in lower case, offsets unchanged: a case-sensitive scan of it is several
        times faster than a case-insensitive one of the text."""
        return self.ctx.article.text.translate(ASCII_LOWER)

    def cues(self, table: str) -> list[tuple[int, re.Match]]:
        """(body sentence index, match) of every phrase of a cue table in the article: one scan of its text."""
        if table not in self._cues:
            starts = [s.start for s in self.ctx.sentences]
            found = ((bisect_right(starts, m.start()) - 1, m) for m in _lowercase_pattern(table).finditer(self.lowered))
            self._cues[table] = [(i, m) for i, m in found if i >= 0 and self.ctx.sentences[i].kind == "body"
                                 and m.end() <= self.ctx.sentences[i].end]  # not run on into the next line
        return self._cues[table]


def attribute(ctx: Context, events: list[Event], finder: ActorFinder) -> list[Event]:
    """The article's events with generic actors named from the article and civilians by nationality."""
    ours = finder.military_of(ctx.home) if ctx.home else None
    if not any(_generic_side(e) or CIVILIANS in e.actor1 + e.actor2 or ours in (e.actor1, e.actor2) for e in events):
        return events  # most articles: nothing to read again
    reading = Reading(ctx, finder)
    index = {s.start: i for i, s in enumerate(ctx.sentences)}
    found = [_told_before(reading, index, events, e) for e in events]
    found = [_named(reading, index[e.char_start], e) if e.char_start in index else e for e in found]
    found = [_by_place(found, e) for e in found]
    return [_civilians(reading, index.get(e.char_start), e) for e in found]


def _generic_side(event: Event) -> bool:
    """Whether a side of the event is an unidentified armed group."""
    return any(a.startswith(UNIDENTIFIED_GROUP) for a in (event.actor1, event.actor2))


def _named(reading: Reading, index: int, event: Event) -> Event:
    """The event with its unidentified armed group and its generic state forces named (rules 1-3)."""
    group = None
    if _generic_side(event):
        group = _tied(reading, event) or _one(_near_groups(reading, index)) or _identified(reading, index, event)
    forces = _forces(reading, index, event)
    return _other_side(reading, index, _renamed(event, group, forces))


def _told_before(reading: Reading, index: dict[int, int], events: list[Event], event: Event) -> Event:
    """The event with the named attacker of an event of its sub-type in the body sentence just before (no
    heading between), where its own sentence names no attacker at all."""
    at = index.get(event.char_start)
    if at is None or not event.actor1.startswith(UNIDENTIFIED_GROUP) \
            or any(a.kind == ARMED for a in reading.actors(at)):
        return event
    before = at - 1
    if before < 0 or reading.ctx.sentences[before].kind != "body":
        return event
    start = reading.ctx.sentences[before].start
    attackers = {e.actor1 for e in events if e.char_start == start and e.sub_event_type == event.sub_event_type
                 and e.actor1 and not e.actor1.startswith(UNIDENTIFIED_GROUP) and e.actor1 != event.actor2}
    attacker = _one(attackers)
    return replace(event, actor1=attacker) if attacker else event


def _other_side(reading: Reading, index: int, event: Event) -> Event:
    """A clash of a named armed group with nobody named against it: the one state force of the `WINDOW`
    sentences before it in its paragraph ("Fighters of MUJAO crossed the river, citing the Malian army. The
    shooting began at 2 p.m.")."""
    if event.sub_event_type != ARMED_CLASH or event.actor2 or event.actor1 not in _named_groups():
        return event
    forces = _one({a.name for i in _paragraph_window(reading, index) if i != index
                   for a in reading.actors(i) if a.kind == STATE and a.specific})
    return replace(event, actor2=forces) if forces else event


def _renamed(event: Event, group: str | None, forces: tuple[str, str] | None) -> Event:
    """The event with the unidentified group named `group` and the forces `forces[0]` renamed `forces[1]`."""
    if group in (event.actor1, event.actor2):
        group = None  # the group is the event's other side already ("ISIL militants are killed in an attack")

    def name(actor: str) -> str:
        if group and actor.startswith(UNIDENTIFIED_GROUP):
            return group
        return forces[1] if forces and actor == forces[0] else actor
    actor1, actor2 = name(event.actor1), name(event.actor2)
    if (actor1, actor2) == (event.actor1, event.actor2):
        return event
    if actor2 == actor1:  # the side acted on was the actor itself under a generic noun: nobody named it
        actor2 = _unnamed_against(event, actor1) if forces and actor1 == forces[1] else ""
    return replace(event, actor1=actor1, actor2=actor2)


def _unnamed_against(event: Event, forces: str) -> str:
    """ACLED's name of the side a state's forces acted on when nobody names it (`unnamed_actors.csv`)."""
    country = acled_country(event.place.country_code) if event.place else ""
    return acled_names(event.event_type, event.sub_event_type, Actor(forces, STATE, 0, 0, True), None, country)[1]


def _one(names: set[str]) -> str | None:
    """The one name of a set of candidates; none when there are two or more."""
    return next(iter(names)) if len(names) == 1 else None


def _tied(reading: Reading, event: Event) -> str | None:
    """The one named group the article says holds the event's town: a phrase of `control_cues.txt` between the
    group and the town in one clause ("MUJAO had ruled Gao", "Kidal was the seat of Ansar Dine", "MUJAO, which
    has run the town" in a sentence that names the town)."""
    place = event.place
    if place is None or place.is_country:
        return None
    if place.geonameid not in reading.ties:
        reading.ties[place.geonameid] = _holder(reading, place.geonameid)
    return reading.ties[place.geonameid]


def _holder(reading: Reading, geonameid: int) -> str | None:
    """The one named group that the article's control phrases tie to the town `geonameid`."""
    groups: set[str] = set()
    for i, cue in reading.cues("control_cues.txt"):
        towns = [t for t in reading.ctx.toponyms_in(i) if not t.place.is_country]
        if any(t.place.geonameid == geonameid for t in towns):
            groups |= _holder_of(reading, i, cue, towns, geonameid)
    return _one(groups)


def _holder_of(reading: Reading, index: int, cue: re.Match, towns: list, geonameid: int) -> set[str]:
    """The group a control phrase says holds the town `geonameid`: the nearest group and the nearest town (or
    "the town", "it") on either side of the phrase, with no clause break between."""
    text = reading.ctx.article.text
    sentence = reading.ctx.sentences[index]
    groups = reading.finder.named_groups(text, sentence.start, sentence.end)  # "the seat of X" counts here
    before = [g for g in groups if g.end <= cue.start() and not CLAUSE_BREAK.search(text, g.end, cue.start())]
    after = [g for g in groups if g.start >= cue.end() and not CLAUSE_BREAK.search(text, cue.end(), g.start)]
    town_after = next((t for t in towns if t.start >= cue.end()), None)
    town_before = [t for t in towns if t.end <= cue.start()]
    if before and (SAME_TOWN.match(text, cue.end()) or
                   (town_after is not None and HELD_OBJECT.fullmatch(text, cue.end(), town_after.start)
                    and town_after.place.geonameid == geonameid)):
        return {before[-1].name}  # "MUJAO had ruled Gao", "MUJAO, which has run the town"
    if after and town_before and town_before[-1].place.geonameid == geonameid \
            and not CLAUSE_BREAK.search(text, town_before[-1].end, cue.start()):
        return {after[0].name}  # "Kidal was the seat of Ansar Dine", "Gao, held by MUJAO"
    return set()


def _near_groups(reading: Reading, index: int) -> set[str]:
    """The named groups of the `WINDOW` body sentences before the event's in its paragraph."""
    return {g for i in _paragraph_window(reading, index) if i != index for g in reading.groups(i)}


def _paragraph_window(reading: Reading, index: int) -> list[int]:
    """Sentence `index` and the `WINDOW` body sentences before it in its paragraph."""
    sentences = reading.ctx.sentences
    return [i for i in range(max(0, index - WINDOW), index + 1)
            if sentences[i].paragraph == sentences[index].paragraph and sentences[i].kind == "body"]


def _identified(reading: Reading, index: int, event: Event) -> str | None:
    """For a generic armed noun in the event's sentence: the group the article says the unnamed men are
    ("the attackers belonged to ..."); at the article's own town, the group that led its story's band."""
    if not any(a.kind == ARMED and a.generic for a in reading.actors(index)):
        return None
    focus = reading.ctx.focus
    at_focus = focus is not None and event.place is not None and event.place.geonameid == focus.place.geonameid
    return _one(reading.identities) or (_one(reading.leaders) if at_focus else None)


def _identity(reading: Reading, index: int, cue: re.Match) -> set[str]:
    """The named groups a sentence says its generic armed men belong to: a generic armed noun, then a phrase
    of `identity_cues.txt` (`cue`), then the groups named after it."""
    actors = reading.actors(index)
    if not any(a.kind == ARMED and a.generic and a.end <= cue.start() for a in actors):
        return set()
    return _named_after(actors, cue)


def _leader(reading: Reading, index: int, cue: re.Match) -> set[str]:
    """The named groups a sentence says led the story's band, with no generic armed noun before the cue: a noun
    pointing back to it ("the column was commanded by Abou Zeid, a senior leader of AQIM")."""
    actors = reading.actors(index)
    text, sentence = reading.ctx.article.text, reading.ctx.sentences[index]
    if any(a.kind == ARMED and a.generic and a.end <= cue.start() for a in actors) \
            or LEADER_OF.search(text, sentence.start, cue.start()) is None:
        return set()
    return _named_after(actors, cue)


def _named_after(actors: list[Actor], cue: re.Match) -> set[str]:
    return {a.name for a in actors if a.kind == ARMED and a.specific and a.start >= cue.end()}


def _by_place(events: list[Event], event: Event) -> Event:
    """Rule 4: an unidentified armed group at a town where the article's other violent events name one group."""
    if event.place is None or event.place.is_country or not _generic_side(event):
        return event
    groups = {a for e in events if e is not event and not e.background and e.event_type in FATAL_TYPES
              and e.place is not None and e.place.geonameid == event.place.geonameid
              for a in (e.actor1, e.actor2) if a in _named_groups()}
    group = _one(groups)
    return _renamed(event, group, None) if group else event


@cache
def _lowercase_pattern(table: str) -> re.Pattern:
    """A cue table's phrases, in lower case, as one case-sensitive pattern (for `Reading.lowered`); such tables
    hold plain words, none of the phrase tokens (CAP, NUM), which lower case would break."""
    return re.compile(alternation([phrase.lower() for phrase in table_lines(table)]))


@cache
def _named_groups() -> frozenset[str]:
    """The ACLED names of the named armed groups of `actors.csv`."""
    return frozenset(r["actor"] for r in tables.rows("actors.csv")
                     if r["kind"] == ARMED and not r["actor"].startswith(UNIDENTIFIED))


def _forces(reading: Reading, index: int, event: Event) -> tuple[str, str] | None:
    """(the home country's forces, the forces they are) where the event's sentence names state forces only by a
    generic noun ("the soldiers", "troops") and the forces of one other country are named before it, in its
    sentence or the `WINDOW` before it in its paragraph ("Four French aircraft landed, and the soldiers
    secured the airstrip")."""
    home = reading.ctx.home
    if not home:
        return None
    ours = reading.finder.military_of(home)
    mentions = [a for a in reading.actors(index) if a.name == ours]
    if ours not in (event.actor1, event.actor2) or not mentions or not all(a.generic for a in mentions):
        return None
    first = mentions[0].start
    # a government is the state, not forces its soldiers could be ("Mali's government mourned ... soldiers")
    named = {a.name for i in _paragraph_window(reading, index) for a in reading.actors(i)
             if a.kind == STATE and not a.generic and a.start < first and not a.name.startswith(GOVERNMENT_FORCES)}
    other = _one(named)
    return (ours, other) if other and other != ours else None


def _civilians(reading: Reading, index: int | None, event: Event) -> Event:
    """The event's civilians named by the nationality the sentence states: one country's, or "International"
    for several or for foreigners; else "International" when a sentence naming the event's town calls its
    civilians foreign."""
    if CIVILIANS not in event.actor1 + event.actor2 or index is None:
        return event
    sentence = reading.ctx.sentences[index].text
    codes = _nationalities(sentence, reading.finder.demonyms)
    # foreigners beside one nationality ("dozens of foreigners and many Algerian staff") are several
    if len(codes) > 1 or _foreign(reading, index, event, in_sentence=bool(codes)):
        name = INTERNATIONAL
    elif codes:
        name = f"Civilians ({acled_country(codes.pop())})"
    else:
        return event
    return replace(event, actor1=name if event.actor1.startswith(CIVILIANS) else event.actor1,
                   actor2=name if event.actor2.startswith(CIVILIANS) else event.actor2)


def _foreign(reading: Reading, index: int, event: Event, in_sentence: bool = False) -> bool:
    """Whether the event's sentence, or (unless `in_sentence`) a sentence naming its town, calls civilians
    foreign (`foreign_civilians.txt`)."""
    told = {i for i, _ in reading.cues("foreign_civilians.txt")}
    if index in told:
        return True
    if in_sentence or event.place is None or event.place.is_country:
        return False
    return any(t.place.geonameid == event.place.geonameid for i in told for t in reading.ctx.toponyms_in(i))


def _nationalities(sentence: str, demonyms: dict[str, str]) -> set[str]:
    """The countries of the civilians a sentence names by nationality: "a British worker", "two French
    hostages", "an Algerian" (a nationality used as a noun)."""
    codes = set()
    for word in NATIONALITY.finditer(sentence):
        code = demonyms.get(fold(word.group()))
        if code is None:
            continue
        counted = COUNT_BEFORE.search(sentence, max(0, word.start() - 8), word.start())
        # "a British worker", "French aid workers", "an Algerian"; not "two French soldiers", "two French officials"
        if names_civilians(sentence, word.end()) or (counted and NOUN_AFTER.match(sentence, word.end())):
            codes.add(code)
    return codes


