"""What one write costs the hub, and whether that cost grows with the queue.

The hub runs as its own process (`kiosk hub` on a free loopback port, a fresh database in a temporary
folder), driven by kiosk and desk clients (httpx, one thread each, closed loop):

- visits from 1 and from 20 kiosks at once (median, p95, visits/s);
- call-next from 20 desks at once over as many waiting tickets (median, p95, calls/s);
- visits from one kiosk with 2,000 tickets already waiting, and the ratio of their last 100 writes
  to the first 100 writes of a short queue (flat is 1.0); the same ratio within one short run;
- the database's size after 5,000 visits with every event kept;
- every run checks that no ticket was lost (each 201 is in the database) or doubled (no code or number
  twice, no ticket called twice), and counts the errors.

The baseline, measured in the same run: one SQLite commit with the hub's durability settings (WAL,
SQLite's default synchronous) plus one HTTP round trip (`GET /api/health`) to the same hub.

Run alone: `python -m kiosk.root.bench.hub_writes [--quick]` (quick: smaller sizes, about 20 s).
"""

from __future__ import annotations

import statistics
import threading
import time
import uuid
from dataclasses import dataclass, field

import httpx

from kiosk.root.bench import procstat, size
from kiosk.root.bench.figures import Figure
from kiosk.root.bench.loopback_hub import ROUTES, LoopbackHub
from kiosk.root.bench.report import module_main
from kiosk.root.bench.timing import commits, median_ms, p95, round_trips
from kiosk.server import store

SECTION = "hub"


@dataclass(frozen=True)
class Sizes:
    visits: int = 500
    kiosks: int = 20
    calls: int = 200
    desks: int = 20
    long_queue: int = 2000
    window: int = 100
    db_visits: int = 5000


FULL = Sizes()
QUICK = Sizes(visits=200, calls=100, long_queue=400, window=40, db_visits=500)
TINY = Sizes(visits=20, kiosks=4, calls=10, desks=4, long_queue=20, window=5, db_visits=40)
"""For the test that runs the whole `kiosk bench` in seconds (kiosk/root/bench/size.py)."""


@dataclass
class Run:
    """One closed-loop run: each request's (start, seconds), the answers' codes and the errors."""

    timings: list[tuple[float, float]] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    errors: int = 0
    empty: int = 0
    wall: float = 0.0

    def ms(self) -> list[float]:
        return [seconds * 1000 for _, seconds in self.timings]

    def in_order(self) -> list[float]:
        return [seconds * 1000 for _, seconds in sorted(self.timings)]


