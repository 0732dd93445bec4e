"""Whether a trigger tells no event of its own (`NO_EVENT_STEPS`, asked of each trigger of a clause): a word
common outside conflict with no actor of its kind named; an arrest for an ordinary crime; a running tally of
deaths; an accident or a disaster ("a helicopter crashes", "a minibus hits a lorry", "avalanches bury an army
post", "a gas explosion") with no word of an attack nor an armed group, or a weapon fired at nothing (a
missile test, a launch into the sea, warning shots) with no deaths; police "raids" that arrest (the arrests
are the event, not air strikes); a candidate's campaign rally; a rape with no armed or state side named;
people named by a participle of their taking ("the girls kidnapped by the group are alive"); a state's
missile launch aimed at nothing named ("fires two missiles as leaders meet"); an attack on computers ("a
denial-of-service attack on a website"); a capture told as a participle describing a place ("aid reaches the
recently liberated town"); a protest that is a state's or an organisation's word ("China protests the sale"); a
clash or a battle of sport ("two clubs clash in the derby"). And
of a sentence's events: a shooting or a stabbing in a country at peace with no armed group nor political side
named, with the arrest of its suspect. ACLED codes none of
them (LABELLING.md: no natural disasters, no accidents, no crime without an armed group or a political side).
Looting told beside a riot or a demonstration, and the arrest of a crowd beside a riot, are part of it, as a
withdrawal is of the change of hands it is told beside, and the arrest of an attack's suspects is part of the
attack's story.

Tables read: ordinary_crimes.txt, accident_cues.txt, attack_cues.txt, weapon_tests.txt, crime_cues.txt,
motive_cues.txt, peaceful_countries.csv, motive_denials.txt, aircraft.txt, campaign_cues.txt,
taken_people.txt, launch_targets.txt, cyber_cues.txt, held_figures.txt, past_wars.txt, judicial_cues.txt,
suspects_held.txt, protesting_bodies.txt, sport_words.txt.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from . import tables
from .actors import ARMED, STATE, UNIDENTIFIED, Actor, civilian_nouns, names_armed_force, names_state_force
from .clauses import Clause
from .gazetteer import countries, peaceful_countries
from .hedges import crowd_before
from .models import DATE_HOWS, Event, Sentence
from .pauses import WORDS, passive_aux, pause_after, pause_before
from .phrases import POSSESSIVE_END, PhraseList, alternation, list_pattern, phrase_list, table_lines
from .retype_victims import EXECUTION
from .tolls import HEADCOUNT, death_words, fatalities, largest_count, tells_only_running_totals
from .sides import TERRITORY, only_told
from .triggers import Trigger, describes_place
from .vocabulary import (ABDUCTION, AGREEMENT, AIR_STRIKE, ARMED_CLASH, ARRESTS, ATTACK, CIVILIAN_VIOLENCE,
                         DESTRUCTION as LOOTING, EXCESSIVE_FORCE, INTERVENTION, PEACEFUL_PROTEST as PEACEFUL, PROTESTS,
                         REMOTE_BOMB, REMOTE_EVENTS as REMOTE, RIOTS, TAKINGS, VIOLENT_TYPES)

# the perfect of killing right after an attack's word: what the attacks have done all told ("strikes have killed")
TALLIED_BY = re.compile(r"\s+(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:killed|claimed)\b", re.I)
STATED = DATE_HOWS[0]  # an event dated by words of its report ("this week's", "on Sunday")
# deeds that in a country at peace, with no side named, are crime (`_unclaimed_deed`)
UNCLAIMED_CRIMES = frozenset({REMOTE_BOMB, "Grenade", ABDUCTION, ATTACK})
AIMLESS_TYPES = ("Battles", REMOTE)  # the types of shots and launches that may hit nothing
CHANGE = "Change to group/activity"  # a move of forces: a withdrawal, a redeployment
# the changes of hands a withdrawal told beside is part of ("took the town once the garrison pulled out")
# the noun an attack cue may qualify as a kind of aircraft or vehicle: "attack helicopter", "bomber jets"
AIRCRAFT_KIND = re.compile(r"\s+(?:helicopters?|aircraft|jets?|planes?)\b", re.I)
KILLING_TYPES = ("Battles", CIVILIAN_VIOLENCE)  # the types a bare "shot dead" is read as
SEXUAL_VIOLENCE = "Sexual violence"
CROWD_TYPES = (RIOTS, PROTESTS)
# a verb of halting or putting off between a fight's word and a word of sport: the fight stops the sport
HALTING_SPORT = re.compile(r"\b(?:halt|suspend|postpone|cancel|disrupt|delay|interrupt|stop)(?:s|ed|ing)?\b", re.I)
# a deed told as coming after or answering the one before ("Angry youths later destroyed the gunmen's village")
REPRISAL = re.compile(r"\b(?:later|afterwards|next day|in reprisal|in retaliation|in revenge)\b", re.I)
CROWD_HELD = ("Protesters", "Rioters", "Civilians")  # the actor names of people a crowd's arrest holds
# another matter told after a crowd's event: "Separately, police arrested ...", "in another case"
APART = re.compile(r"\b(?:separately|separate|meanwhile|elsewhere|another)\b", re.I)
# a word of withdrawing or fleeing, the loser's retreat after a change of hands ("fled", "withdrew", "pulled out of")
WITHDRAWAL = re.compile(r"(?:fle[de]|flee(?:s|ing)?|retreat|withdr[ae]w|pull(?:s|ed|ing)?\s+out|abandon)", re.I)
RALLY = re.compile(r"rall(?:y|ies|ied|ying)", re.I)
# what a crowd stands against or demands: a rally that says so is a demonstration, campaign or not
RALLY_AGAINST = re.compile(r"\b(?:against|demand|demands|demanding|in protest|to protest)\b", re.I)
# a march on or toward a place: a move, whatever it demands
TOWARD = re.compile(r"\b(?:on|toward|towards|into)\b", re.I)
TOWARD_REACH = 9  # characters after a marching word in which its "on" or "toward" stands ("march on", "marched toward")
# what may stand between a subject and its verb: spaces and an adverb ("the army now marches on the capital")
SUBJECT_GAP = re.compile(r"\s+(?:(?:\w+ly|also|then|now|again|later)\s+)?")
# the arrest of a deed's doer told as how the deed ended, in its sentence: "... wounding eight before being arrested"
HELD_AFTER_DEED = re.compile(r"\bbefore\s+(?:being|he\s+was|she\s+was|they\s+were)\s+(?:arrested|detained|captured)\b",
                             re.I)
RAID = re.compile(r"raids?", re.I)  # the bare word, not "air raid": a raid by ground forces as often as by air
# an election's fraud is a political grievance, not ordinary crime ("denounced vote fraud")
ELECTORAL_BEFORE = re.compile(r"\b(?:election|elections|electoral|vote|voter|voting|poll|polls|ballot)\s+$", re.I)
# a crime people protest against or demand an end to is their grievance, not the charge of their arrest ("students
# who marched against graft were detained"); not a state's crackdown against crime, which is ordinary
GRIEVANCE_BEFORE = re.compile(r"\b(?:an\s+end\s+to|demand(?:s|ed|ing)?|protest(?:s|ed|ing)?(?:\s+(?:against|over|at))?"
                              r"|denounc(?:e|es|ed|ing)|(?:rally|rallies|rallied|rallying|march|marches|marched"
                              r"|marching|campaign|campaigns|campaigned|campaigning)\s+against)\s+(?:[\w-]+\s+){0,2}$",
                              re.I)
# a participle of taking people right after a noun of them: "the girls kidnapped by the group", "nurses held hostage"
TAKEN_PARTICIPLE = re.compile(r"(?:kidnapped|abducted|captured|seized|held|taken)\b", re.I)
# words between a trigger and a war long over it is told in: its object or agent, after "of", "by" or "against" ("the
# shooting of hostages by occupying troops during the Second World War"), not a place or a second clause
PAST_WAR_GAP = 7
WORD_BEFORE = re.compile(r"([\w-]+)\s+$")  # the word just before a trigger, with no comma between
# what tells people a participle follows are named, not the news of their taking, which a headline tells with
# none of it ("Twenty pupils kidnapped by gunmen"): a definite word opening their noun ("the girls kidnapped"),
# a verb in -ing they are the object of ("after freeing hostages seized") or how long they were held ("nurses
# held hostage for a month")
NAMED_BEFORE = re.compile(r"\b(?:(?:the|these|those|its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,2}"
                          r"|(?!(?:morning|evening|during|nothing)\b)\w+ing\s+(?:[\w'’-]+\s+)?)$", re.I)
HELD_FOR = re.compile(r"\bfor\s+(?:(?:almost|nearly|about|over|more\s+than)\s+)?[\w-]+\s+"
                      r"(?:days?|weeks?|months?|years?)\b", re.I)
# what follows such a participle, never an active verb's object ("armed men abducted 12 farmers"): its taker,
# its time or its place
PARTICIPLE_AFTER = re.compile(r"\s+(?:by|in|from|during|for|last|yesterday|earlier|since|at|near|on|over)\b", re.I)
# a launch by its verb: "fires two missiles", "launched rockets"
LAUNCH = re.compile(r"(?:fires?|fired|firing|launch(?:es|ed|ing)?)\b", re.I)
MISSILE = re.compile(r"missiles?\b", re.I)
AFTER_COMMA = re.compile(r",\s*[\w'’-]+")  # a comma and the word after it
DRIVING_OUT = "force_on_armed"  # triggers.csv `needs` of a force driving someone out: the driven out armed too
RESCUE = "force_from_armed"  # triggers.csv `needs` of a rescue: state forces before it, an armed group right after "from"
RESCUE_REACH = 25  # characters after "from" where the armed group rescued from is named ("from the Boko Haram camps")
ARMED_AGENT = "armed_agent"  # triggers.csv `needs` of a passive deed whose agent after "by" is an armed group
AGENT_AFTER_REACH = 30  # characters after "shot by" where that group is named ("by suspected Taliban militants")
ANY_ACTOR = "actor"  # triggers.csv `needs` of a word that tells a deed only when someone did it ("torched", "stormed")
# a pronoun standing for someone named before ("They also torched the shrines"); not "it", which may be a fire
DOER_PRONOUN = re.compile(r"\b(?:they|he|she|we)\b", re.I)
# triggers.csv `needs` -> the kinds of actor that must be named before the trigger (None: any actor)
NEEDED_KINDS: dict[str, frozenset[str] | None] = {"armed_actor": frozenset({ARMED}), "force": frozenset({ARMED, STATE}),
                                                   # anyone: a storming, a destruction (`_doer_told` too)
                                                   ANY_ACTOR: None,
                                                   "state": frozenset({STATE}),  # a siege state forces lift
                                                   DRIVING_OUT: frozenset({ARMED, STATE}), RESCUE: frozenset({STATE}),
                                                   ARMED_AGENT: frozenset({ARMED})}
# characters either side of a word of arrest in which a count of people (`tolls.HEADCOUNT`: "police hold 300",
# "dozens are detained") tells a crowd held, not a named leader
COUNT_REACH = 30
# characters after a word of arrest in which the one held is named ("arrest the country's outspoken former prime
# minister"): the noun of a person comes last in its phrase, after possessives and adjectives
FIGURE_REACH = 60
OTHERS_AFTER = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.I)
FEW_HELD = 2  # people held, at most, whose arrest with no political side named is ordinary news
# a sentence's subject named, then a calling in apposition up to a comma ("Amadou Diallo, an investigative reporter for
# a news site,")
NAMED_APPOSITION = re.compile(r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))*,\s+(?:an?|the)\s+[^,]+", re.I)
MOTIVE_DENIAL_WINDOW = 7  # words before a motive in which a denial ("detectives rule out") cancels it
DENIAL_REACH = 60  # characters before a motive those words are read from
LAUNCH_REACH = 60  # characters after a launch's trigger in which its target, origin or harm is told
WORD_REACH = 20  # characters before a trigger the word just before it is read from
BY_AFTER = re.compile(r"\bby\b", re.I)  # the agent's preposition after a deed's noun
BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)  # an agent's preposition, right before its name
GOVERNMENT = re.compile(r"\b(?:government|authorities)\b", re.I)  # the state as a whole, before its deed
# "protest" itself, verb or noun, not "protesters"; read as a verb where its object or addressee follows ("protests
# the sale", "protests to India"): a noun of a country's name goes on to a verb of its own ("Iran protests continue")
PROTEST_WORD = re.compile(r"protest(?:s|ed|ing)?", re.I)
VERB_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|this|these|those|to)\s|(?-i:[A-Z]))", re.I)
# a body's name tied to the words before it: a place ("outside the Turkish embassy"), or people's origin ("Kurds of
# Syria") unless "of" follows another body ("the foreign ministry of Russia")
TIED_BEFORE = re.compile(r"\b(?:in|across|throughout|at|near|around|outside|(?P<of>of|from))\s+(?:the\s+)?"
                         r"(?:[\w-]+\s+)?$", re.I)
# after "protests by" a body, the phrase ends ("by Israel and", "by the ministry over"); a noun would make the body its
# adjective ("by government workers", "by Iran's truckers")
BODY_ENDS = re.compile(r"\s*(?:[,;:.)]|$|(?:and|or|over|against|at|about|on|in|to|after|as|following|that|which|who|"
                       r"for|with|were|was|is|are|have|has)\b)", re.I)
# after a possessive's "protest", a crowd's protest ("Iran's protest movement", "Kenya's protest against the bill")
CROWD_PROTEST_AFTER = re.compile(r"\s+(?:movements?|against|march(?:es)?|camps?|campaign|rall(?:y|ies)|turned|turns|"
                                 r"spread|spreads|grew|grows|enters?|entered)\b", re.I)
PROTESTS_FROM = re.compile(r"\s+(?:from|by)\s+(?:the\s+)?", re.I)  # "despite angry protests from Israel"
EXECUTION_NOUN = re.compile(r"(?:execution|beheading)s?\b", re.I)  # the deed named, not told by its verb
VICTIM_REACH = 30  # characters after an execution's word in which its victims are named


def needs_met(trigger: Trigger, actors: Sequence[Actor], before: str = "") -> bool:
    """A trigger whose word is common outside conflict needs its kind of actor named before it (triggers.csv
    `needs`): a move of forces an armed group ("units withdrew" alone is no event), an encirclement or a gain
    of ground a fighting side ("the party gains ground" is none), a storming anyone ("a storm hit" is none), a rescue
    state forces and an armed group it was made from ("rescued from the rubble" is none), a shooting in the passive an
    armed group as its agent right after it ("shot by gunmen"; not "by a hunter"). Anyone is also a pronoun
    or a crowd in the clause's words `before` the trigger, or the agent after a passive (`_doer_told`)."""
    if not trigger.needs:
        return True
    if trigger.needs == ANY_ACTOR and _doer_told(before):
        return True
    kinds = NEEDED_KINDS[trigger.needs]
    if trigger.needs == ARMED_AGENT:  # "shot by gunmen": the passive's agent, right after it
        return any(a.kind in kinds and trigger.end <= a.start <= trigger.end + AGENT_AFTER_REACH for a in actors)
    return any(kinds is None or a.kind in kinds for a in actors if a.start < trigger.start) \
        and (trigger.needs != DRIVING_OUT or _armed_driven_out(trigger, actors)) \
        and (trigger.needs != RESCUE or _rescued_from_armed(trigger, actors))


