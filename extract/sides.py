"""Who did it to whom: actor1 and actor2 of an event from its sentence's actors and structure, and
from the sides the article has named.

The sentence's structure decides (see `pick_actors`): the passive, verbs of telling
(`reporting_verbs.txt`), allies, a clause of its own, a clash told by its fallen (the state's forces first
unless an attack is named, `opening_attacks.txt`). What it leaves unnamed comes from the article
(`actors.ArticleSides`).
"""
from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .actors import ARMED, CIVILIAN, GOVERNMENT_FORCES, STATE, Actor, ArticleSides, described, state_of
from functools import cache

from .phrases import alternation, case_blind, list_pattern, table_lines
from .vocabulary import (AIR_STRIKE, ARMED_CLASH, ARRESTS, CIVILIAN_VIOLENCE as AGAINST_CIVILIANS, EXCESSIVE_FORCE,
                         NON_VIOLENT_TRANSFER, SHELLING, STRATEGIC, SUICIDE_BOMB)

if TYPE_CHECKING:  # only for annotations: events imports this module
    from .triggers import Trigger

GOVERNMENT_OF = f"{GOVERNMENT_FORCES} of "  # how ACLED's name of a government begins
# events whose target the article may name elsewhere (and a territory handed over: it was someone's)
TWO_SIDED = ("Battles", "Explosions/Remote violence")
TERRITORY = "territory"  # triggers.csv: a change of hands whose sub-type the taker decides
# "were hit by", "are killed", "was ambushed": after it the subject is acted upon ("were fighting", "are
# reported to", "were often" are not: a participle ends in -ed or -en, or is one of the irregular ones)
PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|got)\s+(?:\w+ly\s+)?(?!often\b|even\b|reported\b|said\b|"
                     r"believed\b|thought\b|alleged\b|expected\b)(?:\w+ed|\w+en|hit|shot|struck|slain|hurt|caught|held|found)\b",
                     re.I)
# "with" opening a toll's noun phrase, and the bare participle that ends it ("with five soldiers killed")
WITH_BEFORE = re.compile(r"\bwith\s+[^,;.]*$", re.I)
WITH_REACH = 80
TOLL_PARTICIPLE = re.compile(r"\s+(?:killed|dead|wounded|injured|hurt)\b", re.I)
# after a verb of telling, when or how it was told, a few words: "said on Monday", "said in a statement"
TOLD_WHEN = r"(?:\s+(?:on|in|late|early|yesterday|today|overnight)\b(?:\s+[\w-]+){0,3}?)?"
# after a verb of telling, the speaker's own side: "said their fighters", "says on Monday its forces"
OWN_SIDE = re.compile(rf"{TOLD_WHEN}\s+(?:that\s+)?(?:their|its|our|they|we)\b", re.I)
# between a verb of declaring and the act declared, its object: "declares a ten-day ", "announced the end of the "
# (no auxiliary: "announced two soldiers were killed" tells of the act, a clause with its own verb)
DECLARED_GAP = re.compile(r"\s+(?:(?!(?:that|was|were|is|are|had|has|have|been)\b)[\w-]+\s+){0,4}", re.I)
# after a verb of telling, "it" and the verb whose object is the event: "the army says it shelled the camp"
# (not a copula: "police said it was a car bomb" tells what the event was)
OWN_ACT = re.compile(rf"{TOLD_WHEN}\s+(?:that\s+)?it\s+(?!(?:was|is|had been|has been|will be|may have)\b)"
                     r"(?:[\w-]+\s+){0,2}", re.I)
# words that open a clause of its own, with its own subject, before a trigger
# a clause told beside another ("entered the town as aircraft struck"); not "after"/"before", whose clause may
# name who left the place ("moved into Kidal after Ansar Dine left")
BESIDE_OPENER = case_blind(r"\b(?:as|while|whereas|but)\b|;")
CLAUSE_OPENER = case_blind(r"\b(?:as|while|when|whereas|but|after|before)\b|;")
# between two actors of one side: "Malian troops, backed by French forces" ("and" joins the two sides
# of a clash as often as allies, so it does not count)
ALLY_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:backed|supported|assisted|aided|helped|joined)\s+by|alongside|"
                      r"together with|with the support of)\s+(?:the\s+)?", re.I)
