"""Where an event happened: the place of action among its clause's places (not where someone spoke or where
a force came from), else a town named close by or pointed back to, else the article's focus, the narrative's
last town, or its country; with the ACLED geo-precision and location label, and the towns listed with it.

Tables read: referring.txt, not_here_cues.txt, both_places.txt.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .areas import located_to_country, settlement_placed_near
from .event_dates import LOOKBACK_SENTENCES
from .models import GEO_COUNTRY, GEO_NEAR_TOWN, GEO_REGION, GEO_TOWN, Place, Toponym
from .names import loose_key, plain_letters
from .pauses import BRACKETED_ASIDE, CLAUSE_BREAK, WORDS
from .phrases import closing_phrases, function_words, list_pattern
from .toponyms import name_context, near_cue
from .triggers import Trigger
from .vocabulary import VIOLENT_TYPES

if TYPE_CHECKING:  # only for annotations: events imports this module
    from .events import Context

LOCATIVE_WINDOW = 3    # words before a country's name searched for "in", "across", "to" ...
DESTINATION_CUE = re.compile(r"\b(?:to|toward|towards|into|for)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$", re.I)
ORIGIN_CUE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"  # "north", "south-east", "northern"
# between a violent deed's word and the country it struck: "attacked southern Israel", "bombed the north of Syria"
STRUCK_GAP = re.compile(rf"\s+(?:the\s+)?(?:{COMPASS}\s+(?:of\s+)?)?", re.I)
PHRASE_END = re.compile(r"\s*(?:[,.;:!?)\"”]|$)")
WORD_AFTER = re.compile(r"\s+([a-z]+)\b")  # a lowercase word after a name: "Israel, killing", "U.S. embassies"
# a town named as the bearing of the place ("camps north of Kidal and around Tessalit"): one beside it is nearer
BEARING = re.compile(rf"\b{COMPASS}\s+of\s+$", re.I)
BEARINGS = rf"{COMPASS}(?:\s+and\s+{COMPASS})?"  # "northern", "northern and western"
# a settlement's or region's noun before the name, or parts of it with up to three words that say which (no verb):
# "the town of Dimas", "several areas of Benghazi", "Shia Muslim sections of Baghdad", "Tuareg districts of northern
# and eastern Mali"
NAMED_BY_NOUN = (r"(?:(?:town|city|village|district|province|governorate|region|neighbou?rhood|suburb|camp)\s+of\s+"
                 r"|(?:(?!(?:its|their)\s)(?![\w-]+ed\s)[\w-]+\s+){0,3}?(?:parts|areas|sections|districts|neighbou?rhoods|quarters)"
                 r"\s+of\s+(?:the\s+)?"
                 rf"(?:{BEARINGS}\s+)?)")
# between places of one list, the next with its article or bearing: "Gao and Timbuktu", "Hebron and the Gaza
# Strip", "northern Mali and southern Niger", "Homs and the town of Rastan"
# "rebel-held Gao and army-held Timbuktu": who holds each place, before its name
HELD_BY = r"\w+-(?:controlled|held|occupied|run)\s+"
LIST_GAP = re.compile(rf"(?:{BRACKETED_ASIDE.pattern})?"
                      rf"(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+|,?\s+as well as\s+)(?:the\s+)?(?:{BEARINGS}\s+)?"
                      rf"(?:{HELD_BY})?{NAMED_BY_NOUN}?", re.I)
THE_IN_GAP = re.compile(r"\bthe\s+$", re.I)
# unrest or fighting that reaches more places: "spreads to", "spilled over into", "reached"
SPREAD = re.compile(r"\b(?:spread(?:s|ing)?\s+to|spill(?:s|ed|ing)?\s+over\s+(?:in)?to|reach(?:es|ed|ing)?)\b", re.I)
# the unrest or fight itself as the subject right before such a cue, with no modal of a mere fear between ("protests in
# Cairo spread", "rioting goes on in Gao, spreading"; not "fighting rages as reinforcements reach", "they could spread")
UNREST_SPREADS = re.compile(r"\b(?:protests?|demonstrations?|riots?|rioting|unrest|violence|lawlessness|fighting"
                            r"|clashes|uprising|strikes?)\b"
                            r"(?:\s+(?!(?:could|may|might|would|to|as|while|when|after|with)\b)[\w'’,-]+){0,5}\s+$",
                            re.I)
UNREST_REACH = 60  # characters before the cue its subject is looked for in
# the words between such a cue and the list of places: a few, with no pause ("other English cities such as")
WORDS_TO_LIST = re.compile(r"\s+(?:[\w'’-]+\s+){0,5}?(?:of\s+)?")
# a lowercase word after a name that is not a word of joining: the name qualifies a noun ("the Wabaria bridge")
NOUN_AFTER = re.compile(r"\s+(?!(?:in|on|at|of|and|or|near|as|after|during|since|when|while|where|to|from|with|by|for"
                        r"|was|were|is|are|has|have|had)\b)[a-z]")
# a distance from a town set off after another place: ", about 30 miles east of ", ", 60 km from "
DISTANCE_APPOSED = re.compile(r"(?:\s+(?:region|province|district|state|governorate))?,\s+"
                              r"(?:(?:about|some|around|roughly|nearly|approximately)\s+)?[\d.,]+\s*"
                              r"(?:km|kilometres|kilometers|miles|mi)\s+(?:\w+\s+)?(?:of|from)\s+(?:the\s+)?", re.I)
# a place named as where people fled or went ("fled toward Goma", "headed for the capital") or as the point a distance
# is measured from ("25 km west of Goma"): a reference, not the place the next words point back to ("the town")
REFERENCE_BEFORE = re.compile(r"(?:\b(?:fled|flee|flees|fleeing|escaped|headed|heading|retreated|retreating|streamed|"
                              r"streaming)\s+(?:\w+\s+){0,2}?(?:to|toward|towards|into|for)"
                              r"|\b(?:km|kilometres|kilometers|miles|mi)\s+(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?$",
                              re.I)
REFERENCE_REACH = 60  # characters before a place in which the words that make it a reference stand
OWNER_GAP = re.compile(r"['’]s\s+")  # "Aden's Tawahi": a possessive between two places
UNSURE_PLACES = ("article focus", "country", "none")
POINTING_REACH = 40  # characters after a trigger in which its object may point back to a place
BETWEEN_REACH = 50  # characters before a place in which "between" and its noun of places may stand
# "the road between Aleppo and Damascus", "the border between the Pakistani provinces of": the two ends of a stretch,
# not two places of the event (one word may qualify the noun of places)
BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?:towns|cities|villages|states|provinces|regions|"
                     r"districts|governorates|counties)\s+of\s+)?$", re.I)
# the trigger's own locative: "airstrikes in Syria", "shelling across northern Iraq"
ATTACHED_GAP = re.compile(rf"\s+(?:in|inside|across|on|over)\s+(?:the\s+)?(?:{COMPASS}\s+)?", re.I)
# the preposition a deed's object may follow ("shells fell on the town", "fired at the camp"); not a locative ("in the
# area near Gao" is near Gao)
OBJECT_OPENING = re.compile(r"\s*(?:(?:on|onto|upon|at|into)\s+)?", re.I)
NAMED_AFTER = re.compile(r"\s+(?:of|called|named)\b", re.I)  # "the town of Gao": the place is named after all
# the words that name a level in an address: "Ghormach District, Faryab Province"
DISTRICT_WORD = re.compile(r"\b(?:district|county|municipality|sub-district|subdistrict)$", re.I)
PROVINCE_WORD = re.compile(r"\b(?:province|state|region|governorate|oblast|department)$", re.I)


def choose_place(ctx: Context, index: int, trigger: Trigger, clause: tuple[int, int] | None = None
                 ) -> tuple[Place | None, str, int | None, str]:
    """(place, how it was found, geo_precision, location label) for an event, from the places of its clause."""
    sentence = ctx.sentences[index]
    here = _in_clause(ctx.toponyms_in(index), clause)
    best = _best_toponym(ctx.article.text, here, trigger, sentence.start)
    refers = bool(list_pattern("referring.txt").search(sentence.text))
    # an object pointing back ("at the town") to no place named before it in the sentence points to the last
    points_back = not any(t.start < trigger.start and not _reference(ctx.article.text, t) for t in here) \
        and _object_points_back(ctx.article.text, trigger)
    if refers and (best is None or best.place.is_country or points_back):
        nearby = _nearby_town(ctx, index)
        if nearby is not None:
            return nearby.place, "nearby", place_precision(ctx.article.text, nearby), toponym_label(nearby)
    focus = ctx.focus if best is not None and best.place.is_country else None
    if focus is not None and focus.place.country_code == best.place.country_code:
        # "... killed in an attack in central Mali. The attackers also burned the village of Nampala.": the
        # town the article is about, not the country its sentence names
        return focus.place, "article focus", place_precision(ctx.article.text, focus), toponym_label(focus)
    if best is not None:
        return best.place, "sentence", place_precision(ctx.article.text, best), toponym_label(best)
    if ctx.focus is not None:
        focus = ctx.focus
        return focus.place, "article focus", place_precision(ctx.article.text, focus), toponym_label(focus)
    # no town dominates the article: the narrative's, the last town of the sentences just before ("... flew on
    # to Timbuktu. He visited the mosque, where part of the collection was burned"), before the country
    before = _town_before(ctx, index) if not places_pointed_back(ctx, index) else None  # "both places": each
    if before is not None:
        return before.place, "nearby", place_precision(ctx.article.text, before), toponym_label(before)
    if ctx.home_place is not None:
        return ctx.home_place, "country", GEO_COUNTRY, location_label(ctx.home_place)
    return None, "none", None, ""


def _object_points_back(text: str, trigger: Trigger) -> bool:
    """Whether the trigger's object, maybe after its preposition, points back to a place ("took up positions at the
    town, which lies north-east of Segou", "shells fell on the town"): that place is the event's, not one named after
    it; "the town of Gao" names it."""
    after = text[trigger.end:trigger.end + POINTING_REACH]
    found = list_pattern("referring.txt").match(after, OBJECT_OPENING.match(after).end())
    return found is not None and not NAMED_AFTER.match(after, found.end())


def toponym_label(toponym: Toponym) -> str:
    """The location label of a mention: a place the text names by another romanisation or another name keeps
    the text's spelling ("Deir ez-Zor Governorate", "Al-Awamiyah", "Palmyra" for GeoNames' "Dayr az Zawr",
    "Al ‘Awwamiyah", "Tadmur"), since the labelling rule's location is the place as named in the text and news
    spellings are ACLED's more often than GeoNames' transliterations are; the place itself (its point, its
    admin1) stays GeoNames'. A gazetteer name that holds the text's words ("North Waziristan District") stays;
    one that only holds its letters ("Al Sidrah" for "Sidra") is another spelling."""
    place, written = toponym.place, toponym.text
    if written[:1].isupper() and not set(loose_key(written).split()) <= set(loose_key(place.name).split()):
        return plain_letters(written)
    return location_label(place)


def location_label(place: Place) -> str:
    """The event's location as ACLED writes place names, in plain Latin letters: GeoNames' "Zābul",
    "Al Anbār", "Sévaré" are "Zabul", "Al Anbar", "Sevare" (the place itself keeps its name)."""
    return plain_letters(place.name)


def _in_clause(toponyms: list[Toponym], clause: tuple[int, int] | None) -> list[Toponym]:
    """The toponyms inside the clause (all of them without one)."""
    return toponyms if clause is None else [t for t in toponyms if clause[0] <= t.start < clause[1]]


# a verb of two sides fighting right after a list of countries ("India and Pakistan exchange fire", "Sudanese and
# South Sudanese troops clash"): the countries are the sides, not places of one event each
SIDES_FIGHT = re.compile(r"\s+(?:(?:troops|forces|armies|soldiers|navies)\s+)?(?:exchang|trad|clash|fought|fight|battl|"
                         r"skirmish)\w*\b", re.I)


def listed_with(ctx: Context, index: int, place: Place | None, clause: tuple[int, int] | None = None) -> list[Toponym]:
    """Places listed with the chosen one in the same clause: 'Gao and Timbuktu', 'Gao, Kidal and Tessalit',
    countries with countries named as places ('in Iraq and Turkey'; a country after a town says where the town is;
    countries named with no locative cue as the subject of a fight are its sides: 'India and Pakistan exchange fire')."""
    here = _without_asides(ctx.article.text, _in_clause(ctx.toponyms_in(index), clause))
    at = next((i for i, t in enumerate(here) if place is not None and t.place == place), None)
    if at is None:
        return []
    text = ctx.article.text
    linked = [_same_list(text, a, b) for a, b in zip(here, here[1:])]
    first, last = at, at
    while first > 0 and linked[first - 1]:
        first -= 1
    while last < len(linked) and linked[last]:
        last += 1
    if here[at].place.is_country and not _locative(text, clause[0] if clause else 0, here[first].start) \
            and SIDES_FIGHT.match(text, here[last].end):
        return []  # countries listed as the subject of a fight are its sides: "Armenia and Azerbaijan exchange fire"
    return [t for t in here[first:last + 1] if t.place != place]


def spread_to(ctx: Context, index: int, place: Place | None, clause: tuple[int, int]) -> list[Toponym]:
    """The places a crowd's unrest or a fight spreads to or reaches, listed right after the cue ("rioting spreads to
    other cities such as Leeds, Bristol and Hull", "protests reach Lyon and Nice"): each a place of the event, as a
    list of places after "in" is (`listed_with`), besides the place it is chosen for. The cue's subject is the unrest
    itself, just before it (`UNREST_SPREADS`), not a plane or reinforcements that reach a town, nor a fear that it
    could spread."""
    text = ctx.article.text
    here = _without_asides(text, _in_clause(ctx.toponyms_in(index), clause))
    for cue in SPREAD.finditer(text, *clause):
        first = next((i for i, t in enumerate(here) if t.start >= cue.end()), None)
        if first is None or WORDS_TO_LIST.fullmatch(text, cue.end(), here[first].start) is None \
                or UNREST_SPREADS.search(text, max(clause[0], cue.start() - UNREST_REACH), cue.start()) is None:
            continue
        last = first
        while last + 1 < len(here) and _same_list(text, here[last], here[last + 1]):
            last += 1
        return [t for t in here[first:last + 1] if t.place != place]
    return []


def _without_asides(text: str, toponyms: list[Toponym]) -> list[Toponym]:
    """The places less those named in an aside in brackets right after another ("Lviv (Lvov)", "Valencia
    (Carabobo)"): its other spelling or its region, no place of a list of its own."""
    kept: list[Toponym] = []
    for toponym in toponyms:
        aside = BRACKETED_ASIDE.match(text, kept[-1].end) if kept else None
        if aside is None or not kept[-1].end < toponym.start < aside.end():
            kept.append(toponym)
    return kept


def _same_list(text: str, place: Toponym, after: Toponym) -> bool:
    """Whether `after` is the next place of the list `place` is in, of its kind (towns with towns, countries with
    countries), and not the region that says where `place` is (`_qualifies`)."""
    return _listed_next(text, place, after) and place.place.is_country == after.place.is_country \
        and not _qualifies(text, place, after)


def _listed_next(text: str, place: Toponym, after: Toponym) -> bool:
    """Whether `after` is the next place of a list that `place` is in ("Gao and Timbuktu", "Hebron and the Gaza
    Strip"); a name after "the" must end its phrase: "the airport of Gao and the Wabaria bridge" names a site."""
    gap = LIST_GAP.fullmatch(text, place.end, after.start)
    return gap is not None and not (THE_IN_GAP.search(gap.group()) and NOUN_AFTER.match(text, after.end)) \
        and BETWEEN.search(text, max(0, place.start - BETWEEN_REACH), place.start) is None


def _qualifies(text: str, town: Toponym, after: Toponym) -> bool:
    """'Glendora, California', 'Tulsa, Oklahoma', 'Shah Wali Kot District, Kandahar Province': a coarser region
    of the place's own country right after it and a comma says where the place is; it is not a second place of
    the event."""
    region, place = after.place, town.place
    if text[town.end:after.start].strip() != "," or region.country_code != place.country_code:
        return False
    if _names_own_region(town, after):
        return True
    return (region.is_region and _coarseness(place) < _coarseness(region)
            and (not place.admin1_code or region.admin1_code in ("", place.admin1_code) or _named_levels(town, after)))


def _names_own_region(town: Toponym, after: Toponym) -> bool:
    """Whether the name after the town is that of the town's own first-level region, whatever the gazetteer read
    it as ("Bamba, Gao, Mali": the region of Gao, not its capital)."""
    own = town.place.admin1_name
    return bool(own) and loose_key(after.text) == loose_key(own) and after.place != town.place


def _named_levels(district: Toponym, province: Toponym) -> bool:
    """Whether the two names say their levels ("Ghormach District, Faryab Province"): the text's own address,
    which holds where the gazetteer's boundaries are older (the district moved to another province)."""
    return DISTRICT_WORD.search(district.text) is not None and PROVINCE_WORD.search(province.text) is not None


def _best_toponym(text: str, toponyms: Sequence[Toponym], trigger: Trigger, floor: int) -> Toponym | None:
    """The place of action among the sentence's places; where someone spoke or aimed does not count."""
    toponyms = [t for t in toponyms
                if not closing_phrases("not_here_cues.txt").search(words_before(text, floor, t.start))
                and (not t.place.is_country or _locative(text, floor, t.start) or _struck(text, trigger, t))]
    # a town that only says where the place before it lies ("in Kunar Province, some 20 km north of Asadabad")
    toponyms = [t for i, t in enumerate(toponyms) if not (i and _apposed_distance(text, toponyms[i - 1], t))]
    # a town that only owns the place after it ("Aden's Tawahi district", "Kabul's Shash Darak neighbourhood")
    toponyms = [t for t, after in zip(toponyms, [*toponyms[1:], None]) if not (after and _owns(text, t, after))]

    attached = _attached_countries(text, toponyms, trigger)

    def rank(t: Toponym) -> tuple:
        head = text[max(floor, t.start - 40):t.start]
        role_miss = trigger.place_role == "destination" and not DESTINATION_CUE.search(head)
        level = max(place_precision(text, t), GEO_NEAR_TOWN)  # a town or near it: both say where it happened
        between = text[min(t.end, trigger.end):max(t.start, trigger.start)]
        # the place the trigger's own words name ("airstrikes in Syria") says in which country it happened: a
        # finer place of another country in the clause ("from an airbase near Hamadan") is where else it touched
        abroad = bool(attached) and t.place.country_code not in attached
        return (abroad, bool(ORIGIN_CUE.search(head)), role_miss, level, bool(BEARING.search(head)),
                _coarseness(t.place), bool(CLAUSE_BREAK.search(between)), t.start < trigger.start,
                abs(t.start - trigger.end))
    return min(toponyms, key=rank) if toponyms else None


def _attached_countries(text: str, toponyms: Sequence[Toponym], trigger: Trigger) -> set[str]:
    """The countries of the place the trigger's own words name ("air strikes in Syria") and of those listed with it
    ("in Syria and Iraq"): where the event happened, whatever finer place of another country the clause names."""
    at = next((i for i, t in enumerate(toponyms) if ATTACHED_GAP.fullmatch(text, trigger.end, t.start)), None)
    if at is None:
        return set()
    last = at
    while last + 1 < len(toponyms) and _listed_next(text, toponyms[last], toponyms[last + 1]):
        last += 1
    return {t.place.country_code for t in toponyms[at:last + 1]}


def _coarseness(place: Place) -> int:
    """How coarse a place is among those of one precision: a town (or a village placed near one) before a
    district or an area the text names, before the first-level region that holds it ("Shah Wali Kot District,
    Kandahar Province": the district), since the event's place is the most specific one named."""
    if place.feature_class == "P" or settlement_placed_near(place):
        return 0
    return 2 if place.feature_code == "ADM1" or place.is_country else 1


def _owns(text: str, owner: Toponym, place: Toponym) -> bool:
    """Whether a town is named only as the owner of the place right after it ("Aden's Tawahi district"): the
    place it owns is the finer one, if the gazetteer put it in the owner's country (no namesake abroad)."""
    return (not owner.place.is_country and owner.place.country_code == place.place.country_code
            and OWNER_GAP.fullmatch(text, owner.end, place.start) is not None)


def _apposed_distance(text: str, before: Toponym, town: Toponym) -> bool:
    """Whether the town only says where the place before it lies: "in Kunar Province, some 20 km
    north of Asadabad"."""
    return not before.place.is_country and DISTANCE_APPOSED.fullmatch(text, before.end, town.start) is not None


def _struck(text: str, trigger: Trigger, country: Toponym) -> bool:
    """Whether a country is what a violent deed struck, named right after its word and ending the phrase ("gunmen
    attacked southern Israel, killing ...", "jets bombed Syria on Monday"): the place, where a country named elsewhere
    may be an actor ("France began ..."); not one that describes the target ("attacks on the U.S. embassies")."""
    if trigger.event_type not in VIOLENT_TYPES or STRUCK_GAP.fullmatch(text, trigger.end, country.start) is None:
        return False
    after = WORD_AFTER.match(text, country.end)
    return PHRASE_END.match(text, country.end) is not None \
        or after is not None and (after.group(1) in function_words() or after.group(1).endswith("ing"))


def _locative(text: str, floor: int, at: int) -> bool:
    """'in northern Mali', 'to Mali': a country named as a place; 'France began ...' names an actor."""
    words = [w.lower() for w in WORDS.findall(text[max(floor, at - 40):at])[-LOCATIVE_WINDOW:]]
    return any(w in name_context()["locative"] for w in words)


def words_before(text: str, floor: int, at: int) -> str:
    """The few words just before a place name, where cues such as 'speaking in' stand."""
    return " ".join(WORDS.findall(text[max(floor, at - 50):at])[-6:]) + " "


def place_precision(text: str, toponym: Toponym) -> int:
    """The ACLED geo-precision (models.GEO_PRECISIONS) of a toponym."""
    place = toponym.place
    if place.is_country or located_to_country(place):
        return GEO_COUNTRY
    if place.is_region and not settlement_placed_near(place):
        return GEO_REGION
    return GEO_NEAR_TOWN if place.feature_class != "P" or near_cue(text, toponym.start) else GEO_TOWN


def places_pointed_back(ctx: Context, index: int) -> list[Toponym]:
    """The towns of the last sentence before that named two or more, when this one points back to them
    ("Further raids were carried out on both places", `both_places.txt`); else none."""
    if not list_pattern("both_places.txt").search(ctx.sentences[index].text):
        return []
    for i in range(index - 1, max(-1, index - LOOKBACK_SENTENCES - 2), -1):
        towns = [t for t in ctx.toponyms_in(i) if not t.place.is_country]
        if ctx.sentences[i].kind == "body" and len({t.place for t in towns}) >= 2:
            return list({t.place: t for t in towns}.values())
    return []


def _nearby_town(ctx: Context, index: int) -> Toponym | None:
    """A town named close by: the next sentence when it opens by naming the place ("The city is
    Konna"), else the last town of the sentences before, else the next sentence's first."""
    following = ctx.sentences[index + 1] if index + 1 < len(ctx.sentences) else None
    ahead = [index + 1] if following is not None and closing_phrases("referring.txt").search(
        " ".join(WORDS.findall(following.text)[:2])) else []
    return _first_town(ctx, ahead + _behind(index) + [index + 1], index)


def _town_before(ctx: Context, index: int) -> Toponym | None:
    """The last town named in the body sentences just before sentence `index`, if in the article's country (a
    spokesman "in Paris" is no place of the war's events)."""
    town = _first_town(ctx, _behind(index), index)
    return town if town is not None and town.place.country_code == ctx.home else None


def _behind(index: int) -> list[int]:
    return [index - k for k in range(1, LOOKBACK_SENTENCES + 2)]


def _first_town(ctx: Context, order: list[int], index: int) -> Toponym | None:
    """The town of the first of the sentences `order` that names one: its first if after `index`, else its last that
    is no reference ("captured the town of Sake, 25 km west of Goma": Sake)."""
    for i in order:
        if 0 <= i < len(ctx.sentences) and ctx.sentences[i].kind == "body":
            towns = [t for t in ctx.toponyms_in(i) if not t.place.is_country]
            if towns:
                return towns[0] if i > index else \
                    ([t for t in towns if not _reference(ctx.article.text, t)] or towns)[-1]
    return None


def _reference(text: str, toponym: Toponym) -> bool:
    """Whether a place is named as where people fled or as the point a distance is measured from
    (`REFERENCE_BEFORE`)."""
    return REFERENCE_BEFORE.search(text, max(0, toponym.start - REFERENCE_REACH), toponym.start) is not None
