"""From a sentence to events, the composition of the steps: the sentence's clauses (`clauses.py`), their
triggers (`triggers.py`, hedges in `hedges.py`) and the typer's event types combined, what the context makes
of each trigger (`event_types.py`), then a place (`event_places.py`), a date (`event_dates.py`), the sides
(`sides.py`) and the toll (`tolls.py`) attached to each; a story told across sentences (`stories.py`)
or claimed.

Tables read here: claims.txt, not_here_cues.txt (the article's focus), lone_attackers.txt, unpolitical_victims.csv,
weapon_deaths.txt, attacker_nouns.txt, private_deaths.txt (with accident_cues.txt, ordinary_crimes.txt).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from bisect import bisect_right
from functools import cache, cached_property

from .actors import (ARMED, MILITARY_FORCES, STATE, UNIDENTIFIED_GROUP, Actor, ActorFinder, ArticleSides, acled_country,
                     acled_names, ethnic_militia, ethnic_opponent, names_state_force, state_forces)
from .attribution import attribute
from . import tables
from .phrases import PhraseList, alternation, closing_phrases, list_pattern, phrase_list
from .clauses import Clause, clauses_of
from .event_dates import choose_date, is_background
from .event_places import (ORIGIN_CUE, UNSURE_PLACES, choose_place, listed_with, place_precision, places_pointed_back,
                           spread_to, toponym_label, words_before)
from .event_types import clause_types, retyped, with_context_rules
from .retype_crowds import crowd_faces, rioters_first
from .retype_takings import place_taken, sub_event
from .retype_victims import (ONE_SIDED_PRIORITY, RELATIVE_BEFORE, RELATIVE_REACH, abductions_that_killed,
                             civilian_site_after, dying_words, forces_attacked, hit_people, killing_words)
from .retype_weapons import brought_down, on_the_ground
from .sides import TERRITORY, only_told, pick_actors, with_article_sides
from .stories import Stories, ToldAgain, retold, told_later
from .tolls import (attacker_killed, attackers_told_dead, event_fatalities, fatalities, mentions_death,
                    says_nobody_died)
from .hedges import compared_since, is_hedged, is_unreal_after, only_named_after, since_it_began, told_before
from .not_events import (attack_parts, crowd_deaths, crowd_parts, needs_met, no_event, ordinary_crime, recalls_past_war,
                         suspects_held, taking_parts)
from .pauses import PAUSE, WORDS, passive_aux
from .gazetteer import peaceful_countries
from .models import Article, Event, Place, Sentence, Timex, Toponym
from .settings import Settings
from .typer import Typed, Typer
from .triggers import (KILLING, Trigger, find_triggers, frees_captives, phrase_around, typed_trigger,
                       unsided_stabbing)
from .typer.words import may_have_cue
from .vocabulary import (ABDUCTION, AGREEMENT, AIR_STRIKE, ARMED_CLASH, ARRESTS, ATTACK, CIVILIAN_VIOLENCE,
                         DISRUPTED_WEAPONS, EXCESSIVE_FORCE, FATAL_TYPES, NO_EVENT, REMOTE_EVENTS as REMOTE,
                         SEXUAL_VIOLENCE, TAKINGS, TERRITORY_CHANGES)

CLAIM = "Attribution of responsibility"  # the typer's class for news of who claims or is blamed for an attack
UNSTATED_DATE_VALUES = ("PRESENT_REF", "FUTURE_REF")
CONFIDENCE_PLACE = {"sentence": 1.0, "nearby": 0.8, "article focus": 0.7, "country": 0.6, "none": 0.4}
FOCUS_SHARE = 0.4      # a town is the article's focus with this share of its home-country town mentions,
FOCUS_MENTIONS = 2     # ahead of every other town, and this many mentions unless it is the only town
CONFIDENCE_DATE = {"stated": 1.0, "context": 0.85, "window": 0.7, "none": 0.5}
# a sentence's subject naming an event, and a verb telling when it happened: "(He said) the fire was set ..."
DATED_SUBJECT = re.compile(r"(?:[^,;:.]{0,30}?\b(?:said|says|added)\s+(?:that\s+)?)?(?:the|this|that)\s+(?P<noun>[\w-]+)\s+"
                           r"(?:was|were|had\s+been)\s+(?:set|started|carried\s+out|launched|staged|made)\b", re.I)
TOLD_WHEN_VERBS = (" set ", " started ", " carried out ", " launched ", " staged ", " made ")  # DATED_SUBJECT's verbs
# a sentence's subject naming an event, maybe where it happened, and a verb telling that it happened or what it struck:
# "The (drone) strike hit the market in ...", "The killings in Nondin and Soro, in Yatenga province, took place on ..."
TOLD_AGAIN = re.compile(r"\s*(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)"
                        r"(?:\s+(?:in|at|near|on)\s+[^.;:]{1,80}?)?,?\s+(?:also\s+)?"
                        r"(?:hit|struck|targeted|tore\s+through|ripped\s+through|took\s+place|happened|occurred)\b",
                        re.I)
CLAUSE_BREAK = re.compile(r"[,;]")
# sub-types ACLED codes as events of their own beside another of their event type in one clause: a taking of
# hostages or a rape beside the killing or attack told with it
APART_SUB_TYPES = frozenset({"Abduction/forced disappearance", "Sexual violence"})
# after a claim, words that make it a claim of another deed than the sentence's: "for an attack in Iraq", "a week ago"
# an open relative clause right before a group: it describes the one named before ("Al Shabaab, which is allied to")
IN_RELATIVE = re.compile(r",\s+(?:which|who)\b[^,;.]*$", re.I)
OTHER_DEED = re.compile(r"\b(?:another|other|separate|earlier|previous|ago)\b|\bfor\s+an?\s+(?:[\w-]+\s+){1,2}?in\b",
                        re.I)
CROWD_EVENTS = {"Protests", "Riots"}  # a crowd's events: "protests and clashes with police" are one riot
SPREADING_TYPES = (*CROWD_EVENTS, "Battles")  # events told as spreading to more places (`spread_to`)
# between two event words that name two events: "airstrikes and clashes", "airstrikes, and rockets from insurgents,"
COORDINATED = re.compile(r"\s*,?\s+and\s+(?:the\s+|heavy\s+|fierce\s+)?", re.I)
FIRM_PRIORITY = 6    # a rule trigger this firm (triggers.csv) stands beside the typer's events of other types
VETO_SCORE = 0.8     # a class outside ACLED this likely drops the rule triggers (below the threshold too)
PASSIVE_AFTER = re.compile(r"\s+(?:who\s+)?(?:was|is|were|are|has been|had been|died|dies|and|,)", re.I)
# a relative clause or a participle telling who the person was, then the passive's auxiliary: "a man accused of
# spying was shot dead", "a driver who worked for the UN was gunned down" (the person acted upon, not the attacker)
DESCRIBED_THEN_PASSIVE = re.compile(r"\s+(?:who|accused|suspected|wanted|believed|known|linked|working)\b[^,.;]{0,60}?"
                                    r"\s(?:was|is|were|are|has\s+been|had\s+been)\s", re.I)
# the sub-types that get a toll besides the types that kill: force against protesters ("police open fire on
# protesters, killing four") and a bomb that kills its own bombers (LABELLING.md); other protests' tolls stay
# unknown (a peaceful protest's is null, not 0)
OBJECT_REACH = 3  # characters of space or punctuation between a trigger and its object ("entered Algeria")
TOLLED_SUB_TYPES = (EXCESSIVE_FORCE, DISRUPTED_WEAPONS)
# a relative clause's opening right before its verb ("rebels who fought", "a group that has attacked")
RELATIVE_OPENING = re.compile(r"\b(?:who|which|that)\s+(?:(?:had|have|has|once|previously|earlier)\s+)?$", re.I)
RELATIVE_REACH = 30  # characters before a trigger searched for a relative clause's opening
# a word putting a taking told after a fight before it or in someone's past: "after seizing", "who captured",
# "having seized"
BEFORE_OR_AGO = re.compile(r"\b(?:after|before|since|who|which|that|when|while|whose|having)\b", re.I)
# sentences after a deed's in which a group's claim of "the attack" is this deed's ("a man is hacked to death. He had
# criticised the group. IS claims responsibility for the attack.")
CLAIM_REACH = 2
ADVANCE = 2  # triggers.csv priority of a move toward a place ("advanced on"), the weakest sign of a fight
AGENT_REACH = 40  # characters after "killed by" where its agent stands ("by suspected Islamist militants")
SIDE, UNPOLITICAL, OTHER = "side", "unpolitical", "other"  # who killed, named after "by" (`_killer_by`)
HEAD_BEFORE = re.compile(r"(?:(?!by\b)[\w'’-]+\s+){0,3}", re.I)  # the agent's words before its head, no other "by"
# what may follow the head of the agent's words: their end, or a word that is no part of the name ("militants in
# Gao"; not "police car", "Police FC", "a police officer's dog")
HEAD_ENDS = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|at|on|near|during|after|before|while|and|who|which|as|when|from|"
                       r"with|of|outside|inside|overnight|late|early|yesterday|today|last|this)\b", re.I)
PRIVATE_DEATHS = ("accident_cues.txt", "ordinary_crimes.txt", "private_deaths.txt")  # a gun's death of no war
# what follows the head of a subject: a relative clause, a participle or a comma ("a witness who identified the gunman")
SUBJECT_TAIL = re.compile(r"\s+(?:who|whom|whose|which|that)\b|\s+\w+ing\b|,", re.I)
WEAPON_KILLING = 6  # the priority of a death by a gun in the passive, as of the deeds of killing in triggers.csv
# between a side and its word of killing: a few words, no joint of clauses ("soldiers on Monday fatally shot")
KILLER_GAP = re.compile(r"(?:\s+(?!(?:that|who|which|and|but|as|after|when|while)\b)[\w'’-]+){0,3}\s+", re.I)
ARMED_ACTOR = "armed_actor"  # triggers.csv `needs` of a word that is an armed group's act only
# the words of an arrest, and those of its other senses before it ("cardiac arrest"; a house arrest is a detention): an
# arrest the typer reads in a clause whose every such word is a purpose, a plan or another sense told none ("deploys
# troops in order to arrest suspects")
ARREST_WORD = re.compile(r"\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?)\b", re.I)
NOT_AN_ARREST = re.compile(r"\b(?:cardiac|respiratory)\s+$", re.I)


def _toll(ctx: Context, index: int, clause: tuple[int, int], at: int) -> int | None:
    """The toll of the event's clause of sentence `index` (a clause the event answers has its own: "...,
    killing 12 fighters, in response to a rocket attack" is not the rocket attack's toll), the part of it
    its trigger (at `at`) stands in where parts tell tolls of their own; else 0 when the next sentence says
    nobody was hurt ("A rocket landed in Sderot. There were no reports of injuries."), else unknown."""
    toll = event_fatalities(ctx.article.text, *clause, at)
    following = ctx.sentences[index + 1] if index + 1 < len(ctx.sentences) else None
    if toll is None and following is not None and following.kind == "body" \
            and says_nobody_died(following.text):
        return 0
    return toll


def _group(spans: Sequence, starts: list[int], sentences: Sequence[Sentence]) -> dict[int, list]:
    """Spans keyed by the index of the sentence they start in."""
    grouped: dict[int, list] = {}
    for span in spans:
        i = bisect_right(starts, span.start) - 1
        if i >= 0 and span.start < sentences[i].end:
            grouped.setdefault(i, []).append(span)
    return grouped


@dataclass(frozen=True)
class Context:
    """What the event step needs to know about the whole article."""

    article: Article
    sentences: Sequence[Sentence]
    timexes: Sequence[Timex]
    toponyms: Sequence[Toponym]
    home: str | None            # the country the article is mostly about
    home_place: Place | None    # its gazetteer row, for country-precision events

    def toponyms_in(self, index: int) -> list[Toponym]:
        """The places named in sentence `index`."""
        return self._by_sentence[0].get(index, [])

    def dates_in(self, index: int) -> list[Timex]:
        """The resolved calendar dates stated in sentence `index` (not "now", not durations)."""
        return self._by_sentence[1].get(index, [])

    def durations_in(self, index: int) -> list[Timex]:
        """The spans of time sentence `index` states ("four days")."""
        return self._by_sentence[2].get(index, [])

    @cached_property
    def _by_sentence(self) -> tuple[dict[int, list[Toponym]], dict[int, list[Timex]], dict[int, list[Timex]]]:
        """Places, usable dates and durations grouped by sentence, once per article."""
        starts = [s.start for s in self.sentences]
        dates = [t for t in self.timexes if t.resolved and t.type in ("DATE", "TIME")
                 and t.value not in UNSTATED_DATE_VALUES]
        durations = [t for t in self.timexes if t.type == "DURATION"]
        return (_group(self.toponyms, starts, self.sentences), _group(dates, starts, self.sentences),
                _group(durations, starts, self.sentences))

    @cached_property
    def focus(self) -> Toponym | None:
        """The town the article is about, when one clearly dominates its home-country towns; a town
        named only as where someone spoke ("a news conference in Algiers") does not count."""
        text = self.article.text
        towns = [t for t in self.toponyms if t.place.country_code == self.home and t.place.feature_class == "P"
                 and not closing_phrases("not_here_cues.txt").search(words_before(text, 0, t.start))]
        counts = Counter(t.place.geonameid for t in towns)
        if not counts:
            return None
        ranked = counts.most_common(2)
        geonameid, count = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if count == runner_up or count < FOCUS_SHARE * len(towns) or (count < FOCUS_MENTIONS and len(ranked) > 1):
            return None
        return next(t for t in towns if t.place.geonameid == geonameid)


class EventExtractor:
    """Turns an article's sentences, dates and places into events."""

    def __init__(self, settings: Settings | None = None, typer: Typer | None = None) -> None:
        self.actors = ActorFinder()
        self.settings = settings or Settings()
        self.typer = typer or Typer()

    def extract(self, ctx: Context) -> list[Event]:
        """Events of every body sentence of the article, in order, so that each knows the sides named before
        it and the story told so far (`stories.Stories`); looting and a crowd's arrest beside a riot, in its
        sentence or the next, are the riot's (`crowd_parts`), and so are killings with no side named told
        just after a riot or a demonstration (`crowd_deaths`); a withdrawal beside a change of hands, or told in the
        sentence after it, is that change's (`taking_parts`), and destruction told after an attack the attack's
        (`attack_parts`); an abduction whose captives died is an attack (`abductions_that_killed`)."""
        sides, stories = ArticleSides(), Stories(self.settings.typing_threshold)
        before: list[Event] = []  # the events of the body sentence before: its riot takes this one's arrests
        for index, sentence in enumerate(ctx.sentences):
            if sentence.kind != "body":
                continue
            kinds = {e.event_type for e in before}
            found = attack_parts(crowd_parts(taking_parts(self.sentence_events(ctx, index, sides),
                                                          {e.sub_event_type for e in before}), kinds), before)
            found = [retold(ctx, index, e, stories.events)
                     for e in crowd_deaths(found, before, lambda: self._armed_named(ctx, index))]
            before = found
            stories.add(found, sentence.text, _towns(ctx, index), None if found else _story_dated(ctx, index),
                        _told_again(ctx, index))
            claimant = self._claimant(ctx, index)
            if claimant is not None:
                stories.claimed(lambda event: _claimed_by(event, claimant))
        events = abductions_that_killed(told_later(stories.events, ctx.article.text))  # tolls told later count too
        events = suspects_held(events, ctx.article.text)
        return attribute(ctx, events, self.actors)  # who the article says acted

    def _armed_named(self, ctx: Context, index: int) -> bool:
        """Whether sentence `index` names an armed group ("gunmen", "militants"; state forces may be victims)."""
        sentence = ctx.sentences[index]
        return any(a.kind == ARMED for a in self.actors.find(ctx.article.text, sentence.start, sentence.end, ctx.home))

    def _claimant(self, ctx: Context, index: int) -> Actor | None:
        """The named armed group that claims an attack in sentence `index` ("IS claimed responsibility"), or that
        the report holds responsible ("with the militia thought to be behind it", "blamed on al-Shabaab")."""
        sentence, text = ctx.sentences[index], ctx.article.text
        cue = list_pattern("claims.txt").search(text, sentence.start, sentence.end)
        before = [g for g in self._groups(ctx, sentence.start, cue.start()) if not IN_RELATIVE.search(
            text, sentence.start, g.start)] if cue else []
        if before:  # "IS claimed responsibility", "Boko Haram was blamed"; not "..., which is allied to al-Qaeda,"
            return before[-1]
        cue = list_pattern("blamed_on.txt").search(text, sentence.start, sentence.end)
        after = self._groups(ctx, cue.end(), sentence.end) if cue else []
        return after[0] if after else None  # "was blamed on al-Shabaab"

    def _claimed_around(self, ctx: Context, index: int) -> bool:
        """Whether sentence `index` or one of the next `CLAIM_REACH` names a group that claims responsibility
        (`claims.txt`, the group before the cue) for this attack, not for another one (`OTHER_DEED`: "for an attack in
        Iraq a week ago")."""
        text = ctx.article.text
        for later, sentence in enumerate(ctx.sentences[index:index + 1 + CLAIM_REACH], start=index):
            cue = list_pattern("claims.txt").search(text, sentence.start, sentence.end)
            # past the next sentence, a claim that names a place may be of a deed there ("... claimed the attack on
            # a base in Borno"): only one that names none is this deed's
            if cue and self._groups(ctx, sentence.start, cue.start()) \
                    and not OTHER_DEED.search(text, cue.end(), sentence.end) \
                    and (later <= index + 1 or not ctx.toponyms_in(later)):
                return True
        return False

    def _groups(self, ctx: Context, start: int, end: int) -> list[Actor]:
        """The named armed groups of text[start:end]."""
        return [a for a in self.actors.find(ctx.article.text, start, end, ctx.home) if a.kind == ARMED and a.specific]

    def sentence_events(self, ctx: Context, index: int, sides: ArticleSides | None = None) -> list[Event]:
        """At most one event per event type in one clause: the first trigger, usually the main clause's,
        typed by the typer; or the typer's own confident event types where no trigger fired. A clause
        told as what the event answers ("... in response to rockets fired from Syria") is one of its own."""
        sentence = ctx.sentences[index]
        sides = sides if sides is not None else ArticleSides()
        return [event for start, end in clauses_of(ctx.article.text, sentence.start, sentence.end)
                for event in self._clause_events(ctx, index, start, end, sides)]

    def _clause_events(self, ctx: Context, index: int, start: int, end: int, sides: ArticleSides) -> list[Event]:
        """The events of text[start:end], a clause of sentence `index` (see `sentence_events`): what its rule
        triggers and the typer say happened (`_typing`), the kinds of event chosen from both (`_chosen`), then
        each one's sides, place, date and toll (`_made`)."""
        text = ctx.article.text
        triggers = find_triggers(text, start, end)
        if not triggers and not may_have_cue(text, start, end) and _by_weapon(text, start, end) is None:
            return []  # no trigger, no cue ("gunned down" is none): the typer's and the actor finder's time is dear
        actors = self.actors.find(text, start, end, ctx.home) if triggers else None
        typing = self._typing(ctx, index, (start, end), triggers, actors)
        if typing is None:
            return []
        triggers, typed, threshold = typing
        actors = actors if actors is not None else self.actors.find(text, start, end, ctx.home)
        chosen = self._chosen(ctx, index, (start, end), triggers, actors, typed, threshold, sides)
        return self._made(ctx, index, (start, end), chosen, actors, sides)

    def _typing(self, ctx: Context, index: int, clause: tuple[int, int], triggers: Sequence[Trigger],
                actors: list[Actor] | None) -> tuple[Sequence[Trigger], list[Typed], float] | None:
        """The clause's triggers (their needs waived where a group claims the deed), the typer's ranked types and
        the threshold they are held to; None when no trigger is sure of an event, the typer is not either and no death
        by a gun makes one (`_killing_by_weapon`)."""
        text, (start, end) = ctx.article.text, clause
        threshold = self.settings.typing_threshold
        triggers, asked = self._killings_kept(text, clause, triggers, actors or [])
        # a trigger whose word is an armed group's act only, with no armed group named ("the government frees 300
        # prisoners": released by rebels, an agreement), says no more than no trigger that an event happened
        sure = [t for t in triggers if t.needs != ARMED_ACTOR or needs_met(t, actors or [])]
        if len(sure) < len(triggers) and self._claimed_around(ctx, index):
            # "a priest is hacked to death. IS claims responsibility": the group that claims it is the one it needs
            sure = [replace(t, needs="") if t.needs == ARMED_ACTOR else t for t in triggers]
            triggers = tuple(sure)
        # a clause left without its bare killings was already asked whether anything happened: asked once
        typed = asked if asked is not None and not sure else self.typer.ranked(text, start, end, threshold,
                                                                               detect=not sure)
        if sure and not any(needs_met(t, actors or [], text[start:t.start]) for t in sure) \
                and not _confident(typed, threshold):
            # no trigger has the actor it needs ("two hotels came under attack from gunmen": no force came under
            # it) and the typer, asked only which kind, doubts: it is asked whether anything happened at all
            sure, typed = [], self.typer.ranked(text, start, end, threshold, detect=True)
        if (not sure or _only_bare_attacks(sure, actors or [])) and self._deadly_below(ctx, clause, typed):
            threshold, typed = self._deadly(text, clause, threshold, typed)
        if not sure:
            typed = _cued(typed, text, clause, threshold)
            if not _confident(typed, threshold):
                killing = self._killing_by_weapon(ctx, index, clause)
                return ((killing,), typed, threshold) if killing else None
        return triggers, typed, threshold

    def _killing_by_weapon(self, ctx: Context, index: int, clause: tuple[int, int]) -> Trigger | None:
        """A death by a gun or a deed of war told in the passive, in a country at war, as an attack whatever the
        typer doubts (`_by_weapon`: "a tribal elder is shot dead in Khost", "a police officer is gunned down"): someone
        killed on purpose, as ACLED codes a killing by unknown gunmen there (the victims decide later whether it was a
        fight). Not where the killer named after "by" is kin, an animal or no fighting side ("by robbers"), nor by a
        lone attacker, nor of kin, animals, suspects or an attacker (`_no_attack_on`), nor hedged ("denied that",
        "narrowly escaped being"), nor in a gun's mishap, a private crime or a story (`PRIVATE_DEATHS`: "while
        cleaning his gun", "in a gang feud", "in the film"), nor with no toll read (a team, a bill); else None."""
        text, (start, end) = ctx.article.text, clause
        said = text[start:end]
        if not mentions_death(said) or ctx.home is None or ctx.home in peaceful_countries():
            return None  # a substring test first: most clauses tell no death
        passive = _by_weapon(text, start, end)
        if passive is None:
            return None
        aux, weapon = passive
        if self._killer_by(ctx, clause) not in (None, SIDE) or _lone_attacker(said) \
                or _no_attack_on(text, start, aux.start()) \
                or is_hedged(text, ctx.sentences[index].start, weapon.start()) \
                or any(list_pattern(table).search(text, start, end) for table in PRIVATE_DEATHS) \
                or fatalities(said) is None:
            return None
        return Trigger(weapon.start(), weapon.end(), CIVILIAN_VIOLENCE, ATTACK, "", "", WEAPON_KILLING)

    def _killings_kept(self, text: str, clause: tuple[int, int], triggers: Sequence[Trigger], actors: list[Actor]
                       ) -> tuple[Sequence[Trigger], list[Typed] | None]:
        """The clause's triggers less its bare words of killing (`KILLING`) that tell nothing the typer does not: with
        no fighting side as their subject (`_killer_named`: "an explosion ... kills 31", "police warn that drivers
        kill hundreds"), by a lone attacker ("a gunman kills two"), of the attacker (`tolls.attacker_killed`: "police
        kill the gunman", his death a toll of the attack told before) or attackers counted and named as known
        (`tolls.attackers_told_dead`: "police shoot dead two of the attackers"), of victims of no politics
        (`unpolitical_victims.csv`: "his wife", "a rogue elephant"; `_crime_fought`: "a robbery suspect" police shot),
        or the only triggers of a clause whose event the typer is sure of ("a bomb kills five": the bomb is the
        event), and the typer's answer whether anything happened where it was asked (else None)."""
        if not any(t.priority == KILLING for t in triggers):
            return triggers, None
        said = text[clause[0]:clause[1]]
        attackers_end = attacker_killed(said) or attackers_told_dead(said)  # read once for all the words of killing
        kept = [t for t in triggers if t.priority != KILLING
                or _killer_named(text, t, actors) and not _lone_attacker(said) and not attackers_end
                and not _victims_of("kin").match(text, t.end) and not _victims_of("animal").match(text, t.end)
                and not _crime_fought(text, t, actors)]
        if not kept and attackers_end:
            return [], []  # the attackers' deaths end an attack told before: its toll, no event of their own
        if not kept or not all(t.priority == KILLING for t in kept):
            return kept, None
        asked = self.typer.ranked(text, *clause, self.settings.typing_threshold, detect=True)
        return ([], asked) if _confident(asked, self.settings.typing_threshold) else (kept, None)

    def _deadly_below(self, ctx: Context, clause: tuple[int, int], typed: list) -> bool:
        """Whether the clause states deaths and its kind is in doubt, with no killer named after "by" who is kin or an
        animal ("shot dead by his brother", "killed by a lion"). In doubt: the typer's best type is a violent one
        below the typing threshold; or it reads a disaster or no event at all where a fighting side is named as the
        killer ("dozens were killed by paramilitary troops"); or it reads no event (below the threshold the typer
        puts its doubt first, though an ACLED event be likelier than not) where people "were killed" in violence and
        no killer is named (`_killed_in_violence`: "a boy was killed during a raid on X"; not "by a police car").
        Not a lone attacker's deaths, nor a stabbing's with no side named (`triggers.unsided_stabbing`: a crime).
        Deaths are tested last: the toll patterns cost most. The score here is no test of the deaths threshold:
        below the typing threshold it is the type's share, not the chance of an event."""
        said = ctx.article.text[clause[0]:clause[1]]
        best = typed[0] if typed else None
        if best is None or best.event_type and not (_kills(best) and best.score < self.settings.typing_threshold) \
                or not mentions_death(said):  # a substring test spares most clauses the patterns below
            return False
        killer = self._killer_by(ctx, clause)
        if killer == UNPOLITICAL or not best.event_type and not (
                killer == SIDE or killer is None and best.label == NO_EVENT and self._killed_in_violence(ctx, clause)):
            return False
        return not _lone_attacker(said) and not unsided_stabbing(ctx.article.text, *clause) and bool(fatalities(said))

    def _killer_by(self, ctx: Context, clause: tuple[int, int]) -> str | None:
        """Who the clause's dead were killed "by": a fighting side heading the words after "by" (`SIDE`: "by
        suspected Islamist militants"; not "by a police car", "by a police officer's dog"), kin or an animal
        (`UNPOLITICAL`: "by his brother", "by a lion"), someone else (`OTHER`: "by robbers", "by a bomb"); None where
        no killer is named so."""
        text = ctx.article.text
        agent = _killed_by().search(text, *clause)
        if agent is None:
            return None
        if _victims_of("kin").match(text, agent.end("by")) or _victims_of("animal").match(text, agent.end("by")):
            return UNPOLITICAL
        found = self.actors.find(text, agent.end(), min(clause[1], agent.end() + AGENT_REACH), ctx.home)
        head = found[0] if found else None
        return SIDE if head is not None and head.kind in (ARMED, STATE) and HEAD_ENDS.match(text, head.end) \
            and HEAD_BEFORE.fullmatch(text, agent.end(), head.start) else OTHER

    def _killed_in_violence(self, ctx: Context, clause: tuple[int, int]) -> bool:
        """Whether people "were killed" (`_killed_passive`, no doer named) who were of a fighting side named before
        the verb ("a senior Taliban commander is killed", "four police officers were killed"), or in a deed of
        violence the clause names (`attack_nouns.txt`: "killed during a raid"): not "killed during a police chase",
        "in a fall"; in a country at war, in no accident (`accident_cues.txt`: "killed in a rocket engine test")."""
        text, (start, end) = ctx.article.text, clause
        killed = _killed_passive(text, start, end)
        if killed is None or ctx.home is None or ctx.home in peaceful_countries() \
                or list_pattern("accident_cues.txt").search(text, start, end) is not None:
            return False  # a country at peace, an accident: a police officer killed in traffic is no fight
        return (
            any(a.kind in (ARMED, STATE) and a.end <= killed
                for a in self.actors.find(text, start, killed, ctx.home))
            or list_pattern("attack_nouns.txt").search(text, start, end) is not None)

    def _deadly(self, text: str, clause: tuple[int, int], threshold: float, typed: list[Typed]
                ) -> tuple[float, list[Typed]]:
        """People died: only the kind is in doubt (a bare "attack" on no state force tells no more). Typed again at
        the lower threshold, because below it the typer scores a type by its share, not by the chance anything
        happened; kept (with that threshold) when its best type is one that kills."""
        deadly = self.typer.ranked(text, *clause, self.settings.deaths_typing_threshold, detect=True)
        # a place changing hands is no way of killing: with no word of taking (a rule trigger) the deaths are a
        # fight's ("rebels kill 36 people in North Kivu"; who was fought decides later whether it was an attack)
        deadly = [replace(t, label=ARMED_CLASH) if t.label in TERRITORY_CHANGES else t for t in deadly]
        return (self.settings.deaths_typing_threshold, deadly) if _kills(deadly[0]) else (threshold, typed)

    def _chosen(self, ctx: Context, index: int, clause: tuple[int, int], triggers: Sequence[Trigger],
                actors: list[Actor], typed: list[Typed], threshold: float, sides: ArticleSides) -> list[Trigger]:
        """The clause's events as triggers: its rule triggers the context keeps and the typer's types combined
        (`combine`), each typed by its context (`clause_types`), less those that are no event (`no_event`)."""
        text, sentence, (start, end) = ctx.article.text, ctx.sentences[index], clause
        # a habit ("police often arrest") is no event, for the typer as for the rules
        # and an event named as what someone organised ("the organiser of the marches") was told before
        typed = [u for t in typed if (u := _unhedged(t, text, sentence.start, clause, actors)) is not None]
        # captives a release tells were taken before it ("frees 27 people it had kidnapped"): the typer's abduction
        # is their captivity (a rule trigger of abduction outside it stands: find_triggers)
        if any(frees_captives(text, t) for t in triggers):
            typed = [t for t in typed if t.label != ABDUCTION]
        # the sentences either side of it may tell an accident's or a disaster's cause (`not_events.no_violence`)
        around = (ctx.sentences[index - 1] if index else None,
                  ctx.sentences[index + 1] if index + 1 < len(ctx.sentences) else None)
        context = Clause(text, start, end, sentence, around, tuple(triggers), tuple(actors),
                         tuple(sides.actors.values()))
        chosen: list[Trigger] = []
        # a bare word of killing counts where no other rule trigger is kept, or where those kept are no event
        for first in _first_triggers(ctx, index, clause, triggers, actors):
            rule_spans = {(t.start, t.end) for t in first.values()}
            anchored = [t if (t.start, t.end) in rule_spans else _at_first_cue(t, text, actors)
                        for t in combine(first, typed, threshold, lambda: bool(fatalities(text[start:end])))]
            chosen = [t for t in clause_types(anchored, context) if not no_event(t, context)]
            if chosen:
                break
        return chosen

    def _made(self, ctx: Context, index: int, clause: tuple[int, int], chosen: list[Trigger], actors: list[Actor],
              sides: ArticleSides) -> list[Event]:
        """The chosen triggers' events, each with its sides found once by the sentence's structure (the air strike
        rules and the event need them), less a place not taken and ordinary crime; the clause's actors noted."""
        text, sentence = ctx.article.text, ctx.sentences[index]
        paired = [(t, crowd_faces(t, pick_actors(t, actors, text), actors)) for t in chosen]
        paired = [(forces_attacked(t, pair, text, clause, actors), pair) for t, pair in paired]
        if not sides.striker():
            paired = [(g, pair) for t, pair in paired if (g := on_the_ground(t, pair[0], actors, text, sentence.text))]
        made = _toll_to_the_killing(_toll_unsplit(
            [e for t, pair in paired for e in self._events(ctx, index, clause, t, pair, sides)], text))
        events = [e for e in _not_taken(ctx, index, made) if not ordinary_crime(e, text, sentence, actors)]
        striker = next((pair[0] for t, pair in paired if t.sub_event_type == AIR_STRIKE), None)
        sides.note([a for a in actors if not only_told(text, a)], striker)  # once per clause; a teller is no side
        return events

    def _events(self, ctx: Context, index: int, clause: tuple[int, int], trigger: Trigger,
                pair: tuple[Actor | None, Actor | None], sides: ArticleSides) -> list[Event]:
        """One event per place when the trigger's place is one of a list ("strikes on Gao and Timbuktu"), each
        with its toll unknown when the clause tells one for all."""
        found = choose_place(ctx, index, trigger, clause)
        both = places_pointed_back(ctx, index) if found[1] in UNSURE_PLACES else []
        # an agreement is one, whatever the parties' countries listed ("Russia and Ukraine swap prisoners")
        apart = listed_with(ctx, index, found[0], clause) if trigger.sub_event_type != AGREEMENT else []
        # unrest or a fight that spreads to more places is an event in each ("rioting spreads to Leeds and Hull")
        apart += [t for t in spread_to(ctx, index, found[0], clause) if t not in apart] \
            if trigger.event_type in SPREADING_TYPES else []
        listed = [(t.place, "nearby", place_precision(ctx.article.text, t), toponym_label(t)) for t in both] or (
            [found] + [(t.place, found[1], place_precision(ctx.article.text, t), toponym_label(t)) for t in apart])
        where = _country_name(found[0])
        actor1, actor2 = rioters_first(trigger, *with_article_sides(trigger, *pair, sides, ctx.article.text, where))
        events = [self._event(ctx, index, clause, trigger, (actor1, actor2), place) for place in listed]
        # one toll over several places cannot be split: unknown on each (LABELLING.md), though nobody hurt is 0
        return [replace(e, fatalities=None) if len(events) > 1 and e.fatalities else e for e in events]

    def _event(self, ctx: Context, index: int, clause: tuple[int, int], trigger: Trigger,
               pair: tuple[Actor | None, Actor | None], found: tuple) -> Event:
        sentence = ctx.sentences[index]
        actor1, actor2 = pair
        place, place_how, geo_precision, location = found
        (start, end, precision), date_how = choose_date(ctx, index, trigger, self.settings.undated_window_days)
        sub_event_type = sub_event(trigger, actor1)
        toll = _toll(ctx, index, clause, trigger.start) \
            if trigger.event_type in FATAL_TYPES or sub_event_type in TOLLED_SUB_TYPES else None
        confidence = (0.5 + 0.05 * trigger.priority) * CONFIDENCE_PLACE[place_how] * CONFIDENCE_DATE[date_how]
        # a strike or a bomb whose clause counts its dead or hurt as people of no side ("killing nine people") hit
        # civilians
        people_hit = trigger.event_type == REMOTE and hit_people(ctx.article.text, *clause)
        named1, named2 = acled_names(trigger.event_type, sub_event_type, actor1, actor2, _country_name(place),
                                     people_hit)
        origin = _fired_from(ctx, index, place) if actor1 is None and trigger.event_type == REMOTE else None
        if origin:  # "a mortar shell fired from Gaza falls near Sderot": the unnamed attacker is Gaza's
            named1 = acled_names(trigger.event_type, sub_event_type, None, None, acled_country(origin))[0]
        named1, named2 = _militias_named(ctx.article.text, clause, trigger.start, sub_event_type, _country_name(place),
                                         named1, named2)
        if sub_event_type == DISRUPTED_WEAPONS and not names_state_force(named1) and _country_name(place) \
                and brought_down([s.text for s in ctx.sentences[index:index + 2]]):
            # a launch brought down in flight: ACLED's first side of disrupted weapons use is who brought it down,
            # the forces of the country it was fired at, and the launcher the second
            named1, named2 = state_forces(MILITARY_FORCES, _country_name(place)), named1
        return Event(
            event_type=trigger.event_type, sub_event_type=sub_event_type,
            doc_id=ctx.article.doc_id, sentence=sentence.text, char_start=sentence.start, char_end=sentence.end,
            date_start=start, date_end=end, time_precision=precision,
            actor1=named1, actor2=named2, place=place, location=location, geo_precision=geo_precision, fatalities=toll,
            confidence=round(min(confidence, 1.0), 3),
            notes=f"trigger '{ctx.article.text[trigger.start:trigger.end]}'; place: {place_how}; date: {date_how}",
            trigger_start=trigger.start, trigger_end=trigger.end, typing_score=trigger.score,
            place_how=place_how, date_how=date_how,
            background=is_background(date_how, (start, end), precision, ctx.article.published)
            or told_before(ctx.article.text, sentence.start, trigger.start, date_how)
            or compared_since(ctx.article.text, sentence.start, trigger.start)
            or since_it_began(ctx.article.text, sentence.start, trigger.start))


