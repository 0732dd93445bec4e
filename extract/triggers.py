"""The words that tell of an event: trigger matches in a span of a sentence, each with the row of the trigger
table it came from, without those another word next to it gives another sense or a hedge cancels
(`hedges.py`); and the trigger that stands for an event the typer found.

Tables read: triggers.csv (words -> ACLED event and sub-event types), false_triggers.txt, animals.txt,
other_senses.csv, blast_causes.txt (with claims.txt and blamed_on.txt), agreement_cues.txt, agreement_doubts.txt,
motive_cues.txt, reporting_verbs.txt, manned_aircraft.txt, uncrewed_words.txt, weapon_deeds.csv (with
weapon_tests.txt and accident_cues.txt).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from . import tables
from .actors import group_mentions, names_armed_force
from .gazetteer import demonyms
from .hedges import crowd_before, is_hedged, is_unreal_after, only_named_after, protest_done
from .names import fold
from .pauses import PASSIVE_AUX, WORDS, pause_after, pause_before
from .phrases import (PhraseList, after_last, alternation, case_blind, gate_runs, indexed_matches, list_pattern,
                      phrase_index, row_of, other_senses, table_lines)
from .tolls import fatalities, says_nobody_died
from .typer import Typed
from .vocabulary import ABDUCTION, AGREEMENT

TRIGGER_CACHE = 64  # spans whose triggers are kept: a sentence's clauses are asked of twice at most
NEIGHBOUR_REACH = 30      # characters around a trigger its neighbouring words are looked for in
TITLE_REACH, TITLE_SHARE = 120, 0.6  # characters of a span read for title case, and the share of capitalised words
NAME_BEFORE = re.compile(r"([\w'’-]+)\s+$")  # the word just before a trigger (`_in_name`)
# a hyphen and a letter right after a trigger: its last word is a compound's first part ("shell-shocked", "bomb-making")
COMPOUND_GOES_ON = re.compile(r"-[^\W\d_]")
IN_BEFORE = re.compile(r"\bin\s+$", re.I)  # "in" right before a trigger ("in protest")
WORD_REACH = 8  # characters before a trigger the word just before it is read from
# a determiner and perhaps an adverb of recent time right before a participle: it describes the noun after it
DESCRIBED_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|these)\s+(?:(?:recently|newly|freshly|just|once)\s+)?$",
                              re.I)
DESCRIBED_REACH = 24  # characters before a participle where its determiner and adverb stand ("the recently ")
PARTICIPLE_ENDS = ("ed", "en", "un")  # "liberated", "retaken", "overrun"
# the gap between two triggers of one list ("stoning, amputation and flogging"): a hedge of the first is the others'
LISTED = re.compile(r"\s*(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)")
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})
TYPED_PRIORITY = 6   # a typed event's priority in the confidence formula, as a firm trigger's
# triggers.csv `needs` of a blast told only by its victims ("a blast leaves three dead"): no accident cue near it
NO_ACCIDENT = "no_accident"
# triggers.csv `needs` of a ceasefire or truce: a word of its agreeing in the clause (agreement_cues.txt)
AGREED = "agreed"
# triggers.csv `needs` of a stabbing: a side named in its clause (a motive, a group, peoples apart), for a stabbing
# with none is crime ("a man stabs his wife")
SIDED = "sided"
# triggers.csv `needs` of a word common outside fighting ("the attack left the city in shock", "a gunfight in a film"):
# the clause tells people killed or wounded
DEADLY = "deadly"
# triggers.csv `needs` of a bare word of downing ("shot down", "downed"): an aircraft or a drone named beside it, not
# "shot down the proposal"
AIRCRAFT = "aircraft"
# triggers.csv `needs` of a gathering with a purpose ("crowds gather to demand") or of an act done "to protest" or "in
# protest" ("hundreds block the road to protest"): a crowd or a count of people before it (`hedges.crowd_before`),
# not "leaders gather to call for a ceasefire" (not_crowds.txt), nor one person's or a state's act ("resigned in
# protest"), or a deed of protest (`hedges.protest_done`)
CROWD = "crowd"
# triggers.csv `needs` of a purpose of protest that is no word of protest ("to denounce", "to press the government"):
# people came together or did a deed of protest before it (`hedges.protest_done`: "thousands pack the square to
# denounce corruption"; not "lawyers filed a petition to demand")
GATHERED = "gathered"
# triggers.csv `needs` of a bare verb of freeing ("frees", "released"): the people freed told as captives near it
# (captivity_cues.txt: "frees two aid workers kidnapped last year", "hostages ... are released"), not a thing
# released (released_things.txt: "releases a video of the hostages")
CAPTIVES = "captives"
CAPTIVITY_REACH = 110  # characters after a verb of freeing (before it, for a passive's) where the captivity is told
RELEASED_THING = 30  # characters after the verb within which a thing released is its object
DETERMINER_REACH = 12  # characters before a verb of freeing where a determiner would make it a noun
OF_AFTER = re.compile(r"\s+of\b", re.I)
TIME_OF_ANOTHER = frozenset({"after", "before", "since", "while"})  # before a gerund that dates another deed
RESCUER = re.compile(r"\s+by\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+", re.I)  # a passive release's agent ("by the army")
FIRST_WORD = re.compile(r"\S+")  # a longer phrase's first word, its verb ("frees" of "frees Malian")
TAKING = "territory"  # triggers.csv's sub-event type of a taking (of a place or of people)
AIRCRAFT_REACH = 60  # characters either side of a word of downing where the aircraft is named
PASSIVE_REACH = 10
WOUNDED = re.compile(r"\b(?:wound(?:s|ed|ing)?|injur(?:e|es|ed|ing|ies))\b", re.I)
ACCIDENT_REACH = 150  # characters after the clause an accident's cause is looked for in (the next sentence says it)
REMOTE_VIOLENCE = "Explosions/Remote violence"
KILLING = 1  # triggers.csv priority of a bare word of killing by a fighting side ("soldiers kill a herder")
WEAPON_PRIORITY = 6  # a weapon named with the verb of its use is as firm as "air strikes" (triggers.csv)
# the few words between a weapon and the verb of its use ("planes loyal to the general bomb"): no passive or perfect
# auxiliary, negation, relative pronoun, crash or test ("a plane that crashed", "a missile was tested"), word of telling
# or of a threat ("will strike"), fuel or a maker ("jet fuel prices hit"), fireworks; no comma
WEAPON_GAP = (r"(?:\s+(?!(?:was|were|is|are|been|being|be|has|have|had|not|no|never|that|which|who|crash\w*|"
              r"test\w*|say|says|said|tells?|told|reports?|reported|claims?|claimed|will|would|could|can|may|might|"
              r"shall|should|must|fuel|prices?|maker|makers|flares|fireworks|firecrackers)\b)[\w'’.-]+){0,5}?\s+")
# before a weapon, a preposition whose object it is ("shooting at army helicopters", "fragments of a missile"): the
# weapon was hit or is only named, it did not strike
WEAPON_OBJECT = re.compile(r"\b(?:at|on|against|down|of|by|with|from)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
WEAPON_OBJECT_REACH = 30  # characters before a weapon where that preposition is looked for
# between a verb of launching and its projectile, fewer words ("launch medium-range missiles"; not a company that fires
# "the country's largest home-built rocket")
LAUNCH_GAP = WEAPON_GAP.replace("{0,5}", "{0,2}")
NOT_PASSIVE = r"(?!\s+(?:by|back)\b)"  # "a plane hit by a missile" was struck; "a drone maker hits back"
# after a projectile launched, the word of its target a few words on ("launch missiles at", "fire rockets into"): not a
# rocket fired over a country or into the sky, nor flares and rockets fired onto a pitch
AIMED = r"(?=\s+(?:[\w'’.-]+\s+){0,4}?(?:at|on|into|towards?|against)\b)"


@dataclass(frozen=True)
class Trigger:
    """A trigger match in a sentence, with the table row it came from."""

    start: int
    end: int
    event_type: str
    sub_event_type: str
    place_role: str
    needs: str
    priority: int
    score: float | None = None  # the typer's calibrated score, for a trigger the typer found


def find_triggers(text: str, start: int, end: int) -> list[Trigger]:
    """Trigger matches in text[start:end] that are not hedged, infinitive or false triggers."""
    return list(_triggers_of(text, start, end))


@lru_cache(maxsize=TRIGGER_CACHE)
def _triggers_of(text: str, start: int, end: int) -> tuple[Trigger, ...]:
    """`find_triggers`, kept for the spans asked of again (a clause looked at whole before it is read)."""
    rows = tables.rows("triggers.csv")
    matches = _phrase_matches(text, start, end)
    false_spans = [(m.start(), m.end()) for m in list_pattern("false_triggers.txt").finditer(text, start, end)] \
        + [m.span() for m in _animal_deeds().finditer(text, start, end)] if matches else []
    found, freed = [], []  # the triggers, and the releases of captives among them
    hedged_end = None  # where the last trigger a hedge cancelled ends: one listed after it shares its hedge
    for match in matches:
        if any(s <= match.start() < e for s, e in false_spans) or COMPOUND_GOES_ON.match(text, match.end()) \
                or _other_sense(text, start, end, match) and not _in_protest_of_a_deed(text, start, match) \
                or describes_place(text, start, end, match.start(), match.end()) \
                or _in_name(text, start, match.start(), match.end()) \
                or only_named_after(text, start, end, match.start()):
            continue
        if is_hedged(text, start, match.start()) or is_unreal_after(text, match.end(), end) \
                or hedged_end is not None and LISTED.fullmatch(text, hedged_end, match.start()) \
                and not match.group().lower().endswith("ed"):  # "a ban on protests and marched": a deed of its own
            hedged_end = match.end()
            continue
        row = _freeing_row(text, start, end, match, row_of(match, rows))
        check = TEXT_NEEDS.get(row["needs"])
        if check is not None and not check(text, start, end, match):
            continue
        found.append(Trigger(match.start(), match.end(), row["event_type"], row["sub_event_type"],
                             row["place_role"], "" if row["needs"] in TEXT_NEEDS else row["needs"],
                             int(row["priority"])))
        if row["needs"] == CAPTIVES:
            freed.append(found[-1])
    found = [t for t in found if not _taking_of_captives(text, start, end, t, freed)]
    return _with_weapon_deeds(found, list(weapon_deeds(text, start, end)), [m.span() for m in matches])


def _taking_of_captives(text: str, start: int, end: int, trigger: Trigger, releases: list[Trigger]) -> bool:
    """Whether the trigger tells how a release's captives were taken ("frees 27 people it had kidnapped",
    "hostages seized by gunmen ... are freed"): their past, told where the release tells its captives."""
    return (trigger.sub_event_type == ABDUCTION or trigger.sub_event_type.startswith(TAKING)) \
        and any(in_captivity_told(text, start, end, release, trigger.start, trigger.end) for release in releases)


def _freeing_row(text: str, start: int, end: int, match: re.Match, row: dict[str, str]) -> dict[str, str]:
    """The row of the release of captives for a longer phrase that opens with its verb where captives are told
    after it ("frees Malian politician X, held captive since March": not "frees CAP", a town freed), else `row`."""
    if row["sub_event_type"] == AGREEMENT or match.group().split(None, 1)[0].lower() not in _freeing_verbs():
        return row
    verb = FIRST_WORD.match(text, match.start())
    return _row_needing(CAPTIVES) if _captives_freed(text, start, end, verb) else row


def captivity_told(text: str, start: int, end: int, at: int, until: int) -> tuple[int, int]:
    """Where the captives of the release told by the verb at text[at:until] are told (`_captives_freed`): their
    taking told there ("frees two workers kidnapped last year", "the hostages held since March are released") is the
    release's past, neither an event of its own nor its date."""
    if PASSIVE_AUX.search(text, max(start, at - PASSIVE_REACH), at):
        return max(start, at - CAPTIVITY_REACH), min(end, until + CAPTIVITY_REACH)
    return until, min(end, until + CAPTIVITY_REACH)


