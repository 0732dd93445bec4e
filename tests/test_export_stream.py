"""The streaming export writes exactly what the row-by-row writers write, a batch at a time."""
from __future__ import annotations

import io
import json
from datetime import date

import pytest

from extract.models import Article, Event
from extract.store import Store
from extract.table import BATCH_WRITERS, WRITERS, event_row, geojson
from tests.test_table import COUNTRIES, KONNA


def _rows() -> list[dict]:
    """Rows with a formula in text, a negative number, a missing point and no toll."""
    article = Article("konna-1", "text", published=date(2013, 1, 18), date_source="cli", source="@desk")
    rows = []
    for n, sentence in enumerate(["=cmd|' /C calc'!A0", "-1 dead", "+plain", "Rebels seized Konna."]):
        event = Event("Battles", "Armed clash", "konna-1", sentence, n, n + 9, date(2013, 1, 17 - n),
                      date(2013, 1, 18), "week", "-A", "B", KONNA if n != 2 else None, "Konna", 1,
                      None if n == 3 else -n, 0.876)
        rows.append(event_row(event, article, COUNTRIES) | {"country_code": "ML"})
    return rows


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_streaming_export_equals_the_row_writers(tmp_path, fmt):
    with Store(tmp_path / "e.db") as store:
        store.replace_events(_rows(), {})
        expected, streamed = io.StringIO(), io.StringIO()
        assert WRITERS[fmt](store.export_rows(), expected) == 4
        batches = store.export_batches(size=3)
        assert BATCH_WRITERS[fmt](batches, streamed) == 4
    assert streamed.getvalue() == expected.getvalue()
    if fmt == "csv":
        assert "'=cmd" in expected.getvalue() and ",'@desk," in expected.getvalue()


def test_geojson_streams_the_text_json_dump_writes():
    out = io.StringIO()
    WRITERS["geojson"](_rows(), out)
    assert out.getvalue() == json.dumps(geojson(_rows()), ensure_ascii=False)
