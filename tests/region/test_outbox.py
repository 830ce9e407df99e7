"""The hub's outbox to its region (kiosk/server/region_link.py) when the region says no or answers
garbage: a day the region refuses for good does not hold back the days after it, a day it could not take
now does, and an answer that is not HTTP is a region not reached, not an exception out of the timer."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from conftest import free_port
from fastapi.responses import JSONResponse

from kiosk.core.clock import HELSINKI, iso
from kiosk.region import db
from kiosk.server import region_link, store

from .conftest import RegionServer

NOW = datetime(2026, 3, 6, 12, 0, tzinfo=HELSINKI)
DAYS = ["2026-03-02", "2026-03-03", "2026-03-04"]


def hub_with_days(path, counts: dict[str, dict[str, int]]):
    """A hub database whose purged days have these counts (day: key: value)."""
    hub_db = store.open_db(path)
    hub_db.conn.executemany(
        "INSERT INTO stats_daily (day, key, value) VALUES (?, ?, ?)",
        [(day, key, value) for day, figures in counts.items() for key, value in figures.items()],
    )
    hub_db.conn.commit()
    return hub_db


def pushed_days(dsn: str) -> dict[str, int]:
    """The days the region has (of any centre), with how many versions each had."""
    with db.connect(dsn) as conn:
        return dict(conn.execute("SELECT day::text, pushes FROM figure_days").fetchall())


def test_a_day_the_region_refuses_is_marked_refused_and_the_days_after_it_still_go(region, tmp_path):
    # Tuesday's figures name an answer id of a routing stored before ids had to be ASCII: the region's
    # validation refuses that day (422) whatever the hub does, and would for every retry.
    path = tmp_path / "hub.db"
    good = {"visitors": 3, "answer:work": 3}
    hub_db = hub_with_days(path, {DAYS[0]: good, DAYS[1]: {"visitors": 2, "answer:työ": 2}, DAYS[2]: good})
    try:
        assert region.join(region.add_centre("Kokoomo", "Haapavesi"), path) == 0
        assert region_link.push_round(hub_db, NOW) == 2
        assert pushed_days(region.dsn) == {DAYS[0]: 1, DAYS[2]: 1}
        status = region_link.status(hub_db)
        assert status["days_waiting"] == 0 and status["not_reached_since"] is None
        [refused] = status["days_refused"]
        assert refused["day"] == DAYS[1] and refused["refused_at"] == iso(NOW)
        assert refused["reason"].startswith("422: ") and "answer:työ" in refused["reason"]

        # Not sent again while its figures stay as they were, not even at the 10-minute check ...
        assert region_link.push_round(hub_db, NOW + timedelta(seconds=2)) == 0
        assert region_link.push_round(hub_db, NOW + region_link.CHECK_EVERY) == 0
        assert region_link.status(hub_db)["days_refused"] == [refused]
        # ... and sent at the next check once they changed (here, the answer's id made ASCII).
        hub_db.execute("UPDATE stats_daily SET key = 'answer:tyo' WHERE key = 'answer:työ'")
        hub_db.conn.commit()
        assert region_link.push_round(hub_db, NOW + 2 * region_link.CHECK_EVERY) == 1
        status = region_link.status(hub_db)
        assert status["days_refused"] == [] and status["days_waiting"] == 0
    finally:
        hub_db.conn.close()
    assert pushed_days(region.dsn) == dict.fromkeys(DAYS, 1)


def test_a_refused_day_is_sent_again_when_the_hub_joins_again(region, tmp_path):
    path = tmp_path / "hub.db"
    hub_db = hub_with_days(path, {DAYS[0]: {"visitors": 1, "answer:työ": 1}})
    token = region.add_centre("Kokoomo", "Haapavesi")
    try:
        assert region.join(token, path) == 0
        assert region_link.push_round(hub_db, NOW) == 0
        assert [d["day"] for d in region_link.status(hub_db)["days_refused"]] == [DAYS[0]]
        assert region.join(token, path) == 0  # the re-send: every day is queued again
        assert region_link.status(hub_db)["days_refused"] == []
        assert region_link.status(hub_db)["days_waiting"] == 1
    finally:
        hub_db.conn.close()


@pytest.fixture
def busy_region(region_dsn) -> Iterator[RegionServer]:
    """A real region whose database cannot take Tuesday's figures just now (503 for that day only)."""

    def extend(app) -> None:
        @app.middleware("http")
        async def busy(request, call_next):
            if request.method == "PUT" and request.url.path.endswith(f"/figures/{DAYS[1]}"):
                return JSONResponse({"code": "busy", "message": "try again later"}, status_code=503)
            return await call_next(request)

    server = RegionServer(region_dsn, extend)
    server.start()
    yield server
    server.stop()


