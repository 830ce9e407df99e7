"""A day off the region removes is lifted at each centre that took it, at the hub's next pull: the
specialist's slots come back there, the bookings it cancelled stay cancelled, and a date off the centre's
staff set themselves for the same day stays theirs. A real region (PostgreSQL) and a real hub."""

from __future__ import annotations

from datetime import date, time, timedelta

import httpx

from kiosk.region import db, plans
from kiosk.server import region_link, store


def dates_off(hub, day: date) -> list[tuple[str, str]]:
    listed = httpx.get(f"{hub.url}/api/dates-off?from={day}&to={day}", headers=hub.auth("admin")).json()
    return [(d["date"], d["service"]) for d in listed["dates_off"]]


def slots_on(hub, day: date) -> list[dict]:
    slots = httpx.get(f"{hub.url}/api/services/debt/slots", headers=hub.auth("kiosk")).json()["slots"]
    return [s for s in slots if s["start"].startswith(day.isoformat())]


def pull(hub) -> None:
    """The hub's next pull, now: its clock moved past the 10 minutes between two."""
    region_link.push_from(hub.db_path, hub.clock() + region_link.CHECK_EVERY + timedelta(minutes=1))


def test_a_day_off_removed_on_the_region_is_lifted_at_the_centre_but_not_staffs_own(region, make_hub, qtbot):
    kokoomo = region.add_centre("Kokoomo", "Haapavesi")
    hub = make_hub()
    first = httpx.get(f"{hub.url}/api/services/debt/slots", headers=hub.auth("kiosk")).json()["slots"][0]
    day = date.fromisoformat(first["start"][:10])
    week_later = day + timedelta(days=7)
    booking = {"service": "debt", "start": first["start"], "lang": "fi", "key": "lifted-day-off"}
    booked = httpx.post(f"{hub.url}/api/bookings", json=booking, headers=hub.auth("kiosk"))
    assert booked.status_code == 201, booked.text
    # The centre's staff had already marked the week after off themselves.
    own = httpx.put(
        f"{hub.url}/api/dates-off/{week_later}",
        json={"service": "debt", "note": "our own"},
        headers=hub.auth("staff"),
    )
    assert own.status_code == 200, own.text
    with db.connect(region.dsn) as conn:
        plans.add_specialist(conn, "Debt adviser", "debt")
        plans.add_round(conn, "Debt adviser", "Kokoomo", day.isoweekday(), time(9), time(12))
        plans.add_day_off(conn, "Debt adviser", day, "a course", today=day)
        plans.add_day_off(conn, "Debt adviser", week_later, "a course", today=day)
    assert region.join(kokoomo, hub.db_path) == 0
    qtbot.waitUntil(lambda: dates_off(hub, day) == [(day.isoformat(), "debt")], timeout=15000)
    assert slots_on(hub, day) == []

    with db.connect(region.dsn) as conn:  # set by mistake: the region takes both days back
        plans.remove_day_off(conn, "Debt adviser", day)
        plans.remove_day_off(conn, "Debt adviser", week_later)
    pull(hub)

    assert dates_off(hub, day) == [], "the region's day off is lifted at the centre"
    assert slots_on(hub, day), "the debt adviser's slots are offered again that day"
    assert dates_off(hub, week_later) == [(week_later.isoformat(), "debt")], "staff's own date off stays"
    hub_db = store.open_db(hub.db_path)
    try:
        status = hub_db.execute(
            "SELECT status FROM bookings WHERE code = ?", [booked.json()["code"]]
        ).fetchone()
        assert status == ("cancelled",), "a booking the day off cancelled stays cancelled"
        assert hub_db.execute("SELECT COUNT(*) FROM region_days_off").fetchone() == (0,)
    finally:
        hub_db.conn.close()


def test_a_date_off_taken_from_the_region_that_staff_lifted_is_set_again_while_the_region_keeps_it(
    region, make_hub, qtbot
):
    kokoomo = region.add_centre("Kokoomo", "Haapavesi")
    hub = make_hub()
    day = date.fromisoformat(
        httpx.get(f"{hub.url}/api/services/debt/slots", headers=hub.auth("kiosk")).json()["slots"][0][
            "start"
        ][:10]
    )
    with db.connect(region.dsn) as conn:
        plans.add_specialist(conn, "Debt adviser", "debt")
        plans.add_round(conn, "Debt adviser", "Kokoomo", day.isoweekday(), time(9), time(12))
        plans.add_day_off(conn, "Debt adviser", day, "", today=day)
    assert region.join(kokoomo, hub.db_path) == 0
    qtbot.waitUntil(lambda: dates_off(hub, day) == [(day.isoformat(), "debt")], timeout=15000)
    lifted = httpx.delete(f"{hub.url}/api/dates-off/{day}?service=debt", headers=hub.auth("staff"))
    assert lifted.status_code == 200, lifted.text
    pull(hub)
    assert dates_off(hub, day) == [(day.isoformat(), "debt")], "the region still has the day off"
