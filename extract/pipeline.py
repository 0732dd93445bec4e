"""The steps in data-flow order: article -> sentences -> dates + place names -> places
-> events -> store. `run` is the batch facade the CLI and the dashboard call."""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import __version__
from .articles import InputError, iter_articles
from .dates import find_timexes
from .events import Context, EventExtractor
from .gazetteer import Gazetteer, countries
from .geocode import Resolver, main_country
from .merge import merge
from .models import Article, Event
from .sentences import split_sentences
from .settings import Settings
from .store import Store
from .table import event_row
from .toponyms import PlaceFinder

PLACE_KINDS = ("body", "heading")
NO_DATE_WARNING = "no publication date found (front matter, manifest, dateline or --published): relative dates stay unresolved"
Progress = Callable[[int, int], None]


@dataclass
class Summary:
    """What a run did, for the closing line and the exit code."""

    articles: int = 0
    extracted: int = 0
    unchanged: int = 0
    reports: int = 0
    events: int = 0
    warnings: list[str] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.articles} articles ({self.extracted} extracted, {self.unchanged} unchanged), "
                f"{self.reports} event reports, {self.events} events in the database, "
                f"{len(self.warnings)} warnings, {len(self.failures)} failed")


class Pipeline:
    """Extraction of one article at a time; holds the expensive, reusable parts."""

    def __init__(self, gazetteer: Gazetteer, settings: Settings | None = None) -> None:
        self.gazetteer = gazetteer
        self.settings = settings or Settings()
        self.finder = PlaceFinder(gazetteer)
        self.resolver = Resolver(gazetteer)
        self.extractor = EventExtractor(self.settings)

    def context(self, article: Article) -> Context:
        """Sentences, dates and resolved places of an article."""
        sentences = split_sentences(article)
        timexes = find_timexes(article.text, article.published)
        spans = [(s.start, s.end) for s in sentences if s.kind in PLACE_KINDS]
        toponyms, evidence = self.resolver.resolve(article.text, self.finder.find_in(article.text, spans))
        home = main_country(toponyms, evidence)
        home_place = self.gazetteer.country(home) if home else None
        return Context(article, sentences, timexes, toponyms, home, home_place)

    def extract(self, article: Article) -> list[Event]:
        """The event reports of one article, sentence by sentence."""
        return self.extractor.extract(self.context(article))


def fingerprint(article: Article) -> str:
    """Changes when the article or the extractor changes, so that the article is re-extracted."""
    parts = (__version__, article.text, str(article.published), article.date_source, article.title,
             article.source, article.url)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def run(paths: Iterable[Path], store: Store, pipeline: Pipeline, published: date | None = None,
        progress: Progress | None = None) -> Summary:
    """Extract every article under `paths` into `store`; one bad input never stops the batch."""
    summary = Summary()
    items = list(iter_articles(list(paths), published, pipeline.settings))
    known = store.fingerprints()
    for done, item in enumerate(items, start=1):
        _run_one(item, store, pipeline, known, summary)
        if progress:
            progress(done, len(items))
    rebuild_events(store, pipeline.gazetteer, pipeline.settings, summary)
    return summary


def _run_one(item: Article | InputError, store: Store, pipeline: Pipeline, known: dict[str, str],
             summary: Summary) -> None:
    if isinstance(item, InputError):
        summary.failures.append(item)
        return
    summary.articles += 1
    mark = fingerprint(item)
    if known.get(item.doc_id) == mark:
        summary.unchanged += 1
        return
    warnings = [f"{item.path}: {NO_DATE_WARNING}"] if item.published is None else []
    reports = pipeline.extract(item)
    store.save_article(item, mark, reports, warnings)
    summary.extracted += 1
    summary.reports += len(reports)
    summary.warnings.extend(warnings)


def rebuild_events(store: Store, gazetteer: Gazetteer, settings: Settings, summary: Summary | None = None) -> int:
    """Merge every stored report into events and rewrite the events table."""
    articles = store.articles()
    events = merge(store.reports(), settings.merge_distance_km)
    names = countries()
    rows, sources = [], {}
    for event in events:
        row = event_row(event, articles[event.doc_id], names)
        row["country_code"] = event.place.country_code if event.place else ""
        rows.append(row)
        sources[row["event_id"]] = event.sources
    store.replace_events(rows, sources)
    if summary is not None:
        summary.events = len(rows)
    return len(rows)
