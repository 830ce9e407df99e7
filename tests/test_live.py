"""LiveQueue against a real hub: it follows every change, survives a killed hub and resets when told."""

from __future__ import annotations

import random
import uuid

import httpx
import pytest
from conftest import HubProcess, free_port, publish_open_all_hours
from PySide6.QtCore import QObject

from kiosk.client.http import HubHttp, error_message
from kiosk.client.live import LiveQueue
from kiosk.client.live_model import WaitingTickets
from kiosk.client.staff_client import StaffClient
from kiosk.server import store, tokens

pytestmark = pytest.mark.hub

JOB = {"need": "work", "age": "under30", "work_young": "job"}  # coordinator
TALK = {"need": "talk"}  # greeter
JOURNEY = {"need": "work", "age": "over30", "work_adult": "wage_support"}  # wassup, then coordinator


def visit(url, token, answers=JOB):
    body = {"lang": "fi", "answers": answers, "key": str(uuid.uuid4())}
    response = httpx.post(f"{url}/api/visits", json=body, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 201, response.text
    return response.json()["ticket"]


def staff_post(url, token, path, **kwargs):
    return httpx.post(f"{url}{path}", headers={"Authorization": f"Bearer {token}"}, timeout=10, **kwargs)


def matches_hub(live: LiveQueue, server, token: str | None = None) -> bool:
    """The model holds exactly what GET /api/queue says (to staff, or to `token`), at the same seq."""
    headers = {"Authorization": f"Bearer {token}"} if token else server.auth("staff")
    hub = httpx.get(f"{server.url}/api/queue", headers=headers, timeout=5).json()
    mine = live.snapshot()
    return (
        mine["seq"] == hub["seq"]
        and {t["code"]: t for t in mine["tickets"]} == {t["code"]: t for t in hub["tickets"]}
        and mine["services"] == hub["services"]
    )


@pytest.fixture
def live_for(qtbot):
    made: list[LiveQueue] = []

    def make(url: str, token: str = "") -> LiveQueue:
        live = LiveQueue(url, token, min_backoff_ms=50, max_backoff_ms=400)
        made.append(live)
        live.start()
        qtbot.waitUntil(lambda: live.online, timeout=5000)
        return live

    yield make
    for live in made:
        live.stop()
        live.deleteLater()


def answer(qtbot, act) -> tuple[int, dict | None, str]:
    """`act(done)` sends one StaffClient request: its answer, once `done` was called."""
    answers: list[tuple] = []
    act(lambda *args: answers.append(args))
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert len(answers) == 1
    return answers[0]


def test_live_queue_follows_visits_calls_and_journeys(qtbot, hub, live_for):
    live = live_for(hub.url, hub.tokens["staff"])
    staff = StaffClient(hub.url, hub.tokens["staff"], live)
    journey = visit(hub.url, hub.token, JOURNEY)
    job = visit(hub.url, hub.token, JOB)
    qtbot.waitUntil(lambda: live.ticket(job["code"]) is not None, timeout=5000)
    status, called, _error = answer(qtbot, lambda done: staff.call_next("wassup", done))
    assert status == 200 and called["code"] == journey["code"]
    assert answer(qtbot, lambda done: staff.done(journey["code"], done))[0] == 200
    qtbot.waitUntil(lambda: live.ticket(journey["code"])["service"] == "coordinator", timeout=5000)
    assert live.ticket(journey["code"])["position"] == 1 and live.ticket(job["code"])["position"] == 2
    qtbot.waitUntil(lambda: matches_hub(live, hub), timeout=5000)


def test_every_staff_action_reports_and_the_model_ends_as_the_hub(qtbot, hub, live_for):
    live = live_for(hub.url, hub.tokens["staff"])
    staff = StaffClient(hub.url, hub.tokens["staff"], live)
    first, second, third = (visit(hub.url, hub.token) for _ in range(3))
    steps = [
        (lambda done: staff.call_next("coordinator", done), 200),
        (lambda done: staff.recall(first["code"], done), 200),
        (lambda done: staff.done(first["code"], done), 200),
        (lambda done: staff.call_next("coordinator", done), 200),
        (lambda done: staff.no_show(second["code"], done), 200),
        (lambda done: staff.transfer(third["code"], "greeter", done), 200),
        (lambda done: staff.set_available("coach", False, done), 200),
        (lambda done: staff.call_next("coordinator", done), 204),
    ]
    for act, status in steps:
        assert answer(qtbot, act)[0] == status
    qtbot.waitUntil(lambda: matches_hub(live, hub), timeout=5000)
    assert [t["code"] for t in live.tickets()] == [third["code"]]
    assert next(s for s in live.services() if s["id"] == "coach")["available"] is False


def test_a_refused_action_reports_the_hubs_reason(qtbot, hub, live_for):
    live = live_for(hub.url, hub.tokens["staff"])
    staff = StaffClient(hub.url, hub.tokens["staff"], live)
    ticket = visit(hub.url, hub.token)
    status, body, error = answer(qtbot, lambda done: staff.done(ticket["code"], done))
    assert status == 409 and "A001 is waiting" in error_message(status, body, error)
    display = StaffClient(hub.url, hub.tokens["display"], live)
    assert answer(qtbot, lambda done: display.call_next("coordinator", done))[0] == 403


def test_recall_is_an_event_a_display_can_announce_again(qtbot, hub, live_for):
    live = live_for(hub.url, hub.tokens["staff"])
    ticket = visit(hub.url, hub.token)
    staff_post(hub.url, hub.tokens["staff"], "/api/services/coordinator/call-next")
    with qtbot.waitSignal(
        live.eventApplied, timeout=5000, check_params_cb=lambda e: e["type"] == "ticket.recalled"
    ) as recalled:
        staff_post(hub.url, hub.tokens["staff"], f"/api/tickets/{ticket['code']}/recall")
    assert recalled.args[0]["ticket"]["number"] == "A001"


def test_hub_http_hands_back_status_json_object_and_error(qtbot, hub):
    owner = QObject()
    answers: list[tuple] = []

    def ask(url: str, path: str) -> tuple:
        count = len(answers)
        HubHttp(url, "", 2000, owner).send("GET", path, None, lambda *answer: answers.append(answer))
        qtbot.waitUntil(lambda: len(answers) > count, timeout=5000)
        return answers[-1]

    assert ask(hub.url, "/api/health") == (200, {"status": "ok", "routing": 1, "writes": "ok"}, "")
    status, body, error = ask(hub.url, "/t/no-such-code")  # an HTML page, not a JSON object
    assert status == 404 and body is None and error
    status, body, error = ask(f"http://127.0.0.1:{free_port()}", "/api/health")  # nobody listens
    assert status == 0 and body is None and error


def test_live_queue_converges_after_the_hub_is_killed_and_restarted(qtbot, tmp_path, live_for):
    db_path = tmp_path / "hub.db"
    publish_open_all_hours(db_path)  # a hub process on the real clock
    db = store.open_db(db_path)
    kiosk_token, staff_token = tokens.add_token(db, "kiosk"), tokens.add_token(db, "staff")
    db.conn.close()
    hub = HubProcess(db_path)
    try:
        hub.start(qtbot)
        live = live_for(hub.url, staff_token)
        for answers in (JOB, JOB, TALK, JOURNEY):
            visit(hub.url, kiosk_token, answers)
        staff_post(hub.url, staff_token, "/api/services/coordinator/call-next")
        hub.kill()
        qtbot.waitUntil(lambda: not live.online, timeout=5000)
        hub.start(qtbot)
        # Changes made before the model has reconnected must reach it through the replay.
        for answers in (JOB, TALK):
            visit(hub.url, kiosk_token, answers)
        called = staff_post(hub.url, staff_token, "/api/services/wassup/call-next").json()
        staff_post(hub.url, staff_token, f"/api/tickets/{called['code']}/done")
        qtbot.waitUntil(lambda: live.online, timeout=10000)
        visit(hub.url, kiosk_token, JOB)
        qtbot.waitUntil(lambda: matches_hub(live, hub, staff_token), timeout=10000)
        assert len(live.tickets()) == 7
    finally:
        hub.kill()


def test_live_queue_resets_when_the_hub_has_a_new_database(qtbot, hub, live_for):
    live = live_for(hub.url, hub.tokens["staff"])
    for _ in range(3):
        visit(hub.url, hub.token)
    qtbot.waitUntil(lambda: len(live.tickets()) == 3, timeout=5000)
    hub.stop()
    qtbot.waitUntil(lambda: not live.online, timeout=5000)
    for suffix in ("", "-wal", "-shm"):
        hub.db_path.with_name(hub.db_path.name + suffix).unlink(missing_ok=True)
    hub.start()  # a fresh database: its seq is behind the model's
    hub.keep_tokens()  # as if the screens were paired again with the same tokens
    qtbot.waitUntil(lambda: live.online and live.tickets() == [], timeout=10000)
    assert matches_hub(live, hub)


def test_live_queue_resets_when_it_missed_more_than_the_hub_keeps(qtbot, hub, live_for):
    live = live_for(hub.url, hub.tokens["staff"])
    visit(hub.url, hub.token)
    qtbot.waitUntil(lambda: len(live.tickets()) == 1, timeout=5000)
    live.stop()
    owner = hub.app.state.hub
    owner.events_kept, owner.prune_slack = 2, 0
    for _ in range(5):
        visit(hub.url, hub.token)
    with qtbot.waitSignal(live.changed, timeout=5000):
        live.start()
    qtbot.waitUntil(lambda: matches_hub(live, hub), timeout=5000)
    assert len(live.tickets()) == 6


def test_waiting_tickets_model_lists_my_services_in_arrival_order(qtbot, qtmodeltester, hub, live_for):
    live = live_for(hub.url, hub.tokens["staff"])
    model = WaitingTickets(live, ["coordinator", "greeter"])
    first, talk, _coach = (
        visit(hub.url, hub.token),
        visit(hub.url, hub.token, TALK),
        visit(hub.url, hub.token, {"need": "work", "age": "under30", "work_young": "support"}),
    )
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    qtmodeltester.check(model)
    numbers = [model.index(row, WaitingTickets.NUMBER).data() for row in range(2)]
    assert numbers == [first["number"], talk["number"]]
    assert model.index(1, WaitingTickets.SERVICE).data() == "greeter"
    assert model.index(0, 0).data(WaitingTickets.TicketRole)["code"] == first["code"]
    model.set_services(["greeter"])
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_at_the_centres_midnight_the_model_drops_yesterdays_open_tickets(qtbot, make_hub, monkeypatch):
    from datetime import datetime

    import kiosk.client.live
    from kiosk.core.clock import HELSINKI

    monkeypatch.setattr(kiosk.client.live, "NEW_DAY_SLACK_MS", 200)
    hub_now = [datetime(2026, 3, 3, 23, 58, tzinfo=HELSINKI)]
    hub = make_hub(clock=lambda: hub_now[0])
    # The centre has no hours here: visits at 23.58 still queue (the day's end is what is tested).
    publish_open_all_hours(hub.db_path)
    before_midnight = datetime(2026, 3, 3, 23, 59, 59, 500_000, tzinfo=HELSINKI)
    live = LiveQueue(hub.url, hub.tokens["staff"], clock=lambda: before_midnight, min_backoff_ms=50)
    try:
        visit(hub.url, hub.token)
        with qtbot.waitSignal(live.snapshotLoaded, timeout=5000):
            live.start()
        qtbot.waitUntil(lambda: len(live.tickets()) == 1, timeout=5000)
        assert 500 <= live.ms_to_new_day() <= 800
        hub_now[0] = datetime(2026, 3, 4, 0, 0, 1, tzinfo=HELSINKI)
        with qtbot.waitSignal(live.snapshotLoaded, timeout=5000):
            pass  # the new day's reload, by the queue's own timer
        assert live.tickets() == [] and matches_hub(live, hub)
    finally:
        # As live_for does: Qt deletes it in the GUI thread, not Python's collector at some later point.
        live.stop()
        live.deleteLater()


def test_a_reset_without_a_snapshot_takes_the_queue_afresh(qtbot, hub, live_for):
    live = live_for(hub.url, hub.tokens["staff"])
    visit(hub.url, hub.token)
    qtbot.waitUntil(lambda: len(live.tickets()) == 1, timeout=5000)
    with qtbot.waitSignal(live.snapshotLoaded, timeout=5000):
        live._on_message(live._socket, '{"type": "reset", "seq": 99}')
    assert matches_hub(live, hub)


def test_screens_work_out_every_place_and_wait_from_events_that_name_only_the_changed_ticket(
    qtbot, hub, live_for
):
    console = live_for(hub.url, hub.tokens["staff"])
    display = live_for(hub.url, hub.tokens["display"])
    rng = random.Random(5)
    codes = [visit(hub.url, hub.token, rng.choice([JOB, TALK, JOURNEY]))["code"] for _ in range(12)]
    staff = hub.tokens["staff"]
    for step in range(30):
        action = rng.random()
        if action < 0.3:
            codes.append(visit(hub.url, hub.token, rng.choice([JOB, TALK, JOURNEY]))["code"])
        elif action < 0.55:
            staff_post(
                hub.url, staff, f"/api/services/{rng.choice(['coordinator', 'greeter', 'wassup'])}/call-next"
            )
        elif action < 0.7:
            staff_post(hub.url, staff, f"/api/tickets/{rng.choice(codes)}/done")
        elif action < 0.85:
            body = {"service": rng.choice(["coordinator", "greeter", "coach"])}
            staff_post(hub.url, staff, f"/api/tickets/{rng.choice(codes)}/transfer", json=body)
        else:
            staff_post(hub.url, staff, f"/api/tickets/{rng.choice(codes)}/no-show")
        if step % 10 == 9:
            qtbot.waitUntil(lambda: matches_hub(console, hub), timeout=5000)
            qtbot.waitUntil(lambda: matches_hub(display, hub, hub.tokens["display"]), timeout=5000)
    waiting = [t for t in console.tickets() if t["status"] == "waiting"]
    assert len(waiting) >= 5 and any(t["position"] > 1 and t["estimated_wait_minutes"] > 0 for t in waiting)