# the attacker after a passive trigger: "killed by gunmen", "killed when an allied air strike", "as the air force",
# "killed by barrel bombs dropped from government warplanes"
# "by suspected ISIL militants": who is only suspected is still the one the report names as attacker
HEDGED = r"(?:(?:suspected|alleged|presumed|apparent)\s+)?"
# "killed in a suspected U.S. drone attack", "died in an Islamic State raid": the side that qualifies the event noun;
# "shot dead by a squad of Malian gendarmes": the force a unit is of
UNIT_OF = r"(?:joint\s+)?(?:team|unit|group|squad|patrol|detachment)\s+of\s+(?:the\s+)?"
AGENT_CUE = re.compile(rf"\b(?:by|when|as|after|following)\s+(?:an?\s+|the\s+)?{HEDGED}$"
                       rf"|\bin\s+(?:an?|the)\s+{HEDGED}$|\bby\s+(?:an?\s+|the\s+)?{UNIT_OF}$"
                       r"|\bby\s+[^,;.]{1,40}?\b(?:dropped|fired|launched)\s+(?:from|by)\s+(?:an?\s+|the\s+)?$", re.I)
OBJECT_GAP = re.compile(r"\s+(?:(?:an?|the)\s+)?", re.I)  # between a verb and the actor that is its object
# "by" and a count or an article after a passive trigger, with no side after it: "shot dead by two men", "by a man"
UNNAMED_AGENT = re.compile(r"\s+(?:dead\s+)?by\s+(?:an?|one|two|three|four|several|some)\s+[\w-]+\b(?!\s+of\b)", re.I)
# after a target cue, a word naming who took part rather than what was struck: "clashes on Monday with the army",
# "fighting broke out on Monday between the army and rebels" (the cue was a date's or place's "on")
PARTNER_WORD = re.compile(r"\b(?:with|between|involving|alongside)\b", re.I)
# between an event noun and its agent: "an air strike by the", "two bomb attacks on the city by", "missiles, fired
# from a U.S. drone"
BY_AGENT = re.compile(rf"(?:\s+[^,;.]{{0,40}}?)?\s+by\s+(?:an?\s+|the\s+)?{HEDGED}"
                      r"|,?\s+(?:fired|launched|dropped)\s+(?:from|by)\s+(?:an?\s+|the\s+)?", re.I)
# an agent named after a participle and "by", anywhere after the event: "found dead ..., most likely killed by
# Boko Haram" (not "backed by", "led by": allies; nor "held by": `holding_participles.txt`)
PARTICIPLE_BY = re.compile(r"\b(?!(?:backed|supported|assisted|aided|helped|joined|led|accompanied|flanked)\b)"
                           rf"(?:\w+ed|\w+en|shot|hit|struck|slain)\s+by\s+(?:an?\s+|the\s+)?{HEDGED}$", re.I)
# a verb of telling and "by" right before an actor: "nine were confirmed dead by the police"
TOLD_BY = re.compile(r"(?:\b(?:confirmed|reported|announced|stated|said|told|claimed)\b(?:\s+[\w-]+){0,2}?\s+by|"
                     r"\baccording\s+to|\bin\s+what)\s+(?:the\s+)?$", re.I)  # "in what police call a sectarian attack"
TOLD_BY_REACH = 40  # characters before an actor searched for TOLD_BY
# between a teller and the verb of telling: "residents and officials said", "villagers, witnesses said", a force's
# officer who spoke for it, named or not ("the regional police commander says", "police spokesman Yazid Abubakar
# said"), where it is ("police in Gao, Mali, said")
TELLER_GAP = re.compile(r"(?:\s*(?:,|and)\s+\w+|\s+(?:commander|chief|spokesman|spokeswoman|spokesperson|officials?|"
                        r"sources?)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3})?"
                        r"(?:\s+in\s+(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,2}"
                        r"(?:,\s+(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,2},?)?)?\s*")
