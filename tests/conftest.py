"""Shared fixtures: a tiny gazetteer (five-ish rows), so tests never need the world file."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.gazetteer import Gazetteer  # noqa: E402

TINY_ROWS = [
    {"geonameid": 2453866, "name": "Mali", "latitude": 17.35, "longitude": -3.52, "feature_class": "A",
     "feature_code": "PCLI", "country_code": "ML", "population": 19077690},
    {"geonameid": 2589581, "name": "Algeria", "latitude": 28.0, "longitude": 2.6, "feature_class": "A",
     "feature_code": "PCLI", "country_code": "DZ", "population": 42228429},
    {"geonameid": 3017382, "name": "France", "latitude": 46.7, "longitude": 2.4, "feature_class": "A",
     "feature_code": "PCLI", "country_code": "FR", "population": 66987244},
    {"geonameid": -1, "name": "Konna", "latitude": 14.9467, "longitude": -3.8933, "country_code": "ML",
     "admin1_code": "04", "admin1_name": "Mopti", "population": 36767},
    {"geonameid": 2965620, "name": "Conna", "alternatenames": "Konna", "latitude": 52.09, "longitude": -8.1,
     "country_code": "IE", "population": 526},
    {"geonameid": 2457163, "name": "Gao", "latitude": 16.27, "longitude": -0.04, "country_code": "ML",
     "admin1_code": "09", "admin1_name": "Gao", "population": 86633},
    {"geonameid": 2457161, "name": "Gao", "latitude": 17.3, "longitude": 0.6, "feature_class": "A",
     "feature_code": "ADM1", "country_code": "ML", "admin1_code": "09", "admin1_name": "Gao", "population": 544120},
    {"geonameid": 2361012, "name": "Gao", "latitude": 11.7, "longitude": -1.6, "country_code": "BF",
     "population": 3000},
    {"geonameid": 2449067, "name": "Timbuktu", "alternatenames": "Tombouctou,Timbuctoo", "latitude": 16.77,
     "longitude": -3.01, "country_code": "ML", "admin1_code": "08", "admin1_name": "Tombouctou",
     "population": 32460},
    {"geonameid": 2988507, "name": "Paris", "latitude": 48.85, "longitude": 2.35, "feature_code": "PPLC",
     "country_code": "FR", "population": 2138551},
    {"geonameid": 2460596, "name": "Bamako", "latitude": 12.65, "longitude": -8.0, "feature_code": "PPLC",
     "country_code": "ML", "population": 1297281},
    {"geonameid": 2440485, "name": "Niger", "latitude": 17.6, "longitude": 8.1, "feature_class": "A",
     "feature_code": "PCLI", "country_code": "NE", "population": 22442948},
    {"geonameid": 2328925, "name": "Niger", "alternatenames": "Niger State", "latitude": 10.0, "longitude": 6.0,
     "feature_class": "A", "feature_code": "ADM1", "country_code": "NG", "population": 3950249},
    {"geonameid": 4180439, "name": "Atlanta", "latitude": 33.75, "longitude": -84.39, "country_code": "US",
     "population": 463878},
    {"geonameid": 4076598, "name": "Mobile", "latitude": 30.69, "longitude": -88.04, "country_code": "US",
     "population": 190000},
    {"geonameid": 2175403, "name": "Victoria", "latitude": -37.0, "longitude": 144.0, "feature_class": "A",
     "feature_code": "ADM1", "country_code": "AU", "population": 5000000},
    {"geonameid": 953987, "name": "South Africa", "latitude": -29.0, "longitude": 24.0, "feature_class": "A",
     "feature_code": "PCLI", "country_code": "ZA", "population": 56000000},
]


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives the dashboard in headless Chromium (deselect with -m 'not browser')")


@pytest.fixture(scope="session")
def tiny_gazetteer() -> Gazetteer:
    return Gazetteer.from_rows(TINY_ROWS)


def write_gazetteer_csv(rows: list[dict], path: Path) -> Path:
    """`rows` (mappings keyed by gazetteer columns) written as a gazetteer CSV at `path`."""
    import csv
    from extract.gazetteer import COLUMNS
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows({column: row.get(column, "") for column in COLUMNS} for row in rows)
    return path
