"""Dashboard scale: server-side time of one rerun and bytes of figure data at 10k, 100k, 1M events;
with --browser, the first map, a rerun's websocket bytes and time, and the server's memory in Chromium.

Builds databases of synthetic events under /tmp (kept for the next run) and prints, for each:
- the cold load: from SQLite (the first start after the database changed: Arrow columns read
  by a thread per core, typed and sorted) and from the columnar snapshot that load writes (every
  later start of the app); and what comes before it in the app from data.PREVIEW_FROM events on
  (dashboard.first_page): the first page's columns from the counts kept in the database
  (board/counts.py), from the events when there are none (as read before the counts existed), and
  building the counts (the first open of a database the dashboard never opened);
- one rerun as the app does it with the frame cached (`st.cache_resource`: the shared frame
  itself, no copy), the filters, the map (framed to the filters), the timeline and the
  fatalities figures, and their JSON (what `st.plotly_chart` sends), the map's place-name pictures
  included (their bytes printed apart, with the CPU time of drawing them, which the app does once per
  framing); the table, widgets and the websocket are not included (--browser measures those);
- the bytes of that JSON, for all events in view and for a narrower view (one type, 90 days);
- a whole page rerun of dashboard.py under streamlit's AppTest (sidebar, metrics, figures,
  one page of the table, downloads; everything but the browser), all events in view.

Times are wall clock (the best of three reruns) with the process's CPU time beside them: on a
shared machine the CPU time is the steadier figure. (Under taskset -c 0 the reading threads
share one core: the cold load's wall time is then its CPU time; --browser lets them use two.)

With --browser (headless Chromium; see in_browser): seconds from navigation to the drawn map and
to the whole page, cold and warm (on a cold open of a big database the first map is the first page,
drawn from a few columns while all the events are read: dashboard.first_page), a rerun's seconds and
websocket bytes, the server's peak memory, and the server's and Chromium's CPU seconds for each of the
three with the load average (the wall times swing with the load; on two cores the browser drawing and the
server compete, so the two sides' CPU seconds are the steadier figure).

The databases keep the event counts the dashboard builds on its first open (board/counts.py), so a cold
open is that of a database the dashboard has opened before and that changed since (the counts follow every
write); with --uncounted they are removed first: the first open of a database the dashboard never opened,
which builds them.

With --reruns N, N reruns after the warm open (the switch flipped back and forth), each printed with the
server's and Chromium's CPU seconds (renderer and GPU process apart): more samples per start-up.

Run: taskset -c 0 python -m bench.dashboard [--sizes 10000 100000 1000000]
     python -m bench.dashboard --browser [--sizes ...] [--reruns N] [--uncounted]
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.io
import plotly.tools

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from board import counts, data, figures, filters, labels, opening  # noqa: E402
from board.columns import PREVIEW_COLUMNS  # noqa: E402
from board.filters import Filters  # noqa: E402
from extract.store import Store  # noqa: E402
from extract.table import COLUMNS  # noqa: E402

FOLDER = Path("/tmp/conflict-events-bench")
TYPES = list(figures.TYPE_COLORS)
FIRST_DAY = date(2012, 1, 1)
SPAN_DAYS = 3 * 365
PLACES = 3_000
CHUNK = 100_000
BROWSER_TIMEOUT_MS = 600_000
SWITCH = "Events known only to a region or country"   # a sidebar switch: shown once the whole page is


def synthetic_rows(n: int, start: int, seed: int) -> list[tuple]:
    """Rows of plausible events: places clustered in West Africa, a mix of date precisions,
    a tenth known only to a region, one in fifty without coordinates."""
    rng = np.random.default_rng(seed)
    place = rng.integers(0, PLACES, n)
    places = np.random.default_rng(0).uniform([4, -17], [24, 24], (PLACES, 2))
    lat, lon = places[place, 0], places[place, 1]
    vague = rng.random(n) < 0.1
    unplaced = rng.random(n) < 0.02
    first = rng.integers(0, SPAN_DAYS, n)
    length = rng.choice([0, 0, 0, 6, 30], n)
    rows = []
    for i in range(n):
        k = start + i
        begin = FIRST_DAY + timedelta(days=int(first[i]))
        end = begin + timedelta(days=int(length[i]))
        kind = TYPES[k % len(TYPES)]
        values = {
            "event_id": f"SYN-{k:09d}", "event_date": (begin + (end - begin) / 2).isoformat(),
            "date_start": begin.isoformat(), "date_end": end.isoformat(),
            "date_precision": {0: "day", 6: "week", 30: "month"}[int(length[i])], "event_type": kind,
            "sub_event_type": f"{kind} sub {k % 3}", "actor1": f"Actor {k % 40}", "actor2": f"Actor {(k * 7) % 40}",
            "location": f"Place {place[i]}", "admin1": f"Region {place[i] % 60}", "country": f"Country {place[i] % 12}",
            "iso3": "SYN", "latitude": None if unplaced[i] else float(lat[i]),
            "longitude": None if unplaced[i] else float(lon[i]), "place_precision": 3 if vague[i] else 1,
            "geonameid": int(place[i]), "fatalities": int(k % 11), "report_count": 1 + k % 3,
            "confidence": round(0.3 + (k % 70) / 100, 2), "provenance": "", "doc_id": f"doc-{k // 50}",
            "source": f"Source {k % 25}", "published": end.isoformat(),
            "sentence": f"Synthetic report {k} of fighting near place {place[i]}.", "char_start": 0, "char_end": 40,
            "reviewed": "unreviewed", "reviewer": "",
        }
        rows.append(tuple(values.get(c) for c in COLUMNS))     # ACLED's codes left empty
    return rows


def database(n: int) -> Path:
    """The synthetic database of n events (built once, then reused)."""
    path = FOLDER / f"events-{n}-{len(COLUMNS)}.db"     # a new column list, a new database
    if path.exists():
        return path
    FOLDER.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    with Store(partial) as store, store.db:
        for start in range(0, n, CHUNK):
            rows = synthetic_rows(min(CHUNK, n - start), start, seed=start)
            store.db.executemany(f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})", rows)
    partial.rename(path)
    return path


def rerun(frame: pd.DataFrame, chosen: Filters, names: list[dict]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and bytes of one rerun with the frame and the place names (`names`)
    cached, as dashboard.view does it."""
    began, cpu = time.perf_counter(), time.process_time()
    context = filters.apply(frame, chosen, dates=False)
    dated = filters.subset(context, filters.date_mask(context, chosen.start, chosen.end))
    window = (chosen.start, chosen.end)
    sent = (sent_json(figures.event_map(dated, opening.BORDERS_URL, view=figures.fit_view(context), labels=names))
            + sent_json(figures.timeline(context, window=window)) + sent_json(figures.fatalities_timeline(context, window=window)))
    return time.perf_counter() - began, time.process_time() - cpu, len(sent.encode())


