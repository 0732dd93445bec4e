"""Loading the gazetteer and looking place names up in it.

This module only looks names up: choosing one place among the candidates is another step's
job. As with geopy's geocoders, "no result" is an empty list, never an exception; a gazetteer
file that cannot be read raises GazetteerError, which is also a ValueError.

The CSV (written by tools/build_gazetteer.py, described in data/GAZETTEER.md) is parsed once
into compact columns plus a sorted index of folded names, together with its companion parts
beside it (`gazetteer.odbl.csv` for `gazetteer.csv`: rows under another licence, kept in a file
of their own; see `gazetteer_files`). That parse is cached in the user's
cache directory, keyed by the file's path, size and modification time, and a second load in
the same process returns the same object.

A user gazetteer (extract/user_gazetteer.py: places imported from GeoNames dumps or added by
hand, in SQLite) can be laid over the shipped rows: its rows win for the same geonameid, and
its names are looked up through its on-disk index, so even all 12 million GeoNames rows cost
no memory. The place finder sees its names through `keys()` when they are few enough for the
name automaton, and through `user_spans` otherwise.
"""
from __future__ import annotations

import csv
import glob
import logging
import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, fields
from functools import cache, cached_property
from heapq import merge
from itertools import compress, groupby
from operator import itemgetter, ne
from pathlib import Path
from typing import NamedTuple, TypeVar

import numpy as np

from . import caches, tables
from .models import Place
from .names import article_skeleton, articled_name, fold, keyed, loose_key, loosened, name_key
from .settings import Settings, cache_dir as default_cache_dir  # `cache_dir` names load's argument
from .user_gazetteer import EVERYTHING, UserGazetteer, UserGazetteerError

log = logging.getLogger(__name__)
T = TypeVar("T")

COLUMNS = (
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
    "feature_class", "feature_code", "country_code", "admin1_code", "admin1_name", "population",
)
COORDINATE_LIMITS = {"latitude": 90.0, "longitude": 180.0}
CACHE_FORMAT = 3  # bump whenever the cached layout changes, so old caches are rebuilt
USER_NAMES_IN_AUTOMATON = 500_000  # up to this, user names join the automaton (484k: +1.8 s, +140 MB)
ARTICLED_VERSION = 1  # of the index of names with the Arabic article (`spelled_alike`); bump when it changes
MAX_NAME_WORDS = 5  # longest run of words looked up as a name in a big user gazetteer
_WORD = re.compile(r"\w+(?:['’-]\w+)*")

_Stamp = tuple[str, int, int]  # one file's; a gazetteer's is its files' stamps in a row
_COLUMNS: dict[_Stamp, "_Columns"] = {}
_LOADED: dict[tuple[_Stamp, _Stamp | None], "Gazetteer"] = {}


class GazetteerError(ValueError):
    """A gazetteer file that is missing or malformed, or rows that cannot make a gazetteer."""


class _Strings:
    """Many strings stored as one, with offsets: far smaller than a list of str objects."""

    def __init__(self, text: str, offsets: array) -> None:
        self.text = text
        self.offsets = offsets

    @classmethod
    def of(cls, items: list[str]) -> "_Strings":
        """The column holding `items` in order."""
        lengths = np.fromiter(map(len, items), np.uint64, len(items))   # a third of accumulate's time
        return cls("".join(items), array("Q", np.r_[np.uint64(0), np.cumsum(lengths, dtype=np.uint64)].tobytes()))

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> str:
        return self.text[self.offsets[i]:self.offsets[i + 1]]

    def __iter__(self) -> Iterator[str]:
        text, offsets = self.text, self.offsets.tolist()   # not self[i]: a method call per string took 3 times as long
        return (text[start:end] for start, end in zip(offsets, offsets[1:]))


class _Codes:
    """A column of few distinct strings, stored as small integer codes."""

    def __init__(self, values: list[str], codes: array) -> None:
        self.values = values
        self.codes = codes

    @classmethod
    def of(cls, items: list[str]) -> "_Codes":
        """The column holding `items` in order."""
        values = sorted(set(items))
        number = {value: i for i, value in enumerate(values)}
        return cls(values, array("I", map(number.__getitem__, items)))

    def __getitem__(self, i: int) -> str:
        return self.values[self.codes[i]]

    def rows_where(self, wanted: Iterable[str]) -> list[int]:
        """Indices of the rows whose value is one of `wanted`."""
        wanted = set(wanted)
        codes = {i for i, value in enumerate(self.values) if value in wanted}
        return [row for row, code in enumerate(self.codes) if code in codes]


