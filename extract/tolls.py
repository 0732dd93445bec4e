"""How many died: the death toll a sentence states for its event, with ACLED's conventions.

Tables: fatalities.txt (toll patterns), listed_tolls.txt (lists of victim groups that add up),
death_stems.txt (the stems every toll line holds), death_words.csv (the word families of killing and dying both are written with),
breakdown_cues.txt, numbers.csv (number words, vague counts), no_deaths.txt, one_death.txt,
named_deaths.txt, bare_deaths.txt and person_nouns.txt (one death told by a bare noun), own_deaths.txt,
not_one.txt, cumulative_cues.txt, cumulative_before.txt, toll_windows.txt, toll_rises.txt, clause_joints.txt, attack_nouns.txt,
actors.csv (names that are groups), reporting_verbs.txt.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from . import tables
from .phrases import (PLACEHOLDERS, PhraseList, alternation, case_blind, first_words, gate_runs, list_pattern,
                      literal_alternatives, phrase_pattern, phrase_table, table_lines)

# a passive's auxiliary, with an adverb of report: "was killed", "has reportedly been beheaded" (not "has killed")
REPORT_ADVERB = r"(?:\s+(?:reportedly|allegedly|apparently|also|now|just|already))?"
PASSIVE = rf"(?:(?:was|is|were|are){REPORT_ADVERB}|(?:has|have|had){REPORT_ADVERB}\s+been)"
# an aside set off by commas right before an auxiliary: ", who attacked a patrol, " in "14 men, who attacked a
# patrol, were killed"
ASIDE = re.compile(rf",\s+[^;:.]{{3,150}}?,\s+(?={PASSIVE}\b)")
# an aside in brackets, read past in the same way: "four guards (two of them police) die"
BRACKETED = re.compile(r"\s*\([^()]{1,80}\)")
MAX_TOLL = 10_000_000  # larger "tolls" are misread numbers (ids, sums); they would also overflow SQLite
CLAUSE_END = re.compile(r"[,;:]\s|\.\s|\.$")
WORDS = re.compile(r"[\w'’-]+")
DIGIT = re.compile(r"\d")
# a count of people in a crowd or among those held ("hundreds march", "police detain 40"): digits not of money
# ("$2,500"), or a word of many; the steps that tell a crowd from a few (triggers, not_events) share it
HEADCOUNT = re.compile(r"(?<![$€£¥\d,.])\b(?:\d[\d,]*|dozens|scores|hundreds|thousands|millions)\b", re.I)
ARTICLE = re.compile(r"\ban?\b", re.I)
NEGATED = re.compile(r"\b(?:no|not)\s+$", re.I)  # "no one died" states no toll of one: no_deaths.txt reads it
NEGATED_NEAR = re.compile(r"\b(?:no|not)\s+(?:[\w'’-]+\s+){0,2}$", re.I)  # "not a single", "not one", "no young"
# "killing the four men", "an estimated 200", "killing another ten" (a second attack's own toll) (not "all": "killing
# all 150 on board" is mostly a crash)
QUALIFIER = (r"(?:(?:at least|some|about|around|roughly|approximately|nearly|more than|over|almost|up to|between"
             r"|as many as|no fewer than|close to|upwards of|well over|just over|an estimated|a total of|the|another)\s+)?")
# the top of a range just before a count: "between 10 and 15", "10 to 15". ACLED codes the most
# conservative figure, so the range's bottom (read on its own) is the toll and its top is no count; a rise
# "from 10 to 15" is no range
# (the bottom is a whole number token: "1,000 to" is not "000 to")
RANGE_TOP = re.compile(r"(?:\bbetween\s+[\w,-]+\s+and|(?<![\w,])[\w,-]+\s+to)\s*$", re.I)
FROM_BEFORE = re.compile(rf"\bfrom\s+{QUALIFIER}$", re.I)  # "rose from (about) 10 to 15": a rise, no range
# A word inside a victim group ("American soldiers", "U.S. soldiers"): not a joint, preposition or verb, which end
# the group, nor a determiner, which opens another ("four gunmen stormed the hotel and a guard was killed" lists no
# gunmen), nor a word of the dead or the hurt ending it ("rose to 12 killed and 30 wounded": the wounded are no
# group; "two injured guards" are)
GROUP_WORD = (r"(?!(?:and|or|in|at|on|of|near|from|by|with|were|are|was|is|have|had|who|dead|died|hundred|thousand"
              r"|the|an?|his|her|their|its)\b)"
              r"(?!(?:killed|wounded|injured|hurt)(?:\s*[,.;]|\s+(?:and|or)\b|\s*$))[\w'’.-]+")
# a death told as a time: "the day Pope John died", "as Governor Ali Musa died in the capital"
DATED_BY_DEATH = re.compile(r"\b(?:the\s+day|since|before|until|as|when)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
LIST_JOINT = r"(?:\s*,\s+(?:and\s+)?|\s+and\s+)"
KIN = r"(?:(?:his|her|their)\s+)?"  # a group told as the kin of the one before: "a mother and her three children"
# a group told as part of a side: "three guards and two of the gunmen", "a mayor and one of his guards"
PART_OF_GROUP = r"(?:of\s+(?:the|his|her|their)\s+)?"
# a word before one person that may tell an unarmed one ("an elderly man"), not an armed one ("an armed man")
UNARMED_WORD = r"(?!(?:armed|masked|unidentified|unknown|suspected|lone|gun-wielding|knife-wielding)\b)[\w'’-]+"
# after one victim, another group of a list: "and" and its count or determiner, after a short "of ..." phrase too
# ("the police chief of Tawahi and his bodyguard"); not a second title of the same person ("photographer and
# war correspondent Jeroen Oerlemans")
LIST_GOES_ON = re.compile(r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?\s*(?:,\s*|\s+)and\s+"
                          r"(?:an?|the|his|her|their|its|another|other|\d+|one|two|three|four|five|six|seven|eight|nine|"
                          r"ten|several|dozens|scores|hundreds)\b", re.I)
KIN_ONE = ("his", "her", "the")  # before one person's noun, a group of one: "a policeman and his son", "the driver"
# A person's name: capitalised words, then punctuation, a preposition or a passive verb (not "Boko
# Haram fighters", where the capitalised words qualify a noun)
# (lowercase particles may stand inside it: "Nasser al-Wuhayshi", "Osama bin Laden", "Ana de la Cruz")
NAME_WORD = r"(?-i:[A-Z][\w'’-]+|(?:al|el|ad|ar|as|at|az|an|ash|ud)-[A-Z][\w'’-]*)"
PARTICLE = r"(?:(?-i:bin|ibn|bint|de|da|del|della|di|do|dos|das|van|von|der|den|la|le|y)\s+){0,2}"
PERSON_NAME = (rf"(?P<name>{NAME_WORD}(?:\s+{PARTICLE}{NAME_WORD}){{1,4}})"
               r"(?=\s*[,.;:()]|\s*$|\s+(?:in|on|at|near|and|who|as|after|during|when|while|outside|inside"
               r"|was|is|has|had|died|dies)\b)")
# the name of a body whose members are counted ("members of the national security forces"): up to six words, no
# comma, no word that opens a clause or joins another group ("four members of the committee visited Kidal, where")
BODY_WORD = r"(?!(?:where|while|who|which|whom|after|before|when|and|or|but|said|says|as|then)\b)[\w'’-]+"
BODY = rf"(?:{BODY_WORD}\s+){{0,5}}?{BODY_WORD}"
NOT_CLOCK = r"(?!\s*(?:a\.?m\b|p\.?m\b|o['’]clock\b|GMT\b|hrs\b))"  # "at around 9 a.m.": a time, no count
# The words between a count and the verb it is the subject of: its noun and what qualifies it ("Dozens of herders
# camping beside the river near Ansongo were killed", "12 women and children were killed"), none that opens
# another clause (a joint, a verb of saying, an auxiliary or a modal: "police arrested 12 people after a soldier
# was killed" counts one death, "two officials said 12 people died" twelve) nor an "and" before another group or a
# verb ("three gunmen stormed the hotel and killed two guards" counts two, "... and a guard was killed" one)
# (a word that opens another clause is followed by a space or comma: "so-called" opens none)
CLAUSE_OPENERS = ("after|before|when|whenever|where|while|as|because|since|until|once|if|though|although|but|then|so"
                  "|whereas|said|says|say|told|tells|was|were|is|are|has|have|had|been|being|will|would|could|can|may"
                  "|might|should|must")
GROUP_OPENERS = "an?|the|his|her|their|its|another|other"  # after "and", the start of another group
# a count inside the subject after these is part of it: "nine villagers, including four women, were shot dead",
# "seven men from one family die"
ASIDE_COUNTS = (r"(?<!\bincluding\s)(?<!\bthem\s)(?<!\bwhom\s)(?<!\bof\s)(?<!\bfrom\s)(?<!\bin\s)(?<!\bat\s)"
                r"(?<!\bon\s)(?<!\bwith\s)(?<!\baboard\s)")
RELATIVES = "who|which|that|whom|whose"  # a relative clause in the subject opens right after its noun (`_subject`)
# a count that adds to deaths told before it: "four more", "two other officers", "three others", "also died"
MORE = re.compile(r"\s+(?:more|others?|additional|further)\b", re.I)
ALSO = re.compile(r"\balso\b", re.I)
ALONG_WITH = re.compile(r"\balong\s+with\s+(?:at\s+least\s+)?$", re.I)  # "died along with three of the raiders"
ALSO_BEFORE = re.compile(r"\balso\s+$", re.I)
# Where the victims were, between a list and its verb: "... and an interpreter in Zabul were killed"
# (a comma may follow, as after an aside: "30 villagers, among them six children, died")
# how far before the second group of a list its first group and its verb may start ("killing at least
# four policemen from the district and ...")
LIST_REACH = 80
SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+$", re.I)  # right before a list: its first "group" is the source
# how far before a toll "raising the (death) toll to" may start (toll_rises.txt), its owner named between
# ("bringing the death toll of the offensive to 600")
RISE_REACH = 60
PLACE_PHRASE = r"(?:\s+(?:in|near|at|outside|inside)\s+[^,.;:]{1,60}?)?"
# a count that is an age or a share: "shot dead 70-year-old farmer X" killed one man, not 70; "90 percent sure"
AGE_AFTER = r"(?![-‐](?:years?|months?|weeks?|days?)[-‐]old\b|\s*(?:%|percent\b|per cent\b))"
# words after a count with no noun, where a killing's count ends: "kill 14 in the north", "killed 20 and wounded 30"
BARE_COUNT_AFTER = r"(?:in|at|near|on|during|as|after|across|and|while|when|including|overnight)\b"
WHOLE_NOUNS = ("people", "persons")  # a group of no one kind, which a list after it may break down
# a year is no count of people: "elections due in 2016 leaving four dead" states four (news write a toll in the
# thousands with its comma, "2,016", so four digits from 1800 to 2099 without one are a year), unless what follows
# counts people: "killed 2000 people", "left 1900 dead"
YEAR = r"(?<![\d,.])(?:1[89]|20)\d\d(?![\d,])(?!\s+(?:people|persons|civilians|dead)\b)"
# "many" counts as "several" (numbers.csv), but not in a question or a degree: "how many died", "so many",
# "too many", "as many as 30" (there the count is the 30)
NOT_MANY = r"(?!(?:(?<=\bhow\s)|(?<=\bso\s)|(?<=\btoo\s)|(?<=\bas\s))many\b)"
MULTIPLIERS = {"hundred": 100, "thousand": 1000, "dozen": 12}  # after a count: "two hundred", "3 thousand", "two dozen"
# a superlative that ranks the event among the war's: "the deadliest attack of the war", "the worst bombing in years"
RANKED_AMONG = re.compile(r"\b(?:deadliest|bloodiest|worst|heaviest|fiercest|largest|biggest"
                          r"|most\s+(?:deadly|violent|serious))\b", re.I)
RANK_REACH = 40  # characters before a running total's cue (and the cue) in which a superlative ranks the event
PART_REACH = 30  # characters before a count in which a part of it is counted ("two of the five")
# a whole counted as the dead: "the 12 people killed", "the three soldiers who died"
WHOLE_DEAD = re.compile(r"[\w,]+(?:\s+(?!(?:were|was|are|is|have|has|had|been)\b)[\w'’-]+){0,2}?"
                        r"\s+(?:killed|dead|slain|who\s+(?:died|were\s+killed))\b", re.I)
# a count of part of the dead told elsewhere ("six of the dead were children", "two of those killed"); not "of them":
# "shoot two attackers, killing one of them" and "20 were hurt; six of them died" count the dead, and a part of a
# toll told before ("12 died, four of them children") is smaller than it, so the larger toll stands
PART_OF = re.compile(r"\s+of\s+(?:the\s+(?:dead|victims|killed)|those\s+(?:killed|dead))\b", re.I)
# a count of the hurt, which the gap of "N ... died" may run past: "injured 40 people and killed 3"
# ("casualties" count the hurt with the dead: "100 casualties, including 12 dead" states 12)
HURT = re.compile(r"\b(?<!fatally )(?:wounded|wounding|injured|injuring|hurt|hurting|maimed|casualties)\b", re.I)
HURT_BEFORE = re.compile(rf"\b(?:wounded|wounding|injured|injuring|hurt|hurting|maimed)\s+{QUALIFIER}$", re.I)
# a count of time, not of people: "in the past 48 hours, gunmen killed 5" (an age is written with hyphens)
PERIOD_AFTER = re.compile(r"\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\b", re.I)
# a killing only planned, threatened or supposed: "threats to execute dozens more", "would kill 20"
# (not hearsay: "the strikes are said to have killed 18", "are believed to have died" tell of deaths, and a side's
# claim is the toll as reported: "the army claims to have killed 27 militants")
UNREAL = re.compile(r"(?<!\bsaid )(?<!\breported )(?<!\bbelieved )(?<!\bthought )(?<!\bfeared )(?<!\bknown )"
                    r"(?<!\bclaims )(?<!\bclaimed )(?<!\bclaim )(?<!\bclaiming )"
                    r"\b(?:to|would|could|might|may|will|shall)(?:\s+have)?\s+$", re.I)
# a killing named as what another event answers or recalls, right before "the killing of NAME": "protests over the
# killing of X", "riots after the assassination of Y", "on the anniversary of the murder of Z": an earlier death
DEED_AS_CAUSE = re.compile(r"\b(?:over|after|for|since|following|against|about|of|protesting|mourning|marking|"
                           r"commemorating|avenge|avenging)\s+(?:the\s+)?$", re.I)
CAUSE_REACH = 30  # characters before a named killing where its cause word stands
# a deed of killing told as done on a day before the event's ("a day after killing five in the same district")
EARLIER_DEED = re.compile(r"\b(?:an?|one|two|three|four|five|several|\d+)\s+(?:hours?|days?|weeks?|months?)\s+"
                          r"(?:after|before)\s+$", re.I)
# a side's claimed toll ("the army claims to have killed 27"), which a toll told otherwise beside it beats (ACLED
# codes the most conservative figure: "rebels claim to have killed 60 soldiers, the army says 10 died" -> 10)
CLAIMED = re.compile(r"\bclaim(?:s|ed|ing)?\s+to\s+have\s+(?:[\w'’-]+\s+){1,4}$", re.I)
CLAIM_REACH = 60
# tried past the stems
GATED_TABLES = ("fatalities.txt", "listed_tolls.txt", "one_death.txt", "named_deaths.txt", "bare_deaths.txt")
FAMILIES = {"KILL": "kill", "DIE": "die", "DEATH": "noun"}  # placeholders of the toll tables -> death_words.csv roles
DETERMINERS = r"no|a|an|the|this|that|these|those|his|her|its|their|our|your|any|each|every"  # no bare noun after them
# "have been killed", "are now confirmed dead", "are believed to have died", "may be dead": the toll as reported is
# the toll (ACLED)
AUXILIARY = (r"(?:(?:(?:were|are|was|is|have been|has been|had been|(?:have|has|had)\s+(?:reportedly|allegedly"
             r"|apparently)\s+been)(?:\s+(?:\w+ly|now))?(?:\s+(?:reported|said|believed"
             r"|feared|thought|presumed|confirmed)(?:\s+to\s+have(?:\s+been)?)?)?"
             r"|(?:may|might|could)\s+(?:be|have\s+been)|have|has|had)\s+(?:also\s+)?)?")
# a passive's auxiliary between a count and its verb: the count is of those the verb was done to
PASSIVE_BETWEEN = re.compile(r"\b(?:was|were|is|are|been|be|being)\b", re.I)
# right after a verb of the dead (killed, shot dead, murdered), the start of those it was done to: the verb is active
# and the count before it its doers ("two gunmen killed a policeman": one death), not a time ("killed the day before",
# "killed a day after the truce")
# (a determiner or a qualifier; `_victims_next` adds the counts of numbers.csv)
VICTIM_OPENERS = (r"an?|the|his|her|their|its|this|that|these|those|at\s+least|more\s+than|some|about|nearly"
                  r"|scores")
TIME_AFTER_OPENER = (r"\s+(?:days?|nights?|weeks?|months?|years?|hours?|minutes?|morning|afternoon|evening|weekend"
                     r"|following|previous|same)\b")
# "killed or wounded 30", "30 killed and injured": the hurt counted with the dead, no death toll
NOT_HURT = r"(?!\s+(?:or|and/or|and)\s+(?:wounded|injured|hurt|maimed))"
NOT_SELF = r"(?!\s+(?:himself|herself|themselves)\b)"
# after a list of victim groups, a verb of hurting whose subject is the list's last group: "shoots a guard and
# four men are wounded" tells one death and a clause of its own
HURT_AFTER = re.compile(rf"\s+{AUXILIARY}(?:wounded|injured|hurt|maimed)\b", re.I)


@cache
def _numbers() -> dict[str, int]:
    return {row["word"]: int(row["value"]) for row in tables.rows("numbers.csv")}


@cache
def _number_words() -> str:
    """The number words of numbers.csv as one alternation's branches, the longest first, grouped by first letter."""
    return literal_alternatives(_numbers())


