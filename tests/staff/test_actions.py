"""Every console action through its real widgets against a real hub; the hub's own queue is the judge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .helpers import JOB, JOURNEY, hub_queue, hub_ticket, visit

pytestmark = pytest.mark.hub


def called_one(console, hub, number: str):
    """The card of my called ticket `number`, once the call's answer is in (buttons enabled again)."""
    console.qtbot.waitUntil(lambda: console.card(number) is not None, timeout=5000)
    console.wait_idle()
    return console.card(number)


def test_call_next_calls_the_first_waiting_and_shows_it_large(console, hub):
    first = visit(hub)["ticket"]
    visit(hub)
    console.qtbot.waitUntil(lambda: console.rows() == ["A001", "A002"], timeout=5000)
    assert console.window.next_hint.text().startswith("Next: A001 · Employment coordinator")
    console.click(console.window.call_next_button)
    card = called_one(console, hub, "A001")
    assert card.number.text() == "A001" and card.service.text() == "Employment coordinator"
    assert "Room 2" in card.place.text()
    assert hub_ticket(hub, first["code"])["status"] == "called"
    assert console.status.endswith("You called A001.")
    assert console.rows() == ["A002"]


def test_call_next_with_nobody_waiting_is_a_calm_message(console, hub):
    console.click(console.window.call_next_button)
    console.wait_idle()
    assert console.status.endswith("Nobody is waiting now.")
    assert console.window.status_line.property("kind") != "problem"
    assert console.window.call_next_button.isEnabled()


def test_recall_calls_the_same_visitor_again(console, hub, qtbot):
    visit(hub)
    console.qtbot.waitUntil(lambda: console.rows() == ["A001"], timeout=5000)
    console.click(console.window.call_next_button)
    card = called_one(console, hub, "A001")
    with qtbot.waitSignal(
        console.live.eventApplied, timeout=5000, check_params_cb=lambda e: e["type"] == "ticket.recalled"
    ):
        console.click(card.recall_button)
    console.wait_idle()
    assert console.status.endswith("A001 was called again.")
    assert console.card("A001") is not None


def test_done_ends_the_visit(console, hub):
    ticket = visit(hub)["ticket"]
    console.qtbot.waitUntil(lambda: console.rows() == ["A001"], timeout=5000)
    console.click(console.window.call_next_button)
    console.click(called_one(console, hub, "A001").done_button)
    console.qtbot.waitUntil(lambda: not console.window.called.cards, timeout=5000)
    console.wait_idle()
    assert hub_ticket(hub, ticket["code"]) is None  # done tickets leave the queue
    assert console.status.endswith("A001 is done.")
    assert console.window.called.empty.isVisible()


def test_done_hands_a_two_service_journey_on_with_a_note(make_console, hub):
    console = make_console(["wassup", "coordinator"])
    ticket = visit(hub, JOURNEY)["ticket"]
    console.qtbot.waitUntil(lambda: console.rows() == [ticket["number"]], timeout=5000)
    note = console.window.readable.index(0, 4).data()
    assert note == "then: Employment coordinator"
    console.click(console.window.call_next_button)
    console.click(called_one(console, hub, ticket["number"]).done_button)
    console.qtbot.waitUntil(lambda: not console.window.called.cards, timeout=5000)
    console.wait_idle()
    console.qtbot.waitUntil(lambda: console.rows() == [ticket["number"]], timeout=5000)
    at_hub = hub_ticket(hub, ticket["code"])
    assert (at_hub["service"], at_hub["status"]) == ("coordinator", "waiting")
    assert console.window.readable.index(0, 1).data() == "Employment coordinator"
    assert console.window.readable.index(0, 4).data() == "from: Wassup project worker"
    assert console.status.endswith(
        f"{ticket['number']} is done here and now waits for: Employment coordinator."
    )


def test_no_show_marks_the_ticket(console, hub):
    ticket = visit(hub)["ticket"]
    console.qtbot.waitUntil(lambda: console.rows() == ["A001"], timeout=5000)
    console.click(console.window.call_next_button)
    console.click(called_one(console, hub, "A001").no_show_button)
    console.qtbot.waitUntil(lambda: not console.window.called.cards, timeout=5000)
    console.wait_idle()
    assert hub_ticket(hub, ticket["code"]) is None
    assert console.status.endswith("A001 is marked as did not come.")


