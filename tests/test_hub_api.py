"""The hub's HTTP API and event feed, through a real server on loopback."""

from __future__ import annotations

import json
import threading
import uuid

import httpx
import pytest
from conftest import ticket_count

from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.root.cli import main as kiosk
from kiosk.server import store

pytestmark = pytest.mark.hub

JOB = {"need": "work", "age": "under30", "work_young": "job"}


@pytest.fixture
def client(hub):
    with httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {hub.token}"}, timeout=10) as c:
        yield c


def visit(client, answers=JOB, key=None, **extra):
    return client.post(
        "/api/visits", json={"lang": "fi", "answers": answers, "key": key or str(uuid.uuid4()), **extra}
    )


def test_health_says_ok(client, hub):
    body = {"status": "ok", "routing": 1, "writes": "ok"}
    assert httpx.get(f"{hub.url}/api/health", timeout=10).json() == body  # no token: no role
    assert client.get("/api/health").json() == {**body, "role": "kiosk"}


def test_health_tells_a_device_that_sends_its_token_whether_the_hub_knows_it(client, hub):
    def role(token: str) -> object:
        return client.get("/api/health", headers={"Authorization": f"Bearer {token}"}).json()["role"]

    assert role(hub.token) == "kiosk" and role(hub.tokens["display"]) == "display"
    assert role("not-a-token-this-hub-made") is None


def test_first_start_seeds_the_kokoomo_routing_as_version_1(client):
    body = client.get("/api/routing").json()
    assert body["version"] == 1
    assert body["routing"]["start"] == "need" and body["routing"]["fallback"] == "greeter"


@pytest.mark.parametrize(
    "path", ["/api/health", "/api/routing", "/api/services/careers/slots", "/api/closed-days"]
)
def test_an_open_read_is_answered_while_the_hub_writes(hub, path):
    """What anyone on the LAN may ask is read beside the hub's write lock, never under it: a client
    looping these cannot make a kiosk's ticket wait (docs/api.md, "Who may read what")."""
    with hub.app.state.hub.lock:  # a write under way, as long as this block lasts
        answer = httpx.get(f"{hub.url}{path}", timeout=5)
    assert answer.status_code == 200, answer.text


def test_a_hub_starts_with_its_routing_read_and_without_it_if_unreadable(make_hub, tmp_path, caplog):
    """The hub reads its routing as it starts (the first kiosk does not wait for it); one this program
    cannot read (left by a newer version, say) does not keep the queue's hub from starting."""
    db_path = tmp_path / "hub.db"
    first = make_hub(db_path=db_path)
    assert first.app.state.hub._routing is not None  # read before any request
    first.stop()
    db = store.open_db(db_path)
    with store.transaction(db):
        db.execute("UPDATE routing_versions SET yaml = 'version: [' WHERE active = 1")
    db.conn.close()
    again = make_hub(db_path=db_path)
    assert "the active routing cannot be read: " in caplog.text
    health = httpx.get(f"{again.url}/api/health", timeout=10)
    assert health.status_code == 200 and health.json()["status"] == "ok"


def test_onsite_route_gives_a_queued_ticket(client):
    response = visit(client)
    assert response.status_code == 201
    ticket = response.json()["ticket"]
    assert response.json()["outcome"] == "queued"
    assert ticket["number"] == "A001" and ticket["service"] == "coordinator" and ticket["status"] == "waiting"
    assert ticket["position"] == 1 and ticket["estimated_wait_minutes"] == 0
    assert ticket["status_url"] == f"/t/{ticket['code']}" and len(ticket["code"]) >= 16
    assert ticket["created_at"].endswith(("+02:00", "+03:00"))


def test_scheduled_route_offers_booking(client, hub):
    response = visit(client, {"need": "money", "money": "debt"})
    assert response.status_code == 200
    assert response.json()["outcome"] == "book" and response.json()["service"]["id"] == "debt"
    assert ticket_count(hub.db_path) == 0


def test_fallback_mid_path_queues_for_the_greeter(client):
    response = visit(client, {"need": "work", "age": "over30"}, fallback=True)
    assert response.status_code == 201 and response.json()["ticket"]["service"] == "greeter"


def test_same_key_twice_makes_one_ticket(client, hub):
    first = visit(client, key="tap-1")
    again = visit(client, key="tap-1")
    assert again.status_code == first.status_code == 201
    assert again.json() == first.json()
    assert ticket_count(hub.db_path) == 1