def in_captivity_told(text: str, start: int, end: int, trigger: Trigger, at: int, until: int | None = None) -> bool:
    """Whether text[at:until] stands where a release's captives are told, after a word of their captivity on its side
    of the verb or holding one ("kidnapped in Syria last year are freed", "frees a man held captive since March"; not
    "are freed on Monday")."""
    if not frees_captives(text, trigger):
        return False
    first, last = captivity_told(text, start, end, trigger.start, trigger.end)
    side = first if at < trigger.start else trigger.end
    cue = list_pattern("captivity_cues.txt").search(text, side, last) if first <= at < last else None
    return cue is not None and cue.start() < (until or at + 1)


def frees_captives(text: str, trigger: Trigger) -> bool:
    """Whether the trigger is a verb of freeing captives (triggers.csv's row that needs `CAPTIVES`)."""
    words = text[trigger.start:trigger.end].lower()  # the verb, or a longer phrase it opens ("frees Malian")
    return trigger.sub_event_type == AGREEMENT and any(words == verb or words.startswith(verb + " ")
                                                        for verb in _freeing_verbs())


def _freeing_verbs() -> tuple[str, ...]:
    """The verbs of freeing of the triggers.csv row that needs captives told."""
    return _phrases_needing(CAPTIVES)


@cache
def _row_needing(needs: str) -> dict[str, str]:
    """The first triggers.csv row whose `needs` is `needs`."""
    return next(row for row in tables.rows("triggers.csv") if row["needs"] == needs)