def _unhedged(typed: Typed, text: str, sentence_start: int, clause: tuple[int, int], actors: list[Actor]
              ) -> Typed | None:
    """The typed event where its evidence is not hedged, unreal or named as organised (`_reported_at`), nor the rule
    phrase holding it (`phrase_around`: "to take control of" for "control"; a fight for a place has its own phrase,
    "fighting to gain control of"); where it is, at an event word a side does after a pause past it, where that is
    reported ("on the anniversary of the day when the president was killed, gunmen shot dead five": the shooting);
    else None."""
    if typed.label == ARRESTS and not arrest_told(text, sentence_start, clause):
        return None
    if _reported_at(typed.start, typed.end, text, sentence_start, clause) \
            and _phrase_reported(typed, text, sentence_start, clause):
        return typed
    pause = PAUSE.search(text, typed.end, clause[1])
    doer = next((a for a in actors if a.start >= pause.end()), None) if pause is not None else None
    if doer is None:
        return None
    word = next((w for w in WORDS.finditer(text, doer.end, clause[1]) if may_have_cue(text, w.start(), w.end())), None)
    return replace(typed, start=word.start(), end=word.end()) \
        if word is not None and _reported_at(word.start(), word.end(), text, sentence_start, clause) else None


def arrest_told(text: str, sentence_start: int, clause: tuple[int, int]) -> bool:
    """Whether the clause tells an arrest by a word of arresting that is reported and in that sense (`ARREST_WORD`,
    `NOT_AN_ARREST`), or names none (the typer read it otherwise: "taken into custody")."""
    words = list(ARREST_WORD.finditer(text, *clause))
    return not words or any(not NOT_AN_ARREST.search(text, clause[0], w.start())
                            and _reported_at(w.start(), w.end(), text, sentence_start, clause) for w in words)


