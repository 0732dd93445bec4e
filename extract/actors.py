"""Finding who acted in a sentence: named groups from a table, and nationality + force noun."""
from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

import ahocorasick_rs

from . import tables
from .gazetteer import countries, demonyms
from .names import fold
from .pauses import passive_aux
from .phrases import (PhraseList, after_last, alternation, by_first_character, indexed_matches, list_pattern,
                      literal_alternatives, phrase_index, phrase_list, row_of, table_lines)
from .vocabulary import EXCESSIVE_FORCE

SIDING = re.compile(r"\b(?:pro|anti)-$", re.I)  # before a nationality: a side taken, not a state's forces
GOVERNMENT = "GOVERNMENT"  # the table's stand-in for "the forces of the article's country"
POLICE = "POLICE"          # and for "the police of the article's country"
# the table's stand-ins for a kind of state force of the article's country, as ACLED names it
STAND_INS = {GOVERNMENT: "Military Forces", POLICE: "Police Forces"}
# "the police station", "police headquarters": a building that may be anyone's (fighters hid in one), not the force
POLICE_BUILDING = re.compile(r"[\s-]+(?:stations?|posts?|buildings?|headquarters|academy|compound|barracks)\b", re.I)
STATE, ARMED, CIVILIAN = "state", "armed", "civilian"
# ACLED names these kinds of actor by the country where the event happened.
# ACLED names these kinds of actor by their country; "Opposition Rebels (Syria)" are the Syrian rebels no
# group name is given for
COUNTRY_NAMED = frozenset({"Unidentified Armed Group", "Civilians", "Protesters", "Rioters", "Opposition Rebels"})
ETHNIC_MILITIA = "Ethnic Militia"  # ACLED's name of a people's armed men, the people before it, the country after
CROWDS = {"Protests": "Protesters", "Riots": "Rioters"}  # the side of a protest or riot that nobody names
# "Burundi's army", "Syrian government warplanes" too
# (not "-backed": "U.S.-backed Iraqi forces" are Iraq's, and "U.S.-backed forces" are no state's)
MAX_COUNTRY_WORDS = 3  # words of the longest country name read as a nationality ("Central African Republic")
NATIONALITY_GAP = re.compile(r"^\s*(?:(?:,|and|-led|['’]s|government|regime)\s*)*$")
# a model between a nationality and a force noun: "U.S. B-2 bombers", "Russian Su-24 jets", "an MQ-9 drone"
MODEL = re.compile(r"\s*[A-Z][A-Za-z]{0,2}-?\d{1,3}[A-Z]?\s*$")
# a nationality word: a capitalised word ("Malian", "Saudi-Led") or an abbreviation ("U.S.", "US")
NATIONALITY_WORD = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b|\b(?:[A-Z]\.){2,}|\b[A-Z]{2,3}\b")
# between a description and the named group it is: "fighters of the MNLA", "militants believed to be
# from al-Shabaab", "gunmen loyal to ..."
OF_GAP = re.compile(r"\s+(?:of|from|belonging to|loyal to|linked to|(?:believed|thought|suspected|said) to be "
                    r"(?:from|of|with))\s+(?:the\s+)?")
# words in capitals next to an acronym that is also a word: a headline in capitals, where "IS" is the verb
CAPITALS_BEFORE = re.compile(r"\b[A-Z]{2,}\s+$")
CAPITALS_AFTER = re.compile(r"\s+[A-Z]{2,}\b")
OWN_PRONOUN = re.compile(r"\b(?:its|their)\s+$", re.I)
# an actor inside an apposition that describes a place or person: "Kidal, the home ground of Ansar Dine's
# leader", "Abou Zeid, one of the leaders of AQIM": a description, not a side
DESCRIBED_BY_CLAUSE = re.compile(r",\s+(?:who|whom|which)\b[^,;.]*$", re.I)  # a relative clause set off by a comma
# a charge laid on the people named before it, that a state's force stands in ("three tribesmen accused of cooperating
# with the army", "a man suspected of spying for the police"): the force is not a side of the deed
DESCRIBED_BY_CHARGE = re.compile(r"\b(?:accused|suspected|convicted)\s+of\s+[^,;.]*$", re.I)
DESCRIBED = re.compile(r"[\w'’)-],\s+(?:the|a|an|one of the)\s+(?:[\w'’-]+\s+){0,3}of\s+(?:the\s+|an?\s+)?$", re.I)
# a deed of force right before "by", whose agent the country after it is: "a drone strike by", "killed by"; not
# "backed by", "donated by", "imposed by"
VIOLENCE_BEFORE_BY = re.compile(r"\b(?:strikes?|airstrikes?|air\s+raids?|raids?|bombings?|bombardment|shelling|"
                                r"attacks?|offensive|incursion|invasion|killed|struck|hit|bombed|shelled|shot|downed|"
                                r"attacked|targeted|invaded)\s+$", re.I)
