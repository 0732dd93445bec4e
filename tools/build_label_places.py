"""Regenerate data/label_places.csv: the towns the dashboard's offline map names where no event is.

Source: the shipped gazetteer.csv (GeoNames populated places, CC BY 4.0). Kept: every capital
(feature code PPLC) and the PER_COUNTRY most populous towns of each country, with their population,
so the map can name more of them as one zooms in (by population rank) without loading the whole
gazetteer (363,000 rows) for its labels. Places without a population (most villages, the
Philippines' barangays) are left out: nothing would rank them.

Run: python tools/build_label_places.py   (needs only pandas, as the app does)
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "gazetteer.csv"
OUTPUT = ROOT / "data" / "label_places.csv"
PER_COUNTRY = 15
CAPITAL = "PPLC"
COLUMNS = ["name", "latitude", "longitude", "country_code", "population", "capital"]


def label_places(gazetteer: pd.DataFrame) -> pd.DataFrame:
    """Capitals and each country's biggest towns, most populous first (ties by name, so reruns agree)."""
    towns = gazetteer[(gazetteer["feature_class"] == "P") & (gazetteer["population"] > 0)].copy()
    towns["capital"] = (towns["feature_code"] == CAPITAL).astype(int)
    towns = towns.sort_values(["population", "name"], ascending=[False, True], kind="stable")
    biggest = towns.groupby("country_code", sort=False).head(PER_COUNTRY)
    chosen = pd.concat([biggest, towns[towns["capital"] == 1]]).drop_duplicates("geonameid")
    return chosen.sort_values(["population", "name"], ascending=[False, True], kind="stable")[COLUMNS]


def main() -> None:
    gazetteer = pd.read_csv(GAZETTEER, keep_default_na=False, dtype={"country_code": str},
                            usecols=["geonameid", "name", "latitude", "longitude", "feature_class", "feature_code",
                                     "country_code", "population"])
    places = label_places(gazetteer)
    places.to_csv(OUTPUT, index=False, float_format="%.4f")
    print(f"{OUTPUT.relative_to(ROOT)}: {len(places):,} places ({int(places['capital'].sum())} capitals)")


if __name__ == "__main__":
    main()
