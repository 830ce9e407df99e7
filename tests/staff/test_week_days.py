"""A visiting specialist's week in the Appointments tab names today and tomorrow from its first render,
even when the week comes before the console's own bookings (read apart, so a slow region never holds
them back). A real hub, joined to a region that a loopback HTTP server stands in for; the console's
bookings answer is held back until the week is shown."""

from __future__ import annotations

import re

import pytest
from stand_in import StandIn

from kiosk.server import store

pytestmark = pytest.mark.hub

WEEK = [  # as the region answers: in UTC (Helsinki is UTC+2 in March)
    {"centre": "Kokoomo", "start": "2026-03-03T10:00:00+00:00", "state": "booked"},
    {"centre": "Ohjaamo", "start": "2026-03-04T06:00:00+00:00", "state": "booked"},
    {"centre": "Kokoomo", "start": "2026-03-05T06:00:00+00:00", "state": "checked_in"},
]
LINES = [  # the test hub's today is Tuesday 3.3.2026
    "Today · Tue 3 Mar: 12:00 Kokoomo",
    "Tomorrow · Wed 4 Mar: 08:00 Ohjaamo",
    "Thu 5 Mar: 08:00 Kokoomo (came)",
]


def region_answer(path: str) -> tuple[int, dict]:
    """The region standing in: a specialist's week (`WEEK`) and nothing else (404)."""
    if re.fullmatch(r"/api/centre/specialists/[^/]+/week\?.*", path):
        return 200, {"times": WEEK}
    return 404, {"error": "not_found"}


@pytest.fixture
def hub(make_hub, tmp_path):
    """A hub that joined the region standing in: the debt adviser's round brings `debt` here."""
    region = StandIn(region_answer)
    path = tmp_path / "joined.db"
    db = store.open_db(path)
    try:
        with store.transaction(db):
            # As `kiosk region join` leaves it, and the rounds as the hub last pulled them.
            link = [region.url, "centre-token", "hub-id", "Kokoomo", "2026-03-01T10:00:00.000+02:00"]
            db.execute(
                "INSERT INTO region_link (url, token, hub_id, centre, joined_at) VALUES (?, ?, ?, ?, ?)", link
            )
            db.execute("INSERT INTO region_rounds VALUES ('Debt adviser', 'debt', 3, '08:00', '10:00', 30)")
    finally:
        db.conn.close()
    yield make_hub(db_path=path)
    region.stop()


class HeldBookings:
    """The console's reads of its own bookings go to the hub; their answers wait for `release()`."""

    def __init__(self, client):
        self.holding = True
        self.held: list = []
        send = client.bookings

        def bookings(services, done, first=None, last=None):
            def answered(status, data, message):
                if self.holding:
                    self.held.append(lambda: done(status, data, message))
                else:
                    done(status, data, message)

            send(services, answered, first, last)

        client.bookings = bookings

    def release(self) -> None:
        self.holding = False
        for answer in self.held:
            answer()


def week_lines(panel) -> list[str]:
    """The shown lines of the week (a refresh hides the last ones), without the isolates around each
    time and centre."""
    labels = panel.findChildren(type(panel.intro), "RegionWeekDay")
    return [re.sub("[\u2066-\u2069]", "", label.text()) for label in labels if not label.isHidden()]


def headings(panel) -> list[str]:
    labels = panel.findChildren(type(panel.intro))
    return [label.text() for label in labels if label.property("role") == "heading" and not label.isHidden()]


def test_the_week_names_today_and_tomorrow_before_the_consoles_own_days_come(make_console, qtbot):
    console = make_console(["coordinator", "debt"], wait_online=False)
    window = console.window
    appointments, panel = window.appointments, window.appointments_panel
    held = HeldBookings(appointments.client)
    window.tabs.setCurrentIndex(1)

    # The week comes first: the console has not had its own days from the hub yet.
    qtbot.waitUntil(lambda: len(week_lines(panel)) == len(LINES), timeout=10_000)
    assert not appointments.days and not appointments.loaded
    assert week_lines(panel) == LINES

    # Then its bookings: the days and the week agree on which is today.
    held.release()
    qtbot.waitUntil(lambda: appointments.loaded, timeout=5000)
    qtbot.waitUntil(lambda: "Today · Tue 3 Mar" in headings(panel), timeout=5000)
    assert "Tomorrow · Wed 4 Mar" in headings(panel)
    assert week_lines(panel) == LINES
