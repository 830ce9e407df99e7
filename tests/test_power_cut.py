"""A power cut at any point: the hub is killed with SIGKILL at random moments, again and again, while
kiosks post visits and desks call and finish them, and started again on the same port and database.

After every cut, before the restart: `PRAGMA integrity_check` is ok and every visit that got a 201 and
every call that got a 200 is in the database file. At the end: no number was given twice, each kiosk
key made one ticket, and the screens following the hub (LiveQueue, as the display and consoles use it)
hold exactly the hub's queue. `--kill-rounds N` (tests/conftest.py) sets the rounds: 3 for CI.
"""

from __future__ import annotations

import os
import random
import sqlite3
import threading
import uuid
from collections.abc import Callable

import httpx
import pytest
from conftest import HubProcess, publish_open_all_hours

from kiosk.client.live import LiveQueue
from kiosk.server import store, tokens

pytestmark = [pytest.mark.hub, pytest.mark.long]

ROUTES = (
    {"need": "work", "age": "under30", "work_young": "job"},  # coordinator
    {"need": "talk"},  # greeter
    {"need": "work", "age": "over30", "work_adult": "wage_support"},  # wassup, then coordinator
)
DESKS = ("coordinator", "greeter", "wassup")
KIOSKS = 3
RETRY_SECONDS = 0.05
"""A kiosk's or a desk's pause before sending again to a hub that did not answer (in its own thread)."""


class Worker(threading.Thread):
    """A client in its own thread that keeps working until `stop`; what the hub acknowledged is kept."""

    def __init__(self, url: str, token: str, stop: threading.Event, progress: Callable[[], None]):
        super().__init__(daemon=True)
        self.url, self.headers = url, {"Authorization": f"Bearer {token}"}
        self.stop, self.progress = stop, progress
        self.unexpected: list[str] = []

    def post(self, path: str, **kwargs) -> httpx.Response | None:
        """The hub's answer, or None when it gave none (killed before or while answering)."""
        try:
            return httpx.post(f"{self.url}{path}", headers=self.headers, timeout=3, **kwargs)
        except httpx.TransportError:
            return None

    def pause(self) -> None:
        self.stop.wait(RETRY_SECONDS)


class Kiosk(Worker):
    """Posts visits one after another; a visit the hub did not answer is sent again with the same key (as
    HubClient does) until it gets its 201, also across a restart, so each key makes one ticket."""

    def __init__(self, *args):
        super().__init__(*args)
        self.made: list[dict] = []  # {"key", "code", "number"} of each 201
        self.resent = 0

    def run(self) -> None:
        i = 0
        while not self.stop.is_set():
            key = str(uuid.uuid4())
            body = {"lang": "fi", "answers": ROUTES[i % len(ROUTES)], "key": key}
            i += 1
            while True:  # a visit once started is finished, also when told to stop meanwhile
                reply = self.post("/api/visits", json=body)
                if reply is not None and reply.status_code == 201:
                    ticket = reply.json()["ticket"]
                    self.made.append({"key": key, "code": ticket["code"], "number": ticket["number"]})
                    self.progress()
                    break
                if reply is not None and reply.status_code < 500:
                    self.unexpected.append(f"visit: {reply.status_code} {reply.text}")
                    return
                self.resent += 1
                self.pause()


class Desk(Worker):
    """Calls the next visitor of its service and finishes them, over and over. A call is never sent again
    (a staff action is not retried); a `done` the hub did not answer is, until the hub says it is done."""

    def __init__(self, service: str, *args):
        super().__init__(*args)
        self.service = service
        self.calls: list[dict] = []  # the TICKET of each 200 call-next: code, service, journey_index
        self.finished: list[dict] = []  # the ticket as it was called, for each 200 done

    def run(self) -> None:
        while not self.stop.is_set():
            reply = self.post(f"/api/services/{self.service}/call-next")
            if reply is None or reply.status_code >= 500 or reply.status_code == 204:
                self.pause()  # the hub is away, or nobody waits
                continue
            if reply.status_code != 200:
                self.unexpected.append(f"call-next: {reply.status_code} {reply.text}")
                return
            called = reply.json()
            self.calls.append(called)
            self.progress()
            while True:
                reply = self.post(f"/api/tickets/{called['code']}/done")
                if reply is not None and reply.status_code == 200:
                    self.finished.append(called)
                    self.progress()
                    break
                if reply is not None and reply.status_code == 409:  # a `done` sent before the cut did it
                    break
                if reply is not None and reply.status_code < 500:
                    self.unexpected.append(f"done: {reply.status_code} {reply.text}")
                    return
                self.pause()


def hub_queue(url: str, token: str) -> dict:
    return httpx.get(f"{url}/api/queue", headers={"Authorization": f"Bearer {token}"}, timeout=5).json()


def same_as_hub(live: LiveQueue, url: str, token: str) -> bool:
    """The screen's model equals GET /api/queue as read with the screen's own token."""
    model, hub = live.snapshot(), hub_queue(url, token)
    return (
        model["seq"] == hub["seq"]
        and {t["code"]: t for t in model["tickets"]} == {t["code"]: t for t in hub["tickets"]}
        and model["services"] == hub["services"]
    )


