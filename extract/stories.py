"""One story told across sentences: a report that retells an event the article has told of, an unsure
report of deaths beside a surer one, a toll told in the sentence just before or after its event, and a
place taken whose emptiness is told just after.
`events.EventExtractor.extract` applies these as it reads the article's sentences in order. Tables:
attack_nouns.txt and crowd_event_nouns.txt (an event as a sentence's subject), found_empty.txt, death_words.csv
(through `tolls.death_words`)."""
from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING

from .actors import names_state_force
from .models import Event, Place, Timex
from .pauses import WORDS
from .phrases import (after_last, alternation, case_blind, closing_phrases, list_pattern, literal_alternatives,
                      table_lines)
from .tolls import adds_to_told, attacker_killed, attackers_dead, death_words, fatalities, vague_toll
from .triggers import told_by_victims
from .typer.words import family
from .vocabulary import (AIR_STRIKE, ARMED_CLASH, DESTRUCTION, EXCESSIVE_FORCE, FATAL_TYPES, GOVERNMENT_REGAINS,
                         INTERVENTION, NON_STATE_OVERTAKES, NON_VIOLENT_TRANSFER, PEACEFUL_PROTEST, REMOTE_BOMB,
                         SHELLING, SUICIDE_BOMB, TERRITORY_CHANGES, VIOLENT_DEMONSTRATION)

if TYPE_CHECKING:  # only for annotations: events imports this module
    from .events import Context

REFERS_BACK = re.compile(r"\s*(?:(?:it|this|that)\s+(?:was|is)\s+)?(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?", re.I)
DEFINITE = re.compile(r"\s*the\s", re.I)  # a sentence's subject named as one told of: "The soldiers were ..."
WEAPON_REACH = 40  # characters before a trigger searched for the projectiles named again as its subject
# the preposition a trigger phrase may end in after its noun ("attack on", "assault against")
AFTER_NOUN = re.compile(r"\s+(?:on|at|against|in|near|of)$", re.I)
# the people an event told of took, named by its participle as a sentence's subject: "Those arrested include ...",
# "Among those killed were ..."
THOSE_DONE_TO = re.compile(r"\s*(?:(?:among|of)\s+)?those\s+", re.I)
# an event told of named again as what harmed someone: "hurt by the blast", "killed in the attack"
HARMED_BY = re.compile(r"\b(?:by|in|from)\s+the\s+$", re.I)
# an event named as what came before another: "The raid followed two suicide attacks"
FOLLOWED = re.compile(r"\b(?:followed|follows|following|came after|comes after|in the wake of)\s+(?:[\w-]+\s+){0,2}$",
                      re.I)
# after a verb of killing, its victims (a word that is no preposition or conjunction); before it, a passive
VICTIMS_AFTER = re.compile(r"\s+(?!(?:in|on|at|by|and|or|when|as|after|during|while|near|outside|inside|"
                           r"overnight|yesterday|today|since)\b)\w", re.I)
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+\s+)?$", re.I)
# sub-event types a later report may give one event: a change of hands told twice ("The troops retook Gao.
# The capture ..."), whose sub-type the later report, with fewer sides named, may miss; a work blown up told
# again as a blast ("Rebels blew up the bridge. Nobody was hurt by the blast."); a protest met with force told
# again as the protest ("Police detain 260 protesters. The protests were organised by a movement.")
# (a protest told again after a riot told before is that riot: "Police clash with protesters. The protests come a day
# after ...")
RETOLD_AS = (frozenset({GOVERNMENT_REGAINS, NON_STATE_OVERTAKES}), frozenset({REMOTE_BOMB, DESTRUCTION}),
             frozenset({AIR_STRIKE, SHELLING}), frozenset({SUICIDE_BOMB, REMOTE_BOMB}),
             frozenset({PEACEFUL_PROTEST, INTERVENTION, EXCESSIVE_FORCE, VIOLENT_DEMONSTRATION}))
# a protest's sub-types from peaceful to met with force: a crowd told again as meeting force sharpens its protest
PROTEST_SEVERITY = {PEACEFUL_PROTEST: 0, INTERVENTION: 1, EXCESSIVE_FORCE: 2}
# the kinds of event one attacker carries out, whose death the next sentence may tell (`attackers_dead_after`)
ATTACKERS_TYPES = frozenset(FATAL_TYPES) - {"Riots"}
SELF_COUNTED = case_blind(r"\b(?:himself|herself|themselves)\b")  # "killed 12, including himself": told
# another time or another deed: "later", "last month", "on Sunday", "in a separate incident", "in a raid"
TIME_APART = case_blind(r"\b(?:later|last|ago|earlier|previously|week|month|year|separate|another|meanwhile|elsewhere"
                        r"|raid|operation|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")
