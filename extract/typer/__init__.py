"""Event typing: a text -> its best label (an ACLED sub-event type or one of the five other classes),
a calibrated score and the evidence span; and, for the pipeline, the likeliest event types of a sentence.

Two stages: a linear model over word families, their pairs and cue phrases (`words`, `model`),
then rules inside an event type from context (data/typing/refine.csv: a peaceful protest where
stones were thrown is a violent demonstration).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import numpy as np

from .. import tables
from ..phrases import alternation, other_senses
from ..vocabulary import NO_EVENT, acled_labels, event_type_of, is_acled, labels
from .words import features, may_have_cue, span_of
from .model import ModelError, TypingModel, softmax

LABEL_SETS = ("all", "acled")
EVENTS = "events"  # the pipeline's decision: all classes and "None" (no event)
DETECT = "detect"  # the pipeline's other decision: does the text report any ACLED event
TYPES = "types"    # and, where a rule trigger already says one happened, which ACLED event type it is
LIKELIER = 0.5     # an ACLED event type comes first only when an ACLED event is likelier than not
EVIDENCE_TRIES = 4  # strongest features tried for an evidence span that holds an event word

# the month March, which the features would read as a march: after a word of time or before a number ("on March
# 26", "since March", "March 2018"); not "Thousands March in Paris", nor a march's name ("Women's March 2019")
MONTH_MARCH = re.compile(r"(?<![\w-])(?:(?P<before>(?:in|on|since|until|till|from|by|of|early|late|mid|last|next|this"
                         r"|through|to)\s+)(?-i:March)\b|(?<!['’]s\s)(?-i:March)(?=\s+\d))", re.I)

# words whose other sense names a thing or a person ("riot police", "anti-riot gear", "a mob boss", "a protest leader";
# other_senses.csv), with the sides of that table read for each: the features would read them as the act, so they are
# blanked where the neighbour says so ("in protest" stays: a protest's reason as often as a resignation's)
NAMING_WORDS = {"riot": ("after", "before"), "mob": ("after",), "mobs": ("after",), "protest": ("after",),
                "protests": ("after",)}
CARRIED = frozenset({"sign", "signs", "poster", "posters", "placard", "placards"})  # held up, they are the protest

__all__ = ["DETECT", "EVENTS", "LABEL_SETS", "ModelError", "TYPES", "Typed", "Typer"]


@dataclass(frozen=True)
class Typed:
    """A label for a text, its calibrated score and the span that shows it."""

    label: str
    event_type: str  # "" outside ACLED
    score: float
    start: int
    end: int


def without_other_senses(text: str, start: int, end: int) -> str:
    """The text with each month March in text[start:end] blanked (`MONTH_MARCH`) and each word of `NAMING_WORDS` in
    its other sense, every offset kept; the text itself when the span holds none (a plain look first: most spans
    hold no such word)."""
    lowered = text[start:end].lower()
    months = "march" in lowered and text.find("March", start, end) >= 0
    if not months and not any(word in lowered for word in NAMING_WORDS):
        return text
    blanked = MONTH_MARCH.sub(lambda m: (m.group("before") or "") + " " * len("March"), text[start:end]) \
        if months else text[start:end]
    return text[:start] + _naming_words().sub(lambda m: " " * len(m.group()), blanked) + text[end:]


@cache
def _naming_words() -> re.Pattern:
    """`NAMING_WORDS` where other_senses.csv gives them another sense by the word after ("riot police") or before
    ("anti-riot", its neighbour with it)."""
    senses = other_senses()

    def neighbours(word: str, side: str) -> str:
        return alternation(sorted(senses[word][side] - CARRIED)) if side in NAMING_WORDS[word] else ""
    forms = [rf"\b{word}(?=[\s-]+{after})" for word in NAMING_WORDS if (after := neighbours(word, "after"))]
    forms += [rf"{before}[\s-]+{word}\b" for word in NAMING_WORDS if (before := neighbours(word, "before"))]  # whole
    return re.compile("|".join(forms), re.I)


@cache
def _refinements() -> tuple[tuple[str, str, str, str], ...]:
    """(label, cue, becomes, unless_before) rows of data/typing/refine.csv, cues as feature names."""
    return tuple((row["label"], "c:" + row["cue"], row["becomes"], row["unless_before"] and "c:" + row["unless_before"])
                 for row in tables.rows("typing/refine.csv"))


def refine(label: str, names: list[str], text: str, start: int, end: int) -> tuple[str, str | None]:
    """The label after the second-stage rules, and the cue that changed it (if one did)."""
    for before, cue, after, unless in _refinements():
        if label == before and cue in names and not (unless in names and _earlier(unless, cue, text, start, end)):
            return after, cue
    return label, None


def _earlier(first: str, second: str, text: str, start: int, end: int) -> bool:
    """True when cue `first` shows in the text before cue `second`."""
    return span_of(first, text, start, end)[0] < span_of(second, text, start, end)[0]


def group(label: str) -> str:
    """What the pipeline decides between: an ACLED event type, or a class outside ACLED, or "None"."""
    return event_type_of(label) or label if label != NO_EVENT else NO_EVENT


def group_matrix(classes: tuple[str, ...]) -> np.ndarray:
    """(groups, classes) 0/1 matrix: multiplying probabilities by it sums them per group."""
    names = list(dict.fromkeys(group(c) for c in classes))
    return np.array([[group(c) == name for c in classes] for name in names], dtype=float)


class Typer:
    """Labels texts with the shipped model (or the one given)."""

    def __init__(self, model: TypingModel | None = None) -> None:
        self.model = model or TypingModel.load()
        classes = self.model.classes
        self.masks = {"all": np.array([c in labels() for c in classes], dtype=float),
                      "acled": np.array([c in acled_labels() for c in classes], dtype=float)}
        self.groups = group_matrix(classes)
        self.acled_groups = (self.groups @ self.masks["acled"]) > 0  # groups that are ACLED event types

    def classify(self, text: str, start: int = 0, end: int | None = None, which: str = "all") -> Typed:
        """The best label of text[start:end] among the label set `which` ("all": 30, "acled": 25)."""
        end = len(text) if end is None else end
        text = without_other_senses(text, start, end)
        names = features(text, start, end)
        rows = self.model.rows(names)
        probabilities = softmax(self.model.logits(rows), self.masks[which])
        best = int(probabilities.argmax())
        score = self.model.calibrated(float(probabilities[best]), which)
        return self._typed(text, start, end, names, rows, best, score)

    def ranked(self, text: str, start: int, end: int, threshold: float = 0.0, detect: bool = True) -> list[Typed]:
        """The likeliest event type of a sentence (an ACLED event type, another class or "None") and the
        runner-up when it scores at least `threshold`; each labelled with its likeliest sub-event type.

        The best ACLED event type is scored by the calibrated chance that the sentence reports any ACLED
        event (the summed probability of the 25 sub-event types), and comes first when that reaches the
        threshold (and one half): doubt between Attack and Armed clash is no doubt that something
        happened. Other groups are scored by their own calibrated summed probability. With `detect` False
        (a rule trigger already says an event happened) an ACLED event type is scored by its calibrated
        share of the ACLED classes' probability (which type, given that one happened), and the typer
        overrules the rule's type when sure of its own. Only an ACLED type at the threshold gets its
        evidence span (finding it costs more than the rest), for only those become events."""
        text = without_other_senses(text, start, end)
        names = features(text, start, end)
        rows = self.model.rows(names)
        probabilities = softmax(self.model.logits(rows))
        summed = self.groups @ probabilities
        order = [int(g) for g in np.argsort(-summed)]
        best_acled = next(g for g in order if self.acled_groups[g])
        acled = float(probabilities @ self.masks["acled"])
        scores = {g: self._group_score(g, summed, acled, detect) for g in order[:2]}
        detected = self.model.calibrated(acled, DETECT) if detect else 0.0
        if detected >= max(threshold, LIKELIER):
            scores[best_acled] = detected
            order.remove(best_acled)
            order.insert(0, best_acled)
        first, second = order[:2]
        scores.setdefault(second, self._group_score(second, summed, acled, detect))
        chosen = [first] + ([second] if scores[second] >= threshold else [])
        typed = []
        for g in chosen:
            best = int(np.argmax(probabilities * self.groups[g]))
            label = self.model.classes[best]
            if scores[g] >= threshold and is_acled(label):
                typed.append(self._typed(text, start, end, names, rows, best, scores[g]))
            else:
                typed.append(Typed(label, event_type_of(label) if label != NO_EVENT else "", round(scores[g], 3),
                                   start, start))
        # a runner-up refined into the first's event type (a protest where stones flew is a riot) is the same event
        return typed[:1] + [t for t in typed[1:] if not t.event_type or t.event_type != typed[0].event_type]

    def _group_score(self, g: int, summed: np.ndarray, acled: float, detect: bool) -> float:
        """A group's calibrated score: its summed probability; for an ACLED event type where a rule already
        found an event (`detect` False), its share of the ACLED classes' probability."""
        if detect or not self.acled_groups[g]:
            return self.model.calibrated(float(summed[g]), EVENTS)
        return self.model.calibrated(float(summed[g]) / max(acled, 1e-9), TYPES)

    def _typed(self, text: str, start: int, end: int, names: list[str], rows: list[tuple[str, int]], best: int,
               score: float) -> Typed:
        """The label at index `best`, refined by context, with its (calibrated) score and evidence span."""
        label, cue = refine(self.model.classes[best], names, text, start, end)
        span = span_of(cue, text, start, end) if cue else self._evidence(rows, best, text, start, end)
        return Typed(label, event_type_of(label) if label != NO_EVENT else "", round(score, 3), *span)

    def _evidence(self, rows: list[tuple[str, int]], best: int, text: str, start: int, end: int) -> tuple[int, int]:
        """Where the known features that speak most for class `best` show: the first of the strongest few
        that holds an event word ("bombs" rather than "Air" in "Air Force bombs"), else the strongest."""
        if not rows:
            return start, start
        weights = self.model.weights[[row for _, row in rows], best]
        strongest = [rows[int(i)][0] for i in np.argsort(-weights)[:EVIDENCE_TRIES]]
        first = span_of(strongest[0], text, start, end)
        if may_have_cue(text, *first):
            return first
        spans = (span_of(name, text, start, end) for name in strongest[1:])   # found one by one: most stop early
        return next((s for s in spans if may_have_cue(text, *s)), first)