class _Record(NamedTuple):
    """One parsed gazetteer row, before it goes into the columns (a tuple: 400,000 frozen
    dataclasses took a second longer to make)."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country_code: str
    admin1_code: str
    admin1_name: str
    population: int
    names: str  # name, asciiname and alternate names joined by commas, for the index


class _Table(NamedTuple):
    """Parsed rows as columns, `_Record`'s fields each a list: what `_build` turns into `_Columns`."""

    geonameid: list[int]
    name: list[str]
    latitude: list[float]
    longitude: list[float]
    feature_class: list[str]
    feature_code: list[str]
    country_code: list[str]
    admin1_code: list[str]
    admin1_name: list[str]
    population: list[int]
    names: list[str]

    @classmethod
    def of(cls, records: list[_Record]) -> "_Table":
        return cls(*map(list, zip(*records))) if records else cls(*([] for _ in _Record._fields))

    @classmethod
    def joined(cls, tables: list["_Table"]) -> "_Table":
        return cls(*(sum(columns, []) for columns in zip(*tables)))


@dataclass(frozen=True)
class _Columns:
    """The whole gazetteer as compact columns, rows sorted by geonameid, plus the name index:
    keys[i] names the rows rows[post[i]:post[i + 1]]. Exactly what the cache file stores."""

    ids: array
    lat: array
    lon: array
    pop: array
    names: _Strings
    country: _Codes
    fclass: _Codes
    fcode: _Codes
    admin1: _Codes
    admin1_name: _Codes
    keys: _Strings
    post: array
    rows: array
    loose: _Strings    # sorted loose keys (`loose_key`) that differ from a name key ...
    spelled: _Strings  # ... and, for each, the name keys written with punctuation, joined by newlines


