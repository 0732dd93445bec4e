"""Scaling figures: all cores, a Dask cluster, incremental merging, streaming export.

Prints, on one corpus (the sample articles repeated, as bench.throughput writes them):
- wall and CPU time of `run` with one worker, with every core (`--workers`, forked processes) and
  on a Dask LocalCluster of two worker processes (started and warmed up before the clock starts),
  and whether the three databases hold identical articles, events, ids and sources;
- the cost of adding 100 articles to a database of --base articles (synthetic: the sample
  articles' reports copied with shifted dates and places, stored in bulk), against extracting
  those 100 into an empty database, start-up excluded both times; the full re-merge of that
  database, and whether it gives the same events as the incremental merge;
- `extract export` of a million events (bench.dashboard's synthetic database) against a plain
  csv.writer over the same query doing the same neutralising: MB per CPU-second, peak memory;
- on paper, from the measured one-core rate: hours for 1 million and 70 million articles on 100 cores.

CPU seconds include the worker processes (children here; the Dask workers report their own).
The machine is shared, so CPU time is the steadier figure. Run: python -m bench.scale [--articles N]
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.throughput import SAMPLES, write_corpus  # noqa: E402
from extract.articles import InputError, iter_articles  # noqa: E402
from extract.cluster import local_cluster, worker_pipeline  # noqa: E402
from extract.fingerprint import extractor_fingerprint  # noqa: E402
from extract.gazetteer import Gazetteer  # noqa: E402
from extract.incremental import merge_pending  # noqa: E402
from extract.pipeline import Pipeline, Scale, Summary, run  # noqa: E402
from extract.settings import Settings  # noqa: E402
from extract.store import ARTICLE_COLUMNS, REPORT_COLUMNS, Store, report_record  # noqa: E402
from extract.workers import default_workers  # noqa: E402

ADDED = 100
SHARED_SHIFT = 5  # consecutive copies moved together: different articles of one event still merge
STEP_DAYS, STEPS = 40, 37  # the synthetic base spreads over four years in steps longer than a month ...
PLACE_COLUMNS, PLACE_ROWS, GRID_DEGREES = 60, 10, 0.5  # ... and 600 places half a degree apart
EXPORT_EVENTS = 1_000_000
CORES_ON_PAPER = 100
PLAIN_CSV = """
import csv, resource, sqlite3, sys, time
from extract.store import READ_EVENTS, ExportFilter
from extract.table import COLUMNS, neutralise
db, out = sys.argv[1], sys.argv[2]
condition, params = ExportFilter().where()   # the export's own query: reviewed events, rejected ones left out
rows = sqlite3.connect(db).execute(f"SELECT {', '.join(COLUMNS)} FROM {READ_EVENTS} WHERE {condition} "
                                   "ORDER BY event_date, event_id", params)
with open(out, "w", newline="", encoding="utf-8") as handle:
    writer = csv.writer(handle, lineterminator="\\n")
    writer.writerow(COLUMNS)
    writer.writerows([neutralise(v) for v in row] for row in rows)
