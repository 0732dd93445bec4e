"""Reviewing events: reviewers' actions kept apart from the extracted rows, laid over them after every merge.

An action (confirm, reject, correct, merge, split, undo) is anchored on a report sentence: the
article's id and the sentence's character span, which survive re-extraction and merging, where an
event id does not. `apply` starts from the extracted events every time and replays the actions in
the order they were made (so the newer of two conflicting actions wins) into `event_overlay` and
`overlay_sources`; the view `reviewed_events` shows the events with that overlay. An action whose
sentence is gone (the article's text changed) flags the events now reported near it, or, when there
are none, is kept as orphaned: it is never dropped.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, replace
from datetime import date, datetime, timezone

from .gazetteer import countries
from .models import GEO_PRECISIONS, PRECISIONS, Place, ReviewAction, Source
from .store import sources_of
from . import acled
from .table import COLUMNS, CONFIRMED, CORRECTED, FLAGGED, REJECTED, UNREVIEWED, admin_name, with_acled_codes
from .vocabulary import acled_labels, event_type_of

ENV_REVIEWER = "CONFLICT_EVENTS_REVIEWER"  # the reviewer's self-declared name, for the CLI and the dashboard
ACTION_COLUMNS = ("uid", "action", "doc_id", "char_start", "char_end", "sentence", "anchor_type", "reviewer", "at",
                  "fields", "before", "why")
PLACE_COLUMNS = ("location", "admin1", "admin2", "admin3", "country", "iso3", "country_code", "latitude", "longitude",
                 "geonameid", "place_precision")
CORRECTABLE = ("event_type", "sub_event_type", "date_start", "date_end", "date_precision", "actor1", "actor2",
               "fatalities", "notes", *PLACE_COLUMNS)
ROW_COLUMNS = (*COLUMNS, "country_code")
TEXT_FIELDS = ("sub_event_type", "date_start", "date_end", "date_precision", "actor1", "actor2", "notes", "location",
               "admin1", "admin2", "admin3", "country", "iso3", "country_code")
# What a confirmation vouches for: when a re-extraction or a new report changes one, it is flagged.
VOUCHED = ("sub_event_type", "location", "date_start", "date_end", "fatalities", "actor1", "actor2")
# What an action did when last applied (review_state): the audit view shows it.
APPLIED, STATE_FLAGGED, ORPHANED, UNDONE, UNDO = "applied", "flagged", "orphaned", "undone", "undo"
SPLIT_SUFFIX_DIGITS = 6


class ReviewError(ValueError):
    """A review action that cannot be made: a bad field value, an event that cannot be split."""


# --- making actions ---------------------------------------------------------------------------------

def reviewer_from_env() -> str:
    return os.environ.get(ENV_REVIEWER, "").strip()


def now() -> str:
    """The current UTC time, in the one ISO form every action uses (so text order is time order)."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def make(db: sqlite3.Connection, event_id: str, action: str, reviewer: str, fields: Mapping | None = None,
         why: str = "") -> ReviewAction:
    """An action on the event shown as `event_id`, anchored on its leading sentence; fields checked."""
    row = reviewed_row(db, event_id)
    if row is None:
        raise ReviewError(f"no event {event_id!r} in the database (it may have been merged again: reload)")
    fields = dict(fields or {})
    before: dict = {"reviewed": row["reviewed"]}
    if action == "confirm":
        fields = {name: row[name] for name in VOUCHED}
    elif action == "correct":
        fields = checked_fields(fields)
        before = {name: row[name] for name in fields}
    elif action == "merge":
        other = reviewed_row(db, str(fields.get("other", "")))
        if other is None or other["event_id"] == event_id:
            raise ReviewError("merge needs another event to merge into this one")
        fields = {"other": _anchor(db, other)}
        before = {"report_count": row["report_count"], "other": other["event_id"]}
    elif action == "split":
        fields = {"spans": _split_spans(db, row, fields.get("spans", []))}
        before = {"report_count": row["report_count"]}
    return ReviewAction(uid=uuid.uuid4().hex, action=action, reviewer=reviewer, at=now(), fields=fields,
                        before=before, why=why, **_anchor(db, row))