class Gazetteer:
    """Places by folded name, geonameid, country and region; built by `load` or `from_rows`."""

    def __init__(self, columns: _Columns, user: UserGazetteer | None = None,
                 cache: tuple[Path, _Stamp] | None = None) -> None:
        self._c = columns
        self._user = user
        self._cache = cache  # (folder, the files' stamp) when loaded from files, for `derived`

    @classmethod
    def load(cls, path: Path | None = None, *, cache_dir: Path | None = None,
             user_path: Path | None = None) -> "Gazetteer":
        """The gazetteer in the CSV at `path` (default: the settings' gazetteer_path), with the
        user gazetteer at `user_path` laid over it when that file exists."""
        path = Path(path or Settings().gazetteer_path).resolve()
        if _stamp(path) is None:
            raise GazetteerError(f"gazetteer file {path} cannot be read: no such file")
        stamp = sum((_stamp(part) or () for part in gazetteer_files(path)), ())
        user_stamp = _stamp(Path(user_path).resolve()) if user_path else None
        if (stamp, user_stamp) not in _LOADED:
            if stamp not in _COLUMNS:
                _COLUMNS[stamp] = _load_cached(path, stamp, cache_dir or default_cache_dir())
            cache = (cache_dir or default_cache_dir(), stamp)
            _LOADED[stamp, user_stamp] = cls(_COLUMNS[stamp], _open_user(user_stamp), cache)
        return _LOADED[stamp, user_stamp]

    @classmethod
    def from_settings(cls, settings: Settings) -> "Gazetteer":
        """The shipped gazetteer of `settings` with its user gazetteer, if there is one."""
        return cls.load(settings.gazetteer_path, user_path=settings.user_gazetteer_path)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, object]]) -> "Gazetteer":
        """A gazetteer of `rows` (mappings keyed by COLUMNS; geonameid, name, latitude and
        longitude are required), for tests and small hand-made gazetteers."""
        return cls(_build(_Table.of([_record(tuple(row.get(c) for c in COLUMNS), lambda n=n: f"row {n}")
                                     for n, row in enumerate(rows, 1)])))

    def __len__(self) -> int:
        return len(self._c.ids)

    def __repr__(self) -> str:
        user = f", user gazetteer {self._user.path} of {self._user.places} places" if self._user else ""
        return f"<Gazetteer of {len(self)} places, {len(self._c.keys)} names{user}>"

    def lookup(self, name: str) -> list[Place]:
        """Every place whose name, ASCII name or an alternate name folds to the same key
        as `name`, ordered by geonameid; an empty list when there is none."""
        key = name_key(name)
        if not key:
            return []
        places = [self._place(row) for row in sorted(set(self._rows_spelled_like(key)))]
        if self._user is None:
            return places
        hidden = self._user.present([p.geonameid for p in places])
        mine = [self._user_place(row) for row in self._user.lookup(key)]
        return sorted([p for p in places if p.geonameid not in hidden] + mine, key=lambda p: p.geonameid)

    def spelled_alike(self, name: str) -> list[Place]:
        """The shipped places with a name that holds the Arabic article and shares `name`'s `article_skeleton`
        ("Maarat al-Numan": GeoNames' "Ma'arrat an-Nu'man"), ordered by geonameid; none for a name without the
        article. A loose match, for names no key matches: the caller keeps only places of the countries the
        report is about."""
        skeleton = article_skeleton(name)
        rows = self._articled.get(skeleton, []) if skeleton else []
        return [self._place(row) for row in rows]

    @cached_property
    def _articled(self) -> dict[str, list[int]]:
        """`article_skeleton` -> the rows named so (from the 2 % of names that hold the article), built on first
        use, and cached beside the names' automaton: the scan of every name takes a second."""
        return self.derived("articled", (ARTICLED_VERSION,), self._articled_rows)

    def _articled_rows(self) -> dict[str, list[int]]:
        found: dict[str, set[int]] = {}
        for i, key in enumerate(self._c.keys):
            # the keys are folded already: a search for the article first spares folding the 98 % without it
            if articled_name().search(key) and (skeleton := article_skeleton(key)):
                found.setdefault(skeleton, set()).update(self._c.rows[self._c.post[i]:self._c.post[i + 1]])
        return {skeleton: sorted(rows) for skeleton, rows in found.items()}

    def user_changes(self, seen: str) -> tuple[str, set[str]]:
        """The user gazetteer's state ("uid:serial", "" without one) and the name keys changed since
        the state `seen`; EVERYTHING when what changed is unknown (another file, or none any more)."""
        if self._user is None:
            return "", {EVERYTHING} if seen else set()
        uid, _, serial = seen.partition(":")
        if seen and uid != str(self._user.uid):
            latest, _ = self._user.changes_since(0)
            return f"{self._user.uid}:{latest}", {EVERYTHING}
        latest, keys = self._user.changes_since(int(serial) if serial.isdigit() else 0)
        return f"{self._user.uid}:{latest}", keys

    def derived(self, kind: str, version: tuple, make: Callable[[], T]) -> T:
        """What `make` builds from this gazetteer (plain built-in values only), read from a cache
        file when one was built by the same `version` of the maker from the same files and user
        gazetteer state: a start-up costs seconds less. Gazetteers made from rows are not cached."""
        if self._cache is None:
            return make()
        folder, stamp = self._cache
        key = (kind, *version, *stamp, self.user_changes("")[0])
        where = caches.cache_file(folder, kind, stamp[0])
        value = caches.read(where, key)
        if value is None:
            value = make()
            caches.write(where, key, value)
        return value

    def keys(self) -> Iterable[str]:
        """Every folded name in the index, sorted (e.g. to build a multi-pattern matcher);
        a user gazetteer's names only when there are at most USER_NAMES_IN_AUTOMATON."""
        if self._user is None or self._user.names > USER_NAMES_IN_AUTOMATON:
            return self._c.keys
        return (key for key, _ in groupby(merge(self._c.keys, self._user.keys())))

    def user_spans(self, text: str, start: int, end: int, skip: frozenset[str] = frozenset()
                   ) -> list[tuple[int, int]]:
        """Spans of text[start:end] (offsets into `text`) whose words, capitalised first and
        last, make a name of a user gazetteer too big for `keys()`; keys in `skip` never count."""
        if self._user is None or self._user.names <= USER_NAMES_IN_AUTOMATON:
            return []
        candidates = _name_runs(text, start, end)
        found = self._user.known(sorted(set(candidates.values()) - skip))
        return [span for span, key in candidates.items() if key in found]

    def get(self, geonameid: int) -> Place | None:
        """The place with this geonameid, or None."""
        row = self._user.get(geonameid) if self._user else None
        if row is not None:
            return self._user_place(row)
        i = bisect_left(self._c.ids, geonameid)
        return self._place(i) if i < len(self._c.ids) and self._c.ids[i] == geonameid else None

    def country(self, code: str) -> Place | None:
        """The country row (feature code PCL*) of this ISO 3166 alpha-2 code, or None."""
        row = self._countries.get(code.upper())
        return None if row is None else self.get(self._c.ids[row])

    def capital(self, code: str) -> Place | None:
        """The capital city (feature code PPLC) of this ISO 3166 alpha-2 code, or None; the most populous
        where GeoNames marks several (seat of government and constitutional capital)."""
        row = self._capitals.get(code.upper())
        return None if row is None else self.get(self._c.ids[row])

    def region(self, country_code: str, admin1_code: str) -> Place | None:
        """The first-level region (ADM1) with these GeoNames codes (e.g. "ML", "08"), or None."""
        row = self._regions.get((country_code.upper(), admin1_code))
        return None if row is None else self.get(self._c.ids[row])

    def _rows_spelled_like(self, key: str) -> Iterable[int]:
        """The shipped rows bearing name key `key` or any key that differs from it only in
        punctuation (the finder matches "North West" where the gazetteer says "North-West")."""
        loose = loose_key(key)
        keys = {key, loose}
        i = bisect_left(self._c.loose, loose)
        if i < len(self._c.loose) and self._c.loose[i] == loose:
            keys.update(self._c.spelled[i].split("\n"))
        return (row for each in keys for row in self._rows_named(each))

    def _rows_named(self, key: str) -> Iterable[int]:
        """The shipped rows bearing the name key `key`."""
        i = bisect_left(self._c.keys, key)
        if i == len(self._c.keys) or self._c.keys[i] != key:
            return ()
        return self._c.rows[self._c.post[i]:self._c.post[i + 1]]

    def _user_place(self, row: tuple) -> Place:
        """The Place of a user gazetteer row; the region's name comes from the shipped rows,
        as GeoNames dumps carry only its code."""
        geonameid, name, lat, lon, fclass, fcode, country, admin1, population = row
        region = self._regions.get((country, admin1))
        return Place(geonameid=geonameid, name=name, latitude=lat, longitude=lon,
                     country_code=country, feature_class=fclass, feature_code=fcode,
                     admin1_code=admin1, population=population,
                     admin1_name="" if region is None else self._c.names[region])

    @cached_property
    def _countries(self) -> dict[str, int]:
        """Country code -> row of its PCL* place, built on first use."""
        pcl = [code for code in self._c.fcode.values if code.startswith("PCL")]
        return {self._c.country[row]: row for row in self._c.fcode.rows_where(pcl)}

    @cached_property
    def _capitals(self) -> dict[str, int]:
        """Country code -> row of its most populous PPLC place, built on first use."""
        best: dict[str, int] = {}
        for row in self._c.fcode.rows_where(["PPLC"]):
            code = self._c.country[row]
            if code not in best or self._c.pop[row] > self._c.pop[best[code]]:
                best[code] = row
        return best

    @cached_property
    def _regions(self) -> dict[tuple[str, str], int]:
        """(country code, admin1 code) -> row of its ADM1 place, built on first use."""
        rows = self._c.fcode.rows_where(["ADM1"])
        return {(self._c.country[row], self._c.admin1[row]): row for row in rows}

    def _place(self, row: int) -> Place:
        """The Place of one row, built on demand: most rows are never asked for."""
        return Place(
            geonameid=self._c.ids[row], name=self._c.names[row],
            latitude=self._c.lat[row], longitude=self._c.lon[row],
            country_code=self._c.country[row], feature_class=self._c.fclass[row],
            feature_code=self._c.fcode[row], admin1_code=self._c.admin1[row],
            admin1_name=self._c.admin1_name[row], population=self._c.pop[row],
        )