@cache
def _phrases_needing(needs: str) -> tuple[str, ...]:
    """The phrases of the triggers.csv rows whose `needs` is `needs`."""
    return tuple(p for row in tables.rows("triggers.csv") if row["needs"] == needs for p in row["phrase"].split("|"))


@cache
def _pattern_needing(needs: str) -> re.Pattern:
    """`_phrases_needing` as one case-blind pattern."""
    return re.compile(alternation(list(_phrases_needing(needs))), re.IGNORECASE)


def _with_weapon_deeds(found: list[Trigger], deeds: list[Trigger], phrases: list[tuple[int, int]]
                       ) -> tuple[Trigger, ...]:
    """The table's triggers with the weapon deeds (`weapon_deeds`) that no firmer one overlaps and whose last word
    no table phrase reads on past it ("jets ... strike a deal") nor ends in where its hedge or its other sense
    cancelled it ("the New York Jets strike"), the longest of overlapping deeds first; a weaker
    table trigger inside a deed gives way to it ("shells" that needs a force named inside "artillery shells
    crash into")."""
    kept: list[Trigger] = []
    spans = {(t.start, t.end) for t in found}
    for deed in sorted(deeds, key=lambda t: t.start - t.end):
        read_on = any(a < deed.end < b for a, b in phrases)
        cancelled = any(a < deed.end == b and (a, b) not in spans for a, b in phrases)
        if not read_on and not cancelled and not any(_overlap(deed, t) for t in kept) \
                and not any(_overlap(deed, t) and t.priority >= deed.priority for t in found):
            kept.append(deed)
    return tuple(sorted([t for t in found if not any(_overlap(t, d) for d in kept)] + kept, key=lambda t: t.start))


