"""Filling the user gazetteer: GeoNames dumps imported, single places added by hand.

Reads the formats GeoNames publishes: a country file (ML.txt) or allCountries.txt (19
tab-separated columns), alternateNamesV2.txt (10 columns) or the older alternateNames.txt (8),
each also as the .zip GeoNames ships. A file is streamed line by line (constant memory) and
written in one transaction: an interrupted import leaves the user gazetteer as it was, and
importing a file again replaces its places. A bad row is counted and reported with its file and
line, and the import goes on.
"""
from __future__ import annotations

import logging
import sqlite3
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import IO, TextIO

from .files import bounded_lines
from .gazetteer import GazetteerError, coordinate, countries
from .models import Place
from .names import fold, name_key
from .user_gazetteer import PlaceRow, Writer

log = logging.getLogger(__name__)

PLACE_FIELDS = 19
ALTERNATE_FIELDS = (10, 8)  # alternateNamesV2.txt, alternateNames.txt
# alternateNames "languages" whose rows are links, postal or airport codes, not names
NOT_NAMES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "abbr", "unlc", "fr_1793", "tcid"})
BATCH_ROWS = 10_000
MAX_LINE_BYTES = 1_000_000  # a GeoNames row is under 10 kB; a longer line is no row and is skipped unread
BULK_BYTES = 64 * 2**20  # above this (or into an empty file) the name index is rebuilt at the end
MAX_REPORTED_BAD = 20    # bad rows reported one by one per file; the rest are only counted
USER_ID_BASE = -1_000_000  # hand-added places get ids from here down (the shipped supplement uses -1, -2, ...)
DEFAULT_CLASS, DEFAULT_CODE = "P", "PPL"
NOT_DUMPS = ("readme", "iso-languagecodes")  # other .txt files in GeoNames' zip files


class BadRow(ValueError):
    """One dump row that cannot be imported."""


@dataclass
class ImportStats:
    """What an import of one dump did so far; passed to the progress callback."""

    source: str
    kind: str = ""
    rows: int = 0
    imported: int = 0
    bad: int = 0
    skipped: int = 0
    done_bytes: int = 0
    total_bytes: int = 0

    def percent(self) -> float:
        return 100.0 * self.done_bytes / max(self.total_bytes, 1)

    def line(self) -> str:
        """The closing summary of this dump."""
        what = "places" if self.kind == "places" else "alternate names added"
        skipped = f", {self.skipped:,} rows skipped (codes, links, names already known, places not in the user gazetteer)" \
            if self.skipped else ""
        return f"{self.source}: {self.rows:,} rows, {self.imported:,} {what}, {self.bad:,} bad rows{skipped}"


Progress = Callable[[ImportStats], None]
Report = Callable[[str], None]


def name_keys(*names: str) -> set[str]:
    """The distinct name keys of comma-separated name lists (folding the joined text once is
    much faster than folding each name)."""
    return {" ".join(name.split()) for name in fold(",".join(names)).split(",")} - {""}


def parse_place(fields: Sequence[str]) -> tuple[PlaceRow, set[str]]:
    """A user gazetteer row and its name keys from the 19 fields of a GeoNames dump row."""
    if len(fields) != PLACE_FIELDS:
        raise BadRow(f"{len(fields)} tab-separated fields, expected {PLACE_FIELDS}")
    geonameid = _integer(fields[0], "geonameid")
    name = fields[1].strip()
    if not name:
        raise BadRow("empty name")
    country = fields[8].strip().upper()
    if country and not (len(country) == 2 and country.isalpha()):
        raise BadRow(f"bad country code {fields[8]!r}")
    row = (geonameid, name, _coordinate(fields[4], "latitude"), _coordinate(fields[5], "longitude"),
           fields[6].strip() or DEFAULT_CLASS, fields[7].strip() or DEFAULT_CODE, country,
           fields[10].strip(), _integer(fields[14], "population") if fields[14].strip() else 0)
    return row, name_keys(name, fields[2], fields[3])


