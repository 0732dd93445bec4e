"""Choosing among candidates: the traps named in the design (Konna, Gao, Niger, Mali)."""
from __future__ import annotations

import pytest

from extract.geocode import Resolver, closeness, country_evidence, main_country
from extract.models import Place
from extract.toponyms import PlaceFinder


@pytest.fixture(scope="module")
def resolve(tiny_gazetteer):
    finder, resolver = PlaceFinder(tiny_gazetteer), Resolver(tiny_gazetteer)

    def run(text: str) -> dict[str, tuple[str, str]]:
        found, _evidence = resolver.resolve(text, finder.find(text))
        return {t.text: (t.place.country_code, t.place.feature_code) for t in found}
    return run


@pytest.mark.parametrize("text, name, expected", [
    ("Malian troops entered Konna.", "Konna", ("ML", "PPL")),
    ("Konna is quiet tonight.", "Konna", ("ML", "PPL")),            # its own name beats an alternate
    ("Malian forces took Gao.", "Gao", ("ML", "PPL")),              # a town over its region
    ("Fighting in the Gao region of Mali.", "Gao", ("ML", "ADM1")),  # unless the text says region
    ("Refugees crossed into Niger.", "Niger", ("NE", "PCLI")),       # a country for a country name
    ("Troops were flown to Mali from France.", "Mali", ("ML", "PCLI")),
])
def test_choice(resolve, text, name, expected):
    assert resolve(text)[name] == expected


def test_context_evidence_counts_demonyms_and_countries(tiny_gazetteer):
    text = "French jets struck. Malian troops and Malian police moved on Gao in Mali."
    mentions = PlaceFinder(tiny_gazetteer).find(text)
    resolver = Resolver(tiny_gazetteer)
    evidence = country_evidence(text, [(m, resolver.candidates(m.text)) for m in mentions])
    assert max(evidence, key=evidence.get) == "ML" and evidence["FR"] > 0
    toponyms, same_evidence = resolver.resolve(text, mentions)
    assert same_evidence == evidence and main_country(toponyms, evidence) == "ML"


@pytest.mark.parametrize("anchor, expected", [
    (Place(1, "Here", 14.9, -3.9, "ML"), 1.0),
    (Place(2, "Far", 48.0, 2.0, "FR"), 0.0),
])
def test_closeness(anchor, expected):
    place = Place(3, "Konna", 14.9, -3.9, "ML")
    assert closeness(place, (anchor,)) == pytest.approx(expected, abs=0.01)
