"""Checking in with a booked code at the kiosk's keypad, on a real hub whose clock is at the booked time."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
from PySide6.QtCore import Qt

from kiosk.core.booking_codes import CODE_ALPHABET
from screens.visitor.booking import spell

from .conftest import activate
from .test_access import focused, press

BOOKED = datetime(2026, 3, 10, 10, 30, tzinfo=ZoneInfo("Europe/Helsinki"))
"""A Tuesday 10:30 slot of the debt adviser (Tuesdays 10-14, 30 min)."""


class Clock:
    """A hub clock that runs on with real time from `start` and can be moved on by a test."""

    def __init__(self, start: datetime):
        self.start = start
        self.shift = timedelta()
        self.origin = datetime.now(start.tzinfo)

    def __call__(self) -> datetime:
        return self.start + self.shift + (datetime.now(self.start.tzinfo) - self.origin)

    def move(self, by: timedelta) -> None:
        self.shift += by


@pytest.fixture
def day_hub(make_hub):
    """A hub on the booked day, 25 minutes before the booked time: inside the check-in window."""
    clock = Clock(BOOKED - timedelta(minutes=25))
    server = make_hub(clock=clock)
    server.moved = clock.move
    return server


def api(server, method: str, path: str, role: str = "kiosk", **body) -> httpx.Response:
    return httpx.request(
        method,
        server.url + path,
        json=body or None,
        headers={"Authorization": f"Bearer {server.tokens[role]}"},
    )


def book(server, start: datetime = BOOKED, service: str = "debt") -> dict:
    reply = api(
        server, "POST", "/api/bookings", service=service, start=start.isoformat(), lang="fi", key=str(start)
    )
    assert reply.status_code == 201, reply.text
    return reply.json()


def type_code(kiosk, code: str) -> None:
    keys = {key.sign: key for key in kiosk.window.checkin.keys}
    for sign in code:
        kiosk.tap(keys[sign])


def open_keypad(kiosk, lang: str = "en") -> None:
    kiosk.tap(kiosk.window.welcome.languages.buttons[lang])
    kiosk.tap(kiosk.window.welcome.booked)
    kiosk.wait_screen("checkin")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_checking_in_on_the_day_gives_the_ticket(make_kiosk, day_hub, lang):
    booking = book(day_hub)
    kiosk = make_kiosk(server=day_hub)
    slips = []
    kiosk.flow.slipReady.connect(slips.append)
    open_keypad(kiosk, lang)
    screen = kiosk.window.checkin
    assert not screen.check_in.isEnabled(), "not before the whole code is typed"
    type_code(kiosk, booking["code"][:-1])
    assert not screen.check_in.isEnabled()
    type_code(kiosk, booking["code"][-1])
    assert screen.check_in.isEnabled()
    assert screen.shown.text() == f"{booking['code'][:3]} {booking['code'][3:]}"
    kiosk.tap(screen.check_in)
    kiosk.wait_screen("ticket")
    ticket = kiosk.window.ticket
    assert ticket.number.text() == "N001"
    assert ticket.room.text() == {"fi": "Huone 7", "sv": "Rum 7", "en": "Room 7"}[lang]
    [held] = api(day_hub, "GET", "/api/bookings", role="staff").json()["bookings"]
    assert held["status"] == "checked_in"
    assert held["ticket"]["number"] == "N001"
    assert slips[-1]["kind"] == "ticket" and slips[-1]["number"] == "N001" and slips[-1]["service"] == ""


def test_delete_and_clear_change_the_code_and_nothing_past_its_length(make_kiosk, day_hub):
    kiosk = make_kiosk(server=day_hub)
    open_keypad(kiosk)
    screen = kiosk.window.checkin
    type_code(kiosk, "K7M4PXAA")
    assert kiosk.flow.code == "K7M4PX", "a code has six signs; more taps change nothing"
    kiosk.tap(screen.delete)
    assert kiosk.flow.code == "K7M4P"
    assert not screen.check_in.isEnabled()
    kiosk.tap(screen.clear)
    assert kiosk.flow.code == ""
    assert screen.code_spoken() == "No signs typed yet."
    assert sorted(key.sign for key in screen.keys) == sorted(CODE_ALPHABET), "only the code's own signs"


def refused(kiosk, code: str) -> tuple[str, str, str]:
    type_code(kiosk, code)
    kiosk.tap(kiosk.window.checkin.check_in)
    kiosk.qtbot.waitUntil(lambda: kiosk.flow.check_in_error is not None, timeout=10_000)
    screen = kiosk.window.checkin
    return screen.title.text(), screen.detail.text(), screen.next_step.text()


def test_an_unknown_code_says_so_and_the_code_can_be_typed_again(make_kiosk, day_hub):
    kiosk = make_kiosk(server=day_hub)
    open_keypad(kiosk)
    assert refused(kiosk, "222222") == (
        "We did not find this code.",
        "222 222",
        "Check it, or ask at the desk.",
    )
    screen = kiosk.window.checkin
    assert screen.again.isVisible() and screen.desk.isVisible()
    kiosk.tap(screen.again)
    kiosk.qtbot.waitUntil(lambda: screen.keys[0].isVisible())
    assert kiosk.flow.code == "222222", "the code stays, to be corrected"


def test_too_early_says_from_what_time(make_kiosk, day_hub):
    later = book(day_hub, BOOKED + timedelta(hours=2))
    kiosk = make_kiosk(server=day_hub)
    open_keypad(kiosk)
    assert refused(kiosk, later["code"]) == (
        "It is too early to check in.",
        "Your booked time: Tuesday 10 Mar at 12:30.",
        "You can check in from 12:00. Please come back then.",
    )


def test_too_late_sends_to_the_desk_with_a_ticket_button(make_kiosk, day_hub, hub_tickets):
    booking = book(day_hub)
    day_hub.moved(timedelta(minutes=45))
    kiosk = make_kiosk(server=day_hub)
    open_keypad(kiosk)
    assert refused(kiosk, booking["code"]) == ("Your time has passed.", "", "Please ask at the desk.")
    screen = kiosk.window.checkin
    assert not screen.again.isVisible()
    kiosk.tap(screen.desk)
    kiosk.wait_screen("ticket")
    assert kiosk.window.ticket.number.text().startswith("N")


def test_a_used_code_shows_the_ticket_it_already_became(make_kiosk, day_hub):
    booking = book(day_hub)
    assert api(day_hub, "POST", f"/api/bookings/{booking['code']}/check-in").status_code == 201
    kiosk = make_kiosk(server=day_hub)
    open_keypad(kiosk)
    assert refused(kiosk, booking["code"]) == (
        "You have already checked in.",
        "Your number is N001.",
        "Please wait here. We will call your number.",
    )


def test_a_cancelled_booking_says_so(make_kiosk, day_hub):
    booking = book(day_hub)
    assert api(day_hub, "POST", f"/api/bookings/{booking['code']}/cancel", role="staff").status_code == 200
    kiosk = make_kiosk(server=day_hub)
    open_keypad(kiosk)
    assert refused(kiosk, booking["code"]) == ("This booking was cancelled.", "", "Please ask at the desk.")


def test_a_booking_marked_no_show_says_it_is_no_longer_valid(make_kiosk, day_hub):
    booking = book(day_hub)
    day_hub.moved(timedelta(minutes=30))
    assert api(day_hub, "POST", f"/api/bookings/{booking['code']}/no-show", role="staff").status_code == 200
    kiosk = make_kiosk(server=day_hub)
    open_keypad(kiosk)
    title, _, step = refused(kiosk, booking["code"])
    assert (title, step) == ("This booking is no longer valid.", "Please ask at the desk.")


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_keypad_by_keys_reaches_and_says_each_key_and_checks_in(make_kiosk, day_hub, qtbot, lang):
    booking = book(day_hub)
    kiosk = make_kiosk(server=day_hub)
    kiosk.tap(kiosk.window.welcome.languages.buttons[lang])
    activate(qtbot, kiosk.window)
    speaker = kiosk.window.access.speaker
    press(kiosk, Qt.Key.Key_2)  # speech mode on
    welcome = kiosk.window.welcome
    for _ in range(20):
        if focused() is welcome.booked:
            break
        press(kiosk, Qt.Key.Key_2)
    assert focused() is welcome.booked
    press(kiosk, Qt.Key.Key_5)
    kiosk.wait_screen("checkin")
    screen = kiosk.window.checkin
    # Walk the whole keypad: every key is reached, and what is said is the key's sign.
    # The new screen is read with its first control, the first key; each move says the key reached.
    reached = {focused().sign: speaker.said[-1][0]}
    for _ in range(len(screen.keys) + 12):
        press(kiosk, Qt.Key.Key_6)
        if getattr(focused(), "sign", None):
            reached[focused().sign] = speaker.said[-1][0]
    assert set(reached) == set(CODE_ALPHABET)
    assert all(said == sign for sign, said in reached.items())
    # Type the code by moving to each sign and pressing Enter; each sign typed says the code so far.
    for count, sign in enumerate(booking["code"], start=1):
        target = next(key for key in screen.keys if key.sign == sign)
        for _ in range(60):
            if focused() is target:
                break
            press(kiosk, Qt.Key.Key_6)
        press(kiosk, Qt.Key.Key_Enter)
        assert speaker.said[-1][0] == spell(booking["code"][:count])
    for _ in range(60):
        if focused() is screen.check_in:
            break
        press(kiosk, Qt.Key.Key_6)
    press(kiosk, Qt.Key.Key_Enter)
    kiosk.wait_screen("ticket")
    assert kiosk.window.ticket.number.text() == "N001"


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_in_arabic_the_keypad_runs_left_to_right_like_the_code(sample_window, size):
    """The screen is mirrored, the keys are not: the code is typed and printed left to right, so 2
    comes before 3, A before C, and Delete points left, back at the last sign typed."""
    flow, window = sample_window(size, "ar")
    flow.open_check_in()
    screen = window.checkin
    assert screen.title.layoutDirection() == Qt.LayoutDirection.RightToLeft
    keys = {key.sign: key for key in screen.keys}

    def x(widget):
        return widget.mapTo(window, widget.rect().topLeft()).x()

    assert x(keys["2"]) < x(keys["3"]) < x(keys["4"])
    assert x(keys["A"]) < x(keys["C"])
    assert not screen.delete.icon_view.mirrored
    assert window.question.back.icon_view.mirrored  # a Back elsewhere still points right