def _phrase_reported(typed: Typed, text: str, sentence_start: int, clause: tuple[int, int]) -> bool:
    """Whether the rule phrase holding the typer's word, if any (`phrase_around`), is reported too."""
    phrase = phrase_around(text, *clause, typed.start, typed.end)
    return phrase is None or _reported_at(*phrase, text, sentence_start, clause)


def _reported_at(at: int, until: int, text: str, sentence_start: int, clause: tuple[int, int]) -> bool:
    """Whether an event word at text[at:until] is reported: not hedged ("plans to attack"), not unreal after it, not
    named as what someone organised."""
    return not is_hedged(text, sentence_start, at) and not is_unreal_after(text, until, clause[1]) \
        and not only_named_after(text, *clause, at)


def _cued(typed: list[Typed], text: str, clause: tuple[int, int], threshold: float) -> list[Typed]:
    """With no rule trigger, the typed events whose evidence is an event cue, not a word such as "held", and those
    of a sentence that states deaths for a violent event ("bombs explode, killing five")."""
    cued = [not t.event_type or may_have_cue(text, t.start, t.end) for t in typed]
    uncued = [t for t, c in zip(typed, cued) if not c and _kills(t) and t.score >= threshold]
    deaths = bool(uncued) and bool(fatalities(text[clause[0]:clause[1]]))  # the toll patterns are slow: only if needed
    return [t for t, c in zip(typed, cued) if c or (deaths and t in uncued)]


