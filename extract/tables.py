"""The one loader of language tables: every file under `extract/data/` is read here.

One convention for all of them: UTF-8, lines starting with '#' are comments, blank lines are
skipped; a `.csv` table has a header row and is read by column name; a `.txt` table is one entry
a line. Results are cached: tables are read once per process.
"""
from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
# letters a case-blind pattern matches as ASCII ones ("overnıght", "yeſterday", "SOLDİERS") but whose lower case is
# not that ASCII letter: folded so that a lookup finds the row of the words the pattern matched
CASE_BLIND_FOLD = str.maketrans({"ı": "i", "ſ": "s", "\u0307": ""})
# the same letters made ASCII before lowering ("İ" lowered is two characters): the text keeps every character's place
CASE_BLIND_IN_PLACE = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


@cache
def lines(name: str) -> tuple[str, ...]:
    """The entries of a one-entry-a-line table (e.g. "hedges.txt", "timex/README" excluded), stripped."""
    return tuple(line.strip() for line in _content(name) if line.strip())


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a CSV table (e.g. "numbers.csv", "timex/months.csv") as mappings by column name."""
    return tuple(csv.DictReader(_content(name)))


def _content(name: str) -> list[str]:
    """The table's lines without comment lines ('#' first)."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if not line.startswith("#")]


def lookup_key(words: str) -> str:
    """The form in which a table's rows are looked up by words a case-blind pattern matched: lower case, single
    spaces, the letters such a pattern takes for ASCII ones folded to them (`CASE_BLIND_FOLD`)."""
    low = words.lower()  # the fold maps letters beyond ASCII only: most words are spared its lookups
    return " ".join((low if low.isascii() else low.translate(CASE_BLIND_FOLD)).split())