AGENT_REACH = 20  # characters before "by" in which that deed stands
LINKED = re.compile(r"[-‐](?:linked|affiliated|allied|aligned|inspired|backed)\b", re.I)  # after a group's name
MILITARY_FORCES = "Military Forces"  # force_nouns.csv's kind of a state's armed forces
GOVERNMENT_FORCES = "Government"  # force_nouns.csv's kind of a government or its head ("the Malian president")
FORCE_AFTER = re.compile(r"(?:['’]s)?\s+")  # between a government and a force noun that it qualifies
FORCE_WORDS = 2  # words that may stand between a nationality and its force noun ("Chad sends fighter jets")
SPACE, NON_SPACE = re.compile(r"\s+"), re.compile(r"\S*")
FORCES_GAP = re.compile(r"(?:-led)?\s+")  # between a country's name and its forces' noun: "US-led coalition"
FORMER = re.compile(r"\b(?:former|retired|ex-)\s*$", re.I)  # before a force noun: who has left the force or office
FORMER_REACH = 8  # characters before a force noun searched for FORMER
UNIDENTIFIED = "Unidentified"  # the start of ACLED's names for actors a report does not name
UNIDENTIFIED_GROUP = "Unidentified Armed Group"


def state_of(name: str) -> str | None:
    """The country whose forces or government an ACLED actor name is ("Military Forces of Mali" -> "Mali",
    "Government of Niger" -> "Niger"); None for any other name, "Unidentified Military Forces" too."""
    match = _state_force_name().match(name)
    return match["country"] if match else None


@cache
def _state_force_name() -> re.Pattern:
    kinds = "|".join(map(re.escape, (*STAND_INS.values(), GOVERNMENT_FORCES)))
    return re.compile(rf"^(?:{kinds}) of (?P<country>.+)$")


def names_state_force(name: str) -> bool:
    """Whether an ACLED actor name is a state's forces or government ("Military Forces of Mali", "Police Forces of
    Chad", "Government of Niger"; force_nouns.csv's kinds), its state told or not ("Unidentified Military Forces": jets
    nobody named)."""
    return name.removeprefix(UNIDENTIFIED + " ").startswith((*STAND_INS.values(), GOVERNMENT_FORCES))


@dataclass(frozen=True)
class Actor:
    """An actor mention: ACLED-style name, kind (state/armed/civilian), offsets, specificity; `generic`: a
    common noun ("the troops", "gunmen") that the article may name elsewhere (`attribution.py`)."""

    name: str
    kind: str
    start: int
    end: int
    specific: bool
    generic: bool = False


@cache
def _force_nouns() -> tuple[PhraseList, dict[str, str]]:
    """One pattern over every force noun, and each noun's kind of force (`force_nouns.csv`)."""
    kinds = {noun.lower(): row["forces"] for row in tables.rows("force_nouns.csv") for noun in row["noun"].split("|")}
    return phrase_list(list(kinds)), kinds


def names_military(text: str, at: int) -> bool:
    """Whether a noun of military forces follows the nationality or country word that ends at `at`, at most
    FORCE_WORDS words on ("Chadian fighter jets", "French jets", "Chad sends jets"): the word names
    a state's armed forces, which act abroad as often as at home (its police act at home)."""
    nouns, kinds = _force_nouns()
    cursor = at
    for _ in range(FORCE_WORDS + 1):
        space = SPACE.match(text, cursor)
        if space is None:
            return False
        noun = nouns.match(text, space.end())
        if noun:
            return kinds[tables.lookup_key(noun.group())] == MILITARY_FORCES
        cursor = NON_SPACE.match(text, space.end()).end()
    return False


def _outside_force(text: str, at: int) -> bool:
    """Whether the force noun ending at `at` only says what someone outside the force criticises or studies: "an
    outspoken police critic", "a military analyst" (`outside_force.txt`)."""
    gap = FORCE_AFTER.match(text, at)
    return gap is not None and list_pattern("outside_force.txt").match(text, gap.end()) is not None


