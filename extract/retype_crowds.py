"""What a crowd makes of a clause's events: a crowd that fights riots, one that kills or carries off a person is
mob violence, a protest whose crowd forces kill or shoot at is force against protesters, arrests at a protest
are its intervention, and a riot's or a demonstration's first side is the crowd; violence the typer read as
a crowd's where the clause names none is an attack on the people it hurt (`crowdless`).

Tables read: crowds.txt, fighting_people.txt, reporting_verbs.txt, turning_violent.txt, protest_settings.txt,
typing/cues.csv (its `dispersed` row), clearing_cues.txt, crowd_subjects.txt, holding_participles.txt, sport_words.txt.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from . import tables
from .actors import ARMED, Actor, CIVILIAN, CROWDS, STATE, names_militia
from .clauses import Clause
from .not_events import ordinary_arrest, sport_told
from .phrases import (POSSESSIVE_AFTER, PhraseList, alternation, case_blind, closing_phrases, list_pattern, phrase_list,
                      table_lines)
from .pauses import AUXILIARY, WORDS, passive_aux
from .tolls import fatalities
from .retype_victims import (FIGHTING, NOT_OBJECT, ONE_SIDED_PRIORITY, dying_words, killing_words,
                             two_armed_sides)
from .triggers import Trigger, find_triggers
from .vocabulary import (ARMED_CLASH, ARRESTS, ATTACK, CIVILIAN_VIOLENCE, EXCESSIVE_FORCE, INTERVENTION, MOB_VIOLENCE,
                         PEACEFUL_PROTEST, PROTESTS, REMOTE_EVENTS, RIOTS, VIOLENT_DEMONSTRATION)

# a blast that reaches a protest: the explosive, then where it went off, then the protest within a few words (not a
# stun grenade, thrown to disperse)
BLAST_AT_PROTEST = case_blind(r"\b(?:explosions?|blasts?|bombs?|(?<!stun\s)(?<!sound\s)(?<!flash\s)grenades?|"
                              r"explosives?)\b[^,;.]{0,30}?\b(?:at|on|into|rocks?|rocked|hits?|struck|among|targeting|"
                              r"targeted)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
                              r"(?:protests?|rall(?:y|ies)|demonstrations?|marche?s?|protesters|protestors|demonstrators|"
                              r"sit-ins?)\b")
# of those cues, the ones that need not tell force on this crowd: a crackdown protested against, arrests (told apart
# by `_arrests_at_protest`), talks that broke up or dragged on
NOT_FORCE_ON_CROWD = frozenset({"crackdown", "cracked down", "dragged", "were detained", "were arrested", "broke up",
                                "arrested * protesters", "detained * protesters", "arrested * demonstrators",
                                "detained * demonstrators", "protesters were arrested", "demonstrators were arrested"})
# the typer's cue group of a crowd met by force short of harm (typing/cues.csv: tear gas, water cannon)
DISPERSED = "dispersed"
ARREST_OBJECT_WORDS = 6  # words of an arrest's object before the protest it was made at ("hundreds of people")
ARREST_REACH = 45  # characters between a word of arrest and the protesters it names ("arrest dozens of protesters",
# "arrest several far-right and anti-racist protesters")
# the demonstrations whose first side is the crowd (ACLED: Rioters, Protesters), whoever is the subject; force
# against protesters keeps the force first
CROWD_LED = frozenset({PEACEFUL_PROTEST, "Protest with intervention"})  # INTERVENTION, below
CROWD_AS_OBJECT = re.compile(r"\b(?:on|at|against|upon|into)\s+(?:the\s+|a\s+)?(?:crowds?\s+of\s+)?$", re.I)
PEACEFULLY = re.compile(r"\bpeacefully\b", re.I)  # how a protest was held (not "peaceful protesters", who may be fired on)
# people killed or hurt during or at a protest: "two people are killed during protests", "injured at the rally"
# ("killed in March": a month, no march; "relatives of the dead", "those killed", "who died": the dead a noun or a
# relative clause's, mourned at the rally, not killed at it)
HURT_AT_PROTEST = re.compile(r"\b(?<!\bthe\s)(?<!\bthose\s)(?<!\bwho\s)"
                             r"(?P<hurt>killed|dead|die|dies|died|wounded|injured|injuries|hurt)\b[^.;]{0,60}?"

                             r"\b(?:during|at|in|after)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
                             r"(?:protests?|demonstrations?|rall(?:y|ies)|(?-i:march(?:es)?)|Marches)\b", re.I)
DEATH_WORDS = frozenset({"killed", "dead", "die", "dies", "died"})
# a protest as the subject of a toll: "protests in Nukus leave five people dead", "the demonstration left two killed"
PROTEST_LEFT_DEAD = re.compile(r"\b(?:protests?|demonstrations?|rall(?:y|ies))\b[^.;]{0,40}?"
                               r"\b(?:leave|leaves|left|leaving)\s+(?:[\w-]+\s+){0,4}?(?:dead|killed)\b", re.I)
# protesters told dead with no killer named: "two protesters are killed", "three demonstrators were shot dead"
PROTESTERS_DEAD = re.compile(r"\b(?:protesters?|protestors?|demonstrators?|marchers)\s+"
                             r"(?:(?:are|were|is|was|have|has)\s+)?(?:(?:been|also|reportedly)\s+)*"
                             r"(?:killed|shot\s+dead)\b(?!\s+by\b)", re.I)
# police or troops as the subject of a passive or of suffering, up to the word of hurt: "two officers sustain injuries"
# ("officers have also been badly"; not "police say scores were": the verb another subject's)
FORCES_HURT = re.compile(r"\b(?:police|policemen|policeman|officers?|soldiers?|troops|guardsmen|security forces)\s+"
                         r"(?:(?:officers|also|have|has|had|reportedly)\s+){0,2}(?:are|were|was|is|been|sustain\w*|"
                         r"suffer\w*)\s+(?:[\w-]+\s+){0,2}$", re.I)
# a crowd or its act in any form ("a protester", "riot police", "villagers lynch a thief")
CROWD_STEMS = re.compile(r"protest|demonstrat|riot|rall(?:y|ies)|march|mob\b|crowd|unrest|villagers|residents|locals|"
                         r"vigilantes|lynch|sit-in|vigil|picket|gather|strikers", re.I)
# a riot's cause voiced or told: a protest, a grievance "over" or "against" something, a death, an election
RIOT_CAUSE = re.compile(r"protest|demonstrat|rall(?:y|ies)|march|sit-in|picket|strik|\bover\b|\bagainst\b|\bdeath\b|"
                        r"\bdie[sd]?\b|\bkilling\b|\belection|\bvot(?:e|es|ing)\b|\bdemand", re.I)
RIOT_SETTING_REACH = 50  # characters after a riot's word in which its setting is told ("a riot at a prison")
CROWD_VIOLENCE = frozenset({VIOLENT_DEMONSTRATION, MOB_VIOLENCE, EXCESSIVE_FORCE})  # violence that needs a crowd
# a force's deed that hurts people badly: "injures a child", "rammed by a police van", "beaten by riot police"
HARM = r"(?:injur(?:e|es|ed|ing)|wound(?:s|ed|ing)?|beat(?:s|en|ing)?|ram(?:s|med|ming)|r[au]n(?:s|ning)?\s+over|" \
       r"run\s+down|stab(?:s|bed|bing)?)"
# state forces right before their deed, active (a manner word between: "a police officer critically injures a
# child"); a past form with its object after it, not a headline's passive ("two police officers injured during",
# "injured Monday", "injured amid")
FORCE_HARMS = re.compile(r"\s+(?:[\w'’-]+ly\s+)?(?:(?:injures?|wounds?|beats?|rams?|runs?\s+over|stabs?)\b|"
                         r"(?:injured|wounded|rammed|ran\s+over|stabbed)\s+(?!(?:in|at|on|during|by|when|as|while|after|"
                         r"and|near|from|with|outside|inside|amid|following|over|overnight|today|yesterday|last|this|"
                         r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)[\w-]+)", re.I)
# the deed and "by" its agent, a force named within two words after ("several rammed by a police van"), none a
# preposition or a conjunction (another agent: "beaten by thugs as police watch")
HARMED_BY = re.compile(r"\b" + HARM + rf"\s+by\s+(?:an?\s+|the\s+)?(?:(?!(?:{NOT_OBJECT}|and|or)\b)[\w'’-]+\s+){{0,2}}?$",
                       re.I)
HARMED_BY_REACH = 50  # characters before a force where its deed and "by" stand
# between an arrest and the protesters after it, words telling that those held did something to them ("arrested three
# men accused of attacking protesters", "the driver who rammed protesters")
OTHERS_HELD = re.compile(r"\b(?:who|whom|which|that|accused|suspected|charged|for)\b", re.I)
AGENT_REACH = 25  # characters after "killed by" where the force that killed starts ("by heavily armed riot police")
BY_AGENT = re.compile(r"\bby\s+(?:an?\s+|the\s+)?", re.I)
ANGRY = r"(?:(?:angry|enraged|irate|furious)\s+)?"  # a word of anger before a crowd: "an angry mob", "by irate mobs"
# a deed the crowd protests against or another did: "rally against looting", "over the torching of", "looting by troops"
PROTESTED_AGAINST = re.compile(r"\b(?:against|over|denounce|denouncing|condemn|condemning|protesting)\s+(?:the\s+)?$", re.I)
PROTESTED_REACH = 25  # characters before the deed where the word of protesting it stands
# a deed told as the crowd's adjective: "stone-throwing protesters", "looting rioters"
DEED_OF_CROWD = re.compile(r"\s+(?:[\w-]+\s+)?(?:protesters|protestors|demonstrators|rioters|crowds?|mobs?|youths)\b", re.I)
# between a crowd and a deed: a word that makes the deed another's or a cause ("after thieves looted", "said soldiers
# torched", "accused police of looting"), another doer named or a new clause ("; separately, gunmen wound ...")
OTHER_DOER = re.compile(r"\b(?:after|before|said|says|say|saying|accused|accuse|accusing|condemned|condemn|blamed|blame|"
                        r"alleged|allege|when|because|as|while|who|whose|against|over|by|following|since|that|"
                        r"separately|gunmen|militants|attackers|bombs?|attacks?|police|soldiers|troops|urged?|urges|"
                        r"called|calls?)\b|;", re.I)
# right after a word of violence breaking out, the crowd's event it broke out at: "violence broke out at a rally"
VIOLENCE_AT_CROWD = re.compile(r"\s+(?:at|during|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:rally|rallies|protests?|"
                               r"marche?s?|demonstrations?|sit-ins?|gathering)\b", re.I)
THEY = re.compile(r"^They\b")  # a sentence opening on the crowd told before
# in the sentence after a protest, another time of the deed it tells: "a week earlier", "in 2014"
ELSEWHERE = re.compile(r"\b(?:(?:a|an|one|two|three|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
                       r"(?:earlier|before|ago)|last\s+(?:week|month|year)|in\s+\d{4})\b", re.I)
# the crowd of any protest, named again in the next sentence ("Police fired tear gas at marchers. The protesters ...")
PROTEST_CROWD = re.compile(r"\b(?:protesters|protestors|demonstrators|marchers|the\s+crowd|rioters)\b", re.I)
# the young as a passive's subject, up to its word of harm ("a Palestinian teenager is shot dead in", "two boys, aged
# 15, were killed in"): a clash's other side when they fell in it with no armed group named
YOUNG_HURT = re.compile(r"\b(?:youths?|teenagers?|teens?|boys?|schoolboys?|(?:1\d|[1-9])-year-olds?|"
                        r"(?:1\d|[1-9])-year-old\s+(?:boys?|girls?|youths?|students?|protesters?))\b"
                        rf"[^.;]{{0,40}}?\b{AUXILIARY}\s+(?:[\w-]+ly\s+)?"
                        r"(?:shot\s+dead|shot|killed|wounded|injured|hurt)\b", re.I)
BETWEEN = re.compile(r"\s+between\b", re.I)  # a clash's two sides named after it
CLOSING_SIDE = re.compile(r"\b(?:with|between)$", re.I)  # a trigger's last word that opens the fight's other side
NOT_DONE = re.compile(r"\b(?:not|never|no|nor|neither|denied|deny|denies)\b", re.I)  # "They did not throw stones"
DONE_BY = re.compile(r"(?:\s+\w+){0,3}?\s+by\b", re.I)
PASSIVE_NEXT = re.compile(r"\s+(?:are|were|is|was|has\s+been|have\s+been|had\s+been)\b", re.I)  # "villagers are killed"
BY_CROWD_REACH = 40  # characters between a deed and "by" the crowd that did it ("beaten to death by strikers")
# between a clash and the protest it broke out at: "clashes broke out at a march", "fighting erupted during the rally"
# a clash told as breaking out at a protest, or amid protests ("clashes take place in Sanaa amid demonstrations")
CLASH_AT = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:at|during)\s+(?:[\w'’-]+\s+){0,3}"
                      r"|[^.;]{0,80}?\bamid\s+(?:[\w'’-]+\s+){0,3}", re.I)


def crowd_fights(trigger: Trigger, actors: list[Actor], before: str, after: str, words: str = "") -> bool:
    """Whether a crowd fights (`before`, `after`: the clause's text on either side of the trigger): a clash
    with protesters or another crowd (`crowds.txt`) in the clause ("clashes between rival supporters and
    police"), or a bare "attack" with the crowd as its subject ("demonstrators attacked spectators"; not
    "police attacked protesters", nor "protesters were attacked"); a people's armed men ("Fulani herdsmen clash with
    Tiv youths") are militias, no crowd. `words`, the trigger's own, may end in the side's preposition ("clashes
    between")."""
    if trigger.sub_event_type != ARMED_CLASH or two_armed_sides(actors) or names_militia(before) \
            or names_militia(after):
        return False
    crowds = list_pattern("crowds.txt")
    if trigger.priority > ONE_SIDED_PRIORITY:
        return any(a.name == CROWDS["Protests"] for a in actors) or crowds.search(before) is not None \
            or crowds.search(after) is not None or _people_fight(before, _with_closing(words, after), actors) \
            or _young_fell(before, _with_closing(words, after), actors)
    return not passive_aux(before, 0, len(before)) and (  # not "protesters were attacked"
        any(a.name == CROWDS["Protests"] and a.start < trigger.start for a in actors) or crowds.search(before) is not None)


def _young_fell(before: str, after: str, actors: list[Actor]) -> bool:
    """Whether the young were killed or hurt in a clash "with" state forces and no armed group (`YOUNG_HURT`: "a
    Palestinian teenager is shot dead in clashes with troops", "a 16-year-old boy is killed in clashes with police"):
    stone-throwing youths, as ACLED codes them, not gunmen. A clash "between" two sides after it was theirs, not the
    young's ("in clashes between police and armed robbers")."""
    return YOUNG_HURT.search(before) is not None and BETWEEN.match(after) is None \
        and any(a.kind == STATE for a in actors) and not any(a.kind == ARMED for a in actors)


def _young_in_clash(trigger: Trigger, clause: Clause) -> bool:
    """Whether the typer's attack is the deaths of the young in the clause's two-sided clash (`_young_fell`: "a
    Palestinian youth is shot dead in clashes with troops"): the clash's riot, not an attack beside it."""
    clash = next((t for t in clause.triggers if t.sub_event_type == ARMED_CLASH and t.priority > ONE_SIDED_PRIORITY),
                 None)
    return trigger.sub_event_type == ATTACK and clash is not None \
        and _young_fell(clause.text[clause.start:clash.start],
                        _with_closing(clause.text[clash.start:clash.end], clause.text[clash.end:clause.end]),
                        list(clause.actors))


def _with_closing(words: str, after: str) -> str:
    """The words after a trigger with the preposition it ends in, if any, before them ("clashes between" and " police
    and opponents": " between police and opponents")."""
    closing = CLOSING_SIDE.search(words)
    return f" {closing.group()}{after}" if closing else after


def _people_fight(before: str, after: str, actors: list[Actor]) -> bool:
    """Whether people who are a crowd only when fighting (`fighting_people.txt`) are a side of a two-sided fight
    with no armed group in it (gunmen who "clash with villagers" attack them): its subject, with no passive and no
    word of dying between them and the fight's word ("villagers clash with riot police"; not "three villagers are
    killed in clashes"), or the side after "with" or "between" ("police clash with residents", "a clash between
    migrants and soldiers")."""
    if any(a.kind == ARMED for a in actors):
        return False
    subject = _fighting_people().search(before)
    if subject is not None and not passive_aux(before, 0, len(before)) and not _dying().search(before, subject.end()) \
            and not list_pattern("reporting_verbs.txt").search(before, subject.end()):
        # ("residents said troops and police clashed": those who tell of the clash are no side of it)
        return True
    return _people_met().match(after) is not None


@cache
def _fighting_people() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(table_lines('fighting_people.txt'))})\b", re.I)


