"""Place names drawn as images over the offline map: no font leaves the machine."""
from __future__ import annotations

import base64
import io
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from board import labels, mercator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import build_label_places  # noqa: E402  (a tool script, not a package)

PLACES = pd.DataFrame({"name": ["Gao", "Konna", "Timbuktu", "Bamako", "Kidal", "Diabaly"],
                       "latitude": [16.27, 14.95, 16.77, 12.65, 18.44, 14.69],
                       "longitude": [-0.04, -3.89, -3.01, -8.0, 1.41, -6.02], "weight": [17, 7, 5, 3, 4, 2]})
VIEW = {"center": {"lat": 15.5, "lon": -3.0}, "zoom": 4.6}
NO_TOWNS = pd.DataFrame({"name": [], "latitude": [], "longitude": [], "population": []})


def picture(layer: dict) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(base64.b64decode(layer["source"].split(",", 1)[1]))).convert("RGBA"))


def inked(layer: dict) -> int:
    return int((picture(layer)[:, :, 3] > 0).sum())


def towns(*rows: tuple[str, float, float, int]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["name", "latitude", "longitude", "population"])


def test_each_zoom_band_has_an_image_over_the_view_and_names_more_places():
    layers = labels.label_layers(PLACES, VIEW, labels.read_towns())
    assert [(layer["minzoom"], layer["maxzoom"]) for layer in layers] == [(0, 4.5), (4.5, 5.5), (5.5, 24)]
    assert all(layer["source"].startswith("data:image/png;base64,") for layer in layers)   # nothing to fetch
    for layer in layers:
        (west, north), _, (east, south), _ = layer["coordinates"]
        assert west < VIEW["center"]["lon"] < east and south < VIEW["center"]["lat"] < north
    widths = [layer["coordinates"][1][0] - layer["coordinates"][0][0] for layer in layers]
    assert widths == sorted(widths, reverse=True)          # closer bands cover less ground, in more detail
    assert all(inked(layer) > 0 for layer in layers)


def test_each_picture_is_cut_to_its_names_and_keeps_them_in_place():
    """The browser decodes and draws every pixel sent (labels.render): a band's picture is cut to its names'
    ink (with the halo), and its corners put each pixel where the uncut picture had it."""
    shipped = labels.read_towns()
    for (zoom, _, box, chosen), layer in zip(labels.bands(PLACES, VIEW, shipped), labels.label_layers(PLACES, VIEW, shipped)):
        ink = picture(layer)[:, :, 3] > 0
        rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
        edge = labels.STROKE + 4          # the halo, the ink box's own pixel, rounding
        assert rows[0] <= edge and cols[0] <= edge and ink.shape[0] - rows[-1] <= edge and ink.shape[1] - cols[-1] <= edge
        (west, north), _, (east, south), _ = layer["coordinates"]
        (x0, x1), (y0, y1) = mercator.world_pixels(np.array([west, east]), np.array([north, south]), zoom)
        assert (round(x1 - x0), round(y1 - y0)) == (ink.shape[1], ink.shape[0])     # one pixel a pixel at its zoom
        left, top = labels.picture_origin(box, zoom)
        assert all(x0 < left + label.x < x1 and y0 < top + label.y < y1 for label in chosen)
        assert ink.size < labels.WINDOW[0] * labels.WINDOW[1] / 2


def test_zooming_in_keeps_the_names_and_adds_more_on_screen():
    shipped = labels.read_towns()
    where = pd.concat([PLACES, shipped]).assign(text=lambda f: f["name"].map(labels.drawable)).drop_duplicates("text")
    bands = labels.bands(PLACES, VIEW, shipped)
    for (_, _, _, wide), (zoom, _, _, close) in zip(bands, bands[1:]):
        screen = labels.within(where, labels.window(VIEW["center"], zoom, labels.FOCUS))["text"]
        before = {label.text for label in wide} & set(screen)
        after = {label.text for label in close} & set(screen)
        assert before < after           # on the closer band's screen: every name stays, and more come


def test_a_town_without_events_is_named_where_no_event_is():
    [layer, *_] = labels.label_layers(PLACES.head(0), VIEW, towns(("Mopti", 14.48, -4.18, 186_000)))
    assert inked(layer) > 0


def test_nothing_to_name_gives_no_layers():
    assert labels.label_layers(PLACES.head(0), VIEW, NO_TOWNS) == []
    assert labels.label_layers(PLACES.head(0), VIEW) == []


def named(places: list[tuple[str, float, float]], town_rows: list[tuple[str, float, float]], zoom: int = 5,
          points: list[tuple[float, float]] = ()) -> list[str]:
    """The names `layout` places: event places (most reported first), then towns (most populous first);
    `points` are further event places, unnamed, whose points town names must keep off."""
    spots = pd.DataFrame([*((lat, lon) for _, lat, lon in places), *points], columns=["latitude", "longitude"])
    frame = pd.DataFrame(places, columns=["name", "latitude", "longitude"])
    box = labels.window({"lat": 15.0, "lon": -2.0}, zoom)
    return [label.text for label in labels.layout(frame, towns(*(row + (1,) for row in town_rows)), spots, box, zoom)]


