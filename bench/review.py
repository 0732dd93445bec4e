"""What the review costs: replaying reviewers' actions over the events after every merge.

Builds a database of synthetic reports (no gazetteer needed), merges them, stores --actions
corrections (confirm, reject, correct, in turn) on random events, and prints the CPU time of one
replay, of an incremental merge of one new article (which replays too) and of a CSV export.
Run: python -m bench.review [--articles 20000] [--actions 1000]
"""
from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import review  # noqa: E402
from extract.incremental import merge_pending  # noqa: E402
from extract.models import Article, Event, Place  # noqa: E402
from extract.settings import Settings  # noqa: E402
from extract.store import EXPORT_BATCH, Store  # noqa: E402
from extract.table import COLUMNS, write_csv_batches  # noqa: E402

KINDS = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Violence against civilians", "Attack")]
REPORTS_PER_ARTICLE = 4
SEED = 1


def reports(rng: random.Random, doc: str) -> list[Event]:
    """A few reports of one article at random places and days of 2013 in the Sahel."""
    found = []
    for n in range(REPORTS_PER_ARTICLE):
        day = date(2013, 1, 1) + timedelta(days=rng.randint(0, 364))
        place = Place(-1 - rng.randint(0, 5000), "Town", rng.uniform(10, 20), rng.uniform(-10, 5), "ML")
        found.append(Event(*rng.choice(KINDS), doc, f"sentence {n}", n * 100, n * 100 + 90, day, day, "day",
                           place=place, location=place.name, geo_precision=1, confidence=0.8))
    return found


def cpu(step) -> float:
    start = time.process_time()
    step()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--actions", type=int, default=1_000)
    args = parser.parse_args()
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory() as scratch, Store(Path(scratch) / "bench.db") as store:
        for n in range(args.articles):
            doc = f"d{n:06d}"
            store.save_article(Article(doc, "text", published=date(2014, 1, 1), date_source="cli"), doc,
                               reports(rng, doc))
        events = merge_pending(store, Settings())
        ids = [row[0] for row in store.db.execute("SELECT event_id FROM events")]
        with store.write_lock() as db:
            made = [review.make(db, rng.choice(ids), ("confirm", "reject", "correct")[n % 3], "bench",
                                {"actor1": f"group {n}"} if n % 3 == 2 else None) for n in range(args.actions)]
            review.save(db, made)
        with store.write_lock() as db:
            replay = cpu(lambda: review.apply(db))
        store.save_article(Article("new", "text", published=date(2014, 1, 1), date_source="cli"), "new",
                           reports(rng, "new"))
        merge = cpu(lambda: merge_pending(store, Settings()))
        export = cpu(lambda: write_csv_batches(store.export_batches(), io.StringIO()))
        plain = cpu(lambda: write_csv_batches(_extracted_rows(store), io.StringIO()))
    print(f"{args.articles:,} articles, {args.articles * REPORTS_PER_ARTICLE:,} reports, {events:,} events, "
          f"{args.actions:,} review actions")
    print(f"replaying the actions: {replay:.2f} CPU-s; incremental merge of one article (replay included): "
          f"{merge:.2f} CPU-s; CSV export through the reviewed view: {export:.2f} CPU-s "
          f"(of the extracted table alone, unreviewed: {plain:.2f} CPU-s)")


def _extracted_rows(store: Store):
    """The extracted events' rows without the overlay, batch by batch (what the export read before the review)."""
    cursor = store.db.cursor()
    cursor.row_factory = None
    cursor.execute(f"SELECT {', '.join(COLUMNS)} FROM events ORDER BY event_date, event_id")
    while batch := cursor.fetchmany(EXPORT_BATCH):
        yield batch


if __name__ == "__main__":
    main()
