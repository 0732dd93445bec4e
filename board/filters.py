"""Pure filters over the events frame: no Streamlit here, so they are tested directly.

Every filter is a boolean mask over the frame; `apply` combines them and copies once, which
keeps a rerun over a million events fast.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from extract.models import GEO_NEAR_TOWN  # up to this precision an event is at a town or near it

ID_SEPARATOR = "|"        # between the event ids of a map point that stands for several events
# The ids of the events whose sentence contains a text: the frame leaves sentences in the database
# (data.sentence_matches searches them there).
Search = Callable[[str], Collection[str]]


@dataclass(frozen=True)
class Filters:
    """The sidebar's choices as plain values; an empty choice means no filter."""

    start: date | None = None
    end: date | None = None
    event_types: tuple[str, ...] = ()
    sub_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    text: str = ""
    min_confidence: float = 0.0
    vague: bool = True     # show events known only to a region or country
    undated: bool = True   # keep events without a date whatever the date range (they are in no range)


def apply(events: pd.DataFrame, chosen: Filters, dates: bool = True, search: Search | None = None) -> pd.DataFrame:
    """The events passing every filter (the date range only when `dates`; the text through `search`)."""
    return subset(events, mask(events, chosen, dates, search))


def subset(events: pd.DataFrame, keep: np.ndarray | None) -> pd.DataFrame:
    """The rows `keep` marks (all when None). The frame itself when that is every row: the app's frame
    is shared and never changed in place, and copying a million rows takes about half a second.
    Taken by position: a boolean mask over the Arrow-backed columns cost three times as much
    (0.26 against 0.09 CPU-s for 900k of a million rows), the same rows in the same order."""
    if keep is None or keep.all():
        return events
    return events.take(np.flatnonzero(keep))


def mask(events: pd.DataFrame, chosen: Filters, dates: bool = True, search: Search | None = None) -> np.ndarray:
    keep = np.ones(len(events), dtype=bool)
    parts = [
        date_mask(events, chosen.start, chosen.end, chosen.undated) if dates else None,
        values_mask(events, "event_type", chosen.event_types),
        values_mask(events, "sub_event_type", chosen.sub_types),
        actors_mask(events, chosen.actors),
        values_mask(events, "country", chosen.countries),
        values_mask(events, "admin1", chosen.regions),
        values_mask(events, "source", chosen.sources),
        values_mask(events, "doc_id", chosen.articles),
        text_mask(events, chosen.text, search),
        confidence_mask(events, chosen.min_confidence),
        None if chosen.vague else ~vague(events),
    ]
    for part in parts:
        if part is not None:
            keep &= part
    return keep


def date_mask(events: pd.DataFrame, start: date | None, end: date | None, undated: bool = False) -> np.ndarray | None:
    """Events whose interval overlaps [start, end], and undated events when `undated`."""
    if start is None and end is None:
        return None
    low = pd.Timestamp(start or date.min)
    high = pd.Timestamp(end or date.max)
    keep = ((events["date_end"] >= low) & (events["date_start"] <= high)).to_numpy()
    return keep | events["date_start"].isna().to_numpy() if undated else keep


def values_mask(events: pd.DataFrame, column: str, chosen: Sequence[str]) -> np.ndarray | None:
    return events[column].isin(chosen).to_numpy() if chosen else None


def actors_mask(events: pd.DataFrame, chosen: Sequence[str]) -> np.ndarray | None:
    """Either side of the event is one of `chosen`."""
    if not chosen:
        return None
    return (events["actor1"].isin(chosen) | events["actor2"].isin(chosen)).to_numpy()


def text_mask(events: pd.DataFrame, text: str, search: Search | None) -> np.ndarray | None:
    """The source sentence contains `text` (as `search` finds it)."""
    if not text.strip():
        return None
    if search is None:
        raise ValueError("a text filter needs a search over the sentences (data.sentence_matches)")
    return events["event_id"].isin(list(search(text.strip()))).to_numpy()


def confidence_mask(events: pd.DataFrame, minimum: float) -> np.ndarray | None:
    return (events["confidence"] >= minimum).to_numpy() if minimum > 0 else None


def vague(events: pd.DataFrame) -> np.ndarray:
    """Events placed only at a region or country point."""
    return (events["place_precision"].fillna(0) > GEO_NEAR_TOWN).to_numpy()


def located(events: pd.DataFrame) -> np.ndarray:
    """Which events have coordinates."""
    return (events["latitude"].notna() & events["longitude"].notna()).to_numpy()


def cell_ids(events: pd.DataFrame, size: float) -> np.ndarray:
    """The grid cell of each event, as one integer (row-major from the south-west corner)."""
    rows = np.floor((events["latitude"].to_numpy(dtype=float) + 90) / size).astype(np.int64)
    cols = np.floor((events["longitude"].to_numpy(dtype=float) + 180) / size).astype(np.int64)
    return rows * int(round(360 / size)) + cols


def selected(events: pd.DataFrame, keys: Iterable[str | int], cell_size: float) -> pd.DataFrame:
    """The events a map selection names: event ids (text; a cluster's joined by ID_SEPARATOR), or grid
    cell numbers when aggregated."""
    keys = list(keys)
    cells = [int(k) for k in keys if not isinstance(k, str)]
    ids = [i for k in keys if isinstance(k, str) for i in k.split(ID_SEPARATOR)]     # a cluster carries several
    keep = events["event_id"].isin(ids).to_numpy()
    if cells:
        in_cells = np.isin(cell_ids(events.fillna({"latitude": 0, "longitude": 0}), cell_size), cells)
        keep = keep | (located(events) & in_cells)
    return subset(events, keep)


def date_bounds(events: pd.DataFrame) -> tuple[date, date] | None:
    """The first and last day of any event (min and max skip the undated); at least two days apart
    so that a slider has a range."""
    low, high = events["date_start"].min(), events["date_end"].max()
    if pd.isna(low) or pd.isna(high):
        return None
    return low.date(), max(high.date(), low.date() + timedelta(days=1))


def within(window: tuple[date, date], bounds: tuple[date, date]) -> tuple[date, date] | None:
    """The part of `window` inside `bounds`, or None when they do not meet."""
    start, end = max(window[0], bounds[0]), min(window[1], bounds[1])
    return (start, end) if start <= end else None


def play_window(first: date, last: date, step: int, length_days: int, step_days: int,
                cumulative: bool = False) -> tuple[date, date]:
    """The date window shown at `step` of a playback from `first` to `last`."""
    start = min(first + timedelta(days=step * step_days), last)
    end = min(start + timedelta(days=length_days - 1), last)
    return (first if cumulative else start), end


def play_steps(first: date, last: date, length_days: int, step_days: int) -> int:
    """How many steps a playback takes until its window reaches `last`."""
    span = (last - first).days - (length_days - 1)
    return max(0, -(-span // step_days)) + 1


# A timer tick comes about one period after the last; network and run-time jitter can make it look
# a little early, so a step is due from this share of the period on.
TICK_SLACK = 0.8


def step_due(now: float, last_step: float | None, seconds: float) -> bool:
    """Whether a playback step is due at `now` (seconds on a monotonic clock): the first run after
    Play, or a period after the last step. Other reruns (a click on the map or the table, a filter)
    come in between and must not move the window."""
    return last_step is None or now - last_step >= TICK_SLACK * seconds