@cache
def _people_met() -> re.Pattern:
    """The first words after a fight's word naming such people as its other side: "with (the) villagers",
    "between (local) residents and"."""
    return re.compile(rf"\s+(?:with|between)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?"
                      rf"(?:{alternation(table_lines('fighting_people.txt'))})\b", re.I)


@cache
def _dying() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(dying_words())})\b", re.I)


STADIUM = re.compile(r"\bstadiums?\b", re.I)  # where fans fight, as much as any word of sport


def stadium_riot(trigger: Trigger, clause: Clause) -> Trigger:
    """A clash in a clause of sport (`sport_words.txt`, "stadium") that kills and names no force nor armed group
    ("clashes at the stadium after the match left dozens dead") is the fans' riot (ACLED: Riots / Mob violence); without
    deaths it is a contest (`not_events.sport_contest`)."""
    if trigger.sub_event_type != ARMED_CLASH or any(a.kind in (ARMED, STATE) for a in clause.actors) \
            or not (STADIUM.search(clause.text, clause.start, clause.end) or sport_told(clause)) \
            or not fatalities(clause.words):
        return trigger
    return replace(trigger, event_type=RIOTS, sub_event_type=MOB_VIOLENCE)


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
    return replace(trigger, event_type=CIVILIAN_VIOLENCE, sub_event_type=ATTACK)