def _first_triggers(ctx: Context, index: int, clause: tuple[int, int], triggers: Sequence[Trigger],
                    actors: list[Actor]) -> Iterator[dict[str, Trigger]]:
    """The clause's first trigger of each slot (`_slot`) that its context keeps (`with_context_rules`), or a later
    one that outranks it (`_outranks`): of the other triggers first, then of the bare words of killing (`KILLING`),
    which the caller reads only where the others keep none or give no event: the bombing or the raid that killed
    says what happened. Lazily: most clauses need the first rank only."""
    coordinated = _coordinated(triggers, ctx.article.text)
    first = _kept_first(ctx, index, clause, [t for t in coordinated if t.priority != KILLING], actors)
    if first:
        yield first
    killing = [t for t in coordinated if t.priority == KILLING]
    kept = _kept_first(ctx, index, clause, killing, actors) if killing else {}
    if kept or not first:
        yield kept


def _kept_first(ctx: Context, index: int, clause: tuple[int, int], triggers: Sequence[Trigger],
                actors: list[Actor]) -> dict[str, Trigger]:
    """`_first_triggers` of one rank of triggers."""
    text, sentence = ctx.article.text, ctx.sentences[index]
    first: dict[str, Trigger] = {}
    places = [t.start for t in ctx.toponyms_in(index) if clause[0] <= t.start < clause[1]]
    for found in triggers:
        trigger = with_context_rules(found, actors, sentence.text, text[sentence.start:found.start],
                                     place_taken(text, found, places))
        if trigger and not recalls_past_war(trigger, text) \
                and (_slot(trigger) not in first or _outranks(trigger, first[_slot(trigger)], text)):
            first[_slot(trigger)] = trigger
    return first


