"""Regenerate the README's screenshot of the dashboard on the sample corpus (docs/dashboard.png).

Run: python tools/screenshot.py [-o docs/dashboard.png] [--size 1366x768]. Uses the browser test's harness
(tests/browser.py): the app on a temporary database built from the sample corpus, Debian's
Chromium, every request off the machine refused. Exits 1 if the page tried to go online or
logged an error, so a screenshot of a broken page is never saved.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.browser import ROOT, browser_page, missing_requirement, served_app, wait_for_charts, wait_idle  # noqa: E402

VIEWPORT = {"width": 1280, "height": 1280}
FIRST_DRAW_MS = 120_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "dashboard.png")
    parser.add_argument("--size", default=f"{VIEWPORT['width']}x{VIEWPORT['height']}",
                        help="the browser window, WIDTHxHEIGHT (e.g. 1366x768, a common laptop screen)")
    arguments = parser.parse_args()
    output = arguments.output
    width, _, height = arguments.size.partition("x")
    if not (width.isdigit() and height.isdigit()):
        parser.error(f"--size {arguments.size!r}: expected WIDTHxHEIGHT, e.g. 1366x768")
    viewport = {"width": int(width), "height": int(height)}
    reason = missing_requirement()
    if reason:
        print(f"screenshot: {reason}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        with served_app(Path(scratch) / "events.db") as url, browser_page(viewport) as (page, watch):
            page.goto(url)
            wait_for_charts(page, FIRST_DRAW_MS)
            wait_idle(page, FIRST_DRAW_MS)
            problems = watch.blocked + watch.errors
            if not problems:
                output.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(output))
    for problem in problems:
        print(f"screenshot: {problem}", file=sys.stderr)
    if not problems:
        print(f"{output}: {output.stat().st_size // 1024} KB")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
