"""Appointments against a real hub: bookings made as the kiosk makes them appear in the console, a
check-in shows live and is called with Call next, cancel and a day off go through the console's
buttons and the hub's own lists are the judge. And a kiosk's notice shows as a strip."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from PySide6.QtCore import QDate

from .helpers import book, check_in, free_slots, hub_booking, hub_dates_off

pytestmark = pytest.mark.hub

TODAY = date(2026, 3, 3)  # the test hub's Tuesday: the debt adviser is in from 10.00 to 14.00


def row_for(console, code: str):
    return next((r for r in console.window.appointments_panel.rows if r.booking["code"] == code), None)


def status_of(console, code: str) -> str:
    row = row_for(console, code)
    return row.status.text() if row is not None else ""


def open_appointments(make_console):
    console = make_console(["coordinator", "debt"])
    window = console.window
    assert window.tabs.isTabVisible(1)  # a scheduled service among mine: the tab is there
    window.tabs.setCurrentIndex(1)
    console.qtbot.waitUntil(lambda: window.appointments.loaded, timeout=5000)
    return console


def test_a_booking_shows_checks_in_live_and_is_called_with_call_next(make_console, hub):
    console = open_appointments(make_console)
    window = console.window
    slot = free_slots(hub, "debt")[0]  # 10.30 today (10.00 has just started)
    made = book(hub, "debt", slot["start"])
    console.qtbot.waitUntil(lambda: row_for(console, made["code"]) is not None, timeout=5000)
    row = row_for(console, made["code"])
    assert row.time.text() == "10:30" and row.status.text() == "Booked"  # one service: no name
    # The row is shown with the next paint: wait for it rather than for a fixed time.
    console.qtbot.waitUntil(row.cancel_button.isVisible, timeout=5000)
    assert not row.no_show_button.isVisible()  # no-show only after 10.30
    assert window.tabs.tabText(1) == "Appointments: 1"
    free = " ".join(label.text() for label in window.appointments_panel.findChildren(type(row.time)))
    assert "11:00" in free and "10:30 · " not in free  # the booked time is no longer offered

    ticket = check_in(hub, made["code"])["ticket"]
    console.qtbot.waitUntil(
        lambda: status_of(console, made["code"]).endswith("Checked in: N001"), timeout=5000
    )
    assert not row_for(console, made["code"]).cancel_button.isVisible()
    # The checked-in visitor waits first in my list, ahead of a walk-in who came earlier.
    console.qtbot.waitUntil(lambda: ticket["number"] in console.rows(), timeout=5000)
    console.click(window.call_next_button)
    console.qtbot.waitUntil(lambda: console.card("N001") is not None, timeout=5000)


def test_cancel_asks_first_and_the_hub_has_it_cancelled(make_console, hub):
    console = open_appointments(make_console)
    slot = free_slots(hub, "debt")[1]  # 11.00
    made = book(hub, "debt", slot["start"])
    console.qtbot.waitUntil(lambda: row_for(console, made["code"]) is not None, timeout=5000)
    panel = console.window.appointments_panel
    console.click(row_for(console, made["code"]).cancel_button)
    box = panel.confirm
    assert box.isVisible() and made["code"] in box.text() and "11:00" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "Keep it")
    console.click(keep)
    assert hub_booking(hub, made["code"])["status"] == "booked"  # no: nothing changed

    console.click(row_for(console, made["code"]).cancel_button)
    yes = next(b for b in panel.confirm.buttons() if b.text() == "Cancel the booking")
    console.click(yes)
    console.qtbot.waitUntil(lambda: status_of(console, made["code"]).endswith("Cancelled"), timeout=5000)
    assert hub_booking(hub, made["code"])["status"] == "cancelled"
    assert console.status.endswith(f"The booking 11:00 {made['code']} is cancelled.")
    assert slot["start"] in [s["start"] for s in free_slots(hub, "debt")]  # free again at the hub


def test_a_day_off_with_a_booking_lists_it_and_cancels_it_with_the_day(make_console, hub):
    console = open_appointments(make_console)
    slot = free_slots(hub, "debt", TODAY.isoformat())[2]  # 11.30 today
    made = book(hub, "debt", slot["start"])
    console.qtbot.waitUntil(lambda: row_for(console, made["code"]) is not None, timeout=5000)
    panel = console.window.appointments_panel
    console.click(panel.day_off_button)
    dialog = panel.day_off_dialog
    assert dialog.isVisible() and dialog.date.date() == QDate(2026, 3, 3)
    assert dialog.date.minimumDate() == QDate(2026, 3, 3)  # no day in the past
    assert dialog.chosen_service == "debt"  # my only scheduled service: no need to ask
    dialog.note.setText("training day")
    console.click(dialog.ok)
    console.qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=5000)
    assert f"11:30 {made['code']}" in dialog.problem.text()
    assert dialog.ok.text() == "Cancel these bookings and mark the day off"
    assert hub_dates_off(hub) == [] and hub_booking(hub, made["code"])["status"] == "booked"

    console.click(dialog.ok)
    console.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert hub_booking(hub, made["code"])["status"] == "cancelled"
    (off,) = hub_dates_off(hub)
    assert (off["date"], off["service"], off["note"]) == ("2026-03-03", "debt", "training day")
    assert console.status.endswith("3.3.2026 is a day off: Financial and debt adviser.")
    console.qtbot.waitUntil(lambda: (TODAY, "debt") in panel.undo_buttons, timeout=5000)
    assert free_slots(hub, "debt", TODAY.isoformat()) == []

    console.click(panel.undo_buttons[(TODAY, "debt")])  # the adviser came after all
    console.qtbot.waitUntil(lambda: (TODAY, "debt") not in panel.undo_buttons, timeout=5000)
    assert hub_dates_off(hub) == []
    assert free_slots(hub, "debt", TODAY.isoformat())  # the times are back


def test_without_scheduled_services_there_is_no_appointments_tab(console):
    assert not console.window.tabs.isTabVisible(1)


def test_a_printer_notice_shows_as_a_strip_until_dismissed(console, hub):
    strip = console.window.notice
    assert not strip.isVisible()
    headers = {"Authorization": f"Bearer {hub.token}"}
    body = {"kind": "printer", "message": "Out of paper"}
    response = httpx.post(f"{hub.url}/api/notices", json=body, headers=headers, timeout=10)
    assert response.status_code == 201, response.text
    console.qtbot.waitUntil(strip.isVisible, timeout=5000)
    at = response.json()["notice"]["at"][11:16]
    assert strip.text.text() == f"The kiosk's printer: \u2068Out of paper\u2069 – {at}"
    console.click(console.window.language_buttons["fi"])
    assert (
        strip.text.text() == f"Kioskin tulostin: \u2068Out of paper\u2069 – {at.replace(':', '.')}"
    )  # the message as sent
    console.click(strip.dismiss_button)
    assert not strip.isVisible() and console.desk.notice is None


def test_the_hubs_notice_of_a_kiosk_out_of_touch_names_it_and_the_time(console):
    """What kiosk/server/hub/device_watch.py sends (tests/test_notices.py), as the strip words it."""
    strip, desk = console.window.notice, console.desk
    desk.notice = {"kind": "kiosk_silent", "message": "Door", "at": "2026-03-03T10:42:00.000+02:00"}
    desk.noticeChanged.emit()
    assert strip.isVisible()
    assert strip.text.text() == (
        "The kiosk “\u2068Door\u2069” has not been in touch since 10:42. Is it on, and on the network?"
    )
    console.click(console.window.language_buttons["fi"])
    assert strip.text.text() == (
        "Kioski ”\u2068Door\u2069” ei ole ollut yhteydessä klo 10.42 jälkeen. Onko se päällä ja verkossa?"
    )
    desk.notice = {"kind": "kiosk_back", "message": "Door", "at": "2026-03-03T10:57:00.000+02:00"}
    desk.noticeChanged.emit()
    assert strip.text.text() == "Kioski ”\u2068Door\u2069” on taas yhteydessä – 10.57"
