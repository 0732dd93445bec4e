"""What a trigger's context makes of it: another event type or sub-type. Movements and gains of ground
need their kind of actor; destruction by an attack is that attack's; a bomb that goes off early is its
bombers' accident; a clash with no two armed sides is an attack on civilians; a crowd that fights riots; a
crowd that kills or carries off a person is mob violence; a bomb or missile an aircraft fired is an air
strike, and a bombing a suicide bomber carried out a suicide bomb; an attack foiled is disrupted weapons
use; police raid no place from the air; a taking without a fight is a non-violent transfer; the takers
named as the subject decide whose gain a place is; crowd violence needs a crowd and remote violence a
weapon; state forces killed were fought; and a riot's or a demonstration's first side is the crowd. The
steps a clause's chosen triggers go through are one table, `RETYPING_STEPS` (`not_events.NO_EVENT_STEPS`
then drops what is no event).

Tables read: crowds.txt, premature_cues.txt, aircraft.txt, attack_nouns.txt, structures.txt,
securing_cues.txt, peaceful_cues.txt, reporting_verbs.txt, turning_violent.txt, protest_settings.txt,
uncrewed_words.txt, foil_cues.txt, downing_verbs.txt, manned_aircraft.txt, civilian_sites.txt,
occupied_sites.txt.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from . import tables
from .actors import ARMED, CIVILIAN, CROWDS, STATE, Actor
from .clauses import Clause
from .models import Event
from .not_events import VIOLENT_TYPES, needs_met, ordinary_arrest
from .pauses import AFTER_REACH, CLAUSE_BREAK, WORDS, pause_after
from .phrases import alternation, closing_phrases, list_pattern, table_lines
from .sides import AIR_STRIKE, NON_VIOLENT_TRANSFER, SUICIDE_BOMB, TERRITORY
from .tolls import counts_people_at, counts_unarmed, fatalities, mentions_death
from .triggers import Trigger
from .vocabulary import (ARMED_CLASH, ARRESTS, DESTRUCTION, GOVERNMENT_REGAINS, NON_STATE_OVERTAKES, REMOTE_BOMB,
                         TERRITORY_CHANGES)

GOVERNMENT_HINT = "territory:government"
NAMED_ACT_PRIORITY = 5  # triggers.csv: a strategic development's word this firm names its act ("ceasefire", "arrested")
# a word opening a clause of its own right before a side, its subject ("as rebels seize"; not "as many as 42 ...",
# "as many as thirty ...": an "as" of a comparison)
OPENER_BEFORE = re.compile(r"\b(?<!many\s)(?<!much\s)(?<!well\s)(?<!such\s)(?:as|while|when|whereas|but|after|before)"
                           r"\s+(?:the\s+|an?\s+)?(?:[A-Za-z][\w'’-]*\s+){0,2}$", re.I)
# a change of hands whose taker the clause's subject names (`taken_by`): its sub-type, whoever actor1 turns out to be
TAKEN_BY_STATE, TAKEN_BY_GROUP = "territory:by state forces", "territory:by an armed group"
# what joins the takers of one subject: "Hezbollah and the Syrian army gain ground", "troops, backed by militias,",
# a generic noun of the first one's name between ("Ansar Dine fighters and Malian troops"); a backer (`backer`:
# "rebels backed by French jets") helps the takers and is none of them
SUBJECT_JOIN = re.compile(r"(?:\s+[a-z]+)?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s*(?:(?P<backer>(?:backed|supported|"
                          r"assisted|aided)\s+by)|joined\s+by|alongside|together\s+with)\s+)(?:the\s+)?", re.I)
ONE_SIDED_PRIORITY = 3  # triggers.csv: an Armed clash row at this priority ("attacked", "attack on") names no fight
RIOTS, VIOLENT_DEMONSTRATION, PROTESTS = "Riots", "Violent demonstration", "Protests"
PEACEFUL_PROTEST = "Peaceful protest"
EXCESSIVE_FORCE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
# a blast that reaches a protest: the explosive, then where it went off, then the protest within a few words
BLAST_AT_PROTEST = re.compile(r"\b(?:explosions?|blasts?|bombs?|grenades?|explosives?)\b[^,;.]{0,30}?\b(?:at|on|into|"
                              r"rocks?|rocked|hits?|struck|among|targeting|targeted)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
                              r"(?:protests?|rall(?:y|ies)|demonstrations?|marche?s?|protesters|protestors|demonstrators|"
                              r"sit-ins?)\b", re.I)
ARREST_OBJECT_WORDS = 6  # words of an arrest's object before the protest it was made at ("hundreds of people")
ARREST_REACH = 30  # characters between a word of arrest and the protesters it names ("arrest dozens of protesters")
# the demonstrations whose first side is the crowd (ACLED: Rioters, Protesters), whoever is the subject; force
# against protesters keeps the force first
CROWD_LED = frozenset({PEACEFUL_PROTEST, "Protest with intervention"})  # INTERVENTION, below
DISRUPTED_WEAPONS = "Disrupted weapons use"
STRATEGIC = "Strategic developments"
CROWD_AS_OBJECT = re.compile(r"\b(?:on|at|against|upon|into)\s+(?:the\s+|a\s+)?(?:crowds?\s+of\s+)?$", re.I)
PEACEFULLY = re.compile(r"\bpeacefully\b", re.I)  # how a protest was held (not "peaceful protesters", who may be fired on)
AUXILIARIES = re.compile(r"(?:\s+(?:also|had|has|have|reportedly|partly|largely|completely))*\s*$", re.I)
# a side's own things that it saw destroyed, told between the verb and the participle: "had seen their vehicles"
OWN_LOSS = re.compile(r"\b(?:saw|seen|see|sees)\s+(?:their|its|his|her)\s+[^,;.]{1,60}$", re.I)
PASSIVE_BEFORE = re.compile(r"\b(?:was|is|were|are|been|being)\s+$", re.I)  # "protesters were attacked"
# the subject acted upon before a change of hands: "Konna was taken", "the army lost Konna"
PASSIVE_TAKING = re.compile(r"\b(?:was|is|were|are|been|being|lost|lose|loses|cede|ceded)\b", re.I)
MOB_VIOLENCE, SHELLING = "Mob violence", "Shelling/artillery/missile attack"
# people killed or hurt during or at a protest: "two people are killed during protests", "injured at the rally"
# ("killed in March": a month, no march; "relatives of the dead", "those killed", "who died": the dead a noun or a
# relative clause's, mourned at the rally, not killed at it)
HURT_AT_PROTEST = re.compile(r"\b(?<!\bthe\s)(?<!\bthose\s)(?<!\bwho\s)"
                             r"(?P<hurt>killed|dead|die|dies|died|wounded|injured|injuries|hurt)\b[^.;]{0,60}?"
                             r"\b(?:during|at|in)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
                             r"(?:protests?|demonstrations?|rall(?:y|ies)|(?-i:march(?:es)?)|Marches)\b", re.I)
DEATH_WORDS = frozenset({"killed", "dead", "die", "dies", "died"})
# police or troops as the subject of a passive or of suffering, up to the word of hurt: "two officers sustain injuries"
# ("officers have also been badly"; not "police say scores were": the verb another subject's)
FORCES_HURT = re.compile(r"\b(?:police|policemen|policeman|officers?|soldiers?|troops|guardsmen|security forces)\s+"
                         r"(?:(?:officers|also|have|has|had|reportedly)\s+){0,2}(?:are|were|was|is|been|sustain\w*|"
                         r"suffer\w*)\s+(?:[\w-]+\s+){0,2}$", re.I)
# after a side, up to a passive of killing or a word of dying, no verb of attack: the side is among the dead. "shot
# dead" with an object after it is a verb of attack ("two policemen shot dead a thief"), with none a headline's passive
DEAD_AFTER = re.compile(r"(?:(?!\b(?:kill|kills|killing|shoot|shoots|shooting|storm|storms|stormed|attack|attacks|"
                        r"attacked|open|opens|opened|ambush|ambushed|shot\s+dead\s+(?:an?|the|his|her|their|its|two|"
                        r"three|four|five|six|seven|eight|nine|ten|\d+))\b)[^.;])*?\b(?:(?:are|were|was|is|been|being)\s+"
                        r"(?:\w+\s+){0,2}?(?:killed|slain|shot|executed|wounded|injured)|die|dies|died|dead)\b", re.I)
# words of an attack in a sentence: a place so taken was fought for
ATTACKING = re.compile(r"\b(?:attack\w*|assault\w*|storm\w*|shell\w*|bomb\w*|air\s*strikes?|raid\w*|offensive|"
                       r"siege|besieg\w*|gunfire|shots?|wounded|injured)\b", re.I)
TAKING_BY_FORCE = re.compile(r"\b(?:captur\w*|seiz\w*|overr[au]n\w*|conquer\w*)\b", re.I)  # not "take control of"
DEATH_TOLD = re.compile(r"\b(?:kill(?:s|ed|ing)?|dead|deaths?|die[sd]?|dying|slain|executed|massacre[sd]?)\b", re.I)
# words of an armed side, in any case: a clause with one names a side even where no actor was found
SIDE_WORDS = re.compile(r"\b(?:soldiers?|troops|police\w*|army|military|officers?|guards?|militants?|rebels?|"
                        r"fighters?|gunm[ae]n|insurgents?|jihadists?|militiam[ae]n|militias?)\b", re.I)
# words of a site the state's forces guard: "the governor's compound", "a UN compound", "the ministry's offices"
STATE_SITE = re.compile(r"\b(?:governor\w*|government|ministry|ministries|presidential|military|army|police|"
                        r"intelligence|security|(?-i:UN))\b", re.I)
LOCATIVE_AFTER = re.compile(r"\b(?:near|in|at|outside|inside|behind|close|around|beside|by|from|during|after)\b",
                            re.I)  # where an object's words end
# a crowd or its act in any form ("a protester", "riot police", "villagers lynch a thief")
CROWD_STEMS = re.compile(r"protest|demonstrat|riot|rall(?:y|ies)|march|mob\b|crowd|unrest|villagers|residents|locals|"
                         r"vigilantes|lynch|sit-in|vigil|picket|gather|strikers", re.I)
# the weapons of remote violence in any form ("bombing", "explosives", "shelled", "airstrike", "blew himself up")
WEAPON_STEMS = re.compile(r"bomb|explo|blast|blew|blow|\b(?:VB|SVB)?IEDs?\b|\bRPGs?\b|mines?\b|landmine|grenade|shell|"
                          r"mortar|rocket|missile|artiller|strike|raid|drone|detonat|suicide|barrage|warplane|\bjets?\b|"
                          r"aircraft|helicopter|plane|chemical|\bgas\b|chlorine|sarin|mustard|device|munition|projectile|"
                          r"napalm|\btanks?\b|gunboat|warship|cannon|howitzer|gunship|pound|barrel|\bgrads?\b|katyusha|"
                          r"heavy (?:weapons|guns)|air[\s-]forces?|booby|\bUAVs?\b|ordnance", re.I)

CROWD_VIOLENCE = frozenset({VIOLENT_DEMONSTRATION, MOB_VIOLENCE, EXCESSIVE_FORCE})  # violence that needs a crowd
REMOTE_EVENTS = "Explosions/Remote violence"
CIVILIAN_VIOLENCE = "Violence against civilians"
POLICE_FORCES = "Police Forces"  # the start of ACLED's names for a state's police: they raid on the ground
RAID_AFTER = re.compile(r"[\s-]?raids?\b", re.I)  # right after a group's name: the raid it made ("an al-Qaeda raid")
# the weapon's word a suicide bomber's act keeps after "suicide": "a double suicide car bombing"
SUICIDE_BEFORE = re.compile(r"\bsuicide\s+(?:[\w-]+\s+)?$", re.I)
# a bomber's own death told: a suicide bomb ("a bomber had blown himself up", "wearing an explosives vest")
SUICIDE_TOLD = re.compile(r"\bsuicide\b|\b(?:blew|blown|blows|blowing|blow)\s+(?:him|her|them)sel(?:f|ves)\s+up\b|"
                          r"\bexplosives?\s+(?:belts?|vests?)\b|\bself-detonat", re.I)
AIRCRAFT_REACH = 5  # words between an aircraft named as the subject and the verb of its strike
# an aircraft named as where a weapon came from: "missiles fired from a U.S. drone", "dropped by helicopters";
# a bare "by" is how people travel ("the wounded were evacuated by helicopter"): only a weapon's verb makes it
FROM_AIRCRAFT = re.compile(r"(?:\bfrom|\b(?:fired|launched|dropped)\s+by)\s+(?:an?\s+|the\s+)?(?:[\w.'’-]+\s+){0,2}$",
                           re.I)
# an aircraft word naming a place or a person of an air force, not a craft in the air ("an air force base")
NOT_IN_THE_AIR = re.compile(r"[\s-]+(?:bases?|airfield|field|station|officers?|pilots?|academy|factory|plant|crash)\b",
                            re.I)
ABDUCTION = "Abduction/forced disappearance"
NUMBER_OR_WORD = re.compile(r"\d+(?:,\d{3})+|[\w'’-]+")  # "3,000" one word, as it is one count
TAKEN_REACH = 6  # words of a count of people captured in which their noun stands ("up to 3,000 fleeing villagers")
# words between a verb of downing and the aircraft after it, or between the aircraft and the verb after it
DOWNING_GAP, SUBJECT_GAP = 6, 10
UNCREWED_REACH = 20  # characters before a downed aircraft where a word of no crew may qualify it ("remotely piloted")
BY_AGENT = re.compile(r"\bby\s+(?:an?\s+|the\s+)?", re.I)
# a word of fighting between sides, whose dead are no one-sided attack's ("fighting", "clashes", "crossfire")
FIGHTING = re.compile(r"\b(?:fighting|fought|fights?|battles?|battled|battling|clash(?:es|ed)?|firefights?|gunfights?|"
                      r"gun\s*battles?|crossfire|exchanges?\s+of\s+fire)\b", re.I)
SPACE_BEFORE_WORD = re.compile(r"\s+(?=\S)")
# words saying the people killed were held when killed: "captured soldiers", "their hostages", "prisoners"
CAPTIVES = r"\b(?:captured|captive|captives|hostages?|prisoners?|kidnapped|abducted|detained|detainees|abductees)\b"
EXECUTION = re.compile(r"\b(?:execut(?:e|es|ed|ing|ion|ions)|behead(?:s|ed|ing|ings)?)\b", re.I)  # of captives
# up to three words of the victims' phrase ("23 captured", "1,200 of the"), no clause joined by "and" or a comma:
# in "killed two soldiers and captured three" the captured are others than the dead
VICTIM_GAP = r"\s+(?:(?!(?:and|or|but|then|while)\s)[\w-]+(?:,\d{3})*\s+){0,3}?"
NOT_OBJECT = r"(?:by|at|in|near|on|outside|inside|from|during|after|before|with|for|as|while|when|of)"
POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")  # right after a name: "a soldier's", "the soldiers'"
VICTIM_WINDOW = 60  # characters before a side named as a killing's object where the word of killing may stand
COUNT_WORDS = 2  # words before a side's name in which its count stands ("six suspected rebels")
BY_CROWD_REACH = 40  # characters between a deed and "by" the crowd that did it ("beaten to death by strikers")
DEPLOYMENT = "Other"  # ACLED codes forces taking up positions to secure a place as Strategic developments / Other


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


def with_context_rules(trigger: Trigger, actors: list[Actor], sentence: str, before: str) -> Trigger | None:
    """Rules that need the rest of the sentence (`before`: its text before the trigger): movements need an
    armed group; destruction by an attack is that attack's; a capture of a count of people is no
    territory; a bomb that goes off early is its bombers' accident (`premature_cues.txt`); an 'attack' on civilians
    (not by a crowd, whose fight `crowd_events` makes a riot) is violence against them; a
    territorial gain without a fight is a non-violent transfer; forces moving in to secure a place deploy."""
    if not needs_met(trigger, actors) or _caused_by_attack(trigger, before, actors):
        return None
    if trigger.sub_event_type.startswith(TERRITORY) and _people_taken(sentence, len(before) + trigger.end - trigger.start):
        return _taking_people(trigger, sentence, len(before) + trigger.end - trigger.start)
    if trigger.sub_event_type.startswith(TERRITORY) and _peaceful(sentence, len(before), trigger):
        return Trigger(trigger.start, trigger.end, "Strategic developments", NON_VIOLENT_TRANSFER,
                       trigger.place_role, trigger.needs, trigger.priority)
    if trigger.sub_event_type == NON_VIOLENT_TRANSFER and _to_secure(sentence, len(before) + trigger.end - trigger.start):
        return replace(trigger, sub_event_type=DEPLOYMENT)
    if trigger.sub_event_type == REMOTE_BOMB and list_pattern("premature_cues.txt").search(sentence):
        return Trigger(trigger.start, trigger.end, "Strategic developments", DISRUPTED_WEAPONS,
                       trigger.place_role, trigger.needs, trigger.priority)
    if trigger.sub_event_type == DESTRUCTION and _killed_too(actors, sentence):
        return replace(trigger, event_type=CIVILIAN_VIOLENCE, sub_event_type="Attack")
    if trigger.sub_event_type == REMOTE_BOMB and _wrecks_property(sentence, len(before), trigger):
        return replace(trigger, event_type="Strategic developments", sub_event_type=DESTRUCTION)
    if trigger.sub_event_type == ARMED_CLASH and any(a.kind == CIVILIAN for a in actors) \
            and not any(a.kind == STATE for a in actors) and not _two_armed_sides(actors) \
            and not _crowd_fights(trigger, actors, before, sentence[len(before) + trigger.end - trigger.start:]):
        return Trigger(trigger.start, trigger.end, "Violence against civilians", "Attack",
                       trigger.place_role, trigger.needs, trigger.priority)
    return trigger


def _taking_people(trigger: Trigger, sentence: str, end: int) -> Trigger | None:
    """A word of capture (ending at `end`) whose object is people took no place: civilians so taken are
    abducted; the crew of an aircraft shot down were taken in the fight that downed it (`downed_aircraft`:
    "shot down a jet and captured its pilot"); fighters or soldiers taken alone make no event of their own."""
    if _civilians_taken(sentence, end):
        return replace(trigger, event_type=CIVILIAN_VIOLENCE, sub_event_type=ABDUCTION)
    return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH) if _downs_crewed(sentence) else None


def _people_taken(sentence: str, end: int) -> bool:
    """Whether what a word of capture (ending at `end`) took were people: a count of them ("captured three
    alive", "seized 12 rebels") or a noun of people taken (`captive_nouns.txt`: "captured its pilot",
    "seized the crew of two boats")."""
    return counts_people_at(sentence, end) or _captive_object().match(sentence, end) is not None


@cache
def _captive_object() -> re.Pattern:
    """A determiner and up to two words, then a noun of people taken, right after a word of capture."""
    return re.compile(r"\s+(?:the|its|their|his|her|a|an)\s+(?:[\w'’-]+\s+){0,2}?"
                      + alternation(table_lines("captive_nouns.txt")), re.I)


def _killed_too(actors: list[Actor], sentence: str) -> bool:
    """Whether an armed group that burned or wrecked property killed people in the same sentence ("militants
    kill nine people and burn down twenty houses"), with no state force named: the destruction is part of
    its attack on civilians (ACLED: Violence against civilians / Attack), the deadlier act, one event."""
    return any(a.kind == ARMED for a in actors) and not any(a.kind == STATE for a in actors) \
        and mentions_death(sentence) and bool(fatalities(sentence))


def _civilians_taken(sentence: str, end: int) -> bool:
    """Whether the people counted right after a word of capture (`end`: where it ends) are civilians, by a
    noun of the first few words (`civilian_nouns.txt`, `unarmed_victims.txt`): "captured up to 3,000 fleeing
    villagers" is an abduction, "seized 12 rebels" none."""
    nouns = {*table_lines("civilian_nouns.txt"), *table_lines("unarmed_victims.txt")}
    words = NUMBER_OR_WORD.findall(sentence, end, min(len(sentence), end + AFTER_REACH))
    return any(w.lower() in nouns for w in words[:TAKEN_REACH])


def _to_secure(sentence: str, end: int) -> bool:
    """Whether the words right after a move (`end`: where its trigger ends) say it was made to secure or hold
    the place (`securing_cues.txt`): a deployment ("entered Kidal to secure the town"), not a place taken."""
    after = " ".join(WORDS.findall(sentence, end, pause_after(sentence, end, min(len(sentence), end + AFTER_REACH))))
    return list_pattern("securing_cues.txt").match(after) is not None


def _peaceful(sentence: str, at: int, trigger: Trigger) -> bool:
    """Whether the taking of a place (its trigger at `at` in the sentence) was without a fight (`peaceful_cues.txt`),
    said in its own clause or in one after it that goes on with the same move ("took the airport, and on
    Monday their patrols moved into the town without resistance"); not in a later clause someone reports
    ("Gao fell to the rebels, and residents said the troops had left": another act, the troops')."""
    end = at + trigger.end - trigger.start
    opening = max((m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, at)), default=0)
    for cue in list_pattern("peaceful_cues.txt").finditer(sentence, opening):
        breaks = [m.end() for m in CLAUSE_BREAK.finditer(sentence, end, cue.start())]
        if not breaks or not list_pattern("reporting_verbs.txt").search(sentence, breaks[-1], cue.start()):
            return True
    return False


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


