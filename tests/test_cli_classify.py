"""`python -m extract classify`: JSONL snippets in, one label each out; bad lines are reported and skipped."""
from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout

import pytest

from extract.__main__ import main
from extract.vocabulary import acled_labels, labels

SNIPPETS = [{"id": 1, "text": "Suicide bomber blows himself up at a crowded market, killing nine."},
            {"id": "b", "text": "A magnitude 6.8 earthquake struck the coast on Monday, flattening hundreds of homes."}]


def _classify(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["classify", *args])
    return code, out.getvalue(), err.getvalue()


def _write(path, *lines: str):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_one_record_per_snippet_with_label_type_score_and_evidence(tmp_path):
    source = _write(tmp_path / "in.jsonl", *map(json.dumps, SNIPPETS))
    target = tmp_path / "out.jsonl"
    code, _, err = _classify("--input", str(source), "--output", str(target))
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert code == 0 and err == ""
    assert [(r["id"], r["label"], r["event_type"]) for r in records] == [
        (1, "Suicide bomb", "Explosions/Remote violence"), ("b", "Natural disaster", None)]
    for record, snippet in zip(records, SNIPPETS):
        start, end = record["evidence"]
        assert 0 < record["score"] <= 1 and 0 <= start < end <= len(snippet["text"])


def test_acled_labels_only(tmp_path):
    source = _write(tmp_path / "in.jsonl", *map(json.dumps, SNIPPETS))
    code, out, _ = _classify("--input", str(source), "--labels", "acled")
    assert code == 0 and all(json.loads(line)["label"] in acled_labels() for line in out.splitlines())


def test_every_label_is_spelled_as_in_the_vocabulary(tmp_path):
    source = _write(tmp_path / "in.jsonl", *map(json.dumps, SNIPPETS))
    _, out, _ = _classify("--input", str(source))
    assert all(json.loads(line)["label"] in labels() for line in out.splitlines())


@pytest.mark.parametrize("bad_line, problem", [
    ("not json", "Expecting value"),
    (json.dumps({"id": "x"}), '"text"'),
    (json.dumps({"text": "no id"}), '"id"'),
    (json.dumps(["a", "list"]), '"text"'),
])
def test_a_bad_line_is_reported_with_file_and_line_and_the_rest_goes_on(tmp_path, bad_line, problem):
    source = _write(tmp_path / "in.jsonl", json.dumps(SNIPPETS[0]), bad_line, json.dumps(SNIPPETS[1]))
    code, out, err = _classify("--input", str(source))
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1, "b"]
    assert f"{source}:2:" in err and problem in err


def test_labels_must_be_all_or_acled(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["classify", "--input", str(tmp_path / "x.jsonl"), "--labels", "some"])
    assert "invalid choice" in capsys.readouterr().err
