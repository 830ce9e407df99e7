"""A visiting specialist's week at every centre of their round, in the staff console's Appointments tab:
booked at two centres (two hubs), pushed to a real region as time and state only, relayed by the
console's own hub. The console talks only to its hub; a region that does not answer is said quietly."""

from __future__ import annotations

import re
from datetime import datetime

import httpx
import pytest

pytestmark = pytest.mark.hub


def first_slot(hub, weekday: int, hour: int) -> str:
    for slot in httpx.get(f"{hub.url}/api/services/debt/slots", headers=hub.auth("kiosk")).json()["slots"]:
        start = datetime.fromisoformat(slot["start"])
        if start.isoweekday() == weekday and start.hour == hour:
            return slot["start"]
    return ""


def book(hub, start: str, key: str) -> dict:
    body = {"service": "debt", "start": start, "lang": "fi", "key": key}
    made = httpx.post(f"{hub.url}/api/bookings", json=body, headers=hub.auth("kiosk"))
    assert made.status_code == 201, made.text
    return made.json()


def test_the_console_shows_the_specialists_week_at_every_centre_of_their_round(
    region,
    hub,
    make_hub,
    make_console,
    qtbot,
):
    tokens = {"Kokoomo": region.add_centre("Kokoomo", "Haapavesi")}
    tokens["Ohjaamo"] = region.add_centre("Ohjaamo", "Oulainen")
    assert region.cli("specialist", "add", "Debt adviser", "--service", "debt") == 0
    for centre, weekday in (("Kokoomo", 3), ("Ohjaamo", 4)):
        assert region.add_round("Debt adviser", centre, weekday, "08:00", "10:00") == 0
    hubs = {"Kokoomo": hub, "Ohjaamo": make_hub()}  # both on the test hubs' Tuesday 3.3.2026
    for centre, each in hubs.items():
        assert region.join(tokens[centre], each.db_path) == 0
    qtbot.waitUntil(lambda: bool(first_slot(hub, 3, 8) and first_slot(hubs["Ohjaamo"], 4, 8)), timeout=15_000)
    here = book(hub, first_slot(hub, 3, 8), "week-kokoomo")
    there = book(hubs["Ohjaamo"], first_slot(hubs["Ohjaamo"], 4, 8), "week-ohjaamo")

    # The console's hub relays the week (staff only); a service no round brings is not the region's.
    relayed = lambda: httpx.get(  # noqa: E731
        f"{hub.url}/api/region/week", params={"service": "debt"}, headers=hub.auth("staff")
    ).json()
    qtbot.waitUntil(lambda: len(relayed().get("times", [])) == 2, timeout=20_000)
    week = relayed()
    assert week["specialist"] == "Debt adviser" and (week["from"], week["to"]) == ("2026-03-03", "2026-03-09")
    assert [(t["centre"], t["start"], t["state"]) for t in week["times"]] == [
        ("Kokoomo", here["start"], "booked"),
        ("Ohjaamo", there["start"], "booked"),
    ]
    other = httpx.get(f"{hub.url}/api/region/week", params={"service": "job"}, headers=hub.auth("staff"))
    assert (other.status_code, other.json()["error"]) == (404, "no_round")
    kiosk = httpx.get(f"{hub.url}/api/region/week", params={"service": "debt"}, headers=hub.auth("kiosk"))
    assert kiosk.status_code == 403

    console = make_console(["coordinator", "debt"])
    window = console.window
    window.tabs.setCurrentIndex(1)
    panel = window.appointments_panel

    def week_lines() -> list[str]:
        # Shown ones: a refresh hides the last rows (deleted with the next turn of the event loop) and
        # shows the new ones with that turn.
        # Read as shown: without the isolates that keep each time and centre whole in an Arabic line.
        labels = panel.findChildren(type(panel.intro), "RegionWeekDay")
        return [re.sub("[\u2066-\u2069]", "", label.text()) for label in labels if not label.isHidden()]

    qtbot.waitUntil(lambda: len(week_lines()) == 2, timeout=10_000)
    wednesday, thursday = week_lines()
    # Tomorrow named as such whether the week or the console's own days came first (the hub's Tuesday).
    assert (wednesday, thursday) == ("Tomorrow · Wed 4 Mar: 08:00 Kokoomo", "Thu 5 Mar: 08:00 Ohjaamo")
    words = " ".join(label.text() for label in panel.findChildren(type(panel.intro)))
    assert "Debt adviser at every centre this week" in words
    assert there["code"] not in words  # the other centre's booking is a time and a state, never a code

    # The region goes down: the console says so quietly and keeps the week it last had.
    region.stop()

    # The hub gives its last answer again for a moment (kiosk/server/region_weeks.py), then says the
    # region does not answer, and keeps saying so for a while without asking it each time.
    def relayed_status() -> int:
        answer = httpx.get(
            f"{hub.url}/api/region/week", params={"service": "debt"}, headers=hub.auth("staff")
        )
        return answer.status_code

    qtbot.waitUntil(lambda: relayed_status() == 503, timeout=10_000)
    window.appointments.reload()
    qtbot.waitUntil(lambda: "debt" in window.appointments.weeks_unreached, timeout=10_000)
    qtbot.waitUntil(
        lambda: any(
            "The region does not answer" in label.text() for label in panel.findChildren(type(panel.intro))
        ),
        timeout=5_000,
    )
    # The last week kept, as it was shown.
    qtbot.waitUntil(lambda: week_lines() == [wednesday, thursday], timeout=5_000)
