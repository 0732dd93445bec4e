"""What carried the weapon decides remote violence's sub-type: a bomb or missile an aircraft fired is an air
strike, a bombing a suicide bomber carried out a suicide bomb (`by_its_carrier`), violence whose subject is an
aircraft or a heavy gun a strike or shelling (`fired_by`); police raid no place from
the air (`on_the_ground`); a crewed aircraft shot down was fought (`downed_aircraft`); remote violence needs
its weapon told (`weaponless`); an attack foiled is disrupted weapons use (`as_foiled`); bombers whom state
forces kill were fought (`bombers_fought`).

Tables read: aircraft.txt, heavy_guns.txt, projectiles.txt, uncrewed_words.txt, downing_verbs.txt,
manned_aircraft.txt, foil_cues.txt.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .actors import ARMED, Actor, CIVILIAN, STATE
from .clauses import Clause
from .pauses import AUXILIARY, WORDS
from .phrases import PhraseList, alternation, case_blind, list_pattern, table_lines
from .retype_victims import NOT_OBJECT, killing_words
from .sides import TERRITORY
from .tolls import fatalities
from .triggers import Trigger
from .vocabulary import (AIR_STRIKE, ARMED_CLASH, ATTACK, CIVILIAN_VIOLENCE, DESTRUCTION, DISRUPTED_WEAPONS, REMOTE_BOMB,
                         REMOTE_EVENTS, SHELLING, STRATEGIC, SUICIDE_BOMB, TERRITORY_CHANGES,
                         VIOLENT_TYPES)

# fire exchanged or traded, heavy weapons named between ("exchange artillery fire", "an exchange of mortar fire")
EXCHANGED = re.compile(r"\b(?:exchang|trad)(?:e|es|ed|ing)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?fire\b", re.I)
MILITARY = "Military Forces"  # the ACLED name of a country's armed forces (not its police)
# the verb of bombing right after its subject, a manner word between ("Egypt bombs", "Turkey reportedly bombed"); not a
# noun compound ("the army bomb squad", "a military bomb disposal unit")
FORCES_BOMB = re.compile(r"\s+(?:(?:also|again|reportedly|repeatedly|heavily|allegedly)\s+)?(?P<verb>bombs|bombed|bombing)\b"
                         r"(?!\s+(?:squads?|disposal|attacks?|blasts?|threats?|scares?|makers?|factory|factories)\b)", re.I)

# the weapons of remote violence in any form ("bombing", "explosives", "shelled", "airstrike", "blew himself up")
WEAPON_STEMS = re.compile(r"bomb|explo|blast|blew|blow|\b(?:VB|SVB)?IEDs?\b|\bRPGs?\b|mines?\b|landmine|grenade|shell|"
                          r"mortar|rocket|missile|artiller|strike|raid|drone|detonat|suicide|barrage|warplane|\bjets?\b|"
                          r"aircraft|helicopter|plane|chemical|\bgas\b|chlorine|sarin|mustard|device|munition|projectile|"
                          r"napalm|\btanks?\b|gunboat|warship|cannon|howitzer|gunship|pound|barrel|\bgrads?\b|katyusha|"
                          r"heavy (?:weapons|guns)|air[\s-]forces?|booby|\bUAVs?\b|ordnance", re.I)
POLICE_FORCES = "Police Forces"  # the start of ACLED's names for a state's police: they raid on the ground
RAID_AFTER = re.compile(r"[\s-]?raids?\b", re.I)  # right after a group's name: the raid it made ("an al-Qaeda raid")
# the nouns of a state's forces that fight on the ground: a raid they make is no air raid ("raids by Israeli soldiers")
GROUND_FORCES = re.compile(r"\b(?:soldiers?|troops?|army|armies|commandos?|special\s+forces|marines|infantry|"
                           r"paratroopers?|police(?:men)?)\b", re.I)
# the weapon's word a suicide bomber's act keeps after "suicide": "a double suicide car bombing"
SUICIDE_BEFORE = re.compile(r"\bsuicide\s+(?:[\w-]+\s+)?$", re.I)
# a bomber's own death told: a suicide bomb ("a bomber had blown himself up", "wearing an explosives vest")
SUICIDE_TOLD = re.compile(r"\bsuicide\b|\b(?:blew|blown|blows|blowing|blow)\s+(?:him|her|them)sel(?:f|ves)\s+up\b|"
                          r"\bexplosives?\s+(?:belts?|vests?)\b|\bself-detonat", re.I)

# a bomb the bombers bore or set off on themselves: "strapped with explosives", "a third blew himself up"
BOMBERS_OWN = re.compile(SUICIDE_TOLD.pattern + r"|\b(?:wearing|carrying|strapped\s+with|armed\s+with)\s+(?:[\w-]+\s+)"
                         r"{0,2}?(?:explosives?|bombs?|explosive\s+(?:devices?|belts?|vests?))\b", re.I)
# nouns of armed people: among a deed's dead ("kills three gunmen") they make it a fight
ARMED_NOUNS = r"(?:militants?|gunm[ae]n|insurgents?|jihadists?|attackers?|assailants?|bombers?|rebels?|fighters?|" \
              r"terrorists?)\b"
ARMED_PEOPLE = re.compile(rf"\b{ARMED_NOUNS}", re.I)
# armed people as the object of a killing: "six attacking militants", "two alleged ... militants"; no preposition
# between (a passive's "killed in a suicide attack by militants": the militants killed)
ARMED_OBJECT = re.compile(rf"\s+(?:(?!{NOT_OBJECT}\b)[\w'’-]+\s+){{0,8}}?{ARMED_NOUNS}", re.I)
COUNT_REACH = 3  # words of a count and its qualifiers before an armed group killed ("two alleged")
BOMBS_ON_THE_GROUND = frozenset({SUICIDE_BOMB, REMOTE_BOMB, "Grenade"})
AIRCRAFT_REACH = 5  # words between an aircraft named as the subject and the verb of its strike
FIRED_REACH = 60  # characters before a violent word in which what fired it is looked for
# the tables of what fires, and the sub-type each makes of violence it is the subject of
FIRED_BY = (("aircraft.txt", AIR_STRIKE), ("heavy_guns.txt", SHELLING), ("projectiles.txt", SHELLING))
# what fired named after a preposition is not the subject: "militias aided by allied jets assault the town",
# "fighters loyal to the air force", "militants firing at army helicopters", "soldiers on tanks"
WEAPON_AFTER_PREPOSITION = re.compile(r"\b(?:by|with|of|from|to|at|on|onto|against|aboard|near|in|into|over|for)\s+"
                                      r"(?:[\w'’-]+\s+){0,2}$", re.I)
# a passive's agent right after the violent word: the weapon before it was hit ("a warship attacked by rebels")
WEAPON_HIT = re.compile(r"\s+(?:[\w'’-]+\s+)?by\b", re.I)
# an aircraft named as where a weapon came from: "rockets launched from an armed drone", "dropped by helicopters";
# a bare "by" is how people travel ("the wounded were evacuated by helicopter"): only a weapon's verb makes it
FROM_AIRCRAFT = re.compile(r"(?:\bfrom|\b(?:fired|launched|dropped)\s+by)\s+(?:an?\s+|the\s+)?(?:[\w.'’-]+\s+){0,2}$",
                           re.I)
# an aircraft word naming a place or a person of an air force, not a craft in the air ("an air force base")
NOT_IN_THE_AIR = re.compile(r"[\s-]+(?:bases?|airfield|field|station|officers?|pilots?|academy|factory|plant|crash)\b",
                            re.I)
# between what fired and the verb of its violence, only a manner or an auxiliary ("warplanes reportedly killed",
# "jets have killed"): no subject of its own ("the air force says gunmen killed")
FIRED_GAP = re.compile(r"\s+(?:(?:also|again|reportedly|allegedly|repeatedly|heavily|then|later|have|has|had)"
                       r"\s+){0,2}$", re.I)
# or, when the violent word is a participle after a comma, the clause's own verb in the past between ("helicopters
# attacked a village in Darfur, killing nine": what fired is that verb's subject, and the killing its work)
FIRED_PARTICIPLE = re.compile(r"\s+(?:(?:also|again|reportedly|allegedly|repeatedly|heavily|then|later)\s+){0,2}"
                              r"[a-z]+ed\b[^,;]*,\s*$")
SUBJECT_WORDS = 3  # words before what fired in its clause when it is the subject of the clause's verb ("Israeli tanks")
# words between a verb of downing and the aircraft after it, or between the aircraft and the verb after it
DOWNING_GAP, SUBJECT_GAP = 6, 10
UNCREWED_REACH = 20  # characters before a downed aircraft where a word of no crew may qualify it ("remotely piloted")


def on_the_ground(trigger: Trigger, attacker: Actor | None, actors: list[Actor], text: str,
                   sentence: str) -> Trigger | None:
    """An air strike word with no aircraft in the sentence (`aircraft.txt`) and no state forces as its
    attacker (by the sentence's structure; the article has told of no air strike before): a "bombing" ("a
    truck bombing kills 30", "bombings at two mosques") is a bomb set off on the ground; the rules' "strikes"
    in a sentence that names no armed side and no death ("lightning strikes", "strikes by air traffic
    controllers") are no event; a raid an armed group made is a battle on the ground ("a jihadist raid on a
    village"), and so is one by ground forces (`_ground_raid`)."""
    police = attacker is not None and attacker.name.startswith(POLICE_FORCES)
    if trigger.sub_event_type != AIR_STRIKE or list_pattern("aircraft.txt").search(sentence):
        return trigger
    if attacker is not None and attacker.kind == STATE and not police:
        return _ground_raid(trigger, attacker, actors, text, sentence)
    if "bomb" in text[trigger.start:trigger.end].lower():
        return replace(trigger, sub_event_type=SUICIDE_BOMB if _by_suicide(trigger, text) else REMOTE_BOMB)
    if _armed_group_raids(trigger, attacker, actors, text):
        return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH)
    if police:  # "police arrest 400 suspects in raids": the arrests are the event, no strike from the air
        return None
    unarmed = all(a.kind == CIVILIAN for a in actors)
    return None if trigger.score is None and unarmed and fatalities(sentence) is None else trigger


def _ground_raid(trigger: Trigger, attacker: Actor, actors: list[Actor], text: str, sentence: str) -> Trigger:
    """A bare "raid" that state forces named by a noun of ground forces made ("an army raid", "raids by Israeli
    soldiers") was made on the ground: an attack where it killed people named as no side ("raids by soldiers leave
    three villagers dead"), else a fight ("an army raid kills three gunmen"). Any other raid stays the air
    strike it was read as ("Israeli forces carried out raids")."""
    words = text[trigger.start:trigger.end].lower()
    if "raid" not in words or "air" in words or GROUND_FORCES.search(text, attacker.start, attacker.end) is None:
        return trigger
    armed = any(a.kind == ARMED for a in actors) or ARMED_PEOPLE.search(sentence) is not None
    if fatalities(sentence) and not armed:
        return replace(trigger, event_type=CIVILIAN_VIOLENCE, sub_event_type=ATTACK)
    return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH)


