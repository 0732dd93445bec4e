"""Whole events from headlines a new user would write (tests/fixtures/new_user_headlines.psv, our own
words, issue 12): how many headlines give exactly the expected events, right in sub-type, place, country,
both sides and toll, through `extract events` with the shipped gazetteer, and which field fails most.
Run: python -m bench.headlines [--errors]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.gazetteer import Gazetteer  # noqa: E402
from extract.names import fold  # noqa: E402
from extract.pipeline import Pipeline, document_events  # noqa: E402
from extract.settings import Settings  # noqa: E402

HEADLINES = ROOT / "tests" / "fixtures" / "new_user_headlines.psv"
PUBLISHED = "2024-03-02"
FIELDS = ("sub_event_type", "location", "iso3", "actor1", "actor2", "fatalities")
ANY, NONE = "*", "-"


@dataclass(frozen=True)
class Expected:
    """One expected event of a headline: the export's values, ANY where anything goes."""
    sub_event_type: str
    location: str
    iso3: str
    actor1: str
    actor2: str
    fatalities: str


def read_headlines(path: Path = HEADLINES, kind: type = Expected) -> dict[str, list]:
    """Headline (or another first column) -> its expected events as `kind` (none for a row whose sub-type is NONE),
    in file order."""
    headlines: dict[str, list] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, *values = (cell.strip() for cell in line.split("|"))
        events = headlines.setdefault(text, [])
        if values[0] != NONE:
            events.append(kind(*values))
    return headlines


def _value(row: dict, field: str) -> str:
    value = row.get(field)
    return "" if value is None else str(value)


def wrong_fields(expected: object, row: dict, fields: tuple[str, ...] = FIELDS) -> list[str]:
    """The `fields` of a predicted export row that differ from the expected event."""
    wrong = []
    for field in fields:
        want = getattr(expected, field)
        got = _value(row, field)
        if want == ANY:
            continue
        if field == "location":
            ok = fold(want) in (fold(got), fold(_value(row, "admin1")))
        else:
            ok = got == ("" if want == NONE else want)
        if not ok:
            wrong.append(f"{field}: {got or '(none)'} (want {want})")
    return wrong


def judge(expected: list[Expected], rows: list[dict]) -> list[str]:
    """What is wrong with a headline's predicted rows: missing, extra, or each best match's wrong fields."""
    if not expected:
        return [f"extra: {r['sub_event_type']}" for r in rows]
    if not rows:
        return ["no event"]
    problems = [f"extra: {r['sub_event_type']}" for r in rows[len(expected):]]
    for want in expected:
        problems.extend(min((wrong_fields(want, r) for r in rows), key=len))
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list each headline that is not fully right")
    args = parser.parse_args()
    settings = Settings()
    pipeline = Pipeline(Gazetteer.from_settings(settings), settings)
    headlines = read_headlines()
    causes: Counter = Counter()
    right = 0
    for number, (text, expected) in enumerate(headlines.items()):
        rows = document_events(pipeline, {"id": str(number), "text": text, "published": PUBLISHED})["events"]
        problems = judge(expected, rows)
        right += not problems
        causes.update(p.split(":")[0] for p in problems)
        if problems and args.errors:
            print(f"{text}\n    " + "; ".join(problems))
    print(f"headlines fully right: {right}/{len(headlines)}")
    print("wrong by field: " + ", ".join(f"{k} {v}" for k, v in causes.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