# (event places, towns, zoom, other event points, names drawn): no name covers another; a town's name
# keeps off events' points; events' names come first.
@pytest.mark.parametrize("places, town_rows, zoom, points, drawn", [
    ([("Alpha", 15.0, 0.0), ("Beta", 15.001, 0.001)], [], 5, [], ["Alpha"]),                  # one pixel apart
    ([("Alpha", 15.0, 0.0), ("Beta", 15.001, 0.001)], [], 13, [], ["Alpha", "Beta"]),          # far apart up close
    ([("Alpha", 15.0, 0.0), ("Beta", 16.0, 0.0)], [], 5, [], ["Alpha", "Beta"]),               # a line of text apart
    ([("Alpha", 15.0, 0.0), ("Beta", 15.0, 0.5)], [], 5, [], ["Alpha"]),                       # Beta's name runs into Alpha's
    ([("Gao", 16.27, -0.04)], [("Gao", 16.27, -0.04)], 5, [], ["Gao"]),                        # a town with events: named once
    ([("Gao", 16.27, -0.04)], [("Mopti", 14.48, -4.18)], 5, [], ["Gao", "Mopti"]),
    ([], [("Mopti", 14.48, -4.18), ("Sevare", 14.53, -4.10)], 5, [], ["Mopti"]),              # the bigger town wins
    ([], [("Mopti", 14.48, -4.18)], 5, [(14.48, -4.0)], []),                                  # would cover an event's point
    ([], [("Mopti", 14.48, -4.18)], 5, [(13.0, -4.0)], ["Mopti"]),
    ([("Léré", 15.71, -4.91), ("دمشق", 14.0, -6.0)], [], 5, [], ["Lere"]),                   # the font's letters only
])
def test_names_never_pile_up(places, town_rows, zoom, points, drawn):
    assert named(places, town_rows, zoom, points) == drawn


@pytest.mark.parametrize("seed, zoom", [(0, 3), (1, 5), (2, 7)])
def test_no_two_placed_names_overlap_in_a_crowd(seed, zoom):
    rng = np.random.default_rng(seed)
    crowd = pd.DataFrame({"name": [f"Place {k}" for k in range(300)], "latitude": rng.uniform(13, 17, 300),
                          "longitude": rng.uniform(-5, 1, 300), "population": rng.integers(1, 10**6, 300)})
    box = labels.window({"lat": 15.0, "lon": -2.0}, zoom)
    placed = labels.layout(crowd.head(100), crowd.tail(200), crowd.head(100), box, zoom)
    boxes = [label.box for label in placed]
    assert len(placed) > 5
    assert not any(labels.meets(one, boxes[:i]) for i, one in enumerate(boxes))


def test_each_band_adds_towns_by_population_rank():
    many = towns(*((f"Town {k}", 10 + (k % 20) * 0.9, -12 + (k // 20) * 1.5, 10_000 - k) for k in range(400)))
    view = {"center": {"lat": 18.5, "lon": 3.0}, "zoom": 3.0}
    counts = []
    for band, zoom in enumerate((3, 4, 5)):
        box = labels.window(view["center"], zoom)
        chosen = labels.layout(PLACES.head(0), labels.within(many, box).head(labels.TOWNS_PER_BAND[band]),
                               PLACES.head(0), box, zoom)
        counts.append(len(chosen))
        assert len(chosen) <= labels.TOWNS_PER_BAND[band]
    assert counts == sorted(counts) and counts[0] < counts[-1]


def test_the_shipped_towns_hold_capitals_first_then_the_most_populous():
    shipped = labels.read_towns()
    assert 1_000 < len(shipped) < 10_000 and {"Bamako", "Niamey", "Ouagadougou"} <= set(shipped["name"])
    capitals = shipped["capital"] == 1
    assert capitals.to_numpy().argmin() == capitals.sum()          # every capital before every other town
    rest = shipped.loc[~capitals, "population"]
    assert rest.is_monotonic_decreasing


@pytest.mark.parametrize("text", ["", "name,latitude\nGao,16.27\n", "\x00\x01binary"])
def test_an_unreadable_town_table_is_named_in_the_error(tmp_path, text):
    path = tmp_path / "label_places.csv"
    path.write_text(text, encoding="latin-1")
    with pytest.raises(ValueError, match="label_places.csv"):
        labels.read_towns(path)


def test_the_table_builder_keeps_capitals_and_each_countrys_biggest_towns(monkeypatch):
    monkeypatch.setattr(build_label_places, "PER_COUNTRY", 2)
    rows = [(1, "Big", "P", "PPL", "AA", 900), (2, "Middle", "P", "PPLA", "AA", 500), (3, "Small", "P", "PPL", "AA", 100),
            (4, "Seat", "P", "PPLC", "AA", 50), (5, "Hamlet", "P", "PPL", "BB", 0), (6, "Region", "A", "ADM1", "BB", 9000),
            (7, "Lone", "P", "PPL", "BB", 20)]
    gazetteer = pd.DataFrame(rows, columns=["geonameid", "name", "feature_class", "feature_code", "country_code",
                                            "population"]).assign(latitude=1.0, longitude=2.0)
    built = build_label_places.label_places(gazetteer)
    assert list(built["name"]) == ["Big", "Middle", "Seat", "Lone"] and list(built["capital"]) == [0, 0, 1, 0]


def test_places_are_the_named_exact_places_weighted_by_events():
    events = pd.DataFrame({"event_id": ["a", "b", "c", "d"], "location": ["Gao", "Gao", "Mali", "Konna"],
                           "latitude": [16.27, 16.27, 17.35, 14.95], "longitude": [-0.04, -0.04, -3.52, -3.89],
                           "place_precision": [1, 1, 4, 2]})
    found = labels.places_of(events).set_index("name")["weight"].to_dict()
    assert found == {"Gao": 2, "Konna": 1}        # a country's point is no place to name


@pytest.mark.parametrize("name, shown", [("Léré", "Lere"), ("Tombouctou", "Tombouctou"), ("Ségou", "Segou"),
                                         ("Aïn Defla", "Ain Defla"), ("دمشق", "")])
def test_names_are_drawn_in_the_fonts_letters(name, shown):
    assert labels.drawable(name) == shown
