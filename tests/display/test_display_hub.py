"""The display against a real hub: calls shown, chimed and said; discreet; offline; closed; replay."""

from __future__ import annotations

from datetime import datetime, timedelta

import httpx
import pytest

from display.conftest import JOB, TALK, Clock, staff, visit
from kiosk.core.clock import HELSINKI
from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.server import store

pytestmark = pytest.mark.hub


def test_a_call_shows_number_and_room_chimes_and_is_said_in_finnish_then_english(
    qtbot, clocked_hub, hub_clock, open_display
):
    screen = open_display(clocked_hub, hub_clock)
    assert screen.window.centre.text() == "Kokoomo"
    ticket = visit(clocked_hub, TALK)
    staff(clocked_hub, "/api/services/greeter/call-next")
    qtbot.waitUntil(lambda: screen.window.number.text() == ticket["number"], timeout=5000)
    assert screen.window.number.isVisible()
    assert (screen.window.room.first.text(), screen.window.room.second.text()) == ("Infopiste", "Info desk")
    assert screen.chimes == 1
    assert screen.window.flashing
    spoken = ticket["number"][0] + ticket["number"].lstrip("N0")  # "N001" -> "N1"
    qtbot.waitUntil(lambda: len(screen.said) == 2, timeout=5000)
    assert screen.said == [(f"{spoken}, Infopiste", "fi"), (f"{spoken}, Info desk", "en")]


def test_a_display_in_russian_says_the_numbers_letter_by_its_russian_name(
    qtbot, clocked_hub, hub_clock, open_display
):
    # espeak-ng's Russian voice hands a Latin "N" to an English voice: the translations name it.
    # (Qt's mock engine has no Russian voice: what the announcer was given is what a real one says.)
    screen = open_display(clocked_hub, hub_clock, langs=("ru", "fi"))
    visit(clocked_hub, TALK)
    with qtbot.waitSignal(screen.display.announcer.started, timeout=5000) as started:
        staff(clocked_hub, "/api/services/greeter/call-next")
    (russian, ru), (finnish, fi) = started.args[0]
    assert (ru, fi) == ("ru", "fi")
    assert russian.startswith("эн 1, "), russian
    assert finnish == "N1, Infopiste"


def test_two_calls_together_are_each_said_in_turn(qtbot, clocked_hub, hub_clock, open_display):
    screen = open_display(clocked_hub, hub_clock)
    first, second = visit(clocked_hub, TALK), visit(clocked_hub, JOB)
    staff(clocked_hub, "/api/services/greeter/call-next")
    staff(clocked_hub, "/api/services/coordinator/call-next")
    qtbot.waitUntil(lambda: len(screen.said) == 4, timeout=10000)
    assert [lang for _text, lang in screen.said] == ["fi", "en", "fi", "en"]
    assert screen.said[2:] == [("A1, Huone 2", "fi"), ("A1, Room 2", "en")]
    assert screen.chimes == 2
    # The newest call is the big one; the one before it is in the list.
    assert screen.window.number.text() == second["number"]
    assert screen.window.previous_cells[0][0].text() == first["number"]


def test_a_recall_is_called_out_again(qtbot, clocked_hub, hub_clock, open_display):
    screen = open_display(clocked_hub, hub_clock)
    visit(clocked_hub, TALK)
    ticket = staff(clocked_hub, "/api/services/greeter/call-next")
    qtbot.waitUntil(lambda: len(screen.said) == 2, timeout=5000)
    staff(clocked_hub, f"/api/tickets/{ticket['code']}/recall")
    qtbot.waitUntil(lambda: len(screen.said) == 4, timeout=5000)
    assert screen.chimes == 2 and screen.said[2:] == screen.said[:2]


