"""Conflict events dashboard: map, timeline, filters, source sentences, CSV export.

Run: streamlit run dashboard.py. This script only composes; the parts live in board/.
"""
from __future__ import annotations

import io
import os
from pathlib import Path

import streamlit as st

from board import data, figures, filters
from extract.settings import Settings
from extract.table import write_csv

# The environment can point the app at another database (the browser test uses a temporary one).
DB_PATH = Path(os.environ.get("CONFLICT_EVENTS_DB") or Settings().db_path)


@st.cache_data
def events(db_mtime: float):
    """The events frame; the database's modification time keys the cache."""
    return data.load_events(DB_PATH)


def ensure_database() -> None:
    if DB_PATH.exists():
        return
    bar = st.progress(0.0, text="Building the events database from the sample corpus ...")
    data.build_database(DB_PATH, lambda done, total: bar.progress(done / total, text=f"{done}/{total} articles"))
    bar.empty()


def sidebar(all_events):
    """The filter widgets; returns plain values."""
    dated = all_events.dropna(subset=["date_start"])
    low, high = dated["date_start"].min().date(), dated["date_end"].max().date()
    span = st.sidebar.slider("Dates", min_value=low, max_value=high, value=(low, high))
    types = st.sidebar.multiselect("Event types", sorted(all_events["event_type"].unique()))
    minimum = st.sidebar.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05)
    return span, types, minimum


def main() -> None:
    st.set_page_config(page_title="Conflict events", layout="wide")
    st.title("Conflict events")
    ensure_database()
    all_events = events(DB_PATH.stat().st_mtime)
    (start, end), types, minimum = sidebar(all_events)
    shown = filters.by_confidence(filters.by_values(filters.by_dates(all_events, start, end), "event_type", types), minimum)
    on_map = filters.placed(shown)
    left, right = st.columns(2)
    left.metric("Events in view", len(shown))
    right.metric("Without coordinates", len(shown) - len(on_map))
    if shown.empty:
        st.info("No events match these filters.")
        return
    st.plotly_chart(figures.event_map(on_map), width="stretch")
    st.plotly_chart(figures.timeline(shown), width="stretch")
    picked = st.dataframe(shown, hide_index=True, on_select="rerun", selection_mode="single-row")
    rows = picked.selection.rows if picked else []
    if rows:
        source(shown.iloc[rows[0]])
    buffer = io.StringIO()
    write_csv(shown.assign(**{c: shown[c].dt.strftime("%Y-%m-%d") for c in ("event_date", "date_start", "date_end")})
              .to_dict("records"), buffer)
    st.download_button("Download CSV", buffer.getvalue(), file_name="events.csv", mime="text/csv")


def source(event) -> None:
    """The event's article with its source sentence highlighted."""
    text = data.article_text(DB_PATH, event["doc_id"])
    start, end = int(event["char_start"]), int(event["char_end"])
    st.subheader(f"{event['doc_id']} ({event['source']}, published {event['published']})")
    st.markdown(text[:start].replace("\n", "  \n") + f"**:orange[{text[start:end]}]**" + text[end:].replace("\n", "  \n"))


main()