# another event of one kind, told after a preview of the first: "A separate ambush ..."
SEPARATE = re.compile(r"\b(?:separate|another|second|new|other)\b", re.I)
# sentences after a change of hands in which "the town was largely deserted" still tells how it went
UNOPPOSED_REACH = 2
Spot = tuple[Place, str, int]  # a town a sentence names: its place, its location label, its geo precision
ToldAgain = tuple[str, list[Spot], Timex | None]  # an event named again as a subject: its noun, its towns, its date


@dataclass
class Stories:
    """The article's events as its body sentences tell them, in order, and what joins reports across
    sentences: an unsure report of deaths and the story told last (`one_story`), a toll told in the
    sentence just before or after its event (`toll_told_beside`)."""

    threshold: float                      # the typing threshold: below it a report is unsure
    events: list[Event] = field(default_factory=list)
    told: int = 0                         # where the last sentence that told of events starts in `events`
    last: int | None = None               # the same, while that sentence is the one just before
    eventless: tuple[str, set[int]] | None = None   # the sentence just before, if it told of none: text, towns
    quiet: int = 0                        # sentences told since the last that told of events

    def add(self, found: list[Event], sentence: str, towns: set[int], dated: tuple[str, Timex] | None = None,
            again: ToldAgain | None = None) -> None:
        """The reports of the next body sentence (`towns`: the geonameids of the towns it names; `dated`: for a
        sentence of no event, the noun of its subject and the date it says that event happened; `again`: the
        noun of its subject, when that subject tells where or when an event happened, and the towns and the date
        it tells, which the events of the sentence before that the noun names take: `told_again`, once this sentence's
        reports are joined to the story as told so far)."""
        previous = {id(e) for e in self.events[self.last:]} if again is not None and self.last is not None else set()
        unsure = all(unsure_report(f, self.threshold) for f in found)
        # an unsure report of deaths alone joins the story told last even across a sentence with no event
        # ("... captured the barracks. Survivors fled south. Several soldiers died.")
        story = self.last if self.last is not None or not unsure else (self.told if self.events else None)
        joined = False  # whether this sentence's reports all went to that story
        found = [after_fight(f, self.events[self.told:]) for f in found] if self.events else found
        if found and story is not None:
            self.events[story:], found = one_story(self.events[story:], found, self.threshold)
            joined = not found
        before, self.eventless = self.eventless, None if found or joined else (sentence, towns)
        self.told = len(self.events) if found else self.told
        self.events = sharpened(self.events, found)
        self.events.extend(toll_told_beside(found, *before) if before else found)
        if not found and self.last is not None:  # deaths told just after the event ("A bomb hit the market.
            given = toll_told_beside(self.events[self.last:], sentence, towns)  # Nine people died.")
            if given != self.events[self.last:]:
                self.eventless = None  # its toll is that event's alone
            self.events[self.last:] = given
            self.events = attackers_dead_after(self.events, self.last, sentence)
        if dated is not None and self.last is not None:
            self.events[self.last:] = dated_after(self.events[self.last:], *dated)
        if previous:
            placed = [e for event in self.events for e in (told_again([event], *again) if id(event) in previous
                                                           else [event])]
            self.told += (len(placed) - len(self.events)) if found else 0  # this sentence's reports start later
            self.events = placed
        self.last = self.told if found else None
        self.quiet = 0 if found else self.quiet + 1
        if not found and self.quiet <= UNOPPOSED_REACH and self.events:
            self.events[self.told:] = unopposed(self.events[self.told:], sentence, towns)

    def claimed(self, claim: Callable[[Event], Event]) -> None:
        """`claim` applied to the events of the last sentence that told of any, and to that story's earlier
        reports (those of its sub-event types): a group's claim of an attack names its attacker."""
        kinds = {e.sub_event_type for e in self.events[self.told:]}
        self.events = [claim(e) if i >= self.told or e.sub_event_type in kinds else e
                       for i, e in enumerate(self.events)]