def _anchor(db: sqlite3.Connection, row: Mapping) -> dict:
    """What finds the event again: its leading sentence and, for two events of one sentence, its extracted type."""
    extracted = db.execute("SELECT sub_event_type FROM events WHERE event_id = ?", (row["event_id"],)).fetchone()
    return {"doc_id": row["doc_id"], "char_start": row["char_start"], "char_end": row["char_end"],
            "sentence": row["sentence"], "anchor_type": extracted[0] if extracted else row["sub_event_type"]}


def _split_spans(db: sqlite3.Connection, row: Mapping, spans: Iterable) -> list[list]:
    """The spans to move into a new event: some of the event's reports, not all, not its leading one."""
    sources = {(s.doc_id, s.char_start, s.char_end) for s in sources_of(db, row["event_id"])}
    if len(sources) < 2:
        raise ReviewError("an event of one report cannot be split: correct or reject it")
    moved = sorted({(str(d), int(s), int(e)) for d, s, e in spans})
    lead = (row["doc_id"], row["char_start"], row["char_end"])
    if not moved or not set(moved) <= sources or lead in moved or len(moved) == len(sources):
        raise ReviewError("a split moves some of the event's reports, other than its leading one, into a new event")
    return [list(span) for span in moved]


def checked_fields(fields: Mapping) -> dict:
    """Corrected values, checked: known columns, ACLED types, ISO dates in order, a precision, coordinates,
    fatalities a whole number or None (unknown, which is not 0)."""
    unknown = sorted(set(fields) - set(CORRECTABLE))
    if unknown:
        raise ReviewError(f"cannot correct {', '.join(unknown)}; correctable: {', '.join(CORRECTABLE)}")
    checked = dict(fields)
    if "sub_event_type" in checked:
        if checked["sub_event_type"] not in acled_labels():
            raise ReviewError(f"sub-event type {checked['sub_event_type']!r} is not ACLED's; valid: "
                              f"{', '.join(acled_labels())}")
        checked["event_type"] = event_type_of(checked["sub_event_type"])
    elif "event_type" in checked:
        raise ReviewError("give the sub-event type; the event type follows from it")
    _check_types(checked)
    _check_dates(checked)
    _check_place(checked)
    fatalities = checked.get("fatalities")
    if fatalities is not None and (isinstance(fatalities, bool) or not isinstance(fatalities, int) or fatalities < 0):
        raise ReviewError(f"fatalities must be a whole number of at least 0, or unknown (null), not {fatalities!r}")
    return checked


def checked_action_fields(action: str, fields: Mapping) -> dict:
    """The fields of an action read from a file, checked so that replaying it cannot fail."""
    if action == "correct":
        return checked_fields(fields)
    if action == "confirm" and not set(fields) <= set(VOUCHED):
        raise ReviewError(f"a confirmation vouches only for {', '.join(VOUCHED)}")
    if action == "merge" and not _is_anchor(fields.get("other")):
        raise ReviewError('a merge needs "other": {doc_id, char_start, char_end, sentence, anchor_type}')
    if action == "split" and not (isinstance(fields.get("spans"), list) and fields["spans"] and all(
            isinstance(s, list) and len(s) == 3 and isinstance(s[0], str) and all(isinstance(n, int) for n in s[1:])
            for s in fields["spans"])):
        raise ReviewError('a split needs "spans": a list of [doc_id, char_start, char_end]')
    if action == "undo" and not isinstance(fields.get("uid"), str):
        raise ReviewError('an undo needs the "uid" of the action it takes back')
    return dict(fields)


def _is_anchor(value: object) -> bool:
    kinds = {"doc_id": str, "char_start": int, "char_end": int, "sentence": str, "anchor_type": str}
    return isinstance(value, dict) and all(isinstance(value.get(k), kind) for k, kind in kinds.items())


