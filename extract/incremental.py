"""Merging the reports of newly stored articles into the stored events, at the cost of those articles.

Events are the connected components of the "same event" relation (`merge.linked`) over merge units
(an article's reports with its retellings folded in). The table `merge_units` keeps each unit's
key, indexed on type, geo-precision, one-degree cell and start date, and the event it belongs to;
`merge_pending` lists the articles stored since the last merge (written with the article, so an
interrupted run is merged by the next). A merge takes the pending articles' new units and what is
left of the events their old units were in, grows that set along the relation through the index
(a union-find), and rewrites only the events it reached. A full re-merge runs the same code with
every article pending, so both give exactly the same events and ids.
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from . import review
from .acled import acled_id
from .fingerprint import code_digest
from .gazetteer import countries
from .merge import (SPAN_RATIO, Key, UnionFind, bounding_box, cell_of, event_of, is_long, key_of, linked, merge_units,
                    near_cells, window_start)
from .models import Event, Source
from .settings import Settings
from .store import IN_BATCH, MERGE_STATE, READ_EVENTS, ExportFilter, Store
from .table import COLUMNS, ID_COLUMNS, event_row, renamed

UNIT_COLUMNS = ("doc_id", "unit", "event_type", "sub_event_type", "geo_precision", "long", "cell", "date_start",
                "date_end", "latitude", "longitude", "days", "listed")
KEY_COLUMNS = "rowid, doc_id, unit, event_id, event_type, sub_event_type, geo_precision, date_start, date_end, " \
              "latitude, longitude, days, listed"
# The index narrows by type, cell and start date; the rest of the filter runs inside SQLite too, so
# that few rows come back that `linked` then refuses: the end date, comparable lengths, a box around the point.
NEAR = ("SELECT " + KEY_COLUMNS + " FROM merge_units WHERE event_type = ? AND sub_event_type = ? "
        "AND geo_precision IS ? AND long = ? AND cell IN (?, ?, ?, ?, ?, ?, ?, ?, ?) AND date_start BETWEEN ? AND ? "
        "AND date_end >= ? AND days BETWEEN ? AND ? AND latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?")
MERGE_BATCH = 5000  # articles merged at a time: merging them in batches gives the same events
Unit = tuple[str, int]  # (doc_id, position among the article's units)


def merge_state(settings: Settings) -> str:
    """What the stored merge depends on: the merge code and the merge distance."""
    return f"{code_digest('merge.py', 'incremental.py', 'table.py')}|{settings.merge_distance_km}"


def merge_pending(store: Store, settings: Settings, remerge: bool = False) -> int:
    """Merge the articles stored since the last merge into the events (every article when `remerge`,
    or when the stored merge came from other code or settings) and lay the reviewers' actions over them again,
    in one write transaction; the number of events as reviewed (merged away and rejected ones left out)."""
    state = merge_state(settings)
    with store.write_lock() as db:
        found = db.execute("SELECT value FROM meta WHERE name = ?", (MERGE_STATE,)).fetchone()
        if remerge or found is None or found[0] != state:
            _forget_merge(db)
        while _merge(store, db, settings.merge_distance_km):
            pass
        review.apply(db)  # the reviewers' actions, laid again over the events just merged
        db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (MERGE_STATE, state))
        condition, params = ExportFilter().where()   # the events as an export shows them: rejected ones out
        return db.execute(f"SELECT count(*) FROM {READ_EVENTS} WHERE {condition}", params).fetchone()[0]


def _forget_merge(db: sqlite3.Connection) -> None:
    """Drop every event and unit and have every article merged again."""
    for table in ("events", "event_sources", "merge_units"):
        db.execute(f"DELETE FROM {table}")
    db.execute("INSERT OR IGNORE INTO merge_pending SELECT doc_id FROM articles")


def _merge(store: Store, db: sqlite3.Connection, max_km: float) -> bool:
    """Merge up to MERGE_BATCH pending articles (memory stays bounded in a full re-merge); False when none was left."""
    docs = [doc for (doc,) in db.execute("SELECT doc_id FROM merge_pending ORDER BY doc_id LIMIT ?", (MERGE_BATCH,))]
    if not docs:
        return False
    touched = {row[0] for row in _select(db, "SELECT event_id FROM merge_units WHERE doc_id IN ({})", docs) if row[0]}
    _delete(db, "DELETE FROM merge_units WHERE doc_id IN ({})", docs)
    units = _units_by_doc(store.reports_of(docs))
    seeds = _insert_units(db, units)
    seeds += [row[0] for row in _select(db, "SELECT rowid FROM merge_units WHERE event_id IN ({})", sorted(touched))]
    groups, keys = _components(db, seeds, max_km)
    touched |= {keys[rowid][1] for group in groups for rowid in group if keys[rowid][1]}
    _delete(db, "DELETE FROM events WHERE event_id IN ({})", sorted(touched))
    _delete(db, "DELETE FROM event_sources WHERE event_id IN ({})", sorted(touched))
    _write_events(store, db, [[keys[rowid][0] for rowid in group] for group in groups], units,
                  {keys[rowid][0]: rowid for group in groups for rowid in group})
    _delete(db, "DELETE FROM merge_pending WHERE doc_id IN ({})", docs)
    return True


def _units_by_doc(reports: Iterable[Event]) -> dict[Unit, Event]:
    """Each article's merge units, keyed by (article, position)."""
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for report in reports:
        by_doc[report.doc_id].append(report)
    return {(doc, n): unit for doc, group in by_doc.items() for n, unit in enumerate(merge_units(group))}


