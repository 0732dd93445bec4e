"""Where an event is when its report names an area, a group or a nationality rather than a town (issue 12):
named regions and landforms the gazetteer lacks, "the capital", places inside the names of groups, a group's
country as the last resort, and the place of another event told beside it. Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

import pytest

from extract.areas import AREA_CODE, MAX_VARIANTS, find_areas, located_to_country, spelling_variants
from extract.gazetteer import Gazetteer
from extract.merge import merge
from extract.models import GEO_COUNTRY, GEO_NEAR_TOWN, GEO_REGION, GEO_TOWN, Article
from extract.pipeline import Pipeline


def _row(gid: int, name: str, lat: float, lon: float, cc: str, code: str = "PPL", pop: int = 0,
         admin1: str = "", alternates: str = "") -> dict:
    return {"geonameid": gid, "name": name, "alternatenames": alternates, "latitude": lat, "longitude": lon,
            "feature_class": "P" if code.startswith("PPL") else "A", "feature_code": code, "country_code": cc,
            "admin1_code": admin1, "population": pop}


ROWS = [
    _row(1168579, "Pakistan", 30.0, 70.0, "PK", "PCLI", 220_000_000),
    _row(1174872, "Karachi", 24.86, 67.01, "PK", pop=11_600_000, admin1="05"),
    _row(1176615, "Islamabad", 33.72, 73.04, "PK", "PPLC", 1_000_000, admin1="08"),
    _row(294640, "Israel", 31.5, 34.75, "IL", "PCLI", 9_000_000),
    _row(281184, "Jerusalem", 31.77, 35.22, "IL", "PPLC", 900_000, admin1="06"),
    _row(293100, "Tirat Karmel", 32.76, 34.97, "IL", pop=18_000, alternates="Tirah"),
    _row(192950, "Kenya", 1.0, 38.0, "KE", "PCLI", 50_000_000),
    _row(184745, "Nairobi", -1.28, 36.82, "KE", "PPLC", 2_750_000, admin1="30"),
    _row(1149361, "Afghanistan", 33.0, 66.0, "AF", "PCLI", 37_000_000),
    _row(1138958, "Kabul", 34.53, 69.17, "AF", "PPLC", 3_000_000, admin1="13"),
    _row(1147707, "Badakhshan", 36.7, 71.5, "AF", "ADM1", 1_000_000, admin1="01"),
    _row(357994, "Egypt", 27.0, 30.0, "EG", "PCLI", 98_000_000),
    _row(360630, "Cairo", 30.06, 31.25, "EG", "PPLC", 7_700_000, admin1="11"),
    _row(163843, "Syria", 35.0, 38.0, "SY", "PCLI", 17_000_000),
    _row(170654, "Damascus", 33.51, 36.29, "SY", "PPLC", 1_570_000, admin1="13"),
    _row(99237, "Iraq", 33.0, 44.0, "IQ", "PCLI", 38_000_000),
    _row(2453866, "Mali", 17.35, -3.52, "ML", "PCLI", 19_000_000),
    _row(2460596, "Bamako", 12.65, -8.0, "ML", "PPLC", 1_297_281, admin1="08"),
    _row(2459303, "Diabaly", 14.69, -6.02, "ML", pop=20_000, admin1="04"),
    _row(272103, "Lebanon", 33.83, 35.83, "LB", "PCLI", 6_800_000),
    _row(280282, "Bekaa", 33.9, 36.1, "LB", "ADM1", 500_000, admin1="02"),
    _row(6952155, "Sinjar", 36.3, 41.9, "IQ", "ADM2", 200_000, admin1="15"),
    _row(6254930, "Palestine", 31.9, 35.2, "PS", "PCLI", 4_500_000),
    _row(281133, "Nuba", 31.6, 35.0, "PS", pop=5_000),
    _row(51537, "Somalia", 6.0, 48.0, "SO", "PCLI", 15_000_000),
    _row(7909807, "South Sudan", 7.5, 30.0, "SS", "PCLI", 11_000_000),
    _row(377241, "Bor", 6.21, 31.56, "SS", pop=26_782, admin1="03"),
    _row(6290252, "Serbia", 44.0, 21.0, "RS", "PCLI", 7_000_000),
    _row(792456, "Bor", 44.07, 22.1, "RS", pop=39_387, admin1="SE"),
    _row(572665, "Bor", 56.36, 44.07, "RU", pop=60_647, admin1="51"),
    _row(163345, "Turkey", 39.0, 35.0, "TR", "PCLI", 82_000_000),
    _row(170794, "Kobani", 36.89, 38.35, "SY", pop=45_000, admin1="09"),
    _row(69543, "Yemen", 15.5, 47.5, "YE", "PCLI", 28_000_000),
    _row(70225, "Hadramawt", 16.0, 49.0, "YE", "ADM1", 1_300_000, admin1="04"),
    _row(71144, "Sayun", 15.94, 48.79, "YE", pop=70_000, admin1="04"),
    _row(6254935, "Sayun", 40.0, 60.0, "TM", pop=2_000),
    _row(94787, "Kirkuk", 35.47, 44.39, "IQ", "PPLA", 1_000_000, admin1="13"),
    _row(169577, "Ma‘arrat an Nu‘mān", 35.64, 36.67, "SY", pop=58_000, admin1="10"),
    _row(6949051, "Maarrat al-Nu'man District", 35.6, 36.7, "SY", "ADM2", 0, admin1="10"),
    _row(169897, "Jisr ash Shughūr", 35.81, 36.32, "SY", pop=39_311, admin1="10"),
    _row(4000001, "Kafr ash Shaykh", 31.11, 30.94, "EG", pop=194_569, admin1="21"),
    _row(99072, "Mosul", 36.34, 43.13, "IQ", "PPLA", 1_700_000, admin1="15"),
    _row(6945291, "Old City", 31.78, 35.23, "PS", pop=36_000, admin1="WE"),
    _row(6770659, "Al-Dibis District", 35.65, 44.07, "IQ", "ADM2", 0, admin1="13"),
    _row(-2, "Al-Hawija District", 35.29, 43.76, "IQ", "ADM2", 0, admin1="13"),
    _row(53654, "Mogadishu", 2.04, 45.34, "SO", "PPLC", 2_500_000, admin1="02"),
    _row(-1, "Hodan", 1.75, 44.49, "SO", pop=0, admin1="14"),
    _row(1642911, "Indonesia", -5.0, 120.0, "ID", "PCLI", 260_000_000),
    _row(170017, "Al Qaryatayn", 34.23, 37.24, "SY", pop=31_000, admin1="11"),
    _row(169388, "Idlib", 35.8, 36.6, "SY", "ADM1", 1_500_000, admin1="10"),
    _row(170903, "Dar‘a", 32.62, 36.1, "SY", "PPLA", 100_000, admin1="03", alternates="Daraa"),
    _row(1140025, "Helmand", 31.0, 64.0, "AF", "ADM1", 900_000, admin1="10"),
    _row(6252001, "United States", 39.76, -98.5, "US", "PCLI", 330_000_000),
    _row(1172574, "Kurram District", 33.54, 70.35, "PK", "ADM2", 3_334, admin1="03"),
    _row(-3, "Zarin District", 34.1, 66.3, "AF", "ADM2", 0, admin1="13"),
    _row(-4, "Zarin District", 33.2, 52.1, "IR", "ADM2", 0, admin1="28"),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Gazetteer.from_rows(ROWS))


def _places(pipeline: Pipeline, text: str) -> list[tuple[str, str, int]]:
    """(location, country code, geo precision) of the headline's merged events."""
    article = Article(doc_id="a", text=text, published=date(2015, 6, 6), date_source="jsonl")
    events = merge(pipeline.extract(article), pipeline.settings.merge_distance_km)
    return [(e.location, e.place.country_code if e.place else "", e.geo_precision) for e in events]


