"""Extract the populated places of GeoNames per-country dumps into data/villages/XX.tsv.

    python tools/import_villages.py PATH/ML.txt PATH/NE.txt ...

Not imported at run time. Each argument is a GeoNames per-country dump (the `XX.txt` inside
`XX.zip` of the GeoNames export: 19 tab-separated columns, no header; see data/GAZETTEER.md for
where the shipped ones came from). Only the countries in CONFLICT_COUNTRIES are taken, and of
them only populated places (feature class P) that still stand: historical (PPLH) and abandoned
(PPLQ) places are left out. The output keeps the columns tools/build_gazetteer.py needs, sorted
by geonameid, so running this again on the same dumps gives identical bytes.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter
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
LEFT_OUT_CODES = frozenset({"PPLH", "PPLQ"})  # historical, abandoned
# Where most political violence is reported (issue 12's list), as ISO 3166-1 alpha-2 codes.
CONFLICT_COUNTRIES = frozenset({
    "ML", "BF", "NE", "NG", "CM", "TD", "SD", "SS", "ET", "SO", "CD", "CF", "MZ", "LY", "SY", "IQ",
    "YE", "AF", "PK", "MM", "UA", "PS", "IL", "LB", "CO", "MX", "HT", "PH", "IN",
})


def main(paths: list[str]) -> None:
    """Write one data/villages/XX.tsv per country found in the dumps and print the counts."""
    by_country: dict[str, dict[int, list[str]]] = {}
    for path in paths:
        for row in dump_rows(Path(path)):
            if wanted(row):
                by_country.setdefault(row["country_code"], {})[int(row["geonameid"])] = [
                    row[column] for column in KEPT_COLUMNS]
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


def wanted(row: dict[str, str]) -> bool:
    """A standing populated place of one of the conflict countries."""
    return (row["feature_class"] == "P" and row["feature_code"] not in LEFT_OUT_CODES
            and row["country_code"] in CONFLICT_COUNTRIES)


if __name__ == "__main__":
    main(sys.argv[1:])
