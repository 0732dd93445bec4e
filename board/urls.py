"""The one place that reaches into Streamlit's private API: URL query parameters of bound widgets,
and whether the app itself set a widget's value in this run.

Streamlit 1.67 writes a bound date slider's parameter as ISO dates only when the user moves the
slider; when the app sets the value (pause, the end of playback, a brush, clamping, typed dates)
it writes the wire format, microseconds since 1970, and a link copied then keeps them. A bound
parameter cannot be set through st.query_params, hence the session's own query parameters.
"""
from __future__ import annotations

from datetime import date

from streamlit.runtime.state.session_state_proxy import get_session_state

from .text import is_iso_date


def set_by_app(key: str) -> bool:
    """Whether the app set `key`'s value through session state in this run. A widget must then get
    no default (Streamlit would log a warning with a stack trace); otherwise it keeps its constant
    default, since a default that changes from run to run makes the browser drop a value being typed."""
    return get_session_state().is_new_state_value(key)


def dates_in_url_as_iso(key: str, value: tuple[date, date]) -> None:
    """Rewrite the bound parameter `key` as ISO dates when it holds anything else."""
    with get_session_state().query_params() as params:
        current = params.get_all(key)
        if current and not all(is_iso_date(v) for v in current):
            params.set_corrected_value(key, [d.isoformat() for d in value], "string_array_value")