def test_transfer_sends_the_ticket_to_another_onsite_service(console, hub):
    ticket = visit(hub)["ticket"]
    console.qtbot.waitUntil(lambda: console.rows() == ["A001"], timeout=5000)
    console.click(console.window.call_next_button)
    card = called_one(console, hub, "A001")
    card.transfer_menu.aboutToShow.emit()
    offered = {action.data(): action for action in card.transfer_menu.actions()}
    onsite = {s["id"] for s in hub_queue(hub)["services"] if s["kind"] == "onsite"}
    assert set(offered) == onsite - {"coordinator"}  # not its own, no scheduled one
    assert offered["greeter"].text() == "Front desk"
    offered["greeter"].trigger()
    console.qtbot.waitUntil(lambda: not console.window.called.cards, timeout=5000)
    console.wait_idle()
    at_hub = hub_ticket(hub, ticket["code"])
    assert (at_hub["service"], at_hub["status"]) == ("greeter", "waiting")
    assert console.status.endswith("A001 now waits for: Front desk.")
    assert console.rows() == []  # greeter is not one of my services


def test_away_sends_kiosk_visitors_to_the_fallback_and_present_brings_them_back(console, hub):
    row = console.window.services_panel.rows["coordinator"]
    assert row.presence.isChecked() and row.presence.text() == "Present"
    console.click(row.presence)
    console.qtbot.waitUntil(lambda: row.presence.text() == "Away", timeout=5000)
    console.wait_idle()
    assert not row.presence.isChecked()
    assert console.status.endswith(
        "You are away: Employment coordinator. The kiosk does not send new visitors there."
    )
    assert visit(hub, JOB)["ticket"]["service"] == "greeter"
    console.click(row.presence)
    console.qtbot.waitUntil(lambda: row.presence.text() == "Present", timeout=5000)
    console.wait_idle()
    assert visit(hub, JOB)["ticket"]["service"] == "coordinator"


def test_a_double_click_calls_one_visitor(console, hub):
    visit(hub)
    visit(hub)
    console.qtbot.waitUntil(lambda: console.rows() == ["A001", "A002"], timeout=5000)
    button = console.window.call_next_button
    console.click(button)
    assert not button.isEnabled()  # disabled at once, before the hub answers
    console.click(button)
    console.qtbot.mouseDClick(button, Qt.MouseButton.LeftButton)
    console.wait_idle()
    called = [t for t in hub_queue(hub)["tickets"] if t["status"] == "called"]
    assert [t["number"] for t in called] == ["A001"]
    console.qtbot.waitUntil(lambda: console.rows() == ["A002"], timeout=5000)  # the feed may come after


def test_two_consoles_pressing_call_next_never_get_the_same_ticket(make_console, hub):
    first = make_console(name="desk-1")
    second = make_console(name="desk-2", token=hub.tokens["admin"])  # another desk: another token
    for _ in range(2):
        visit(hub)
    for console in (first, second):
        console.qtbot.waitUntil(lambda c=console: c.rows() == ["A001", "A002"], timeout=5000)
    first.click(first.window.call_next_button)
    second.click(second.window.call_next_button)
    first.wait_idle()
    second.wait_idle()
    first.qtbot.waitUntil(lambda: len(first.window.called.cards) == 1, timeout=5000)
    second.qtbot.waitUntil(lambda: len(second.window.called.cards) == 1, timeout=5000)
    got = {first.window.called.cards[0].ticket["number"], second.window.called.cards[0].ticket["number"]}
    assert got == {"A001", "A002"}
    # One visitor left for two presses: one console calls them, the other hears that nobody waits.
    visit(hub)
    first.qtbot.waitUntil(lambda: first.rows() == ["A003"] and second.rows() == ["A003"], timeout=5000)
    first.click(first.window.call_next_button)
    second.click(second.window.call_next_button)
    first.wait_idle()
    second.wait_idle()
    statuses = sorted(c.status.split("  ", 1)[1] for c in (first, second))
    assert statuses == ["Nobody is waiting now.", "You called A003."]


def test_call_next_across_my_services_takes_the_longest_waiting(make_console, hub):
    console = make_console(["greeter", "coordinator"])
    early = visit(hub, JOB)["ticket"]
    visit(hub, {"need": "talk"})
    console.qtbot.waitUntil(lambda: len(console.rows()) == 2, timeout=5000)
    assert console.desk.call_order() == ["coordinator", "greeter"]
    console.click(console.window.call_next_button)
    called_one(console, hub, early["number"])
    # The per-service button calls from that service only.
    console.click(console.window.services_panel.rows["greeter"].call)
    called_one(console, hub, "N001")


def test_a_refused_action_shows_a_translated_sentence_and_the_hubs_reason(make_console, hub):
    console = make_console(lang="fi")
    ticket = visit(hub)["ticket"]
    console.qtbot.waitUntil(lambda: console.rows() == ["A001"], timeout=5000)
    assert console.desk.done(ticket["code"])  # a waiting ticket cannot be finished: 409
    console.wait_idle()
    assert "Palvelin ei tehnyt tätä." in console.status and "A001 is waiting" in console.status
    assert console.window.status_line.property("kind") == "problem"