def _insert_units(db: sqlite3.Connection, units: dict[Unit, Event]) -> list[int]:
    """Index the units; their row ids."""
    rowids = []
    for (doc, n), unit in units.items():
        key = key_of(unit)
        place = (int(is_long(key)), cell_of(key), key.date_start, key.date_end, key.latitude, key.longitude,
                 key.days, key.listed) if key else (None,) * 8
        values = (doc, n, unit.event_type, unit.sub_event_type, unit.geo_precision, *place)
        cursor = db.execute(f"INSERT INTO merge_units ({', '.join(UNIT_COLUMNS)}) VALUES "
                            f"({', '.join('?' * len(UNIT_COLUMNS))})", values)
        rowids.append(cursor.lastrowid)
    return rowids


def _components(db: sqlite3.Connection, seeds: list[int], max_km: float) -> tuple[list[list[int]], dict]:
    """The connected components reached from the seed units, and each unit's ((doc, n), stored event id)."""
    keys = {row[0]: row for row in _select(db, f"SELECT {KEY_COLUMNS} FROM merge_units WHERE rowid IN ({{}})", seeds)}
    found, todo = UnionFind(), list(keys)
    for rowid in todo:
        found.add(rowid)
    expanded: dict[Key, set[str]] = defaultdict(set)  # a key but its list -> the lists of the units expanded
    while todo:
        rowid = todo.pop()
        key = _key(keys[rowid])
        if key and _found_already(expanded[key._replace(listed="")], key.listed):
            # units with the same key were expanded: they found this one, and every unit this one would
            # link to they linked already (reports of one event often share type, place and dates)
            continue
        if key:
            expanded[key._replace(listed="")].add(key.listed)
        for row in _near(db, key, max_km) if key else ():
            other = row[0]
            if other in keys and found.find(other) == found.find(rowid):
                continue  # already joined: in a busy place most candidates are, and need no distance
            if linked(key, _key(row), max_km):
                if other not in keys:
                    keys[other] = row
                    todo.append(other)
                    found.add(other)
                found.union(rowid, other)
    return found.groups(), {rowid: ((row[1], row[2]), row[3]) for rowid, row in keys.items()}


def _found_already(lists: set[str], listed: str) -> bool:
    """Whether units of the same key but their list, expanded already, found a unit of list `listed` and
    everything it would link to: one of no list links all it would; two of other lists between them do too,
    since a unit of one list is linked to every unit of the others."""
    return "" in lists or len(lists - {listed}) >= 2


def _key(row: Sequence) -> Key | None:
    """The merge key of a merge_units row (KEY_COLUMNS); None for a unit that never merges."""
    return None if row[7] is None else Key(*row[4:13])