def _crowd_fights(trigger: Trigger, actors: list[Actor], before: str, after: str) -> bool:
    """Whether a crowd fights (`before`, `after`: the clause's text on either side of the trigger): a clash
    with protesters or another crowd (`crowds.txt`) in the clause ("clashes between rival supporters and
    police"), or a bare "attack" with the crowd as its subject ("demonstrators attacked spectators"; not
    "police attacked protesters", nor "protesters were attacked")."""
    if trigger.sub_event_type != ARMED_CLASH or _two_armed_sides(actors):
        return False
    crowds = list_pattern("crowds.txt")
    if trigger.priority > ONE_SIDED_PRIORITY:
        return any(a.name == CROWDS["Protests"] for a in actors) or crowds.search(before) is not None \
            or crowds.search(after) is not None
    return not PASSIVE_BEFORE.search(before) and (
        any(a.name == CROWDS["Protests"] and a.start < trigger.start for a in actors) or crowds.search(before) is not None)


def on_the_ground(trigger: Trigger, attacker: Actor | None, actors: list[Actor], text: str,
                   sentence: str) -> Trigger | None:
    """An air strike word with no aircraft in the sentence (`aircraft.txt`) and no state forces as its
    attacker (by the sentence's structure; the article has told of no air strike before): a "bombing" ("a
    truck bombing kills 30", "bombings at two mosques") is a bomb set off on the ground; the rules' "strikes"
    in a sentence that names no armed side and no death ("lightning strikes", "strikes by air traffic
    controllers") are no event; a raid an armed group made is a battle on the ground ("an al-Qaeda raid on
    the town")."""
    police = attacker is not None and attacker.name.startswith(POLICE_FORCES)
    if trigger.sub_event_type != AIR_STRIKE or list_pattern("aircraft.txt").search(sentence) \
            or (attacker is not None and attacker.kind == STATE and not police):
        return trigger
    if "bomb" in text[trigger.start:trigger.end].lower():
        return replace(trigger, sub_event_type=SUICIDE_BOMB if _by_suicide(trigger, text) else REMOTE_BOMB)
    if _armed_group_raids(trigger, attacker, actors, text):
        return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH)
    if police:  # "police arrest 400 suspects in raids": the arrests are the event, no strike from the air
        return None
    unarmed = all(a.kind == CIVILIAN for a in actors)
    return None if trigger.score is None and unarmed and fatalities(sentence) is None else trigger