def _name_runs(text: str, start: int, end: int) -> dict[tuple[int, int], str]:
    """Runs of up to MAX_NAME_WORDS space-separated words of text[start:end] that begin and
    end with a capitalised word, by span, with their name keys."""
    words = list(_WORD.finditer(text, start, end))
    folded = fold(text[start:end])  # folding keeps length, so the offsets hold in it
    runs = {}
    for i, first in enumerate(words):
        if not first.group()[0].isupper():
            continue
        for k in range(i, min(i + MAX_NAME_WORDS, len(words))):
            last = words[k]
            if k > i and text[words[k - 1].end():last.start()] != " ":
                break
            if last.group()[0].isupper():
                runs[first.start(), last.end()] = " ".join(folded[first.start() - start:last.end() - start].split())
    return runs


def gazetteer_files(path: Path) -> list[Path]:
    """The gazetteer CSV at `path` and its companion parts `STEM.PART.csv` beside it, which are
    loaded with it as one gazetteer (gazetteer.odbl.csv holds the ODbL rows of gazetteer.csv)."""
    return [path, *sorted(path.parent.glob(f"{glob.escape(path.stem)}.*.csv"))]


def _stamp(path: Path) -> _Stamp | None:
    """What identifies one version of a file (path, size, modification time); None if absent."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    except OSError as err:
        raise GazetteerError(f"gazetteer file {path} cannot be read: {err.strerror}") from err
    return (str(path), stat.st_size, stat.st_mtime_ns)


def _open_user(stamp: _Stamp | None) -> UserGazetteer | None:
    """The user gazetteer of `stamp`, or None when there is no such file."""
    try:
        return None if stamp is None else UserGazetteer(Path(stamp[0]))
    except UserGazetteerError as err:
        raise GazetteerError(str(err)) from None


def _build(table: _Table) -> _Columns:
    """The columns and name index of the parsed rows, sorted by geonameid."""
    ids = np.asarray(table.geonameid, dtype=np.int64)
    order = np.argsort(ids, kind="stable")
    ids = ids[order]
    twice = np.flatnonzero(ids[1:] == ids[:-1])
    if twice.size:
        raise GazetteerError(f"geonameid {ids[twice[0] + 1]} appears twice")

    def ordered(column: list) -> list:
        return np.asarray(column, dtype=object)[order].tolist() if column else []

    return _Columns(
        ids=array("q", ids.tobytes()),
        lat=array("d", np.asarray(table.latitude, dtype=np.float64)[order].tobytes()),
        lon=array("d", np.asarray(table.longitude, dtype=np.float64)[order].tobytes()),
        pop=array("q", np.asarray(table.population, dtype=np.int64)[order].tobytes()),
        names=_Strings.of(ordered(table.name)),
        country=_Codes.of(ordered(table.country_code)),
        fclass=_Codes.of(ordered(table.feature_class)),
        fcode=_Codes.of(ordered(table.feature_code)),
        admin1=_Codes.of(ordered(table.admin1_code)),
        admin1_name=_Codes.of(ordered(table.admin1_name)),
        **_index(ordered(table.names)),
    )


def _index(names: list[str]) -> dict[str, _Strings | array]:
    """Sorted folded names and, for each, the rows that bear it (`names`: each row's, joined by commas;
    a row's names hold no line break, as `_checked` made them spaces, so a line per row stays one)."""
    keys, post, rows = _postings(keyed("\n".join(names)))
    spelled: dict[str, list[str]] = {}
    looser = loosened(keys)
    for key, loose in compress(zip(keys, looser), map(ne, keys, looser)):   # the loop body only for those that differ (at most 1 in 8)
        spelled.setdefault(loose, []).append(key)
    loose_keys = sorted(spelled)
    return {
        "keys": _Strings.of(keys),
        "post": post,
        "rows": rows,
        "loose": _Strings.of(loose_keys),
        "spelled": _Strings.of(["\n".join(spelled[loose]) for loose in loose_keys]),
    }


_END = 0   # the byte ending each name in `_named`: below every other, so the names sort as they would bare


def _postings(text: str) -> tuple[list[str], array, array]:
    """The sorted distinct names in `text` (a line per row, its names separated by commas) and the
    rows bearing each: keys[i] names rows[post[i]:post[i + 1]], in row order. Arrow numbers the names
    by hashing and sorts the distinct ones, numpy pairs them with rows: no Python object per name
    (a dict numbering two million names and sorting the keys in Python took three times as long)."""
    import pyarrow.compute as pc    # only a first start (no cache yet) builds the index

    pool = _memory_pool()
    named, rows = _named(text)
    numbered = pc.dictionary_encode(named, memory_pool=pool)
    order = pc.sort_indices(numbered.dictionary, memory_pool=pool).to_numpy()
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size)
    keys = _unended(pc.take(numbered.dictionary, order, memory_pool=pool))
    codes = rank[numbered.indices.to_numpy()]
    lines = int(rows[-1]) + 1
    pairs = np.sort(codes * lines + rows)                       # by name, then row
    pairs = pairs[np.r_[True, pairs[1:] != pairs[:-1]]]         # a name twice in one row counts once
    named, rows = np.divmod(pairs, lines)
    first = 1 if keys[0] == "" else 0                           # sorted first: an empty name (",,") is none
    post = np.searchsorted(named, np.arange(first, len(keys) + 1))
    rows = rows[post[0]:].astype(np.uint32)
    return keys[first:], array("Q", (post - post[0]).astype(np.uint64).tobytes()), array("I", rows.tobytes())


