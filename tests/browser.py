"""Harness for driving the dashboard in headless Chromium: the app on a free port, the browser,
a network guard. Shared by tests/test_browser.py and tools/screenshot.py.

Chromium is Debian's (/usr/bin/chromium): Playwright's own browser download is not available
offline, and `.ci/run` installs the Debian package.
"""
from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from board.data import ENV_DB, ENV_USER_GAZETTEER

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard.py"
CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium phones home at start; the sandbox cannot run as root.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost"})
SERVER_START_SECONDS = 30
VIEWPORT = {"width": 1400, "height": 1000}

# Both charts have drawn: plotly has data on each, the map's MapLibre canvas exists and reports
# itself loaded (its style is inline, so no tiles are awaited), the timeline has its bars.
CHARTS_DRAWN_JS = """() => {
  const plots = document.querySelectorAll('.js-plotly-plot');
  if (plots.length < 2 || !plots[0].data || !plots[1].data) return false;
  const map = plots[0]._fullLayout && plots[0]._fullLayout.map && plots[0]._fullLayout.map._subplot;
  return Boolean(map && map.map && map.map.loaded() && plots[0].querySelector('canvas')
                 && plots[1].querySelector('.barlayer .point'));
}"""

# Streamlit is idle: no run in progress (status widget) and no element left stale by the last
# run, continuously for a while (a rerun starts a moment after the widget changes).
IDLE_JS = """quietMs => {
  if (document.querySelector('[data-stale="true"], [data-testid="stStatusWidget"]')) {
    window.__quietSince = null;
    return false;
  }
  window.__quietSince = window.__quietSince || performance.now();
  return performance.now() - window.__quietSince >= quietMs;
}"""
QUIET_MS = 1000

# A figure's data and layout as plain JSON (plotly may hold coordinates in typed arrays).
FIGURE_JS = """index => {
  const plot = document.querySelectorAll('.js-plotly-plot')[index];
  const plain = value => ArrayBuffer.isView(value) ? Array.from(value) : value;
  return JSON.parse(JSON.stringify({data: plot.data, layout: plot.layout}, (key, value) => plain(value)));
}"""


def missing_requirement() -> str | None:
    """Why the browser cannot be driven here, or None when it can."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -r requirements-test.txt)"
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_healthy(url: str, server: subprocess.Popen, log: Path) -> None:
    """Poll Streamlit's health endpoint until it answers; fail with the server's log if it never does."""
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            break
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    raise RuntimeError(f"streamlit did not become healthy at {url}; its log:\n{log.read_text()}")


@contextmanager
def served_app(db_path: Path, servers: list | None = None, logs: list | None = None) -> Iterator[str]:
    """`streamlit run dashboard.py` on a free local port, reading `db_path`; yields the app's URL.
    The server's process is appended to `servers` when given (a benchmark reads its memory), and
    its log to `logs` once it has stopped."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless=true",
               f"--server.port={port}", "--server.address=127.0.0.1", "--server.fileWatcherType=none",
               "--browser.gatherUsageStats=false", "--client.toolbarMode=minimal"]
    with tempfile.TemporaryDirectory() as scratch:
        log = Path(scratch) / "streamlit.log"
        with log.open("w") as sink:
            server = subprocess.Popen(command, cwd=ROOT, env={**os.environ, ENV_DB: str(db_path),
                                           ENV_USER_GAZETTEER: str(Path(scratch) / "none.sqlite")},
                                      stdout=sink, stderr=subprocess.STDOUT)
            if servers is not None:
                servers.append(server)
            try:
                wait_healthy(url, server, log)
                yield url
            finally:
                server.terminate()
                try:
                    server.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait()
                if logs is not None:
                    logs.append(log.read_text())


@dataclass
class Watch:
    """What the page did that it should not: requests leaving the machine, console errors."""

    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def route(self, route) -> None:
        """Let local requests through; abort and record anything else."""
        if urlsplit(route.request.url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def route_socket(self, socket_route) -> None:
        if urlsplit(socket_route.url).hostname in LOCAL_HOSTS:
            socket_route.connect_to_server()
        else:
            self.blocked.append(socket_route.url)
            socket_route.close()

    def console(self, message) -> None:
        if message.type == "error":
            self.errors.append(f"console: {message.text} ({message.location.get('url', '')})")

    def page_error(self, error) -> None:
        self.errors.append(f"page error: {error}")


@contextmanager
def browser_page(viewport: dict[str, int] = VIEWPORT) -> Iterator[tuple[object, Watch]]:
    """A fresh headless Chromium page with every request routed through a `Watch`."""
    from playwright.sync_api import sync_playwright

    watch = Watch()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            # Service workers would fetch outside the routing, so none are allowed.
            context = browser.new_context(viewport=viewport, service_workers="block", accept_downloads=True)
            context.route("**/*", watch.route)
            context.route_web_socket("**/*", watch.route_socket)
            page = context.new_page()
            page.on("console", watch.console)
            page.on("pageerror", watch.page_error)
            yield page, watch
        finally:
            browser.close()


def wait_for_charts(page, timeout_ms: int) -> None:
    page.wait_for_function(CHARTS_DRAWN_JS, timeout=timeout_ms, polling=200)


def wait_idle(page, timeout_ms: int) -> None:
    page.evaluate("window.__quietSince = null")
    page.wait_for_function(IDLE_JS, arg=QUIET_MS, timeout=timeout_ms, polling=100)


def figure(page, index: int) -> dict:
    """The `index`-th plotly figure on the page, as drawn: {'data': [...], 'layout': {...}}."""
    return plain(page.evaluate(FIGURE_JS, index))


def plain(value):
    """Plotly's base64 array encoding ({'dtype', 'bdata'[, 'shape']}) decoded into lists, recursively."""
    if isinstance(value, dict) and {"dtype", "bdata"} <= value.keys():
        import numpy

        array = numpy.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
        shape = [int(size) for size in str(value.get("shape", "")).split(",") if size.strip()]
        return (array.reshape(shape) if shape else array).tolist()
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def require_browser() -> None:
    """Skip the calling test when the browser cannot be driven here; under CI (the CI variable set), fail instead."""
    import pytest

    reason = missing_requirement()
    if reason and os.environ.get("CI"):
        pytest.fail(f"browser test cannot run under CI: {reason}")
    if reason:
        pytest.skip(reason)