def _overlap(a: Trigger, b: Trigger) -> bool:
    return a.start < b.end and b.start < a.end


def weapon_deeds(text: str, start: int, end: int) -> Iterator[Trigger]:
    """Triggers of a weapon of remote violence named with the verb of its use, a few words apart (`weapon_deeds.csv`:
    "planes loyal to the general bomb the airport", "Grad rockets rain down on the city", "launch missiles at"),
    not in a clause of a weapon used at no one (`_at_no_one`) nor cancelled as the table's phrases are (a false
    trigger's span, a hedge, an unreal clause, a name, another sense of the verb: "drones hit the headlines"), nor a
    weapon named after a preposition (`WEAPON_OBJECT`: "shooting at army helicopters"). `_with_weapon_deeds` decides
    which stand beside the table's triggers."""
    matches = [(m, kind) for pattern, kind in _weapon_patterns() for m in pattern.finditer(text, start, end)]
    if not matches or _at_no_one(text, start, end):
        return
    for match, (sub_event_type, needs) in matches:
        if is_hedged(text, start, match.start()) or is_unreal_after(text, match.end(), end) \
                or WEAPON_OBJECT.search(text, max(start, match.start() - WEAPON_OBJECT_REACH), match.start()) \
                or _in_name(text, start, match.start(), match.end()) or _other_sense(text, start, end, match, "verb") \
                or list_pattern("false_triggers.txt").search(text, match.start(), match.end()) is not None:
            continue
        # the verb is the event's word: the side named before it, within the match too, did it ("planes loyal to
        # General Haftar bomb"); a verb of launching holds its projectile ("launch missiles")
        end_at = match.end() if match.start("verb") == match.start() else match.end("verb")
        yield Trigger(match.start("verb"), end_at, REMOTE_VIOLENCE, sub_event_type, "", needs, WEAPON_PRIORITY)


