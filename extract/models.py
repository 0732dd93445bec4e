"""The domain: frozen value types passed between the steps of the data flow.

Every span (sentence, timex, toponym, event) keeps its character offsets into the
article text it came from, so any result can be traced back to its source.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

PRECISIONS = ("day", "week", "month", "year")
DATE_SOURCES = ("front_matter", "manifest", "jsonl", "dateline", "cli", "none")
SENTENCE_KINDS = ("body", "heading", "link", "byline", "caption", "dateline")
# ACLED geo-precision: the town itself, near it or part of it (a site, a plant), only its region, only its country.
GEO_TOWN, GEO_NEAR_TOWN, GEO_REGION, GEO_COUNTRY = 1, 2, 3, 4
GEO_PRECISIONS = (GEO_TOWN, GEO_NEAR_TOWN, GEO_REGION, GEO_COUNTRY)
# How an event's place and date were chosen (extract/event_places.py, extract/event_dates.py): in its sentence,
# or from where else.
PLACE_HOWS = ("sentence", "nearby", "article focus", "country", "none")
DATE_HOWS = ("stated", "context", "window", "none")


def _check_span(start: int, end: int, what: str) -> None:
    if not 0 <= start <= end:
        raise ValueError(f"{what}: bad character span [{start}, {end})")


@dataclass(frozen=True)
class Article:
    """One news article: its text (front matter removed) and what is known about it."""

    doc_id: str
    text: str
    path: str = ""
    published: date | None = None
    date_source: str = "none"
    title: str = ""
    source: str = ""
    url: str = ""
    dateline_end: int = 0  # text before this offset is the dateline, not event text
    dateline_place: str = ""
    source_key: str = ""  # what tells two sources apart: the resolved path (and line or id in a JSONL file)
    id_given: bool = False  # the id was written in the input (front matter, JSONL, manifest), not made from the path

    def __post_init__(self) -> None:
        if not self.doc_id:
            raise ValueError("Article needs a doc_id")
        if self.date_source not in DATE_SOURCES:
            raise ValueError(f"date_source {self.date_source!r} is not one of {DATE_SOURCES}")
        if self.published is None and self.date_source != "none":
            raise ValueError("an article without a publication date has date_source 'none'")


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article with its offsets, paragraph number and kind."""

    text: str
    start: int
    end: int
    paragraph: int
    kind: str = "body"

    def __post_init__(self) -> None:
        _check_span(self.start, self.end, "Sentence")
        if self.kind not in SENTENCE_KINDS:
            raise ValueError(f"Sentence kind {self.kind!r} is not one of {SENTENCE_KINDS}")


@dataclass(frozen=True)
class Timex:
    """A temporal expression and, when it can be resolved, the interval it denotes.

    `value` follows TimeML (2013-01-18, 2013-W03, 2012-07, P1W, PAST_REF, XXXX-07).
    `date_start`/`date_end` are inclusive; both are None when the expression cannot be
    anchored (a relative date in an article with no publication date, a duration).
    `mod` is the TimeML modifier (EARLY, MID, LATE, APPROX, START, END, BEFORE, AFTER, ...).
    """

    text: str
    start: int
    end: int
    type: str
    value: str
    date_start: date | None = None
    date_end: date | None = None
    precision: str | None = None
    mod: str | None = None

    def __post_init__(self) -> None:
        _check_span(self.start, self.end, "Timex")
        if self.type not in ("DATE", "TIME", "DURATION", "SET"):
            raise ValueError(f"Timex type {self.type!r} is not DATE, TIME, DURATION or SET")
        if self.precision is not None and self.precision not in PRECISIONS:
            raise ValueError(f"Timex precision {self.precision!r} is not one of {PRECISIONS}")
        if (self.date_start is None) != (self.date_end is None):
            raise ValueError("Timex interval needs both ends or neither")
        if self.date_start and self.date_end and self.date_start > self.date_end:
            raise ValueError(f"Timex interval ends before it starts: {self.text!r}")

    @property
    def resolved(self) -> bool:
        return self.date_start is not None


