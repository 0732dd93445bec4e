"""Playback as a state machine over the session state (a plain mapping, so tests drive it directly).

Play sets the machine going at step 0; each timer tick that is due moves it one step; Pause keeps
the window on screen as the date filter; the last step stops it there. Other reruns (a click on
the map or the table) come between ticks and leave the window where it is.
"""
from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from datetime import date

from . import filters
from .state import PENDING_DATES, PLAY_INDEX, PLAY_STEPPED_AT, PLAY_WINDOW, PLAYING

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


def start(state: MutableMapping) -> None:
    state[PLAYING], state[PLAY_INDEX], state[PLAY_STEPPED_AT] = True, 0, None


def pause(state: MutableMapping) -> None:
    """Stop; the window on screen becomes the date filter."""
    state[PLAYING] = False
    if state.get(PLAY_WINDOW):
        state[PENDING_DATES] = state[PLAY_WINDOW]


def playing(state: MutableMapping) -> bool:
    return bool(state.get(PLAYING))


def advance(state: MutableMapping, play: Play, now: float) -> tuple[Window, bool]:
    """The window to show at `now` (seconds on a monotonic clock) and whether playback just ended.
    The first run after Play shows step 0; later runs step on only when a period has passed."""
    index, stepped_at = state.get(PLAY_INDEX, 0), state.get(PLAY_STEPPED_AT)
    if filters.step_due(now, stepped_at, play.seconds):
        index += stepped_at is not None
        state[PLAY_INDEX], state[PLAY_STEPPED_AT] = index, now
    window = play.window(index)
    state[PLAY_WINDOW] = window
    ended = index + 1 >= play.steps
    if ended:                       # the end: stay on the last window
        state[PLAYING] = False
        state[PENDING_DATES] = window
    return window, ended
