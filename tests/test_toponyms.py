"""Finding place-name mentions: boundaries, capitals, common words, names of people and bodies,
abbreviations, and the geoparser's wider (associative) reading; the toponyms command."""
from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout

import pytest

from extract.__main__ import main
from extract.gazetteer import Gazetteer
from extract.toponyms import PlaceFinder, followed_by_region_word, in_site_name, near_cue
from tests.conftest import write_gazetteer_csv

# A few US and world places of our own choosing (facts from GeoNames), for the rules the
# tiny Sahel fixture cannot show.
US_ROWS = [
    {"geonameid": 6252001, "name": "United States", "alternatenames": "U.S.,US,America", "latitude": 39.8,
     "longitude": -98.5, "feature_class": "A", "feature_code": "PCLI", "country_code": "US", "population": 327167434},
    {"geonameid": 2017370, "name": "Russia", "latitude": 60.0, "longitude": 100.0, "feature_class": "A",
     "feature_code": "PCLI", "country_code": "RU", "population": 144478050},
    {"geonameid": 614540, "name": "Georgia", "latitude": 42.0, "longitude": 43.5, "feature_class": "A",
     "feature_code": "PCLI", "country_code": "GE", "population": 3731000},
    {"geonameid": 4197000, "name": "Georgia", "latitude": 32.75, "longitude": -83.5, "feature_class": "A",
     "feature_code": "ADM1", "country_code": "US", "admin1_code": "GA", "population": 10000000},
    {"geonameid": 5165418, "name": "Ohio", "latitude": 40.25, "longitude": -83.0, "feature_class": "A",
     "feature_code": "ADM1", "country_code": "US", "admin1_code": "OH", "population": 11500000},
    {"geonameid": 4180439, "name": "Atlanta", "latitude": 33.75, "longitude": -84.39, "country_code": "US",
     "admin1_code": "GA", "population": 463878},
    {"geonameid": 4543762, "name": "Moore", "latitude": 35.34, "longitude": -97.49, "country_code": "US",
     "admin1_code": "OK", "population": 55000},
    {"geonameid": 4140963, "name": "Washington", "latitude": 38.9, "longitude": -77.04, "feature_code": "PPLC",
     "country_code": "US", "admin1_code": "DC", "population": 601723},
    {"geonameid": 5000001, "name": "Michael", "latitude": 39.0, "longitude": -90.0, "country_code": "US",
     "admin1_code": "IL", "population": 600},
    {"geonameid": 2034937, "name": "Shenyang", "alternatenames": "She", "latitude": 41.79, "longitude": 123.43,
     "country_code": "CN", "population": 7050000},
    {"geonameid": 2597439, "name": "Centre", "latitude": 12.36, "longitude": -1.53, "feature_class": "A",
     "feature_code": "ADM1", "country_code": "BF", "population": 2000000},
    {"geonameid": 4500000, "name": "Valley", "latitude": 32.8, "longitude": -85.2, "country_code": "US",
     "admin1_code": "AL", "population": 9000},
    {"geonameid": 6255148, "name": "Europe", "latitude": 48.69, "longitude": 9.14, "feature_class": "L",
     "feature_code": "CONT", "population": 741000000},
    {"geonameid": 4542000, "name": "Anderson", "latitude": 34.50, "longitude": -82.65, "country_code": "US",
     "admin1_code": "SC", "population": 28000},
    {"geonameid": -10048001, "name": "Anderson County", "latitude": 31.82, "longitude": -95.67, "feature_class": "A",
     "feature_code": "ADM2", "country_code": "US", "admin1_code": "TX", "population": 58000},
    {"geonameid": 4830455, "name": "Arab", "latitude": 34.32, "longitude": -86.50, "country_code": "US",
     "admin1_code": "AL", "population": 8295},
    {"geonameid": 6255149, "name": "North America", "latitude": 46.07, "longitude": -100.55, "feature_class": "L",
     "feature_code": "CONT", "population": 0},
]


@pytest.fixture(scope="module")
def finder(tiny_gazetteer):
    return PlaceFinder(tiny_gazetteer)


@pytest.fixture(scope="module")
def us_finders():
    gazetteer = Gazetteer.from_rows(US_ROWS)
    return PlaceFinder(gazetteer), PlaceFinder(gazetteer, associative=True)


