"""Event typing on CASE 2021 Task 2 and whole events on real headlines (wce_dev.jsonl).

The sets and their scorers live outside the project (evaluation only) in EVENTS_DATA (default
../shared/bench/events beside the project; see its README). CASE: TEST = ids divisible by 5, DEV =
the rest; wce: the scorer's own split. By default only DEV is scored: CASE ST1/ST2/ST3 micro, macro and
weighted F1 (ST1 from the `--labels acled` run), the calibration table, the whole pipeline on the snippets
(of those with an ACLED event, the share that yield any event and the share that yield one of their event type; of
the others, the share that yield none), snippets per second of `classify` on one
core, and the wce figures through the whole pipeline (each headline an article published on its day).
--test adds TEST and the full CASE set (what the published systems report); score TEST only to report.
--errors lists DEV confusions instead (never TEST): CASE's, then wce's headline events whose type matched but
whose date, place, fatalities or actor1 the scorer counts wrong, and the gold events no prediction matched.
--extra FILE [FILE ...] scores (or with --errors lists) every item of other sets in wce's schema as well, one line each:
development and held-out sets labelled by LABELLING.md's rules from other days of the same portal, kept outside the
project like the others; a second line says where each set's type F1 is lost, in counts only (`losses`).
Run: python -m bench.events [--data DIR] [--test] [--errors] [--extra FILE ...]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import load_module, read_jsonl  # noqa: E402
from extract.__main__ import classified  # noqa: E402
from extract.articles import document_article  # noqa: E402
from extract.gazetteer import Gazetteer, countries  # noqa: E402
from extract.merge import merge  # noqa: E402
from extract.models import Article  # noqa: E402
from extract.pipeline import Pipeline  # noqa: E402
from extract.table import event_row  # noqa: E402
from extract.typer import Typer  # noqa: E402
from extract.vocabulary import acled_labels  # noqa: E402

DEFAULT_DATA = Path(os.environ.get("EVENTS_DATA") or ROOT.parent / "shared" / "bench" / "events")
CASE, WCE = "case2021_task2_test.jsonl", "wce_dev.jsonl"
CASE_SCORER, WCE_SCORER = "score_case.py", "score_events.py"
TEST_EVERY = 5
EXIT_NO_DATA = 2
SPEED_RUNS = 3
# where type F1 is lost (`losses`): gold events missed, predicted events false
MISSED_ALONE, MISSED_BESIDE, MISTYPED_GOLD = "missed, nothing found", "missed beside events found", "mistyped (gold)"
FALSE_ALONE, EXTRA, MISTYPED_PREDICTED = "false, no event happened", "extra beside right ones", "mistyped (predicted)"
LOSSES = (MISSED_ALONE, MISSED_BESIDE, MISTYPED_GOLD, FALSE_ALONE, EXTRA, MISTYPED_PREDICTED)
BINS = tuple(round(0.1 * k, 1) for k in range(10)) + (1.01,)  # calibration table: score bins of 0.1


def case_split(items: list[dict], which: str) -> list[dict]:
    """CASE items of a split: test (id divisible by 5), dev (the rest) or all."""
    return [i for i in items if which == "all" or (int(i["id"]) % TEST_EVERY == 0) == (which == "test")]


def labelled(typer: Typer, items: list[dict], which: str) -> list[dict]:
    """classify's records for the items, with the label set `which`."""
    return [classified(typer, {"id": i["id"], "text": i["text"]}, which) for i in items]


def score_case(data: Path, all_labels: list[dict], acled: list[dict], split: str) -> dict:
    """Run the shared scorer on the predictions; print its lines; return its JSON."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = [Path(tmp) / name for name in ("all.jsonl", "acled.jsonl")]
        for path, records in zip(paths, (all_labels, acled)):
            path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        done = subprocess.run([sys.executable, str(data / CASE_SCORER), str(data / CASE), str(paths[0]),
                               "--st1", str(paths[1]), "--split", split], capture_output=True, text=True, check=True)
    lines = done.stdout.strip().splitlines()
    for line in lines[:-1]:
        print(f"  CASE {split:4} {line}")
    return json.loads(lines[-1])


def calibration_table(items: list[dict], records: list[dict]) -> list[tuple[str, int, float, float]]:
    """(score bin, labels, mean score, share right) over the items."""
    gold = {i["id"]: i["label"] for i in items}
    rows = []
    for low, high in zip(BINS, BINS[1:]):
        inside = [r for r in records if low <= r["score"] < high]
        if inside:
            right = sum(gold[r["id"]] == r["label"] for r in inside) / len(inside)
            rows.append((f"[{low:.1f}, {min(high, 1.0):.1f})", len(inside),
                         sum(r["score"] for r in inside) / len(inside), right))
    return rows


def snippets_per_second(typer: Typer, items: list[dict]) -> float:
    """Best of SPEED_RUNS passes of classify over the items' texts."""
    best = float("inf")
    for _ in range(SPEED_RUNS):
        started = time.process_time()
        labelled(typer, items, "all")
        best = min(best, time.process_time() - started)
    return len(items) / best


