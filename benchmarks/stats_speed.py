"""How long `GET /api/stats` takes for a month of ~3,000 tickets, before and after a retention purge.

Generates the month of tests/stats_month.py (real core functions, a moving clock), starts a hub on
it (its clock: the Tuesday after the month), times GET /api/stats for the whole month 10 times,
purges to 7 days (PUT /api/settings/retention) and times it again; also `kiosk.server.stats.figures`
in-process. Prints medians; not a test.

Run: .venv/bin/python benchmarks/stats_speed.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from stats_month import FIRST_DAY, LAST_DAY, generate  # noqa: E402

from kiosk.core.clock import HELSINKI  # noqa: E402
from kiosk.server import store, tokens  # noqa: E402
from kiosk.server.stats import figures  # noqa: E402

RUNS = 10


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    import uvicorn

    from kiosk.server.hub.app import create_app

    folder = Path(tempfile.mkdtemp(prefix="stats-speed-"))
    path = folder / "month.db"
    started = time.perf_counter()
    month = generate(path)
    print(f"generated {len(month.tickets)} tickets, {len(month.bookings)} bookings in"
          f" {time.perf_counter() - started:.1f} s")  # fmt: skip
    db = store.open_db(path)
    token = tokens.add_token(db, "admin")
    db.conn.close()
    app = create_app(path, clock=lambda: datetime(2026, 3, 3, 10, tzinfo=HELSINKI))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    url = f"/api/stats?from={FIRST_DAY}&to={LAST_DAY}"
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers=headers, timeout=30) as client:
        client.get(url)

        def measure(label: str) -> None:
            api = [timed(lambda: client.get(url).raise_for_status()) for _ in range(RUNS)]
            conn = store.open_db(path)
            core = [timed(lambda: figures(conn, FIRST_DAY, LAST_DAY)) for _ in range(RUNS)]
            conn.conn.close()
            print(f"{label}: GET /api/stats median {statistics.median(api):.1f} ms"
                  f" (min {min(api):.1f}, max {max(api):.1f}); kiosk.server.stats.figures median"
                  f" {statistics.median(core):.1f} ms")  # fmt: skip

        measure("before purge")
        purge_ms = timed(lambda: client.put("/api/settings/retention", json={"days": 7}).raise_for_status())
        print(f"purge to 7 days took {purge_ms:.0f} ms")
        measure("after purge ")
    server.should_exit = True
    thread.join(10)


if __name__ == "__main__":
    main()
