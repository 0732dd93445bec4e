"""The shipped gazetteer itself: header, unique ids, coordinate ranges, key places in place."""
from __future__ import annotations

import csv
import math
from collections import Counter

import pytest

from extract.gazetteer import COLUMNS, Gazetteer, countries, demonyms
from extract.geocode import Geoparser
from extract.tables import DATA_DIR
from extract.settings import ROOT
from extract.toponyms import not_places

GAZETTEER = ROOT / "gazetteer.csv"
SUPPLEMENT = ROOT / "data" / "gazetteer_supplement.csv"
COUNTRY_POINTS = ROOT / "data" / "country_points.csv"
MAX_ERROR_KM = 10.0

# Reference coordinates from encyclopaedia infoboxes (see data/gazetteer_supplement.csv).
KEY_PLACES = [
    ("Konna", "ML", 14.94667, -3.89333),
    ("Sévaré", "ML", 14.53333, -4.10000),
    ("Diabaly", "ML", 14.68333, -6.01667),
    ("In Amenas", "DZ", 28.04083, 9.54306),
    ("Gao", "ML", 16.26667, -0.05000),
    ("Timbuktu", "ML", 16.77583, -3.00944),
    ("Tombouctou", "ML", 16.77583, -3.00944),
    ("Kidal", "ML", 18.44111, 1.40722),
    ("Bamako", "ML", 12.65000, -8.00000),
    ("Mopti", "ML", 14.49583, -4.19861),
]

pytestmark = pytest.mark.skipif(not GAZETTEER.exists(), reason="gazetteer.csv not generated")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with GAZETTEER.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(GAZETTEER)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def test_header_is_exactly_the_columns() -> None:
    with GAZETTEER.open(encoding="utf-8") as handle:
        assert handle.readline().rstrip("\n") == ",".join(COLUMNS)


def test_ids_unique_and_sorted(rows: list[dict[str, str]]) -> None:
    ids = [int(row["geonameid"]) for row in rows]
    assert ids == sorted(set(ids))


def test_coordinates_in_range(rows: list[dict[str, str]]) -> None:
    bad = [row["geonameid"] for row in rows
           if not (-90 <= float(row["latitude"]) <= 90 and -180 <= float(row["longitude"]) <= 180)]
    assert bad == []


def test_every_row_has_a_name_and_country(rows: list[dict[str, str]]) -> None:
    """Continents (L/CONT) are the only rows without a country."""
    assert [row["geonameid"] for row in rows
            if not row["name"] or not (row["country_code"] or row["feature_code"] == "CONT")] == []


def test_admin1_name_filled_wherever_the_region_is_known(rows: list[dict[str, str]]) -> None:
    known = {(row["country_code"], row["admin1_code"]) for row in rows
             if row["feature_code"] == "ADM1"}
    unnamed = [row["geonameid"] for row in rows
               if (row["country_code"], row["admin1_code"]) in known and not row["admin1_name"]]
    assert unnamed == []


def test_feature_codes(rows: list[dict[str, str]]) -> None:
    codes = Counter((row["feature_class"], row["feature_code"]) for row in rows)
    assert codes[("P", "PPL")] > 200_000 and codes[("A", "ADM1")] > 3_000
    assert 240 <= codes[("A", "PCLI")] <= len(countries())
    assert 200 <= codes[("P", "PPLC")] <= len(countries())


@pytest.mark.parametrize("name, country, lat, lon", KEY_PLACES)
def test_key_place_within_reach(gazetteer: Gazetteer, name: str, country: str,
                                lat: float, lon: float) -> None:
    towns = [p for p in gazetteer.lookup(name) if p.country_code == country
             and p.feature_class == "P"]
    assert towns, f"{name} not found in {country}"
    assert min(_km(lat, lon, p.latitude, p.longitude) for p in towns) <= MAX_ERROR_KM