STRUCK_REACH = 40  # characters before a side searched for a participle of striking
# after an armed group's name, a noun of its deed or of its fighters: the group did the deed ("a Boko Haram attack")
DOER_NOUN_AFTER = re.compile(r"\s+(?:attacks?|raids?|assaults?|ambush(?:es)?|massacres?|offensive|gunmen|militants|"
                             r"fighters|insurgents|jihadists|rebels)\b", re.I)
# before the name, a word that makes it what was struck or a suspect ("on Boko Haram", "a suspected al-Shabaab
# militant")
NOT_DOER_BEFORE = re.compile(r"\b(?:on|near|of|against|suspected|alleged|former)\s+(?:an?\s+|the\s+)?$", re.I)
DOER_REACH = 20  # characters before a name in which that word stands
ONE_SIDED = ("Explosions/Remote violence", "Violence against civilians")  # an attacker is not the victim named after
# between a clash and the side its dead fought: "were killed fighting the rebels", or with the clash named
# between them: "was killed in a clash with security forces", "died in heavy fighting with the army"
CLASH_PARTNER = re.compile(r"\s+(?:(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){1,3}?)?"
                           r"(?:with|against|(?:while\s+)?fighting)\s+(?:the\s+)?", re.I)
# a person's own blast, a few words after the noun that names him: "a man on a motorbike blew himself up"
SELF_BLAST = re.compile(r"[^,;.]{0,40}?\b(?:blew|blows|blowing|blown)\s+(?:him|her|them)sel(?:f|ves)\s+up\b", re.I)
# before a force's place named as where civilians were attacked: "executed at the military camp"
LOCATIVE = re.compile(r"\b(?:at|near|outside|inside|in|behind|close to)\s+(?:an?\s+|the\s+)?$", re.I)


def with_article_sides(trigger: Trigger, actor1: Actor | None, actor2: Actor | None, sides: ArticleSides,
                       text: str = "", where: str = "") -> tuple[Actor | None, Actor | None]:
    """The sides a sentence leaves unnamed, from the article (`ArticleSides`): the attacker of an air
    strike, or of a missile or rocket told as what struck (`projectiles.txt` in the trigger's words of `text`) in
    another country than that state's own (`where`, the ACLED name of the event's country: "Russia launched a
    missile attack on Ukraine. A missile hit Zaporizhzhia." is Russia's; a rocket in Israel in a story of Israeli
    strikes is not Israel's, nor a shelling by a doer the sentence names), and the target of a battle or a strike. A
    town an armed group takes from nobody named was
    taken from the state it lies in (`actors.acled_names`), not from the article's best-known state force
    ("Diabaly fell to the insurgents" in a story of French strikes: Mali's forces lost it)."""
    striker = sides.striker() if actor1 is None else None
    if striker is not None and (trigger.sub_event_type == AIR_STRIKE or _fired_abroad(trigger, striker, text, where)):
        actor1 = striker
    if actor1 is not None and actor1.kind == ARMED and trigger.sub_event_type.startswith(TERRITORY):
        return actor1, actor2
    if actor2 is None and actor1 is not None and (trigger.event_type in TWO_SIDED
                                                  or trigger.sub_event_type == NON_VIOLENT_TRANSFER):
        actor2 = sides.opponent(actor1)
    return actor1, actor2


def _fired_abroad(trigger: Trigger, striker: Actor, text: str, where: str) -> bool:
    """Whether a shelling is a missile or rocket told as what struck (`projectiles.txt` in the trigger's words) that
    fell in another country (`where`) than the striking state's own."""
    return trigger.sub_event_type == SHELLING and state_of(striker.name) not in (None, where) \
        and list_pattern("projectiles.txt").search(text, trigger.start, trigger.end) is not None


