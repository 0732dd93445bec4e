"""bench/geoparse.py without its corpora: the split rule, and a clear exit when data is absent."""
from __future__ import annotations

import sys

import pytest

from bench import geoparse


@pytest.mark.parametrize("which, expected", [
    ("test", [0, 5, 10]),
    ("dev", [1, 2, 3, 4, 6, 7, 8, 9, 11]),
])
def test_every_fifth_document_is_test(which, expected):
    docs = [{"id": i} for i in range(12)]
    assert [d["id"] for d in geoparse.split(docs, which)] == expected


def test_absent_data_is_said_and_fails(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["bench.geoparse", "--data", str(tmp_path)])
    assert geoparse.main() == geoparse.EXIT_NO_DATA
    err = capsys.readouterr().err
    assert err.startswith("error: geoparsing data absent") and "lgl.jsonl" in err and str(tmp_path) in err
