"""Temporal expressions against TempEval-3 (TimeML) and WikiWars (TIMEX2) gold.

Runs `extract.dates.annotate` (what `python -m extract timex` runs) on each corpus in
../shared/bench/temporal, scores it with that folder's `score_timex.py` (TE3 Task A:
strict/relaxed span F1, type and value F1) and times the extractor on one core.
Develop on timebank, aquaint and wikiwars-train; the test splits are for reporting.
Run: taskset -c 0 python -m bench.temporal [--errors DIR]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import load_module, read_jsonl  # noqa: E402
from extract.articles import Article  # noqa: E402
from extract.dates import annotate  # noqa: E402
from extract.sentences import split_sentences  # noqa: E402

DATA = ROOT.parent / "shared" / "bench" / "temporal"
# (name, file, split or None for all, narrative)
CORPORA = (
    ("timebank", "timebank.jsonl", None, False),
    ("aquaint", "aquaint.jsonl", None, False),
    ("wikiwars-train", "wikiwars.jsonl", "train", True),
    ("te3-platinum (test)", "te3-platinum.jsonl", None, False),
    ("wikiwars-test (test)", "wikiwars.jsonl", "test", True),
)
FIGURES = ("strict_F1", "relaxed_F1", "type_F1", "value_F1")


def load_docs(path: Path, split: str | None) -> list[dict]:
    """The gold documents of the file, restricted to a split when given."""
    return [d for d in read_jsonl(path) if split is None or d.get("split") == split]


def run_corpus(docs: list[dict], narrative: bool) -> tuple[dict[str, list], float]:
    """Predictions by document id and the CPU seconds the extractor took (steady on a shared machine)."""
    started = time.process_time()
    predicted = {d["id"]: annotate({"id": d["id"], "dct": d["dct"], "text": d["text"]}, narrative)["timexes"]
                 for d in docs}
    return predicted, time.process_time() - started


def count_sentences(docs: list[dict]) -> int:
    """Sentences by the project's own splitter."""
    return sum(len(split_sentences(Article(doc_id=d["id"], text=d["text"]))) for d in docs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA, help="folder of the gold JSONL files and score_timex.py")
    parser.add_argument("--errors", type=Path, help="write each corpus's scorer errors (JSONL) into this folder")
    parser.add_argument("--dev", action="store_true", help="development corpora only (no test split)")
    args = parser.parse_args()
    if not (args.data / "score_timex.py").exists():
        print(f"error: {args.data}: the temporal benchmark is not there (needs score_timex.py and the gold "
              "JSONL files; see its README); nothing measured", file=sys.stderr)
        return 2
    score = load_module(args.data / "score_timex.py").score
    sentences, seconds = 0, 0.0
    print(f"{'corpus':22} {'docs':>5} {'gold':>5} {'sys':>5}  " + "  ".join(f"{f:>10}" for f in FIGURES))
    for name, filename, split, narrative in CORPORA:
        if args.dev and name.endswith("(test)"):
            continue
        docs = load_docs(args.data / filename, split)
        predicted, took = run_corpus(docs, narrative)
        result, errors = score(docs, predicted)
        sentences, seconds = sentences + count_sentences(docs), seconds + took
        print(f"{name:22} {len(docs):5} {result['gold']:5} {result['sys']:5}  "
              + "  ".join(f"{result[f]:10.2f}" for f in FIGURES))
        if args.errors:
            args.errors.mkdir(parents=True, exist_ok=True)
            with (args.errors / f"{name.split()[0]}.errors.jsonl").open("w", encoding="utf-8") as out:
                out.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)
    print(f"speed: {sentences:,} sentences in {seconds:.2f} s = {sentences / seconds:,.0f} sentences/s "
          "(find_timexes only, CPU time of one process; run under `taskset -c 0` for one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
