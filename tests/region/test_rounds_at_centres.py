"""A visiting specialist's round published on the region: each centre's kiosk offers its slots there and
books them as the routing's own; a booking at one centre is a time and a state at the region, never a
code another centre knows."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import httpx

from kiosk.region import db


def slots(hub) -> list[dict]:
    answer = httpx.get(f"{hub.url}/api/services/debt/slots", headers=hub.auth("kiosk"))
    assert answer.status_code == 200, answer.text
    return answer.json()["slots"]


def at(hub, weekday: int, hour: int) -> list[str]:
    """The starts of the hub's free debt slots on that ISO weekday at that hour (Helsinki)."""
    found = []
    for slot in slots(hub):
        start = datetime.fromisoformat(slot["start"])
        if start.isoweekday() == weekday and start.hour == hour:
            found.append(slot["start"])
    return found


def book(hub, start: str, key: str) -> httpx.Response:
    body = {"service": "debt", "start": start, "lang": "fi", "key": key}
    return httpx.post(f"{hub.url}/api/bookings", json=body, headers=hub.auth("kiosk"))


def test_a_round_on_the_region_gives_slots_at_both_centres_and_a_booking_stays_at_its_own(
    region, make_hub, qtbot
):
    tokens = {
        "Kokoomo": region.add_centre("Kokoomo", "Haapavesi"),
        "Ohjaamo": region.add_centre("Ohjaamo", "Oulainen"),
    }
    assert region.cli("specialist", "add", "Debt adviser", "--service", "debt") == 0
    # The routing's own debt block is Tuesday 10-14: Wednesday 8-10 and Saturday 15-17 are only the round's.
    rounds = {"Kokoomo": (3, "08:00", "10:00"), "Ohjaamo": (6, "15:00", "17:00")}
    for centre, (weekday, start, end) in rounds.items():
        assert region.add_round("Debt adviser", centre, weekday, start, end) == 0
    hubs = {centre: make_hub() for centre in tokens}
    assert not at(hubs["Kokoomo"], 3, 8) and not at(hubs["Ohjaamo"], 6, 15)  # before the join

    for centre, hub in hubs.items():
        assert region.join(tokens[centre], hub.db_path) == 0
    kokoomo, ohjaamo = hubs["Kokoomo"], hubs["Ohjaamo"]
    qtbot.waitUntil(lambda: bool(at(kokoomo, 3, 8)), timeout=15000)
    qtbot.waitUntil(lambda: bool(at(ohjaamo, 6, 15)), timeout=15000)
    # Two weeks of the round, 30-minute slots: 8:00 and 8:30 each Wednesday at Kokoomo, not at Ohjaamo.
    wednesday = at(kokoomo, 3, 8)
    assert len(wednesday) in (3, 4) and not at(kokoomo, 6, 15) and not at(ohjaamo, 3, 8)
    assert at(kokoomo, 2, 10) and at(ohjaamo, 2, 10)  # the routing's own block is kept

    here = book(kokoomo, wednesday[0], "round-kokoomo")
    assert here.status_code == 201, here.text
    code = here.json()["code"]
    assert wednesday[0] not in at(kokoomo, 3, 8)
    # The other centre has no such slot (the round is not its), and no such code.
    refused = book(ohjaamo, wednesday[0], "round-ohjaamo-wrong")
    assert (refused.status_code, refused.json()["error"]) == (422, "not_a_slot")
    unknown = httpx.post(f"{ohjaamo.url}/api/bookings/{code}/check-in", headers=ohjaamo.auth("kiosk"))
    assert (unknown.status_code, unknown.json()["error"]) == (404, "unknown_booking")
    there = book(ohjaamo, at(ohjaamo, 6, 15)[0], "round-ohjaamo")
    assert there.status_code == 201, there.text

    def week() -> list[dict]:
        starts = sorted((wednesday[0], there.json()["start"]))
        answer = httpx.get(
            f"{region.url}/api/specialists/Debt adviser/week",
            params={"from": starts[0][:10], "to": starts[1][:10]},
            headers=region.auth(region.admin),
        )
        return answer.json()["times"]

    qtbot.waitUntil(lambda: {t["centre"] for t in week()} == {"Kokoomo", "Ohjaamo"}, timeout=20000)
    assert all(t.keys() == {"centre", "start", "state"} and t["state"] == "booked" for t in week())
    with db.connect(region.dsn) as conn:
        everything = " ".join(row[0] for row in conn.execute("SELECT b::text FROM booked_times b"))
    assert code not in everything and there.json()["code"] not in everything


