"""The reports as a Parquet dataset: a part file per batch of extracted articles.

Readable on its own with pandas (`pd.read_parquet(DIR)`), DuckDB or Dask, for archives too big for
one SQLite file. A part is written before its articles are stored, so what the store holds is
always in the dataset; a run that dies between the two extracts those articles again, and their
rows, identical, appear in two parts (`drop_duplicates` removes them).
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .articles import InternalError
from .models import Article
from .store import REPORT_COLUMNS, report_record
from .workers import Outcome

PART_ARTICLES = 2000  # articles per part file: parts of a few MB, as Parquet readers like them
INTEGERS = ("geonameid", "population", "geo_precision", "fatalities", "char_start", "char_end", "background",
            "trigger_start", "trigger_end")
FLOATS = ("latitude", "longitude", "confidence")
SCHEMA = pa.schema([(c, pa.int64() if c in INTEGERS else pa.float64() if c in FLOATS else pa.string())
                    for c in REPORT_COLUMNS])


def write_parts(outcomes: Iterable[tuple[Article, Outcome]], folder: Path) -> Iterator[tuple[Article, Outcome]]:
    """Pass the outcomes on, after writing the reports of each PART_ARTICLES articles as one part file."""
    folder.mkdir(parents=True, exist_ok=True)
    batch: list[tuple[Article, Outcome]] = []
    for item in outcomes:
        batch.append(item)
        if len(batch) == PART_ARTICLES:
            yield from _written(batch, folder)
            batch = []
    yield from _written(batch, folder)


def _written(batch: list[tuple[Article, Outcome]], folder: Path) -> list[tuple[Article, Outcome]]:
    """Write one part (named after its articles, so the same batch writes the same file) and return the batch."""
    if batch:
        records = [_typed(report_record(r)) for _, outcome in batch if not isinstance(outcome, InternalError)
                   for r in outcome]
        name = hashlib.sha1("\n".join(a.doc_id for a, _ in batch).encode("utf-8", "surrogatepass")).hexdigest()[:16]
        temporary = folder / f".part-{name}.parquet.tmp"
        pq.write_table(pa.Table.from_pylist(records, schema=SCHEMA), temporary)
        temporary.replace(folder / f"part-{name}.parquet")  # whole parts only: a reader never sees half a file
    return batch


def _typed(record: dict[str, object]) -> dict[str, object]:
    """A record in SCHEMA's types: a column not known to be a number is text (a field added later too)."""
    return {c: v if v is None or c in INTEGERS or c in FLOATS else str(v) for c, v in record.items()}
