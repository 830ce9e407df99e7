"""A hostile client on the centre's LAN, for tests/test_abuse_load.py: run as its own process.

    python tests/abuse.py URL SECONDS

For SECONDS, without any token: ten loops asking the event feed for a replay from the start, five
loops sending 50 MB bodies (half with a Content-Length, half without), and five connections that
send half a request and wait; all at the lowest CPU priority (see `main`). Prints one JSON line of
counts when done. Only ever talks to URL, which the test points at a hub on loopback; every loop
stops by itself at the deadline.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import time
from urllib.parse import urlsplit

from websockets.exceptions import InvalidStatus, WebSocketException
from websockets.sync.client import connect

FIFTY_MB = 50 * 1024 * 1024
CHUNK = b" " * (1024 * 1024)


def replays(ws_url: str, deadline: float, counts: dict) -> None:
    while time.monotonic() < deadline:
        try:
            with connect(f"{ws_url}/api/events?since=0", open_timeout=5) as ws:
                while ws.recv(timeout=5):
                    counts["replayed_messages"] += 1
        except InvalidStatus:
            counts["replays_refused"] += 1
        except (OSError, WebSocketException, TimeoutError):
            counts["replay_errors"] += 1


def big_bodies(host: str, port: int, deadline: float, counts: dict, with_length: bool) -> None:
    length = f"Content-Length: {FIFTY_MB}\r\n" if with_length else "Transfer-Encoding: chunked\r\n"
    head = (
        f"POST /api/visits HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n{length}\r\n".encode()
    )
    while time.monotonic() < deadline:
        sent = 0
        try:
            with socket.create_connection((host, port), timeout=5) as sock:
                sock.sendall(head)
                while sent < FIFTY_MB and time.monotonic() < deadline:
                    chunk = CHUNK if with_length else b"%x\r\n" % len(CHUNK) + CHUNK + b"\r\n"
                    sock.sendall(chunk)
                    sent += len(CHUNK)
                status = sock.recv(64).split(b" ")[1:2]
                counts[f"bodies_answered_{status[0].decode() if status else 'none'}"] += 1
        except OSError:
            counts["bodies_cut_off"] += 1  # the hub answered and closed while we were still sending
        counts["body_megabytes_sent"] += sent // (1024 * 1024)


def half_requests(host: str, port: int, deadline: float, counts: dict) -> None:
    while time.monotonic() < deadline:
        with socket.create_connection((host, port), timeout=30) as sock:
            sock.sendall(b"GET /api/health HTTP/1.1\r\nHost: hub\r\n")  # never the blank line
            started = time.monotonic()
            try:
                sock.settimeout(max(0.1, deadline - time.monotonic()))
                closed = sock.recv(1) == b""
            except TimeoutError:
                closed = False
            if closed:
                counts["half_requests_closed"] += 1
                counts["half_request_seconds"] = round(time.monotonic() - started, 1)


def main(url: str, seconds: float) -> None:
    # On the LAN the attacker's own work (making 50 MB bodies, its threads) runs on its own device;
    # here it shares this machine's cores with the hub, so it yields them first: what the kiosk's
    # times then show is what the hub spends on the attack, not what the attacker spends.
    os.nice(19)
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    ws_url = "ws" + url.removeprefix("http")
    deadline = time.monotonic() + seconds

    class Counts(dict):
        def __missing__(self, key):
            return 0

    counts = Counts()
    threads = [threading.Thread(target=replays, args=(ws_url, deadline, counts)) for _ in range(10)]
    threads += [
        threading.Thread(target=big_bodies, args=(host, port, deadline, counts, i % 2 == 0)) for i in range(5)
    ]
    threads += [threading.Thread(target=half_requests, args=(host, port, deadline, counts)) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 30)
    print(json.dumps(dict(counts)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]))
