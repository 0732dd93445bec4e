"""Places changing hands: the takers named as the clause's subject decide whose gain a place is (`taken_by`,
`sub_event`); a building taken with no fight changes hands without violence (`taken_quietly`); a capture of
people took no place (`taking_people`), one of a side's figure is an arrest (`figure_taken`); forces moving in to
secure a place deploy (`to_secure`).

Tables read: captive_nouns.txt, captured_figures.txt, civilian_nouns.txt, unarmed_victims.txt, securing_cues.txt,
peaceful_cues.txt, reporting_verbs.txt, occupied_sites.txt, place_nouns.txt.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from . import tables
from .actors import ARMED, UNIDENTIFIED_GROUP, Actor, CIVILIAN, STATE
from .clauses import Clause
from .pauses import AFTER_REACH, CLAUSE_BREAK, WORDS, passive_aux, pause_after
from .phrases import alternation, list_pattern, table_lines
from .retype_victims import DEATH_TOLD, FIGHTING, NOT_OBJECT, object_end
from .retype_weapons import downs_crewed
from .sides import TERRITORY
from .tolls import counts_people_at, fatalities
from .triggers import Trigger
from .vocabulary import (ABDUCTION, ARMED_CLASH, CIVILIAN_VIOLENCE, DISRUPTED_WEAPONS, GOVERNMENT_REGAINS,
                         NON_STATE_OVERTAKES, NON_VIOLENT_TRANSFER, REMOTE_EVENTS, STRATEGIC, TERRITORY_CHANGES)

GOVERNMENT_HINT = "territory:government"
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

# the subject acted upon before a change of hands: "Konna was taken", "the army lost Konna"
PASSIVE_TAKING = re.compile(r"\b(?:was|is|were|are|been|being|lost|lose|loses|cede|ceded)\b", re.I)
# a town named as an object of its own before a site taken with it ("captured Sirte and the airbase", "the town of
# Kidal, its airport and ..."), not a name that qualifies the site ("took Gao airport")
TOWN_LISTED = re.compile(r"\s+(?:(?:the\s+)?(?:town|city|village)\s+of\s+)?"
                         r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}(?:\s*,\s*|\s+and\s+)")
# words of an attack in a sentence: a place so taken was fought for
ATTACKING = re.compile(r"\b(?:attack\w*|assault\w*|storm\w*|shell\w*|bomb\w*|air\s*strikes?|raid\w*|offensive|"
                       r"siege|besieg\w*|gunfire|shots?|wounded|injured)\b", re.I)
TAKING_BY_FORCE = re.compile(r"\b(?:captur\w*|seiz\w*|overr[au]n\w*|conquer\w*)\b", re.I)  # not "take control of"
MILITARY_SITE = re.compile(r"\b(?:bases?|barracks|garrisons?|airbase)\b", re.I)  # a site the state's forces hold
NUMBER_OR_WORD = re.compile(r"\d+(?:,\d{3})+|[\w'’-]+")  # "3,000" one word, as it is one count
# a figure named as the owner of another noun in a passive's subject: "home of the rebel leader"
OWNED_FIGURE = re.compile(r"\bof\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# someone telling of a capture between its figure and its passive: "the rebel leader said Gao was captured"; not
# "said to be", a hedge of the apposition (not reporting_verbs.txt, whose "accused", "denied" or "condemned" may
# qualify the figure himself: "a commander accused of massacres, is captured")
TELLING = re.compile(r"\b(?:said|says|told|tells|claimed|claims|announced|announces)\b(?!\s+to\b)", re.I)
AGENT_REACH = 12  # characters after a passive word of capture in which its agent's name starts ("by rebels")
FIGURE_REACH = 80  # characters before a passive's auxiliary in which its subject names a figure taken
# characters after a word of capture its object's words are read in ("a Liberian-flagged chemical products tanker"), up to
# the first pause and at most `TAKEN_REACH` words
OBJECT_REACH = 60
TAKEN_REACH = 6  # words of a count of people captured in which their noun stands ("up to 3,000 fleeing villagers")
# the owner of a noun of capture right before it: "until his capture", "after their seizure" (not "their capture
# of Kidal": the owner took the place, `OF_AFTER`)
OWNER_BEFORE = re.compile(r"\b(?:his|her|their)\s+$", re.I)
OF_AFTER = re.compile(r"\w*\s+of\b", re.I)
LAST_WORD = re.compile(r"\b([\w'’-]+)\s+$")  # the word right before a trigger
NOUN_REACH = 16  # characters before a word of capture its people's noun is looked for in ("peacekeepers captured")
TRIGGER_WORD = re.compile(r"[\w'’-]+")  # a trigger's first word
OTHERS = "others"  # "five others captured": the rest of people counted before
CLAUSE_ENDS = re.compile(r"\s*(?:[.;,]|$)")
# a preposition right after a capture word with no object: the capture is a passive's ("captured near Gao")
PREPOSITION_AFTER = re.compile(r"\s+(?:near|in|by|at|on|during|outside|after|earlier|last|while)\b", re.I)
OWNER_REACH = 8  # characters before the noun where its owner stands
# the auxiliaries of a passive right before the word of capture: "have been", "was reportedly"
WHERE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|across|inside|within)\s+(?:the\s+)?$", re.I)  # "in Bamako"
DAY_AFTER = re.compile(r"(?:\s+(?:on|early|late)?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                       r"yesterday|today|overnight)\b)?", re.I)  # a day told between a verb and its object
SUBJECT_WORD = re.compile(r"(?<![^\s])[\w'’-]+(?=\s|$)")  # a word of the subject, up to punctuation only from after it
WEAPON = "weapon"  # seized_objects.csv's kind of arms
VESSEL = "vessel"  # seized_objects.csv's kind of ships
DEPLOYMENT = "Other"  # ACLED codes forces taking up positions to secure a place as Strategic developments / Other


def taking_people(trigger: Trigger, sentence: str, end: int) -> Trigger | None:
    """A word of capture (ending at `end`) whose object is people took no place: civilians so taken are
    abducted; the crew of an aircraft shot down were taken in the fight that downed it (`downed_aircraft`:
    "shot down a jet and captured its pilot"); fighters or soldiers taken alone make no event of their own."""
    if _civilians_taken(sentence, end):
        return replace(trigger, event_type=CIVILIAN_VIOLENCE, sub_event_type=ABDUCTION)
    return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH) if downs_crewed(sentence) else None


def figure_taken(sentence: str, at: int, end: int, takers: list[tuple[int, int]]) -> bool:
    """Whether a word of capture (from `at` to `end`) took a figure of a side (`captured_figures.txt`): its
    passive's subject (`_figure_subject`: "Abu X, a spokesman for al-Qaeda, is captured") with no armed group
    (`takers`: where the sentence names them) right after it as its agent, or its object with no armed group named
    before it as its subject ("special forces capture the group's leader"; not "rebels capture the army
    commander"): a person held, no place taken."""
    passive = passive_aux(sentence, 0, at)
    if passive is not None:
        return _figure_subject(sentence, passive.start()) and not any(end < start <= end + AGENT_REACH
                                                                       for start, _stop in takers)
    return figure_object(sentence, end) and not any(stop <= at for _start, stop in takers)


def figure_object(sentence: str, end: int) -> bool:
    """Whether the object of a word of capture ending at `end` is a side's figure (`_figure_object`: "captured the
    army commander"), a person taken whoever took him."""
    return _figure_object().match(sentence, DAY_AFTER.match(sentence, end).end()) is not None


def _figure_subject(sentence: str, at: int) -> bool:
    """Whether the subject of a passive whose auxiliary starts at `at` is a side's figure: the words after its last
    comma, or, where a comma closes an apposition right before the auxiliary, that apposition ("Abu X, the leader of
    the group's branch, has been captured"); the figure not owning a place ("Gao, home of the rebel leader"), no
    noun of places in the subject, and no one telling of the capture between ("the rebel leader said Gao was")."""
    window = sentence[max(0, at - FIGURE_REACH):at]
    parts = window.split(",")
    subject = parts[-1] if parts[-1].strip() or len(parts) < 2 else parts[-2]
    figure = list_pattern("captured_figures.txt").search(subject)
    return figure is not None and not OWNED_FIGURE.search(subject, 0, figure.start()) \
        and not _place_words(subject) and not TELLING.search(subject, figure.end())


def _place_words(words: str) -> bool:
    """Whether the words hold a noun of places (`place_nouns.txt`: "the stronghold of the leader")."""
    return list_pattern("place_nouns.txt").search(words) is not None


@cache
def _figure_object() -> re.Pattern:
    """A determiner or an owner and up to three words, then a noun of a side's figure, right after a word of capture;
    not the owner of what was taken ("the rebel leader's hometown", "the hometown of the rebel leader")."""
    return re.compile(r"\s+(?:(?:the|its|their|his|her|a|an|[\w-]+['’]s?)\s+)(?:(?!of\b)[\w'’-]+\s+){0,3}?"
                      + alternation(table_lines("captured_figures.txt")) + r"\b(?!['’])", re.I)


def people_taken(sentence: str, end: int) -> bool:
    """Whether what a word of capture (ending at `end`) took were people: a count of them ("captured three
    alive", "seized 12 rebels") or a noun of people taken (`captive_nouns.txt`: "captured its pilot",
    "seized the crew of two boats")."""
    end = DAY_AFTER.match(sentence, end).end()  # "captured on Monday two soldiers": the day told first
    return counts_people_at(sentence, end) and not _places_counted(sentence, end) \
        or _captive_object().match(sentence, end) is not None


def _places_counted(sentence: str, end: int) -> bool:
    """Whether the count right after a word of capture (`end`) is of places, a noun of places (`place_nouns.txt`)
    among its first few words before any noun of people, up to a preposition of place ("one of the last
    strongholds of the group", "three of its bases"; not "30 fighters near two towns", "12 soldiers manning a
    checkpoint")."""
    stop = object_end(sentence, end, pause_after(sentence, end, min(len(sentence), end + AFTER_REACH)))
    places, people = table_lines("place_nouns.txt"), _people_nouns()
    words = [w.lower() for w in NUMBER_OR_WORD.findall(sentence, end, stop)[:TAKEN_REACH]]
    return next((w in places for w in words if w in places or w in people), False)


def place_taken(text: str, trigger: Trigger, places: list[int]) -> bool:
    """Whether the clause names a place a word of capture took: a place after it (its object, "the capture of
    Konna"; not where it was done, "captured in Bamako"), or one before it as its passive's subject ("Ramadi is
    captured"); `places` where its places start. A trigger of no capture needs none (True)."""
    if not trigger.sub_event_type.startswith(TERRITORY):
        return True
    return any(at >= trigger.end and not WHERE_BEFORE.search(text, trigger.end, at) for at in places) or (
        passive_aux(text, 0, trigger.start) is not None
        and any(at < trigger.start for at in places))


def object_taken(sentence: str, at: int, end: int) -> str | None:
    """The kind (`seized_objects.csv`: weapon, thing) of what a word of capture (from `at` to `end`) took when it
    was a thing, not a place nor people: its object's first noun of the three ("seizes an underwater drone",
    "captured two towns" none), or the head of its passive's subject ("30,000 grenades are seized")."""
    stop = object_end(sentence, end, pause_after(sentence, end, min(len(sentence), end + OBJECT_REACH)))
    kind = _first_kind(NUMBER_OR_WORD.findall(sentence, end, stop)[:TAKEN_REACH])
    passive = passive_aux(sentence, 0, at) if kind is None else None
    if passive is None:
        return kind
    # the subject's last few words, an aside set off by commas among them ("a cache of weapons, including rockets,")
    subject = NUMBER_OR_WORD.findall(sentence, max(0, passive.start() - AFTER_REACH), passive.start())
    return _first_kind(subject[-TAKEN_REACH:]) if subject else None


def arms_seized(trigger: Trigger, clause: Clause) -> Trigger:
    """A weapon's noun told as what was seized ("30,000 grenades are seized", "seized rockets and mortar rounds")
    in a clause that kills nobody: not remote violence but the seizure ACLED codes, disrupted weapons use."""
    if trigger.event_type != REMOTE_EVENTS:
        return trigger
    sentence, floor = clause.sentence.text, clause.sentence.start
    at = trigger.start - floor
    for capture in TAKING_BY_FORCE.finditer(sentence, clause.start - floor, clause.end - floor):
        near = capture.end() <= at <= capture.end() + AFTER_REACH or capture.start() - AFTER_REACH <= at < capture.start()
        # the toll patterns are the dearest test: last
        if near and object_taken(sentence, capture.start(), capture.end()) == WEAPON and not fatalities(clause.words):
            return replace(trigger, event_type=STRATEGIC, sub_event_type=DISRUPTED_WEAPONS)
    return trigger


def _first_kind(words: list[str]) -> str | None:
    """The kind of what the words name when the first of them that is a noun of places, of people or of things is
    a thing's and none is a place's ("seized the airport and the weapons stores" took a place): arms when any of
    the words are ("a shipment of rifles"), a ship when the last noun of things is one ("a cargo ship"), else the
    first noun's kind."""
    places, people, things = table_lines("place_nouns.txt"), _people_nouns(), _objects()
    lowered = [w.lower() for w in words]
    first = next((w for w in lowered if w in places or w in people or w in things), "")
    if first not in things or any(w in places for w in lowered):
        return None
    head = next(w for w in reversed(lowered) if w in things)  # "a cargo ship": the last noun is the thing taken
    return WEAPON if any(things.get(w) == WEAPON for w in lowered) else VESSEL if things[head] == VESSEL \
        else things[first]


@cache
def _objects() -> dict[str, str]:
    """Nouns of things a capture may take, lowercased, with their kind."""
    return {row["noun"].lower(): row["kind"] for row in tables.rows("seized_objects.csv")}


@cache
def _people_nouns() -> frozenset[str]:
    """Nouns of people a capture may take: captives, civilians, victims with no arms."""
    return frozenset({*table_lines("captive_nouns.txt"), *table_lines("civilian_nouns.txt"),
                      *table_lines("unarmed_victims.txt")})


def taken_before(sentence: str, at: int) -> int | None:
    """Where the people a word of capture (starting at `at`) took are told before it, if they are: the owner of
    a noun of capture ("until his capture") or people as the subject of its passive, a count of them or a noun
    of people in its last few words ("thirty of the gunmen have been captured", "the soldier was captured"; not
    "it was captured", "two towns were captured"): the offset their words start at, or None."""
    owner = OWNER_BEFORE.search(sentence, max(0, at - OWNER_REACH), at)
    if owner is not None and OF_AFTER.match(sentence, at) is None:
        return owner.start()
    reduced = _reduced_relative(sentence, at)
    if reduced is not None:
        return reduced
    passive = passive_aux(sentence, 0, at)
    if passive is None:
        return None
    words = list(SUBJECT_WORD.finditer(sentence, max(0, passive.start() - AFTER_REACH), passive.start()))[-TAKEN_REACH:]
    return _subject_people(sentence, words, passive.start()) if words else None


def _reduced_relative(sentence: str, at: int) -> int | None:
    """Where a noun of people stands right before a word of capture (at `at`) that a preposition follows, a passive
    with its auxiliary left out ("peacekeepers captured near the border", "soldiers seized in an ambush"), or
    "others" right before one that ends its clause ("three were killed and five others captured."): the people were
    taken; None otherwise ("soldiers captured the town")."""
    noun = LAST_WORD.search(sentence, max(0, at - NOUN_REACH), at)
    word = TRIGGER_WORD.match(sentence, at)
    if noun is None or word is None:
        return None
    told = PREPOSITION_AFTER.match(sentence, word.end()) is not None
    if noun.group(1).lower() in _people_nouns():
        return noun.start(1) if told else None
    # "... nine died and four others captured.": the rest of a count of people, its clause ending with the word
    others = noun.group(1).lower() == OTHERS and (told or CLAUSE_ENDS.match(sentence, word.end()) is not None)
    return noun.start(1) if others else None


def _subject_people(sentence: str, words: list[re.Match], end: int) -> int | None:
    """Where the people a passive's subject (its last `words`, up to `end`) names start: its head, the last word, a
    noun of people ("the soldier"), or a count of people before a head that is no name ("thirty of the gunmen",
    "30"); None when a noun of places is among the words ("an army base housing 200 soldiers": the base was taken)
    or the people are told before a subject of its own ("residents say Kidal was captured")."""
    if any(w.group().lower() in table_lines("place_nouns.txt") for w in words):
        return None
    nouns = _people_nouns()
    counts = [w.start() for w in words if counts_people_at(" " + sentence[w.start():end], 0)]
    head = words[-1].group()
    if head.lower() in nouns:
        return counts[0] if counts else words[-1].start()
    return counts[0] if counts and not head[0].isupper() else None


@cache
def _captive_object() -> re.Pattern:
    """A determiner or none and up to two words, then a noun of people taken or of civilians ("seize a French
    tourist", "frees Reuters journalist X", "take back captured fighters"; no preposition among the words: "seized by
    rebel fighters" names the takers), right after a word of capture, not the
    owner of a place ("the peacekeepers' base", "the soldiers camp"); or a
    pronoun of people ("capturing him"; "her" only before a pause or a preposition: "captured her hometown" took a
    town)."""
    return re.compile(r"\s+(?:(?:(?:the|its|their|his|her|a|an)\s+)?(?:(?!" + NOT_OBJECT + r"\b)[\w'’-]+\s+){0,2}?"
                      + alternation(table_lines("captive_nouns.txt") + table_lines("civilian_nouns.txt"))
                      + r"(?!['’]|\s+" + alternation(table_lines("place_nouns.txt")) + r")"
                      + r"|(?:him|them)\b|her(?=\s*(?:[,.;:]|$)|\s+" + NOT_OBJECT + r"\b))", re.I)


def _civilians_taken(sentence: str, end: int) -> bool:
    """Whether the people counted right after a word of capture (`end`: where it ends) are civilians, by a
    noun of the first few words (`civilian_nouns.txt`, `unarmed_victims.txt`): "captured up to 3,000 fleeing
    villagers" is an abduction, "seized 12 rebels" none."""
    nouns = {*table_lines("civilian_nouns.txt"), *table_lines("unarmed_victims.txt")}
    words = NUMBER_OR_WORD.findall(sentence, end, min(len(sentence), end + AFTER_REACH))
    return any(w.lower() in nouns for w in words[:TAKEN_REACH])


def to_secure(sentence: str, end: int) -> bool:
    """Whether the words right after a move (`end`: where its trigger ends) say it was made to secure or hold
    the place (`securing_cues.txt`): a deployment ("entered Kidal to secure the town"), not a place taken."""
    after = " ".join(WORDS.findall(sentence, end, pause_after(sentence, end, min(len(sentence), end + AFTER_REACH))))
    return list_pattern("securing_cues.txt").match(after) is not None


def peaceful(sentence: str, at: int, trigger: Trigger) -> bool:
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


def untaken(trigger: Trigger, clause: Clause) -> Trigger:
    """A change of hands the typer read where no word of taking stands in the clause (no rule trigger of one:
    "the group's fighters kill a colonel at the edge of the city") is the fight its words tell
    (ACLED: Battles / Armed clash; who was fought decides later whether it was an attack)."""
    if trigger.sub_event_type not in TERRITORY_CHANGES or any(_changes_hands(t) for t in clause.triggers):
        return trigger
    return replace(trigger, event_type="Battles", sub_event_type=ARMED_CLASH)


def _changes_hands(trigger: Trigger) -> bool:
    return trigger.sub_event_type.startswith(TERRITORY) or trigger.sub_event_type in TERRITORY_CHANGES


def taken_quietly(trigger: Trigger, clause: Clause) -> Trigger:
    """A building or an installation taken over (`occupied_sites.txt`: "take control of the naval base",
    "regained control of the city hall"), its sentence telling no fight, attack or death, changed hands without
    violence (ACLED: Strategic developments / Non-violent transfer of territory). A town so taken is not, nor one
    taken with the site (`TOWN_LISTED`: "captured Sirte and the airbase"): a headline names a town's taking without the
    fighting it took."""
    if not _changes_hands(trigger):
        return trigger
    text, end = clause.text, trigger.end
    site_end = object_end(text, end, pause_after(text, end, min(clause.end, end + AFTER_REACH)))
    sentence = clause.sentence.text
    if list_pattern("occupied_sites.txt").search(text, end, site_end) is None or TOWN_LISTED.match(text, end) \
            or FIGHTING.search(sentence) \
            or ATTACKING.search(sentence) or DEATH_TOLD.search(sentence) or _stormed_by_group(trigger, clause, site_end):
        return trigger
    return replace(trigger, event_type=STRATEGIC, sub_event_type=NON_VIOLENT_TRANSFER)


def _stormed_by_group(trigger: Trigger, clause: Clause, site_end: int) -> bool:
    """Whether no state force took the site (named up to `site_end`) and the sentence says it was taken by force
    (`TAKING_BY_FORCE`: "rebels capture an army base", "a barracks is overrun"), or an armed group named by its
    name takes a military site (`MILITARY_SITE`: "Ansar al-Sharia takes control of an army base"): the state's
    forces held it, and a headline names its taking without the fight, as a stronghold's. A state's forces may
    take one unopposed ("Russian forces overrun the navy headquarters"), and so may unnamed armed men ("a dozen
    armed men take control of an air base")."""
    subject = _subject(clause, trigger)
    if any(a.kind == STATE for a in subject):
        return False
    held = MILITARY_SITE.search(clause.text, trigger.end, site_end) is not None \
        and any(a.kind == ARMED and a.name != UNIDENTIFIED_GROUP for a in subject)
    return held or TAKING_BY_FORCE.search(clause.sentence.text) is not None


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
