"""bench/events.py without its sets: where a set's type F1 is lost, counted per headline by event type."""
from __future__ import annotations

import pytest

from bench.events import (EXTRA, FALSE_ALONE, MISSED_ALONE, MISSED_BESIDE, MISTYPED_GOLD, MISTYPED_PREDICTED,
                          losses)

BATTLE, PROTEST, RIOT = "Battles", "Protests", "Riots"


def _item(*types: str) -> dict:
    return {"id": "h1", "events": [{"event_type": t} for t in types]}


@pytest.mark.parametrize("gold, predicted, lost", [
    # all right: nothing lost
    ((BATTLE,), (BATTLE,), {}),
    ((), (), {}),
    # a headline of one event with nothing found
    ((BATTLE,), (), {MISSED_ALONE: 1}),
    # a headline of two events, one found
    ((BATTLE, PROTEST), (BATTLE,), {MISSED_BESIDE: 1}),
    # two of one type, one found: the second is missed beside it
    ((BATTLE, BATTLE), (BATTLE,), {MISSED_BESIDE: 1}),
    # the wrong type: one missed and one false, both mistyped
    ((PROTEST,), (RIOT,), {MISTYPED_GOLD: 1, MISTYPED_PREDICTED: 1}),
    # an event where none happened
    ((), (PROTEST,), {FALSE_ALONE: 1}),
    # one split into two: the second is extra beside the right one
    ((PROTEST,), (PROTEST, PROTEST), {EXTRA: 1}),
    ((PROTEST,), (PROTEST, RIOT), {EXTRA: 1}),
    # a right one, a wrong one and a missed one in the same headline
    ((BATTLE, PROTEST, PROTEST), (BATTLE, RIOT), {MISTYPED_GOLD: 2, MISTYPED_PREDICTED: 1}),
])
def test_losses_by_headline(gold, predicted, lost):
    counts = losses([_item(*gold)], [_item(*predicted)])
    assert {name: n for name, n in counts.items() if n} == lost


def test_a_headline_never_predicted_counts_as_nothing_found():
    assert losses([_item(BATTLE)], [])[MISSED_ALONE] == 1
