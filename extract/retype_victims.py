"""Who was killed decides between a battle and an attack: a clash with no two armed sides whose dead are no
side's is an attack on civilians (`one_sided`); state forces killed or attacked were fought (`armed_victims`); an
attack whose dead include an armed side's people was a fight (`fought_out`); captives killed were attacked
(`captives_killed`, `abductions_that_killed`).

Tables read: civilian_sites.txt, death_words.csv.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from . import tables
from .actors import ARMED, STAND_INS, Actor, CROWDS, STATE, state_of
from .clauses import Clause
from .models import Event
from .pauses import AFTER_REACH, WORDS, passive_aux, pause_after, pause_before
from .phrases import POSSESSIVE_AFTER, PhraseList, alternation, case_blind, list_pattern, table_lines
from .sides import dead_in_a_toll, only_told
from .tolls import PERSON_NAME, counts_people_at, counts_unarmed, fatalities, kills_bare_count
from .triggers import Trigger
from .vocabulary import ABDUCTION, ARMED_CLASH, ATTACK, CIVILIAN_VIOLENCE

ONE_SIDED_PRIORITY = 3  # triggers.csv: an Armed clash row at this priority ("attacked", "attack on") names no fight
# after a side, up to a passive of killing or a word of dying, no verb of attack: the side is among the dead. "shot
# dead" with an object after it is a verb of attack ("two policemen shot dead a thief"), with none a headline's passive
DEAD_AFTER = re.compile(r"(?:(?!\b(?:kill|kills|killing|shoot|shoots|shooting|storm|storms|stormed|attack|attacks|"
                        r"attacked|open|opens|opened|ambush|ambushed|shot\s+dead\s+(?:an?|the|his|her|their|its|two|"
                        r"three|four|five|six|seven|eight|nine|ten|\d+))\b)[^.;])*?\b(?:(?:are|were|was|is|been|being)\s+"
                        r"(?:\w+\s+){0,2}?(?:killed|slain|shot|executed|wounded|injured)|die|dies|died|dead)\b", re.I)
DEATH_TOLD = re.compile(r"\b(?:kill(?:s|ed|ing)?|dead|deaths?|die[sd]?|dying|slain|executed|massacre[sd]?)\b", re.I)
# words of an armed side, in any case: a clause with one names a side even where no actor was found
SIDE_WORDS = re.compile(r"\b(?:soldiers?|troops|police\w*|army|military|officers?|guards?|militants?|rebels?|"
                        r"fighters?|gunm[ae]n|insurgents?|jihadists?|militiam[ae]n|militias?)\b", re.I)
# words of a site the state's forces guard: "the governor's compound", "a UN compound", "the ministry's offices"
STATE_SITE = re.compile(r"\b(?:governor\w*|government|ministry|ministries|presidential|military|army|police|"
                        r"intelligence|security|(?-i:UN))\b", re.I)
RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b", re.I)  # a relative clause's opening word
# a site state forces hold: dead counted near one may have been its soldiers
FORCE_SITE = r"(?:barracks|(?:army|military|police|naval|air|security)\s+(?:bases?|posts?|camps?|stations?|outposts?|" \
             r"headquarters|offices?|compounds?|checkpoints?)|garrisons?|outposts?|security\s+service\s+offices?)"
FORCE_SITE_NAMED = re.compile(rf"\b{FORCE_SITE}\b", re.I)
# a word of attack whose object, a few words on, is a site state forces hold: "attack a police station", "an attack in a
# security service office", "raids on a town hall and two police stations": its guards fought back
ATTACKS_FORCE_SITE = re.compile(r"\b(?:attack|ambush|raid|assault|storm)(?:s|es|ed|ing)?\s+(?:(?:on|in|at)\s+)?"
                                r"(?:(?!(?:near|outside|behind|beside|by|close|opposite|next|from|inside|at|passing|"
                                r"former|abandoned|disused|buses?|minibus(?:es)?|vehicles?|convoys?|cars?)\b)"
                                rf"[\w'’-]+,?\s+){{0,4}}?{FORCE_SITE}\b", re.I)
# the dead told at a site state forces hold ("gunmen kill 15 people at an army checkpoint"): its guards, unless the
# clause names them civilians (`CIVILIANS_TOLD`)
AT_FORCE_SITE = re.compile(rf"\b(?:at|on)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,2}}?{FORCE_SITE}\b", re.I)
CIVILIANS_TOLD = re.compile(r"\b(?:civilians?|villagers?|children|worshipp?ers|passengers|students|pupils|shoppers|"
                            r"farmers|traders|bystanders|motorists|travell?ers)\b", re.I)
# armed people named in the object ("a bus ferrying fighters of a rival militia"): no place of civilians
# a site a side holds, before or after its noun ("a Kurdish-held village", "a village held by the army"): fought for
HELD_BY_A_SIDE = re.compile(r"\b[\w'’]+-(?:held|controlled)\b|\b(?:held|controlled|occupied|defended)\s+by\b", re.I)
ARMED_ABOARD = re.compile(r"\b(?:fighters|militia\w*|rebels|soldiers|troops|policemen|militants|gunmen|recruits)\b", re.I)
LOCATIVE_AFTER = re.compile(r"\b(?:near|in|at|outside|inside|behind|close|around|beside|by|from|during|after)\b",
                            re.I)  # where an object's words end

# a word of fighting between sides, whose dead are no one-sided attack's ("fighting", "clashes", "crossfire")
FIGHTING = re.compile(r"\b(?:fighting|fought|fights?|battles?|battled|battling|clash(?:es|ed)?|firefights?|gunfights?|"
                      r"gun\s*battles?|crossfire|exchanges?\s+of\s+fire)\b", re.I)
SPACE_BEFORE_WORD = re.compile(r"\s+(?=\S)")
# words saying the people killed were held when killed: "captured soldiers", "their hostages", "prisoners"
CAPTIVES = r"\b(?:captured|captive|captives|hostages?|prisoners?|kidnapped|abducted|detained|detainees|abductees)\b"
LATER = r"(?:(?:later|then|subsequently)\s+)?"  # between the taking and the killing of its captives
# the captives and where they were taken: a few words, none joining or governing another verb
CAPTIVES_GAP = r"(?:(?!(?:and|but|or|to|who|whom|which|that|then)\b)[\w'’-]+\s+){1,8}?"
RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which|that)\s+(?:(?:had|has|have)\s+)?(?:(?:been|was|were|is|are)\s+)?$",
                             re.I)
RELATIVE_REACH = 30  # characters before a taking its relative pronoun and auxiliaries stand in
NOT_POSSESSIVE = r"(?!\s+(?!(?:in|near|at|on|after|when|before|and|later|days?|weeks?)\b)\w)"  # not "killed her brothers"
FORCES_OF = tuple(f"{forces} of " for forces in STAND_INS.values())  # "Military Forces of Mali", "Police Forces of ..."
EXECUTION = re.compile(r"\b(?:execut(?:e|es|ed|ing|ion|ions)|behead(?:s|ed|ing|ings)?)\b", re.I)  # of captives
# up to three words of the victims' phrase ("23 captured", "1,200 of the"), no clause joined by "and" or a comma:
# in "killed two soldiers and captured three" the captured are others than the dead
VICTIM_GAP = r"\s+(?:(?!(?:and|or|but|then|while)\s)[\w-]+(?:,\d{3})*\s+){0,3}?"
AT_LEAST = r"at\s+(?:least|most)\s+"  # a count's hedge, no preposition of place: "shot dead at least 24 militants"
NOT_OBJECT = r"(?:by|at|in|near|on|outside|inside|from|during|after|before|with|for|as|while|when|of)"
# a verb of attacking whose object follows it: "attack", "ambushed", "raids"
ATTACK_WORD = re.compile(r"\b(?:attack|ambush|raid|assault)(?:s|es|ed|ing)?\b", re.I)
VICTIM_WINDOW = 60  # characters before a side named as a killing's object where the word of killing may stand
COUNT_WORDS = 2  # words before a side's name in which its count stands ("six suspected rebels")
# a noun of kin or of a home, then "of" and up to two words, right before a side: its owner, not the victim
KIN_OF = re.compile(r"\b(?:family|families|relatives?|wife|wives|widows?|children|child|sons?|daughters?|mother|father|"
                    r"parents|brothers?|sisters?|homes?|houses?)\s+of\s+(?:[\w'’-]+\s+){0,2}?$", re.I)
KIN_REACH = 60  # characters before a side where that noun may stand


def one_sided(trigger: Trigger, clause: Clause) -> Trigger:
    """An armed clash where no two sides fight is an attack on civilians when its dead are counted as
    people who are no side ("gunmen raid a hotel, leaving nine people dead"; "five people are killed in an
    attack on the coast"; a bare count: "gunmen kill nine in the east"), or when the clause names no side at all
    but its dead ("four die in an attack in the city"): ACLED's clash needs two organised armed sides. Two sides are
    state forces, two armed groups, or a word of fighting each other (a clash trigger firmer than a bare "attack", or
    `FIGHTING`: "dying in a gunfight between rival clans"; a force named as an owner is none: "a soldier's home",
    "the family of a soldier", `_owner`). A
    place where people live or work as its object ("militants storm a hotel") is an attack on the people there,
    however firm the verb."""
    if trigger.sub_event_type != ARMED_CLASH:
        return trigger
    # a side named in a relative clause after the trigger tells of the victims, it did not fight ("kill the chairman
    # of the council, who opposed the al-Shabaab insurgents"); nor did one who only told of it ("confirmed dead by
    # the police")
    actors = [a for a in clause.actors
              if not (a.start > trigger.end and RELATIVE.search(clause.text, trigger.end, a.start))
              and not (a.kind == STATE and only_told(clause.text, a))]
    if any(a.kind == STATE and not _owner(clause.text, a) for a in actors) \
            or ATTACKS_FORCE_SITE.search(clause.text, clause.start, clause.end) \
            or len({a.name for a in actors if a.kind == ARMED}) > 1 \
            or FIGHTING.search(clause.text, clause.start, clause.end):
        return trigger
    if _civilian_object(trigger, clause) or _civilian_subject(trigger, clause) \
            or any(a.kind == STATE for a in actors):
        # "militants storm a hotel", "a hotel was attacked by gunmen": whatever the verb, no one there fought; nor did
        # the forces named only as the owners of the victims or of their home ("kill the family of a soldier")
        return replace(trigger, event_type=CIVILIAN_VIOLENCE, sub_event_type=ATTACK)
    if any(t.sub_event_type == ARMED_CLASH and t.priority > ONE_SIDED_PRIORITY for t in clause.triggers) \
            or not (counts_unarmed(clause.words) or _bare_count_of_no_side(clause) or _no_side_but_dead(clause)
                    or _person_killed(clause)):
        return trigger
    return replace(trigger, event_type=CIVILIAN_VIOLENCE, sub_event_type=ATTACK)


def _person_killed(clause: Clause) -> bool:
    """Whether a word of killing has a person named by his name as its object, no side's ("gunmen kill Mohamed
    Idris, chairman of the council"): one man targeted."""
    named = _person_killed_pattern().search(clause.text, clause.start, clause.end)
    # a headline in capitals names no one by capitals ("A SOLDIER IS KILLED IN AN ATTACK")
    return named is not None and not named.group("name").isupper() \
        and not any(a.start <= named.start("name") < a.end for a in clause.actors)


@cache
def _person_killed_pattern() -> re.Pattern:
    return re.compile(alternation(killing_words()) + r"\s+" + PERSON_NAME, re.I)


def hit_people(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a strike's or a bomb's clause, counts its dead or hurt as people of no side ("killing
    nine people", `tolls.counts_unarmed`) at no site state forces hold ("detonated at the police headquarters,
    killing 16 people" may have killed its officers): the strike hit civilians."""
    return counts_unarmed(text[start:end]) and FORCE_SITE_NAMED.search(text, start, end) is None


def _bare_count_of_no_side(clause: Clause) -> bool:
    """Whether a killing counts its dead with no noun ("militants kill 14 in the north") in a clause that names no
    site of state forces (`FORCE_SITE`: "killed 14 near an army barracks" may have killed soldiers)."""
    return kills_bare_count(clause.words) and FORCE_SITE_NAMED.search(clause.text, clause.start, clause.end) is None


def _no_side_but_dead(clause: Clause) -> bool:
    """Whether the clause names no side, not even by a word of one the actor finder missed (`SIDE_WORDS`: "A
    SOLDIER IS KILLED"), but tells people killed ("four are killed in an attack in the city")."""
    return not clause.actors and not SIDE_WORDS.search(clause.text, clause.start, clause.end) \
        and bool(fatalities(clause.words))


def _civilian_object(trigger: Trigger, clause: Clause) -> bool:
    """Whether the trigger's object names a place where people live or work ("stormed a hotel"): its own
    object, up to a preposition ("the shooting began near the market" tells where, not what was attacked); not
    one of the state's (`STATE_SITE`: "the governor's compound" is defended), nor one a side holds
    (`HELD_BY_A_SIDE`: "a Kurdish-held village")."""
    at = trigger.end
    end = pause_after(clause.text, at, min(object_end(clause.text, at, clause.end), at + AFTER_REACH))
    return STATE_SITE.search(clause.text, at, end) is None and ARMED_ABOARD.search(clause.text, at, end) is None \
        and HELD_BY_A_SIDE.search(clause.text, at, min(clause.end, end + AFTER_REACH)) is None \
        and civilian_site_after(clause.text, at, end)


def _civilian_subject(trigger: Trigger, clause: Clause) -> bool:
    """Whether the trigger is a passive's ("was attacked") whose subject's head, the words before it back to a pause
    and up to a preposition of place, names a place where people live or work ("a hotel in Bamako was attacked by
    gunmen"; not "a checkpoint near the market"), in a clause naming an armed group (not "by robbers", "by fans")."""
    aux = passive_aux(clause.text, clause.start, trigger.start)
    if aux is None or not any(a.kind == ARMED for a in clause.actors):
        return False
    begin = pause_before(clause.text, clause.start, aux.start())
    head = object_end(clause.text, begin, aux.start())  # "a checkpoint near the market": the checkpoint
    return STATE_SITE.search(clause.text, begin, head) is None and civilian_site_after(clause.text, begin, head)


def object_end(text: str, at: int, end: int) -> int:
    """Where the object after offset `at` ends: at the first preposition of place before `end` ("seize a village
    near an army base": the village was taken, not the base), else at `end`."""
    preposition = LOCATIVE_AFTER.search(text, at, end)
    return preposition.start() if preposition else end


def civilian_site_after(text: str, at: int, limit: int) -> bool:
    """Whether the words after offset `at`, up to the next pause and not past `limit`, name a place where
    people live or work (`civilian_sites.txt`: "stormed a hotel", "overran the living quarters")."""
    sites = table_lines("civilian_sites.txt")
    return any(w.lower() in sites for w in WORDS.findall(text, at, pause_after(text, at, min(limit, at + AFTER_REACH))))


def _dead_at_force_site(trigger: Trigger, clause: Clause) -> bool:
    """Whether the clause tells its dead at a site state forces hold (`AT_FORCE_SITE`), names no civilians
    (`CIVILIANS_TOLD`) and no state force as the killer before its word ("police shoot dead a man at a police
    checkpoint": the site is theirs, the dead no guard)."""
    text, start, end = clause.text, clause.start, clause.end
    return AT_FORCE_SITE.search(text, start, end) is not None and CIVILIANS_TOLD.search(text, start, end) is None \
        and not any(a.kind == STATE and a.start < trigger.start for a in clause.actors)


def armed_victims(trigger: Trigger, clause: Clause) -> Trigger:
    """An attack whose victims are state forces, the object of its word of killing ("gunmen shoot dead the
    police chief", "militants killed four soldiers") or counted among its dead ("six policemen and two
    officials are killed"), is a fight with an armed side (ACLED: Battles / Armed clash), however one-sided
    it was, and so is one whose word of attack has state forces as its object (`_attacks_forces`: "gunmen attack a
    navy ship"), or a site they hold (`ATTACKS_FORCE_SITE`: "gunmen attack a police station"), or whose dead were at
    one with no civilians named (`AT_FORCE_SITE`: "gunmen kill 15 people at an army checkpoint"); police who did the
    killing ("shot dead by police") are no victims. An armed group's fighters as
    the object of the killing word are an armed side too ("security forces shoot dead 24 militants"); captives
    among them are retyped back (`captives_killed`)."""
    if trigger.sub_event_type != ATTACK:
        return trigger
    if ATTACKS_FORCE_SITE.search(clause.text, clause.start, clause.end) or _dead_at_force_site(trigger, clause):
        # "gunmen attack a police station", "gunmen kill 15 people at an army checkpoint"
        return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH)
    if not any(a.kind in (STATE, ARMED) for a in clause.actors):
        return trigger
    text = clause.text
    # a side named in the possessive or as the kin's or the home's owner is not the victim: "kill a soldier's wife",
    # "kill the family of a soldier"
    if any(not _owner(text, a)
           and (a.kind == ARMED and a.name not in CROWDS.values() and _killed_object(text, clause.start, a.start)
                and _armed_before(clause, a)
                or a.kind == STATE and (_killed_object(text, clause.start, a.start)
                                        or _counted_before(text, a.start, clause.start) and _among_dead(clause, a)
                                        or dead_in_a_toll(text, a, clause.end)))
           for a in clause.actors):
        return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH)
    if _attacks_forces(clause):
        return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH)
    return trigger