def sharpened(told: list[Event], found: list[Event]) -> list[Event]:
    """The protests told before with the sharper sub-type of a retelling of theirs in `found` (the same place and
    days, `retold`): "Supporters protest in Nairobi. The protesters were dispersed with tear gas." is one protest
    with intervention."""
    sharper = [f for f in found if f.sub_event_type in PROTEST_SEVERITY]
    if not sharper:
        return told
    return [next((_sharpened_by(e, f) for f in sharper
                  if _same_protest(e, f) and PROTEST_SEVERITY[f.sub_event_type] > PROTEST_SEVERITY[e.sub_event_type]),
                 e) for e in told]


def _sharpened_by(protest: Event, sharper: Event) -> Event:
    """The protest with the sharper sub-type of its retelling and the sides that go with it: force used against it
    takes the force's side against the crowd (`_force_met`); an intervention keeps the crowd and adds who intervened."""
    actor1, actor2 = _force_met(protest, sharper) if sharper.sub_event_type == EXCESSIVE_FORCE \
        else (protest.actor1, protest.actor2 or sharper.actor2)
    return replace(protest, sub_event_type=sharper.sub_event_type, actor1=actor1, actor2=actor2)


def _force_met(protest: Event, force: Event) -> tuple[str, str]:
    """The sides of force used against a protest told before: whoever the force's report names as acting, never the
    protest's own crowd, against the protest's crowd ("Protests break out. Three protesters are shot dead.")."""
    return (force.actor1 if force.actor1 != protest.actor1 else "", protest.actor1)


def _same_protest(event: Event, other: Event) -> bool:
    """Whether two protest reports are of one place and the same days."""
    return event.sub_event_type in PROTEST_SEVERITY and event.place is not None and other.place is not None \
        and event.place.geonameid == other.place.geonameid \
        and (event.date_start, event.date_end) == (other.date_start, other.date_end)


def told_later(events: list[Event], text: str) -> list[Event]:
    """The article's events without those named, undated, only as what came before another ("The raid
    followed two suicide attacks on the checkpoint.") where the article tells of them later, at the same place:
    a preview of the story it then tells (the earlier ones `retold` joins already). The later telling takes the
    preview's toll where it states none ("A guard dies after a clash on the border. The army says the
    clash took place near Kilis.")."""
    kept: list[Event] = []
    tolls: dict[int, int] = {}  # index in `events` of a later telling -> the toll of a preview it stands for
    for i, event in enumerate(events):
        telling = _told_again_at(event, events[i + 1:], text)
        if telling is None:
            kept.append(replace(event, fatalities=tolls[i]) if i in tolls and event.fatalities is None else event)
        elif event.fatalities is not None:
            tolls.setdefault(i + 1 + telling, event.fatalities)
    return kept


def _told_again_at(event: Event, later: list[Event], text: str) -> int | None:
    """Where in `later` the event, named only as what came before another, is told again (see `told_later`)."""
    if event.date_how == "stated" or event.trigger_start is None or event.place is None:
        return None
    if not FOLLOWED.search(text, event.char_start, event.trigger_start):
        return None
    return next((i for i, e in enumerate(later) if e.sub_event_type == event.sub_event_type and e.place is not None
                 and e.place.geonameid == event.place.geonameid and not SEPARATE.search(e.sentence)), None)


def after_fight(event: Event, told: list[Event]) -> Event:
    """A move into a town just after a clash there the story told (ending that day or the day before), as
    the change of hands that fight won ("Fighting broke out around Konna on Wednesday and went on through
    the night. The troops entered the town on Thursday."): ACLED's territory taken after a battle. Unless
    its own sentence says it met no fight (`peaceful_cues.txt`)."""
    if event.sub_event_type != NON_VIOLENT_TRANSFER or event.place is None or event.date_start is None:
        return event
    fought = any(e.sub_event_type == ARMED_CLASH and e.place is not None and e.place.geonameid == event.place.geonameid
                 and e.date_end is not None and 0 <= (event.date_start - e.date_end).days <= 1 for e in told)
    if not fought or list_pattern("peaceful_cues.txt").search(event.sentence):
        return event
    taken = GOVERNMENT_REGAINS if names_state_force(event.actor1) else NON_STATE_OVERTAKES
    return replace(event, event_type="Battles", sub_event_type=taken)


