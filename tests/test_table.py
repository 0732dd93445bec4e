"""The export contract: columns, representative day, formula neutralising, CSV and GeoJSON."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from extract.models import Article, Event, Place
from extract.table import COLUMNS, event_date, event_row, geojson, neutralise, write_csv

ARTICLE = Article("konna-1", "text", published=date(2013, 1, 18), date_source="cli", source="Desk")
KONNA = Place(-1, "Konna", 14.9467, -3.8933, "ML", admin1_name="Mopti")
COUNTRIES = {"ML": ("Mali", "MLI")}


def test_columns_are_acleds_in_its_order_then_ours():
    assert COLUMNS == (
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "inter1", "actor2", "inter2", "interaction", "civilian_targeting", "country", "admin1", "admin2",
        "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
        "fatalities", "tags", "timestamp",
        "event_id", "date_start", "date_end", "date_precision", "iso3", "place_precision", "geonameid",
        "report_count", "confidence", "provenance", "doc_id", "published", "sentence", "char_start", "char_end",
        "reviewed", "reviewer")


@pytest.mark.parametrize("start, end, middle", [
    (date(2013, 1, 18), date(2013, 1, 18), date(2013, 1, 18)),
    (date(2013, 1, 14), date(2013, 1, 20), date(2013, 1, 17)),
    (date(2012, 7, 1), date(2012, 7, 31), date(2012, 7, 16)),
    (None, None, None),
])
def test_event_date_is_the_middle(start, end, middle):
    assert event_date(start, end) == middle


@pytest.mark.parametrize("value, expected", [
    ("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("+1", "'+1"), ("-- quote", "'-- quote"), ("@x", "'@x"),
    ("Konna", "Konna"), (-3.89, -3.89), (None, None),
])
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def _row(**changes) -> dict:
    event = Event("Battles", "Armed clash", "konna-1", "=cmd|' /C calc'!A0", 0, 18, date(2013, 1, 17),
                  date(2013, 1, 18), "week", "A", "B", KONNA, "Konna", 1, 3, 0.876)
    return event_row(event, ARTICLE, COUNTRIES) | changes


def test_event_row_values():
    row = _row()
    assert list(row) == list(COLUMNS)
    assert (row["country"], row["iso3"], row["admin1"], row["event_date"]) == ("Mali", "MLI", "Mopti", "2013-01-17")
    assert row["event_id"].startswith("MLI-") and row["confidence"] == 0.88 and row["source"] == "Desk"


def test_a_territory_acled_files_under_another_country_takes_its_name_and_code():
    mong_kok = Place(-2, "Mong Kok", 22.32, 114.17, "HK")
    event = Event("Protests", "Peaceful protest", "hk-1", "Crowds march.", 0, 13, place=mong_kok, location="Mong Kok")
    row = event_row(event, ARTICLE, {"HK": ("Hong Kong", "HKG"), "CN": ("China", "CHN")})
    assert (row["country"], row["iso3"]) == ("China", "CHN") and row["event_id"].startswith("CHN-")


def test_csv_has_exact_columns_and_no_live_formulas():
    out = io.StringIO()
    assert write_csv([_row()], out) == 1
    [record] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(record) == list(COLUMNS)
    assert record["sentence"].startswith("'=") and record["longitude"] == "-3.8933"


def test_geojson_points_and_null_geometry():
    collection = geojson([_row(), _row(latitude=None, longitude=None)])
    json.dumps(collection)
    first, second = collection["features"]
    assert first["geometry"] == {"type": "Point", "coordinates": [-3.8933, 14.9467]}
    assert second["geometry"] is None and set(second["properties"]) == set(COLUMNS)


def test_event_row_carries_acleds_codes_and_keeps_our_finer_values():
    row = _row()
    assert (row["time_precision"], row["date_precision"], row["geo_precision"], row["place_precision"]) == (2, "week", 1, 1)
    assert (row["year"], row["disorder_type"], row["timestamp"]) == (2013, "Political violence", 1358467200)
    assert row["event_id_cnty"].startswith("MLI") and row["event_id_cnty"][3:].isdigit()
    assert row["notes"] == "On 2013-01-17, armed clash involving A and B in Konna, Mopti, Mali; 3 reported killed."
    assert "\n" not in row["notes"] and row["provenance"] == ""