def _owner(text: str, actor: Actor) -> bool:
    """Whether the side is named as the owner of the victims or of their home, not as the victims: in the possessive
    ("a soldier's wife") or after a noun of kin or home and "of" (`KIN_OF`: "the family of a soldier", "the widow of a
    policeman")."""
    return POSSESSIVE_AFTER.match(text, actor.end) is not None \
        or KIN_OF.search(text, max(0, actor.start - KIN_REACH), actor.start) is not None


def _armed_before(clause: Clause, victims: Actor) -> bool:
    """Whether a state force or another armed group stands before the armed victims: their killers fought them (a
    mob that lynches a militant fought no one)."""
    return any(a.start < victims.start and a.name != victims.name
               and (a.kind == STATE or a.kind == ARMED and a.name not in CROWDS.values()) for a in clause.actors) \
        and not list_pattern("crowds.txt").search(clause.text, clause.start, victims.start)


def _killed_object(text: str, floor: int, at: int) -> bool:
    """Whether a word of killing, not before `floor`, has the side named at offset `at` as its object."""
    return _killing_victims().search(text, max(floor, at - VICTIM_WINDOW), at) is not None


def _attacks_forces(clause: Clause) -> bool:
    """Whether the clause has a word of attack (`ATTACK_WORD`) whose own object, within a few words and no
    preposition between, is state forces ("gunmen attack an Egyptian navy ship", "militants ambush a police
    patrol"): the forces' side fought back (ACLED: Battles / Armed clash); not a side named in the possessive
    ("attack a soldier's home")."""
    text = clause.text
    forces = [a for a in clause.actors if a.kind == STATE and not POSSESSIVE_AFTER.match(text, a.end)]
    return any(_ATTACK_OBJECT.fullmatch(text, word.end(), a.start) is not None
               for word in ATTACK_WORD.finditer(text, clause.start, clause.end) for a in forces if a.start > word.end())


