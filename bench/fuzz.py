"""Fuzzing the whole run: hostile and ordinary inputs through `extract run`, every outcome counted.

Generates inputs from a seed: article texts (ordinary conflict sentences mixed with hostile
fragments: huge numbers, far relative dates, control and bidirectional characters, very long
words, Unicode digits, front matter fences), publication dates including 0001-01-01 and
9999-12-31, containers (.txt, .md with front matter, JSONL lines with lone surrogate escapes or
broken JSON, manifests with short, duplicate and bad rows) and file names (spaces, non-ASCII,
bytes that are not UTF-8, one name in two folders, one stem with two suffixes). Writes them into
one folder, runs `extract.pipeline.run` into a fresh database with the world gazetteer, and
prints inputs tried, stored, rejected (by reason), internal errors (target 0), inputs lost
(neither stored nor reported: target 0), rejections of readable text with an ordinary date
(target 0), the slowest input per KB, and one 5 MB article naming thousands of different towns
against the same sentences split into ordinary articles (target: at most twice their cost). Run: python -m bench.fuzz [--examples 10000] [--seed 1] [--no-big]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from extract.files import shown
from extract.gazetteer import Gazetteer
from extract.models import Article
from extract.pipeline import Pipeline, run
from extract.settings import Settings
from extract.store import Store

SENTENCES = (
    "Gunmen attacked the village of {place} on {day}, killing {n} people, residents said.",
    "Soldiers clashed with militants near {place} {when}.",
    "An air strike hit a market in {place}, and {n} civilians were wounded.",
    "Protesters marched through {place} {when} to demand the release of detainees.",
    "A roadside bomb exploded near {place}; no one was hurt.",
    "Rebels said they had taken control of {place} after two days of fighting.",
    "Police arrested {n} men in {place} on suspicion of planning attacks.",
    "The army regained {place} {when}, a spokesman said.",
)
PLACES = ("Konna", "Gao", "Timbuktu", "Kidal", "Mopti", "Maiduguri", "Aleppo", "Kabul", "Goma", "Springfield",
          "Bamako", "Kharkiv", "Mosul", "Sana'a", "Velmora", "Diabaly", "São Paulo", "Zürich", "Paris", "Niger")
DAYS = ("Monday", "Friday", "Sunday", "Thursday night", "January 10", "10 January 2013", "2013-01-20")
WHENS = ("last week", "yesterday", "tomorrow", "3000 years ago", "next century", "in the 99th century",
         "on 31 February 2013", "in 1066", "two days ago", "since 2012", "this morning", "in 9999", "in the 1990s")
NUMBERS = ("3", "twelve", "dozens of", "99999999999999999999", "1e308", "1,000,000,000,000", "٣٠", "²",
           "0", "-5", "no")
HOSTILE = ("\u200b", "\u202e", "\u0000", "e\u0301", "ﬁ", "İ", "🇲🇱", "\r\n", "\t", "\x0c", "---", "\ufeff",
           "<script>alert(1)</script>", "=HYPERLINK(\"x\")", "[link](http://example.org)", "\\", "%s%n",
           "Robert'); DROP TABLE articles;--", "a" * 5000, "Konna " * 300, "." * 400, "\U0010ffff")
BIG_SENTENCE = "Gunmen attacked the village of {town} on Tuesday, killing three people, residents said."
EXTREME_DAYS = (date(1, 1, 1), date(9999, 12, 31), date(1970, 1, 1))


@dataclass
class Case:
    """One generated input, where it was written, and whether a reader should be able to store it."""

    where: str
    readable: bool
    ordinary_date: bool


def sentence(rng: random.Random) -> str:
    """One sentence: a template filled with ordinary or hostile parts, sometimes with noise spliced in."""
    text = rng.choice(SENTENCES).format(place=rng.choice(PLACES), day=rng.choice(DAYS), when=rng.choice(WHENS),
                                        n=rng.choice(NUMBERS))
    if rng.random() < 0.3:
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(HOSTILE) + text[at:]
    return text


def article_text(rng: random.Random) -> str:
    paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 4))]
    return "\n\n".join(paragraphs)


def publication(rng: random.Random) -> date | None:
    roll = rng.random()
    if roll < 0.1:
        return rng.choice(EXTREME_DAYS)
    if roll < 0.2:
        return None
    return date(1990, 1, 1) + timedelta(days=rng.randrange(40 * 365))


def file_name(rng: random.Random, number: int) -> bytes:
    """A file name stem: plain, spaced, non-ASCII, or with a byte that is not UTF-8."""
    stem = rng.choice([f"report-{number}", f"report {number}", f"rapport-été-{number}", f"报告{number}",
                       f"x{number}"]).encode()
    return stem + b"\xff" if rng.random() < 0.05 else stem


def write_case(folder: Path, rng: random.Random, number: int) -> list[Case]:
    """Write one input (a file, or a JSONL file of a few lines) and say what each article in it is."""
    kind = rng.choice(("txt", "md", "md", "jsonl", "twin", "binary", "empty"))
    sub = folder / f"d{number % 7}"
    sub.mkdir(exist_ok=True)
    stem = file_name(rng, number)
    if kind == "jsonl":
        return _write_jsonl(sub, stem, rng)
    when = publication(rng)
    ordinary = when is not None and when not in EXTREME_DAYS
    front = f"---\npublished: {when}\ntitle: Report {number}\n---\n" if kind != "txt" and when else ""
    body = article_text(rng)
    data = {"binary": b"\x89PNG\x00\x00" + os.urandom(64), "empty": b"  \n"}.get(kind, (front + body).encode())
    path = Path(os.fsdecode(bytes(sub) + b"/" + stem + (b".txt" if kind in ("txt", "twin", "binary", "empty") else b".md")))
    path.write_bytes(data)
    cases = [Case(shown(path), kind not in ("binary", "empty"), ordinary)]
    if kind == "twin":  # the same stem with another suffix, and the same name in another folder
        for twin in (path.with_suffix(".md"), folder / "twins" / path.name):
            twin.parent.mkdir(exist_ok=True)
            twin.write_bytes(data)
            cases.append(Case(shown(twin), True, False))
    return cases


def _write_jsonl(sub: Path, stem: bytes, rng: random.Random) -> list[Case]:
    path = Path(os.fsdecode(bytes(sub) + b"/" + stem + b".jsonl"))
    lines, cases = [], []
    for number in range(1, rng.randint(2, 6)):
        when = publication(rng)
        record = {"text": article_text(rng), "published": str(when) if when else None}
        line = json.dumps(record, ensure_ascii=rng.random() < 0.5)
        readable = True
        roll = rng.random()
        if roll < 0.1:
            line = line.replace('"text": "', '"text": "\\ud800', 1)
        elif roll < 0.15:
            line, readable = line[: len(line) // 2], False
        elif roll < 0.2:
            line, readable = json.dumps({"text": 5}), False
        lines.append(line.encode("utf-8", "surrogatepass"))
        cases.append(Case(f"{shown(path)}:{number}", readable, when is not None and when not in EXTREME_DAYS))
    path.write_bytes(b"\n".join(lines) + b"\n")
    return cases


def write_manifest(folder: Path, rng: random.Random) -> None:
    """A manifest in one folder with good, short, duplicate and impossible rows."""
    sub = folder / "d0"
    sub.mkdir(exist_ok=True)
    names = sorted(p.name for p in sub.glob("*.txt"))[:20]
    rows = ["file,published,source,title"]
    for name in names:
        roll = rng.random()
        rows.append(f"{name}" if roll < 0.1 else f"{name},2013-02-30,Desk,T" if roll < 0.2
                    else f"{name},2013-01-{rng.randint(10, 28)},Desk,T")
        if roll > 0.9:
            rows.append(f"{name},2014-01-01,Other,T")
    (sub / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8", errors="surrogateescape")


class TimedPipeline(Pipeline):
    """The pipeline, timing each article's extraction per KB of text."""

    slowest: tuple[float, str] = (0.0, "")

    def extract(self, article: Article) -> list:
        started = time.process_time()
        found = super().extract(article)
        per_kb = (time.process_time() - started) / max(len(article.text) / 1000, 1.0)  # a tiny text is start-up cost
        self.slowest = max(self.slowest, (per_kb, article.path))
        return found


