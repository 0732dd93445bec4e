"""Choosing among candidates: the traps named in the design (Konna, Gao, Niger, Mali)."""
from __future__ import annotations

import pytest

from extract.gazetteer import Gazetteer
from extract.geocode import NEAR_SCALE_KM, Resolver, closeness, country_evidence, main_country, name_votes, qualifiers
from extract.near import NearIndex, distance_km
from extract.models import Place, Toponym
from extract.toponyms import PlaceFinder


@pytest.fixture(scope="module")
def resolve(tiny_gazetteer):
    finder, resolver = PlaceFinder(tiny_gazetteer), Resolver(tiny_gazetteer)

    def run(text: str) -> dict[str, tuple[str, str]]:
        found, _evidence = resolver.resolve(text, finder.find(text))
        return {t.text: (t.place.country_code, t.place.feature_code) for t in found}
    return run


@pytest.mark.parametrize("text, name, expected", [
    ("Malian troops entered Konna.", "Konna", ("ML", "PPL")),
    ("Konna is quiet tonight.", "Konna", ("ML", "PPL")),            # its own name beats an alternate
    ("Malian forces took Gao.", "Gao", ("ML", "PPL")),              # a town over its region
    ("Fighting in the Gao region of Mali.", "Gao", ("ML", "ADM1")),  # unless the text says region
    ("Refugees crossed into Niger.", "Niger", ("NE", "PCLI")),       # a country for a country name
    ("Troops were flown to Mali from France.", "Mali", ("ML", "PCLI")),
])
def test_choice(resolve, text, name, expected):
    assert resolve(text)[name] == expected


def test_context_evidence_counts_demonyms_and_countries(tiny_gazetteer):
    text = "French jets struck. Malian troops and Malian police moved on Gao in Mali."
    mentions = PlaceFinder(tiny_gazetteer).find(text)
    resolver = Resolver(tiny_gazetteer)
    evidence = country_evidence(text, [(m, resolver.candidates(m.text)) for m in mentions])
    assert max(evidence, key=evidence.get) == "ML" and evidence["FR"] > 0
    toponyms, same_evidence = resolver.resolve(text, mentions)
    assert same_evidence == evidence and main_country(toponyms, evidence) == "ML"


@pytest.mark.parametrize("text, country", [
    # a citizen of a country at peace at home, told as a victim, is most often abroad: the group's home wins
    ("A French journalist and a French engineer are kidnapped by Ansar Dine fighters.", "ML"),
    ("French aid workers and French tourists are held by Ansar Dine.", "ML"),
    # guard: the nationality of a country at war counts in full
    ("A Nigerien journalist and a Nigerien engineer are kidnapped by Ansar Dine fighters.", "NE"),
])
def test_a_foreign_victims_nationality_counts_little(tiny_gazetteer, text, country):
    evidence = country_evidence(text, [])
    assert max(evidence, key=evidence.get) == country


@pytest.mark.parametrize("text, country", [
    # a nationality of two words is its own country's, not that of its last word
    ("South Sudanese rebels seized the town.", "SS"),
    ("Central African troops entered the town.", "CF"),
    ("Sudanese troops entered the town.", "SD"),
])
def test_a_nationality_of_two_words(text, country):
    evidence = country_evidence(text, [])
    assert max(evidence, key=evidence.get) == country and len(evidence) == 1


@pytest.mark.parametrize("anchor, expected", [
    (Place(1, "Here", 14.9, -3.9, "ML"), 1.0),
    (Place(2, "Far", 48.0, 2.0, "FR"), 0.0),
])
def test_closeness(anchor, expected):
    place = Place(3, "Konna", 14.9, -3.9, "ML")
    assert closeness(place, NearIndex([anchor], NEAR_SCALE_KM)) == pytest.approx(expected, abs=0.01)


# Our own small cases for the article-level rules; facts (names, regions, rough positions,
# populations) as in GeoNames.
def _row(gid, name, lat, lon, cc, admin1="", code="PPL", pop=0, alternates=""):
    return {"geonameid": gid, "name": name, "alternatenames": alternates, "latitude": lat, "longitude": lon,
            "feature_class": "P" if code.startswith("PPL") else "A", "feature_code": code,
            "country_code": cc, "admin1_code": admin1, "population": pop}