def _check_types(fields: dict) -> None:
    """Text is text, a place precision 1-4, a geonameid a whole number, a country code two letters: a
    correction imported from a file is replayed on every merge, and must never break one."""
    wrong = [name for name in TEXT_FIELDS if name in fields and not isinstance(fields[name], str)]
    if wrong:
        raise ReviewError(f"{', '.join(wrong)} must be text")
    if fields.get("place_precision") not in (None, *GEO_PRECISIONS):
        raise ReviewError(f"place_precision must be one of {', '.join(map(str, GEO_PRECISIONS))}, or null")
    geonameid = fields.get("geonameid")
    if geonameid is not None and (isinstance(geonameid, bool) or not isinstance(geonameid, int)):
        raise ReviewError(f"geonameid must be a whole number or null, not {geonameid!r}")
    code = fields.get("country_code", "")
    if code and not (len(code) == 2 and code.isalpha()):
        raise ReviewError(f"country_code must be two letters, not {code!r}")


def _check_dates(fields: dict) -> None:
    dates = {}
    for name in ("date_start", "date_end"):
        if name in fields:
            try:
                dates[name] = date.fromisoformat(str(fields[name]))
            except ValueError:
                raise ReviewError(f"{name} must be a date YYYY-MM-DD, not {fields[name]!r}") from None
    if len(dates) == 1:
        raise ReviewError("give both date_start and date_end")
    if dates and dates["date_start"] > dates["date_end"]:
        raise ReviewError("date_end is before date_start")
    if "date_precision" in fields and fields["date_precision"] not in PRECISIONS:
        raise ReviewError(f"date_precision must be one of {', '.join(PRECISIONS)}")


def _check_place(fields: dict) -> None:
    if "latitude" in fields or "longitude" in fields:
        try:
            Place(0, "check", float(fields["latitude"]), float(fields["longitude"]), "")
        except (KeyError, TypeError, ValueError) as err:
            raise ReviewError(f"a place needs latitude and longitude in range: {err}") from None


def place_fields(place: Place, place_precision: int = 1) -> dict:
    """The corrected columns of an event placed at a gazetteer entry."""
    country, iso3 = countries().get(place.country_code, ("", ""))
    return {"location": place.name, "admin1": place.admin1_name, "admin2": admin_name(place, "ADM2"),
            "admin3": admin_name(place, "ADM3"), "country": country, "iso3": iso3,
            "country_code": place.country_code, "latitude": place.latitude, "longitude": place.longitude,
            "geonameid": place.geonameid, "place_precision": place_precision}


def point_fields(name: str, latitude: float, longitude: float, country_code: str) -> dict:
    """The corrected columns of an event placed at typed (or clicked) coordinates."""
    return place_fields(Place(0, name or f"{latitude:.4f}, {longitude:.4f}", latitude, longitude,
                              country_code.upper()), place_precision=1) | {"geonameid": None}


def save(db: sqlite3.Connection, actions: Iterable[ReviewAction]) -> None:
    """Store actions (one write transaction: give `Store.write_lock()`) and lay the overlay again."""
    db.executemany(f"INSERT OR IGNORE INTO review_actions ({', '.join(ACTION_COLUMNS)}) VALUES "
                   f"({', '.join('?' * len(ACTION_COLUMNS))})", [action_values(a) for a in actions])
    apply(db)


def undo_last(db: sqlite3.Connection, event_id: str, reviewer: str, why: str = "") -> ReviewAction | None:
    """An action taking back the event's latest action still in force (None when there is none)."""
    live = [a for a, state in history(db, event_id) if state not in (UNDONE, UNDO)]
    if not live:
        return None
    last = live[-1]
    return replace(last, uid=uuid.uuid4().hex, action="undo", reviewer=reviewer, at=now(), fields={"uid": last.uid},
                   before={"action": last.action, "at": last.at, "reviewer": last.reviewer}, why=why)