def test_a_day_the_region_cannot_take_now_is_tried_again_and_holds_back_the_days_after_it(
    busy_region, tmp_path
):
    path = tmp_path / "hub.db"
    hub_db = hub_with_days(path, {day: {"visitors": 1} for day in DAYS})
    try:
        assert busy_region.join(busy_region.add_centre("Kokoomo", "Haapavesi"), path) == 0
        assert region_link.push_round(hub_db, NOW) == 1
        status = region_link.status(hub_db)
        assert status["days_refused"] == [] and status["days_waiting"] == 2
        assert status["last_error"] == "503: try again later" and status["not_reached_since"] is not None
    finally:
        hub_db.conn.close()
    assert pushed_days(busy_region.dsn) == {DAYS[0]: 1}


class Garbage(http.server.BaseHTTPRequestHandler):
    """Answers every request with `answer` (set per server): not HTTP, or HTTP cut short."""

    answer = b""

    def handle_one_request(self) -> None:
        self.raw_requestline = self.rfile.readline(65537)
        if not self.raw_requestline or not self.parse_request():
            return
        self.rfile.read(int(self.headers.get("Content-Length") or 0))  # the whole request, then garbage
        self.wfile.write(self.server.answer)  # type: ignore[attr-defined]
        self.wfile.flush()
        self.close_connection = True

    def log_message(self, *args) -> None:
        pass


GARBAGE = {
    "not HTTP": b"SSH-2.0-OpenSSH_9.6\r\n",
    "cut short": b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"day"',
    "header too long": b"HTTP/1.1 200 OK\r\nX-Junk: " + b"x" * 70000 + b"\r\n\r\n",
    "JSON but a list": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]",
    "an empty object": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
    "a login page": b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\n\r\n<html></html>",
}


@pytest.fixture(params=sorted(GARBAGE))
def garbage(request) -> Iterator[str]:
    """The url of a loopback server answering garbage."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Garbage)
    server.answer = GARBAGE[request.param]  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_an_answer_that_is_not_http_is_a_region_not_reached(garbage, request):
    answer = region_link._request("PUT", f"{garbage}/api/centre/figures/{DAYS[0]}", "t", {"counts": {}})
    if request.node.callspec.params["garbage"] == "an empty object":
        assert answer.status == 200  # an answer in form: only the push can tell it confirms nothing
        return
    assert answer.status == 0 and answer.body == {}
    assert answer.error.startswith("not reached: the answer is not ")


def test_a_proxy_answering_garbage_keeps_the_days_queued_and_says_why(region, garbage, tmp_path):
    path = tmp_path / "hub.db"
    hub_db = hub_with_days(path, {day: {"visitors": 1} for day in DAYS})
    try:
        assert region.join(region.add_centre("Kokoomo", "Haapavesi"), path) == 0
        hub_db.execute("UPDATE region_link SET url = ?", [garbage])  # a proxy in front of the region
        hub_db.conn.commit()
        assert region_link.push_round(hub_db, NOW) == 0
        status = region_link.status(hub_db)
        assert status["days_waiting"] == len(DAYS) and status["days_refused"] == []
        assert status["last_error"]  # why, in a line: not reached, or not understood
        assert status["not_reached_since"] is not None
    finally:
        hub_db.conn.close()
    assert pushed_days(region.dsn) == {}


class Agreeable(http.server.BaseHTTPRequestHandler):
    """A server that answers every call in the region's form, but a day's figures with a bare `{}`: as a
    proxy or another service could, that never took them."""

    def _answer(self, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._answer({"templates": [], "rounds": [], "days_off": []})

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._answer({"kept": 0} if self.path.endswith("/booked-times") else {})

    def log_message(self, *args) -> None:
        pass


def test_a_200_that_does_not_confirm_the_day_does_not_mark_it_sent(region, tmp_path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Agreeable)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    path = tmp_path / "hub.db"
    hub_db = hub_with_days(path, {day: {"visitors": 1} for day in DAYS})
    try:
        assert region.join(region.add_centre("Kokoomo", "Haapavesi"), path) == 0
        hub_db.execute("UPDATE region_link SET url = ?", [f"http://127.0.0.1:{server.server_address[1]}"])
        hub_db.conn.commit()
        assert region_link.push_round(hub_db, NOW) == 0
        status = region_link.status(hub_db)
        assert status["days_waiting"] == len(DAYS)  # still to send: the region never had them
        assert status["last_error"] == f"not reached: a 200 answer that does not confirm {DAYS[0]}"
    finally:
        hub_db.conn.close()
        server.shutdown()
        server.server_close()
        thread.join(5)
