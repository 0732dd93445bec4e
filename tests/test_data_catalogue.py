"""Every table under extract/data/ says where its facts come from, in extract/data/README.md."""
from __future__ import annotations

import re

from extract.tables import DATA_DIR

CATALOGUE = DATA_DIR / "README.md"


def _catalogued() -> set[str]:
    """The names in backticks of the catalogue's first column (a row may list several files)."""
    rows = (line.split("|")[1] for line in CATALOGUE.read_text(encoding="utf-8").splitlines()
            if line.startswith("| `"))
    return {name for cell in rows for name in re.findall(r"`([^`]+)`", cell)}


def _tables() -> set[str]:
    """The top-level tables, and each folder as one entry (its own README describes its files)."""
    return {p.name + ("/" if p.is_dir() else "") for p in DATA_DIR.iterdir()
            if p.name != "README.md" and p.name != "__pycache__" and not p.name.startswith(".")}


def test_every_table_is_catalogued():
    assert sorted(_tables() - _catalogued()) == []


def test_the_catalogue_names_no_missing_table():
    assert sorted(_catalogued() - _tables()) == []