@pytest.mark.parametrize("text, names", [
    ("Rebels took Konna and then Gao.", ["Konna", "Gao"]),
    ("The army entered Sévaré and Tombouctou.", ["Tombouctou"]),
    ("Fighting spread from Mali's north to Niger.", ["Mali", "Niger"]),
    ("Victoria Nuland, a spokeswoman, spoke.", []),
    ("She works for the Timbuktu Manuscripts project.", []),
    ("A South Africa professor told reporters.", []),
    ("A Paris-based analyst said so.", []),
    ("A Mali-flagged tanker was seized.", []),
    ("Links to a U.S.-based cleric were cited.", []),  # an abbreviated form describes someone as a name does
    ("U.S. troops advanced.", ["U.S."]),
    ("Malian troops advanced.", []),
    ("Mobile phones are down across the region.", []),
    ("They are mobile and fast.", []),
    ("Gaoxing and Konnas are not names here.", []),
    ("The convoy reached Gao Saturday.", ["Gao"]),
    ("In Gao, crowds gathered.", ["Gao"]),
    ("CNN reported it first.", []),
    ("Fighting in Mobile and near Mobile.", ["Mobile", "Mobile"]),   # a common word after a locative cue
    ("It rained in May.", []),                                       # never a calendar word
    ("Raids hit Konna, Gao and Timbuktu Regions.", ["Konna", "Gao", "Timbuktu"]),  # a plural ends a list of regions
    ("Raids hit Konna, Gao and Timbuktu Provinces.", ["Konna", "Gao", "Timbuktu"]),
    # a word of a faith beside a place makes no longer name; an apposition calls a name a person's; a connector
    # hyphened to the next name word makes a longer name
    ("A bomb hit a Gao Shia mosque.", ["Gao"]),
    ("Amadou Konna, a spokesman for the army, spoke in Gao.", ["Gao"]),
    ("In Konna, a spokesman for the army said rebels attacked.", ["Konna"]),
    # a country's possessive before a place says where it lies; a weapon's model; a surname after a particle
    ("A bomb went off in northern Mali's Gao.", ["Mali", "Gao"]),
    ("The ships fired Gao cruise missiles at the camp.", []),
    ("The shooting of Amadou delos Gao angered the town of Konna.", ["Konna"]),
    ("They fought in the camp of Gao al-Hilweh, in Mali.", ["Mali"]),
])
def test_find(finder, text, names):
    assert [t.text for t in finder.find(text)] == names


@pytest.mark.parametrize("text, names", [
    ("Troops left Atlanta, Ga. on Monday.", ["Atlanta", "Ga."]),                  # abbreviation with its stop
    ("Officials in the U.S. said so.", ["U.S."]),
    ("US officials and the US economy.", ["US", "US"]),
    ("Us and them.", []),                                                         # capitalised pronoun, no code
    ("She said the storm hit Atlanta.", ["Atlanta"]),                             # sentence-opening common word
    ("The storm hit Moore.", []),                                                 # a frequent surname needs a cue
    ("Gov. Moore spoke. Later Moore left.", []),                                  # title, then the same name alone
    ("Police said Bob Moore spoke. Moore left.", []),                             # first name + surname
    ("Michael Moore spoke.", []),                                                 # a given name that is a place
    ("Michael said so.", []),                                                     # ... is a person's alone too
    ("They lived in Michael last year.", ["Michael"]),                            # unless a cue says place
    ("The tornado in Moore killed two.", ["Moore"]),
    ("Mr. Moore said the tornado in Moore was the worst.", ["Moore"]),            # a locative cue wins
    ("The Ohio Senate voted.", []),                                               # part of a body's name
    ("Russian officials met in Georgia.", ["Georgia"]),                           # demonyms are not places here
    ("Rain in Central Georgia.", ["Georgia"]),                                    # qualifiers are not places
    ("The Dec. meeting was in Atlanta.", ["Atlanta"]),
])
def test_find_us_rules(us_finders, text, names):
    plain, _associative = us_finders
    assert [t.text for t in plain.find(text)] == names