def _armed_group_raids(trigger: Trigger, attacker: Actor | None, actors: list[Actor], text: str) -> bool:
    """Whether an armed group made the raid, as the attacker of the word "raid" or named right before it ("an
    al-Qaeda raid on the town"): a group on the ground attacking, which ACLED codes as a battle, not an air
    raid."""
    raid = "raid" in text[trigger.start:trigger.end].lower()
    return (raid and attacker is not None and attacker.kind == ARMED) or any(
        a.kind == ARMED and RAID_AFTER.match(text, a.end) for a in actors)


def _by_suicide(trigger: Trigger, text: str) -> bool:
    """Whether "suicide" qualifies the bombing word ("a double suicide car bombing"): a suicide bomb."""
    return SUICIDE_BEFORE.search(text, max(0, trigger.start - 30), trigger.start) is not None


def by_its_carrier(trigger: Trigger, clause: Clause) -> Trigger:
    """A bombing's sub-type by what carried the bomb, told in the clause: an aircraft
    (`_from_the_air`), or a suicide bomber, whom a suicide bomb needs told ("suicide", "had blown himself
    up", "an explosives vest"); a "bomb attack on a convoy" with none is a remote explosive (ACLED: Remote
    explosive/landmine/IED), whatever the typer guessed."""
    if trigger.sub_event_type == SUICIDE_BOMB and not SUICIDE_TOLD.search(clause.text, clause.start, clause.end):
        return replace(trigger, sub_event_type=REMOTE_BOMB)
    return _from_the_air(trigger, clause.text, clause.start, clause.end)


