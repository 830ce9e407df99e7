"""POST /api/notices: a kiosk tells staff about a problem (its printer) through the event feed."""

from __future__ import annotations

import json

import httpx
import pytest

from kiosk.client.http import error_message
from kiosk.client.hub_client import HubClient


def post(hub, body, role: str | None = "kiosk", **kwargs) -> httpx.Response:
    headers = {"Authorization": f"Bearer {hub.tokens[role]}"} if role else {}
    return httpx.post(f"{hub.url}/api/notices", json=body, headers=headers, timeout=5, **kwargs)


def feed(hub, since: int = 0) -> list[dict]:
    """Every event after `since` the feed replays now."""
    events = []
    with hub.feed(since) as ws:
        while True:
            try:
                events.append(json.loads(ws.recv(timeout=0.5)))
            except TimeoutError:
                return events


def test_a_kiosk_notice_reaches_the_event_feed(hub):
    reply = post(hub, {"kind": "printer", "message": "printer 'TM-T20' reports a problem"})
    assert reply.status_code == 201
    body = reply.json()
    assert body["notice"]["kind"] == "printer" and body["notice"]["at"].startswith("20")
    [event] = [e for e in feed(hub) if e["type"] == "notice"]
    assert event["seq"] == body["seq"]
    assert event["notice"] == {
        "kind": "printer",
        "message": "printer 'TM-T20' reports a problem",
        "at": body["notice"]["at"],
    }


def test_a_notice_is_one_line_however_it_was_sent(hub):
    reply = post(hub, {"kind": "printer", "message": "  out of\npaper  "})
    assert reply.status_code == 201 and reply.json()["notice"]["message"] == "out of paper"


def test_an_admin_may_send_a_notice_too(hub):
    assert post(hub, {"kind": "printer", "message": "test"}, role="admin").status_code == 201


@pytest.mark.parametrize(("role", "status", "error"), [(None, 401, "no_token"), ("staff", 403, "wrong_role")])
def test_a_notice_needs_a_kiosk_token(hub, role, status, error):
    reply = post(hub, {"kind": "printer", "message": "out of paper"}, role=role)
    assert reply.status_code == status and reply.json()["error"] == error
    assert [e for e in feed(hub) if e["type"] == "notice"] == []


def test_an_unknown_token_is_refused(hub):
    reply = httpx.post(
        f"{hub.url}/api/notices",
        json={"kind": "printer", "message": "x"},
        headers={"Authorization": "Bearer nonsense"},
        timeout=5,
    )
    assert reply.status_code == 401 and reply.json()["error"] == "unknown_token"


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"kind": "weather", "message": "rain"}, "kind"),
        ({"kind": "printer", "message": ""}, "message"),
        ({"kind": "printer", "message": "   "}, "message"),
        ({"kind": "printer", "message": "x" * 201}, "message"),
        ({"kind": "printer", "message": 42}, "message"),
        ({"kind": "printer"}, "message"),
        ({"kind": "printer", "message": "out of paper", "visitor": "Matti"}, "visitor"),
    ],
)
def test_a_bad_notice_is_refused_and_changes_nothing(hub, body, where):
    reply = post(hub, body)
    assert reply.status_code == 422
    assert reply.json()["error"] == "invalid_field" and reply.json()["where"] == where
    assert [e for e in feed(hub) if e["type"] == "notice"] == []


def test_a_notice_without_a_body_is_refused(hub):
    reply = httpx.post(f"{hub.url}/api/notices", headers={"Authorization": f"Bearer {hub.token}"}, timeout=5)
    assert reply.status_code == 422 and reply.json()["error"] == "missing_body"


@pytest.fixture
def make_client(hub):
    """HubClients on `hub`, deleted through the event loop: deleting one right after a reply
    finished (its reply's deleteLater still pending) aborts the process."""
    made = []

    def make(token: str) -> HubClient:
        made.append(HubClient(hub.url, token))
        return made[-1]

    yield make
    for client in made:
        client.stop()
        client.deleteLater()


def test_the_hub_client_sends_a_notice(qtbot, hub, make_client):
    client = make_client(hub.token)
    answers: list[tuple] = []
    client.send_notice("printer", "printer 'TM-T20' reports a problem", lambda *a: answers.append(a))
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert answers[0][0] == 201
    [event] = [e for e in feed(hub) if e["type"] == "notice"]
    assert event["notice"]["message"] == "printer 'TM-T20' reports a problem"


def test_the_hub_client_says_when_a_notice_is_refused(qtbot, hub, make_client):
    client = make_client(hub.tokens["staff"])
    answers: list[tuple] = []
    client.send_notice("printer", "out of paper", lambda *a: answers.append(a))
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    status, body, error = answers[0]
    assert status == 403 and "kiosk" in error_message(status, body, error)
