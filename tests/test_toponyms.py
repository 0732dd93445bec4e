"""Finding place-name mentions: boundaries, capitals, common words, names of people and bodies."""
from __future__ import annotations

import pytest

from extract.toponyms import PlaceFinder, followed_by_region_word, near_cue


@pytest.fixture(scope="module")
def finder(tiny_gazetteer):
    return PlaceFinder(tiny_gazetteer)


@pytest.mark.parametrize("text, names", [
    ("Rebels took Konna and then Gao.", ["Konna", "Gao"]),
    ("The army entered Sévaré and Tombouctou.", ["Tombouctou"]),
    ("Fighting spread from Mali's north to Niger.", ["Mali", "Niger"]),
    ("Victoria Nuland, a spokeswoman, spoke.", []),
    ("She works for the Timbuktu Manuscripts project.", []),
    ("A South Africa professor told reporters.", []),
    ("A Paris-based analyst said so.", []),
    ("Malian troops advanced.", []),
    ("Mobile phones are down across the region.", []),
    ("They are mobile and fast.", []),
    ("Gaoxing and Konnas are not names here.", []),
    ("The convoy reached Gao Saturday.", ["Gao"]),
    ("In Gao, crowds gathered.", ["Gao"]),
    ("CNN reported it first.", []),
])
def test_find(finder, text, names):
    assert [t.text for t in finder.find(text)] == names


def test_offsets_and_span_limits(finder):
    text = "Intro. Troops reached Konna. Gao is next."
    start = text.index("Troops")
    found = finder.find(text, start, text.index(" Gao"))
    assert [(t.text, t.start) for t in found] == [("Konna", text.index("Konna"))]


@pytest.mark.parametrize("text, name, expected", [
    ("They hold the Gao region now.", "Gao", True),
    ("They hold Gao Region now.", "Gao", True),
    ("They hold Gao now.", "Gao", False),
])
def test_region_word(text, name, expected):
    assert followed_by_region_word(text, text.index(name) + len(name)) is expected


@pytest.mark.parametrize("text, expected", [
    ("fighting near Konna", True),
    ("a camp 60 km north of Konna", True),
    ("on the outskirts of Konna", True),
    ("fighting in Konna", False),
])
def test_near_cue(text, expected):
    assert near_cue(text, text.index("Konna")) is expected