def _from_the_air(trigger: Trigger, text: str, start: int, end: int) -> Trigger:
    """A bomb, a missile or a shell that an aircraft dropped or fired is an air strike (ACLED: Air/drone
    strike), whatever the word for the weapon: the aircraft is the subject just before the verb ("a coalition
    helicopter bombs a truck") or where the weapon came from ("missiles fired from a drone strike a car"),
    in the clause text[start:end]. An air force's base or officer is no aircraft ("a car bomb at an air base")."""
    if trigger.sub_event_type not in (SHELLING, REMOTE_BOMB):
        return trigger
    for craft in list_pattern("aircraft.txt").finditer(text, start, end):
        if NOT_IN_THE_AIR.match(text, craft.end()):
            continue
        subject = craft.end() <= trigger.start and len(WORDS.findall(text, craft.end(), trigger.start)) <= AIRCRAFT_REACH
        if subject or FROM_AIRCRAFT.search(text, max(start, craft.start() - 40), craft.start()):
            return replace(trigger, event_type=REMOTE_EVENTS, sub_event_type=AIR_STRIKE)
    return trigger


def downed_aircraft(trigger: Trigger, clause: Clause) -> Trigger:
    """A crewed aircraft shot down (`downing_verbs.txt`, `manned_aircraft.txt`: "rebels shot down a fighter
    jet", "an army helicopter was downed") in the clause was in a fight with those who fired
    (ACLED: Battles / Armed clash); only a drone or a missile brought down is disrupted weapons use."""
    if trigger.sub_event_type != DISRUPTED_WEAPONS or not _downs_crewed(clause.text, clause.start, clause.end):
        return trigger
    return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH)


