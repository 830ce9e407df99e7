"""The admin screens on a real hub: the PIN, publishing what the kiosk then uses, going back, statistics."""

from __future__ import annotations

import io
import sys

import httpx
import pytest
from PySide6.QtCore import QDate

from kiosk.client.hub_client import HubClient
from kiosk.root.cli import main as kiosk_cli
from screens.admin.app import AdminOpener
from screens.visitor.flow import VisitFlow

from .conftest import TUESDAY, click, type_into

pytestmark = pytest.mark.hub

PIN = "582047"


@pytest.fixture
def admin_hub(make_hub, tmp_path, monkeypatch):
    """A hub whose admin PIN is set, as `kiosk admin --set-pin` does on the hub machine."""
    db_path = tmp_path / "admin.db"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PIN + "\n"))
    assert kiosk_cli(["admin", "--set-pin", "--pin-stdin", "--db", str(db_path)]) == 0
    return make_hub(db_path=db_path)


@pytest.fixture
def opener(qtbot):
    made: list[AdminOpener] = []

    def make(url: str) -> AdminOpener:
        opener = AdminOpener(url, "en")
        made.append(opener)
        return opener

    yield make
    for opener in made:
        if opener.window is not None:
            opener.window.draft.dirty = False
            opener.window.close()
            opener.window.deleteLater()
        if opener.dialog is not None:
            opener.dialog.close()


def tap_pin(qtbot, dialog, pin: str) -> None:
    for digit in pin:
        click(qtbot, dialog.digit_buttons[digit])
    click(qtbot, dialog.ok)


def log_in(qtbot, opener, pin: str = PIN):
    dialog = opener.ask_pin()
    tap_pin(qtbot, dialog, pin)
    # The hub's routing loaded: a version (a bare `and` would hand waitUntil None, which it takes as done).
    qtbot.waitUntil(lambda: bool(opener.window and opener.window.draft.version is not None), timeout=10_000)
    window = opener.window
    window.preview.flow.clock = lambda: TUESDAY
    return window


def test_the_pin_dialog_says_tries_left_then_how_long_the_lock_lasts(qtbot, admin_hub, opener):
    dialog = opener(admin_hub.url).ask_pin()
    tap_pin(qtbot, dialog, "1111")
    qtbot.waitUntil(lambda: "Tries left: 4." in dialog.message.text())
    assert "Wrong PIN." in dialog.message.text()
    assert dialog.pin.text() == ""
    for left in (3, 2, 1):
        tap_pin(qtbot, dialog, "1111")
        qtbot.waitUntil(lambda left=left: f"Tries left: {left}." in dialog.message.text())
    tap_pin(qtbot, dialog, "1111")
    qtbot.waitUntil(lambda: "Too many wrong tries. Try again in" in dialog.message.text())
    assert dialog.locked_for > 0
    # Locked: nothing can be typed or sent until the time is up, and the right PIN would not help.
    assert not dialog.ok.isEnabled()
    assert not dialog.digit_buttons["5"].isEnabled()
    assert dialog.isVisible() and dialog.result() == 0


def test_the_pin_dialog_says_how_to_set_a_pin_when_none_is_set(qtbot, hub, opener):
    dialog = opener(hub.url).ask_pin()
    tap_pin(qtbot, dialog, "1234")
    qtbot.waitUntil(lambda: "kiosk admin --set-pin" in dialog.message.text())


def test_the_pin_dialog_says_when_the_hub_does_not_answer(qtbot, make_hub, opener):
    gone = make_hub()
    gone.stop()
    dialog = opener(gone.url).ask_pin()
    tap_pin(qtbot, dialog, "1234")
    qtbot.waitUntil(lambda: "does not answer" in dialog.message.text(), timeout=10_000)


