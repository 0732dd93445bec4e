"""Reviewing events in the dashboard: status filter and count, the review panel of one event (confirm,
reject, correct, merge, split, audit trail, undo) and the unknown places with "add to gazetteer".

Pure functions first (tested without Streamlit), then the render functions dashboard.py calls.
Every save goes through extract.review in one write transaction, so a run writing meanwhile loses nothing.
"""
from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from board import data, figures, filters, opening, state

from extract import review
from extract.gazetteer import Gazetteer, countries, demonyms
from extract.gazetteer_import import add_place
from extract.models import PRECISIONS, Place
from extract.names import name_key
from extract.settings import Settings
from extract.store import Store, sources_of
from extract.table import FLAGGED, REJECTED, REVIEW_STATUSES, UNREVIEWED
from extract.tables import lines
from extract.vocabulary import acled_labels

if TYPE_CHECKING:    # imported where it runs (see board/data.py)
    from extract.pipeline import Pipeline

DEFAULT_STATUSES = tuple(s for s in REVIEW_STATUSES if s != REJECTED)  # rejected events hidden by default
TO_REVIEW = (UNREVIEWED, FLAGGED)
VAGUE_PRECISION = 4  # our place_precision: only the country is known
# A run of capitalised words (with inner hyphens or apostrophes): a name the gazetteer may not know.
NAME_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
POSSESSIVE = re.compile(r"['’]s$")  # "Mali's north" names Mali
NOT_NAMES = frozenset(w.lower() for w in (*calendar.month_name[1:], *calendar.day_name))
MAX_MERGE_OPTIONS = 500
# The pick-a-place map: a grid of faint points over the country, so that a click anywhere gives
# coordinates (plotly reports clicks on points only); about this many points, no finer than the step.
PICK_POINTS = 8_000
MIN_PICK_STEP = 0.01
PICK_COLOR = "#1f77b4"
PICK_HEIGHT = 380
SENTENCE_CHARS = 90


# --- pure functions ---------------------------------------------------------------------------------

def with_status(frame: pd.DataFrame, statuses: tuple[str, ...]) -> pd.DataFrame:
    """The events whose review status is one of `statuses` (all of them when none is chosen)."""
    return filters.subset(frame, frame["reviewed"].isin(statuses).to_numpy() if statuses else None)


def to_review(frame: pd.DataFrame) -> int:
    """How many events nobody has reviewed yet, or whose correction no longer applies."""
    return int(frame["reviewed"].isin(TO_REVIEW).sum())


def changes(row: Mapping, proposed: Mapping) -> dict:
    """The proposed values that differ from the event's (what a correction should set)."""
    return {name: value for name, value in proposed.items() if _plain(row.get(name)) != _plain(value)}


def _plain(value: object) -> object:
    """Values as the store keeps them: dates as ISO text, whole floats as ints, NaN and "" as None."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return None if value != value else int(value) if value.is_integer() else value
    return None if value == "" else value


def candidate_names(sentence: str, known: Callable[[str], bool]) -> list[str]:
    """Names in a sentence that may be places the gazetteer lacks: capitalised runs that are not
    known places, peoples, months or days, nor one common word opening the sentence."""
    common = _common_words()
    found = []
    for match in NAME_RUN.finditer(sentence):
        words = POSSESSIVE.sub("", match.group()).strip(" '’-").split()
        while match.start() == 0 and len(words) > 1 and words[0].lower() in common:  # "The French ..." opening
            words = words[1:]
        name = " ".join(words)
        words = name.lower().split()
        if not name or words[-1] in NOT_NAMES or name_key(name) in demonyms() or known(name):
            continue
        if len(words) == 1 and (words[0] in common or match.start() == 0):
            continue
        found.append(name)
    return list(dict.fromkeys(found))


def _common_words() -> frozenset[str]:
    return frozenset(lines("common_words.txt")) | frozenset(lines("not_places.txt"))


def needs_place(frame: pd.DataFrame) -> np.ndarray:
    """Events placed only at country level or not at all."""
    return (frame["place_precision"].fillna(VAGUE_PRECISION) >= VAGUE_PRECISION).to_numpy()


def unknown_places(frame: pd.DataFrame, known: Callable[[str], bool]) -> pd.DataFrame:
    """Names in the sentences of events placed only at country level or not at all, with their articles."""
    found: dict[str, dict] = {}
    for event in frame[needs_place(frame)].itertuples():
        for name in candidate_names(str(event.sentence), known):
            entry = found.setdefault(name, {"name": name, "country": str(event.country), "events": 0, "articles": set()})
            entry["events"] += 1
            entry["articles"].add(str(event.doc_id))
    rows = [entry | {"articles": ", ".join(sorted(entry["articles"]))} for entry in found.values()]
    return pd.DataFrame(rows, columns=["name", "country", "events", "articles"])


def history_frame(trail: list[tuple[review.ReviewAction, str]]) -> pd.DataFrame:
    """An event's audit trail as a table: who, when, what (before and after), why, and whether it holds."""
    rows = [{"when": a.at[:19].replace("T", " "), "reviewer": a.reviewer, "action": a.action,
             "before": _shown(a.before), "after": _shown(a.fields), "why": a.why, "state": applied} for a, applied in trail]
    return pd.DataFrame(rows, columns=["when", "reviewer", "action", "before", "after", "why", "state"])