def _downs_crewed(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] tells a crewed aircraft downed (`_downing`). A match that names, or follows
    within a few characters, a word of no crew (`uncrewed_words.txt`: "shot down an unmanned aircraft",
    "downed two drones targeting its jets") tells a drone downed, whatever aircraft word it holds."""
    uncrewed = list_pattern("uncrewed_words.txt")
    return any(uncrewed.search(text, max(start, m.start() - UNCREWED_REACH), m.end()) is None
               for m in _downing().finditer(text, start, len(text) if end is None else end))


@cache
def _downing() -> re.Pattern:
    """A verb of downing and a crewed aircraft within six words, in either order ("downed two air force warplanes",
    "a jet is shot down"), or up to ten words of what the aircraft was doing between it and the verb after it,
    with no pause ("a helicopter patrolling over the hills east of the city is shot down")."""
    verbs, craft = alternation(table_lines("downing_verbs.txt")), alternation(table_lines("manned_aircraft.txt"))
    return re.compile(rf"{verbs}\s+(?:[\w'’-]+\s+){{0,{DOWNING_GAP}}}?{craft}|"
                      rf"{craft}\s+(?:[\w'’-]+\s+){{0,{SUBJECT_GAP}}}?{verbs}", re.I)


def taken_quietly(trigger: Trigger, clause: Clause) -> Trigger:
    """A building or an installation taken over (`occupied_sites.txt`: "take control of the naval base",
    "regained control of the city hall"), its sentence telling no fight, attack or death, changed hands without
    violence (ACLED: Strategic developments / Non-violent transfer of territory). A town so taken is not: a
    headline names a town's taking without the fighting it took."""
    if not (trigger.sub_event_type.startswith(TERRITORY) or trigger.sub_event_type in TERRITORY_CHANGES):
        return trigger
    text, end = clause.text, trigger.end
    object_end = _object_end(text, end, pause_after(text, end, min(clause.end, end + AFTER_REACH)))
    sentence = clause.sentence.text
    if list_pattern("occupied_sites.txt").search(text, end, object_end) is None or FIGHTING.search(sentence) \
            or ATTACKING.search(sentence) or DEATH_TOLD.search(sentence) or _stormed_by_group(trigger, clause):
        return trigger
    return replace(trigger, event_type=STRATEGIC, sub_event_type=NON_VIOLENT_TRANSFER)


def _stormed_by_group(trigger: Trigger, clause: Clause) -> bool:
    """Whether no state force took the site and the sentence says it was taken by force (`TAKING_BY_FORCE`:
    "rebels capture an army base", "a barracks is overrun"): the state's forces held it, and a headline names its
    taking without the fight, as a stronghold's; a state's forces may take one unopposed ("Russian forces overrun
    the navy headquarters")."""
    return TAKING_BY_FORCE.search(clause.sentence.text) is not None \
        and not any(a.kind == STATE for a in _subject(clause, trigger))


def taken_by(trigger: Trigger, clause: Clause) -> Trigger:
    """A place changing hands is the government's regaining when state forces are among the takers the clause
    names as its subject ("Hezbollah and the Syrian army gain ground", "troops kill 40 militants and capture their
    camp"), a non-state actor's overtaking when the subject is armed groups alone (ACLED: the side that
    takes the place decides); told in the passive or with no subject, the actors decide later (`sub_event`)."""
    if not trigger.sub_event_type.startswith(TERRITORY):
        return trigger
    subject = _subject(clause, trigger)
    gap = (clause.text, subject[-1].end, trigger.start) if subject else None
    if gap is None or PASSIVE_TAKING.search(*gap) or list_pattern("reporting_verbs.txt").search(*gap):
        return trigger  # "Konna was taken", "the army lost Konna", "the army says rebels took Konna"
    if any(a.kind == STATE for a in subject):
        return replace(trigger, sub_event_type=TAKEN_BY_STATE)
    return replace(trigger, sub_event_type=TAKEN_BY_GROUP) if all(a.kind == ARMED for a in subject) else trigger


def _subject(clause: Clause, trigger: Trigger) -> list[Actor]:
    """The clause's subject before the trigger: its first actor, or the first after a word opening a clause of
    its own (`OPENER_BEFORE`), and those joined to it one after another (`SUBJECT_JOIN`) up to a backer; none when a
    civilian or nothing stands first."""
    before = [a for a in clause.actors if clause.start <= a.start and a.end <= trigger.start]
    # a clause of its own opened before the trigger has its own subject: "troops retreat as rebels seize Konna"
    opened = [i for i, a in enumerate(before) if OPENER_BEFORE.search(clause.text, clause.start, a.start)]
    before = before[opened[-1]:] if opened else before
    if not before or before[0].kind == CIVILIAN:
        return []
    subject = [before[0]]
    for actor in before[1:]:
        join = SUBJECT_JOIN.fullmatch(clause.text, subject[-1].end, actor.start)
        if join is None or join.group("backer"):
            break
        subject.append(actor)
    return subject


def one_sided(trigger: Trigger, clause: Clause) -> Trigger:
    """An armed clash where no two sides fight is an attack on civilians when its dead are counted as
    people who are no side ("gunmen raid a hotel, leaving nine people dead"; "five people are killed in an
    attack on the coast"), or when the clause names no side at all but its dead ("four are killed in an attack
    in the city"): ACLED's clash needs two organised armed sides. Two sides are state forces, two armed
    groups, or a word of fighting each other (a clash trigger firmer than a bare "attack", or `FIGHTING`:
    "killed in a gunfight between feuding clans"). A place where people live or work as its object ("militants
    storm a hotel") is an attack on the people there, however firm the verb."""
    actors = clause.actors
    if trigger.sub_event_type != ARMED_CLASH or any(a.kind == STATE for a in actors) \
            or len({a.name for a in actors if a.kind == ARMED}) > 1 \
            or FIGHTING.search(clause.text, clause.start, clause.end):
        return trigger
    if _civilian_object(trigger, clause):  # "militants storm a hotel": whatever the verb, no one there fought
        return replace(trigger, event_type="Violence against civilians", sub_event_type="Attack")
    if any(t.sub_event_type == ARMED_CLASH and t.priority > ONE_SIDED_PRIORITY for t in clause.triggers) \
            or not (counts_unarmed(clause.words) or _no_side_but_dead(clause)):
        return trigger
    return replace(trigger, event_type="Violence against civilians", sub_event_type="Attack")


def _no_side_but_dead(clause: Clause) -> bool:
    """Whether the clause names no side, not even by a word of one the actor finder missed (`SIDE_WORDS`: "A
    SOLDIER IS KILLED"), but tells people killed ("four are killed in an attack in the city")."""
    return not clause.actors and not SIDE_WORDS.search(clause.text, clause.start, clause.end) \
        and bool(fatalities(clause.words))


def _civilian_object(trigger: Trigger, clause: Clause) -> bool:
    """Whether the trigger's object names a place where people live or work ("stormed a hotel"): its own
    object, up to a preposition ("the shooting began near the market" tells where, not what was attacked); not
    one of the state's (`STATE_SITE`: "the governor's compound" is defended)."""
    at = trigger.end
    end = pause_after(clause.text, at, min(_object_end(clause.text, at, clause.end), at + AFTER_REACH))
    return STATE_SITE.search(clause.text, at, end) is None and civilian_site_after(clause.text, at, end)


def _object_end(text: str, at: int, end: int) -> int:
    """Where the object after offset `at` ends: at the first preposition of place before `end` ("seize a village
    near an army base": the village was taken, not the base), else at `end`."""
    preposition = LOCATIVE_AFTER.search(text, at, end)
    return preposition.start() if preposition else end


