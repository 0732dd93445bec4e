"""The user gazetteer at allCountries' size: import time, size on disk, load time and memory.

Writes a GeoNames dump of --rows generated rows (12 million by default, about allCountries.txt's
1.5 GB) to a temporary folder, imports it with `python -m extract gazetteer import`, then loads
the gazetteer with and without it in fresh processes and prints load time, peak memory, lookup
time and pipeline throughput on the sample articles. Everything is deleted afterwards.
Run: python -m bench.gazetteer_import [--rows N] [--tmp DIR]
"""
from __future__ import annotations

import argparse
import json
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SYLLABLES = [c + v for c in "bdfgklmnrstwyz" for v in "aeiou"] + ["ka", "ou", "ne", "ra"]  # 74
COUNTRIES = ["ML", "NE", "BF", "FR", "US", "IN", "CN", "RU", "BR", "ID", "NG", "DZ", "MX", "DE"]
ZONES = ["Africa/Bamako", "America/Argentina/Buenos_Aires", "Europe/Paris", "Asia/Kolkata"]
FEATURES = [("P", "PPL")] * 6 + [("H", "STM"), ("T", "HLL"), ("S", "SCH"), ("A", "ADM3"), ("L", "AREA")]
FIRST_ID = 100_000_000  # past GeoNames' ids, so no generated row replaces a shipped place
SPREAD = 7_919_011  # a prime: spreads consecutive ids over the name space
FREE_BYTES_PER_ROW = 450  # the dump, the database and SQLite's sort files for the index
SAMPLE_LOOKUPS = 20_000