_ATTACK_OBJECT = re.compile(rf"\s+(?:(?!{NOT_OBJECT}\b)[\w'’-]+\s+){{0,2}}", re.I)


@cache
def _killing_victims() -> re.Pattern:
    """A word of killing and up to three words of its object, ending where a side is named: no preposition
    between ("shot dead by police", "executed at the military camp" name the killers and the place)."""
    return re.compile(alternation(killing_words()) + rf"\s+(?:{AT_LEAST}|(?!{NOT_OBJECT}\b)[\w'’-]+\s+){{0,3}}?$",
                      re.I)


def forces_attacked(trigger: Trigger, pair: tuple[Actor | None, Actor | None], text: str, clause: tuple[int, int],
                    actors: list[Actor]) -> Trigger:
    """An attack whose side acted upon, as the sentence's structure pairs them, is state forces ("jihadists killed
    30, most of them gendarmes"; "two soldiers hurt in an ambush") is a fight: ACLED's violence against
    civilians has civilians as its target, and an attack on armed forces is a battle however one-sided. Not when
    they were captives or executed (`captives_killed`: held, they were unarmed) or only own the target ("a
    soldier's wife", "a soldier's home"); forces that only told of it ("according to the police") are no target,
    but other forces named after the attack's word may be ("according to the army, he tried to stab soldiers")."""
    if trigger.sub_event_type != ATTACK or pair[1] is None or re.search(CAPTIVES, text[clause[0]:clause[1]], re.I) \
            or EXECUTION.search(text, *clause):
        return trigger
    # other forces after the word, not the attacker itself ("shot dead by the military, according to residents")
    named = [pair[1]] if not only_told(text, pair[1]) else \
        [a for a in actors if a.start > trigger.end and not only_told(text, a) and a is not pair[0]][:1]
    if not named or not named[0].name.startswith(FORCES_OF) or _owner(text, named[0]):
        return trigger
    return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH)


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
    return replace(trigger, event_type=CIVILIAN_VIOLENCE, sub_event_type=ATTACK)