def _doer_told(before: str) -> bool:
    """Whether someone who did the deed is told other than by an actor's name before it: a pronoun ("They also
    torched the shrines"), a crowd ("youths set fire to", `crowds.txt`), people (`_people_named`) or a passive, whose
    doer is its agent ("was burned by the fighters") or one left untold ("the mosque was burned"). A fire, a storm
    or an accident destroys with none of them ("a fire destroys the cathedral", "the warehouse burns down")."""
    return _someone_before(before) or passive_aux(before, 0, len(before)) is not None


def _someone_before(before: str) -> bool:
    """Whether the words before a deed name someone as its doer other than by an actor's name: a pronoun, a crowd or
    people (`_doer_told`)."""
    return DOER_PRONOUN.search(before) is not None or list_pattern("crowds.txt").search(before) is not None \
        or _people_named(before)


def _people_named(before: str) -> bool:
    """Whether the words before a deed name people who may have done it: a noun of persons ("settlers", "herdsmen",
    `person_nouns.txt`), a people ("Fulani", `peoples.txt`) or a nationality in the plural ("Palestinians")."""
    return any(_doer_word(w.lower()) for w in WORDS.findall(before))


def _doer_word(word: str) -> bool:
    """Whether a lowercased word names people (`_people_named`), in the singular or the plural."""
    nouns = _doer_nouns()
    return word in nouns or word.removesuffix("s") in nouns or word.removesuffix("es") in nouns \
        or (word.endswith("men") and word[:-3] + "man" in nouns) or (word == "people" and "person" in nouns) \
        or (word.endswith("ies") and word[:-3] + "y" in nouns)