def _near(db: sqlite3.Connection, key: Key, max_km: float) -> list[tuple]:
    """The units that may be linked to `key`: same types, a neighbouring cell, dates that may overlap
    (short units by a window on their start, long ones by their interval), within a box of `max_km`."""
    head = (key.event_type, key.sub_event_type, key.geo_precision)
    tail = (key.date_start, -(-key.days // SPAN_RATIO), key.days * SPAN_RATIO, *bounding_box(key, max_km))
    short = db.execute(NEAR, (*head, 0, *near_cells(key), window_start(key), key.date_end, *tail))
    long = db.execute(NEAR, (*head, 1, *near_cells(key), date.min.isoformat(), key.date_end, *tail))
    return [*short, *long]


def _write_events(store: Store, db: sqlite3.Connection, groups: list[list[Unit]], known: dict[Unit, Event],
                  rowids: dict[Unit, int]) -> None:
    """Build, name and store the events of the components; point their units at them."""
    missing = sorted({doc for group in groups for doc, _ in group} - {doc for doc, _ in known})
    units = known | _units_by_doc(store.reports_of(missing))
    events = [event_of([units[unit] for unit in group]) for group in groups]
    articles = store.articles(sorted({e.doc_id for e in events}))
    names = countries()
    rows = [_row(event, articles, names) for event in events]
    _name(db, rows, events)
    db.executemany(f"INSERT INTO events ({', '.join((*COLUMNS, 'country_code'))}) VALUES "
                   f"({', '.join('?' * (len(COLUMNS) + 1))})", [[row[c] for c in (*COLUMNS, "country_code")]
                                                                 for row in rows])
    db.executemany("INSERT INTO event_sources VALUES (?,?,?,?,?)",
                   [(row["event_id"], *_values(source)) for row, event in zip(rows, events) for source in event.sources])
    db.executemany("UPDATE merge_units SET event_id = ? WHERE rowid = ?",
                   [(row["event_id"], rowids[unit]) for row, group in zip(rows, groups) for unit in group])


def _row(event: Event, articles: dict, names: dict) -> dict[str, object]:
    """The event's export row, with the country code the store keeps beside it."""
    row = event_row(event, articles[event.doc_id], names)
    row["country_code"] = event.place.country_code if event.place else ""
    return row


def _name(db: sqlite3.Connection, rows: list[dict], events: list[Event]) -> None:
    """Give events that share a base id (two events of one sentence) -2, -3 ... in an order of their
    content, counting the stored events with that base; stored ones whose suffix changes are renamed."""
    by_base: dict[str, list[tuple]] = defaultdict(list)
    for row, event in zip(rows, events):
        by_base[row["event_id"]].append((_rank(row, event.sources), row))
    renames = []
    for base, fresh in by_base.items():
        stored = _stored_with_base(db, base)
        if len(fresh) + len(stored) == 1:
            continue
        for n, (_, item) in enumerate(sorted(fresh + stored, key=lambda pair: pair[0]), start=1):
            name = base if n == 1 else f"{base}-{n}"
            if isinstance(item, dict):
                renamed(item, name)
            elif item != name:
                renames.append((item, name))
    _rename(db, renames)


def _rank(row: dict, sources: Iterable[Source]) -> tuple:
    """An order among events with one base id that depends only on their content."""
    return (tuple(str(row[c]) for c in COLUMNS if c not in ID_COLUMNS), tuple(sorted(_values(s) for s in sources)))


def _values(source: Source) -> tuple[str, str, int, int]:
    """A source as the columns of event_sources after the event id."""
    return source.doc_id, source.sentence, source.char_start, source.char_end


def _stored_with_base(db: sqlite3.Connection, base: str) -> list[tuple]:
    """(rank, event id) of the stored events named `base` or `base-N`."""
    # base and base-N, as one range of the index: '.' is the character after '-'
    rows = db.execute(f"SELECT {', '.join(COLUMNS)} FROM events WHERE event_id >= ? AND event_id < ?",
                      (base, f"{base}.")).fetchall()
    found = []
    for row in rows:
        sources = [Source(*s) for s in db.execute("SELECT doc_id, sentence, char_start, char_end FROM event_sources "
                                                  "WHERE event_id = ?", (row["event_id"],))]
        found.append((_rank(dict(row), sources), row["event_id"]))
    return found


def _rename(db: sqlite3.Connection, renames: list[tuple[str, str]]) -> None:
    """Stored events take other suffixes; through temporary names, since a new name may still be taken."""
    for step in ([(old, f"{new}~") for old, new in renames], [(f"{new}~", new) for _, new in renames]):
        for table in ("events", "event_sources", "merge_units"):
            db.executemany(f"UPDATE {table} SET event_id = ? WHERE event_id = ?", [(new, old) for old, new in step])
    db.executemany("UPDATE events SET event_id_cnty = ? WHERE event_id = ?", [(acled_id(new), new) for _, new in renames])


def _select(db: sqlite3.Connection, query: str, values: Sequence) -> list[tuple]:
    """Rows of `query` whose "IN ({})" takes `values`, in batches."""
    found = []
    for start in range(0, len(values), IN_BATCH):
        part = list(values[start:start + IN_BATCH])
        found.extend(db.execute(query.format(", ".join("?" * len(part))), part))
    return found


def _delete(db: sqlite3.Connection, query: str, values: Sequence) -> None:
    """Run a statement whose "IN ({})" takes `values`, in batches."""
    for start in range(0, len(values), IN_BATCH):
        part = list(values[start:start + IN_BATCH])
        db.execute(query.format(", ".join("?" * len(part))), part)
