"""Extraction over a Dask cluster: a LocalCluster of worker processes here, or a running scheduler.

Dask distributed is the engine (scheduling, transfer, failures); this module only cuts the
articles into chunks, keeps a bounded number of them in flight per worker (bounded memory), and
builds the pipeline once per worker process from the settings (gazetteer files at the same paths
on every machine). The parent stores what comes back, in whatever order it comes.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

from .models import Article
from .settings import Settings
from .workers import Outcome, extract_safely

if TYPE_CHECKING:
    from distributed import Client, LocalCluster

    from .pipeline import Pipeline

LOCAL = "local"
CHUNK = 32  # articles per task
IN_FLIGHT_PER_WORKER = 3  # tasks queued per worker: enough to keep it busy, few enough to bound memory
QUIET = {"distributed.worker.profile.enabled": False}
LOOPBACK = "127.0.0.1"  # a local cluster listens on loopback only, its status page on a free port


@contextmanager
def connect(address: str, workers: int) -> Iterator["Client"]:
    """A client of the scheduler at `address`, or of a LocalCluster of `workers` processes on loopback."""
    from distributed import Client  # a second or two to import: only when asked for

    if address != LOCAL:
        with Client(address) as client:
            yield client
        return
    with local_cluster(workers) as local, Client(local) as client:
        yield client


@contextmanager
def local_cluster(workers: int) -> Iterator["LocalCluster"]:
    """A LocalCluster of `workers` single-threaded processes on loopback, without the workers'
    statistical profiler (it samples every 10 ms, for a status page nobody here looks at)."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(QUIET), LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                              host=LOOPBACK, dashboard_address=f"{LOOPBACK}:0") as local:
        yield local


def extract_on(client: "Client", settings: Settings, articles: Sequence[Article]) -> Iterator[tuple[Article, Outcome]]:
    """(article, outcome) for each article as the cluster's workers finish them."""
    from distributed import as_completed

    chunks = (list(articles[i:i + CHUNK]) for i in range(0, len(articles), CHUNK))
    limit = IN_FLIGHT_PER_WORKER * max(1, len(client.nthreads()))
    sent = {client.submit(extract_chunk, settings, chunk, pure=False): chunk for chunk in islice(chunks, limit)}
    running = as_completed(list(sent))
    for future in running:
        yield from zip(sent.pop(future), future.result())
        future.release()
        for chunk in islice(chunks, 1):
            later = client.submit(extract_chunk, settings, chunk, pure=False)
            sent[later] = chunk
            running.add(later)


def extract_chunk(settings: Settings, articles: Sequence[Article]) -> list[Outcome]:
    """On a worker: the outcomes of some articles, with the worker's one pipeline."""
    pipeline = worker_pipeline(settings)
    return [extract_safely(pipeline, article) for article in articles]


@cache
def worker_pipeline(settings: Settings) -> "Pipeline":
    """The pipeline of this worker process, built on its first task."""
    from .gazetteer import Gazetteer
    from .pipeline import Pipeline

    return Pipeline(Gazetteer.from_settings(settings), settings)