def _armed_group_raids(trigger: Trigger, attacker: Actor | None, actors: list[Actor], text: str) -> bool:
    """Whether an armed group made the raid, as the attacker of the word "raid" or named right before it ("an
    Ansar Dine raid on the village"): a group on the ground attacking, which ACLED codes as a battle, not an air
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
    explosive/landmine/IED), whatever the typer guessed. Any violence whose subject is what fired is told by it
    (`fired_by`)."""
    if trigger.sub_event_type == SUICIDE_BOMB and not SUICIDE_TOLD.search(clause.text, clause.start, clause.end):
        return replace(trigger, sub_event_type=REMOTE_BOMB)
    return _from_the_air(fired_by(trigger, clause.text, clause.start), clause.text, clause.start, clause.end)


def fired_by(trigger: Trigger, text: str, start: int) -> Trigger:
    """Violence whose subject, right before its word, is an aircraft (`aircraft.txt`: "the Russian air force kills
    20 civilians", "government helicopters attacked a village") is an air strike, and one whose subject is a
    heavy gun or what it fires (`heavy_guns.txt`: "tanks fire on a house", "mortars hit a market";
    `projectiles.txt`: "rockets hit the airport", unless the typer read an air strike) is shelling:
    ACLED types remote violence by its weapon, whoever it hit, and what fired tells it better than the word for
    the act (the typer reads "tanks fire" as a strike); so is a destruction ("warplanes destroyed a depot": the strike
    that destroyed it). An aircraft's base or pilots fire nothing, nor a weapon
    the violence was done to ("a warship attacked by rebels"); a place taken is no weapon's."""
    if trigger.event_type not in VIOLENT_TYPES and trigger.sub_event_type != DESTRUCTION \
            or trigger.sub_event_type.startswith(TERRITORY) \
            or trigger.sub_event_type in TERRITORY_CHANGES or WEAPON_HIT.match(text, trigger.end):
        return trigger
    for table, sub_type in FIRED_BY:
        if table == "projectiles.txt" and trigger.sub_event_type == AIR_STRIKE:
            continue  # an aircraft may have fired them
        for weapon in list_pattern(table).finditer(text, max(start, trigger.start - FIRED_REACH), trigger.start):
            if _fired(text, start, weapon, trigger) and not NOT_IN_THE_AIR.match(text, weapon.end()) \
                    and not WEAPON_AFTER_PREPOSITION.search(text, max(start, weapon.start() - 30), weapon.start()):
                return replace(trigger, event_type=REMOTE_EVENTS, sub_event_type=sub_type)
    return trigger


