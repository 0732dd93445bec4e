"""The whole flow on small inputs: batch behaviour, re-runs, changed files, exit codes, CLI."""
from __future__ import annotations

import csv
import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from extract.__main__ import build_parser, main
from extract.pipeline import Pipeline, run
from extract.store import Store

ARTICLE = "---\npublished: 2013-01-18\nsource: Desk\n---\nMalian troops retook Konna on Thursday, officials said.\n"


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "konna.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "gao.txt").write_text("Rebels seized Gao last week.\n", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00binary")
    return folder


def test_batch_goes_on_past_a_broken_file(corpus, tmp_path, tiny_gazetteer):
    with Store(tmp_path / "e.db") as store:
        summary = run([corpus], store, Pipeline(tiny_gazetteer))
        rows = store.export_rows()
    assert (summary.articles, summary.extracted, len(summary.failures)) == (2, 2, 1)
    assert "broken.txt" in summary.failures[0].path
    assert any("gao.txt" in w and "no publication date" in w for w in summary.warnings)
    konna = next(r for r in rows if r["location"] == "Konna")
    assert (konna["date_start"], konna["sub_event_type"], konna["country"]) == ("2013-01-17", "Government regains territory", "Mali")


def test_rerun_adds_nothing_and_a_changed_file_is_re_extracted(corpus, tmp_path, tiny_gazetteer):
    pipeline = Pipeline(tiny_gazetteer)
    with Store(tmp_path / "e.db") as store:
        run([corpus], store, pipeline)
        first = store.export_rows()
        again = run([corpus], store, pipeline)
        assert (again.extracted, again.unchanged, store.export_rows()) == (0, 2, first)
        (corpus / "konna.md").write_text(ARTICLE.replace("Thursday", "Wednesday"), encoding="utf-8")
        changed = run([corpus], store, pipeline)
        assert (changed.extracted, changed.unchanged) == (1, 1)
        assert next(r for r in store.export_rows() if r["location"] == "Konna")["date_start"] == "2013-01-16"


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def tiny_csv(tmp_path) -> Path:
    from tests.conftest import TINY_ROWS
    from extract.gazetteer import COLUMNS
    path = tmp_path / "tiny.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows({c: row.get(c, "") for c in COLUMNS} for row in TINY_ROWS)
    return path


def test_cli_run_then_export(corpus, tmp_path, tiny_csv):
    db = str(tmp_path / "e.db")
    code, out, err = _cli("run", str(corpus), "--db", db, "--gazetteer", str(tiny_csv))
    assert code == 1 and "1 rejected" in out and "broken.txt" in err and "Traceback" not in err
    code, out, _ = _cli("export", "--db", db, "--format", "csv", "--country", "Mali")
    assert code == 0 and next(csv.DictReader(io.StringIO(out)))["iso3"] == "MLI"
    target = tmp_path / "e.geojson"
    code, _, err = _cli("export", "--db", db, "--format", "geojson", "-o", str(target))
    assert code == 0 and json.loads(target.read_text())["type"] == "FeatureCollection"


@pytest.mark.parametrize("args, message", [
    (["export", "--db", "/nonexistent/e.db"], "no database here"),
    (["run", "x", "--gazetteer", "/nonexistent/g.csv"], "cannot be read"),
])
def test_cli_user_errors_are_one_line(args, message):
    code, _, err = _cli(*args)
    assert code == 2 and message in err and "Traceback" not in err


@pytest.mark.parametrize("make, command, message", [
    (Path.mkdir, ["export", "--db"], "cannot be used as the events database"),
    (lambda path: path.write_text("not sqlite"), ["export", "--db"], "file is not a database"),
    (lambda path: None, ["timex", "--input"], "no such file"),
    (Path.mkdir, ["timex", "--input"], "not a regular file (a folder)"),
])
def test_cli_bad_files_are_one_line_naming_them(tmp_path, make, command, message):
    given = tmp_path / "given"
    make(given)
    code, _, err = _cli(*command, str(given))
    assert code == 2 and err.count("\n") == 1 and err.startswith(f"error: {given}: ") and message in err


def test_cli_rejects_an_impossible_date(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "x", "--published", "2013-02-30"])
    assert exit_info.value.code == 2 and "not a real YYYY-MM-DD date" in capsys.readouterr().err


def test_every_command_has_help():
    commands = build_parser()._subparsers._group_actions[0].choices
    assert all(sub.description or sub.format_help() for sub in commands.values())
    assert all(action.help for sub in commands.values() for action in sub._actions if action.dest != "help")


def test_cli_events_per_document(tmp_path, tiny_csv):
    lines = [json.dumps({"id": "d1", "text": "Islamist fighters seized Konna, killing 12 soldiers.", "published": "2013-01-10"}),
             "{broken",
             json.dumps({"id": "d2", "text": "The weather in Paris was mild.", "published": "Jan. 12, 2013"}),
             json.dumps({"id": "d3", "text": "French jets struck Gao.", "published": "2013-02-30"})]
    source = tmp_path / "docs.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = _cli("events", "--input", str(source), "--output", str(tmp_path / "out.jsonl"),
                        "--gazetteer", str(tiny_csv))
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert code == 1 and "docs.jsonl:2" in err and "docs.jsonl:4" in err and "not a real date" in err
    assert [o["id"] for o in out] == ["d1", "d2"] and out[1]["events"] == []
    [event] = out[0]["events"]
    assert (event["location"], event["fatalities"], event["date_start"], event["date_precision"]) == (
        "Konna", 12, "2013-01-09", "day")