@pytest.mark.parametrize("text, names", [
    ("Russian officials met.", ["Russian"]),                 # a demonym names its country
    ("Russians met.", []),                                   # people, not the country
    ("The Washington Post reported it.", ["Washington"]),     # a place inside a body's name
    ("The Ohio Senate voted.", ["Ohio"]),
    ("The Moore Senior Center opened.", ["Moore"]),          # a small place inside a body's name
    ("A Washington-based group said so.", ["Washington"]),   # attributive use
    ("European and US leaders met.", ["European", "US"]),
    ("Leaders of the EU met in Europe.", ["EU", "Europe"]),
    ("Victoria Nuland spoke.", []),                          # still a person's name
    ("Russian-US talks began.", ["Russian", "US"]),          # a hyphenated pair of names
    ("Rep. Jane Doe, D-Atlanta, voted.", ["Atlanta"]),       # a party and a home town
    ("The mid-Atlanta line.", []),
    ("Rogers Centre and Ohio Valley fans.", ["Ohio"]),       # kinds of place alone name none
    ("Air Georgia flew. Georgia banned it.", ["Georgia", "Georgia"]),  # a state is never a person ...
    ("Georgia Smith spoke in Georgia.", ["Georgia"]),        # ... but before a frequent surname it is
    ("The Michael Tate Senior Center opened.", []),          # a person's name opens the body's name
    ("The Michael Senior Center opened.", ["Michael"]),      # no name word follows: a place
    ("The Washington Tate Senior Center opened.", ["Washington"]),  # a city is not a given name there
    ("The Georgia Tate Senior Center opened.", ["Georgia"]),  # nor is a state
    ("Leaders of Northern Europe met.", []),                 # a part of a continent has no point here
    ("Trade in northern Europe grew.", ["Europe"]),         # a description of a part still names it
    ("Central American migrants and Latin America.", []),   # nor a part of the Americas
    ("North America and Europe met.", ["North America", "Europe"]),  # a whole name is kept
    ("Western US states and Ohio.", ["US", "Ohio"]),         # a part of a country is still in it
    ("Tension on the Russian Peninsula rose.", []),          # a people's adjective naming a landform
    ("Russian Sea Power was founded.", []),
    ("Russian sea power grew.", ["Russian"]),                # a lowercase word is no landform's name
    ("He is held in the Anderson County Jail.", ["Anderson County"]),  # a county inside a body's name
    ("He is held in Anderson County.", ["Anderson County"]),
    ("Anderson Cooper spoke.", []),                          # a small town inside a longer name is not
    ("He was held in Greenwood, W. Va., on Monday.", ["W. Va."]),  # the abbreviation also spaced
    ("Arab states and Ohio met.", ["Ohio"]),                 # a people's name is not a town's ...
    ("She grew up in Arab near Ohio.", ["Arab", "Ohio"]),    # ... unless a locative cue says so
])
def test_find_associative(us_finders, text, names):
    _plain, associative = us_finders
    assert [t.text for t in associative.find(text)] == names


def test_offsets_and_span_limits(finder):
    text = "Intro. Troops reached Konna. Gao is next."
    start = text.index("Troops")
    found = finder.find(text, start, text.index(" Gao"))
    assert [(t.text, t.start) for t in found] == [("Konna", text.index("Konna"))]


@pytest.mark.parametrize("start, end", [(0, 90), (7, 90), (60, 90), (0, 0)])
def test_span_bounds_past_the_text_read_as_a_slice_would(finder, start, end):
    """Bounds beyond the end of the text are clipped as a slice clips them, never an error."""
    text = "Fresh fighting near Gao."
    expected = [(t.text, t.start) for t in finder.find(text, min(start, len(text)), min(end, len(text)))]
    assert [(t.text, t.start) for t in finder.find(text, start, end)] == expected


def test_abbreviation_span_includes_its_stop(us_finders):
    text = "He lives in Atlanta, Ga. now."
    ga = us_finders[0].find(text)[-1]
    assert text[ga.start:ga.end] == "Ga."


@pytest.mark.parametrize("text, name, expected", [
    ("They hold the Gao region now.", "Gao", True),
    ("They hold Gao Region now.", "Gao", True),
    ("They hold Gao now.", "Gao", False),
    # a plural ends a list of regions: each name is one of them
    ("Raids hit Konna, Gao and Timbuktu Regions.", "Timbuktu", True),
    ("Raids hit Konna, Gao and Timbuktu provinces.", "Timbuktu", True),
    # a plural after one name is the city's parts, not its region
    ("Mortars fell on rebel-held Aleppo districts today.", "Aleppo", False),
    ("Two Kabul districts lost power.", "Kabul", False),
    ("SHELLS HIT ALEPPO DISTRICTS", "ALEPPO", False),
    ("SHELLS HIT IDLIB AND ALEPPO PROVINCES", "ALEPPO", True),
])
def test_region_word(text, name, expected):
    start = text.index(name)
    assert followed_by_region_word(text, start, start + len(name)) is expected


