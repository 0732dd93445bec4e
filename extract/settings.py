"""All settings and their defaults, in one place.

Like dateparser's settings: a mapping of defaults, and an unknown name is refused with a
message that lists the valid ones.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR_NAME = "conflict-events"
# Environment variables that point a deployment (or a test) at other files: setting -> variable.
ENV_PATHS = {"db_path": "CONFLICT_EVENTS_DB", "gazetteer_path": "CONFLICT_EVENTS_GAZETTEER",
             "user_gazetteer_path": "CONFLICT_EVENTS_USER_GAZETTEER"}


@dataclass(frozen=True)
class Settings:
    """Tunable knobs of the pipeline; build with `Settings.make(**overrides)`."""

    gazetteer_path: Path = ROOT / "gazetteer.csv"
    db_path: Path = ROOT / "data" / "events.db"
    user_gazetteer_path: Path = ROOT / "data" / "user_gazetteer.sqlite"
    max_file_bytes: int = 5_000_000
    # the typer's score a violent event type needs where no rule word fired but the sentence states deaths
    # ("The Taliban kill 20 policemen ...": people died, so only the kind of violence is in doubt)
    deaths_typing_threshold: float = 0.5
    merge_distance_km: float = 25.0
    undated_window_days: int = 1  # an event a report does not date happened on its day or the day before
    typing_threshold: float = 0.96  # calibrated typer score an ACLED event needs (lower: more events, see README)

    @classmethod
    def make(cls, **overrides: object) -> "Settings":
        """Defaults updated with `overrides`; an unknown name raises ValueError."""
        valid = [f.name for f in fields(cls)]
        unknown = sorted(set(overrides) - set(valid))
        if unknown:
            raise ValueError(f"unknown setting(s) {', '.join(unknown)}; valid settings: {', '.join(valid)}")
        return replace(cls(), **overrides)

    @classmethod
    def from_env(cls) -> "Settings":
        """Defaults, with the paths named in ENV_PATHS taken from the environment where set."""
        return cls.make(**{name: Path(os.environ[env]) for name, env in ENV_PATHS.items() if os.environ.get(env)})


def cache_dir() -> Path:
    """The user's cache directory for this tool (XDG_CACHE_HOME, else ~/.cache)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / CACHE_DIR_NAME
