"""The typer inside the event step: which sentences become events, of what type, with what provenance."""
from __future__ import annotations

import pytest

from extract.events import EventExtractor
from extract.settings import Settings
from test_events import KONNA, _context, _toponym


@pytest.mark.parametrize("text, threshold, expected", [
    # a rule trigger ("destroyed") in a sentence the typer reads as an accident: no ACLED event
    ("A huge fire destroyed a fuel depot after a tanker crashed in Konna.", 0.97, []),
    ("A fire in a textile warehouse destroyed goods worth millions in Konna.", 0.97, []),
    # no rule trigger, but a confident typing with an event cue as evidence
    ("Gunmen shot dead nine villagers at a market in Konna.", 0.97, [("Violence against civilians", "Attack")]),
    # rule triggers stand where the typer is not confident enough to name the type (the cars the rioters
    # burned are the riot's, not a destruction of its own: not_events.crowd_parts)
    ("Rioters torched cars in Konna.", 0.97, [("Riots", "Violent demonstration")]),
    # a lower threshold lets the typer name the type where a rule fired
    ("Police fired tear gas at protesters who threw stones in Konna.", 0.5, [("Riots", "Violent demonstration")]),
    # ordinary news: no event at any threshold
    ("The central bank in Konna kept its interest rate unchanged.", 0.5, []),
])
def test_typed_events(text, threshold, expected):
    ctx = _context(text, [_toponym(text, "Konna", KONNA)])
    events = EventExtractor(Settings.make(typing_threshold=threshold)).extract(ctx)
    assert [(e.event_type, e.sub_event_type) for e in events] == expected


def test_provenance_is_in_typed_fields_and_notes_are_written_from_them():
    text = "Gunmen shot dead nine villagers at a market in Konna."
    [event] = EventExtractor().extract(_context(text, [_toponym(text, "Konna", KONNA)]))
    assert text[event.trigger_start:event.trigger_end] in event.notes and event.typing_score >= Settings().typing_threshold
    assert (event.place_how, event.date_how) == ("sentence", "window")
    assert event.notes.endswith("place: sentence; date: window")


def test_a_rule_event_keeps_no_typing_score():
    text = "Rioters torched cars in Konna."
    events = EventExtractor().extract(_context(text, [_toponym(text, "Konna", KONNA)]))
    assert all(e.typing_score is None and e.trigger_start is not None for e in events)
