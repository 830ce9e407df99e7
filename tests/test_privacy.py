"""Who may read the queue, and what each role reads of a discreet visit (kiosk/server/hub/views.py).

A visitor who checks in for the A-Clinic is someone the waiting room must not be able to name: a real
hub on loopback, an A-Clinic booking checked in, and every way a client on the LAN could look.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta

import httpx
import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from kiosk.core.clock import HELSINKI
from kiosk.server.hub.views import alias

pytestmark = pytest.mark.hub

WEDNESDAY = datetime(2026, 3, 4, 9, 50, tzinfo=HELSINKI)
"""The A-Clinic worker's day (Wednesdays from 10.00, 45-minute slots); check-in opens 30 min before."""
SLOT = "2026-03-04T10:00:00.000+02:00"
ACLINIC_NAMES = (
    "A-klinikan työntekijä",
    "A-klinikens medarbetare",
    "A-Clinic worker",
    "Працівник A-клініки",
    "موظف A-Clinic",
    "Shaqaalaha A-Clinic",
)


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def centre(make_hub):
    """A hub on Wednesday morning with one front-desk visitor and one checked-in A-Clinic visitor."""
    hub = make_hub(clock=Clock(WEDNESDAY))
    kiosk = {"Authorization": f"Bearer {hub.token}"}
    desk = httpx.post(
        f"{hub.url}/api/visits",
        json={"lang": "fi", "answers": {"need": "talk"}, "key": str(uuid.uuid4())},
        headers=kiosk,
        timeout=10,
    ).json()["ticket"]
    booking = httpx.post(
        f"{hub.url}/api/bookings",
        json={"service": "aclinic", "start": SLOT, "lang": "en", "key": str(uuid.uuid4())},
        headers=kiosk,
        timeout=10,
    )
    assert booking.status_code == 201, booking.text
    checked_in = httpx.post(
        f"{hub.url}/api/bookings/{booking.json()['code']}/check-in", headers=kiosk, timeout=10
    )
    assert checked_in.status_code == 201, checked_in.text
    return hub, desk, checked_in.json()["ticket"]


def queue(hub, role: str | None) -> httpx.Response:
    headers = hub.auth(role) if role else {}
    return httpx.get(f"{hub.url}/api/queue", headers=headers, timeout=10)


def replay(hub, role: str) -> list[dict]:
    """Everything the feed replays from the start to `role` now."""
    messages = []
    with hub.feed(0, role) as ws:
        while True:
            try:
                messages.append(json.loads(ws.recv(timeout=0.5)))
            except TimeoutError:
                return messages


def test_the_aclinic_ticket_is_numbered_in_the_front_desks_series(centre):
    _hub, desk, aclinic = centre
    assert (desk["number"], aclinic["number"]) == ("N001", "N002")
    assert aclinic["service"] == "aclinic"  # the kiosk that checked it in knows: it prints the slip


def test_without_a_token_nobody_reads_the_queue_or_follows_the_feed(centre):
    hub, _desk, _aclinic = centre
    assert queue(hub, None).status_code == 401
    unknown = httpx.get(f"{hub.url}/api/queue", headers={"Authorization": "Bearer guess"}, timeout=10)
    assert unknown.status_code == 401 and unknown.json()["error"] == "unknown_token"
    ws_url = hub.url.replace("http://", "ws://") + "/api/events?since=0"
    for headers in ({}, {"Authorization": "Bearer guess"}):
        with (
            pytest.raises(InvalidStatus) as refused,
            connect(ws_url, open_timeout=5, additional_headers=headers),
        ):
            pass
        assert refused.value.response.status_code == 403


def test_staff_read_the_queue_as_it_is(centre):
    hub, _desk, aclinic = centre
    for role in ("staff", "admin"):
        tickets = {t["code"]: t for t in queue(hub, role).json()["tickets"]}
        assert tickets[aclinic["code"]]["service"] == "aclinic"
        assert tickets[aclinic["code"]]["journey"] == ["aclinic"] and tickets[aclinic["code"]]["lang"] == "en"


@pytest.mark.parametrize("role", ["display", "kiosk"])
def test_a_screen_reads_no_waiting_discreet_ticket_and_no_discreet_service(centre, role):
    hub, desk, aclinic = centre
    body = queue(hub, role).json()
    assert [t["number"] for t in body["tickets"]] == ["N001"]  # the A-Clinic visitor is not listed
    assert body["tickets"][0]["code"] == alias(desk["code"]) != desk["code"]
    assert not {"journey", "lang", "priority", "called_by", "journey_index"} & set(body["tickets"][0])
    assert {s["id"] for s in body["services"]}.isdisjoint({"aclinic", "debt", "social"})
    text = json.dumps(body, ensure_ascii=False)
    assert aclinic["code"] not in text and not any(name in text for name in ACLINIC_NAMES)