def dated_after(events: list[Event], noun: str, when: Timex) -> list[Event]:
    """The events just told, those `noun` names dated by the sentence after them when their own did not date
    them ("Fighters had set fire to the library. He said the fire was set late last week.")."""
    return [replace(e, date_start=when.date_start, date_end=when.date_end, time_precision=when.precision,
                    date_how="stated") if e.date_how != "stated" and _named_by(e, noun) else e
            for e in events]


def told_again(events: list[Event], noun: str, towns: list[Spot], when: Timex | None) -> list[Event]:
    """The events just told, those `noun` names placed at the towns the next sentence says they struck inside the
    region or the country they were told at, one event at each (a toll for all unknown at each, as in
    `events.EventExtractor._events`), and dated by the day it tells when that lies within their days ("Soldiers
    killed 223 villagers in two villages in February. The killings in Nondin and Soro took place on Feb. 25."; "A
    drone strike on a market in the Amhara region killed 30. The strike hit the market in the town of Finote
    Selam.")."""
    again = []
    for event in events:
        named = _named_by(event, noun)
        inside = [t for t in towns if _inside(t[0], event.place)] if named else []
        dated = _dated_within(event, when) if named else event
        again += [replace(dated, place=place, location=location, geo_precision=precision, place_how="nearby",
                          fatalities=dated.fatalities if len(inside) == 1 else None)
                  for place, location, precision in inside] or [dated]
    return again


def _dated_within(event: Event, when: Timex | None) -> Event:
    """The event dated by `when` where its own report did not date it, or where `when` lies within its days and says
    more ("on Feb. 25" for "in February")."""
    if when is None or when.date_start is None or when.date_end is None \
            or event.date_how == "stated" and not _narrower(when, event):
        return event
    return replace(event, date_start=when.date_start, date_end=when.date_end, time_precision=when.precision,
                   date_how="stated")


def _narrower(when: Timex, event: Event) -> bool:
    """Whether `when` lies within the event's days and is not all of them."""
    return event.date_start is not None and event.date_end is not None \
        and event.date_start <= when.date_start <= when.date_end <= event.date_end \
        and (when.date_start, when.date_end) != (event.date_start, event.date_end)


def _named_by(event: Event, noun: str) -> bool:
    """Whether `noun`, a sentence's subject, names the event: a word of its trigger's word family ("killings" of
    "killed", `typer.words.family`) or an attack noun (`attack_nouns.txt`)."""
    if event.trigger_start is None:
        return False
    start, end = event.trigger_in_sentence
    return family(noun) in {family(word) for word in WORDS.findall(event.sentence[start:end].lower())} \
        or closing_phrases("attack_nouns.txt").search(noun) is not None


def unopposed(events: list[Event], sentence: str, towns: Collection[int]) -> list[Event]:
    """The changes of hands just told, as non-violent transfers when a sentence after them that tells of no
    event says the place was taken without a fight ("Troops took control of Tessalit overnight. ... The
    town was largely deserted when they arrived."; `found_empty.txt`), naming no other town."""
    if not any(e.sub_event_type in TERRITORY_CHANGES for e in events) \
            or not list_pattern("found_empty.txt").search(sentence):
        return events
    return [replace(e, event_type="Strategic developments", sub_event_type=NON_VIOLENT_TRANSFER, fatalities=None)
            if e.sub_event_type in TERRITORY_CHANGES and (not towns or (e.place and e.place.geonameid in towns))
            else e for e in events]


def toll_told_beside(events: list[Event], beside: str, towns: Collection[int] = ()) -> list[Event]:
    """The toll of the sentence just before or after, when that sentence gave no event and these events
    state none, or only a vague count it exceeds: "A blast in the market kills 31 people. Officials blame a
    suicide attack by ISIS." (the deaths were told before the words that make the event), "Gunmen raided
    the village. Nine died.", "Dozens died in the raid. Medics counted 40 bodies." (the count told
    outright). `towns`: the geonameids of the towns that sentence names; deaths in another town than the
    events' ("Rebels shelled Gao. Nine traders died in Konna.") are not theirs."""
    if not any(_open_toll(e) for e in events):
        return events
    if towns and not any(e.place is not None and e.place.geonameid in towns for e in events):
        return events
    toll = fatalities(beside)
    return [replace(e, fatalities=toll) if _open_toll(e) and (e.fatalities is None or e.fatalities < toll) else e
            for e in events] if toll is not None else events