def _at_no_one(text: str, start: int, end: int) -> bool:
    """Whether the clause tells a weapon used at no one: a test, a drill, a launch into the sea, an accident
    (`weapon_tests.txt`, `accident_cues.txt`: "jets drop unarmed bombs during a training exercise")."""
    return list_pattern("weapon_tests.txt").search(text, start, end) is not None \
        or list_pattern("accident_cues.txt").search(text, start, end) is not None


@cache
def _weapon_patterns() -> tuple[tuple[PhraseList, tuple[str, str]], ...]:
    """`weapon_deeds.csv` as patterns, each gated on its weapons' words (most clauses name none), with the sub-type and
    the actor it needs (`not_events.needs_met`)."""
    patterns = []
    for row in tables.rows("weapon_deeds.csv"):
        weapons, verbs = row["weapons"].split("|"), row["verbs"].split("|")
        verb = f"(?P<verb>{alternation(verbs)})"
        source = alternation(weapons) + WEAPON_GAP + verb + NOT_PASSIVE if row["order"] == "weapon first" \
            else verb + LAUNCH_GAP + alternation(weapons) + AIMED
        patterns.append((case_blind(source, gate_runs(weapons)), (row["sub_event_type"], row["needs"])))
    return tuple(patterns)


def phrase_around(text: str, start: int, end: int, at: int, until: int) -> tuple[int, int] | None:
    """The span of the trigger phrase in text[start:end] that holds text[at:until] ("take control of" for the typer's
    "control": a hedge before the phrase is one before the word), or None."""
    spans = ((m.start(), m.end()) for m in _phrase_matches(text, start, end))
    return next(((a, b) for a, b in spans if a <= at and until <= b), None)


@lru_cache(maxsize=TRIGGER_CACHE)
def _phrase_matches(text: str, start: int, end: int) -> tuple[re.Match, ...]:
    """The trigger phrases in text[start:end], hedged or not (read by `_triggers_of` and `phrase_around`)."""
    return tuple(indexed_matches(phrase_index("triggers.csv", "phrase"), text, start, end))


def describes_place(text: str, start: int, end: int, at: int, until: int) -> bool:
    """Whether the word at text[at:until] is a participle describing a place, after a determiner and perhaps an adverb
    of recent time and before a noun of places (`place_nouns.txt`): "the recently liberated town of Gao", "aid
    reaches the retaken city", "the shelled town" tell a deed told before, not one reported."""
    if not text[at:until].lower().endswith(PARTICIPLE_ENDS) \
            or DESCRIBED_BEFORE.search(text, max(start, at - DESCRIBED_REACH), at) is None:
        return False
    word = WORDS.search(text, until, end)
    return word is not None and list_pattern("place_nouns.txt").match(text, word.start()) is not None


@cache
def _animal_deeds() -> PhraseList:
    """An attack or a killing by an animal (`animals.txt`), or of animals with the words that claim it, as a false
    trigger's span: "attacked by a crocodile", "killed in an attack by a hyena", "a leopard attacked two villagers",
    "says it has killed 30 sharks"; gated on the animals' words (most clauses name none, and the scan of an
    alternation costs far more than a set test)."""
    names = table_lines("animals.txt")
    animals = alternation(names)
    return PhraseList(rf"\b(?:attack(?:s|ed)?|(?:killed|injured|wounded) in an? attack)\s+by\s+"
                      rf"(?:[\w'’-]+\s+){{0,2}}?{animals}|{animals}\s+(?:attack(?:s|ed)?|maul(?:s|ed)?|"
                      rf"kill(?:s|ed)?)\b|\b(?:\w+\s+){{0,3}}?kill(?:s|ed|ing)?\s+(?:[\w'’,-]+\s+){{0,3}}?{animals}",
                      gate_runs(names))