"""
STREAMED = """
import sys
from extract.__main__ import main
main(["export", "--db", sys.argv[1], "-o", sys.argv[2]])
"""
# Peak memory from VmHWM: a child's ru_maxrss starts at its parent's peak (this process holds the gazetteer).
MEASURED = """
import re, resource
{body}
usage = resource.getrusage(resource.RUSAGE_SELF)
peak = int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1))
print(usage.ru_utime + usage.ru_stime, peak / 1024)
"""


def cpu_now() -> tuple[float, float]:
    """CPU seconds of this process, and of its children that have ended (a process pool's workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


class Timing(NamedTuple):
    """A run's wall seconds, CPU seconds here and in its workers, and its summary."""

    wall: float
    own: float
    workers: float
    summary: Summary

    @property
    def cpu(self) -> float:
        return self.own + self.workers


def content(db: Path) -> tuple[list, list, list]:
    """What a run leaves in the database, row numbers aside."""
    with Store(db) as store:
        return tuple(sorted(tuple(r) for r in store.db.execute(f"SELECT * FROM {t}"))
                     for t in ("articles", "events", "event_sources"))


def timed_run(folder: Path, db: Path, pipeline: Pipeline, scale: Scale, workers_cpu=lambda: 0.0) -> Timing:
    """Wall and CPU seconds of one run into a fresh database, and its summary."""
    own, children = cpu_now()
    helpers, wall = workers_cpu(), time.perf_counter()
    with Store(db) as store:
        summary = run([folder], store, pipeline, scale=scale)
    wall = time.perf_counter() - wall
    own_after, children_after = cpu_now()
    return Timing(wall, own_after - own, children_after - children + workers_cpu() - helpers, summary)


def spread(folder: Path, tmp: Path, pipeline: Pipeline) -> tuple[float, float]:
    """One worker, every core, Dask; returns articles per CPU-second of one worker, and per CPU-second
    of this process when workers extract (reading, storing and merging: the one writer's ceiling)."""
    cores = default_workers()
    one = timed_run(folder, tmp / "one.db", pipeline, Scale(1))
    every = timed_run(folder, tmp / "all.db", pipeline, Scale(cores))
    dask = dask_run(folder, tmp / "dask.db", pipeline)
    articles = one.summary.articles
    for name, timing, n in (("1 worker", one, 1), (f"{cores} workers", every, cores), ("dask local, 2 workers", dask, 2)):
        print(f"  {name:22} wall {timing.wall:6.1f} s  CPU {timing.cpu:6.1f} s (this process {timing.own:5.1f}, "
              f"workers {timing.workers:5.1f})  {articles / timing.cpu:5.1f} articles per CPU-s")
        if timing.workers:
            quiet = max(timing.own, timing.cpu / n)  # this process and the workers share the n cores
            print(f"  {'':22} on {n} quiet cores: wall at least {quiet:.1f} s, so at best "
                  f"{one.cpu / quiet:.2f}x one worker")
    print(f"  measured: {cores} workers {one.wall / every.wall:.2f}x wall, CPU {every.cpu / one.cpu - 1:+.0%}; "
          f"dask {one.wall / dask.wall:.2f}x wall, CPU {dask.cpu / one.cpu - 1:+.0%}")
    same = content(tmp / "one.db") == content(tmp / "all.db") == content(tmp / "dask.db")
    print(f"  identical articles, events, ids and sources across the three: {same} "
          f"({one.summary.events} events from {one.summary.reports} reports)")
    return articles / one.cpu, articles / every.own


def dask_run(folder: Path, db: Path, pipeline: Pipeline):
    """A run on a LocalCluster of two worker processes, started and warmed up first."""
    import psutil
    from distributed import Client

    with local_cluster(2) as cluster, Client(cluster) as client:
        started = time.perf_counter()
        client.run(_warm_up, pipeline.settings)
        print(f"  (dask workers' start-up, gazetteer and automaton built in each: "
              f"{time.perf_counter() - started:.1f} s wall, not counted below)")

        def workers_cpu() -> float:
            times = client.run(lambda: sum(psutil.Process().cpu_times()[:2]))
            return sum(times.values())
        return timed_run(folder, db, pipeline, Scale(2, cluster.scheduler_address), workers_cpu)


def _warm_up(settings: Settings) -> None:
    """On each worker: build its pipeline now (it is not picklable: nothing is sent back)."""
    worker_pipeline(settings)


def incremental(base: int, tmp: Path, pipeline: Pipeline) -> None:
    """Adding ADDED articles to a database of `base` articles, against extracting them alone."""
    new = tmp / "new"
    new.mkdir()
    write_corpus(new, ADDED)
    db = tmp / "big.db"
    build_base(db, base, pipeline)
    started, cpu = time.perf_counter(), cpu_now()[0]
    with Store(db) as store:
        events = merge_pending(store, pipeline.settings)
    print(f"  merging the {base:,} synthetic articles from scratch: {time.perf_counter() - started:.1f} s wall, "
          f"{cpu_now()[0] - cpu:.1f} CPU-s, {events:,} events")
    alone = timed_run(new, tmp / "alone.db", pipeline, Scale(1))
    added = timed_run(new, db, pipeline, Scale(1))
    print(f"  {ADDED} articles into an empty database: {alone.cpu:.2f} CPU-s ({alone.wall:.2f} s wall); into the "
          f"{base:,}-article database: {added.cpu:.2f} CPU-s ({added.wall:.2f} s wall): {added.cpu / alone.cpu:.2f}x")
    with Store(db) as store:
        before = content_events(store)
        started, cpu = time.perf_counter(), cpu_now()[0]
        merge_pending(store, pipeline.settings, remerge=True)
        print(f"  full re-merge (--remerge) of {base + ADDED:,} articles: {time.perf_counter() - started:.1f} s wall, "
              f"{cpu_now()[0] - cpu:.1f} CPU-s; same events and ids as the incremental merge: "
              f"{content_events(store) == before}")


def content_events(store: Store) -> tuple[list, list]:
    """The events and their sources, row numbers aside."""
    return tuple(sorted(tuple(r) for r in store.db.execute(f"SELECT * FROM {t}")) for t in ("events", "event_sources"))


def build_base(db: Path, count: int, pipeline: Pipeline) -> None:
    """`count` stored articles whose reports are the samples' with shifted dates and places."""
    samples = [a for a in iter_articles([SAMPLES]) if not isinstance(a, InputError)]
    reports = [(a, pipeline.extract(a)) for a in samples]
    extractor = extractor_fingerprint(pipeline.settings)
    with Store(db) as store, store.db:
        for n in range(count):
            article, found = reports[n % len(reports)]
            copy = replace(article, doc_id=f"syn/{n:07d}", source_key=f"syn/{n:07d}", path=f"syn/{n:07d}")
            shifted = [_shifted(r, copy.doc_id, n) for r in found]
            values = {"fingerprint": "synthetic", "n_reports": len(shifted), "warnings": "", "extractor": extractor,
                      "published": article.published.isoformat() if article.published else ""}
            row = [values.get(c, getattr(copy, c, "")) for c in ARTICLE_COLUMNS]
            store.db.execute(f"INSERT INTO articles VALUES ({', '.join('?' * len(row))})", row)
            store.db.executemany(f"INSERT INTO reports ({', '.join(REPORT_COLUMNS)}) VALUES "
                                 f"({', '.join('?' * len(REPORT_COLUMNS))})",
                                 [list(report_record(r).values()) for r in shifted])
            store.db.execute("INSERT INTO merge_pending VALUES (?)", (copy.doc_id,))


def _shifted(report, doc_id: str, n: int):
    """A sample's report moved in time and space, so that the copies make many distinct events: copies
    are moved in groups of SHARED_SHIFT (different articles of one event still merge) by steps longer
    than a month (so that shifted copies do not overlap one another) over a grid of places."""
    group = n // SHARED_SHIFT
    days = timedelta(days=STEP_DAYS * (group % STEPS))
    column, row = (group // STEPS) % PLACE_COLUMNS, (group // STEPS // PLACE_COLUMNS) % PLACE_ROWS
    place = report.place
    if place is not None:
        place = replace(place, longitude=min(179.0, place.longitude + GRID_DEGREES * column),
                        latitude=max(-89.0, place.latitude - GRID_DEGREES * row))
    return replace(report, doc_id=doc_id, place=place, sources=(),
                   date_start=report.date_start + days if report.date_start else None,
                   date_end=report.date_end + days if report.date_end else None)


def export(tmp: Path) -> None:
    """The streaming export against a plain csv.writer over the same query, in fresh processes."""
    from bench.dashboard import database

    db = database(EXPORT_EVENTS)
    for name, body in (("extract export (streaming)", STREAMED), ("plain csv.writer + neutralise", PLAIN_CSV)):
        out = tmp / "events.csv"
        script = MEASURED.format(body=body)
        result = subprocess.run([sys.executable, "-c", script, str(db), str(out)], cwd=ROOT, capture_output=True,
                                text=True, check=True)
        cpu, peak = map(float, result.stdout.split()[-2:])
        megabytes = out.stat().st_size / 1e6
        print(f"  {name:32} {megabytes:6.0f} MB in {cpu:5.1f} CPU-s: {megabytes / cpu:5.1f} MB per CPU-s, "
              f"peak memory {peak:5.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000, help="articles in the corpus for the three runs")
    parser.add_argument("--base", type=int, default=100_000, help="articles in the database that 100 are added to")
    parser.add_argument("--skip", action="append", default=[], choices=("spread", "incremental", "export"))
    args = parser.parse_args()
    started, cpu = time.perf_counter(), time.process_time()
    pipeline = Pipeline(Gazetteer.load(), Settings())
    print(f"start-up (gazetteer and name list from their caches, the name automaton built; once per process): "
          f"{time.perf_counter() - started:.1f} s wall, {time.process_time() - cpu:.1f} CPU-s (target 1.5 s)")
    rates = None
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        if "spread" not in args.skip:
            corpus = tmp / "corpus"
            corpus.mkdir()
            words = write_corpus(corpus, args.articles)
            print(f"{args.articles} articles, {words:,} words:")
            rates = spread(corpus, tmp, pipeline)
        if "incremental" not in args.skip:
            print("incremental merge:")
            incremental(args.base, tmp, pipeline)
        if "export" not in args.skip:
            print(f"export of {EXPORT_EVENTS:,} events (CSV):")
            export(tmp)
    if rates:
        on_paper(*rates)


def on_paper(rate: float, writer_rate: float) -> None:
    """Hours for big archives from the measured rates: the workers' share, and the one storing process's."""
    for total in (1_000_000, 70_000_000):
        extraction = total / rate / CORES_ON_PAPER / 3600
        storing = total / writer_rate / 3600
        print(f"on paper, {total:,} articles: extraction on {CORES_ON_PAPER} cores at {rate:.0f} articles per "
              f"CPU-second {extraction:.2f} hours; storing them in one database at {writer_rate:.0f} articles/s "
              f"{storing:.1f} hours (the run takes the longer of the two)")


if __name__ == "__main__":
    main()