def _militias_named(text: str, clause: tuple[int, int], at: int, sub_event_type: str, country: str, named1: str,
                    named2: str) -> tuple[str, str]:
    """The sides with a people's armed men for an unnamed one ("Fulani herdsmen attacked": ACLED's Fulani Ethnic
    Militia): the doer of the violence whose word is at `at`, and the other side of a clash."""
    if not named1 or named1.startswith(UNIDENTIFIED_GROUP):
        named1 = ethnic_militia(text, clause[0], at, clause[1], country) or named1
    if named2.startswith(UNIDENTIFIED_GROUP) or (not named2 and sub_event_type == ARMED_CLASH):
        named2 = ethnic_opponent(text, clause[0], at, clause[1], country, named1) or named2
    return named1, named2


def _story_dated(ctx: Context, index: int) -> tuple[str, Timex] | None:
    """(the noun, the date) of a sentence telling of no event whose subject names an event and whose verb
    says when it happened ("He said the fire was set late last week."): the date of the story just told."""
    sentence = ctx.sentences[index]
    if not any(verb in sentence.text for verb in TOLD_WHEN_VERBS):
        return None  # a plain look for the verbs first: most sentences have none
    told = DATED_SUBJECT.match(ctx.article.text, sentence.start, sentence.end)
    stated = [t for t in ctx.dates_in(index) if t.date_start is not None and t.start >= told.end()] if told else []
    return (told.group("noun").lower(), stated[0]) if stated else None