def unresolved_frame(found: list[tuple[review.ReviewAction, str]]) -> pd.DataFrame:
    """Actions that no longer apply: flagged (events near their sentence are to be reviewed again) or orphaned."""
    rows = [{"state": applied, "article": a.doc_id, "sentence": a.sentence, "action": a.action, "set": _shown(a.fields),
             "reviewer": a.reviewer, "when": a.at[:19].replace("T", " ")} for a, applied in found]
    return pd.DataFrame(rows, columns=["state", "article", "sentence", "action", "set", "reviewer", "when"])


def _shown(values: Mapping) -> str:
    return "; ".join(f"{name}: {'unknown' if value is None else value}" for name, value in values.items())


def place_label(place: Place) -> str:
    country = countries().get(place.country_code, (place.country_code, ""))[0]
    region = f"{place.admin1_name}, " if place.admin1_name else ""
    return f"{place.name} ({region}{country}; {place.latitude:.3f}, {place.longitude:.3f})"


def country_code(country: str) -> str:
    """The ISO alpha-2 code of a country name ("" when unknown)."""
    return next((code for code, (name, _) in countries().items() if name == country), "")


def country_bounds(borders: dict, iso3: str) -> tuple[float, float, float, float] | None:
    """(south, west, north, east) of a country's outline in the borders GeoJSON, or None."""
    for feature in borders["features"]:
        if feature["properties"].get("iso3") == iso3 and feature.get("geometry"):
            lons, lats = zip(*_positions(feature["geometry"]["coordinates"]))
            return min(lats), min(lons), max(lats), max(lons)
    return None


def _positions(nested: list) -> list[tuple[float, float]]:
    """The [lon, lat] positions of any GeoJSON coordinates (polygons, multipolygons)."""
    if nested and isinstance(nested[0], (int, float)):
        return [(nested[0], nested[1])]
    return [position for part in nested for position in _positions(part)]


def pick_grid(bounds: tuple[float, float, float, float], points: int = PICK_POINTS) -> tuple[np.ndarray, np.ndarray]:
    """Latitudes and longitudes of a regular grid of about `points` over (south, west, north, east)."""
    south, west, north, east = bounds
    step = max(MIN_PICK_STEP, math.sqrt(max(north - south, MIN_PICK_STEP) * max(east - west, MIN_PICK_STEP) / points))
    lat, lon = np.meshgrid(np.arange(south, north + step / 2, step), np.arange(west, east + step / 2, step),
                           indexing="ij")
    return np.round(lat.ravel(), 4), np.round(lon.ravel(), 4)


def pick_map(borders: dict | str, bounds: tuple[float, float, float, float]) -> go.Figure:
    """A map of the country on which a click picks coordinates."""
    lat, lon = pick_grid(bounds)
    corners = pd.DataFrame({"latitude": [bounds[0], bounds[2]], "longitude": [bounds[1], bounds[3]]})
    trace = go.Scattermap(lat=lat, lon=lon, mode="markers", marker={"size": 8, "opacity": 0.12, "color": PICK_COLOR},
                          hovertemplate="%{lat:.4f}, %{lon:.4f}<extra></extra>")
    layout = {"map": opening.map_layout(borders, opening.OFFLINE_STYLE, figures.fit_view(corners)),
              "margin": {"l": 0, "r": 0, "t": 0, "b": 0}, "height": PICK_HEIGHT, "showlegend": False,
              "clickmode": "event+select", "dragmode": "pan", "uirevision": "pick"}
    return go.Figure(data=[trace], layout=layout, _validate=False)


