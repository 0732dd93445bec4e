"""Train the event typer's linear model and its calibration maps; write extract/data/typing/model.npz.

Data: every extract/data/typing/train_*.csv (header `text,label`; label one of the 30 classes of
extract/data/event_types.csv or "None" for ordinary news; lines starting with # are notes on where the
sentences come from), written for this project in our own words. Model: scikit-learn's multinomial
logistic regression over `extract.typer.words`.
Calibration: isotonic maps from the raw probability of the chosen label to the share right, fitted
on held-out predictions of stratified folds of the training sentences (never on a benchmark).
Reproducible: fixed seed, sorted inputs. Run: python tools/train_typing.py [--c C] [--out PATH] [--cv [FILE ...]]
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.typer import DETECT, EVENTS, TYPES, group, group_matrix  # noqa: E402
from extract.typer.words import features, fingerprint  # noqa: E402
from extract.typer.model import CALIBRATIONS, FORMAT, MODEL_PATH  # noqa: E402
from extract.vocabulary import NO_EVENT, acled_labels, labels  # noqa: E402

DATA = ROOT / "extract" / "data" / "typing"
SEED = 13
# each fit joins every event sentence with one news sentence drawn at random; the draw alone moved CASE DEV by
# 0.015, so the shipped model averages the weights of fits over several draws (a linear model stays linear)
JOIN_SEEDS = (13, 7, 21)
C = 4.0                 # inverse regularisation strength, chosen on held-out files
MIN_WEIGHT = 0.1       # a feature whose weights are all smaller is dropped from the file
CALIBRATION_POINTS = 50
FOLDS = 5


def read_examples(folder: Path = DATA, only: set[str] | None = None) -> tuple[list[str], list[str]]:
    """Texts and labels of every training file (or of the files named in `only`)."""
    texts, golds = [], []
    for path in sorted(folder.glob("train_*.csv")):
        if only is None or path.name in only:
            more_texts, more_golds = read_file(path)
            texts, golds = texts + more_texts, golds + more_golds
    return texts, golds


def read_file(path: Path) -> tuple[list[str], list[str]]:
    """Texts and labels of one file of sentences; an unknown label stops with its file and line."""
    known = set(labels()) | {NO_EVENT}
    texts, golds = [], []
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [(number, line) for number, line in enumerate(handle, start=1) if not line.startswith("#")]
    for (number, _), row in zip(lines[1:], csv.DictReader(line for _, line in lines)):
        label = (row.get("label") or "").strip()
        if label not in known:
            raise SystemExit(f"{path.name}:{number}: unknown label {label!r}")
        texts.append(row["text"])
        golds.append(label)
    return texts, golds


def featurise(texts: list[str]) -> list[dict[str, int]]:
    """Binary feature dicts, as the typer computes them."""
    return [dict.fromkeys(features(text), 1) for text in texts]


def with_context(rows: list[dict[str, int]], golds: list[str],
                 seed: int = SEED) -> tuple[list[dict[str, int]], list[str]]:
    """The rows plus, for each event sentence, a copy joined with an ordinary-news sentence (same label):
    news snippets tell an event among other sentences, and the model should not take them for doubt."""
    rng = np.random.default_rng(seed)
    news = [row for row, gold in zip(rows, golds) if gold == NO_EVENT]
    joined = [(row | news[rng.integers(len(news))], gold) for row, gold in zip(rows, golds) if gold != NO_EVENT]
    return rows + [row for row, _ in joined], golds + [gold for _, gold in joined]


def fit(rows: list[dict[str, int]], golds: list[str], c: float) -> tuple[DictVectorizer, LogisticRegression]:
    """Vectoriser over every feature, and the model fitted on the rows and their joined copies, its weights the
    mean over JOIN_SEEDS' draws of the joins (features seen once stay: rare words of the event sentences carry
    their class; small weights are pruned at export)."""
    vectoriser = DictVectorizer().fit(rows)
    fits = []
    for seed in JOIN_SEEDS:
        joined, joined_golds = with_context(rows, golds, seed)
        fits.append(LogisticRegression(C=c, max_iter=3000, random_state=SEED).fit(vectoriser.transform(joined),
                                                                                    joined_golds))
    model = fits[0]
    model.coef_ = np.mean([f.coef_ for f in fits], axis=0)
    model.intercept_ = np.mean([f.intercept_ for f in fits], axis=0)
    return vectoriser, model


def held_out(rows: list[dict[str, int]], golds: list[str], c: float,
             always: tuple[list[dict[str, int]], list[str]] = ([], [])) -> tuple[np.ndarray, list[str], list[str]]:
    """Probabilities of each sentence, alone and joined with ordinary news, from a model trained without
    its fold (and with the `always` rows in every fold); the class order; and the gold label of each row of
    probabilities."""
    classes = sorted(set(golds) | set(always[1]))
    out, labels_out = [], []
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=SEED)
    for train, test in folds.split(rows, golds):
        vectoriser, model = fit([rows[i] for i in train] + always[0], [golds[i] for i in train] + always[1], c)
        tested, tested_golds = with_context([rows[i] for i in test], [golds[i] for i in test])
        probabilities = np.zeros((len(tested), len(classes)))
        probabilities[:, [classes.index(name) for name in model.classes_]] = \
            model.predict_proba(vectoriser.transform(tested))
        out.append(probabilities)
        labels_out += tested_golds
    return np.vstack(out), classes, labels_out


def calibration(probabilities: np.ndarray, golds: list[str], classes: list[str],
                which: str) -> tuple[np.ndarray, np.ndarray, float]:
    """The isotonic map for the decision `which`, as points for np.interp, and its held-out accuracy."""
    decide = {DETECT: _detection, EVENTS: _best_group, TYPES: _best_type}.get(which, _best_label)
    top, right, accuracy = decide(probabilities, golds, classes, which)
    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(top, right)
    x = np.linspace(0.0, 1.0, CALIBRATION_POINTS + 1)
    return x.astype(np.float32), iso.predict(x).astype(np.float32), accuracy


def _best_label(probabilities: np.ndarray, golds: list[str], classes: list[str],
                which: str) -> tuple[np.ndarray, np.ndarray, float]:
    """"all" and "acled": the best label's probability among that label set, whether it is right, accuracy."""
    allowed = set(labels()) if which == "all" else set(acled_labels())
    mask = np.array([c in allowed for c in classes], dtype=float)
    keep = [i for i, gold in enumerate(golds) if gold in allowed]
    restricted = probabilities[keep] * mask
    restricted /= restricted.sum(axis=1, keepdims=True)
    top, best = restricted.max(axis=1), restricted.argmax(axis=1)
    right = np.array([classes[b] == golds[i] for b, i in zip(best, keep)], dtype=float)
    return top, right, float(right.mean())