def _in_name(text: str, start: int, at: int, until: int) -> bool:
    """Whether the trigger at text[at:until] is written with a capital after a capitalised word of its span: a word
    of a name ("Merrill Lynch", "Pussy Riot", "Operation Desert Storm"), not an event word. An acronym after the
    determiner that opens the span, with no capitalised word after it, is in capitals by itself ("An IED exploded";
    not "The IED Detection Company", "The Clash")."""
    if not text[at].isupper() or _title_case(text, start):
        return False
    before = NAME_BEFORE.search(text, start, at)
    return before is not None and before.group(1)[0].isupper() and not _acronym_opening(text, before, at, until)


def _acronym_opening(text: str, before: re.Match, at: int, until: int) -> bool:
    """Whether text[at:until] is an acronym ("IED", "RPG") right after a determiner that opens the span (`before`,
    the word before it), and the word after it is not capitalised."""
    after = WORDS.search(text, until)
    return before.start(1) == before.pos and before.group(1).lower() in DETERMINERS \
        and len(text[at:until]) > 1 and text[at:until].isupper() and (after is None or not after.group()[0].isupper())


def _title_case(text: str, start: int) -> bool:
    """Whether the words of the span's sentence are mostly capitalised: a headline in title case ("Gunmen Attack
    Police Station In Kidal"), whose capitals tell no names."""
    words = WORDS.findall(text, start, start + TITLE_REACH)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) > TITLE_SHARE * len(words)


def told_by_victims(words: str) -> bool:
    """Whether a trigger's words tell of a blast only by its victims ("a blast leaves three dead", "wounded in
    twin explosions"): they say that people died more than what kind of attack it was."""
    return _victims_pattern().fullmatch(words) is not None


def _victims_pattern() -> re.Pattern:
    """The phrases of the trigger rows that need no accident cue, as one pattern."""
    return _pattern_needing(NO_ACCIDENT)


def _agreed(text: str, start: int, end: int) -> bool:
    """Whether the clause tells a ceasefire or truce agreed, declared or begun (agreement_cues.txt) and not failing,
    hoped for, refused or asked for (agreement_doubts.txt)."""
    return list_pattern("agreement_cues.txt").search(text, start, end) is not None \
        and list_pattern("agreement_doubts.txt").search(text, start, end) is None


