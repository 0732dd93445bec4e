"""The user gazetteer: places a user imported or added, in one SQLite file on disk.

A full GeoNames dump has 12 million rows, far too many for Python objects, so these rows stay
on disk and are looked up through an index on the folded name key. This module only stores
and fetches rows; keys are computed by the caller (extract.gazetteer.name_key), so the
gazetteer module can import this one without a cycle.
"""
from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

FORMAT = 1  # bump when the schema changes
PLACE_COLUMNS = ("geonameid", "name", "latitude", "longitude", "feature_class", "feature_code",
                 "country_code", "admin1_code", "population")
SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, latitude REAL NOT NULL,
    longitude REAL NOT NULL, feature_class TEXT NOT NULL, feature_code TEXT NOT NULL,
    country_code TEXT NOT NULL, admin1_code TEXT NOT NULL, population INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS names (
    geonameid INTEGER NOT NULL, key TEXT NOT NULL, PRIMARY KEY (geonameid, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS changes (serial INTEGER PRIMARY KEY, key TEXT NOT NULL);
"""
EVERYTHING = "*"  # the change log's mark for a bulk load: every name may have changed
KEY_INDEX = "CREATE INDEX IF NOT EXISTS names_by_key ON names (key)"
MAX_PARAMETERS = 500  # per IN (...) query; far below SQLite's limit, big enough to be fast
PlaceRow = tuple  # the values of PLACE_COLUMNS, in that order


class UserGazetteerError(ValueError):
    """A user gazetteer file that cannot be opened or is not one."""


class UserGazetteer:
    """Read access to a user gazetteer file; every query goes through the name-key index."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            # read-only, and shared with the dashboard's threads (SQLite serialises access)
            self._db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                       check_same_thread=False)
            meta = dict(self._db.execute("SELECT name, value FROM meta"))
        except sqlite3.Error as err:
            raise UserGazetteerError(f"user gazetteer {path} cannot be read: {err}") from None
        _check_format(path, meta.get("format"))
        self.places = meta.get("places", 0)
        self.names = meta.get("names", 0)
        self.uid = meta.get("uid", 0)

    def changes_since(self, serial: int) -> tuple[int, set[str]]:
        """The latest change number, and the name keys added, replaced or removed after `serial`
        (a set holding EVERYTHING after a bulk load, or for a file older than the change log)."""
        try:
            rows = self._db.execute("SELECT serial, key FROM changes WHERE serial > ?", (serial,)).fetchall()
        except sqlite3.OperationalError:  # a file written before changes were logged
            return 0, {EVERYTHING}
        return max((number for number, _ in rows), default=serial), {key for _, key in rows}

    def lookup(self, key: str) -> list[PlaceRow]:
        """The rows bearing the name key `key`."""
        return self._db.execute(
            "SELECT p.* FROM names n JOIN places p ON p.geonameid = n.geonameid WHERE n.key = ?",
            (key,)).fetchall()

    def get(self, geonameid: int) -> PlaceRow | None:
        """The row with this geonameid, or None."""
        return self._db.execute("SELECT * FROM places WHERE geonameid = ?", (geonameid,)).fetchone()

    def present(self, ids: Sequence[int]) -> set[int]:
        """Those of `ids` that have a row here (they hide the shipped rows of the same id)."""
        return set(self._in("SELECT geonameid FROM places WHERE geonameid IN ({})", ids))

    def known(self, keys: Sequence[str]) -> set[str]:
        """Those of `keys` that name some place here."""
        return set(self._in("SELECT DISTINCT key FROM names WHERE key IN ({})", keys))

    def keys(self) -> Iterator[str]:
        """Every name key, sorted and distinct."""
        return (key for (key,) in self._db.execute("SELECT DISTINCT key FROM names ORDER BY key"))

    def _in(self, query: str, values: Sequence) -> Iterator:
        """The first column of `query` run over `values` in chunks of MAX_PARAMETERS."""
        for at in range(0, len(values), MAX_PARAMETERS):
            chunk = values[at:at + MAX_PARAMETERS]
            for (value,) in self._db.execute(query.format(",".join("?" * len(chunk))), chunk):
                yield value


class Writer:
    """One write transaction on a user gazetteer file (created if missing): a failure or an
    interruption rolls everything back, so the file is either as before or fully updated."""

    def __init__(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise UserGazetteerError(f"user gazetteer {path} cannot be written: {err.strerror}") from None
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None)
        try:
            _check_existing(self.db, path)  # before the schema, so that another file is left as it was
        except (UserGazetteerError, sqlite3.Error):
            self.db.close()
            raise
        self.db.executescript(SCHEMA + KEY_INDEX + ";")  # committed apart: the file is always valid
        self.db.execute("INSERT OR IGNORE INTO meta VALUES ('format', ?)", (FORMAT,))
        # which file this is: an events database remembers the changes it has seen per file
        self.db.execute("INSERT OR IGNORE INTO meta VALUES ('uid', ?)", (secrets.randbits(62),))
        self._changed: set[str] = set()
        self.db.execute("PRAGMA cache_size = -65536")  # 64 MB: a bulk index build sorts less on disk

    def __enter__(self) -> "Writer":
        self.db.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, kind: type | None, *_: object) -> None:
        try:
            if kind is None:
                self._count()
                self.db.executemany("INSERT INTO changes (key) VALUES (?)", ((k,) for k in sorted(self._changed)))
                self.db.execute("COMMIT")
            else:
                self.db.execute("ROLLBACK")
        finally:
            self.db.close()

    def is_empty(self) -> bool:
        """True when the file holds no place yet."""
        return self.db.execute("SELECT 1 FROM places LIMIT 1").fetchone() is None

    def drop_key_index(self) -> None:
        """Drop the name index for a bulk load; `make_key_index` builds it again in one sort,
        far faster than keeping it up to date row by row. The change log then says EVERYTHING:
        listing millions of names would cost more than re-extracting."""
        self.db.execute("DROP INDEX IF EXISTS names_by_key")
        self._changed = {EVERYTHING}

    def make_key_index(self) -> None:
        """Build the name index (again)."""
        self.db.execute(KEY_INDEX)

    def put_places(self, rows: Sequence[PlaceRow], names: Iterable[tuple[int, str]],
                   replace_names: bool = True) -> None:
        """Insert or replace `rows`; their names become exactly `names` (geonameid, key)."""
        names = list(names)
        if EVERYTHING not in self._changed:
            self._changed.update(key for _, key in names)
            self._changed.update(self._keys_of([row[0] for row in rows]))
        self.db.executemany(f"INSERT OR REPLACE INTO places VALUES ({','.join('?' * len(PLACE_COLUMNS))})", rows)
        if replace_names:
            self.db.executemany("DELETE FROM names WHERE geonameid = ?", ((row[0],) for row in rows))
        self.db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", names)

    def add_names(self, names: Sequence[tuple[int, str]]) -> int:
        """Add names (geonameid, key) to places already here; returns how many were new."""
        if EVERYTHING not in self._changed:
            self._changed.update(key for _, key in names)
        before = self.db.total_changes
        self.db.executemany("INSERT OR IGNORE INTO names SELECT ?1, ?2 WHERE EXISTS "
                            "(SELECT 1 FROM places WHERE geonameid = ?1)", names)
        return self.db.total_changes - before

    def _keys_of(self, ids: Sequence[int]) -> set[str]:
        """The name keys the places `ids` have now (a replaced place's old names change too)."""
        keys: set[str] = set()
        for at in range(0, len(ids), MAX_PARAMETERS):
            chunk = ids[at:at + MAX_PARAMETERS]
            keys.update(k for (k,) in self.db.execute(
                f"SELECT key FROM names WHERE geonameid IN ({','.join('?' * len(chunk))})", chunk))
        return keys

    def find_added(self, key: str, country_code: str, below: int) -> int | None:
        """The id of a place with id at most `below` (added by hand) named `key` in this country."""
        row = self.db.execute(
            "SELECT p.geonameid FROM names n JOIN places p ON p.geonameid = n.geonameid "
            "WHERE n.key = ? AND p.country_code = ? AND p.geonameid <= ? "
            "ORDER BY p.geonameid DESC LIMIT 1", (key, country_code, below)).fetchone()
        return None if row is None else row[0]

    def lowest_id(self) -> int:
        """The smallest geonameid here (0 when empty)."""
        return self.db.execute("SELECT MIN(geonameid) FROM places").fetchone()[0] or 0

    def _count(self) -> None:
        """Record the numbers of places and names, which loading needs without counting."""
        for name, table in (("places", "places"), ("names", "names")):
            count = self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, count))


def _check_existing(db: sqlite3.Connection, path: Path) -> None:
    """Refuse to write into a database that is not a user gazetteer of this format (events.db
    given by mistake, an old file); a new, empty file is fine."""
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return
    row = db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone() if "meta" in tables else None
    if row is None:
        raise UserGazetteerError(f"user gazetteer {path} is a database of something else: give a new file")
    _check_format(path, row[0])


def _check_format(path: Path, found: object) -> None:
    """Refuse a file written in another layout."""
    if found != FORMAT:
        raise UserGazetteerError(f"user gazetteer {path} has format {found}, expected {FORMAT}: "
                                 "import its files again into a new file")