def read_file(db_path) -> tuple[str, dict[str, sqlite3.Row]]:
    """(`PRAGMA integrity_check`, every ticket by code) of the database file, read with the hub dead."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        check = "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
        rows = {row["code"]: row for row in conn.execute("SELECT * FROM tickets")}
    finally:
        conn.close()
    return check, rows


def missing_acknowledged(kiosks: list[Kiosk], desks: list[Desk], rows: dict[str, sqlite3.Row]) -> list[str]:
    """What a client was told was done but the file does not hold."""
    missing = []
    for made in (made for kiosk in kiosks for made in list(kiosk.made)):
        row = rows.get(made["code"])
        if row is None or row["number"] != made["number"] or row["visit_key"] != made["key"]:
            missing.append(f"visit {made['number']}")
    for desk in desks:
        for called in list(desk.calls):  # called: no longer waiting at that step of its journey
            row = rows.get(called["code"])
            step = called["journey_index"]
            if row is None or (row["journey_index"] == step and row["status"] == "waiting"):
                missing.append(f"call of {called['number']}")
        for called in list(desk.finished):  # finished: past that step
            row = rows.get(called["code"])
            if row is None or (row["journey_index"] == called["journey_index"] and row["status"] != "done"):
                missing.append(f"done of {called['number']}")
    return missing


def test_the_hubs_database_syncs_each_commit(tmp_path):
    # SIGKILL leaves what was written in the OS's cache, so the test below cannot tell a commit that
    # reached the disk from one that did not; a pulled plug can. The hub's connection (store.open_db,
    # as the hub opens it) must sync its WAL at each commit: synchronous FULL (2), not NORMAL (1).
    db = store.open_db(tmp_path / "hub.db")
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
    finally:
        db.conn.close()


def test_every_acknowledged_write_survives_sigkill_at_random_points(qtbot, tmp_path, kill_rounds):
    seed = int.from_bytes(os.urandom(4), "big")
    chance = random.Random(seed)
    db_path = tmp_path / "hub.db"
    publish_open_all_hours(db_path)  # a hub process runs on the real clock
    db = store.open_db(db_path)
    token = {role: tokens.add_token(db, role) for role in ("kiosk", "staff", "display")}
    db.conn.close()
    hub = HubProcess(db_path)
    hub.start(qtbot)

    acknowledged = [0]
    lock = threading.Lock()

    def progress() -> None:
        with lock:
            acknowledged[0] += 1

    fast = {"min_backoff_ms": 50, "max_backoff_ms": 400}
    screens = [LiveQueue(hub.url, token[role], **fast) for role in ("display", "staff")]
    stop = threading.Event()
    kiosks = [Kiosk(hub.url, token["kiosk"], stop, progress) for _ in range(KIOSKS)]
    desks = [Desk(service, hub.url, token["staff"], stop, progress) for service in DESKS]
    try:
        for screen in screens:
            screen.start()
        qtbot.waitUntil(lambda: all(screen.online for screen in screens), timeout=10_000)
        for worker in (*kiosks, *desks):
            worker.start()

        for round_ in range(1, kill_rounds + 1):
            # A random point: after a random number of acknowledged writes since the hub came back, while
            # six clients write at once, so the cut falls anywhere in a request or a transaction.
            target = acknowledged[0] + chance.randint(0, 12)
            qtbot.waitUntil(lambda target=target: acknowledged[0] >= target, timeout=20_000)
            hub.kill()  # SIGKILL: no shutdown, no checkpoint, mid-write
            check, rows = read_file(db_path)
            where = f"round {round_} of {kill_rounds} (seed {seed})"
            assert check == "ok", f"{where}: integrity_check says {check}"
            assert missing_acknowledged(kiosks, desks, rows) == [], f"{where}: acknowledged but lost"
            hub.start(qtbot)  # the same port and database

        stop.set()
        for worker in (*kiosks, *desks):
            qtbot.waitUntil(lambda worker=worker: not worker.is_alive(), timeout=20_000)
        assert [problem for worker in (*kiosks, *desks) for problem in worker.unexpected] == []

        # The screens catch up by themselves with exactly the hub's queue.
        for screen, role in zip(screens, ("display", "staff"), strict=True):
            qtbot.waitUntil(lambda s=screen, r=role: same_as_hub(s, hub.url, token[r]), timeout=15_000)

        hub.kill()
        check, rows = read_file(db_path)
        assert check == "ok"
        assert missing_acknowledged(kiosks, desks, rows) == []
        made = [made for kiosk in kiosks for made in kiosk.made]
        numbers = [row["number"] for row in rows.values()]
        given = [m["number"] for m in made]  # a number lost in a cut and given again would show here
        assert len(numbers) == len(set(numbers)) and len(given) == len(set(given)), "no number given twice"
        assert len({m["code"] for m in made}) == len({m["key"] for m in made}) == len(made) == len(rows), (
            "each visit key made exactly one ticket, and no ticket was made without its 201"
        )
        calls = sum(len(desk.calls) for desk in desks)
        resent = sum(kiosk.resent for kiosk in kiosks)
        assert resent > 0, "the kiosks did meet a dead hub"
        print(
            f"\npower cut: {kill_rounds} SIGKILLs, {len(made)} visits (201), {calls} calls, "
            f"{sum(len(desk.finished) for desk in desks)} done, {resent} visits sent again; seed {seed}"
        )
    finally:
        stop.set()
        for screen in screens:
            screen.stop()
        hub.kill()
