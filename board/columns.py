"""The events frame's columns, and how each is read from SQLite and typed (Arrow, then pandas).

The ground floor of reading events: data.py reads the frame with these, counts.py keeps counts of the same
values, so that both agree cell for cell.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

# The frame holds what the filters, map, timelines and metrics need, in a fixed order. Long per-event
# texts (the sentence, its offsets, the publication date) stay in the database and are read for the
# rows shown (with_texts, sentence_matches): a million events then fit well within the memory target.
DATE_COLUMNS = ("event_date", "date_start", "date_end")
# Repeated labels become categoricals: a million events then take a fraction of the memory and
# `isin` filters compare small integer codes. (The reviewer's name is read with the event's review panel:
# no filter, chart or table column uses it, and each column costs about 0.1 CPU-s a million rows.)
LABEL_COLUMNS = ("date_precision", "event_type", "sub_event_type", "actor1", "actor2", "location", "admin1",
                 "country", "doc_id", "source", "reviewed")
NUMBER_COLUMNS = ("latitude", "longitude", "place_precision", "fatalities", "confidence")   # missing: NaN
COUNT_COLUMNS = ("report_count",)
FRAME_COLUMNS = ("event_id", *DATE_COLUMNS, *LABEL_COLUMNS, *NUMBER_COLUMNS, *COUNT_COLUMNS)
# What the first page's metrics, map (counts per grid cell) and timelines draw for the default view, while a
# big database with no snapshot yet is read whole (dashboard.first_page): from the counts kept in the
# database (counts.py), or read from every event where it keeps none.
PREVIEW_COLUMNS = ("event_date", "event_type", "doc_id", "latitude", "longitude", "fatalities")
# SQLite's +Inf: numbers travel as REAL with no NULL in them, since the Arrow reader infers a column's
# type from its first rows and fails on a later row of another type; turned back into NaN on arrival.
MISSING_NUMBER = "9e999"


def read_value(column: str, row: str = "") -> str:
    """The SQL reading a column with one type and no NULL (see MISSING_NUMBER); `row` names the row it is
    read from when one must be named (a trigger's NEW or OLD)."""
    named = f"{row}.{column}" if row else column
    if column in NUMBER_COLUMNS:    # numbers stored as text ('' for unknown) count as missing
        return f"CASE WHEN typeof({named}) IN ('integer', 'real') THEN CAST({named} AS REAL) ELSE {MISSING_NUMBER} END"
    if column in COUNT_COLUMNS:
        return f"CAST(IFNULL({named}, 0) AS INTEGER)"
    return f"CAST(IFNULL({named}, '') AS TEXT)"


def _kind(column: str) -> pa.DataType:
    """How a column is kept in Arrow once typed."""
    if column in DATE_COLUMNS:
        return pa.timestamp("us")
    if column in LABEL_COLUMNS:
        return pa.dictionary(pa.int32(), pa.string())
    return pa.float64() if column in NUMBER_COLUMNS else pa.int64() if column in COUNT_COLUMNS else pa.string()


def typed_schema(columns: tuple[str, ...]) -> pa.Schema:
    """The Arrow schema of these frame columns once typed."""
    return pa.schema([(column, _kind(column)) for column in columns])


def typed_batch(batch: pa.RecordBatch, schema: pa.Schema) -> pa.RecordBatch:
    """A batch as read (text, numbers) with its dates parsed ('' is null) and its labels dictionary-encoded."""
    columns = []
    for column in schema.names:
        values = batch.column(column)
        if column in DATE_COLUMNS:
            values = pc.strptime(values, format="%Y-%m-%d", unit="us", error_is_null=True)
        elif column in LABEL_COLUMNS:
            values = pc.dictionary_encode(values)
        else:   # a copy: a column kept as read would keep its whole batch (all its texts) alive
            values = values.copy_to(pa.default_cpu_memory_manager())
        columns.append(values.cast(schema.field(column).type))   # the first batch's guess made certain
    return pa.RecordBatch.from_arrays(columns, schema=schema)


def frame_column(name: str, values: pa.ChunkedArray, order: np.ndarray | None) -> pd.Series | np.ndarray:
    """One typed column as the frame keeps it, in `order` (None: as read): labels categorical with sorted
    categories, numbers with NaN for missing. Ordered once typed: taking a label's codes is far cheaper
    than its strings."""
    if name in NUMBER_COLUMNS:
        numbers = values.to_numpy() if order is None else values.to_numpy()[order]
        return np.where(np.isinf(numbers), np.nan, numbers)
    ordered = (values if order is None else values.take(order)).to_pandas()
    if name in LABEL_COLUMNS:
        return ordered.cat.set_categories(ordered.cat.categories.sort_values())   # codes follow the sorted labels
    return ordered