# --- reading ------------------------------------------------------------------------------------------

def action_values(action: ReviewAction) -> tuple:
    record = asdict(action)
    record["fields"], record["before"] = json.dumps(action.fields), json.dumps(action.before)
    return tuple(record[c] for c in ACTION_COLUMNS)


def action_of(row: Mapping) -> ReviewAction:
    values = {c: row[c] for c in ACTION_COLUMNS}
    return ReviewAction(**values | {"fields": json.loads(values["fields"]), "before": json.loads(values["before"])})


def actions(db: sqlite3.Connection) -> list[ReviewAction]:
    """Every stored action, oldest first."""
    rows = db.execute(f"SELECT {', '.join(ACTION_COLUMNS)} FROM review_actions ORDER BY at, uid").fetchall()
    return [action_of(dict(zip(ACTION_COLUMNS, row))) for row in rows]


def history(db: sqlite3.Connection, event_id: str) -> list[tuple[ReviewAction, str]]:
    """The audit trail of an event: its actions, oldest first, each with what it did when last applied."""
    rows = db.execute(f"SELECT {', '.join('a.' + c for c in ACTION_COLUMNS)}, s.state FROM review_actions a "
                      "JOIN review_state s ON s.uid = a.uid WHERE s.event_id = ? ORDER BY a.at, a.uid", (event_id,))
    return [(action_of(dict(zip(ACTION_COLUMNS, row))), row[-1]) for row in rows]


def unresolved(db: sqlite3.Connection) -> list[tuple[ReviewAction, str]]:
    """Actions that no longer apply (flagged or orphaned), with their state."""
    rows = db.execute(f"SELECT {', '.join('a.' + c for c in ACTION_COLUMNS)}, s.state FROM review_actions a "
                      "JOIN review_state s ON s.uid = a.uid WHERE s.state IN (?, ?) ORDER BY a.at",
                      (STATE_FLAGGED, ORPHANED))
    return [(action_of(dict(zip(ACTION_COLUMNS, row))), row[-1]) for row in rows]


def reviewed_row(db: sqlite3.Connection, event_id: str) -> dict | None:
    """An event as reviewed (the view's row), or None."""
    cursor = db.execute(f"SELECT {', '.join(ROW_COLUMNS)} FROM reviewed_events WHERE event_id = ?", (event_id,))
    row = cursor.fetchone()
    return None if row is None else dict(zip(ROW_COLUMNS, row))


# --- applying -----------------------------------------------------------------------------------------

def apply(db: sqlite3.Connection) -> None:
    """Lay every action in force over the extracted events, in the order they were made (inside a write transaction)."""
    for table in ("event_overlay", "overlay_sources", "review_state"):
        db.execute(f"DELETE FROM {table}")
    stored = actions(db)
    undone = {a.fields.get("uid") for a in stored if a.action == "undo"}
    work = _Work(db)
    states = []
    for action in stored:
        state, event_id = work.act(action, action.uid in undone)
        states.append((action.uid, state, event_id))
    db.executemany("INSERT INTO review_state VALUES (?, ?, ?)", states)
    work.write()


