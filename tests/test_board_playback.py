"""The playback state machine, driven over a plain dict in place of Streamlit's session state."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from board import playback
from board.playback import Play
from board.state import PENDING_DATES, PLAY_PERIOD, PLAY_WINDOW, PLAYING

FIRST, LAST = date(2013, 1, 1), date(2013, 2, 28)


def started(play: Play) -> tuple[dict, list[tuple[date, date]]]:
    """A state just after Play and its first window."""
    state: dict = {}
    playback.start(state, (play.first, play.last))
    window, _moved = playback.advance(state, play, now=100.0)
    return state, [window]


@pytest.mark.parametrize("length, step", [(14, 7), (7, 1), (1, 3), (30, 30)])
def test_each_tick_moves_the_window_by_exactly_one_step(length, step):
    play = Play(FIRST, LAST, length, step, seconds=1.0)
    state, windows = started(play)
    now = 100.0
    while playback.playing(state):
        now += 1.0
        windows.append(playback.advance(state, play, now)[0])
    starts = [w[0] for w in windows]
    assert starts[0] == FIRST and windows[-1][1] == LAST
    assert all((b - a).days == step for a, b in zip(starts, starts[1:-1]))
    assert all((w[1] - w[0]).days == length - 1 for w in windows[:-1])


def test_a_rerun_between_ticks_keeps_the_window_and_a_tick_moves_the_date_filter_with_it():
    play = Play(FIRST, LAST, 7, 1, seconds=10.0)
    state, [first] = started(play)
    assert state.pop(PENDING_DATES) == first
    assert playback.advance(state, play, now=101.0) == (first, False) and PENDING_DATES not in state   # a click
    window, moved = playback.advance(state, play, now=110.0)
    assert moved and window[0] == first[0] + timedelta(days=1) and state[PENDING_DATES] == window


def test_play_keeps_the_period_it_runs_over():
    state: dict = {}
    playback.start(state, (FIRST, LAST))
    assert state[PLAY_PERIOD] == (FIRST, LAST) and state[PLAYING]


def test_pause_keeps_the_window_on_screen_as_the_date_filter():
    play = Play(FIRST, LAST, 7, 1, seconds=1.0)
    state, _ = started(play)
    shown = playback.advance(state, play, now=101.0)[0]
    playback.pause(state)
    assert not state[PLAYING] and state[PENDING_DATES] == shown == state[PLAY_WINDOW]


def test_the_end_stops_on_the_last_window():
    play = Play(FIRST, FIRST + timedelta(days=9), 7, 5, seconds=1.0)
    state, _ = started(play)
    window, moved = playback.advance(state, play, now=101.0)
    assert moved and not state[PLAYING] and state[PENDING_DATES] == window and window[1] == play.last


@pytest.mark.parametrize("chosen, length, expected", [
    ((date(2013, 1, 10), date(2013, 1, 12)), 7, (FIRST, LAST)),      # shorter than a window: everything
    ((date(2013, 1, 10), date(2013, 1, 31)), 7, (date(2013, 1, 10), date(2013, 1, 31))),
])
def test_a_playback_runs_over_the_chosen_dates_unless_they_are_shorter_than_a_window(chosen, length, expected):
    assert playback.period(chosen, (FIRST, LAST), length) == expected