@pytest.mark.parametrize("text, name, expected", [
    ("They met at the Robert Trent Jones Golf Club on Sunday.", "Trent", True),   # a word after it
    ("He walked to Wilson's Farm yesterday.", "Wilson", True),                    # through a possessive
    ("She teaches at the University of St. Thomas in Houston.", "St. Thomas", True),  # a word before it
    ("Guards stood outside the Embassy of the Republic of Armenia.", "Republic of Armenia", True),
    ("Aides at the White House declined to comment.", "White House", True),       # its own last word
    ("Flags flew at CAMP MURRAY today.", "MURRAY", True),                         # in capitals too
    ("Troops entered Konna on Friday.", "Konna", False),
    ("The Konna road was cut.", "Konna", False),                                  # lowercase: no site name
    ("Voters in Rock Hill went to the polls.", "Rock Hill", False),
])
def test_in_site_name(text, name, expected):
    start = text.index(name)
    assert in_site_name(text, start, start + len(name)) is expected


@pytest.mark.parametrize("text, expected", [
    ("fighting near Konna", True),
    ("a camp 60 km north of Konna", True),
    ("on the outskirts of Konna", True),
    ("fighting in Konna", False),
])
def test_near_cue(text, expected):
    assert near_cue(text, text.index("Konna")) is expected


@pytest.fixture
def us_csv(tmp_path):
    return write_gazetteer_csv(US_ROWS, tmp_path / "us.csv")


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_toponyms_command(tmp_path, us_csv):
    docs = tmp_path / "docs.jsonl"
    docs.write_text('{"id": "a", "text": "Storms hit Atlanta, Ga. and struck in Moore."}\n'
                    "not json\n"
                    '{"id": "b"}\n'
                    "\n"
                    '{"id": 7, "text": "Nothing here."}\n', encoding="utf-8")
    output = tmp_path / "pred.jsonl"
    code, _out, err = _cli("toponyms", "--input", str(docs), "--output", str(output), "--gazetteer", str(us_csv))
    assert code == 1 and "Traceback" not in err
    assert [line.split(": ")[1] for line in err.splitlines()] == [f"{docs}:2", f"{docs}:3"]
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["a", 7] and rows[1]["toponyms"] == []
    first = rows[0]["toponyms"]
    assert [(t["name"], t["country_code"], t["feature_code"]) for t in first] == [
        ("Atlanta", "US", "PPL"), ("Ga.", "US", "ADM1"), ("Moore", "US", "PPL")]
    assert set(first[0]) == {"start", "end", "name", "lat", "lon", "geonameid", "country_code", "feature_code"}


@pytest.mark.parametrize("text, names", [
    ("Hamas fighters fired rockets at Sderot.", []),
    ("The Red Cross said the road was closed.", []),
    ("Fano militia clashed with the army.", []),
    ("A market in Fano was closed.", ["Fano"]),
    # a place inside a group's name is the group's, not a place of the report
    ("Islamic State of Iraq and the Levant fighters entered Hamm.", ["Hamm"]),
    ("Tehrik-i-Taliban Pakistan claimed the attack in Iraq.", ["Iraq"]),
    ("Gunmen attacked a checkpoint in Sinai Province.", ["Sinai"]),       # a cue: the region, not the group
    ("Sinai Province claimed the attack.", []),
])
def test_armed_groups_and_organisations_are_not_places_without_a_cue(text, names):
    rows = [{"geonameid": 1, "name": "Hamm", "alternatenames": "Hamas", "latitude": 51.7, "longitude": 7.8,
             "country_code": "DE", "population": 178967},
            {"geonameid": 6, "name": "Sinai", "latitude": 30.0, "longitude": 33.8, "country_code": "EG",
             "feature_class": "A", "feature_code": "ADM1", "population": 400_000},
            {"geonameid": 4, "name": "Iraq", "latitude": 33.0, "longitude": 44.0, "country_code": "IQ",
             "feature_class": "A", "feature_code": "PCLI", "population": 38_000_000},
            {"geonameid": 5, "name": "Pakistan", "latitude": 30.0, "longitude": 70.0, "country_code": "PK",
             "feature_class": "A", "feature_code": "PCLI", "population": 220_000_000},
            {"geonameid": 2, "name": "Red Cross", "latitude": 36.8, "longitude": -86.6, "country_code": "US",
             "population": 742},
            {"geonameid": 3, "name": "Fano", "latitude": 43.8, "longitude": 13.0, "country_code": "IT",
             "population": 60978}]
    assert _found(rows, text) == names