@pytest.fixture
def discreet_hub(make_hub, hub_clock, tmp_path):
    """The Kokoomo routing with the (on-site) employment coordinator marked discreet."""
    text = DEFAULT_ROUTING.read_text(encoding="utf-8")
    marked = text.replace("    prefix: A\n", "    prefix: A\n    discreet: true\n", 1)
    assert marked != text
    db_path = tmp_path / "discreet.db"
    db = store.open_db(db_path)
    store.publish_routing(db, marked, note="coordinator discreet", now=hub_clock())
    db.conn.close()
    return make_hub(clock=hub_clock, db_path=db_path)


def test_a_discreet_service_is_never_named_on_screen_or_aloud(qtbot, discreet_hub, hub_clock, open_display):
    names = ("Työllisyyskoordinaattori", "Sysselsättningskoordinator", "Employment coordinator")
    screen = open_display(discreet_hub, hub_clock)
    visit(discreet_hub, JOB)
    visit(discreet_hub, JOB)
    ticket = staff(discreet_hub, "/api/services/coordinator/call-next")
    qtbot.waitUntil(lambda: len(screen.said) == 2, timeout=5000)
    texts = screen.texts()
    assert ticket["number"] in texts and "Huone 2" in texts  # number and room: yes
    assert "Neuvonta" in texts  # other services are named
    for name in names:
        assert not any(name.lower() in text.lower() for text in texts), name
        assert not any(name.lower() in said.lower() for said, _lang in screen.said), name
    # Its number is in the front desk's series (N), not a letter of its own that the room could learn.
    assert ticket["number"] == "N001"
    assert screen.said == [("N1, Huone 2", "fi"), ("N1, Room 2", "en")]
    # What the display holds of it is what it shows: no service, journey or language, no real code.
    held = [t for t in screen.display.live.tickets() if t["number"] == "N001"]
    assert held == [
        {
            **held[0],
            "service": None,
            "location": {
                "fi": "Huone 2",
                "sv": "Rum 2",
                "en": "Room 2",
                "uk": "Кімната 2",
                "ar": "غرفة 2",
                "so": "Qolka 2",
                "ru": "Кабинет 2",
                "et": "Ruum 2",
            },
        }
    ]
    assert not {"journey", "lang", "priority", "called_by"} & set(held[0])
    assert held[0]["code"] != ticket["code"]
    # Its queue row is left out altogether: the other waiting visitor is not counted anywhere.
    assert len(screen.window.board.services) == 6


def shown_counts(screen) -> dict[str, tuple[int, int]]:
    return {row.name["fi"]: (row.waiting, row.wait_minutes) for row in screen.window.board.services}


def hub_counts(hub) -> dict[str, tuple[int, int]]:
    queue = httpx.get(f"{hub.url}/api/queue", headers=hub.auth("display"), timeout=5).json()
    return {
        s["name"]["fi"]: (s["waiting"], s["estimated_wait_minutes"])
        for s in queue["services"]
        if s["kind"] == "onsite" and not s["discreet"]
    }


def test_offline_banner_keeps_the_last_state_and_goes_when_the_hub_is_back(
    qtbot, clocked_hub, hub_clock, open_display
):
    screen = open_display(clocked_hub, hub_clock)
    called = visit(clocked_hub, TALK)
    visit(clocked_hub, TALK)
    staff(clocked_hub, "/api/services/greeter/call-next")
    qtbot.waitUntil(lambda: screen.window.number.text() == called["number"], timeout=5000)
    assert not screen.window.banner.isVisible()

    clocked_hub.stop()
    qtbot.waitUntil(lambda: screen.window.banner.isVisible(), timeout=5000)
    assert screen.window.banner_text.first.text() == "Yhteys katkennut – näyttö päivittyy, kun yhteys palaa"
    assert screen.window.number.text() == called["number"]  # the last known state stays
    assert shown_counts(screen)["Neuvonta"][0] == 1

    clocked_hub.start()
    later = visit(clocked_hub, JOB)  # made while the display may still be reconnecting
    qtbot.waitUntil(lambda: not screen.window.banner.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: shown_counts(screen) == hub_counts(clocked_hub), timeout=5000)
    assert shown_counts(screen)["Työllisyyskoordinaattori"][0] == 1
    queue = httpx.get(f"{clocked_hub.url}/api/queue", headers=clocked_hub.auth("staff"), timeout=5).json()
    called_now = {t["number"] for t in queue["tickets"] if t["status"] == "called"}
    assert called_now == {screen.window.number.text()} and later["number"] not in called_now