def names_armed_force(text: str, start: int, end: int) -> bool:
    """Whether a noun of military or police forces (`force_nouns.csv`) stands in text[start:end] ("Syrian troops",
    "the police"); a government or its head is the state, no force."""
    nouns, kinds = _force_nouns()
    return any(kinds[tables.lookup_key(noun.group())] != GOVERNMENT_FORCES for noun in nouns.finditer(text, start, end))


def forces_follow(text: str, at: int) -> bool:
    """Whether a noun of military forces stands right after the word ending at `at` ("US drone strike", "the
    Pakistan Army", "U.S.-led coalition"): the word is the forces' nationality, an attribute of an actor."""
    nouns, kinds = _force_nouns()
    gap = FORCES_GAP.match(text, at)
    noun = nouns.match(text, gap.end()) if gap else None
    return noun is not None and kinds[tables.lookup_key(noun.group())] == MILITARY_FORCES


@cache
def civilian_nouns() -> frozenset[str]:
    """The nouns for civilians a nationality may qualify (`civilian_nouns.txt`), one or two words."""
    return frozenset(" ".join(w.lower().split()) for w in tables.lines("civilian_nouns.txt"))


def names_civilians(text: str, at: int) -> bool:
    """Whether a noun for civilians follows the nationality word ending at `at` ("an American journalist",
    "two French aid workers")."""
    following = [w.strip(",.;").lower() for w in text[at:at + 30].split()[:2]]
    return bool(following) and (following[0] in civilian_nouns() or " ".join(following) in civilian_nouns())


@cache
def _acronyms() -> tuple[re.Pattern, dict[str, dict[str, str]]]:
    """One case-sensitive pattern over the acronyms that are also words (`actor_acronyms.csv`), and their rows."""
    rows = {row["acronym"]: row for row in tables.rows("actor_acronyms.csv")}
    return re.compile(r"\b(?:" + "|".join(by_first_character(list(map(re.escape, rows)))) + r")\b(?![-'’]\w)"), rows


def _acronym_actors(text: str, start: int, end: int) -> list[Actor]:
    """Groups named by an acronym that is also a word, written in capitals ("IS claims the attack")."""
    pattern, rows = _acronyms()
    return [Actor(rows[m.group()]["actor"], rows[m.group()]["kind"], m.start(), m.end(), True)
            for m in pattern.finditer(text, start, end) if not _shouted(text, m)]


def _shouted(text: str, match: re.Match) -> bool:
    """Whether the acronym stands among words in capitals ("A SOLDIER IS KILLED"): there it is the word."""
    return bool(CAPITALS_BEFORE.search(text, max(0, match.start() - 20), match.start())
                or CAPITALS_AFTER.match(text, match.end()))