def abductions_that_killed(events: list[Event]) -> list[Event]:
    """An abduction whose toll, told in its own sentence, is of its captives ("the bodies of two kidnapped
    teachers are found", "took worshippers hostage and killed a nun") is coded by the killing, which outweighs the taking (ACLED:
    Violence against civilians / Attack), one event; so is one whose captives its sentence says were then killed
    (`captives_then_killed`: "a chief was kidnapped and beheaded"). Beside another event in its sentence ("kill
    three and abduct ten", "ambushed the convoy, taking dozens hostage") the toll is that event's, and the abduction
    stays."""
    events = captives_then_killed(events)
    attacked = {e.sentence for e in events if e.sub_event_type != ABDUCTION}
    # its own sentence's toll: a toll told later may be of another event ("hostages died when troops stormed")
    killed = [e for e in events if e.sub_event_type == ABDUCTION and e.fatalities and e.sentence not in attacked
              and fatalities(e.sentence)]
    places, days = {e.location for e in killed}, {e.date_start for e in killed}
    # the same taking told again at its place with no toll ("a third captive is found alive") is the attack's;
    # one dated to another day there is another taking ("bandits abducted 20 more there on Tuesday")
    return [replace(e, event_type=CIVILIAN_VIOLENCE, sub_event_type=ATTACK) if e in killed else e for e in events
            if e in killed or not (e.sub_event_type == ABDUCTION and not e.fatalities and e.location in places
                                   and (e.date_how != "stated" or e.date_start in days))]