def pick_actors(trigger: Trigger, actors: Sequence[Actor], text: str = "") -> tuple[Actor | None, Actor | None]:
    """actor1: the most specific actor before the trigger (the subject), or after 'by'; actor2: the next one
    that is not on actor1's side ("French and Malian troops", "Malian soldiers, backed by French forces").

    Structures that change who acted. Someone who only found, reported or mourned the event ("police
    found the bodies of ...", "Mali announces three days of mourning for ...") is neither side. In the passive
    ("peacekeepers were hit by a bomb", "militants are killed as the air force strikes") the subject and
    the actors listed before it are acted upon, and the attacker is the actor after it or after "by",
    "when", "as"; when none is named, actor1 stays empty rather than making the victim the attacker. A
    clause of its own ("the troops entered the town as French aircraft struck") has its own subject."""
    floor = _reporter_end(text, actors, trigger)
    actors = [a for a in actors if a.start >= floor and not _government_aside(trigger, a)
              and not (a.start >= trigger.end and only_told(text, a)) and not described(text, a)
              and not _where_civilians(text, trigger, a) and not _bomber(text, trigger, a)]
    if trigger.sub_event_type == EXCESSIVE_FORCE:
        return _force_on_crowd(actors)
    before = [a for a in actors if a.start < trigger.start or _typed_on(trigger, a)]
    after = [a for a in actors if trigger.end <= a.start < _taking_ends(text, trigger)]
    acted_on = _acted_on(text, before, trigger)
    if acted_on:
        acting = [a for a in before if a not in acted_on and a.kind != CIVILIAN]
        actor1 = max(acting, key=lambda a: (a.specific, -a.start)) if acting else \
            _agent(text, trigger, after) or _object(text, trigger, after)
        if actor1 is not None and _attacked_first(text, acted_on[0], actor1, trigger):
            return acted_on[0], actor1  # "rebels were killed by police after attacking a post": they opened it
        if actor1 is None and UNNAMED_AGENT.match(text, trigger.end):
            return None, acted_on[0]  # "shot dead by two men": an attacker the sentence names by no side
        if actor1 is None and trigger.sub_event_type == ARMED_CLASH:
            partner = next((a for a in after if CLASH_PARTNER.fullmatch(text, trigger.end, a.start)), None)
            return _fallen_sides(acted_on) or _fallen_state(text, trigger, acted_on, partner) or (partner, acted_on[0])
        return actor1, acted_on[0]
    floor, ends = _clause_start(text, before, trigger), _taking_ends(text, trigger)
    actors = [a for a in actors if floor <= a.start < ends]
    before = [a for a in before if a.start >= floor and a.kind != CIVILIAN]
    struck = _struck_by_subject(text, before)
    subjects = [a for a in before if id(a) not in struck] or before
    actor1 = _owner(trigger, before) or (max(subjects, key=lambda a: (a.specific, -a.start)) if subjects else None)
    side = _side_of(text, actor1, actors) if actor1 else set()
    others = [a for a in list(after) + list(actors)
              if id(a) not in side and (actor1 is None or a.name != actor1.name)]
    actor2 = others[0] if others else None
    agent = (_by_agent(text, trigger, after) or _participle_agent(text, after)) if actor1 is None else None
    if agent is not None:  # "a drone strike by the Chadian-led coalition near Kidal", "the capture of Gao by French forces"
        side = _side_of(text, agent, actors)
        return agent, next((a for a in others if a.name != agent.name and id(a) not in side), None)
    if actor1 is None and trigger.sub_event_type == ARMED_CLASH:
        fallen = _fallen_sides(after)  # "fighting near Gao kills five rebels and two soldiers"
        if fallen and not _opened(text, trigger):
            return fallen
    # an armed group named as the doer of an attack on civilians told after it is its doer too ("killed in a Boko
    # Haram attack on a village", "after MUJAO gunmen open fire"): civilians are its victims
    if actor1 is None and trigger.sub_event_type == ARRESTS:
        return _arresting_force(trigger, actors, others)
    if actor1 is None and actor2 is not None and actor2.kind != CIVILIAN and not _targeted(text, trigger, actor2) \
            and (trigger.event_type not in ONE_SIDED
                 or trigger.event_type == AGAINST_CIVILIANS and actor2.kind == ARMED and _named_as_doer(text, actor2)):
        actor1, side = actor2, _side_of(text, actor2, actors)  # "the capture of Gao by French and Malian forces"
        actor2 = next((a for a in others[1:] if a.name != actor1.name and id(a) not in side), None)
    return actor1, actor2