def test_publish_then_the_kiosk_uses_it_then_go_back(qtbot, admin_hub, opener):
    window = log_in(qtbot, opener(admin_hub.url))
    assert window.who.text() == "Logged in: admin"
    original = httpx.get(f"{admin_hub.url}/api/routing").json()
    first_version = original["version"]
    assert window.draft.version == first_version

    # A Swedish label fixed.
    editor = window.editor
    editor.select("questions.need.answers.work")
    type_into(qtbot, editor.answer_panel.label.fields["sv"], "Jobb")

    # A new walk-in service, and a new answer that leads to it.
    window.tabs.setCurrentWidget(window.services)
    click(qtbot, window.services.add_walk_in)
    sid = window.services.current.split(".", 1)[1]
    page = window.services.service_page
    for lang, name, room in (
        ("fi", "Asumisneuvonta", "Huone 9"),
        ("sv", "Boenderad", "Rum 9"),
        ("en", "Housing", "Room 9"),
        ("uk", "Житлова порада", "Кімната 9"),
        ("ar", "استشارة السكن", "الغرفة 9"),
        ("so", "La-talinta guryaha", "Qolka 9"),
        ("ru", "Жилищные советы", "Кабинет 9"),
        ("et", "Eluasemenõustamine", "Ruum 9"),
    ):
        type_into(qtbot, page.name.fields[lang], name)
        type_into(qtbot, page.room.fields[lang], room)
    window.tabs.setCurrentWidget(editor)
    editor.select("questions.need")
    click(qtbot, editor.add_answer)
    aid = editor.current.rsplit(".", 1)[1]
    panel = editor.answer_panel
    for lang, label in (
        ("fi", "Asuminen"),
        ("en", "Housing"),
        ("uk", "Житло"),
        ("ar", "السكن"),
        ("so", "Guri"),
        ("ru", "Жильё"),
        ("et", "Eluase"),
    ):
        type_into(qtbot, panel.label.fields[lang], label)
    panel.leads.services.setCurrentRow(0)
    click(qtbot, panel.leads.remove)
    panel.leads.add_choice.setCurrentIndex(panel.leads.add_choice.findData(sid))
    click(qtbot, panel.leads.add)

    # The Swedish label is missing: said beside the answer, and Publish is off while it is.
    qtbot.waitUntil(lambda: "Swedish text is missing" in panel.label_problems.text())
    type_into(qtbot, window.note, "Housing advice and a Swedish fix")
    assert not window.publish_button.isEnabled()
    assert "fix the problems" in window.reason.text()
    type_into(qtbot, panel.label.fields["sv"], "Boende")
    qtbot.waitUntil(window.publish_button.isEnabled)

    # The kiosk, as it runs at the door: a real client on the same hub (polling its health often).
    client = HubClient(admin_hub.url, admin_hub.token, online_poll_ms=200)
    flow = VisitFlow(client, tap_guard_ms=0)
    with qtbot.waitSignal(client.routingChanged, timeout=5000):
        client.fetch_routing()
    assert flow.routing.question("need").answer(aid) is None

    click(qtbot, window.publish_button)
    qtbot.waitUntil(lambda: "Published as version" in window.reason.text(), timeout=10_000)
    active = httpx.get(f"{admin_hub.url}/api/routing").json()
    assert active["version"] > first_version
    assert active["routing"]["questions"][0]["answers"][0]["label"]["sv"] == "Jobb"
    assert not window.draft.dirty and not window.publish_button.isEnabled()

    # The kiosk sees the new routing by itself (its health poll names the active version) and walks it.
    qtbot.waitUntil(lambda: flow.routing.question("need").answer(aid) is not None, timeout=5000)
    assert flow.routing.question("need").answer(aid).label["sv"] == "Boende"
    flow.choose_language("sv")
    flow.start()
    flow.answer("need", aid)
    qtbot.waitUntil(lambda: flow.screen == "ticket", timeout=10_000)
    prefix = next(s["prefix"] for s in active["routing"]["services"] if s["id"] == sid)
    assert flow.result["ticket"]["number"] == f"{prefix}001"
    assert flow.result["ticket"]["service"] == sid
    client.stop()

    # Versions: the two side by side in words, then back to the first.
    window.tabs.setCurrentWidget(window.versions)
    versions = window.versions
    qtbot.waitUntil(lambda: len(versions.versions) == 2, timeout=5000)
    assert versions.versions[0]["note"] == "Housing advice and a Swedish fix"
    assert versions.versions[0]["active"] and versions.versions[0]["by"] == "admin"
    versions.choose(first_version, active["version"])
    qtbot.waitUntil(lambda: bool(versions.change_lines()), timeout=5000)
    lines = versions.change_lines()
    assert "Answer 'work' in question 'need': Swedish label changed from 'Arbete' to 'Jobb'." in lines
    assert any(line.startswith(f"Service '{sid}' added") for line in lines)
    assert any(line.startswith(f"Answer '{aid}' in question 'need' added: 'Housing'") for line in lines)

    versions.choose(first_version)
    assert versions.activate.isEnabled()
    type_into(qtbot, versions.note, "Back to the start")
    click(qtbot, versions.activate)
    qtbot.waitUntil(lambda: "the kiosk now uses it" in versions.status.text(), timeout=10_000)
    back = httpx.get(f"{admin_hub.url}/api/routing").json()
    assert back["version"] > active["version"]
    assert back["routing"] == original["routing"]
    # The editor starts again from what is active now.
    qtbot.waitUntil(lambda: window.draft.version == back["version"], timeout=5000)
    assert window.draft.routing.question("need").answer(aid) is None