def captives_then_killed(events: list[Event]) -> list[Event]:
    """The events without an abduction whose sentence says its captives were then killed (`_taken_then_killed`): the
    killing, the sentence's attack, is the event; with no attack of its own the abduction becomes one."""
    taken = [e for e in events if e.sub_event_type == ABDUCTION and any(
        RELATIVE_BEFORE.search(e.sentence, max(0, m.start() - RELATIVE_REACH), m.start()) is None
        for m in _taken_then_killed().finditer(e.sentence))]
    attacked = {e.sentence for e in events if e.sub_event_type == ATTACK}
    return [replace(e, event_type=CIVILIAN_VIOLENCE, sub_event_type=ATTACK) if e in taken else e for e in events
            if not (e in taken and e.sentence in attacked)]


@cache
def _taken_then_killed() -> PhraseList:
    """A word of taking people, then "and", perhaps "later" or "then", and a word of killing (`death_words.csv`, role
    kill) of the same captives: right after it ("was kidnapped and beheaded", "abducted and later killed two
    teachers") or as a pronoun a few words on, with no other verb joined or governed between ("abducted three teachers
    and beheaded them"; not "abducted two nurses and vowed to kill them", "and fled, but troops pursued and killed
    them"). A taking in a relative clause is told of its doers, whom the pronoun may name (`RELATIVE_BEFORE`: "police
    found the men who kidnapped a trader and killed them")."""
    kill = alternation(killing_words())
    return case_blind(rf"\b(?:kidnap(?:s|ped)?|abduct(?:s|ed)?)\s+(?:and\s+{LATER}{kill}|{CAPTIVES_GAP}and\s+"
                      rf"{LATER}{kill}\s+(?:them|him|her{NOT_POSSESSIVE})\b)")