def parse_alternate(fields: Sequence[str]) -> tuple[int, str] | None:
    """(geonameid, name key) from an alternateNames row; None for a code or link row."""
    if len(fields) not in ALTERNATE_FIELDS:
        raise BadRow(f"{len(fields)} tab-separated fields, expected {' or '.join(map(str, ALTERNATE_FIELDS))}")
    if fields[2] in NOT_NAMES:
        return None
    key = name_key(fields[3])
    if not key:
        raise BadRow("empty alternate name")
    return _integer(fields[1], "geonameid"), key


def _coordinate(value: str, what: str) -> float:
    try:
        return coordinate(value, what)
    except ValueError as problem:
        raise BadRow(str(problem)) from None


def _integer(value: str, what: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise BadRow(f"bad {what} {value!r}") from None


def import_dump(path: Path, db_path: Path, progress: Progress | None = None,
                report: Report | None = None) -> list[ImportStats]:
    """Import the dump at `path` (each dump inside a .zip) into the user gazetteer at
    `db_path`; one transaction per dump. Bad rows go to `report` as one line each."""
    try:
        with _dumps(path) as dumps:
            return [_import_one(label, stream, size, db_path, progress, report or log.warning)
                    for label, stream, size in dumps]
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError) as err:
        raise GazetteerError(f"{path}: cannot be read: {getattr(err, 'strerror', None) or err}") from None
    except sqlite3.Error as err:
        raise GazetteerError(f"user gazetteer {db_path}: {err}") from None


@contextmanager
def _dumps(path: Path) -> Iterator[Iterator[tuple[str, IO[bytes], int]]]:
    """(label, binary stream, size in bytes) of each dump in `path`, opened one at a time."""
    with ExitStack() as stack:
        if path.suffix.lower() != ".zip":
            yield iter([(str(path), stack.enter_context(path.open("rb")), path.stat().st_size)])
            return
        archive = stack.enter_context(zipfile.ZipFile(path))
        members = [m for m in archive.infolist() if m.filename.lower().endswith(".txt")
                   and not Path(m.filename).name.lower().startswith(NOT_DUMPS)]
        if not members:
            raise GazetteerError(f"{path}: no .txt dump inside the zip file")
        yield ((f"{path}:{m.filename}", stack.enter_context(archive.open(m)), m.file_size) for m in members)


def _import_one(label: str, stream: IO[bytes], size: int, db_path: Path,
                progress: Progress | None, report: Report) -> ImportStats:
    """One dump into the user gazetteer, in one transaction."""
    stats = ImportStats(label, total_bytes=size)
    lines = _lines(stream, stats, report)
    first = next(lines, None)
    if first is None:
        raise GazetteerError(f"{label}: no rows")
    stats.kind = _kind(label, *first)
    with Writer(db_path) as writer:
        fresh = writer.is_empty()
        if fresh or size > BULK_BYTES:
            writer.drop_key_index()
        if stats.kind == "places":
            _write_places(writer, chain([first], lines), stats, progress, report, replace=not fresh)
        else:
            _write_alternates(writer, chain([first], lines), stats, progress, report)
        writer.make_key_index()
    return stats