def _memory_pool() -> "pa.MemoryPool":
    """Where Arrow works while a first start builds the gazetteer: jemalloc told to give back what is
    freed at once (Arrow's default, mimalloc, and the system's malloc kept it, and the build's peak
    came 100 MB higher); the system's allocator where Arrow was built without jemalloc."""
    import pyarrow as pa

    try:
        pa.jemalloc_set_decay_ms(0)
        return pa.jemalloc_memory_pool()
    except NotImplementedError:
        return pa.system_memory_pool()


def _named(text: str) -> tuple["pa.LargeBinaryArray", np.ndarray]:
    """Every name in `text` (see `_postings`) as UTF-8 ending in `_END`, and the row (line) of each."""
    import pyarrow as pa

    data = np.frombuffer(text.encode("utf-8", "surrogatepass") + bytes([_END]), dtype=np.uint8).copy()
    ends = np.flatnonzero((data == ord(",")) | (data == ord("\n")))   # never inside a character's bytes
    rows = np.r_[0, np.cumsum(data[ends] == ord("\n"))]
    ends = np.r_[ends, data.size - 1]
    data[ends] = _END
    offsets = np.r_[0, ends + 1].astype(np.int64)
    return pa.LargeBinaryArray.from_buffers(pa.large_binary(), ends.size, [None, pa.py_buffer(offsets),
                                                                        pa.py_buffer(data)]), rows