@cache
def _number_pattern() -> str:
    """A count in digits or number words ("25", "twenty-five", "dozens"), as a regex without groups."""
    words = _number_words()
    # tens and a unit may be written apart ("twenty two"), but only those: "ten two-year-olds" is no 12, and a
    # unit that opens a compound is none ("twenty two-year-olds" is 20)
    tens = "|".join(w for w, v in _numbers().items() if 20 <= v < 100 and v % 10 == 0)
    units = "|".join(w for w, v in _numbers().items() if 1 <= v < 10 and " " not in w)
    spoken = rf"(?:(?:{tens})[\s-]+(?:{units})\b(?![-'’])|(?:{words})(?:-(?:{words}))?)"
    # multipliers may follow each other ("two hundred thousand"), and a hundred its rest ("a hundred and twenty")
    return (rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|(?!{YEAR})(?<!\d)\d+|{NOT_MANY}{spoken}){AGE_AFTER}"
            rf"(?:\s+(?:{'|'.join(MULTIPLIERS)})\b){{0,{len(MULTIPLIERS)}}}"
            rf"(?:(?:(?<=hundred)|(?<=thousand))\s+and\s+{spoken})?")


@cache
def death_words() -> frozenset[str]:
    """Every form of killing and dying of death_words.csv, lowercased ("killed", "died", "shot dead")."""
    return frozenset(row["word"].lower() for row in tables.rows("death_words.csv"))