def attackers_dead_after(events: list[Event], last: int, after: str) -> list[Event]:
    """The events with the dead the sentence after `events[last:]` tells of the attackers of its first attack added to
    the toll of that attack's story (its first report, `_first_telling`), as ACLED counts them: the attackers it counts
    (`with_attackers_dead`: "Sixteen attackers were neutralised"), else one attacker whose death it tells ("A gunman
    kills two guards at the palace. Soldiers kill the gunman.": three dead). Not a riot's (no one attacker), nor a death
    the report counted already ("including himself"), nor one told at another time or of another deed ("later", "last
    month", "in a separate incident")."""
    first = next((e for e in events[last:] if e.event_type in ATTACKERS_TYPES), None)
    if first is None or TIME_APART.search(after):
        return events
    story = _first_telling(events, first)
    toll = with_attackers_dead(story, after)
    if toll is None and not SELF_COUNTED.search(story.sentence) and attacker_killed(after):
        toll = (story.fatalities or 0) + 1
    return events if toll is None else [replace(e, fatalities=toll) if e is story else e for e in events]


def with_attackers_dead(event: Event, sentence: str) -> int | None:
    """The event's toll with the attackers a later sentence counts dead ("Suspected jihadists killed 21 soldiers in an
    ambush. ... Sixteen attackers were neutralised during the fighting": 37, as ACLED counts them;
    `attackers_dead.txt`), when its report counted the side they attacked, not them (its first side is no state's
    force); else None."""
    dead = attackers_dead(sentence)
    if dead is None or event.fatalities is None or names_state_force(event.actor1):
        return None
    return event.fatalities + dead


def _first_telling(told: list[Event], event: Event) -> Event:
    """The story's first report among `told`: the earliest of the event's sub-type, place and days (a retelling takes
    them from the report it retells, `retold`); the event itself if none."""
    key = (event.sub_event_type, event.place, event.date_start, event.date_end)
    return next((e for e in told if (e.sub_event_type, e.place, e.date_start, e.date_end) == key), event)


def _open_toll(event: Event) -> bool:
    """Whether a violent event's toll is unknown or only a vague count ("dozens")."""
    return event.event_type in FATAL_TYPES and (event.fatalities is None or vague_toll(event.sentence))


def retold(ctx: Context, index: int, event: Event, told: list[Event]) -> Event:
    """A sentence whose subject is an event the article has told of ("The strikes mark the third day of
    the operation", "The shooting began at 2 p.m.") or the people it took ("Those arrested include"), that names it
    again as what harmed someone ("nobody was hurt by the blast"), or that names one as what came before ("The raid
    followed two suicide attacks"), tells more of the last event of its sub-type, unless it states another
    day: its report takes that report's sides, date and place, so that the merge makes them one event."""
    text = ctx.article.text
    opening = text[ctx.sentences[index].start:event.trigger_start]
    earlier = next((e for e in reversed(told) if _same_kind(e.sub_event_type, event.sub_event_type)), None)
    # the subject is the event itself ("The strikes ..."), not a side that acts again ("The jets struck ...")
    words = AFTER_NOUN.sub("", text[event.trigger_start:event.trigger_end])   # "attack on": the noun "attack"
    crowd = closing_phrases("crowd_event_nouns.txt").search(words)
    named = closing_phrases("attack_nouns.txt").search(words) or crowd
    subject = named is not None and REFERS_BACK.fullmatch(opening) is not None \
        or THOSE_DONE_TO.fullmatch(opening) is not None or _sides_again(ctx, index, event, earlier) \
        or _named_by_its_parts(text, opening, event, earlier)
    # or the event again as what harmed someone ("nobody was hurt by the blast", "killed in the attack")
    harmed = named is not None and HARMED_BY.search(opening) is not None
    # or an event named as what came before another ("The raid followed two suicide attacks")
    if earlier is None or not (subject or harmed or FOLLOWED.search(opening)) or _other_day(event, earlier) \
            or crowd and _other_place(event, earlier):
        return event
    # the crowd told again as meeting force ("The protesters were dispersed with tear gas") sharpens its protest
    both_protests = {earlier.sub_event_type, event.sub_event_type} <= PROTEST_SEVERITY.keys()
    kind = max(earlier.sub_event_type, event.sub_event_type, key=PROTEST_SEVERITY.__getitem__) \
        if crowd and both_protests else earlier.sub_event_type
    actor1, actor2 = _force_met(earlier, event) if kind == EXCESSIVE_FORCE and earlier.sub_event_type != kind \
        else (earlier.actor1, earlier.actor2)
    where = event if _finer_inside(event, earlier) else earlier  # "The strike hit the market in the town of X"
    toll = with_attackers_dead(_first_telling(told, earlier), ctx.sentences[index].text)  # the merge keeps the larger
    return replace(event, event_type=earlier.event_type, sub_event_type=kind, actor1=actor1, actor2=actor2,
                   date_start=earlier.date_start, date_end=earlier.date_end, time_precision=earlier.time_precision,
                   date_how=earlier.date_how, place=where.place, location=where.location,
                   geo_precision=where.geo_precision, place_how=where.place_how, background=earlier.background,
                   fatalities=event.fatalities if toll is None else toll)