def civilian_site_after(text: str, at: int, limit: int) -> bool:
    """Whether the words after offset `at`, up to the next pause and not past `limit`, name a place where
    people live or work (`civilian_sites.txt`: "stormed a hotel", "overran the living quarters")."""
    sites = table_lines("civilian_sites.txt")
    return any(w.lower() in sites for w in WORDS.findall(text, at, pause_after(text, at, min(limit, at + AFTER_REACH))))


def armed_victims(trigger: Trigger, clause: Clause) -> Trigger:
    """An attack whose victims are state forces, the object of its word of killing ("gunmen shoot dead the
    police chief", "militants killed four soldiers") or counted among its dead ("six policemen and two
    officials are killed"), is a fight with an armed side (ACLED: Battles / Armed clash), however one-sided
    it was; police who did the killing ("shot dead by police") are no victims."""
    if trigger.sub_event_type != "Attack" or not any(a.kind == STATE for a in clause.actors):
        return trigger
    killing, text = _killing_victims(), clause.text
    # a side named in the possessive is not the victim: "kill a soldier's wife"
    if any(a.kind == STATE and not POSSESSIVE_AFTER.match(text, a.end)
           and (killing.search(text, max(clause.start, a.start - VICTIM_WINDOW), a.start)
                or _counted_before(text, a.start, clause.start) and _among_dead(clause, a))
           for a in clause.actors):
        return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH)
    return trigger


@cache
def _killing_victims() -> re.Pattern:
    """A word of killing and up to three words of its object, ending where a side is named: no preposition
    between ("shot dead by police", "executed at the military camp" name the killers and the place)."""
    return re.compile(alternation(_killing_words()) + rf"\s+(?:(?!{NOT_OBJECT}\b)[\w'’-]+\s+){{0,3}}?$", re.I)


def crowdless(trigger: Trigger, clause: Clause) -> Trigger:
    """Violence the typer read as a crowd's (a riot, a mob's, force against protesters) in a clause that names
    no crowd (`crowds.txt`), no fight (`FIGHTING`: "clashes erupt") and has no word of protest or riot at all
    (`CROWD_STEMS`: "a protester is killed", "riot police") is an attack on the people it hurt ("a man stabs
    eight people before police kill him", "men with machetes attack a campus, killing a student"): ACLED's
    demonstrations need demonstrators."""
    if trigger.score is None or trigger.sub_event_type not in CROWD_VIOLENCE:
        return trigger
    span = (clause.text, clause.start, clause.end)
    if any(t.event_type in (PROTESTS, RIOTS) for t in clause.triggers) or CROWD_STEMS.search(*span) \
            or FIGHTING.search(*span) or list_pattern("crowds.txt").search(*span):
        return trigger  # a rule's word of crowd violence ("communal violence") names the crowd's act
    return replace(trigger, event_type=CIVILIAN_VIOLENCE, sub_event_type="Attack")


def weaponless(trigger: Trigger, clause: Clause) -> Trigger:
    """An explosion or strike the typer read in a clause that names no weapon of one (`WEAPON_STEMS`: no bomb,
    blast, shell, rocket, missile, aircraft, gas), nor the sentence before it ("A blast rocks Kabul. At least
    28 people are killed."), is an attack on the people it hurt ("a van runs over pedestrians, killing one"):
    ACLED's remote violence needs its weapon told."""
    if trigger.score is None or trigger.event_type != REMOTE_EVENTS \
            or WEAPON_STEMS.search(clause.text, clause.start, clause.end):
        return trigger
    before = clause.around[0]
    if before is not None and WEAPON_STEMS.search(before.text):
        return trigger
    return replace(trigger, event_type=CIVILIAN_VIOLENCE, sub_event_type="Attack")


def as_foiled(trigger: Trigger, clause: Clause) -> Trigger:
    """The violent reading of an attack the clause tells as stopped (`foil_cues.txt`: "police foil a bomb
    attack") and that killed nobody, as the disruption ACLED codes; any other trigger as it is."""
    if trigger.event_type not in VIOLENT_TYPES or list_pattern("foil_cues.txt").search(clause.text, clause.start,
                                                                                        clause.end) is None \
            or fatalities(clause.words):
        return trigger
    return replace(trigger, event_type=STRATEGIC, sub_event_type=DISRUPTED_WEAPONS)


def captives_killed(trigger: Trigger, clause: Clause) -> Trigger:
    """A fight whose dead were captives when killed ("say they have killed 23 captured soldiers", "shot
    dead two hostages"), or were executed or beheaded (`EXECUTION`: only captives are), is violence against
    people who no longer fight (ACLED: Violence against civilians / Attack), whoever they were."""
    span = (clause.text, clause.start, clause.end)
    # an execution told beside a word of fighting is another deed than the fight ("troops battle the group that
    # beheaded ten villagers"): the fight stays
    executed = EXECUTION.search(*span) is not None and FIGHTING.search(*span) is None
    if trigger.sub_event_type != ARMED_CLASH or not (_killing_captives().search(*span) or executed):
        return trigger
    return replace(trigger, event_type=CIVILIAN_VIOLENCE, sub_event_type="Attack")


def abductions_that_killed(events: list[Event]) -> list[Event]:
    """An abduction whose toll, told in its own sentence, is of its captives ("the bodies of two kidnapped
    teachers are found", "took worshippers hostage and killed a nun") is coded by the killing, which outweighs the taking (ACLED:
    Violence against civilians / Attack), one event. Beside another event in its sentence ("kill three and
    abduct ten", "ambushed the convoy, taking dozens hostage") the toll is that event's, and the abduction
    stays."""
    attacked = {e.sentence for e in events if e.sub_event_type != ABDUCTION}
    # its own sentence's toll: a toll told later may be of another event ("hostages died when troops stormed")
    killed = [e for e in events if e.sub_event_type == ABDUCTION and e.fatalities and e.sentence not in attacked
              and fatalities(e.sentence)]
    places, days = {e.location for e in killed}, {e.date_start for e in killed}
    # the same taking told again at its place with no toll ("a third captive is found alive") is the attack's;
    # one dated to another day there is another taking ("bandits abducted 20 more there on Tuesday")
    return [replace(e, event_type=CIVILIAN_VIOLENCE, sub_event_type="Attack") if e in killed else e for e in events
            if e in killed or not (e.sub_event_type == ABDUCTION and not e.fatalities and e.location in places
                                   and (e.date_how != "stated" or e.date_start in days))]


@cache
def _killing_captives() -> re.Pattern:
    """A word of killing followed by its victims (`death_words.csv`, role kill) and, within three words, a
    word saying they were held (`CAPTIVES`)."""
    return re.compile(alternation(_killing_words()) + VICTIM_GAP + CAPTIVES, re.I)


def fought_out(trigger: Trigger, clause: Clause) -> Trigger:
    """An attack on civilians told as fighting whose dead include an armed side's people ("fighting in three
    villages kills a farmer and eight insurgents", "clashes kill six rebels and a woman caught in the
    crossfire"), or told as deaths with no word of fighting ("eight militants and two civilians are killed in the
    attacks": someone fought the militants), is a fight between armed sides (ACLED: Armed clash); the civilians
    are caught in it. A count of people right before a state force or an armed group in the clause is its dead."""
    if trigger.sub_event_type != "Attack":
        return trigger
    fought = FIGHTING.search(clause.text, clause.start, clause.end) is not None
    if any(a.kind in (STATE, ARMED) and _counted_before(clause.text, a.start, clause.start)
           and (fought or _among_dead(clause, a)) for a in clause.actors):
        return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH)
    return trigger