@cache
def _family(role: str) -> tuple[str, tuple[str, ...]]:
    """A word family of death_words.csv as a regex without groups, and the few words one of its forms
    always holds ("kill" for killed, killing ...): its patterns need be tried only where one stands."""
    forms = [row["word"] for row in tables.rows("death_words.csv") if row["role"] == role]
    heads = {form.split()[0].lower() for form in forms}
    gates = tuple(sorted(h for h in heads if not any(o != h and o in h for o in heads)))
    # "killed or wounded 30" counts the hurt with the dead: no death toll; "a soldier shot and killed himself" died
    # by his own hand (a word of dying before a reflexive)
    after = NOT_HURT + (NOT_SELF if role == "die" else "")
    return rf"(?:{'|'.join(phrase_pattern(f) for f in sorted(forms, key=len, reverse=True))}){after}", gates


def _compiled(name: str, placeholders: dict[str, str]) -> tuple[tuple[tuple[str, ...], PhraseList], ...]:
    """Each pattern of a toll table with the words it needs (one of them): a pattern is tried only on a
    sentence that holds one (a substring test costs a fraction of a regex scan). KILL, DIE and DEATH
    stand for death_words.csv's families, AUX for an optional auxiliary, SUBJECT for the rest of a count's
    subject."""
    families = {token: _family(role) for token, role in FAMILIES.items()}
    compiled = []
    for line in table_lines(name):
        # Q takes its space along, so "killed Q N" also reads "killed 11"; so do AUX and SUBJECT
        pattern = phrase_pattern(line).replace(r"Q\s+", QUALIFIER).replace(r"AUX\s+", AUXILIARY) \
            .replace(r"SUBJECT\s+", _subject())
        for token, (regex, _) in families.items():
            pattern = pattern.replace(token, regex)
        for token, regex in placeholders.items():
            pattern = pattern.replace(token, regex)
        compiled.append((_gates(name, line, placeholders, families), case_blind(r"\b" + pattern + r"\b")))
    return tuple(compiled)