def test_same_key_racing_from_many_threads_makes_one_ticket(hub):
    start = threading.Barrier(8)
    replies = []

    def tap():
        with httpx.Client(
            base_url=hub.url, headers={"Authorization": f"Bearer {hub.token}"}, timeout=10
        ) as c:
            start.wait()
            replies.append(visit(c, key="racing"))

    threads = [threading.Thread(target=tap) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(200 <= r.status_code < 300 for r in replies)
    assert len({json.dumps(r.json(), sort_keys=True) for r in replies}) == 1
    assert ticket_count(hub.db_path) == 1


@pytest.mark.parametrize(
    ("body", "status", "error", "words"),
    [
        ({"answers": JOB, "key": "k"}, 422, "invalid_field", "lang: Field required"),
        ({"lang": "fi", "answers": JOB}, 422, "invalid_field", "key: Field required"),
        (
            {"lang": "fi", "answers": JOB, "key": ""},
            422,
            "invalid_field",
            "key: String should have at least 1",
        ),
        (
            {"lang": "fi", "answers": JOB, "key": "k" * 101},
            422,
            "invalid_field",
            "key: String should have at most",
        ),
        ({"lang": "fi", "answers": {"need": 3}, "key": "k"}, 422, "invalid_field", "answers.need"),
        ({"lang": "fi", "answers": JOB, "key": "k", "fallback": "yes"}, 422, "invalid_field", "fallback"),
        ({"lang": "fi", "answers": JOB, "key": "k", "colour": "red"}, 422, "invalid_field", "colour"),
        ({"lang": "de", "answers": JOB, "key": "k"}, 422, "unknown_lang", "unknown language 'de'"),
        ({"lang": "fi", "answers": {"need": "work", "hat": "x"}, "key": "k"}, 422, "bad_answers", "'hat'"),
        ({"lang": "fi", "answers": {"need": "sleep"}, "key": "k"}, 422, "bad_answers", "no answer 'sleep'"),
        (
            {"lang": "fi", "answers": {"need": "talk", "age": "over30"}, "key": "k"},
            422,
            "bad_answers",
            "not on the path",
        ),
        ({"lang": "fi", "answers": {"need": "work"}, "key": "k"}, 422, "bad_answers", "stop early"),
        ([1, 2], 422, "invalid_field", "valid dictionary"),
    ],
)
def test_bad_visit_gets_a_4xx_naming_the_problem(client, hub, body, status, error, words):
    response = client.post("/api/visits", json=body)
    assert response.status_code == status
    assert response.json()["error"] == error
    assert words in response.json()["message"]
    assert ticket_count(hub.db_path) == 0


def test_malformed_json_gets_400(client):
    response = client.post(
        "/api/visits", content=b'{"lang": "fi",', headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"] == "bad_json" and "not valid JSON" in response.json()["message"]


def test_missing_body_gets_422(client):
    response = client.post("/api/visits")
    assert response.status_code == 422 and response.json()["error"] == "missing_body"


def test_visit_without_token_gets_401(hub):
    response = httpx.post(f"{hub.url}/api/visits", json={"lang": "fi", "answers": JOB, "key": "k"})
    assert response.status_code == 401 and response.json()["error"] == "no_token"
    assert response.headers["www-authenticate"] == "Bearer"


def test_visit_with_unknown_token_gets_401(hub):
    response = httpx.post(
        f"{hub.url}/api/visits",
        json={"lang": "fi", "answers": JOB, "key": "k"},
        headers={"Authorization": "Bearer nope"},
    )
    assert response.status_code == 401 and response.json()["error"] == "unknown_token"


def test_visit_with_display_token_gets_403_and_admin_token_is_accepted(hub):
    body = {"lang": "fi", "answers": JOB, "key": "k"}
    display = httpx.post(
        f"{hub.url}/api/visits", json=body, headers={"Authorization": f"Bearer {hub.tokens['display']}"}
    )
    assert display.status_code == 403 and "display token may not" in display.json()["message"]
    admin = httpx.post(
        f"{hub.url}/api/visits", json=body, headers={"Authorization": f"Bearer {hub.tokens['admin']}"}
    )
    assert admin.status_code == 201


def test_unknown_address_gets_the_error_model(client):
    response = client.get("/api/nothing")
    assert response.status_code == 404 and response.json()["error"] == "not_found"


def test_queue_lists_todays_tickets_in_call_order_with_seq(client, hub):
    first = visit(client).json()["ticket"]
    second = visit(client).json()["ticket"]
    body = client.get("/api/queue", headers=hub.auth("staff")).json()
    assert [t["code"] for t in body["tickets"]] == [first["code"], second["code"]]
    assert [t["position"] for t in body["tickets"]] == [1, 2]
    assert body["seq"] == 3  # routing.published, then two ticket.created
    coordinator = next(s for s in body["services"] if s["id"] == "coordinator")
    assert coordinator["waiting"] == 2 and coordinator["estimated_wait_minutes"] == 16


def test_events_replay_since_seq_then_deliver_live(client, hub):
    first = visit(client).json()["ticket"]
    with hub.feed(since=1) as ws:
        replayed = json.loads(ws.recv(timeout=5))
        assert replayed["seq"] == 2 and replayed["type"] == "ticket.created"
        assert replayed["ticket"]["code"] == first["code"] and replayed["at"]
        second = visit(client).json()["ticket"]
        live = json.loads(ws.recv(timeout=5))
        assert live["seq"] == 3 and live["ticket"]["code"] == second["code"]


def test_events_from_zero_replay_everything_in_order(client, hub):
    visit(client)
    with hub.feed(since=0) as ws:
        seqs = [json.loads(ws.recv(timeout=5))["seq"] for _ in range(2)]
    assert seqs == [1, 2]


def test_tickets_survive_the_hub_going_down_and_back(client, hub):
    first = visit(client).json()["ticket"]
    hub.stop()
    with pytest.raises(httpx.TransportError):
        client.get("/api/health")
    hub.start()
    tickets = client.get("/api/queue", headers=hub.auth("staff")).json()["tickets"]
    assert [t["code"] for t in tickets] == [first["code"]]
    assert visit(client).json()["ticket"]["number"] == "A002"


def test_routing_import_then_export_round_trips_and_bad_file_keeps_the_active_one(
    client, hub, tmp_path, capsys
):
    text = DEFAULT_ROUTING.read_text(encoding="utf-8").replace("en: Kokoomo,", "en: Kokoomo centre,", 1)
    changed = tmp_path / "changed.yaml"
    changed.write_text(text, encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace("start: need", "start: nowhere"), encoding="utf-8")

    hub.stop()  # the hub owns the database while it runs
    assert kiosk(["routing", "import", str(changed), "--db", str(hub.db_path), "--note", "rename"]) == 0
    assert kiosk(["routing", "import", str(broken), "--db", str(hub.db_path)]) == 1
    assert "start question 'nowhere' does not exist" in capsys.readouterr().out
    hub.start()

    body = client.get("/api/routing").json()
    assert body["version"] == 2 and body["routing"]["centre"]["name"]["en"] == "Kokoomo centre"


def test_full_disk_is_a_clear_503_and_loses_or_doubles_nothing(client, hub):
    owner = hub.app.state.hub
    with owner.lock:
        pages = owner.db.execute("PRAGMA page_count").fetchone()[0]
        # SQLite itself reports "database or disk is full" once the file may not grow.
        owner.db.execute(f"PRAGMA max_page_count = {pages}")
    made, refused = [], None
    for i in range(500):
        response = client.post(
            "/api/visits", json={"lang": "fi", "answers": {"need": "talk"}, "key": f"k{i}"}
        )
        if response.status_code == 503:
            refused = (f"k{i}", response.json())
            break
        made.append(response.json()["ticket"]["number"])
    assert refused, "the database never filled up"
    key, body = refused
    assert (
        body["error"] == "storage" and "full" in body["message"] and "nothing was changed" in body["message"]
    )
    with owner.lock:
        owner.db.execute("PRAGMA max_page_count = 1073741823")
    retry = client.post("/api/visits", json={"lang": "fi", "answers": {"need": "talk"}, "key": key})
    assert retry.status_code == 201
    numbers = [*made, retry.json()["ticket"]["number"]]
    assert numbers == [f"N{n:03d}" for n in range(1, len(numbers) + 1)], "no number lost or repeated"
    db = store.open_db(hub.db_path)
    tickets = db.execute("SELECT count(*) FROM tickets").fetchone()[0]
    created = db.execute("SELECT count(*) FROM events WHERE type = 'ticket.created'").fetchone()[0]
    db.conn.close()
    assert tickets == created == len(numbers)
