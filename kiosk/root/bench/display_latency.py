"""How soon a display's model holds a change, beside a WebSocket echo round trip on loopback.

`kiosk hub` runs as its own process on a free loopback port with a fresh database; a display's model
(LiveQueue with a display token) and a console (LiveQueue and StaffClient, a staff token) live in this
process. Then:

1. a visit: a kiosk (httpx, in a thread, like another process) posts visits one after another; for
   each, the time from sending `POST /api/visits` to the display's model holding the ticket;
2. a call: the console calls the next ticket; the time from sending the call to the display's model
   holding the ticket as called;
3. the baseline: a message's round trip through a WebSocket echo server in its own process (ws_echo.py),
   from a QWebSocket in this process, as the display's own socket is.

Run alone: python -m kiosk.root.bench.display_latency [--quick]
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
import uuid

import httpx
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWebSockets import QWebSocket

from kiosk.client.live import LiveQueue
from kiosk.client.staff_client import StaffClient
from kiosk.root.bench import size
from kiosk.root.bench.figures import Figure
from kiosk.root.bench.loopback_hub import ROUTES, LoopbackHub
from kiosk.root.bench.report import module_main
from kiosk.root.bench.timing import median_ms, p95_ms, wait_until

ECHO = "echo round trip"


def _visits(hub: LoopbackHub, n: int, seen: dict[str, float], lock: threading.Condition) -> list[float]:
    """Post `n` visits from a thread; the time from each POST sent to the display's model holding it."""
    latency: list[float] = []
    failed: list[BaseException] = []

    def kiosk() -> None:
        try:
            with httpx.Client(base_url=hub.url, headers=hub.auth("kiosk"), timeout=10) as client:
                for i in range(n):
                    answers, _ = ROUTES[i % len(ROUTES)]
                    sent = time.perf_counter()
                    reply = client.post(
                        "/api/visits", json={"lang": "fi", "answers": answers, "key": str(uuid.uuid4())}
                    )
                    reply.raise_for_status()
                    number = reply.json()["ticket"]["number"]
                    with lock:
                        if not lock.wait_for(lambda number=number: number in seen, timeout=10):
                            raise RuntimeError(f"the display never got ticket {number}")
                        latency.append(seen[number] - sent)
        except BaseException as error:
            failed.append(error)

    driver = threading.Thread(target=kiosk, name="bench-kiosk")
    driver.start()
    wait_until(lambda: not driver.is_alive(), 60 + n, "the kiosk's visits")
    if failed:
        raise failed[0]
    return latency


def _calls(staff: StaffClient, n: int, called: dict[str, float]) -> list[float]:
    """Call the next ticket `n` times; the time from each call sent to the display's model holding it."""
    latency: list[float] = []
    for i in range(n):
        _, service = ROUTES[i % len(ROUTES)]
        answer: dict = {}

        def finished(status, ticket, error, answer=answer) -> None:
            answer["number"] = ticket["number"] if status == 200 else None
            answer["error"] = f"{status} {error}"

        sent = time.perf_counter()
        staff.call_next(service, finished)
        wait_until(lambda answer=answer: "number" in answer, 10, "the console's call")
        if answer["number"] is None:
            raise RuntimeError(f"call next on {service} failed: {answer['error']}")
        wait_until(lambda answer=answer: answer["number"] in called, 10, "the call on the display")
        latency.append(called[answer["number"]] - sent)
    return latency


def echo_round_trips(n: int) -> list[float]:
    """`n` round trips of a 300-byte message (about an event's size) through ws_echo.py."""
    server = subprocess.Popen(
        [sys.executable, "-m", "kiosk.root.bench.ws_echo"], stdout=subprocess.PIPE, text=True
    )
    try:
        port = int(server.stdout.readline())
        socket = QWebSocket()
        received: list[float] = []
        socket.textMessageReceived.connect(lambda _text: received.append(time.perf_counter()))
        socket.open(QUrl(f"ws://127.0.0.1:{port}"))
        wait_until(lambda: socket.isValid(), 10, "the echo server")
        message = "x" * 300
        round_trips = []
        for i in range(n):
            sent = time.perf_counter()
            socket.sendTextMessage(message)
            wait_until(lambda i=i: len(received) > i, 10, "the echo")
            round_trips.append(received[i] - sent)
        socket.close()
        return round_trips
    finally:
        server.kill()
        server.wait(10)


def measure(quick: bool) -> list[Figure]:
    n = size.pick(quick, 300, 60, 8)
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    with LoopbackHub() as hub:
        display, console = LiveQueue(hub.url, hub.tokens["display"]), LiveQueue(hub.url, hub.tokens["staff"])
        staff = StaffClient(hub.url, hub.tokens["staff"], console)
        display.start()
        console.start()
        try:
            wait_until(lambda: display.online and console.online, 20, "the display's feed")
            seen: dict[str, float] = {}
            called: dict[str, float] = {}
            lock = threading.Condition()

            def on_event(event: dict) -> None:
                now = time.perf_counter()
                # A display reads ticket codes as aliases (kiosk/server/hub/views.py): match by number.
                number = (event.get("ticket") or {}).get("number")
                with lock:
                    if event["type"] == "ticket.created":
                        seen[number] = now
                    elif event["type"] == "ticket.called":
                        called[number] = now
                    lock.notify_all()

            display.eventApplied.connect(on_event)
            visit = _visits(hub, n, seen, lock)
            call = _calls(staff, n, called)
        finally:
            display.stop()
            console.stop()
            app.processEvents()
    echo = echo_round_trips(n)
    note = f"n={n}"
    return [
        Figure("display", "visit sent -> display's model, median", median_ms(visit), "ms",
               f"{ECHO}, median", median_ms(echo), note=note),
        Figure("display", "visit sent -> display's model, p95", p95_ms(visit), "ms",
               f"{ECHO}, p95", p95_ms(echo), note=note),
        Figure("display", "call sent -> display's model, median", median_ms(call), "ms",
               f"{ECHO}, median", median_ms(echo), note=note),
        Figure("display", "call sent -> display's model, p95", p95_ms(call), "ms",
               f"{ECHO}, p95", p95_ms(echo), note=note),
    ]  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(module_main(measure, __doc__.splitlines()[0]))