def _best_group(probabilities: np.ndarray, golds: list[str], classes: list[str],
                which: str) -> tuple[np.ndarray, np.ndarray, float]:
    """EVENTS: the best group (event type, other class or "None") by summed probability, as the pipeline
    decides where a rule fired: its probability, whether it is right, accuracy."""
    summed = probabilities @ group_matrix(tuple(classes)).T
    top, best = summed.max(axis=1), summed.argmax(axis=1)
    names = list(dict.fromkeys(group(c) for c in classes))
    right = np.array([names[b] == group(g) for b, g in zip(best, golds)], dtype=float)
    return top, right, float(right.mean())


def _best_type(probabilities: np.ndarray, golds: list[str], classes: list[str],
               which: str) -> tuple[np.ndarray, np.ndarray, float]:
    """TYPES: over the sentences that report an ACLED event, the best ACLED event type's share of the ACLED
    classes' probability, whether it is the gold's event type, and the accuracy."""
    acled = set(acled_labels())
    keep = [i for i, gold in enumerate(golds) if gold in acled]
    mask = np.array([c in acled for c in classes], dtype=float)
    restricted = probabilities[keep] * mask
    summed = (restricted / restricted.sum(axis=1, keepdims=True)) @ group_matrix(tuple(classes)).T
    top, best = summed.max(axis=1), summed.argmax(axis=1)
    names = list(dict.fromkeys(group(c) for c in classes))
    right = np.array([names[b] == group(golds[i]) for b, i in zip(best, keep)], dtype=float)
    return top, right, float(right.mean())