class ActorFinder:
    """Finds actors; nationality words come from the demonym and country tables."""

    def __init__(self) -> None:
        self.demonyms = demonyms()
        self.countries = countries()
        self._country_codes = {fold(name): code for code, (name, _iso3) in self.countries.items()}
        names = literal_alternatives(n for n, _ in self.countries.values())
        self._subject_re = re.compile(rf"(?:The\s+)?({names})\b(?!['’]s)")
        # not a country's name that opens a longer one: "the government of Niger State", "forces of the Sudan
        # People's Liberation Army"
        self._of_country_re = re.compile(rf"\s+of\s+(?:the\s+)?({names})\b(?![\w'’-]|\s+[A-Z])")
        # the agent of a passive or of a deed's noun: "an air raid by France" (its forces)
        self._by_country_re = re.compile(rf"\bby\s+(?:the\s+)?({names})\b(?![\w'’-]|\s+[A-Z])")
        # per thread (a dashboard may share one finder between sessions): the article whose actors are kept
        # by (start, end, home)
        self._memo = threading.local()

    def find(self, text: str, start: int, end: int, home: str | None) -> list[Actor]:
        """Actors in text[start:end]; `home` is the article's country, for "the army". The last article's
        are kept: the event step and the attribution step read the same sentences."""
        memo = self._memo
        if getattr(memo, "text", None) is not text:
            memo.text, memo.found = text, {}
        key = (start, end, home)
        if key not in memo.found:
            memo.found[key] = self._find(text, start, end, home)
        return list(memo.found[key])

    def _find(self, text: str, start: int, end: int, home: str | None) -> list[Actor]:
        forces = self._national_forces(text, start, end)
        taken = [(a.start, a.end) for a in forces]
        named = [a for a in self._table_actors(text, start, end, home) + _acronym_actors(text, start, end)
                 if not any(s <= a.start < e for s, e in taken)]
        # a country that names a force's country ("Kenya Police arrest ...") is that force, not its army besides
        countries = [c for c in self._country_subject(text, start, end) + self._country_agents(text, start, end)
                     if not any(f.start <= c.start and c.end <= f.end for f in forces)]
        return _without_generic_heads(text, sorted(countries + forces + named, key=lambda a: a.start))

    def named_groups(self, text: str, start: int, end: int) -> list[Actor]:
        """The named armed groups of text[start:end] (the table's and the acronyms'), nothing else."""
        return [a for a in self._table_actors(text, start, end, None) + _acronym_actors(text, start, end)
                if a.kind == ARMED and a.specific]

    def _country_subject(self, text: str, start: int, end: int) -> list[Actor]:
        """'France, once the colonial power, unleashed ...': a country opening the sentence or a clause (after the
        clause's leading spaces: "In response to rockets, Israel strikes Gaza") acts through its forces."""
        while start < end and text[start].isspace():
            start += 1
        match = self._subject_re.match(text, start, end)
        code = self._country_codes.get(fold(match.group(1))) if match else None
        return [Actor(self.military_of(code), STATE, match.start(1), match.end(1), True)] if code else []

    def _table_actors(self, text: str, start: int, end: int, home: str | None) -> list[Actor]:
        rows = tables.rows("actors.csv")
        found = []
        for match in indexed_matches(phrase_index("actors.csv", "pattern"), text, start, end,
                                     tuple(tables.lines("name_suffixes.txt"))):
            row = row_of(match, rows)
            name, kind = row["actor"], row["kind"]
            if kind == STATE and (FORMER.search(text, max(start, match.start() - FORMER_REACH), match.start())
                                  or _outside_force(text, match.end())):
                continue  # "three former soldiers", "a retired police officer": no longer the state's; nor a critic
            if name in STAND_INS:
                if not home or (name == POLICE and POLICE_BUILDING.match(text, match.end())):
                    continue
                name = self.forces_of(home, STAND_INS[name])
            found.append(Actor(name, kind, match.start(), match.end(),
                               kind != CIVILIAN and not name.startswith(UNIDENTIFIED),
                               generic=row["actor"] in STAND_INS or name.startswith(UNIDENTIFIED)))
        return found

    def _national_forces(self, text: str, start: int, end: int) -> list[Actor]:
        """'French and Malian forces', 'Burundi's police', 'the government of Mali' -> one actor per
        nationality, spanning the phrase, named as ACLED names that kind of force (`force_nouns.csv`)."""
        found = []
        pattern, kinds = _force_nouns()
        for noun in pattern.finditer(text, start, end):  # a short table: one scan in C beats a word loop
            forces = kinds[tables.lookup_key(noun.group())]
            gap = FORCE_AFTER.match(text, noun.end())
            if forces == GOVERNMENT_FORCES and gap and pattern.match(text, gap.end()) \
                    or FORMER.search(text, max(start, noun.start() - FORMER_REACH), noun.start()) \
                    or _outside_force(text, noun.end()):
                # "Malian government troops": the troops are the actor, the government qualifies them;
                # "former soldiers", "the former president of Pakistan" are no longer the state's;
                # "a police critic" is someone outside the force (`outside_force.txt`)
                continue
            codes, first = self._nationalities_before(text, start, noun.start())
            after = self._country_after(text, noun.end(), end) if not codes else None
            codes, last = ([after[0]], after[1]) if after else (codes, noun.end())
            found.extend(Actor(self.forces_of(c, forces), STATE, first, last, True) for c in codes)
        return found

    def _country_agents(self, text: str, start: int, end: int) -> list[Actor]:
        """A country named after "by" right after a deed of force acts through its forces ("killed in an air raid by
        France"); after any other word it is no side ("aid donated by Japan", "rebels backed by Russia")."""
        if text.find(" by ", start, end) < 0:  # the names' pattern is long: only where an agent may stand
            return []
        return [Actor(self.military_of(code), STATE, m.start(1), m.end(1), True)
                for m in self._by_country_re.finditer(text, start, end)
                if (code := self._country_codes.get(fold(m.group(1))))
                and VIOLENCE_BEFORE_BY.search(text, max(start, m.start() - AGENT_REACH), m.start())]

    def _country_after(self, text: str, at: int, end: int) -> tuple[str, int] | None:
        """The country named by "of" right after a force noun ("the government of Mali"): its code and end."""
        match = self._of_country_re.match(text, at, end)
        code = self._country_codes.get(fold(match.group(1))) if match else None
        return (code, match.end()) if code else None

    def _nationalities_before(self, text: str, floor: int, at: int) -> tuple[list[str], int]:
        at = _before_modifiers(text, floor, at)  # "U.S. B-2 stealth bombers": the nationality before the model
        codes, cursor, first = [], at, at
        words = [m for m in NATIONALITY_WORD.finditer(text, max(floor, at - 60), at)]
        for index in range(len(words) - 1, -1, -1):
            word = words[index]
            if word.end() > cursor:
                continue  # an earlier word of a country's name read with the word after it
            begin, code = self._country_name_ending(text, words, index)  # "United States", "South Sudan" first
            if not code:
                key = fold(word.group().removesuffix("-led"))
                code = self.demonyms.get(key) or self._country_codes.get(key)  # "Afghan", or "Pakistan" (Air Force)
            sided = SIDING.search(text, max(0, begin - 5), begin)  # "pro-Russian fighters" side
            if not code or not NATIONALITY_GAP.match(text[word.end():cursor]) or sided:  # with it: not its forces
                break
            codes.insert(0, code)
            cursor = first = begin
        return list(dict.fromkeys(codes)), first

    def _country_name_ending(self, text: str, words: list[re.Match], index: int) -> tuple[int, str | None]:
        """A country's name or nationality of two or three words that ends with words[index] ("United States",
        "Central African Republic", "Saudi Arabian"): where it starts and its code; else words[index]'s start and
        None."""
        for first in range(index - 1, max(-1, index - MAX_COUNTRY_WORDS), -1):
            span = text[words[first].start():words[index].end()]
            key = fold(" ".join(span.split()))
            code = self._country_codes.get(key) or self.demonyms.get(key)  # "Saudi Arabian" as "Saudi"
            if code:
                return words[first].start(), code
        return words[index].start(), None

    def military_of(self, code: str) -> str:
        """ACLED's name of a country's armed forces."""
        return self.forces_of(code, "Military Forces")

    def forces_of(self, code: str, forces: str) -> str:
        """ACLED's name of a kind of state force of a country ("Police Forces of Burundi")."""
        return state_forces(forces, acled_country(code))


