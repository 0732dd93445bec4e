"""Named areas the gazetteer may lack, placed at the finest level it knows.

"the Tirah region", "the Qalamoun Mountains", "Yamgan District of Badakhshan Province", "the Kenyan coast": a
name, or a nationality word, and an area word (`area_words.csv`). Where the place finder found the name and
placed it as a region, a country, or anywhere in the area's own country, that place stands. Otherwise the area
is a place of its own, labelled as written, at the point of the first-level region that qualifies it ("of
Badakhshan Province", "Badakhshan's Yamgan district"), else at its country's: its nationality word's, else the
article's. Never a same-named town abroad, never a big city of the country. "the capital" (or "the Afghan
capital") is the capital city of that country (of the article's when none is named).
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import ahocorasick_rs

from . import tables
from .actors import group_mentions
from .gazetteer import Gazetteer, demonyms
from .models import Place, Toponym
from .names import article_forms, fold, name_key
from .near import distance_km
from .toponyms import body_names, common_words, given_names, name_context, not_places

AREA_CODE = "ADMD"               # GeoNames' code of an administrative division of unstated level
# a village or town the gazetteer lacks ("the town of Ataman"): GeoNames' populated locality, kept in feature
# class "A" since its point is the region's or the nearby town's, not its own
SETTLEMENT_CODE = "PPLL"
AREA_IDS = 800_000_000_000       # an area's id: -(AREA_IDS + crc32 of its country and label)
AREA_CONFIDENCE = 0.5
CAPITAL = "capital"
CAPITAL_CODE = "PPLC"  # GeoNames' code of a country's capital city
NAMED_REACH = 120  # characters before an area in which a country or region named says where a town inside it lies
CAPITAL_REACH = 300  # characters before a bare "the capital" in which a capital city named says which one it is
AREA = "area"
SETTLEMENT = "settlement"
MAX_VARIANTS = 32
CITY_REACH_KM = 50  # how far from a city a place found for the name of one of its districts may lie
# "the town of Sayun", "the village of Poromoko": a settlement word, "of" and a name (group 2)
WORD_AFTER = re.compile(r"\s+(\w+)")
NAME_WORD = re.compile(r"[A-Z][\w'’-]*")  # a word of an area's name: capitalised
# and "the town of Urum al-Kubra": a later word may open with a lowercase Arabic article
SETTLEMENT_OF = re.compile(r"\b(town|city|village|hamlet)\s+of\s+([A-Z][\w'’-]*(?:\s+(?:[ae]l-)?[A-Z][\w'’-]*){0,2})")
# a nationality word before a settlement word, with one lowercase word between at most ("Syrian border town")
NATION_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:[a-z]+\s+)?$")
OWN_NAME_AFTER = re.compile(r"\s+of\s+[A-Z]")  # after an area word: the area's own name
NATION_REACH = 40  # characters before a settlement word searched for NATION_BEFORE
MAX_NAME_WORDS = 3
MAX_WORD = 30  # characters looked back for the word before a name
OF_GAP = re.compile(r"\s+of\s+")  # between a part of a town and the town: "the Old City of Mosul"
LOWERCASE_BEFORE = re.compile(r"(?:^|\s)[a-z][\w'’-]*,?\s+$")
POSSESSIVE = re.compile(r"['’]s$")
# "... District of Badakhshan", "..., Kunar", "... in the northern Latakia Governorate", "... in rebel-held Idlib"
QUALIFIER_GAP = re.compile(r"\s*(?:,(?:\s+in)?|\s(?:of|in))(?:\s+the)?(?:\s+[a-z]+-(?:held|controlled))?"
                           r"(?:\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?)?\s+")
OWNER_GAP = re.compile(r"['’]s\s+")                                  # "Badakhshan's Yamgan district"
# "... north of Damascus", "..., near the city of Daraa"
NEAR_GAP = re.compile(r",?\s+(?:(?:about|some|roughly)\s+)?(?:[\d.,]+\s*(?:km|kilometres|kilometers|miles)\s+)?"
                      r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside|close to)\s+"
                      r"(?:the\s+(?:city|town)\s+of\s+)?", re.I)
LEADING_THE = re.compile(r"\b[Tt]he\s+$")
# a capitalised name after a locative word, then a comma or "in (the northern)" before the region that holds it
QUALIFIED_NAME = re.compile(r"\b(?:in|near|at|outside|around)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
                            r"(?:,\s*|\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?)$")
# a capitalised name right after "near" or "outside", or after "in" and before a clause's end (group 1)
NAME_WORDS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"  # a capitalised name of one to three words
BARE_NAME = re.compile(rf"\b(?:near|outside|in(?=\s+{NAME_WORDS}\s*[.,;]))\s+({NAME_WORDS})(?![\w'’-]|\s+[A-Z])")
# the next name of a list after a place: ", Karamlish", " and Andrianivka", ", and Tel Isqof" (one to three capitalised
# words, the last ending the phrase)
LISTED_NAME = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)([A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*){0,2})"
                         r"(?![\w'’-])")
# what may follow a listed village's name: the list going on, a place's preposition, the clause's end; not a noun it
# qualifies ("Kidal residents"), a verb of a person ("and Ahmed Musa was arrested"), nor an apposition ("and
# Tshisekedi, the opposition leader,")
PLACE_NEXT = re.compile(r"\s*(?:[.;:)]|$|,\s*(?:and\s+)?[A-Z]|\s+(?:and|or|in|on|near|from|to|after)\b)")
# the last word of a site's name, which names no village ("Baghdad Airport", "Tabqa Dam", "Tahrir Square")
SITE_WORD = re.compile(r"\b(?:Airport|Airfield|Airbase|Dam|Square|Tower|University|Park|Road|Street|Base|Camp|Ministry|"
                       r"Port|Hospital|Bridge|Stadium|Prison|Hotel|Mosque|Church|Palace|Valley|Zone|Field|Station)$")
QUALIFIED_REACH = 60  # characters before a region searched for the name it qualifies
TOWN_GAP = re.compile(r",?\s+(?:of\s+)?")                           # "the border town of Qaim", "the capital, Kabul"
NAME_AFTER = re.compile(r"(?:,\s*|\s+(?:of\s+)?)[A-Z]")             # "the capital, Kabul", "the capital of Mali"
# "in the capital"; "from the capital" and "400 km of the capital" are no place of action (group 1)
THE_BEFORE = re.compile(r"(\bfrom\s+|\b(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from)\s+)?\bthe\s+$", re.I)


@dataclass(frozen=True)
class Area:
    """An area phrase: its name's span (empty for a bare "the capital"), its area word's span, its kind."""

    name_start: int
    name_end: int
    word_start: int
    end: int
    kind: str


@cache
def _area_kinds() -> dict[str, str]:
    """Area word (lowercase, single-spaced) -> kind ("area" or "capital")."""
    return {row["word"]: row["kind"] for row in tables.rows("area_words.csv")}


@cache
def _area_words() -> tuple[ahocorasick_rs.AhoCorasick, list[str]]:
    """An automaton over the area words (lowercase), longest first where they overlap, and the words."""
    words = sorted(_area_kinds(), key=len, reverse=True)
    return ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), words


def find_areas(text: str, spans: Sequence[tuple[int, int]]) -> list[Area]:
    """The area phrases of text's spans (sentences), with their names trimmed of leading joiners and owners,
    and the settlements named after a settlement word ("the town of Sayun"). Area words are found first by an
    automaton over the folded text, then the name before each (a regular expression for both, tried at every
    character, cost 4% of the pipeline)."""
    automaton, words = _area_words()
    folded = fold(text)
    found = []
    for start, end in spans:
        for index, word_start, word_end in automaton.find_matches_as_indexes(folded[start:end]):
            word_start, word_end = word_start + start, word_end + start
            if not _whole_word(folded, word_start, word_end):
                continue
            kind = _area_kinds()[words[index]]
            name_start, name_end = _name_before(text, start, word_start)
            if name_start < name_end or (kind == CAPITAL and _bare_capital(text, word_start, word_end)):
                found.append(Area(name_start, name_end, word_start, word_end, kind))
    # settlements last: the areas placed first may say where they are ("the town of Sayun in Hadramawt province")
    return found + [Area(m.start(2), m.end(2), m.start(1), m.end(2), SETTLEMENT)
                    for start, end in spans for m in SETTLEMENT_OF.finditer(text, start, end)]


def _whole_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def _name_before(text: str, floor: int, at: int) -> tuple[int, int]:
    """The span of the name before an area word at `at`: up to MAX_NAME_WORDS capitalised words, each followed
    by one space, less a leading "In" or "The" or an owner (`_name_start`); empty (at, at) when there is none."""
    begin = at
    for _ in range(MAX_NAME_WORDS):
        if begin - 1 <= floor or text[begin - 1] != " ":
            break
        previous = max(text.rfind(" ", floor, begin - 1), text.rfind("\n", floor, begin - 1)) + 1
        if not NAME_WORD.fullmatch(text, max(previous, floor), begin - 1):
            break
        begin = max(previous, floor)
    if begin == at:
        return at, at
    return _name_start(text, begin, at - 1), at - 1


def _name_start(text: str, start: int, end: int) -> int:
    """Where the name proper starts in text[start:end]: after a sentence-opening "In" or "The" and after an
    owner ("Badakhshan's Yamgan"); "Lower" and "North" are part of a name ("Lower Shabelle", "North Kivu")."""
    cursor = start
    for word in re.finditer(r"\S+", text[start:end]):
        if fold(word.group()) in _leading_words() or POSSESSIVE.search(word.group()):
            cursor = start + word.end() + 1
    return min(cursor, end)


@cache
def _leading_words() -> frozenset[str]:
    """Words that may open a run of capitalised words without being part of a name: the locative ones,
    determiners ("That region", "Each province") and "the" (name_context.csv)."""
    return name_context()["locative"] | name_context()["determiner"] | {"the"}


def _bare_capital(text: str, start: int, end: int) -> bool:
    """'in the capital': no name right after it ("the capital, Kabul"), not where someone came from, and no
    word after it that makes it money or law ("the capital markets"; `capital_senses.txt`)."""
    before = THE_BEFORE.search(text, max(0, start - 40), start)
    after = WORD_AFTER.match(text, end)
    return (before is not None and before.group(1) is None and not NAME_AFTER.match(text, end)
            and not (after and after.group(1).lower() in _capital_senses()))


@cache
def _capital_senses() -> frozenset[str]:
    return frozenset(tables.lines("capital_senses.txt"))


def with_areas(text: str, spans: Sequence[tuple[int, int]], toponyms: Sequence[Toponym], home: str | None,
               gazetteer: Gazetteer) -> list[Toponym]:
    """The toponyms with the spans' areas placed (see the module docstring), in text order. An area placed
    by a region that holds it or a town it lies near takes that mention in: they only say where it is."""
    kept = list(toponyms)
    for area in find_areas(text, spans):
        inside = [t for t in kept if t.start < area.end and t.end > area.name_start]
        if any(t.end > area.name_end for t in inside):
            continue  # the gazetteer knows the whole phrase ("Golan Heights")
        placed = _placed(text, area, inside, kept, home, gazetteer)
        if placed is not None:
            toponym, taken = placed
            kept = [t for t in kept if t not in inside and t not in taken] + [toponym]
    kept = _parts_of_towns(text, kept)
    kept = _articled_towns(text, spans, kept, home, gazetteer)
    kept = _qualified_settlements(text, kept, gazetteer)
    kept += _bare_settlements(text, spans, kept, home, gazetteer)
    kept += _listed_settlements(text, kept, gazetteer)
    return sorted(kept, key=lambda t: t.start)


def _parts_of_towns(text: str, toponyms: list[Toponym]) -> list[Toponym]:
    """The mentions without those that name a part of the town named right after them, "of" between, but were
    found as a place far from it ("the Old City of Mosul" is no Old City in Jerusalem, "the Old Town of Donetsk"
    no Old Town elsewhere in Ukraine): the town says where the event is. A place found by the town stands."""
    towns = {t.start: t for t in toponyms if t.place is not None and t.place.feature_class == "P"}
    return [t for t in toponyms if not ((gap := OF_GAP.match(text, t.end)) and (town := towns.get(gap.end()))
                                        and t.place is not None and not t.place.is_country
                                        and not _within(t.place, town.place))]


def _listed_settlements(text: str, toponyms: Sequence[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """Places the gazetteer lacks listed after a town it knows ("recaptured Mala Ivanivka and Andrianivka",
    "Qaraqosh, Karamlish and Tel Keppe"): villages of that town's country, put near it (ACLED's "near a
    town"), each listed one the start of the next; not a name the gazetteer knows, of common words, a nationality
    word, a group's or a person's, nor one followed by a word other than a place's preposition ("and Ahmed Musa was
    arrested", "Gao and Kidal residents", "and Tshisekedi, the opposition leader,"), nor a site's ("Baghdad
    Airport")."""
    found: list[Toponym] = []
    for town in (t for t in toponyms if t.place.feature_class == "P"):
        at, near = town.end, town.place
        while (match := LISTED_NAME.match(text, at)) is not None:
            name, start, end = match.group(1), match.start(1), match.end(1)
            if any(t.start < end and t.end > start for t in (*toponyms, *found)) \
                    or not _village_name(text, name, start, end, gazetteer):
                break
            village = area_place(name, near.country_code, near, gazetteer, SETTLEMENT_CODE)
            found.append(Toponym(name, start, end, village, AREA_CONFIDENCE))
            at = end
    return found


