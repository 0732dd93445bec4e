"""Moving corrections between databases: `review export|import`, CSV and JSONL, the newer wins, bad lines named."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest

from extract import review
from extract.__main__ import main
from extract.review_files import ReviewFileError, format_of, import_file
from extract.store import Store
from tests.test_review import GAO, STRIKE, _act, _only, _report, _rows, _save


def _database(path) -> Store:
    store = Store(path)
    _save(store, "a", [_report("a", 0), _report("a", 20, GAO, STRIKE, day=12)])
    return store


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_corrections_move_to_another_database(tmp_path, suffix, capsys):
    with _database(tmp_path / "one.db") as one:
        _act(one, _only(one, "Konna"), "correct", {"actor1": "Rebels", "fatalities": None})
        _act(one, _only(one, "Gao"), "reject")
    shared = tmp_path / f"review.{suffix}"
    assert main(["review", "export", "--db", str(tmp_path / "one.db"), "-o", str(shared)]) == 0
    _database(tmp_path / "two.db").close()
    for expected in ("2 review actions added, 0 already here", "0 review actions added, 2 already here"):
        assert main(["review", "import", str(shared), "--db", str(tmp_path / "two.db")]) == 0
        assert expected in capsys.readouterr().out
    with Store(tmp_path / "two.db") as two:
        rows = _rows(two, include_rejected=True)
        assert sorted((r["location"], r["reviewed"], r["actor1"], r["fatalities"]) for r in rows.values()) == [
            ("Gao", "rejected", "", None), ("Konna", "corrected", "Rebels", None)]


@pytest.mark.parametrize("ours_first", [True, False])
def test_the_newer_of_two_corrections_wins_and_the_conflict_is_listed(tmp_path, ours_first):
    stamps = ["2026-12-01T10:00:00.000000+00:00", "2026-12-02T10:00:00.000000+00:00"]
    ours_at, theirs_at = stamps if ours_first else stamps[::-1]
    with _database(tmp_path / "theirs.db") as theirs:
        with theirs.write_lock() as db:
            made = review.make(db, _only(theirs, "Konna"), "correct", "bea", {"actor1": "Army"})
        shared = tmp_path / "theirs.jsonl"
        shared.write_text(json.dumps(dict(zip(review.ACTION_COLUMNS, review.action_values(replace(made, at=theirs_at)))))
                          + "\n", encoding="utf-8")
    with _database(tmp_path / "ours.db") as ours:
        with ours.write_lock() as db:
            made = review.make(db, _only(ours, "Konna"), "correct", "ana", {"actor1": "Rebels"})
            review.save(db, [replace(made, at=ours_at)])
        summary = import_file(ours, shared, "jsonl")
        assert summary.added == 1 and len(summary.conflicts) == 1
        winner = "bea" if ours_first else "ana"
        assert "actor1 corrected twice" in summary.conflicts[0] and summary.conflicts[0].endswith(f"kept {winner}'s")
        row = _rows(ours)[_only(ours, "Konna")]
        assert (row["actor1"], row["reviewer"]) == (("Army", "bea") if ours_first else ("Rebels", "ana"))


def _good_record(store: Store) -> dict:
    with store.write_lock() as db:
        made = review.make(db, _only(store, "Konna"), "confirm", "ana")
    return dict(zip(review.ACTION_COLUMNS, review.action_values(made)))


@pytest.mark.parametrize("bad, problem", [
    ("{broken", "not valid JSON"),
    ('["a list"]', "must be an object"),
    ({"uid": None, "reviewer": None}, "missing uid, reviewer"),
    ({"action": "dance"}, "is not one of"),
    ({"at": "2026-12-01T10:00:00"}, "no time zone"),
    ({"char_start": "x"}, "invalid literal"),
    ({"action": "correct", "fields": json.dumps({"fatalities": -2})}, "at least 0"),
    ({"reviewer": " "}, "reviewer name"),
    ({"action": "merge", "fields": json.dumps({"other": "MLI-1"})}, "a merge needs"),
    ({"action": "split", "fields": json.dumps({"spans": [["a", "0", 9]]})}, "a split needs"),
    ({"action": "undo", "fields": "{}"}, "an undo needs"),
    ({"reviewer": 5}, "reviewer must be text"),
    ({"action": "correct", "fields": json.dumps({"place_precision": [1]})}, "place_precision must be one of"),
])
def test_a_bad_line_is_named_and_the_others_are_imported(tmp_path, bad, problem, capsys):
    with _database(tmp_path / "e.db") as store:
        good = _good_record(store)
    if isinstance(bad, dict):
        bad = json.dumps(good | {"uid": "other"} | bad)
    shared = tmp_path / "in.jsonl"
    shared.write_text(json.dumps(good) + "\n" + bad + "\n", encoding="utf-8")
    assert main(["review", "import", str(shared), "--db", str(tmp_path / "e.db")]) == 1
    out = capsys.readouterr()
    assert f"rejected: {shared}:2: " in out.err and problem in out.err and "1 review actions added" in out.out


def test_a_csv_without_the_columns_is_refused_by_line(tmp_path):
    with _database(tmp_path / "e.db") as store:
        shared = tmp_path / "in.csv"
        shared.write_text("uid,action\nx,confirm\n", encoding="utf-8")
        summary = import_file(store, shared, "csv")
    assert summary.added == 0 and summary.rejected[0].startswith(f"{shared}:1: the header lacks doc_id")


@pytest.mark.parametrize("name, given, expected", [("x.csv", None, "csv"), ("x.JSONL", None, "jsonl"),
                                                   ("x.txt", "csv", "csv"), ("x.txt", None, ReviewFileError)])
def test_format_from_the_suffix_or_the_option(tmp_path, name, given, expected):
    if expected is ReviewFileError:
        with pytest.raises(ReviewFileError, match="--format"):
            format_of(tmp_path / name, given)
    else:
        assert format_of(tmp_path / name, given) == expected


def test_unreadable_files_are_a_message_not_a_traceback(tmp_path, capsys):
    _database(tmp_path / "e.db").close()
    (tmp_path / "bin.csv").write_bytes(b"\x00\x01binary\x00\x00\xff")
    for path in (tmp_path / "missing.csv", tmp_path / "bin.csv", tmp_path):
        assert main(["review", "import", str(path), "--db", str(tmp_path / "e.db"), "--format", "csv"]) == 2
        assert capsys.readouterr().err.startswith(f"error: {path}: ")


def test_export_leaves_rejected_events_out_unless_asked(tmp_path, capsys):
    with _database(tmp_path / "e.db") as store:
        _act(store, _only(store, "Gao"), "reject")
    for flags, count in (([], 1), (["--include-rejected"], 2)):
        assert main(["export", "--db", str(tmp_path / "e.db"), *flags]) == 0
        rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        assert len(rows) == count and rows[-1]["reviewed"] in ("unreviewed", "rejected")


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_merge_split_and_undo_actions_read_back_as_written(tmp_path, fmt):
    from extract.review_files import read_actions, write_actions

    with Store(tmp_path / "m.db") as store:
        _save(store, "a", [_report("a", 0)])
        _save(store, "b", [_report("b", 0, GAO)])
        konna = _only(store, "Konna")
        written = [_act(store, konna, "merge", {"other": _only(store, "Gao")}),
                   _act(store, konna, "split", {"spans": [["b", 0, 9]]})]
        with store.write_lock() as db:
            written.append(review.undo_last(db, konna, "ana"))
    path = tmp_path / f"actions.{fmt}"
    with path.open("w", encoding="utf-8", newline="") as out:
        write_actions(written, out, fmt)
    assert list(read_actions(path, fmt)) == written