def test_konna_trap_is_kept(gazetteer: Gazetteer) -> None:
    """Konna, Mali and the Irish alternate name stay (a South Sudanese village Konna joined them)."""
    assert {p.country_code for p in gazetteer.lookup("Konna")} >= {"ML", "IE"}


@pytest.mark.parametrize("code, name", [("ML", "Mali"), ("DZ", "Algeria"), ("FR", "France"),
                                        ("NE", "Niger"), ("US", "United States")])
def test_countries_have_rows(gazetteer: Gazetteer, code: str, name: str) -> None:
    assert gazetteer.country(code).name == name


@pytest.mark.parametrize("alias, code", [("USA", "US"), ("U.S.", "US"), ("America", "US"),
                                         ("UK", "GB"), ("Britain", "GB"),
                                         ("Côte d'Ivoire", "CI"), ("Ivory Coast", "CI")])
def test_country_aliases(gazetteer: Gazetteer, alias: str, code: str) -> None:
    assert code in {p.country_code for p in gazetteer.lookup(alias) if p.is_country}


@pytest.mark.parametrize("admin1, name", [("04", "Mopti"), ("08", "Tombouctou"), ("09", "Gao"),
                                          ("10", "Kidal")])
def test_mali_regions(gazetteer: Gazetteer, admin1: str, name: str) -> None:
    region = gazetteer.region("ML", admin1)
    assert region.name == name and region.is_region
    assert 10 <= region.latitude <= 25 and -12 <= region.longitude <= 5


def test_countries_sit_at_the_shipped_geonames_points(gazetteer: Gazetteer) -> None:
    with COUNTRY_POINTS.open(newline="", encoding="utf-8") as handle:
        points = list(csv.DictReader(handle))
    assert len(points) > 190
    off = [row["iso2"] for row in points if (country := gazetteer.country(row["iso2"])) is None
           or _km(float(row["latitude"]), float(row["longitude"]), country.latitude, country.longitude) > 1]
    assert off == []


# A second-level region's point lies near its middle: here within 50 km of its county town.
@pytest.mark.parametrize("name, country, town_lat, town_lon", [
    ("Hampshire", "GB", 51.063, -1.308),    # Winchester
    ("Norfolk", "GB", 52.630, 1.297),       # Norwich
    ("County Clare", "IE", 52.844, -8.986),  # Ennis
    ("Yvelines", "FR", 48.805, 2.135),      # Versailles
])
def test_second_level_regions_near_their_county_town(gazetteer: Gazetteer, name: str, country: str,
                                                     town_lat: float, town_lon: float) -> None:
    regions = [p for p in gazetteer.lookup(name) if p.country_code == country and p.feature_code == "ADM2"]
    assert len(regions) == 1
    assert _km(town_lat, town_lon, regions[0].latitude, regions[0].longitude) <= 50


# A first-level region sits mid-area, as GeoNames places regions, not at its biggest city.
@pytest.mark.parametrize("country, admin1, south, north, west, east", [
    ("CA", "08", 47.0, 53.0, -90.0, -80.0),  # Ontario, not Toronto (43.7, -79.4)
    ("CA", "10", 49.0, 56.0, -77.0, -67.0),  # Quebec, not Montreal (45.5, -73.6)
    ("RU", "49", 67.0, 69.5, 31.0, 38.0),    # Murmansk Oblast, mid-Kola, not Murmansk (69.0, 33.1)
])
def test_regions_sit_mid_area(gazetteer: Gazetteer, country: str, admin1: str, south: float,
                              north: float, west: float, east: float) -> None:
    region = gazetteer.region(country, admin1)
    assert south <= region.latitude <= north and west <= region.longitude <= east


def test_supplement_rows_are_sourced_and_present(gazetteer: Gazetteer) -> None:
    with SUPPLEMENT.open(newline="", encoding="utf-8") as handle:
        entries = list(csv.DictReader(handle))
    assert entries and all(entry["source"].strip() for entry in entries)
    for entry in entries:
        place = gazetteer.get(int(entry["geonameid"]))
        assert place is not None, entry["name"]
        assert _km(float(entry["latitude"]), float(entry["longitude"]),
                   place.latitude, place.longitude) <= MAX_ERROR_KM