def _arresting_force(trigger: Trigger, actors: Sequence[Actor],
                     others: Sequence[Actor]) -> tuple[Actor | None, Actor | None]:
    """An arrest told with no holder before it: a state force named after it held ("After arresting two commanders,
    Kenyan troops withdrew"), the others named are the held; with no force named, its police (`unnamed_actors.csv`).
    The people an arrest names are never the side that held them."""
    force = next((a for a in actors if a.kind == STATE and a.start >= trigger.end), None)
    held = next((a for a in others if a is not force and (force is None or a.name != force.name)), None)
    return force, held


def _named_as_doer(text: str, actor: Actor) -> bool:
    """Whether an armed group's name stands as a deed's doer: right before a noun of attack or of its fighters
    ("an Ansar Dine attack", "Ansar Dine gunmen open fire"), not as what was attacked or held ("an attack on
    Boko Haram's base", "an al-Shabaab-held village", "near a Boko Haram camp", "a suspected al-Shabaab
    militant")."""
    before = text[max(0, actor.start - DOER_REACH):actor.start]
    return DOER_NOUN_AFTER.match(text, actor.end) is not None and NOT_DOER_BEFORE.search(before) is None


def _struck_by_subject(text: str, before: Sequence[Actor]) -> set[int]:
    """The actors before the trigger that an earlier one struck, a word of striking between them ("gunmen kill
    20 policemen in an ambush", `target_cues.txt`): the target, never the side that acted, however precisely
    the sentence names it."""
    cues = list_pattern("target_cues.txt")
    return {id(a) for prev, a in zip(before, before[1:]) if prev.kind != CIVILIAN
            and cues.search(text, prev.end, a.start) and not PARTNER_WORD.search(text, prev.end, a.start)}


def _typed_on(trigger: Trigger, actor: Actor) -> bool:
    """Whether the typer's span of an event begins on the actor ("Gunmen attack a navy ship": the span is the
    word "Gunmen"): the sentence's subject, the side that acted, not one the event is told after."""
    return trigger.score is not None and actor.start == trigger.start


def _attacked_first(text: str, acted_on: Actor, agent: Actor, trigger: Trigger) -> bool:
    """Whether the side a passive verb acted on had attacked first, told after it in its sentence ("four rebels
    were killed by police after attacking a checkpoint"; `attacked_first.txt`)."""
    cues = list_pattern("attacked_first.txt")
    if cues.search(text, acted_on.end, trigger.start):  # "rebels, who had stormed a hotel, were shot dead"
        return True
    # after the killer, a "who" clause is the killer's: "were killed by gunmen who stormed the post"
    cue = cues.search(text, max(agent.end, trigger.end), _sentence_around(text, trigger)[1])
    return cue is not None and not cue.group(0).lower().startswith("who")


def _force_on_crowd(actors: Sequence[Actor]) -> tuple[Actor | None, Actor | None]:
    """The sides of force against protesters, by ACLED's definition: the state force named, else nobody named
    (an unidentified armed group), against the crowd ("protesters are killed when police open fire")."""
    force = next((a for a in actors if a.kind == STATE), None) or next((a for a in actors if a.kind == ARMED), None)
    return force, next((a for a in actors if a.kind == CIVILIAN), None)


def _government_aside(trigger: Trigger, actor: Actor) -> bool:
    """A government named beside an event other than a strategic development ("a bomb outside a Malian ministry
    building", "the target was a government compound", "protests against the Thai government"): what was struck
    or opposed, not a side; a state fights through its forces, so as a government it is a side only of a truce,
    a deal, a ban."""
    return actor.name.startswith(GOVERNMENT_OF) and trigger.event_type != STRATEGIC


def _fallen_sides(acted_on: Sequence[Actor]) -> tuple[Actor, Actor] | None:
    """The two sides of a clash told by its dead ("four militants and two soldiers are killed in clashes"): the
    state's forces and the armed men they fought, as ACLED orders them; None unless both are named."""
    state = next((a for a in acted_on if a.kind == STATE), None)
    armed = next((a for a in acted_on if a.kind == ARMED), None)
    return (state, armed) if state and armed else None