def _gates(name: str, line: str, placeholders: dict[str, str],
           families: dict[str, tuple[str, tuple[str, ...]]]) -> tuple[str, ...]:
    """The words one of which a sentence must hold for a toll table's line to match: its longest plain
    word, else the words its word family always holds. A line with neither could never be gated."""
    plain = [w.lower() for w in line.split()
             if w not in ("Q", "AUX", "SUBJECT", *PLACEHOLDERS, *placeholders, *families)]
    if plain:
        return (max(plain, key=len),)
    family = next((w for w in line.split() if w in families), None)
    if family is None:
        raise ValueError(f"{name}: the line {line!r} holds neither a plain word nor KILL, DIE or DEATH")
    return families[family][1]


@cache
def _count_token() -> str:
    """A count as one token, digits or a number word of numbers.csv, as a regex without groups."""
    return rf"(?:\d[\d,]*|{'|'.join(sorted(map(re.escape, _numbers()), key=len, reverse=True))})\b"


@cache
def _victims_next() -> re.Pattern:
    """The opening of those a verb was done to (see VICTIM_OPENERS), not of a time ("killed a day after")."""
    count = _count_token()
    not_time = rf"(?!(?:last|next|{VICTIM_OPENERS}|{count}){TIME_AFTER_OPENER})"
    return re.compile(rf"\s+{not_time}(?:(?:{VICTIM_OPENERS})\b|{count})", re.I)


@cache
def _subject() -> str:
    """The words between a count and the verb it is the subject of (see CLAUSE_OPENERS), as a regex that takes its
    spaces along: no word that opens another clause, no "and" before another group, no other count but one in an
    aside ("including four women"; "two gunmen ... left at least one driver dead" counts one), up to 14 words."""
    count = _count_token()
    word = (rf"(?!(?:{CLAUSE_OPENERS}|{RELATIVES})[\s,])(?!and\s+(?:{GROUP_OPENERS}|{count}))(?!{ASIDE_COUNTS}{count})"
            r"[\w'’\"“”.,-]+")
    # a relative clause only within three words of the count ("three of the raiders who stormed the post were
    # killed"; not "hundreds of mourners attended the funeral of the man who died", another noun's); the top of a
    # range may follow the count ("between four and 20 people", "1,200 to 1,500 people")
    words = rf"(?:(?:{word}\s+){{0,3}}?(?:{RELATIVES})\s+(?:{word}\s+){{0,10}}?|(?:{word}\s+){{0,14}}?)"
    # (nor before "the": "a villager who helped bury the dead" buried them, no count of them)
    return rf"(?:(?:and|to|or)\s+{count}\s+)?{words}(?<!\band\s)(?<!\bor\s)(?<!\bthen\s)(?<!\bthe\s)"


@cache
def _fatality_patterns() -> tuple[tuple[tuple[str, ...], PhraseList], ...]:
    return _compiled("fatalities.txt", {"N": f"(?P<n>{_number_pattern()}){NOT_CLOCK}", "BODY": BODY})


@cache
def _group_pattern() -> re.Pattern:
    """One victim group of a list: a count ("five", "12", "a"/"an" for one person, "his"/"her"/"the" before one
    person's noun: "a policeman and his son", "the driver and two passengers") and a few words."""
    person = alternation(table_lines("person_nouns.txt"))
    count = rf"(?P<count>{_number_pattern()}|an?|(?:his|her|the)(?=\s+(?:{GROUP_WORD}\s+){{0,2}}{person}\b))"
    return re.compile(rf"\b{KIN}{QUALIFIER}{count}\s+{PART_OF_GROUP}(?P<next>{GROUP_WORD})(?:\s+{GROUP_WORD}){{0,3}}",
                      re.I)


@cache
def _list_patterns() -> tuple[tuple[tuple[str, ...], PhraseList], ...]:
    group = _group_pattern().pattern.replace("(?P<count>", "(?:").replace("(?P<next>", "(?:")
    return _compiled("listed_tolls.txt", {"LIST": rf"(?P<list>{group}(?:{LIST_JOINT}{group})+){PLACE_PHRASE}(?:\s*,)?"})


def counts_people_at(text: str, at: int) -> bool:
    """Whether a count of people starts at `at` ("three alive", "12 rebels", "dozens of fighters"), not
    of places ("two towns", `place_nouns.txt`): what was captured or seized there were people."""
    count = _count_at().match(text, at)
    noun = WORDS.match(text, count.end()) if count else None
    return count is not None and (noun is None or noun.group().lower() not in table_lines("place_nouns.txt"))


def counts_unarmed(sentence: str) -> bool:
    """Whether the sentence counts people who are no armed side ("nine people", "at least 12 shoppers", "132
    children", "an elderly man"; `unarmed_victims.txt`): the dead of a one-sided attack."""
    return _unarmed_count().search(sentence) is not None


def kills_bare_count(sentence: str) -> bool:
    """Whether a word of killing is followed by a count with no noun after it ("militants kill 14 in northern
    Kenya", "gunmen killed at least 20, police said"): people no one named as a side."""
    return _bare_count_killed().search(sentence) is not None


@cache
def _bare_count_killed() -> re.Pattern:
    count = rf"{QUALIFIER}(?:{_number_pattern()})"
    return re.compile(rf"\b{_family('kill')[0]}\s+{count}(?=\s*(?:[,.;:]|$)|\s+{BARE_COUNT_AFTER})", re.I)


