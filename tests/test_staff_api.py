"""Staff calls and the event feed's catch-up, through a real hub on loopback."""

from __future__ import annotations

import json
import threading
import uuid

import httpx
import pytest

pytestmark = pytest.mark.hub

JOB = {"need": "work", "age": "under30", "work_young": "job"}  # coordinator
JOURNEY = {"need": "work", "age": "over30", "work_adult": "wage_support"}  # wassup, then coordinator


def client_for(hub, role):
    return httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {hub.tokens[role]}"}, timeout=10)


@pytest.fixture
def kiosk(hub):
    with client_for(hub, "kiosk") as c:
        yield c


@pytest.fixture
def staff(hub):
    with client_for(hub, "staff") as c:
        yield c


def visit(kiosk, answers=JOB):
    response = kiosk.post("/api/visits", json={"lang": "fi", "answers": answers, "key": str(uuid.uuid4())})
    assert response.status_code == 201, response.text
    return response.json()["ticket"]


def events(hub, since, count):
    with hub.feed(since) as ws:
        return [json.loads(ws.recv(timeout=5)) for _ in range(count)]


def test_call_next_gives_the_ticket_then_204_when_nobody_waits(kiosk, staff):
    ticket = visit(kiosk)
    called = staff.post("/api/services/coordinator/call-next")
    assert called.status_code == 200
    body = called.json()
    assert body["code"] == ticket["code"] and body["status"] == "called" and body["called_at"]
    assert body["called_by"] and len(body["called_by"]) == 12
    empty = staff.post("/api/services/coordinator/call-next")
    assert empty.status_code == 204 and empty.content == b""


def test_each_action_answers_the_ticket_and_sends_its_event(hub, kiosk, staff):
    start = staff.get("/api/queue").json()["seq"]
    first, second = visit(kiosk), visit(kiosk)
    staff.post("/api/services/coordinator/call-next")
    assert staff.post(f"/api/tickets/{first['code']}/recall").json()["status"] == "called"
    assert staff.post(f"/api/tickets/{first['code']}/done").json()["status"] == "done"
    staff.post("/api/services/coordinator/call-next")
    assert staff.post(f"/api/tickets/{second['code']}/no-show").json()["status"] == "no_show"
    third = visit(kiosk)
    moved = staff.post(f"/api/tickets/{third['code']}/transfer", json={"service": "greeter"})
    assert moved.json()["service"] == "greeter" and moved.json()["status"] == "waiting"
    away = staff.put("/api/services/coach/availability", json={"available": False})
    assert away.status_code == 200 and away.json()["available"] is False
    types = [e["type"] for e in events(hub, start, 10)]
    assert types == [
        "ticket.created", "ticket.created", "ticket.called", "ticket.recalled", "ticket.done",
        "ticket.called", "ticket.no_show", "ticket.created", "ticket.transferred", "service.availability",
    ]  # fmt: skip


def test_two_service_visit_goes_through_both_keeping_its_place(kiosk, staff):
    journey = visit(kiosk, JOURNEY)
    later = visit(kiosk, JOB)
    assert staff.post("/api/services/wassup/call-next").json()["code"] == journey["code"]
    moved = staff.post(f"/api/tickets/{journey['code']}/done").json()
    assert (moved["service"], moved["status"], moved["position"]) == ("coordinator", "waiting", 1)
    queue = staff.get("/api/queue").json()
    coordinator = [t["code"] for t in queue["tickets"] if t["service"] == "coordinator"]
    assert coordinator == [journey["code"], later["code"]]
    assert staff.post("/api/services/coordinator/call-next").json()["code"] == journey["code"]
    assert staff.post(f"/api/tickets/{journey['code']}/done").json()["status"] == "done"


def test_away_service_sends_kiosk_visitors_to_the_fallback(kiosk, staff):
    staff.put("/api/services/coordinator/availability", json={"available": False})
    assert visit(kiosk, JOB)["service"] == "greeter"
    coordinator = next(s for s in staff.get("/api/queue").json()["services"] if s["id"] == "coordinator")
    assert coordinator["available"] is False
    staff.put("/api/services/coordinator/availability", json={"available": True})
    assert visit(kiosk, JOB)["service"] == "coordinator"