@cache
def _doer_nouns() -> frozenset[str]:
    """The words of `_people_named`: the last word of each person noun, each people, each plural nationality."""
    persons = {noun.split()[-1].lower() for noun in table_lines("person_nouns.txt")}
    peoples = {line.lower() for line in table_lines("peoples.txt")}
    nations = {row["demonym"].lower() for row in tables.rows("demonyms.csv") if row["demonym"].endswith("s")}
    return frozenset(persons | peoples | nations)


def _rescued_from_armed(trigger: Trigger, actors: Sequence[Actor]) -> bool:
    """Whether those state forces rescue people from are an armed group named right after "from" ("troops free 40
    hostages from an Ansar Dine camp"): a raid on its camp or its hold, not a rescue from floods or rubble."""
    return any(a.kind == ARMED and trigger.end <= a.start <= trigger.end + RESCUE_REACH for a in actors)


def _armed_driven_out(trigger: Trigger, actors: Sequence[Actor]) -> bool:
    """Whether those a force drives out are an armed group or a state's forces named inside the trigger ("expel the
    militants from", "push Russian forces out of"): driving out diplomats, protesters or journalists changes no
    territory's hands."""
    return any(a.kind in (ARMED, STATE) and trigger.start <= a.start < trigger.end for a in actors)


def actor_unnamed(trigger: Trigger, clause: Clause) -> bool:
    """Whether the trigger needs a kind of actor the clause does not name before it (`needs_met`)."""
    return not needs_met(trigger, clause.actors, clause.text[clause.start:trigger.start])


# a reason told for an arrest: "for", "over", "on charges of", "in connection with", "suspected of"
REASON_GIVEN = re.compile(r"\b(?:for|over|on\s+charges|in\s+connection|suspected|accused|after)\b", re.I)


def ordinary_arrest(trigger: Trigger, clause: Clause) -> bool:
    """An arrest in a clause of ordinary crime ("arrest three men suspected of stealing cattle", "a cartel
    leader is arrested"; `ordinary_crimes.txt`): no political side, no ACLED event. The fraud of an election
    is a political grievance ("arrested the opposition leader after he denounced vote fraud"), as is a crime the
    arrested protest against (`GRIEVANCE_BEFORE`)."""
    # read on to the sentence's end: the reason may be split off as a clause of its own ("arrested for the rape of")
    return trigger.sub_event_type == ARRESTS and (any(
        not ELECTORAL_BEFORE.search(clause.text, max(clause.start, m.start() - 20), m.start())
        and not GRIEVANCE_BEFORE.search(clause.text, max(clause.start, m.start() - 40), m.start())
        for m in list_pattern("ordinary_crimes.txt").finditer(clause.text, clause.start, clause.sentence.end))
        or _arrests_after_a_crime(clause))


def _arrests_after_a_crime(clause: Clause) -> bool:
    """Whether a sentence that tells arrests and no reason for them, nor any side, follows one of ordinary crime
    ("Twenty people die after taking cocaine cut with poison. Nine people are arrested."): its suspects held."""
    before = clause.around[0]
    return before is not None and not clause.actors and REASON_GIVEN.search(clause.sentence.text) is None \
        and list_pattern("ordinary_crimes.txt").search(before.text) is not None


