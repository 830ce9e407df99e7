"""The kiosk's speed with the region link busy: p95 of POST /api/visits on a hub over a generated month,
first with no region, then while the hub's outbox pushes its whole month to a region server over and
over (each round re-joined, so every day is sent again: far busier than a real night's one day).

Starts a throwaway PostgreSQL cluster (tests/region/postgres.py) and a region server, and the hub in this
process (uvicorn threads), as benchmarks/stats_speed.py does. Not a test.

Run: .venv/bin/python benchmarks/region_link_load.py [--visits 300]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from stats_month import generate  # noqa: E402

from kiosk.core.clock import HELSINKI  # noqa: E402
from kiosk.region import centres, db  # noqa: E402
from kiosk.server import region_link, store, tokens  # noqa: E402
from tests.region.postgres import Cluster, bindir  # noqa: E402

OPEN = datetime(2026, 3, 3, 10, 0, tzinfo=HELSINKI)


def serve(app) -> tuple[str, object, threading.Thread]:
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    return f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}", server, thread


def p95(client: httpx.Client, token: str, visits: int) -> tuple[float, float]:
    times = []
    for _ in range(visits):
        body = {"lang": "fi", "answers": {}, "key": uuid.uuid4().hex, "fallback": True}
        start = time.perf_counter()
        client.post("/api/visits", json=body, headers={"Authorization": f"Bearer {token}"}).raise_for_status()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * len(times)) - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=300)
    args = parser.parse_args()
    found = bindir()
    if found is None:
        print("no PostgreSQL binaries: scripts/setup installs Debian's postgresql", file=sys.stderr)
        return 1
    from kiosk.region.app import create_app as region_app
    from kiosk.server.hub.app import create_app as hub_app

    path = Path(tempfile.mkdtemp(prefix="region-load-")) / "month.db"
    generate(path)
    hub_db = store.open_db(path)
    kiosk = tokens.add_token(hub_db, "kiosk")
    hub_db.conn.close()
    origin = time.monotonic()
    hub_url, hub, _ = serve(hub_app(path, clock=lambda: OPEN + timedelta(seconds=time.monotonic() - origin)))
    cluster = Cluster(found)
    cluster.start()
    try:
        dsn = cluster.new_database()
        with db.connect(dsn) as conn:
            db.migrate(conn)
            _, centre_token = centres.add_centre(conn, "Kokoomo", "Haapavesi")
        region_url, region, _ = serve(region_app(dsn))
        with httpx.Client(base_url=hub_url, timeout=30) as client:
            p95(client, kiosk, 20)  # warm up
            median, quiet = p95(client, kiosk, args.visits)
            print(f"POST /api/visits, no region link: median {median:.1f} ms, p95 {quiet:.1f} ms")
            stop = threading.Event()
            rounds = [0, 0]

            def busy() -> None:
                link_db = store.connect(path)
                while not stop.is_set():
                    region_link.join(link_db, region_url, centre_token, OPEN)
                    rounds[1] += region_link.push_round(link_db, OPEN + timedelta(days=1))
                    rounds[0] += 1
                link_db.conn.close()

            pusher = threading.Thread(target=busy, daemon=True)
            pusher.start()
            median, loaded = p95(client, kiosk, args.visits)
            stop.set()
            pusher.join(30)
            print(f"POST /api/visits, link pushing non-stop ({rounds[0]} rounds, {rounds[1]} days sent):"
                  f" median {median:.1f} ms, p95 {loaded:.1f} ms")  # fmt: skip
        region.should_exit = True
    finally:
        hub.should_exit = True
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
