"""Notices on the event feed: a kiosk tells staff about its printer (POST /api/notices), and the hub tells
them of a kiosk out of touch and back (kiosk/server/hub/device_watch.py)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import httpx
import pytest

from kiosk.client.http import error_message
from kiosk.client.hub_client import HubClient
from kiosk.core.clock import HELSINKI, iso
from kiosk.server import store, tokens
from kiosk.server.hub import device_watch
from kiosk.server.tokens import token_id


def post(hub, body, role: str | None = "kiosk", **kwargs) -> httpx.Response:
    headers = {"Authorization": f"Bearer {hub.tokens[role]}"} if role else {}
    return httpx.post(f"{hub.url}/api/notices", json=body, headers=headers, timeout=5, **kwargs)


def feed(hub, since: int = 0) -> list[dict]:
    """Every event after `since` the feed replays now."""
    events = []
    with hub.feed(since) as ws:
        while True:
            try:
                events.append(json.loads(ws.recv(timeout=0.5)))
            except TimeoutError:
                return events


def test_a_kiosk_notice_reaches_the_event_feed(hub):
    reply = post(hub, {"kind": "printer", "message": "printer 'TM-T20' reports a problem"})
    assert reply.status_code == 201
    body = reply.json()
    assert body["notice"]["kind"] == "printer" and body["notice"]["at"].startswith("20")
    [event] = [e for e in feed(hub) if e["type"] == "notice"]
    assert event["seq"] == body["seq"]
    assert event["notice"] == {
        "kind": "printer",
        "message": "printer 'TM-T20' reports a problem",
        "at": body["notice"]["at"],
    }


def test_a_notice_is_one_line_however_it_was_sent(hub):
    reply = post(hub, {"kind": "printer", "message": "  out of\npaper  "})
    assert reply.status_code == 201 and reply.json()["notice"]["message"] == "out of paper"


def test_an_admin_may_send_a_notice_too(hub):
    assert post(hub, {"kind": "printer", "message": "test"}, role="admin").status_code == 201


@pytest.mark.parametrize(("role", "status", "error"), [(None, 401, "no_token"), ("staff", 403, "wrong_role")])
def test_a_notice_needs_a_kiosk_token(hub, role, status, error):
    reply = post(hub, {"kind": "printer", "message": "out of paper"}, role=role)
    assert reply.status_code == status and reply.json()["error"] == error
    assert [e for e in feed(hub) if e["type"] == "notice"] == []


def test_an_unknown_token_is_refused(hub):
    reply = httpx.post(
        f"{hub.url}/api/notices",
        json={"kind": "printer", "message": "x"},
        headers={"Authorization": "Bearer nonsense"},
        timeout=5,
    )
    assert reply.status_code == 401 and reply.json()["error"] == "unknown_token"


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"kind": "weather", "message": "rain"}, "kind"),
        ({"kind": "printer", "message": ""}, "message"),
        ({"kind": "printer", "message": "   "}, "message"),
        ({"kind": "printer", "message": "x" * 201}, "message"),
        ({"kind": "printer", "message": 42}, "message"),
        ({"kind": "printer"}, "message"),
        ({"kind": "printer", "message": "out of paper", "visitor": "Matti"}, "visitor"),
    ],
)
def test_a_bad_notice_is_refused_and_changes_nothing(hub, body, where):
    reply = post(hub, body)
    assert reply.status_code == 422
    assert reply.json()["error"] == "invalid_field" and reply.json()["where"] == where
    assert [e for e in feed(hub) if e["type"] == "notice"] == []


def test_a_notice_without_a_body_is_refused(hub):
    reply = httpx.post(f"{hub.url}/api/notices", headers={"Authorization": f"Bearer {hub.token}"}, timeout=5)
    assert reply.status_code == 422 and reply.json()["error"] == "missing_body"


@pytest.fixture
def make_client(hub):
    """HubClients on `hub`, deleted through the event loop: deleting one right after a reply
    finished (its reply's deleteLater still pending) aborts the process."""
    made = []

    def make(token: str) -> HubClient:
        made.append(HubClient(hub.url, token))
        return made[-1]

    yield make
    for client in made:
        client.stop()
        client.deleteLater()


def test_the_hub_client_sends_a_notice(qtbot, hub, make_client):
    client = make_client(hub.token)
    answers: list[tuple] = []
    client.send_notice("printer", "printer 'TM-T20' reports a problem", lambda *a: answers.append(a))
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert answers[0][0] == 201
    [event] = [e for e in feed(hub) if e["type"] == "notice"]
    assert event["notice"]["message"] == "printer 'TM-T20' reports a problem"


def test_the_hub_client_says_when_a_notice_is_refused(qtbot, hub, make_client):
    client = make_client(hub.tokens["staff"])
    answers: list[tuple] = []
    client.send_notice("printer", "out of paper", lambda *a: answers.append(a))
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    status, body, error = answers[0]
    assert status == 403 and "kiosk" in error_message(status, body, error)


# -- the hub's own: a kiosk out of touch --------------------------------------------------------------

TUESDAY_MORNING = datetime(2026, 3, 3, 10, 0, tzinfo=HELSINKI)  # Kokoomo is open 9-15
TUESDAY_EVENING = datetime(2026, 3, 3, 20, 0, tzinfo=HELSINKI)


def on_db(hub, change):
    """`change(db)` on the hub's database beside the running hub, as `kiosk token ...` does."""
    db = store.connect(hub.db_path)
    try:
        return change(db)
    finally:
        db.conn.close()


def named_kiosk(hub, name: str) -> str:
    """A kiosk token staff know as `name` (`kiosk token add --name`), made while the hub runs."""
    return on_db(hub, lambda db: tokens.add_token(db, "kiosk", name))


def ask_health(hub, token: str) -> dict:
    answer = httpx.get(f"{hub.url}/api/health", headers={"Authorization": f"Bearer {token}"}, timeout=5)
    assert answer.status_code == 200
    return answer.json()


def kiosk_notices(hub) -> list[dict]:
    return [e["notice"] for e in feed(hub) if e["type"] == "notice"]


def test_staff_hear_of_a_kiosk_out_of_touch_and_again_when_it_is_back(make_hub):
    now = [TUESDAY_MORNING]
    hub = make_hub(clock=lambda: now[0])
    door = named_kiosk(hub, "Door")
    assert ask_health(hub, door)["role"] == "kiosk"
    watch = lambda: device_watch.watch(hub.app.state.hub)  # noqa: E731 (what the hub's timer runs)
    now[0] += timedelta(seconds=59)
    assert watch() == 0 and kiosk_notices(hub) == []  # a few polls missed: nothing yet
    now[0] += timedelta(seconds=2)
    assert watch() == 1
    assert kiosk_notices(hub) == [{"kind": "kiosk_silent", "message": "Door", "at": iso(TUESDAY_MORNING)}]
    now[0] += timedelta(minutes=10)
    assert watch() == 0  # told once, not every round
    ask_health(hub, door)  # a read: the hub's next look writes that it is back
    assert len(kiosk_notices(hub)) == 1
    back_at = now[0]
    now[0] += timedelta(seconds=2)
    assert watch() == 1
    assert kiosk_notices(hub)[1:] == [{"kind": "kiosk_back", "message": "Door", "at": iso(back_at)}]
    assert watch() == 0


def test_a_kiosk_silent_while_the_centre_is_closed_is_told_of_once_it_opens(make_hub):
    now = [TUESDAY_EVENING]
    hub = make_hub(clock=lambda: now[0])
    ask_health(hub, hub.tokens["kiosk"])  # an unnamed token: staff see its id
    now[0] += timedelta(hours=2)
    assert device_watch.watch(hub.app.state.hub) == 0 and kiosk_notices(hub) == []
    now[0] = TUESDAY_EVENING.replace(day=4, hour=9, minute=1)  # Wednesday, open
    assert device_watch.watch(hub.app.state.hub) == 1
    [notice] = kiosk_notices(hub)
    assert notice == {
        "kind": "kiosk_silent",
        "message": token_id(hub.tokens["kiosk"]),
        "at": iso(TUESDAY_EVENING),
    }


def test_a_kiosk_whose_token_was_revoked_is_forgotten_not_reported(make_hub):
    now = [TUESDAY_MORNING]
    hub = make_hub(clock=lambda: now[0])
    old = named_kiosk(hub, "Old kiosk")
    ask_health(hub, old)
    on_db(hub, lambda db: tokens.revoke(db, token_id(old)))
    now[0] += timedelta(minutes=5)
    assert device_watch.watch(hub.app.state.hub) == 0 and kiosk_notices(hub) == []


def test_only_a_kiosk_is_watched(make_hub):
    now = [TUESDAY_MORNING]
    hub = make_hub(clock=lambda: now[0])
    for role in ("display", "staff", "admin"):
        ask_health(hub, hub.tokens[role])
    now[0] += timedelta(minutes=5)
    assert device_watch.watch(hub.app.state.hub) == 0


def test_the_hubs_timer_tells_staff_by_itself(make_hub, qtbot):
    """On the test hub's running clock (a Tuesday morning, open), with a short silence allowed: the hub's
    own timer (every 2 s) sends it."""
    hub = make_hub(silent_after=0.5)
    ask_health(hub, named_kiosk(hub, "Door"))
    qtbot.waitUntil(lambda: [n["kind"] for n in kiosk_notices(hub)] == ["kiosk_silent"], timeout=8000)


def test_a_kiosk_cannot_send_the_hubs_own_notices(hub):
    for kind in ("kiosk_silent", "kiosk_back"):
        reply = post(hub, {"kind": kind, "message": "Door"})
        assert reply.status_code == 422 and reply.json()["where"] == "kind"


def test_staff_hear_of_a_waiting_room_screen_whose_feed_closed_and_again_when_it_is_back(make_hub, qtbot):
    now = [TUESDAY_MORNING]
    hub = make_hub(clock=lambda: now[0])
    owner = hub.app.state.hub
    tv = on_db(hub, lambda db: tokens.add_token(db, "display", "TV"))
    with hub.feed(token=tv):  # noted as open before the handshake ends
        now[0] += timedelta(minutes=10)
        assert device_watch.watch(owner) == 0  # heard from long ago, but its feed is open
        closed_at = now[0]
    # Noted once the hub sees the feed close.
    qtbot.waitUntil(lambda: owner.devices.silent(closed_at + timedelta(minutes=1)) != [])
    now[0] += timedelta(seconds=59)
    assert device_watch.watch(owner) == 0
    now[0] += timedelta(seconds=2)
    assert device_watch.watch(owner) == 1
    assert kiosk_notices(hub) == [{"kind": "display_silent", "message": "TV", "at": iso(closed_at)}]
    with hub.feed(token=tv):
        qtbot.waitUntil(lambda: owner.devices.back() != [])
        assert device_watch.watch(owner) == 1
    assert kiosk_notices(hub)[1:] == [{"kind": "display_back", "message": "TV", "at": iso(now[0])}]


def test_a_staff_console_closing_its_feed_is_nobodys_business(make_hub, qtbot):
    now = [TUESDAY_MORNING]
    hub = make_hub(clock=lambda: now[0])
    with hub.feed(role="staff"):
        pass
    now[0] += timedelta(minutes=5)
    assert device_watch.watch(hub.app.state.hub) == 0 and kiosk_notices(hub) == []
