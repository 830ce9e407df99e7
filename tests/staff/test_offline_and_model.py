"""Offline: a banner, every action off, the last list kept, then the hub's queue again. The table models."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from kiosk.client.live_model import WaitingTickets
from screens.staff.shots import render

from .helpers import JOURNEY, hub_queue, visit

pytestmark = pytest.mark.hub


def test_offline_banner_disables_actions_keeps_the_list_and_recovers(console, hub):
    visit(hub)
    visit(hub)
    console.qtbot.waitUntil(lambda: console.rows() == ["A001", "A002"], timeout=5000)
    console.click(console.window.call_next_button)
    console.qtbot.waitUntil(lambda: console.card("A001") is not None and not console.desk.busy, timeout=5000)
    window = console.window
    assert not window.banner.isVisible()

    hub.stop()
    console.qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    assert window.banner.text().startswith("No connection to the hub – trying again…")
    assert not window.call_next_button.isEnabled()
    card = console.card("A001")
    assert not any(button.isEnabled() for button in card.buttons())
    assert not any(row.presence.isEnabled() for row in window.services_panel.rows.values())
    assert console.rows() == ["A002"]  # the last known state stays
    assert not console.desk.call_next()  # refused by the desk too, not only by the button

    hub.start()
    visit(hub)  # a change the console missed while it was away
    console.qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=10000)
    console.qtbot.waitUntil(lambda: console.rows() == ["A002", "A003"], timeout=5000)
    assert window.call_next_button.isEnabled()
    assert console.card("A001") is not None and all(b.isEnabled() for b in console.card("A001").buttons())
    mine = {t["code"] for t in console.live.tickets()}
    assert mine == {t["code"] for t in hub_queue(hub)["tickets"]}


def test_waiting_tickets_and_its_readable_view_pass_the_model_tester(console, hub, qtmodeltester):
    console.desk.set_services(["coordinator", "wassup"])
    console.window.refresh()
    visit(hub)
    visit(hub, JOURNEY)
    console.qtbot.waitUntil(lambda: len(console.rows()) == 2, timeout=5000)
    qtmodeltester.check(WaitingTickets(console.live, ["coordinator", "wassup"]))
    qtmodeltester.check(console.window.readable)
    readable = console.window.readable
    assert [readable.index(0, c).data() for c in range(4)] == ["A001", "Employment coordinator", "1", "0 min"]


@pytest.mark.screenshots
def test_screenshots_render_without_a_hub(tmp_path, qapp):
    written = render(tmp_path, ["fi", "sv", "en"], narrow=True)
    names = sorted(p.name for p in written)
    kinds = ("staff-{}.png", "staff-offline-{}.png", "staff-nosave-{}.png", "staff-appointments-{}.png")
    kinds += ("staff-kiosk-silent-{}.png", "staff-{}-narrow.png")
    assert names == sorted(kind.format(lang) for lang in ("fi", "sv", "en") for kind in kinds)
    image = QImage(str(tmp_path / "staff-fi.png"))
    assert (image.width(), image.height()) == (1366, 768)
    narrow = QImage(str(tmp_path / "staff-sv-narrow.png"))
    assert (narrow.width(), narrow.height()) == (960, 540)