def test_every_country_has_a_demonym() -> None:
    with (DATA_DIR / "demonyms.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert all(row["demonym"].strip() and row["country_code"] in countries() for row in rows)
    # checked on the file: a shared form ("Dominican") maps to one country in demonyms()
    assert set(countries()) - {row["country_code"] for row in rows} == set()
    assert demonyms()["malians"] == "ML"


# Reference coordinates of airport reference points from encyclopaedia infoboxes.
@pytest.mark.parametrize("name, country, lat, lon", [
    ("Heathrow", "GB", 51.4700, -0.4543),
    ("O'Hare", "US", 41.9786, -87.9048),
    ("Dulles Airport", "US", 38.9531, -77.4565),
    ("Charles de Gaulle International Airport", "FR", 49.0097, 2.5479),
    ("Senou Airport", "ML", 12.5335, -7.9499),
])
def test_airports_by_name_and_short_form(gazetteer: Gazetteer, name: str, country: str,
                                         lat: float, lon: float) -> None:
    airports = [p for p in gazetteer.lookup(name) if p.feature_code == "AIRP" and p.country_code == country]
    assert airports and min(_km(lat, lon, p.latitude, p.longitude) for p in airports) <= MAX_ERROR_KM


@pytest.mark.parametrize("word", ["Charles de Gaulle", "Army", "Love", "Bonn", "John Lennon"])
def test_no_airport_under_a_person_word_or_big_town(gazetteer: Gazetteer, word: str) -> None:
    assert not [p for p in gazetteer.lookup(word) if p.feature_code == "AIRP"]


# Big places stay places under their own names; a mere alternate name that is an English word
# ("Mad" for Madrid, "Soul" for Seoul) is that word (tools/build_not_places.py).
@pytest.mark.parametrize("word, common", [
    ("mad", True), ("soul", True), ("can", True), ("run", True),
    ("turkey", False), ("chad", False), ("tibet", False), ("us", False),
])
def test_not_places_keep_big_places_only_by_their_own_names(word: str, common: bool) -> None:
    assert (word in not_places()) is common


# Villages built from GeoNames per-country dumps (data/villages/, see data/GAZETTEER.md):
# places the city sets lack, where much of the conflict news happens.
VILLAGE_COUNTRIES_MIN = {"ML": 14_000, "NE": 12_000, "BF": 8_500, "CM": 13_000, "NG": 45_000, "PH": 30_000,
                         "MM": 45_000, "TD": 12_000, "CD": 12_000, "MX": 10_000, "SO": 8_000, "CF": 3_000,
                         "CO": 1_800, "ET": 1_100, "HT": 1_000, "MZ": 1_100, "SS": 700, "LY": 600, "SD": 450,
                         "AF": 8_500, "UA": 4_500, "IL": 340}
ODBL_GAZETTEER = ROOT / "gazetteer.odbl.csv"  # OpenStreetMap-derived rows, ODbL
OSM_COUNTRIES = {"NG", "ML", "NE", "BF", "CM", "TD", "SD", "SS", "ET", "SO", "CD", "CF", "MZ", "LY", "MX", "CO", "HT",
                 "UA", "IL", "SY"}
KEY_VILLAGES = [
    # name as news writes it, country, GeoNames coordinates
    ("Ogossagou", "ML", 14.0664, -3.45379),  # massacre of March 2019, Bankass cercle
    ("Boni", "ML", 15.07658, -2.21976),      # on the Douentza-Gao road, Mopti region
    ("Jangebe", "NG", 12.22269, 6.07225),    # schoolgirls abducted in February 2021 (OSM point)
    ("Let Yet Kone", "MM", 22.67678, 95.40237),  # school hit from the air in September 2022 (MIMU point)
    ("Tchoukoutalia", "TD", 13.67685, 13.93887),  # on Lake Chad (OSM point)
    ("Ganjgal", "AF", 34.78889, 71.16019),  # Kunar, the ambush of September 2009 (Afghan village list point)
    ("Synkivka", "UA", 49.76292, 37.70576),  # on the Kupiansk front, Kharkiv oblast (OSM label node)
    ("Nir Oz", "IL", 31.30960, 34.40082),  # kibbutz attacked on 7 October 2023 (OSM point, CBS name)
]


@pytest.fixture(scope="module")
def odbl_rows() -> list[dict[str, str]]:
    with ODBL_GAZETTEER.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize(("country", "minimum"), sorted(VILLAGE_COUNTRIES_MIN.items()))
def test_villages_per_country(rows: list[dict[str, str]], odbl_rows: list[dict[str, str]], country: str,
                              minimum: int) -> None:
    villages = [r for r in rows + odbl_rows if r["country_code"] == country and r["feature_class"] == "P"
                and r["population"] == "0"]
    assert len(villages) >= minimum


@pytest.mark.parametrize(("name", "country", "lat", "lon"), KEY_VILLAGES)
def test_key_village_within_reach(gazetteer: Gazetteer, name: str, country: str, lat: float,
                                  lon: float) -> None:
    places = [p for p in gazetteer.lookup(name) if p.country_code == country and p.feature_class == "P"]
    assert min(_km(p.latitude, p.longitude, lat, lon) for p in places) <= MAX_ERROR_KM



def test_odbl_part_is_loaded_with_the_gazetteer_and_apart_from_it(rows: list[dict[str, str]],
                                                                  odbl_rows: list[dict[str, str]],
                                                                  gazetteer: Gazetteer) -> None:
    """The OSM rows (ODbL) live only in gazetteer.odbl.csv, with ids of their own, and load with
    gazetteer.csv as one gazetteer."""
    assert {r["country_code"] for r in odbl_rows} == OSM_COUNTRIES
    assert all(int(r["geonameid"]) < -10**11 for r in odbl_rows)
    assert not {r["geonameid"] for r in rows} & {r["geonameid"] for r in odbl_rows}
    assert len(gazetteer) == len(rows) + len(odbl_rows)


@pytest.mark.parametrize("text, name, country", [
    # named regions that are no first-level unit resolve to themselves, not to a namesake town abroad
    ("Militants attacked a checkpoint in Sinai.", "Sinai", "EG"),
    ("Militias burned villages across Darfur.", "Darfur", "SD"),
    ("Shelling continued in the Golan Heights.", "Golan Heights", "SY"),
])
def test_named_regions_resolve_to_themselves(gazetteer: Gazetteer, text: str, name: str, country: str) -> None:
    found = {t.text: t.place for t in Geoparser(gazetteer).parse(text)}
    assert found[name].country_code == country and found[name].is_region


# English names news writes for first-level regions (data/region_names.csv) find the region itself.
@pytest.mark.parametrize("name, country, admin1", [
    ("Ingushetia", "RU", "19"),
    ("Krasnodar Krai", "RU", "38"),
    ("Kursk Oblast", "RU", "41"),
    ("Salahuddin", "IQ", "18"),
    ("Lower Shabelle", "SO", "14"),
    ("Northwest Region", "CM", "07"),
    ("Benishangul-Gumuz", "ET", "47"),
    ("Amhara Region", "ET", "46"),
])
def test_english_names_of_regions(gazetteer: Gazetteer, name: str, country: str, admin1: str) -> None:
    assert [(p.country_code, p.admin1_code, p.feature_code) for p in gazetteer.lookup(name)][:1] == \
        [(country, admin1, "ADM1")]


def test_region_names_name_known_regions(gazetteer: Gazetteer) -> None:
    with (ROOT / "data" / "region_names.csv").open(newline="", encoding="utf-8") as handle:
        entries = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    assert len(entries) > 400
    for entry in entries:
        region = gazetteer.get(int(entry["geonameid"]))
        assert region is not None and region.feature_code == "ADM1" and region.country_code == entry["country"]
