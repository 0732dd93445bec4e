"""End-to-end throughput on one core with the world gazetteer loaded.

Repeats the sample corpus (data/articles) until there are at least --articles articles,
writes them to a temporary folder, runs the whole pipeline into a fresh database, and
prints articles/s, words/s and peak memory. The first run pays for what a process does once (the
tables' patterns are compiled at first use, about a second); a second run over the same files into
another fresh database gives the steady rate, the one an archive of many thousand articles sees.
Run: python -m bench.throughput [--articles N] [--no-steady]
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.articles import InputError, iter_articles  # noqa: E402
from extract.gazetteer import Gazetteer  # noqa: E402
from extract.pipeline import Pipeline, Summary, run  # noqa: E402
from extract.store import Store  # noqa: E402

SAMPLES = ROOT / "data" / "articles"


def write_corpus(folder: Path, count: int) -> int:
    """Copies of the sample articles as front-matter files; returns the number of words."""
    samples = [a for a in iter_articles([SAMPLES]) if not isinstance(a, InputError)]
    words = 0
    for i in range(count):
        article = samples[i % len(samples)]
        front = f"---\npublished: {article.published}\nsource: {article.source}\n---\n"
        (folder / f"{i:05d}_{article.doc_id}.md").write_text(front + article.text, encoding="utf-8")
        words += len(article.text.split())
    return words


def timed_run(folder: Path, database: Path, pipeline: Pipeline) -> tuple[Summary, float, float]:
    """The pipeline over `folder` into a fresh `database`: its summary, wall seconds and CPU seconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    with Store(database) as store:
        summary = run([folder], store, pipeline)
    return summary, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--no-steady", action="store_true", help="skip the second run (bench.instructions counts one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        words = write_corpus(folder, args.articles)
        started = time.perf_counter()
        pipeline = Pipeline(Gazetteer.load())
        set_up = time.perf_counter() - started
        summary, seconds, cpu = timed_run(folder, Path(tmp) / "events.db", pipeline)
        steady = None if args.no_steady else timed_run(folder, Path(tmp) / "again.db", pipeline)[2]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"gazetteer + pipeline set-up: {set_up:.2f} s")
    print(f"{summary.articles} articles, {words:,} words in {seconds:.1f} s: "
          f"{summary.articles / seconds:,.0f} articles/s, {words / seconds:,.0f} words/s (one core, reading, "
          f"extraction, SQLite writes and merging included)")
    print(f"CPU time: {cpu:.1f} s, {words / cpu:,.0f} words per CPU-second (the figure to trust when other jobs share the core)")
    if steady is not None:
        print(f"steady, a second run over the same files into a fresh database: {steady:.1f} s CPU, "
              f"{words / steady:,.0f} words per CPU-second")
    print(f"{summary.reports} event reports, {summary.events} merged events; peak memory {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
