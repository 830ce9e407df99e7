"""The admin's versions tab on a real hub joined to a real region: the region's templates listed, one
adopted as the draft and published (the kiosk then uses it), a template this hub cannot read refused
with nothing changed, and a quiet "Region not reached since ..." while the region is down."""

from __future__ import annotations

import io
import sys
from datetime import timedelta

import httpx
import pytest
from PySide6.QtCore import Qt

from kiosk.core.clock import now as clock_now
from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.root.cli import main
from kiosk.server import region_link, store
from screens.admin.app import AdminOpener

PIN = "582047"
SOURCE = DEFAULT_ROUTING.read_text(encoding="utf-8")


@pytest.fixture
def opener(qtbot):
    made: list[AdminOpener] = []
    yield lambda url: made.append(AdminOpener(url, "en")) or made[-1]
    for opener in made:
        if opener.window is not None:
            opener.window.draft.dirty = False
            opener.window.close()
            opener.window.deleteLater()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def log_in(qtbot, opener):
    dialog = opener.ask_pin()
    for digit in PIN:
        click(qtbot, dialog.digit_buttons[digit])
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: bool(opener.window and opener.window.draft.version is not None), timeout=10_000)
    return opener.window


def test_a_region_template_adopted_in_the_admin_becomes_what_the_kiosk_uses(
    region, make_hub, opener, tmp_path, monkeypatch, qtbot
):
    assert "sv: Arbete," in SOURCE
    template = tmp_path / "spring.yaml"
    template.write_text(SOURCE.replace("sv: Arbete,", "sv: Jobb,", 1), encoding="utf-8")
    token = region.add_centre("Kokoomo", "Haapavesi")
    assert region.cli("template", "add", "Spring 2027", str(template), "--note", "Oulainen's") == 0
    db_path = tmp_path / "admin.db"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PIN + "\n"))
    assert main(["admin", "--set-pin", "--pin-stdin", "--db", str(db_path)]) == 0
    hub = make_hub(db_path=db_path)
    assert region.join(token, db_path) == 0
    status = lambda: httpx.get(f"{hub.url}/api/region", headers=hub.auth("admin")).json()  # noqa: E731
    qtbot.waitUntil(lambda: bool(status()["templates"]), timeout=15_000)
    # A template this hub's check refuses (as the region's own check would), kept beside it.
    hub_db = store.open_db(db_path)
    with store.transaction(hub_db):
        hub_db.execute(
            "INSERT INTO region_templates VALUES ('Broken', '', 'services: [', '2026-01-01T00:00:00+00:00')"
        )
    hub_db.conn.close()

    window = log_in(qtbot, opener(hub.url))
    versions = window.versions
    window.tabs.setCurrentWidget(versions)
    qtbot.waitUntil(lambda: versions.templates.count() == 2, timeout=10_000)
    assert versions.region_box.isVisibleTo(window) and not versions.region_note.isVisibleTo(window)
    assert versions.templates.item(1).text() == "Spring 2027 – Oulainen's"
    assert not versions.adopt.isEnabled()  # none chosen

    version = window.draft.version
    versions.choose_template("Broken")
    click(qtbot, versions.adopt)
    qtbot.waitUntil(lambda: "cannot be your draft" in versions.region_status.text(), timeout=10_000)
    assert (
        not window.draft.dirty and window.draft.version == version and window.tabs.currentWidget() is versions
    )

    versions.choose_template("Spring 2027")
    click(qtbot, versions.adopt)
    qtbot.waitUntil(lambda: window.draft.dirty, timeout=10_000)
    assert window.tabs.currentWidget() is window.editor
    assert window.draft.routing.question("need").answer("work").label["sv"] == "Jobb"
    assert window.note.text() == "The region's template Spring 2027"
    qtbot.waitUntil(window.publish_button.isEnabled, timeout=5_000)
    click(qtbot, window.publish_button)
    qtbot.waitUntil(lambda: "Published as version" in window.reason.text(), timeout=10_000)
    active = httpx.get(f"{hub.url}/api/routing").json()
    assert active["version"] > version
    assert active["routing"]["questions"][0]["answers"][0]["label"]["sv"] == "Jobb"
    versions_list = httpx.get(f"{hub.url}/api/routing/versions", headers=hub.auth("admin")).json()
    assert any(v["note"] == "The region's template Spring 2027" for v in versions_list["versions"])

    # An unknown template: a clear refusal from the hub.
    missing = httpx.get(f"{hub.url}/api/region/templates/Autumn", headers=hub.auth("admin"))
    assert (missing.status_code, missing.json()["error"]) == (404, "unknown_template")

    # The region goes down: the hub's next try fails, and the tab says so quietly.
    region.stop()
    hub_db = store.open_db(db_path)
    try:
        region_link.push_round(hub_db, clock_now() + region_link.CHECK_EVERY + timedelta(minutes=1))
    finally:
        hub_db.conn.close()
    assert status()["not_reached_since"] is not None
    window.tabs.setCurrentWidget(versions)
    qtbot.waitUntil(lambda: versions.region_note.isVisibleTo(window), timeout=10_000)
    assert versions.region_note.text().startswith("Region not reached since ")
    assert versions.templates.count() == 2  # the last ones pulled are kept