# --- saving ------------------------------------------------------------------------------------------

def save_action(db_path: Path, event_id: str, action: str, reviewer: str, fields: Mapping | None = None,
                why: str = "") -> None:
    """Make and store one action on an event, in one write transaction."""
    with Store(db_path) as store, store.write_lock() as db:
        review.save(db, [review.make(db, event_id, action, reviewer, fields, why)])


def undo_last(db_path: Path, event_id: str, reviewer: str) -> bool:
    """Take back the event's latest action in force; False when there is none."""
    with Store(db_path) as store, store.write_lock() as db:
        undo = review.undo_last(db, event_id, reviewer)
        if undo is not None:
            review.save(db, [undo])
    return undo is not None


def add_to_gazetteer(settings: Settings, name: str, latitude: float, longitude: float, country: str,
                     make_pipeline: Callable[[], Pipeline]) -> int:
    """Add a place to the user gazetteer and re-extract the stored articles that mention it; the events now stored."""
    from extract.pipeline import run
    add_place(settings.user_gazetteer_path, name, latitude, longitude, country)
    with Store(settings.db_path) as store:
        return run([], store, make_pipeline()).events


# --- rendering ---------------------------------------------------------------------------------------

def sidebar(frame: pd.DataFrame) -> tuple[str, ...]:
    """Reviewer name, the review status filter and the count still to review; the statuses chosen."""
    bar = st.sidebar
    bar.divider()
    bar.text_input("Reviewer name", value=review.reviewer_from_env(), key=state.REVIEWER,
                   help="Self-declared (there are no accounts): it is written in the audit trail of what you change.")
    statuses = bar.multiselect("Review status", REVIEW_STATUSES, default=DEFAULT_STATUSES, key=state.REVIEW_STATUS,
                               bind="query-params",
                               help="Rejected events are hidden unless chosen here.")
    bar.metric("Still to review", to_review(frame))
    return tuple(statuses)


def event_panel(shown: pd.DataFrame, selected: str | None, db_path: Path, gazetteer: Callable[[], Gazetteer]) -> None:
    """The review of one event: chosen in the table or by its id."""
    st.subheader("Review")
    _unresolved(db_path)
    typed = st.text_input("Event id to review", key=state.REVIEW_EVENT, help="Or select a row of the table.").strip()
    event_id = typed or selected
    if not event_id:
        st.caption("Select an event in the table (or type its id) to confirm, reject, correct, merge or split it.")
        return
    with Store(db_path) as store:
        row = review.reviewed_row(store.db, event_id)
        sources = sources_of(store.db, event_id) if row else []
        trail = review.history(store.db, event_id)
    if row is None:
        st.warning(f"No event {event_id} in the database.")
        return
    reviewer = str(st.session_state.get(state.REVIEWER) or "").strip()
    st.caption(f"{event_id}: {row['reviewed']}" + (f" by {row['reviewer']}" if row["reviewer"] else "")
               + f" · {row['sub_event_type']} · {row['location']} · {row['date_start']} to {row['date_end']}")
    if not reviewer:
        st.warning("Write your reviewer name in the sidebar to review.")
    _status_buttons(event_id, db_path, reviewer)
    st.markdown("**Audit trail**")
    st.dataframe(history_frame(trail), hide_index=True, key=f"trail_{event_id}")
    with st.expander("Correct", expanded=True):
        _correction_form(row, db_path, reviewer, gazetteer)
    with st.expander("Merge or split"):
        _merge_split(row, sources, shown, db_path, reviewer)


def _unresolved(db_path: Path) -> None:
    """Actions whose sentence is gone from their article's text: listed, never dropped."""
    with Store(db_path) as store:
        found = review.unresolved(store.db)
    if found:
        with st.expander(f"Corrections that no longer apply: {len(found)} (the article or its extraction changed)"):
            st.dataframe(unresolved_frame(found), hide_index=True)


def _status_buttons(event_id: str, db_path: Path, reviewer: str) -> None:
    why = st.text_input("Why (kept in the audit trail)", key=f"why_{event_id}")
    cols = st.columns(3)
    for col, label, action in ((cols[0], "Confirm", "confirm"), (cols[1], "Reject", "reject")):
        if col.button(label, key=f"{action}_{event_id}", disabled=not reviewer):
            _saved(lambda: save_action(db_path, event_id, action, reviewer, why=why), event_id)
    if cols[2].button("Undo last action", key=f"undo_{event_id}", disabled=not reviewer):
        _saved(lambda: undo_last(db_path, event_id, reviewer), event_id, "Nothing to undo.")