def _before_modifiers(text: str, floor: int, at: int) -> int:
    """Where the words that qualify a force noun start ("stealth", "cruise", a model such as "B-2";
    `force_modifiers.txt`): the nationality stands before them."""
    while True:
        head = text[max(floor, at - 30):at]
        model = MODEL.search(head)
        word = re.search(r"(\S+)\s+$", head)
        if model:
            at -= len(head) - model.start()
        elif word and word.group(1).lower() in _force_modifiers():
            at -= len(head) - word.start()
        else:
            return at


@cache
def _force_modifiers() -> frozenset[str]:
    """Lowercase words that may stand between a nationality and a force noun (`force_modifiers.txt`)."""
    return frozenset(tables.lines("force_modifiers.txt"))


@dataclass
class ArticleSides:
    """The sides an article has named so far, for the events whose own sentence names one side only
    ("French jets bombed Gao. Further raids hit Kidal."): as a coder reads the whole article, an air
    strike with no named attacker is the article's air force's, and a clash or strike with no named
    target is against the side the article opposes to the attacker."""

    mentions: Counter = field(default_factory=Counter)   # actor name -> mentions in event sentences
    actors: dict[str, Actor] = field(default_factory=dict)
    strikers: Counter = field(default_factory=Counter)   # state actors that carried out air strikes

    def note(self, actors: list[Actor], striker: Actor | None) -> None:
        """Count the actors of an event sentence, and the state actor of its air strike if any."""
        for actor in actors:
            self.mentions[actor.name] += 1
            self.actors.setdefault(actor.name, actor)
        if striker is not None and striker.kind == STATE:
            self.strikers[striker.name] += 1
            self.actors.setdefault(striker.name, striker)

    def striker(self) -> Actor | None:
        """The state actor behind most of the article's air strikes so far."""
        return self.actors[self.strikers.most_common(1)[0][0]] if self.strikers else None

    def opponent(self, actor: Actor) -> Actor | None:
        """The most mentioned actor of the other camp (armed against state, state against armed); against a
        state, an unnamed armed group: which named group it was, if any, the whole article tells
        (`attribution.py`), not how often a group is mentioned."""
        other = ARMED if actor.kind == STATE else STATE if actor.kind == ARMED else None
        ranked = [a for a in self.actors.values() if a.kind == other and a.name != actor.name]
        best = max(ranked, key=lambda a: (self.mentions[a.name], a.specific), default=None)
        if best is not None and best.kind == ARMED and best.specific:
            return Actor(UNIDENTIFIED_GROUP, ARMED, best.start, best.end, False, generic=True)
        return best


