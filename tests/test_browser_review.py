"""Reviewing in a real headless Chromium: a correction outlives `extract run --force`, a rejection leaves the
view and the CSV until undone, and an unknown village added to the gazetteer moves its event there.

Marked `browser`, skipped without Chromium or Playwright except under CI (see tests/test_browser.py).
The database is built by the CLI from the sample corpus plus one article of ours naming a village that
no gazetteer knows; the user gazetteer is a new file in a temporary folder.
"""
from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest

from extract.store import ExportFilter, Store
from tests.browser import ROOT, browser_page, require_browser, served_app, wait_for_charts, wait_idle
from tests.test_browser import ARTIFACTS, FIRST_DRAW_MS, UPDATE_SECONDS, map_points, metric, settled

pytestmark = pytest.mark.browser

VILLAGE, VILLAGE_AT = "Kourmina Dabi", (14.62, -3.41)  # invented: in no gazetteer
ARTICLE = f"""---
title: Fighters attack a farming village
published: 2013-01-23
source: Test wire
---
Islamist fighters attacked the village of {VILLAGE} in Mali on Tuesday, killing two herders.
"""
OTHER_ARTICLE = """---
title: Gunmen raid a hamlet
published: 2013-01-24
source: Test wire
---
Gunmen attacked the hamlet of Tessoumbo Kaya in Mali on Wednesday, killing a shepherd.
"""  # invented too
OPTION_MS = 5_000  # a selectbox lists its options at once when there are any
REEXTRACT_MS = 180_000  # adding a place loads the world gazetteer again and re-extracts (busy machine)
NEAR = 0.01


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """(page, watch, database, CLI run arguments): the dashboard in Chromium over a database the CLI built."""
    require_browser()
    folder = tmp_path_factory.mktemp("review")
    (folder / "extra").mkdir()
    (folder / "extra" / "village-raid.md").write_text(ARTICLE, encoding="utf-8")
    # a second unknown name, so that the village is picked among several (the sample corpus places all its events)
    (folder / "extra" / "hamlet-raid.md").write_text(OTHER_ARTICLE, encoding="utf-8")
    db = folder / "events.db"
    run = ["run", str(ROOT / "data" / "articles"), str(folder / "extra"), "--db", str(db),
           "--user-gazetteer", str(folder / "cli-user-gazetteer.sqlite"), "--quiet"]
    cli(*run)
    with served_app(db) as url, browser_page() as (page, watch):
        page.goto(url)
        wait_for_charts(page, FIRST_DRAW_MS)
        yield page, watch, db, run


def cli(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "extract", *args], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def exported(db, *flags: str) -> dict[str, dict]:
    """The CLI export's rows by event id."""
    return {row["event_id"]: row for row in csv.DictReader(io.StringIO(cli("export", "--db", str(db), *flags)))}


def rows(db) -> dict[str, dict]:
    with Store(db) as store:
        return {row["event_id"]: row for row in store.export_rows(ExportFilter(include_rejected=True))}


def idle(page) -> None:
    wait_idle(page, UPDATE_SECONDS * 1000)


def fill(page, label: str, value: str) -> None:
    box = page.get_by_role("textbox", name=label, exact=True)
    box.fill(value)
    box.press("Enter")
    idle(page)


