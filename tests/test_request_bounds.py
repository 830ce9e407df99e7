"""Ids and days out of bounds are refused with 422 naming the field, never 500 (issue 13); the bounds' own
ends are still accepted; and the OpenAPI schema documents every refusal with the error model."""

from __future__ import annotations

import httpx
import pytest

from kiosk.core.clock import FIRST_DAY, LAST_DAY
from kiosk.server.hub.bounds import LARGEST_ID

pytestmark = pytest.mark.hub

HUGE = "99999999999999999999"
"""Past SQLite's integer range (2^63 - 1): it answered 500 (OverflowError) before ids were bounded."""


def _refused(response: httpx.Response, where: str) -> None:
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["error"] == "invalid_field", body
    assert body["where"] == where, body


def _auth(hub, role: str) -> dict:
    return {"Authorization": f"Bearer {hub.tokens[role]}"}


@pytest.mark.parametrize(
    ("method", "path", "where"),
    [
        ("GET", f"/api/routing/versions/{HUGE}", "path.version_id"),
        ("POST", f"/api/routing/versions/{HUGE}/activate", "path.version_id"),
        ("GET", f"/api/routing/diff?from=1&to={HUGE}", "query.to"),
        ("GET", f"/api/routing/diff?from={HUGE}&to=1", "query.from"),
        ("GET", "/api/routing/versions/0", "path.version_id"),
    ],
)
def test_a_version_id_past_sqlites_integers_is_refused(hub, method, path, where):
    body = {} if method == "POST" else None
    _refused(httpx.request(method, hub.url + path, json=body, headers=_auth(hub, "admin")), where)


def test_the_largest_id_sqlite_holds_is_looked_up(hub):
    answer = httpx.get(f"{hub.url}/api/routing/versions/{LARGEST_ID}", headers=_auth(hub, "admin"))
    assert answer.status_code == 404, answer.text
    assert answer.json()["error"] == "unknown_version"
    _refused(
        httpx.get(f"{hub.url}/api/routing/versions/{LARGEST_ID + 1}", headers=_auth(hub, "admin")),
        "path.version_id",
    )


@pytest.mark.parametrize(
    ("path", "role", "where"),
    [
        ("/api/services/careers/slots?from=9999-12-31", None, "query.from"),
        ("/api/services/careers/slots?from=2026-03-03&to=0001-01-01", None, "query.to"),
        ("/api/bookings?from=9999-12-31", "staff", "query.from"),
        ("/api/stats?from=9999-12-31", "admin", "query.from"),
        ("/api/stats?from=2026-03-03&to=9999-12-31", "admin", "query.to"),
        ("/api/dates-off?from=0001-01-01", "staff", "query.from"),
    ],
)
def test_a_day_at_the_ends_of_the_calendar_is_refused(hub, path, role, where):
    _refused(httpx.get(hub.url + path, headers=_auth(hub, role) if role else {}), where)


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
def test_a_date_off_at_the_end_of_the_calendar_is_refused(hub, method):
    body = {"service": None} if method == "PUT" else None
    answer = httpx.request(
        method, f"{hub.url}/api/dates-off/9999-12-31", json=body, headers=_auth(hub, "staff")
    )
    _refused(answer, "path.date")


@pytest.mark.parametrize(
    "start", ["9999-12-31T23:30:00+00:00", "0001-01-01T00:00:00+14:00", "2101-01-01T10:00:00+02:00"]
)
def test_a_booking_at_the_ends_of_the_calendar_is_refused(hub, start):
    body = {"service": "debt", "start": start, "lang": "fi", "key": f"edge-{start}"}
    _refused(httpx.post(f"{hub.url}/api/bookings", json=body, headers=_auth(hub, "kiosk")), "start")


def test_the_first_and_last_days_are_accepted(hub):
    first, last = FIRST_DAY.isoformat(), LAST_DAY.isoformat()
    slots = httpx.get(f"{hub.url}/api/services/careers/slots?from={last}")
    assert slots.status_code == 200, slots.text
    assert slots.json()["from"] == last
    stats = httpx.get(f"{hub.url}/api/stats?from={first}&to={first}", headers=_auth(hub, "admin"))
    assert stats.status_code == 200, stats.text
    listed = httpx.get(f"{hub.url}/api/bookings?from={last}", headers=_auth(hub, "staff"))
    assert listed.status_code == 200, listed.text
    assert listed.json()["bookings"] == []
    # A booking on the last day is refused for what it is (too far ahead), not for its date.
    body = {"service": "debt", "start": f"{last}T10:00:00+02:00", "lang": "fi", "key": "last-day"}
    booked = httpx.post(f"{hub.url}/api/bookings", json=body, headers=_auth(hub, "kiosk"))
    assert booked.status_code == 422, booked.text
    assert booked.json()["error"] in {"not_a_slot", "too_far_ahead"}


def test_the_schema_documents_every_refusal_with_the_error_model(hub):
    schema = httpx.get(f"{hub.url}/openapi.json").json()
    assert "HTTPValidationError" not in schema["components"]["schemas"]
    assert set(schema["components"]["schemas"]["Error"]["required"]) == {"error", "message", "where"}
    error_body = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    bodies = tokens = 0
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            answers = operation["responses"]
            expected = set()
            if "requestBody" in operation:
                expected |= {"400", "413", "422"}
                bodies += 1
            if operation.get("security"):
                expected |= {"401", "403"}
                tokens += 1
            assert expected <= set(answers), f"{method.upper()} {path} documents {sorted(answers)}"
            for status, answer in answers.items():
                if status.startswith("4") and (method, path) != ("get", "/t/{code}"):
                    assert answer["content"] == error_body, f"{method.upper()} {path} {status}"
    assert bodies >= 10 and tokens >= 25
    assert "429" in schema["paths"]["/api/bookings/{code}/check-in"]["post"]["responses"]
    assert "429" in schema["paths"]["/api/admin/session"]["post"]["responses"]
    assert "text/html" in schema["paths"]["/t/{code}"]["get"]["responses"]["404"]["content"]
    from_day = next(p for p in schema["paths"]["/api/stats"]["get"]["parameters"] if p["name"] == "from")
    assert "2000-01-01 to 2100-12-31" in from_day["description"]