@pytest.mark.parametrize("text, names", [
    ("Troops fought in the Adrar des Ifoghas mountains.", []),
    ("Troops entered Adrar on Monday.", ["Adrar"]),
    ("Rebels left Adrar and Kidal.", ["Adrar"]),
])
def test_a_name_continued_by_a_connector_and_a_capitalised_word_is_a_longer_name(text, names):
    rows = [{"geonameid": 1, "name": "Adrar", "latitude": 27.87, "longitude": -0.29, "country_code": "DZ",
             "population": 64781}]
    assert _found(rows, text) == names


@pytest.mark.parametrize("associative", [False, True])
def test_a_finder_from_its_cached_name_list_finds_what_a_fresh_one_finds(tmp_path, us_csv, associative):
    """The name list is cached beside the gazetteer's columns; a damaged cache is rebuilt."""
    text = "Storms hit Atlanta, Ga. and struck in Moore, an American town."
    gazetteer = Gazetteer.load(us_csv, cache_dir=tmp_path / "cache")
    fresh = PlaceFinder(gazetteer, associative).find(text)
    (names_cache,) = (tmp_path / "cache").glob("names-associative-*.pickle" if associative else "names-[0-9a-f]*")
    assert fresh and PlaceFinder(gazetteer, associative).find(text) == fresh
    names_cache.write_bytes(b"damaged")
    assert PlaceFinder(gazetteer, associative).find(text) == fresh


@pytest.mark.parametrize("text, names", [
    ("A bomb went off in Pul-i-Alam on Monday.", ["Pul-i-Alam"]),   # the izafe links one name, not "Pul"
    ("Fighting near Mazar-e-Sharif went on.", ["Mazar-e-Sharif"]),
])
def test_izafe_names_are_one_name(text, names):
    rows = [{"geonameid": 1, "name": "Pul-e Alam", "alternatenames": "Pul-i-Alam", "latitude": 33.99,
             "longitude": 69.02, "country_code": "AF", "population": 13247},
            {"geonameid": 2, "name": "Poole", "alternatenames": "Pul", "latitude": 50.7, "longitude": -1.98,
             "country_code": "GB", "population": 151500},
            {"geonameid": 3, "name": "Mazar-e Sharif", "alternatenames": "Mazar-e-Sharif", "latitude": 36.7,
             "longitude": 67.1, "country_code": "AF", "population": 693000}]
    assert _found(rows, text) == names


@pytest.mark.parametrize("text, names", [
    # a town's name opening an airfield's is the town (the event is there); other longer names stay out
    ("Militants shelled Qayyarah Airfield West overnight.", ["Qayyarah"]),
    ("Jets took off from the Qayyarah air base at dawn.", ["Qayyarah"]),
    ("Staff of the Qayyarah Hospital fled.", []),
])
def test_a_town_opening_an_airfields_name_is_the_town(text, names):
    rows = [{"geonameid": 1, "name": "Al Qayyarah", "alternatenames": "Qayyarah", "latitude": 35.8, "longitude": 43.29,
             "country_code": "IQ", "population": 20000}]
    assert _found(rows, text) == names


@pytest.mark.parametrize("text, names", [
    # a name before a word of kin, alone or opening a hyphenated pair, is a people, not a place
    ("Twenty died in clashes with the Lulua-Luba community in Kananga.", ["Kananga"]),
    ("Elders of the Lulua clan met in Kananga.", ["Kananga"]),
    ("Fighting spread from Lulua to Kananga.", ["Lulua", "Kananga"]),
    # "community" and "ethnic" after a single name: the village (as news of Nigeria names one) or the clashes' place
    ("Gunmen attacked Lulua community at dawn.", ["Lulua"]),
    ("Ten died in Lulua ethnic clashes.", ["Lulua"]),
])
def test_a_name_before_a_word_of_kin_is_a_people(text, names):
    rows = [{"geonameid": 1, "name": "Lulua", "latitude": -5.9, "longitude": 22.4, "country_code": "CD",
             "population": 2000},
            {"geonameid": 2, "name": "Kananga", "latitude": -5.9, "longitude": 22.42, "country_code": "CD",
             "population": 463546}]
    assert _found(rows, text) == names


