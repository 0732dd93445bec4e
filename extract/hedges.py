"""Whether a trigger's own words tell no event: a plan, threat, condition or denial before it, a time's
anchor ("weeks after France began"), a charge or a court's sentence, an event only named as what came before
("the curfew imposed after the riots", "following opposition Freedom Front protests", "after three months of
strike action"), or words right after it that make it only possible or talked about.

Tables read: hedges.txt, hedge_breaks.txt, defied.txt, hedges_after.txt, allegations.txt, named_after.txt,
told_before.txt, named_doers.txt, ongoing_verbs.txt, assembling_verbs.txt, protest_deeds.txt, protesting_people.txt,
crowds.txt, not_crowds.txt.
"""
from __future__ import annotations

import re
from functools import cache

from .actors import ARMED, STATE, ActorFinder
from .dates import MONTH_ROWS, WEEKDAY_ROWS
from .pauses import AFTER_REACH, WORDS, pause_after
from .phrases import alternation, closing_phrases, first_words, list_pattern, table_lines, word_runs
from .tolls import HEADCOUNT, RANKED_AMONG, fatalities

TO_DEATH = re.compile(r"death\b", re.I)
# what a crowd came together to do: a protest, a march or a rally against or for something (not "to march on the town",
# "to rally support")
PROTEST_WORD = re.compile(r"protest|demonstrat|picket|(?:march|rally)\s+(?:against|for)\b", re.I)
NOBODY = re.compile(r"\b(?:nobody|no\s+one|none|not|never)\b|n't\b", re.I)  # "nobody gathered", "did not gather"
# a count of people, or people as such (not money: "$6 million", "$2,500"), as a crowd
CROWD_COUNT = re.compile(rf"{HEADCOUNT.pattern}|\bpeople\b", re.I)
NOBODY_REACH = 25  # characters before a verb of assembling its denial stands in
HEDGE_WINDOW = 5          # words before a trigger in which a hedge cancels it
DEFIED_REACH = 4          # words before a hedge in which a word of defiance breaks it ("defy a government ban")
# the words from a hedge to the trigger when the trigger is what the hedge bans ("a ban on protests", "the ban on all
# street marches"): a preposition, determiners and words that qualify a protest; not another noun banned before a deed
# after it ("defied a ban and marched", "defy a ban on gatherings to protest")
BANNED_OBJECT = re.compile(r"(?:\s+(?:on|of|against))?(?:\s+(?:the|a|an|all|any|such|further|new|public|street|mass"
                           r"|political|opposition|anti-government|planned))*\s*", re.I)
GOVERNED_WORDS = 6        # words between a phrase naming a deed as told before or its doer and the deed's word
NAMED_REACH = 100         # characters before a trigger such a phrase is looked for in
# a comma, an auxiliary, a relative or a noun of a case between a phrase and a trigger: the phrase's noun is another
# than the trigger's ("a suspect in a robbery case opened fire")
GAP_BREAK = re.compile(r"[,;:]|\b(?:was|were|is|are|has|have|had|be|been|will|would|who|which|that"
                       r"|case|cases|investigation|inquiry|probe|trial)\b", re.I)
# a recall of an envoy, not of the past: "recalled its ambassador after ..." (told_before.txt reads "recalled")
RECALLED_ENVOY = re.compile(r"\brecall(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}?(?:ambassadors?|envoys?|diplomats?|consuls?)\b",
                            re.I)
# an event condemned, as the verb's object ("condemns the attack", "denounced the rebels' ambush"); not a crowd
# condemning something else that then acts ("protesters denouncing the price rise clashed with police")
CONDEMNED = re.compile(r"\b(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing))\s+"
                       r"(?:(?:the|a|an|this|that|these|those|its|their|his|her|our)\s+)?(?:[\w-]+['’]s?\s+)?$", re.I)
