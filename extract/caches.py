"""Disposable cache files: plain values stored under the key of what they were made from.

Several steps spend seconds turning files into structures (the gazetteer's columns, the place
finder's name list); a process that starts again reads the result back instead. A cache file
holds only built-in values (str, bytes, int, float, tuple, list, dict, set), is read with an
unpickler that refuses every class, so a tampered file cannot run code, and counts only when its
stored key equals the key asked for. Any damage means "no cache": the caller builds again.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


def cache_file(folder: Path, kind: str, name: str) -> Path:
    """The file under `folder` for the cache of `kind` ("gazetteer") made from `name` (a path)."""
    return folder / f"{kind}-{hashlib.sha1(name.encode()).hexdigest()[:16]}.pickle"


def read(path: Path, key: tuple) -> object | None:
    """The value cached at `path` under `key`; None when absent, stale or unreadable."""
    try:
        with path.open("rb") as handle:
            stored = _PlainUnpickler(handle).load()
        if isinstance(stored, dict) and stored.get("key") == key:  # else stale, or an older layout
            return stored.get("value")
    except FileNotFoundError:
        return None
    except Exception as err:  # a cache is disposable: any damage means rebuild it
        log.warning("ignoring unreadable cache %s: %s", path, err)
    return None


def write(path: Path, key: tuple, value: object) -> None:
    """Store `value` under `key` atomically; a cache that cannot be written only costs time later."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
            pickle.dump({"key": key, "value": value}, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except OSError as err:
        log.warning("cannot write cache %s: %s", path, err)


class _PlainUnpickler(pickle.Unpickler):
    """Refuses every class: a cache holds built-in values only."""

    def find_class(self, module: str, name: str) -> object:
        raise pickle.UnpicklingError(f"unexpected {module}.{name} in a cache file")