@cache
def _killing_captives() -> re.Pattern:
    """A word of killing followed by its victims (`death_words.csv`, role kill) and, within three words, a
    word saying they were held (`CAPTIVES`)."""
    return re.compile(alternation(killing_words()) + VICTIM_GAP + CAPTIVES, re.I)


def fought_out(trigger: Trigger, clause: Clause) -> Trigger:
    """An attack on civilians told as fighting whose dead include an armed side's people ("fighting in three
    villages kills a farmer and eight insurgents", "clashes kill six rebels and a woman caught in the
    crossfire"), or told as deaths with no word of fighting ("five rebels and a herder are killed in the
    attacks": someone fought the militants), is a fight between armed sides (ACLED: Armed clash); the civilians
    are caught in it. A count of people right before a state force or an armed group in the clause is its dead."""
    if trigger.sub_event_type != ATTACK:
        return trigger
    fought = FIGHTING.search(clause.text, clause.start, clause.end) is not None
    if any(a.kind in (STATE, ARMED) and _counted_before(clause.text, a.start, clause.start)
           and (fought or _among_dead(clause, a)) for a in clause.actors):
        return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH)
    return trigger


def _among_dead(clause: Clause, actor: Actor) -> bool:
    """Whether the side is told among the dead: a passive of killing or a word of dying follows it before any
    verb of attack ("five rebels and a herder are killed"; not "two gunmen kill five worshippers")."""
    return DEAD_AFTER.match(clause.text, actor.end, clause.end) is not None