def unsided_stabbing(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells a stabbing (triggers.csv's row that needs `SIDED`) with no side of political
    violence named in it ("three die when a man with a knife attacks a school"): a crime, whatever its toll."""
    return any(not _sided(text, start, end, m.start()) for m in _stabbings().finditer(text, start, end))


def _stabbings() -> re.Pattern:
    """The phrases of triggers.csv's rows that need a side named (`SIDED`): words of stabbing."""
    return _pattern_needing(SIDED)


def _sided(text: str, start: int, end: int, at: int) -> bool:
    """Whether the clause names a side of political violence: a motive or a fighting side (motive_cues.txt:
    "terrorist", "Islamist", "militants"), a named group, a state's soldiers or police ("a man stabs two soldiers
    at a checkpoint", "five soldiers hurt in a ramming attack"), or peoples apart, the attacker's nationality
    before the trigger at `at` and another ("a Palestinian stabs two Israelis"; not "a Kenyan man stabbed his
    wife")."""
    nationalities = demonyms()
    peoples = [(w.start(), code) for w in WORDS.finditer(text, start, end)
               if (code := nationalities.get(fold(w.group())))]
    return list_pattern("motive_cues.txt").search(text, start, end) is not None \
        or any(start <= g.start < end for g in group_mentions(text)) or _forces_hit(text, start, end, at) \
        or any(where < at for where, _ in peoples) and len({code for _, code in peoples}) > 1


def _forces_hit(text: str, start: int, end: int, at: int) -> bool:
    """Whether soldiers or police stand in the words of the deed at `at`: from its clause's start, or from after the
    last teller before it ("police say a man stabbed ..."), to the first pause after it ("..., police said")."""
    return names_armed_force(text, after_last("reporting_verbs.txt", text, start, at), pause_after(text, at, end))


def _downed_from(text: str, start: int, at: int) -> int:
    """Where the aircraft a word of downing at `at` needs may be named from: a few words before it, or the clause's
    start when the word is a passive's ("a helicopter patrolling around the city is shot down": its subject)."""
    return start if PASSIVE_AUX.search(text, max(start, at - PASSIVE_REACH), at) else max(start, at - AIRCRAFT_REACH)


def _aircraft_near(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names an aircraft, crewed or not (manned_aircraft.txt, uncrewed_words.txt)."""
    return list_pattern("manned_aircraft.txt").search(text, start, end) is not None \
        or list_pattern("uncrewed_words.txt").search(text, start, end) is not None


def _captives_freed(text: str, start: int, end: int, verb: re.Match) -> bool:
    """Whether the verb of freeing sets captives free: their captivity told after it ("frees a journalist held
    hostage since March"), or about it when it is a passive's ("the kidnapped workers are freed"); and what an active
    one releases is no thing ("releases a video")."""
    told = captivity_told(text, start, end, verb.start(), verb.end())
    if list_pattern("captivity_cues.txt").search(text, *told) is None:
        return False  # the test that fails most ("free trade", "released a statement"): first
    thing = told[0] == verb.end() and list_pattern("released_things.txt").search(
        text, verb.end(), min(end, verb.end() + RELEASED_THING)) is not None
    return not thing and not _rescued(text, start, end, verb) and not _names_a_release(text, start, verb)


def _names_a_release(text: str, start: int, verb: re.Match) -> bool:
    """Whether the word is the noun ("the release of the hostages", "their release"), not the verb; or a gerund
    that tells the time of another deed ("inmates kill themselves after freeing hostages"): that deed is the news."""
    before = re.search(r"([\w'’]+)\s+$", text[max(start, verb.start() - DETERMINER_REACH):verb.start()])
    word = before.group(1).lower() if before is not None else ""
    return OF_AFTER.match(text, verb.end()) is not None or word in DETERMINERS \
        or word in TIME_OF_ANOTHER and verb.group().lower().endswith("ing")


def _rescued(text: str, start: int, end: int, verb: re.Match) -> bool:
    """Whether soldiers or police free the captives ("troops free 20 hostages", "hostages are freed by police"): a
    rescue from their captors, not captors letting them go."""
    if PASSIVE_AUX.search(text, max(start, verb.start() - PASSIVE_REACH), verb.start()):
        agent = RESCUER.match(text, verb.end(), end)
        return agent is not None and names_armed_force(text, agent.start(), agent.end())
    subject = max(pause_before(text, start, verb.start()), after_last("reporting_verbs.txt", text, start, verb.start()))
    return names_armed_force(text, subject, verb.start())


def _deadly(text: str, start: int, end: int) -> bool:
    """Whether the clause tells people wounded or killed (a toll other than nobody)."""
    return WOUNDED.search(text, start, end) is not None or bool(fatalities(text[start:end]))


def _blast_cause(text: str, start: int, end: int) -> bool:
    """Whether the clause, or the words just after it, tell of an accident ("a gas explosion", "at a
    fireworks factory"; `blast_causes.txt`) and no one claims the blast or is blamed for it ("... at a gold mine;
    JNIM claimed responsibility", "the army blames rebels"): a blast with victims is a bomb only without one."""
    after = min(len(text), end + ACCIDENT_REACH)
    return list_pattern("blast_causes.txt").search(text, start, after) is not None \
        and list_pattern("claims.txt").search(text, start, after) is None \
        and list_pattern("blamed_on.txt").search(text, start, after) is None


# the triggers.csv `needs` read in the clause's text here (the others need actors, read later: not_events.needs_met),
# each a check of (text, clause start, clause end, trigger match)
TEXT_NEEDS: dict[str, Callable[[str, int, int, re.Match], bool]] = {
    # no accident cue, and not a blast nobody died in ("no one was injured in the explosion")
    NO_ACCIDENT: lambda text, start, end, _m: not (_blast_cause(text, start, end) or says_nobody_died(text[start:end])),
    # a ceasefire agreed, not in place, failing or only asked for ("during the truce", "calls for a ceasefire")
    AGREED: lambda text, start, end, _m: _agreed(text, start, end),
    SIDED: lambda text, start, end, m: _sided(text, start, end, m.start()),
    DEADLY: lambda text, start, end, _m: _deadly(text, start, end),
    CROWD: lambda text, start, _end, m: crowd_before(text, start, m.start()) or protest_done(text, start, m.start()),
    GATHERED: lambda text, start, _end, m: protest_done(text, start, m.start()),
    CAPTIVES: lambda text, start, end, m: _captives_freed(text, start, end, m),
    AIRCRAFT: lambda text, start, end, m: _aircraft_near(text, _downed_from(text, start, m.start()),
                                                        min(end, m.end() + AIRCRAFT_REACH)),
}


def _other_sense(text: str, start: int, end: int, match: re.Match, group: int | str = 0) -> bool:
    """Whether a word next to the trigger (or to its `group`) gives its words another sense ("stocks rally", "an
    arrest warrant", "riot police", "violated the truce"; `other_senses.csv`)."""
    at, until = match.span(group)
    before_senses, after_senses = _senses_of(match.group(group).lower())
    if not before_senses and not after_senses:
        return False
    before = WORDS.findall(text, pause_before(text, max(start, at - NEIGHBOUR_REACH), at), at)[::-1]
    after = WORDS.findall(text, until, pause_after(text, until, min(end, until + NEIGHBOUR_REACH)))
    return bool(_neighbours(before) & before_senses or _neighbours(after) & after_senses)


def _in_protest_of_a_deed(text: str, start: int, match: re.Match) -> bool:
    """Whether "in" before a word of protest follows a deed of protest or people coming together in the clause
    (`hedges.protest_done`: "taxi drivers block roads in protest against new rules"), where other_senses.csv's "in
    protest" tells a resignation's or a walkout's reason ("the minister resigned in protest")."""
    return IN_BEFORE.search(text, max(start, match.start() - WORD_REACH), match.start()) is not None \
        and protest_done(text, start, match.start())


def _senses_of(words: str) -> tuple[frozenset[str], frozenset[str]]:
    """The neighbours before and after that give a trigger's words another sense: those of its whole words, and
    those of a row written for any trigger that ends in its last word ("* hit": "drones hit the headlines", as
    "warplanes hit" and "mortar rounds hit")."""
    senses = other_senses()
    whole, tail = senses.get(words, NO_SENSES), senses.get(ANY_BEFORE + words.rsplit(" ", 1)[-1], NO_SENSES)
    return whole["before"] | tail["before"], whole["after"] | tail["after"]


def _neighbours(words: list[str]) -> set[str]:
    """The next word from a trigger and the first that is no determiner ("violated the truce": "the" and
    "violated"; "captures the league title": "the" and "league"), lowercased."""
    lowered = [w.lower() for w in words]
    content = next((w for w in lowered if w not in DETERMINERS), None)
    return {w for w in (lowered[:1] + [content]) if w}


NO_SENSES = {"before": frozenset(), "after": frozenset()}
ANY_BEFORE = "* "  # other_senses.csv: a row for every trigger ending in the word after it


def typed_trigger(typed: Typed) -> Trigger:
    """A trigger for a typed event, with the place role and needs the trigger table gives its sub-event
    type (a group's move is placed where it went, and needs an armed group)."""
    row = _trigger_rows().get(typed.label, {})
    return Trigger(typed.start, typed.end, typed.event_type, typed.label, row.get("place_role", ""),
                   row.get("needs", ""), TYPED_PRIORITY, typed.score)


@cache
def _trigger_rows() -> dict[str, dict[str, str]]:
    """The first trigger table row of each sub-event type."""
    rows: dict[str, dict[str, str]] = {}
    for row in tables.rows("triggers.csv"):
        rows.setdefault(row["sub_event_type"], row)
    return rows