def _closed_loop(hub: LoopbackHub, clients: int, jobs: list, send) -> Run:
    """`clients` threads, each with its own keep-alive connection, taking jobs until none is left."""
    run = Run()
    lock = threading.Lock()
    pending = list(reversed(jobs))
    start_line = threading.Barrier(clients + 1)

    def work() -> None:
        with httpx.Client(base_url=hub.url, timeout=30) as client:
            client.get("/api/health")  # connect before the clock starts
            start_line.wait()
            while True:
                with lock:
                    if not pending:
                        return
                    job = pending.pop()
                started = time.perf_counter()
                try:
                    url, options = send(job)
                    reply = client.post(url, **options)
                    status, body = reply.status_code, (reply.json() if reply.content else None)
                except (httpx.HTTPError, ValueError):
                    status, body = 0, None
                took = time.perf_counter() - started
                with lock:
                    run.timings.append((started, took))
                    if status in (200, 201) and body and "ticket" in body:
                        run.codes.append(body["ticket"]["code"])
                        run.numbers.append(body["ticket"]["number"])
                    elif status in (200, 201) and body and "code" in body:
                        run.codes.append(body["code"])
                        run.numbers.append(body["number"])
                    elif status == 204:
                        run.empty += 1
                    else:
                        run.errors += 1

    threads = [threading.Thread(target=work, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    start_line.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    run.wall = time.perf_counter() - began
    return run


WARM_UP = 10
"""Visits sent (and not timed) before the first timed run, so a fresh hub's first requests
(imports, the routing's first load, SQLite's caches) are not read as the cost of a short queue."""


def warm_up(hub: LoopbackHub) -> int:
    """Send `WARM_UP` visits untimed; how many tickets they made."""
    return len(set(visits(hub, WARM_UP, 1).codes))


def visits(hub: LoopbackHub, count: int, kiosks: int) -> Run:
    headers = hub.auth("kiosk")

    def send(i: int):
        body = {"lang": "fi", "answers": ROUTES[i % len(ROUTES)][0], "key": str(uuid.uuid4())}
        return "/api/visits", {"json": body, "headers": headers}

    return _closed_loop(hub, kiosks, list(range(count)), send)


def alternately(first: LoopbackHub, second: LoopbackHub, count: int) -> tuple[Run, Run]:
    """`count` visits to each hub from one kiosk, in turn, each hub first every other time (a commit
    right after another one may find less to flush)."""
    runs = (Run(), Run())
    hubs = (first, second)
    clients = [httpx.Client(base_url=hub.url, timeout=30) for hub in hubs]
    try:
        for client in clients:
            client.get("/api/health")
        for i in range(count):
            for k in (0, 1) if i % 2 == 0 else (1, 0):
                body = {"lang": "fi", "answers": ROUTES[i % len(ROUTES)][0], "key": str(uuid.uuid4())}
                started = time.perf_counter()
                reply = clients[k].post("/api/visits", json=body, headers=hubs[k].auth("kiosk"))
                runs[k].timings.append((started, time.perf_counter() - started))
                if reply.status_code == 201:
                    runs[k].codes.append(reply.json()["ticket"]["code"])
                    runs[k].numbers.append(reply.json()["ticket"]["number"])
                else:
                    runs[k].errors += 1
    finally:
        for client in clients:
            client.close()
    return runs


def calls(hub: LoopbackHub, count: int, desks: int) -> Run:
    headers = hub.auth("staff")

    def send(i: int):
        return f"/api/services/{ROUTES[i % len(ROUTES)][1]}/call-next", {"headers": headers}

    return _closed_loop(hub, desks, list(range(count)), send)


def lost_or_doubled(hub: LoopbackHub, run: Run, status: str, before: int = 0) -> int:
    """How many tickets went missing or were given twice: each answered code must be in the database
    (with `status`), no code or number twice, and as many tickets with `status` as answers (+ `before`)."""
    doubled = (len(run.codes) - len(set(run.codes))) + (len(run.numbers) - len(set(run.numbers)))
    db = store.connect(hub.db_path)
    try:
        found = {
            row[0]
            for row in db.execute(
                f"SELECT code FROM tickets WHERE code IN ({', '.join('?' * len(run.codes))})", run.codes
            )
        }
        with_status = db.execute("SELECT COUNT(*) FROM tickets WHERE status = ?", [status]).fetchone()[0]
    finally:
        db.conn.close()
    lost = len(set(run.codes) - found)
    return doubled + lost + abs(with_status - (len(set(run.codes)) + before))


def commit_and_round_trip(hub: LoopbackHub, n: int) -> tuple[float, float]:
    """Medians (ms) of one SQLite commit with the hub's settings and of one `GET /api/health`."""
    return median_ms(commits(n)), median_ms(round_trips(hub.url, n))


def _latency(name: str, run: Run, baseline: float, note: str = "") -> list[Figure]:
    ms = run.ms()
    base = "one SQLite commit + one HTTP round trip"
    return [
        Figure(SECTION, f"{name}, median", statistics.median(ms), "ms", base, baseline, note=note),
        Figure(SECTION, f"{name}, p95", p95(ms), "ms", base, baseline, note=note),
    ]


def _rate(name: str, run: Run, unit: str, baseline: float, least: int | None = None) -> Figure:
    """Requests per second over the run's wall time, beside the sequential bound; `least`: the target."""
    rate = len(run.timings) / run.wall
    base = "sequential bound: 1 / (commit + round trip)"
    if least is None:
        return Figure(SECTION, name, rate, unit, base, 1000 / baseline)
    return Figure(
        SECTION, name, rate, unit, base, 1000 / baseline, target=f"at least {least} {unit}", met=rate >= least
    )


def _ratio(run: Run, window: int) -> float:
    ordered = run.in_order()
    return statistics.median(ordered[-window:]) / statistics.median(ordered[:window])


def measure(quick: bool) -> list[Figure]:
    sizes = TINY if size.tiny() else QUICK if quick else FULL
    figures: list[Figure] = []
    errors = broken = 0

    with LoopbackHub() as hub:
        commit_ms, trip_ms = commit_and_round_trip(hub, size.pick(quick, 200, 50, 10))
        baseline = commit_ms + trip_ms
        figures += [
            Figure(SECTION, "baseline: one SQLite commit (WAL, default synchronous)", commit_ms, "ms"),
            Figure(SECTION, "baseline: one GET /api/health round trip", trip_ms, "ms"),
        ]
        warm = warm_up(hub)
        one = visits(hub, sizes.visits, 1)
        ratio = _ratio(one, sizes.window)
        figures += _latency(f"visit, 1 kiosk, {sizes.visits} visits from {WARM_UP} waiting", one, baseline)
        figures.append(_rate("visits/s, 1 kiosk", one, "visits/s", baseline))
        figures.append(
            Figure(
                SECTION,
                f"last {sizes.window} visits / first {sizes.window}, 1 kiosk from {WARM_UP} waiting",
                ratio,
                "x",
                note="within one run: warm-up and noise, not the queue",
            )
        )
        errors += one.errors
        broken += lost_or_doubled(hub, one, "waiting", before=warm)
        many = visits(hub, sizes.visits, sizes.kiosks)
        figures += _latency(f"visit, {sizes.kiosks} kiosks at once", many, baseline)
        figures.append(_rate(f"visits/s, {sizes.kiosks} kiosks at once", many, "visits/s", baseline, 400))
        errors += many.errors
        broken += lost_or_doubled(hub, many, "waiting", before=warm + len(set(one.codes)))

    with LoopbackHub(waiting=sizes.calls) as hub:
        desk = calls(hub, sizes.calls, sizes.desks)
        figures += _latency(f"call-next, {sizes.desks} desks over {sizes.calls} waiting", desk, baseline)
        figures.append(_rate(f"calls/s, {sizes.desks} desks at once", desk, "calls/s", baseline, 500))
        errors += desk.errors + desk.empty
        broken += lost_or_doubled(hub, desk, "called")

    with LoopbackHub() as short, LoopbackHub(waiting=sizes.long_queue) as hub:
        warm, short_warm = warm_up(hub), warm_up(short)
        lead = visits(hub, sizes.visits - sizes.window, 1)
        # The last visits to the long queue alternate with the first ones to a short queue, so both
        # windows meet the same machine (other work, the disk's mood) and their ratio is the queue's.
        last, first = alternately(hub, short, sizes.window)
        long = Run(lead.timings + last.timings, lead.codes + last.codes, lead.numbers + last.numbers)
        long.errors = lead.errors + last.errors
        figures += _latency(f"visit, 1 kiosk, {sizes.long_queue} already waiting", long, baseline)
        grown = statistics.median(last.ms()) / statistics.median(first.ms())
        figures.append(
            Figure(
                SECTION,
                f"last {sizes.window} visits with {sizes.long_queue}+ waiting / first {sizes.window}"
                f" with {WARM_UP} waiting",
                grown,
                "x",
                target="within 1.2x",
                met=grown <= 1.2,
                note="medians; one kiosk client sending to the two hubs in turn",
            )
        )
        errors += long.errors + first.errors
        broken += lost_or_doubled(hub, long, "waiting", before=sizes.long_queue + warm)
        broken += lost_or_doubled(short, first, "waiting", before=short_warm)

    with LoopbackHub() as hub:
        filled = visits(hub, sizes.db_visits, sizes.kiosks)
        errors += filled.errors
        broken += lost_or_doubled(hub, filled, "waiting")
        hub.stop()  # a clean stop checkpoints the WAL into the file
        db_mb = sum(procstat.database_mb(hub.db_path))
    limit = 20 * sizes.db_visits / 5000
    figures.append(
        Figure(
            SECTION,
            f"database after {sizes.db_visits} visits, events kept",
            db_mb,
            "MB",
            target=f"under {limit:g} MB (20 MB per 5,000 visits)",
            met=db_mb < limit,
        )
    )
    figures += [
        Figure(SECTION, "errors, all runs", errors, "", target="none", met=errors == 0),
        Figure(SECTION, "tickets lost or doubled, all runs", broken, "", target="none", met=broken == 0),
    ]
    return figures


if __name__ == "__main__":
    raise SystemExit(module_main(measure, __doc__.splitlines()[0]))
