"""What a trigger's context makes of it: another event type or sub-type. `with_context_rules` reads the rest of
the sentence (movements need their kind of actor; destruction by an attack is that attack's; a bomb that goes
off early is its bombers' accident; a clash with no two armed sides is an attack on civilians); the steps a
clause's chosen triggers then go through are one table, `RETYPING_STEPS`, whose rules live by family in
`retype_takings.py`, `retype_crowds.py`, `retype_weapons.py` and `retype_victims.py` (an act its side halts, a
change of activity, here: `halted`), then the crowd's events (`not_events.NO_EVENT_STEPS` then drops what is no
event).

Tables read: premature_cues.txt, structures.txt, attack_nouns.txt, taker_nouns.txt.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from .actors import ARMED, Actor, CIVILIAN, STATE
from .clauses import Clause
from .not_events import CHANGE, needs_met
from .phrases import alternation, closing_phrases, list_pattern, table_lines
from .retype_crowds import crowd_events, crowd_fights, crowdless, protesters_shot, stadium_riot
from .retype_takings import (DEPLOYMENT, VESSEL, WEAPON, arms_seized, figure_object, figure_taken, object_taken,
                             peaceful, people_taken, taken_before, taken_by, taken_quietly, taking_people, to_secure,
                             untaken)
from .retype_victims import armed_victims, captives_killed, fought_out, one_sided, two_armed_sides
from .retype_weapons import (as_foiled, bombed_by_forces, bombers_fought, by_its_carrier, downed_aircraft,
                             fire_exchanged, intercepted, weaponless)
from .sides import TERRITORY
from .tolls import fatalities, mentions_death
from .triggers import Trigger
from .vocabulary import (ABDUCTION, AGREEMENT, ARMED_CLASH, ARRESTS, ATTACK, CIVILIAN_VIOLENCE, DESTRUCTION,
                         DISRUPTED_WEAPONS, MOB_VIOLENCE, NON_VIOLENT_TRANSFER, REMOTE_BOMB, REMOTE_EVENTS, STRATEGIC,
                         TERRITORY_CHANGES)

# the acts a side halts of its own will: its fighting, strikes and attacks, a ceasefire (`AGREEMENT`); not a
# protest, which "police halt a march" stops by force
HALTED_TYPES = frozenset({"Battles", REMOTE_EVENTS, CIVILIAN_VIOLENCE})
HALTING_REACH = 40  # characters before an act's word where the verb halting it may stand
NAMED_ACT_PRIORITY = 5  # triggers.csv: a strategic development's word this firm names its act ("ceasefire", "arrested")
AUXILIARIES = re.compile(r"(?:\s+(?:also|had|has|have|reportedly|partly|largely|completely))*\s*$", re.I)
# a side's own things that it saw destroyed, told between the verb and the participle: "had seen their vehicles"
OWN_LOSS = re.compile(r"\b(?:saw|seen|see|sees)\s+(?:their|its|his|her)\s+[^,;.]{1,60}$", re.I)

# what a thing seized is when it is an event (seized_objects.csv kinds); other things taken make none
SEIZED_KINDS = {WEAPON: DISRUPTED_WEAPONS, VESSEL: DESTRUCTION}
# a fight or a bombardment named as when something was destroyed, right after the word ("destroyed during clashes")
DURING_FIGHTING = re.compile(r"\s+(?:during|in|amid)\s+(?:the\s+)?(?:recent\s+|heavy\s+|fierce\s+|renewed\s+)?"
                             r"(?:clash(?:es)?|fighting|battles?|gun\s*battles?|shelling|bombardments?|"
                             r"air\s*strikes?)\b", re.I)
# a word of taking places that frees people when its object is people ("frees Reuters journalist X"): a release
FREEING = re.compile(r"(?:free[sd]?|freeing|liberat(?:e|es|ed|ing))\b", re.I)


def retyped(rule: Trigger, typed: list[Trigger]) -> Trigger:
    """The rule's trigger with the typer's sub-event type when the typer agrees on the event type;
    territory triggers keep theirs, which the actors decide (`sub_event`), and so do strategic developments
    whose rule word names the act (`NAMED_ACT_PRIORITY`: "ceasefire" is an agreement, "arrested" arrests):
    their sub-types are kinds of act, not degrees of one act the rest of the sentence tells apart. A weaker
    word ("withdraw") may be part of another act the typer reads ("withdraw under a deal": a transfer)."""
    same = next((t for t in typed if t.event_type == rule.event_type), None)
    if same is None or rule.sub_event_type.startswith(TERRITORY):
        return rule
    if same.sub_event_type in TERRITORY_CHANGES:  # a fight ("had fought back") takes nothing without a word of taking
        return rule
    if rule.event_type == STRATEGIC and rule.priority >= NAMED_ACT_PRIORITY:
        return rule
    return Trigger(rule.start, rule.end, rule.event_type, same.sub_event_type, rule.place_role, rule.needs,
                   rule.priority, same.score)


def with_context_rules(trigger: Trigger, actors: list[Actor], sentence: str, before: str,
                       place_named: bool = True) -> Trigger | None:
    """Rules that need the rest of the sentence (`before`: its text before the trigger): movements need an
    armed group, a capture a place taken (`place_named`: a place its clause names as its object or its
    passive's subject) or a side that could take one; destruction by an attack is that attack's; a capture of a
    count of people is no territory; a bomb that goes off early is its bombers' accident (`premature_cues.txt`);
    an 'attack' on civilians (not by a crowd, whose fight `crowd_events` makes a riot) is violence against them;
    a territorial gain without a fight is a non-violent transfer; forces moving in to secure a place deploy."""
    if not needs_met(trigger, actors, before) or _caused_by_attack(trigger, before, actors) \
            or _destroyed_in_fighting(trigger, sentence, len(before) + trigger.end - trigger.start):
        return None
    after = len(before) + trigger.end - trigger.start  # where the trigger ends in the sentence
    if trigger.sub_event_type.startswith(TERRITORY) and not place_named and _no_taker(actors, sentence):
        return None
    if trigger.sub_event_type.startswith(TERRITORY) and _figure_taken(trigger, actors, sentence, before):
        return replace(trigger, event_type=STRATEGIC, sub_event_type=ARRESTS)
    # after "falls to" stand the takers, not what they took
    if trigger.sub_event_type.startswith(TERRITORY) and not sentence.endswith(" to", 0, after) \
            and (people_taken(sentence, after) or figure_object(sentence, after)):
        # people, or a side's figure taken by an armed group ("rebels capture the army commander"): no place taken;
        # people freed are let go, which is no deed of war (a rescue by force is triggers.csv's "freed * from")
        if FREEING.match(sentence, len(before)):
            return None
        return _held_by_state(taking_people(trigger, sentence, after), actors)
    taken = object_taken(sentence, len(before), after) \
        if trigger.sub_event_type.startswith(TERRITORY) else None
    if taken is not None:  # a thing, no place: arms seized are disrupted weapons use, a ship its owners' loss
        return replace(trigger, event_type=STRATEGIC, sub_event_type=SEIZED_KINDS[taken]) if taken in SEIZED_KINDS \
            else None
    held = taken_before(sentence, len(before)) if trigger.sub_event_type.startswith(TERRITORY) else None
    if held is not None:  # the people before the word of capture: "until his capture", "30 were captured"
        return taking_people(trigger, sentence, held)
    if trigger.sub_event_type.startswith(TERRITORY) and peaceful(sentence, len(before), trigger):
        return Trigger(trigger.start, trigger.end, "Strategic developments", NON_VIOLENT_TRANSFER,
                       trigger.place_role, trigger.needs, trigger.priority)
    if trigger.sub_event_type == NON_VIOLENT_TRANSFER and to_secure(sentence, after):
        return replace(trigger, sub_event_type=DEPLOYMENT)
    if trigger.sub_event_type == REMOTE_BOMB and list_pattern("premature_cues.txt").search(sentence):
        return Trigger(trigger.start, trigger.end, "Strategic developments", DISRUPTED_WEAPONS,
                       trigger.place_role, trigger.needs, trigger.priority)
    if trigger.sub_event_type == DESTRUCTION and _killed_too(actors, sentence):
        return replace(trigger, event_type=CIVILIAN_VIOLENCE, sub_event_type=ATTACK)
    if trigger.sub_event_type == REMOTE_BOMB and _wrecks_property(sentence, len(before), trigger):
        return replace(trigger, event_type="Strategic developments", sub_event_type=DESTRUCTION)
    if trigger.sub_event_type == ARMED_CLASH and any(a.kind == CIVILIAN for a in actors) \
            and not any(a.kind == STATE for a in actors) and not two_armed_sides(actors) \
            and not crowd_fights(trigger, actors, before, sentence[after:], sentence[len(before):after]):
        return Trigger(trigger.start, trigger.end, CIVILIAN_VIOLENCE, ATTACK,
                       trigger.place_role, trigger.needs, trigger.priority)
    if trigger.sub_event_type == MOB_VIOLENCE and any(a.kind == ARMED and a.start < trigger.start for a in actors):
        # an armed group's lynching is its attack on those it killed ("militiamen lynched three villagers")
        return replace(trigger, event_type=CIVILIAN_VIOLENCE, sub_event_type=ATTACK)
    return trigger


def _held_by_state(taken: Trigger | None, actors: list[Actor]) -> Trigger | None:
    """Civilians seized by state forces alone, the last side named before the word of capture ("police seize a
    journalist"), are arrested, not abducted (ACLED: Arrests)."""
    if taken is None or taken.sub_event_type != ABDUCTION:
        return taken
    before = [a for a in actors if a.start < taken.start and a.kind in (ARMED, STATE)]
    held = bool(before) and before[-1].kind == STATE and not any(a.kind == ARMED for a in before)
    return replace(taken, event_type=STRATEGIC, sub_event_type=ARRESTS) if held else taken


def _figure_taken(trigger: Trigger, actors: list[Actor], sentence: str, before: str) -> bool:
    """Whether a word of capture took a side's figure (`figure_taken`), its armed groups placed in the sentence."""
    floor = trigger.start - len(before)
    takers = [(a.start - floor, a.end - floor) for a in actors if a.kind == ARMED]
    return figure_taken(sentence, len(before), len(before) + trigger.end - trigger.start, takers)


def _no_taker(actors: list[Actor], sentence: str) -> bool:
    """Whether a capture's sentence names no side that could take a place: no armed group or state force and no
    noun of one (`taker_nouns.txt`: "the Benghazi Defense Brigades", "a military force"). With no place taken
    named either, it took none: a company gaining control of another, a frog captured, jewels seized."""
    return not any(a.kind in (ARMED, STATE) for a in actors) \
        and list_pattern("taker_nouns.txt").search(sentence) is None


def _killed_too(actors: list[Actor], sentence: str) -> bool:
    """Whether an armed group that burned or wrecked property killed people in the same sentence ("militants
    kill nine people and burn down twenty houses"), with no state force named: the destruction is part of
    its attack on civilians (ACLED: Violence against civilians / Attack), the deadlier act, one event."""
    return any(a.kind == ARMED for a in actors) and not any(a.kind == STATE for a in actors) \
        and mentions_death(sentence) and bool(fatalities(sentence))


def _wrecks_property(sentence: str, at: int, trigger: Trigger) -> bool:  # at: the trigger's start in sentence
    """A verb of blowing up whose object is a building or a work (`structures.txt`: "blew up a bridge near
    Tassiga") and no death told in the sentence: property destroyed (ACLED: Looting/property destruction),
    not a bomb set against people. Only the verb's own object counts, right after it."""
    end = at + trigger.end - trigger.start
    return sentence[at:end].lower().endswith(" up") and _structure_object().match(sentence, end) is not None \
        and not mentions_death(sentence)


@cache
def _structure_object() -> re.Pattern:
    """A verb's object naming a structure: up to two words (a determiner, a number, an adjective) then the noun."""
    return re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?" + alternation(table_lines("structures.txt")), re.IGNORECASE)


# a verb halting an act, right before the act's word with up to two words between ("suspends air strikes", "halted
# all its raids"); not a noun ("the end of", "an end to", "a pause in") nor an infinitive ("agree to halt": a purpose,
# not a deed), nor an act with an article or a word of an armed side, another's ("troops halted the rebel advance",
# a headline's "troops halt Islamist advance": a fight)
HALTING = re.compile(r"(?<!\bto\s)(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)\b(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)|"
                     r"stop(?:s|ped|ping)|end(?:s|ed|ing)?|call(?:s|ed|ing)?\s+off)\s+(?!(?:to|a|an|the)\b)"
                     r"(?:(?!(?:rebel|militant|insurgent|jihadist|islamist|separatist|enemy)\b)[\w'’-]+\s+){0,2}?$", re.I)


def halted(trigger: Trigger, clause: Clause) -> Trigger:
    """An act told as halted by the side that made it ("the Emirates suspend air strikes against the group",
    "rebels end their ceasefire") is no act of that kind but a change in what the side does (ACLED: Strategic
    developments / Change to group/activity); an act whose side is named between the verb and it is another's
    ("troops halt Islamist advance": a fight)."""
    if trigger.event_type not in HALTED_TYPES and trigger.sub_event_type != AGREEMENT:
        return trigger
    halting = HALTING.search(clause.text, max(clause.start, trigger.start - HALTING_REACH), trigger.start)
    if halting is None or any(halting.start() < a.start < trigger.start for a in clause.actors):
        return trigger
    return replace(trigger, event_type=STRATEGIC, sub_event_type=CHANGE)


# what the clause makes of each of its chosen triggers, in turn: each step gives the trigger retyped or as it was
RETYPING_STEPS: tuple[Callable[[Trigger, Clause], Trigger], ...] = (
    untaken, taken_quietly, taken_by, crowdless, stadium_riot, weaponless, one_sided, protesters_shot, by_its_carrier,
    bombed_by_forces, bombers_fought, fire_exchanged,
    downed_aircraft, as_foiled, intercepted, arms_seized, fought_out, armed_victims, captives_killed, halted)


def clause_types(chosen: list[Trigger], clause: Clause) -> list[Trigger]:
    """The clause's chosen triggers through `RETYPING_STEPS`, then its crowd's events (`crowd_events`)."""
    retyped = []
    for trigger in chosen:
        for step in RETYPING_STEPS:
            trigger = step(trigger, clause)
        # two triggers retyped into one act ("grenades are seized": the noun and the verb) are one event
        if not any((t.event_type, t.sub_event_type) == (trigger.event_type, trigger.sub_event_type) for t in retyped):
            retyped.append(trigger)
    return crowd_events(retyped, clause)


def _destroyed_in_fighting(trigger: Trigger, sentence: str, after: int) -> bool:
    """Destruction told as done during a fight or a bombardment named right after it ("homes were destroyed during
    fierce clashes", "buildings damaged in the shelling"): that fight's toll of property, not a deed of its own."""
    return trigger.sub_event_type == DESTRUCTION and DURING_FIGHTING.match(sentence, after) is not None


def _caused_by_attack(trigger: Trigger, before: str, actors: Sequence[Actor]) -> bool:
    """Destruction whose subject is an attack ("the raid destroyed several vehicles", "Shelling also
    damaged the mosque"; `attack_nouns.txt`) is part of that attack, not an event of its own; so is an armed
    side's own gear it saw destroyed ("the fighters had seen their vehicles destroyed"): its loss in the
    fighting, not a deed of its own."""
    if trigger.sub_event_type != DESTRUCTION:
        return False
    if OWN_LOSS.search(before) and any(a.kind in (ARMED, STATE) for a in actors if a.start < trigger.start):
        return True
    return closing_phrases("attack_nouns.txt").search(AUXILIARIES.sub("", before)) is not None