def judicial_execution(trigger: Trigger, clause: Clause) -> bool:
    """An execution carried out by the state as a whole, not by its soldiers or police nor by an armed group: a
    country or its government before the word ("Iran executes a man", "the government executes 47 people"), or
    a word of a sentence passed in the clause (`judicial_cues.txt`: "convicted of drug trafficking"). ACLED does
    not code a judicial execution; "troops execute 20 villagers" and "militants behead a hostage" it does. An
    execution named by its noun with no armed group nor force its doer and no civilians its victims ("protests the
    executions", "Saudi Arabia's execution of a cleric"; not "summary executions by soldiers") is the state's too, or
    one told before."""
    text = clause.text
    if trigger.sub_event_type != ATTACK or not EXECUTION.match(text, trigger.start) \
            or any(a.kind == ARMED and _doer(text, trigger, a) for a in clause.actors) \
            or names_armed_force(text, clause.start, trigger.start):
        return False
    # civilians, villagers or protesters executed by a government were massacred, not sentenced
    massacred = any(w.lower() in civilian_nouns() for w in WORDS.findall(text, trigger.end, trigger.end + VICTIM_REACH))
    if EXECUTION_NOUN.match(text, trigger.start):
        return not massacred and not _done_by_force(text, trigger, clause.end)
    by_state = any(a.kind == STATE and a.start < trigger.start for a in clause.actors) \
        or GOVERNMENT.search(text, clause.start, trigger.start) is not None
    return by_state and not massacred \
        or list_pattern("judicial_cues.txt").search(text, clause.start, clause.end) is not None


def _done_by_force(text: str, trigger: Trigger, end: int) -> bool:
    """Whether an execution named by its noun has soldiers or police as the agent after it ("the summary execution of
    15 men by soldiers")."""
    by = BY_AFTER.search(text, trigger.end, end)
    return by is not None and names_armed_force(text, by.end(), end)


def _doer(text: str, trigger: Trigger, actor: Actor) -> bool:
    """Whether the actor did the trigger's deed: named before it, or after it as the agent of a passive ("are
    executed by al-Shabaab"); a group named after it otherwise is its victims' ("a leader of an opposition
    group")."""
    return actor.start < trigger.start or BY_BEFORE.search(text, max(trigger.end, actor.start - WORD_REACH),
                                                            actor.start) is not None


def few_held_apolitical(trigger: Trigger, clause: Clause) -> bool:
    """An arrest of at most two people (a named person, "two reporters", `FEW_HELD`) in a sentence naming no
    political side (`motive_cues.txt`: opposition, activists, protests), armed group nor attack (`attack_cues.txt`),
    and no office holder or journalist held (`held_figures.txt`): a celebrity's or a tourist's arrest is news, not
    the mass or political arrests ACLED codes."""
    if trigger.sub_event_type != ARRESTS or any(a.kind == ARMED for a in clause.actors):
        return False
    text, sentence = clause.text, clause.sentence
    near = max(sentence.start, trigger.start - COUNT_REACH), min(sentence.end, trigger.end + COUNT_REACH)
    held = largest_count(text, *near)
    reach = min(sentence.end, trigger.end + FIGURE_REACH)
    # a figure told past a relative clause is someone else ("arrest a man who assaulted a journalist")
    told = OTHERS_AFTER.search(text, trigger.end, reach)
    figures = list_pattern("held_figures.txt").search(text, near[0], told.start() if told else reach) is not None \
        or _held_as_named(text, sentence.start, trigger.start)
    return (held is None or held <= FEW_HELD) and not figures \
        and not any(list_pattern(cues).search(text, sentence.start, sentence.end)  # an attack's suspect is political
                    for cues in ("motive_cues.txt", "attack_cues.txt"))


def _held_as_named(text: str, start: int, at: int) -> bool:
    """Whether the passive arrest at `at` holds the sentence's subject, a name with a calling in apposition that
    `held_figures.txt` lists, however far before ("Amadou Diallo, an investigative reporter for a news site, is
    detained")."""
    named = NAMED_APPOSITION.match(text, start, at)
    return named is not None and passive_aux(text, start, at) is not None \
        and list_pattern("held_figures.txt").search(text, named.start(), named.end()) is not None \
        and list_pattern("reporting_verbs.txt").search(text, named.end(), at) is None  # "X, a reporter, says a thief"


def past_war(trigger: Trigger, clause: Clause) -> bool:
    """A killing or a fight told just before "in" or "during" a war long over ("soldiers killed in the Korean
    War", "the shooting of hostages by occupying troops during the Second World War"; `past_wars.txt`): history
    recalled, no event."""
    return recalls_past_war(trigger, clause.text)


def recalls_past_war(trigger: Trigger, text: str) -> bool:
    """Whether "in" or "during" a war of `past_wars.txt` follows the trigger, its object or agent between
    (`PAST_WAR_GAP` words at most, no stop): `events` skips such a trigger before it takes its type's slot from the
    clause's own event ("veterans who fought in the Korean War were attacked")."""
    return _past_war().match(text, trigger.end) is not None


@cache
def _past_war() -> re.Pattern:
    """The word "in" or "during", then a war of `past_wars.txt`, after a trigger and its object or agent if any."""
    return re.compile(rf"(?:\s+(?:of|by|against)(?:\s+[^\s,;:.]+){{1,{PAST_WAR_GAP}}}?)?\s+(?:in|during)\s+(?:the\s+)?"
                      + alternation(table_lines("past_wars.txt")) + r"\b", re.I)


def tally(trigger: Trigger, clause: Clause) -> bool:
    """A word of death, or the attacks that "have killed" (`TALLIED_BY`), as the trigger of a clause whose deaths are
    all running totals ("3,500 civilians were killed in the first half of the year", "Russian strikes have killed
    more than 10,000 civilians since the invasion began"): a tally of many events, no one event."""
    return (clause.text[trigger.start:trigger.end].lower() in death_words()
            or TALLIED_BY.match(clause.text, trigger.end) is not None) and tells_only_running_totals(clause.words)


def no_violence(trigger: Trigger, clause: Clause) -> bool:
    """Whether the violent event `trigger` reads in the clause is an accident, a disaster or a weapon fired
    at nothing. Of the sentences around it (before, after), the one after counts only for an
    explosion, whose cause a report often gives next ("An explosion kills two. A gas leak is suspected."),
    and the one before for deaths or damage a report tells after naming their disaster ("A cyclone hits
    the coast. Four people are killed."; "A quake hits the island. Many houses are destroyed."). An arrest over an accident or a disaster anywhere in its sentence ("owners of a
    care home gutted by fire are detained") is none either, as is damage done by one ("a wildfire destroys
    homes") with no attacker named."""
    text, sentence, bounds = clause.text, clause.sentence, (clause.start, clause.end)
    if trigger.sub_event_type == ARRESTS:
        return _accident(text, (sentence.start, sentence.end), ()) and not _attack_named(clause)
    if trigger.sub_event_type == LOOTING:  # its own word ("set ablaze") is no attack named, its doer is
        before = text[clause.start:trigger.start]
        return _accident(text, bounds, clause.around[:1]) and not _attack_named(clause, trigger) \
            and not any(a.start < trigger.start for a in clause.actors) and not _someone_before(before)
    if trigger.event_type not in VIOLENT_TYPES:
        return False
    explained = clause.around if trigger.event_type == REMOTE else clause.around[:1]
    # the attack cues are read last: most violent readings tell no accident, and their search is the dearer
    return (_accident(text, bounds, explained) or (trigger.event_type in AIMLESS_TYPES and _aimless(clause))) \
        and not _attack_named(clause)


