"""The hub's memory over a long day: its process's resident memory right after start, after the first
100 visits and after 5,000 (quick: 1,000), and the database's size.

`kiosk hub` runs as its own process on loopback over a fresh database; one kiosk (httpx) posts the visits
one after another while one desk keeps the queue realistic (about 30 waiting: once more wait, it calls
the next and finishes it), as a centre's day goes.

Run alone: python -m kiosk.root.bench.hub_memory [--quick]
"""

from __future__ import annotations

import uuid

import httpx

from kiosk.root.bench import procstat, size
from kiosk.root.bench.figures import Figure
from kiosk.root.bench.loopback_hub import ROUTES, LoopbackHub
from kiosk.root.bench.report import module_main

WAITING = 30
"""About how many wait at once while the visits go on."""
GROWTH_MB = 5.0
"""The target: the hub grows less than this from the first 100 visits to the last."""


def _visit(kiosk: httpx.Client, desk: httpx.Client, i: int) -> None:
    answers, _ = ROUTES[i % len(ROUTES)]
    reply = kiosk.post("/api/visits", json={"lang": "fi", "answers": answers, "key": str(uuid.uuid4())})
    reply.raise_for_status()
    if i >= WAITING:
        _, service = ROUTES[(i - WAITING) % len(ROUTES)]
        called = desk.post(f"/api/services/{service}/call-next")
        called.raise_for_status()
        if called.status_code == 200:
            desk.post(f"/api/tickets/{called.json()['code']}/done").raise_for_status()


def measure(quick: bool) -> list[Figure]:
    first = size.pick(quick, 100, 100, 10)
    total = size.pick(quick, 5_000, 1_000, 40)
    with (
        LoopbackHub() as hub,
        httpx.Client(base_url=hub.url, headers=hub.auth("kiosk"), timeout=30) as kiosk,
        httpx.Client(base_url=hub.url, headers=hub.auth("staff"), timeout=30) as desk,
    ):
        at_start = procstat.rss_mb(hub.pid)
        for i in range(first):
            _visit(kiosk, desk, i)
        after_first = procstat.rss_mb(hub.pid)
        for i in range(first, total):
            _visit(kiosk, desk, i)
        after_all = procstat.rss_mb(hub.pid)
        db_mb, wal_mb = procstat.database_mb(hub.db_path)
    growth = after_all - after_first
    return [
        Figure("memory", f"hub after {first} visits", after_first, "MB", "hub at start", at_start),
        Figure("memory", f"hub after {total:,} visits", after_all, "MB", f"after {first} visits", after_first,
               target=f"under {GROWTH_MB:.0f} MB growth", met=growth < GROWTH_MB,
               note=f"grew {growth:.1f} MB"),
        Figure("memory", f"database after {total:,} visits", db_mb + wal_mb, "MB",
               note=f"{wal_mb:.1f} MB of it -wal"),
    ]  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(module_main(measure, __doc__.splitlines()[0]))
