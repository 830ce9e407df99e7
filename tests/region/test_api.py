"""The region's HTTP API against a real server on PostgreSQL: a centre's token reaches only its own
centre's figures, a push replaces the day, and bad input is a clear 4xx that changes nothing."""

from __future__ import annotations

from datetime import date

import httpx
import pytest

from kiosk.region import db
from kiosk.region.limits import MAX_BODY

from .conftest import RegionServer

DAY = "2026-02-03"
FIGURES = {
    "counts": {"visitors": 12, "answer:job": 7, "answer:": 5, "ended:no_show": 2},
    "waits": {"job": [4.5]},
}


def stored(dsn: str) -> list[tuple]:
    with db.connect(dsn) as conn:
        return conn.execute(
            "SELECT c.name, d.day::text, d.pushes, k.key, k.value FROM figure_days d"
            " JOIN centres c ON c.id = d.centre_id JOIN figure_counts k USING (centre_id, day)"
            " ORDER BY 1, 2, 4"
        ).fetchall()


def put(region, token: str, day: str, body) -> httpx.Response:
    return httpx.put(f"{region.url}/api/centre/figures/{day}", json=body, headers=region.auth(token))


def test_a_push_replaces_the_day_and_the_same_push_again_changes_nothing(region):
    token = region.add_centre("Kokoomo", "Haapavesi")
    first = put(region, token, DAY, FIGURES)
    assert first.status_code == 200, first.text
    assert first.json() == {"day": DAY, "pushes": 1, "changed": True}
    # A hub stopped before it heard the answer sends the same figures again: nothing changes.
    again = put(
        region, token, DAY, {"counts": dict(reversed(FIGURES["counts"].items())), "waits": FIGURES["waits"]}
    )
    assert again.json() == {"day": DAY, "pushes": 1, "changed": False}
    corrected = put(region, token, DAY, {"counts": {"visitors": 13, "answer:job": 8}, "waits": {}})
    assert corrected.json() == {"day": DAY, "pushes": 2, "changed": True}
    assert stored(region.dsn) == [("Kokoomo", DAY, 2, "answer:job", 8), ("Kokoomo", DAY, 2, "visitors", 13)]


def test_a_centre_token_reaches_only_its_own_centre(region):
    kokoomo = region.add_centre("Kokoomo", "Haapavesi")
    other = region.add_centre("Ohjaamo", "Oulainen")
    assert put(region, kokoomo, DAY, FIGURES).status_code == 200
    assert put(region, other, DAY, {"counts": {"visitors": 40}, "waits": {}}).status_code == 200
    mine = [row for row in stored(region.dsn) if row[0] == "Kokoomo"]
    assert [(key, value) for *_, key, value in mine] == sorted((k, v) for k, v in FIGURES["counts"].items())
    # A centre's token reads no statistics (not even its own side by side with the others) ...
    refused = httpx.get(f"{region.url}/api/stats?from={DAY}", headers=region.auth(kokoomo))
    assert (refused.status_code, refused.json()["error"]) == (403, "wrong_role")
    # ... and the admin token pushes no figures.
    admin_push = put(region, region.admin, DAY, FIGURES)
    assert (admin_push.status_code, admin_push.json()["error"]) == (403, "wrong_role")
    unknown = put(region, "not-a-token", DAY, FIGURES)
    assert (unknown.status_code, unknown.json()["error"]) == (401, "unknown_token")
    none = httpx.put(f"{region.url}/api/centre/figures/{DAY}", json=FIGURES)
    assert (none.status_code, none.json()["error"]) == (401, "no_token")
    assert [row for row in stored(region.dsn) if row[0] == "Kokoomo"] == mine