def _lines(stream: IO[bytes], stats: ImportStats, report: Report) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of each non-blank line; a line that is not UTF-8 is reported."""
    for number, raw in enumerate(bounded_lines(stream, MAX_LINE_BYTES), 1):
        if raw is None:
            _bad(stats, report, number, f"longer than {MAX_LINE_BYTES:,} bytes (skipped unread)")
            continue
        stats.done_bytes += len(raw)
        try:
            line = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            _bad(stats, report, number, "not UTF-8 text")
            continue
        if line.strip():
            yield number, line.split("\t")


def _kind(label: str, number: int, fields: list[str]) -> str:
    """"places" or "alternate names", from the number of fields of the first row."""
    if len(fields) == PLACE_FIELDS:
        return "places"
    if len(fields) in ALTERNATE_FIELDS:
        return "alternate names"
    raise GazetteerError(f"{label} line {number}: {len(fields)} tab-separated fields; expected "
                         f"{PLACE_FIELDS} (a GeoNames dump such as ML.txt or allCountries.txt) "
                         f"or {ALTERNATE_FIELDS[0]} (alternateNamesV2.txt)")


def _batches(lines: Iterator[tuple[int, list[str]]], parse: Callable, stats: ImportStats,
             report: Report) -> Iterator[list]:
    """Lists of up to BATCH_ROWS parsed rows; bad rows are counted and reported, never raised."""
    batch = []
    for number, fields in lines:
        stats.rows += 1
        try:
            batch.append(parse(fields))
        except BadRow as problem:
            _bad(stats, report, number, str(problem))
        if len(batch) >= BATCH_ROWS:
            yield batch
            batch = []
    yield batch


def _bad(stats: ImportStats, report: Report, number: int, problem: str) -> None:
    stats.bad += 1
    if stats.bad <= MAX_REPORTED_BAD:
        report(f"{stats.source} line {number}: {problem}, row skipped")
    elif stats.bad == MAX_REPORTED_BAD + 1:
        report(f"{stats.source}: more bad rows; only counted from now on")


def _write_places(writer: Writer, lines: Iterator, stats: ImportStats, progress: Progress | None,
                  report: Report, replace: bool) -> None:
    for batch in _batches(lines, parse_place, stats, report):
        writer.put_places([row for row, _ in batch], [(row[0], k) for row, keys in batch for k in keys],
                          replace_names=replace)
        stats.imported += len(batch)
        if progress:
            progress(stats)


def _write_alternates(writer: Writer, lines: Iterator, stats: ImportStats, progress: Progress | None,
                      report: Report) -> None:
    for batch in _batches(lines, parse_alternate, stats, report):
        added = writer.add_names([item for item in batch if item is not None])
        stats.imported += added
        stats.skipped += len(batch) - added
        if progress:
            progress(stats)


def add_place(db_path: Path, name: str, latitude: str | float, longitude: str | float, country: str,
              aliases: Sequence[str] = (), population: int = 0) -> Place:
    """Add one place by hand (adding the same name in the same country again replaces it)."""
    name = " ".join(name.split())
    if not name or "," in name:
        raise GazetteerError(f"bad place name {name!r}: give a non-empty name without commas")
    try:
        lat, lon = coordinate(latitude, "latitude"), coordinate(longitude, "longitude")
    except ValueError as problem:
        raise GazetteerError(f"{name}: {problem}") from None
    code = country.strip().upper()
    if code not in countries():
        raise GazetteerError(f"unknown country code {country!r}: give an ISO 3166 alpha-2 code "
                             "such as ML (the list is extract/data/countries.csv)")
    try:
        with Writer(db_path) as writer:
            geonameid = (writer.find_added(name_key(name), code, USER_ID_BASE)
                         or min(writer.lowest_id(), USER_ID_BASE + 1) - 1)
            row = (geonameid, name, lat, lon, DEFAULT_CLASS, DEFAULT_CODE, code, "", population)
            writer.put_places([row], [(geonameid, key) for key in name_keys(name, *aliases)])
    except sqlite3.Error as err:
        raise GazetteerError(f"user gazetteer {db_path}: {err}") from None
    return Place(geonameid, name, lat, lon, code, population=population)


class ProgressLine:
    """Import progress on a stream: rewritten in place on a terminal, a line per 10 % elsewhere."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.shown = -1
        self.open = False  # a progress line waits to be finished

    def __call__(self, stats: ImportStats) -> None:
        text = f"{stats.source}: {stats.rows:,} rows, {stats.percent():.0f}%"
        if self.tty:
            self.stream.write(f"\r{text}")
            self.open = True
        elif int(stats.percent() // 10) > self.shown:
            self.shown = int(stats.percent() // 10)
            self.stream.write(text + "\n")
        self.stream.flush()

    def note(self, line: str) -> None:
        """Write a message (a bad row) on a line of its own."""
        self.end()
        self.stream.write(line + "\n")

    def end(self) -> None:
        """Finish the line rewritten in place; the next dump starts a new count."""
        if self.open:
            self.stream.write("\n")
        self.open = False
        self.shown = -1