def _opened(text: str, trigger: Trigger) -> bool:
    """Whether the sentence names an attack that opened the clash (`opening_attacks.txt`: "an ambush kills four
    soldiers and two attackers", "killed in an assault on their post"): then its opener is not the state."""
    return list_pattern("opening_attacks.txt").search(text, *_sentence_around(text, trigger)) is not None


def _fallen_state(text: str, trigger: Trigger, acted_on: Sequence[Actor], partner: Actor | None
                  ) -> tuple[Actor, Actor | None] | None:
    """A clash told by the state's fallen with no attack named ("two soldiers are killed in a firefight", "troops
    were killed fighting the rebels"): the state's forces first, as ACLED orders the sides of a battle whose
    opener is not told; None where the sentence names an attack (`opening_attacks.txt`: "killed in an ambush")."""
    state = next((a for a in acted_on if a.kind == STATE), None)
    if state is None or _opened(text, trigger):
        return None
    return state, partner


def _sentence_around(text: str, trigger: Trigger) -> tuple[int, int]:
    """The span of the sentence that holds the trigger (full stops only: enough for a cue search)."""
    start = text.rfind(". ", 0, trigger.start)
    end = text.find(". ", trigger.end)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


def _owner(trigger: Trigger, before: Sequence[Actor]) -> Actor | None:
    """The state whose phrase holds the trigger ("Malian troops, backed by French jets, push north": the
    airstrikes are the U.S.'s): the attacker of that event, whoever the sentence's subject is."""
    return next((a for a in before if a.kind == STATE and a.specific and trigger.end <= a.end), None)


def _taking_ends(text: str, trigger: Trigger) -> int:
    """Where the clause of a place's taking ends: who lost the place is named in it, not in a clause told beside
    it ("The troops entered the town as French aircraft struck": the aircraft lost nothing). Other events' actors
    may stand past it; for them, and with no clause after, the text's end."""
    if not text or not (trigger.sub_event_type.startswith(TERRITORY) or trigger.sub_event_type == NON_VIOLENT_TRANSFER):
        return sys.maxsize
    opener = BESIDE_OPENER.search(text, trigger.end)
    return opener.start() if opener else sys.maxsize


def _bomber(text: str, trigger: Trigger, actor: Actor) -> bool:
    """A person who blew himself up in a suicide bombing ("the first suicide bombing: a man on a motorbike
    blew himself up at a checkpoint"): the bomber, whom ACLED codes as an armed group, never its victim."""
    return trigger.sub_event_type == SUICIDE_BOMB and actor.kind == CIVILIAN \
        and SELF_BLAST.match(text, actor.end) is not None


def _where_civilians(text: str, trigger: Trigger, actor: Actor) -> bool:
    """A state force's place named as where civilians were attacked ("at least 11 people were executed at the
    military camp"): the victims of violence against civilians are civilians, the camp is a place."""
    return trigger.event_type == AGAINST_CIVILIANS and actor.generic and actor.kind != CIVILIAN \
        and LOCATIVE.search(text, max(0, actor.start - 16), actor.start) is not None


def _clause_start(text: str, before: Sequence[Actor], trigger: Trigger) -> int:
    """Where the trigger's own clause starts ("... as French aircraft struck"), when an actor stands in it
    before the trigger; else 0 (the whole sentence is the trigger's)."""
    if not text or not before:
        return 0
    opened = [m.end() for m in CLAUSE_OPENER.finditer(text, before[0].start, trigger.start)]
    return opened[-1] if opened and any(a.start >= opened[-1] for a in before) else 0


def _side_of(text: str, actor: Actor, actors: Sequence[Actor]) -> set[int]:
    """Ids of the actors on `actor`'s side: named in the same phrase ("French and Malian troops") or
    joined to it as allies ("Malian soldiers, backed by French forces", either way round)."""
    # "French and Malian troops", also where the phrase stands apart from the actor ("French special forces
    # seized the airport, and French and Malian troops controlled the city")
    phrases = {(a.start, a.end) for a in actors if a.name == actor.name} | {(actor.start, actor.end)}
    side = {id(a) for a in actors if (a.start, a.end) in phrases}
    for joined in (_allies(text, actor, [a for a in actors if a.start >= actor.end], False),
                   _allies(text, actor, [a for a in reversed(actors) if a.end <= actor.start], True)):
        side |= {id(a) for a in joined}
    return side


