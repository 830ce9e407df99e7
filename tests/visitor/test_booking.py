"""Booking a visiting worker's time at the kiosk, through the real widgets and a real hub (issue 5)."""

from __future__ import annotations

from datetime import datetime

import httpx
import icalendar
import pytest

from kiosk.core.booking_codes import group_code
from kiosk.core.clock import HELSINKI

NAMES = {
    "debt": {
        "fi": "Talous- ja velkaneuvoja",
        "sv": "Ekonomi- och skuldrådgivare",
        "en": "Financial and debt adviser",
    },
    "careers": {"fi": "Uraohjaaja", "sv": "Studie- och yrkesvägledare", "en": "Careers advisor"},
}
ROOM_7 = {"fi": "Huone 7", "sv": "Rum 7", "en": "Room 7"}


def hub_bookings(hub) -> list[dict]:
    """What staff see: GET /api/bookings over the next two weeks."""
    reply = httpx.get(
        f"{hub.url}/api/bookings",
        params={"from": "2026-03-03", "to": "2026-03-16"},
        headers={"Authorization": f"Bearer {hub.tokens['staff']}"},
    )
    assert reply.status_code == 200, reply.text
    return reply.json()["bookings"]


def to_debt_times(kiosk, lang: str) -> None:
    kiosk.start(lang)
    kiosk.tap_answer("money")
    kiosk.tap_answer("debt")
    kiosk.wait_screen("slots")


def book_first_time(kiosk) -> str:
    """Tap the first time offered and confirm it; the slot's start as the hub sent it."""
    first = kiosk.window.slots.time_buttons[0]
    start = first.start
    kiosk.tap(first)
    kiosk.wait_screen("confirm")
    kiosk.tap(kiosk.window.confirm.book)
    return start


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_visitor_books_a_time_and_gets_a_code_the_hub_holds(kiosk, hub, qtbot, lang):
    slips = []
    kiosk.flow.slipReady.connect(slips.append)
    to_debt_times(kiosk, lang)
    slots = kiosk.window.slots
    assert slots.name.text() == NAMES["debt"][lang]
    # The hub's clock is Tuesday 3 March 10:00+: today's times come first, under today's heading.
    heading = {"fi": "Tiistai 3.3.", "sv": "Tisdag 3.3.", "en": "Tuesday 3 Mar"}[lang]
    assert slots.day_labels[0].text() == heading
    assert slots.time_buttons[0].words == {"fi": "10.30", "sv": "10.30", "en": "10:30"}[lang]

    start = book_first_time(kiosk)
    confirm = kiosk.window.confirm
    assert confirm.day.text() == heading
    kiosk.wait_screen("booking")

    [booking] = hub_bookings(hub)
    assert booking["service"] == "debt"
    assert booking["lang"] == lang
    assert booking["status"] == "booked"
    assert datetime.fromisoformat(booking["start"]) == datetime.fromisoformat(start)
    screen = kiosk.window.booking
    assert screen.code.text() == group_code(booking["code"])
    assert screen.room.text() == ROOM_7[lang]
    assert screen.when.text().startswith(heading)
    # The printer's plain data: the code, no name for a discreet service, the QR's own text.
    [slip] = slips
    assert slip["kind"] == "booking"
    assert slip["code"] == booking["code"]
    assert slip["service"] == ""
    assert slip["room"] == ROOM_7[lang]
    assert slip["start"] == booking["start"]
    assert slip["qr"] == screen.qr.text


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_qr_code_is_a_calendar_event_at_the_booked_local_time(kiosk, hub, lang):
    kiosk.start(lang)
    kiosk.tap_answer("study")
    kiosk.tap_answer("over30")
    kiosk.wait_screen("slots")
    book_first_time(kiosk)
    kiosk.wait_screen("booking")
    [booking] = hub_bookings(hub)

    calendar = icalendar.Calendar.from_ical(kiosk.window.booking.qr.text)
    [event] = calendar.walk("VEVENT")
    start = event.decoded("DTSTART").astimezone(HELSINKI)
    # Careers: Thursdays 9-13; the first free time after Tuesday 10:00 is Thursday 5 March at 9.00.
    assert (start.date().isoformat(), start.hour, start.minute) == ("2026-03-05", 9, 0)
    assert start == datetime.fromisoformat(booking["start"])
    assert str(event["SUMMARY"]) == NAMES["careers"][lang]
    assert {"fi": "Huone 8", "sv": "Rum 8", "en": "Room 8"}[lang] in str(event["LOCATION"])
    assert group_code(booking["code"]) in str(event["DESCRIPTION"])