def test_publish_after_the_session_ended_says_so_and_keeps_the_draft(qtbot, admin_hub, opener):
    window = log_in(qtbot, opener(admin_hub.url))
    # The session ends on the hub (as after 8 hours): Publish says so and keeps the draft.
    window.editor.select("questions.need.answers.work")
    type_into(qtbot, window.editor.answer_panel.label.fields["en"], "Jobs")
    type_into(qtbot, window.note, "English label")
    qtbot.waitUntil(window.publish_button.isEnabled)
    httpx.delete(
        f"{admin_hub.url}/api/admin/session", headers={"Authorization": f"Bearer {window.client.token}"}
    )
    click(qtbot, window.publish_button)
    qtbot.waitUntil(lambda: "session has ended" in window.reason.text(), timeout=10_000)
    assert window.draft.dirty
    assert window.draft.routing.question("need").answer("work").label["en"] == "Jobs"


def make_visits(hub, count: int) -> list[dict]:
    """Walk-in visits at the coordinator and the front desk; the first two called and done."""
    tickets = []
    kiosk = {"Authorization": f"Bearer {hub.tokens['kiosk']}"}
    staff = {"Authorization": f"Bearer {hub.tokens['staff']}"}
    for i in range(count):
        body = {
            "lang": "fi",
            "answers": {"need": "talk"} if i % 2 else {},
            "key": f"k{i}",
            "fallback": not i % 2,
        }
        response = httpx.post(f"{hub.url}/api/visits", json=body, headers=kiosk, timeout=10)
        assert response.status_code == 201, response.text
        tickets.append(response.json()["ticket"])
    for service in {t["service"] for t in tickets}:
        called = httpx.post(f"{hub.url}/api/services/{service}/call-next", headers=staff, timeout=10).json()
        httpx.post(f"{hub.url}/api/tickets/{called['code']}/done", headers=staff, timeout=10)
    return tickets


def test_statistics_draw_the_hubs_figures_and_save_them(qtbot, admin_hub, opener, tmp_path):
    tickets = make_visits(admin_hub, 5)
    window = log_in(qtbot, opener(admin_hub.url))
    stats = window.stats
    window.tabs.setCurrentWidget(stats)
    day = admin_hub.clock().date()
    stats.period.setCurrentIndex(stats.period.findData("custom"))
    stats._period_chosen()
    stats.first.setDate(QDate(day.year, day.month, day.day))
    stats.last.setDate(QDate(day.year, day.month, day.day))
    with qtbot.waitSignal(stats.statsShown, timeout=10_000):
        click(qtbot, stats.show_button)
    assert stats.visitors.value.text() == str(len(tickets))
    assert stats.chart_values("per_day") == [[float(len(tickets))]]
    assert stats.chart_categories("per_day") == [f"{day.day}.{day.month}."]
    per_service = dict(
        zip(stats.chart_categories("per_service"), stats.chart_values("per_service")[0], strict=True)
    )
    counts: dict[str, float] = {}
    for ticket in tickets:
        name = window.names()[ticket["service"]]
        counts[name] = counts.get(name, 0) + 1
    assert per_service == counts
    assert sum(stats.chart_values("per_hour")[0]) == len(tickets)
    # The first answer: visitors who chose "talk" at once are said as such, by name.
    assert "wanted to talk" in stats.chart_categories("per_answer")
    assert stats.chart_values("waits") and len(stats.chart_values("waits")) == 2
    # How long visits are kept: read from the hub and changed there.
    qtbot.waitUntil(lambda: stats.keep_days.value() == 30, timeout=5000)
    stats.keep_days.setValue(60)
    click(qtbot, stats.keep_save)
    qtbot.waitUntil(lambda: stats.keep_status.text() == "Saved.", timeout=5000)
    assert httpx.get(
        f"{admin_hub.url}/api/settings/retention", headers={"Authorization": f"Bearer {window.client.token}"}
    ).json() == {"days": 60}
    path = tmp_path / "stats.csv"
    stats.save_csv(str(path))
    rows = path.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "section,key,value"
    assert f"visitors,all,{len(tickets)}" in rows
    assert f"visitors_per_day,{day.isoformat()},{len(tickets)}" in rows