def name(number: int) -> str:
    """A pronounceable name, one for each number (so about as many names as places)."""
    parts = []
    while True:
        number, digit = divmod(number, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
        if not number:
            return "".join(parts).capitalize()


def row(geonameid: int) -> str:
    """One dump row: 19 tab-separated fields as GeoNames writes them."""
    spread = geonameid * SPREAD
    fclass, fcode = FEATURES[spread % len(FEATURES)]
    words = name(spread % 50_000_000) + (" " + name(spread % 3_001) if spread % 5 == 0 else "")
    count = spread % 10 - 4  # half the rows have 1 to 5 alternate names
    alternates = ",".join(name((spread >> k) % 20_000_000) for k in range(max(count, 0)))
    return "\t".join((
        str(geonameid), words, words, alternates, f"{(spread % 17_999_999) / 100_000 - 90:.5f}",
        f"{(spread % 35_999_999) / 100_000 - 180:.5f}", fclass, fcode, COUNTRIES[spread % len(COUNTRIES)], "",
        f"{spread % 40:02d}", f"{spread % 900:03d}", str(spread % 99_999) if spread % 2 else "", "",
        str(spread % 50_000 if spread % 4 == 0 else 0), "", str(spread % 3_000), ZONES[spread % len(ZONES)],
        "2026-01-01")) + "\n"


def write_dump(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for start in range(FIRST_ID, FIRST_ID + rows, 100_000):
            handle.write("".join(row(i) for i in range(start, min(start + 100_000, FIRST_ID + rows))))


def child(code: str) -> dict:
    """Run `code` in a fresh interpreter (it prints one JSON object) and return what it printed."""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


MEASURE_IMPORT = """
import json, resource, sys, time
from pathlib import Path
from extract.gazetteer_import import import_dump
started = time.perf_counter()
stats, = import_dump(Path({dump!r}), Path({db!r}), report=lambda line: None)
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({{"seconds": time.perf_counter() - started, "cpu": usage.ru_utime + usage.ru_stime,
                  "rows": stats.rows, "bad": stats.bad, "peak_mb": usage.ru_maxrss / 1024}}))
"""

MEASURE_LOAD = """
import json, resource, time
from extract.gazetteer import Gazetteer
started, cpu = time.perf_counter(), time.process_time()
gazetteer = Gazetteer.load(user_path={db!r})
loaded, load_cpu = time.perf_counter(), time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
names = json.loads(open({names!r}, encoding="utf-8").read())
started_lookups = time.process_time()
found = sum(bool(gazetteer.lookup(n)) for n in names)
lookups = time.process_time() - started_lookups
print(json.dumps({{"load_s": loaded - started, "load_cpu": load_cpu, "peak_mb": peak, "lookup_us": 1e6 * lookups / len(names),
                  "found": found, "looked_up": len(names)}}))
"""

MEASURE_PIPELINE = """
import json, resource, time
from extract.articles import InputError, iter_articles
from extract.gazetteer import Gazetteer
from extract.pipeline import Pipeline
from extract.settings import ROOT
started = time.perf_counter()
pipeline = Pipeline(Gazetteer.load(user_path={db!r}))
ready = time.perf_counter()
articles = [a for a in iter_articles([ROOT / "data" / "articles"]) if not isinstance(a, InputError)] * 20
words = sum(len(a.text.split()) for a in articles)
begin = time.process_time()
for article in articles:
    pipeline.extract(article)
seconds = time.process_time() - begin
print(json.dumps({{"setup_s": ready - started, "words_per_s": words / seconds,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def sample_names(rows: int) -> list[str]:
    """Names the dump holds (main names of spread-out rows), shipped names and misses."""
    step = max(rows // SAMPLE_LOOKUPS, 1)
    mine = [row(i).split("\t")[1] for i in range(FIRST_ID, FIRST_ID + rows, step)][:SAMPLE_LOOKUPS // 2]
    return mine + ["Gao", "Timbuktu", "Konna", "Qxqxq"] * (SAMPLE_LOOKUPS // 8)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=12_000_000, help="rows in the generated dump")
    parser.add_argument("--tmp", type=Path, default=Path(tempfile.gettempdir()), help="where to put the files")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("terminated"))  # so the files are deleted
    free = shutil.disk_usage(args.tmp).free
    if free < args.rows * FREE_BYTES_PER_ROW:
        sys.exit(f"error: {args.tmp} has {free / 2**30:.1f} GB free; this needs about "
                 f"{args.rows * FREE_BYTES_PER_ROW / 2**30:.1f} GB")
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        run(Path(tmp), args.rows)


def run(folder: Path, rows: int) -> None:
    dump, db = folder / "allCountries.txt", folder / "user_gazetteer.sqlite"
    started = time.perf_counter()
    write_dump(dump, rows)
    print(f"generated {dump.name}: {rows:,} rows, {dump.stat().st_size / 2**20:,.0f} MB "
          f"in {time.perf_counter() - started:.0f} s", flush=True)
    imported = child(MEASURE_IMPORT.format(dump=str(dump), db=str(db)))
    print(f"import: {imported['seconds']:.0f} s wall, {imported['cpu']:.0f} s CPU, "
          f"{imported['rows'] / imported['cpu']:,.0f} rows per CPU second, "
          f"{imported['bad']} bad rows, peak memory {imported['peak_mb']:,.0f} MB; "
          f"user gazetteer on disk {db.stat().st_size / 2**20:,.0f} MB", flush=True)
    dump.unlink()
    names = folder / "names.json"
    names.write_text(json.dumps(sample_names(rows)), encoding="utf-8")
    for label, user in (("shipped only", None), ("with the user gazetteer", str(db))):
        loaded = child(MEASURE_LOAD.format(db=user, names=str(names)))
        pipeline = child(MEASURE_PIPELINE.format(db=user))
        print(f"{label}: load {loaded['load_s']:.2f} s ({loaded['load_cpu']:.2f} s CPU), peak memory after load {loaded['peak_mb']:,.0f} MB; "
              f"lookup {loaded['lookup_us']:.0f} µs CPU per name ({loaded['found']:,} of {loaded['looked_up']:,} found); "
              f"pipeline set-up {pipeline['setup_s']:.1f} s, {pipeline['words_per_s']:,.0f} words per CPU second, "
              f"peak {pipeline['peak_mb']:,.0f} MB", flush=True)


if __name__ == "__main__":
    main()