def _attack_named(clause: Clause, besides: Trigger | None = None) -> bool:
    """Whether the sentence names an attack (`attack_cues.txt`: "shot down", "a bomb") or an armed group, other than
    in the words of the trigger `besides`. A cue that names a kind of aircraft ("an attack helicopter crashes") or
    stands inside a cue of an accident ("celebratory gunfire") tells no attack."""
    text, sentence = clause.text, clause.sentence
    accidents = [m.span() for m in list_pattern("accident_cues.txt").finditer(text, sentence.start, sentence.end)]
    return any(a.kind == ARMED for a in clause.actors) \
        or any(AIRCRAFT_KIND.match(text, m.end()) is None and not (besides and besides.start <= m.start() < besides.end)
               and not any(start <= m.start() and m.end() <= end for start, end in accidents)
               for m in list_pattern("attack_cues.txt").finditer(text, sentence.start, sentence.end))


def _accident(text: str, clause: tuple[int, int], explained: tuple[Sentence | None, ...]) -> bool:
    """Whether the clause, or a sentence that explains it and names no attack, tells an accident or a disaster."""
    cues = list_pattern("accident_cues.txt")
    return cues.search(text, *clause) is not None or any(
        s is not None and cues.search(text, s.start, s.end) is not None
        and list_pattern("attack_cues.txt").search(text, s.start, s.end) is None for s in explained)


def _aimless(clause: Clause) -> bool:
    """Whether the clause tells a weapon fired at nothing (`weapon_tests.txt`: a test, a launch into the sea,
    warning shots) and no deaths: a missile that kills was aimed at someone."""
    return list_pattern("weapon_tests.txt").search(clause.text, clause.start, clause.end) is not None \
        and not fatalities(clause.words)


def ordinary_crime(event: Event, text: str, sentence: Sentence, actors: list[Actor]) -> bool:
    """Whether a violent event, force against protesters or an arrest is a shooting or a stabbing
    (`crime_cues.txt`), an armed clash with neither an armed group nor a state's forces as a side
    (`_sideless_fight`), or a bomb, a grenade, an abduction or an attack with neither (`_unclaimed_deed`), in a
    country at peace (`peaceful_countries.csv`) whose sentence names no armed group, in a report that names no political side (`motive_cues.txt`; a report often gives the motive in another
    sentence): crime ("two die in a bar shooting in Denver"), where in a country at war the same words tell an
    unidentified armed group's attack. An arrest there needs a political side or an armed group to be an
    event, crime words or not ("a former minister is arrested in Geneva on allegations of torture")."""
    if event.event_type not in VIOLENT_TYPES and event.sub_event_type not in (ARRESTS, EXCESSIVE_FORCE):
        return False
    if event.place is None or event.place.country_code not in peaceful_countries():
        return False
    # the police who only tell of the deed or hunt its doers ("police in Denver are seeking two men") took no side
    actors = [a for a in actors if not (a.kind == STATE and only_told(text, a))]
    return (event.sub_event_type == ARRESTS or _sideless_fight(event, actors) or _unclaimed_deed(event, actors)
            or list_pattern("crime_cues.txt").search(text, sentence.start, sentence.end) is not None) \
        and not any(a.kind == ARMED and a.specific for a in actors) \
        and not any(not _denied(text, m.start()) for m in list_pattern("motive_cues.txt").finditer(text))


def _sideless_fight(event: Event, actors: list[Actor]) -> bool:
    """Whether an armed clash names neither an armed group nor a state's forces among its clause's actors: in a
    country at peace no armed sides fight ("a gun battle outside a restaurant leaves three dead", "two motorcycle gangs
    fight"), so with no political side named it is crime."""
    return event.sub_event_type == ARMED_CLASH and not any(a.kind in (ARMED, STATE) for a in actors)


def _unclaimed_deed(event: Event, actors: list[Actor]) -> bool:
    """Whether a bomb, a grenade, an abduction or an attack names no armed group nor a state's forces in its clause: in
    a country at peace, with no political side named, such a deed is a lone offender's or a gang's ("a parcel bomb
    kills two in Austin", "13 found held captive in a house", "two killed in an attack at a nightclub"): no ACLED
    event."""
    # a place named within the country, not the country a nationality word gave ("two French journalists abducted")
    return event.sub_event_type in UNCLAIMED_CRIMES and not any(a.kind in (ARMED, STATE) for a in actors) \
        and event.place is not None and not event.place.is_country


def _denied(text: str, at: int) -> bool:
    """Whether a denial (`motive_denials.txt`) stands in the few words before the motive at `at`."""
    window = " ".join(WORDS.findall(text, max(0, at - DENIAL_REACH), at)[-MOTIVE_DENIAL_WINDOW:])
    return list_pattern("motive_denials.txt").search(window) is not None


def arrest_raid(trigger: Trigger, clause: Clause) -> bool:
    """Whether a bare "raid" read as an air strike is how the arrests of its clause (its rule triggers) were made ("police detain
    30 suspects in dawn raids"), with no aircraft in the sentence (`aircraft.txt`): the arrests are the event."""
    text, sentence = clause.text, clause.sentence
    return trigger.sub_event_type == AIR_STRIKE and RAID.fullmatch(text, trigger.start, trigger.end) is not None \
        and any(t.sub_event_type == ARRESTS for t in clause.triggers) \
        and list_pattern("aircraft.txt").search(text, sentence.start, sentence.end) is None


def taking_parts(events: list[Event], before: set[str] = frozenset()) -> list[Event]:
    """A sentence's events without the withdrawal told beside a change of hands ("rebels take the town once
    the garrison pulls out"), or told just after one in the sentence `before` (its sub-event types: "Troops retake
    Marte. The insurgents fled towards the lake.", with no place of its own): the loser's retreat is how the place
    changed hands."""
    if any(e.sub_event_type in TAKINGS for e in events):
        return [e for e in events if e.sub_event_type != CHANGE]
    if not before & set(TAKINGS):
        return events
    return [e for e in events if e.sub_event_type != CHANGE or not _withdrawal(e) or e.place_how == "sentence"]


def _withdrawal(event: Event) -> bool:
    """Whether the event's word is one of withdrawing or fleeing (`WITHDRAWAL`), not another change to a group."""
    span = event.trigger_in_sentence
    return span is not None and WITHDRAWAL.match(event.sentence, *span) is not None