class _Work:
    """The events that actions touch, loaded from the extracted tables and changed in memory."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.rows: dict[str, dict] = {}
        self.sources: dict[str, list[Source]] = {}
        self.types: dict[str, str] = {}  # the extracted sub-event type (a split's new event: its parent's)
        self.merged_into: dict[str, str] = {}
        self.corrected: set[str] = set()
        self.moved: set[str] = set()  # events whose sources a merge or split changed
        self.noted: set[str] = set()  # events whose notes a reviewer wrote
        self.holders: dict[tuple, set[str]] = defaultdict(set)  # a sentence -> the events it is now a source of

    def act(self, action: ReviewAction, undone: bool) -> tuple[str, str]:
        """Apply one action; (its state, the event it concerns)."""
        event_id = self.locate(action.doc_id, action.char_start, action.char_end, action.sentence, action.anchor_type)
        if undone or action.action == "undo":  # out of force: whatever became of its sentence flags nothing
            return (UNDONE if undone else UNDO), event_id or ""
        if event_id is None:
            return self._unplaced(action)
        done = getattr(self, f"_{action.action}")(event_id, action)
        if not done:
            return self._flag(event_id), event_id
        self.rows[event_id]["reviewer"] = action.reviewer
        return APPLIED, event_id

    def load(self, event_id: str) -> bool:
        """Bring an extracted event into memory (no-op when it is there); False when there is no such event."""
        if event_id in self.rows:
            return True
        found = self.db.execute(f"SELECT {', '.join(ROW_COLUMNS)} FROM events WHERE event_id = ?", (event_id,)).fetchone()
        if found is None:
            return False
        self.rows[event_id] = dict(zip(ROW_COLUMNS, found))
        self.types[event_id] = self.rows[event_id]["sub_event_type"]
        self.sources[event_id] = []
        self._move(event_id, [Source(*row) for row in self.db.execute(
            "SELECT doc_id, sentence, char_start, char_end FROM event_sources WHERE event_id = ? "
            "ORDER BY doc_id, char_start", (event_id,))])
        return True

    def _move(self, event_id: str, sources: list[Source], source_of: str | None = None) -> None:
        """Make `sources` the event's (taken from `source_of`'s, when given), keeping the index of holders."""
        for source in sources:
            if source_of is not None:
                self.sources[source_of].remove(source)
                self.holders[_span(source)].discard(source_of)
            self.sources[event_id].append(source)
            self.holders[_span(source)].add(event_id)

    def locate(self, doc_id: str, start: int, end: int, sentence: str, anchor_type: str) -> str | None:
        """The event whose sentences now include this one (the one of the anchor's type among several)."""
        stored = self.db.execute("SELECT event_id FROM event_sources WHERE doc_id = ? AND char_start = ? AND "
                                 "char_end = ? AND sentence = ?", (doc_id, start, end, sentence)).fetchall()
        for (event_id,) in stored:
            self.load(event_id)
        found = sorted(self.holders.get((doc_id, start, end, sentence), ()))
        typed = [e for e in found if self.types[e] == anchor_type]
        return (typed or found or [None])[0]

    def _unplaced(self, action: ReviewAction) -> tuple[str, str]:
        """An action whose sentence is gone flags the events now told near it; with none, it is orphaned."""
        near = self.db.execute("SELECT DISTINCT event_id FROM event_sources WHERE doc_id = ? AND char_start < ? "
                               "AND char_end > ? ORDER BY event_id", (action.doc_id, action.char_end, action.char_start))
        flagged = [e for (e,) in near if self.load(e) and e not in self.merged_into]
        for event_id in flagged:
            self._flag(event_id)
        return (STATE_FLAGGED, flagged[0]) if flagged else (ORPHANED, "")

    def _flag(self, event_id: str) -> str:
        row = self.rows[event_id]
        if row["reviewed"] in (UNREVIEWED, CONFIRMED):
            row["reviewed"] = FLAGGED
        return STATE_FLAGGED

    def _confirm(self, event_id: str, action: ReviewAction) -> bool:
        """The event as confirmed, unless what was confirmed has changed since."""
        row = self.rows[event_id]
        if any(row[name] != value for name, value in action.fields.items()):
            return False
        row["reviewed"] = CORRECTED if event_id in self.corrected else CONFIRMED
        return True

    def _reject(self, event_id: str, action: ReviewAction) -> bool:
        self.rows[event_id]["reviewed"] = REJECTED
        return True

    def _correct(self, event_id: str, action: ReviewAction) -> bool:
        row = self.rows[event_id]
        row.update(action.fields)
        with_acled_codes(row, row["country_code"])    # ACLED's codes follow the corrected fields
        if "notes" in action.fields:
            self.noted.add(event_id)
        if event_id not in self.noted:                 # a reviewer's own notes stay; else written anew
            row["notes"] = acled.notes(row)
        row["reviewed"] = CORRECTED
        self.corrected.add(event_id)
        return True

    def _merge(self, event_id: str, action: ReviewAction) -> bool:
        """The other event's reports join this one, which keeps its own values."""
        other = action.fields.get("other") or {}
        other_id = self.locate(other.get("doc_id", ""), other.get("char_start", -1), other.get("char_end", -1),
                               other.get("sentence", ""), other.get("anchor_type", ""))
        if other_id is None or other_id == event_id:
            return False
        self._move(event_id, [s for s in list(self.sources[other_id]) if s not in self.sources[event_id]], other_id)
        self.sources[event_id].sort(key=lambda s: (s.doc_id, s.char_start))
        for shared in self.sources[other_id]:  # sentences both events had: now only this one's
            self.holders[_span(shared)].discard(other_id)
        self.sources[other_id] = []
        self.merged_into[other_id] = event_id
        self.moved |= {event_id, other_id}
        self._recount(event_id)
        return True

    def _split(self, event_id: str, action: ReviewAction) -> bool:
        """Some reports leave the event for a new one, led by the first of them."""
        spans = {tuple(span) for span in action.fields.get("spans", [])}
        sources = self.sources[event_id]
        moved = [s for s in sources if (s.doc_id, s.char_start, s.char_end) in spans]
        row = self.rows[event_id]
        lead = (row["doc_id"], row["char_start"], row["char_end"])
        if not moved or len(moved) == len(sources) or lead in spans:
            return False
        new_id = f"{event_id}-split-{hashlib.sha1(repr(sorted(spans)).encode()).hexdigest()[:SPLIT_SUFFIX_DIGITS]}"
        first = moved[0]
        self.rows[new_id] = row | {"event_id": new_id, "doc_id": first.doc_id, "sentence": first.sentence,
                                   "char_start": first.char_start, "char_end": first.char_end,
                                   **self._article_columns(first.doc_id)}
        with_acled_codes(self.rows[new_id], row["country_code"])    # its own id and article's timestamp
        self.types[new_id] = self.types[event_id]
        self.sources[new_id] = []
        self._move(new_id, moved, event_id)
        self.moved |= {event_id, new_id}
        for changed in (event_id, new_id):
            self._recount(changed)
            self.rows[changed]["reviewed"] = CORRECTED
            self.corrected.add(changed)
        return True

    def _recount(self, event_id: str) -> None:
        self.rows[event_id]["report_count"] = len(self.sources[event_id])
        self.rows[event_id]["reviewed"] = CORRECTED
        self.corrected.add(event_id)

    def _article_columns(self, doc_id: str) -> dict:
        found = self.db.execute("SELECT source, published FROM articles WHERE doc_id = ?", (doc_id,)).fetchone()
        return {"source": found[0], "published": found[1]} if found else {}

    def write(self) -> None:
        """Store the changed events over the extracted ones, and the sentences of those a merge or split changed."""
        changed = [e for e, row in self.rows.items() if row["reviewed"] != UNREVIEWED or e in self.merged_into]
        names = (*ROW_COLUMNS, "merged_into")
        self.db.executemany(f"INSERT INTO event_overlay ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                            [[self.rows[e][c] for c in ROW_COLUMNS] + [self.merged_into.get(e, "")] for e in changed])
        self.db.executemany("INSERT INTO overlay_sources VALUES (?, ?, ?, ?, ?)",
                            [(e, s.doc_id, s.sentence, s.char_start, s.char_end)
                             for e in sorted(self.moved) for s in self.sources[e]])


def _span(source: Source) -> tuple[str, int, int, str]:
    """What an anchor names a sentence by."""
    return source.doc_id, source.char_start, source.char_end, source.sentence