def _allies(text: str, actor: Actor, others: Sequence[Actor], backwards: bool) -> list[Actor]:
    """The actors joined to `actor` one after another by an ally's gap, going away from it (`others` in that
    order): "Malian soldiers, backed by French forces"."""
    joined, last = [], actor
    for other in others:
        gap = text[other.end:last.start] if backwards else text[last.end:other.start]
        if not ALLY_GAP.fullmatch(gap):
            break
        joined.append(other)
        last = other
    return joined


def _reporter_end(text: str, actors: Sequence[Actor], trigger: Trigger) -> int:
    """Where the last verb of finding, reporting or reacting before the trigger ends (`reporting_verbs.txt`):
    the actors before it are who found or told of the event, not its sides. 0 when there is none."""
    floor = min((a.start for a in actors), default=trigger.start)
    if not text or floor >= trigger.start:
        return 0
    found = [m.end() for m in list_pattern("reporting_verbs.txt").finditer(text, floor, trigger.start)
             if not _declares(text, m, trigger, actors)]
    if not found or OWN_SIDE.match(text, found[-1]) or OWN_ACT.fullmatch(text, found[-1], trigger.start):
        return 0  # "the MNLA said their fighters had entered Menaka": the speaker's own side acted
    return found[-1]


def _declares(text: str, verb: re.Match, trigger: Trigger, actors: Sequence[Actor]) -> bool:
    """Whether a verb of telling declares the trigger's act as its object ("declares a ten-day ceasefire",
    `declaring_verbs.txt`): its subject made that act, it did not only tell of it. An actor between them is the
    act's own subject ("police announced gunmen had killed ...")."""
    return verb.group().lower() in table_lines("declaring_verbs.txt") \
        and DECLARED_GAP.fullmatch(text, verb.end(), trigger.start) is not None \
        and not any(verb.end() <= a.start < trigger.start for a in actors)


def only_told(text: str, actor: Actor) -> bool:
    """Whether an actor only told of the event: a verb of telling after it ("..., police said", "residents and
    officials said", "the regional police commander says") or the agent of one before it ("confirmed dead by the
    police", "as reported by the army", "according to the police", "in what police call a sectarian attack")."""
    if not text:
        return False
    return list_pattern("reporting_verbs.txt").match(text, TELLER_GAP.match(text, actor.end).end()) is not None \
        or TOLD_BY.search(text, max(0, actor.start - TOLD_BY_REACH), actor.start) is not None


def _acted_on(text: str, before: Sequence[Actor], trigger: Trigger) -> list[Actor]:
    """The actors before the trigger up to the last one a passive verb follows ("soldiers, and an
    interpreter are killed when ...", "five policemen die in an attack"): the subject acted upon and those
    listed with it."""
    if not text:
        return []
    ends = [a.start for a in before[1:]] + [trigger.end]
    dying = list_pattern("dying_verbs.txt")
    passive = [i for i, (a, end) in enumerate(zip(before, ends))
               if PASSIVE.search(text[a.end:end]) or dying.search(text, a.end, end) or dead_in_a_toll(text, a, end)
               or a.kind == STATE and _struck_before().search(text, max(0, a.start - STRUCK_REACH), a.start)]
    if not passive:
        return []
    last = before[passive[-1]]
    toll = WITH_BEFORE.search(text, max(0, last.start - WITH_REACH), last.start) \
        if dead_in_a_toll(text, last, ends[passive[-1]]) else None
    # the dead of a toll after "with" are those listed after it, not the attacker before it ("MUJAO attacks hit Gao,
    # with four soldiers killed")
    return [a for a in before[:passive[-1] + 1] if toll is None or a.start >= toll.start()]


def dead_in_a_toll(text: str, actor: Actor, end: int) -> bool:
    """Whether the actor is told as the dead or hurt of a toll after "with", its participle right after it and
    before `end` ("attacks hit two provinces, with scores of civilians and police officers killed"):
    acted upon, as a passive's subject is."""
    return TOLL_PARTICIPLE.match(text, actor.end, end) is not None \
        and WITH_BEFORE.search(text, max(0, actor.start - WITH_REACH), actor.start) is not None


