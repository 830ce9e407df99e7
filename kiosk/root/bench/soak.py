"""The soak (`kiosk bench --soak MINUTES`): months unattended, compressed. A hub of its own (`kiosk hub`,
loopback_hub.py) and the real kiosk window in another process (soak_kiosk.py, offscreen, driven by clicks)
while desks call the visitors in a thread of this process (HTTP with a staff token). Every minute a line:
visits and calls so far; resident memory, open file descriptors and threads of the kiosk process and of
the hub process; the events table's rows, the database and its -wal. At the end, each one's growth per
hour (the slope through the samples after the first minute's warm-up; the first sample is taken when
the kiosk has shown its first ticket) and memory per 5,000 visits."""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

import httpx

from kiosk.root.bench import procstat, size
from kiosk.root.bench.figures import Figure
from kiosk.root.bench.loopback_hub import ROUTES, LoopbackHub
from kiosk.server.hub.state import Readers

DESK_EVERY = 1.5
"""Seconds between two desk rounds: each calls the next of one service in turn and finishes it."""
STEP_MS = 450
"""The kiosk's visitor taps this often: just over the kiosk's 400 ms guard against double taps."""
POOL_MOST = Readers.IDLE_KEPT + 2
"""The hub's connections to its database at most: its writer, the read pool's kept ones, one lent beyond
them at a busy moment (closed when given back)."""
GROWTH_MB = 5.0
"""Target: less memory growth than this per 5,000 visits, in either process."""
WARM_MINUTES = 10.0
"""Memory is judged over the second half of a run only if that half starts this late: until then the
hub's SQLite page caches (2 MB a connection, SQLite's default) fill as the database grows past them,
which at the soak's pace takes about 10 minutes. 15-minute soaks read 0.4 MB of that filling over 220
visits as 7.4 MB per 5,000, the code before and after alike; the 62-minute soak read 0.55."""
READINGS = (("rss_mb", procstat.rss_mb), ("fds", procstat.fds), ("threads", procstat.threads))


class Counter:
    def __init__(self) -> None:
        self.value = 0
        self.lines: deque[str] = deque(maxlen=100)  # the latest: a long soak's warnings are not kept

    def follow(self, stream) -> None:
        """Count `visit ...` lines of the kiosk's output; keep the others (what went wrong)."""
        for line in stream:
            if line.startswith("visit "):
                self.value += 1
            else:
                self.lines.append(line.rstrip())


def _desks(hub: LoopbackHub, stop: threading.Event, calls: Counter) -> None:
    services = [service for _, service in ROUTES]
    with httpx.Client(base_url=hub.url, headers=hub.auth("staff"), timeout=30) as desk:
        turn = 0
        while not stop.wait(DESK_EVERY):
            service = services[turn % len(services)]
            turn += 1
            try:
                called = desk.post(f"/api/services/{service}/call-next")
                if called.status_code == 200:
                    desk.post(f"/api/tickets/{called.json()['code']}/done").raise_for_status()
                    calls.value += 1
            except httpx.HTTPError as error:
                calls.lines.append(f"desk: {error}")


def _events(db_path: Path) -> int:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    try:
        return conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    finally:
        conn.close()


def sample(started: float, visits: int, calls: int, kiosk_pid: int, hub: LoopbackHub) -> dict:
    db_mb, wal_mb = procstat.database_mb(hub.db_path)
    on_database, on_wal = procstat.fds_on(
        hub.pid, hub.db_path, hub.db_path.with_name(hub.db_path.name + "-wal")
    )
    return {
        "minutes": round((time.monotonic() - started) / 60, 2),
        "visits": visits,
        "calls": calls,
        **{
            f"{who}_{what}": read(pid)
            for who, pid in (("kiosk", kiosk_pid), ("hub", hub.pid))
            for what, read in READINGS
        },
        "hub_connections": on_database,
        "hub_database_fds": on_database + on_wal,
        "events": _events(hub.db_path),
        "db_mb": round(db_mb, 2),
        "wal_mb": round(wal_mb, 2),
    }


def line(s: dict) -> str:
    return (
        f"{s['minutes']:6.1f} min  visits {s['visits']:5d}  calls {s['calls']:5d}  "
        f"kiosk {s['kiosk_rss_mb']:6.1f} MB {s['kiosk_fds']:3d} fds {s['kiosk_threads']:2d} threads  "
        f"hub {s['hub_rss_mb']:6.1f} MB {s['hub_fds']:3d} fds ({s['hub_connections']} db) "
        f"{s['hub_threads']:2d} threads  "
        f"events {s['events']:5d}  db {s['db_mb']:5.1f} MB  wal {s['wal_mb']:5.1f} MB"
    )


def _slope(samples: list[dict], x: str, y: str) -> float:
    """The least-squares slope of `y` over `x`; 0 with fewer than two distinct x."""
    xs, ys = [s[x] for s in samples], [s[y] for s in samples]
    if len(set(xs)) < 2:
        return 0.0
    return statistics.linear_regression(xs, ys).slope


def _other(sample: dict, who: str, what: str) -> int:
    """A sampled count, less the hub's descriptors on its own database (they are counted apart)."""
    value = sample[f"{who}_{what}"]
    return value - sample["hub_database_fds"] if (who, what) == ("hub", "fds") else value


