"""Pure text and date helpers for what the page shows (no Streamlit here)."""
from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

# The table's columns and their headers, in order.
HEADERS = {
    "event_date": "Date", "date_precision": "Date precision", "event_type": "Event type",
    "sub_event_type": "Sub-event type", "actor1": "Actor 1", "actor2": "Actor 2", "location": "Place",
    "admin1": "Region", "country": "Country", "fatalities": "Fatalities", "report_count": "Reports",
    "confidence": "Confidence", "source": "Source", "doc_id": "Article", "sentence": "Sentence",
    "reviewed": "Review",
}
MARKDOWN_SPECIALS = frozenset("\\`*_{}[]<>()#+-.!|~$:")


def highlighted(text: str, start: int, end: int) -> str:
    """Markdown of `text` with [start, end) highlighted; markdown characters in the article escaped."""
    return escaped(text[:start]) + ":orange-background[**" + escaped(text[start:end]) + "**]" + escaped(text[end:])


def escaped(part: str) -> str:
    """`part` as literal markdown: specials escaped, line breaks kept."""
    marked = "".join("\\" + c if c in MARKDOWN_SPECIALS else c for c in part)
    return marked.replace("\n", "  \n")


def is_iso_date(text: str) -> bool:
    """Whether `text` is a date written exactly as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def window_text(window: tuple[date, date]) -> str:
    """'14 Jan 2013 – 20 Jan 2013 (7 days)'."""
    start, end = window
    return f"{start:%d %b %Y} – {end:%d %b %Y} ({(end - start + timedelta(days=1)).days} days)"


def plain(rows: pd.DataFrame) -> pd.DataFrame:
    """Labels as plain text for display (the grid shows an empty categorical label as 'None'). Only the
    labels the rows use are turned into text: a column of the whole frame may have tens of thousands."""
    return rows.assign(**{c: rows[c].cat.remove_unused_categories().astype(str)
                          for c in rows.columns if isinstance(rows[c].dtype, pd.CategoricalDtype)})
