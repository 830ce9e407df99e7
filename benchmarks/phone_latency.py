"""How soon a visitor's phone page hears of a change: staff call-next -> the ticket's event stream.

Starts `kiosk hub` as its own process (the embedded launcher) on a fresh database with the centre
open at all hours, makes N+1 visits for one service, follows the last ticket's stream
`GET /t/{code}/events` (what the phone page's script reads) in a thread, then calls the queue
down N times. For each call: the time from the call-next reply to the phone's frame showing the
new place (negative when the event arrived before the reply), and from sending the call.
`GET /api/health` round trips in the same run are the baseline.

Run: .venv/bin/python benchmarks/phone_latency.py [--calls 50]. Prints figures; not a test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx

from kiosk.core import clock
from kiosk.root.embedded import start_hub
from kiosk.server import store
from kiosk.server.demo import demo_routing
from kiosk.server.tokens import add_token

JOB = {"need": "work", "age": "under30", "work_young": "job"}  # the employment coordinator


def row(label: str, seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[max(0, round(0.95 * len(ms)) - 1)]
    return f"{label:<40} n={len(ms):>4}  median {statistics.median(ms):7.2f} ms  p95 {p95:7.2f} ms"


class Phone:
    """The phone page's stream, read in a thread: each frame with its arrival time."""

    def __init__(self, url: str):
        self.frames: list[tuple[float, dict]] = []
        self.arrived = threading.Condition()
        threading.Thread(target=self._read, args=(url,), daemon=True).start()

    def _read(self, url: str) -> None:
        with httpx.Client(timeout=None) as client, client.stream("GET", url) as stream:
            for line in stream.iter_lines():
                if line.startswith("data: "):
                    with self.arrived:
                        self.frames.append((time.perf_counter(), json.loads(line[6:])))
                        self.arrived.notify_all()

    def wait_for(self, check, timeout: float = 5.0) -> tuple[float, dict]:
        with self.arrived:
            if not self.arrived.wait_for(lambda: self.frames and check(self.frames[-1][1]), timeout):
                raise TimeoutError("the phone heard nothing")
            return self.frames[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=50)
    calls = parser.parse_args().calls
    folder = Path(tempfile.mkdtemp(prefix="kiosk-phone-bench-"))
    db = store.open_db(folder / "hub.db")
    store.publish_routing(db, demo_routing(), note="benchmark", now=clock.now())
    staff = {"Authorization": f"Bearer {add_token(db, 'staff')}"}
    db.conn.close()
    hub = start_hub(folder / "hub.db", watch=False)
    try:
        client = httpx.Client(base_url=hub.url, timeout=10)
        kiosk = {"Authorization": f"Bearer {hub.token}"}
        for _ in range(calls + 1):
            body = {"lang": "fi", "answers": JOB, "key": str(uuid.uuid4())}
            ticket = client.post("/api/visits", json=body, headers=kiosk).json()["ticket"]
        phone = Phone(f"{hub.url}{ticket['status_url']}/events")
        phone.wait_for(lambda state: state["position"] == calls + 1)
        after_reply, after_send, health = [], [], []
        for i in range(calls):
            started = time.perf_counter()
            client.get("/api/health")
            health.append(time.perf_counter() - started)
            place = calls - i
            sent = time.perf_counter()
            assert client.post("/api/services/coordinator/call-next", headers=staff).status_code == 200
            replied = time.perf_counter()
            arrived, _ = phone.wait_for(lambda state, p=place: state["position"] == p)
            after_reply.append(arrived - replied)
            after_send.append(arrived - sent)
        print(f"hub: kiosk hub process on loopback, {calls} calls ahead of one phone")
        print(row("call-next returned -> phone's stream", after_reply))
        print(row("call-next sent -> phone's stream", after_send))
        print(row("GET /api/health round trip (httpx)", health))
    finally:
        hub.stop()


if __name__ == "__main__":
    main()