def summary(samples: list[dict]) -> list[Figure]:
    """Growth per hour of each sampled figure after the first minute's warm-up; memory's over the second
    half of the run only, as caches (SQLite's pages, Qt's) fill for some minutes before they level off."""
    steady = samples[1:] if len(samples) > 2 else samples
    late = samples[len(samples) // 2 :] if len(samples) >= 4 else steady
    last = samples[-1]
    note = f"{last['minutes']:.0f} min, {last['visits']} visits"
    figures = [
        Figure("soak", "visits walked through the kiosk per hour", last["visits"] / (last["minutes"] / 60),
               "visits/h", note=note),
    ]  # fmt: skip
    warm = late[0]["minutes"] >= WARM_MINUTES
    too_short = "" if warm else f"; too short to judge: run {2 * WARM_MINUTES:.0f} minutes or more"
    for who in ("kiosk", "hub"):
        key = f"{who}_rss_mb"
        per_visit = _slope(late, "visits", key)
        figures.append(
            Figure("soak", f"{who} memory growth per 5,000 visits", per_visit * 5000, "MB",
                   target=f"under {GROWTH_MB:.0f} MB", met=per_visit * 5000 < GROWTH_MB if warm else None,
                   note=f"{samples[0][key]:.1f} at start, {late[0][key]:.1f} -> {last[key]:.1f} MB "
                        f"from {late[0]['minutes']:.0f} min, {note}{too_short}")
        )  # fmt: skip
        for what in ("fds", "threads"):
            series = [{"minutes": s["minutes"], "n": _other(s, who, what)} for s in samples]
            steady_series = series[1:] if len(series) > 2 else series
            late_series = series[len(series) // 2 :] if len(series) >= 4 else steady_series
            per_hour = _slope(steady_series, "minutes", "n") * 60
            # A leak keeps climbing: the second half of the run reaches above all of the first. (The hub's
            # database connections are counted apart: its read pool opens one more when reads first
            # overlap, at any moment of the run, and keeps at most POOL_MOST: bounded, not a leak.)
            first_most = max(s["n"] for s in steady_series[: len(steady_series) // 2 + 1])
            late_most = max(s["n"] for s in late_series)
            counted = "fds but the database's" if (who, what) == ("hub", "fds") else what
            figures.append(
                Figure("soak", f"{who} {what} growth per hour", per_hour, "",
                       target="no new high in the second half", met=late_most <= first_most,
                       note=f"{counted}: {steady_series[0]['n']} -> {series[-1]['n']}, "
                            f"at most {first_most} then {late_most}")
            )  # fmt: skip
    most = max(s["hub_connections"] for s in samples)
    figures.append(
        Figure("soak", "hub database connections, most at once", most, "",
               target=f"at most {POOL_MOST} (its read pool's bound)", met=most <= POOL_MOST,
               note=f"{samples[0]['hub_connections']} at start, {last['hub_connections']} at the end")
    )  # fmt: skip
    events_per_hour = _slope(steady, "minutes", "events") * 60
    db_per_hour = _slope(steady, "minutes", "db_mb") * 60
    figures += [
        Figure("soak", "events rows at the end", last["events"], "", note=f"growth {events_per_hour:.0f}/h"),
        Figure("soak", "database and -wal at the end", last["db_mb"] + last["wal_mb"], "MB",
               note=f"growth {db_per_hour:.1f} MB/h, -wal {last['wal_mb']:.1f} MB"),
    ]  # fmt: skip
    return figures


def _alive(kiosk: subprocess.Popen, visits: Counter, errors: Counter) -> None:
    """Raise if the kiosk process ended: with its code and the end of what it wrote to stderr (a crash's
    traceback: soak_kiosk.py turns on faulthandler, as `kiosk` does)."""
    if kiosk.poll() is not None:
        time.sleep(0.2)  # its last lines may still be on their way through the pipe
        said = "\n".join(list(errors.lines)[-30:]) or "(nothing on stderr)"
        raise RuntimeError(
            f"the kiosk process ended (code {kiosk.returncode}): {list(visits.lines)[-3:]}\n{said}"
        )


def _first_visit(kiosk: subprocess.Popen, visits: Counter, errors: Counter, timeout: float = 120.0) -> None:
    """Wait for the kiosk's first ticket: the samples start warm, with the window up and one visit made."""
    deadline = time.monotonic() + timeout
    while not visits.value:
        _alive(kiosk, visits, errors)
        if time.monotonic() > deadline:
            raise RuntimeError(f"the kiosk made no visit within {timeout:.0f} s: {list(visits.lines)[-3:]}")
        time.sleep(0.1)


def soak(minutes: float, say: Callable[[str], None] = print) -> tuple[list[Figure], list[dict]]:
    """Run the soak for `minutes`, saying a line per sample; (the summary's figures, every sample)."""
    every = 2.0 if size.tiny() else 60.0
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    visits, calls, errors = Counter(), Counter(), Counter()
    samples: list[dict] = []
    with LoopbackHub() as hub:
        kiosk = subprocess.Popen(
            [sys.executable, "-m", "kiosk.root.bench.soak_kiosk", hub.url, hub.tokens["kiosk"],
             "--step-ms", str(STEP_MS)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        threading.Thread(target=visits.follow, args=(kiosk.stdout,), daemon=True).start()
        threading.Thread(target=errors.follow, args=(kiosk.stderr,), daemon=True).start()
        stop = threading.Event()
        desks = threading.Thread(target=_desks, args=(hub, stop, calls), name="soak-desks")
        desks.start()
        try:
            _first_visit(kiosk, visits, errors)
            started = time.monotonic()
            while True:
                _alive(kiosk, visits, errors)
                samples.append(sample(started, visits.value, calls.value, kiosk.pid, hub))
                say(line(samples[-1]))
                if samples[-1]["minutes"] >= minutes:
                    break
                time.sleep(min(every, max(0.1, minutes * 60 - (time.monotonic() - started))))
        finally:
            stop.set()
            desks.join(30)
            kiosk.terminate()
            kiosk.wait(10)
    for message in [*visits.lines, *calls.lines][-5:]:
        say(f"noticed: {message}")
    return summary(samples), samples