@pytest.mark.parametrize("text, names", [
    # the Arabic article assimilated to the next consonant joins a name, as "al" and "el" do
    ("Jets struck Deir ez-Zor at dawn.", ["Deir ez-Zor"]),
    ("Police dispersed a march in Dar es Salaam.", ["Dar es Salaam"]),
    ("Rebels shelled Jisr ash-Shughur overnight.", ["Jisr ash-Shughur"]),
    # English words that may follow a place do not join it to the next capitalised word
    ("Jets struck Aleppo as Syrian troops advanced.", ["Aleppo"]),
])
def test_arabic_article_links_join_names(text, names):
    rows = [{"geonameid": 1, "name": "Deir ez-Zor", "latitude": 35.33, "longitude": 40.14, "country_code": "SY",
             "population": 242565},
            {"geonameid": 2, "name": "Dar es Salaam", "latitude": -6.82, "longitude": 39.27, "country_code": "TZ",
             "population": 2698652},
            {"geonameid": 3, "name": "Jisr ash Shughur", "alternatenames": "Jisr ash-Shughur", "latitude": 35.8,
             "longitude": 36.32, "country_code": "SY", "population": 44322},
            {"geonameid": 4, "name": "Aleppo", "latitude": 36.2, "longitude": 37.16, "country_code": "SY",
             "population": 1602264}]
    assert _found(rows, text) == names


@pytest.mark.parametrize("text, names", [
    # a title and "of" before a country: the capitalised words after it name the office-holder
    ("The President of Chad Idriss Deby flew to Kidal.", ["Chad"]),
    ("The Prime Minister of Chad Pahimi Padacke spoke.", ["Chad"]),
    # without the office, the country's name stays part of the longer name
    ("Chad Smith scored twice.", []),
])
def test_a_country_after_an_office_ends_before_the_office_holders_name(text, names):
    rows = [{"geonameid": 1, "name": "Chad", "latitude": 15.0, "longitude": 19.0, "country_code": "TD",
             "feature_class": "A", "feature_code": "PCLI", "population": 15000000}]
    assert _found(rows, text) == names


@pytest.mark.parametrize("text, names", [
    # a word of descent inside a person's name: the capitalised word after it is the person's, not the town
    ("Gunmen killed Ahmed bin Salem in Aden on Monday.", ["Aden"]),
    ("Police detain Mohamed ould Salem in Aden.", ["Aden"]),
    ("Protests erupt in Salem after the vote.", ["Salem"]),
])
def test_a_name_after_a_word_of_descent_is_a_persons(text, names):
    rows = [{"geonameid": 1, "name": "Salem", "latitude": 11.65, "longitude": 78.16, "country_code": "IN",
             "population": 800000},
            {"geonameid": 2, "name": "Aden", "latitude": 12.78, "longitude": 45.04, "country_code": "YE",
             "population": 550000}]
    assert _found(rows, text) == names


def _found(rows: list[dict], text: str) -> list[str]:
    """The place names a finder over a gazetteer of `rows` finds in `text`."""
    return [t.text for t in PlaceFinder(Gazetteer.from_rows(rows)).find(text)]


@pytest.mark.parametrize("text, names", [
    # a country at peace at home named right before its forces' noun is their nationality: they act abroad
    ("France jets struck rebel camps near Gao.", ["Gao"]),
    ("A France-led coalition bombed depots outside Timbuktu.", ["Timbuktu"]),
    ("France launches air strikes on Ansar Dine camps.", []),
    # ... but where nothing else places the event, the country named is the only place told
    ("France launches air strikes on jihadist camps.", ["France"]),
    # guards: a country at war names where its own forces act, and a locative cue names a place
    ("Niger troops retook a village near the border.", ["Niger"]),
    ("Jihadists struck in France; troops hunt them.", ["France"]),
    ("Rebels in France army uniforms were arrested.", ["France"]),
])
def test_a_country_before_its_forces_is_their_nationality(finder, text, names):
    assert [t.text for t in finder.find(text)] == names