def _among_dead(clause: Clause, actor: Actor) -> bool:
    """Whether the side is told among the dead: a passive of killing or a word of dying follows it before any
    verb of attack ("eight militants and two civilians are killed"; not "two gunmen kill five worshippers")."""
    return DEAD_AFTER.match(clause.text, actor.end, clause.end) is not None


def _counted_before(text: str, at: int, floor: int) -> bool:
    """Whether a count of people stands in the two words before offset `at` ("nine Boko Haram fighters",
    "six suspected rebels"), not after `floor`; a count opening the clause too ("Six Afghan policemen ...":
    a space put before it, as a count is read after one)."""
    before = " " + text[floor:at]
    gaps = [m.start() for m in SPACE_BEFORE_WORD.finditer(before)][-COUNT_WORDS:]
    return any(counts_people_at(before, gap) for gap in gaps)


def _crowd_led(trigger: Trigger) -> bool:
    return trigger.event_type == RIOTS or trigger.sub_event_type in CROWD_LED


def rioters_first(trigger: Trigger, actor1: Actor | None, actor2: Actor | None) -> tuple[Actor | None, Actor | None]:
    """A riot's or a demonstration's first side is the crowd (ACLED: Rioters, Protesters); state forces named as
    the subject ("the government deploys the army after caste violence", "police fire tear gas at
    protesters") are the side it faces."""
    if _crowd_led(trigger) and actor1 is not None and actor1.kind == STATE:
        return None, actor1
    return actor1, actor2


def crowd_faces(trigger: Trigger, pair: tuple[Actor | None, Actor | None],
                 actors: list[Actor]) -> tuple[Actor | None, Actor | None]:
    """The crowd named again is not the side it faces: in "protesters clash with police" the second side of the
    riot is the police, the first state force or armed group of the clause; the people a peaceful protest
    names ("students protest") are the protesters, no second side."""
    actor1, actor2 = pair
    if trigger.sub_event_type == PEACEFUL_PROTEST and actor2 is not None and actor2.kind == CIVILIAN:
        return actor1, None
    if not (_crowd_led(trigger) and actor2 is not None and actor2.name in CROWDS.values()):
        return pair
    return actor1, next((a for a in actors if a.kind in (STATE, ARMED) and a is not actor1), None)


def crowd_events(chosen: list[Trigger], clause: Clause) -> list[Trigger]:
    """The events of a crowd in the clause. A crowd that fights is a riot (ACLED: Riots /
    Violent demonstration), not an armed clash; one that kills, beats or carries off a person is mob violence
    (ACLED: Riots / Mob violence), not an armed group's attack. A protest that turned to a riot in one clause is one event,
    the riot ("protesters clash with police"): ACLED codes the demonstration once, by its most violent form.
    A protest whose crowd state forces or an armed group kill is force against protesters ("riot police kill
    two protesters"); one told as growing violent (`turning_violent.txt`: "the march turned violent") is a
    riot, and so is one where police or troops were hurt ("two officers are injured during the protests");
    people killed at one with no killer named were killed by the force that met it ("two people are killed during
    protests in Lome": LABELLING.md, force against protesters). A protest told as held peacefully is a peaceful
    one, whatever the typer read in the rest of the clause. The clause's rule triggers' arrests at a protest
    tell its intervention even where the typer kept only the protest."""
    actors, text, start, end = clause.actors, clause.text, clause.start, clause.end
    chosen = [replace(t, event_type=RIOTS, sub_event_type=VIOLENT_DEMONSTRATION)
              if _crowd_fights(t, actors, text[start:t.start], text[t.end:end])
              else replace(t, event_type=RIOTS, sub_event_type=MOB_VIOLENCE)
              if _crowd_does(t, text[t.end:end]) else t for t in chosen]
    chosen = _arrests_at_protest(_blast_at_protest(chosen, clause.words), actors, text,
                                 [t for t in (*chosen, *clause.triggers) if not ordinary_arrest(t, clause)])
    protests = any(t.event_type == PROTESTS for t in chosen)
    if protests and _force_kills_crowd(actors, text, start, end):
        chosen = [replace(t, sub_event_type=EXCESSIVE_FORCE) if t.event_type == PROTESTS else t for t in chosen]
    elif protests and (list_pattern("turning_violent.txt").search(clause.words) or _forces_hurt_at(clause.words)):
        chosen = [replace(t, event_type=RIOTS, sub_event_type=VIOLENT_DEMONSTRATION) if t.event_type == PROTESTS
                  else t for t in chosen]
    elif protests and _killed_at(clause.words):
        chosen = [replace(t, sub_event_type=EXCESSIVE_FORCE) if t.event_type == PROTESTS else t for t in chosen]
    if any(t.event_type == RIOTS for t in chosen):
        return [t for t in chosen if t.event_type != PROTESTS]
    if PEACEFULLY.search(clause.words) and not _force_on_crowd(actors, text):
        return [replace(t, sub_event_type=PEACEFUL_PROTEST) if t.event_type == PROTESTS else t for t in chosen]
    return chosen


# what the clause makes of each of its chosen triggers, in turn: each step gives the trigger retyped or as it was
RETYPING_STEPS: tuple[Callable[[Trigger, Clause], Trigger], ...] = (
    taken_quietly, taken_by, crowdless, weaponless, one_sided, by_its_carrier, downed_aircraft, as_foiled, fought_out, armed_victims,
    captives_killed)


def clause_types(chosen: list[Trigger], clause: Clause) -> list[Trigger]:
    """The clause's chosen triggers through `RETYPING_STEPS`, then its crowd's events (`crowd_events`)."""
    retyped = []
    for trigger in chosen:
        for step in RETYPING_STEPS:
            trigger = step(trigger, clause)
        retyped.append(trigger)
    return crowd_events(retyped, clause)


def _crowd_does(trigger: Trigger, after: str) -> bool:
    """Whether a crowd (`crowds.txt`) did the violence against a civilian, named as its agent right after it
    ("kidnapped and beaten to death by striking miners"). Only the agent after "by" counts: a crowd named
    before the deed is as often its victim in a headline's passive without "were" ("two students killed")."""
    agent = BY_AGENT.search(after[:BY_CROWD_REACH]) if trigger.event_type == CIVILIAN_VIOLENCE else None
    return agent is not None and list_pattern("crowds.txt").match(after, agent.end()) is not None


def _killed_at(clause: str) -> bool:
    """Whether the clause tells people killed during or at a protest (`HURT_AT_PROTEST`, a word of death)."""
    hurt = HURT_AT_PROTEST.search(clause)
    return hurt is not None and hurt.group("hurt").lower() in DEATH_WORDS


