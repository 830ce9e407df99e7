"""The queue service: numbering, order, positions, waits and events, on a real SQLite file."""

from __future__ import annotations

import copy
from datetime import datetime, timedelta

import pytest

from kiosk.core.clock import HELSINKI
from kiosk.server import staff_actions, store
from kiosk.server.queue import QueueError, create_visit, queue_snapshot

JOB = {"need": "work", "age": "under30", "work_young": "job"}  # -> coordinator, prefix A
TALK = {"need": "talk"}  # -> greeter, prefix N
DEBT = {"need": "money", "money": "debt"}  # -> debt, scheduled
MORNING = datetime(2025, 3, 4, 9, 0, tzinfo=HELSINKI)


@pytest.fixture
def db(tmp_path):
    database = store.open_db(tmp_path / "hub.db")
    yield database
    database.conn.close()


def visit(db, routing, answers, key, at, **kwargs):
    return create_visit(db, routing, None, lang="fi", answers=answers, key=key, now=at, **kwargs)


def numbers(db):
    return [row[0] for row in db.execute("SELECT number FROM tickets ORDER BY rowid")]


def test_numbers_count_up_per_prefix(db, routing):
    for i, answers in enumerate([JOB, JOB, TALK, JOB]):
        visit(db, routing, answers, f"k{i}", MORNING + timedelta(minutes=i))
    assert numbers(db) == ["A001", "A002", "N001", "A003"]


def test_numbers_restart_at_helsinki_midnight_not_utc(db, routing):
    # 23:59 and 00:01 in Helsinki are the same UTC day (21:59Z, 22:01Z), but two days at the centre.
    routing.centre.hours = []  # open at all hours, or these visits would be told the centre is closed
    late = datetime(2025, 3, 4, 23, 59, tzinfo=HELSINKI)
    visit(db, routing, JOB, "a", late)
    visit(db, routing, JOB, "b", late + timedelta(seconds=30))
    visit(db, routing, JOB, "c", late + timedelta(minutes=2))
    assert numbers(db) == ["A001", "A002", "A001"]
    days = [row[0] for row in db.execute("SELECT day FROM tickets ORDER BY rowid")]
    assert days == ["2025-03-04", "2025-03-04", "2025-03-05"]


def test_numbers_continue_after_reopening_the_database(tmp_path, routing):
    path = tmp_path / "hub.db"
    first = store.open_db(path)
    visit(first, routing, JOB, "a", MORNING)
    first.conn.close()
    again = store.open_db(path)
    status, body = visit(again, routing, JOB, "b", MORNING + timedelta(hours=1))
    assert status == 201 and body["ticket"]["number"] == "A002"


def test_higher_priority_goes_first_then_arrival(db, routing):
    urgent = copy.deepcopy(routing)
    urgent.question("money").answer("talk_now").priority = 2
    _, first = visit(db, urgent, TALK, "a", MORNING)
    _, second = visit(db, urgent, TALK, "b", MORNING + timedelta(minutes=1))
    _, rushed = visit(db, urgent, {"need": "money", "money": "talk_now"}, "c", MORNING + timedelta(minutes=2))
    assert rushed["ticket"]["priority"] == 2 and rushed["ticket"]["position"] == 1
    snapshot = queue_snapshot(db, urgent, MORNING + timedelta(minutes=3))
    order = [t["code"] for t in snapshot["tickets"] if t["service"] == "greeter"]
    assert order == [rushed["ticket"]["code"], first["ticket"]["code"], second["ticket"]["code"]]
    assert [t["position"] for t in snapshot["tickets"]] == [1, 2, 3]


def test_wait_uses_eight_minutes_each_without_history(db, routing):
    _, first = visit(db, routing, JOB, "a", MORNING)
    _, second = visit(db, routing, JOB, "b", MORNING)
    assert (first["ticket"]["position"], first["ticket"]["estimated_wait_minutes"]) == (1, 0)
    assert (second["ticket"]["position"], second["ticket"]["estimated_wait_minutes"]) == (2, 8)


def test_wait_uses_median_of_finished_tickets_and_counts_the_one_being_served(db, routing):
    # Three finished visits of 4, 7 and 30 minutes at one desk: the median is 7.
    for i, minutes in enumerate([4, 7, 30]):
        visit(db, routing, JOB, f"old{i}", MORNING)
        called = MORNING + timedelta(minutes=10 * i)
        ticket = staff_actions.call_next(db, routing, "coordinator", "desk1", called)
        staff_actions.done(db, routing, ticket["code"], called + timedelta(minutes=minutes))
    visit(db, routing, JOB, "serving", MORNING + timedelta(hours=1))
    staff_actions.call_next(db, routing, "coordinator", "desk1", MORNING + timedelta(hours=1))
    _, mine = visit(db, routing, JOB, "mine", MORNING + timedelta(hours=1, minutes=1))
    assert mine["ticket"]["position"] == 1
    assert mine["ticket"]["estimated_wait_minutes"] == 7
    service = next(s for s in queue_snapshot(db, routing, MORNING + timedelta(hours=2))["services"]
                   if s["id"] == "coordinator")  # fmt: skip
    assert service["waiting"] == 1 and service["estimated_wait_minutes"] == 14


