"""The steps in data-flow order: article -> sentences -> dates + place names -> places
-> events -> store. `run` is the batch facade the CLI and the dashboard call."""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import ahocorasick_rs

from .areas import with_areas
from .articles import InputError, InternalError, document_article, iter_articles
from .cluster import connect, extract_on
from .dates import find_timexes
from .events import Context, EventExtractor
from .gazetteer import Gazetteer, countries
from .geocode import Resolver, main_country
from .incremental import merge_pending
from .merge import merge
from .models import Article, Event
from .names import loose_key
from .parquet import write_parts
from .sentences import split_sentences
from .fingerprint import article_fingerprint, extractor_fingerprint
from .settings import Settings
from .store import Stamp, Store
from .table import event_row, renamed
from .toponyms import PlaceFinder
from .user_gazetteer import EVERYTHING
from .workers import Outcome, extract_all

PLACE_KINDS = ("body", "heading", "dateline")
NO_DATE_WARNING = "no publication date found (front matter, manifest, dateline or --published): relative dates stay unresolved"
Progress = Callable[[int, int], None]
SUFFIX_DIGITS = 8
USER_GAZETTEER_STATE = "user_gazetteer"  # meta: the user gazetteer state the stored articles reflect


@dataclass
class Summary:
    """What a run did, for the closing line and the exit code."""

    articles: int = 0
    extracted: int = 0
    unchanged: int = 0
    refreshed: int = 0
    reports: int = 0
    events: int = 0
    warnings: list[str] = field(default_factory=list)
    rejected: list[InputError] = field(default_factory=list)
    internal: list[InternalError] = field(default_factory=list)

    @property
    def failures(self) -> list[InputError | InternalError]:
        """Every input that was not stored: rejected ones and those our bugs stopped."""
        return [*self.rejected, *self.internal]

    def line(self) -> str:
        refreshed = f", {self.refreshed} stored articles re-extracted" if self.refreshed else ""
        return (f"{self.articles} articles ({self.extracted} extracted, {self.unchanged} unchanged{refreshed}), "
                f"{self.reports} event reports, {self.events} events in the database, "
                f"{len(self.warnings)} warnings, {len(self.rejected)} rejected, {len(self.internal)} internal errors")


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
        toponyms = with_areas(article.text, spans, toponyms, home, self.gazetteer)  # "the Tirah region", "the capital"
        home_place = self.gazetteer.country(home) if home else None
        return Context(article, sentences, timexes, toponyms, home, home_place)

    def extract(self, article: Article) -> list[Event]:
        """The event reports of one article, sentence by sentence."""
        return self.extractor.extract(self.context(article))


@dataclass(frozen=True)
class Scale:
    """How a run spreads its work: processes here or a Dask cluster, a Parquet copy, a full re-merge."""

    workers: int = 1
    dask: str | None = None  # "local" (a LocalCluster here) or a scheduler's address
    parquet: Path | None = None  # also write the reports as a Parquet dataset here
    remerge: bool = False  # merge every stored report again instead of only the new ones


def run(paths: Iterable[Path], store: Store, pipeline: Pipeline, published: date | None = None,
        progress: Progress | None = None, force: bool = False, scale: Scale = Scale()) -> Summary:
    """Extract every article under `paths` into `store`; one bad input never stops the batch.

    Stored articles that an older extractor produced are re-extracted from their stored text too,
    so the database never mixes results of two versions; `force` re-extracts every article named.
    However `scale` spreads the extraction, the results are those of one process; the new reports
    are merged into the stored events (`scale.remerge`: every report is merged again)."""
    summary = Summary()
    extractor = extractor_fingerprint(pipeline.settings)
    mark_user_gazetteer_changes(store, pipeline.gazetteer)
    stamps = store.stamps()
    batch = _readable(iter_articles(list(paths), published, pipeline.settings), summary)
    batch = assign_ids(batch, stamps, summary)
    named = {a.doc_id for a in batch}
    todo = [a for a in batch if force or _changed(a, stamps.get(a.doc_id), extractor)]
    todo += list(_stale_stored(store, stamps, extractor, named))
    summary.articles, summary.unchanged = len(batch), len(batch) - len(named & {a.doc_id for a in todo})
    with _extraction(pipeline, todo, scale) as outcomes:
        store_all(outcomes, store, extractor, summary, named, progress, len(todo))
    summary.events = merge_pending(store, pipeline.settings, scale.remerge)
    return summary


@contextmanager
def _extraction(pipeline: Pipeline, articles: list[Article], scale: Scale) -> Iterator[Iterable[tuple[Article, Outcome]]]:
    """The articles' outcomes from this process, a pool of processes or a Dask cluster (open while read)."""
    with connect(scale.dask, scale.workers) if scale.dask and articles else nullcontext() as client:
        outcomes = extract_on(client, pipeline.settings, articles) if client else \
            extract_all(pipeline, articles, scale.workers)
        yield write_parts(outcomes, scale.parquet) if scale.parquet else outcomes


def store_all(outcomes: Iterable[tuple[Article, Outcome]], store: Store, extractor: str, summary: Summary,
              named: set[str], progress: Progress | None = None, total: int = 0) -> None:
    """Store each extracted article (an internal error goes to the summary); `named`: the batch's ids."""
    total += summary.unchanged
    if progress and summary.unchanged:
        progress(summary.unchanged, total)
    for done, (article, outcome) in enumerate(outcomes, start=summary.unchanged + 1):
        if isinstance(outcome, InternalError):
            summary.internal.append(outcome)
        else:
            _store_one(article, outcome, store, extractor, summary, in_batch=article.doc_id in named)
        if progress:
            progress(done, total)