@cache
def _struck_before() -> re.Pattern:
    """A participle of striking a few words before a side ("bombs went off in Gao, targeting the customs office
    and leaving four gendarmes hurt", `target_cues.txt`): the side is what the event struck, even where
    the typer's evidence for the event stands after it."""
    participles = [cue for cue in table_lines("target_cues.txt") if cue.endswith("ing")]
    return re.compile(alternation(participles) + r"\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def _targeted(text: str, trigger: Trigger, actor: Actor) -> bool:
    """State forces named after the event as what it struck ("an ambush kills four soldiers", "an attack on an
    army post", `target_cues.txt`): the victim, which a sentence naming no attacker must not make the attacker.
    Only state forces: armed men killed by a blast may be its own bombers ("a car bomb goes off early,
    killing 21 militants")."""
    if actor.kind != STATE or actor.start < trigger.end:
        return False
    cues = list_pattern("target_cues.txt")
    words = text[trigger.start:trigger.end].split()
    # the trigger's own last word may be the cue ("attack on"), but not a one-word trigger ("killed ... police")
    last = None
    for last in cues.finditer(text, trigger.end, actor.start):
        pass
    cue_end = last.end() if last else trigger.end if len(words) > 1 and cues.fullmatch(words[-1]) else None
    return cue_end is not None and not PARTNER_WORD.search(text, cue_end, actor.start)


def _by_agent(text: str, trigger: Trigger, after: Sequence[Actor]) -> Actor | None:
    """The actor named after "by" right after an event noun ("a drone strike by the Chadian-led coalition"),
    within its clause; not a civilian, nor who only told of it."""
    agent = next((a for a in after if a.kind != CIVILIAN and BY_AGENT.fullmatch(text, trigger.end, a.start)
                  and not _holder(text, trigger.end, a.start)), None)
    # "the attack was condemned by the UN": who told of it or judged it is no agent (`reporting_verbs.txt`)
    told = agent is not None and list_pattern("reporting_verbs.txt").search(text, trigger.end, agent.start)
    return None if told else agent


def _participle_agent(text: str, after: Sequence[Actor]) -> Actor | None:
    """The actor right after a participle and "by" after the event ("..., most likely killed by Boko Haram"):
    its agent, unless the participle is one of holding ("the town held by ...")."""
    return next((a for a in after if a.kind != CIVILIAN and PARTICIPLE_BY.search(text, max(0, a.start - 40), a.start)
                 and not _holder(text, max(0, a.start - 40), a.start)), None)


def _agent(text: str, trigger: Trigger, after: Sequence[Actor]) -> Actor | None:
    """The actor named after "by" (or "when", "as" ...) following a passive trigger ("were killed by
    gunmen", "are killed when an allied air strike ..."), if any; a trigger that ends in "by" ("shot by") has it."""
    since = trigger.end - len("by") if text[trigger.start:trigger.end].lower().endswith(" by") else trigger.end
    return next((a for a in after if AGENT_CUE.search(text[since:a.start])), None)


def _object(text: str, trigger: Trigger, after: Sequence[Actor]) -> Actor | None:
    """The actor right after a trigger that is a verb of suffering or fighting off, as its object ("the garrison
    repelled an Islamic State attack", `dying_verbs.txt`): the attacker. Not after an event noun ("an attack
    on a military post": the post was struck)."""
    if not list_pattern("dying_verbs.txt").fullmatch(text, trigger.start, trigger.end):
        return None
    return next((a for a in after if a.kind != CIVILIAN and OBJECT_GAP.fullmatch(text, trigger.end, a.start)), None)


def _holder(text: str, start: int, end: int) -> bool:
    """Whether "by" between an event and an actor follows a participle of holding ("the town held by
    Ansar Dine", `holding_participles.txt`): the actor holds the target; it is no agent of the event."""
    return _holding_by().search(text, start, end) is not None


@cache
def _holding_by() -> re.Pattern:
    return re.compile(alternation(table_lines("holding_participles.txt")) + r"\s+by\b", re.I)