def test_the_kiosk_lists_a_rounds_weekly_times_beside_the_routings_own(region, make_hub, qtbot):
    from kiosk.client.hub_client import HubClient

    token = region.add_centre("Kokoomo", "Haapavesi")
    assert region.cli("specialist", "add", "Debt adviser", "--service", "debt") == 0
    assert region.add_round("Debt adviser", "Kokoomo", 3, "08:00", "10:00") == 0
    hub = make_hub()
    assert region.join(token, hub.db_path) == 0
    qtbot.waitUntil(lambda: bool(httpx.get(f"{hub.url}/api/routing").json()["rounds"]), timeout=15000)
    shown = httpx.get(f"{hub.url}/api/routing").json()
    assert shown["rounds"] == [
        {"service": "debt", "weekday": "wed", "start": "08:00", "end": "10:00", "slot_minutes": 30}
    ]
    # The routing as the admin edits it keeps the centre's own times only.
    debt = next(s for s in shown["routing"]["services"] if s["id"] == "debt")
    assert [block["weekday"] for block in debt["schedule"]] == ["tue"]

    client = HubClient(hub.url, hub.token)
    with qtbot.waitSignal(client.routingChanged, timeout=5000) as signal:
        client.fetch_routing()
    routing = signal.args[0]
    assert [(b.weekday, b.start, b.end) for b in routing.service("debt").schedule] == [
        ("tue", "10:00", "14:00"),
        ("wed", "08:00", "10:00"),
    ]
    assert [b.weekday for b in routing.service("aclinic").schedule] == ["wed"]  # no round: as it was
    client.stop()


def test_a_round_removed_on_the_region_is_offered_no_more_after_the_hubs_next_pull_and_its_booking_stays(
    region, make_hub, qtbot
):
    from kiosk.region import plans
    from kiosk.server import region_link, store

    token = region.add_centre("Kokoomo", "Haapavesi")
    assert region.cli("specialist", "add", "Debt adviser", "--service", "debt") == 0
    assert region.add_round("Debt adviser", "Kokoomo", 3, "08:00", "10:00") == 0  # the routing's own: Tue
    hub = make_hub()
    # A day off on the round's weekday, the Wednesday of next week (the hub's clock).
    today = hub.clock().date()
    off = today + timedelta(days=(3 - today.isoweekday()) % 7 + 7)
    with db.connect(region.dsn) as conn:
        assert plans.add_day_off(conn, "Debt adviser", off, "", today=today) == ["Kokoomo"]

    def dates_off() -> list[tuple[str, str]]:
        answer = httpx.get(
            f"{hub.url}/api/dates-off", params={"from": today, "to": off}, headers=hub.auth("admin")
        )
        return [(d["date"], d["service"]) for d in answer.json()["dates_off"]]

    assert region.join(token, hub.db_path) == 0
    qtbot.waitUntil(lambda: bool(at(hub, 3, 8)), timeout=15000)
    qtbot.waitUntil(lambda: dates_off() == [(off.isoformat(), "debt")], timeout=5000)
    assert not [start for start in at(hub, 3, 8) if start.startswith(off.isoformat())]
    booked = book(hub, at(hub, 3, 8)[0], "round-then-removed")
    assert booked.status_code == 201, booked.text

    def week() -> list[dict]:
        with db.connect(region.dsn) as conn:
            return plans.week_of(conn, "Debt adviser", today, today + timedelta(days=14))

    qtbot.waitUntil(lambda: [t["state"] for t in week()] == ["booked"], timeout=15000)  # the hub sent it

    with db.connect(region.dsn) as conn:  # `kiosk region round remove`, on the hub's today
        gone = plans.remove_round(conn, "Debt adviser", "Kokoomo", 3, time(8), today)
    # Their last round there: the booked time leaves their week (nothing would update it any more).
    assert gone["times_cleared"] == 1 and week() == []
    assert at(hub, 3, 8), "offered until the hub's next pull"
    hub_db = store.open_db(hub.db_path)
    try:
        assert (
            region_link.push_round(hub_db, hub.clock() + region_link.CHECK_EVERY + timedelta(minutes=1)) == 0
        )
        assert region_link.status(hub_db)["rounds"] == []
    finally:
        hub_db.conn.close()
    assert week() == [], "the hub sends it no more: no round brings the service there"
    assert not at(hub, 3, 8) and at(hub, 2, 10)  # the round's slots are gone, the routing's own stay
    again = book(hub, booked.json()["start"], "round-removed-book-again")
    assert (again.status_code, again.json()["error"]) == (422, "not_a_slot")
    # The booking made in it is the hub's own: still booked, in the staff console's list.
    day = booked.json()["start"][:10]
    listed = httpx.get(
        f"{hub.url}/api/bookings",
        params={"service": "debt", "from": day, "to": day},
        headers=hub.auth("staff"),
    ).json()["bookings"]
    assert [(b["code"], b["status"]) for b in listed] == [(booked.json()["code"], "booked")]
    # The specialist's day off on that weekday no longer concerns the centre: the date off it took is lifted.
    assert dates_off() == []