def test_closed_hours_show_the_next_opening_and_open_on_the_minute(
    qtbot, clocked_hub, hub_clock, open_display
):
    saturday = Clock(datetime(2026, 1, 10, 12, 0, tzinfo=HELSINKI))
    screen = open_display(clocked_hub, saturday)
    window = screen.window
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 1, timeout=5000)
    assert (window.closed.first.text(), window.closed.second.text()) == ("Suljettu", "Closed")
    assert (window.opens.first.text(), window.opens.second.text()) == (
        "Avoinna taas ma 9.00",
        "Open again Mon 09:00",
    )
    # Monday morning comes: the next minute's check shows the board.
    saturday.offset = datetime(2026, 1, 12, 9, 0, 30, tzinfo=HELSINKI) - saturday()
    screen.display.tick()
    assert window.pages.currentIndex() == 0
    assert window.clock.text() == "9.00"


def test_a_holiday_set_by_staff_moves_the_next_opening_at_once(qtbot, clocked_hub, open_display):
    saturday = Clock(datetime(2026, 1, 10, 12, 0, tzinfo=HELSINKI))
    screen = open_display(clocked_hub, saturday)
    window = screen.window
    qtbot.waitUntil(lambda: window.opens.first.text() == "Avoinna taas ma 9.00", timeout=5000)
    headers = {"Authorization": f"Bearer {clocked_hub.tokens['staff']}"}
    holiday = httpx.put(
        f"{clocked_hub.url}/api/dates-off/2026-01-12", json={"service": None}, headers=headers, timeout=10
    )
    assert holiday.status_code == 200, holiday.text
    # The feed says a date off was set; the display asks for the closed days and skips Monday.
    qtbot.waitUntil(lambda: window.opens.first.text() == "Avoinna taas ti 9.00", timeout=5000)
    assert httpx.get(f"{clocked_hub.url}/api/closed-days", timeout=10).json() == {"dates": ["2026-01-12"]}
    removed = httpx.delete(f"{clocked_hub.url}/api/dates-off/2026-01-12", headers=headers, timeout=10)
    assert removed.status_code == 200, removed.text
    qtbot.waitUntil(lambda: window.opens.first.text() == "Avoinna taas ma 9.00", timeout=5000)


def test_calls_replayed_after_a_reconnect_are_shown_but_not_said(qtbot, clocked_hub, hub_clock, open_display):
    # The display reconnects slowly, so the calls below happen while it is away and come back as a replay.
    screen = open_display(clocked_hub, Clock(), min_backoff_ms=2500, max_backoff_ms=2500)
    clocked_hub.stop()
    qtbot.waitUntil(lambda: not screen.display.live.online, timeout=5000)
    clocked_hub.start()
    old = visit(clocked_hub, TALK)
    staff(clocked_hub, "/api/services/greeter/call-next")
    # Seen from the display, that call is two minutes old by the time it arrives.
    screen.clock.offset = timedelta(minutes=2)
    qtbot.waitUntil(lambda: screen.window.number.text() == old["number"], timeout=10000)
    assert screen.chimes == 0 and screen.said == []
    assert not screen.window.flashing
    # A call that arrives live is said.
    screen.clock.offset = timedelta()
    visit(clocked_hub, TALK)
    fresh = staff(clocked_hub, "/api/services/greeter/call-next")
    qtbot.waitUntil(lambda: len(screen.said) == 2, timeout=5000)
    assert screen.window.number.text() == fresh["number"] and screen.chimes == 1
