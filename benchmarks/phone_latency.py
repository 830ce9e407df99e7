"""How soon a visitor's phone page hears of a change: staff call-next -> the ticket's event stream.

Starts `kiosk hub` as its own process on a fresh database with the centre open at all hours
(kiosk/root/bench/loopback_hub.py), makes N+1 visits for one service, follows the last ticket's stream
`GET /t/{code}/events` (what the phone page's script reads) in a thread, then calls the queue
down N times. For each call: the time from the call-next reply to the phone's frame showing the
new place (negative when the event arrived before the reply), and from sending the call.
`GET /api/health` round trips in the same run are the baseline.

Run: .venv/bin/python benchmarks/phone_latency.py [--calls 50]. Prints figures; not a test.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
import uuid

import httpx

from kiosk.root.bench.loopback_hub import ROUTES, LoopbackHub
from kiosk.root.bench.timing import median_ms, p95_ms

JOB = next(answers for answers, service in ROUTES if service == "coordinator")


def row(label: str, seconds: list[float]) -> str:
    return (
        f"{label:<40} n={len(seconds):>4}  median {median_ms(seconds):7.2f} ms  p95 {p95_ms(seconds):7.2f} ms"
    )


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
    with LoopbackHub() as hub, httpx.Client(base_url=hub.url, timeout=10) as client:
        for _ in range(calls + 1):
            body = {"lang": "fi", "answers": JOB, "key": str(uuid.uuid4())}
            ticket = client.post("/api/visits", json=body, headers=hub.auth("kiosk")).json()["ticket"]
        phone = Phone(f"{hub.url}{ticket['status_url']}/events")
        phone.wait_for(lambda state: state["position"] == calls + 1)
        after_reply, after_send, health = [], [], []
        for i in range(calls):
            started = time.perf_counter()
            client.get("/api/health")
            health.append(time.perf_counter() - started)
            place = calls - i
            sent = time.perf_counter()
            called = client.post("/api/services/coordinator/call-next", headers=hub.auth("staff"))
            assert called.status_code == 200, called.text
            replied = time.perf_counter()
            arrived, _ = phone.wait_for(lambda state, p=place: state["position"] == p)
            after_reply.append(arrived - replied)
            after_send.append(arrived - sent)
    print(f"hub: kiosk hub process on loopback, {calls} calls ahead of one phone")
    print(row("call-next returned -> phone's stream", after_reply))
    print(row("call-next sent -> phone's stream", after_send))
    print(row("GET /api/health round trip (httpx)", health))


if __name__ == "__main__":
    main()