def fuzz(examples: int, seed: int, pipeline: TimedPipeline) -> None:
    """Generate, run and count; prints the figures (nothing for no examples)."""
    if not examples:
        return
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "inputs"
        folder.mkdir()
        cases = [c for number in range(examples) for c in write_case(folder, rng, number)]
        write_manifest(folder, rng)
        with Store(Path(tmp) / "fuzz.db") as store:
            summary = run([folder], store, pipeline)
            stored = {path for (path,) in store.db.execute("SELECT path FROM articles")}
    report(cases, stored, summary, pipeline.slowest)


def report(cases: list[Case], stored: set[str], summary, slowest: tuple[float, str]) -> None:
    rejected = {e.path: e.problem for e in summary.rejected}
    internal = {e.path for e in summary.internal}
    lost = [c for c in cases if c.where not in stored and c.where not in rejected and c.where not in internal]
    wrongly = [c for c in cases if c.readable and c.ordinary_date and c.where in rejected]
    reasons = Counter(re.sub(r"\d[\d,]*|'[^']*'", "N", problem) for problem in rejected.values())
    print(f"inputs tried: {len(cases):,} articles ({sum(c.readable for c in cases):,} readable)")
    print(f"stored: {len(stored & {c.where for c in cases}):,}; rejected: {len(rejected):,} "
          f"(of which manifest rows: {sum('manifest.csv' in p for p in rejected)})")
    for reason, count in reasons.most_common(8):
        print(f"  {count:5,}  {reason}")
    print(f"internal errors: {len(summary.internal)} (target 0)")
    for error in summary.internal[:5]:
        print(f"  {error.path}: {error.problem}")
    print(f"inputs lost: {len(lost)} (target 0); readable text with an ordinary date rejected: {len(wrongly)} (target 0)")
    for case in (lost + wrongly)[:5]:
        print(f"  {case.where}: {rejected.get(case.where, 'lost')}")
    print(f"slowest input: {slowest[0] * 1000:.1f} ms per KB ({slowest[1]})")


