"""The event vocabulary table (extract/data/event_types.csv): the one source of types, sub-types and colours."""
from __future__ import annotations

import re

import pytest

from board import figures
from extract.vocabulary import NO_EVENT, acled_labels, event_type_of, event_types, is_acled, labels, type_colors

CASE_OTHERS = {"Natural disaster", "Man-made disaster", "Organized crime", "Diplomatic event",
               "Attribution of responsibility"}


def test_25_acled_sub_types_in_six_types_and_five_other_classes():
    assert len(acled_labels()) == 25 and len(event_types()) == 6
    assert {name for name, label in labels().items() if not label.acled} == CASE_OTHERS


@pytest.mark.parametrize("label, event_type", [
    ("Armed clash", "Battles"), ("Chemical weapon", "Explosions/Remote violence"),
    ("Excessive force against protesters", "Protests"), ("Mob violence", "Riots"),
    ("Disrupted weapons use", "Strategic developments"), ("Natural disaster", ""),
])
def test_event_type_of(label, event_type):
    assert event_type_of(label) == event_type


def test_an_unknown_sub_type_is_refused_with_the_valid_ones():
    with pytest.raises(KeyError, match="valid: Armed clash"):
        event_type_of("Skirmish")


@pytest.mark.parametrize("label, acled", [("Grenade", True), ("Organized crime", False), (NO_EVENT, False)])
def test_is_acled(label, acled):
    assert is_acled(label) is acled


def test_every_type_has_one_hex_colour_and_the_dashboard_uses_it():
    colours = {(label.event_type, label.color) for label in labels().values() if label.acled}
    assert len(colours) == 6 and all(re.fullmatch(r"#[0-9a-f]{6}", c) for _, c in colours)
    assert figures.TYPE_COLORS == type_colors()