def _unended(names: "pa.LargeBinaryArray") -> list[str]:
    """The names of `_named` as str again."""
    offsets = np.frombuffer(names.buffers()[1], dtype=np.int64)[names.offset:names.offset + len(names) + 1]
    data = np.frombuffer(names.buffers()[2], dtype=np.uint8)[offsets[0]:offsets[-1]].copy()
    data[offsets[1:] - offsets[0] - 1] = ord("\n")           # no name holds a line break: they ended lines
    return data.tobytes().decode("utf-8", "surrogatepass").split("\n")[:-1]


def _record(values: tuple, where: Callable[[], str]) -> _Record:
    """One row, its fields in COLUMNS order, checked and converted. `where()` names the row in
    error messages (called only then: naming each of 400,000 rows up front took a tenth of the parse)."""
    try:
        return _checked(*values)
    except ValueError as problem:
        raise GazetteerError(f"{where()}: {problem}") from None


def _checked(geonameid: object, name: object, asciiname: object, alternatenames: object, latitude: object,
             longitude: object, feature_class: object, feature_code: object, country_code: object,
             admin1_code: object, admin1_name: object, population: object) -> _Record:
    name = _text(name)
    if not name:
        raise ValueError("empty name")
    if not isinstance(alternatenames, str):  # from_rows may pass a list of names, or none
        alternatenames = ",".join(alternatenames or ())
    return _Record(
        geonameid=int(_number(geonameid, "geonameid", int)),
        name=name,
        latitude=coordinate(latitude, "latitude"),
        longitude=coordinate(longitude, "longitude"),
        feature_class=_text(feature_class) or "P",
        feature_code=_text(feature_code) or "PPL",
        country_code=_text(country_code).upper(),
        admin1_code=_text(admin1_code),
        admin1_name=_text(admin1_name),
        population=int(_number(population, "population", int, default=0)),
        # a line per row: see _index
        names=",".join((name, _text(asciiname), alternatenames)).replace("\n", " "),
    )


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _number(raw: object, column: str, kind: type, default: int | None = None) -> float:
    """A numeric field."""
    if (raw is None or str(raw).strip() == "") and default is not None:
        return default
    try:
        return kind(str(raw).strip()) if isinstance(raw, str) else kind(raw)
    except (TypeError, ValueError):
        raise ValueError(f"bad {column} {raw!r}") from None


def coordinate(value: object, what: str) -> float:
    """A latitude or a longitude (`what`) as a number in its range; ValueError saying what is wrong."""
    limit = COORDINATE_LIMITS[what]
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"bad {what} {value!r}") from None
    if not -limit <= number <= limit:  # also refuses nan
        raise ValueError(f"{what} {value} outside [-{limit:g}, {limit:g}]")
    return number


def _read_csv(path: Path) -> _Table:
    """Every row of the gazetteer CSV at `path`, checked: read column by column when the file is well
    formed, else row by row, which names the line at fault."""
    try:
        fast = _columnwise(path)
        return fast if fast is not None else _Table.of(_parse_csv(path))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise GazetteerError(f"{path}: cannot be read: {err}") from err