def sent_json(figure) -> str:
    """The JSON `st.plotly_chart` sends for a figure, made the way it makes it."""
    return plotly.io.to_json(plotly.tools.return_figure_from_figure_or_data(figure, validate_figure=True), validate=False)


def timed(function, *args):
    """((wall seconds, CPU seconds), result) of one call."""
    began, cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    return (time.perf_counter() - began, time.process_time() - cpu), result


def measure(n: int) -> None:
    path = database(n)
    counted(path, False)
    (build, build_cpu), _ = timed(counts.build, path, data.read_values)
    data.snapshot_path(path).unlink(missing_ok=True)
    (first, first_cpu), first_page = timed(data.preview_events, path, ())    # None below data.PREVIEW_FROM
    (read, read_cpu), _ = timed(data.read_database, path, PREVIEW_COLUMNS)
    (cold, cold_cpu), _ = timed(data.load_events, path)           # from SQLite; writes the snapshot
    (warm, warm_cpu), frame = timed(data.load_events, path)       # the next start: from the snapshot
    first_text = "none" if first_page is None else (
        f"{first:5.2f} s ({first_cpu:4.2f} s CPU) from the counts, {read:5.2f} s ({read_cpu:4.2f} s CPU) from the "
        f"events; counting them {build:5.2f} s ({build_cpu:4.2f} s CPU)")
    print(f"{n:>9,} events | cold load from SQLite {cold:6.2f} s ({cold_cpu:5.2f} s CPU), "
          f"from the snapshot {warm:5.2f} s ({warm_cpu:4.2f} s CPU) | first page's columns {first_text}")
    everything = Filters(start=FIRST_DAY, end=FIRST_DAY + timedelta(days=SPAN_DAYS + 31))
    narrow = Filters(start=date(2013, 1, 1), end=date(2013, 3, 31), event_types=("Battles",))
    towns = labels.read_towns()
    rerun(frame, everything, [])     # warm-up: imports
    for label, chosen in (("all events in view", everything), ("one type, 90 days", narrow)):
        # The place names are drawn once per framing (dashboard.place_labels is cached) but sent every rerun.
        (_, names_cpu), names = timed(lambda: labels.label_layers(
            labels.places_of(frame), figures.fit_view(filters.apply(frame, chosen, dates=False)), towns))
        names_bytes = sum(len(layer["source"]) for layer in names)
        seconds, cpu, sent = min(rerun(frame, chosen, names) for _ in range(3))
        in_view = int(filters.mask(frame, chosen).sum())
        print(f"{n:>9,} events | rerun {seconds:5.2f} s ({cpu:4.2f} s CPU) | figures {sent / 1e6:5.2f} MB "
              f"(place names {names_bytes / 1e6:4.2f} MB, drawn once in {names_cpu:4.2f} s CPU) "
              f"| {label}: {in_view:,} in view, {'points' if in_view <= figures.MAX_POINTS else 'grid cells'}")
    seconds, cpu = page_rerun(path)
    print(f"{n:>9,} events | whole page rerun (AppTest) {seconds:5.2f} s ({cpu:4.2f} s CPU)")


