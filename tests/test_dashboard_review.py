"""The review panels in the composed app (AppTest): reviewer name, merge, split, confirm, audit trail, status filter."""
from __future__ import annotations

import shutil

import pytest

from board import data
from extract.store import ExportFilter, Store
from tests.test_dashboard import APP, own_cache, small_db, tiny_gazetteer_csv  # noqa: F401 - fixtures
from streamlit.testing.v1 import AppTest


@pytest.fixture
def review_db(monkeypatch, tmp_path, small_db, tiny_gazetteer_csv):  # noqa: F811 - fixtures
    """A copy of the small database (the review writes to it) that the app reads."""
    path = tmp_path / "events.db"
    shutil.copy(small_db, path)
    monkeypatch.setenv(data.ENV_DB, str(path))
    monkeypatch.setenv(data.ENV_GAZETTEER, str(tiny_gazetteer_csv))
    monkeypatch.setenv(data.ENV_USER_GAZETTEER, str(tmp_path / "user.sqlite"))
    return path


def _rows(path) -> dict[str, dict]:
    with Store(path) as store:
        return {row["event_id"]: row for row in store.export_rows(ExportFilter(include_rejected=True))}


def _reviewing(event_id: str) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=60).run()
    app.text_input(key="reviewer").set_value("ana").run()
    return app.text_input(key="review_event").set_value(event_id).run()


def test_merge_then_split_from_the_panel(review_db):
    first, second = sorted(_rows(review_db))[:2]
    app = _reviewing(first)
    app.selectbox(key=f"merge_{first}").set_value(second).run()
    app.button(key=f"merge_go_{first}").click().run()
    rows = _rows(review_db)
    assert second not in rows and rows[first]["reviewed"] == "corrected" and rows[first]["reviewer"] == "ana"
    split = app.multiselect(key=f"split_{first}")
    split.set_value(split.options[:1]).run()
    app.button(key=f"split_go_{first}").click().run()
    assert len(_rows(review_db)) == len(rows) + 1 and not app.exception


def test_confirm_shows_in_the_trail_and_the_status_filter(review_db):
    event_id = sorted(_rows(review_db))[0]
    app = _reviewing(event_id)
    app.text_input(key=f"why_{event_id}").set_value("matches the wire copy").run()
    app.button(key=f"confirm_{event_id}").click().run()
    [trail] = [frame.value for frame in app.dataframe if "state" in frame.value.columns]
    assert list(trail[["reviewer", "action", "why", "state"]].iloc[0]) == ["ana", "confirm", "matches the wire copy",
                                                                            "applied"]
    app.multiselect(key="review_status").set_value(["confirmed"]).run()
    assert [m.value for m in app.metric if m.label == "Events in view"] == ["1"]


def test_no_reviewer_name_no_saving(review_db):
    event_id = sorted(_rows(review_db))[0]
    app = AppTest.from_file(APP, default_timeout=60).run()
    app.text_input(key="review_event").set_value(event_id).run()
    assert app.button(key=f"confirm_{event_id}").disabled and app.warning


def test_corrections_that_no_longer_apply_are_listed(review_db):
    from extract import review

    gone = review.ReviewAction("u1", "reject", "gone-article", 0, 9, "Words no longer there.", "Attack", "ana",
                               review.now())
    with Store(review_db) as store, store.write_lock() as db:
        review.save(db, [gone])
    app = AppTest.from_file(APP, default_timeout=60).run()
    assert [e.label for e in app.expander if e.label.startswith("Corrections that no longer apply: 1")]


def test_the_status_filter_is_in_the_url(review_db):
    from extract import review

    event_id = sorted(_rows(review_db))[0]
    with Store(review_db) as store, store.write_lock() as db:
        review.save(db, [review.make(db, event_id, "reject", "ana")])
    hidden = AppTest.from_file(APP, default_timeout=60).run()
    shown = AppTest.from_file(APP, default_timeout=60)
    shown.query_params["review_status"] = ["rejected"]
    shown.run()
    counts = [[m.value for m in app.metric if m.label == "Events in view"] for app in (hidden, shown)]
    assert counts == [[str(len(_rows(review_db)) - 1)], ["1"]]
