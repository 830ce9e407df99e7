"""Staff actions in the queue service: state rules, journeys, transfers, away services, per-service pace."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from kiosk.core.clock import HELSINKI
from kiosk.server import staff_actions as staff
from kiosk.server import store
from kiosk.server.queue import QueueError, create_visit, queue_snapshot

JOB = {"need": "work", "age": "under30", "work_young": "job"}  # -> coordinator, prefix A
TALK = {"need": "talk"}  # -> greeter, prefix N
MORNING = datetime(2025, 3, 4, 9, 0, tzinfo=HELSINKI)
JOURNEY = {"need": "work", "age": "over30", "work_adult": "wage_support"}  # -> wassup, then coordinator


@pytest.fixture
def db(tmp_path):
    database = store.open_db(tmp_path / "hub.db")
    yield database
    database.conn.close()


def visit(db, routing, answers, key, when):
    return create_visit(db, routing, None, lang="fi", answers=answers, key=key, now=when)


def at(minutes: float):
    return MORNING + timedelta(minutes=minutes)


def waiting_codes(db, routing, service, when):
    tickets = queue_snapshot(db, routing, when)["tickets"]
    return [t["code"] for t in tickets if t["service"] == service and t["status"] == "waiting"]


def test_call_next_takes_the_first_in_line_and_none_when_empty(db, routing):
    _, first = visit(db, routing, JOB, "a", at(0))
    visit(db, routing, JOB, "b", at(1))
    called = staff.call_next(db, routing, "coordinator", "desk1", at(2))
    assert called["code"] == first["ticket"]["code"] and called["status"] == "called"
    assert called["called_at"] == store.iso(at(2)) and called["called_by"] == "desk1"
    staff.call_next(db, routing, "coordinator", "desk1", at(3))
    assert staff.call_next(db, routing, "coordinator", "desk1", at(4)) is None


def test_done_on_a_journey_moves_on_keeping_the_arrival_place(db, routing):
    _, journey = visit(db, routing, JOURNEY, "j", at(0))
    _, later = visit(db, routing, JOB, "later", at(5))
    code = journey["ticket"]["code"]
    staff.call_next(db, routing, "wassup", "desk1", at(6))
    moved = staff.done(db, routing, code, at(16))
    assert (moved["service"], moved["status"], moved["journey_index"]) == ("coordinator", "waiting", 1)
    assert moved["number"] == "C001" and moved["position"] == 1
    assert waiting_codes(db, routing, "coordinator", at(17)) == [code, later["ticket"]["code"]]
    assert store.events_since(db, 0)[-1]["type"] == "ticket.moved"
    staff.call_next(db, routing, "coordinator", "desk2", at(17))
    assert staff.done(db, routing, code, at(20))["status"] == "done"


def test_transfer_puts_the_ticket_at_the_end_of_the_other_queue(db, routing):
    _, early = visit(db, routing, JOB, "early", at(0))
    _, waiting = visit(db, routing, TALK, "talk", at(1))
    staff.call_next(db, routing, "coordinator", "desk1", at(2))
    moved = staff.transfer(db, routing, early["ticket"]["code"], "greeter", at(3))
    assert moved["status"] == "waiting" and moved["journey"] == ["greeter"] and moved["position"] == 2
    assert waiting_codes(db, routing, "greeter", at(4)) == [waiting["ticket"]["code"], moved["code"]]


def test_wrong_state_is_refused_with_why(db, routing):
    _, body = visit(db, routing, JOB, "a", at(0))
    code = body["ticket"]["code"]
    with pytest.raises(QueueError, match="A001 is waiting") as error:
        staff.done(db, routing, code, at(1))
    assert error.value.status == 409
    staff.call_next(db, routing, "coordinator", "desk1", at(1))
    staff.done(db, routing, code, at(2))
    for action in (staff.done, staff.no_show):
        with pytest.raises(QueueError, match="A001 is already done"):
            action(db, routing, code, at(3))
    with pytest.raises(QueueError, match="already done"):
        staff.recall(db, routing, code, "desk1", at(3))
    with pytest.raises(QueueError, match="already done"):
        staff.transfer(db, routing, code, "greeter", at(3))


def test_recall_calls_a_no_show_again(db, routing):
    _, body = visit(db, routing, JOB, "a", at(0))
    code = body["ticket"]["code"]
    staff.call_next(db, routing, "coordinator", "desk1", at(1))
    assert staff.no_show(db, routing, code, at(3))["status"] == "no_show"
    again = staff.recall(db, routing, code, "desk2", at(4))
    assert again["status"] == "called" and again["called_by"] == "desk2"
    assert [e["type"] for e in store.events_since(db, 0)][-3:] == [
        "ticket.called",
        "ticket.no_show",
        "ticket.recalled",
    ]


def test_wait_uses_the_time_of_that_service_and_its_desks(db, routing):
    # Journey tickets spend 20 min at wassup, then 4 at coordinator, served by two coordinator desks.
    for i in range(4):
        visit(db, routing, JOURNEY, f"j{i}", at(i))
    for i in range(4):
        ticket = staff.call_next(db, routing, "wassup", "w", at(10 + 30 * i))
        staff.done(db, routing, ticket["code"], at(30 + 30 * i))
        ticket = staff.call_next(db, routing, "coordinator", f"desk{i % 2}", at(31 + 30 * i))
        staff.done(db, routing, ticket["code"], at(35 + 30 * i))
    for i in range(3):
        visit(db, routing, JOB, f"a{i}", at(200))
        visit(db, routing, JOURNEY, f"w{i}", at(200))
    services = {s["id"]: s for s in queue_snapshot(db, routing, at(201))["services"]}
    assert services["wassup"]["estimated_wait_minutes"] == 60  # 3 x 20 min, one desk
    assert services["coordinator"]["estimated_wait_minutes"] == 6  # 3 x 4 min / 2 desks


def test_an_away_service_sends_its_visitors_to_the_fallback(db, routing):
    state = staff.set_available(db, routing, "coordinator", False, at(0))
    assert state["available"] is False
    _, body = visit(db, routing, JOB, "a", at(1))
    assert body["ticket"]["service"] == "greeter" and body["ticket"]["number"] == "N001"
    staff.set_available(db, routing, "coordinator", True, at(2))
    assert visit(db, routing, JOB, "b", at(3))[1]["ticket"]["service"] == "coordinator"
    types = [e["type"] for e in store.events_since(db, 0)]
    assert types.count("service.availability") == 2


def test_a_journey_skips_its_away_service_and_keeps_the_rest(db, routing):
    staff.set_available(db, routing, "wassup", False, at(0))
    _, body = visit(db, routing, JOURNEY, "j", at(1))
    assert body["ticket"]["journey"] == ["coordinator"] and body["ticket"]["number"] == "A001"


def test_marking_the_same_availability_twice_writes_one_event(db, routing):
    staff.set_available(db, routing, "coach", False, at(0))
    staff.set_available(db, routing, "coach", False, at(1))
    assert [e["type"] for e in store.events_since(db, 0)] == ["service.availability"]


def test_events_carry_the_changed_ticket_and_the_counts_of_the_services_they_touch(db, routing):
    visit(db, routing, JOB, "a", at(0))
    visit(db, routing, JOB, "b", at(1))
    called = staff.call_next(db, routing, "coordinator", "desk1", at(2))
    event = store.events_since(db, 0)[-1]
    assert set(event) == {"seq", "type", "at", "ticket", "services"}  # no list of the others' places
    assert event["ticket"] == called
    [state] = event["services"]
    counts = (state["id"], state["waiting"], state["called"], state["minutes_each"])
    assert counts == ("coordinator", 1, 1, 8.0)
    assert state["estimated_wait_minutes"] == 16  # one waiting and one served ahead of a new arrival


def test_events_stay_the_same_size_however_long_the_queue(db, routing):
    sizes = []
    for i in range(60):
        visit(db, routing, JOB, f"k{i}", at(i))
        sizes.append(len(json.dumps(store.events_since(db, 0)[-1])))
    assert max(sizes) - min(sizes) <= 12  # only the digits of counts, place and wait grow


def test_unknown_ticket_or_service_is_404_and_scheduled_target_422(db, routing):
    with pytest.raises(QueueError) as error:
        staff.done(db, routing, "nope", at(0))
    assert error.value.status == 404
    with pytest.raises(QueueError) as error:
        staff.call_next(db, routing, "nope", "d", at(0))
    assert error.value.status == 404
    code = create_visit(db, routing, None, lang="fi", answers=JOB, key="k", now=at(0))[1]["ticket"]["code"]
    with pytest.raises(QueueError, match="scheduled") as error:
        staff.transfer(db, routing, code, "debt", at(1))
    assert error.value.status == 422


def test_database_from_before_staff_calls_keeps_finished_times(tmp_path, routing):
    path = tmp_path / "old.db"
    old = store.open_db(path, upto=2)
    old.execute(
        "INSERT INTO tickets (code, number, prefix, day, service, journey, status, lang, answers,"
        " created_at, called_at, done_at) VALUES ('c', 'A001', 'A', '2025-03-03', 'coordinator',"
        " '[\"coordinator\"]', 'done', 'fi', '{}', ?, ?, ?)",
        [store.iso(at(0)), store.iso(at(1)), store.iso(at(13))],
    )
    old.conn.close()
    db = store.open_db(path)
    visit(db, routing, JOB, "x", at(20))
    _, mine = visit(db, routing, JOB, "y", at(21))
    assert mine["ticket"]["estimated_wait_minutes"] == 12
    db.conn.close()