def _told_again(ctx: Context, index: int) -> ToldAgain | None:
    """(the noun, the towns, the date) of a sentence whose subject names an event and whose verb says that it
    happened or what it struck ("The strike hit the crowded market in the town of Finote Selam at noon", "The
    killings in Nondin and Soro took place on Feb. 25"): the towns and the first date it names up to the first
    pause after the verb, where the story just told happened."""
    sentence, text = ctx.sentences[index], ctx.article.text
    told = TOLD_AGAIN.match(text, sentence.start, sentence.end)
    if told is None:
        return None
    pause = CLAUSE_BREAK.search(text, told.end(), sentence.end)
    end = pause.start() if pause else sentence.end
    towns = [(t.place, toponym_label(t), place_precision(text, t))
             for t in ctx.toponyms_in(index) if t.place.feature_class == "P" and t.end <= end]
    when = next((t for t in ctx.dates_in(index) if t.date_start is not None and told.end() <= t.start < end), None)
    return told.group("noun").lower(), towns, when


def _not_taken(ctx: Context, index: int, events: list[Event]) -> list[Event]:
    """The clause's events without the changes of hands that take no place: a country crossed into ("had
    entered Algeria from Libya": a group's route, not a place it holds), or where people live or work taken
    in the course of violence against them ("overran the living quarters, taking dozens hostage": ACLED
    codes the hostage-taking; `civilian_sites.txt`)."""
    on_civilians = any(e.event_type == CIVILIAN_VIOLENCE for e in events)
    return [e for e in events if e.sub_event_type not in TAKINGS
            or not (_into_country(ctx, index, e) or (on_civilians and _civilian_site(ctx.article.text, e)))]


def _civilian_site(text: str, event: Event) -> bool:
    """Whether the trigger's object, up to the next pause, names a place where people live or work."""
    return civilian_site_after(text, event.trigger_end, event.char_end)


def _into_country(ctx: Context, index: int, event: Event) -> bool:
    """Whether the trigger's object is a country's name: "entered Algeria", "crossed into Mali"."""
    text = ctx.article.text
    return any(t.place.is_country and event.trigger_start <= t.start <= event.trigger_end + OBJECT_REACH
               and not WORDS.search(text, event.trigger_end, t.start) for t in ctx.toponyms_in(index)
               if t.start >= event.trigger_start)