CONDEMNED_REACH = 40  # characters before a trigger the condemning verb and its determiner are read from
# a superlative or "first" before "since", then the words up to the trigger with no pause: the trigger's deed is what
# another is measured from ("the deadliest attack on the army since the military seized power in a coup"); not a deed
# of the main clause's means ("fought them first since the truce by shelling their positions")
COMPARED_SINCE = re.compile(rf"(?:{RANKED_AMONG.pattern}|\bfirst\b)[^.;:,]*?\bsince\s+[^.;:,]*(?<!\bby\s)$", re.I)
COMPARED_REACH = 120  # characters before a trigger the superlative and "since" are read from
# "since" opening the trigger's clause, and the verb of beginning that ends it ("since the offensive began")
SINCE_BEFORE = re.compile(r"\bsince\s+[^.;:,]*$", re.I)
BEGAN_AFTER = re.compile(r"[^.;:,]{0,80}?\b(?:began|begun|started|erupted|broke\s+out|(?:was|were)\s+launched)\b", re.I)
AFTER_WINDOW = 2          # words right after a trigger in which a hedge of hedges_after.txt cancels it
# an event told as what a time is counted from, its subject between: "the capture came two weeks after France
# began its intervention" (not past a comma: "Three days after the raid, rebels seized the town" is an event); a deed
# days before is one the report dates (LABELLING.md: "the day after twin bombings left two dead")
ANCHORED = re.compile(r"\b(?:weeks?|months?|years?)\s+(?:after|since)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
ANCHOR_REACH = 60  # characters before a trigger the anchor is looked for in
# a day an anniversary marks, told with what happened on it ("the 40th anniversary of the night when J. R. Doe was
# shot"): the deed within a few words of "when" is the day's, long past; not an event told after it ("on the
# anniversary of the day when French troops freed Gao a car bomb killed 12")
ANNIVERSARY_WHEN = re.compile(r"\banniversary\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                              r"(?:when|where|on\s+which|in\s+which)"
                              r"\s+(?:[^\s,;:]+\s+){0,4}$", re.I)  # the deed's subject and auxiliary, a few words
ANNIVERSARY_REACH = 100  # characters before a trigger such an anniversary is looked for in
# one side accusing another, named between ("accuses the army of", "accusing Russia of"), and the harm its deed did told
# after it in the sentence (", killing a civilian", ", injuring three civilians")
ACCUSING = re.compile(r"accus\w*\s+\S.*\s+of$", re.I)
HARM_TOLD = re.compile(r"[^.;]*?,\s+(?:killing|injuring|wounding)\b", re.I)
ALLEGATION_REACH = 16  # a phrase of charges may start at the trigger and run past it ("executed for")
# a finite verb of the sentence's subject after a phrase of charges: the charged are its subject, and what follows
# is their news ("men accused of the attack were arrested", "a suspect charged with murder dies in a shootout");
# not "been" or "having", which stay inside the charge ("accused of having been behind the bombing")
CHARGE_ENDS = re.compile(r"\b(?:is|are|was|were|die|dies|died)\b", re.I)
RELATIVE_OR_ASIDE = re.compile(r",|\b(?:who|whom|whose|which|that)\b", re.I)
# an event's own name between those words and its trigger ("following the Gao Market bombing", "the
# organiser of the Free Women march"): one to four capitalised words, their case kept
NAME_RUN = r"(?:\s+(?-i:[A-Z])[\w'’.-]*){1,4}\s+$"
NAMES_REACH = 90  # characters before a trigger the words and the names are looked for in
# an event named as a span of weeks or more that came before something or that a place went through ("back
# at their desks after eleven weeks of walkouts", "a town that has lived through a fortnight of shelling"): a
# period of many days' events, background, unless the clause tells its toll. Not a span as the subject ("two
# weeks of shelling have left the town in ruins": the news), nor a few days, one event's own length ("the
# rebels left after two days of bombing")
SPAN_OF = re.compile(r"\b(?:after|following|seen|experienced|endured|suffered)\s+(?:[\w-]+\s+)?"
                     r"(?:weeks|months|years|decades)\s+of\s+(?:[\w'’-]+\s+){0,4}$", re.I)
SPAN_REACH = 80  # characters before a trigger the span is looked for in
# after a run of names or a span, a trigger that is a verb tells its event ("after the Taliban seized", "after the Army
# shells Homs"): one in -ed, or one followed by its object, a name, a number or a determiner, or by a word a
# verb takes where a noun of an event rarely does ("leaders of the Tuareg MNLA clash with Ansar Dine")
# a trigger's noun with the verb of its own outbreak: the event is told, not only named ("after protests broke out")
BROKE_OUT = re.compile(r"[\w-]+\s+(?:(?:break|breaks|broke|breaking)\s+out|erupt|erupts|erupted|flare\s+up|flares\s+up"
                       r"|flared\s+up|spread|spreads)\b", re.I)
OWN_DAY_REACH = 90  # characters after an event's word its own day is looked for in
VERB_AFTER_NAMES = re.compile(r"\w+ed\b|\w+\s+(?:(?-i:[A-Z])|\d|(?:the|a|an|its|their|his|her|with|from)\b)", re.I)


def only_named_after(text: str, start: int, end: int, at: int) -> bool:
    """Whether the trigger at `at` names an earlier event only as what something came after ("the curfew
    imposed after the riots"; `named_after.txt`), by its name after those words, or as a span of time it
    filled ("back at their desks after eleven weeks of walkouts"), in a clause that tells no toll of it; not
    one whose own verb tells it break out or spread ("scores held as riots erupted in the city"), nor one told with
    its own day ("suspends its work following the killing of two aid workers on 8 February": LABELLING.md codes an
    earlier event the report dates)."""
    named = closing_phrases("named_after.txt").search(text, start, at) is not None \
        or _named_by_name(text, start, at) or _named_as_span(text, max(start, at - SPAN_REACH), at)
    return named and fatalities(text[start:end]) is None and BROKE_OUT.match(text, at) is None \
        and _own_day().match(text, at, min(end, at + OWN_DAY_REACH)) is None


@cache
def _own_day() -> re.Pattern:
    """A day of its own told after an event's word, before any pause: "on 8 February", "on Tuesday", "yesterday",
    "two days ago" (the month and weekday names of the date finder's tables)."""
    months = alternation(sorted(r["name"] for r in MONTH_ROWS))
    weekdays = alternation(sorted(r["name"] for r in WEEKDAY_ROWS))
    return re.compile(rf"[^,;:]*?\b(?:on\s+(?:\d{{1,2}}\s+{months}|{months}\s+\d{{1,2}}|{weekdays})|yesterday"
                      r"|(?:two|three|four|five|\d)\s+days\s+ago)\b")


def _named_as_span(text: str, start: int, at: int) -> bool:
    """Whether text[start:at] ends in a span of time the event filled (`SPAN_OF`), the trigger told as a noun,
    not as the verb of a subject after the span ("after weeks of talks the army stormed the base"); a plain
    look for " of " first."""
    return text.find(" of ", start, at) >= 0 and SPAN_OF.search(text, start, at) is not None \
        and VERB_AFTER_NAMES.match(text, at) is None


def _named_by_name(text: str, start: int, at: int) -> bool:
    """Whether the trigger at `at` is an event's name after the words of `named_after.txt` and a run of
    capitalised words (`NAME_RUN`), told as a noun, not as the verb of a subject so named."""
    before, reach = text.rfind(" ", start, at - 1) + 1, max(start, at - NAMES_REACH)
    if not text[before:before + 1].isupper() or _named_after_starts().isdisjoint(word_runs(text, reach, at)):
        return False  # plain looks first: most triggers follow no name, and most names none of those words
    return _after_names().search(text, reach, at) is not None and VERB_AFTER_NAMES.match(text, at) is None


@cache
def _named_after_starts() -> frozenset[str]:
    """The first words of `named_after.txt`'s phrases: a window holding none holds no phrase."""
    return first_words(table_lines("named_after.txt"))


@cache
def _after_names() -> re.Pattern:
    """The phrases of `named_after.txt` followed by a run of names, matching only just before a trigger."""
    return re.compile(alternation(table_lines("named_after.txt")) + NAME_RUN, re.IGNORECASE)


def is_hedged(text: str, sentence_start: int, at: int) -> bool:
    """A plan, threat, condition or denial just before the trigger ('would seize', 'to seize'; not after a verb of
    going on, 'continue to battle', `ongoing_verbs.txt`), a time's anchor ('weeks after France began'), the day an
    anniversary marks ('the anniversary of the day when ... was assassinated'), a charge or a sentence before it in
    its sentence ('charged with a plot to bomb', `allegations.txt`), or its doer named just before it ('the
    perpetrator of the attack', `named_doers.txt`, `named_before`). Not across a semicolon: the clause after it is a
    report of its own ("... against a proposed ban; some 30,000 rally in the square")."""
    sentence_start = max(sentence_start, text.rfind(";", sentence_start, at) + 1)
    before = WORDS.findall(text[sentence_start:at])
    if before and before[-1].lower() == "to" and not TO_DEATH.match(text, at) \
            and not (len(before) > 1 and before[-2].lower() in _ongoing_verbs()) \
            and not _gathered_for(text, sentence_start, at):
        # "to seize"; not "hacked to death", whose "death" the typer may give as its evidence, nor a deed going on
        # or begun ("continue to battle", `ongoing_verbs.txt`), nor the protest people came together for
        return True
    if _anchored(text, max(sentence_start, at - ANCHOR_REACH), at):
        return True  # "two weeks after France began its intervention": history the time is told from
    if ANNIVERSARY_WHEN.search(text, max(sentence_start, at - ANNIVERSARY_REACH), at):
        return True
    window = before[-HEDGE_WINDOW:]
    breaks = [i for i, word in enumerate(window) if word.lower() in _hedge_breaks()]
    window = window[breaks[-1]:] if breaks else window  # "a planned visit following protests": the visit's
    return _hedged_in(window, before) or _alleged(text, sentence_start, at) \
        or named_before(text, sentence_start, at, "named_doers.txt")


def _hedged_in(window: list[str], before: list[str]) -> bool:
    """Whether a hedge of hedges.txt stands in `window` (the last words of `before`) that no word of defiance breaks
    just before it (defied.txt: "defied a ban and marched" tells the march; "ban all marches" none), or whose own
    object the trigger is (`BANNED_OBJECT`: "despite a ban on protests, the city was quiet" tells no protest)."""
    joined = " ".join(window)
    for hedge in list_pattern("hedges.txt").finditer(joined):
        at = len(before) - len(window) + joined.count(" ", 0, hedge.start())
        if not _defied().search(" ".join(before[max(0, at - DEFIED_REACH):at])) \
                or BANNED_OBJECT.fullmatch(joined, hedge.end()) is not None:
            return True
    return False


@cache
def _defied() -> re.Pattern:
    """A word of defiance (defied.txt) and up to two words (its article, a ruler), closing a text."""
    return re.compile(alternation(table_lines("defied.txt")) + r"(?:\s+[\w'’-]+){0,2}\s*$", re.IGNORECASE)


def _gathered_for(text: str, sentence_start: int, at: int) -> bool:
    """Whether the word of protest at `at`, after "to", says why people came together or did a deed of protest:
    `protest_done` ("lawyers gather outside the court to demonstrate", "activists chained themselves to the gates to
    protest"; not "unions plan to gather to protest")."""
    return PROTEST_WORD.match(text, at) is not None and protest_done(text, sentence_start, at)


def protest_done(text: str, sentence_start: int, at: int) -> bool:
    """Whether people came together or did a deed of protest before offset `at` in its sentence, itself no plan nor
    denied: a verb of assembling (`assembling_verbs.txt`), or a deed of protest (`protest_deeds.txt`) after people who
    protest (`crowd_before`): "farmers marched on the capital to protest", "taxi drivers block roads in
    protest"; not "unions plan to block roads", "nobody gathered", "Mali blocked the border crossing in protest"."""
    verbs = [(m, False) for m in list_pattern("assembling_verbs.txt").finditer(text, sentence_start, at)] \
        + [(m, True) for m in list_pattern("protest_deeds.txt").finditer(text, sentence_start, at)]
    if not verbs:
        return False
    verb, deed = max(verbs, key=lambda found: found[0].start())
    return not is_hedged(text, sentence_start, verb.start()) \
        and NOBODY.search(text, max(sentence_start, verb.start() - NOBODY_REACH), verb.start()) is None \
        and (not deed or crowd_before(text, sentence_start, verb.start(), protesters=True))


def crowd_before(text: str, start: int, at: int, protesters: bool = False) -> bool:
    """Whether text[start:at] names a crowd (crowds.txt) or a count of people (`CROWD_COUNT`), or with `protesters`
    people who protest (`protesting_people.txt`: farmers, drivers, a monk), and no office, calling or following that
    gathers or acts for other ends (not_crowds.txt: leaders, officials, lawmakers, pilgrims, fans, troops)."""
    names = ("crowds.txt", "protesting_people.txt") if protesters else ("crowds.txt",)
    crowd = CROWD_COUNT.search(text, start, at) is not None \
        or any(list_pattern(name).search(text, start, at) is not None for name in names)
    return crowd and list_pattern("not_crowds.txt").search(text, start, at) is None


@cache
def _ongoing_verbs() -> frozenset[str]:
    """The words of ongoing_verbs.txt, after which "to" opens the deed itself."""
    return frozenset(table_lines("ongoing_verbs.txt"))


@cache
def _hedge_breaks() -> frozenset[str]:
    """The words of hedge_breaks.txt (asked of every word before every trigger: a set, read once)."""
    return frozenset(table_lines("hedge_breaks.txt"))


def told_before(text: str, sentence_start: int, at: int, date_how: str) -> bool:
    """An event named just before its trigger by its victims, survivors or remembrance ("mourners bury the victims
    of the bombing"; `told_before.txt`), or condemned (`CONDEMNED`: "the UN condemns the attack"), with no date of
    its own: told before, not reported. A country that recalls its envoy over it remembers nothing ("recalled its
    ambassador after soldiers killed")."""
    if date_how != "window":
        return False
    return named_before(text, sentence_start, at, "told_before.txt") \
        or CONDEMNED.search(text, max(sentence_start, at - CONDEMNED_REACH), at) is not None


def compared_since(text: str, sentence_start: int, at: int) -> bool:
    """Whether the trigger at `at` is told in a "since" clause after a superlative or "first", as the point another
    event is measured from ("the deadliest attack on the army since the military seized power in a coup", "the first
    raid since the ceasefire was signed"): history the report recalls, no event of its own."""
    return COMPARED_SINCE.search(text, max(sentence_start, at - COMPARED_REACH), at) is not None


def since_it_began(text: str, sentence_start: int, at: int) -> bool:
    """Whether the trigger at `at` is told in a "since" clause as the start of a span ("544 civilians have been killed
    since the assault on Idlib began", "since the protests started in March"): a war, a campaign or a wave of protests
    the report counts from, no event of its own."""
    return SINCE_BEFORE.search(text, max(sentence_start, at - COMPARED_REACH), at) is not None \
        and BEGAN_AFTER.match(text, at) is not None


def named_before(text: str, sentence_start: int, at: int, table: str) -> bool:
    """Whether a phrase of `table` governs the trigger at `at`: it stands at most `GOVERNED_WORDS` words before it with
    no comma, auxiliary or relative between ("survivors of the market bombing"; not "following the recent elections,
    riots broke out", "a militant wanted for bombings was killed in an air strike"), and is no envoy recalled
    ("recalled its envoy after soldiers killed")."""
    start = max(sentence_start, at - NAMED_REACH)
    phrases, window = list_pattern(table), text[start:at].lower()
    if phrases.gate is not None and not any(run in window for run in phrases.gate):
        return False  # a substring test first: asked before every trigger, and most windows hold no phrase's word
    recalled = [m.span() for m in RECALLED_ENVOY.finditer(text, start, at)]
    for cue in phrases.finditer(text, start, at):
        gap = text[cue.end():at]
        if not GAP_BREAK.search(gap) and len(WORDS.findall(gap)) <= GOVERNED_WORDS \
                and not any(s <= cue.start() < e for s, e in recalled):
            return True
    return False


def _anchored(text: str, start: int, at: int) -> bool:
    """Whether text[start:at] ends in a time's anchor (`ANCHORED`); a plain search for "after" or "since" first."""
    return (text.find(" after ", start, at) >= 0 or text.find(" since ", start, at) >= 0) \
        and ANCHORED.search(text, start, at) is not None


def is_unreal_after(text: str, at: int, end: int) -> bool:
    """A trigger told as only possible, plotted, threatened or talked about by the words right after it
    ("a ceasefire would allow", "a coup is unlikely", "a bomb plot", "truce talks"; `hedges_after.txt`)."""
    after = " ".join(WORDS.findall(text, at, pause_after(text, at, min(end, at + AFTER_REACH)))[:AFTER_WINDOW])
    return bool(list_pattern("hedges_after.txt").match(after))


def _charge_ended(text: str, start: int, at: int) -> bool:
    """Whether a finite verb of the charged ends the charge's phrase in text[start:at] (`CHARGE_ENDS`), one not inside a
    relative clause or an aside ("the verdict, which is final, concerns the bombing"; "two men who were arrested over
    the bombing": still the charge's)."""
    return CHARGE_ENDS.search(text, start, at) is not None and RELATIVE_OR_ASIDE.search(text, start, at) is None


def _alleged(text: str, sentence_start: int, at: int) -> bool:
    """Whether a phrase of charges or courts stands before `at` in its clause (or starts there: "executed
    for"): after the last ';' before it, which ends a clause, and with no finite verb between (`CHARGE_ENDS`); not
    one that opens the sentence and is closed by a comma before `at` ("In connection with the unrest, soldiers shot
    dead three men": the main clause after it is news)."""
    clause = max(sentence_start, text.rfind(";", sentence_start, at) + 1)
    cue = list_pattern("allegations.txt").search(text, clause, at + ALLEGATION_REACH)
    return cue is not None and cue.start() <= at and not _charge_ended(text, cue.end(), at) \
        and not (not text[clause:cue.start()].strip() and "," in text[cue.end():at]) \
        and not _accused_with_harm(text, sentence_start, cue, at)


def _accused_with_harm(text: str, sentence_start: int, cue: re.Match, at: int) -> bool:
    """Whether one side accuses another of the deed at `at` and tells the harm it did ("Azerbaijan accuses the
    Armenian forces of shelling the pipeline, killing a civilian"; `ACCUSING`, `HARM_TOLD`), the accused an armed
    side (state forces or an armed group): a deed reported, its doer named by the accuser, as the headline sets code
    it; not a charge ("a man accused of killing three", "prosecutors accuse the former mayor of ..."), nor an
    accusation of no harm told ("accuses Greece of arming the islands")."""
    if ACCUSING.match(cue.group()) is None or HARM_TOLD.match(text, at) is None:
        return False
    accused = _actor_finder().find(text, cue.start(), cue.end(), None)
    return any(a.kind in (ARMED, STATE) for a in accused)


@cache
def _actor_finder() -> ActorFinder:
    return ActorFinder()