@pytest.mark.parametrize(
    ("day", "body", "status", "error", "where"),
    [
        (DAY, {"counts": {"lang:fi": 3}, "waits": {}}, 422, "invalid_field", "counts.lang:fi"),
        (DAY, {"counts": {"ticket:A012": 1}, "waits": {}}, 422, "invalid_field", "counts.ticket:A012"),
        (DAY, {"counts": {"visitors": -1}, "waits": {}}, 422, "invalid_field", "counts.visitors"),
        (DAY, {"counts": {}, "waits": {"job": [-3]}}, 422, "invalid_field", "waits.job"),
        (DAY, {"counts": {"visitors": 1}}, 422, "invalid_field", "waits"),
        (DAY, {"counts": {}, "waits": {}, "code": "K7Q2"}, 422, "invalid_field", "code"),
        ("1999-12-31", {"counts": {}, "waits": {}}, 422, "invalid_field", "path.day"),
        ("2100-01-01", {"counts": {}, "waits": {}}, 422, "future_day", "path.day"),
        ("yesterday", {"counts": {}, "waits": {}}, 422, "invalid_field", "path.day"),
    ],
)
def test_bad_figures_are_refused_clearly_and_change_nothing(region, day, body, status, error, where):
    token = region.add_centre("Kokoomo", "Haapavesi")
    assert put(region, token, DAY, FIGURES).status_code == 200
    before = stored(region.dsn)
    answer = put(region, token, day, body)
    assert (answer.status_code, answer.json()["error"], answer.json()["where"]) == (status, error, where)
    assert answer.json()["message"]
    assert stored(region.dsn) == before


@pytest.mark.parametrize(
    "body", [b"{counts", b"\xff\xfe{", b'{"counts": "\xff"}'], ids=["json", "utf8", "string"]
)
def test_a_body_that_is_not_json_is_400_bad_json(region, body):
    """Not JSON, or not even UTF-8 (which FastAPI refuses before its JSON parser sees it): the hub's
    `bad_json` either way, naming the body."""
    token = region.add_centre("Kokoomo", "Haapavesi")
    answer = httpx.put(
        f"{region.url}/api/centre/figures/{DAY}",
        content=body,
        headers={**region.auth(token), "Content-Type": "application/json"},
    )
    assert (answer.status_code, answer.json()["error"], answer.json()["where"]) == (400, "bad_json", "body")
    assert stored(region.dsn) == []


def test_a_method_an_address_has_not_is_405_as_on_the_hub(region):
    answer = httpx.delete(f"{region.url}/api/centre/figures/{DAY}")
    assert (answer.status_code, answer.json()["error"]) == (405, "method_not_allowed")


def test_only_the_health_is_open(region):
    assert httpx.get(f"{region.url}/api/health").json()["status"] == "ok"
    assert httpx.get(f"{region.url}/api/stats").status_code == 401
    page = httpx.get(f"{region.url}/")
    assert page.status_code == 401
    assert page.headers["www-authenticate"].startswith("Basic")
    joined = httpx.post(f"{region.url}/api/centre/join", json={"hub_id": "0" * 32})
    assert joined.status_code == 401
    assert date.fromisoformat(DAY)  # the fixed day the tests push is a real date


def test_a_body_too_large_is_refused_before_it_is_read_whole(region):
    token = region.add_centre("Kokoomo", "Haapavesi")
    huge = b'{"counts": {}, "waits": {"job": [' + b"1," * 1_500_000 + b"1]}}"
    announced = httpx.put(
        f"{region.url}/api/centre/figures/{DAY}",
        content=huge,
        headers={**region.auth(token), "Content-Type": "application/json"},
    )
    assert (announced.status_code, announced.json()["error"]) == (413, "too_large")
    # Worded as the hub words it (tests/test_door.py): one API for whoever writes a client for both.
    assert (
        announced.json()["message"]
        == f"the body is larger than {MAX_BODY} bytes; nothing was read or changed"
    )

    def chunks():
        for start in range(0, len(huge), 65536):
            yield huge[start : start + 65536]

    streamed = httpx.put(
        f"{region.url}/api/centre/figures/{DAY}",
        content=chunks(),
        headers={**region.auth(token), "Content-Type": "application/json"},
    )
    assert (streamed.status_code, streamed.json()["error"]) == (413, "too_large")
    assert streamed.json()["message"] == announced.json()["message"]
    assert stored(region.dsn) == []


def test_a_failure_nobody_foresaw_is_a_500_in_the_one_error_model(region_dsn, caplog):
    """Whatever escapes a route is answered in the region's error model, and logged with its trace."""

    def failing_route(app) -> None:
        @app.get("/api/fails")
        def fails() -> dict:
            raise RuntimeError("a bug")

    server = RegionServer(region_dsn, extend=failing_route)
    server.start()
    try:
        answer = httpx.get(f"{server.url}/api/fails")
    finally:
        server.stop()
    assert answer.status_code == 500
    assert answer.json() == {
        "error": "internal",
        "message": "the region failed on this request; nothing was changed",
        "where": None,
    }
    assert "RuntimeError: a bug" in caplog.text