def _columnwise(path: Path) -> _Table | None:
    """The rows of a well-formed gazetteer CSV, parsed by Arrow's reader and checked and converted a
    column at a time: a fifth of the row-by-row parse (pandas' reader took three times Arrow's), most of
    a fresh install's first start. The same rows `_parse_csv` gives; None when anything is off (a row
    with a field missing or extra, a blank line, a number that is not one, a coordinate out of range,
    an empty name), for `_parse_csv` to say where."""
    import pyarrow as pa    # only a first start (no cache yet) parses the CSV
    from pyarrow import csv as arrow_csv

    with path.open(newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle), None)
    if not header or len(set(header)) != len(header) or not set(COLUMNS) <= set(header):
        return None
    try:
        table = arrow_csv.read_csv(
            path, parse_options=arrow_csv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False),
            convert_options=arrow_csv.ConvertOptions(
                include_columns=list(COLUMNS), column_types=dict.fromkeys(COLUMNS, pa.string()),
                null_values=[], strings_can_be_null=False, quoted_strings_can_be_null=False),
            memory_pool=_memory_pool())
    except pa.ArrowInvalid:      # a row of another length, or bytes that are not UTF-8
        return None
    raw = {}
    for column in COLUMNS:      # each column let go once converted: less memory at the peak
        raw[column] = _numbers(table.column(column), *_PLAIN[column]) if column in _PLAIN \
            else _objects(table.column(column), _CLEAN.get(column))
        table = table.drop_columns([column])
    columns = _converted(raw)
    return None if columns is None else _Table(*columns)


_PLAIN_INTEGER, _PLAIN_DECIMAL = r"^-?[0-9]{1,18}$", r"^-?[0-9]{1,3}(\.[0-9]{1,20})?$"
_PLAIN = {"geonameid": (_PLAIN_INTEGER, "int64"), "population": (_PLAIN_INTEGER, "int64"),
          "latitude": (_PLAIN_DECIMAL, "float64"), "longitude": (_PLAIN_DECIMAL, "float64")}


def _numbers(column: "pa.ChunkedArray", plain: str, kind: str) -> np.ndarray:
    """A numeric column as numbers when every value is written plainly (`plain`: Arrow's cast reads such
    a value as int() and float() do), else as str objects for `_converted` to check one by one."""
    import pyarrow.compute as pc

    if pc.all(pc.match_substring_regex(column, plain)).as_py() is False:
        return _objects(column)
    return pc.cast(column, kind).to_numpy()


def _country_code(value: str) -> str:
    return value.strip().upper()


_CLEAN = {**dict.fromkeys(("name", "asciiname", "feature_class", "feature_code", "admin1_code", "admin1_name"), str.strip),
          "country_code": _country_code}    # as `_checked` cleans a field (alternate names are split later)


def _objects(column: "pa.ChunkedArray", clean: Callable[[str], str] | None = None) -> np.ndarray:
    """An Arrow string column as an array of str, one object for each distinct value of a block (as
    pandas' reader gives them: one str a field, "ML" and "" half a million times, took 170 MB more),
    each value passed through `clean` once a block ("ML" once, not 100,000 times)."""
    def block(values: "pa.Array") -> np.ndarray:
        numbered = values.dictionary_encode()
        distinct = numbered.dictionary.to_numpy(zero_copy_only=False)
        if clean is not None:
            distinct = np.array([clean(value) for value in distinct], dtype=object)
        return distinct[numbered.indices.to_numpy()]
    return np.concatenate([block(chunk) for chunk in column.chunks]) if column.num_chunks else np.array([], dtype=object)


_INTEGER = re.compile(r"[+-]?\d+")


def _converted(raw: dict[str, np.ndarray]) -> tuple[list, ...] | None:
    """The columns of `_Table` from the raw ones (text already cleaned: see `_CLEAN`), converted as
    `_checked` converts one row; None if a value fails a check."""
    name = raw["name"]
    ids, population = _integers(raw["geonameid"]), _integers(raw["population"], default="0")
    lat, lon = _floats(raw["latitude"]), _floats(raw["longitude"])
    if not name.all() or ids is None or population is None or lat is None or lon is None:
        return None
    if not ((np.abs(lat) <= COORDINATE_LIMITS["latitude"]).all() and (np.abs(lon) <= COORDINATE_LIMITS["longitude"]).all()):
        return None
    fclass, fcode = raw["feature_class"], raw["feature_code"]
    fclass[fclass == ""], fcode[fcode == ""] = "P", "PPL"
    names = name + "," + raw["asciiname"] + "," + raw["alternatenames"]
    return (ids, name.tolist(), lat.tolist(), lon.tolist(), fclass.tolist(), fcode.tolist(), raw["country_code"].tolist(),
            raw["admin1_code"].tolist(), raw["admin1_name"].tolist(), population,
            [joined.replace("\n", " ") for joined in names])