WORLD_ROWS = [
    _row(6252001, "United States", 39.8, -98.5, "US", code="PCLI", pop=327_000_000, alternates="U.S.,US"),
    _row(2017370, "Russia", 60.0, 100.0, "RU", code="PCLI", pop=144_000_000),
    _row(614540, "Georgia", 42.0, 43.5, "GE", code="PCLI", pop=3_700_000),
    _row(248816, "Jordan", 31.0, 36.0, "JO", code="PCLI", pop=9_900_000),
    _row(611717, "Tbilisi", 41.69, 44.83, "GE", "TB", "PPLC", 1_049_498),
    _row(4197000, "Georgia", 32.75, -83.5, "US", "GA", "ADM1", 10_000_000),
    _row(4331987, "Louisiana", 31.0, -92.0, "US", "LA", "ADM1", 4_600_000),
    _row(6254928, "Virginia", 37.5, -78.9, "US", "VA", "ADM1", 8_500_000),
    _row(5037779, "Minnesota", 46.25, -94.25, "US", "MN", "ADM1", 5_600_000),
    _row(4180439, "Atlanta", 33.75, -84.39, "US", "GA", pop=463_878),
    _row(4744091, "Alexandria", 38.80, -77.05, "US", "VA", pop=150_000),
    _row(4314550, "Alexandria", 31.31, -92.45, "US", "LA", pop=47_000),
    _row(-10022079, "Rapides Parish", 31.2, -92.5, "US", "LA", "ADM2", 130_000),
    _row(4068590, "Huntsville", 34.73, -86.59, "US", "AL", pop=200_000),
    _row(4696233, "Huntsville", 30.72, -95.55, "US", "TX", pop=40_000),
    _row(-10048471, "Walker County", 30.74, -95.57, "US", "TX", "ADM2", 70_000),
    _row(-10001127, "Walker County", 33.80, -87.30, "US", "AL", "ADM2", 64_000),
    _row(5030005, "Jordan", 44.67, -93.63, "US", "MN", pop=6_000),
    _row(5042773, "Shakopee", 44.80, -93.53, "US", "MN", pop=41_000),
    _row(2635167, "United Kingdom", 54.76, -2.70, "GB", code="PCLI", pop=66_000_000),
    _row(6269131, "England", 52.16, -0.70, "GB", "ENG", "ADM1", 54_000_000),
    _row(2643743, "London", 51.51, -0.13, "GB", "ENG", "PPLC", 8_900_000),
    _row(4298960, "London", 37.13, -84.08, "US", "KY", pop=8_000),
    _row(6254925, "Kentucky", 37.5, -85.0, "US", "KY", "ADM1", 4_400_000),
    _row(4259418, "Indianapolis", 39.77, -86.16, "US", "IN", pop=870_000),
    _row(4921868, "Indiana", 40.0, -86.25, "US", "IN", "ADM1", 6_700_000),
    _row(5532362, "Tulia", 34.54, -101.77, "US", "TX", pop=4_700),
    _row(4752186, "Gainesville", 38.80, -77.61, "US", "VA", pop=12_000),
    _row(4667282, "White House", 36.47, -86.65, "US", "TN", pop=11_000),
    _row(4758023, "Fairfax", 38.85, -77.31, "US", "VA", pop=24_000),
    _row(4747845, "Blacksburg", 37.23, -80.41, "US", "VA", pop=44_000),
    _row(5826088, "Glenrock", 42.86, -105.87, "US", "WY", pop=2_500),
    _row(2147714, "Sydney", -33.87, 151.21, "AU", "02", pop=4_600_000),
    _row(2077456, "Australia", -25.0, 135.0, "AU", code="PCLI", pop=25_000_000),
    _row(4736286, "Texas", 31.25, -99.25, "US", "TX", "ADM1", 29_000_000),
    _row(4717560, "Paris", 33.66, -95.56, "US", "TX", pop=25_000),
    _row(2988507, "Paris", 48.85, 2.35, "FR", "11", "PPLC", 2_100_000),
    _row(4684888, "Dallas", 32.78, -96.80, "US", "TX", pop=1_300_000),
]