@pytest.mark.parametrize("text, expected", [
    # a region the gazetteer lacks is no same-named town abroad: it lies in the country the report is about
    ("Jets of the Pakistan Air Force pounded hideouts in the Tirah region on Sunday, killing 12 fighters.",
     ("Tirah region", "PK", GEO_COUNTRY)),
    # a nationality word and a stretch of land
    ("Gunmen killed six people in a night raid on the Kenyan coast.", ("Kenyan coast", "KE", GEO_COUNTRY)),
    # a district of a named province: at the province's point
    ("Militants overran checkpoints in the Warduj District of Badakhshan Province, killing five police.",
     ("Warduj District", "AF", GEO_REGION)),
    ("Militants overran checkpoints in Badakhshan's Warduj district, killing five police.",
     ("Warduj district", "AF", GEO_REGION)),
    # a landform named with a town near it: at that town's point
    ("Troops retook the Qalamoun Mountains north of Damascus on Sunday.", ("Qalamoun Mountains", "SY", GEO_REGION)),
    # a name the place finder left (a capitalised landform word follows it) is the gazetteer's region: in the
    # article's country, or a first-level region abroad, or any region when nothing says where
    ("Israeli jets struck targets in the Bekaa Valley overnight, killing two fighters.", ("Bekaa", "LB", GEO_REGION)),
    ("Yazidi fighters battled militants in the Sinjar Mountains on Sunday.", ("Sinjar", "IQ", GEO_REGION)),
    # a district named with its area word as a region's own name, of one country only: that region, though the
    # report's country is the striker's; a name that districts of two countries bear stays a label (below)
    ("An American drone strike killed four militants in the Kurram district on Sunday.",
     ("Kurram District", "PK", GEO_REGION)),
    ("An American drone strike killed four militants in the Zarin district on Sunday.",
     ("Zarin district", "US", GEO_COUNTRY)),
    # "Lower" is part of the name; a nationality word and a border town
    ("Militants overran an army base in the Lower Shabelle region of Somalia, killing 15 soldiers.",
     ("Lower Shabelle region", "SO", GEO_COUNTRY)),
    ("Turkish artillery shelled a Syrian border town on Sunday, killing three civilians.",
     ("Syrian border town", "SY", GEO_COUNTRY)),
    # a nationality's capital, and the capital of the country the report is about
    ("A car bomb killed nine people in the Afghan capital on Tuesday.", ("Kabul", "AF", GEO_TOWN)),
    ("Rioters torched shops in the capital on Friday as unrest spread across Kenya.", ("Nairobi", "KE", GEO_TOWN)),
    ("A car bomb exploded near the Afghan capital on Monday, killing eight.", ("Kabul", "AF", GEO_NEAR_TOWN)),
    # ... or the capital city named last before it, whichever country the words between name
    ("Guns fire at jets over Damascus in a raid blamed on Israel, which officials call Israeli strikes on a depot "
     "at the edge of the capital.", ("Damascus", "SY", GEO_TOWN)),
    # another common romanisation of the name (the region found, labelled as the text names it), and a
    # settlement of the article's country only
    ("Tribal fighters clashed with soldiers in the Hadramout region, killing eight.",
     ("Hadramout", "YE", GEO_REGION)),
    ("At least 20 people were killed in a raid on the town of Seiyun in Yemen.", ("Seiyun", "YE", GEO_TOWN)),
    ("Gunmen stormed Mbuyuni village in Kenya, killing four people.", ("Mbuyuni village", "KE", GEO_COUNTRY)),
    # a town named as what the area is: that town
    ("Turkish shells hit the Syrian border town of Kobani on Sunday, killing three.", ("Kobani", "SY", GEO_TOWN)),
    # a country inside a group's name is not the event's place ...
    ("Fighters of the Islamic State of Iraq and the Levant stormed a village outside Damascus.",
     ("Damascus", "SY", GEO_NEAR_TOWN)),
    # ... but the group's country is the event's when nothing else says where
    ("Tehrik-i-Taliban Pakistan fighters ambushed an army convoy, killing seven soldiers.",
     ("Pakistan", "PK", GEO_COUNTRY)),
    ("Thirteen people died when Muslim Brotherhood supporters fought police.", ("Egypt", "EG", GEO_COUNTRY)),
    # a people of few countries says where too ("Bor" is a town of South Sudan, and larger ones of Serbia and Russia)
    ("Dinka youths clashed with Nuer fighters near Bor, leaving nine dead.", ("Bor", "SS", GEO_NEAR_TOWN)),
    # ... and where a state's armed forces strike it: they act abroad as often as at home (its police do not)
    ("Kenyan jets struck an al-Shabaab training site on Sunday.", ("Somalia", "SO", GEO_COUNTRY)),
    ("Kenyan police arrested four al-Shabaab suspects on Sunday.", ("Kenya", "KE", GEO_COUNTRY)),
    # a group tied to a named one ("al-Shabaab-linked") is a local one: of no country the table knows
    ("Kenyan jets struck a site of al-Shabaab-linked fighters on Sunday.", ("Kenya", "KE", GEO_COUNTRY)),
])
def test_the_event_is_in_the_area_the_report_names(pipeline, text, expected):
    assert _places(pipeline, text)[:1] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a district the gazetteer names with its area word and the Arabic article the report leaves out
    ("Jets struck villages in Dibis District in Iraq, killing six.", ("Al-Dibis District", "IQ", GEO_REGION)),
    # a district of a city is a part of it, not a same-named town far from it ...
    ("A car bomb went off in the Hodan District of Mogadishu, killing seven.", ("Hodan District", "SO", GEO_REGION)),
    # ... and one the gazetteer lacks is at the city too
    ("A car bomb went off in the Karaan district of Mogadishu, killing seven.", ("Karaan district", "SO", GEO_REGION)),
    # ... but a district the gazetteer holds in the city's country is that district, 60 km from the city or not
    ("Jets struck villages in the Hawija District of Kirkuk, killing six.", ("Al-Hawija District", "IQ", GEO_REGION)),
    # a town written with the Arabic article that the finder missed: another romanisation (labelled as
    # written), in the country of the group the report names; never a namesake abroad, nor a person's name
    ("Islamic State fighters overran the desert hub Al-Qaryatain on Thursday.", ("Al-Qaryatain", "SY", GEO_TOWN)),
    ("Militants attacked Al-Sayun in Pakistan, killing six.", ("Pakistan", "PK", GEO_COUNTRY)),
    ("Gunmen killed Ahmed Al-Qaryatain in Damascus.", ("Damascus", "SY", GEO_TOWN)),
    # a part of the town named after it, found as a place far away: the town; a part found by the town stands
    ("Iraqi troops battled militants in the Old City of Mosul, killing 12.", ("Mosul", "IQ", GEO_TOWN)),
    ("Police clashed with worshippers in the Old City of Jerusalem.", ("Old City", "PS", GEO_TOWN)),
    # the article inside a name: another assimilation of it, other doubled letters and vowels, by the skeleton
    # of the name without its articles; a town, not the district named after it; never a town abroad
    ("Syrian warplanes struck Maarat al-Numan on Monday, killing nine.", ("Maarat al-Numan", "SY", GEO_TOWN)),
    ("Regime jets pounded Maaret an-Numan, killing nine, Syrian monitors said.",
     ("Maaret an-Numan", "SY", GEO_TOWN)),
    ("Syrian rebels shelled Jisr al-Shughur overnight, killing two.", ("Jisr al-Shughur", "SY", GEO_TOWN)),
    ("Militants stormed Kafr al-Sheikh in Pakistan, killing six.", ("Pakistan", "PK", GEO_COUNTRY)),
    ("Protesters marched in Kafr al-Sheikh, Egypt, on Friday.", ("Kafr al-Sheikh", "EG", GEO_TOWN)),
    # an island the gazetteer lacks is a place of its own in the report's country
    ("Soldiers clashed with militants on Sulawesi island in Indonesia.", ("Sulawesi island", "ID", GEO_COUNTRY)),
    # a state or a group of islands named with its kind word is finer than the country
    ("Herders and farmers clashed in Kenya's Laikipia State, killing nine.", ("Laikipia State", "KE", GEO_COUNTRY)),
    ("Fishermen in the Lamu Islands protested against a port plan in Kenya.", ("Lamu Islands", "KE", GEO_COUNTRY)),
    # a town named only as the owner of the place after it: that place is finer
    ("A car bomb went off in Mogadishu's Hodan district, killing seven.", ("Hodan", "SO", GEO_TOWN)),
])
def test_a_district_or_island_is_where_the_report_puts_it(pipeline, text, expected):
    assert _places(pipeline, text)[:1] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a village the gazetteer lacks, in the region named after it (held by someone, or a part of it): the
    # village, placed near the region's point as ACLED does, not the whole region
    ("Warplanes bombed a clinic in Kafr Batikh village in rebel-held Idlib Governorate, killing nine.",
     [("Kafr Batikh village", "SY", GEO_NEAR_TOWN)]),
    ("Government troops seized the town of Tell Hamra in the southern Idlib Governorate.",
     [("Tell Hamra", "SY", GEO_NEAR_TOWN)]),
    # a later word of its name may open with the Arabic article in lowercase
    ("A shell hit a bakery in the town of Deir al-Adas, in the Idlib Governorate, killing four.",
     [("Deir al-Adas", "SY", GEO_NEAR_TOWN)]),
    # a town it lies near only says where it is
    ("Rebels captured the village of Umm Sarab, near the city of Daraa.", [("Umm Sarab", "SY", GEO_NEAR_TOWN)]),
    # a name the gazetteer lacks right after "near", or after "in" at a clause's end, in a sentence naming no
    # town: a settlement of the article's country, at its point; not a month
    ("Syrian troops shelled rebel positions near Kafr Zita on Sunday.", [("Kafr Zita", "SY", GEO_COUNTRY)]),
    ("Kenyan police say gunmen killed four villagers in Mpeketoni.", [("Mpeketoni", "KE", GEO_COUNTRY)]),
    ("Gunmen killed four people in Kenya in January.", [("Kenya", "KE", GEO_COUNTRY)]),
    # ... nor a nationality word, which names a language after "in"
    ("Kenyan police say gunmen who spoke in Somali, killed four villagers.", [("Kenya", "KE", GEO_COUNTRY)]),
    # a settlement's nationality word says which country it lies in, whoever acted there
    ("Kenyan jets struck targets near the Somali town of Bulo Haji.", [("Bulo Haji", "SO", GEO_COUNTRY)]),
    ("Turkish shells hit the Syrian border village of Tel Zahab, killing two.", [("Tel Zahab", "SY", GEO_COUNTRY)]),
    # ... and so does a country named just before it: the town found there stands, whatever the article's country
    ("Kenyan police clashed with protesters in Nairobi, Kenya, on Monday. In Yemen, a drone struck a car in the "
     "village of Sayun, wounding two people.", [("Nairobi", "KE", GEO_TOWN), ("Sayun", "YE", GEO_TOWN)]),
    # a name the gazetteer lacks after a locative word, which the region right after it holds
    ("Gunmen killed four police officers near Nad Ali in Helmand Province.", [("Nad Ali", "AF", GEO_NEAR_TOWN)]),
    ("Rioters burned shops in Kafr Nubl, Idlib, on Friday.", [("Kafr Nubl", "SY", GEO_NEAR_TOWN)]),
    # ... but not a month, nor a group's name
    ("Fighting in January in Helmand Province killed 40 militants.", [("Helmand", "AF", GEO_REGION)]),
    ("Jets struck positions of the Taliban in Helmand Province.", [("Helmand", "AF", GEO_REGION)]),
    # a district before the province that holds it is the finer place, and one place, not two
    ("Insurgents stormed a police post in Nawzad Kalay District, Helmand Province, killing four officers.",
     [("Nawzad Kalay District", "AF", GEO_REGION)]),
])
def test_a_settlement_or_district_is_finer_than_its_region(pipeline, text, expected):
    assert _places(pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [
    # villages the gazetteer lacks listed after a town it knows: each a place of the event, near that town
    ("Troops recaptured Diabaly and Dogofry from the rebels.",
     [("Diabaly", "ML", GEO_TOWN), ("Dogofry", "ML", GEO_NEAR_TOWN)]),
    ("Rebels seized Diabaly, Dogofry, Nampala and Dioura on Sunday.",
     [("Diabaly", "ML", GEO_TOWN), ("Dogofry", "ML", GEO_NEAR_TOWN), ("Nampala", "ML", GEO_NEAR_TOWN),
      ("Dioura", "ML", GEO_NEAR_TOWN)]),
    # ... not a person named after the town, nor a name that qualifies a noun, nor a group's
    ("Gunmen killed five in Diabaly and Amadou Kone was arrested.", [("Diabaly", "ML", GEO_TOWN)]),
    ("Rebels shelled Diabaly and Dogofry villages.", [("Diabaly", "ML", GEO_TOWN)]),
    ("Troops shelled Diabaly and Ansar Dine fled.", [("Diabaly", "ML", GEO_TOWN)]),
    # the review of round 10: a person's apposition, a site's name
    ("Police arrested 30 protesters in Diabaly and Kone, the mayor, defended the raid.", [("Diabaly", "ML", GEO_TOWN)]),
    ("Militants attacked Diabaly and Dogofry Airport on Saturday.", [("Diabaly", "ML", GEO_TOWN)]),
])
def test_villages_listed_with_a_known_town(pipeline, text, expected):
    assert sorted(_places(pipeline, text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed five people in Islamabad on Monday, a week after clashes in Karachi.",
     ("Islamabad", "PK", GEO_TOWN)),
    ("Jets pounded hideouts in the Tirah region of Pakistan on Sunday, days after an assault in Karachi.",
     ("Tirah region", "PK", GEO_COUNTRY)),
    # the ambush's own place is not told: its country, not the town of the earlier attack
    ("Militants killed 12 soldiers in an ambush, weeks after a similar attack in Karachi that killed nine.",
     ("Pakistan", "PK", GEO_COUNTRY)),
])
def test_the_place_of_an_earlier_event_told_beside_is_not_this_ones(pipeline, text, expected):
    assert _places(pipeline, text)[:1] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a sentence that names only the country gives way to the town the article is about, in that country
    ("Militants overran an army post in central Mali, killing 12 soldiers. They also looted the nearby town "
     "of Diabaly.", [("Diabaly", "ML", GEO_TOWN), ("Diabaly", "ML", GEO_TOWN)]),
    # not to a town of another country
    ("Militants overran an army post in Mali, killing 12 soldiers. Officials in Kabul condemned the attack.",
     [("Mali", "ML", GEO_COUNTRY)]),
])
def test_a_country_gives_way_to_the_town_the_article_is_about(pipeline, text, expected):
    assert _places(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    # a distance from the capital or a journey from it says where something else is
    "Islamist fighters captured the small town of Diabaly in western Mali on Monday, bringing them within "
    "roughly 400 km of the capital.",
    "Rebels who fled from the capital seized the small town of Diabaly in Mali.",
])
def test_the_capital_as_a_reference_is_no_place_of_the_event(pipeline, text):
    assert [place for place, _country, _precision in _places(pipeline, text)] == ["Diabaly"]