def protesters_shot(trigger: Trigger, clause: Clause) -> Trigger:
    """An attack told by a word of killing whose object is a crowd or one of it, with state forces named before it
    ("police fatally shoot a protester"), is force against protesters (LABELLING.md): a rule's bare word of
    killing has no word of protest for `crowd_events` to retype."""
    killed = _killing_crowd().match(clause.text, trigger.start) if trigger.sub_event_type == ATTACK else None
    if killed is None or POSSESSIVE_AFTER.match(clause.text, killed.end()) \
            or not any(a.kind == STATE and a.start < trigger.start for a in clause.actors):
        return trigger  # "a protester's brother" was no protester
    return replace(trigger, event_type=PROTESTS, sub_event_type=EXCESSIVE_FORCE)


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
    one, whatever the typer read in the rest of the clause; one met with tear gas, water cannon or batons (the
    typer's cue `dispersed`) or cleared off its ground is its intervention, whatever rule word told it. The clause's
    rule triggers' arrests at a protest tell its intervention even where the typer kept only the protest."""
    actors, text, start, end = clause.actors, clause.text, clause.start, clause.end
    chosen = [replace(t, event_type=RIOTS, sub_event_type=VIOLENT_DEMONSTRATION)
              if crowd_fights(t, actors, text[start:t.start], text[t.end:end], text[t.start:t.end])
              or _young_in_clash(t, clause) else replace(t, event_type=RIOTS, sub_event_type=MOB_VIOLENCE)
              if _crowd_does(t, text[t.end:end]) or _crowd_subject(t, text[start:t.start], text[t.end:end])
              or _crowd_at_typed_word(t, clause) else t
              for t in chosen]
    chosen = _arrests_at_protest(_blast_at_protest(chosen, clause.words), actors, text,
                                 [t for t in (*chosen, *clause.triggers) if not ordinary_arrest(t, clause)])
    protests = any(t.event_type == PROTESTS for t in chosen)
    if protests and (_force_kills_crowd(actors, text, start, end) or _force_hurts(actors, text, start)):
        chosen = [replace(t, sub_event_type=EXCESSIVE_FORCE) if t.event_type == PROTESTS else t for t in chosen]
    elif protests and (_turned_violent(clause.words) or _forces_hurt_at(clause.words) or _clashed(clause, chosen)
                       or _turned_violent_next(clause)):
        # the clause's clash, where no two armed sides are named, is the crowd's: one riot, not a fight beside it
        # ("clashes erupt as police break up a rally")
        chosen = [replace(t, event_type=RIOTS, sub_event_type=VIOLENT_DEMONSTRATION) if t.event_type == PROTESTS
                  else t for t in chosen if not _crowds_clash(t, clause)]
    elif protests and _killed_at(clause.words):
        chosen = [replace(t, sub_event_type=EXCESSIVE_FORCE) if t.event_type == PROTESTS else t for t in chosen]
    if any(t.event_type == RIOTS for t in chosen):
        return [_without_demonstration(t, clause) for t in chosen if t.event_type != PROTESTS]
    if PEACEFULLY.search(clause.words) and not _force_on_crowd(actors, text):
        return [replace(t, sub_event_type=PEACEFUL_PROTEST) if t.event_type == PROTESTS else t for t in chosen]
    if _dispersal().search(text, start, end):
        return [replace(t, sub_event_type=INTERVENTION) if t.sub_event_type == PEACEFUL_PROTEST else t for t in chosen]
    return chosen


def _without_demonstration(trigger: Trigger, clause: Clause) -> Trigger:
    """A riot in a prison, at a match or a festival, or by inmates or fans (`riot_settings.csv`), with no cause told
    in its clause (`RIOT_CAUSE`: a protest, a grievance, a death, an election), is mob violence: no demonstration
    turned violent ("inmates riot at the central prison"; not "traders riot near the stadium over a tax")."""
    text = clause.text
    if trigger.sub_event_type != VIOLENT_DEMONSTRATION or RIOT_CAUSE.search(text, clause.start, clause.end):
        return trigger
    at = _riot_setting().match(text, trigger.end, min(clause.end, trigger.end + RIOT_SETTING_REACH))
    by = _riot_crowd().search(text, clause.start, trigger.start)
    return replace(trigger, sub_event_type=MOB_VIOLENCE) if at or by else trigger


@cache
def _riot_setting() -> re.Pattern:
    """Right after a riot's word, where it broke out: "at", "in", "inside" or "during" and a setting a few words on,
    before any "after" or "near" ("riot at a prison"; not "riot in Konna after ... at a wedding")."""
    return re.compile(r"(?:(?!\b(?:after|near|outside|over|against)\b)[^.;])*?\b(?:at|in|inside|during)\s+"
                      r"(?:[\w'’-]+\s+){0,4}?" + alternation(_settings("place")), re.I)


@cache
def _riot_crowd() -> re.Pattern:
    """Right before a riot's word, the rioters as a crowd of a setting ("inmates riot", "football fans rioted")."""
    return re.compile(alternation(_settings("crowd")) + r"\s+(?:[\w-]+\s+)?$", re.I)


def _settings(kind: str) -> list[str]:
    """The riot settings of one kind (`riot_settings.csv`: place or crowd)."""
    return [row["setting"] for row in tables.rows("riot_settings.csv") if row["kind"] == kind]


@cache
def _dispersal() -> PhraseList:
    """The phrases of the typer's cue group of a crowd met by force short of harm (typing/cues.csv, `DISPERSED`) and of
    force clearing a protest off its ground (clearing_cues.txt)."""
    row = next(row for row in tables.rows("typing/cues.csv") if row["cue"] == DISPERSED)
    phrases = [p for p in row["phrases"].split("|") if p not in NOT_FORCE_ON_CROWD] + table_lines("clearing_cues.txt")
    return phrase_list(phrases)


def _crowd_does(trigger: Trigger, after: str) -> bool:
    """Whether a crowd (`crowds.txt`) did the violence against a civilian, named as its agent right after it
    ("dragged from a bus and beaten to death by strikers"). Only the agent after "by" counts: a crowd named
    before the deed is as often its victim in a headline's passive without "were" ("two students killed"); nor one
    that holds the place (`holding_participles.txt`: "a roadblock run by supporters")."""
    agent = BY_AGENT.search(after[:BY_CROWD_REACH]) if trigger.event_type == CIVILIAN_VIOLENCE else None
    # not who holds or runs the place ("at a checkpoint manned by a leader's supporters")
    held = agent is not None and closing_phrases("holding_participles.txt").search(after[:agent.start()])
    return agent is not None and not held and (list_pattern("crowds.txt").match(after, agent.end()) is not None
                                               or _crowd_agent().match(after, agent.end()) is not None)


def _crowd_subject(trigger: Trigger, before: str, after: str) -> bool:
    """Whether a crowd or villagers open the clause as the subject of an attack on a civilian, in the active ("a crowd
    burns alive a woman accused of witchcraft", "villagers beat to death two suspected thieves"; not "two villagers
    were killed", nor a headline's passive with no auxiliary: "villagers killed by gunmen")."""
    return trigger.sub_event_type == ATTACK and _crowd_opens().match(before) is not None \
        and passive_aux(before, 0, len(before)) is None and DONE_BY.match(after) is None


def _crowd_at_typed_word(trigger: Trigger, clause: Clause) -> bool:
    """Whether the typer's attack on a civilian stands at the word of a crowd that opens the clause (its evidence: "a
    crowd of villagers hacks to death a woman"), a trigger of the clause right after it ("hacks to death"; not
    "residents of the district accuse police"), and no passive or "by" after it ("villagers are killed")."""
    text, end = clause.text, clause.end
    if trigger.score is None or trigger.sub_event_type != ATTACK \
            or _crowd_opens().match(text[clause.start:trigger.end]) is None:
        return False
    verb = WORDS.search(text, trigger.end, end)
    return verb is not None and any(t.start == verb.start() for t in find_triggers(text, clause.start, end)) \
        and PASSIVE_NEXT.match(text, trigger.end, end) is None and DONE_BY.match(text, trigger.end, end) is None


@cache
def _crowd_opens() -> re.Pattern:
    """A clause opening on a crowd of `crowd_subjects.txt` as its subject right before its verb, an article and a word
    of anger before it, a place between, a place opening the clause before it: "A crowd", "An angry mob", "Villagers in
    Enga", "In Geita region, a crowd of villagers" (not "Residents say gunmen")."""
    crowds = alternation(table_lines("crowd_subjects.txt"))
    return re.compile(r"\s*(?:in\s+[^,;]{1,50},\s*)?(?:an?\s+|the\s+)?" + ANGRY + crowds
                      + r"(?:\s+(?:in|of|from|near)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s*$", re.I)


@cache
def _crowd_agent() -> re.Pattern:
    """A crowd of `crowd_subjects.txt` named as the agent right after "by" and its article: "by a crowd of men", "by
    angry villagers", "by traders" (`crowds.txt` after an article reads "by a mob"; not "by a crowd" whose article the
    agent's pattern took)."""
    return re.compile(ANGRY + alternation(table_lines("crowd_subjects.txt")), re.I)


def _turned_violent(clause: str) -> bool:
    """Whether the clause tells the protest growing violent, violence breaking out, or its crowd's damage
    (`turning_violent.txt`; the crowd before the deed, or the deed as its adjective), not damage the crowd
    protests against ("rally against looting by soldiers")."""
    return any(_violence_at_crowd(clause, m) or _crowd_did(clause, m.start()) or DEED_OF_CROWD.match(clause, m.end())
               for m in list_pattern("turning_violent.txt").finditer(clause)
               if PROTESTED_AGAINST.search(clause, max(0, m.start() - PROTESTED_REACH), m.start()) is None
               and DONE_BY.match(clause, m.end()) is None)


def _violence_at_crowd(clause: str, match: re.Match) -> bool:
    """Whether the words tell the protest turning violent ("turned violent"), or violence breaking out at the
    crowd's event named right after ("violence broke out at a rally"; not "after violence erupted in Goma")."""
    words = match.group().lower()
    return "violent" in words \
        or words.startswith("violence") and VIOLENCE_AT_CROWD.match(clause, match.end()) is not None


def _crowd_did(clause: str, at: int) -> bool:
    """Whether the deed at `at` is the crowd's: a word of the crowd or its protest before it with no word of another
    subject, of telling, of cause, of a call or a denial between ("protesters loot shops", "protests, with looting";
    not "traders marched after thieves looted", "protesters said soldiers torched", "urged police to stop burning",
    "denied throwing rocks")."""
    crowds = list(CROWD_STEMS.finditer(clause, 0, at))
    return bool(crowds) and OTHER_DOER.search(clause, crowds[-1].end(), at) is None \
        and NOT_DONE.search(clause, crowds[-1].end(), at) is None


def _killed_at(clause: str) -> bool:
    """Whether the clause tells people killed during, at or after a protest (`HURT_AT_PROTEST`, a word of death), a
    protest that left people dead (`PROTEST_LEFT_DEAD`: "protests in Nukus leave five people dead"), or protesters dead
    with no killer named after "by" (`PROTESTERS_DEAD`)."""
    hurt = HURT_AT_PROTEST.search(clause)
    return hurt is not None and hurt.group("hurt").lower() in DEATH_WORDS \
        or PROTESTERS_DEAD.search(clause) is not None or PROTEST_LEFT_DEAD.search(clause) is not None


def _clashed(clause: Clause, chosen: list[Trigger]) -> bool:
    """Whether the protest's clause tells a clash by a word of two sides fighting (`_crowds_clash`), whether the
    typer's sure protest set it aside ("police clash and use tear gas on marchers") or it stands beside the protest
    ("clashes erupt as police break up a rally": where a state force is named, or told at or amid the protest), and is
    not already the crowd's riot ("police clash with protesters"): the crowd clashed with the force that met it
    (LABELLING.md: clashes of protesters with police are a riot)."""
    spans = {(c.start, c.end): c.event_type for c in chosen}
    # a clash chosen beside the protest is the crowd's only where a state force met it ("police break up a rally") or
    # it broke out at the protest ("clashes broke out at a march"), not others' fight told beside it ("farmers
    # protest as herders and farmers clash near Konna")
    met = any(a.kind == STATE for a in clause.actors)
    protests = [c for c in chosen if c.event_type == PROTESTS]
    return any(_crowds_clash(t, clause) and (
        (t.start, t.end) not in spans or spans[(t.start, t.end)] != RIOTS
        and (met or any(CLASH_AT.fullmatch(clause.text, t.end, p.start) for p in protests)))
        for t in clause.triggers)


def _crowds_clash(trigger: Trigger, clause: Clause) -> bool:
    """Whether a rule trigger of a protest's clause is a word of two sides fighting (not a one-sided attack) and the
    clause names no two armed sides of its own: the crowd clashed with the force that met it."""
    return trigger.sub_event_type == ARMED_CLASH and trigger.priority > ONE_SIDED_PRIORITY \
        and not two_armed_sides(list(clause.actors))


def _turned_violent_next(clause: Clause) -> bool:
    """Whether the sentence after the protest's tells its crowd's violence ("Police fire tear gas at students. The
    students had started throwing stones."): the crowd named again by the protest's own word or a protest's crowd
    (not "football fans" after "protesters") or "They" opening it, before the deed, not denied ("They never threw
    stones"), in a sentence telling no other time ("a week earlier", "in 2014")."""
    after = clause.around[1]
    if after is None or ELSEWHERE.search(after.text):
        return False
    told = {m.group().lower() for m in list_pattern("crowds.txt").finditer(clause.words)}
    crowd = [m.end() for m in (*list_pattern("crowds.txt").finditer(after.text), *THEY.finditer(after.text),
                               *PROTEST_CROWD.finditer(after.text))
             if m.group().lower() in told or THEY.fullmatch(m.group()) or PROTEST_CROWD.fullmatch(m.group())]
    return any(OTHER_DOER.search(after.text, named, deed.start()) is None
               and NOT_DONE.search(after.text, named, deed.start()) is None
               for deed in list_pattern("turning_violent.txt").finditer(after.text)
               for named in crowd if named <= deed.start())


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
        a.name == CROWDS[PROTESTS] and t.start - ARREST_REACH <= a.start <= t.end + ARREST_REACH
        and not OTHERS_HELD.search(text, t.end, a.start) for a in actors)
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
    actively = force is not None and _killing_crowd().search(text, force, end) is not None
    return actively or _crowd_killed_by_force(actors, text, start)