def _fired(text: str, start: int, weapon: re.Match, trigger: Trigger) -> bool:
    """Whether the weapon named at `weapon` is the subject of the violent word: right before it (`FIRED_GAP`), or
    opening the clause (from `start`) as the subject of the verb whose participle the word is (`FIRED_PARTICIPLE`)."""
    if FIRED_GAP.fullmatch(text, weapon.end(), trigger.start):
        return True
    return text.endswith("ing", trigger.start, trigger.end) and len(WORDS.findall(text, start, weapon.start())) \
        <= SUBJECT_WORDS and FIRED_PARTICIPLE.fullmatch(text, weapon.end(), trigger.start) is not None


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
    (ACLED: Battles / Armed clash), and its aircraft word read as a strike is that fight; only a drone or a missile
    brought down is disrupted weapons use."""
    if trigger.sub_event_type == AIR_STRIKE:  # the aircraft word of a downing ("shoot down a warplane") is no strike
        downed = any(m.start() <= trigger.start < m.end() and downs_crewed(clause.text, m.start(), m.end())
                     for m in _downing().finditer(clause.text, clause.start, clause.end))
        return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH) if downed else trigger
    if trigger.sub_event_type != DISRUPTED_WEAPONS or not downs_crewed(clause.text, clause.start, clause.end):
        return trigger
    return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH)


def downs_crewed(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] tells a crewed aircraft downed (`_downing`). A match that names, or follows
    within a few characters, a word of no crew (`uncrewed_words.txt`: "shot down an unmanned aircraft",
    "downed two drones targeting its jets") tells a drone downed, whatever aircraft word it holds."""
    uncrewed = list_pattern("uncrewed_words.txt")
    return any(uncrewed.search(text, max(start, m.start() - UNCREWED_REACH), m.end()) is None
               for m in _downing().finditer(text, start, len(text) if end is None else end))