@pytest.mark.parametrize("name, variant", [
    ("Seyoun", "Sayun"), ("Hadramout", "Hadramawt"), ("Al-Qaryatain", "Qaryatayn"), ("Qalamoun", "Qalamun")])
def test_spelling_variants(name, variant):
    variants = spelling_variants(name)
    assert variants[0] == name and variant in variants and len(variants) <= MAX_VARIANTS


@pytest.mark.parametrize("text, areas", [
    ("Clashes in the Tirah region and the Swat Valley.", ["Tirah region", "Swat Valley"]),
    ("In Helmand province, troops advanced.", ["Helmand province"]),      # a sentence-opening "In" is no name
    ("They moved to the capital, Kabul.", []),                             # the capital is named
    ("They moved to the capital.", ["capital"]),
    ("Investors fled the capital markets.", []),                          # money, not a city
    ("Security zone guards and Capital region staff met.", ["Security zone", "Capital region"]),  # found here,
    ("That region is the front line now.", []),                            # a determiner opening the sentence
    ("Each province sent troops to the Swat Valley.", ["Swat Valley"]),   # is no name
])
def test_area_phrases(text, areas):
    found = find_areas(text, [(0, len(text))])
    assert [text[a.name_start if a.name_start < a.name_end else a.word_start:a.end] for a in found] == areas


def test_a_small_namesake_abroad_is_no_area(pipeline):
    """Nothing says where the Nuba Mountains are, and a village of Palestine named Nuba is no answer."""
    assert _places(pipeline, "Government bombers hit villages in the Nuba Mountains, killing 12 civilians.") \
        == [("", "", None)]


def test_common_words_name_no_area(pipeline):
    """'Security zone' is found as a phrase but names no area (a common word opens it): no place for it."""
    text = "Security zone guards were attacked by gunmen who killed two of them near Karachi."
    assert _places(pipeline, text)[:1] == [("Karachi", "PK", GEO_NEAR_TOWN)]


def test_an_area_located_only_to_its_country_says_so(pipeline):
    article = Article(doc_id="a", text="Gunmen killed six people on the Kenyan coast.", published=date(2015, 6, 6))
    areas = [t for t in pipeline.context(article).toponyms if t.place.feature_code == AREA_CODE]
    assert [(a.text, located_to_country(a.place)) for a in areas] == [("the Kenyan coast", True)]
