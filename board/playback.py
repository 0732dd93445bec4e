"""Playback as a state machine over the session state (a plain mapping, so tests drive it directly).

Play sets the machine going at step 0 over a period it keeps; each timer tick that is due moves it
exactly one step, and the window becomes the date filter (the sidebar follows); Pause keeps the
window on screen; the last step stops it there. Other reruns (a click on the map or the table)
come between ticks and leave the window where it is.
"""
from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from datetime import date

from . import filters
from .state import PENDING_DATES, PLAY_INDEX, PLAY_PERIOD, PLAY_STEPPED_AT, PLAY_WINDOW, PLAYING

Window = tuple[date, date]


@dataclass(frozen=True)
class Play:
    """One playback's settings: the period it runs over and how the window moves."""

    first: date
    last: date
    length: int
    step_days: int
    seconds: float
    cumulative: bool = False

    def window(self, index: int) -> Window:
        return filters.play_window(self.first, self.last, index, self.length, self.step_days, self.cumulative)

    @property
    def steps(self) -> int:
        return filters.play_steps(self.first, self.last, self.length, self.step_days)


def period(chosen: Window, bounds: Window, length: int) -> Window:
    """What a playback runs over: the chosen dates, or everything when they are shorter than one
    window (the window a pause left, say: Play again plays the whole period)."""
    return bounds if (chosen[1] - chosen[0]).days < length else chosen


def start(state: MutableMapping, over: Window) -> None:
    """Play from the first step over the period `over` (kept: the date filter moves with the window)."""
    state[PLAYING], state[PLAY_INDEX], state[PLAY_STEPPED_AT], state[PLAY_PERIOD] = True, 0, None, over


def pause(state: MutableMapping) -> None:
    """Stop; the window on screen becomes the date filter."""
    state[PLAYING] = False
    if state.get(PLAY_WINDOW):
        state[PENDING_DATES] = state[PLAY_WINDOW]


def playing(state: MutableMapping) -> bool:
    return bool(state.get(PLAYING))


def advance(state: MutableMapping, play: Play, now: float) -> tuple[Window, bool]:
    """The window to show at `now` (seconds on a monotonic clock) and whether it moved, so that the
    date filter must follow. The first run after Play shows step 0; later runs step on only when a
    period has passed; the last step stops playback there."""
    index, stepped_at = state.get(PLAY_INDEX, 0), state.get(PLAY_STEPPED_AT)
    moved = filters.step_due(now, stepped_at, play.seconds)
    if moved:
        index += stepped_at is not None
        state[PLAY_INDEX], state[PLAY_STEPPED_AT] = index, now
    window = play.window(index)
    state[PLAY_WINDOW] = window
    if moved:
        state[PENDING_DATES] = window
    if index + 1 >= play.steps:     # the end: stay on the last window
        state[PLAYING] = False
    return window, moved
