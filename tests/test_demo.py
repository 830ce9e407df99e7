"""`kiosk demo`: sample data through the real queue, and the four real screens on one real hub."""

from __future__ import annotations

from datetime import datetime

import httpx
import pytest
from conftest import HubServer

from kiosk.core.clock import HELSINKI
from kiosk.core.routing import loads
from kiosk.server import store
from kiosk.server.demo import VISITS, prepare
from kiosk.server.queue import queue_snapshot

MONDAY_MORNING = datetime(2026, 11, 23, 10, 30, tzinfo=HELSINKI)


def snapshot(db_path, now: datetime) -> dict:
    db = store.open_db(db_path)
    try:
        _, text = store.active_routing(db)
        return queue_snapshot(db, loads(text), now)
    finally:
        db.conn.close()


@pytest.mark.parametrize(
    "now",
    [
        MONDAY_MORNING,
        datetime(2026, 11, 29, 21, 0, tzinfo=HELSINKI),  # a Sunday evening: the demo centre is open
        datetime(2026, 11, 24, 0, 20, tzinfo=HELSINKI),  # twenty minutes after midnight
    ],
    ids=["monday-morning", "sunday-evening", "after-midnight"],
)
def test_the_sample_queue_is_todays_at_any_hour(tmp_path, now):
    data = prepare(tmp_path / "demo.db", now)
    assert (data.visits, data.served, data.called) == (len(VISITS), 4, 2)
    queue = snapshot(tmp_path / "demo.db", now)
    statuses = sorted(t["status"] for t in queue["tickets"])
    # Twelve visits, four served and gone, two with a desk now, one journey still at its first step.
    assert statuses == ["called"] * 2 + ["waiting"] * 6
    assert any(len(t["journey"]) == 2 for t in queue["tickets"])
    db = store.open_db(tmp_path / "demo.db")
    try:
        routing = loads(store.active_routing(db)[1])
    finally:
        db.conn.close()
    assert routing.centre.hours == []  # no hours: open at every hour, as a demo must be


def test_a_new_demo_starts_from_the_same_sample_not_from_the_last_one(tmp_path):
    path = tmp_path / "demo.db"
    prepare(path, MONDAY_MORNING)
    db = store.open_db(path)
    db.execute("UPDATE tickets SET status = 'done'")
    db.conn.commit()
    db.conn.close()
    prepare(path, MONDAY_MORNING)
    assert len(snapshot(path, MONDAY_MORNING)["tickets"]) == 8


@pytest.mark.hub
def test_every_screen_follows_one_hub_and_a_call_on_a_console_reaches_the_display_and_the_other(
    qtbot, tmp_path
):
    from screens.demo.app import CONSOLES, build

    now = datetime.now(HELSINKI)
    prepare(tmp_path / "demo.db", now)
    hub = HubServer(tmp_path / "demo.db", clock=lambda: datetime.now(HELSINKI))
    hub.start()
    windows = build(
        hub.url, hub.token, hub.tokens["display"], [hub.tokens["staff"]] * len(CONSOLES), tmp_path
    )
    try:
        for window in windows.all():
            qtbot.addWidget(window)
        display, desks = windows.parts["display"], windows.parts["desks"]
        # The display shows the sample's latest call; each console its own services' waiting tickets.
        qtbot.waitUntil(lambda: display.window.number.text() != "", timeout=10_000)
        queue = httpx.get(f"{hub.url}/api/queue", headers=hub.auth("staff"), timeout=10).json()
        for desk, services in zip(desks, CONSOLES, strict=True):
            expected = sorted(
                t["number"] for t in queue["tickets"] if t["status"] == "waiting" and t["service"] in services
            )
            qtbot.waitUntil(lambda d=desk, e=expected: sorted(t["number"] for t in d.waiting()) == e)
        # Console 2 calls its next visitor: the display shows that number, console 1 still sees its own.
        qtbot.waitUntil(lambda: desks[1].can_act, timeout=10_000)
        next_number = desks[1].next_ticket()["number"]
        assert desks[1].call_next()
        qtbot.waitUntil(lambda: display.window.number.text() == next_number, timeout=10_000)
        assert next_number not in [t["number"] for t in desks[0].waiting()]
        qtbot.waitUntil(lambda: next_number in [t["number"] for t in desks[1].mine()], timeout=10_000)
    finally:
        windows.stop()
        hub.stop()