def attack_parts(events: list[Event], before: list[Event]) -> list[Event]:
    """A sentence's events without the destruction it tells just after a fight, a blast or an attack (`before`: the
    events of the sentence before) with no place nor day nor other doer of its own ("Gunmen raid a village, killing
    12. The attackers also burned several shops."; not "Angry youths later destroyed the gunmen's village"): ACLED
    codes what an attack destroyed as part of it."""
    doers = {e.actor1 for e in before if e.event_type in VIOLENT_TYPES}
    if not doers:
        return events
    return [e for e in events if not (e.sub_event_type == LOOTING and e.place_how != "sentence"
                                      and e.date_how != STATED and (not e.actor1 or e.actor1 in doers)
                                      and REPRISAL.search(e.sentence) is None)]


def crowd_parts(events: list[Event], before: set[str]) -> list[Event]:
    """A sentence's events without the looting told beside its riot or demonstration, nor the arrest of a
    counted crowd beside a riot in it or in the sentence `before` (its event types): "looting spreads
    with the riots; police hold 300". ACLED codes them as the riot's. The arrest of a counted crowd beside
    a peaceful demonstration in the sentence ("hundreds are detained at rallies in two cities") is the
    force the demonstration met: one event with it, a protest with intervention (LABELLING.md), unless the
    demonstration alone is dated (`_dated_apart`). Arrests told in the sentence after a protest or a riot with no
    place of their own are the force it met too ("... with tear gas. Several arrests were made.")."""
    kinds = {e.event_type for e in events}
    rioted = RIOTS in kinds or RIOTS in before
    if not kinds & set(CROWD_TYPES) and not before & set(CROWD_TYPES):
        return events
    held = [e for e in events if e.sub_event_type == ARRESTS]
    crowd_held = [e for e in held if HEADCOUNT.search(e.sentence) is not None]
    # arrests the next sentence tells with no place of its own, after a protest ("Police disperse a rally with tear
    # gas. Several arrests were made."): the force the protest met, told on
    held_after = [e for e in held if before & set(CROWD_TYPES) and not kinds & set(CROWD_TYPES)
                  and e.place_how != "sentence" and not _held_apart(e)]
    met = [e for e in held if _counted_near(e) and not _dated_apart(e, events)] if PROTESTS in kinds else []
    return [replace(e, sub_event_type=INTERVENTION, actor2=e.actor2 or met[0].actor1)
            if met and e.sub_event_type == PEACEFUL else e for e in events
            if not (e.sub_event_type == LOOTING and kinds & set(CROWD_TYPES))
            and not (rioted and e in crowd_held) and e not in met and e not in held_after]


def _held_apart(arrest: Event) -> bool:
    """Whether an arrest told after a crowd's event is of another matter: told apart (`APART`: "separately"), or of
    an armed group's people or an attack's suspects (`attack_cues.txt`, the group's name)."""
    held_others = bool(arrest.actor2) and not arrest.actor2.startswith(CROWD_HELD)
    return held_others or APART.search(arrest.sentence) is not None \
        or list_pattern("attack_cues.txt").search(arrest.sentence) is not None


def _dated_apart(arrest: Event, events: list[Event]) -> bool:
    """Whether the sentence's protests are dated by words of their own and the arrest is not: the arrest of people who
    covered or led an earlier protest ("arrests seven journalists who covered this week's protests", "detained the
    activist who organised the January 28 protest"), an event of the day apart from it."""
    protests = [e for e in events if e.event_type == PROTESTS]
    return arrest.date_how != STATED and all(e.date_how == STATED and _told_after(e, arrest) for e in protests)


def _told_after(event: Event, earlier: Event) -> bool:
    """Whether `event`'s word stands after `earlier`'s (the protest an arrest's object names: "arrested journalists
    who covered this week's protests"; not "at Friday's rally, police detained 50")."""
    return None not in (event.trigger_start, earlier.trigger_start) and event.trigger_start > earlier.trigger_start


def _counted_near(arrest: Event) -> bool:
    """Whether a count of people stands within a few words of the arrest's word ("hundreds are detained",
    "detain 40 supporters"): a crowd held, not a leader ("thousands march; police detain their leader")."""
    span = arrest.trigger_in_sentence
    return span is not None \
        and HEADCOUNT.search(arrest.sentence, max(0, span[0] - COUNT_REACH), span[1] + COUNT_REACH) is not None


def campaign_rally(trigger: Trigger, clause: Clause) -> bool:
    """Whether a protest read from a "rally" is a campaign's (`campaign_cues.txt` in its sentence: "endorses
    his rival at a rally") that stands against nothing (`RALLY_AGAINST`)."""
    text, sentence = clause.text, clause.sentence
    return trigger.event_type == "Protests" and RALLY.fullmatch(text, trigger.start, trigger.end) is not None \
        and list_pattern("campaign_cues.txt").search(text, sentence.start, sentence.end) is not None \
        and RALLY_AGAINST.search(text, sentence.start, sentence.end) is None


def rape_without_force(trigger: Trigger, clause: Clause) -> bool:
    """Whether a rape or a sexual assault is told in a clause that names no armed group nor state force, in an
    article that named none before it: ACLED codes sexual violence by an armed or political side ("soldiers
    raped women in the village"; "Militiamen raided a village. They raped four women."); without one it is a
    crime, an allegation or a case told in a report ("a woman who says a tycoon raped her sues him", "held
    as a rape suspect", "a magazine retracts its story of a rape")."""
    return trigger.sub_event_type == SEXUAL_VIOLENCE \
        and not any(a.kind in (ARMED, STATE) for a in (*clause.actors, *clause.named_before))


def unaimed_launch(trigger: Trigger, clause: Clause) -> bool:
    """Whether a state's launch of missiles names nothing it was aimed at, came from or did after its verb
    (`launch_targets.txt`: "fires two ballistic missiles as leaders meet") and tells no deaths: fired at
    nothing, as a test is ("fires missiles at a base", "a missile from Gaza" are attacks). Not rockets, nor an
    armed group's launch, which a report may tell with no target ("militants fire two rockets; nobody is hurt")."""
    text, launch = clause.text, LAUNCH.match(clause.text, trigger.start)
    # read from the verb's end: the trigger's gap may hold the target ("launched strikes on Kyiv with missiles")
    return trigger.event_type == REMOTE and launch is not None \
        and MISSILE.search(text, trigger.start, trigger.end) is not None \
        and not any(a.kind == ARMED for a in clause.actors) \
        and list_pattern("launch_targets.txt").search(
            text, launch.end(), _launch_end(text, trigger.end, clause.end)) is None \
        and not fatalities(clause.words)


def _launch_end(text: str, at: int, end: int) -> int:
    """Where the words of a launch end: the first pause within `LAUNCH_REACH` characters after its trigger
    (in "fires missiles as the leaders of Japan, the US and China meet in Tokyo" the meeting's place is not its),
    with the word after a comma there, which may tell what the launch did ("fires missiles, hitting a plant")."""
    pause = pause_after(text, at, min(end, at + LAUNCH_REACH))
    told = AFTER_COMMA.match(text, pause, end)
    return told.end() if told else pause


