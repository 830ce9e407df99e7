"""Medians and 95th percentiles of timings, the two baselines several modules time (one SQLite commit
with the hub's settings, one HTTP round trip to the hub), and a wait that keeps a Qt event loop turning."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def p95(values: list[float]) -> float:
    """The 95th percentile of `values` (in their own unit); 0 when there are none."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] if ordered else 0.0


def median_ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


def p95_ms(seconds: list[float]) -> float:
    return p95(seconds) * 1000


def commits(count: int) -> list[float]:
    """Seconds of `count` small inserts, each its own write transaction, on a connection made the way
    the hub makes its own (WAL, SQLite's default synchronous)."""
    from kiosk.server import store

    with tempfile.TemporaryDirectory(prefix="kiosk-bench-commit-") as folder:
        db = store.connect(Path(folder) / "commit.db")
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
        took = []
        for i in range(count):
            started = time.perf_counter()
            with store.transaction(db):
                db.execute("INSERT INTO t (body) VALUES (?)", [f"row {i}"])
            took.append(time.perf_counter() - started)
        db.conn.close()
    return took


def round_trips(url: str, count: int) -> list[float]:
    """Seconds of `count` `GET /api/health` to the hub at `url` on one kept-alive connection."""
    import httpx

    took = []
    with httpx.Client(base_url=url, timeout=5) as client:
        client.get("/api/health")
        for _ in range(count):
            started = time.perf_counter()
            client.get("/api/health").raise_for_status()
            took.append(time.perf_counter() - started)
    return took


def wait_until(condition: Callable[[], bool], timeout: float = 10.0, what: str = "the hub") -> None:
    """Turn the Qt event loop until `condition()` holds; RuntimeError naming `what` after `timeout` s."""
    from PySide6.QtCore import QCoreApplication  # only here: the percentiles need no Qt

    app = QCoreApplication.instance()
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out after {timeout:.0f} s waiting for {what}")
        app.processEvents()
        time.sleep(0.0005)