@cache
def _downing() -> PhraseList:
    """A verb of downing and a crewed aircraft within six words, in either order ("downed two air force warplanes",
    "a jet is shot down"), or up to ten words of what the aircraft was doing between it and the verb after it,
    with no pause ("a helicopter patrolling over the hills east of the city is shot down")."""
    verbs, craft = alternation(table_lines("downing_verbs.txt")), alternation(table_lines("manned_aircraft.txt"))
    return case_blind(rf"{verbs}\s+(?:[\w'’-]+\s+){{0,{DOWNING_GAP}}}?{craft}|"
                      rf"{craft}\s+(?:[\w'’-]+\s+){{0,{SUBJECT_GAP}}}?{verbs}")


def bombed_by_forces(trigger: Trigger, clause: Clause) -> Trigger:
    """A country's military forces named right before a verb of bombing ("Egypt bombs militant targets in Derna",
    "the Pakistani military bombed a hideout, killing five") strike from the air (ACLED: Air/drone strike): news
    tells a state's bombing by its name, its aircraft unsaid; the violence told from the verb on is that strike."""
    if trigger.event_type not in VIOLENT_TYPES or trigger.sub_event_type == AIR_STRIKE:
        return trigger
    for force in (a for a in clause.actors if a.kind == STATE and a.name.startswith(MILITARY)):
        verb = FORCES_BOMB.match(clause.text, force.end, clause.end)
        if verb is not None and trigger.start >= verb.start("verb"):
            return replace(trigger, event_type=REMOTE_EVENTS, sub_event_type=AIR_STRIKE)
    return trigger


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
    return replace(trigger, event_type=CIVILIAN_VIOLENCE, sub_event_type=ATTACK)