def _detection(probabilities: np.ndarray, golds: list[str], classes: list[str],
               which: str) -> tuple[np.ndarray, np.ndarray, float]:
    """DETECT: the summed probability of the ACLED classes, whether the text is an ACLED event, and the
    accuracy of that sum at one half."""
    acled = set(acled_labels())
    top = probabilities @ np.array([c in acled for c in classes], dtype=float)
    right = np.array([gold in acled for gold in golds], dtype=float)
    return top, right, float(((top >= 0.5) == right).mean())


def export(vectoriser: DictVectorizer, model: LogisticRegression, maps: dict, out: Path) -> int:
    """Write the model file; returns the number of features kept."""
    weights = model.coef_.T.astype(np.float16)  # half precision: the weights need no more, the file half the room
    names = np.array([str(n) for n in vectoriser.get_feature_names_out()], dtype=str)
    keep = np.abs(weights).max(axis=1) >= MIN_WEIGHT
    arrays = {"format": np.array(FORMAT), "fingerprint": np.array(fingerprint()),
              "classes": np.array([str(c) for c in model.classes_]), "vocabulary": names[keep],
              "weights": weights[keep], "bias": model.intercept_.astype(np.float32)}
    for which, (x, y, _) in maps.items():
        arrays[f"calibration_{which}_x"], arrays[f"calibration_{which}_y"] = x, y
    np.savez_compressed(out, **arrays)
    return int(keep.sum())


def cross_validate(named: list[str], c: float) -> None:
    """Print held-out accuracies over the folds of every training file not named; the named ones (training
    files, or candidate files given by path) are in every fold's training: how well a model with them types
    sentences that other people wrote."""
    files = {path.name for path in DATA.glob("train_*.csv")}
    # a training file given by its path is that training file: out of the folds, not in them and beside them too
    named = [Path(name).name if Path(name).resolve() == (DATA / Path(name).name).resolve() else name for name in named]
    outside = [Path(name) for name in named if name not in files]
    if missing := [str(path) for path in outside if not path.is_file()]:
        raise SystemExit(f"--cv: no training file {', '.join(missing)} in {DATA}, nor a file of that path")
    texts, golds = read_examples(only=files - set(named))
    extra = read_examples(only=set(named) & files)
    for path in outside:
        more_texts, more_golds = read_file(path)
        extra = (extra[0] + more_texts, extra[1] + more_golds)
    probabilities, classes, tested = held_out(featurise(texts), golds, c, (featurise(extra[0]), extra[1]))
    best = [classes[i] for i in probabilities.argmax(axis=1)]
    accuracy = np.mean([b == g for b, g in zip(best, tested)])
    figures = {which: calibration(probabilities, tested, classes, which)[2] for which in CALIBRATIONS}
    print(f"{len(texts)} sentences in folds, {len(extra[0])} always trained; held-out accuracy over "
          f"{len(classes)} labels {accuracy:.3f}; " + ", ".join(f"{w} {a:.3f}" for w, a in figures.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="model file to write")
    parser.add_argument("--cv", nargs="*", metavar="FILE", help="only cross-validate, the named training files "
                        "(train_f.csv) or candidate files (a path) in every fold's training and the other training "
                        "files cut into folds; write nothing")
    args = parser.parse_args()
    if args.cv is not None:
        cross_validate(args.cv, args.c)
        return
    texts, golds = read_examples()
    rows = featurise(texts)
    probabilities, classes, tested = held_out(rows, golds, args.c)
    maps = {which: calibration(probabilities, tested, classes, which) for which in CALIBRATIONS}
    vectoriser, model = fit(rows, golds, args.c)
    kept = export(vectoriser, model, maps, args.out)
    print(f"{len(texts)} sentences, {len(classes)} classes; {kept} features kept")
    print("held-out accuracy: " + ", ".join(f"{w} {acc:.3f}" for w, (_, _, acc) in maps.items()))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
