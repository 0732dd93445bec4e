"""Geoparsing (toponym recognition + resolution) on GeoWebNews and LGL, dev and test apart.

The corpora and their scorer live outside the project (licensed for evaluation only) in
GEOPARSING_DATA (default ../shared/bench/geoparsing beside the project; see its README). Every fifth document
in file order (index 0, 5, 10, ...) is TEST, the rest DEV: develop on DEV, report TEST.
Prints the scorer's lenient P/R/F1, acc@161km and end-to-end acc@161km per corpus and split,
and words per second of the toponyms step on one core with the world gazetteer loaded.
Run: python -m bench.geoparse [--data DIR] [--split dev|test|both] [--errors]
--errors lists DEV resolution errors (found, but placed over 161 km off) instead of scoring:
never TEST, which is only ever scored.
"""
from __future__ import annotations

import argparse
import math
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import load_module, read_jsonl  # noqa: E402
from extract.gazetteer import Gazetteer  # noqa: E402
from extract.geocode import Geoparser, distance_km, toponym_record  # noqa: E402

DEFAULT_DATA = Path(os.environ.get("GEOPARSING_DATA") or ROOT.parent / "shared" / "bench" / "geoparsing")
CORPORA = {"LGL": "lgl.jsonl", "GWN": "geowebnews.jsonl"}
SCORER = "score_geoparse.py"
TEST_EVERY = 5
EXIT_NO_DATA = 2
ACCURATE_KM = 161  # the scorer's threshold
SPEED_RUNS = 3  # best of: the machine is shared, and other jobs only ever slow a run down


def split(docs: list[dict], which: str) -> list[dict]:
    """TEST = every fifth document from the first; DEV = the others."""
    return [d for i, d in enumerate(docs) if (i % TEST_EVERY == 0) == (which == "test")]


def predict(geoparser: Geoparser, docs: list[dict]) -> dict[str, list[dict]]:
    """Predictions by document id, as the toponyms command writes them."""
    return {d["id"]: [toponym_record(t) for t in geoparser.parse(d["text"])] for d in docs}


def words_per_second(geoparser: Geoparser, texts: list[str]) -> tuple[int, float]:
    """Words and the best words/s of SPEED_RUNS passes of the toponyms step over `texts`."""
    words = sum(len(text.split()) for text in texts)
    best = math.inf
    for _ in range(SPEED_RUNS):
        started = time.perf_counter()
        for text in texts:
            [toponym_record(t) for t in geoparser.parse(text)]
        best = min(best, time.perf_counter() - started)
    return words, words / best


def resolution_errors(docs: list[dict], predictions: dict[str, list[dict]]) -> list[str]:
    """One line per gold toponym found with an overlapping span but placed 161 km or more off."""
    lines = []
    for doc in docs:
        for gold in doc["toponyms"]:
            if gold.get("lat") is None:
                continue
            for pred in predictions[doc["id"]]:
                if pred["start"] < gold["end"] and gold["start"] < pred["end"]:
                    km = distance_km(gold["lat"], gold["lon"], pred["lat"], pred["lon"])
                    if km >= ACCURATE_KM:
                        lines.append(f"{doc['id']}\t{gold['name']!r}\t{km:,.0f} km\tgold {gold['lat']:.2f},"
                                     f"{gold['lon']:.2f}\tours {pred['name']!r} {pred['geonameid']} "
                                     f"{pred['country_code']} {pred['feature_code']}")
                    break
    return lines


def report(name: str, which: str, result: dict) -> str:
    """One line of figures."""
    return (f"{name:<4} {which:<5} lenient P/R/F1 {result['lenient_P']:.3f}/{result['lenient_R']:.3f}/"
            f"{result['lenient_F1']:.3f}  strict F1 {result['strict_F1']:.3f}  acc@161km {result['acc161']:.3f}"
            f" (n={result['n_resolved']})  end-to-end {result['e2e_acc161']:.3f}  AUC {result['AUC']:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the corpora and scorer")
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--errors", action="store_true", help="list DEV resolution errors instead of scoring")
    args = parser.parse_args()
    missing = [f for f in (SCORER, *CORPORA.values()) if not (args.data / f).is_file()]
    if missing:
        print(f"error: geoparsing data absent: {', '.join(missing)} not found in {args.data} "
              f"(set --data or GEOPARSING_DATA)", file=sys.stderr)
        return EXIT_NO_DATA
    scorer = load_module(args.data / SCORER)
    started = time.perf_counter()
    geoparser = Geoparser(Gazetteer.load())
    print(f"gazetteer + geoparser set-up: {time.perf_counter() - started:.2f} s")
    if args.errors:
        for name, file_name in CORPORA.items():
            part = split(read_jsonl(args.data / file_name), "dev")
            print("\n".join(f"{name}\t{line}" for line in resolution_errors(part, predict(geoparser, part))))
        return 0
    texts = []
    for name, file_name in CORPORA.items():
        docs = read_jsonl(args.data / file_name)
        for which in (("dev", "test") if args.split == "both" else (args.split,)):
            part = split(docs, which)
            texts += [d["text"] for d in part]
            print(report(name, which, scorer.score(part, predict(geoparser, part))))
    words, speed = words_per_second(geoparser, texts)
    print(f"speed: {speed:,.0f} words/s over {words:,} words (toponyms step, gazetteer loaded, "
          f"one process, best of {SPEED_RUNS})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
