"""The export table: the one list of columns shared by the CLI and the dashboard, and writers.

`COLUMNS` is the contract: the CSV export, the GeoJSON properties, the store's `events`
table and the dashboard's download all use exactly these names in this order.
"""
from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import IO

from . import acled
from .gazetteer import filed_under
from .models import Article, Event, Place
from .vocabulary import disorder_type

# ACLED's columns first, with its names, order and codes (ACLED codebook, "ACLED data columns at a
# glance"; ACLED columns we cannot fill from news text are left out); then our finer values under
# their own names: the date interval and its precision word, the place's precision 1-4, provenance.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "inter1", "actor2", "inter2", "interaction", "civilian_targeting", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
OWN_COLUMNS: tuple[str, ...] = (
    "event_id", "date_start", "date_end", "date_precision", "iso3", "place_precision", "geonameid",
    "report_count", "confidence", "provenance", "doc_id", "published", "sentence", "char_start", "char_end",
    "reviewed", "reviewer",
)
COLUMNS: tuple[str, ...] = ACLED_COLUMNS + OWN_COLUMNS
ID_COLUMNS = frozenset({"event_id", "event_id_cnty"})   # names, not content: the second follows the first
# Review statuses (extract/review.py): "flagged" marks an event whose correction no longer applies.
UNREVIEWED, CONFIRMED, CORRECTED, REJECTED, FLAGGED = "unreviewed", "confirmed", "corrected", "rejected", "flagged"
REVIEW_STATUSES = (UNREVIEWED, CONFIRMED, CORRECTED, REJECTED, FLAGGED)
FORMULA_PREFIXES = ("=", "+", "-", "@")
FORMULA_FIRST, FORMULA_MARK = frozenset(FORMULA_PREFIXES), "'"  # one character each; the mark that disarms them
CONFIDENCE_DIGITS = 2
GEOJSON_HEAD, GEOJSON_TAIL = '{"type": "FeatureCollection", "features": [', "]}"


def event_id(event: Event, iso3: str) -> str:
    """A stable id from where the event was first reported, what and where it was, prefixed by its country."""
    key = (f"{event.doc_id}|{event.char_start}|{event.char_end}|{event.event_type}|{event.sub_event_type}|"
           f"{event.location}|{event.date_start}")
    return f"{iso3 or 'XXX'}-{hashlib.sha1(key.encode()).hexdigest()[:10]}"


def event_date(start: date | None, end: date | None) -> date | None:
    """One representative day: the middle of the interval (ACLED's convention)."""
    if start is None or end is None:
        return start or end
    return start + (end - start) / 2


def event_row(event: Event, article: Article, countries: Mapping[str, tuple[str, str]]) -> dict[str, object]:
    """The export row of one event (values typed; dates as ISO strings)."""
    place = event.place
    code = place.country_code if place else ""
    country, iso3 = countries.get(filed_under().get(code, code), ("", ""))
    row = {
        "event_id": event_id(event, iso3), "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "actor1": event.actor1, "actor2": event.actor2, "country": country,
        "admin1": place.admin1_name if place else "", "admin2": admin_name(place, "ADM2"),
        "admin3": admin_name(place, "ADM3"), "location": event.location,
        "latitude": place.latitude if place else None, "longitude": place.longitude if place else None,
        "source": article.source, "fatalities": event.fatalities,
        "date_start": _iso(event.date_start), "date_end": _iso(event.date_end),
        "date_precision": event.time_precision or "", "iso3": iso3, "place_precision": event.geo_precision,
        "geonameid": place.geonameid if place else None, "report_count": event.report_count,
        "confidence": round(event.confidence, CONFIDENCE_DIGITS), "provenance": event.notes,
        "doc_id": event.doc_id, "published": _iso(article.published),
        "sentence": event.sentence, "char_start": event.char_start, "char_end": event.char_end,
        "reviewed": UNREVIEWED, "reviewer": "",
    }
    with_acled_codes(row, code)
    row["notes"] = acled.notes(row)    # written from the fields above
    return {column: row[column] for column in COLUMNS}