def choose(page, label: str, typed: str) -> None:
    """Pick in a selectbox the first option that what is typed matches. Typing the option already chosen lists
    none: the box keeps it (what the test checks next shows whether it was the right one)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout  # optional: only the browser tests need it
    box = page.get_by_role("combobox", name=label, exact=True)
    box.click()
    box.fill(typed)
    try:
        page.get_by_role("option").first.click(timeout=OPTION_MS)
    except PlaywrightTimeout:
        box.press("Escape")
    idle(page)


def press(page, button: str, wait_ms: int = UPDATE_SECONDS * 1000) -> None:
    page.get_by_role("button", name=button, exact=True).click()
    wait_idle(page, wait_ms)


def review_event(page, event_id: str) -> None:
    fill(page, "Reviewer name", "ana")
    fill(page, "Event id to review", event_id)


def test_a_correction_outlives_a_forced_re_extraction(app):
    page, _watch, db, run = app
    idle(page)
    event_id = next(e for e, row in rows(db).items() if row["location"] == "Konna" and row["sub_event_type"] != "Attack")
    review_event(page, event_id)
    choose(page, "Sub-event type", "Attack")
    page.get_by_text("from the gazetteer").click()
    idle(page)
    fill(page, "Place name", "Gao")
    choose(page, "Gazetteer entry", "Mali; 16.2")
    press(page, "Save correction")
    assert (rows(db)[event_id]["location"], rows(db)[event_id]["sub_event_type"]) == ("Gao", "Attack")

    cli(*run, "--force")
    page.reload()
    wait_for_charts(page, FIRST_DRAW_MS)
    review_event(page, event_id)
    assert page.get_by_text(f"{event_id}: corrected by ana · Attack · Gao").is_visible()
    page.get_by_role("heading", name="Review").evaluate("heading => heading.scrollIntoView({block: 'start'})")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "browser-review.png"))  # the README's picture of reviewing (docs/review.png)
    row = exported(db)[event_id]
    assert (row["reviewed"], row["reviewer"], row["location"], row["sub_event_type"]) == ("corrected", "ana", "Gao", "Attack")


def test_a_rejected_event_is_hidden_and_left_out_of_the_csv_until_undone(app, tmp_path):
    page, _watch, db, _run = app
    idle(page)
    before = metric(page)
    event_id = next(e for e, row in rows(db).items() if row["reviewed"] == "unreviewed")
    review_event(page, event_id)
    press(page, "Reject")
    assert settled(lambda: metric(page), before - 1) == before - 1
    with page.expect_download(timeout=UPDATE_SECONDS * 1000) as download:
        page.get_by_role("button", name="Download CSV").click()
    download.value.save_as(tmp_path / "events.csv")
    with (tmp_path / "events.csv").open(newline="", encoding="utf-8") as handle:
        downloaded = {row["event_id"] for row in csv.DictReader(handle)}
    assert len(downloaded) == before - 1 and event_id not in downloaded
    assert event_id not in exported(db) and exported(db, "--include-rejected")[event_id]["reviewed"] == "rejected"
    press(page, "Undo last action")
    assert settled(lambda: metric(page), before) == before
    assert exported(db)[event_id]["reviewed"] == "unreviewed"


def test_an_unknown_village_added_to_the_gazetteer_takes_its_event(app):
    page, _watch, db, _run = app
    idle(page)
    [event_id] = [e for e, row in rows(db).items() if row["doc_id"] == "village-raid"]
    assert rows(db)[event_id]["place_precision"] == 4  # only the country is known
    fill(page, "Event id to review", "")
    page.get_by_text("Show unknown places").click()
    wait_idle(page, REEXTRACT_MS)
    choose(page, "Name", VILLAGE)
    pick = page.locator(".js-plotly-plot").last  # the pick-a-place map of the village's country
    pick.click()  # its middle, inside Mali
    latitude = page.get_by_role("spinbutton", name="Latitude", exact=True)
    assert settled(lambda: 10 < float(latitude.input_value()) < 25, True), "a click on the map gave no coordinates"
    for label, value in zip(("Latitude", "Longitude"), VILLAGE_AT):
        page.get_by_role("spinbutton", name=label, exact=True).fill(str(value))
        page.get_by_role("spinbutton", name=label, exact=True).press("Enter")
        idle(page)
    press(page, "Add to gazetteer")

    def village() -> tuple:  # the app loads the world gazetteer again and re-extracts: poll the database
        [row] = [row for row in rows(db).values() if row["doc_id"] == "village-raid"]
        return row["location"], row["place_precision"], round(row["latitude"], 2), round(row["longitude"], 2)

    assert settled(village, (VILLAGE, 1, *VILLAGE_AT), REEXTRACT_MS / 1000) == (VILLAGE, 1, *VILLAGE_AT)
    wait_for_charts(page, FIRST_DRAW_MS)
    near = lambda: any(abs(lat - VILLAGE_AT[0]) < NEAR and abs(lon - VILLAGE_AT[1]) < NEAR  # noqa: E731
                       for lat, lon in map_points(page))
    assert settled(near, True, REEXTRACT_MS / 1000)


def test_nothing_left_the_machine_and_no_console_errors(app):
    watch = app[1]
    assert watch.blocked == [] and watch.errors == []