def _forces_hurt_at(clause: str) -> bool:
    """Whether the clause tells police or troops hurt or killed during or at a protest ("two officers are
    injured during the protests")."""
    hurt = HURT_AT_PROTEST.search(clause)
    return hurt is not None and FORCES_HURT.search(clause, 0, hurt.start()) is not None


def _blast_at_protest(chosen: list[Trigger], clause: str) -> list[Trigger]:
    """Explosives set off at a protest ("an explosion rocks the protest camp", "a grenade was thrown at
    protesters") are force against the protesters, one event with their protest (LABELLING.md's codebook
    rule: Protests / Excessive force against protesters), not a bombing of its own."""
    if not BLAST_AT_PROTEST.search(clause):
        return chosen
    first = next((t for t in chosen if t.event_type in (PROTESTS, REMOTE_EVENTS)), None)
    if first is None:
        return chosen
    return [replace(t, event_type=PROTESTS, sub_event_type=EXCESSIVE_FORCE) if t is first else t
            for t in chosen if t is first or t.event_type not in (PROTESTS, REMOTE_EVENTS)]


def _arrests_at_protest(chosen: list[Trigger], actors: list[Actor], text: str,
                        found: Sequence[Trigger]) -> list[Trigger]:
    """Arrests of the protesters (named right beside the word of arrest: "ten protesters are arrested",
    "detain dozens of demonstrators") or made at a protest after them ("detained hundreds at rallies across
    the country"; `_at_protest`, among the triggers `found`, rule triggers the typer dropped too, but for an ordinary crime) are the police's intervention in their
    protest (ACLED: Protest with intervention), one event with it, not arrests of their own."""
    protests = [t for t in chosen if t.event_type == PROTESTS]
    placed = [t for t in found if t.sub_event_type == ARRESTS and any(_at_protest(p, t, text)
                                                                                  for p in protests)]
    arrests = [t for t in chosen if t.sub_event_type == ARRESTS and (any(
        a.name == CROWDS[PROTESTS] and t.start - ARREST_REACH <= a.start <= t.end + ARREST_REACH for a in actors)
        or any((t.start, t.end) == (a.start, a.end) for a in placed))]
    if not arrests and not placed:
        return chosen
    protest = next((t for t in chosen if t.event_type == PROTESTS), None)
    kept = [t for t in chosen if t not in arrests]
    if protest is None:  # the arrests alone tell the protest
        return kept + [replace(arrests[0], event_type=PROTESTS, sub_event_type=INTERVENTION)]
    return [replace(t, sub_event_type=INTERVENTION) if t is protest and t.sub_event_type == PEACEFUL_PROTEST else t
            for t in kept]


def _at_protest(protest: Trigger, arrest: Trigger, text: str) -> bool:
    """Whether the protest's word stands after the arrest's, placed as where it was made: the arrest's object,
    "at" or "during" and up to three words qualifying it (`protest_settings.txt`: "detained scores at anti-war
    rallies"). A relative clause between them ("arrested a man who was seen at the rally") places someone
    else, not the arrest."""
    return arrest.end <= protest.start and _protest_setting().fullmatch(text, arrest.end, protest.start) is not None


@cache
def _protest_setting() -> re.Pattern:
    """The arrest's object in a few words, none opening a relative clause, then a setting and its qualifiers."""
    return re.compile(rf"\s+(?:(?!(?:who|whom|whose|which|that)\b)[\w'’,-]+\s+){{0,{ARREST_OBJECT_WORDS}}}?"
                      + alternation(table_lines("protest_settings.txt")) + r"\s+(?:[\w'’-]+\s+){0,3}", re.I)


def _force_kills_crowd(actors: list[Actor], text: str, start: int, end: int) -> bool:
    """Whether state forces or an armed group named in the clause text[start:end] kill the crowd, a word of
    killing with the crowd as its object after them ("riot police kill two protesters", "troops shot dead
    three demonstrators"): force against protesters (ACLED: Excessive force against protesters), however
    the rest of the clause reads ("riot" here is the police's)."""
    force = next((a.end for a in actors if a.kind in (STATE, ARMED) and a.name not in CROWDS.values()), None)
    return force is not None and _killing_crowd().search(text, force, end) is not None


@cache
def _killing_crowd() -> re.Pattern:
    """A word of killing followed by its victims (`death_words.csv`, role kill) and, within three words, a
    crowd (`crowds.txt`) as its object."""
    return re.compile(alternation(_killing_words()) + r"\s+(?:[\w,-]+\s+){0,3}?"
                      + alternation(table_lines("crowds.txt")), re.I)


@cache
def _killing_words() -> list[str]:
    """The forms of killing that its victims follow (`death_words.csv`, role kill: "killed 12", "shot dead")."""
    return sorted(row["word"] for row in tables.rows("death_words.csv") if row["role"] == "kill")


def _two_armed_sides(actors: list[Actor]) -> bool:
    """Whether the clause names two organised sides (state forces or armed groups) of their own: their fight
    is a battle, whoever else the clause mentions ("troops clashed with rebels near a square where
    protesters had gathered"). One state's forces are one side: its police and its army named together
    ("riot police and troops clash with protesters") do not fight each other."""
    return len({_side(a) for a in actors if a.kind in (STATE, ARMED) and a.name not in CROWDS.values()}) > 1


def _side(actor: Actor) -> str:
    """The side an actor fights on: a state's forces by their state ("Police Forces of Kenya": Kenya), an
    armed group by its name."""
    state = actor.name.partition(" of ")[2] if actor.kind == STATE else ""  # "... of Republic of Congo": all of it
    return state or actor.name


def _force_on_crowd(actors: list[Actor], text: str) -> bool:
    """Whether the crowd is what force was used on: the object of "on", "at" or "against" ("police fired on
    protesters who had gathered peacefully"), or after state forces or an armed group named before it. Then
    the force is what is told, and "peacefully" only says how the crowd met."""
    crowd = next((a.start for a in actors if a.name in CROWDS.values()), None)
    return crowd is not None and (CROWD_AS_OBJECT.search(text, max(0, crowd - 30), crowd) is not None
                                  or any(a.kind in (STATE, ARMED) and a.start < crowd for a in actors))


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


def sub_event(trigger: Trigger, actor1: Actor | None) -> str:
    """The event's sub-type: a change of hands's by its taker, the clause's subject (`taken_by`), else actor1,
    else the trigger's own hint (a word of retaking: the government's); any other as the trigger has it."""
    if not trigger.sub_event_type.startswith(TERRITORY):
        return trigger.sub_event_type
    if trigger.sub_event_type in (TAKEN_BY_STATE, TAKEN_BY_GROUP):
        return GOVERNMENT_REGAINS if trigger.sub_event_type == TAKEN_BY_STATE else NON_STATE_OVERTAKES
    if actor1 is not None:
        return GOVERNMENT_REGAINS if actor1.kind == STATE else NON_STATE_OVERTAKES
    return GOVERNMENT_REGAINS if trigger.sub_event_type == GOVERNMENT_HINT else NON_STATE_OVERTAKES