def _village_name(text: str, name: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a capitalised name listed after a town may be a village's (see `_listed_settlements`)."""
    words = name.split()
    return not gazetteer.lookup(name) and not all(fold(word) in _common() for word in words) \
        and name_key(name) not in demonyms() and fold(words[0]) not in given_names() \
        and not any(g.start <= start < g.end for g in group_mentions(text)) \
        and PLACE_NEXT.match(text, end) is not None and SITE_WORD.search(name) is None


def _bare_settlements(text: str, spans: Sequence[tuple[int, int]], toponyms: Sequence[Toponym], home: str | None,
                      gazetteer: Gazetteer) -> list[Toponym]:
    """Places the gazetteer lacks named right after "near" or "outside", or after "in" at a clause's end ("an
    ambush on a convoy near Tessit", "the raid took place in Boni."), in a sentence that names no town: a
    settlement of the article's country, at its point, labelled as written; not a name the gazetteer knows, of
    common words (a month), a nationality word (a language: "spoke in Somali,"), a group's, or a mention's."""
    if home is None:
        return []
    found = []
    for start, end in spans:
        if any(start <= t.start < end and t.place.feature_class == "P" for t in toponyms):
            continue  # "a square in Breitscheidplatz, Berlin": the town says where
        for match in BARE_NAME.finditer(text, start, end):
            name = match.group(1)
            if any(t.start < match.end(1) and t.end > match.start(1) for t in toponyms) \
                    or all(fold(word) in _common() for word in name.split()) or name_key(name) in demonyms() \
                    or any(g.start <= match.start(1) < g.end for g in group_mentions(text)) or gazetteer.lookup(name):
                continue
            place = area_place(name, home, None, gazetteer, SETTLEMENT_CODE)
            if place is not None:
                found.append(Toponym(name, match.start(1), match.end(1), place, AREA_CONFIDENCE))
    return found


def _qualified_settlements(text: str, toponyms: Sequence[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """The toponyms with the places the gazetteer lacks that a first-level region right after them says where
    they are ("riots in Kaliachak, West Bengal", "fighting near Marjah in Helmand Province"): a settlement of
    that region, near its point, which takes the region's mention in. Only a capitalised name after a
    locative word, and not one of common words (a month, a weekday) or a group's."""
    kept = list(toponyms)
    for region in toponyms:
        if region.place.feature_code != "ADM1":
            continue
        found = QUALIFIED_NAME.search(text, max(0, region.start - QUALIFIED_REACH), region.start)
        if found is None or any(t.start < found.end(1) and t.end > found.start(1) for t in kept):
            continue
        name = found.group(1)
        if all(fold(word) in _common() for word in name.split()) \
                or any(g.start <= found.start(1) < g.end for g in group_mentions(text)):
            continue
        place = area_place(name, region.place.country_code, region.place, gazetteer, SETTLEMENT_CODE)
        if place is not None:
            kept = [t for t in kept if t is not region]
            kept.append(Toponym(name, found.start(1), found.end(1), place, AREA_CONFIDENCE))
    return kept


def _articled_towns(text: str, spans: Sequence[tuple[int, int]], toponyms: Sequence[Toponym], home: str | None,
                    gazetteer: Gazetteer) -> list[Toponym]:
    """Towns written with the Arabic article that no mention covers, after a lowercase word ("Haider al-Abadi"
    is a person), in the article's country or one where a group it names fights, never one abroad: a name
    that opens with the article under its other romanisations (`spelling_variants.csv`: "the transport hub
    Al-Qaryatain" is GeoNames' "Al Qaryatayn"); one with the article inside by its skeleton
    (`Gazetteer.spelled_alike`: "bombed Maarat al-Numan" is GeoNames' "Ma'arrat an Nu'man"), taking in the
    mentions found inside it ("Numan")."""
    countries = {home} | {code for g in group_mentions(text) for code in g.countries}
    kept = list(toponyms)
    for start, end in spans:
        if text.find("-", start, end) < 0:
            continue  # every articled name holds a hyphen; the patterns, tried at every place, are spared
        for match in _named_with_article().finditer(text, start, end):
            before = max(start, match.start() - MAX_WORD)
            if _covered(match, kept) or not LOWERCASE_BEFORE.search(text, before, match.start()):
                continue
            town = _town_in(match.group(), countries, gazetteer)
            if town is not None:
                kept = [t for t in kept if not _inside(t, match)]
                kept.append(Toponym(match.group(), match.start(), match.end(), town, AREA_CONFIDENCE))
    return kept


def _covered(match: re.Match, toponyms: Sequence[Toponym]) -> bool:
    """Whether a mention covers the match or runs across its edge (one inside it is only a part of its name)."""
    return any(t.start < match.end() and t.end > match.start() and not _inside(t, match) for t in toponyms)


def _inside(toponym: Toponym, match: re.Match) -> bool:
    """Whether the mention lies within the match and is shorter."""
    return match.start() <= toponym.start and toponym.end <= match.end() \
        and toponym.end - toponym.start < match.end() - match.start()


@cache
def _named_with_article() -> re.Pattern:
    """A capitalised name with the Arabic article (`arabic_articles.txt`), hyphened to the word after it: opening
    the name ("Al-Qaryatain", "al-Bab") or after its first word ("Maarat al-Numan", "Jisr ash-Shughur")."""
    return re.compile(rf"(?:\b[A-Z][\w'’]+\s+)?\b(?i:{article_forms()})-[A-Z][\w'’]+(?![\w-])")


def _town_in(name: str, countries: set[str | None], gazetteer: Gazetteer) -> Place | None:
    """The most populous town of one of `countries` named by a romanisation of `name`, if any: a spelling
    variant the gazetteer knows, else a name of the same skeleton with the article inside."""
    named = [p for variant in spelling_variants(name) for p in gazetteer.lookup(variant)] \
        or gazetteer.spelled_alike(name)
    towns = (p for p in named if p.feature_class == "P" and p.country_code in countries)
    return max(towns, key=lambda p: p.population, default=None)


def _placed(text: str, area: Area, inside: list[Toponym], toponyms: Sequence[Toponym], home: str | None,
            gazetteer: Gazetteer) -> tuple[Toponym, list[Toponym]] | None:
    """The area as a toponym with its own place and the mentions that place it, or None where a place found
    for its name stands, a town is named right after it ("the Syrian border town of Qaim", "the capital,
    Kabul"), or the phrase names no area (a body's name, common words)."""
    name = text[area.name_start:area.name_end]
    nation = demonyms().get(name_key(name)) if name else None
    if nation and OWN_NAME_AFTER.match(text, area.end):
        return None  # "the Malian town of Boni": the place's own name follows (SETTLEMENT_OF)
    holder = _holder(text, area, toponyms)
    country = nation or (holder.place.country_code if holder else None) or _settlement_nation(text, area) \
        or _capital_named_before(area, toponyms, name) or home
    if _not_a_name(text, area, name, nation):
        return None
    word = text[area.word_start:area.end]
    city = _city_holder(text, area, toponyms) if name and not nation else None
    district = _known_as(name, city.place.country_code, area.kind, gazetteer, word) if city is not None else None
    if city is not None and _region_of(district, city.place):
        return Toponym(name, area.name_start, area.name_end, district, AREA_CONFIDENCE), [city]
    if city is not None and not any(_within(t.place, city.place) for t in inside):
        # "the Wadajir District of Mogadishu": a part of the city, not a same-named town far from it
        place = area_place(" ".join(text[area.name_start:area.end].split()), city.place.country_code, city.place,
                           gazetteer)
        start = _phrase_start(text, area.name_start)
        return Toponym(text[start:area.end], start, area.end, place, AREA_CONFIDENCE), [city]
    if _town_named_after(text, area, toponyms):
        return None
    named = _countries_named_before(area, toponyms)
    if any(t.place.is_region or t.place.is_country or t.place.country_code in (country, *named) for t in inside):
        return None
    known = _known_as(name, country, area.kind, gazetteer, word) if name and not nation else None
    if known is not None and (known.is_region or known.feature_class == "P"):
        return Toponym(name, area.name_start, area.name_end, known, AREA_CONFIDENCE), []
    country = known.country_code if known is not None else country
    if country is None:
        return None
    start = _phrase_start(text, area.name_start if name else area.word_start)
    if area.kind == CAPITAL:
        return _capital(text, start, area, country if nation or not name else None, gazetteer)
    town = _town_near(text, area, toponyms, country)
    where = town.place if town else (holder.place if holder is not None and holder.place.feature_code == "ADM1"
                                     else known if known is not None and not known.is_country else None)
    place = area_place(" ".join(text[area.name_start:area.end].split()), country, where, gazetteer,
                       SETTLEMENT_CODE if area.kind == SETTLEMENT else AREA_CODE)
    if place is None:
        return None
    return Toponym(text[start:area.end], start, area.end, place, AREA_CONFIDENCE), [t for t in (holder, town) if t]


def _countries_named_before(area: Area, toponyms: Sequence[Toponym]) -> set[str]:
    """The countries named, as themselves or by a region, just before an area (`NAMED_REACH` characters): "In Russia's
    Belgorod region, ... the village of Shebekino" is in Russia, whatever country the article is about."""
    return {t.place.country_code for t in toponyms if area.word_start - NAMED_REACH <= t.end <= area.word_start
            and (t.place.is_country or t.place.is_region)}


def _capital_named_before(area: Area, toponyms: Sequence[Toponym], name: str) -> str | None:
    """The country of the capital city last named before a bare "the capital" (`CAPITAL_REACH` characters at most):
    "jets over Damascus in a raid blamed on Israel ... hit a depot near the capital" hit Damascus's outskirts, whichever
    other country the words between name."""
    if area.kind != CAPITAL or name:
        return None
    named = [t for t in toponyms if area.word_start - CAPITAL_REACH <= t.end <= area.word_start
             and t.place.feature_code == CAPITAL_CODE]
    return max(named, key=lambda t: t.end).place.country_code if named else None


def _settlement_nation(text: str, area: Area) -> str | None:
    """The country of a settlement's nationality word ("the Somali town of Baidoa", "a Malian border town of
    Menaka"), when the report names it: where the town lies, whoever acted there."""
    if area.kind != SETTLEMENT:
        return None
    before = NATION_BEFORE.search(text, max(0, area.word_start - NATION_REACH), area.word_start)
    return demonyms().get(name_key(before.group(1))) if before else None


def _capital(text: str, start: int, area: Area, country: str | None, gazetteer: Gazetteer
             ) -> tuple[Toponym, list[Toponym]] | None:
    """'the capital', 'the Afghan capital' as the country's capital city, unless a name follows it."""
    capital = gazetteer.capital(country) if country else None
    if capital is None or NAME_AFTER.match(text, area.end):
        return None
    return Toponym(text[start:area.end], start, area.end, capital, AREA_CONFIDENCE), []


def _phrase_start(text: str, at: int) -> int:
    """Where the area's phrase starts: at its "the" when it has one, so that "near the Iraqi capital" reads as
    near it."""
    match = LEADING_THE.search(text, max(0, at - 4), at)
    return match.start() if match else at


def _town_named_after(text: str, area: Area, toponyms: Sequence[Toponym]) -> bool:
    """Whether a town is named right after the area as what it is ("the Syrian border town of Qaim")."""
    return any(t.place.feature_class == "P" and TOWN_GAP.fullmatch(text, area.end, t.start) for t in toponyms
               if t.start >= area.end)


def _not_a_name(text: str, area: Area, name: str, nation: str | None) -> bool:
    """A phrase that names no area: a named group's ("Islamic State territory", "Maoist region"), or, but for a
    nationality word, a name of common words only ("Security zone", "Capital region"; not "Lake Chad region")."""
    key = name_key(name)
    if any(g.start <= area.name_start < g.end for g in group_mentions(text)) or {key, key + "s"} & body_names():
        return True  # "Islamic State territory", "the restive Maoist region"
    return bool(name) and not nation and all(fold(word) in _common() for word in name.split())


@cache
def _common() -> frozenset[str]:
    """Folded common words that are also the names of places (the finder's two tables)."""
    return common_words() | not_places()


def _known_as(name: str, country: str | None, kind: str, gazetteer: Gazetteer, word: str = "") -> Place | None:
    """The gazetteer's place for an area's name that the place finder did not take ("Sinjar Mountains",
    "Panjshir Valley"), with its area word first ("Hawija District" is GeoNames' "Al-Hawija District"), under
    another common romanisation if need be ("Hadramout": Hadramawt): the likeliest
    in the article's country, else a first-level region abroad ("the Bekaa Valley" in a report on Israeli
    jets is Lebanon's), or any region when the report points nowhere; never a town abroad, a namesake more
    often than not ("the Tirah region" is no town in Israel, nor "the Sinai Peninsula" one in Mexico). A
    settlement ("the town of Sayun") is only a town of the article's country."""
    names = (f"{name} {word}", name) if kind == AREA and word else (name,)
    phrase, places = next(((phrase, found) for phrase in names for variant in spelling_variants(phrase)
                           if (found := gazetteer.lookup(variant))), (name, []))
    if kind == SETTLEMENT:  # a town, else the district named after it
        return max((p for p in places if p.country_code == country and not p.is_country),
                   key=lambda p: (p.feature_class == "P", p.population), default=None)
    ranked = sorted(places, key=lambda p: (p.is_region, p.population), reverse=True)
    chosen = next((p for p in ranked if p.country_code == country or p.feature_code == "ADM1"
                   or (country is None and p.is_region)), None)
    return chosen if chosen is not None or phrase == name else _own_region(ranked)


def _own_region(ranked: list[Place]) -> Place | None:
    """The region whose own name is the area's name with its area word ("the Kurram district" is GeoNames'
    "Kurram District"), where every region of that name lies in one country: that region, though the
    article's country is another (a US drone strike in Pakistan), not a label at the article's country."""
    regions = [p for p in ranked if p.is_region]
    return regions[0] if regions and len({p.country_code for p in regions}) == 1 else None


def spelling_variants(name: str) -> list[str]:
    """The name, then its other common romanisations (`spelling_variants.csv`: "Seyoun" -> "Sayun", "Hadramout"
    -> "Hadramawt", "Al-Qaryatain" -> "Qaryatayn"), at most MAX_VARIANTS: tried one by one against the
    gazetteer's names, never a loose match."""
    variants = [name]
    for pattern, replacements in _spelling_swaps():
        variants += [pattern.sub(r, v) for v in variants for r in replacements if pattern.search(v)]
        variants = list(dict.fromkeys(variants))[:MAX_VARIANTS]
    return variants


@cache
def _spelling_swaps() -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    """(pattern, replacements) of `spelling_variants.csv`, in its order."""
    return tuple((re.compile(row["pattern"], re.I), tuple(row["replacements"].split("|")))
                 for row in tables.rows("spelling_variants.csv"))


def _holder(text: str, area: Area, toponyms: Sequence[Toponym]) -> Toponym | None:
    """The mention of the first-level region or country that holds the area: right after it ("of Badakhshan
    Province", ", Kunar") or as its owner just before its name ("Badakhshan's")."""
    for t in toponyms:
        after = t.start >= area.end and QUALIFIER_GAP.fullmatch(text, area.end, t.start)
        owner = t.end <= area.name_start and OWNER_GAP.fullmatch(text, t.end, area.name_start)
        if (after or owner) and (t.place.is_country or t.place.feature_code == "ADM1"):
            return t
    return None


def _city_holder(text: str, area: Area, toponyms: Sequence[Toponym]) -> Toponym | None:
    """The town an area word's phrase names as holding it right after it ("the Wadajir District of Mogadishu",
    "the Karrada district, Baghdad"): the area is a part of that town."""
    if area.kind != AREA:
        return None
    return next((t for t in toponyms if t.start >= area.end and t.place.feature_class == "P"
                 and QUALIFIER_GAP.fullmatch(text, area.end, t.start)), None)


def _region_of(place: Place | None, city: Place) -> bool:
    """Whether the gazetteer's place for an area's name is a region of the city's country ("the Hawija District
    of Kirkuk" is GeoNames' Al-Hawija District, 60 km from the city): that district, not a part of the city."""
    return place is not None and place.is_region and place.country_code == city.country_code


def _within(place: Place, city: Place) -> bool:
    """Whether a place found for an area's name lies in or by the city that holds it (the Dand district of
    Kandahar is GeoNames' own district there): then it stands."""
    return distance_km(place.latitude, place.longitude, city.latitude, city.longitude) <= CITY_REACH_KM


def _town_near(text: str, area: Area, toponyms: Sequence[Toponym], country: str) -> Toponym | None:
    """The town of the area's country named right after it as near it ("the Qalamoun Mountains north of
    Damascus", "the Tirah region near Peshawar")."""
    return next((t for t in toponyms if t.start >= area.end and t.place.feature_class == "P"
                 and t.place.country_code == country and NEAR_GAP.fullmatch(text, area.end, t.start)), None)


def area_place(label: str, country: str, where: Place | None, gazetteer: Gazetteer, code: str = AREA_CODE
               ) -> Place | None:
    """A place for an area (or a settlement, by `code`) the gazetteer lacks: at the point of the region holding
    it or the town near it, else at its country's (no admin1 code then: located to its country only); None for
    a country it lacks."""
    point = where or gazetteer.country(country)
    if point is None:
        return None
    ident = -(AREA_IDS + zlib.crc32(f"{country}|{name_key(label)}".encode()))
    return Place(ident, label, point.latitude, point.longitude, country, "A", code,
                 where.admin1_code if where else "", where.admin1_name if where else "")


def located_to_country(place: Place) -> bool:
    """Whether the place is an area known only to lie in its country (its point is the country's)."""
    return place.feature_code in (AREA_CODE, SETTLEMENT_CODE) and not place.admin1_code


def settlement_placed_near(place: Place) -> bool:
    """Whether the place is a village or town the gazetteer lacks, put at the point of the region that holds it
    or the town near it: ACLED's "near a town" precision, and finer than that region."""
    return place.feature_code == SETTLEMENT_CODE and bool(place.admin1_code)