def _counted_before(text: str, at: int, floor: int) -> bool:
    """Whether a count of people stands in the two words before offset `at` ("nine Boko Haram fighters",
    "six suspected rebels"), not after `floor`; a count opening the clause too ("Six Afghan policemen ...":
    a space put before it, as a count is read after one)."""
    before = " " + text[floor:at]
    gaps = [m.start() for m in SPACE_BEFORE_WORD.finditer(before)][-COUNT_WORDS:]
    return any(counts_people_at(before, gap) for gap in gaps)


@cache
def killing_words() -> list[str]:
    """The forms of killing that its victims follow (`death_words.csv`, role kill: "killed 12", "shot dead")."""
    return sorted(row["word"] for row in tables.rows("death_words.csv") if row["role"] == "kill")


def dying_words() -> list[str]:
    """The forms of dying that follow their victims (`death_words.csv`, role die: "12 died", "were shot dead")."""
    return sorted(row["word"] for row in tables.rows("death_words.csv") if row["role"] == "die")


def two_armed_sides(actors: list[Actor]) -> bool:
    """Whether the clause names two organised sides (state forces or armed groups) of their own: their fight
    is a battle, whoever else the clause mentions ("troops clashed with rebels near a square where
    protesters had gathered"). One state's forces are one side: its police and its army named together
    ("riot police and troops clash with protesters") do not fight each other."""
    return len({_side(a) for a in actors if a.kind in (STATE, ARMED) and a.name not in CROWDS.values()}) > 1


def _side(actor: Actor) -> str:
    """The side an actor fights on: a state's forces by their state ("Police Forces of Kenya": Kenya), an
    armed group by its name."""
    return (state_of(actor.name) if actor.kind == STATE else None) or actor.name