def test_two_kiosks_racing_for_one_time_one_books_the_other_chooses_again(make_kiosk, hub, qtbot):
    first, second = make_kiosk(), make_kiosk()
    for kiosk in (first, second):
        to_debt_times(kiosk, "en")
        kiosk.tap(kiosk.window.slots.time_buttons[0])
        kiosk.wait_screen("confirm")
    wanted = first.flow.chosen["start"]
    assert second.flow.chosen["start"] == wanted
    # Both tap "Book this time" before either hears back.
    first.tap(first.window.confirm.book)
    second.tap(second.window.confirm.book)

    def settled() -> None:
        assert {first.flow.screen, second.flow.screen} == {"booking", "slots"}

    qtbot.waitUntil(settled, timeout=10_000)
    loser = second if second.flow.screen == "slots" else first
    screen = loser.window.slots
    assert screen.notice.isVisible()
    assert screen.notice.text() == "Somebody just took that time. Please choose another."
    assert wanted not in [button.start for button in screen.time_buttons], "the times are fresh"
    [booking] = hub_bookings(hub)
    assert datetime.fromisoformat(booking["start"]) == datetime.fromisoformat(wanted)


def test_later_times_page_on_and_earlier_times_come_back(kiosk):
    to_debt_times(kiosk, "en")
    screen = kiosk.window.slots
    first_page = [button.start for button in screen.time_buttons]
    assert 6 <= len(first_page) <= 8
    assert not screen.earlier.isVisible()
    kiosk.tap(screen.later)
    kiosk.qtbot.waitUntil(lambda: screen.earlier.isVisible())
    second_page = [button.start for button in screen.time_buttons]
    assert second_page and min(second_page) > max(first_page)
    kiosk.tap(screen.earlier)
    kiosk.qtbot.waitUntil(lambda: [b.start for b in screen.time_buttons] == first_page)


def test_choose_another_time_goes_back_and_books_nothing(kiosk, hub):
    to_debt_times(kiosk, "fi")
    kiosk.tap(kiosk.window.slots.time_buttons[2])
    kiosk.wait_screen("confirm")
    kiosk.tap(kiosk.window.confirm.other)
    kiosk.wait_screen("slots")
    assert hub_bookings(hub) == []


def test_a_discreet_service_is_never_said_aloud_while_booking(kiosk):
    to_debt_times(kiosk, "en")
    name = NAMES["debt"]["en"]
    assert not any(name in item for item in kiosk.window.spoken_items())
    book_first_time(kiosk)
    kiosk.wait_screen("booking")
    said = kiosk.window.spoken_items()
    assert not any(name in item for item in said)
    code = kiosk.window.booking.code.text().replace(" ", "")
    # The code is said sign by sign, in its two groups.
    assert ", ".join(" ".join(group) for group in (code[:3], code[3:])) in said


def test_a_named_service_is_said_on_the_confirmation(kiosk):
    kiosk.start("en")
    kiosk.tap_answer("study")
    kiosk.tap_answer("over30")
    kiosk.wait_screen("slots")
    kiosk.tap(kiosk.window.slots.time_buttons[0])
    kiosk.wait_screen("confirm")
    said = kiosk.window.spoken_items()
    assert said[:3] == ["Do you want to book this time?", "Careers advisor", "Thursday 5 Mar"]


def test_a_kiosk_that_booked_a_service_often_lately_sends_the_next_visitor_to_the_desk(make_kiosk, hub):
    """The hub lets a kiosk book one service 3 times in 30 min (the desk books more): the fourth
    visitor is asked to see the staff, and the kiosk is ready for the next person by itself."""
    kiosk = make_kiosk(retry_routing_ms=200)
    for _ in range(3):
        to_debt_times(kiosk, "fi")
        book_first_time(kiosk)
        kiosk.wait_screen("booking")
        kiosk.flow.reset()  # as the booking screen's own timer does for the next visitor
    to_debt_times(kiosk, "fi")
    book_first_time(kiosk)
    kiosk.wait_screen("offline")
    assert kiosk.window.offline.title.text() == "Kysy apua infopisteestä."
    assert kiosk.window.offline.staff_note.isHidden()  # the kiosk is paired: nothing for staff to mend
    kiosk.wait_screen("welcome")
    assert len(hub_bookings(hub)) == 3