def _killer_named(text: str, trigger: Trigger, actors: list[Actor]) -> bool:
    """Whether a fighting side (`needs_met`) is the subject of a word of killing: the last actor before it, a few
    words before it with no clause's joint between ("soldiers on Monday killed"; not "police warn that drivers
    kill")."""
    killer = _last_before(actors, trigger)
    return needs_met(trigger, actors) and killer is not None and killer.kind in (ARMED, STATE) \
        and KILLER_GAP.fullmatch(text, killer.end, trigger.start) is not None


def _crime_fought(text: str, trigger: Trigger, actors: list[Actor]) -> bool:
    """Whether state forces killed suspects of crime ("police fatally shoot an armed robbery suspect"): policing, no
    political violence (a militia that kills thieves commits it)."""
    killer = _last_before(actors, trigger)
    return killer is not None and killer.kind == STATE and _victims_of("suspect").match(text, trigger.end) is not None


def _last_before(actors: list[Actor], trigger: Trigger) -> Actor | None:
    """The last actor named before the trigger: the subject of a word of killing where one is."""
    before = [a for a in actors if a.end <= trigger.start]
    return before[-1] if before else None


@cache
def _killed_by() -> re.Pattern:
    """A word of dying (`death_words.csv`, role "die": "killed", "shot dead") and, a few words on, "by" and its agent
    ("killed in an ambush by")."""
    return re.compile(rf"{alternation(dying_words())}\s+(?:[\w'’-]+\s+){{0,3}}?(?P<by>by)\s+", re.I)


def _passives(words: PhraseList, text: str, start: int, end: int) -> Iterator[tuple[re.Match, re.Match]]:
    """Each word of `words` in text[start:end] told in the passive, with its auxiliary before it (`pauses.passive_aux`:
    "were reportedly killed"), as (auxiliary, word)."""
    for word in words.finditer(text, start, end):
        aux = passive_aux(text, start, word.start())
        if aux is not None:
            yield aux, word


def _killed_passive(text: str, start: int, end: int) -> int | None:
    """Where the first passive of killing in text[start:end] starts: a form of `death_words.csv` both of killing and
    of dying ("killed", "shot dead", "assassinated"; not "died", "dead") after its auxiliary; None when there is
    none."""
    return next((aux.start() for aux, _ in _passives(_killing_participles(), text, start, end)), None)


def _by_weapon(text: str, start: int, end: int) -> tuple[re.Match, re.Match] | None:
    """The first death by a gun or a deed of war in text[start:end] told in the passive, as (auxiliary, word)
    (`weapon_deaths.txt`: "is shot dead", "were gunned down"; not "was killed", which a crash may do), not in a
    relative clause, which tells who someone is ("the journalist who was shot dead in 2012")."""
    return next(((aux, word) for aux, word in _passives(list_pattern("weapon_deaths.txt"), text, start, end)
                 if not RELATIVE_BEFORE.search(text, max(start, word.start() - RELATIVE_REACH), word.start())), None)


def _no_attack_on(text: str, start: int, at: int) -> bool:
    """Whether the head of the subject of a passive death whose auxiliary stands at offset `at` is kin after a
    possessive, an animal or a suspect of crime (`unpolitical_victims.csv`: "his wife was shot dead", "a robbery
    suspect was shot dead"), or an attacker (`attacker_nouns.txt`: "the raid was over after a second gunman was shot
    dead": his death belongs to his attack). The head ends the subject's words before a relative clause or a
    participle ("a witness who identified the gunman", "a herder searching for his cattle")."""
    head = " " + SUBJECT_TAIL.split(text[start:at], maxsplit=1)[0].rstrip()  # the patterns read a space first
    return any(_at_end(_victims_of(kind), head) for kind in ("kin", "animal", "suspect")) \
        or _at_end(list_pattern("attacker_nouns.txt"), head)


def _at_end(pattern: re.Pattern | PhraseList, head: str) -> bool:
    """Whether a match of `pattern` in `head` ends it."""
    return any(m.end() == len(head) for m in pattern.finditer(head))


@cache
def _killing_participles() -> PhraseList:
    """The forms of `death_words.csv` that are both of killing and of dying: the participles of killing."""
    return phrase_list(sorted(set(killing_words()) & set(dying_words())))


@cache
def _victims_of(kind: str) -> re.Pattern:
    """Right after a word of killing, its victims of one kind of `unpolitical_victims.csv`: kin after a possessive
    and not named with an office in apposition ("his brother, the deputy mayor"), animals or suspects after at most
    a determiner or count and two words ("stray dogs", "an armed robbery suspect")."""
    words = alternation([row["word"] for row in tables.rows("unpolitical_victims.csv") if row["kind"] == kind])
    if kind == "kin":
        return re.compile(rf"\s+(?:his|her|their)\s+(?:[\w-]+\s+)?{words}(?!,\s+(?:an?|the)\b)", re.I)
    return re.compile(rf"\s+(?:(?:an?|the|two|three|several|\d+)\s+)?(?:[\w-]+\s+){{0,2}}?{words}", re.I)


def _lone_attacker(sentence: str) -> bool:
    """Whether a lone attacker acts in the sentence ("a gunman shoots", `lone_attackers.txt`), not one
    acted upon: neither in the passive ("a man was killed", "a man accused of spying was shot dead":
    `DESCRIBED_THEN_PASSIVE`) nor as the object right after a word of
    killing ("Militants killed a driver"; but "... were killed when a gunman opened fire" is the gunman's)."""
    return any(not PASSIVE_AFTER.match(sentence, m.end()) and not DESCRIBED_THEN_PASSIVE.match(sentence, m.end())
               and not _object_of_killing(sentence, m.start())
               for m in list_pattern("lone_attackers.txt").finditer(sentence))


def _object_of_killing(sentence: str, at: int) -> bool:
    """Whether the word right before offset `at` is one of killing ("killed", "shot dead", "murdered")."""
    before = sentence[:at].split()
    return bool(before) and mentions_death(before[-1])


def _towns(ctx: Context, index: int) -> set[int]:
    """The geonameids of the towns sentence `index` names."""
    return {t.place.geonameid for t in ctx.toponyms_in(index) if t.place.feature_class == "P"}


def _claimed_by(event: Event, claimant: Actor) -> Event:
    """The event with the group that claimed it as its attacker, where the report named none (an
    unidentified group's attack); a named attacker stays."""
    if event.event_type not in FATAL_TYPES or (event.actor1 and not event.actor1.startswith(UNIDENTIFIED_GROUP)):
        return event
    return replace(event, actor1=claimant.name, actor2="" if event.actor2 == claimant.name else event.actor2)


def _fired_from(ctx: Context, index: int, place: Place | None) -> str | None:
    """The country a strike came from, when the sentence names where it was fired from ("from Gaza",
    "from across the border in Syria") and that lies in another country than the place it hit."""
    text, floor = ctx.article.text, ctx.sentences[index].start
    for toponym in ctx.toponyms_in(index):
        origin = toponym.place.country_code
        if ORIGIN_CUE.search(text, max(floor, toponym.start - 20), toponym.start) and place is not None \
                and origin != place.country_code:
            return origin
    return None


def _country_name(place: Place | None) -> str:
    """The name ACLED gives the country a place lies in ("" when unplaced)."""
    return acled_country(place.country_code) if place else ""