_strip = np.vectorize(str.strip, otypes=[object])


def _integers(values: np.ndarray, default: str | None = None) -> list[int] | None:
    """Each value as `_number` reads an integer field (`default` for an empty one); None if one is not."""
    if values.dtype != object:          # read by Arrow already (see _numbers)
        return values.tolist()
    values = _strip(values)
    if default is not None:
        values[values == ""] = default
    return list(map(int, values)) if all(map(_INTEGER.fullmatch, values)) else None


def _floats(values: np.ndarray) -> np.ndarray | None:
    """Each value as float() reads it, as `coordinate` does; None if one is not a number."""
    try:
        return values.astype(float)
    except ValueError:
        return None


def _parse_csv(path: Path) -> list[_Record]:
    """The checked rows of the CSV at `path`; reading errors are left to the caller."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if not header:
            raise GazetteerError(f"{path}: empty file, expected a header with {', '.join(COLUMNS)}")
        missing = [column for column in COLUMNS if column not in header]
        if missing:
            raise GazetteerError(f"{path}: missing column(s) {', '.join(missing)}; "
                                 f"expected {', '.join(COLUMNS)}")
        fields_of = itemgetter(*(header.index(column) for column in COLUMNS))
        records = []
        for values in reader:
            if len(values) != len(header):
                raise GazetteerError(f"{path} line {reader.line_num}: {len(values)} fields, header has {len(header)}")
            records.append(_record(fields_of(values), lambda: f"{path} line {reader.line_num}"))
    return records


def _load_cached(path: Path, stamp: _Stamp, cache_dir: Path) -> _Columns:
    """The columns from the cache file when that is fresh, else parsed and cached anew."""
    where = caches.cache_file(cache_dir, "gazetteer", stamp[0])
    stored = caches.read(where, (CACHE_FORMAT, *stamp))
    if stored is not None:
        return _thaw(stored)
    log.info("parsing %s (no fresh cache at %s)", path, where)
    columns = _build(_Table.joined([_read_csv(part) for part in gazetteer_files(path)]))
    caches.write(where, (CACHE_FORMAT, *stamp), _freeze(columns))
    return columns


def _freeze(columns: _Columns) -> dict[str, tuple]:
    """`columns` as plain built-in values."""
    def plain(value: object) -> tuple:
        if isinstance(value, array):
            return ("array", value.typecode, value.tobytes())
        if isinstance(value, _Strings):
            return ("strings", value.text, plain(value.offsets))
        return ("codes", value.values, plain(value.codes))
    return {field.name: plain(getattr(columns, field.name)) for field in fields(columns)}


def _thaw(frozen: Mapping[str, tuple]) -> _Columns:
    """The columns `_freeze` stored."""
    def live(value: tuple) -> object:
        if value[0] == "array":
            column = array(value[1])
            column.frombytes(value[2])
            return column
        if value[0] == "strings":
            return _Strings(value[1], live(value[2]))
        return _Codes(value[1], live(value[2]))
    return _Columns(**{name: live(value) for name, value in frozen.items()})


@cache
def demonyms() -> dict[str, str]:
    """Folded demonym or nationality adjective ("malian", "french") -> ISO alpha-2 code;
    where two countries share one, the row listed first in demonyms.csv wins."""
    table: dict[str, str] = {}
    for row in tables.rows("demonyms.csv"):
        table.setdefault(name_key(row["demonym"]), row["country_code"])
    return table


@cache
def peaceful_countries() -> frozenset[str]:
    """The ISO alpha-2 codes of the countries where no armed group fought on their soil in the 2010s
    (`peaceful_countries.csv`): their forces in the news act abroad, a shooting there is crime unless told otherwise."""
    return frozenset(row["iso2"] for row in tables.rows("peaceful_countries.csv"))


@cache
def filed_under() -> dict[str, str]:
    """ISO alpha-2 code of a territory -> the code of the country ACLED files its events under (`acled_filed_under.csv`:
    Hong Kong's are China's)."""
    return {row["iso2"]: row["under"] for row in tables.rows("acled_filed_under.csv")}


@cache
def countries() -> dict[str, tuple[str, str]]:
    """ISO alpha-2 code -> (English name, ISO alpha-3 code), for every GeoNames country."""
    return {row["iso2"]: (row["name"], row["iso3"]) for row in tables.rows("countries.csv")}
