"""`python -m extract timex`: JSONL documents in, TimeML timexes out; bad lines are reported and skipped."""
from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout

import pytest

from extract.__main__ import main

NEWS = {"id": "n1", "dct": "2013-01-18", "text": "Rebels took Konna on January 10. The next day, troops fled."}
HISTORY = {"id": "h1", "dct": "2009-12-19", "text": "The siege began in 1941. On June 10 the city fell."}


def _timex(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["timex", *args])
    return code, out.getvalue(), err.getvalue()


def _write(path, *lines: str):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_writes_one_record_per_document(tmp_path):
    source = _write(tmp_path / "docs.jsonl", json.dumps(NEWS))
    target = tmp_path / "pred.jsonl"
    code, _, err = _timex("--input", str(source), "--output", str(target))
    record = json.loads(target.read_text(encoding="utf-8"))
    assert code == 0 and err == ""
    assert record["id"] == "n1"
    assert [(t["text"], t["type"], t["value"]) for t in record["timexes"]] == [
        ("January 10", "DATE", "2013-01-10"), ("The next day", "DATE", "2013-01-11")]
    first = record["timexes"][0]
    assert NEWS["text"][first["start"]:first["end"]] == first["text"] and "mod" in first


@pytest.mark.parametrize("args, document, value", [
    ([], HISTORY, "2009-06-10"),
    (["--narrative"], HISTORY, "1941-06-10"),
    ([], {**HISTORY, "narrative": True}, "1941-06-10"),
])
def test_narrative_mode_by_flag_or_field(tmp_path, args, document, value):
    source = _write(tmp_path / "docs.jsonl", json.dumps(document))
    code, out, _ = _timex("--input", str(source), *args)
    assert code == 0
    assert [t["value"] for t in json.loads(out)["timexes"] if t["text"] == "June 10"] == [value]


@pytest.mark.parametrize("bad_line, problem", [
    ("not json", "Expecting value"),
    (json.dumps({"id": "x"}), '"text"'),
    (json.dumps({"id": "x", "dct": "2013-02-30", "text": "today"}), "day is out of range"),
    (json.dumps({"id": "x", "dct": 20130218, "text": "today"}), '"dct" 20130218 is not a YYYY-MM-DD string'),
    (json.dumps(["a", "list"]), '"text"'),
])
def test_a_bad_line_is_reported_and_the_rest_goes_on(tmp_path, bad_line, problem):
    source = _write(tmp_path / "docs.jsonl", bad_line, "", json.dumps(NEWS))
    code, out, err = _timex("--input", str(source))
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["n1"]
    assert err.count("\n") == 1 and f"{source}:1:" in err and problem in err and "Traceback" not in err


def test_a_line_of_bad_utf8_fails_alone(tmp_path):
    source = tmp_path / "docs.jsonl"
    source.write_bytes(b'{"id": "x", "text": "caf\xe9"}\n' + json.dumps(NEWS).encode() + b"\n")
    code, out, err = _timex("--input", str(source))
    assert code == 1 and [json.loads(line)["id"] for line in out.splitlines()] == ["n1"] and f"{source}:1:" in err


def test_missing_input_is_a_usage_error(tmp_path):
    code, _, err = _timex("--input", str(tmp_path / "none.jsonl"))
    assert code == 2 and "none.jsonl" in err
