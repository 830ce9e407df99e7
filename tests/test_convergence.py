"""A waiting-room display and a staff console on a hub that is killed mid-stream and started again:
both end with exactly the hub's queue, and the kiosk's visits sent meanwhile are neither lost nor doubled."""

from __future__ import annotations

import threading
import uuid

import httpx
import pytest
from conftest import HubProcess, publish_open_all_hours
from PySide6.QtCore import QSettings

from kiosk.server import store, tokens

pytestmark = pytest.mark.hub

JOB = {"need": "work", "age": "under30", "work_young": "job"}  # coordinator
TALK = {"need": "talk"}  # greeter
JOURNEY = {"need": "work", "age": "over30", "work_adult": "wage_support"}  # wassup, then coordinator
MINE = ["coordinator", "greeter", "wassup"]
VISITS = 24


class Kiosk(threading.Thread):
    """Posts visits one after another like a busy kiosk; a visit the hub did not answer is sent again
    with the same key (as HubClient does), so each is made exactly once."""

    def __init__(self, url: str, token: str):
        super().__init__(daemon=True)
        self.url, self.headers = url, {"Authorization": f"Bearer {token}"}
        self.made: list[str] = []
        self.resent = 0
        self.half_done = threading.Event()

    def run(self) -> None:
        routes = (JOB, TALK, JOURNEY)
        for i in range(VISITS):
            body = {"lang": "fi", "answers": routes[i % 3], "key": str(uuid.uuid4())}
            while True:
                try:
                    reply = httpx.post(f"{self.url}/api/visits", json=body, headers=self.headers, timeout=2)
                    if reply.status_code == 201:
                        self.made.append(reply.json()["ticket"]["code"])
                        break
                except httpx.TransportError:
                    pass
                self.resent += 1
                threading.Event().wait(0.05)  # the hub is down: a kiosk's retry delay, in its own thread
            if i == VISITS // 2:
                self.half_done.set()


def hub_queue(url: str, token: str) -> dict:
    return httpx.get(f"{url}/api/queue", headers={"Authorization": f"Bearer {token}"}, timeout=5).json()


def same_as_hub(model: dict, url: str, token: str) -> bool:
    """The model equals GET /api/queue as its own token reads it (a display reads the shown view)."""
    hub = hub_queue(url, token)
    return (
        model["seq"] == hub["seq"]
        and {t["code"]: t for t in model["tickets"]} == {t["code"]: t for t in hub["tickets"]}
        and model["services"] == hub["services"]
    )


def test_display_and_console_end_with_the_hubs_queue_after_a_killed_hub(qtbot, tmp_path):
    from screens.display.app import build as build_display
    from screens.staff.app import build as build_staff
    from screens.staff.settings import StaffSettings

    db_path = tmp_path / "hub.db"
    publish_open_all_hours(db_path)  # a hub process runs on the real clock
    db = store.open_db(db_path)
    kiosk_token, staff_token = tokens.add_token(db, "kiosk"), tokens.add_token(db, "staff")
    display_token = tokens.add_token(db, "display")
    db.conn.close()
    hub = HubProcess(db_path)
    fast = {"min_backoff_ms": 50, "max_backoff_ms": 400}
    try:
        hub.start(qtbot)
        display_window, display_live, display = build_display(hub.url, display_token, start=True, **fast)
        settings = StaffSettings(QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat))
        settings.services = MINE
        console_live, desk, console = build_staff(
            hub.url, staff_token, settings=settings, ask_services=False, **fast
        )
        for window in (display_window, console):
            qtbot.addWidget(window)
            window.show()
        qtbot.waitUntil(lambda: display_live.online and console_live.online, timeout=10_000)

        kiosk = Kiosk(hub.url, kiosk_token)
        kiosk.start()
        kiosk.half_done.wait(20)
        hub.kill()  # SIGKILL, while visits keep coming
        qtbot.waitUntil(lambda: not display_live.online and not console_live.online, timeout=5000)
        assert console.banner.isVisible() and display_window.banner.isVisible()
        assert not desk.can_act  # the console's actions wait; nothing is sent into the void
        hub.start(qtbot)
        qtbot.waitUntil(lambda: not kiosk.is_alive(), timeout=30_000)
        qtbot.waitUntil(lambda: desk.can_act, timeout=10_000)
        for _ in range(2):  # the desk goes on working once the hub is back
            assert desk.call_next()
            qtbot.waitUntil(lambda: desk.can_act, timeout=10_000)

        hub_tickets = hub_queue(hub.url, staff_token)["tickets"]
        assert len(kiosk.made) == len(set(kiosk.made)) == VISITS and kiosk.resent > 0
        assert {t["code"] for t in hub_tickets} == set(kiosk.made)
        qtbot.waitUntil(lambda: same_as_hub(display_live.snapshot(), hub.url, display_token), timeout=10_000)
        qtbot.waitUntil(lambda: same_as_hub(console_live.snapshot(), hub.url, staff_token), timeout=10_000)
        # What each screen shows follows its model: the console's list is the hub's waiting tickets of
        # its services, in call order; the display's newest call is the hub's last called ticket.
        waiting = [t["number"] for t in desk.waiting()]
        assert sorted(waiting) == sorted(
            t["number"]
            for t in hub_queue(hub.url, staff_token)["tickets"]
            if t["status"] == "waiting" and t["service"] in MINE
        )
        called = [t for t in hub_queue(hub.url, staff_token)["tickets"] if t["status"] == "called"]
        latest = max(called, key=lambda t: t["called_at"])
        qtbot.waitUntil(lambda: display.window.number.text() == latest["number"], timeout=5000)
        assert not console.banner.isVisible() and not display_window.banner.isVisible()
    finally:
        hub.kill()