def _finer_inside(event: Event, earlier: Event) -> bool:
    """Whether a retelling names a place of its own inside the one the event was told at ("A drone strike in the
    Amhara region ... The drone strike hit the market in the town of Finote Selam"): the event's finer place, which
    the merge keeps."""
    return event.place_how == "sentence" and _inside(event.place, earlier.place)


def _inside(town: Place | None, area: Place | None) -> bool:
    """Whether `town` is a town of country `area` or of first-level region `area`."""
    return None not in (town, area) and town.feature_class == "P" and town.country_code == area.country_code \
        and (area.is_country or area.feature_code == "ADM1" and area.admin1_code == town.admin1_code != "")


def _sides_again(ctx: Context, index: int, event: Event, earlier: Event | None) -> bool:
    """Whether a sentence right after an event tells more of it through the people it struck: they are its subject,
    named again with "the", facing the same side (the two sides swapped), with no day or toll of its own and no word
    of another time ("Gunmen killed 21 soldiers in an ambush. The soldiers were escorting a convoy when they came
    under fire."). The side that struck, named again as acting, does a new deed ("The jets struck Konna")."""
    sentence = ctx.sentences[index]
    before = ctx.sentences[index - 1] if index else None
    return earlier is not None and before is not None and before.start <= earlier.char_start < before.end \
        and DEFINITE.match(ctx.article.text, sentence.start) is not None \
        and bool(event.actor1 and event.actor2) and (event.actor1, event.actor2) == (earlier.actor2, earlier.actor1) \
        and event.date_how != "stated" and event.fatalities is None \
        and TIME_APART.search(ctx.article.text, sentence.start, sentence.end) is None


def _named_by_its_parts(text: str, opening: str, event: Event, earlier: Event | None) -> bool:
    """Whether an event told of is named again by its projectiles or its doer (`_weapons_again`, `_doer_again`),
    with no other place of its own."""
    return earlier is not None and not _other_place(event, earlier) \
        and (_weapons_again(text, event) or _doer_again(opening))


def _doer_again(opening: str) -> bool:
    """Whether the sentence's subject is the one who carried out an event told of, named again with "the"
    (`attacker_nouns.txt`: "The bomber, who wore a police uniform, detonated his explosives", "The attackers
    arrived in several vehicles"), after its teller if any."""
    return _doer_named_again().match(opening, after_last("reporting_verbs.txt", opening, 0, len(opening))) is not None


@cache
def _doer_named_again() -> re.Pattern:
    nouns = [noun[:-3] + "m[ae]n" if noun.endswith("man") else re.escape(noun) + "s?"
             for noun in table_lines("attacker_nouns.txt")]
    return re.compile(rf"\s*the\s+(?:[\w-]+\s+)?(?:{'|'.join(nouns)})\b", re.I)


def _weapons_again(text: str, event: Event) -> bool:
    """Whether the event's verb has for its subject the projectiles of a strike told of, named again with "the"
    ("Witnesses said the missiles struck classrooms", "when the rockets hit"; `projectiles.txt`)."""
    floor = max(event.char_start, event.trigger_start - WEAPON_REACH)
    return _weapon_named_again().search(text, floor, event.trigger_end) is not None


@cache
def _weapon_named_again() -> re.Pattern:
    weapons = alternation(table_lines("projectiles.txt"))
    return re.compile(rf"\bthe\s+(?:[\w-]+\s+)?(?:{weapons})\s+(?:[\w-]+\s+)?[\w-]+$", re.I)