def test_same_key_twice_makes_one_ticket_with_the_same_body(db, routing):
    first = visit(db, routing, JOB, "same", MORNING)
    again = visit(db, routing, JOB, "same", MORNING + timedelta(minutes=5))
    assert first == again
    assert numbers(db) == ["A001"]


def test_journey_keeps_every_service_in_order_and_starts_at_the_first(db, routing):
    answers = {"need": "work", "age": "over30", "work_adult": "wage_support"}
    status, body = visit(db, routing, answers, "j", MORNING)
    assert status == 201
    assert body["ticket"]["journey"] == ["wassup", "coordinator"]
    assert body["ticket"]["service"] == "wassup" and body["ticket"]["number"] == "C001"


def test_scheduled_route_offers_booking_and_writes_nothing(db, routing):
    status, body = visit(db, routing, DEBT, "d", MORNING)
    assert status == 200
    assert body["outcome"] == "book"
    # Tuesdays 10-14 in 30-minute slots, this Tuesday and the next (tests/test_schedule.py has the rest).
    assert len(body["slots"]) == 16
    assert body["slots"][0] == {
        "start": "2025-03-04T10:00:00.000+02:00",
        "end": "2025-03-04T10:30:00.000+02:00",
    }
    assert body["service"]["id"] == "debt" and body["service"]["discreet"] is True
    assert numbers(db) == [] and store.last_seq(db) == 0


def test_a_booking_offer_names_the_service_as_the_queue_does(db, routing):
    _, body = visit(db, routing, DEBT, "d", MORNING)
    state = next(s for s in queue_snapshot(db, routing, MORNING)["services"] if s["id"] == "debt")
    shared = ("id", "name", "kind", "prefix", "location", "discreet")
    assert {k: body["service"][k] for k in shared} == {k: state[k] for k in shared}
    assert body["service"]["schedule"] and "schedule" not in state


def test_fallback_mid_path_goes_to_the_fallback_service(db, routing):
    status, body = visit(db, routing, {"need": "work"}, "f", MORNING, fallback=True)
    assert status == 201 and body["ticket"]["service"] == "greeter" and body["ticket"]["number"] == "N001"


def test_fallback_still_refuses_answers_off_the_path(db, routing):
    with pytest.raises(QueueError, match="not on the path"):
        visit(db, routing, {"need": "talk", "age": "under30"}, "f", MORNING, fallback=True)


@pytest.mark.parametrize(
    ("answers", "words"),
    [
        ({"need": "work"}, "stop early"),
        ({"need": "nothing"}, "has no answer 'nothing'"),
        ({"need": "talk", "colour": "red"}, "unknown question 'colour'"),
        ({"need": "talk", "age": "under30"}, "not on the path"),
    ],
)
def test_bad_answers_are_refused_naming_the_problem(db, routing, answers, words):
    with pytest.raises(QueueError, match=words) as error:
        visit(db, routing, answers, "bad", MORNING)
    assert error.value.status == 422
    assert numbers(db) == []


def test_unknown_language_is_refused(db, routing):
    with pytest.raises(QueueError, match="unknown language 'de'"):
        create_visit(db, routing, None, lang="de", answers=TALK, key="k", now=MORNING)


def test_ticket_and_its_event_are_written_together(db, routing):
    _, body = visit(db, routing, JOB, "a", MORNING)
    events = store.events_since(db, 0)
    assert [e["type"] for e in events] == ["ticket.created"]
    assert events[0]["ticket"] == body["ticket"]


def test_failed_event_write_leaves_no_ticket_and_no_used_number(db, routing):
    db.execute(
        "CREATE TRIGGER no_events BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'events are broken'); END"
    )
    with pytest.raises(Exception, match="events are broken"):
        visit(db, routing, JOB, "a", MORNING)
    assert numbers(db) == []
    db.execute("DROP TRIGGER no_events")
    _, body = visit(db, routing, JOB, "a", MORNING)
    assert body["ticket"]["number"] == "A001"


def test_snapshot_shows_only_todays_open_tickets_and_the_last_seq(db, routing):
    visit(db, routing, JOB, "yesterday", MORNING - timedelta(days=1))
    _, today = visit(db, routing, TALK, "today", MORNING)
    snapshot = queue_snapshot(db, routing, MORNING + timedelta(minutes=1))
    assert [t["code"] for t in snapshot["tickets"]] == [today["ticket"]["code"]]
    assert snapshot["seq"] == store.last_seq(db) == 2
    greeter = next(s for s in snapshot["services"] if s["id"] == "greeter")
    assert greeter == {
        "id": "greeter", "name": routing.service("greeter").name, "kind": "onsite", "prefix": "N",
        "location": routing.service("greeter").location, "discreet": False, "available": True, "waiting": 1,
        "called": 0, "minutes_each": 8.0, "estimated_wait_minutes": 8,
    }  # fmt: skip
