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


def test_columns_are_the_documented_contract():
    assert COLUMNS == (
        "event_id", "event_date", "date_start", "date_end", "time_precision", "event_type", "sub_event_type",
        "actor1", "actor2", "location", "admin1", "country", "iso3", "latitude", "longitude", "geo_precision",
        "geonameid", "fatalities", "report_count", "confidence", "notes", "doc_id", "source", "published",
        "sentence", "char_start", "char_end", "reviewed", "reviewer")


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