def mark_user_gazetteer_changes(store: Store, gazetteer: Gazetteer) -> None:
    """Have the stored articles that mention a name the user gazetteer added, changed or removed
    since the last run re-extracted (all of them when what changed is unknown)."""
    seen = store.get_meta(USER_GAZETTEER_STATE) or ""
    state, keys = gazetteer.user_changes(seen)
    if EVERYTHING in keys:
        store.mark_stale()
    elif keys:
        store.mark_stale(mentioning(store.texts(), keys))
    if state != seen:
        store.set_meta(USER_GAZETTEER_STATE, state)


def mentioning(texts: Iterable[tuple[str, str]], keys: set[str]) -> list[str]:
    """The ids of the texts in which one of the name keys stands as whole words (punctuation aside)."""
    patterns = sorted({f" {loose_key(k)} " for k in keys if loose_key(k)})
    if not patterns:
        return []
    automaton = ahocorasick_rs.AhoCorasick(patterns)
    return [doc_id for doc_id, text in texts if automaton.find_matches_as_indexes(f" {loose_key(text)} ")]


def _readable(items: Iterable[Article | InputError | InternalError], summary: Summary) -> list[Article]:
    """The readable articles; the rest go to the summary as rejected input or internal errors."""
    articles = []
    for item in items:
        if isinstance(item, Article):
            articles.append(item)
        elif isinstance(item, InternalError):
            summary.internal.append(item)
        else:
            summary.rejected.append(item)
    return articles


def assign_ids(articles: list[Article], stamps: dict[str, Stamp], summary: Summary) -> list[Article]:
    """Ids that are unique per source and do not depend on the order of reading.

    A source stored before keeps its stored id. Where several sources claim one id, the stored
    source holds it (else the one source, or the first by key among ids written in the input);
    an id made from a path that another source holds gets a suffix from the source key, and an id
    written in the input that another source holds is refused: no input replaces another's article."""
    stored_id = {stamp.source_key: doc_id for doc_id, stamp in stamps.items() if stamp.source_key}
    unique = {a.source_key: a for a in reversed(articles)}  # a file named twice is read once
    claims: dict[str, list[Article]] = defaultdict(list)
    for article in unique.values():
        claims[stored_id.get(article.source_key, article.doc_id)].append(article)
    settled: dict[str, Article] = {}
    for doc_id, group in claims.items():
        holder = _holder(group, stamps[doc_id].source_key if doc_id in stamps else "")
        for article in group:
            settled[article.source_key] = _settle(replace(article, doc_id=doc_id), holder, summary)
    return [a for key in dict.fromkeys(a.source_key for a in articles) if (a := settled[key]) is not None]


def _holder(group: list[Article], owner: str) -> str:
    """The source that keeps a claimed id (empty: none of them)."""
    sources = {a.source_key for a in group}
    if owner:
        return owner
    if len(sources) == 1:
        return next(iter(sources))
    return min((a.source_key for a in group if a.id_given), default="")


def _settle(article: Article, holder: str, summary: Summary) -> Article | None:
    if article.source_key == holder:
        return article
    if article.id_given:
        summary.rejected.append(InputError(article.path, f"id {article.doc_id!r} is already used by {holder}; "
                                                         "give this article another id"))
        return None
    return replace(article, doc_id=f"{article.doc_id}~{_short_hash(article.source_key)}")


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:SUFFIX_DIGITS]


def _changed(article: Article, stamp: Stamp | None, extractor: str) -> bool:
    return stamp is None or stamp.extractor != extractor or stamp.fingerprint != article_fingerprint(article)


def _stale_stored(store: Store, stamps: dict[str, Stamp], extractor: str, named: set[str]) -> Iterable[Article]:
    """Stored articles, not in this batch, that an older extractor produced: read back with their text."""
    for doc_id in sorted(d for d, stamp in stamps.items() if stamp.extractor != extractor and d not in named):
        article = store.stored_article(doc_id)
        if article is not None:
            yield article


def _store_one(article: Article, reports: list[Event], store: Store, extractor: str, summary: Summary,
               in_batch: bool) -> None:
    """Store one article and its reports; count it as named in the batch or as re-extracted."""
    warnings = [f"{article.path}: {NO_DATE_WARNING}"] if article.published is None and in_batch else []
    store.save_article(article, article_fingerprint(article), reports, warnings, extractor)
    summary.extracted += in_batch
    summary.refreshed += not in_batch
    summary.reports += len(reports)
    summary.warnings.extend(warnings)


def document_events(pipeline: Pipeline, record: dict) -> dict:
    """{"id", "text", "published"?} -> {"id", "events": [export rows]}: one document's events, its own
    reports merged (a story told twice in it is one event), never merged with another document's."""
    article = document_article(record)
    names = countries()
    rows = [event_row(e, article, names) for e in merge(pipeline.extract(article), pipeline.settings.merge_distance_km)]
    seen: Counter = Counter()
    for row in rows:  # two events of one sentence share a base id: -2, -3 in the document's order
        seen[row["event_id"]] += 1
        if seen[row["event_id"]] > 1:
            renamed(row, f"{row['event_id']}-{seen[row['event_id']]}")
    return {"id": record["id"], "events": rows}
