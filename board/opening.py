"""The page's opening, sent before the dashboard imports its heavy modules: the head and the map's background.

In a fresh server the script's imports (pandas, Arrow and the SQLite driver) take about half a CPU-second
before anything can be sent. Sent first, the background map has the browser fetch and compile plotly's
bundle (4.7 MB; the longest part of a first map in software WebGL) on the other core meanwhile. So this
module imports only what a fresh server already holds (Streamlit, plotly) and its own light parts.
"""
from __future__ import annotations

from pathlib import Path

import plotly.graph_objects as go
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from . import state

PAGE_CSS = Path(__file__).parent / "page.css"    # how the page's stale elements dim (see the file)
# Served by Streamlit as a static file (`enableStaticServing`), so the map names it by URL instead of
# carrying 176 KB of outlines in every map it sends (plotly deep-copied them twice a rerun too).
BORDERS_URL = "app/static/borders.geojson"      # relative: MapLibre resolves it against the page
OFFLINE_STYLE = "white-bg"
MAP_STYLES = {"Offline: country borders": OFFLINE_STYLE, "Online tiles: OpenStreetMap": "open-street-map"}
LAND_COLOR, BORDER_COLOR = "#f0f0ec", "#9a9a9a"
DEFAULT_VIEW = {"center": {"lat": 16.0, "lon": -2.0}, "zoom": 3.5}
MAP_HEIGHT = 380           # pixels: with the title and the metrics, the timeline starts on a 1366x768 screen


def start() -> DeltaGenerator:
    """The page's title and style, and a slot for the map: the background map in it on a session's first
    run (the later runs have their page on screen; a first page may be drawn in the slot, see dashboard.py)."""
    st.set_page_config(page_title="Conflict events", layout="wide")
    st.title("Conflict events")
    st.html(PAGE_CSS)        # style only: sent to the page's event container, it takes no room
    slot = st.empty()
    if not st.session_state.get(state.BASE_MAP):
        st.session_state[state.BASE_MAP] = True
        slot.plotly_chart(base_map(BORDERS_URL), width="stretch")
    return slot


def base_map(borders: dict | str) -> go.Figure:
    """The offline map's background alone (no events)."""
    layout = {"map": map_layout(borders, OFFLINE_STYLE, DEFAULT_VIEW), "height": MAP_HEIGHT,
              "margin": {"l": 0, "r": 0, "t": 0, "b": 0}}
    return go.Figure(layout=layout, _validate=False)


def map_layout(borders: dict | str, style: str, view: dict, labels: list[dict] = ()) -> dict:
    """Map settings; the borders layer (and the names) are what make the offline style readable. `borders`
    is a GeoJSON or the URL of one (the app's: BORDERS_URL)."""
    offline = style == OFFLINE_STYLE
    layer = {"sourcetype": "geojson", "source": borders, "below": "traces",
             "type": "fill" if offline else "line", "color": LAND_COLOR if offline else BORDER_COLOR,
             "fill": {"outlinecolor": BORDER_COLOR}, "line": {"width": 0.6}}
    return {"style": style, "layers": [layer, *(labels if offline else [])], **view}
