"""Outside opening hours: the kiosk says the centre is closed, when it opens, its hours, and still books."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from conftest import running_clock

SATURDAY = datetime(2026, 3, 7, 12, 0, tzinfo=ZoneInfo("Europe/Helsinki"))

OPENS = {
    "fi": "Olemme taas auki maanantaina kello 9.00.",
    "sv": "Vi öppnar igen på måndag klockan 9.00.",
    "en": "It opens again on Monday at 09:00.",
}


@pytest.fixture
def saturday_kiosk(make_kiosk, make_hub):
    server = make_hub(clock=running_clock(SATURDAY))
    kiosk = make_kiosk(server=server)
    kiosk.server = server
    return kiosk


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_on_a_saturday_a_visit_shows_closed_with_the_next_opening_and_the_hours(saturday_kiosk, lang):
    kiosk = saturday_kiosk
    kiosk.start(lang)
    kiosk.tap_answer("work")
    kiosk.tap_answer("under30")
    kiosk.tap_answer("job")
    kiosk.wait_screen("closed")
    screen = kiosk.window.closed
    assert (
        screen.title.text()
        == {
            "fi": "Olemme nyt kiinni.",
            "sv": "Vi har stängt nu.",
            "en": "The centre is closed now.",
        }[lang]
    )
    assert screen.opens.text() == OPENS[lang]
    rows = [
        (day.text(), span.text())
        for day, span in zip(screen.hour_labels[::2], screen.hour_labels[1::2], strict=True)
    ]
    first_last = {
        "fi": [("Maanantai", "9.00–15.00"), ("Perjantai", "9.00–14.00")],
        "sv": [("Måndag", "9.00–15.00"), ("Fredag", "9.00–14.00")],
        "en": [("Monday", "09:00–15:00"), ("Friday", "09:00–14:00")],
    }[lang]
    assert len(rows) == 5
    assert [rows[0], rows[-1]] == first_last
    assert screen.book.isVisible()


def test_the_welcome_screen_says_closed_and_when_it_opens(saturday_kiosk):
    note = saturday_kiosk.window.welcome.note
    assert note.isVisible()
    assert note.text() == "Nyt kiinni. " + OPENS["fi"]
    saturday_kiosk.tap(saturday_kiosk.window.welcome.languages.buttons["en"])
    assert note.text() == "Closed now. " + OPENS["en"]


def test_while_open_the_welcome_screen_has_no_closed_note(kiosk):
    assert not kiosk.window.welcome.note.isVisible()
    assert kiosk.window.welcome.note.text() == ""


def test_talk_to_someone_while_closed_says_closed_too(saturday_kiosk):
    kiosk = saturday_kiosk
    kiosk.start("en")
    kiosk.tap(kiosk.window.question.talk)
    kiosk.wait_screen("closed")
    kiosk.tap(kiosk.window.closed.restart)
    kiosk.wait_screen("welcome")


def test_while_closed_a_visitor_can_still_book_a_time(saturday_kiosk):
    kiosk = saturday_kiosk
    kiosk.start("en")
    kiosk.tap_answer("activity")
    kiosk.wait_screen("closed")
    kiosk.tap(kiosk.window.closed.book)
    kiosk.wait_screen("services")
    services = kiosk.window.services
    names = [button.words for button in services.buttons]
    assert "Careers advisor" in names and len(names) == 5
    kiosk.tap(services.buttons[names.index("Careers advisor")])
    kiosk.wait_screen("slots")
    slots = kiosk.window.slots
    # Careers: Thursdays 9-13; from Saturday 7 March the first is Thursday 12 March.
    assert slots.day_labels[0].text() == "Thursday 12 Mar"
    kiosk.tap(slots.back)
    kiosk.wait_screen("services")
    kiosk.tap(services.buttons[names.index("Careers advisor")])
    kiosk.wait_screen("slots")
    kiosk.tap(slots.time_buttons[0])
    kiosk.wait_screen("confirm")
    kiosk.tap(kiosk.window.confirm.book)
    kiosk.wait_screen("booking")
    assert kiosk.window.booking.when.text() == "Thursday 12 Mar at 09:00"
