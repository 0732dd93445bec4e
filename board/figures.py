"""Figure builders: plain functions from a frame to a plotly figure."""
from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

EXACT_PRECISION = 2       # geo_precision 1-2: a town or near it; 3-4 region or country
VAGUE_OPACITY, EXACT_OPACITY = 0.35, 0.9
MAP_CENTER = {"lat": 16.0, "lon": -2.0}
MAP_ZOOM = 3.5


def event_map(events: pd.DataFrame) -> go.Figure:
    """Events as points on an offline (tile-less) map, coloured by type; vague places faded."""
    shown = events.assign(size=events["fatalities"].fillna(0).clip(upper=50) + 6,
                          where=events["geo_precision"].map(lambda p: "town" if p <= EXACT_PRECISION else "region/country"))
    figure = px.scatter_map(shown, lat="latitude", lon="longitude", color="event_type", size="size",
                            hover_name="location", hover_data={"event_date": "|%Y-%m-%d", "time_precision": True,
                                                               "actor1": True, "where": True, "size": False},
                            custom_data=["event_id"], map_style="white-bg", center=MAP_CENTER, zoom=MAP_ZOOM)
    for trace in figure.data:
        vague = [p > EXACT_PRECISION for p in shown.loc[shown["event_type"] == trace.name, "geo_precision"]]
        trace.marker.opacity = [VAGUE_OPACITY if v else EXACT_OPACITY for v in vague]
    figure.update_layout(margin={"l": 0, "r": 0, "t": 0, "b": 0}, uirevision="map", legend_title_text="")
    return figure


def timeline(events: pd.DataFrame) -> go.Figure:
    """Events per week, stacked by type (each event counted at its representative day)."""
    weekly = (events.assign(week=events["event_date"].dt.to_period("W").dt.start_time)
              .groupby(["week", "event_type"]).size().rename("events").reset_index())
    figure = px.bar(weekly, x="week", y="events", color="event_type")
    figure.update_layout(margin={"l": 0, "r": 0, "t": 10, "b": 0}, legend_title_text="", xaxis_title="")
    return figure