def with_acled_codes(row: dict[str, object], country_code: str) -> dict[str, object]:
    """`row` (our fields) given ACLED's columns that follow from them: at extraction, and again after a
    reviewer corrects dates, type, actors or place. `notes` is left to the caller."""
    start, end = _day(row["date_start"]), _day(row["date_end"])
    middle = event_date(start, end)
    inter1 = acled.inter_code(str(row["actor1"]), str(row["country"]), country_code) if row["actor1"] else None
    inter2 = acled.inter_code(str(row["actor2"]), str(row["country"]), country_code) if row["actor2"] else None
    row.update({
        "event_id_cnty": acled.acled_id(str(row["event_id"])), "event_date": _iso(middle),
        "year": middle.year if middle else None, "time_precision": acled.TIME_PRECISION.get(row["date_precision"] or ""),
        "disorder_type": disorder_type(str(row["sub_event_type"])), "inter1": inter1, "inter2": inter2,
        "interaction": acled.interaction(inter1, inter2),
        "civilian_targeting": acled.civilian_targeting(str(row["event_type"]), str(row["sub_event_type"]), inter1, inter2),
        "geo_precision": acled.GEO_PRECISION.get(row["place_precision"] or 0), "tags": acled.tags(str(row["event_type"])),
        "timestamp": acled.timestamp(_day(row["published"])),
        "source_scale": acled.source_scale(str(row["source"]), country_code),
    })
    return row


def renamed(row: dict[str, object], name: str) -> None:
    """Give a row another event id (a second event of one sentence: -2), ACLED's form with it."""
    row["event_id"], row["event_id_cnty"] = name, acled.acled_id(name)


def admin_name(place: Place | None, feature_code: str) -> str:
    """The place's own name when it is itself an administrative area of that level: the gazetteer
    knows no second or third level of the places inside one."""
    return place.name if place and place.feature_code == feature_code else ""


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _day(text: object) -> date | None:
    return date.fromisoformat(str(text)) if text else None


def neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return FORMULA_MARK + value
    return value


def write_csv(rows: Iterable[Mapping[str, object]], out: IO[str]) -> int:
    """Write rows as CSV with exactly COLUMNS; returns the number of rows."""
    return write_csv_batches([[[row.get(c) for c in COLUMNS] for row in rows]], out)


def write_csv_batches(batches: Iterable[Sequence[Sequence[object]]], out: IO[str]) -> int:
    """Write batches of rows (values in COLUMNS order; None is an empty cell) as CSV, one batch at a
    time, text a spreadsheet would run as a formula neutralised; returns the number of rows."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for batch in batches:
        writer.writerows(_neutralised(batch))
        count += len(batch)
    return count


def _neutralised(batch: Sequence[Sequence[object]]) -> list[list[object]]:
    """`neutralise` over a batch in one comprehension (values from SQLite are plain str, int, float or
    None): a tenth of an export cheaper than a call per cell, and cheaper than doing it in SQL."""
    return [[FORMULA_MARK + v if v.__class__ is str and v[:1] in FORMULA_FIRST else v for v in row] for row in batch]


def geojson(rows: Iterable[Mapping[str, object]]) -> dict:
    """A GeoJSON FeatureCollection; events without coordinates keep a null geometry."""
    return {"type": "FeatureCollection", "features": [_feature(row) for row in rows]}


def _feature(row: Mapping[str, object]) -> dict:
    has_point = row.get("latitude") is not None and row.get("longitude") is not None
    geometry = {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]} if has_point else None
    return {"type": "Feature", "geometry": geometry, "properties": {c: row.get(c) for c in COLUMNS}}


def write_geojson(rows: Iterable[Mapping[str, object]], out: IO[str]) -> int:
    """Write rows as GeoJSON; returns the number of features."""
    return write_geojson_batches([[[row.get(c) for c in COLUMNS] for row in rows]], out)


def write_geojson_batches(batches: Iterable[Sequence[Sequence[object]]], out: IO[str]) -> int:
    """Write batches of rows (values in COLUMNS order) as a GeoJSON FeatureCollection, a feature at a time
    (the text json.dump writes for the whole collection, in constant memory); returns the number of features."""
    out.write(GEOJSON_HEAD)
    count = 0
    for batch in batches:
        for values in batch:
            feature = json.dumps(_feature(dict(zip(COLUMNS, values))), ensure_ascii=False)
            out.write(f", {feature}" if count else feature)
            count += 1
    out.write(GEOJSON_TAIL)
    return count


WRITERS = {"csv": write_csv, "geojson": write_geojson}
BATCH_WRITERS = {"csv": write_csv_batches, "geojson": write_geojson_batches}


def write(rows: Iterable[Mapping[str, object]], fmt: str, path: Path) -> int:
    """Write rows to `path` in format `fmt` (one of WRITERS)."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; valid formats: {', '.join(WRITERS)}")
    with path.open("w", encoding="utf-8", newline="") as out:
        return WRITERS[fmt](rows, out)