@cache
def _unarmed_count() -> PhraseList:
    # a count or "a"/"an", and up to two words before the people ("three Israeli children", "an elderly man", "a
    # 71-year-old woman"); not a count "of" them ("dozens of people" tells no one-sided toll by itself); a text with
    # no word for such people is not scanned
    counted = rf"(?:{QUALIFIER}(?:{_number_pattern()})|an?)(?:\s+(?!of\b){UNARMED_WORD}){{0,2}}?"
    victims = table_lines("unarmed_victims.txt")
    return case_blind(rf"\b{counted}\s+{alternation(victims)}\b", gate_runs(victims))


@cache
def _count_at() -> re.Pattern:
    return re.compile(rf"\s+{QUALIFIER}(?:{_number_pattern()})\b(?!\s*(?:km|kilometres|kilometers|miles|%))\s*", re.I)


@cache
def _list_seed() -> re.Pattern:
    """Where a list of victim groups shows: a joint, then a count or "a"/"an" starting the next group.
    Only a sentence with one is searched for lists (their patterns are slow), and only from just before it."""
    return re.compile(rf"{LIST_JOINT}{KIN}{QUALIFIER}(?:{_number_pattern()}|an?|his|her)\s+{PART_OF_GROUP}{GROUP_WORD}",
                      re.I)


@cache
def _any_number() -> re.Pattern:
    words = _number_words()
    return re.compile(rf"\d|\b(?:{words})\b", re.IGNORECASE)


@lru_cache(maxsize=1024)  # the event step asks again of one sentence or clause (is it deadly? its toll?)
def fatalities(sentence: str) -> int | None:
    """The largest death toll the sentence states for its event, plus the deaths it adds to it ("nine;
    four more died"): None when it states none, 0 when it says nobody died; a running total ("has
    killed 300,000 people since 2011") is no event's toll. An aside set off by commas between the dead and
    their verb, or one in brackets, is read past ("14 gunmen, who had ambushed a patrol, were killed"; "Amadou
    Kone, a local judge, was killed"; "four guards (two of them police) died") where the sentence read whole
    states no toll."""
    toll = _stated_toll(sentence)
    if toll is None and mentions_death(sentence):
        without = BRACKETED.sub("", ASIDE.sub(" ", sentence))
        return _stated_toll(without) if without != sentence else None
    return toll


def _stated_toll(sentence: str) -> int | None:
    """`fatalities` of the sentence as written."""
    if not mentions_death(sentence):  # every toll pattern holds a stem of death: the patterns are slow
        return 0 if says_nobody_died(sentence) else None
    lowered = sentence.lower()
    counts: dict[int, tuple[int, bool]] = {}  # where a count starts -> (count, whether it adds to another)
    if _any_number().search(sentence):  # every toll pattern needs a number, and the patterns are slow
        for words, p in _fatality_patterns():
            if _holds(lowered, words):
                counts.update(_counts(sentence, p))
    seed = _list_seed().search(sentence) if "," in sentence or " and " in lowered else None
    if seed is not None:  # a list of victim groups needs a second group after a joint ("... and a driver")
        floor = max(0, seed.start() - LIST_REACH)
        for m in (m for words, p in _list_patterns() if _holds(lowered, words) for m in p.finditer(sentence, floor)):
            if not _cumulative(sentence, m, "list") and (total := _listed(sentence, m)) is not None:
                # a group's count inside the list is in its sum: not another toll ("killed 4 and 6 more died")
                counts = {at: c for at, c in counts.items() if not m.start("list") <= at < m.end("list")}
                counts[m.start()] = (total, False)
    counts = _without_claims_beside_tolls(sentence, _without_raised_totals(sentence, counts))
    if counts:  # the attacker's own death told beside his victims' is one more (own_deaths.txt)
        return min(_total(sentence, counts) + bool(list_pattern("own_deaths.txt").search(sentence)), MAX_TOLL)
    if says_nobody_died(sentence):
        return 0
    # one death told without a number, and the attacker's own: "killing himself and wounding a guard" is 1
    told = int(_single_death(sentence)) + bool(list_pattern("own_deaths.txt").search(sentence))
    return told or None


def vague_toll(sentence: str) -> bool:
    """Whether the sentence tells its toll only by a vague count ("dozens died in the raid"; numbers.csv
    column vague), with no count in digits: a larger count told outright beside it is the event's."""
    return (not DIGIT.search(sentence) and _vague_counts().search(sentence) is not None
            and fatalities(sentence) is not None)


@cache
def _vague_counts() -> re.Pattern:
    return re.compile(alternation([row["word"] for row in tables.rows("numbers.csv") if row["vague"]]), re.I)


def event_fatalities(text: str, start: int, end: int, at: int) -> int | None:
    """The toll of the event whose trigger is at `at` in the clause text[start:end]: its own part's when the
    clause joins parts that each tell of deaths ("A bomb kills 5 in Gao as clashes in Timbuktu leave 12
    dead"; clause_joints.txt, ';') and its own part states one, else the whole clause's ("Nine killed as
    rebels storm the town": the deaths are told beside the trigger's part)."""
    parts = _joined_parts(text, start, end)
    deadly = [(s, e) for s, e in parts if mentions_death(text[s:e])]
    # another part is another event's only if it names one (attack_nouns.txt: "...; a second blast kills 2")
    # or an act of killing ("as rebels kill 12 soldiers"); deaths only told ("...; the army says 20 attackers
    # were killed") or that add ("two other officials were also killed") are the same event's
    others = [(s, e) for s, e in deadly if not s <= at < e]
    if others and all(_another_event(text, s, e) and not adds_to_told(text[s:e]) for s, e in others):
        own = next(((s, e) for s, e in parts if s <= at < e), None)
        toll = fatalities(text[own[0]:own[1]]) if own else None
        if toll is not None:
            return toll
    return fatalities(text[start:end])