def page_rerun(path: Path) -> tuple[float, float]:
    """Wall and CPU seconds of the best of three whole-page reruns, the caches warm."""
    from streamlit.testing.v1 import AppTest
    os.environ[data.ENV_DB] = str(path)
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600).run()
    if app.exception:
        raise SystemExit(f"dashboard.py failed on {path}: {app.exception[0].message}")
    return min(timed(app.run)[0] for _ in range(3))


def counted(path: Path, keep: bool) -> None:
    """Give the database the event counts the dashboard keeps (`keep`), or remove them."""
    if keep:
        counts.build(path, data.read_values)
        return
    with closing(sqlite3.connect(str(path))) as db, db:
        counts.drop(db)


def in_browser(n: int, reruns: int = 1, uncounted: bool = False) -> None:
    """The dashboard served on the synthetic database and driven in headless Chromium: seconds from
    navigation to the drawn map and to the whole page (its sidebar drawn and the page idle; cold: no
    snapshot of the frame yet; warm: the next open), then one rerun (a sidebar switch) measured as
    bytes received over the websocket and seconds from the click to the last frame; the server's peak
    memory. `uncounted`: the database without its event counts (see the module's note)."""
    from tests.browser import QUIET_MS, browser_page, missing_requirement, served_app, wait_for_charts, wait_idle
    reason = missing_requirement()
    if reason:
        raise SystemExit(f"bench.dashboard --browser: {reason}")
    path = database(n)
    counted(path, not uncounted)
    data.snapshot_path(path).unlink(missing_ok=True)
    servers: list = []
    with served_app(path, servers) as url, browser_page() as (page, _watch):
        frames: list[tuple[float, int]] = []
        page.on("websocket", lambda socket: socket.on(
            "framereceived", lambda payload: frames.append((time.monotonic(), len(payload)))))
        opens, pages, cpu, chromium = [], [], [], []   # seconds to the drawn map, to the whole page; CPU seconds
        for _ in ("cold", "warm"):
            began, used, drew = time.monotonic(), cpu_seconds(servers[0].pid), browser_cpu_seconds()
            page.goto(url)
            wait_for_charts(page, BROWSER_TIMEOUT_MS)
            opens.append(time.monotonic() - began)
            page.get_by_text(SWITCH).wait_for(timeout=BROWSER_TIMEOUT_MS)    # the sidebar: the whole page's
            wait_idle(page, BROWSER_TIMEOUT_MS)
            pages.append(time.monotonic() - began - QUIET_MS / 1000)
            cpu.append(cpu_seconds(servers[0].pid) - used)
            chromium.append(browser_cpu_seconds() - drew)
        first, *more = [rerun_in_browser(page, frames, servers[0].pid) for _ in range(reruns)]
        peak = peak_memory_mb(servers[0].pid)
    print(f"{n:>9,} events | browser: first map {opens[0]:5.1f} s cold, {opens[1]:5.1f} s warm | whole page "
          f"{pages[0]:5.1f} s cold, {pages[1]:5.1f} s warm | rerun "
          f"{first.seconds:5.2f} s to the last frame, {first.sent / 1e6:5.2f} MB over the websocket | server peak {peak:,.0f} MB"
          f" | server CPU: cold {cpu[0]:.2f} s, warm {cpu[1]:.2f} s, rerun {first.server:.2f} s | Chromium CPU: cold "
          f"{chromium[0]:.2f} s, warm {chromium[1]:.2f} s, rerun {first.chromium:.2f} s ({first.split}) "
          f"| {'without' if uncounted else 'with'} event counts (load average {load_average()})")
    for number, later in enumerate(more, 2):       # the switch flips back and forth: the same two views in turn
        print(f"{n:>9,} events | rerun {number}: {later.seconds:5.2f} s to the last frame, {later.sent / 1e6:5.2f} MB | "
              f"server CPU {later.server:.2f} s | Chromium CPU {later.chromium:.2f} s ({later.split})")


@dataclass(frozen=True)
class Rerun:
    """One rerun in the browser: seconds from the click to the last websocket frame, bytes received, and the
    CPU seconds of the server and of Chromium (`split`: its renderer and GPU process apart)."""

    seconds: float
    sent: int
    server: float
    chromium: float
    split: str


