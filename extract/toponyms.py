"""Finding place-name mentions: one automaton over every gazetteer name, then filters.

The automaton runs over the folded text (same length as the original, so offsets hold);
filters then drop hits inside words, lowercase hits, common words that happen to be place
names ("Read", "March", "Nice") or that open a sentence ("She", "For"), parts of person names
("Victoria Nuland", "Gov. Perry", and later a lone "Perry" in the same article), parts of
organisation names ("Timbuktu Manuscripts project") and attributive uses ("a South Africa
professor"). Abbreviations are read from a table ("U.S.", "Ga.", "W.Va.").

Two readings of "place name": the event pipeline wants places where something happens; the
geoparsing task (as GeoWebNews and LGL annotate it) also counts associative uses: demonyms
("Russian" for Russia), places inside the names of bodies ("The Washington Post") and
attributive uses. `PlaceFinder(gazetteer, associative=True)` finds those too.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import groupby
from typing import NamedTuple

import ahocorasick_rs

from . import tables
from .actors import forces_follow, group_mentions, names_military
from .fingerprint import package_digest
from .gazetteer import Gazetteer, countries, demonyms, peaceful_countries
from .names import fold
from .phrases import POSSESSIVE_END, alternation, by_first_character, table_lines
from .models import Toponym

MIN_KEY_LENGTH = 2
SHORT_KEY_LENGTH = 2  # names this short count only when written in capitals ("US", "UK")
ACRONYM_LENGTH = 5    # capitals this short are codes ("CNN" is an airport code) unless a country's
CONTINENT = "CONT"
MAX_BODY_WORDS = 4
PROMINENT_POPULATION = 100_000    # how far after a place name an institution word may make it a body's name


@cache
def name_context() -> dict[str, frozenset[str]]:
    """role -> words, from name_context.csv ("joiner", "region", "attributive", "near")."""
    roles: dict[str, set[str]] = {}
    for row in tables.rows("name_context.csv"):
        roles.setdefault(row["role"], set()).add(row["word"])
    return {role: frozenset(words) for role, words in roles.items()}


@dataclass(frozen=True)
class PlaceForm:
    """A written form that stands for a place name (a row of place_forms.csv)."""

    form: str
    name: str
    country_code: str
    needs_comma: bool
    adjective: bool


@cache
def place_forms() -> dict[str, PlaceForm]:
    """Exact written form ("Ga.", "European") -> the place it stands for."""
    return {row["form"]: PlaceForm(row["form"], row["name"], row["country_code"], row["needs_comma"] == "1",
                                   row["kind"] == "adjective") for row in tables.rows("place_forms.csv")}


@cache
def common_words() -> frozenset[str]:
    """Folded frequent English words that are also place names: not places at a sentence start."""
    return _word_list("common_words.txt")


@cache
def given_names() -> frozenset[str]:
    """Folded given names that are also place names ("Michael", "Kristina")."""
    return _word_list("given_names.txt")


@cache
def person_words() -> frozenset[str]:
    """Folded given names and frequent surnames that are also place names."""
    return given_names() | surnames()


@cache
def surnames() -> frozenset[str]:
    """Folded frequent surnames that are also place names ("Moore", "Smith")."""
    return _word_list("surnames.txt")


@cache
def not_places() -> frozenset[str]:
    """Folded common words that are also the name of some place, never read as places."""
    return _word_list("not_places.txt")


@cache
def peoples() -> frozenset[str]:
    """Folded names of peoples and faiths that are also the name of some small place ("Arab")."""
    return _word_list("peoples.txt")


@cache
def body_names() -> frozenset[str]:
    """Folded names of armed groups and other actors (actors.csv) and of organisations
    (organisations.txt): "Hamas" is no spelling of Hamm, nor "Taliban" a village in Turkey."""
    aliases = (alias for row in tables.rows("actors.csv") for alias in row["pattern"].split("|"))
    return frozenset(fold(alias.strip()) for alias in aliases) | _word_list("organisations.txt")


def _word_list(file_name: str) -> frozenset[str]:
    """The folded words of a one-word-a-line table in extract/data ('#' starts a comment)."""
    return frozenset(fold(line) for line in tables.lines(file_name))


LOOSE_CONNECTORS = frozenset({"of", "the", "and", "on", "upon"})  # join clauses too: "Gao of Mali", "Gao and Kidal"
NOT_WORD = re.compile(r"[\W_]")
ASCII_NOT_WORD = str.maketrans({chr(code): " " for code in range(128) if not chr(code).isalnum()})  # NOT_WORD's ASCII
HYPHENATED_REST = re.compile(r"(?:-[A-Z][\w'’]*)+")  # "-Luba" after "Lulua": the rest of a hyphenated pair
NOT_WORD_OR_LINE = re.compile(r"[^\w\n]|_")
CAPITALISED = re.compile(r"[A-Z][a-z]+")  # every name `_cue_pattern` can take after a cue is one of these


def word_form(text: str) -> str:
    """Folded text with non-word characters as spaces; the same length as `text`. ASCII text by a table (a scan
    of the whole article's text by NOT_WORD cost 15 times more)."""
    folded = fold(text)
    return folded.translate(ASCII_NOT_WORD) if folded.isascii() else NOT_WORD.sub(" ", folded)


class _Word(NamedTuple):
    """A word next to a name (a tuple: made for every neighbour of every hit, about three times cheaper
    than a frozen dataclass)."""

    text: str
    start: int
    end: int


def _vocabulary(gazetteer: Gazetteer, associative: bool) -> tuple[str, list[str], list[str]]:
    """The automaton's patterns (sorted, one a line), the stop keys and the keys that count only
    after a locative cue: seconds of work over ~800k names, so `PlaceFinder` caches the result."""
    forms = {f.form for f in place_forms().values() if associative or not f.adjective}
    shorthand = {word_form(form).strip() for form in forms}
    stop = (not_places() | body_names() | (peoples() - demonyms().keys())) - shorthand
    if associative:  # "America", "Europe": not where events happen, but places all the same
        stop -= {key for key in stop
                 if any(p.is_country or p.feature_code == CONTINENT for p in gazetteer.lookup(key))}
    # common words that name a town count after a locative cue ("in Lombard", "the town of Bor", not "in May"),
    # even where a region shares the name; a continent's or a country's never ("in Africa" is too wide)
    cued_only = [key for key in stop if key.isalpha() and key not in name_context()["joiner"]
                 and _names_a_town_only(gazetteer.lookup(key))]
    names = [*gazetteer.keys(), *(people_adjectives() if associative else ()), *shorthand]
    left_out = stop | (set() if associative else demonyms().keys() - shorthand)
    kept = "\n".join(k for k in names if k not in left_out and len(k) >= MIN_KEY_LENGTH)
    # one substitution over all names at once: ten times faster than one call per name; the names come
    # nearly in order, so sorting them is quick, and sorted, they are made distinct by their neighbours
    patterns = (f for f, _ in groupby(sorted(NOT_WORD_OR_LINE.sub(" ", kept).split("\n"))))
    return "\n".join(sorted(" " + f.strip() for f in patterns if f.strip())), sorted(stop), sorted(cued_only)


def _names_a_town_only(places: list) -> bool:
    """Whether the places of a name hold a town and no country or continent."""
    return any(p.feature_class == "P" for p in places) and not any(
        p.is_country or p.feature_code == CONTINENT for p in places)


class PlaceFinder:
    """Finds candidate place-name mentions with one multi-pattern automaton.

    Names and text are compared in a "word form": folded, with every character that is not a
    letter or digit turned into a space (same length, so offsets hold). Each name is prefixed
    with a space, so it can only match where a word starts; overlapping matches are kept and
    the longest acceptable one wins, so a longer key that runs into the next word ("gao an" in
    "Gao and") cannot hide the real name. With `associative`, demonyms, names inside the names
    of bodies and attributive uses count too (see the module docstring).
    """

    def __init__(self, gazetteer: Gazetteer, associative: bool = False) -> None:
        self.associative = associative
        self._forms = {f.form: f for f in place_forms().values() if associative or not f.adjective}
        patterns, stop, cued_only = gazetteer.derived(
            "names-associative" if associative else "names", (package_digest(),),
            lambda: _vocabulary(gazetteer, associative))
        # sorted input builds the automaton about three times faster. The contiguous NFA takes 0.2-0.3 s
        # longer to build than the non-contiguous one and 60 MB more at its peak, but it is searched several
        # times faster (the search was 6-7% of the pipeline's CPU in the other, far larger than the CPU cache)
        self._automaton = ahocorasick_rs.AhoCorasick(patterns.split("\n"),
                                                     implementation=ahocorasick_rs.Implementation.ContiguousNFA)
        self._gazetteer = gazetteer
        self._stop = frozenset(stop)
        self._cued_only = frozenset(cued_only)
        # as written after a cue (`_cue_pattern`'s group: a capital and lowercase letters), for a quick look
        self._cued_capitalised = frozenset(key.capitalize() for key in cued_only if key.isascii())
        self._prominence: dict[str, bool] = {}
        self._regions: dict[str, bool] = {}
        self._peaceful: dict[str, bool] = {}
        self._qualifiers = name_context()["joiner"] | name_context()["institution"]

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Toponym]:
        """Mentions in text[start:end], with offsets into `text`."""
        return self.find_in(text, [(start, len(text) if end is None else end)])

    def find_in(self, text: str, spans: Iterable[tuple[int, int]]) -> list[Toponym]:
        """Mentions in each of several spans of `text` (sentences); names seen as parts of
        person names anywhere in them are not places elsewhere in them either."""
        form = word_form(text)
        whole = self._word_hits(" " + form + " ")
        hits = [hit for start, end in spans for hit in self._hits(text, form, whole, start, end)]
        if not self.associative:  # "Islamic State of Iraq", "Tehrik-i-Taliban Pakistan": a group's name, no place
            hits = _outside_groups(text, hits)
        persons = person_names(text, hits)
        return [Toponym(text[s:e], s, e) for s, e in self._longest_first(text, hits, persons)]

    def _hits(self, text: str, form: str, whole: list[tuple[int, int]], start: int, end: int
              ) -> list[tuple[int, int]]:
        """Every automaton hit in text[start:end] that ends where a word ends, by start. `form`: the text's
        `word_form`; `whole`: its `_word_hits`, which are the span's own where the span begins and ends
        between words (a sentence always does; one scan of the text cost less than one per sentence)."""
        # bounds past the text read as a slice reads them (the per-span scan did), not as an index
        if (start == 0 or 0 < start <= len(form) and form[start - 1] == " ") and (end >= len(form) or form[end] == " "):
            spans = [(s, e) for s, e in whole[bisect_left(whole, (start,)):bisect_left(whole, (end,))] if e <= end]
        else:
            spans = [(s + start, e + start) for s, e in self._word_hits(" " + form[start:end] + " ")]
        spans += self._cued_hits(text, start, end)
        spans += self._gazetteer.user_spans(text, start, end, self._stop)  # names of a big user gazetteer
        return sorted(spans, key=lambda span: (span[0], -span[1]))

    def _word_hits(self, haystack: str) -> list[tuple[int, int]]:
        """The automaton's hits in a space-padded word form that end where a word ends, as spans of the text
        it pads (by start)."""
        return sorted((s, e - 1) for _index, s, e in self._automaton.find_matches_as_indexes(haystack, overlapping=True)
                      if haystack[e] == " ")

    def _cued_hits(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Spans of the names that count only after a locative cue ("in Lombard"), where one follows a cue. The
        cue pattern, tried at every place, runs only where a capitalised word of the text is such a name."""
        if self._cued_capitalised.isdisjoint(CAPITALISED.findall(text, start, end)):
            return []
        return [match.span(1) for match in _cue_pattern().finditer(text, start, end)
                if fold(match.group(1)) in self._cued_only]

    def _longest_first(self, text: str, spans: list[tuple[int, int]], persons: frozenset[str]
                       ) -> list[tuple[int, int]]:
        """Non-overlapping accepted spans, the longest at each start, left to right."""
        chosen, forces, cursor = [], [], -1
        for s, e in spans:
            if s < cursor or (self.associative and (self._part_of_continent(text, s, e) or _names_landform(text, s, e))):
                continue
            short = self._form_at(text, s, e)
            if short is not None and not self.associative and text[short:short + 1] == "-" \
                    and is_attributive(text, short):
                continue  # "U.S.-based" describes someone ("US officials" are the country's, and it is found)
            if short is not None:
                span = (s, short)
            elif self._accept(text, s, e, persons):
                span = (s, e)
            else:
                continue
            (forces if self._names_forces(text, *span) else chosen).append(span)
            cursor = span[1]
        # a forces' nationality is no place where another place or a group with a home is named ("a US drone strike
        # kills six al-Shabaab militants": Somalia); with neither, it is the only place told
        return chosen or ([] if forces and group_mentions(text) else forces)

    def _accept(self, text: str, start: int, end: int, persons: frozenset[str]) -> bool:
        """The filters a raw automaton hit must pass to count as a place mention."""
        name = text[start:end]
        if not accept_shape(text, start, end, self.associative) or self._is_code(name):
            return False
        if _is_abbreviation(text[start:end + 1]) or _title_before(text, start):
            return False  # "Dec.", "Gov. Perry"
        if fold(name) in self._qualifiers:
            return False  # "Central", "Western" qualify places, "Centre", "Valley" name kinds of place
        if _opens_sentence_as_common_word(text, start, end) and not cued(text, start):
            return False
        body = self.associative and names_a_body(text, end)
        person = self._person_in_body(text, start, end) if body else self._person(text, start, end, persons)
        if person or _described_as_person(text, start, end):
            return False
        if not self.associative and _names_kin(text, end):
            return False  # "the Lulua-Luba community", "the Dinka tribe": a people, not a place
        if _in_longer_name(text, start, end) and not (_office_of(text, start) and self._regional(name)) \
                and (self.associative or not _airfield_after(text, end)):
            return body or (self.associative and (self._prominent(name) or ends_with_region_word(name)))
        return self.associative or not is_attributive(text, end)

    def _person(self, text: str, start: int, end: int, persons: frozenset[str]) -> bool:
        """Whether the hit names a person: as a given name before a surname, or
        (for a small place without a locative cue or a ", State") a name that is a person's
        elsewhere in the article, a given name or a frequent surname ("Kristina said")."""
        name = text[start:end]
        if starts_person_name(text, start, end) and (not self._regional(name) or followed_by_surname(text, end)):
            return True  # "Michael Jordan"; even a country before a surname ("Chad Smith")
        before = _word_before(text, start)
        if before is not None and fold(before.text) in name_context()["patronymic"]:
            return True  # "Ahmed bin Salem": the name after a word of descent is a person's
        if self._prominent(name) or cued(text, start):
            return False  # a country, state or city named like a person ("DeSmog Canada") stays a place
        key = fold(name)
        return key in persons or (key in person_words() and text[end:end + 2] != ", ")

    def _part_of_continent(self, text: str, start: int, end: int) -> bool:
        """'North Africa', 'Central American': a continent's name or adjective after a
        capitalised word that names a part of it; the gazetteer has no point for the part (the whole name,
        "North America", "South Africa", is a longer hit and wins before this one is seen)."""
        before = _word_before(text, start)
        if before is None or not before.text[:1].isupper() or fold(before.text) not in name_context()["part"]:
            return False  # "western Africa" describes a part of Africa and still names it
        word = text[start:end]
        form = self._forms.get(word)
        key = fold(word)
        return key in name_context()["continental"] or any(
            p.feature_code == CONTINENT for p in self._gazetteer.lookup(form.name if form else word))

    def _person_in_body(self, text: str, start: int, end: int) -> bool:
        """Whether the hit opens a person's name inside a body's name ("Robert Trent Jones Golf
        Club", "Karl Bremer Hospital"): a given name before a capitalised word, unless it is a
        country, region or city ("Georgia Power Company", "Columbus Government Center")."""
        return starts_person_name(text, start, end) and not self._prominent(text[start:end])

    def _regional(self, name: str) -> bool:
        """A country, first-level region or continent ("Georgia" is also a given name)."""
        key = fold(name)
        if key not in self._regions:
            self._regions[key] = any(p.is_country or p.feature_code == CONTINENT
                                     or p.feature_code == "ADM1" and p.population >= PROMINENT_POPULATION
                                     for p in self._gazetteer.lookup(name))
        return self._regions[key]

    def _names_forces(self, text: str, start: int, end: int) -> bool:
        """For events, the name or form of a country at peace at home (`peaceful_countries.csv`) right before its
        forces' noun or as the subject of their deed, after no locative cue ("a US drone strike", "France launches
        airstrikes") is the forces' nationality, not where they act: such forces fight abroad ("Burkina Faso
        security forces" act at home). `_longest_first` keeps it where nothing else places the event."""
        return not self.associative and self._peaceful_country(text[start:end]) \
            and (forces_follow(text, end) or names_military(text, end)) and not cued(text, start)

    def _peaceful_country(self, name: str) -> bool:
        """Whether a name or form ("U.S.") is that of a country at peace at home (memoised: asked of every place)."""
        if name not in self._peaceful:
            form = self._forms.get(name)
            self._peaceful[name] = any(p.is_country and p.country_code in peaceful_countries()
                                       for p in self._gazetteer.lookup(form.name if form else name))
        return self._peaceful[name]

    def _prominent(self, name: str) -> bool:
        """A country, region, continent or city, or (for the geoparser) a country's adjective:
        inside a longer capitalised name ("Ohio Senate", "Education Minnesota", "Russian Foreign
        Ministry") it is still that place far more often than part of a person's name."""
        key = fold(name)
        if key not in self._prominence:
            self._prominence[key] = (self.associative and key in demonyms()) or any(
                p.is_country or p.feature_code == CONTINENT or p.population >= PROMINENT_POPULATION
                for p in self._gazetteer.lookup(name) if p.feature_code != "ADM2")
        return self._prominence[key]

    def _form_at(self, text: str, start: int, end: int) -> int | None:
        """Where a place form ("Ga.", "U.S.", "European") starting at `start` ends, or None."""
        for stop in (end + 1, end):
            entry = self._forms.get(text[start:stop])
            if entry and _on_word_boundaries(text, start, stop) and (
                    not entry.needs_comma or text[max(0, start - 2):start] == ", "):
                return stop
        return None

    def _is_code(self, name: str) -> bool:
        """'CNN', 'AFP': short capitals that are not a country's name or code."""
        letters = name.replace(".", "")
        return (letters.isupper() and len(letters) <= ACRONYM_LENGTH
                and not any(p.is_country for p in self._gazetteer.lookup(name)))


def _outside_groups(text: str, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The hits that lie in no named group's or movement's name (`actors.group_mentions`), but for a name that
    opens one after a locative cue ("in Fano" is the Italian town, "in Sinai Province" the region)."""
    groups = [(g.start, g.end) for g in group_mentions(text)]
    if not groups:
        return hits
    return [(s, e) for s, e in hits
            if not any(start <= s and e <= end and not (s == start and cued(text, s)) for start, end in groups)]


def people_adjectives() -> list[str]:
    """Demonym keys that are adjectives or singular nouns ("russian"), not plurals ("russians"):
    news annotators count "Russian officials" as naming Russia, "Russians" as naming people."""
    table = demonyms()
    return [key for key in table if not (key.endswith("s") and key[:-1] in table)]


def person_names(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[str]:
    """Folded one-word names written as a person's: after a title ("Sgt. Moore"), after a
    capitalised first name ("Bob Moore"), or after a given name that is a place ("Michael Jordan")."""
    found = set()
    for start, end in spans:
        name = text[start:end]
        if " " in name or not name[:1].isupper():
            continue
        before = _word_before(text, start)
        if _title_before(text, start) or (before is not None and _looks_like_given_name(text, before)):
            found.add(fold(name))
        if starts_person_name(text, start, end):
            found.add(fold(_word_after(text, end).text))
    return frozenset(found)


def ends_with_region_word(name: str) -> bool:
    """'Anderson County', 'Rapides Parish': the name says it is a region, so inside a longer
    name ("Anderson County Jail") it is that region, not a person's or a shorter place's name."""
    return fold(name.rsplit(" ", 1)[-1]) in name_context()["region"]


def _airfield_after(text: str, end: int) -> bool:
    """'Qayyarah Airfield West', 'Bagram Air Base': the town's name opens an airfield's, which lies at the town."""
    return _airfield_pattern().match(text, end) is not None


@cache
def _airfield_pattern() -> re.Pattern:
    """' Airfield', ' Air Base' ...: the words of the "airfield" role (name_context.csv), longest first."""
    words = sorted(name_context()["airfield"], key=len, reverse=True)
    return re.compile(r" +(?i:" + "|".join(re.escape(w).replace("\\ ", " +") for w in words) + r")\b")


def _names_kin(text: str, end: int) -> bool:
    """Whether a word of kin ("tribe", "clan") follows the name, or the hyphenated pair it opens; "community"
    only the pair (name_context.csv role pair_kin: "Bama community" is a village)."""
    pair = HYPHENATED_REST.match(text, end)
    after = _word_after(text, pair.end() if pair else end)
    word = fold(after.text) if after is not None else ""
    return word in name_context()["kin"] or (pair is not None and word in name_context()["pair_kin"])


def _names_landform(text: str, start: int, end: int) -> bool:
    """'Korean Peninsula', 'Persian Gulf': a people's adjective before a landform word."""
    after = _word_after(text, end)
    return (fold(text[start:end]) in demonyms() and after is not None and after.text[:1].isupper()
            and fold(after.text) in name_context()["landform"])


def starts_person_name(text: str, start: int, end: int) -> bool:
    """'Michael Jordan', 'Kristina Smith': a given name followed by a capitalised name word."""
    if fold(text[start:end]) not in given_names():
        return False
    after = _word_after(text, end)
    context = name_context()
    return (after is not None and after.text[:1].isupper() and after.text.isalpha() and not after.text.isupper()
            and fold(after.text) not in context["joiner"] | context["region"] | context["institution"])


def followed_by_surname(text: str, end: int) -> bool:
    """'Chad Smith': a frequent surname follows."""
    after = _word_after(text, end)
    return after is not None and fold(after.text) in surnames()


def _looks_like_given_name(text: str, word: _Word) -> bool:
    """A capitalised word that is no joiner, no sentence opener and no abbreviation."""
    context = name_context()
    return (word.text[:1].isupper() and word.text.isalpha() and not word.text.isupper()
            and fold(word.text) not in context["joiner"] | context["region"] | context["title"]
            and not _starts_sentence(text, word.start))


def _office_of(text: str, start: int) -> bool:
    """'the President of Ukraine Petro Poroshenko': a title and "of" before the name, so the capitalised
    words after it name the office-holder, not a longer place."""
    of = _word_before(text, start)
    return of is not None and of.text == "of" and _title_before(text, of.start)


def _title_before(text: str, start: int) -> bool:
    """'Gov. Perry', 'Sgt. Moore', 'President Kidal' (never a place): a title just before."""
    word = _word_before(text, start)
    return word is not None and fold(word.text).rstrip(".") in name_context()["title"]


def _opens_sentence_as_common_word(text: str, start: int, end: int) -> bool:
    """'She said', 'For now': a frequent word that opens a sentence is that word."""
    return _starts_sentence(text, start) and fold(text[start:end]) in common_words()


@cache
def _cue_pattern() -> re.Pattern:
    """A locative cue and the capitalised word after it (group 1)."""
    phrases = (re.escape(cue).replace("\\ ", " +") for cue in name_context()["cue"])
    cues = "|".join(by_first_character(sorted(phrases, key=len, reverse=True)))  # longest first: "town of" before "of"
    return re.compile(rf"\b(?i:{cues}) +([A-Z][a-z]+)\b")


def cued(text: str, start: int) -> bool:
    """'in Moore', 'the town of Bell': a locative phrase right before the name."""
    head = fold(text[max(0, start - 20):start]).rstrip()
    return any(head.endswith(" " + cue) or head == cue for cue in name_context()["cue"])


def names_a_body(text: str, end: int) -> bool:
    """'Washington Post', 'Pointe Coupee Sheriff's Office': the capitalised words that follow
    hold an institution word, so the place name is part of a body's name."""
    words = 0
    word = _word_after(text, end)
    while word is not None and word.text[:1].isupper() and words < MAX_BODY_WORDS:
        if fold(word.text) in name_context()["institution"]:
            return True
        word, words = _word_after(text, word.end), words + 1
    return False


def in_site_name(text: str, start: int, end: int) -> bool:
    """'Robert Trent Jones Golf Club', 'Wilson's Farm', 'University of St. Thomas', 'White House':
    the hit is, or is part of, the name of a site: a facility word ends it, or stands among the
    capitalised words (and connectors) just after or just before it."""
    facility = name_context()["facility"]
    words = [text[start:end].rsplit(" ", 1)[-1]]
    words += [w.text for w in _name_run(text, end + 2 if text[end:end + 2] in ("'s", "’s") else end, _word_after)]
    words += [w.text for w in _name_run(text, start, _word_before)]
    return any(fold(word).rstrip(".") in facility for word in words)


def _name_run(text: str, offset: int, step) -> list[_Word]:
    """Up to MAX_BODY_WORDS capitalised words or connectors next to `offset`, going one way
    (`step` is _word_after or _word_before)."""
    connectors = name_context()["connector"] | {"the"}
    run: list[_Word] = []
    word = step(text, offset)
    while word is not None and len(run) < MAX_BODY_WORDS and (word.text[:1].isupper() or word.text in connectors):
        run.append(word)
        word = step(text, word.end if step is _word_after else word.start)
    return run


def accept_shape(text: str, start: int, end: int, compounds: bool = False) -> bool:
    """A whole-word, capitalised hit, and a short one only in capitals ("US", not "Us"); with
    `compounds`, also the second name of a hyphenated pair ("Egyptian-US", "D-Charleston")."""
    name = text[start:end]
    return ((_on_word_boundaries(text, start, end) or compounds and _after_capitalised_hyphen(text, start, end))
            and _capitalised(name) and (len(name) > SHORT_KEY_LENGTH or name.isupper()))


def _after_capitalised_hyphen(text: str, start: int, end: int) -> bool:
    """'Egyptian-US', 'Nelson-Creston', 'D-Charleston' (a party and a home town): the hit
    follows a hyphen that follows a capitalised word, and ends where a word ends."""
    if start < 2 or text[start - 1] != "-" or (end < len(text) and text[end].isalnum()):
        return False
    begin = start - 1
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    return begin < start - 1 and text[begin].isupper()


def _capitalised(name: str) -> bool:
    """Every word capitalised but connectors: 'Bay of Bengal' yes, 'The city' no."""
    connectors = name_context()["connector"]
    return all(word[:1].isupper() or word in connectors for word in name.replace("-", " ").split())


def _on_word_boundaries(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-'’" or after.isalnum())


def _described_as_person(text: str, start: int, end: int) -> bool:
    """Whether the hit ends a name of two capitalised words that an apposition calls a person ("Olivier Salgado, a
    spokesman for the mission": `person_nouns.txt`), which a place's name ("Gao, a town") never is."""
    before = _word_before(text, start)
    return before is not None and before.text[:1].isupper() and fold(before.text) not in name_context()["joiner"] \
        and _person_apposition().match(text, end) is not None  # "In Kidal, a spokesman for ...": a joiner before


@cache
def _person_apposition() -> re.Pattern:
    nouns = alternation(table_lines("person_nouns.txt"))
    after = r"(?=\s+(?:for|of|at|with|in|from)\b|\s*[,.;])"  # the noun is the apposition's head
    return re.compile(rf",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,2}}?{nouns}{after}", re.I)


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """True when a capitalised neighbour makes the hit part of a person's or body's name, or a
    connector and a capitalised word after it make it the start of a longer name the gazetteer
    lacks ("Adrar des Ifoghas" is a massif, not Adrar in Algeria)."""
    joiners = name_context()["joiner"] | name_context()["region"]
    before, after = _word_before(text, start), _word_after(text, end)
    return any(w is not None and w.text[:1].isupper() and fold(w.text) not in joiners
               and not (w is before and (_starts_sentence(text, w.start) or _country_possessive(w.text)))
               and not (w is after and _of_a_faith(text, w))
               for w in (before, after)) or _continues_with_connector(text, after) or _after_particle(text, before)


def _country_possessive(word: str) -> bool:
    """Whether the word is a one-word country's name in the possessive ("Nigeria's Zaria"): it says where the place
    after it lies, it is no part of its name."""
    return POSSESSIVE_END.search(word) is not None and fold(POSSESSIVE_END.sub("", word)) in _country_names()


@cache
def _country_names() -> frozenset[str]:
    return frozenset(fold(name) for name, _iso3 in countries().values() if " " not in name)


def _after_particle(text: str, before: _Word | None) -> bool:
    """Whether the word before the hit is a surname's particle after a capitalised name ("Kian delos Santos")."""
    if before is None or fold(before.text) not in name_context()["particle"]:
        return False
    name = _word_before(text, before.start)
    return name is not None and name.text[:1].isupper()


def _of_a_faith(text: str, word: _Word) -> bool:
    """Whether the word is one of a faith with a common noun after it ("a Kabul Shia mosque")."""
    following = _word_after(text, word.end)
    return fold(word.text) in name_context()["faith"] and following is not None and following.text[:1].islower()


def _continues_with_connector(text: str, after: _Word | None) -> bool:
    """Whether a name connector ("des", "de", "al") and a capitalised word follow, the connector hyphened to it
    or not ("Ain al-Hilweh")."""
    if after is None or fold(after.text) not in name_context()["connector"] - LOOSE_CONNECTORS:
        return False
    if text[after.end:after.end + 1] == "-":  # not a group's name after a place ("a Mogadishu al-Shabaab attack")
        return text[after.end + 1:after.end + 2].isupper() \
            and not any(g.start == after.start for g in group_mentions(text))
    following = _word_after(text, after.end)
    return following is not None and following.text[:1].isupper()


def _word_before(text: str, start: int) -> _Word | None:
    """The word just before `start`, when only a space lies between; a word ending in a full
    stop only when it is an abbreviation ("Gov. Perry"), since the stop may end a sentence."""
    if start < 2 or text[start - 1] != " " or not (text[start - 2].isalpha() or text[start - 2] == "."):
        return None
    begin = start - 1
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] in ".'’"):
        begin -= 1
    word = _Word(text[begin:start - 1], begin, start - 1)
    return word if not word.text.endswith(".") or _is_abbreviation(word.text) else None


def _is_abbreviation(word: str) -> bool:
    """'Gov.', 'Dec.', 'Mr.': a word that ends with a full stop without ending a sentence."""
    stem = fold(word[:-1]).rsplit(".", 1)[-1]
    return word.endswith(".") and (stem in abbreviations() or stem in name_context()["title"])


@cache
def abbreviations() -> frozenset[str]:
    """Folded words written with a full stop that does not end the sentence (the sentence
    splitter's table)."""
    return _word_list("abbreviations.txt")


def _word_after(text: str, end: int) -> _Word | None:
    if end + 1 >= len(text) or text[end] != " " or not text[end + 1].isalpha():
        return None
    stop = end + 1
    while stop < len(text) and (text[stop].isalpha() or text[stop] in "'’"):
        stop += 1
    return _Word(text[end + 1:stop], end + 1, stop)


def _starts_sentence(text: str, start: int) -> bool:
    head = text[max(0, start - 40):start].rstrip(" \"“‘'(")
    if not head or head[-1] in "!?:\n":
        return True
    return head[-1] == "." and not _is_abbreviation(head.rsplit(" ", 1)[-1])


def is_attributive(text: str, end: int) -> bool:
    """'X-based', 'a South Africa professor': the name describes someone, not a place of action."""
    rest = text[end:end + 30]
    word = rest[1:].split(" ", 1)[0].strip(".,;:\"”") if rest[:1] in " -" else ""
    return fold(word) in name_context()["attributive"]


def followed_by_region_word(text: str, start: int, end: int) -> bool:
    """'Gao region', 'Kidal Region', 'Gao and Kidal regions': the mention names the region, not the town."""
    word = _word_after(text, end)
    if word is None or fold(word.text) not in name_context()["region"]:
        return False
    # a plural (every singular region word lacks a final s) names regions only at the end of a list:
    # "Aleppo districts" are the city's parts
    return not fold(word.text).endswith("s") or _ends_list(text, start)


def _ends_list(text: str, start: int) -> bool:
    """Whether the name at `start` follows a comma or a list word ("Konna, Gao and Timbuktu")."""
    before = _word_before(text, start)
    return text[max(0, start - 2):start] == ", " or (before is not None and fold(before.text) in name_context()["list"])


def near_cue(text: str, start: int) -> bool:
    """'near Konna', '60 km north of Mopti': the event is near the place, not in it."""
    head = fold(text[max(0, start - 20):start]).rstrip()
    return any(head.endswith(cue) for cue in name_context()["near"])
