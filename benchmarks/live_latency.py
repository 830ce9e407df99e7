"""How soon a display's LiveQueue holds a change: visits and call-next, next to a plain health round trip.

Starts `kiosk hub` as its own process on a free loopback port with a fresh database, a display
model (LiveQueue, no token) and a console (LiveQueue and StaffClient, a staff token) in this process, then:

1. visit -> display: a kiosk (httpx, in a thread, like another process) posts N visits one after
   another; for each, the time from `POST /api/visits` returning to the display's model holding
   the ticket (negative when the event arrived before the HTTP reply).
2. call-next -> display: the console calls the next ticket N times; the time from the console
   sending the call to the display holding the ticket as called, and from the console's reply.
3. The plain HTTP round trip of `GET /api/health` (httpx, keep-alive) in the same run.

Run: .venv/bin/python benchmarks/live_latency.py [--visits 300]. Prints figures; not a test.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
from PySide6.QtCore import QCoreApplication, QTimer

from kiosk.client.live import LiveQueue
from kiosk.client.staff_client import StaffClient
from kiosk.core import clock
from kiosk.server import store, tokens
from kiosk.server.demo import demo_routing

ROUTES = [  # on-site services of the Kokoomo routing, so the queues stay of a realistic length
    ({"need": "work", "age": "under30", "work_young": "job"}, "coordinator"),
    ({"need": "talk"}, "greeter"),
    ({"need": "work", "age": "under30", "work_young": "workshop"}, "workshop"),
    ({"need": "work", "age": "under30", "work_young": "support"}, "coach"),
    ({"need": "activity"}, "fourh"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def figures(name: str, seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"{name:<42} n={len(ms):4d}  median {statistics.median(ms):7.2f} ms  p95 {p95:7.2f} ms"


def wait_until(app: QCoreApplication, condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the hub or the model")
        app.processEvents()
        time.sleep(0.001)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=300)
    args = parser.parse_args()
    n = args.visits

    folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    db = store.open_db(folder / "hub.db")
    # The hub runs on the real clock: the centre without opening hours, so it takes visits at any hour.
    store.publish_routing(db, demo_routing(), note="benchmark", now=clock.now())
    kiosk_token, staff_token = tokens.add_token(db, "kiosk"), tokens.add_token(db, "staff")
    db.conn.close()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    hub = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "hub", "--db", str(folder / "hub.db"), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    app = QCoreApplication(sys.argv[:1])
    try:
        with httpx.Client(base_url=url, timeout=5) as plain:

            def healthy() -> bool:
                try:
                    return plain.get("/api/health").status_code == 200
                except httpx.TransportError:
                    return False

            wait_until(app, healthy, 30)
            display, console = LiveQueue(url), LiveQueue(url, staff_token)
            staff = StaffClient(url, staff_token, console)
            display.start()
            console.start()
            wait_until(app, lambda: display.online and console.online)

            seen: dict[str, float] = {}
            called_seen: dict[str, float] = {}
            lock = threading.Condition()

            def on_event(event: dict) -> None:
                now = time.perf_counter()
                code = (event.get("ticket") or {}).get("code")
                with lock:
                    if event["type"] == "ticket.created":
                        seen[code] = now
                    elif event["type"] == "ticket.called":
                        called_seen[code] = now
                    lock.notify_all()

            display.eventApplied.connect(on_event)

            # 1. visit -> display
            visit_latency: list[float] = []

            def kiosk() -> None:
                headers = {"Authorization": f"Bearer {kiosk_token}"}
                with httpx.Client(base_url=url, headers=headers, timeout=5) as client:
                    for i in range(n):
                        answers, _ = ROUTES[i % len(ROUTES)]
                        body = {"lang": "fi", "answers": answers, "key": str(uuid.uuid4())}
                        reply = client.post("/api/visits", json=body)
                        returned = time.perf_counter()
                        code = reply.json()["ticket"]["code"]
                        with lock:
                            lock.wait_for(lambda code=code: code in seen, timeout=5)
                            visit_latency.append(seen[code] - returned)

            driver = threading.Thread(target=kiosk)
            driver.start()
            wait_until(app, lambda: not driver.is_alive(), 120)

            # 2. call-next -> display
            sent_to_display: list[float] = []
            reply_to_display: list[float] = []
            for i in range(n):
                _, service = ROUTES[i % len(ROUTES)]
                answer: dict = {}

                def finished(status, ticket, _error, answer=answer) -> None:
                    answer["at"] = time.perf_counter()
                    answer["code"] = ticket["code"] if status == 200 else None

                sent = time.perf_counter()
                staff.call_next(service, finished)
                wait_until(app, lambda answer=answer: answer.get("code") in called_seen)
                sent_to_display.append(called_seen[answer["code"]] - sent)
                reply_to_display.append(called_seen[answer["code"]] - answer["at"])

            # 3. plain HTTP round trip
            health: list[float] = []
            for _ in range(n):
                start = time.perf_counter()
                plain.get("/api/health")
                health.append(time.perf_counter() - start)

            display.stop()
            console.stop()
            QTimer.singleShot(0, app.quit)
            app.exec()

        print(f"hub: kiosk hub process on loopback, {n} visits over {len(ROUTES)} services")
        print(figures("POST /api/visits returned -> display model", visit_latency))
        print(figures("console call_next sent -> display model", sent_to_display))
        print(figures("console got its reply -> display model", reply_to_display))
        print(figures("GET /api/health round trip (httpx)", health))
    finally:
        hub.kill()
        hub.wait(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
