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


def problems(expected: list[Expected], rows: list[dict]) -> list[str]:
    """Each expected event not found, with the wrong fields of the closest row, and each row left over."""
    found, left = matched(expected, rows)
    missed = [w for w in expected if w not in found]
    said = [f"{w.sub_event_type} @ {w.location}: " + ("; ".join(min((wrong_fields(w, r, FIELDS) for r in left),
                                                                    key=len)) if left else "no event")
            for w in missed]
    closest = {id(min(left, key=lambda r: len(wrong_fields(w, r, FIELDS)))) for w in missed} if left else set()
    return said + [f"extra: {r['sub_event_type']} @ {r['location']}" for r in left if id(r) not in closest]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list what each article gets wrong")
    args = parser.parse_args()
    settings = Settings()
    rows = article_rows(Pipeline(Gazetteer.from_settings(settings), settings))
    causes: Counter = Counter()
    right = whole = events = 0
    for name, expected in read_expected().items():
        found, _ = matched(expected, rows[name])
        said = problems(expected, rows[name])
        right, events, whole = right + len(found), events + len(expected), whole + (not said)
        causes.update(p.split(":")[0] if p.startswith("extra") else p.split(": ", 1)[1].split(":")[0]
                      for p in said if p.startswith("extra") or ": " in p)
        if said and args.errors:
            print(name, *(f"    {p}" for p in said), sep="\n")
    print(f"events found whole: {right}/{events}; articles fully right: {whole}/{len(rows)}")
    print("wrong by field: " + ", ".join(f"{k} {v}" for k, v in causes.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