@dataclass(frozen=True)
class GroupMention:
    """A named group or movement in the text whose countries are known (`actors.csv`, `movements.csv`)."""

    start: int
    end: int
    countries: tuple[str, ...]


GROUP_TABLES = ("actors.csv", "movements.csv", "ethnic_groups.csv")


@lru_cache(maxsize=4)
def group_mentions(text: str) -> tuple[GroupMention, ...]:
    """Every mention in `text` of a group or movement with known countries, by start, the longest where
    several overlap. Kept for the last few texts: the place finder and the resolver both ask for the same
    article's (a str caches its hash). One automaton over the folded text: a word-by-word scan of the phrase
    tables cost 6% of the pipeline."""
    automaton, countries, acronyms = _group_automaton()
    folded = fold(text)
    hits = sorted(((s, e, i) for i, s, e in automaton.find_matches_as_indexes(folded, overlapping=True)
                   if _whole_words(folded, s, e)), key=lambda hit: (hit[0], -hit[1]))
    found, cursor = [], 0
    for start, end, index in hits:
        if start >= cursor and (text[start:end].isupper() or not acronyms[index]):  # "OLA", not "Ola"
            # "Boko Haram-linked fighters" in Cameroon: a local group tied to it, of no country the table knows
            tied = LINKED.match(text, end) is not None
            found.append(GroupMention(start, end, () if tied else countries[index]))
            cursor = end
    return tuple(found)