def _toll_unsplit(events: list[Event], text: str) -> list[Event]:
    """A clause's events of two kinds joined by "and" and told with one toll ("airstrikes and clashes have killed
    40"): the toll cannot be split between them, so it is unknown on each (LABELLING.md, as for one toll over
    several places); nobody hurt stays 0."""
    spans = sorted((e.trigger_start, e.trigger_end) for e in events if e.trigger_start is not None)
    joined = any(COORDINATED.fullmatch(text, a[1], b[0]) for a, b in zip(spans, spans[1:]))
    tolls = {e.fatalities for e in events}
    if not joined or len(tolls) != 1 or not next(iter(tolls)):
        return events
    return [replace(e, fatalities=None) for e in events]


def _toll_to_the_killing(events: list[Event]) -> list[Event]:
    """A clause's toll told once for a killing and another deed of it ("stormed the village, killing 33 people and
    kidnapping 200"): the killing's, not the abduction's, looting's or arrest's too, which would count the dead
    twice; nobody hurt stays 0 on each. A bomb that went off early keeps the toll of those who planted it."""
    killing = [e for e in events if _kills_people(e) and e.fatalities]
    if not killing:
        return events
    return [replace(e, fatalities=None) if _takes_no_toll(e) and e.fatalities == killing[0].fatalities else e
            for e in events]


def _kills_people(event: Event) -> bool:
    return event.event_type in FATAL_TYPES and event.sub_event_type not in (ABDUCTION, SEXUAL_VIOLENCE)


def _takes_no_toll(event: Event) -> bool:
    """Whether the event's kind kills no one itself: an abduction, a looting, an arrest, a change of hands."""
    return not _kills_people(event) and event.sub_event_type != DISRUPTED_WEAPONS


def _coordinated(triggers: Sequence[Trigger], text: str) -> list[Trigger]:
    """The clause's rule triggers, those of two kinds of violence joined by "and" made firm ("Saudi-led airstrikes
    and clashes have killed 40", "airstrikes, and rockets from insurgents, hit the city"): each names an event of its
    own, which the typer's surer type must not drop ("protests and clashes with police" are one riot)."""
    joined = {id(t) for a, b in zip(triggers, triggers[1:]) if a.event_type != b.event_type
              and not {a.event_type, b.event_type} & CROWD_EVENTS and COORDINATED.fullmatch(text, a.end, b.start)
              for t in (a, b)}
    return [replace(t, priority=max(t.priority, FIRM_PRIORITY)) if id(t) in joined else t for t in triggers]


def _only_bare_attacks(triggers: list[Trigger], actors: list[Actor]) -> bool:
    """Whether every rule trigger is a bare word of attack (triggers.csv: an Armed clash at the priority that names
    no fight, "attack a village") and no state force nor two armed groups are named: it tells that someone attacked,
    not whom, which the typer reads better (an attack on a force is a fight with it, whatever the typer reads)."""
    return all(t.sub_event_type == ARMED_CLASH and t.priority <= ONE_SIDED_PRIORITY for t in triggers) \
        and not any(a.kind == STATE for a in actors) and len({a.name for a in actors if a.kind == ARMED}) < 2


def _kills(typed: Typed) -> bool:
    """Whether the typed kind of event is one that kills: violence, and force against protesters (a protest
    does not, its riot does)."""
    return typed.event_type in FATAL_TYPES or typed.label == EXCESSIVE_FORCE


def _confident(typed: list[Typed], threshold: float) -> bool:
    """Whether the typer found an ACLED event type at the threshold."""
    return any(t.event_type and t.score >= threshold for t in typed)


def _slot(trigger: Trigger) -> str:
    """The key under which a clause keeps its first trigger: the event type, or for an act ACLED codes as an
    event of its own beside an attack of its type (`APART_SUB_TYPES`: "ambushed the bus ..., taking dozens
    of workers hostage" is an attack and an abduction), the sub-type too."""
    return f"{trigger.event_type}/{trigger.sub_event_type}" if trigger.sub_event_type in APART_SUB_TYPES \
        else trigger.event_type


def _outranks(later: Trigger, earlier: Trigger, text: str) -> bool:
    """Whether a later trigger of the clause's slot tells its event better than the earlier one: a move toward
    a place (triggers.csv priority `ADVANCE`: "advanced on Konna") gives way to the place changing hands that
    came of it ("and retook the town"), and so does a fight told before its taking in the same clause ("fighters
    battling the group capture a hill": ACLED codes a battle that moved a place by its taking), but not a taking
    told as what came before or as someone's past deed (`BEFORE_OR_AGO`: "clash with troops after seizing
    Kidal", "rebels who captured Kidal"); otherwise the first trigger, the main clause's, stands. A first trigger
    that is the verb of a relative clause (`RELATIVE_OPENING`: "former rebels who fought to oust the regime in
    2011 now attack a ministry") tells who the side is, and the later one its deed."""
    if RELATIVE_OPENING.search(text, max(0, earlier.start - RELATIVE_REACH), earlier.start):
        return True
    if not later.sub_event_type.startswith(TERRITORY):
        return False
    return earlier.priority <= ADVANCE or earlier.sub_event_type == ARMED_CLASH \
        and BEFORE_OR_AGO.search(text, earlier.end, later.start) is None


def combine(rules: dict[str, Trigger], ranked: list[Typed], threshold: float,
            deadly: Callable[[], bool] = lambda: False) -> list[Trigger]:
    """The sentence's events from its rule triggers (one per event type) and the typer's ranked types.

    A confident class outside ACLED (a fire in a warehouse, a summit) drops the rule triggers, a confident
    claim of responsibility all but the firm ones, unless the clause tells the dead (`deadly`, asked only then:
    "an attack leaves one dead as Hamas claims it" reports the attack); "None" or a doubtful class (a claim too)
    does not, because a rule trigger is firmer evidence than the model's doubt. When the typer is
    confident of ACLED event types, those are the events: of a type a rule also found, with the rule's
    span and place role (and its territory sub-type, which the actors decide); a firm rule trigger of
    another type ("air strikes", "kidnapped") stays beside them. Otherwise the rules' are."""
    best = ranked[0] if ranked else None
    if best is None:
        return list(rules.values())
    if not best.event_type:
        if best.label == NO_EVENT or best.score < min(threshold, VETO_SCORE):
            return list(rules.values())  # the model's doubt, a claim's as any other class's: the rules stand
        if best.label == CLAIM:  # a claim tells of a real attack: its firm trigger stays
            return [rule for rule in rules.values() if rule.priority >= FIRM_PRIORITY] if not deadly() \
                else list(rules.values())
        return []
    typed = [typed_trigger(t) for t in ranked if t.event_type and t.score >= threshold]
    if not typed:
        return list(rules.values())
    kinds = {t.event_type for t in typed}
    # each typed type takes the clause's first rule trigger of its type; an act of its own (`_slot`) stays beside
    taken = {t.event_type: next((r for r in rules.values() if r.event_type == t.event_type), None) for t in typed}
    firm = [rule for rule in rules.values() if rule.priority >= FIRM_PRIORITY and rule not in taken.values()
            and (rule.event_type not in kinds or rule.sub_event_type in APART_SUB_TYPES)]
    return [retyped(rule, typed) if (rule := taken[t.event_type]) else t for t in typed] + firm


def _at_first_cue(trigger: Trigger, text: str, actors: list[Actor]) -> Trigger:
    """A typed event anchored at the first event word after its sentence's first actor (the subject) that
    is not an actor's name, where the typer's evidence span is any word after it ("militants attack an
    army base, leaving three soldiers dead": the evidence "dead" would put every actor before the
    event; "attack" stands for its verb)."""
    subject = next((a for a in actors if a.start < trigger.start), None)
    if subject is None:
        return trigger
    named = [(a.start, a.end) for a in actors]
    for word in WORDS.finditer(text, subject.end, trigger.start):
        if not any(s <= word.start() < e for s, e in named) and may_have_cue(text, word.start(), word.end()):
            return replace(trigger, start=word.start(), end=word.end())
    return trigger