@pytest.fixture(scope="module")
def world():
    gazetteer = Gazetteer.from_rows(WORLD_ROWS)
    finder, resolver = PlaceFinder(gazetteer, associative=True), Resolver(gazetteer)

    def run(text: str) -> dict[str, tuple[str, str, str]]:
        found, _evidence = resolver.resolve(text, finder.find(text))
        return {t.text: (t.place.country_code, t.place.admin1_code, t.place.feature_code) for t in found}
    return run


@pytest.mark.parametrize("text, name, expected", [
    ("Alexandria police said the man was held in Rapides Parish.", "Alexandria", ("US", "LA", "PPL")),
    ("Alexandria police said the man was held.", "Alexandria", ("US", "VA", "PPL")),   # the larger one
    ("He moved to Alexandria, Louisiana, last year.", "Alexandria", ("US", "LA", "PPL")),  # its qualifier
    ("He moved to Alexandria, La., last year.", "La.", ("US", "LA", "ADM1")),
    ("Lawmakers in Georgia met in Atlanta.", "Georgia", ("US", "GA", "ADM1")),
    ("Russia sent troops into Georgia near Tbilisi.", "Georgia", ("GE", "", "PCLI")),
    ("Huntsville firemen helped Walker County deputies.", "Huntsville", ("US", "TX", "PPL")),
    ("Jordan and Shakopee schools in Minnesota will close.", "Jordan", ("US", "MN", "PPL")),
    ("Jordan and Russia signed a deal.", "Jordan", ("JO", "", "PCLI")),
    ("Russian officials arrived.", "Russian", ("RU", "", "PCLI")),
    ("U.S. officials arrived.", "U.S.", ("US", "", "PCLI")),
    ("English fans arrived.", "English", ("GB", "ENG", "ADM1")),  # England's adjective, not the UK's
    # a famous namesake a hundred times bigger: country evidence alone does not beat it ...
    ("U.S. officials in Indianapolis, Indiana, flew to London.", "London", ("GB", "ENG", "PPLC")),
    # ... the small one's region does
    ("U.S. officials in Kentucky met in London.", "London", ("US", "KY", "PPL")),
    ("He moved to Paris, Texas, and Dallas last year.", "Paris", ("US", "TX", "PPL")),
    ("Crowds marched in Paris, Texas, Sydney and Atlanta.", "Paris", ("US", "TX", "PPL")),  # no city Texas
])
def test_article_context(world, text, name, expected):
    assert world(text)[name] == expected


def _option(text: str, name: str, *places: Place) -> tuple[Toponym, list[Place]]:
    start = text.index(name)
    return Toponym(name, start, start + len(name)), list(places)


BOSTON_MA, BOSTON_NY = Place(1, "Boston", 42.36, -71.06, "US", admin1_code="MA", population=650_000), \
    Place(2, "Boston", 42.63, -78.74, "US", admin1_code="NY", population=8_000)
NEW_YORK_STATE = Place(3, "New York", 43.0, -75.5, "US", "A", "ADM1", "NY")
NEW_YORK_CITY = Place(4, "New York City", 40.71, -74.01, "US", admin1_code="NY", population=8_800_000)
SYDNEY = Place(5, "Sydney", -33.87, 151.21, "AU", admin1_code="02", population=4_600_000)
BUFFALO = Place(6, "Buffalo", 42.89, -78.88, "US", admin1_code="NY", population=260_000)
AUSTRALIA = Place(7, "Australia", -25.0, 135.0, "AU", "A", "PCLI", population=25_000_000)
ROCHESTER_NY = Place(8, "Rochester", 43.15, -77.61, "US", admin1_code="NY", population=210_000)
ROCHESTER_MN = Place(9, "Rochester", 44.02, -92.47, "US", admin1_code="MN", population=120_000)


