"""Moving review actions between databases as CSV or JSONL files, so that a team can share its corrections.

A file holds actions (ACTION_COLUMNS; in CSV, `fields` and `before` are JSON text). Importing adds the
actions a database does not have yet (an action keeps its uid, so importing twice adds nothing) and
lays the overlay again; since actions are replayed in time order, the newer of two conflicting
actions on one event wins, and the summary lists every such conflict. A bad line is reported with
its file and line number and the other lines are imported.
"""
from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import IO

from . import review
from .files import FileProblem, decode, open_regular, shown
from .models import ReviewAction
from .store import Store

FORMATS = ("csv", "jsonl")
TEXT_COLUMNS = ("uid", "action", "doc_id", "sentence", "anchor_type", "reviewer", "at", "why")
STATUS_ACTIONS = ("confirm", "reject")


class ReviewFileError(ValueError):
    """A review file that cannot be read at all (missing, not text, an unknown format)."""


@dataclass
class ImportSummary:
    """What an import did: actions added, already known, bad lines, conflicts with actions already here."""

    added: int = 0
    known: int = 0
    rejected: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.added} review actions added, {self.known} already here, {len(self.rejected)} bad lines, "
                f"{len(self.conflicts)} conflicts (the newer action wins)")


def format_of(path: Path, given: str | None) -> str:
    """The file's format: given, else from its suffix."""
    chosen = given or path.suffix.lower().lstrip(".")
    if chosen not in FORMATS:
        raise ReviewFileError(f"{shown(path)}: say --format {' or '.join(FORMATS)} (the suffix does not tell)")
    return chosen


def write_actions(actions: Iterable[ReviewAction], out: IO[str], fmt: str) -> int:
    """Write actions as CSV or JSONL; the number written."""
    records = [dict(zip(review.ACTION_COLUMNS, review.action_values(a))) for a in actions]
    if fmt == "csv":
        writer = csv.DictWriter(out, review.ACTION_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    else:
        for record in records:
            record["fields"], record["before"] = json.loads(record["fields"]), json.loads(record["before"])
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)


def read_actions(path: Path, fmt: str) -> Iterator[ReviewAction | str]:
    """The actions of a file, or for a bad line the problem as "file:line: problem"."""
    try:
        fd = open_regular(path)
        with os.fdopen(fd, "rb") as handle:
            text = decode(handle.read())
    except FileProblem as problem:
        raise ReviewFileError(f"{shown(path)}: {problem}") from None
    for number, record in _records(text, fmt):
        try:
            yield _action(record)
        except (ValueError, TypeError, KeyError) as problem:
            yield f"{shown(path)}:{number}: {problem}"


def _records(text: str, fmt: str) -> Iterator[tuple[int, object]]:
    """(line number, record) of a CSV (after its header) or JSONL text; a record that is not JSON is its error."""
    if fmt == "csv":
        reader = csv.DictReader(io.StringIO(text, newline=""))
        missing = [c for c in review.ACTION_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            yield 1, ValueError(f"the header lacks {', '.join(missing)}")
            return
        for record in reader:
            yield reader.line_num, record
        return
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as err:
                yield number, ValueError(f"not valid JSON ({err.msg} at column {err.colno})")


def _action(record: object) -> ReviewAction:
    """A checked action from a record (JSON values parsed in CSV); ValueError says what is wrong."""
    if isinstance(record, Exception):
        raise record
    if not isinstance(record, dict):
        raise ValueError("each line must be an object")
    missing = [c for c in review.ACTION_COLUMNS if c not in record or record[c] is None]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    values = {c: record[c] for c in review.ACTION_COLUMNS}
    wrong = [c for c in TEXT_COLUMNS if not isinstance(values[c], str)]
    if wrong:
        raise ValueError(f"{', '.join(wrong)} must be text")
    for name in ("fields", "before"):
        if isinstance(values[name], str):
            values[name] = json.loads(values[name])
        if not isinstance(values[name], dict):
            raise ValueError(f"{name} must be a JSON object")
    values["char_start"], values["char_end"] = int(values["char_start"]), int(values["char_end"])
    values["at"] = _utc(str(values["at"]))
    values["fields"] = review.checked_action_fields(str(values["action"]), values["fields"])
    return ReviewAction(**values)


def _utc(text: str) -> str:
    """A time with its zone, in the one UTC form actions use (so that text order is time order)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"time {text!r} has no time zone")
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def import_file(store: Store, path: Path, fmt: str) -> ImportSummary:
    """Add a file's new actions to the database and lay the overlay again; one write transaction."""
    summary = ImportSummary()
    incoming: dict[str, ReviewAction] = {}
    for item in read_actions(path, fmt):
        if isinstance(item, str):
            summary.rejected.append(item)
        else:
            incoming[item.uid] = item
    with store.write_lock() as db:
        local = review.actions(db)
        known = {a.uid for a in local}
        new = [a for uid, a in incoming.items() if uid not in known]
        summary.added, summary.known = len(new), len(incoming) - len(new)
        summary.conflicts = conflicts(local, new)
        review.save(db, new)
    return summary


def conflicts(local: list[ReviewAction], new: list[ReviewAction]) -> list[str]:
    """Where a new action and one already here decide the same thing of one event differently: who wins."""
    found = []
    for theirs in new:
        for ours in local:
            if _key(ours) == _key(theirs) and (what := _disagreement(ours, theirs)):
                winner = max((ours, theirs), key=lambda a: (a.at, a.uid))
                found.append(f"{theirs.doc_id} [{theirs.char_start}:{theirs.char_end}] {what}: {ours.reviewer} "
                             f"({ours.at}) here, {theirs.reviewer} ({theirs.at}) imported; kept {winner.reviewer}'s")
    return found


def _key(action: ReviewAction) -> tuple:
    return action.doc_id, action.char_start, action.char_end, action.anchor_type


def _disagreement(ours: ReviewAction, theirs: ReviewAction) -> str:
    """What two actions on one event decide differently ("" when nothing)."""
    if ours.action in STATUS_ACTIONS and theirs.action in STATUS_ACTIONS and ours.action != theirs.action:
        return f"{ours.action} against {theirs.action}"
    if ours.action == theirs.action == "correct":
        fields = sorted(n for n in set(ours.fields) & set(theirs.fields) if ours.fields[n] != theirs.fields[n])
        return f"{', '.join(fields)} corrected twice" if fields else ""
    return ""