def _crowd_killed_by_force(actors: list[Actor], text: str, start: int) -> bool:
    """Whether the crowd is killed by state forces or an armed group named as the agent after "by", the crowd the
    subject of the passive ("five protesters are shot dead by police", "marchers were killed by soldiers"; not
    "protesters say three men were killed by soldiers")."""
    crowd = next((a for a in actors if a.name in CROWDS.values() and a.start >= start), None)
    killed = _dying_by().match(text, crowd.end) if crowd else None
    return killed is not None and any(a.kind in (STATE, ARMED) and a.name not in CROWDS.values()
                                      and killed.end() <= a.start <= killed.end() + AGENT_REACH for a in actors)


@cache
def _dying_by() -> re.Pattern:
    """Right after the crowd, an auxiliary or two, a word of dying of its victims (`death_words.csv`, role die:
    "killed", "shot dead") and "by" its agent ("are shot dead by riot police")."""
    return re.compile(r"\s+(?:(?:were|was|are|is|have|has|had|been|being|reportedly|allegedly|also|later)\s+){0,3}"
                      + alternation(dying_words()) + r"\s+by\s+", re.I)


def _force_hurts(actors: list[Actor], text: str, start: int) -> bool:
    """Whether state forces named in the clause (from `start`) hurt people at the protest, as the subject of a deed
    of harm (`FORCE_HARMS`: "a police officer critically injures a child") or its agent after "by" (`HARMED_BY`:
    "several rammed by a police van"): police who seriously injure protesters use force against them
    (LABELLING.md: Excessive force against protesters), more than an intervention."""
    return any(a.kind == STATE and a.start >= start and (FORCE_HARMS.match(text, a.end) or HARMED_BY.search(
        text, max(start, a.start - HARMED_BY_REACH), a.start)) for a in actors)


@cache
def _killing_crowd() -> re.Pattern:
    """A word of killing followed by its victims (`death_words.csv`, role kill) and, within three words, a
    crowd (`crowds.txt`) as its object."""
    return re.compile(alternation(killing_words()) + r"\s+(?:[\w,-]+\s+){0,3}?"
                      + alternation(table_lines("crowds.txt")), re.I)


def _force_on_crowd(actors: list[Actor], text: str) -> bool:
    """Whether the crowd is what force was used on: the object of "on", "at" or "against" ("police fired on
    protesters who had gathered peacefully"), or after state forces or an armed group named before it. Then
    the force is what is told, and "peacefully" only says how the crowd met."""
    crowd = next((a.start for a in actors if a.name in CROWDS.values()), None)
    return crowd is not None and (CROWD_AS_OBJECT.search(text, max(0, crowd - 30), crowd) is not None
                                  or any(a.kind in (STATE, ARMED) and a.start < crowd for a in actors))