def rerun_in_browser(page, frames: list[tuple[float, int]], server_pid: int) -> Rerun:
    """Click the sidebar switch and wait until the page is idle (see in_browser)."""
    from tests.browser import wait_idle
    frames.clear()
    clicked, used, drew = time.monotonic(), cpu_seconds(server_pid), browser_cpu_by_kind()
    page.get_by_text(SWITCH).click()
    wait_idle(page, BROWSER_TIMEOUT_MS)
    spent = {kind: seconds - drew.get(kind, 0.0) for kind, seconds in browser_cpu_by_kind().items()}
    last = max((at for at, _ in frames), default=clicked)
    return Rerun(last - clicked, sum(size for _, size in frames), cpu_seconds(server_pid) - used, sum(spent.values()),
                 ", ".join(f"{kind} {spent.get(kind, 0.0):.2f} s" for kind in ("renderer", "gpu-process")))


def first_open() -> None:
    """A fresh clone's first open: no database, no caches (an empty cache directory): seconds from
    navigation to the drawn map, whether a progress bar showed while the sample corpus was built, and
    the server's CPU seconds by then with the load average (the wall time swings with the load)."""
    from tests.browser import browser_page, served_app, wait_for_charts
    servers: list = []
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["XDG_CACHE_HOME"] = str(Path(scratch) / "cache")
        with served_app(Path(scratch) / "events.db", servers) as url, browser_page() as (page, _watch):
            began, cpu_before = time.monotonic(), cpu_seconds(servers[0].pid)
            page.goto(url)
            progress = page.wait_for_selector('[data-testid="stProgress"]', timeout=BROWSER_TIMEOUT_MS) is not None
            wait_for_charts(page, BROWSER_TIMEOUT_MS)
            print(f"first open of a fresh clone: map drawn {time.monotonic() - began:5.1f} s after navigation; "
                  f"progress shown: {'yes' if progress else 'no'}; server "
                  f"{cpu_seconds(servers[0].pid) - cpu_before:.1f} CPU-s, peak {peak_memory_mb(servers[0].pid):.0f} MB; "
                  f"load average {load_average()}")


def cpu_seconds(pid: int) -> float:
    """A process's CPU seconds so far, user and system (Linux /proc): steadier than wall time on a busy
    machine. 0 once it has ended (a Chromium helper may exit between two readings)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def browser_cpu_seconds() -> float:
    """CPU seconds so far of every Chromium process this benchmark started (the browser, its renderer, its
    GPU process drawing the map in software, its utilities; Playwright's driver left out): with the
    server's, what one rerun costs the machine, since on two cores the two sides compete."""
    return sum(browser_cpu_by_kind().values())


def browser_cpu_by_kind() -> dict[str, float]:
    """browser_cpu_seconds by Chromium process kind ('renderer', 'gpu-process', 'browser', 'utility', ...)."""
    spent: dict[str, float] = {}
    for pid in descendants(os.getpid()):
        if process_name(pid) == "chromium":
            kind = process_kind(pid)
            spent[kind] = spent.get(kind, 0.0) + cpu_seconds(pid)
    return spent


def process_kind(pid: int) -> str:
    """A Chromium process's --type (renderer, gpu-process, utility, ...); 'browser' for the main one."""
    try:
        # Chromium rewrites its helpers' command lines as one space-separated title: split on both
        arguments = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").split()
    except OSError:
        return "ended"
    return next((a.decode()[len("--type="):] for a in arguments if a.startswith(b"--type=")), "browser")


def descendants(root: int) -> list[int]:
    """The ids of a process's children, their children and so on (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):     # the process ended meanwhile
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, stack = [], [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def process_name(pid: int) -> str:
    """A process's command name ('' once it has ended)."""
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


def load_average() -> str:
    """The machine's load over the last 1, 5 and 15 minutes, as `uptime` prints it."""
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())


def peak_memory_mb(pid: int) -> float:
    """A process's peak resident memory (Linux /proc), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    os.environ["XDG_CACHE_HOME"] = str(FOLDER / "cache")     # the frame snapshots stay with the databases
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--browser", action="store_true", help="measure in headless Chromium instead (see in_browser)")
    parser.add_argument("--first-open", action="store_true", help="time a fresh clone's first open in Chromium")
    parser.add_argument("--reruns", type=int, default=1, help="with --browser: reruns to time after the warm open")
    parser.add_argument("--uncounted", action="store_true",
                        help="with --browser: a database without its event counts, as on the dashboard's first open of it")
    arguments = parser.parse_args()
    if arguments.first_open:
        return first_open()
    for n in arguments.sizes:
        in_browser(n, arguments.reruns, arguments.uncounted) if arguments.browser else measure(n)


if __name__ == "__main__":
    main()
