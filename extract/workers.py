"""Extraction spread over the cores of one machine: a pool of forked worker processes.

The parent builds the pipeline (gazetteer, name automaton) once; forked workers share it by
copy-on-write instead of rebuilding it (the automaton cannot be pickled), so start-up is paid once.
Workers only extract; the parent alone writes to SQLite. Results come back in the articles' order,
so a run with N workers stores what a run with one stores.
"""
from __future__ import annotations

import os
import signal
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import TYPE_CHECKING

from .articles import InternalError, internal_error
from .models import Article, Event

if TYPE_CHECKING:
    from .pipeline import Pipeline

CHUNK = 16  # articles per task: enough to hide the cost of sending them, small enough for a lively progress bar
MIN_ARTICLES_PER_PROCESS = 2 * CHUNK  # below this a process costs more than it saves
Outcome = list[Event] | InternalError
_PIPELINE = None  # the parent's pipeline, inherited by each forked worker


def default_workers() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def extract_safely(pipeline: "Pipeline", article: Article) -> Outcome:
    """The article's reports, or the internal error (our bug) that stopped its extraction."""
    try:
        return pipeline.extract(article)
    except Exception as err:  # noqa: BLE001 - one article must not stop a batch of ten thousand
        return internal_error(article.path or article.doc_id, err)


def extract_all(pipeline: "Pipeline", articles: Sequence[Article], workers: int = 1) -> Iterator[tuple[Article, Outcome]]:
    """(article, outcome) for each article, in order, over up to `workers` processes."""
    processes = min(workers, len(articles) // MIN_ARTICLES_PER_PROCESS)
    if processes <= 1:
        yield from ((article, extract_safely(pipeline, article)) for article in articles)
        return
    chunks = [articles[i:i + CHUNK] for i in range(0, len(articles), CHUNK)]
    with ProcessPoolExecutor(processes, mp_context=get_context("fork"), initializer=_adopt,
                             initargs=(pipeline,)) as pool:
        try:
            for chunk, outcomes in zip(chunks, pool.map(_extract_chunk, chunks)):
                yield from zip(chunk, outcomes)
        except BaseException:  # Ctrl-C or a closed generator: do not wait for the chunks not started
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _adopt(pipeline: "Pipeline") -> None:
    """Worker start: take the parent's pipeline; Ctrl-C is the parent's to handle."""
    global _PIPELINE
    _PIPELINE = pipeline
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_chunk(articles: Sequence[Article]) -> list[Outcome]:
    """In a worker: the outcomes of some articles, with the inherited pipeline."""
    return [extract_safely(_PIPELINE, article) for article in articles]