def small_towns(path: Path, count: int, seed: int) -> list[str]:
    """Names of `count` towns of 1,000 to 15,000 people from the gazetteer CSV, shuffled: an article
    naming thousands of different places is what made the resolver quadratic."""
    with path.open(encoding="utf-8", newline="") as handle:
        names = [row["name"] for row in csv.DictReader(handle) if row["feature_class"] == "P"
                 and 1_000 < int(row["population"] or 0) < 15_000 and row["name"].isalpha()]
    random.Random(seed).shuffle(names)
    return names[:count]


def big_article(pipeline: Pipeline, megabytes: float, gazetteer_csv: Path) -> None:
    """One article of `megabytes`, each sentence naming another town, against the same sentences
    split into articles of 20 sentences."""
    towns = small_towns(gazetteer_csv, 20_000, 7)
    sentences, size = [], 0
    while size < megabytes * 1e6:
        sentences.append(BIG_SENTENCE.format(town=towns[len(sentences) % len(towns)]))
        size += len(sentences[-1]) + 1
    day = date(2013, 1, 20)
    parts = [Article(f"p{i}", " ".join(sentences[i:i + 20]), published=day, date_source="cli")
             for i in range(0, len(sentences), 20)]
    started = time.process_time()
    for part in parts:
        pipeline.extract(part)
    split = time.process_time() - started
    started = time.process_time()
    pipeline.extract(Article("big", " ".join(sentences), published=day, date_source="cli"))
    whole = time.process_time() - started
    print(f"{megabytes:g} MB article naming {min(len(sentences), len(towns)):,} different towns: {whole:.1f} CPU-s "
          f"as one article, {split:.1f} CPU-s as {len(parts):,} articles of 20 sentences: ratio "
          f"{whole / split:.2f} (target <= 2)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=2000, help="generated inputs (files or JSONL files)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--big-mb", type=float, default=5.0, help="size of the long article (0: skip)")
    args = parser.parse_args()
    pipeline = TimedPipeline(Gazetteer.load())
    pipeline.extract(Article("warm-up", article_text(random.Random(0)), published=date(2013, 1, 20), date_source="cli"))
    pipeline.slowest = (0.0, "")  # the first article pays for loading tables: not the input's cost
    fuzz(args.examples, args.seed, pipeline)
    if args.big_mb:
        big_article(pipeline, args.big_mb, Settings().gazetteer_path)


if __name__ == "__main__":
    main()
