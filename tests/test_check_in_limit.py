"""Booking codes cannot be guessed quickly: unknown codes at check-in are limited per token, over HTTP
on a real hub; known codes (any status) are never counted nor refused."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
from conftest import running_clock

from kiosk.server.tokens import token_id

pytestmark = pytest.mark.hub

BOOKED = datetime(2026, 3, 10, 10, 30, tzinfo=ZoneInfo("Europe/Helsinki"))
"""A Tuesday 10:30 slot of the debt adviser (Tuesdays 10-14, 30 min)."""


@pytest.fixture
def day_hub(make_hub):
    """A hub on the booked day, 25 minutes before the booked time: inside the check-in window."""
    return make_hub(clock=running_clock(BOOKED - timedelta(minutes=25)))


def post(server, path: str, role: str = "kiosk", **body) -> httpx.Response:
    headers = {"Authorization": f"Bearer {server.tokens[role]}"}
    return httpx.post(server.url + path, json=body or None, headers=headers, timeout=10)


def book(server, start: datetime) -> str:
    reply = post(server, "/api/bookings", service="debt", start=start.isoformat(), lang="fi", key=str(start))
    assert reply.status_code == 201, reply.text
    return reply.json()["code"]


def check_in(server, code: str, role: str = "kiosk") -> httpx.Response:
    return post(server, f"/api/bookings/{code}/check-in", role)


UNKNOWN = [f"22222{sign}" for sign in "23456789ACDEFGHJKMNPRTUVWXY"]


def test_the_eleventh_unknown_code_in_a_minute_waits_but_a_known_code_checks_in(day_hub, caplog):
    now = book(day_hub, BOOKED)
    early = book(day_hub, BOOKED + timedelta(hours=1))
    for code in UNKNOWN[:10]:
        reply = check_in(day_hub, code)
        assert (reply.status_code, reply.json()["error"]) == (404, "unknown_booking")
    refused = check_in(day_hub, UNKNOWN[10])
    assert refused.status_code == 429
    body = refused.json()
    assert (body["error"], body["where"]) == ("too_many_tries", "code")
    assert body["message"].startswith("too many unknown booking codes from this device: try again in ")
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert body["retry_after_seconds"] == int(refused.headers["Retry-After"])
    # While this token is limited, a known code answers as always, and is not counted either.
    assert (check_in(day_hub, early).status_code, check_in(day_hub, early).json()["error"]) == (
        409,
        "too_early",
    )
    made = check_in(day_hub, now.lower())
    assert made.status_code == 201, made.text
    assert made.json()["ticket"]["number"] == "N001"
    assert check_in(day_hub, now).json()["error"] == "used"
    # A run of guesses gets nowhere: every one refused, none looked up as a code not found.
    statuses = {check_in(day_hub, code).status_code for code in UNKNOWN[11:]}
    assert statuses == {429}
    # Another device (token) has its own count; the log names the limited token by its id only.
    assert check_in(day_hub, UNKNOWN[0], role="staff").status_code == 404
    assert token_id(day_hub.tokens["kiosk"]) in caplog.text
    assert day_hub.tokens["kiosk"] not in caplog.text


def test_a_request_without_a_token_is_refused_before_any_code_is_counted(day_hub):
    for code in UNKNOWN[:12]:
        reply = httpx.post(f"{day_hub.url}/api/bookings/{code}/check-in", timeout=10)
        assert (reply.status_code, reply.json()["error"]) == (401, "no_token")
    assert check_in(day_hub, UNKNOWN[0]).status_code == 404  # the kiosk's count is untouched