def test_call_next_never_hands_out_one_ticket_twice(hub, kiosk):
    made = {visit(kiosk)["code"] for _ in range(30)}
    start = threading.Barrier(6)
    got: list[str] = []
    empties: list[int] = []

    def desk():
        with client_for(hub, "staff") as c:
            start.wait()
            while True:
                reply = c.post("/api/services/coordinator/call-next")
                if reply.status_code == 204:
                    empties.append(1)
                    return
                assert reply.status_code == 200
                got.append(reply.json()["code"])

    threads = [threading.Thread(target=desk) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(got) == sorted(made) and len(empties) == 6


@pytest.mark.parametrize(
    ("call", "status", "error", "words"),
    [
        ("done", 409, "wrong_status", "is already done"),
        ("no-show", 409, "wrong_status", "is already done"),
        ("recall", 409, "wrong_status", "is already done"),
    ],
)
def test_action_on_a_finished_ticket_is_409_saying_why(kiosk, staff, call, status, error, words):
    ticket = visit(kiosk)
    staff.post("/api/services/coordinator/call-next")
    staff.post(f"/api/tickets/{ticket['code']}/done")
    response = staff.post(f"/api/tickets/{ticket['code']}/{call}")
    assert response.status_code == status
    body = response.json()
    assert body["error"] == error and words in body["message"] and body["message"].startswith("A001")
    assert body["where"] == ticket["code"]


def test_done_on_a_waiting_ticket_is_409(kiosk, staff):
    ticket = visit(kiosk)
    response = staff.post(f"/api/tickets/{ticket['code']}/done")
    assert response.status_code == 409 and "A001 is waiting" in response.json()["message"]


def test_transfer_to_its_own_service_is_409(kiosk, staff):
    ticket = visit(kiosk)
    response = staff.post(f"/api/tickets/{ticket['code']}/transfer", json={"service": "coordinator"})
    assert response.status_code == 409 and response.json()["error"] == "same_service"


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "error"),
    [
        ("POST", "/api/services/nope/call-next", None, 404, "unknown_service"),
        ("PUT", "/api/services/nope/availability", {"available": True}, 404, "unknown_service"),
        ("POST", "/api/tickets/nope/done", None, 404, "unknown_ticket"),
        ("POST", "/api/tickets/nope/no-show", None, 404, "unknown_ticket"),
        ("POST", "/api/tickets/nope/recall", None, 404, "unknown_ticket"),
        ("POST", "/api/tickets/nope/transfer", {"service": "greeter"}, 404, "unknown_ticket"),
        ("POST", "/api/tickets/nope/transfer", {"service": "nowhere"}, 422, "unknown_service"),
        ("POST", "/api/tickets/nope/transfer", {"service": "debt"}, 422, "not_onsite"),
        ("POST", "/api/tickets/nope/transfer", {}, 422, "invalid_field"),
        ("POST", "/api/tickets/nope/transfer", None, 422, "missing_body"),
        ("PUT", "/api/services/coach/availability", {"available": "no"}, 422, "invalid_field"),
        ("PUT", "/api/services/coach/availability", {"available": True, "x": 1}, 422, "invalid_field"),
    ],
)
def test_unknown_or_malformed_gets_the_error_model(staff, method, path, body, status, error):
    response = staff.request(method, path, json=body)
    assert response.status_code == status, response.text
    assert response.json()["error"] == error and response.json()["message"]


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/api/services/coordinator/call-next", None),
        ("POST", "/api/tickets/x/done", None),
        ("POST", "/api/tickets/x/no-show", None),
        ("POST", "/api/tickets/x/recall", None),
        ("POST", "/api/tickets/x/transfer", {"service": "greeter"}),
        ("PUT", "/api/services/coach/availability", {"available": False}),
    ],
)
def test_staff_calls_need_a_staff_or_admin_token(hub, method, path, body):
    none = httpx.request(method, hub.url + path, json=body)
    assert none.status_code == 401 and none.json()["error"] == "no_token"
    bad = httpx.request(method, hub.url + path, json=body, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401 and bad.json()["error"] == "unknown_token"
    for role in ("kiosk", "display"):
        with client_for(hub, role) as c:
            wrong = c.request(method, path, json=body)
        assert wrong.status_code == 403 and wrong.json()["error"] == "wrong_role"
    with client_for(hub, "admin") as c:
        assert c.request(method, path, json=body).status_code not in (401, 403)


def test_feed_resets_with_a_snapshot_when_since_is_older_than_kept(hub, kiosk, staff):
    owner = hub.app.state.hub
    owner.events_kept, owner.prune_slack = 3, 0
    for _ in range(6):
        visit(kiosk)
    queue = staff.get("/api/queue").json()
    (reset,) = events(hub, 1, 1)
    assert reset == {"seq": queue["seq"], "type": "reset", "snapshot": queue}
    kept = events(hub, queue["seq"] - 3, 3)
    assert [e["seq"] for e in kept] == [queue["seq"] - 2, queue["seq"] - 1, queue["seq"]]


def test_feed_resets_when_since_is_ahead_of_the_hub_then_goes_live(hub, kiosk, staff):
    visit(kiosk)
    seq = staff.get("/api/queue").json()["seq"]
    with hub.feed(999) as ws:
        reset = json.loads(ws.recv(timeout=5))
        assert reset["type"] == "reset" and reset["seq"] == seq and len(reset["snapshot"]["tickets"]) == 1
        ticket = visit(kiosk)
        live = json.loads(ws.recv(timeout=5))
        assert live["seq"] == seq + 1 and live["ticket"]["code"] == ticket["code"]


def test_openapi_names_every_staff_call(hub):
    paths = httpx.get(hub.url + "/openapi.json").json()["paths"]
    for path in (
        "/api/services/{service_id}/call-next",
        "/api/tickets/{code}/done",
        "/api/tickets/{code}/no-show",
        "/api/tickets/{code}/recall",
        "/api/tickets/{code}/transfer",
        "/api/services/{service_id}/availability",
    ):
        operation = next(iter(paths[path].values()))
        assert operation["summary"] and "404" in operation["responses"]