def _whole_words(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


@cache
def _group_automaton() -> tuple[ahocorasick_rs.AhoCorasick, list[tuple[str, ...]], list[bool]]:
    """An automaton over the folded names of the groups and movements with countries (GROUP_TABLES), each
    name's countries, and whether it is an acronym (counted only in capitals)."""
    names: dict[str, tuple[tuple[str, ...], bool]] = {}
    for table in GROUP_TABLES:
        for row in tables.rows(table):
            if row["countries"].split():
                for name in row["pattern"].split("|"):
                    names.setdefault(fold(name.strip()), (tuple(row["countries"].split()), name.strip().isupper()))
    return (ahocorasick_rs.AhoCorasick(list(names)), [c for c, _ in names.values()],
            [acronym for _, acronym in names.values()])


def described(text: str, actor: Actor) -> bool:
    """Whether the actor is named inside an apposition that describes a place or a person (`DESCRIBED`), in a
    relative clause that does (`DESCRIBED_BY_CLAUSE`: "the chairman of the council, who opposed al-Shabaab"), or in
    a charge laid on them, a state's force (`DESCRIBED_BY_CHARGE`: "accused of cooperating with the army"; not "on
    suspicion of recruiting militants", the group the arrested are taken for)."""
    return DESCRIBED.search(text, max(0, actor.start - 60), actor.start) is not None \
        or DESCRIBED_BY_CLAUSE.search(text, max(0, actor.start - 80), actor.start) is not None \
        or actor.kind == STATE and DESCRIBED_BY_CHARGE.search(text, max(0, actor.start - 60), actor.start) is not None


@cache
def _name_gap() -> re.Pattern:
    """What may join a group's name to a generic noun that is that group: "Hamas's fighters", "Boko
    Haram-linked gunmen" (name_suffixes.txt)."""
    suffixes = "|".join(map(re.escape, tables.lines("name_suffixes.txt")))
    return re.compile(rf"(?:['’]s?|{suffixes})?\s+")


def _without_generic_heads(text: str, actors: list[Actor]) -> list[Actor]:
    """'Hamas's fighters', 'ISIL militants': a generic noun right after a group's name is that group, not
    another; 'Tuareg rebels of the MNLA', 'fighters of Ansar Dine': a description before "of" and a named
    group is that group; so are 'its fighters' after it."""
    kept: list[Actor] = []
    for actor in actors:
        if kept and not actor.specific and actor.kind == ARMED and kept[-1].specific \
                and (_name_gap().fullmatch(text[kept[-1].end:actor.start])
                     or OWN_PRONOUN.search(text, max(0, actor.start - 8), actor.start)):
            continue  # "... said its fighters": the group's own
        if kept and actor.specific and actor.kind == ARMED == kept[-1].kind and actor.name != kept[-1].name \
                and OF_GAP.fullmatch(text[kept[-1].end:actor.start]):
            kept.pop()
        kept.append(actor)
    return kept


def acled_names(event_type: str, sub_event_type: str, actor1: Actor | None, actor2: Actor | None,
                country: str, people_hit: bool = False) -> tuple[str, str]:
    """The event's actor names as ACLED writes them: a crowd, civilians and unidentified armed men
    carry the event's country ("Protesters (Ukraine)", "Civilians (Mali)", "Unidentified Armed Group
    (Iraq)"); a protest or riot with no named side is the country's protesters or rioters, a
    one-sided attack with no named attacker an unidentified group's, and violence against civilians
    with no named victim is against civilians (`unnamed_actors.csv`), and so is a strike or a bomb that hit people of
    no side (`people_hit`: "a car bomb killed nine people"); "the police", "the army" are the forces of the country
    where the event happened (`_event_forces`)."""
    unnamed = _unnamed().get(sub_event_type, {})
    if event_type in CROWDS and sub_event_type != EXCESSIVE_FORCE and actor1 is not None and actor1.kind == ARMED:
        # an armed group is never the side of a crowd's event: "protesters in Abuja demand the rescue of girls
        # Boko Haram abducted" is the protesters' (ACLED: a protest's or riot's first side is the crowd)
        actor1, actor2 = None, actor2 if actor2 is not None and actor2.kind == STATE else None
    first = _event_forces(actor1, country) if actor1 else \
        _stand_in(unnamed.get("actor1") or CROWDS.get(event_type, ""), country)
    second = _event_forces(actor2, country) if actor2 else \
        unnamed.get("actor2") or people_hit and unnamed.get("against_people") \
        or _unnamed_opponent(unnamed, actor1, first, country)
    first, second = _in_country(first, country), _in_country(second, country)
    return first, "" if second == first else second


def _event_forces(actor: Actor, country: str) -> str:
    """The actor's name, a state force named by no nationality ("the police", "the army", read as the article's
    country's) as the forces of the country where the event happened, where that is known: a headline's country
    is its place's ("police in the Malian town of Sikasso"), not the country it mentions most."""
    if not (actor.generic and actor.kind == STATE and country):
        return actor.name
    return state_forces(actor.name.partition(" of ")[0], country)


def _unnamed_opponent(unnamed: dict[str, str], actor1: Actor | None, first: str, country: str) -> str:
    """The side a state's forces or an armed group acted on when nobody names it (`unnamed_actors.csv`):
    "troops retook the town" was retaken from unidentified armed men; "insurgents seized the town" took
    it from the country's forces."""
    kind = actor1.kind if actor1 else ARMED if first.startswith(UNIDENTIFIED_GROUP) else ""
    return _stand_in(unnamed.get({STATE: "against_state", ARMED: "against_armed"}.get(kind, ""), ""), country)


def _stand_in(name: str, country: str) -> str:
    """A name of `unnamed_actors.csv`, with its stand-ins (GOVERNMENT, POLICE) as the country's forces of that
    kind ("the town was retaken" by the Military Forces of the event's country); none without a country."""
    if name not in STAND_INS:
        return name
    return state_forces(STAND_INS[name], country) if country else ""


def state_forces(forces: str, country: str) -> str:
    """ACLED's name of a kind of state force of a country named as ACLED writes it."""
    return f"{forces} of {country}"


def acled_country(code: str) -> str:
    """A country's name as ACLED writes it in actor names (`acled_countries.csv`, else GeoNames')."""
    return _acled_countries().get(code) or countries().get(code, (code, ""))[0]


@cache
def _acled_countries() -> dict[str, str]:
    return {row["iso2"]: row["name"] for row in tables.rows("acled_countries.csv")}


@cache
def _unnamed() -> dict[str, dict[str, str]]:
    return {row["sub_event_type"]: row for row in tables.rows("unnamed_actors.csv")}


def _in_country(name: str, country: str) -> str:
    """The ACLED name of an actor, with the country where ACLED names a kind of actor by it."""
    return f"{name} ({country})" if (name in COUNTRY_NAMED or name.endswith(ETHNIC_MILITIA)) and country else name


def ethnic_militia(text: str, start: int, at: int, end: int, country: str) -> str | None:
    """ACLED's name of the people's militia that did the violence whose word is at `at`, in the clause
    text[start:end]: a people (`ethnic_groups.csv`) and a noun for its armed men (`militia_nouns.txt`) as the subject
    before it ("Fulani herdsmen attacked two villages"; after a speaker's verb: "herders said gunmen attacked" is the
    gunmen's; not after a preposition, "clashes with Dinka youths"), or as the agent right after it ("were attacked
    by Murle raiders"). A passive's subject was hit, not the doer ("Hema men were killed by Lendu militia"). None
    when neither is told."""
    agent = _BY_AGENT.match(text, at, end)
    if agent or _passive(text, start, at):
        found = _militia_at(text, agent.end(), end) if agent else None
    else:
        said = after_last("reporting_verbs.txt", text, start, at)
        found = next((m for m in _militia_pattern().finditer(text, said, at) if _doer(text, start, m)), None)
    return _militia_name(found.group("people"), country) if found else None


def names_militia(text: str) -> bool:
    """Whether the text names a people's armed men ("Dinka youths", "Fulani herdsmen")."""
    return _militia_pattern().search(text) is not None


def ethnic_opponent(text: str, start: int, at: int, end: int, country: str, first: str) -> str | None:
    """ACLED's name of a people's militia named in the clause text[start:end] other than the first side `first`
    ("soldiers clashed with Fulani fighters", "Tiv and Jukun youths clashed"): the other side of a fight nobody else is
    named for; not the subject of a passive violent word at `at` (it was hit)."""
    named = (m for m in _militia_pattern().finditer(text, at if _passive(text, start, at) else start, end)
             if not _MILITIA_OF_OTHERS.match(text, m.end()))
    names = (_militia_name(m.group(group), country) for m in named for group in ("people", "other") if m.group(group))
    return next((name for name in names if name != first), None)


def _passive(text: str, start: int, at: int) -> bool:
    """Whether the violent word at `at` is a passive's ("were reportedly killed"): its subject was hit."""
    return passive_aux(text, start, at) is not None


def _militia_at(text: str, start: int, end: int) -> re.Match | None:
    match = _militia_pattern().match(text, start, end)
    return match if match and _doer(text, start, match) else None


def _doer(text: str, start: int, match: re.Match) -> bool:
    """Whether a people's men named at `match` may be a side of their own: not after a preposition ("clashes with
    Dinka youths" names a side the clash was with), nor men of a named leader or group ("Nuer fighters loyal to")."""
    return not _MILITIA_AFTER_PREPOSITION.search(text, max(start, match.start() - 12), match.start()) \
        and not _MILITIA_OF_OTHERS.match(text, match.end())


def _militia_name(people: str, country: str) -> str:
    return _in_country(f"{_peoples()[fold(people)]} {ETHNIC_MILITIA}", country)


_MILITIA_AFTER_PREPOSITION = re.compile(r"\b(?:with|against|on|of|between|and|from|to)\s+(?:the\s+)?$", re.I)
_MILITIA_OF_OTHERS = re.compile(r"\s+(?:loyal\s+to|allied\s+(?:to|with)|of\s+the|under)\b", re.I)
_BY_AGENT = re.compile(r"[\w'’-]*\s+(?:[\w'’-]+\s+){0,3}?by\s+(?:the\s+|suspected\s+|armed\s+)*", re.I)


@cache
def _spellings() -> tuple[tuple[str, str], ...]:
    """(spelling, people) of every people of `ethnic_groups.csv` ("Peul" -> "Fulani")."""
    return tuple((name, row["people"]) for row in tables.rows("ethnic_groups.csv")
                 for name in row["pattern"].split("|"))


@cache
def _peoples() -> dict[str, str]:
    """Each folded spelling's people, as ACLED names it."""
    return {fold(name): people for name, people in _spellings()}


@cache
def _militia_pattern() -> re.Pattern:
    """A people (two joined by "and": "Tiv and Jukun youths") and a noun for its armed men, a word between ("Fulani
    armed herdsmen")."""
    names = alternation([name for name, _ in _spellings()])
    nouns = alternation(table_lines("militia_nouns.txt"))
    return re.compile(rf"\b(?P<people>{names})(?:\s+and\s+(?P<other>{names}))?\s+(?:[\w-]+\s+)?(?i:{nouns})\b")