def _saved(save: Callable[[], object], event_id: str = "", nothing: str = "") -> None:
    """Run a save; a refused action is a message, a done one reloads the page with the new data and
    forgets the event's form (a keyed widget keeps what it showed, not the values saved or undone)."""
    try:
        done = save()
    except ValueError as problem:  # ReviewError, GazetteerError: what the reviewer asked cannot be done
        st.error(str(problem))
        return
    if done is False:
        st.info(nothing)
        return
    for name in [name for name in st.session_state if event_id and str(name).endswith(f"_{event_id}")]:
        del st.session_state[name]
    st.rerun(scope="app")


def _correction_form(row: dict, db_path: Path, reviewer: str, gazetteer: Callable[[], Gazetteer]) -> None:
    """Type, dates, place, actors, fatalities and note; only what changed is saved."""
    key = row["event_id"]
    labels = acled_labels()
    sub = st.selectbox("Sub-event type", labels, index=labels.index(row["sub_event_type"])
                       if row["sub_event_type"] in labels else 0, key=f"sub_{key}")
    cols = st.columns(3)
    start = cols[0].date_input("From", _day(row["date_start"]), key=f"from_{key}", min_value=date(1900, 1, 1))
    end = cols[1].date_input("To", _day(row["date_end"]), key=f"to_{key}", min_value=date(1900, 1, 1))
    precision = cols[2].selectbox("Date precision", PRECISIONS, index=PRECISIONS.index(row["date_precision"])
                                  if row["date_precision"] in PRECISIONS else 0, key=f"precision_{key}")
    place = _place_fields(row, gazetteer)
    cols = st.columns(2)
    actor1 = cols[0].text_input("Actor 1", row["actor1"] or "", key=f"actor1_{key}")
    actor2 = cols[1].text_input("Actor 2", row["actor2"] or "", key=f"actor2_{key}")
    cols = st.columns(2)
    unknown = cols[1].checkbox("Fatalities unknown", value=row["fatalities"] is None, key=f"unknown_{key}")
    toll = cols[0].number_input("Fatalities", 0, None, int(row["fatalities"] or 0), key=f"toll_{key}", disabled=unknown)
    note = st.text_area("Notes (the one-line description)", row["notes"] or "", key=f"note_{key}")
    proposed = {"sub_event_type": sub, "actor1": actor1, "actor2": actor2, "fatalities": None if unknown else int(toll),
                "notes": note, **place}
    if start and end:
        proposed |= {"date_start": start.isoformat(), "date_end": end.isoformat(), "date_precision": precision}
    fields = changes(row, proposed)
    for pair in (("date_start", "date_end"), ("latitude", "longitude")):   # checked together: send both
        if fields.keys() & set(pair) and all(name in proposed for name in pair):
            fields |= {name: proposed[name] for name in pair}
    if st.button("Save correction", key=f"save_{key}", disabled=not reviewer or not fields):
        why = st.session_state.get(f"why_{key}", "")
        _saved(lambda: save_action(db_path, key, "correct", reviewer, fields, why), key)


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def _place_fields(row: dict, gazetteer: Callable[[], Gazetteer]) -> dict:
    """The place chosen: kept, a gazetteer entry found by name, or typed coordinates."""
    key = row["event_id"]
    how = st.radio("Place", ["keep", "gazetteer", "coordinates"], horizontal=True, key=f"place_how_{key}",
                   format_func={"keep": f"keep {row['location'] or 'none'}", "gazetteer": "from the gazetteer",
                                "coordinates": "coordinates"}.get)
    if how == "gazetteer":
        name = st.text_input("Place name", key=f"place_name_{key}")
        found = gazetteer().lookup(name) if name.strip() else []
        if name.strip() and not found:
            st.caption("No place of that name in the gazetteer: type coordinates, or add it under Unknown places.")
        picked = st.selectbox("Gazetteer entry", found, format_func=place_label, key=f"place_pick_{key}") if found else None
        return review.place_fields(picked, 3 if picked.is_region else 4 if picked.is_country else 1) if picked else {}
    if how == "coordinates":
        cols = st.columns(4)
        name = cols[0].text_input("Name", row["location"] or "", key=f"point_name_{key}")
        lat = cols[1].number_input("Latitude", -90.0, 90.0, float(row["latitude"] or 0), format="%.4f", key=f"lat_{key}")
        lon = cols[2].number_input("Longitude", -180.0, 180.0, float(row["longitude"] or 0), format="%.4f",
                                   key=f"lon_{key}")
        code = cols[3].text_input("Country code", row["country_code"] or "", key=f"cc_{key}", max_chars=2)
        return review.point_fields(name, lat, lon, code)
    return {}