def cyber_attack(trigger: Trigger, clause: Clause) -> bool:
    """Whether a violent reading is an attack on computers or networks (`cyber_cues.txt` in the words of its
    clause before it, up to a pause, or in its own: "a denial-of-service attack on a website", "hackers attack
    a command's feeds") that kills nobody. Not a cue told after it of another deed ("troops shell the town as
    hackers take down a website")."""
    text = clause.text
    return trigger.event_type in VIOLENT_TYPES \
        and list_pattern("cyber_cues.txt").search(text, pause_before(text, clause.start, trigger.start),
                                                  trigger.end) is not None \
        and not fatalities(clause.words)


# the participle of a release of prisoners told as what an attack did (", freeing 270 prisoners"): its deed; a side
# letting them go ("the government freed 50 prisoners under a deal") agrees, whatever attack came before
FREEING = re.compile(r"\b(?:freeing|releasing)\b", re.I)


def freed_by_attack(trigger: Trigger, clause: Clause) -> bool:
    """Whether a release of prisoners is what an attack told before it in the clause did, in the participle ("fighters
    attack a prison, freeing 270 prisoners"): a jailbreak is part of the attack, no agreement."""
    return trigger.sub_event_type == AGREEMENT and FREEING.search(clause.text, trigger.start, trigger.end) is not None \
        and any(t.event_type in VIOLENT_TYPES and t.start < trigger.start for t in clause.triggers)


# the word joining a deed of looting or burning to the deed told before it: "and" ("attacked the town and burned
# houses"); a participle needs none ("stormed the village, looting shops")
AND_BEFORE = re.compile(r"\band\s+(?:\w+ly\s+)?$", re.I)
PARTICIPLE = re.compile(r"\w+ing\b", re.I)


def wrecked_in_attack(trigger: Trigger, clause: Clause) -> bool:
    """Whether looting or destruction is told as what an attack, a fight or a strike told before it in the clause
    also did ("gunmen stormed the village, shooting sporadically and looting food stores"): part of that event
    (ACLED codes looting during violence as the violent event), not one of its own."""
    text = clause.text
    return trigger.sub_event_type == LOOTING \
        and (PARTICIPLE.match(text, trigger.start) is not None
             or AND_BEFORE.search(text, clause.start, trigger.start) is not None) \
        and any(t.event_type in VIOLENT_TYPES and t.end <= trigger.start for t in clause.triggers)


def captives_named(trigger: Trigger, clause: Clause) -> bool:
    """Whether the trigger is a participle of taking people right after a noun of them (`taken_people.txt`:
    "the girls kidnapped by the group are alive", "nurses held hostage for a month fly home", "freed hostages
    captured yesterday"): people named by what befell them, with no auxiliary that would make it news ("the
    girls were kidnapped"), with its taker, time or place after it, not an object ("armed men abducted 12
    farmers"), and with what tells them named (`_told_as_named`)."""
    text = clause.text
    if TAKEN_PARTICIPLE.match(text, trigger.start) is None or PARTICIPLE_AFTER.match(text, trigger.end) is None:
        return False
    before = WORD_BEFORE.search(text, max(clause.start, trigger.start - WORD_REACH), trigger.start)
    return before is not None and before.group(1).lower() in _taken_people() \
        and _told_as_named(text, max(clause.start, before.start() - WORD_REACH), before.start(), trigger.end)


def _told_as_named(text: str, start: int, noun: int, end: int) -> bool:
    """Whether the people whose noun starts at `noun` are told as named (`NAMED_BEFORE` in text[start:noun]),
    or how long they were held follows the participle ending at `end` (`HELD_FOR`, up to a pause)."""
    return NAMED_BEFORE.search(text, start, noun) is not None \
        or HELD_FOR.search(text, end, pause_after(text, end, len(text))) is not None


@cache
def _taken_people() -> frozenset[str]:
    """The nouns of `taken_people.txt`, lower-cased (a phrase's last word: "aid workers" -> "workers")."""
    return frozenset(line.split()[-1].lower() for line in tables.lines("taken_people.txt"))


def protest_by_a_body(trigger: Trigger, clause: Clause) -> bool:
    """Whether the protest is a body's word, not a crowd's deed: a state's organ, a capital standing for it, a world
    body or an organisation (`protesting_bodies.txt`) or a country's name, heading the subject of "protest" read as a
    verb or a possessive ("China protests the sale of jets to Taiwan", "the foreign ministry of Russia formally
    protested", "Japan's protest over"; not "Kurds of Syria protest", "Iran's protest movement"), with no crowd or
    people named before it, or ending the phrase after "protests from" or "by" ("despite angry protests from Israel";
    not "protests by government workers"). ACLED codes no diplomatic protest."""
    text = clause.text
    word = PROTEST_WORD.fullmatch(text, trigger.start, trigger.end)
    if trigger.sub_event_type != PEACEFUL or word is None:
        return False
    after = PROTESTS_FROM.match(text, trigger.end, clause.end)
    if after is not None:
        body = _bodies()[0].match(text, after.end(), clause.end)
        return body is not None and BODY_ENDS.match(text, body.end(), clause.end) is not None
    start = pause_before(text, clause.start, trigger.start)
    possessive = POSSESSIVE_END.search(text, start, trigger.start) is not None \
        and CROWD_PROTEST_AFTER.match(text, trigger.end, clause.end) is None
    as_verb = word.group().lower().endswith("ed") or VERB_OBJECT.match(text, trigger.end, clause.end) is not None
    body = _bodies()[1].search(text, start, trigger.start) if as_verb or possessive else None
    return body is not None and _heads_subject(text, start, body.start()) \
        and not crowd_before(text, start, body.start(), protesters=True) and not _people_named(text[start:body.start()])


def _heads_subject(text: str, start: int, at: int) -> bool:
    """Whether a body named at `at` heads its subject text[start:...]: not a place ("Iraqis outside the Turkish
    embassy"), nor what "of" or "from" ties to people ("Kurds of Syria"), but a body's own ("the ministry of
    Russia")."""
    tied = TIED_BEFORE.search(text, start, at)
    return tied is None or (tied.group("of") is not None and _bodies()[1].search(text, start, tied.start()) is not None)


@cache
def _bodies() -> tuple[PhraseList, PhraseList]:
    """The protesting bodies and the countries' names: at a text's start, and at its end with a possessive or an
    adverb after them ("Japan's", "the ministry formally")."""
    names = table_lines("protesting_bodies.txt") + [name for name, _iso3 in countries().values()]
    return phrase_list(names), phrase_list(names, r"(?:['’]s)?(?:\s+[\w-]+ly)?\s*$")