def as_foiled(trigger: Trigger, clause: Clause) -> Trigger:
    """The violent reading of an attack the clause tells as stopped (`foil_cues.txt`: "police foil a bomb
    attack") and that killed nobody, as the disruption ACLED codes; any other trigger as it is."""
    if trigger.event_type not in VIOLENT_TYPES or list_pattern("foil_cues.txt").search(clause.text, clause.start,
                                                                                        clause.end) is None \
            or fatalities(clause.words):
        return trigger
    return replace(trigger, event_type=STRATEGIC, sub_event_type=DISRUPTED_WEAPONS)


# a missile or a rocket brought down in flight, told in its sentence or the next: the launch as the object of
# "intercept" or "shoot down" ("intercepts two of them", "shot down the missile") or its subject in the passive ("the
# missile was intercepted", "the missile was shot down"); not after a negation ("none was intercepted", "was not")
# ("it" or "them" shot down only where no aircraft is told: an aircraft a missile was fired at is as often shot down)
PROJECTILE = r"(?:missiles?|rockets?|projectiles?)"
PASSIVE_AUX = rf"{AUXILIARY}\s+(?:\w+\s+)?"
OBJECT_GAP = r"\s+(?:the\s+|an?\s+|both\s+|all\s+|most\s+|\w+\s+of\s+)?(?:\w+\s+)?"
INTERCEPTED = re.compile(rf"\bintercept(?:s|ed|ing)?{OBJECT_GAP}(?:{PROJECTILE}|it|them)\b"
                         rf"|\b(?:{PROJECTILE}|it|them)\s+{PASSIVE_AUX}intercepted\b"
                         rf"|\b(?:shoots?|shot|shooting)\s+down{OBJECT_GAP}{PROJECTILE}\b"
                         rf"|\b{PROJECTILE}\s+{PASSIVE_AUX}shot\s+down\b", re.I)
# "it" or "them" shot down, where no aircraft is told beside: the missile or the rockets fired
SHOT_DOWN_PRONOUN = re.compile(rf"\b(?:it|them)\s+{PASSIVE_AUX}shot\s+down\b"
                               rf"|\b(?:shoots?|shot|shooting)\s+down\s+(?:it|(?:\w+\s+of\s+)?them)\b", re.I)
NEGATED = re.compile(r"\b(?:not|never|none|no|neither|nor)\b", re.I)
NEGATION_REACH = 15  # characters before an interception where its negation stands ("none was", "not")