def coverage(pipeline: Pipeline, items: list[dict]) -> tuple[float, float, float]:
    """What the whole pipeline (not the typer alone) makes of the snippets: the share of those with an ACLED label
    from which it takes any event, the share whose label's event type is among its events' types, and the share
    of the others (no ACLED event: a disaster, a summit) from which it takes none."""
    acled = set(acled_labels())
    found = [(i, {e.event_type for e in pipeline.extract(Article(doc_id=str(i["id"]), text=i["text"]))})
             for i in items]
    events = [(i, types) for i, types in found if i["label"] in acled]
    others = [types for i, types in found if i["label"] not in acled]
    return (sum(bool(types) for _i, types in events) / len(events),
            sum(i["event_type"] in types for i, types in events) / len(events),
            sum(not types for types in others) / len(others))


def wce_predictions(pipeline: Pipeline, items: list[dict]) -> list[dict]:
    """Export rows of the merged events of each item (a headline or a whole article), published on its day, read
    as `extract events` reads a document (a dateline found, say)."""
    names = countries()
    out = []
    for item in items:
        article = document_article({"id": item["id"], "text": item["text"], "published": item["day"]})
        events = merge(pipeline.extract(article), pipeline.settings.merge_distance_km)
        out.append({"id": item["id"], "events": [event_row(e, article, names) for e in events]})
    return out


def score_wce(data: Path, predictions: list[dict], split: str, gold: Path | None = None) -> dict:
    """The shared wce scorer's figures for a split of the gold set (wce_dev by default)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pred.jsonl"
        path.write_text("".join(json.dumps(p, default=str) + "\n" for p in predictions), encoding="utf-8")
        done = subprocess.run([sys.executable, str(data / WCE_SCORER), str(gold or data / WCE), str(path), "--split", split],
                              capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def errors(typer: Typer, items: list[dict]) -> None:
    """DEV confusions of the `all` run, most frequent first, with the evidence of each miss."""
    dev = case_split(items, "dev")
    records = labelled(typer, dev, "all")
    pairs = Counter((i["label"], r["label"]) for i, r in zip(dev, records) if i["label"] != r["label"])
    for (gold, got), n in pairs.most_common():
        print(f"{n:3}  {gold} -> {got}")
    for item, record in zip(dev, records):
        if item["label"] != record["label"]:
            start, end = record["evidence"]
            print(f"{item['id']:>5} {item['label']} -> {record['label']} ({record['score']}) "
                  f"[{item['text'][start:end]}] {item['text'][:160]!r}")


def wce_errors(data: Path, pipeline: Pipeline, gold: Path | None = None) -> None:
    """Headlines whose events the shared scorer counts wrong (its own pairing): pairs with a wrong type,
    sub-type, date, place, fatalities or actor1, gold events nothing matched, and predictions nothing
    matched (with the item's kind of news when it has no event). wce's DEV items, or every item of another
    development set."""
    scorer = load_module(data / WCE_SCORER)
    items = [i for i in read_jsonl(gold or data / WCE) if gold or scorer.in_split(i["id"], "dev")]
    predicted = {p["id"]: p["events"] for p in wce_predictions(pipeline, items)}
    for item in items:
        lines = _item_errors(scorer, item, predicted[item["id"]])
        if lines:
            print(f"{item['id']} {item['text'][:150]!r}", *lines, sep="\n")


def _item_errors(scorer, item: dict, predicted: list[dict]) -> list[str]:
    """One line per wrong pair, missed gold event and unmatched prediction of an item."""
    pairs = scorer.pair(item["events"], predicted)
    lines = [f"    {', '.join(f)}: gold {_brief(g)} | got {_brief(p)}" for g, p in pairs if (f := _pair_errors(scorer, g, p))]
    paired_gold, paired_got = {id(g) for g, _p in pairs}, {id(p) for _g, p in pairs}
    lines += [f"    missed: gold {_brief(g)}" for g in item["events"] if id(g) not in paired_gold]
    kind = f" (gold: {item.get('non_acled')})" if not item["events"] else ""
    return lines + [f"    extra: got {_brief(p)}{kind}" for p in predicted if id(p) not in paired_got]


def _pair_errors(scorer, gold: dict, got: dict) -> list[str]:
    """What the scorer counts wrong in a pair: its type or sub-type, then the fields of a type-matched pair."""
    if gold["event_type"] != got["event_type"]:
        return ["type"]
    return ([] if gold["sub_event_type"] == got["sub_event_type"] else ["sub-type"]) + _wrong_fields(scorer, gold, got)


def _wrong_fields(scorer, gold: dict, got: dict) -> list[str]:
    """The fields of a type-matched pair that the scorer counts wrong."""
    checks = {"date": scorer.date_ok, "place": scorer.place_ok, "fatalities": scorer.fatalities_ok,
              "actor1": lambda g, p: not g.get("actor1") or scorer.actor_ok(g, p)}
    return [name for name, ok in checks.items() if not ok(gold, got)]


def _brief(event: dict) -> str:
    place = event.get("location") or ""
    return (f"{event.get('sub_event_type')} @ {place} ({event.get('country') or event.get('iso3')}) "
            f"{event.get('date_start')}..{event.get('date_end')} f={event.get('fatalities')} "
            f"{event.get('actor1')} -> {event.get('actor2')}")


def losses(gold: list[dict], predicted: list[dict]) -> Counter:
    """Where a set's type F1 is lost, counted by event type within each headline (counts only, no text: safe on
    held-out sets). A gold event of a type not predicted there is missed where the headline got no event
    (`MISSED_ALONE`), where an event of another type was predicted (`MISTYPED_GOLD`), else beside events found
    (`MISSED_BESIDE`: a headline of several events); a predicted event of a type not in the gold is false where
    the headline reports no event (`FALSE_ALONE`), where a gold event was missed (`MISTYPED_PREDICTED`), else
    beside the right ones (`EXTRA`)."""
    found = {item["id"]: item["events"] for item in predicted}
    counts: Counter = Counter()
    for item in gold:
        wanted = Counter(e["event_type"] for e in item["events"])
        got = Counter(e["event_type"] for e in found.get(item["id"], []))
        missed, false = sum((wanted - got).values()), sum((got - wanted).values())
        counts[MISSED_ALONE if not got else MISTYPED_GOLD if false else MISSED_BESIDE] += missed
        counts[FALSE_ALONE if not wanted else MISTYPED_PREDICTED if missed else EXTRA] += false
    return counts


def report_extra(data: Path, pipeline: Pipeline, gold: Path) -> None:
    """The wce scorer's figures on every item of another development set, and where its type F1 is lost."""
    items = read_jsonl(gold)
    predictions = wce_predictions(pipeline, items)
    figures = score_wce(data, predictions, "all", gold)
    shown = {k: v for k, v in figures.items() if not isinstance(v, (dict, list))}
    print(f"  {gold.name} (all): " + "  ".join(f"{k} {v}" for k, v in shown.items()))
    lost = losses(items, predictions)
    print("    type F1 lost: " + ", ".join(f"{name} {lost[name]}" for name in LOSSES))


