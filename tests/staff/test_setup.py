"""First start and settings: the token, my services and the language are asked once and remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from screens.staff.app import build
from screens.staff.settings import APPLICATION, ORGANISATION, StaffSettings

from .helpers import hub_queue, visit

pytestmark = pytest.mark.hub


def test_first_start_asks_for_my_services_and_remembers_them(make_console, hub, settings_for):
    console = make_console(services=None, name="first", ask_services=True)
    console.qtbot.waitUntil(lambda: console.window.services_dialog is not None, timeout=5000)
    dialog = console.window.services_dialog
    assert dialog.isVisible()
    services = {s["id"]: s for s in hub_queue(hub)["services"]}
    assert set(dialog.boxes) == {sid for sid, s in services.items() if s["kind"] == "onsite"}
    assert set(dialog.scheduled) == {sid for sid, s in services.items() if s["kind"] == "scheduled"}
    assert all(box.isEnabled() for box in dialog.scheduled.values())  # appointments: choosable too
    assert not console.window.call_next_button.isEnabled()  # nothing to call before a choice

    dialog.accept()  # nothing ticked: refused with a message, nothing saved
    assert dialog.isVisible() and dialog.problem.text() == "Choose at least one service."
    assert console.settings.services == []

    dialog.boxes["youth"].setChecked(True)
    dialog.boxes["coach"].setChecked(True)
    dialog.accept()
    assert not dialog.isVisible()
    assert console.desk.services == ["coach", "youth"]
    assert settings_for("first").services == ["coach", "youth"]  # read back from the file
    assert list(console.window.services_panel.rows) == ["coach", "youth"]
    assert console.window.call_next_button.isEnabled()


def test_services_can_be_changed_later_from_the_button(console, hub):
    visit(hub, {"need": "talk"})
    console.click(console.window.services_button)
    dialog = console.window.services_dialog
    assert dialog.boxes["coordinator"].isChecked()
    dialog.boxes["coordinator"].setChecked(False)
    dialog.boxes["greeter"].setChecked(True)
    dialog.accept()
    console.qtbot.waitUntil(lambda: console.rows() == ["N001"], timeout=5000)
    assert console.settings.services == ["greeter"]


def test_settings_default_to_the_kokoomo_staff_application():
    # XDG_CONFIG_HOME is this test's own folder (tests/conftest.py), so this touches no real settings.
    settings = StaffSettings()
    settings.services = ["coach"]
    settings.lang = "sv"
    settings.remember_token("http://hub:8765/", "t0ken")
    raw = QSettings(ORGANISATION, APPLICATION)
    assert raw.fileName().endswith("Kokoomo/Kokoomo Staff.conf")
    again = StaffSettings()
    assert (again.services, again.lang, again.token_for("http://hub:8765")) == (["coach"], "sv", "t0ken")
    assert again.token_for("http://another:8765") == ""  # a token belongs to its hub
    settings.lang = "de"  # not a console language: ignored
    assert StaffSettings().lang == "sv"


def test_a_given_token_is_remembered_and_used_next_time(qtbot, hub, settings_for):
    settings = settings_for("remember")
    live, desk, window = build(hub.url, hub.tokens["staff"], settings=settings, ask_services=False)
    qtbot.addWidget(window)
    live.stop()
    live, desk, window = build(hub.url, None, settings=settings_for("remember"), ask_services=False)
    qtbot.addWidget(window)
    assert desk.token == hub.tokens["staff"]
    live.stop()


def test_a_bad_token_says_so_and_another_can_be_entered(make_console, hub):
    console = make_console(token="not-a-token", wait_online=False)
    visit(hub)
    # The queue itself is refused to an unknown token: nothing of it shows, and the console says why.
    console.qtbot.waitUntil(lambda: "The hub does not accept this computer's token." in console.status)
    assert console.rows() == [] and not console.window.banner.isVisible()
    assert console.window.status_line.property("kind") == "problem"
    assert console.window.pair_button.isVisible()
    assert hub_queue(hub)["tickets"][0]["status"] == "waiting"  # nothing changed

    console.click(console.window.pair_button)
    dialog = console.window.pairing_dialog
    assert dialog.isVisible()
    dialog.accept()  # empty: refused with a message
    assert dialog.isVisible() and dialog.problem.text() == "Type the token first."
    console.qtbot.keyClicks(dialog.field, hub.tokens["staff"])
    dialog.accept()
    assert not dialog.isVisible()
    assert console.settings.token_for(hub.url) == hub.tokens["staff"]
    assert not console.window.pair_button.isVisible()
    console.qtbot.waitUntil(lambda: console.desk.can_act and console.rows() == ["A001"], timeout=5000)
    console.click(console.window.call_next_button)
    console.qtbot.waitUntil(lambda: console.card("A001") is not None, timeout=5000)


def test_without_a_token_nothing_of_the_queue_shows_and_nothing_can_be_called(make_console, hub):
    console = make_console(token="", wait_online=False)
    visit(hub)
    console.qtbot.waitUntil(lambda: not console.desk.live.paired, timeout=5000)
    assert console.rows() == [] and not console.window.call_next_button.isEnabled()
    assert "no staff token yet" in console.status and console.window.pair_button.isVisible()


def test_the_language_switch_is_remembered(console, settings_for):
    console.click(console.window.language_buttons["fi"])
    assert console.window.call_next_button.text() == "Kutsu seuraava"
    assert console.window.readable.headerData(0, Qt.Orientation.Horizontal) == "Numero"
    assert console.settings.lang == "fi"
    console.click(console.window.language_buttons["sv"])
    assert console.window.call_next_button.text() == "Kalla nästa"
    assert console.settings.lang == "sv"