# A region after a town and a comma says where the town is, unless the region is also a city's name and a
# list of places goes on past it outside the region.
@pytest.mark.parametrize("text, names, qualified", [
    ("He moved to Boston, New York, last year.", ("Boston", "New York"), True),
    ("He moved to Boston, New York, and Buffalo.", ("Boston", "New York", "Buffalo"), True),
    ("Crowds marched in Boston, New York, Sydney and Paris.", ("Boston", "New York", "Sydney"), False),
    ("Crowds marched in Boston, New York, and Sydney.", ("Boston", "New York", "Sydney"), False),
    ("He flew from Boston, New York, to Sydney, Australia.", ("Boston", "New York", "Sydney", "Australia"), True),
    # ... and a town whose most populous namesake lies in the region keeps it as its state
    ("Riots broke out in Rochester, New York, Sydney and Paris.", ("Rochester", "New York", "Sydney"), True),
    # ... past the city's other name in brackets
    ("Crowds marched in Boston, New York (NYC), Sydney and Paris.", ("Boston", "New York", "NYC", "Sydney"), False),
])
def test_a_list_goes_on_past_a_city_named_like_its_region(text, names, qualified):
    places = {"Boston": (BOSTON_MA, BOSTON_NY), "New York": (NEW_YORK_STATE, NEW_YORK_CITY), "Sydney": (SYDNEY,),
              "Buffalo": (BUFFALO,), "Australia": (AUSTRALIA,), "Rochester": (ROCHESTER_NY, ROCHESTER_MN),
              "NYC": (NEW_YORK_CITY,)}
    links = qualifiers(text, [_option(text, name, *places[name]) for name in names])
    assert (links.get(0) == frozenset({NEW_YORK_STATE})) is qualified


# A small town named inside a site's name stays only when the article backs it.
@pytest.mark.parametrize("text, name, kept", [
    ("Gainesville golfers played at the Tulia Golf Club.", "Tulia", False),  # Tulia, Texas: far off
    ("Aides at the White House in Washington declined to comment.", "White House", False),
    ("Gainesville golfers played the Fairfax Golf Club.", "Fairfax", True),       # 30 km from Gainesville
    ("Gainesville golfers played the Blacksburg Golf Club.", "Blacksburg", False),  # 300 km: beyond reach
    ("Fairfax voters met at the Fairfax High School.", "Fairfax", True),            # named on its own too
    ("Leaders met at the London Guildhall School.", "London", True),                # a capital stands alone
    ("Officials in Tulia met at dawn.", "Tulia", True),                             # no site: no rule
])
def test_sites_need_backing(world, text, name, kept):
    assert (name in world(text)) is kept


# A small town in a country the rest of the article never points to needs a place near it.
@pytest.mark.parametrize("text, name, kept", [
    ("Walkers near Sydney, Australia, found Glenrock closed.", "Glenrock", False),  # Wyoming's: lone
    ("Ranchers in Glenrock and Atlanta voted.", "Glenrock", True),    # the US is named by Atlanta
    ("Glenrock voted.", "Glenrock", True),                            # nothing else to go by
    ("Walkers near Sydney, Australia, found Atlanta closed.", "Atlanta", True),  # a city stands alone
    # a name the text calls a region is no town abroad, whatever its size
    ("Walkers near Sydney, Australia, crossed the Shakopee region.", "Shakopee", False),
    ("Walkers near Sydney, Australia, found Shakopee closed.", "Shakopee", True),  # not small: a town
    ("Walkers near Sydney, Australia, crossed the Sydney region.", "Sydney", True),  # the article's own country
    # a town the text places in another country's region or in another country, that area's phrase ending there
    ("Gunmen struck a post in Shakopee, Australia, on Sunday.", "Shakopee", False),
    ("Gunmen struck a post in Shakopee, Minnesota, on Sunday.", "Shakopee", True),
    ("Guards at Shakopee, Australia says, were hurt.", "Shakopee", True),  # the area starts a clause of its own
    ("Trips to Shakopee, Australia, Sydney and Paris were cancelled.", "Shakopee", True),  # a list goes on
    # ... or going on only to that area's own country
    ("Gunmen struck a post in Shakopee, England, United Kingdom, on Sunday.", "Shakopee", False),
    ("Trips to Shakopee, England, United Kingdom and Paris were cancelled.", "Shakopee", True),  # a list goes on
])
def test_lone_foreign_towns_need_backing(world, text, name, kept):
    assert (name in world(text)) is kept


def _town(cc: str, pop: int, admin1: str = "X") -> Place:
    return Place(hash((cc, pop, admin1)) % 10**6, "Cambridge", 0.0, 0.0, cc, admin1_code=admin1, population=pop)


