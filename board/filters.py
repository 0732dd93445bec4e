"""Pure filters over the events frame: no Streamlit here, so they are tested directly."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pandas as pd


def by_dates(events: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    """Events whose interval overlaps [start, end]; undated events are kept out."""
    low, high = pd.Timestamp(start), pd.Timestamp(end)
    return events[(events["date_end"] >= low) & (events["date_start"] <= high)]


def by_values(events: pd.DataFrame, column: str, chosen: Sequence[str]) -> pd.DataFrame:
    """Events whose `column` is one of `chosen`; an empty choice means no filter."""
    return events[events[column].isin(chosen)] if chosen else events


def by_confidence(events: pd.DataFrame, minimum: float) -> pd.DataFrame:
    return events[events["confidence"] >= minimum]


def placed(events: pd.DataFrame) -> pd.DataFrame:
    """Events with coordinates (the map's); the rest are listed and counted, never dropped silently."""
    return events.dropna(subset=["latitude", "longitude"])