def _another_event(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names an event (attack_nouns.txt) or an act of killing with its victims."""
    return bool(list_pattern("attack_nouns.txt").search(text, start, end) or _killing_act().search(text, start, end))


@cache
def _killing_act() -> re.Pattern:
    """A killing with its victims after it ("kill 12 soldiers", "killed a guard"), not deaths only told."""
    return re.compile(rf"\b{_family('kill')[0]}\s+{QUALIFIER}(?:{_number_pattern()}|an?)\b", re.I)


def _joined_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of text[start:end] between its clause joints (clause_joints.txt, ';')."""
    cuts = [m.start() for m in _joint().finditer(text, start, end)]
    bounds = [start, *cuts, end]
    return list(zip(bounds, bounds[1:]))


@cache
def _joint() -> PhraseList:
    return case_blind(rf";|{alternation(table_lines('clause_joints.txt'))}")


def _without_raised_totals(sentence: str, counts: dict[int, tuple[int, bool]]) -> dict[int, tuple[int, bool]]:
    """The counts without a total the sentence's own deaths raise ("killing three civilians and raising the
    toll to 15" -> 3; toll_rises.txt), unless those deaths only add to it ("two more die, raising the toll to
    29" -> 29)."""
    raised = {at for at in counts if list_pattern("toll_rises.txt").search(sentence, max(0, at - RISE_REACH), at)}
    if not raised:
        return counts
    own = [at for at, (_, adds) in counts.items() if at not in raised and not adds]
    # the raised total holds the deaths that add to it: not added a second time ("two more die ... to 29" -> 29)
    return {at: c for at, c in counts.items() if (at not in raised) == bool(own)}


def _without_claims_beside_tolls(sentence: str, counts: dict[int, tuple[int, bool]]) -> dict[int, tuple[int, bool]]:
    """The counts without a side's claimed toll where the sentence tells a toll otherwise too (`CLAIMED`)."""
    claimed = {at for at in counts if CLAIMED.search(sentence, max(0, at - CLAIM_REACH), at)}
    return {at: c for at, c in counts.items() if at not in claimed} if claimed and len(claimed) < len(counts) else counts


def mentions_death(sentence: str) -> bool:
    """Whether the sentence holds a stem of killing or dying at all ("kill", "dead", "execut" ...): a cheap
    gate before `fatalities`, whose patterns are slow (every toll pattern needs one of these)."""
    return _holds(sentence.lower(), _death_stems())


@cache
def _death_stems() -> tuple[str, ...]:
    """The stems of death_stems.txt, once every toll table line and word form is checked to hold one (a
    line without one would never be tried: refused with its table named rather than silently cut off)."""
    stems = tables.lines("death_stems.txt")
    lines = [(name, line) for name in GATED_TABLES for line in tables.lines(name)]
    lines += [("death_words.csv", row["word"]) for row in tables.rows("death_words.csv")]
    for name, line in lines:
        if not _holds(line.lower(), stems) and not set(line.split()) & set(FAMILIES):
            raise ValueError(f"{name}: the line {line!r} holds no stem of death_stems.txt, so it would never be tried")
    return stems


def tells_only_running_totals(sentence: str) -> bool:
    """Whether the sentence states deaths only as running totals ("3,500 civilians were killed in the first
    half of the year", "has claimed 20,000 lives"): a tally, which is no event when the deaths are all it tells."""
    lowered = sentence.lower()
    matches = [m for words, p in _fatality_patterns() if _holds(lowered, words) for m in p.finditer(sentence)] \
        if mentions_death(sentence) and _any_number().search(sentence) else []
    return bool(matches) and all(_cumulative(sentence, m, "n") for m in matches)


def attacker_killed(sentence: str) -> bool:
    """Whether the sentence tells the death of an event's own attacker (`attacker_deaths.txt`: "The gunman is also
    killed", "Soldiers kill the gunman")."""
    lowered = sentence.lower()
    return any(_holds(lowered, words) and p.search(sentence) for words, p in _attacker_deaths())


@cache
def _attacker_deaths() -> tuple[tuple[tuple[str, ...], PhraseList], ...]:
    return _compiled("attacker_deaths.txt", {"ATT": alternation(table_lines("attacker_nouns.txt"))})


def attackers_dead(sentence: str) -> int | None:
    """How many of an event's attackers the sentence counts dead (`attackers_dead.txt`: "Sixteen attackers were
    neutralised during the fighting"), else None."""
    lowered = sentence.lower()
    if not _holds(lowered, _attacking_sides()):  # most sentences name no attackers: no scan
        return None
    counts = {at: count for words, pattern in _attackers_dead() if _holds(lowered, words)
              for at, (count, _adds) in _counts(sentence, pattern).items()}
    return sum(counts.values()) if counts else None


def attackers_told_dead(sentence: str) -> bool:
    """Whether the sentence counts dead the attackers of an attack told before, named as known ("two of the attackers",
    "police shoot dead the assailants"; not "troops kill 12 jihadists", an event of its own)."""
    return attackers_dead(sentence) is not None and _known_attackers().search(sentence) is not None


@cache
def _known_attackers() -> re.Pattern:
    return re.compile(rf"\bthe\s+{alternation(list(_attacking_sides()))}\b", re.I)


@cache
def _attacking_sides() -> tuple[str, ...]:
    return tuple(table_lines("attacking_sides.txt"))


@cache
def _attackers_dead() -> tuple[tuple[tuple[str, ...], PhraseList], ...]:
    return _compiled("attackers_dead.txt", {"N": f"(?P<n>{_number_pattern()}){NOT_CLOCK}",
                                            "ATTS": alternation(list(_attacking_sides()))})


def adds_to_told(sentence: str) -> bool:
    """Whether every toll the sentence states adds to deaths told before it ("three civilians also died",
    "two more bodies were found"): the sentence goes on with an event already told."""
    lowered = sentence.lower()
    counts = {at: c for words, p in _fatality_patterns() if _holds(lowered, words)
              for at, c in _counts(sentence, p).items()} if _any_number().search(sentence) else {}
    return bool(counts) and all(adds for _, adds in counts.values())


def _holds(lowered: str, words: tuple[str, ...]) -> bool:
    """Whether the lowercased sentence holds one of a pattern's gate words."""
    return any(word in lowered for word in words)


def _counts(sentence: str, pattern: PhraseList) -> dict[int, tuple[int, bool]]:
    """The counts a toll pattern reads, by where each starts, and whether each adds to another toll."""
    found = {}
    m = pattern.search(sentence)
    while m is not None:
        count = _number(m.group("n"))
        if count is not None and not _cumulative(sentence, m, "n") and not _not_deaths(sentence, m):
            found.setdefault(m.start("n"), (count, _adds(sentence, m)))
        # matches may overlap: in "Q N * DIE" the gap may run past a later count ("ten were wounded and
        # two died", "killed 3 and 2 more died"), so the next try starts just after this match's count
        m = pattern.search(sentence, m.end("n"))
    return found


def _not_deaths(sentence: str, match: re.Match) -> bool:
    """Whether a toll pattern's count is no count of the event's dead: "no one died", the top of a range
    ("between 10 and 15"), a count of the hurt ("wounded 12 and killed two"), part of the dead counted elsewhere ("six of the dead"), or a killing
    only threatened or planned ("threats to execute dozens more"), a count of time ("48 hours"), or of those who
    killed (`_doers`)."""
    at, end = match.start("n"), match.end("n")
    return bool(NEGATED.search(sentence, 0, at) or _doers(sentence, match) or PART_OF.match(sentence, end)
                or PERIOD_AFTER.match(sentence, end) or _range_top(sentence, at) or _whole_of_part(sentence, at)
                or UNREAL.search(sentence, max(0, match.start() - 20), match.start())
                or EARLIER_DEED.search(sentence, max(0, match.start() - 30), match.start())
                or HURT_BEFORE.search(sentence, max(0, at - 40), at) or HURT.search(sentence, end, match.end()))


def _doers(sentence: str, match: re.Match) -> bool:
    """Whether a count before a verb of the dead is of those who did it: the verb active, with no passive's
    auxiliary between, and those it was done to after it ("two gunmen killed a policeman", "three men have shot
    dead two guards"), not "two people killed in a blast" nor "two policemen were killed the day before"."""
    if match.end("n") == match.end():  # the count follows its verb ("killed 12"): those it was done to
        return False
    return _victims_next().match(sentence, match.end()) is not None \
        and PASSIVE_BETWEEN.search(sentence, match.end("n"), match.end()) is None


def _whole_of_part(sentence: str, at: int) -> bool:
    """Whether the count at `at` is a whole a count before it is part of ("two of the five hostages were killed":
    two died, not five); not a whole told as the dead ("one of the 12 people killed", "two of the 14 soldiers who
    died were officers")."""
    return _part_before().search(sentence, max(0, at - PART_REACH), at) is not None \
        and WHOLE_DEAD.match(sentence, at) is None


@cache
def _part_before() -> re.Pattern:
    return re.compile(rf"\b(?:{_number_pattern()})\s+of\s+(?:the|these|those|its|their)\s+$", re.I)


def _range_top(sentence: str, at: int) -> bool:
    """Whether the count at `at` is the top of a range whose bottom is a count ("between 10 and 15")."""
    cue = RANGE_TOP.search(sentence, max(0, at - 30), at)
    return (cue is not None and _any_number().search(sentence, cue.start(), at) is not None
            and not FROM_BEFORE.search(sentence, max(0, cue.start() - 30), cue.start()))


def _adds(sentence: str, match: re.Match) -> bool:
    """Whether a count adds to the deaths told before it: "four more", "two other officers", "also died", "died
    along with three of the raiders"."""
    return bool(MORE.match(sentence, match.end("n")) or ALSO.search(sentence, match.start("n"), match.end())
                or ALSO_BEFORE.search(sentence, max(0, match.start() - 6), match.start())
                or ALONG_WITH.search(sentence, max(0, match.start("n") - 25), match.start("n")))


def _total(sentence: str, counts: dict[int, tuple[int, bool]]) -> int:
    """The largest stated toll plus the counts that add to it; counts that add to a single death told
    without a number add to that one ("kills Amadou Diallo, a judge; two other officials were also killed" -> 3)."""
    base = max((count for count, adds in counts.values() if not adds), default=None)
    added = sum(count for count, adds in counts.values() if adds)
    if base is None:
        first = min(at for at in counts)
        base = 1 if _single_death(sentence[:first]) else 0
    return min(base + added, MAX_TOLL)


def _single_death(text: str) -> bool:
    """Whether the text states one death without a number: "killed a teacher", "X was shot dead", "Sniper
    kills child"."""
    lowered = text.lower()
    return any(_one_death(text, m) for words, p in _one_deaths() if _holds(lowered, words)
               for m in p.finditer(text)) or any(
        _named_death(text, m) for words, p in _named_deaths() if _holds(lowered, words)
        for m in p.finditer(text)) or _bare_death(text, lowered)


def _named_death(text: str, match: re.Match) -> bool:
    """Whether a named-death phrase tells one death of the event: not of a group's name, not a killing named as what
    the event answers or recalls, not a death told as a time ("as former mayor Ali Musa died")."""
    before = max(0, match.start() - CAUSE_REACH)
    return not _is_group(match.group("name")) and not DEED_AS_CAUSE.search(text, before, match.start()) \
        and not (match.start() == match.start("name") and DATED_BY_DEATH.search(text, before, match.start()))


def _bare_death(text: str, lowered: str) -> bool:
    """Whether the text states one death of a person named by a bare singular noun (bare_deaths.txt)."""
    if not _person_words() & set(WORDS.findall(lowered)):  # a set test spares most sentences the scan
        return False
    # "no child was killed", "not one soldier died", "no young child was killed" are no death; before a verb
    # of killing only a negation right before it ("did not kill", not "who did not flee kill")
    # the first of a list of victims after a verb of killing is no single death ("killed the teacher and the
    # headmaster", "the driver of the bus and 12 passengers"): the list's own count (`_listed`) or none
    return any(not (NEGATED if (verb := _killing_verb().match(text, m.start())) else NEGATED_NEAR).search(
                   text, max(0, m.start() - 40), m.start())
               and not DEED_AS_CAUSE.search(text, max(0, m.start() - CAUSE_REACH), m.start())
               and not (verb and LIST_GOES_ON.match(text, m.end()))
               for words, p in _bare_deaths() if _holds(lowered, words) for m in p.finditer(text))


@cache
def _killing_verb() -> re.Pattern:
    return re.compile(_family("kill")[0], re.I)


@cache
def _one_deaths() -> tuple[tuple[tuple[str, ...], PhraseList], ...]:
    return _compiled("one_death.txt", {})


@cache
def _named_deaths() -> tuple[tuple[tuple[str, ...], PhraseList], ...]:
    title = rf"(?:[\w'’-]+\s+){{0,2}}{alternation(table_lines('person_nouns.txt'))}"
    return _compiled("named_deaths.txt", {"NAME": PERSON_NAME, "TITLE": title,
                                          "BEEN": PASSIVE})


@cache
def _person_words() -> frozenset[str]:
    """The last word of each noun of person_nouns.txt ("officer" of "police officer"), lowercased."""
    return frozenset(noun.split()[-1].lower() for noun in table_lines("person_nouns.txt"))


@cache
def _bare_deaths() -> tuple[tuple[tuple[str, ...], PhraseList], ...]:
    """bare_deaths.txt: NOUN a singular noun of person_nouns.txt, PERSON one after at most one word that is no
    count and no determiner (a headline's bare noun: "the leader" may be one told before, "a leader" is
    one_death.txt's)."""
    counts = _number_words()
    noun = alternation(table_lines("person_nouns.txt")) + r"(?!['’-])"
    return _compiled("bare_deaths.txt", {"PERSON": rf"(?:(?!(?:{counts}|{DETERMINERS})\b)[\w'’-]+\s+)?{noun}",
                                         "NOUN": noun})


def _is_group(name: str) -> bool:
    """Whether a capitalised name is an armed group, party or force of actors.csv, not a person; a person's
    name of two words or more may follow his group's ("the MUJAO commander Hamadou Diallo was killed")."""
    group = phrase_table("actors.csv", "pattern")[0].match(name)
    return group is not None and len(name[group.end():].split()) < 2


def _one_death(sentence: str, match: re.Match) -> bool:
    """Whether a one-death phrase ("killed a", "a man died") counts one: not "killed a number of", "a dozen",
    nor a verb of killing whose object is an operation (attack_nouns.txt: "executed a raid", "executed an
    attack")."""
    article = ARTICLE.search(sentence, match.start(), match.end())
    following = WORDS.search(sentence, article.end()) if article else None
    word = following.group().lower() if following else None
    return word is not None and word not in table_lines("not_one.txt") and word not in table_lines("attack_nouns.txt")


def _listed(sentence: str, match: re.Match) -> int | None:
    """The sum of a list of victim groups ("three soldiers and a guide" -> 4); None when a group is a
    vague count ("a number of") or the list runs into a new clause ("killed two people, a spokesman said";
    "shoots a guard and four men are wounded")."""
    if HURT_AFTER.match(sentence, match.end("list")):
        return None
    after = WORDS.search(sentence, match.end("list"))
    last = after.end() if after else len(sentence)
    if list_pattern("reporting_verbs.txt").search(sentence, match.start("list"), last):
        return None
    pieces = re.split(LIST_JOINT, match.group("list"))
    if SOURCE_BEFORE.search(sentence, 0, match.start("list")):
        pieces = pieces[1:]  # "according to a local official, 20 people ...": the first "group" told the toll
    counts = [_group_count(piece) for piece in pieces]
    if None in counts:
        return None
    total = counts[0] if _breaks_down(pieces, counts) else sum(counts)
    return max(total, _stated_total(sentence, match.start("list")) or 0)


def _breaks_down(pieces: list[str], counts: list[int]) -> bool:
    """Whether a list's first group is the whole that its other groups break down, counted by numbers and
    adding up to it: by nationality ("two guards, one Malian and one Nigerien") or after a count of people
    ("ten people, four soldiers and six civilians"); "two soldiers, one policeman and one driver" are four."""
    if len(counts) < 3 or counts[0] != sum(counts[1:]):
        return False
    rest = [piece.split() for piece in pieces[1:]]
    if any(len(words) < 2 or _number(words[0]) is None for words in rest):
        return False
    return pieces[0].split()[-1].lower() in WHOLE_NOUNS or all(words[1][:1].isupper() for words in rest)


def _group_count(piece: str) -> int | None:
    """The count of one victim group of a list ("a driver" 1, "his son" 1, "four men" 4); None when the piece
    is no group the list's regex meant ("2019, in ...") or a vague one ("a number of")."""
    group = _group_pattern().match(piece)
    if group is None or PERIOD_AFTER.match(piece, group.end("count")):  # "two days" is no group of people
        return None
    count = group.group("count").lower()
    if count in KIN_ONE:
        return 1
    if count in ("a", "an"):
        return None if group.group("next").lower() in table_lines("not_one.txt") else 1
    return _number(count)


def _stated_total(sentence: str, at: int) -> int | None:
    """The total a breakdown cue right before a list refers to: the count of the group just before the
    cue ("12 people, including five soldiers and ..." -> 12), else None ("In 2019, including ...")."""
    cue = _breakdown_cue().search(sentence, 0, at)
    total = _group_pattern().search(sentence, 0, cue.start()) if cue else None
    while total and sentence[total.end():cue.start()].strip(" ,"):  # the group must end at the cue
        total = _group_pattern().search(sentence, total.start() + 1, cue.start())
    return _number(total.group("count")) if total else None


@cache
def _breakdown_cue() -> re.Pattern:
    """A breakdown cue ending just before a list, with its comma or space (breakdown_cues.txt)."""
    cues = "|".join(phrase_pattern(c) for c in table_lines("breakdown_cues.txt"))
    return re.compile(rf"\b(?:{cues})\s*$", re.I)


def _cumulative(sentence: str, match: re.Match, count: str) -> bool:
    """Whether a toll pattern's match is a running total: a cue from it to the end of its clause
    (cumulative_cues.txt: "since 2011"), or one naming the toll's owner from its clause's start to
    the match's `count` group (cumulative_before.txt: "the war's toll", "the conflict has killed"); not
    where the cue opens a span of days or weeks (toll_windows.txt: "since Monday", "over the past few days"),
    whose fighting is an event of its own with that toll."""
    clause = CLAUSE_END.split(sentence[match.start():], maxsplit=1)[0]
    opening = CLAUSE_END.split(sentence[:match.start(count)])[-1]
    return bool(_running(clause, "cumulative_cues.txt") or _running(opening, "cumulative_before.txt"))


def _running(text: str, table: str) -> bool:
    """Whether `text` holds a cue of a running total of `table` that opens no window of days (toll_windows.txt)
    and ranks no event among others ("among the bloodiest bombings of the conflict" is one bombing's toll)."""
    return any(not list_pattern("toll_windows.txt").match(text, cue.start())
               and not RANKED_AMONG.search(text, max(0, cue.start() - RANK_REACH), cue.end())
               for cue in list_pattern(table).finditer(text))


def _number(token: str) -> int | None:
    """A count written in digits or words ("25", "twenty-five", "dozens"); None past MAX_TOLL, which no
    report of one event states."""
    token = token.lower().replace(",", "")
    whole, joint, rest = token.partition(" and ")  # "a hundred and twenty"
    if joint:
        parts = (_number(whole), _number(rest))
        return sum(parts) if None not in parts else None
    count, _, multiplier = token.rpartition(" ")
    if multiplier in MULTIPLIERS and count and token not in _numbers():  # "two hundred", not "a hundred"
        number = _number(count)
        return _number(str(number * MULTIPLIERS[multiplier])) if number is not None else None
    if token.isdecimal():  # what int() reads; isdigit() also takes superscripts, which int() refuses
        return int(token) if len(token) <= len(str(MAX_TOLL)) and int(token) <= MAX_TOLL else None
    words = _numbers()
    if token in words:
        return words[token]
    tens, _, unit = re.sub(r"[\s-]+", "-", token).partition("-")  # "twenty-two", "twenty two"
    return words[tens] + words[unit] if words.get(tens, 0) >= 20 and words.get(unit, 10) < 10 else None


def largest_count(text: str, start: int, end: int) -> int | None:
    """The largest count stated in text[start:end] in digits or words ("detain 40", "two reporters",
    "dozens are held"), None where it states none."""
    counts = (_number(m.group()) for m in _count_word().finditer(text, start, end))
    return max((c for c in counts if c is not None), default=None)


@cache
def _count_word() -> re.Pattern:
    return re.compile(rf"\b(?:{_number_pattern()})\b", re.I)


def says_nobody_died(sentence: str) -> bool:
    """Whether the sentence says nobody was killed or hurt ("no one was hurt", "no reports of injuries")."""
    # most sentences hold none of the phrases' first words: a scan for those few words spares them the long list
    return _nobody_gate().search(sentence) is not None and list_pattern("no_deaths.txt").search(sentence) is not None


@cache
def _nobody_gate() -> re.Pattern:
    """The first words of no_deaths.txt's phrases ("no", "nobody", "without" ...) as one pattern."""
    return re.compile(alternation(sorted(first_words(table_lines("no_deaths.txt")))), re.I)