# A name votes for a country by its likeliest place there: many small namesakes in one
# country do not outvote one big place elsewhere (but its regions still share by prior).
@pytest.mark.parametrize("towns, winner, share", [
    ([_town("GB", 145_000)], "GB", 1.0),
    ([_town("GB", 145_000), _town("US", 145_000)], "GB", 0.5),
    ([_town("GB", 145_000), _town("US", 118_000, "MA"), _town("US", 10_000, "MD"),
      _town("US", 10_000, "OH"), _town("US", 10_000, "NY"), _town("US", 10_000, "VT")], "GB", 0.515),
    ([_town("GB", 2_000), _town("US", 118_000, "MA"), _town("US", 10_000, "MD")], "US", 0.76),
])
def test_country_votes_count_each_country_once(towns, winner, share):
    countries, regions = name_votes([(Toponym("Cambridge", 0, 9), towns)])["cambridge"]
    assert countries.most_common(1)[0][0] == winner
    assert countries[winner] == pytest.approx(share, abs=0.01)
    assert sum(countries.values()) == pytest.approx(1.0)
    assert sum(regions.values()) == pytest.approx(1.0)


@pytest.mark.parametrize("a, b, km", [
    ((0.0, 0.0), (0.0, 1.0), 111.2),
    ((14.9467, -3.8933), (14.5333, -4.1), 50.8),
    ((10.0, 179.5), (10.0, -179.5), 109.5),
])
def test_distance_km(a, b, km):
    assert distance_km(*a, *b) == pytest.approx(km, abs=0.5)


@pytest.mark.parametrize("text, expected", [
    ("Militias attacked Derna on Friday.", "LY"),       # GeoNames' "Darnah" is Derna spelled otherwise ...
    ("Militias attacked Dernas on Friday.", None),      # ... and a name the gazetteer lacks finds nothing
])
def test_another_spelling_of_the_main_name_counts_as_the_name(text, expected):
    rows = [{"geonameid": 1, "name": "Darnah", "alternatenames": "Derna", "latitude": 32.76, "longitude": 22.64,
             "country_code": "LY", "population": 102581, "feature_code": "PPLA"},
            {"geonameid": 2, "name": "Derna", "latitude": 46.9, "longitude": 22.0, "country_code": "RO",
             "population": 2963}]
    gazetteer = Gazetteer.from_rows(rows)
    found, _evidence = Resolver(gazetteer).resolve(text, PlaceFinder(gazetteer).find(text))
    assert (found[0].place.country_code if found else None) == expected


def test_a_town_over_the_same_named_district_it_lies_in():
    rows = [{"geonameid": 1, "name": "Mosul", "latitude": 36.34, "longitude": 43.13, "country_code": "IQ",
             "admin1_code": "15", "population": 1683000, "feature_code": "PPLA"},
            {"geonameid": 2, "name": "Mosul", "latitude": 36.2, "longitude": 43.0, "country_code": "IQ",
             "admin1_code": "15", "population": 3748597, "feature_class": "A", "feature_code": "ADM2"}]
    gazetteer = Gazetteer.from_rows(rows)
    text = "Militants attacked Mosul overnight."
    [found], _evidence = Resolver(gazetteer).resolve(text, PlaceFinder(gazetteer).find(text))
    assert found.place.feature_code == "PPLA"


@pytest.mark.parametrize("anchor_lat, anchor_lon, expected", [
    (10.9, 0.0, 100.1),   # just inside reach, due north: measured
    (11.0, 0.0, None),    # just past it: the latitude alone rules it out
    (10.0, 0.9, 98.6),    # at the same latitude, east: measured
])
def test_nearest_km_skips_places_out_of_reach_by_latitude(anchor_lat, anchor_lon, expected):
    """A candidate more degrees of latitude from the others than reach allows is never within reach: the
    bound that spares the trigonometry changes no answer."""
    anchor = Place(1, "A", anchor_lat, anchor_lon, "ML")
    found = NearIndex([anchor], 101).nearest_km(Place(2, "B", 10.0, 0.0, "ML"))
    assert found == (None if expected is None else pytest.approx(expected, abs=0.5))
