"""A kiosk whose token the hub is slowing down (too many unknown codes in a minute) says so calmly, on
screen and aloud, keeps the code typed, and a right code still checks in; on a real hub."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from conftest import running_clock
from PySide6.QtCore import Qt

from screens.visitor.booking import spell

from .test_access import press
from .test_checkin import BOOKED, book, open_keypad, type_code

WAIT = {
    "fi": "Odota hetki ja yritä sitten uudelleen.",
    "sv": "Vänta en stund och försök sedan igen.",
    "en": "Wait a moment, then try again.",
}
STEP = {
    "fi": "Tarkista koodi tai kysy infopisteestä.",
    "sv": "Kontrollera koden eller fråga vid infodisken.",
    "en": "Check the code, or ask at the desk.",
}


@pytest.fixture
def day_hub(make_hub):
    """A hub on the booked day, 25 minutes before the booked time: inside the check-in window."""
    return make_hub(clock=running_clock(BOOKED - timedelta(minutes=25)))


SPOKEN = ("fi", "en")
"""Qt's silent test engine has voices for these; in Swedish it says nothing (and records nothing)."""


def use_up_the_guesses(server) -> None:
    """Ten unknown codes with the kiosk's own token, as a script (or a busy keypad) would send them."""
    for sign in "23456789AC":
        reply = httpx.post(
            f"{server.url}/api/bookings/22222{sign}/check-in",
            headers={"Authorization": f"Bearer {server.token}"},
            timeout=10,
        )
        assert reply.status_code == 404, reply.text


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_too_many_unknown_codes_say_wait_a_moment_and_a_right_code_still_checks_in(make_kiosk, day_hub, lang):
    booking = book(day_hub)
    use_up_the_guesses(day_hub)
    kiosk = make_kiosk(server=day_hub)
    open_keypad(kiosk, lang)
    press(kiosk, Qt.Key.Key_2)  # the first key switches speech mode on
    assert kiosk.flow.speech_mode
    speaker = kiosk.window.access.speaker
    screen = kiosk.window.checkin
    type_code(kiosk, "DEF234")
    kiosk.tap(screen.check_in)
    kiosk.qtbot.waitUntil(lambda: kiosk.flow.check_in_error is not None, timeout=10_000)
    assert kiosk.flow.check_in_error[0] == "too_many_tries"
    assert (screen.title.text(), screen.detail.text(), screen.next_step.text()) == (
        WAIT[lang],
        "DEF 234",
        STEP[lang],
    )
    assert screen.again.isVisible() and screen.desk.isVisible() and screen.back.isVisible()
    if lang in SPOKEN:
        # Speech mode says the new screen at once: the words, the code sign by sign, what to do.
        said = [text for text, said_lang in speaker.said if said_lang == lang]
        assert WAIT[lang] in said and spell("DEF234") in said and STEP[lang] in said
        before = len(speaker.said)
        kiosk.tap(kiosk.window.topbar.read_aloud)
        assert WAIT[lang] in [text for text, _ in speaker.said[before:]]
    # The code stays typed, to be checked; a right code checks in even now.
    kiosk.tap(screen.again)
    kiosk.qtbot.waitUntil(lambda: screen.keys[0].isVisible())
    assert kiosk.flow.code == "DEF234"
    kiosk.tap(screen.clear)
    type_code(kiosk, booking["code"])
    kiosk.tap(screen.check_in)
    kiosk.wait_screen("ticket")
    assert kiosk.window.ticket.number.text() == "N001"