@dataclass(frozen=True)
class Place:
    """One gazetteer entry (a GeoNames row, or a row of our supplement)."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    country_code: str
    feature_class: str = "P"
    feature_code: str = "PPL"
    admin1_code: str = ""
    admin1_name: str = ""
    population: int = 0

    def __post_init__(self) -> None:
        if not -90.0 <= self.latitude <= 90.0:
            raise ValueError(f"Place {self.name!r}: latitude {self.latitude} outside [-90, 90]")
        if not -180.0 <= self.longitude <= 180.0:
            raise ValueError(f"Place {self.name!r}: longitude {self.longitude} outside [-180, 180]")

    @property
    def is_country(self) -> bool:
        return self.feature_code.startswith("PCL")

    @property
    def is_region(self) -> bool:
        return self.feature_class == "A" and not self.is_country


@dataclass(frozen=True)
class Toponym:
    """A place-name mention in the text, with the place chosen for it (if any)."""

    text: str
    start: int
    end: int
    place: Place | None = None
    confidence: float = 0.0

    def __post_init__(self) -> None:
        _check_span(self.start, self.end, "Toponym")


@dataclass(frozen=True)
class Source:
    """Where an event was reported: one sentence of one article."""

    doc_id: str
    sentence: str
    char_start: int
    char_end: int

    def __post_init__(self) -> None:
        _check_span(self.char_start, self.char_end, "Source")


@dataclass(frozen=True)
class Event:
    """One ACLED-style event, with its provenance."""

    event_type: str
    sub_event_type: str
    doc_id: str
    sentence: str
    char_start: int
    char_end: int
    date_start: date | None = None
    date_end: date | None = None
    time_precision: str | None = None
    actor1: str = ""
    actor2: str = ""
    place: Place | None = None
    location: str = ""
    geo_precision: int | None = None
    fatalities: int | None = None
    confidence: float = 0.0
    notes: str = ""
    report_count: int = 1
    sources: tuple[Source, ...] = field(default_factory=tuple)
    # provenance: the span that typed the event, its typing score, and how the place and date were chosen
    trigger_start: int | None = None
    trigger_end: int | None = None
    typing_score: float | None = None
    place_how: str = ""
    date_how: str = ""
    # history the article recalls ("abandoned last year", "the 2012 coup"): stored for review, never an event
    background: bool = False

    @property
    def trigger_in_sentence(self) -> tuple[int, int] | None:
        """The trigger's span as offsets into `sentence`, or None where no trigger was kept."""
        if self.trigger_start is None or self.trigger_end is None:
            return None
        return self.trigger_start - self.char_start, self.trigger_end - self.char_start

    def __post_init__(self) -> None:
        _check_span(self.char_start, self.char_end, "Event")
        if self.trigger_start is not None:
            _check_span(self.trigger_start, self.trigger_end if self.trigger_end is not None else -1, "Event trigger")
        if self.place_how and self.place_how not in PLACE_HOWS:
            raise ValueError(f"place_how {self.place_how!r} is not one of {PLACE_HOWS}")
        if self.date_how and self.date_how not in DATE_HOWS:
            raise ValueError(f"date_how {self.date_how!r} is not one of {DATE_HOWS}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"Event confidence {self.confidence} outside [0, 1]")
        if self.geo_precision is not None and self.geo_precision not in GEO_PRECISIONS:
            raise ValueError(f"geo_precision {self.geo_precision} is not 1, 2, 3 or 4")
        if self.time_precision is not None and self.time_precision not in PRECISIONS:
            raise ValueError(f"time_precision {self.time_precision!r} is not one of {PRECISIONS}")


# A reviewer's decisions on an event (extract/review.py); "undo" takes back an earlier action.
REVIEW_ACTIONS = ("confirm", "reject", "correct", "merge", "split", "undo")


@dataclass(frozen=True)
class ReviewAction:
    """One reviewer decision, anchored on a report sentence (article id + span), never on an event id,
    which changes when events are merged again. `fields`: what it sets (correct), the other event's
    anchor (merge) or the spans moved out (split), the undone action's uid (undo); `before`: the values
    it replaced when it was made."""

    uid: str
    action: str
    doc_id: str
    char_start: int
    char_end: int
    sentence: str
    anchor_type: str  # the extracted sub-event type, telling apart two events of one sentence
    reviewer: str
    at: str  # UTC time, ISO 8601: the newer of two conflicting actions wins
    fields: dict = field(default_factory=dict)
    before: dict = field(default_factory=dict)
    why: str = ""

    def __post_init__(self) -> None:
        _check_span(self.char_start, self.char_end, "ReviewAction")
        if self.action not in REVIEW_ACTIONS:
            raise ValueError(f"review action {self.action!r} is not one of {', '.join(REVIEW_ACTIONS)}")
        if not self.reviewer.strip():
            raise ValueError("a review action needs a reviewer name")
        if not self.uid or not self.doc_id or not self.at:
            raise ValueError("a review action needs a uid, an article id and a time")
