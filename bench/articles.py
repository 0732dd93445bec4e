"""Whole events from whole articles a wire service would write (tests/fixtures/new_user_articles, our own words,
issue 12): how many of the events an analyst would code are found exactly (sub-type, place, country, both sides,
toll and first day), how many articles give exactly their events and no other, and which field fails most.
The articles were written while the rules they probe were made: their figures are development figures.
Run: python -m bench.articles [--errors]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.headlines import Expected as HeadlineEvent, read_headlines, wrong_fields  # noqa: E402
from extract.articles import InputError, iter_articles  # noqa: E402
from extract.gazetteer import Gazetteer  # noqa: E402
from extract.pipeline import Pipeline, document_events  # noqa: E402
from extract.settings import Settings  # noqa: E402

ARTICLES = ROOT / "tests" / "fixtures" / "new_user_articles"
EXPECTED = ARTICLES / "expected.psv"
FIELDS = ("sub_event_type", "location", "iso3", "actor1", "actor2", "fatalities", "date_start")


@dataclass(frozen=True)
class Expected(HeadlineEvent):
    """One event an analyst would code from an article: a headline's expected event and its first day."""
    date_start: str


def read_expected(path: Path = EXPECTED) -> dict[str, list[Expected]]:
    """Article name -> its expected events, in file order."""
    return read_headlines(path, Expected)


def article_rows(pipeline: Pipeline, folder: Path = ARTICLES) -> dict[str, list[dict]]:
    """Article name -> its export rows through `extract events` (merged within the article only)."""
    rows = {}
    for article in iter_articles([folder]):
        if isinstance(article, InputError):
            raise SystemExit(f"{article}")
        record = {"id": article.doc_id, "text": article.text, "published": article.published.isoformat()}
        rows[Path(article.path).stem] = document_events(pipeline, record)["events"]
    return rows


def matched(expected: list[Expected], rows: list[dict]) -> tuple[list[Expected], list[dict]]:
    """The expected events some row gives exactly (each row used once), and the rows left over."""
    left, found = list(rows), []
    for want in expected:
        row = next((r for r in left if not wrong_fields(want, r, FIELDS)), None)
        if row is not None:
            found.append(want)
            left.remove(row)
    return found, left


def misses(expected: list[Expected], rows: list[dict]) -> tuple[list[Expected], list[tuple[Expected, list[str]]],
                                                                   list[dict]]:
    """The expected events found whole; each other one with the wrong fields of its closest row left over ("no
    event" when none is left); and the rows left over that are no missed event's closest: events an analyst would
    not code."""
    found, left = matched(expected, rows)
    wrong, closest = [], set()
    for want in (w for w in expected if w not in found):
        row = min(left, key=lambda r: len(wrong_fields(want, r, FIELDS)), default=None)
        wrong.append((want, wrong_fields(want, row, FIELDS) if row is not None else ["no event"]))
        closest |= {id(row)} if row is not None else set()
    return found, wrong, [r for r in left if id(r) not in closest]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list what each article gets wrong")
    args = parser.parse_args()
    settings = Settings()
    rows = article_rows(Pipeline(Gazetteer.from_settings(settings), settings))
    causes: Counter = Counter()
    right = whole = events = 0
    for name, expected in read_expected().items():
        found, wrong, extra = misses(expected, rows[name])
        right, events, whole = right + len(found), events + len(expected), whole + (not wrong and not extra)
        causes.update(field.split(":")[0] for _, fields in wrong for field in fields)
        causes["extra"] += len(extra)
        if args.errors and (wrong or extra):
            print(name, *(f"    {w.sub_event_type} @ {w.location}: {'; '.join(fields)}" for w, fields in wrong),
                  *(f"    extra: {r['sub_event_type']} @ {r['location']}" for r in extra), sep="\n")
    print(f"events found whole: {right}/{events}; articles fully right: {whole}/{len(rows)}")
    print("wrong by field: " + ", ".join(f"{k} {v}" for k, v in causes.most_common() if v))
    return 0


if __name__ == "__main__":
    sys.exit(main())
