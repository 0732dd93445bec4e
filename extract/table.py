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

from .models import Article, Event

COLUMNS: tuple[str, ...] = (
    "event_id", "event_date", "date_start", "date_end", "time_precision", "event_type",
    "sub_event_type", "actor1", "actor2", "location", "admin1", "country", "iso3", "latitude",
    "longitude", "geo_precision", "geonameid", "fatalities", "report_count", "confidence", "notes",
    "doc_id", "source", "published", "sentence", "char_start", "char_end",
    "reviewed", "reviewer",
)
# Review statuses (extract/review.py): "flagged" marks an event whose correction no longer applies.
UNREVIEWED, CONFIRMED, CORRECTED, REJECTED, FLAGGED = "unreviewed", "confirmed", "corrected", "rejected", "flagged"
REVIEW_STATUSES = (UNREVIEWED, CONFIRMED, CORRECTED, REJECTED, FLAGGED)
FORMULA_PREFIXES = ("=", "+", "-", "@")
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
    country, iso3 = countries.get(place.country_code, ("", "")) if place else ("", "")
    middle = event_date(event.date_start, event.date_end)
    return {
        "event_id": event_id(event, iso3), "event_date": _iso(middle),
        "date_start": _iso(event.date_start), "date_end": _iso(event.date_end),
        "time_precision": event.time_precision or "", "event_type": event.event_type,
        "sub_event_type": event.sub_event_type, "actor1": event.actor1, "actor2": event.actor2,
        "location": event.location, "admin1": place.admin1_name if place else "",
        "country": country, "iso3": iso3,
        "latitude": place.latitude if place else None, "longitude": place.longitude if place else None,
        "geo_precision": event.geo_precision, "geonameid": place.geonameid if place else None,
        "fatalities": event.fatalities, "report_count": event.report_count,
        "confidence": round(event.confidence, CONFIDENCE_DIGITS), "notes": event.notes,
        "doc_id": event.doc_id, "source": article.source, "published": _iso(article.published),
        "sentence": event.sentence, "char_start": event.char_start, "char_end": event.char_end,
        "reviewed": UNREVIEWED, "reviewer": "",
    }


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralised_sql(column: str) -> str:
    """`neutralise` as an SQL expression over a column, so that a streaming export does it inside SQLite."""
    prefixes = ", ".join(f"'{p}'" for p in FORMULA_PREFIXES)
    return (f"CASE WHEN typeof({column}) = 'text' AND substr({column}, 1, 1) IN ({prefixes}) "
            f"THEN '''' || {column} ELSE {column} END")


def write_csv(rows: Iterable[Mapping[str, object]], out: IO[str]) -> int:
    """Write rows as CSV with exactly COLUMNS; returns the number of rows."""
    return write_csv_batches([[[neutralise(row.get(c)) for c in COLUMNS] for row in rows]], out)


def write_csv_batches(batches: Iterable[Sequence[Sequence[object]]], out: IO[str]) -> int:
    """Write batches of rows (values in COLUMNS order, already neutralised; None is an empty cell) as
    CSV, one batch at a time; returns the number of rows."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for batch in batches:
        writer.writerows(batch)
        count += len(batch)
    return count


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