def _merge_split(row: dict, sources: list, shown: pd.DataFrame, db_path: Path, reviewer: str) -> None:
    key = row["event_id"]
    others = shown[shown["event_id"] != key].head(MAX_MERGE_OPTIONS)
    labels = {e.event_id: f"{e.event_id} · {str(e.event_date)[:10]} · {e.sub_event_type} · {e.location}"
              for e in others.itertuples()}
    other = st.selectbox("Merge this other event into it", list(labels), index=None, format_func=labels.get,
                         key=f"merge_{key}")
    if st.button("Merge", key=f"merge_go_{key}", disabled=not reviewer or other is None):
        _saved(lambda: save_action(db_path, key, "merge", reviewer, {"other": other}), key)
    movable = [s for s in sources if (s.doc_id, s.char_start, s.char_end) != (row["doc_id"], row["char_start"], row["char_end"])]
    if not movable:
        st.caption("An event of one report can only be corrected or rejected, not split.")
        return
    spans = {f"{s.doc_id} [{s.char_start}:{s.char_end}] {s.sentence[:SENTENCE_CHARS]}": [s.doc_id, s.char_start, s.char_end]
             for s in movable}
    moved = st.multiselect("Reports to split off into a new event", list(spans), key=f"split_{key}")
    if st.button("Split", key=f"split_go_{key}", disabled=not reviewer or not moved):
        _saved(lambda: save_action(db_path, key, "split", reviewer, {"spans": [spans[m] for m in moved]}), key)


def _picked_coordinates(borders: dict, country: str) -> None:
    """The pick-a-place map of the name's country: a click sets the coordinates typed below (before they are drawn)."""
    st.session_state.setdefault(state.ADD_LAT, 0.0)
    st.session_state.setdefault(state.ADD_LON, 0.0)
    iso3 = countries().get(country_code(country), ("", ""))[1]
    bounds = country_bounds(borders, iso3) if iso3 else None
    if bounds is None:
        return
    st.caption("Click the map to take its coordinates, or type them.")
    picked = st.plotly_chart(pick_map(opening.BORDERS_URL, bounds), key=state.PICK_MAP, on_select="rerun", selection_mode="points")
    points = (picked or {}).get("selection", {}).get("points", [])
    if points and points[0] != st.session_state.get(state.ADD_PICKED):
        st.session_state[state.ADD_PICKED] = points[0]
        st.session_state[state.ADD_LAT], st.session_state[state.ADD_LON] = float(points[0]["lat"]), float(points[0]["lon"])


def unknown_places_panel(shown: pd.DataFrame, settings: Settings, make_pipeline: Callable[[], Pipeline],
                         borders: dict) -> None:
    """Names the geocoder could not place (or only at country level), with their articles, and "add to gazetteer"."""
    if not st.toggle("Show unknown places", key=state.UNKNOWN_PLACES,
                     help="Names in the sentences of events placed only at country level or not at all."):
        return
    gazetteer = make_pipeline().gazetteer
    candidates = data.with_texts(shown[needs_place(shown)], settings.db_path)    # their sentences only
    names = unknown_places(candidates, lambda name: bool(gazetteer.lookup(name)))
    if names.empty:
        st.caption("No unknown names in the events in view.")
        return
    st.dataframe(names, hide_index=True, key=state.UNKNOWN_TABLE)
    name = st.selectbox("Name", list(names["name"]), key=state.ADD_NAME)
    country = names.loc[names["name"] == name, "country"].iloc[0]
    _picked_coordinates(borders, country)
    cols = st.columns(3)
    lat = cols[0].number_input("Latitude", -90.0, 90.0, format="%.4f", key=state.ADD_LAT)
    lon = cols[1].number_input("Longitude", -180.0, 180.0, format="%.4f", key=state.ADD_LON)
    code = cols[2].text_input("Country code", country_code(country), key=f"add_country_{name}", max_chars=2)
    if st.button("Add to gazetteer", key="add_place"):
        _saved(lambda: add_to_gazetteer(settings, name, lat, lon, code, make_pipeline))