def intercepted(trigger: Trigger, clause: Clause) -> Trigger:
    """A missile or rocket launch that its sentence or the next tells brought down in flight and that killed
    nobody is disrupted weapons use (ACLED's sub-type for intercepted missiles), not shelling."""
    if trigger.sub_event_type != SHELLING or fatalities(clause.words):
        return trigger
    told = [clause.sentence.text] + [s.text for s in clause.around[1:] if s is not None]
    return replace(trigger, event_type=STRATEGIC, sub_event_type=DISRUPTED_WEAPONS) if brought_down(told) else trigger


def brought_down(told: list[str]) -> bool:
    """Whether the texts (a sentence and the next) tell a missile or rockets brought down in flight, not denied."""
    patterns = (INTERCEPTED,) if any(_aircraft_told(text) for text in told) else (INTERCEPTED, SHOT_DOWN_PRONOUN)
    return any(NEGATED.search(m.group()) is None
               and NEGATED.search(text, max(0, m.start() - NEGATION_REACH), m.start()) is None
               for text in told for pattern in patterns for m in pattern.finditer(text))


def _aircraft_told(text: str) -> bool:
    """Whether the text names an aircraft, crewed or not, which "it was shot down" may be."""
    return list_pattern("manned_aircraft.txt").search(text) is not None \
        or list_pattern("uncrewed_words.txt").search(text) is not None


def fire_exchanged(trigger: Trigger, clause: Clause) -> Trigger:
    """Shelling in a clause that tells fire exchanged or traded (`EXCHANGED`: "troops exchange artillery fire across
    the border", "rebels and soldiers trade mortar fire") is both sides' fight (ACLED: Battles / Armed clash), not
    one side's bombardment; where the clause names no force or group, the shelling stays (a fight with no sides named
    may be taken for crime)."""
    if trigger.sub_event_type != SHELLING or not any(a.kind in (STATE, ARMED) for a in clause.actors):
        return trigger
    exchanged = EXCHANGED.search(clause.text, clause.start, clause.end) is not None
    return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH) if exchanged else trigger


def bombers_fought(trigger: Trigger, clause: Clause) -> Trigger:
    """A bomb its bearers wore or set off on themselves (`BOMBERS_OWN`: "militants wearing explosive vests",
    "a third blew himself up") in a clause where state forces kill armed people ("gendarmes shoot
    three assailants strapped with explosives", "troops gun down two fighters while two others
    blew themselves up") is the bombers' part of a fight with those forces (ACLED: Battles / Armed clash), one
    event; a bomb that killed others than its bearers stays a bombing ("a suicide bomber kills ten soldiers": the
    soldiers are no killers)."""
    if trigger.sub_event_type not in BOMBS_ON_THE_GROUND \
            or not BOMBERS_OWN.search(clause.text, clause.start, clause.end):
        return trigger
    kills, text = _state_kills(), clause.text
    for force in (a for a in clause.actors if a.kind == STATE):
        killing = kills.match(text, force.end, clause.end)
        if killing and (ARMED_OBJECT.match(text, killing.end(), clause.end) or _armed_named_after(clause, killing.end())):
            return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH)
    return trigger


def _armed_named_after(clause: Clause, at: int) -> bool:
    """Whether an armed group is named within a few words after offset `at`, none a preposition ("shoot dead two
    alleged Islamic State militants"; not a passive's "killed by Ansar Dine"): the object of the killing there."""
    return any(a.kind == ARMED and a.start >= at and _object_gap(clause.text, at, a.start) for a in clause.actors)


def _object_gap(text: str, at: int, end: int) -> bool:
    """Whether text[at:end] is the few words of a count before its object (`COUNT_REACH`), none a preposition."""
    gap = WORDS.findall(text, at, end)
    return len(gap) <= COUNT_REACH and not any(_PREPOSITION.fullmatch(w) for w in gap)


_PREPOSITION = re.compile(NOT_OBJECT, re.I)


@cache
def _state_kills() -> re.Pattern:
    """Right after a side: up to two words ("have reportedly"), then a word of killing (`death_words.csv`, role
    kill): the side is the killer."""
    return re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?" + alternation(killing_words()) + r"\b", re.I)