def one_story(earlier: list[Event], found: list[Event], threshold: float) -> tuple[list[Event], list[Event]]:
    """An event typed below the typing threshold only because its sentence states deaths, and a violent
    event in the sentence just before or after, are one event: the surer report's, with the toll of either
    ("A blast kills 31 people. Officials suspect a suicide attack."; "Gunmen raided the village. Twelve
    villagers were killed."); deaths that add to those just told ("Three civilians also died") add to its toll."""
    sure = [f for f in found if not unsure_report(f, threshold)]  # an unsure report gives way only to a surer one
    dropped = {id(e): kept for e in earlier if unsure_report(e, threshold) and (kept := _kin(e, sure)) is not None}
    dropped |= {id(f): kept for f in found if unsure_report(f, threshold)
                and (kept := _kin(f, earlier)) is not None and id(kept) not in dropped}
    if not dropped:
        return earlier, found
    tolls = {}  # id of a kept event -> its toll with the dropped one's
    for event in earlier + found:
        kept = dropped.get(id(event))
        if kept is not None:  # only a later report's deaths add to those told before it
            adds = any(event is f for f in found) and adds_to_told(event.sentence)
            tolls[id(kept)] = _joined_toll(tolls.get(id(kept), kept.fatalities), event, adds)

    def joined(events: list[Event]) -> list[Event]:
        return [replace(e, fatalities=tolls[id(e)]) if id(e) in tolls else e for e in events if id(e) not in dropped]
    return joined(earlier), joined(found)


def _joined_toll(kept: int | None, dropped: Event, adds: bool) -> int | None:
    """The toll of a kept report (`kept`: its toll so far, with the reports joined to it before) and one
    more report of its event: either's where one states none, the sum where the dropped one's deaths add
    to those told ("also died"), else the kept one's."""
    if dropped.fatalities is None or kept is None:
        return kept if dropped.fatalities is None else dropped.fatalities
    return kept + dropped.fatalities if adds else kept


def unsure_report(event: Event, threshold: float) -> bool:
    """Whether the report tells of deaths more than of an event: typed below the typing threshold (only
    because its sentence states deaths), typed on a word of dying ("He was the only person killed"), or a
    blast told only by its victims ("A blast killed 23. Police suspect a suicide attack.")."""
    start, end = event.trigger_in_sentence
    word = event.sentence[start:end].lower()
    if event.typing_score is None or told_by_victims(word):
        return told_by_victims(word)
    dying = _death_word_start().match(event.sentence, start) is not None  # "shot" of "shot dead"
    return event.typing_score < threshold or (dying and not _kills_someone(event.sentence, start, end))


@cache
def _death_word_start() -> re.Pattern:
    """Any form of `tolls.death_words`, matched where a trigger starts (one scan in C, not one test per form)."""
    return re.compile(literal_alternatives(death_words()), re.I)


def _kills_someone(sentence: str, start: int, end: int) -> bool:
    """Whether a word of killing is an active verb with its victims after it ("the kidnappers killed seven
    hostages"): someone's act, an event of its own; not "were killed", "the only person killed"."""
    return bool(VICTIMS_AFTER.match(sentence, end)) and not PASSIVE_BEFORE.search(sentence, max(0, start - 24), start)


def _kin(event: Event, others: list[Event]) -> Event | None:
    """The first of `others` that may tell of the same event as an unsurely typed one: violent (its kind is
    in doubt), on no other day; one of its own type first."""
    kin = [o for o in others if o.event_type in FATAL_TYPES and not _other_day(event, o) and not _other_place(event, o)]
    return next((o for o in kin if o.event_type == event.event_type), kin[0] if kin else None)


def _same_kind(earlier: str, later: str) -> bool:
    """Whether two sub-event types may tell of one event: the same, or one of `RETOLD_AS` told twice."""
    return earlier == later or any({earlier, later} <= kinds for kinds in RETOLD_AS)


def _other_place(event: Event, earlier: Event) -> bool:
    """Whether the event names a place of its own, another than the earlier one's ("The rally in Alexandria was
    peaceful" after a protest dispersed in Cairo: a crowd elsewhere is another crowd; "Rebels shelled Gao. Nine traders
    died in Konna." are two events)."""
    return event.place_how == "sentence" and None not in (event.place, earlier.place) \
        and event.place.geonameid != earlier.place.geonameid


def _other_day(event: Event, earlier: Event) -> bool:
    """Whether the event states a date of its own that is not the earlier one's ("The strikes resumed on
    Sunday"): then it is a new event."""
    return event.date_how == "stated" and None not in (event.date_start, earlier.date_start) and (
        event.date_start > earlier.date_end or event.date_end < earlier.date_start)