def report(data: Path, typer: Typer, pipeline: Pipeline, splits: list[str]) -> None:
    """Print every figure for the splits."""
    items = read_jsonl(data / CASE)
    for split in splits:
        chosen = case_split(items, split)
        full = labelled(typer, chosen, "all")
        score_case(data, full, labelled(typer, chosen, "acled"), split)
        print(f"  calibration ({split}, all labels): score bin, labels, mean score, share right")
        for name, n, mean, right in calibration_table(chosen, full):
            print(f"    {name:11} {n:4}  {mean:.2f}  {right:.2f}")
        detected, typed, quiet = coverage(pipeline, chosen)
        print(f"  pipeline ({split}): of the snippets with an ACLED event, {detected:.3f} yield an event and "
              f"{typed:.3f} one of their event type; of the others {quiet:.3f} yield none")
    dev = case_split(items, "dev")
    print(f"  classify speed: {snippets_per_second(typer, dev):,.0f} snippets/s (CPU time, one process)")
    headlines = read_jsonl(data / WCE)
    predictions = wce_predictions(pipeline, headlines)
    for split in ("dev", "test") if "test" in splits else ("dev",):
        figures = score_wce(data, predictions, split)
        shown = {k: v for k, v in figures.items() if not isinstance(v, (dict, list))}
        print(f"  wce {split}: " + "  ".join(f"{k} {v}" for k, v in shown.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the CASE and wce sets")
    parser.add_argument("--test", action="store_true", help="also score TEST and the full CASE set (to report)")
    parser.add_argument("--errors", action="store_true", help="list DEV confusions instead of scoring")
    parser.add_argument("--extra", type=Path, nargs="+", default=[], metavar="FILE",
                        help="other sets in wce's schema, each scored whole")
    args = parser.parse_args()
    if not (args.data / CASE).is_file():
        print(f"{args.data / CASE}: not found; the event benchmarks are not shipped (see the folder's README)",
              file=sys.stderr)
        raise SystemExit(EXIT_NO_DATA)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the targets are stated
    typer = Typer()
    pipeline = Pipeline(Gazetteer.load())
    if args.errors:
        errors(typer, read_jsonl(args.data / CASE))
        for gold in args.extra or [None]:
            wce_errors(args.data, pipeline, gold)
        return
    report(args.data, typer, pipeline, ["dev", "test", "all"] if args.test else ["dev"])
    for gold in args.extra:
        report_extra(args.data, pipeline, gold)


if __name__ == "__main__":
    main()
