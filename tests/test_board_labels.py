"""Place names drawn as images over the offline map: no font leaves the machine."""
from __future__ import annotations

import base64
import io

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from board import labels

PLACES = pd.DataFrame({"name": ["Gao", "Konna", "Timbuktu", "Bamako", "Kidal", "Diabaly"],
                       "latitude": [16.27, 14.95, 16.77, 12.65, 18.44, 14.69],
                       "longitude": [-0.04, -3.89, -3.01, -8.0, 1.41, -6.02], "weight": [17, 7, 5, 3, 4, 2]})


def picture(layer: dict) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(base64.b64decode(layer["source"].split(",", 1)[1]))).convert("RGBA"))


def test_each_zoom_band_has_an_image_over_the_places_and_names_more_of_them():
    layers = labels.label_layers(PLACES, zoom=4.6)
    assert [(layer["minzoom"], layer["maxzoom"]) for layer in layers] == [(0, 4.5), (4.5, 5.5), (5.5, 24)]
    assert all(layer["source"].startswith("data:image/png;base64,") for layer in layers)   # nothing to fetch
    (west, north), _, (east, south), _ = layers[0]["coordinates"]
    assert west < PLACES["longitude"].min() and east > PLACES["longitude"].max() and south < 12.65 < 18.44 < north
    inked = [int((picture(layer)[:, :, 3] > 0).sum()) for layer in layers]
    assert inked[0] > 0 and inked == sorted(inked)


def test_a_name_that_would_cover_another_is_left_out():
    crowded = pd.DataFrame({"name": ["Alpha", "Beta"], "latitude": [15.0, 15.001], "longitude": [0.0, 0.001],
                            "weight": [2, 1]})
    alone = crowded.head(1)
    [together], [single] = labels.label_layers(crowded, 4)[:1], labels.label_layers(alone, 4)[:1]
    assert (picture(together)[:, :, 3] > 0).sum() == (picture(single)[:, :, 3] > 0).sum()


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