def test_a_called_discreet_ticket_reaches_a_screen_as_number_and_room_only(centre):
    hub, _desk, aclinic = centre
    hub.clock.now = WEDNESDAY + timedelta(minutes=10)
    called = httpx.post(
        f"{hub.url}/api/services/aclinic/call-next", headers=hub.auth("staff"), timeout=10
    ).json()
    assert called["code"] == aclinic["code"]
    shown = {t["number"]: t for t in queue(hub, "display").json()["tickets"]}["N002"]
    assert shown["service"] is None and shown["status"] == "called"
    # Not when its visitor checked in (or their booked time): a screen needs the call, not the arrival.
    assert shown["queued_at"] is None and shown["position"] is None and shown["called_at"] is not None
    assert shown["location"] == {
        "fi": "Huone 7",
        "sv": "Rum 7",
        "en": "Room 7",
        "uk": "Кімната 7",
        "ar": "غرفة 7",
        "so": "Qolka 7",
        "ru": "Кабинет 7",
        "et": "Ruum 7",
    }
    assert shown["code"] == alias(aclinic["code"])
    # The alias opens nothing: the visitor's own page stays theirs.
    assert httpx.get(f"{hub.url}/t/{shown['code']}", timeout=10).status_code == 404


def test_the_feed_tells_a_screen_nothing_that_names_the_discreet_visit(centre):
    hub, _desk, aclinic = centre
    hub.clock.now = WEDNESDAY + timedelta(minutes=10)
    httpx.post(f"{hub.url}/api/services/aclinic/call-next", headers=hub.auth("staff"), timeout=10)
    staff_types = [m["type"] for m in replay(hub, "staff")]
    assert "booking.created" in staff_types and "booking.checked_in" in staff_types
    for role in ("display", "kiosk"):
        messages = replay(hub, role)
        types = [m["type"] for m in messages]
        assert not [t for t in types if t.startswith("booking.")], types
        text = json.dumps(messages, ensure_ascii=False)
        assert aclinic["code"] not in text and '"aclinic"' not in text
        assert not any(name in text for name in ACLINIC_NAMES)
        # Not even a "hidden" creation: its moment told who had just checked in to a discreet service.
        assert not [m for m in messages if m.get("ticket", {}).get("code") == alias(aclinic["code"])
                    and m["type"] != "ticket.called"]  # fmt: skip
        call = next(m for m in messages if m["type"] == "ticket.called")
        assert call["ticket"]["number"] == "N002" and call["ticket"]["service"] is None
        assert call["ticket"]["location"]["en"] == "Room 7"


def test_the_live_feed_shows_a_screen_the_same_as_the_replay(centre):
    hub, _desk, aclinic = centre
    with hub.feed(10_000_000, "display") as display, hub.feed(10_000_000, "staff") as staff:
        # Both start from a reset (a `since` ahead of the hub), then follow live.
        assert json.loads(display.recv(timeout=5))["type"] == "reset"
        assert json.loads(staff.recv(timeout=5))["type"] == "reset"
        hub.clock.now = WEDNESDAY + timedelta(minutes=10)
        httpx.post(f"{hub.url}/api/services/aclinic/call-next", headers=hub.auth("staff"), timeout=10)
        seen_by_staff = json.loads(staff.recv(timeout=5))
        seen_by_display = json.loads(display.recv(timeout=5))
    assert (
        seen_by_staff["ticket"]["code"] == aclinic["code"] and seen_by_staff["ticket"]["service"] == "aclinic"
    )
    assert seen_by_display["seq"] == seen_by_staff["seq"]
    assert seen_by_display["ticket"]["service"] is None and seen_by_display["ticket"]["number"] == "N002"
    assert "aclinic" not in json.dumps(seen_by_display)


def test_the_visitors_phone_page_stays_open_and_shows_one_ticket(centre):
    hub, desk, aclinic = centre
    page = httpx.get(f"{hub.url}/t/{desk['code']}", timeout=10)
    assert page.status_code == 200 and "N001" in page.text
    assert "N002" not in page.text and aclinic["code"] not in page.text


def test_a_journeys_next_step_reaches_a_screen_without_the_journey(centre):
    hub, _desk, _aclinic = centre
    headers = {"Authorization": f"Bearer {hub.token}"}
    journey = {"need": "work", "age": "over30", "work_adult": "wage_support"}  # wassup, then coordinator
    body = {"lang": "sv", "answers": journey, "key": str(uuid.uuid4())}
    ticket = httpx.post(f"{hub.url}/api/visits", json=body, headers=headers, timeout=10).json()["ticket"]
    staff = hub.auth("staff")
    httpx.post(f"{hub.url}/api/services/wassup/call-next", headers=staff, timeout=10)
    with hub.feed(10_000_000, "display") as display:
        assert json.loads(display.recv(timeout=5))["type"] == "reset"
        httpx.post(f"{hub.url}/api/tickets/{ticket['code']}/done", headers=staff, timeout=10)
        moved = json.loads(display.recv(timeout=5))
    assert moved["type"] == "ticket.moved" and "from" not in moved
    assert moved["ticket"]["service"] == "coordinator" and moved["ticket"]["status"] == "waiting"
    assert not {"journey", "journey_index", "lang"} & set(moved["ticket"])
