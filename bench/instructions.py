"""The pipeline's cost in machine instructions per article, counted by valgrind's cachegrind: a figure that
other jobs on a shared machine cannot blur, where the seconds of `bench.throughput` can move by 10-20%
from one run to the next. Runs `bench.throughput` twice under cachegrind, over a few and over more
articles; the difference, divided by the extra articles, is the steady cost of one article (set-up, the
gazetteer's load and the tables compiled on first use fall out; a short run outside cachegrind first builds
the caches that a change of code makes stale). Compare two checkouts by running it in each. Needs valgrind
(Debian's package); about four minutes.
Run: python -m bench.instructions [--few 40] [--more 160]
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNTED = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(articles: int) -> int:
    """Instructions cachegrind counts over `bench.throughput --articles N` (hash seed fixed: same count each run)."""
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               sys.executable, "-m", "bench.throughput", "--articles", str(articles), "--no-steady"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONHASHSEED": "0"}, check=False)
    found = COUNTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"cachegrind over bench.throughput failed (exit {done.returncode}): {done.stderr[-500:]}")
    return int(found.group(1).replace(",", ""))


def warm_caches() -> None:
    """One short run outside cachegrind: the place finder's name list is cached under a hash of the code, so
    the first run after a change rebuilds it (seconds of work that would land in the --few count alone)."""
    done = subprocess.run([sys.executable, "-m", "bench.throughput", "--articles", "1"], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench.throughput failed (exit {done.returncode}): {done.stderr[-500:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--few", type=int, default=40)
    parser.add_argument("--more", type=int, default=160)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt install valgrind)")
    if args.more <= args.few:
        raise SystemExit("--more must exceed --few")
    warm_caches()
    few, more = instructions(args.few), instructions(args.more)
    per_article = (more - few) / (args.more - args.few)
    print(f"{per_article / 1e6:.2f} M instructions per article (articles {args.few + 1}-{args.more} of the samples "
          f"repeated; {few:,} over {args.few}, {more:,} over {args.more})")


if __name__ == "__main__":
    main()