def sport_told(clause: Clause) -> re.Match | None:
    """The first word of sport the clause tells (`sport_words.txt`), if any."""
    return list_pattern("sport_words.txt").search(clause.text, clause.start, clause.end)


def sport_contest(trigger: Trigger, clause: Clause) -> bool:
    """Whether a fight's word stands in a clause of sport (`sport_words.txt`: "two clubs clash in the Cairo derby", "a
    bruising rugby battle") that names no force nor armed group (a country's name is its team's) and no death: a
    contest, no armed clash."""
    if trigger.event_type != "Battles" or any(a.kind == ARMED for a in clause.actors) \
            or names_armed_force(clause.text, clause.start, clause.end):
        return False
    sport = sport_told(clause)
    # sport the fight only halted ("heavy fighting halts the league season") is no contest
    return sport is not None and HALTING_SPORT.search(clause.text, trigger.end, sport.start()) is None \
        and not fatalities(clause.words)


# what shows a clause's trigger is no event of its own, each asked in turn of every trigger (`no_event`)
def place_described(trigger: Trigger, clause: Clause) -> bool:
    """Whether the typer's change of hands stands on a participle describing a place (`describes_place`: "aid reaches
    the recently liberated town of Gao"): the capture was told before, not reported here. (A rule trigger so placed
    is no trigger at all: `find_triggers`.)"""
    return (trigger.sub_event_type in TAKINGS or trigger.sub_event_type.startswith(TERRITORY)) \
        and describes_place(clause.text, clause.start, clause.end, trigger.start, trigger.end)


def forces_moving(trigger: Trigger, clause: Clause) -> bool:
    """Whether troops or an armed group march, rally or gather (assembling_verbs.txt), moving, not protesting: the
    actor just before the word (`SUBJECT_GAP` between) is a state's force or an armed group, with no crowd or people
    who protest named before it ("troops march on the city"; not "supporters of the army rally", "soldiers'
    wives march"), nor a state's men marching for a demand (`_forces_protest`)."""
    text = clause.text
    if trigger.sub_event_type != PEACEFUL \
            or list_pattern("assembling_verbs.txt").match(text, trigger.start, trigger.end) is None:
        return False
    start = pause_before(text, clause.start, trigger.start)
    doer = next((a for a in reversed(clause.actors) if start <= a.start and a.end <= trigger.start), None)
    return doer is not None and doer.kind in (STATE, ARMED) and SUBJECT_GAP.fullmatch(text, doer.end, trigger.start) \
        and not crowd_before(text, start, trigger.start, True) and not _forces_protest(doer, trigger, clause)


def _forces_protest(doer: Actor, trigger: Trigger, clause: Clause) -> bool:
    """Whether a state's police or soldiers march for a demand or against something (`RALLY_AGAINST`: "police officers
    march to demand higher pay"), not on or toward a place (`TOWARD`: "soldiers march on the capital to demand ...")."""
    toward = TOWARD.search(clause.text, trigger.start, min(clause.end, trigger.end + TOWARD_REACH))
    return doer.kind == STATE and toward is None \
        and RALLY_AGAINST.search(clause.text, trigger.end, clause.end) is not None


NO_EVENT_STEPS: tuple[Callable[[Trigger, Clause], bool], ...] = (
    actor_unnamed, ordinary_arrest, judicial_execution, few_held_apolitical, past_war, tally, no_violence, arrest_raid,
    campaign_rally, rape_without_force, captives_named, unaimed_launch, cyber_attack, freed_by_attack,
    wrecked_in_attack, place_described, protest_by_a_body, sport_contest, forces_moving)


def no_event(trigger: Trigger, clause: Clause) -> bool:
    """Whether one of `NO_EVENT_STEPS` shows the trigger is no event of its own."""
    return any(step(trigger, clause) for step in NO_EVENT_STEPS)


def crowd_deaths(events: list[Event], before: list[Event], armed_named: Callable[[], bool]) -> list[Event]:
    """A sentence's killings with no attacker named, told just after a riot or a demonstration (in `before`: the
    events of the sentence before) at its place and time, in a sentence that names no armed side (`armed_named`,
    asked last: it reads the sentence's actors): "Marchers fight the police. Three people die of gunshot
    wounds." The deaths are the crowd event's toll (`stories` gives it to that event), not an attack of their
    own; killings in another town or on another day are."""
    crowds = [b for b in before if b.event_type in CROWD_TYPES]
    if not events or not all(e.event_type in KILLING_TYPES and e.actor1.startswith(UNIDENTIFIED)
                             and any(_same_scene(e, c) for c in crowds) for e in events):
        return events
    return events if armed_named() else []


def suspects_held(events: list[Event], text: str) -> list[Event]:
    """A report's events without the arrest of the people behind an attack it tells (`_held_after_attack`), nor the
    arrest of a doer told as how his deed ended ("a man stabs eight people before being arrested": `HELD_AFTER_DEED`),
    whether or not the deed is an event (a lone attacker's is crime)."""
    return [e for e in _held_after_attack(events, text) if e.sub_event_type != ARRESTS or not _deed_ended(e, text)]


def _deed_ended(arrest: Event, text: str) -> bool:
    """Whether the arrest's own word is the one telling how a deed ended (`HELD_AFTER_DEED`), not another arrest of
    its sentence ("police detain 20 protesters, one beaten before being detained" keeps the mass arrest)."""
    return arrest.trigger_start is not None and any(
        m.start() <= arrest.trigger_start < m.end() for m in HELD_AFTER_DEED.finditer(text, arrest.char_start,
                                                                                      arrest.char_end))


def _held_after_attack(events: list[Event], text: str) -> list[Event]:
    """A report's events without the arrest of the people behind an attack it tells (`suspects_held.txt`, in
    the arrest's sentence: "the gunmen were held an hour later", "police detain the chief
    suspect"): the arrest ends the attack's story, one event (the attack), where the attack was (`_same_scene`: "in
    Lagos, police arrested 25 suspects" after an attack in Zamfara is an arrest of its own). Not beside an attack by
    state forces only ("jets raid the town as police arrest 30 suspects": no one arrests the jets)."""
    attacks = [e for e in events
               if e.event_type in VIOLENT_TYPES and not e.background and not names_state_force(e.actor1)]
    return [e for e in events if e.sub_event_type != ARRESTS or not any(_same_scene(e, a) for a in attacks)
            or list_pattern("suspects_held.txt").search(text, e.char_start, e.char_end) is None]


def _same_scene(event: Event, other: Event) -> bool:
    """Whether the event may have happened at the other (a crowd's, an attack's): no other town, no day apart
    (unknowns agree)."""
    other_place = event.place is not None and other.place is not None \
        and event.place.geonameid != other.place.geonameid
    apart = None not in (event.date_start, event.date_end, other.date_start, other.date_end) \
        and (event.date_end < other.date_start or other.date_end < event.date_start)
    return not other_place and not apart
